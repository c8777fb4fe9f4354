/** Start a bundled entry point the way the GitHub runner does: INPUT_* env, command files, a workspace cwd. */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface RunnerResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  state: Record<string, string>
}

/** Parse the `name<<DELIM … DELIM` records of a GITHUB_OUTPUT / GITHUB_STATE file. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
    out[m[1]!] = value.join('\n')
  }
  return out
}

export async function runAction(
  entry: string,
  inputs: Record<string, string>,
  opts: {
    cwd?: string
    env?: Record<string, string>
    /** called with the started process (to signal it, as a cancelled run does) */
    onSpawn?: (child: ChildProcess) => void
  } = {}
): Promise<RunnerResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ddac-runner-'))
  const files = {
    summary: path.join(dir, 'summary'),
    output: path.join(dir, 'output'),
    state: path.join(dir, 'state')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'local',
    GITHUB_WORKSPACE: opts.cwd ?? process.cwd(),
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: dir,
    ...opts.env
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const child = spawn(process.execPath, [path.resolve(entry)], {
    cwd: opts.cwd ?? process.cwd(),
    env
  })
  opts.onSpawn?.(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return {
    code,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    state: parseCommandFile(readFileSync(files.state, 'utf8'))
  }
}
