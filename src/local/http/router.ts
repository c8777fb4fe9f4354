/**
 * Routes from the model's URI templates. Matching is on the raw path and labels are decoded only after a
 * match: the SDK sends a label such as a thing group ARN as one segment with `/` encoded as `%2F`, so decoding
 * first would split it and route the request to the wrong operation.
 */
import { ApiError, invalid } from '../operations/api-error.js'
import { iotModel, type OperationName } from '../../model/iot-model.js'

type Segment = { literal: string } | { label: string }

interface Route {
  operation: OperationName
  method: string
  segments: Segment[]
  literals: number
}

export interface RouteMatch {
  operation: OperationName
  labels: Record<string, string>
}

function compile(operation: OperationName, method: string, uri: string): Route {
  if (uri.includes('?') || uri.includes('+}'))
    throw new Error(`${operation}: query literals and greedy labels are not supported (${uri})`)
  const segments = uri
    .split('/')
    .slice(1)
    .map((s): Segment => (s.startsWith('{') ? { label: s.slice(1, -1) } : { literal: s }))
  return { operation, method, segments, literals: segments.filter((s) => 'literal' in s).length }
}

export class Router {
  private readonly routes: Route[]

  constructor(operations: readonly OperationName[]) {
    this.routes = operations
      .map((op) => {
        const spec = iotModel.operations[op]!
        return compile(op, spec.method, spec.uri)
      })
      // The most specific template wins when several match (a literal beats a label).
      .sort((a, b) => b.literals - a.literals)
  }

  match(method: string, rawPath: string): RouteMatch {
    const parts = rawPath.split('/').slice(1)
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== parts.length) continue
      const labels = matchSegments(route.segments, parts)
      if (labels) return { operation: route.operation, labels }
    }
    throw new ApiError('UnknownOperationException', `No operation matches ${method} ${rawPath}`)
  }
}

function matchSegments(segments: Segment[], parts: string[]): Record<string, string> | undefined {
  const labels: Record<string, string> = {}
  for (const [i, segment] of segments.entries()) {
    const part = parts[i]!
    if ('literal' in segment) {
      if (segment.literal !== part) return undefined
    } else {
      labels[segment.label] = decode(part, segment.label)
    }
  }
  return labels
}

function decode(raw: string, label: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    throw invalid(`The value of ${label} in the path is not valid percent-encoding`)
  }
}
