/**
 * The nightly audit settles what a simulation could not: against AWS the shared-certificate check only sees
 * connections about 2 hours old, so `simulate` records the expectation as pending in the account and a later
 * `audit` settles it. Shown end to end on the emulator, with its clock 3600 times AWS's (the look-back is 2 s),
 * the real device SDK over mutual TLS against its broker, and the session treated as AWS's (no time scale).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  CreatePolicyCommand,
  DeletePolicyCommand,
  ListThingGroupsCommand,
  UpdateAccountAuditConfigurationCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import { createIotClient } from '../../src/aws/client.js'
import { simulateCommand } from '../../src/commands/simulate.js'
import { loadSpec } from '../../src/commands/registry.js'
import { simulateReport } from '../../src/commands/specs/simulate.js'
import type { IotSession } from '../../src/commands/target.js'
import { Outputs } from '../../src/constants.js'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { profile } from '../reconcile/helpers.js'

const FILE = profile(`
version: 1
auditConfiguration:
  roleArn: arn:aws:iam::123456789012:role/Audit
  auditCheckConfigurations: { DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true } }
simulations:
  - name: shared-cert
    scenario: shared-certificate
    things: 2
    hold: 1s
    expect:
      auditFindings: [{ checkName: DEVICE_CERTIFICATE_SHARED_CHECK }]
      timeout: 20m
`)
const IDENTITY = 'acme/fleet:device-defender.yml'

let emu: Emulator
let iot: IoTClient

beforeAll(async () => {
  emu = await startEmulator({ broker: true, audit: true, detect: { timeScale: 3600 } })
  iot = createIotClient({ endpoint: emu.endpoint, region: emu.region, local: true, pace: false })
  await iot.send(
    new UpdateAccountAuditConfigurationCommand({
      roleArn: 'arn:aws:iam::123456789012:role/Audit',
      auditCheckConfigurations: { DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true } }
    })
  )
})
afterAll(async () => {
  iot?.destroy()
  await emu?.stop()
})

const session = (timeScale?: number): IotSession => ({
  client: iot,
  control: iot,
  region: emu.region,
  endpoint: emu.endpoint,
  local: true,
  localCaPem: emu.caCertificatePem,
  ...(timeScale ? { timeScale } : {})
})

const pendingGroups = async (): Promise<string[]> =>
  (
    (await iot.send(new ListThingGroupsCommand({ namePrefixFilter: 'ddac-pending-' })))
      .thingGroups ?? []
  ).map((g) => g.groupName!)

describe('a shared-certificate expectation', () => {
  test('is pending after the run, recorded in the account, and met by a later audit', async () => {
    const log: string[] = []
    const run = await simulateCommand(
      { profile: FILE, identity: IDENTITY, log: (l) => log.push(l) },
      session()
    )
    const report = await simulateReport(run, { profile: FILE })
    expect(report.ok).toBe(true)
    expect(report.outputs[Outputs.Result]).toBe('pending')
    expect(report.outputs[Outputs.ExpectationsPending]).toBe(1)
    expect(report.markdown).toContain('recorded for a later `ddac audit`')
    const [recorded] = await pendingGroups()
    expect(recorded).toBe(`ddac-pending-${run.simulations.runId}-shared-cert`)
    // The two things were connected at once with one certificate.
    expect(run.simulations.results[0]).toMatchObject({ things: 2, connections: 2, errors: 0 })

    await new Promise((r) => setTimeout(r, 2500)) // AWS's 2-hour look-back, at 3600×
    const audit = await loadSpec('audit')
    const ctx = { profile: FILE, identity: IDENTITY, session: session(3600) }
    const opts = {
      config: 'device-defender.yml',
      target: { kind: 'aws' as const },
      failOnWarnings: false,
      log: () => undefined
    }
    const settled = await audit.report(await audit.run(opts, ctx), opts, ctx)
    expect(settled.failure).toBeUndefined()
    expect(settled.outputs).toMatchObject({
      [Outputs.Result]: 'passed',
      [Outputs.SettledExpectations]: 1,
      [Outputs.ExpectationsPending]: 0
    })
    expect(settled.markdown).toMatch(/✅ met/)
    // The finding the simulation caused on purpose is not new non-compliance.
    expect(settled.outputs[Outputs.NewFindings]).toBe(0)
    expect(settled.markdown).toContain('expected: simulation shared-cert (run')
    expect(await pendingGroups()).toEqual([])
  }, 60_000)
})

describe('the audit command', () => {
  const permissive = profile(`
version: 1
auditConfiguration:
  roleArn: arn:aws:iam::123456789012:role/Audit
  auditCheckConfigurations: { IOT_POLICY_OVERLY_PERMISSIVE_CHECK: { enabled: true } }
acceptedFindings:
  - checkName: IOT_POLICY_OVERLY_PERMISSIVE_CHECK
    resource: legacy-fleet
    reason: the legacy fleet moves to per-thing policies in Q1
    expires: '2099-12-31'
`)
  const opts = {
    config: 'device-defender.yml',
    target: { kind: 'aws' as const },
    failOnWarnings: false,
    log: () => undefined
  }
  const audit = async (file: typeof permissive) => {
    const spec = await loadSpec('audit')
    const ctx = { profile: file, identity: IDENTITY, session: session(3600) }
    return spec.report(await spec.run(opts, ctx), opts, ctx)
  }
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'iot:*', Resource: '*' }]
  })

  test('fails on a non-compliant finding the file does not accept, and passes on one it accepts', async () => {
    await iot.send(
      new UpdateAccountAuditConfigurationCommand({
        roleArn: 'arn:aws:iam::123456789012:role/Audit',
        auditCheckConfigurations: { IOT_POLICY_OVERLY_PERMISSIVE_CHECK: { enabled: true } }
      })
    )
    await iot.send(
      new CreatePolicyCommand({ policyName: 'legacy-fleet', policyDocument: document })
    )
    try {
      const accepted = await audit(permissive)
      expect(accepted.ok).toBe(true)
      expect(accepted.outputs).toMatchObject({
        [Outputs.NewFindings]: 0,
        [Outputs.AcceptedFindings]: 1
      })
      expect(accepted.markdown).toContain('accepted until 2099-12-31')

      await iot.send(new CreatePolicyCommand({ policyName: 'wide-open', policyDocument: document }))
      const fresh = await audit(permissive)
      expect(fresh.ok).toBe(false)
      expect(fresh.failure).toMatch(/^ddac audit failed: 1 new non-compliant finding/)
      expect(fresh.outputs).toMatchObject({ [Outputs.Result]: 'failed', [Outputs.NewFindings]: 1 })
      expect(fresh.markdown).toMatch(
        /`IOT_POLICY_OVERLY_PERMISSIVE_CHECK` on `wide-open`<br>.*\| \*\*new\*\* \|/
      )
    } finally {
      await iot.send(new DeletePolicyCommand({ policyName: 'wide-open' })).catch(() => undefined)
      await iot.send(new DeletePolicyCommand({ policyName: 'legacy-fleet' }))
    }
  }, 30_000)
})
