/**
 * The workflows a user copies from examples/workflows work as written: every ddac step passes only inputs
 * action.yml declares and a command the action knows, every output an expression reads exists, and each step
 * runs from the bundle the way the runner starts it (against the embedded emulator instead of an account),
 * with the artifacts the workflows pass each other.
 */
import { describe, expect, test } from '@jest/globals'
import { UpdateSecurityProfileCommand } from '@aws-sdk/client-iot'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { createIotClient } from '../../src/aws/client.js'
import { COMMANDS, Inputs, Outputs } from '../../src/constants.js'
import { startEmulator } from '../../src/local/emulator.js'
import { runAction, type RunnerResult } from '../helpers/runner.js'

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
interface Job {
  outputs?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  name?: string
  on: {
    workflow_dispatch?: { inputs?: Record<string, { options?: string[]; default?: unknown }> }
  } & Record<string, Trigger>
  jobs: Record<string, Job>
}

const DIR = 'examples/workflows'
const workflows = readdirSync(DIR)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => [f, parse(readFileSync(path.join(DIR, f), 'utf8')) as Workflow] as const)

const isDdac = (s: Step): boolean => s.uses?.startsWith('ddac-dev/ddac') ?? false
const ddacSteps = (wf: Workflow): Step[] =>
  Object.values(wf.jobs).flatMap((j) => j.steps.filter(isDdac))
const uses = (s: Step, action: string): boolean => s.uses?.startsWith(`actions/${action}@`) ?? false

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
  test('there is a plan gate, an apply, a nightly drift check, a manual run, an audit and a simulation', () => {
    const commands = new Set(
      workflows.flatMap(([, wf]) =>
        ddacSteps(wf).flatMap((s) => expand(wf, s).map((v) => v.command))
      )
    )
    expect([...commands].sort()).toEqual(['apply', 'audit', 'plan', 'run', 'status', 'validate'])
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
      const byId = new Map(job.steps.map((s) => [s.id, s]))
      const expressions = [...job.steps.map((s) => s.if ?? ''), ...Object.values(job.outputs ?? {})]
      const reads = expressions.flatMap((text) =>
        [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].map((m) => ({
          step: m[1]!,
          output: m[2]!
        }))
      )
      for (const r of reads) expect([...byId.keys()]).toContain(r.step)
      // A ddac step's outputs are the action's (a shell step's are its own).
      for (const r of reads.filter((x) => byId.get(x.step)?.uses?.startsWith('ddac-dev/ddac')))
        expect(Object.values(Outputs)).toContain(r.output)
    }
  })

  test.each(workflows)(
    '%s: each ddac step runs from the bundle',
    async (_, wf) => {
      const workspace = mkdtempSync(path.join(tmpdir(), 'ddac-workflow-'))
      copyFileSync('examples/device-defender.yml', path.join(workspace, 'device-defender.yml'))
      const artifacts = new Map<string, string>()
      // An audit reads an account the file was applied to (a fresh one enables no check), so it runs against
      // a running emulator with the example applied; every other step against one started for the step.
      const audits = ddacSteps(wf).some((s) => s.with?.command === 'audit')
      const emu = audits ? await startEmulator({ audit: true }) : undefined
      const account = emu ? { [Inputs.Endpoint]: emu.endpoint, [Inputs.Region]: emu.region } : local
      try {
        const applied = emu
          ? await runAction(
              'dist/index.js',
              { command: 'apply', config: 'device-defender.yml', ...account },
              { cwd: workspace }
            )
          : undefined
        expect(applied && failure(applied)).toEqual(applied && { code: 0, errors: [] })
        // An artifact another workflow uploads (the pull request's plan) comes from running that one first.
        for (const name of downloads(wf).filter((n) => !uploads(wf).includes(n)))
          for (const [, producer] of workflows.filter(([, p]) => uploads(p).includes(name)))
            for (const job of Object.keys(producer.jobs))
              await runJob(producer, job, workspace, artifacts, account)
        for (const job of Object.keys(wf.jobs))
          for (const { inputs, r } of await runJob(wf, job, workspace, artifacts, account)) {
            expect({ job, inputs, ...failure(r) }).toEqual({ job, inputs, code: 0, errors: [] })
            expect(r.summary).toContain(`ddac ${inputs[Inputs.Command]}`)
          }
      } finally {
        await emu?.stop()
      }
    },
    120_000
  )

  test('the plan reviewed on the pull request is applied on merge; a stale one is planned again and applied after approval', async () => {
    const gate = workflows.find(([f]) => f === 'pr-gate.yml')![1]
    const merge = workflows.find(([f]) => f === 'apply.yml')![1]
    const emu = await startEmulator()
    const iot = createIotClient({ endpoint: emu.endpoint, region: emu.region, local: true })
    const account = { [Inputs.Endpoint]: emu.endpoint, [Inputs.Region]: emu.region }
    const converged = (results: Awaited<ReturnType<typeof runJob>>): string[] =>
      results.map((x) => x.r.outputs.converged ?? '')
    try {
      const workspace = mkdtempSync(path.join(tmpdir(), 'ddac-merge-'))
      copyFileSync('examples/rules-based.yml', path.join(workspace, 'device-defender.yml'))
      const artifacts = new Map<string, string>()
      for (const job of Object.keys(gate.jobs))
        await runJob(gate, job, workspace, artifacts, account)
      const applied = await runJob(merge, 'apply', workspace, artifacts, account)
      expect(applied.map((x) => failure(x.r))).toEqual([{ code: 0, errors: [] }])
      expect(converged(applied)).toEqual(['true']) // so the replan jobs do not run
      expect(Object.keys(emu.state().data.securityProfiles)).toEqual(['Rules_flood_profile'])

      // The next pull request is reviewed, then the profile is edited in the console before it merges.
      copyFileSync('examples/device-defender.yml', path.join(workspace, 'device-defender.yml'))
      for (const job of Object.keys(gate.jobs))
        await runJob(gate, job, workspace, artifacts, account)
      await iot.send(
        new UpdateSecurityProfileCommand({
          securityProfileName: 'Rules_flood_profile',
          securityProfileDescription: 'edited in the console'
        })
      )
      const stale = await runJob(merge, 'apply', workspace, artifacts, account)
      expect(stale.map((x) => failure(x.r).code)).toEqual([1])
      expect(stale[0]!.r.stdout).toContain(
        '::error::the account changed since the plan was made: security profile Rules_flood_profile changed'
      )
      expect(converged(stale)).toEqual(['false'])
      expect(Object.keys(emu.state().data.securityProfiles)).toEqual(['Rules_flood_profile'])
      // The replan shows the console edit as drift; once approved, exactly that plan is applied.
      const replanned = await runJob(merge, 'replan', workspace, artifacts, account)
      expect(replanned[0]!.r.outputs.drift).toBe('true')
      const approved = await runJob(merge, 'apply-replanned', workspace, artifacts, account)
      expect(approved.map((x) => failure(x.r))).toEqual([{ code: 0, errors: [] }])
      expect(converged(approved)).toEqual(['true'])
      expect(Object.keys(emu.state().data.securityProfiles).sort()).toEqual([
        'ML_Detect_profile',
        'Rules_flood_profile'
      ])
    } finally {
      iot.destroy()
      await emu.stop()
    }
  }, 90_000)
})

