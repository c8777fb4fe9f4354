/**
 * The ledger of what a run created, written before each resource is used (for named resources, before it is
 * even created), so a crash, a kill or a cancelled job leaves a record that teardown, the action's post step
 * and `ddac cleanup` can finish from. One JSON object per line, appended: a killed writer loses at most the
 * line it was writing. It holds names and ids only, never keys.
 */
import { appendFileSync, readFileSync } from 'node:fs'

export type LedgerEntry =
  | { kind: 'policy'; name: string }
  | { kind: 'thingGroup'; name: string }
  | { kind: 'thing'; name: string }
  | { kind: 'certificate'; id: string; arn: string }
  | { kind: 'membership'; group: string; thing: string }

export interface LedgerHeader {
  kind: 'run'
  runId: string
  startedAt: number
}

export class Ledger {
  private readonly entries: LedgerEntry[] = []

  constructor(
    readonly runId: string,
    /** where the ledger is kept; in memory only when absent */
    readonly file?: string,
    startedAt = Date.now()
  ) {
    this.write({ kind: 'run', runId, startedAt } satisfies LedgerHeader)
  }

  add(entry: LedgerEntry): void {
    this.entries.push(entry)
    this.write(entry)
  }

  list(): readonly LedgerEntry[] {
    return this.entries
  }

  private write(line: object): void {
    if (this.file) appendFileSync(this.file, JSON.stringify(line) + '\n', { mode: 0o600 })
  }
}

/** Read a ledger file back (the post step, cleanup); a torn last line is ignored. */
export function readLedger(file: string): { runId?: string; entries: LedgerEntry[] } {
  const entries: LedgerEntry[] = []
  let runId: string | undefined
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    let parsed: (LedgerEntry | LedgerHeader) | undefined
    try {
      parsed = JSON.parse(line) as LedgerEntry | LedgerHeader
    } catch {
      continue
    }
    if (parsed.kind === 'run') runId = parsed.runId
    else entries.push(parsed)
  }
  return { ...(runId ? { runId } : {}), entries }
}
