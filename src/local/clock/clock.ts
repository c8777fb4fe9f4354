/**
 * The emulator's clock service: emulated time and timers keyed to it, so Detect's duration windows and
 * Audit's task completion can run at AWS's pace, faster, or under a test's control.
 *
 * API for the engines (Detect, Audit, the data plane):
 * - `now()`: emulated epoch milliseconds (creation dates, sample times, window ends);
 * - `setTimeout(fn, ms)` / `setInterval(fn, ms)`: `ms` of emulated time; they return a handle with
 *   `cancel()`. Callbacks may be async: a stepped clock awaits them, a running clock logs nothing and
 *   leaves a rejected callback to the caller (catch inside the callback);
 * - modes: `realClock()` (wall time), `scaledClock(factor)` (emulated time runs `factor`× faster than the
 *   wall clock, e.g. 60 turns a 5-minute window into 5 seconds), `steppedClock(start)` (time moves only
 *   when a test calls `advance(ms)`; due timers fire in due order, each awaited, with `now()` at their
 *   due time), and `functionClock(fn)` for the older `EmulatorOptions.clock: () => number` (timers in
 *   wall time);
 * - `dispose()` cancels every timer (the emulator calls it on stop for a clock it made itself).
 */

/** Epoch milliseconds of emulated time; operations turn them into Date for the wire. */
export type Millis = number

export type ClockMode = 'real' | 'scaled' | 'stepped' | 'function'

export interface TimerHandle {
  cancel(): void
}

export type TimerCallback = () => unknown

export interface Clock {
  readonly mode: ClockMode
  now(): Millis
  setTimeout(fn: TimerCallback, ms: number): TimerHandle
  setInterval(fn: TimerCallback, ms: number): TimerHandle
  dispose(): void
}

export interface SteppedClock extends Clock {
  readonly mode: 'stepped'
  /** Move emulated time forward by `ms`, firing due timers in order and awaiting each. */
  advance(ms: number): Promise<void>
}

/** A clock whose emulated time is a function of wall time: timers are wall timers of the scaled delay. */
class RunningClock implements Clock {
  private readonly timers = new Set<NodeJS.Timeout>()

  constructor(
    readonly mode: ClockMode,
    private readonly emulatedNow: () => Millis,
    /** emulated ms per wall ms */
    private readonly factor: number
  ) {}

  now(): Millis {
    return this.emulatedNow()
  }

  private wall(ms: number): number {
    return Math.max(0, ms / this.factor)
  }

  setTimeout(fn: TimerCallback, ms: number): TimerHandle {
    const t = setTimeout(() => {
      this.timers.delete(t)
      void fn()
    }, this.wall(ms))
    t.unref() // a pending timer alone does not keep a process (a test, `ddac local`) alive
    this.timers.add(t)
    return { cancel: () => (clearTimeout(t), this.timers.delete(t)) }
  }

  setInterval(fn: TimerCallback, ms: number): TimerHandle {
    const t = setInterval(() => void fn(), Math.max(1, this.wall(ms)))
    t.unref()
    this.timers.add(t)
    return { cancel: () => (clearInterval(t), this.timers.delete(t)) }
  }

  dispose(): void {
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
  }
}

export function realClock(): Clock {
  return new RunningClock('real', Date.now, 1)
}

/**
 * Emulated time starts at `start` (default: now) and runs `factor`× faster than the wall clock. A restart
 * continues from a saved emulated time by passing it as `start`.
 */
export function scaledClock(factor: number, options: { start?: Millis } = {}): Clock {
  if (!(factor > 0) || !Number.isFinite(factor))
    throw new Error(`a clock scale must be a positive number, not ${factor}`)
  const wallStart = Date.now()
  const start = options.start ?? wallStart
  return new RunningClock(
    'scaled',
    () => start + Math.floor((Date.now() - wallStart) * factor),
    factor
  )
}

/** The older `clock: () => number` option: its time for dates, wall time for timers. */
export function functionClock(now: () => Millis): Clock {
  return new RunningClock('function', now, 1)
}

interface SteppedTimer {
  due: Millis
  seq: number
  fn: TimerCallback
  every?: number
  cancelled: boolean
}

class Stepped implements SteppedClock {
  readonly mode = 'stepped' as const
  private time: Millis
  private seq = 0
  private readonly timers: SteppedTimer[] = []

  constructor(start: Millis) {
    this.time = start
  }

  now(): Millis {
    return this.time
  }

  private add(fn: TimerCallback, ms: number, every?: number): TimerHandle {
    const timer: SteppedTimer = {
      due: this.time + Math.max(0, ms),
      seq: this.seq++,
      fn,
      every,
      cancelled: false
    }
    this.timers.push(timer)
    return { cancel: () => void (timer.cancelled = true) }
  }

  setTimeout(fn: TimerCallback, ms: number): TimerHandle {
    return this.add(fn, ms)
  }

  setInterval(fn: TimerCallback, ms: number): TimerHandle {
    if (!(ms > 0)) throw new Error(`an interval must be longer than 0 ms, not ${ms}`)
    return this.add(fn, ms, ms)
  }

  /** The earliest live timer due by `until` (ties: the one set first). */
  private next(until: Millis): SteppedTimer | undefined {
    let best: SteppedTimer | undefined
    for (const t of this.timers)
      if (
        !t.cancelled &&
        t.due <= until &&
        (!best || t.due < best.due || (t.due === best.due && t.seq < best.seq))
      )
        best = t
    return best
  }

  async advance(ms: number): Promise<void> {
    if (!(ms >= 0)) throw new Error(`a stepped clock only moves forward, not by ${ms} ms`)
    const until = this.time + ms
    for (let t = this.next(until); t; t = this.next(until)) {
      this.time = Math.max(this.time, t.due)
      if (t.every) {
        t.due += t.every
        t.seq = this.seq++
      } else t.cancelled = true
      await t.fn()
    }
    this.time = until
    // Forget fired and cancelled timers so a long test does not accumulate them.
    for (let i = this.timers.length - 1; i >= 0; i--)
      if (this.timers[i]!.cancelled) this.timers.splice(i, 1)
  }

  dispose(): void {
    for (const t of this.timers) t.cancelled = true
    this.timers.length = 0
  }
}

export function steppedClock(start: Millis = Date.now()): SteppedClock {
  return new Stepped(start)
}
