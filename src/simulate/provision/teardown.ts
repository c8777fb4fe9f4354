/**
 * Remove what a run created, from its ledger, in reverse order: certificates (policies and things detached,
 * deactivated, deleted), group memberships, things, policies, then the groups the run created. Each step reads
 * the account rather than trusting the ledger alone (a crash may have stopped between two calls), a resource
 * already gone counts as removed, and a failure is reported and does not stop the rest.
 */
import {
  DeleteCertificateCommand,
  DeletePolicyCommand,
  DeleteThingCommand,
  DeleteThingGroupCommand,
  DetachPolicyCommand,
  DetachThingPrincipalCommand,
  type IoTClient,
  paginateListAttachedPolicies,
  paginateListPrincipalThings,
  paginateListTargetsForPolicy,
  paginateListThingPrincipals,
  RemoveThingFromThingGroupCommand,
  UpdateCertificateCommand
} from '@aws-sdk/client-iot'
import pLimit from 'p-limit'
import { collect } from '../../aws/paginate.js'
import { errorMessage, isNamed } from '../../util/errors.js'
import type { LedgerEntry } from './ledger.js'

export interface TeardownResult {
  /** resources removed (or found already gone) */
  removed: number
  /** what could not be removed, with why: the next `ddac cleanup` retries these */
  failures: string[]
}

const isNotFound = (e: unknown): boolean => isNamed(e, 'ResourceNotFoundException')

export async function teardown(
  iot: IoTClient,
  entries: readonly LedgerEntry[],
  options: { concurrency?: number; onProgress?: (done: number, total: number) => void } = {}
): Promise<TeardownResult> {
  const limit = pLimit(options.concurrency ?? 10)
  const result: TeardownResult = { removed: 0, failures: [] }
  const total = entries.length
  let done = 0
  const step = async (label: string, work: () => Promise<void>): Promise<void> => {
    try {
      await work()
      result.removed++
    } catch (e) {
      if (isNotFound(e)) result.removed++
      else result.failures.push(`${label}: ${errorMessage(e)}`)
    }
    options.onProgress?.(++done, total)
  }
  const each = async <E extends LedgerEntry>(
    kind: E['kind'],
    label: (e: E) => string,
    work: (e: E) => Promise<void>
  ): Promise<void> => {
    const of = entries.filter((e): e is E => e.kind === kind)
    await Promise.all(of.map((e) => limit(() => step(label(e), () => work(e)))))
  }

  await each<Extract<LedgerEntry, { kind: 'certificate' }>>(
    'certificate',
    (c) => `certificate ${c.id}`,
    async (c) => {
      const policies = await collect(
        paginateListAttachedPolicies({ client: iot }, { target: c.arn, recursive: false }),
        (p) => p.policies
      )
      for (const p of policies)
        await iot.send(new DetachPolicyCommand({ policyName: p.policyName!, target: c.arn }))
      const things = await collect(
        paginateListPrincipalThings({ client: iot }, { principal: c.arn }),
        (p) => p.things
      )
      for (const thingName of things)
        await iot.send(new DetachThingPrincipalCommand({ thingName, principal: c.arn }))
      // A certificate revoked meanwhile (by hand, or a mitigation) cannot become INACTIVE and need not.
      await iot
        .send(new UpdateCertificateCommand({ certificateId: c.id, newStatus: 'INACTIVE' }))
        .catch((e: unknown) => {
          if (!isNamed(e, 'CertificateStateException')) throw e
        })
      await iot.send(new DeleteCertificateCommand({ certificateId: c.id }))
    }
  )
  await each<Extract<LedgerEntry, { kind: 'membership' }>>(
    'membership',
    (m) => `${m.thing} in thing group ${m.group}`,
    async (m) => {
      await iot.send(
        new RemoveThingFromThingGroupCommand({ thingGroupName: m.group, thingName: m.thing })
      )
    }
  )
  await each<Extract<LedgerEntry, { kind: 'thing' }>>(
    'thing',
    (t) => `thing ${t.name}`,
    async (t) => {
      // A principal the ledger missed (a crash between attach and record) would block the delete.
      const principals = await collect(
        paginateListThingPrincipals({ client: iot }, { thingName: t.name }),
        (p) => p.principals
      )
      for (const principal of principals)
        await iot.send(new DetachThingPrincipalCommand({ thingName: t.name, principal }))
      await iot.send(new DeleteThingCommand({ thingName: t.name }))
    }
  )
  await each<Extract<LedgerEntry, { kind: 'policy' }>>(
    'policy',
    (p) => `policy ${p.name}`,
    async (p) => {
      const targets = await collect(
        paginateListTargetsForPolicy({ client: iot }, { policyName: p.name }),
        (page) => page.targets
      )
      for (const target of targets)
        await iot.send(new DetachPolicyCommand({ policyName: p.name, target }))
      await iot.send(new DeletePolicyCommand({ policyName: p.name }))
    }
  )
  await each<Extract<LedgerEntry, { kind: 'thingGroup' }>>(
    'thingGroup',
    (g) => `thing group ${g.name}`,
    async (g) => {
      await iot.send(new DeleteThingGroupCommand({ thingGroupName: g.name }))
    }
  )
  return result
}
