/** Under throttling, 5xx, missing permissions and accounts without Detect, the outcome is still right. */
import { describe, expect, test } from '@jest/globals'
import { applyCommand, planCommand } from '../../src/commands/reconcile.js'
import { stringify } from 'yaml'
import type { ProfileFile } from '../../src/config/file-format.js'
import { UpdateSecurityProfileCommand } from '@aws-sdk/client-iot'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { planCounts, renderPlanText } from '../../src/report/plan.js'
import { account, example, ID, profile, type Account } from './helpers.js'

/** Profiles on their own groups, each using custom metrics, so a run makes a few hundred calls. */
function fleetFile(n: number): ProfileFile {
  const metrics = Array.from({ length: n }, (_, i) => ({
    metricName: `metric-${i}`,
    metricType: 'number'
  }))
  const profiles = Array.from({ length: n }, (_, i) => ({
    securityProfileName: `profile-${i}`,
    targets: [`group-${i}`],
    behaviors: [
      {
        name: 'flood',
        metric: 'aws:num-messages-sent',
        criteria: {
          comparisonOperator: 'greater-than',
          value: { count: 100 },
          durationSeconds: 300
        }
      },
      {
        name: 'custom',
        metric: `metric-${i}`,
        criteria: { comparisonOperator: 'greater-than', value: { number: 5 } }
      }
    ],
    tags: [{ Key: 'index', Value: String(i) }]
  }))
  return profile(stringify({ version: 1, customMetrics: metrics, securityProfiles: profiles }))
}

/**
 * The SDK's own backoff (500 ms base for throttling, doubling per attempt) sets this test's length: a run
 * takes 10–25 s alone and more on a loaded 2-core runner, so it gets its own timeout.
 */
const BACKOFF_BOUND_MS = 120_000

describe('faults', () => {
  test(
    'with 20% throttling and 5% 5xx injected, plan and apply still converge',
    async () => {
      const a = await account({ throttleRate: 0.2, faultRate: 0.05, seed: 7 })
      try {
        const file = fleetFile(10)
        const out = await applyCommand({ iot: a.iot, profile: file, identity: ID, prune: false })
        expect(out.result.failed).toEqual([])
        expect(out.converged).toBe(true)
        const { plan } = await planCommand({
          iot: a.iot,
          profile: file,
          identity: ID,
          prune: false
        })
        expect(plan.changes).toEqual([])
        // The faults really happened: the SDK retried through them.
        const errors = a.emu.requests().filter((r) => r.error)
        expect(errors.filter((r) => r.error === 'ThrottlingException').length).toBeGreaterThan(10)
        expect(errors.filter((r) => r.status >= 500).length).toBeGreaterThanOrEqual(3)
      } finally {
        await a.close()
      }
    },
    BACKOFF_BOUND_MS
  )

  test('a missing IAM permission names the action to allow, and nothing half-applied is hidden', async () => {
    const a = await account({ deny: ['AttachSecurityProfile'] })
    try {
      const out = await applyCommand({
        iot: a.iot,
        profile: example('rules-based.yml'),
        identity: ID,
        prune: false
      })
      expect(out.converged).toBe(false)
      expect(out.result.failed.map((f) => f.error)).toEqual([
        expect.stringContaining(
          'missing permission: allow iot:AttachSecurityProfile for the role ddac runs as'
        )
      ])
    } finally {
      await a.close()
    }
  })

  test('an apply that stops part-way is reported as such, not as drift, and the next apply finishes it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ddac-partial-'))
    const file = (count: number, targets: string[]): ProfileFile =>
      profile(
        stringify({
          version: 1,
          securityProfiles: [
            {
              securityProfileName: 'fleet',
              targets,
              behaviors: [
                {
                  name: 'big',
                  metric: 'aws:message-byte-size',
                  criteria: { comparisonOperator: 'greater-than', value: { count } }
                }
              ]
            }
          ]
        })
      )
    const before = file(1024, ['group-a'])
    const after = file(2048, ['group-a', 'group-b'])
    // The same account three times (state in dataDir): fine, then without permission to attach, then fixed.
    const run = async <T>(
      options: Parameters<typeof account>[0],
      fn: (a: Account) => Promise<T>
    ): Promise<T> => {
      const a = await account({ dataDir, ...options })
      try {
        return await fn(a)
      } finally {
        await a.close()
      }
    }
    try {
      await run({}, (a) =>
        applyCommand({ iot: a.iot, profile: before, identity: ID, prune: false })
      )
      await run({ deny: ['AttachSecurityProfile'] }, async (a) => {
        const out = await applyCommand({ iot: a.iot, profile: after, identity: ID, prune: false })
        expect(out.converged).toBe(false)
        // The behavior changed before the attach failed: the account is between the two states.
        const stored = a.emu.state().data.securityProfiles.fleet as { behaviors: unknown[] }
        expect(stored.behaviors).toEqual([
          expect.objectContaining({ criteria: expect.objectContaining({ value: { count: 2048 } }) })
        ])
        const { plan } = await planCommand({
          iot: a.iot,
          profile: after,
          identity: ID,
          prune: false
        })
        expect(plan.changes.map((c) => [c.name, c.origin])).toEqual([['fleet', 'interrupted']])
        expect(planCounts(plan).drift).toBe(0)
        expect(renderPlanText(plan)).toContain('an earlier apply stopped part-way')
      })
      await run({}, async (a) => {
        const out = await applyCommand({ iot: a.iot, profile: after, identity: ID, prune: false })
        expect(out.converged).toBe(true)
        const { plan } = await planCommand({
          iot: a.iot,
          profile: after,
          identity: ID,
          prune: false
        })
        expect(plan.changes).toEqual([])
        expect(plan.ownershipUpdates).toEqual([])
        // A console edit after a finished apply is drift again.
        await a.iot.send(
          new UpdateSecurityProfileCommand({
            securityProfileName: 'fleet',
            securityProfileDescription: 'edited in the console'
          })
        )
        const edited = await planCommand({ iot: a.iot, profile: after, identity: ID, prune: false })
        expect(edited.plan.changes.map((c) => [c.name, c.origin])).toEqual([['fleet', 'drift']])
      })
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  test('an account without Detect gets a clear message, and audit resources still plan and apply', async () => {
    const a = await account({ noDetect: true })
    try {
      await expect(
        planCommand({ iot: a.iot, profile: example('rules-based.yml'), identity: ID, prune: false })
      ).rejects.toThrow(/Detect is not available on this account .* Audit keeps working/)
      const audit = example('audit.yml')
      const { plan } = await planCommand({ iot: a.iot, profile: audit, identity: ID, prune: false })
      expect(plan.notes).toEqual([
        expect.stringContaining('Detect is not available on this account')
      ])
      expect(plan.changes.map((c) => c.kind)).toEqual([
        'auditConfiguration',
        'scheduledAudit',
        'scheduledAudit'
      ])
      const out = await applyCommand({ iot: a.iot, profile: audit, identity: ID, prune: false })
      expect(out.converged).toBe(true)
    } finally {
      await a.close()
    }
  })
})
