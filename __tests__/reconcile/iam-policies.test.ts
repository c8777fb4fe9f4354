/**
 * The IAM policies in examples/iam are enough: with every other IoT operation denied, plan, status and import
 * run on the plan policy, and apply creates, updates, detaches, untags and prunes on the apply policy.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse, stringify } from 'yaml'
import { applyCommand, planCommand } from '../../src/commands/reconcile.js'
import { importCommand } from '../../src/commands/import.js'
import { statusCommand } from '../../src/commands/status.js'
import type { ProfileFile } from '../../src/config/file-format.js'
import {
  EXTRA_OPERATIONS,
  SUBSET_OPERATIONS,
  type OperationName
} from '../../src/model/iot-model.js'
import { account, ID, profile } from './helpers.js'

interface Policy {
  Statement: { Action: string | string[] }[]
}

/** Every IoT operation the policy does not allow, as the emulator's deny list. */
function deniedBy(file: string): OperationName[] {
  const policy = JSON.parse(readFileSync(`examples/iam/${file}`, 'utf8')) as Policy
  const allowed = new Set(
    policy.Statement.flatMap((s) => [s.Action].flat())
      .filter((a) => a.startsWith('iot:'))
      .map((a) => a.slice('iot:'.length))
  )
  return [...SUBSET_OPERATIONS, ...EXTRA_OPERATIONS].filter(
    (op) => !allowed.has(op)
  ) as OperationName[]
}

const text = (name: string): string => readFileSync(`examples/${name}`, 'utf8')
const file = (yaml: string): ProfileFile => profile(yaml)

/** The rules-based example with a tag on its profile. */
function tagged(): string {
  const f = parse(text('rules-based.yml')) as { securityProfiles: { tags?: unknown[] }[] }
  f.securityProfiles[0]!.tags = [{ Key: 'team', Value: 'iot-security' }]
  return stringify(f)
}

/** That file with every kind of in-place change: a value, a target, a tag, a metric, a dimension. */
function changed(): ProfileFile {
  const f = parse(tagged()) as {
    securityProfiles: {
      targets: string[]
      tags?: unknown[]
      behaviors: { criteria: { value?: { count?: number } } }[]
    }[]
    customMetrics: { displayName: string }[]
    dimensions: { stringValues: string[] }[]
    simulations?: unknown[]
  }
  const p = f.securityProfiles[0]!
  p.behaviors[0]!.criteria.value = { count: 2048 }
  p.targets = ['other_group']
  delete f.simulations // they run on anom_group, which the profile leaves
  delete p.tags
  f.customMetrics[0]!.displayName = 'Battery left'
  f.dimensions[0]!.stringValues = ['telemetry/+/battery']
  return file(stringify(f))
}

describe('examples/iam', () => {
  test('the plan policy runs plan (with the AWS behavior check), status and import', async () => {
    const setup = await account()
    await applyCommand({
      iot: setup.iot,
      profile: file(text('device-defender.yml')),
      identity: ID,
      prune: false
    })
    const snapshot = setup.emu.state()
    await setup.close()
    const a = await account({ initialState: snapshot, deny: deniedBy('ddac-plan-policy.json') })
    try {
      // A plan with creates and updates, so every read and the behavior check are called.
      const { plan } = await planCommand({
        iot: a.iot,
        profile: file(text('rules-based.yml')),
        identity: ID,
        prune: true,
        checkBehaviors: true
      })
      expect(plan.notes).toEqual([])
      expect(plan.changes.length).toBeGreaterThan(0)
      expect(a.emu.requests().map((r) => r.operation)).toContain('ValidateSecurityProfileBehaviors')
      const status = await statusCommand({
        iot: a.iot,
        securityProfileNames: ['ML_Detect_profile']
      })
      expect(status.training).toHaveLength(6)
      const imported = await importCommand({ iot: a.iot })
      expect(imported.securityProfiles).toHaveLength(2)
      expect(a.emu.requests().filter((r) => r.status === 403)).toEqual([])
    } finally {
      await a.close()
    }
  })

  test('the apply policy creates, updates in place and prunes', async () => {
    const a = await account({ deny: deniedBy('ddac-apply-policy.json') })
    try {
      // A short lease, so each apply also renews it (iot:UpdateThingGroup) while it runs.
      const apply = (profile: ProfileFile, prune = false) =>
        applyCommand({ iot: a.iot, profile, identity: ID, prune, lease: { ttlMs: 100 } })
      for (const [step, out] of [
        ['create', await apply(file(tagged()))],
        ['update', await apply(changed())],
        ['prune to the demo', await apply(file(text('device-defender.yml')), true)],
        ['prune to audit only', await apply(file(text('audit.yml')), true)]
      ] as const) {
        expect({ step, failed: out.result.failed, converged: out.converged }).toEqual({
          step,
          failed: [],
          converged: true
        })
      }
      const ops = new Set(a.emu.requests().map((r) => r.operation))
      for (const op of [
        'UpdateThingGroup',
        'DeleteThingGroup',
        'UpdateSecurityProfile',
        'DetachSecurityProfile',
        'UntagResource',
        'UpdateCustomMetric',
        'UpdateDimension',
        'DeleteSecurityProfile',
        'DeleteCustomMetric',
        'DeleteDimension',
        'DeleteMitigationAction'
      ])
        expect(ops).toContain(op)
      expect(a.emu.requests().filter((r) => r.status === 403)).toEqual([])
    } finally {
      await a.close()
    }
  })
})
