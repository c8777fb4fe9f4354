/**
 * `ddac cleanup --older-than`: find what simulation runs left behind (a killed runner, a post step that never
 * ran) by the marks every run puts on what it creates, and turn it into ledger entries for teardown. Only
 * resources that carry a run id's marks and are older than the bound are touched: a run in progress keeps its
 * things, and nothing unmarked is ever a candidate.
 */
import {
  type IoTClient,
  paginateListPolicies,
  paginateListThingGroups,
  paginateListThingPrincipals,
  paginateListThings,
  ListTagsForResourceCommand,
  DescribeCertificateCommand
} from '@aws-sdk/client-iot'
import { X509Certificate } from 'node:crypto'
import { collect, unlessNotFound } from '../../aws/paginate.js'
import type { LedgerEntry } from './ledger.js'
import {
  CREATED_ATTRIBUTE,
  CREATED_TAG,
  NAME_PREFIX,
  RUN_ATTRIBUTE,
  RUN_ID_PATTERN,
  RUN_TAG,
  runIdOf
} from './marks.js'

export interface Leftovers {
  /** run ids found */
  runs: string[]
  entries: LedgerEntry[]
}

const tagsOf = async (iot: IoTClient, resourceArn: string): Promise<Map<string, string>> => {
  const out = await unlessNotFound(iot.send(new ListTagsForResourceCommand({ resourceArn })))
  return new Map((out?.tags ?? []).map((t) => [t.Key!, t.Value ?? '']))
}

/** A certificate is this run's when its subject names one of the run's things (set from the CSR). */
async function isRunCertificate(
  iot: IoTClient,
  certificateArn: string,
  runId: string
): Promise<string | undefined> {
  const id = certificateArn.slice(certificateArn.lastIndexOf('/') + 1)
  const out = await unlessNotFound(iot.send(new DescribeCertificateCommand({ certificateId: id })))
  const pem = out?.certificateDescription?.certificatePem
  if (!pem) return undefined
  const cn = /(?:^|\n)CN=([^\n]+)/.exec(new X509Certificate(pem).subject)?.[1]
  return cn && runIdOf(cn) === runId ? id : undefined
}

export async function findLeftovers(
  iot: IoTClient,
  options: { olderThanMs: number; now?: number }
): Promise<Leftovers> {
  const cutoff = Math.floor(((options.now ?? Date.now()) - options.olderThanMs) / 1000)
  const old = (created: string | undefined): boolean =>
    created !== undefined && Number(created) <= cutoff
  const runs = new Set<string>()
  const entries: LedgerEntry[] = []

  const things = await collect(paginateListThings({ client: iot }, {}), (p) => p.things)
  for (const t of things) {
    const runId = t.attributes?.[RUN_ATTRIBUTE]
    if (!runId || !RUN_ID_PATTERN.test(runId) || runIdOf(t.thingName!) !== runId) continue
    if (!old(t.attributes?.[CREATED_ATTRIBUTE])) continue
    runs.add(runId)
    const principals = await collect(
      paginateListThingPrincipals({ client: iot }, { thingName: t.thingName! }),
      (p) => p.principals
    )
    for (const arn of principals) {
      const id = await isRunCertificate(iot, arn, runId)
      if (id && !entries.some((e) => e.kind === 'certificate' && e.id === id))
        entries.push({ kind: 'certificate', id, arn })
    }
    entries.push({ kind: 'thing', name: t.thingName! })
  }

  const policies = await collect(paginateListPolicies({ client: iot }, {}), (p) => p.policies)
  for (const p of policies) {
    const runId = runIdOf(p.policyName ?? '')
    if (!p.policyName?.startsWith(NAME_PREFIX) || !runId) continue
    const tags = await tagsOf(iot, p.policyArn!)
    if (tags.get(RUN_TAG) !== runId || !old(tags.get(CREATED_TAG))) continue
    runs.add(runId)
    entries.push({ kind: 'policy', name: p.policyName })
  }

  // Groups keep the file's names, so only their tags tell a run's own from the user's.
  const groups = await collect(paginateListThingGroups({ client: iot }, {}), (p) => p.thingGroups)
  for (const g of groups) {
    const tags = await tagsOf(iot, g.groupArn!)
    const runId = tags.get(RUN_TAG)
    if (!runId || !RUN_ID_PATTERN.test(runId) || !old(tags.get(CREATED_TAG))) continue
    runs.add(runId)
    entries.push({ kind: 'thingGroup', name: g.groupName! })
  }
  return { runs: [...runs].sort(), entries }
}
