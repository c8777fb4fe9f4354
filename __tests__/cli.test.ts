import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cli, EXIT } from '../src/cli/cli.js'
import { startEmulator } from '../src/local/emulator.js'
import { createIotClient } from '../src/aws/client.js'
import { CreateSecurityProfileCommand } from '@aws-sdk/client-iot'

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await cli(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

describe('ddac CLI (in process)', () => {
  test('validate prints what a valid file declares and exits 0', async () => {
    const r = await run('validate', 'examples/device-defender.yml')
    expect(r.code).toBe(EXIT.ok)
    expect(r.out).toContain('security profile ML_Detect_profile: 6 ML behaviors → anom_group')
    expect(r.out).toContain('examples/device-defender.yml is valid')
  })
  test('validate --format json gives the problems with positions', async () => {
    const r = await run('validate', '--format', 'json', 'nope.yml')
    expect(r.code).toBe(EXIT.problems)
    const json = JSON.parse(r.out) as {
      outputs: { errors: number }
      problems: { rule: string; line: number }[]
    }
    expect(json.outputs.errors).toBe(1)
    expect(json.problems[0]).toMatchObject({ rule: 'file/not-found', line: 1 })
  })
  test('validate --format markdown renders the summary', async () => {
    const r = await run('validate', '--format', 'markdown', 'examples/audit.yml')
    expect(r.out).toContain('## ✅ ddac validate: examples/audit.yml is valid')
    expect(r.out).toContain('**Audit checks enabled:**')
  })
  test('unknown commands and options are usage errors (exit 2)', async () => {
    expect((await run('frobnicate')).code).toBe(EXIT.failure)
    const bad = await run('validate', '--format', 'xml')
    expect(bad.code).toBe(EXIT.failure)
    expect(bad.err).toContain('Allowed choices are text, json, markdown')
  })
  test('a bad flag value is a usage error (exit 2) that says what was expected', async () => {
    const timeout = await run('plan', '--local', '--timeout', '0')
    expect(timeout.code).toBe(EXIT.failure)
    expect(timeout.err).toContain(
      '--timeout is "0"; expected a number of seconds above 0, such as 30 or 2.5'
    )
    const kinds = await run('import', '--local', '--kinds', 'things')
    expect(kinds.code).toBe(EXIT.failure)
    expect(kinds.err).toContain(
      `option '--kinds <kinds>' argument 'things' is invalid. "things" is not a kind ddac imports`
    )
  })
  test('plan, status and import run against an in-process emulator with --local', async () => {
    const plan = await run('plan', 'examples/device-defender.yml', '--local')
    expect(plan.code).toBe(EXIT.ok)
    expect(plan.out).toContain('Plan: 5 to create, 1 to update, 0 to delete (0 unchanged).')
    expect(plan.err).toContain('planning examples/device-defender.yml against http://127.0.0.1:')
    const status = await run('status', 'examples/device-defender.yml', '--local')
    expect(status.out).toContain(
      'Not in the account (run apply first): ML_Detect_profile, Rules_flood_profile'
    )
    const imported = await run('import', '--local', '--kinds', 'securityProfile,customMetric')
    expect(imported.code).toBe(EXIT.ok)
    expect(imported.out).toMatch(
      /^# yaml-language-server: \$schema=.*\n# Imported by ddac from http:\/\/127\.0\.0\.1:\d+ us-east-1 on \d{4}-\d\d-\d\d\.\nversion: 1\n$/
    )
    expect((await run('import', '--local', '--kinds', 'things')).code).toBe(EXIT.failure)
  })

  test('against one account: a plan that apply would refuse fails, status follows the file', async () => {
    const emu = await startEmulator()
    try {
      const at = ['--endpoint', emu.endpoint]
      const applied = await run(
        'apply',
        'examples/rules-based.yml',
        ...at,
        '--identity',
        'octo/a:dd.yml'
      )
      expect(applied.code).toBe(EXIT.ok)
      const other = await run(
        'plan',
        'examples/rules-based.yml',
        ...at,
        '--identity',
        'octo/b:dd.yml'
      )
      expect(other.code).toBe(EXIT.problems)
      expect(other.out).toContain(
        '✗ apply refuses: security profile Rules_flood_profile is managed by octo/a:dd.yml, not by octo/b:dd.yml'
      )
      const status = await run('status', 'examples/rules-based.yml', ...at)
      expect(status.out).toContain('0 of 0 ML models active, 0 active violations')
      const all = await run('status', 'no-such-file.yml', ...at)
      expect(all.err).toContain(
        'no-such-file.yml not found: reporting every security profile in the account'
      )
      const dir = mkdtempSync(path.join(tmpdir(), 'ddac-cli-'))
      writeFileSync(path.join(dir, 'bad.yml'), 'version: 2\n')
      const invalid = await run('status', path.join(dir, 'bad.yml'), ...at)
      expect(invalid.code).toBe(EXIT.problems)
    } finally {
      await emu.stop()
    }
  })

  test('an imported file plans to zero changes wherever it is saved', async () => {
    const emu = await startEmulator()
    try {
      const at = ['--endpoint', emu.endpoint]
      const dir = mkdtempSync(path.join(tmpdir(), 'ddac-cli-'))
      const first = path.join(dir, 'device-defender.yml')
      copyFileSync('examples/rules-based.yml', first)
      expect((await run('apply', first, ...at)).code).toBe(EXIT.ok)
      const other = path.join(dir, 'elsewhere', 'other.yml')
      const imported = await run('import', '-o', other, ...at)
      expect(imported.code).toBe(EXIT.ok)
      const plan = await run('plan', other, ...at)
      expect({ code: plan.code, out: plan.out }).toEqual({
        code: EXIT.ok,
        out: expect.stringContaining('Plan: no changes')
      })
      expect(plan.out).not.toContain('refuses')
    } finally {
      await emu.stop()
    }
  })

  test('errors name the CLI flags', async () => {
    const noRegion = await run('plan', 'examples/rules-based.yml')
    expect(noRegion.code).toBe(EXIT.failure)
    expect(noRegion.err).toBe(
      'ddac: No AWS region: pass --region or set AWS_REGION (or use --local to try without AWS)\n'
    )
  })

  test('status prints its summary line once, on stdout', async () => {
    const r = await run('status', 'examples/rules-based.yml', '--local')
    expect(r.code).toBe(EXIT.ok)
    const headline = '0 of 0 ML models active, 0 active violations, 0 violation events'
    expect(r.out.split(headline)).toHaveLength(2)
    expect(r.err).not.toContain(headline)
  })

  test('an apply that fails part-way says so first, and names what failed', async () => {
    const emu = await startEmulator({ deny: ['AttachSecurityProfile'] })
    try {
      const r = await run(
        'apply',
        'examples/rules-based.yml',
        '--endpoint',
        emu.endpoint,
        '--format',
        'markdown'
      )
      expect(r.code).toBe(EXIT.problems)
      const lines = r.out.split('\n')
      expect(lines[0]).toBe('## ❌ ddac apply: 3 created, 0 updated, 0 deleted, 1 failed')
      expect(lines.slice(2, 6)).toEqual([
        '❌ Apply stopped: 1 failed, 0 not attempted.',
        '',
        'Failed:',
        expect.stringMatching(
          /^- security profile Rules_flood_profile: missing permission: allow iot:AttachSecurityProfile/
        )
      ])
    } finally {
      await emu.stop()
    }
  })

  test('a hand-made profile that differs: plan and apply refuse it, apply --adopt takes it over', async () => {
    const emu = await startEmulator()
    const iot = createIotClient({ endpoint: emu.endpoint, region: emu.region, local: true })
    try {
      await iot.send(
        new CreateSecurityProfileCommand({
          securityProfileName: 'Rules_flood_profile',
          securityProfileDescription: 'made in the console'
        })
      )
      const at = ['examples/rules-based.yml', '--endpoint', emu.endpoint]
      const refused =
        '✗ apply refuses: security profile Rules_flood_profile: exists, managed by no file, and differs from the file: apply overwrites it only when adoption is asked for (input adopt, --adopt)'
      const plan = await run('plan', ...at)
      expect(plan.code).toBe(EXIT.problems)
      expect(plan.out).toContain(
        '    - securityProfileDescription: made in the console\n' +
          '    + securityProfileDescription: Static thresholds a message flood or bad credentials trip at once'
      )
      expect(plan.out).toContain(refused)
      const apply = await run('apply', ...at)
      expect(apply.code).toBe(EXIT.problems)
      expect(apply.out).toContain(refused)
      const adopted = await run('apply', ...at, '--adopt')
      expect(adopted.code).toBe(EXIT.ok)
      expect(adopted.out).toContain('the account matches examples/rules-based.yml (zero changes)')
      expect((await run('plan', ...at)).code).toBe(EXIT.ok)
    } finally {
      iot.destroy()
      await emu.stop()
    }
  })

  test('schema prints the JSON Schema', async () => {
    const r = await run('schema')
    expect(JSON.parse(r.out)).toMatchObject({
      title: expect.stringContaining('ddac'),
      required: ['version']
    })
  })
})

describe('ddac CLI from dist (the package bin)', () => {
  test('runs with exit codes a shell can use', () => {
    const ok = spawnSync(
      process.execPath,
      ['dist/cli/index.js', 'validate', 'examples/rules-based.yml'],
      { encoding: 'utf8' }
    )
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('examples/rules-based.yml is valid')
    const bad = spawnSync(process.execPath, ['dist/cli/index.js', 'validate', 'missing.yml'], {
      encoding: 'utf8'
    })
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain('missing.yml:1:1 error')
  })
  test("an AWS command prints its progress, not the AWS SDK's Node version warning", () => {
    const r = spawnSync(
      process.execPath,
      ['dist/cli/index.js', 'plan', '--local', 'examples/rules-based.yml'],
      // as a user's shell starts it: jest's NODE_NO_WARNINGS would hide the warning
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } }
    )
    expect(r.status).toBe(0)
    expect(r.stderr).not.toMatch(/NodeVersionSupportWarning|Warning:/)
    expect(r.stderr).toMatch(/^planning examples\/rules-based.yml against http:\/\/127\.0\.0\.1:/)
  })
})
