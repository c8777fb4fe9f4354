/**
 * Pacing for a whole fleet from one timer. Each thing's sends have absolute due times (`start + k × interval`),
 * so a late tick catches up instead of drifting; sleeping after each publish loses the acknowledgement round
 * trip on every message, and a timer per thing drifts because Node re-arms it from when its callback ran
 * (bench/simulate.ts measures the two side by side).
 */

export interface Stream {
  /** sends planned */
  count: number
  intervalMs: number
  /** epoch ms of the first send */
  startAt: number
}

/** Start times spread evenly over one interval, so a fleet does not send in bursts. */
export function spreadStarts(things: number, intervalMs: number, t0: number): number[] {
  return Array.from({ length: things }, (_, i) => t0 + Math.floor((i * intervalMs) / things))
}

/** The pacing state of one fleet: which sends are due now, per stream, in due order. */
export class Pacer {
  private readonly sent: number[]

  constructor(private readonly streams: readonly Stream[]) {
    this.sent = streams.map(() => 0)
  }

  /** Due time of stream i's next send, or undefined once it has sent all. */
  nextDue(i: number): number | undefined {
    const s = this.streams[i]!
    const k = this.sent[i]!
    return k < s.count ? s.startAt + k * s.intervalMs : undefined
  }

  /**
   * Take the sends due at `now` for the streams `ready` allows (a thing at its cap of unacknowledged publishes
   * waits; its sends stay due and go out when it is ready again). Returns [stream, sequence] pairs.
   */
  take(now: number, ready: (i: number) => number = () => Infinity): Array<[number, number]> {
    const out: Array<[number, number]> = []
    for (let i = 0; i < this.streams.length; i++) {
      let room = ready(i)
      for (let due = this.nextDue(i); due !== undefined && due <= now && room > 0; room--) {
        out.push([i, this.sent[i]!])
        this.sent[i]!++
        due = this.nextDue(i)
      }
    }
    return out
  }

  /** The earliest due time of any stream with sends left (undefined when all are done). */
  earliest(): number | undefined {
    let min: number | undefined
    for (let i = 0; i < this.streams.length; i++) {
      const d = this.nextDue(i)
      if (d !== undefined && (min === undefined || d < min)) min = d
    }
    return min
  }

  done(): boolean {
    return this.earliest() === undefined
  }

  /** Sends taken so far, over all streams. */
  taken(): number {
    return this.sent.reduce((a, b) => a + b, 0)
  }

  planned(): number {
    return this.streams.reduce((a, s) => a + s.count, 0)
  }
}

/** Achieved rate of one thing from its send times, against the asked rate: the relative error. */
export function rateError(sendTimes: readonly number[], intervalMs: number): number | undefined {
  if (sendTimes.length < 2) return undefined
  const span = sendTimes[sendTimes.length - 1]! - sendTimes[0]!
  if (span <= 0) return undefined
  const achieved = (sendTimes.length - 1) / span
  const asked = 1 / intervalMs
  return Math.abs(achieved - asked) / asked
}
