/**
 * Expectations AWS cannot confirm in the run that caused them: DEVICE_CERTIFICATE_SHARED_CHECK only looks at
 * connections made up to 2 hours before the audit (../shared/aws-iot-docs/audit-chk-device-cert-shared.md).
 * Such an expectation is kept in the account itself, as an empty thing group whose description holds it, so a
 * later `audit` run (a nightly schedule, another runner) settles it without GitHub artifacts. Thing groups
 * need no extra IAM permission beyond what apply's lease already uses.
 */
import {
  CreateThingGroupCommand,
  DeleteThingGroupCommand,
  DescribeThingGroupCommand,
  paginateListThingGroups,
  type IoTClient
} from '@aws-sdk/client-iot'
import { collect, unlessNotFound } from '../aws/paginate.js'
import type { SeenFinding } from './judge.js'

export const PENDING_PREFIX = 'ddac-pending-'
/** AWS's look-back: connections younger than this are not in the check's window yet. */
export const SHARED_CHECK_LAG_MS = 2 * 60 * 60_000
/** After this long without a finding the expectation is missed: the audit had days to see it. */
export const GIVE_UP_AFTER_MS = 3 * 24 * 60 * 60_000

export interface PendingExpectation {
  /** the thing group that holds it */
  name: string
  identity: string
  runId: string
  simulation: string
  checkName: string
  /** a finding that names one of these settles it */
  certificateIds: string[]
  clientIds: string[]
  /** epoch ms */
  recordedAt: number
  /** no audit before this can see it */
  settleAfter: number
  giveUpAfter: number
}

type Stored = Omit<PendingExpectation, 'name'> & { v: 1 }

const groupName = (runId: string, simulation: string): string =>
  `${PENDING_PREFIX}${runId}-${simulation.replace(/[^a-zA-Z0-9_-]/g, '-')}`.slice(0, 128)

export async function recordPending(
  iot: IoTClient,
  p: Omit<PendingExpectation, 'name' | 'settleAfter' | 'giveUpAfter'> & { lagMs?: number }
): Promise<PendingExpectation> {
  const { lagMs = SHARED_CHECK_LAG_MS, ...rest } = p
  const stored: Stored = {
    v: 1,
    ...rest,
    settleAfter: p.recordedAt + lagMs,
    giveUpAfter: p.recordedAt + GIVE_UP_AFTER_MS
  }
  const name = groupName(p.runId, p.simulation)
  const description = JSON.stringify(stored)
  if (description.length > 2028)
    throw new Error(
      `simulation ${p.simulation}: too many things to record its pending audit expectation (${description.length} characters, a thing group description holds 2028)`
    )
  await iot.send(
    new CreateThingGroupCommand({
      thingGroupName: name,
      thingGroupProperties: { thingGroupDescription: description },
      tags: [
        { Key: 'ddac:managed-by', Value: p.identity },
        { Key: 'ddac:pending', Value: p.checkName }
      ]
    })
  )
  return { name, ...stored }
}

/** Every pending expectation in the account (of one file's identity, when given). */
export async function listPending(
  iot: IoTClient,
  identity?: string
): Promise<PendingExpectation[]> {
  const groups = await collect(
    paginateListThingGroups({ client: iot, pageSize: 250 }, { namePrefixFilter: PENDING_PREFIX }),
    (p) => p.thingGroups
  )
  const names = groups.flatMap((g) => (g.groupName ? [g.groupName] : []))
  const found: PendingExpectation[] = []
  for (const name of names) {
    const g = await unlessNotFound(
      iot.send(new DescribeThingGroupCommand({ thingGroupName: name }))
    )
    const stored = parse(g?.thingGroupProperties?.thingGroupDescription)
    if (stored && (identity === undefined || stored.identity === identity))
      found.push({ name, ...stored })
  }
  return found
}

function parse(text: string | undefined): Stored | undefined {
  try {
    const s = JSON.parse(text ?? '') as Stored
    return s?.v === 1 && typeof s.checkName === 'string' && Array.isArray(s.certificateIds)
      ? s
      : undefined
  } catch {
    return undefined
  }
}

export type Settlement =
  | { verdict: 'met'; findingIds: string[] }
  | { verdict: 'pending'; detail: string }
  | { verdict: 'missed'; detail: string }

/** Pure: what the findings of an audit say of a pending expectation at `now`. */
export function settlement(
  p: PendingExpectation,
  findings: readonly SeenFinding[],
  now: number
): Settlement {
  const ours = new Set([...p.certificateIds, ...p.clientIds])
  const hits = findings.filter(
    (f) => f.checkName === p.checkName && f.names.some((n) => ours.has(n))
  )
  if (hits.length > 0) return { verdict: 'met', findingIds: hits.map((h) => h.findingId) }
  if (now < p.settleAfter)
    return {
      verdict: 'pending',
      detail: `an audit sees these connections from ${new Date(p.settleAfter).toISOString()}`
    }
  if (now >= p.giveUpAfter)
    return { verdict: 'missed', detail: `no ${p.checkName} finding in 3 days of audits` }
  return { verdict: 'pending', detail: `no ${p.checkName} finding yet` }
}

/** A settled expectation (met or missed) leaves the account; a pending one stays for the next audit. */
export async function forgetPending(iot: IoTClient, p: PendingExpectation): Promise<void> {
  await unlessNotFound(iot.send(new DeleteThingGroupCommand({ thingGroupName: p.name })))
}
