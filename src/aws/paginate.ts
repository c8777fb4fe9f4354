import { isNamed } from '../util/errors.js'

/** Every item of every page of an SDK paginator. */
export async function collect<P, T>(
  pages: AsyncIterable<P>,
  items: (page: P) => readonly T[] | undefined
): Promise<T[]> {
  const out: T[] = []
  for await (const page of pages) out.push(...(items(page) ?? []))
  return out
}

/** A describe call whose ResourceNotFoundException means "absent". */
export async function unlessNotFound<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call
  } catch (e) {
    if (isNamed(e, 'ResourceNotFoundException')) return undefined
    throw e
  }
}

/**
 * Like Promise.all, but rejects only once every promise has settled: a failure must not leave requests in
 * flight after the caller moved on (or after an in-process emulator stopped under them).
 */
export async function allSettledOrThrow<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises)
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
  if (failed) throw failed.reason
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value)
}
