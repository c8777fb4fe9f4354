/**
 * bench/startup: the action's cold start beside a minimal @actions/core action, measured in one run.
 *
 * The minimal action is what the actions users already run do before their first AWS call: read an input
 * and fail on it (aws-actions/configure-aws-credentials without a role), or in its post step, nothing. The
 * bench builds it with ncc into a temporary folder, then starts each bundle the way the runner does (INPUT_*
 * env, command files, a git checkout as the workspace), alternating the two, and prints the median wall time
 * and peak RSS of each and their ratio. Cases: `validate` of the example file, `plan` up to its first input
 * error (no region), and the post step. Targets: validate ≤ 1.5×, post ≤ 1.1× the minimal action.
 *
 *   npm run bundle && npm run bench:startup      (BENCH_RUNS=n, default 15 of each; BENCH_ENTRY=file)
 */
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const REPO = process.cwd()
/** BENCH_ENTRY: another build of the action to measure (e.g. an older dist/, for a before/after) */
const DDAC = path.resolve(process.env.BENCH_ENTRY ?? 'dist/index.js')
const TIME = '/usr/bin/time'

interface Sample {
  ms: number
  /** peak resident set size in MB, when /usr/bin/time is there to tell */
  mb?: number
  code: number | null
}

interface Case {
  name: string
  inputs: Record<string, string>
  state?: Record<string, string>
  /** the exit code each side must end with: the bench measures the intended path, not a crash */
  expect: { ddac: number; minimal: number }
}

/** The minimal action: @actions/core only, failing on its first missing input, and a post step doing nothing. */
function buildMinimal(dir: string): string {
  const src = path.join(dir, 'src')
  mkdirSync(src)
  // ncc resolves @actions/core from the project's node_modules.
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n')
  writeFileSync(
    path.join(src, 'index.js'),
    [
      "import * as core from '@actions/core'",
      "if (core.getState('isPost') === 'true') {",
      "  core.debug('post: nothing to clean up')",
      '} else {',
      "  core.saveState('isPost', 'true')",
      '  try {',
      "    core.getInput('role-to-assume', { required: true })",
      '  } catch (e) {',
      '    core.setFailed(e.message)',
      '  }',
      '}',
      ''
    ].join('\n')
  )
  const out = path.join(dir, 'dist')
  execFileSync(
    path.join(REPO, 'node_modules/.bin/ncc'),
    ['build', path.join(src, 'index.js'), '-o', out, '--quiet'],
    { stdio: 'inherit' }
  )
  return path.join(out, 'index.js')
}

/** A checkout like the runner's: the example profile file in a git repository with an origin remote. */
function workspace(dir: string): string {
  const ws = path.join(dir, 'workspace')
  mkdirSync(ws)
  copyFileSync(
    path.join(REPO, 'examples/device-defender.yml'),
    path.join(ws, 'device-defender.yml')
  )
  const git = (...args: string[]): void => {
    execFileSync('git', ['-C', ws, ...args], { stdio: 'ignore' })
  }
  try {
    git('init', '-q')
    git('remote', 'add', 'origin', 'https://github.com/octo-org/fleet.git')
  } catch {
    // no git: the identity falls back to the folder name, as on a runner without git
  }
  return ws
}

function runOnce(entry: string, c: Case, dir: string, ws: string): Promise<Sample> {
  const files = ['output', 'state', 'summary'].map((f) => path.join(dir, f))
  for (const f of files) writeFileSync(f, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/fleet',
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: files[0]!,
    GITHUB_STATE: files[1]!,
    GITHUB_STEP_SUMMARY: files[2]!,
    RUNNER_TEMP: dir
  }
  for (const [k, v] of Object.entries(c.inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  for (const [k, v] of Object.entries(c.state ?? {})) env[`STATE_${k}`] = v
  const timed = existsSync(TIME)
  const [cmd, args] = timed
    ? [TIME, ['-f', '%M', process.execPath, entry]]
    : [process.execPath, [entry]]
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(cmd, args, { cwd: ws, env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - start
      const kb = timed ? Number(/(\d+)\s*$/.exec(stderr)?.[1]) : NaN
      resolve({ ms, code, ...(Number.isFinite(kb) ? { mb: kb / 1024 } : {}) })
    })
  })
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

if (!existsSync(DDAC)) throw new Error(`${DDAC} is missing: run npm run bundle first`)
const dir = mkdtempSync(path.join(tmpdir(), 'ddac-bench-startup-'))
try {
  const minimal = buildMinimal(dir)
  const ws = workspace(dir)
  const cases: Case[] = [
    {
      name: 'validate',
      inputs: { command: 'validate', config: 'device-defender.yml' },
      expect: { ddac: 0, minimal: 1 }
    },
    {
      name: 'plan, no region',
      inputs: { command: 'plan', config: 'device-defender.yml' },
      expect: { ddac: 1, minimal: 1 }
    },
    { name: 'post', inputs: {}, state: { isPost: 'true' }, expect: { ddac: 0, minimal: 0 } }
  ]
  console.log(
    `bench/startup: ${path.relative(REPO, DDAC)} beside a minimal @actions/core action (ncc), ${RUNS} runs each, alternating; node ${process.version}\n`
  )
  console.log('| case | ddac ms | minimal ms | time ratio | ddac MB | minimal MB | memory ratio |')
  console.log('|---|---:|---:|---:|---:|---:|---:|')
  const ratios: Record<string, number> = {}
  for (const c of cases) {
    const ours: Sample[] = []
    const theirs: Sample[] = []
    // One warm-up of each (file cache), then alternate so load on the machine hits both alike.
    await runOnce(DDAC, c, dir, ws)
    await runOnce(minimal, c, dir, ws)
    for (let i = 0; i < RUNS; i++) {
      ours.push(await runOnce(DDAC, c, dir, ws))
      theirs.push(await runOnce(minimal, c, dir, ws))
    }
    for (const [who, samples, code] of [
      ['ddac', ours, c.expect.ddac],
      ['minimal', theirs, c.expect.minimal]
    ] as const) {
      const bad = samples.find((s) => s.code !== code)
      if (bad) throw new Error(`${c.name}: ${who} exited ${bad.code}, expected ${code}`)
    }
    const ms = [median(ours.map((s) => s.ms)), median(theirs.map((s) => s.ms))] as const
    const mb =
      ours[0]!.mb === undefined
        ? undefined
        : ([ours, theirs] as const).map((s) => median(s.map((x) => x.mb!)))
    ratios[c.name] = ms[0] / ms[1]
    console.log(
      `| ${c.name} | ${ms[0].toFixed(0)} | ${ms[1].toFixed(0)} | ${(ms[0] / ms[1]).toFixed(2)}× | ${mb ? `${mb[0]!.toFixed(0)} | ${mb[1]!.toFixed(0)} | ${(mb[0]! / mb[1]!).toFixed(2)}×` : '– | – | –'} |`
    )
  }
  const met = (name: string, target: number): string =>
    `${name} ${ratios[name]!.toFixed(2)}× (target ≤ ${target}×: ${ratios[name]! <= target ? 'met' : 'NOT met'})`
  console.log(`\n${met('validate', 1.5)}; ${met('post', 1.1)}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
