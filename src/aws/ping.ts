/**
 * `ddac ping`: reach the AWS IoT control plane the way every command will (target flags, region,
 * credentials) and report what answered, so a setup problem shows before a plan or an apply.
 */
import {
  DescribeEndpointCommand,
  paginateListSecurityProfiles,
  type IoTClient
} from '@aws-sdk/client-iot'
import type { Command } from 'commander'
import { addTargetOptions, type TargetFlags } from './target-options.js'
import { targetFrom, withIot } from './target.js'

export interface PingResult {
  region: string
  endpoint?: string
  local: boolean
  dataEndpoint?: string
  securityProfiles: number
}

export async function ping(
  client: IoTClient
): Promise<Omit<PingResult, 'region' | 'endpoint' | 'local'>> {
  const { endpointAddress } = await client.send(
    new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' })
  )
  let securityProfiles = 0
  for await (const page of paginateListSecurityProfiles({ client }, {}))
    securityProfiles += page.securityProfileIdentifiers?.length ?? 0
  return { dataEndpoint: endpointAddress, securityProfiles }
}

export function addPingCommand(program: Command, io: { out: (text: string) => void }): void {
  addTargetOptions(
    program
      .command('ping')
      .description(
        'check that ddac reaches the AWS IoT control plane; prints what answered as JSON'
      )
  ).action(async (flags: TargetFlags) => {
    const result = await withIot(targetFrom(flags), flags.region, async (s) => ({
      region: s.region,
      endpoint: s.endpoint,
      local: s.local,
      ...(await ping(s.client))
    }))
    io.out(JSON.stringify(result) + '\n')
  })
}
