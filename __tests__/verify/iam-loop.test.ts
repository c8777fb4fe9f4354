/**
 * The IAM policies of the simulation and audit workflows are enough: with every other IoT operation denied,
 * `run` applies, simulates (its devices over mutual TLS), waits, runs a mitigation and an audit, and tears
 * down on examples/iam/ddac-simulate-policy.json, and the nightly `audit` runs on ddac-audit-policy.json.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createIotClient } from '../../src/aws/client.js'
import { loadSpec } from '../../src/commands/registry.js'
import type { IotSession } from '../../src/commands/target.js'
import { Outputs } from '../../src/constants.js'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/local/emulator.js'
import {
  EXTRA_OPERATIONS,
  SUBSET_OPERATIONS,
  type OperationName
} from '../../src/model/iot-model.js'
import { profile } from '../reconcile/helpers.js'
import { floodInto, rulesOn } from '../helpers/loop-file.js'

function deniedBy(file: string): OperationName[] {
  const policy = JSON.parse(readFileSync(`examples/iam/${file}`, 'utf8')) as {
    Statement: { Action: string | string[] }[]
  }
  const allowed = new Set(
    policy.Statement.flatMap((s) => [s.Action].flat()).map((a) => a.replace(/^iot:/, ''))
  )
  return [...SUBSET_OPERATIONS, ...EXTRA_OPERATIONS].filter(
    (op) => !allowed.has(op)
  ) as OperationName[]
}

const FILE = profile(`
version: 1
${rulesOn('sim_group')}mitigationActions:
  - actionName: quarantine
    roleArn: arn:aws:iam::123456789012:role/Mitigation
    actionParams: { addThingsToThingGroupParams: { thingGroupNames: [sim_group] } }
auditConfiguration:
  roleArn: arn:aws:iam::123456789012:role/Audit
  auditCheckConfigurations: { DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true } }
simulations:
${floodInto(
  'sim_group',
  5,
  '      violations: [{ securityProfileName: Rules, behaviorName: big-messages, mitigationAction: quarantine }]'
).trimEnd()}
  - name: shared
    scenario: shared-certificate
    things: 2
    hold: 1s
    expect: { auditFindings: [{ checkName: DEVICE_CERTIFICATE_SHARED_CHECK }] }
  # Still waited for after the audit ran (4 s at 3600×), so the findings are read again.
  - name: quiet
    scenario: baseline
    things: 1
    topic: test/topic
    count: 2
    interval: 100ms
    expect: { noViolations: true, timeout: 4h }
`)

async function withAccount<T>(
  options: EmulatorOptions,
  fn: (session: IotSession, emu: Emulator) => Promise<T>
): Promise<T> {
  // 3600× AWS's time: Detect's windows and the audit's 2-hour look-back last seconds.
  const emu = await startEmulator({
    broker: true,
    audit: true,
    detect: { timeScale: 3600 },
    ...options
  })
  const client = createIotClient({
    endpoint: emu.endpoint,
    region: emu.region,
    local: true,
    pace: false
  })
  try {
    const session = {
      client,
      control: client,
      region: emu.region,
      endpoint: emu.endpoint,
      local: true,
      localCaPem: emu.caCertificatePem,
      timeScale: 3600
    }
    return await fn(session, emu)
  } finally {
    client.destroy()
    await emu.stop()
  }
}

const opts = {
  config: 'device-defender.yml',
  target: { kind: 'local' as const },
  failOnWarnings: false,
  prune: false,
  log: () => undefined
}
const ctx = (session: IotSession) => ({ profile: FILE, identity: 'acme/fleet:dd.yml', session })

describe('examples/iam for the simulation and audit workflows', () => {
  test('the simulate policy runs the whole loop, and the audit policy the audit after it', async () => {
    const after = await withAccount(
      { deny: deniedBy('ddac-simulate-policy.json') },
      async (session, emu) => {
        const run = await loadSpec('run')
        const report = await run.report(await run.run(opts, ctx(session)), opts, ctx(session))
        expect(emu.requests().filter((r) => r.status === 403)).toEqual([])
        expect(report.failure).toBeUndefined()
        expect(report.outputs).toMatchObject({
          [Outputs.Result]: 'passed',
          [Outputs.ExpectationsMet]: 3,
          [Outputs.TeardownFailures]: 0
        })
        // The run's own audit and the account's findings list name the same finding: counted once.
        const outcomes = JSON.parse(String(report.outputs[Outputs.Expectations])) as Array<{
          simulation: string
          detail: string
        }>
        expect(outcomes.find((x) => x.simulation === 'shared')?.detail).toBe('1 finding(s)')
        expect(emu.requests().map((r) => r.operation)).toEqual(
          expect.arrayContaining(['StartDetectMitigationActionsTask', 'StartOnDemandAuditTask'])
        )
        return emu.state()
      }
    )
    await withAccount(
      { initialState: after, deny: deniedBy('ddac-audit-policy.json') },
      async (session, emu) => {
        const audit = await loadSpec('audit')
        const report = await audit.report(await audit.run(opts, ctx(session)), opts, ctx(session))
        expect(emu.requests().filter((r) => r.status === 403)).toEqual([])
        // The run's shared certificate is found again, and known as the simulation's, not new non-compliance.
        expect(report.outputs).toMatchObject({
          [Outputs.Result]: 'passed',
          [Outputs.NewFindings]: 0
        })
        expect(report.markdown).toMatch(/expected: simulation of run r\d{12}[0-9a-f]{6}/)
      }
    )
  }, 60_000)
})
