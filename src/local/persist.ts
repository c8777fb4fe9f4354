/**
 * The data directory of `ddac local --data-dir`: one JSON snapshot of the account and the CA, rewritten
 * atomically (temporary file + rename) after every change and before the change is acknowledged, so a
 * killed emulator restarts with every acknowledged write.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import type { CaSnapshot } from './ca.js'
import type { AccountSnapshot } from './state/account.js'

export const STATE_FILE = 'emulator-state.json'
const FORMAT = 1

export interface SavedState {
  format: typeof FORMAT
  ca: CaSnapshot
  account: AccountSnapshot
}

export function loadState(dataDir: string): SavedState | undefined {
  let text: string
  try {
    text = readFileSync(path.join(dataDir, STATE_FILE), 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw e
  }
  const saved = JSON.parse(text) as SavedState
  if (saved.format !== FORMAT)
    throw new Error(`${path.join(dataDir, STATE_FILE)} has format ${saved.format}, not ${FORMAT}`)
  return saved
}

export class StateFile {
  private readonly file: string

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true })
    this.file = path.join(dataDir, STATE_FILE)
  }

  /** Writes complete in call order (write-file-atomic queues writes to one file). */
  async save(state: Omit<SavedState, 'format'>): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify({ format: FORMAT, ...state }) + '\n')
  }
}
