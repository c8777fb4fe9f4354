/**
 * A shared-certificate expectation AWS cannot confirm in the same run is kept in the account and settled by a
 * later audit: through the real SDK against the emulator, as a second runner would see it.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { CreateThingGroupCommand } from '@aws-sdk/client-iot'
import { findLeftovers } from '../../src/simulate/provision/cleanup.js'
import {
  forgetPending,
  listPending,
  recordPending,
  settlement,
  SHARED_CHECK_LAG_MS
} from '../../src/verify/pending.js'
import { account, ID, type Account } from '../reconcile/helpers.js'

const open: Account[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((a) => a.close()))
})

const T0 = Date.UTC(2026, 11, 2, 12, 0, 0)
const finding = (findingId: string, names: string[]) => ({
  findingId,
  checkName: 'DEVICE_CERTIFICATE_SHARED_CHECK',
  at: T0 + SHARED_CHECK_LAG_MS + 60_000,
  names
})

describe('pending audit expectations', () => {
  test('are recorded in the account, listed by a later run, settled by a finding on the run’s certificate', async () => {
    const a = await account()
    open.push(a)
    await a.iot.send(new CreateThingGroupCommand({ thingGroupName: 'ddac-pending-lookalike' }))
    const recorded = await recordPending(a.iot, {
      identity: ID,
      runId: 'gh42a1',
      simulation: 'shared-cert',
      checkName: 'DEVICE_CERTIFICATE_SHARED_CHECK',
      certificateIds: ['c0ffee'],
      clientIds: ['ddac-gh42a1-shared-cert-0001', 'ddac-gh42a1-shared-cert-0002'],
      recordedAt: T0
    })
    expect(recorded.name).toBe('ddac-pending-gh42a1-shared-cert')

    // a later run, another process: only what the API holds
    const [seen, ...more] = await listPending(a.iot, ID)
    expect(more).toEqual([])
    expect(seen).toEqual(recorded)
    expect(await listPending(a.iot, 'someone/else:file.yml')).toEqual([])

    expect(settlement(seen!, [], T0 + 60_000)).toMatchObject({ verdict: 'pending' })
    expect(settlement(seen!, [finding('other', ['beef'])], T0 + SHARED_CHECK_LAG_MS + 1)).toEqual({
      verdict: 'pending',
      detail: 'no DEVICE_CERTIFICATE_SHARED_CHECK finding yet'
    })
    expect(settlement(seen!, [finding('f1', ['c0ffee'])], T0 + SHARED_CHECK_LAG_MS + 1)).toEqual({
      verdict: 'met',
      findingIds: ['f1']
    })
    expect(settlement(seen!, [], T0 + 4 * 24 * 3600_000)).toMatchObject({ verdict: 'missed' })

    // cleanup of simulation leftovers never takes a pending record for a crashed run's resource
    const leftovers = await findLeftovers(a.iot, { olderThanMs: 0, now: T0 + 10 * 3600_000 })
    expect(JSON.stringify(leftovers)).not.toContain('ddac-pending-')

    await forgetPending(a.iot, seen!)
    expect(await listPending(a.iot)).toEqual([])
    // forgetting twice (two audits settling at once) is not an error
    await forgetPending(a.iot, seen!)
  })

  test('refuses, before writing anything, an expectation too big to record', async () => {
    const a = await account()
    open.push(a)
    await expect(
      recordPending(a.iot, {
        identity: ID,
        runId: 'gh42a1',
        simulation: 'huge',
        checkName: 'DEVICE_CERTIFICATE_SHARED_CHECK',
        certificateIds: ['c'.repeat(64)],
        clientIds: Array.from(
          { length: 100 },
          (_, i) => `ddac-gh42a1-huge-${String(i).padStart(4, '0')}`
        ),
        recordedAt: T0
      })
    ).rejects.toThrow('simulation huge: too many things to record its pending audit expectation')
    expect(await listPending(a.iot)).toEqual([])
  })
})
