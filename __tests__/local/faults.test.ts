/** Throttling, latency and injected faults: off by default, each on by a flag, and absorbed by the SDK's retries. */
import { describe, expect, test } from '@jest/globals'
import {
  CreateSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  ListSecurityProfilesCommand
} from '@aws-sdk/client-iot'
import { startEmulator } from '../../src/local/emulator.js'
import { Faults, TPS_QUOTAS } from '../../src/local/http/faults.js'
import { iotClient } from './helpers/clients.js'

const burst = (n: number, fn: () => Promise<unknown>): Promise<PromiseSettledResult<unknown>[]> =>
  Promise.allSettled(Array.from({ length: n }, fn))

describe('a fresh emulator', () => {
  test('answers a burst far above any quota at once, like an idle account', async () => {
    const emu = await startEmulator()
    try {
      const iot = iotClient(emu, { maxAttempts: 1 })
      await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'p' }))
      const started = Date.now()
      const results = await burst(100, () =>
        iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'p' }))
      )
      expect(results.every((r) => r.status === 'fulfilled')).toBe(true)
      expect(Date.now() - started).toBeLessThan(5000)
    } finally {
      await emu.stop()
    }
  })
})

describe('throttling', () => {
  test('quotas are per operation, as AWS publishes them', () => {
    expect(TPS_QUOTAS.DescribeSecurityProfile).toBe(25)
    expect(TPS_QUOTAS.CreateSecurityProfile).toBe(10)
    expect(TPS_QUOTAS.ListScheduledAudits).toBe(5)
    expect(TPS_QUOTAS.ListSecurityProfiles).toBe(10)
  })

  test('a token bucket per operation refills at its rate', async () => {
    let now = 0
    const faults = new Faults({ throttle: true, quotas: { ListDimensions: 2 } }, () => now)
    await faults.before('ListDimensions')
    await faults.before('ListDimensions')
    await expect(faults.before('ListDimensions')).rejects.toMatchObject({
      code: 'ThrottlingException',
      status: 400
    })
    await faults.before('ListCustomMetrics') // another operation has its own bucket
    now = 500
    await faults.before('ListDimensions')
    await expect(faults.before('ListDimensions')).rejects.toMatchObject({
      code: 'ThrottlingException'
    })
  })

  test('over the quota the caller sees ThrottlingException 400; the SDK retries absorb it', async () => {
    const emu = await startEmulator({ throttle: true })
    try {
      await iotClient(emu).send(new CreateSecurityProfileCommand({ securityProfileName: 'p' }))
      const describe = (maxAttempts: number) => () =>
        iotClient(emu, { maxAttempts }).send(
          new DescribeSecurityProfileCommand({ securityProfileName: 'p' })
        )

      const bare = await burst(40, describe(1))
      const throttled = bare.filter((r) => r.status === 'rejected')
      expect(throttled.length).toBeGreaterThan(0)
      expect((throttled[0] as PromiseRejectedResult).reason).toMatchObject({
        name: 'ThrottlingException',
        $metadata: { httpStatusCode: 400 }
      })

      await new Promise((resolve) => setTimeout(resolve, 1100)) // let the bucket refill
      const before = emu.requests().length
      // 15 of 40 go over the 25/s bucket; jittered backoff spreads their retries over the refill.
      const retried = await burst(40, describe(6))
      expect(retried.filter((r) => r.status === 'rejected')).toEqual([])
      const log = emu.requests().slice(before)
      expect(log.filter((r) => r.error === 'ThrottlingException').length).toBeGreaterThan(0)
      expect(log.filter((r) => r.status === 200)).toHaveLength(40)
    } finally {
      await emu.stop()
    }
  })
})

describe('latency and faults', () => {
  test('latency is added to every request', async () => {
    const emu = await startEmulator({ latencyMs: 150 })
    try {
      const started = Date.now()
      await iotClient(emu).send(new ListSecurityProfilesCommand({}))
      expect(Date.now() - started).toBeGreaterThanOrEqual(145)
    } finally {
      await emu.stop()
    }
  })

  test('a fault rate of 1 fails every request with 500 or 503, before anything changes', async () => {
    const emu = await startEmulator({ faultRate: 1, seed: 7 })
    try {
      const iot = iotClient(emu, { maxAttempts: 1 })
      const results = await burst(20, () =>
        iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'f' }))
      )
      const statuses = results.map(
        (r) => (r as PromiseRejectedResult).reason.$metadata.httpStatusCode as number
      )
      expect(new Set(statuses)).toEqual(new Set([500, 503]))
      expect(emu.state().data.securityProfiles).toEqual({})
    } finally {
      await emu.stop()
    }
  })

  test('with a partial fault rate the SDK retries reach a consistent account', async () => {
    const emu = await startEmulator({ faultRate: 0.3, seed: 42 })
    try {
      const iot = iotClient(emu, { maxAttempts: 10 })
      for (let i = 0; i < 20; i++)
        await iot.send(new CreateSecurityProfileCommand({ securityProfileName: `r${i}` }))
      expect(Object.keys(emu.state().data.securityProfiles)).toHaveLength(20)
      const errors = emu.requests().filter((r) => r.status >= 500)
      expect(errors.length).toBeGreaterThan(0)
      expect(
        errors.every((r) =>
          ['InternalFailureException', 'ServiceUnavailableException'].includes(r.error!)
        )
      ).toBe(true)
    } finally {
      await emu.stop()
    }
  })

  test('fault rates outside 0..1 are refused', () => {
    expect(() => new Faults({ faultRate: 1.5 })).toThrow(/between 0 and 1/)
  })
})
