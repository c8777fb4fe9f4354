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
import { ApiError, invalid, notFound } from './api-error.js'
import type { CertificateRecord } from '../store/store.js'
import { must } from '../store/store.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'
import { changeThing, thing } from './things.js'
import { errorMessage } from '../../util/errors.js'
import { byName } from '../../util/order.js'

/** Statuses UpdateCertificate may set; the others belong to transfer and registration flows. */
const SETTABLE = ['ACTIVE', 'INACTIVE', 'REVOKED']

export const certificateArn = (ctx: OperationContext, id: string): string => ctx.arn(`cert/${id}`)

function certificate(ctx: OperationContext, id: string): CertificateRecord {
  return must(ctx.store.certificates, id, () => notFound(`The certificate ${id} does not exist`))
}

/** The certificate a principal ARN names; only X.509 certificates are principals in this emulator. */
export function certificateOfPrincipal(
  ctx: OperationContext,
  principal: string
): CertificateRecord {
  const resource = ctx.resourceOf(principal)
  if (!resource?.startsWith('cert/'))
    throw invalid(`${principal} is not a certificate ARN of this account`)
  return certificate(ctx, resource.slice('cert/'.length))
}

const stateError = (message: string): ApiError => new ApiError('CertificateStateException', message)

/** Sort key in creation order: fixed-width milliseconds, then the id for certificates made together. */
const creationKey = (c: CertificateRecord): string =>
  `${String(c.creationDate).padStart(15, '0')}|${c.certificateId}`

/** Keep a certificate the CA issued, as ACTIVE or INACTIVE; what both create operations answer. */
function record(
  ctx: OperationContext,
  issued: { certificateId: string; certificatePem: string; notBefore: Date; notAfter: Date },
  active: boolean
): { certificateArn: string; certificateId: string; certificatePem: string } {
  const now = ctx.now()
  ctx.store.certificates.set(issued.certificateId, {
    certificateId: issued.certificateId,
    certificatePem: issued.certificatePem,
    status: active ? 'ACTIVE' : 'INACTIVE',
    creationDate: now,
    lastModifiedDate: now,
    validity: { notBefore: issued.notBefore.getTime(), notAfter: issued.notAfter.getTime() }
  })
  return {
    certificateArn: certificateArn(ctx, issued.certificateId),
    certificateId: issued.certificateId,
    certificatePem: issued.certificatePem
  }
}

