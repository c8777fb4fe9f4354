/**
 * Certificates and thing principals. Keys and certificates come from the emulator's CA; a certificate's id is
 * the SHA-256 of its DER. AWS rules kept here: a REVOKED certificate stays revoked; a certificate must not be
 * ACTIVE (CertificateStateException) nor attached to a thing or, without forceDelete, to a policy
 * (DeleteConflictException) when it is deleted; an EXCLUSIVE_THING principal belongs to one thing only.
 */
import type {
  AttachThingPrincipalRequest,
  AttachThingPrincipalResponse,
  CreateCertificateFromCsrRequest,
  CreateCertificateFromCsrResponse,
  CreateKeysAndCertificateRequest,
  CreateKeysAndCertificateResponse,
  DeleteCertificateRequest,
  DescribeCertificateRequest,
  DescribeCertificateResponse,
  DetachThingPrincipalRequest,
  DetachThingPrincipalResponse,
  ListCertificatesRequest,
  ListCertificatesResponse,
  ListPrincipalThingsRequest,
  ListPrincipalThingsResponse,
  ListThingPrincipalsRequest,
  ListThingPrincipalsResponse,
  UpdateCertificateRequest
} from '@aws-sdk/client-iot'
import { ApiError, invalid, notFound } from '../control-plane/api-error.js'
import { pageSize, paginate } from '../control-plane/paging.js'
import type { AccountState, CertificateRecord } from './account.js'
import { must } from './account.js'
import type { HandlerTable, Valid } from './handler.js'
import { thing } from './things.js'

/** Statuses UpdateCertificate may set; the others belong to transfer and registration flows. */
const SETTABLE = ['ACTIVE', 'INACTIVE', 'REVOKED']

export const certificateArn = (state: AccountState, id: string): string => state.arn(`cert/${id}`)

function certificate(state: AccountState, id: string): CertificateRecord {
  return must(state.data.certificates, id, () => notFound(`The certificate ${id} does not exist`))
}

/** The certificate a principal ARN names; only X.509 certificates are principals in this emulator. */
export function certificateOfPrincipal(state: AccountState, principal: string): CertificateRecord {
  const resource = state.resourceOf(principal)
  if (!resource?.startsWith('cert/'))
    throw invalid(`${principal} is not a certificate ARN of this account`)
  return certificate(state, resource.slice('cert/'.length))
}

/** Things a certificate is attached to. */
export function thingsOfCertificate(state: AccountState, arn: string): string[] {
  return [...state.data.things.values()].filter((t) => arn in t.principals).map((t) => t.name)
}

const stateError = (message: string): ApiError => new ApiError('CertificateStateException', message)

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
/** Sort key in creation order: fixed-width milliseconds, then the id for certificates made together. */
const creationKey = (c: CertificateRecord): string =>
  `${String(c.creationDate).padStart(15, '0')}|${c.certificateId}`

