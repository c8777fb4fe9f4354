/** The region a request acts in: the SigV4 credential scope of its Authorization header. */
import { ApiError } from '../operations/api-error.js'

/** AWS's region names: us-east-1, eu-central-1, us-gov-west-1, ap-southeast-5… */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/

/** The region of a SigV4 Authorization header (`Credential=AKID/20260101/eu-west-1/iot/aws4_request`). */
export function signedRegion(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined
  const m = /Credential=[^/,\s]+\/\d{8}\/([^/,\s]*)\//.exec(authorization)
  if (!m) return undefined
  if (!REGION.test(m[1]!))
    throw new ApiError(
      'InvalidRequestException',
      `The request is signed for region "${m[1]!.slice(0, 40)}", which is not an AWS region name (e.g. eu-west-1)`
    )
  return m[1]
}