export const certificateHandlers = {
  /** Signs the device's own key: the private key never reaches the service. */
  async CreateCertificateFromCsr(
    ctx: OperationContext,
    input: Valid<CreateCertificateFromCsrRequest>
  ): Promise<CreateCertificateFromCsrResponse> {
    let issued: Awaited<ReturnType<typeof ctx.ca.signRequest>>
    try {
      issued = await ctx.ca.signRequest(input.certificateSigningRequest)
    } catch (e) {
      throw invalid(`The certificate signing request is not valid: ${errorMessage(e)}`)
    }
    return record(ctx, issued, input.setAsActive === true)
  },

  async CreateKeysAndCertificate(
    ctx: OperationContext,
    input: Valid<CreateKeysAndCertificateRequest>
  ): Promise<CreateKeysAndCertificateResponse> {
    const issued = await ctx.ca.issueDeviceCertificate()
    return {
      ...record(ctx, issued, input.setAsActive === true),
      keyPair: { PublicKey: issued.publicKeyPem, PrivateKey: issued.privateKeyPem }
    }
  },

  DescribeCertificate(
    ctx: OperationContext,
    input: Valid<DescribeCertificateRequest>
  ): DescribeCertificateResponse {
    const c = certificate(ctx, input.certificateId)
    return {
      certificateDescription: {
        certificateArn: certificateArn(ctx, c.certificateId),
        certificateId: c.certificateId,
        status: c.status as never,
        certificatePem: c.certificatePem,
        ownedBy: ctx.account,
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

  UpdateCertificate(ctx: OperationContext, input: Valid<UpdateCertificateRequest>): object {
    const c = certificate(ctx, input.certificateId)
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
      c.lastModifiedDate = ctx.now()
      ctx.store.touch('certificates', c.certificateId)
    }
    return {}
  },

  DeleteCertificate(ctx: OperationContext, input: Valid<DeleteCertificateRequest>): object {
    const c = certificate(ctx, input.certificateId)
    const arn = certificateArn(ctx, c.certificateId)
    if (c.status === 'ACTIVE')
      throw stateError(
        `The certificate ${c.certificateId} is ACTIVE: set it INACTIVE before deleting it`
      )
    const things = ctx.store.thingsOfPrincipal(arn)
    if (things.length)
      throw new ApiError(
        'DeleteConflictException',
        `The certificate ${c.certificateId} is attached to the things ${things.join(', ')}: detach it first`
      )
    const policies = ctx.store.policiesOfTarget(arn)
    if (policies.length && !input.forceDelete)
      throw new ApiError(
        'DeleteConflictException',
        `The certificate ${c.certificateId} has the policies ${policies.join(', ')} attached: detach them or set forceDelete`
      )
    ctx.store.certificates.delete(c.certificateId)
    ctx.store.forgetResource(arn)
    return {}
  },

  ListCertificates(
    ctx: OperationContext,
    input: Valid<ListCertificatesRequest>
  ): ListCertificatesResponse {
    const descending = !input.ascendingOrder
    const certs = [...ctx.store.certificates.values()].sort((a, b) =>
      descending ? byName(creationKey(b), creationKey(a)) : byName(creationKey(a), creationKey(b))
    )
    const page = ctx.page(certs, creationKey, input.marker, input.pageSize, descending)
    return {
      certificates: page.items.map((c) => ({
        certificateArn: certificateArn(ctx, c.certificateId),
        certificateId: c.certificateId,
        status: c.status as never,
        certificateMode: 'DEFAULT',
        creationDate: new Date(c.creationDate)
      })),
      nextMarker: page.next
    }
  },

  AttachThingPrincipal(
    ctx: OperationContext,
    input: Valid<AttachThingPrincipalRequest>
  ): AttachThingPrincipalResponse {
    const t = thing(ctx, input.thingName)
    certificateOfPrincipal(ctx, input.principal)
    const type = input.thingPrincipalType ?? 'NON_EXCLUSIVE_THING'
    const others = ctx.store.thingsOfPrincipal(input.principal).filter((n) => n !== t.name)
    const exclusive = others.find(
      (n) => ctx.store.things.get(n)!.principals[input.principal] === 'EXCLUSIVE_THING'
    )
    if (exclusive) throw invalid(`The principal is attached exclusively to the thing ${exclusive}`)
    if (type === 'EXCLUSIVE_THING' && others.length)
      throw invalid(
        `The principal is already attached to ${others.join(', ')}: it cannot be exclusive to ${t.name}`
      )
    return changeThing(ctx, t, (t) => {
      t.principals[input.principal] = type
    })
  },

  DetachThingPrincipal(
    ctx: OperationContext,
    input: Valid<DetachThingPrincipalRequest>
  ): DetachThingPrincipalResponse {
    const t = thing(ctx, input.thingName)
    if (!(input.principal in t.principals)) return {}
    return changeThing(ctx, t, (t) => delete t.principals[input.principal])
  },

  ListThingPrincipals(
    ctx: OperationContext,
    input: Valid<ListThingPrincipalsRequest>
  ): ListThingPrincipalsResponse {
    const principals = Object.keys(thing(ctx, input.thingName).principals).sort(byName)
    const page = ctx.page(principals, (p) => p, input.nextToken, input.maxResults)
    return { principals: page.items, nextToken: page.next }
  },

  ListPrincipalThings(
    ctx: OperationContext,
    input: Valid<ListPrincipalThingsRequest>
  ): ListPrincipalThingsResponse {
    certificateOfPrincipal(ctx, input.principal)
    const things = ctx.store.thingsOfPrincipal(input.principal).sort(byName)
    const page = ctx.page(things, (n) => n, input.nextToken, input.maxResults)
    return { things: page.items, nextToken: page.next }
  }
} satisfies Partial<HandlerTable>
