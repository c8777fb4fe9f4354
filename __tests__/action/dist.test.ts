/**
 * The committed bundle, started as the runner starts it. This is what GitHub executes, so it is tested
 * directly: a bundling mistake (a missing ESM module, a stale dist) fails here.
 */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CreateSecurityProfileCommand } from '@aws-sdk/client-iot'
import { createIotClient } from '../../src/aws/client.js'
import { startEmulator } from '../../src/local/emulator.js'
import { runAction } from '../helpers/runner.js'

const ENTRY = 'dist/index.js'

describe('dist/index.js as the runner starts it', () => {
  test('validates the demo example, writes the summary and outputs', async () => {
    const r = await runAction(ENTRY, {
      command: 'validate',
      config: 'examples/device-defender.yml',
      'fail-on-warnings': 'false'
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ valid: 'true', errors: '0', warnings: '0', problems: '[]' })
    expect(r.summary).toContain('## ✅ ddac validate: examples/device-defender.yml is valid')
    expect(r.summary).toContain('| `ML_Detect_profile` | anom_group | 6 | 0 | 0 |')
    expect(r.summary).toContain('| `message-flood` | anomaly | 1 |')
    // The main step marks the post step so the same bundle knows which phase it runs.
    expect(r.state.isPost).toBe('true')
  })

  test('a broken file fails the step with annotations on its lines', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-ws-'))
    writeFileSync(
      path.join(dir, 'device-defender.yml'),
      [
        'version: 1',
        'securityProfiles:',
        '  - securityProfileName: p1',
        '    behaviors:',
        '      - name: b1',
        '        metric: aws:source-ip-address',
        '        criteria: { mlDetectionConfig: { confidenceLevel: HIGH } }',
        '    targts: [g1]',
        ''
      ].join('\n')
    )
    const r = await runAction(
      ENTRY,
      { command: 'validate', config: 'device-defender.yml', 'fail-on-warnings': 'false' },
      { cwd: dir }
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /::error title=securityProfiles\[0\]\.behaviors\[0\]\.metric \[behavior\/ml-metric\],file=device-defender\.yml,line=6,col=17::ML Detect does not support aws:source-ip-address/
    )
    expect(r.stdout).toMatch(
      /::error title=securityProfiles\[0\]\.targts \[schema\/unknown-key\],file=device-defender\.yml,line=8,col=5::unknown key "targts"; did you mean "targets"\?/
    )
    expect(r.stdout).toContain('::error::2 errors in device-defender.yml')
    expect(r.outputs.valid).toBe('false')
    expect(r.outputs.errors).toBe('2')
    expect(JSON.parse(r.outputs.problems!)).toHaveLength(2)
    expect(r.summary).toContain('## ❌ ddac validate: 2 errors in device-defender.yml')
    expect(r.summary).toContain('`device-defender.yml:8:5`')
  })

  test('annotations stop at 10 per severity; the summary lists every problem', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-ws-'))
    const behaviors = Array.from(
      { length: 14 },
      (_, i) => `      - { name: b${i}, metric: aws:num-messages-snt }`
    )
    writeFileSync(
      path.join(dir, 'dd.yml'),
      [
        'version: 1',
        'securityProfiles:',
        '  - securityProfileName: p1',
        '    behaviors:',
        ...behaviors,
        ''
      ].join('\n')
    )
    const r = await runAction(
      ENTRY,
      { command: 'validate', config: 'dd.yml', 'fail-on-warnings': 'false' },
      { cwd: dir }
    )
    expect(r.code).toBe(1)
    expect(r.stdout.match(/^::error title=/gm)).toHaveLength(10)
    expect(r.outputs.errors).toBe('14')
    expect(r.summary.match(/aws:num-messages-snt/g)?.length).toBe(14)
  })

  test('fail-on-warnings turns warnings into a failed step', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-ws-'))
    writeFileSync(
      path.join(dir, 'dd.yml'),
      'version: 1\nsecurityProfiles:\n  - securityProfileName: p\n    behaviors: [{ name: keep-only, metric: aws:num-disconnects }]\n'
    )
    const lenient = await runAction(
      ENTRY,
      { command: 'validate', config: 'dd.yml', 'fail-on-warnings': 'false' },
      { cwd: dir }
    )
    expect(lenient.code).toBe(0)
    expect(lenient.outputs.warnings).toBe('1')
    expect(lenient.stdout).toMatch(
      /::warning title=securityProfiles\[0\]\.behaviors\[0\] \[behavior\/no-criteria\],file=dd\.yml,line=4,col=17::/
    )
    const strict = await runAction(
      ENTRY,
      { command: 'validate', config: 'dd.yml', 'fail-on-warnings': 'true' },
      { cwd: dir }
    )
    expect(strict.code).toBe(1)
    expect(strict.stdout).toContain('fail-on-warnings is set')
  })

  test('a missing file and a bad command input fail with a clear message', async () => {
    const missing = await runAction(ENTRY, {
      command: 'validate',
      config: 'nope.yml',
      'fail-on-warnings': 'false'
    })
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain('cannot read nope.yml: no such file')
    const bad = await runAction(ENTRY, {
      command: 'destroy-everything',
      config: 'x.yml',
      'fail-on-warnings': 'false'
    })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain(
      '::error::Input "command" is "destroy-everything"; expected one of validate'
    )
  })

  test('plan against the local emulator writes the plan, its outputs and the summary', async () => {
    const r = await runAction(ENTRY, {
      command: 'plan',
      config: 'examples/device-defender.yml',
      target: 'local'
    })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({
      'has-changes': 'true',
      'to-create': '5',
      'to-update': '1',
      'to-delete': '0',
      drift: 'false'
    })
    const plan = JSON.parse(readFileSync(r.outputs.plan!, 'utf8')) as {
      identity: string
      changes: unknown[]
    }
    expect(plan.changes).toHaveLength(6)
    expect(plan.identity).toBe('local:examples/device-defender.yml')
    expect(r.summary).toContain('## 📋 ddac plan: 5 to create, 1 to update, 0 to delete')
    expect(r.outputs.markdown!.trimEnd()).toBe(r.summary.trimEnd())
  })

  test('two plan steps in one job keep both plans', async () => {
    // One job: the runner's temp folder is shared, each step has its own GITHUB_ACTION.
    const temp = mkdtempSync(path.join(tmpdir(), 'ddac-job-'))
    const steps = [
      ['examples/rules-based.yml', '__ddac-dev_ddac'],
      ['examples/audit.yml', '__ddac-dev_ddac_2']
    ] as const
    const runs = []
    for (const [config, step] of steps)
      runs.push(
        await runAction(
          ENTRY,
          { command: 'plan', config, target: 'local' },
          { env: { RUNNER_TEMP: temp, GITHUB_ACTION: step } }
        )
      )
    expect(runs.map((r) => r.code)).toEqual([0, 0])
    const [first, second] = runs.map((r) => r.outputs.plan!)
    expect(path.dirname(first!)).toBe(temp)
    expect(first).not.toBe(second)
    expect(
      [first!, second!].map(
        (f) => (JSON.parse(readFileSync(f, 'utf8')) as { identity: string }).identity
      )
    ).toEqual(steps.map(([config]) => `local:${config}`))
  })

  test('apply with plan-file applies the saved plan, and refuses it once the account changed', async () => {
    // Detect stepped: its periods must not advance the account's state between the two reads
    const emu = await startEmulator({ detect: { stepped: true } })
    try {
      const at = { config: 'examples/rules-based.yml', endpoint: emu.endpoint, region: emu.region }
      const plan = await runAction(ENTRY, { command: 'plan', ...at })
      expect(plan.code).toBe(0)
      const saved = plan.outputs.plan!
      const applied = await runAction(ENTRY, { command: 'apply', ...at, 'plan-file': saved })
      expect(applied.code).toBe(0)
      expect(applied.stdout).toContain(`applying the plan ${saved} of examples/rules-based.yml`)
      expect(applied.outputs.converged).toBe('true')
      // The same plan once more: what it saw is gone, so the step fails and nothing changes.
      const before = emu.state().data
      const stale = await runAction(ENTRY, { command: 'apply', ...at, 'plan-file': saved })
      expect(stale.code).toBe(1)
      expect(stale.stdout).toMatch(/::error::the account changed since the plan was made: /)
      expect(stale.summary).toContain('Apply refused the plan; nothing was changed.')
      expect(emu.state().data).toEqual(before)
    } finally {
      await emu.stop()
    }
  })

  test('apply against the local emulator proves the account matches', async () => {
    const r = await runAction(ENTRY, {
      command: 'apply',
      config: 'examples/device-defender.yml',
      target: 'local'
    })
    expect(r.code).toBe(0)
    expect(r.outputs.converged).toBe('true')
    expect(r.stdout).toContain(
      'Re-read after apply: the account matches examples/device-defender.yml (zero changes)'
    )
    // The summary opens with the outcome, before the diff; a resource without fields gets no empty diff.
    expect(r.summary.split('\n').slice(0, 3)).toEqual([
      '## ✅ ddac apply: 5 created, 1 updated, 0 deleted',
      '',
      '✅ Re-read after apply: the account matches examples/device-defender.yml (zero changes).'
    ])
    expect(r.summary).toContain('### What apply set out to do: 5 to create, 1 to update')
    expect(r.summary).not.toContain('```diff\n\n```')
  })

  test('input adopt: apply refuses a differing hand-made profile without it and takes it over with it', async () => {
    const emu = await startEmulator()
    const iot = createIotClient({ endpoint: emu.endpoint, region: emu.region, local: true })
    try {
      await iot.send(
        new CreateSecurityProfileCommand({
          securityProfileName: 'Rules_flood_profile',
          securityProfileDescription: 'made in the console'
        })
      )
      const inputs = {
        command: 'apply',
        config: 'examples/rules-based.yml',
        endpoint: emu.endpoint
      }
      const refused = await runAction(ENTRY, inputs)
      expect(refused.code).toBe(1)
      expect(refused.stdout).toContain(
        '::error::security profile Rules_flood_profile: exists, managed by no file, and differs from the file: apply overwrites it only when adoption is asked for (input adopt, --adopt)'
      )
      const adopted = await runAction(ENTRY, { ...inputs, adopt: 'true' })
      expect(adopted.code).toBe(0)
      expect(adopted.outputs.converged).toBe('true')
    } finally {
      iot.destroy()
      await emu.stop()
    }
  })

  test('plan refuses an invalid file before anything is sent', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-ws-'))
    writeFileSync(path.join(dir, 'dd.yml'), 'version: 2\n')
    const r = await runAction(
      ENTRY,
      { command: 'plan', config: 'dd.yml', target: 'local' },
      { cwd: dir }
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::1 error in dd.yml: nothing was sent to AWS')
  })

  test("errors name the action's inputs, not the CLI's flags", async () => {
    // No region, no credentials, no ~/.aws, no instance metadata: what a first run without setup sees.
    const home = mkdtempSync(path.join(tmpdir(), 'ddac-home-'))
    const env = { HOME: home, AWS_EC2_METADATA_DISABLED: 'true' }
    const config = 'examples/rules-based.yml'
    const noRegion = await runAction(ENTRY, { command: 'plan', config }, { env })
    expect(noRegion.code).toBe(1)
    expect(noRegion.stdout).toContain(
      '::error::No AWS region: set the `region` input or set AWS_REGION (or use `target: local` to try without AWS)'
    )
    const both = await runAction(ENTRY, {
      command: 'plan',
      config,
      target: 'local',
      endpoint: 'http://127.0.0.1:9'
    })
    expect(both.stdout).toContain('not both (`target: local` / `endpoint`)')
    const noCredentials = await runAction(
      ENTRY,
      { command: 'plan', config, region: 'eu-west-1' },
      { env }
    )
    expect(noCredentials.code).toBe(1)
    expect(noCredentials.stdout).toContain('::error::no AWS credentials:')
    expect(noCredentials.stdout).toContain('use `target: local` to run against the emulator')
    for (const r of [noRegion, both, noCredentials])
      expect(r.stdout).not.toMatch(/--(region|local|endpoint)\b/)
  })

  test('the post phase runs from the same bundle and changes nothing', async () => {
    const r = await runAction(ENTRY, {}, { env: { STATE_isPost: 'true' } })
    expect(r.code).toBe(0)
    expect(r.summary).toBe('')
    expect(r.outputs).toEqual({})
  })
})
