/**
 * The workflows a user copies from examples/workflows work as written: every ddac step passes only inputs
 * action.yml declares and a command the action knows, every output an expression reads exists, and each step
 * runs from the bundle the way the runner starts it (against the embedded emulator instead of an account).
 */
import { describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { COMMANDS, Inputs, Outputs } from '../../src/constants.js'
import { runAction } from '../helpers/runner.js'

interface Step {
  id?: string
  if?: string
  uses?: string
  with?: Record<string, string | boolean>
}
type Trigger = {
  paths?: string[]
  'paths-ignore'?: string[]
  workflows?: string[]
} | null
interface Workflow {
  name?: string
  on: {
    workflow_dispatch?: { inputs?: Record<string, { options?: string[]; default?: unknown }> }
  } & Record<string, Trigger>
  jobs: Record<string, { steps: Step[] }>
}

const DIR = 'examples/workflows'
const workflows = readdirSync(DIR)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => [f, parse(readFileSync(path.join(DIR, f), 'utf8')) as Workflow] as const)

const ddacSteps = (wf: Workflow): Step[] =>
  Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith('ddac-dev/ddac')))

/** Every way a step's inputs can come out: `${{ inputs.x }}` takes each option (or the default) of x. */
function expand(wf: Workflow, step: Step): Record<string, string>[] {
  let variants: Record<string, string>[] = [{}]
  for (const [key, raw] of Object.entries(step.with ?? {})) {
    const m = /^\$\{\{\s*inputs\.(\w+)\s*\}\}$/.exec(String(raw))
    const input = m ? wf.on.workflow_dispatch?.inputs?.[m[1]!] : undefined
    if (m && !input)
      throw new Error(`${key} reads inputs.${m[1]}, which the workflow does not declare`)
    const values = input ? (input.options ?? [String(input.default)]) : [String(raw)]
    variants = variants.flatMap((v) => values.map((value) => ({ ...v, [key]: value })))
  }
  return variants
}

describe('example workflows', () => {
  test('there is a plan gate, an apply, a nightly drift check and a manual run', () => {
    const commands = new Set(
      workflows.flatMap(([, wf]) =>
        ddacSteps(wf).flatMap((s) => expand(wf, s).map((v) => v.command))
      )
    )
    expect([...commands].sort()).toEqual(['apply', 'plan', 'status', 'validate'])
  })

  test.each(workflows)('%s passes only declared inputs and known commands', (_, wf) => {
    const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }
    const steps = ddacSteps(wf)
    expect(steps.length).toBeGreaterThan(0)
    for (const step of steps)
      for (const inputs of expand(wf, step)) {
        for (const key of Object.keys(inputs)) expect(Object.keys(action.inputs)).toContain(key)
        expect(COMMANDS).toContain(inputs[Inputs.Command])
      }
  })

  // Copied as the README says: the workflows into .github/workflows/, next to the profile file.
  test.each(workflows)('%s filters only on files and workflows that exist once copied', (_, wf) => {
    const copied = new Set([
      ...ddacSteps(wf).flatMap((s) => (s.with?.config ? [String(s.with.config)] : [])),
      ...workflows.map(([file]) => `.github/workflows/${file}`)
    ])
    const names = workflows.map(([, w]) => w.name)
    for (const trigger of Object.values(wf.on)) {
      const t = (trigger ?? {}) as NonNullable<Trigger>
      for (const p of [...(t.paths ?? []), ...(t['paths-ignore'] ?? [])])
        expect(copied).toContain(p)
      for (const w of t.workflows ?? []) expect(names).toContain(w)
    }
  })

  test.each(workflows)('%s reads only outputs the action sets, of steps that exist', (_, wf) => {
    for (const job of Object.values(wf.jobs)) {
      const ids = new Set(job.steps.map((s) => s.id))
      for (const step of job.steps)
        for (const m of (step.if ?? '').matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          expect(ids).toContain(m[1])
          expect(Object.values(Outputs)).toContain(m[2])
        }
    }
  })

  test.each(workflows)(
    '%s: each ddac step runs from the bundle',
    async (_, wf) => {
      const workspace = mkdtempSync(path.join(tmpdir(), 'ddac-workflow-'))
      copyFileSync('examples/device-defender.yml', path.join(workspace, 'device-defender.yml'))
      for (const step of ddacSteps(wf))
        for (const inputs of expand(wf, step)) {
          const r = await runAction(
            'dist/index.js',
            { ...inputs, [Inputs.Target]: 'local' },
            { cwd: workspace }
          )
          expect({
            inputs,
            code: r.code,
            stderr: r.stderr.split('\n').filter((l) => l.startsWith('::error'))
          }).toEqual({ inputs, code: 0, stderr: [] })
          expect(r.summary).toContain(`ddac ${inputs[Inputs.Command]}`)
        }
    },
    60_000
  )
})
