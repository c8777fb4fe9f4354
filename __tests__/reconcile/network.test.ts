/**
 * A bad network between ddac and the account, through the real SDK: an endpoint that never answers, and a
 * proxy that lets writes land and loses their answers, so the SDK retries writes that already happened.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { UpdateSecurityProfileCommand } from '@aws-sdk/client-iot'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stringify } from 'yaml'
import { createIotClient } from '../../src/aws/client.js'
import { cli, EXIT } from '../../src/cli/cli.js'
import { applyCommand, planCommand } from '../../src/commands/reconcile.js'
import type { ProfileFile } from '../../src/config/file-format.js'
import {
  lossyProxy,
  silentEndpoint,
  type ProxyOptions,
  type ProxyStats
} from '../helpers/fault-servers.js'
import { account, ID, profile, type Account } from './helpers.js'

const ROLE = 'arn:aws:iam::123456789012:role/ddac'

/** Every kind ddac writes: profiles on groups using custom metrics and a dimension, actions, audits. */
function fleet(n: number, version: 1 | 2): ProfileFile {
  const kept = version === 1 ? n : n - 3 // v2 prunes three profiles and their metrics
  return profile(
    stringify({
      version: 1,
      customMetrics: Array.from({ length: kept }, (_, i) => ({
        metricName: `metric-${i}`,
        metricType: 'number',
        ...(version === 2 ? { displayName: `Metric ${i}` } : {})
      })),
      dimensions: [{ name: 'topics', type: 'TOPIC_FILTER', stringValues: [`fleet/v${version}/#`] }],
      mitigationActions: Array.from({ length: 3 }, (_, i) => ({
        actionName: `notify-${i}`,
        roleArn: ROLE,
        actionParams: {
          publishFindingToSnsParams: { topicArn: `arn:aws:sns:us-east-1:123456789012:t${version}` }
        }
      })),
      securityProfiles: Array.from({ length: kept }, (_, i) => ({
        securityProfileName: `profile-${i}`,
        targets: version === 1 ? [`group-${i}`] : [`group-${i}`, `group-${(i + 1) % kept}`],
        behaviors: [
          {
            name: 'flood',
            metric: 'aws:num-messages-sent',
            metricDimension: { dimensionName: 'topics' },
            criteria: {
              comparisonOperator: 'greater-than',
              value: { count: 100 * version },
              durationSeconds: 300
            }
          },
          {
            name: 'custom',
            metric: `metric-${i}`,
            criteria: { comparisonOperator: 'greater-than', value: { number: 5 * version } }
          }
        ],
        tags: [{ Key: 'version', Value: String(version) }]
      })),
      auditConfiguration: {
        roleArn: ROLE,
        auditCheckConfigurations: {
          LOGGING_DISABLED_CHECK: { enabled: true },
          ...(version === 2 ? { DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true } } : {})
        }
      },
      scheduledAudits: [
        {
          scheduledAuditName: 'daily',
          frequency: version === 1 ? 'DAILY' : 'WEEKLY',
          ...(version === 2 ? { dayOfWeek: 'MON' } : {}),
          targetCheckNames: ['LOGGING_DISABLED_CHECK']
        }
      ]
    })
  )
}

let a: Account
beforeEach(async () => {
  a = await account()
})
afterEach(async () => a.close())

/** Run `fn` with a client whose requests go through a lossy proxy; returns what the proxy did. */
async function through(
  options: ProxyOptions,
  fn: (iot: ReturnType<typeof createIotClient>) => Promise<void>
): Promise<ProxyStats> {
  const proxy = await lossyProxy(a.emu.endpoint, options)
  const iot = createIotClient({ endpoint: proxy.url, region: a.emu.region, pace: false })
  try {
    await fn(iot)
    return proxy.stats
  } finally {
    iot.destroy()
    await proxy.close()
  }
}

describe('an endpoint that never answers', () => {
  test('plan fails within its timeout, naming the endpoint and the timeout', async () => {
    const silent = await silentEndpoint()
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-silent-'))
    const file = path.join(dir, 'device-defender.yml')
    writeFileSync(
      file,
      stringify({ version: 1, customMetrics: [{ metricName: 'm', metricType: 'number' }] })
    )
    let err = ''
    const started = Date.now()
    try {
      const code = await cli(
        ['plan', file, '--endpoint', silent.url, '--timeout', '0.5', '--identity', ID],
        { out: () => {}, err: (t) => (err += t) }
      )
      expect(code).toBe(EXIT.failure)
    } finally {
      await silent.close()
    }
    // Two attempts of 0.5 s and a short backoff; today's SDK default would wait forever.
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(err).toMatch(
      new RegExp(
        `${silent.url.replace(/\./g, '\\.')} did not answer iot:List\\w+ within 0\\.5 s \\(2 attempts\\): it accepts connections but does not respond`
      )
    )
    expect(silent.requests()).toBeGreaterThanOrEqual(2)
  })
})

describe('writes whose answer was lost', () => {
  test('with 30% of write answers lost, one apply of a 30-profile file converges, then one apply of its next version, with no false conflict', async () => {
    let lost = 0
    for (const [version, seed] of [
      [1, 11],
      [2, 12]
    ] as const) {
      const stats = await through({ loseRate: 0.3, seed }, async (iot) => {
        const file = fleet(30, version)
        const out = await applyCommand({ iot, profile: file, identity: ID, prune: true })
        expect(out.result.failed).toEqual([])
        expect(out.converged).toBe(true)
      })
      expect(stats.lost).toBeGreaterThan(stats.writes * 0.2)
      lost += stats.lost
      // Read directly, not through the proxy: the account holds the file, once.
      const { plan } = await planCommand({
        iot: a.iot,
        profile: fleet(30, version),
        identity: ID,
        prune: true
      })
      expect(plan.changes).toEqual([])
      expect(plan.ownershipUpdates).toEqual([])
    }
    const state = a.emu.state().data
    expect(Object.keys(state.securityProfiles)).toHaveLength(27)
    expect(Object.keys(state.customMetrics)).toHaveLength(27)
    // The faults happened: creates met "already exists", updates met their own new version.
    const refused = a.emu
      .requests()
      .filter(
        (r) =>
          r.error === 'ResourceAlreadyExistsException' || r.error === 'VersionConflictException'
      )
    expect(refused.length).toBeGreaterThan(5)
    expect(lost).toBeGreaterThan(40)
  }, 120_000)

  test('an edit made by someone else between the read and the update is still a conflict, and nothing is overwritten', async () => {
    const v1 = fleet(6, 1)
    expect(
      (await applyCommand({ iot: a.iot, profile: v1, identity: ID, prune: false })).converged
    ).toBe(true)
    let edited = false
    await through(
      {
        beforeWrite: async (method, p) => {
          if (edited || method !== 'PATCH' || p !== '/security-profiles/profile-1') return
          edited = true
          await a.iot.send(
            new UpdateSecurityProfileCommand({
              securityProfileName: 'profile-1',
              securityProfileDescription: 'edited in the console'
            })
          )
        }
      },
      async (iot) => {
        const out = await applyCommand({ iot, profile: fleet(6, 2), identity: ID, prune: false })
        expect(out.result.failed.map((f) => [f.change.name, f.error])).toEqual([
          ['profile-1', expect.stringContaining('the resource changed since ddac read it')]
        ])
      }
    )
    expect(edited).toBe(true)
    const stored = a.emu.state().data.securityProfiles['profile-1'] as { description?: string }
    expect(stored.description).toBe('edited in the console')
  })
})
