/**
 * ddac's client paces each operation at its AWS quota, except against an emulator that says it never
 * throttles: through `--endpoint` at `ddac local` (no `--throttle`), a large plan makes no paced waits.
 */
import { describe, expect, test } from '@jest/globals'
import { ListSecurityProfilesCommand } from '@aws-sdk/client-iot'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { stringify } from 'yaml'
import { pacingOf } from '../../src/aws/rate-limit.js'
import { withIot } from '../../src/commands/target.js'
import { applyCommand, planCommand } from '../../src/commands/reconcile.js'
import type { ProfileFile } from '../../src/config/file-format.js'
import { startEmulator, type EmulatorOptions } from '../../src/local/emulator.js'
import { ID, profile } from '../reconcile/helpers.js'

function fleet(n: number): ProfileFile {
  return profile(
    stringify({
      version: 1,
      securityProfiles: Array.from({ length: n }, (_, i) => ({
        securityProfileName: `profile-${i}`,
        behaviors: [
          {
            name: 'flood',
            metric: 'aws:num-messages-sent',
            criteria: {
              comparisonOperator: 'greater-than',
              value: { count: 100 },
              durationSeconds: 300
            }
          }
        ],
        tags: [{ Key: 'index', Value: String(i) }]
      }))
    })
  )
}

/** Apply the fleet, then plan it again, through `--endpoint` at a running emulator; what pacing did. */
async function applyThenPlan(n: number, options: EmulatorOptions) {
  const emu = await startEmulator(options)
  try {
    return await withIot(
      { kind: 'endpoint', url: emu.endpoint },
      'us-east-1',
      async ({ client }) => {
        const input = { iot: client, profile: fleet(n), identity: ID, prune: false }
        const applied = await applyCommand(input)
        const { plan } = await planCommand(input)
        return {
          converged: applied.converged,
          changes: plan.changes.length,
          pacing: { ...pacingOf(client)! },
          throttled: emu.requests().filter((r) => r.error === 'ThrottlingException').length
        }
      }
    )
  } finally {
    await emu.stop()
  }
}

describe('pacing', () => {
  test('against ddac local without --throttle, a 100-profile apply and no-op plan make no paced waits', async () => {
    const run = await applyThenPlan(100, {})
    expect(run).toMatchObject({ converged: true, changes: 0, throttled: 0 })
    expect(run.pacing).toEqual({ paced: false, delayed: 0 })
  })

  test('against ddac local --throttle, the client keeps pacing at the quotas', async () => {
    // 30 creates at 10/s: a first second's worth go at once, the rest wait for their turn.
    const run = await applyThenPlan(30, { throttle: true })
    expect(run).toMatchObject({ converged: true, changes: 0 })
    // Arrival jitter can still cost a throttled retry or two; unpaced, most of the burst would be.
    expect(run.throttled).toBeLessThan(5)
    expect(run.pacing.paced).toBe(true)
    expect(run.pacing.delayed).toBeGreaterThanOrEqual(15)
  })

  test('an endpoint that does not speak for its quotas (AWS) is paced', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"securityProfileIdentifiers":[]}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const pacing = await withIot({ kind: 'endpoint', url }, 'us-east-1', async ({ client }) => {
        // ListSecurityProfiles: 10 per second, so 15 at once hold 5 back.
        await Promise.all(
          Array.from({ length: 15 }, () => client.send(new ListSecurityProfilesCommand({})))
        )
        return { ...pacingOf(client)! }
      })
      expect(pacing).toEqual({ paced: true, delayed: 5 })
    } finally {
      server.close()
    }
  })
})
