/**
 * The data directory of `ddac local --data-dir`: one JSON snapshot of the account and the CA, rewritten
 * atomically (temporary file, fsync, rename) after every change and before the change is acknowledged, so
 * a killed emulator restarts with every acknowledged write. The snapshot holds the CA's private key, so the
 * files are 0600 and a directory ddac creates is 0700.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { open, rename } from 'node:fs/promises'
import path from 'node:path'
import type { CaSnapshot } from '../pki/ca.js'
import type { AccountSnapshot } from './store.js'
import { errorMessage } from '../../util/errors.js'

export const STATE_FILE = 'emulator-state.json'
const FORMAT = 1
const FILE_MODE = 0o600
const DIR_MODE = 0o700
/** `emulator-state.json.<pid>.<random>.tmp`: the writer's pid tells a dead writer's leftover from a live one's. */
const TEMP = new RegExp(`^${STATE_FILE.replace('.', '\\.')}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`)

export interface SavedState {
  format: typeof FORMAT
  ca: CaSnapshot
  /** the home region's account */
  account: AccountSnapshot
  /** the account in the other regions clients signed for (absent in files of older versions) */
  regions?: AccountSnapshot[]
  /** emulated time when saved, so a scaled clock continues from it after a restart (absent: older files) */
  clockNow?: number
}

/**
 * Coalesce saves: while one write runs, every further request shares the one write queued after it, which
 * snapshots when it starts. A caller's change is in the write its promise awaits, so HTTP still answers only
 * after its change is on disk, and a burst of data-plane commits costs two writes, not one per commit.
 */
export function coalesced(write: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined
  let queued: Promise<void> | undefined
  const start = (): Promise<void> => {
    running = write().finally(() => (running = undefined))
    return running
  }
  return () => {
    if (queued) return queued
    if (!running) return start()
    queued = running
      .catch(() => undefined)
      .then(() => {
        queued = undefined
        return start()
      })
    return queued
  }
}

export function loadState(dataDir: string): SavedState | undefined {
  const file = path.join(dataDir, STATE_FILE)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new Error(`cannot read the emulator's state file ${file}: ${errorMessage(e)}`, {
      cause: e
    })
  }
  const corrupted = (why: string, cause?: unknown): Error =>
    new Error(
      `${file} is not a ddac local state file (${why}); move it away to start with an empty account`,
      { cause }
    )
  let saved: SavedState
  try {
    saved = JSON.parse(text) as SavedState
  } catch (e) {
    throw corrupted(errorMessage(e), e)
  }
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved))
    throw corrupted('not a JSON object')
  if (saved.format !== FORMAT)
    throw new Error(`${file} has format ${String(saved.format)}, not ${FORMAT}`)
  if (
    typeof saved.account !== 'object' ||
    typeof saved.ca !== 'object' ||
    !saved.account ||
    !saved.ca
  )
    throw corrupted('its account or CA is missing')
  return saved
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Remove temporary files that a killed writer left; a running writer's (another emulator on the same directory) stay. */
function removeStaleTemps(dataDir: string): void {
  for (const name of readdirSync(dataDir)) {
    const m = TEMP.exec(name)
    if (m && !alive(Number(m[1]))) rmSync(path.join(dataDir, name), { force: true })
  }
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
    // A directory ddac creates is 0700; an existing one (the user's choice) keeps its mode, the files are 0600.
    mkdirSync(dataDir, { recursive: true, mode: DIR_MODE })
    removeStaleTemps(dataDir)
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
    // The mode applies when the file is created; chmod covers a temp file left by an older version.
    const handle = await open(this.temp, 'w', FILE_MODE)
    try {
      await handle.chmod(FILE_MODE)
      await handle.writeFile(text)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(this.temp, this.file)
  }
}
