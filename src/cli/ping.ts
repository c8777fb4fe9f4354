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
import { isDetectUnavailable } from '../aws/errors.js'
import { collect } from '../aws/paginate.js'
import { addTargetOptions, type TargetFlags } from './target-options.js'
import { targetFrom, withIot } from '../commands/target.js'

export interface PingResult {
  region: string
  endpoint?: string
  local: boolean
  dataEndpoint?: string
  /** null on an account without Device Defender Detect (audit still works there) */
  securityProfiles: number | null
}

export async function ping(
  client: IoTClient
): Promise<Omit<PingResult, 'region' | 'endpoint' | 'local'>> {
  const { endpointAddress } = await client.send(
    new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' })
  )
  try {
    const profiles = await collect(
      paginateListSecurityProfiles({ client }, {}),
      (p) => p.securityProfileIdentifiers
    )
    return { dataEndpoint: endpointAddress, securityProfiles: profiles.length }
  } catch (e) {
    if (isDetectUnavailable(e)) return { dataEndpoint: endpointAddress, securityProfiles: null }
    throw e
  }
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
