/** Builds the operation context a handler receives, from the emulator's services for one region. */
import { randomUUID } from 'node:crypto'
import type { Engines, OperationContext } from './context.js'
import { pageSize, paginate } from './paging.js'
import type { OperationName } from '../../model/iot-model.js'
import type { Clock } from '../clock/clock.js'
import type { CertificateAuthority } from '../pki/ca.js'
import type { Store } from '../store/store.js'

export interface ContextServices {
  clock: Clock
  ca: CertificateAuthority
  dataEndpoint?: string
  engines: Engines
}

export function operationContext(
  services: ContextServices,
  store: Store,
  operation: OperationName
): OperationContext {
  return {
    operation,
    store,
    clock: services.clock,
    ca: services.ca,
    account: store.account,
    region: store.region,
    dataEndpoint: services.dataEndpoint,
    engines: services.engines,
    now: () => services.clock.now(),
    uuid: () => randomUUID(),
    arn: (resource) => store.arn(resource),
    resourceOf: (arn) => store.resourceOf(arn),
    page: (items, sortKey, token, maxResults, descending = false) =>
      paginate(operation, items, sortKey, token, pageSize(operation, maxResults), descending)
  }
}
