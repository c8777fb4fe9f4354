/**
 * What the broker needs of the account, and the one adapter over the emulator's store: certificates and their
 * status, the things a certificate is attached to, the policies that govern a connection (relations.ts), and
 * where metric samples and connection records go. The broker never touches the store's records directly.
 */
import type { Clock } from '../clock/clock.js'
import type { ConnectionRecord, MetricSample } from '../store/cloud-metrics.js'
import type { Store } from '../store/store.js'
import { parsePolicy, type ParsedPolicy } from './policy/evaluate.js'

export interface DataPlaneAccount {
  region: string
  account: string
  now(): number
  /** the certificate the account holds with this id (undefined: unknown or deleted) */
  certificateStatus(certificateId: string): string | undefined
  thing(name: string): { attributes: Record<string, string>; thingTypeName?: string } | undefined
  /** whether the certificate is a principal of the thing (AttachThingPrincipal) */
  isAttached(certificateId: string, thingName: string): boolean
  /** the policies on the certificate and on the groups of the things it is attached to */
  policies(certificateId: string): ParsedPolicy[]
  record(samples: readonly MetricSample[]): void
  opened(connection: ConnectionRecord): void
  closed(id: string, at: number, reason: NonNullable<ConnectionRecord['disconnectReason']>): void
  /** call `listener` with the id of each certificate a commit changed or deleted */
  onCertificateChange(listener: (certificateId: string) => void): void
}

export function accountView(
  store: () => Store,
  clock: Clock,
  record: (samples: readonly MetricSample[]) => void
): DataPlaneAccount {
  // Parsed once per document: the broker decides every publish with them.
  const parsed = new Map<string, { document: string; policy: ParsedPolicy }>()
  const parse = (name: string, document: string): ParsedPolicy => {
    const hit = parsed.get(name)
    if (hit?.document === document) return hit.policy
    const policy = parsePolicy(document, name)
    parsed.set(name, { document, policy })
    return policy
  }
  const certArn = (s: Store, id: string): string => s.arn(`cert/${id}`)
  // Every publish, subscribe and receive asks which policies govern its certificate; the answer walks all
  // things and policy targets, so it is kept per certificate until a commit changes what it depends on.
  const governing = new Map<string, ParsedPolicy[]>()
  const DEPENDS_ON = new Set(['policies', 'policyTargets', 'things', 'thingGroups'])
  const certificateListeners: Array<(certificateId: string) => void> = []
  // The store is watched from the first connect on (the broker starts before the account exists).
  const watched = new WeakSet<Store>()
  const watch = (s: Store): void => {
    if (watched.has(s)) return
    watched.add(s)
    s.onChange((changes) => {
      if (changes.some((c) => DEPENDS_ON.has(c.kind))) governing.clear()
      for (const c of changes)
        if (c.kind === 'certificates') for (const listener of certificateListeners) listener(c.name)
    })
  }
  // A connection's record is saved like any other change (a commit persists with --data-dir).
  const commit = (s: Store): void => void s.commit().catch(() => undefined)

  return {
    get region() {
      return store().region
    },
    get account() {
      return store().account
    },
    now: () => clock.now(),
    certificateStatus: (id) => {
      const s = store()
      watch(s)
      return s.certificates.get(id)?.status
    },
    thing: (name) => store().things.get(name),
    isAttached: (id, thingName) => {
      const s = store()
      return s.things.get(thingName)?.principals[certArn(s, id)] !== undefined
    },
    policies: (id) => {
      const s = store()
      watch(s)
      let found = governing.get(id)
      if (!found) {
        found = s.policiesOfPrincipal(certArn(s, id)).flatMap((n) => {
          const p = s.policies.get(n)
          return p ? [parse(n, p.document)] : []
        })
        governing.set(id, found)
      }
      return found
    },
    record,
    opened: (c) => {
      const s = store()
      s.appendConnection(c)
      commit(s)
    },
    closed: (id, at, reason) => {
      const s = store()
      if (s.updateConnection(id, { disconnectedAt: at, disconnectReason: reason })) commit(s)
    },
    onCertificateChange: (listener) => void certificateListeners.push(listener)
  }
}
