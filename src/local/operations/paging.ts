/**
 * Opaque paging tokens. A token names the operation and the sort key of the last item returned, so a page
 * after concurrent creates or deletes neither repeats nor skips what is left. Tokens are standard base64,
 * which also satisfies the `Marker` pattern of the marker/pageSize operations.
 */
import { invalid } from './api-error.js'
import { iotModel, shape } from '../../model/iot-model.js'

/**
 * Page sizes when the caller sends none. The model only bounds them; AWS documents 25 for ListAuditFindings
 * and its other defaults are unpublished, so 25 is used throughout (capped by the model's maximum).
 */
const DEFAULT_PAGE_SIZE = 25

export interface Page<T> {
  items: T[]
  /** undefined on the last page */
  next?: string
}

interface Token {
  op: string
  after: string
}

function encode(token: Token): string {
  return Buffer.from(JSON.stringify(token)).toString('base64')
}

function decode(operation: string, raw: string): Token {
  try {
    const token = JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) as Partial<Token>
    if (token.op === operation && typeof token.after === 'string') return token as Token
  } catch {
    // fall through
  }
  throw invalid('The pagination token is not valid')
}

/** The page size an operation uses: the caller's, or the default within the model's bounds. */
export function pageSize(operation: string, requested: unknown): number {
  if (typeof requested === 'number') return requested
  const spec = iotModel.operations[operation]!
  const member = spec.paginated?.pageSize
  if (!member) return Number.MAX_SAFE_INTEGER
  const s = shape(
    (iotModel.shapes[spec.input] as { members: Record<string, { t: string }> }).members[member]!.t
  )
  const max = 'rmax' in s && s.rmax !== undefined ? s.rmax : DEFAULT_PAGE_SIZE
  return Math.min(DEFAULT_PAGE_SIZE, max)
}

/**
 * One page of `items`, which must already be in the order the operation returns them, with `sortKey`
 * increasing (or decreasing when `descending`) along that order.
 */
export function paginate<T>(
  operation: string,
  items: readonly T[],
  sortKey: (item: T) => string,
  token: string | undefined,
  size: number,
  descending = false
): Page<T> {
  let start = 0
  if (token) {
    const { after } = decode(operation, token)
    const beyond = (k: string): boolean => (descending ? k < after : k > after)
    start = items.findIndex((item) => beyond(sortKey(item)))
    if (start < 0) start = items.length
  }
  const page = items.slice(start, start + size)
  const more = start + size < items.length
  return {
    items: page,
    ...(more ? { next: encode({ op: operation, after: sortKey(page[page.length - 1]!) }) } : {})
  }
}
