/**
 * Reach the AWS IoT control plane the way every command will and say what answered: the data endpoint, and
 * how many security profiles the account has (null on an account without Device Defender Detect).
 */
import {
  DescribeEndpointCommand,
  paginateListSecurityProfiles,
  type IoTClient
} from '@aws-sdk/client-iot'
import { isDetectUnavailable } from './errors.js'
import { collect } from './paginate.js'

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
