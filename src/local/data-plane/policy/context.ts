/**
 * What the broker knows about a connection when it asks for a decision, and the values of the policy variables
 * and condition keys drawn from it (AWS IoT developer guide, "AWS IoT Core policy variables": basic, thing and
 * X.509 certificate variables).
 */

export interface AuthContext {
  /** the MQTT client id of the connection */
  clientId: string
  /** the thing named by the client id, when one with that name exists */
  thingName?: string
  /** the certificate of the connection is attached to that thing (AttachThingPrincipal) */
  thingIsAttached: boolean
  thingAttributes?: Record<string, string>
  thingTypeName?: string
  certificateId: string
  /**
   * X.509 fields for `${iot:Certificate.…}`, keyed as the guide names them after the prefix, e.g.
   * `Subject.CommonName`, `Issuer.Organization`, `SerialNumber`, `Subject.AlternativeName.DNSName`
   */
  certificate?: Record<string, string>
  sourceIp?: string
  region: string
  account: string
}

const THING = 'iot:connection.thing.'
const ATTRIBUTE = /^iot:connection\.thing\.attributes\[(.+)\]$/i

/**
 * The value of a policy variable or condition key, or undefined when it is not in the request context. Thing
 * variables resolve only when the certificate is attached to the thing named by the client id: otherwise AWS
 * leaves them unresolved and the statement that uses them does not match. `IsAttached` always resolves.
 */
export function contextValue(key: string, ctx: AuthContext): string | undefined {
  const lower = key.toLowerCase()
  if (lower === 'iot:clientid') return ctx.clientId
  if (lower === 'aws:sourceip') return ctx.sourceIp
  if (lower === 'iot:connection.thing.isattached') return String(ctx.thingIsAttached)
  if (lower.startsWith(THING)) {
    const thing = ctx.thingIsAttached && ctx.thingName !== undefined
    if (!thing) return undefined
    if (lower === 'iot:connection.thing.thingname') return ctx.thingName
    if (lower === 'iot:connection.thing.thingtypename') return ctx.thingTypeName
    const attribute = ATTRIBUTE.exec(key)
    // attribute names are case-sensitive, like the registry's
    return attribute ? ctx.thingAttributes?.[attribute[1]] : undefined
  }
  if (lower.startsWith('iot:certificate.'))
    return ctx.certificate?.[key.slice('iot:certificate.'.length)]
  return undefined
}
