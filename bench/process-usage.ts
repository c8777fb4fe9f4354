/**
 * CPU time and resident memory of another process, read from Linux's /proc (the bench runs on Linux; Node
 * reports these only for its own process): for the emulator's broker, which runs in a child of the bench.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const TICKS_PER_SECOND =
  Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100

export interface Usage {
  /** user + system CPU, milliseconds since the process started */
  cpuMs: number
  /** resident set size now, bytes */
  rss: number
}

export function usageOf(pid: number): Usage {
  // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // utime and stime are fields 14 and 15 of stat(5); `fields` starts at field 3.
  const ticks = Number(fields[11]) + Number(fields[12])
  const rssKb = Number(
    /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  )
  return { cpuMs: (ticks * 1000) / TICKS_PER_SECOND, rss: rssKb * 1024 }
}

/** The CPU share of one core between two readings taken `ms` apart. */
export const cpuShare = (from: Usage, to: Usage, ms: number): number =>
  ms > 0 ? (to.cpuMs - from.cpuMs) / ms : 0