export const certificateHandlers = {
  /** Signs the device's own key: the private key never reaches the service. */
  async CreateCertificateFromCsr(
    state: AccountState,
    input: Valid<CreateCertificateFromCsrRequest>
  ): Promise<CreateCertificateFromCsrResponse> {
    let issued: Awaited<ReturnType<typeof state.ca.signRequest>>
    try {
      issued = await state.ca.signRequest(input.certificateSigningRequest)
    } catch (e) {
      throw invalid(
        `The certificate signing request is not valid: ${e instanceof Error ? e.message : String(e)}`
      )
    }
    const now = state.now()
    state.data.certificates.set(issued.certificateId, {
      certificateId: issued.certificateId,
      certificatePem: issued.certificatePem,
      status: input.setAsActive ? 'ACTIVE' : 'INACTIVE',
      creationDate: now,
      lastModifiedDate: now,
      validity: { notBefore: issued.notBefore.getTime(), notAfter: issued.notAfter.getTime() }
    })
    return {
      certificateArn: certificateArn(state, issued.certificateId),
      certificateId: issued.certificateId,
      certificatePem: issued.certificatePem
    }
  },

  async CreateKeysAndCertificate(
    state: AccountState,
    input: Valid<CreateKeysAndCertificateRequest>
  ): Promise<CreateKeysAndCertificateResponse> {
    const issued = await state.ca.issueDeviceCertificate()
    const now = state.now()
    state.data.certificates.set(issued.certificateId, {
      certificateId: issued.certificateId,
      certificatePem: issued.certificatePem,
      status: input.setAsActive ? 'ACTIVE' : 'INACTIVE',
      creationDate: now,
      lastModifiedDate: now,
      validity: { notBefore: issued.notBefore.getTime(), notAfter: issued.notAfter.getTime() }
    })
    return {
      certificateArn: certificateArn(state, issued.certificateId),
      certificateId: issued.certificateId,
      certificatePem: issued.certificatePem,
      keyPair: { PublicKey: issued.publicKeyPem, PrivateKey: issued.privateKeyPem }
    }
  },

  DescribeCertificate(
    state: AccountState,
    input: Valid<DescribeCertificateRequest>
  ): DescribeCertificateResponse {
    const c = certificate(state, input.certificateId)
    return {
      certificateDescription: {
        certificateArn: certificateArn(state, c.certificateId),
        certificateId: c.certificateId,
        status: c.status as never,
        certificatePem: c.certificatePem,
        ownedBy: state.account,
        creationDate: new Date(c.creationDate),
        lastModifiedDate: new Date(c.lastModifiedDate),
        customerVersion: 1,
        generationId: `${c.lastModifiedDate}`,
        validity: {
          notBefore: new Date(c.validity.notBefore),
          notAfter: new Date(c.validity.notAfter)
        },
        certificateMode: 'DEFAULT'
      }
    }
  },

  UpdateCertificate(state: AccountState, input: Valid<UpdateCertificateRequest>): object {
    const c = certificate(state, input.certificateId)
    if (!SETTABLE.includes(input.newStatus))
      throw invalid(
        `newStatus ${input.newStatus} cannot be set by UpdateCertificate; use ${SETTABLE.join(', ')}`
      )
    if (c.status === 'REVOKED' && input.newStatus !== 'REVOKED')
      throw stateError(
        `The certificate ${c.certificateId} is revoked and cannot become ${input.newStatus}`
      )
    if (c.status !== input.newStatus) {
      c.status = input.newStatus
      c.lastModifiedDate = state.now()
    }
    return {}
  },

  DeleteCertificate(state: AccountState, input: Valid<DeleteCertificateRequest>): object {
    const c = certificate(state, input.certificateId)
    const arn = certificateArn(state, c.certificateId)
    if (c.status === 'ACTIVE')
      throw stateError(
        `The certificate ${c.certificateId} is ACTIVE: set it INACTIVE before deleting it`
      )
    const things = thingsOfCertificate(state, arn)
    if (things.length)
      throw new ApiError(
        'DeleteConflictException',
        `The certificate ${c.certificateId} is attached to the things ${things.join(', ')}: detach it first`
      )
    const policies = [...state.data.policyTargets]
      .filter(([, t]) => t.includes(arn))
      .map(([p]) => p)
    if (policies.length && !input.forceDelete)
      throw new ApiError(
        'DeleteConflictException',
        `The certificate ${c.certificateId} has the policies ${policies.join(', ')} attached: detach them or set forceDelete`
      )
    for (const p of policies)
      state.data.policyTargets.set(
        p,
        state.data.policyTargets.get(p)!.filter((t) => t !== arn)
      )
    state.data.certificates.delete(c.certificateId)
    return {}
  },

  ListCertificates(
    state: AccountState,
    input: Valid<ListCertificatesRequest>
  ): ListCertificatesResponse {
    const descending = !input.ascendingOrder
    const certs = [...state.data.certificates.values()].sort((a, b) =>
      descending ? byName(creationKey(b), creationKey(a)) : byName(creationKey(a), creationKey(b))
    )
    const op = 'ListCertificates'
    const page = paginate(
      op,
      certs,
      creationKey,
      input.marker,
      pageSize(op, input.pageSize),
      descending
    )
    return {
      certificates: page.items.map((c) => ({
        certificateArn: certificateArn(state, c.certificateId),
        certificateId: c.certificateId,
        status: c.status as never,
        certificateMode: 'DEFAULT',
        creationDate: new Date(c.creationDate)
      })),
      nextMarker: page.next
    }
  },

  AttachThingPrincipal(
    state: AccountState,
    input: Valid<AttachThingPrincipalRequest>
  ): AttachThingPrincipalResponse {
    const t = thing(state, input.thingName)
    certificateOfPrincipal(state, input.principal)
    const type = input.thingPrincipalType ?? 'NON_EXCLUSIVE_THING'
    const others = thingsOfCertificate(state, input.principal).filter((n) => n !== t.name)
    const exclusive = others.find(
      (n) => state.data.things.get(n)!.principals[input.principal] === 'EXCLUSIVE_THING'
    )
    if (exclusive) throw invalid(`The principal is attached exclusively to the thing ${exclusive}`)
    if (type === 'EXCLUSIVE_THING' && others.length)
      throw invalid(
        `The principal is already attached to ${others.join(', ')}: it cannot be exclusive to ${t.name}`
      )
    t.principals[input.principal] = type
    return {}
  },

  DetachThingPrincipal(
    state: AccountState,
    input: Valid<DetachThingPrincipalRequest>
  ): DetachThingPrincipalResponse {
    delete thing(state, input.thingName).principals[input.principal]
    return {}
  },

  ListThingPrincipals(
    state: AccountState,
    input: Valid<ListThingPrincipalsRequest>
  ): ListThingPrincipalsResponse {
    const principals = Object.keys(thing(state, input.thingName).principals).sort(byName)
    const op = 'ListThingPrincipals'
    const page = paginate(op, principals, (p) => p, input.nextToken, pageSize(op, input.maxResults))
    return { principals: page.items, nextToken: page.next }
  },

  ListPrincipalThings(
    state: AccountState,
    input: Valid<ListPrincipalThingsRequest>
  ): ListPrincipalThingsResponse {
    certificateOfPrincipal(state, input.principal)
    const things = thingsOfCertificate(state, input.principal).sort(byName)
    const op = 'ListPrincipalThings'
    const page = paginate(op, things, (n) => n, input.nextToken, pageSize(op, input.maxResults))
    return { things: page.items, nextToken: page.next }
  }
} satisfies Partial<HandlerTable>