const local = { [Inputs.Target]: 'local' }
const failure = (r: RunnerResult): { code: number | null; errors: string[] } => ({
  code: r.code,
  errors: r.stdout.split('\n').filter((l) => l.startsWith('::error'))
})

const artifactNames = (wf: Workflow, action: string): string[] =>
  Object.values(wf.jobs).flatMap((j) =>
    j.steps.filter((s) => uses(s, action)).map((s) => String(s.with?.name))
  )
const uploads = (wf: Workflow): string[] => artifactNames(wf, 'upload-artifact')
const downloads = (wf: Workflow): string[] => artifactNames(wf, 'download-artifact')

/**
 * A job's steps in order, as far as they concern ddac: each ddac step from the bundle (every way its inputs
 * can come out, each of which must pass), and artifacts uploaded and downloaded as files. Shell steps (AWS
 * credentials, looking up the pull request's run) are the runner's business and are skipped.
 */
async function runJob(
  wf: Workflow,
  job: string,
  workspace: string,
  artifacts: Map<string, string>,
  extra: Record<string, string>
): Promise<{ inputs: Record<string, string>; r: RunnerResult }[]> {
  const results: { inputs: Record<string, string>; r: RunnerResult }[] = []
  for (const step of wf.jobs[job]!.steps) {
    const name = String(step.with?.name)
    if (uses(step, 'upload-artifact')) {
      const stored = path.join(mkdtempSync(path.join(tmpdir(), 'ddac-artifact-')), name)
      mkdirSync(stored)
      const file = String(step.with!.path)
      copyFileSync(path.join(workspace, file), path.join(stored, path.basename(file)))
      artifacts.set(name, stored)
    } else if (uses(step, 'download-artifact')) {
      const stored = artifacts.get(name)
      expect({ artifact: name, uploaded: stored !== undefined }).toEqual({
        artifact: name,
        uploaded: true
      })
      const into = path.join(workspace, String(step.with!.path))
      mkdirSync(into, { recursive: true })
      for (const f of readdirSync(stored!)) copyFileSync(path.join(stored!, f), path.join(into, f))
    } else if (isDdac(step)) {
      for (const inputs of expand(wf, step)) {
        const r = await runAction('dist/index.js', { ...inputs, ...extra }, { cwd: workspace })
        results.push({ inputs, r })
      }
    }
  }
  return results
}
