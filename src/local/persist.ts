/**
 * The data directory of `ddac local --data-dir`: one JSON snapshot of the account and the CA, rewritten
 * atomically (temporary file, fsync, rename) after every change and before the change is acknowledged, so
 * a killed emulator restarts with every acknowledged write.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { open, rename } from 'node:fs/promises'
import path from 'node:path'
import type { CaSnapshot } from './ca.js'
import type { AccountSnapshot } from './state/account.js'

export const STATE_FILE = 'emulator-state.json'
const FORMAT = 1

export interface SavedState {
  format: typeof FORMAT
  ca: CaSnapshot
  /** the home region's account */
  account: AccountSnapshot
  /** the account in the other regions clients signed for (absent in files of older versions) */
  regions?: AccountSnapshot[]
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

/**
 * Written by hand rather than with write-file-atomic: that package reads CommonJS `__filename`, which the
 * ESM bundle in dist/ does not define.
 */
export class StateFile {
  private readonly file: string
  private readonly temp: string
  private queue: Promise<void> = Promise.resolve()

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true })
    this.file = path.join(dataDir, STATE_FILE)
    this.temp = `${this.file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`
  }

  /** Snapshot now, write in call order: a later state never loses to an earlier, slower write. */
  save(state: Omit<SavedState, 'format'>): Promise<void> {
    const text = JSON.stringify({ format: FORMAT, ...state }) + '\n'
    this.queue = this.queue.catch(() => undefined).then(() => this.write(text))
    return this.queue
  }

  private async write(text: string): Promise<void> {
    const handle = await open(this.temp, 'w')
    try {
      await handle.writeFile(text)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(this.temp, this.file)
  }
}
