/** import: write a profile file from what the account has now (read-only). */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Outputs } from '../../constants.js'
import type { ProfileFile } from '../../config/file-format.js'
import type { Selection } from '../selection.js'
import { defineCommand, type CommonOptions } from '../spec.js'

export interface ImportOptions extends CommonOptions {
  /** where to write the profile file (default: only report it) */
  output?: string
  /** only these kinds and names */
  selection?: Selection
}

export const spec = defineCommand({
  needs: { account: true },
  run: async (opts: ImportOptions, { session }): Promise<{ file: ProfileFile; yaml: string }> => {
    const { importCommand, renderProfileYaml } = await import('../import.js')
    const { client, region, endpoint } = session!
    const file = await importCommand({ iot: client, ...opts.selection })
    const yaml = renderProfileYaml(
      file,
      `${endpoint ?? 'AWS'} ${region} on ${new Date().toISOString().slice(0, 10)}`
    )
    if (opts.output) {
      await mkdir(path.dirname(path.resolve(opts.output)), { recursive: true })
      await writeFile(opts.output, yaml)
    }
    return { file, yaml }
  },
  report: ({ file, yaml }, opts) => {
    const counted = Object.entries(file)
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => `${(v as unknown[]).length} ${k}`)
    const summary = `imported ${counted.join(', ') || 'nothing'}${file.auditConfiguration ? ' and the audit configuration' : ''}`
    return {
      ok: true,
      text: opts.output ? `${summary} into ${opts.output}\n` : yaml,
      markdown: `## ddac import: ${summary}\n\n\`\`\`yaml\n${yaml}\`\`\`\n`,
      problems: [],
      outputs: { ...(opts.output ? { [Outputs.Profile]: opts.output } : {}) }
    }
  }
})
