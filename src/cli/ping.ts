/**
 * `ddac ping`: reach the AWS IoT control plane the way every command will (target flags, region,
 * credentials) and report what answered, so a setup problem shows before a plan or an apply.
 */
import type { Command } from 'commander'
import type { PingResult } from '../aws/ping.js'
import { addTargetOptions, type TargetFlags } from './target-options.js'
import { targetFrom, withIot } from '../commands/target.js'

export function addPingCommand(program: Command, io: { out: (text: string) => void }): void {
  addTargetOptions(
    program
      .command('ping')
      .description(
        'check that ddac reaches the AWS IoT control plane; prints what answered as JSON'
      )
  ).action(async (flags: TargetFlags) => {
    const result = await withIot<PingResult>(targetFrom(flags), flags.region, async (s) => {
      // Loaded on demand: the other commands start without the AWS SDK.
      const { ping } = await import('../aws/ping.js')
      return { region: s.region, endpoint: s.endpoint, local: s.local, ...(await ping(s.client)) }
    })
    io.out(JSON.stringify(result) + '\n')
  })
}
