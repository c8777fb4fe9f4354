/** Every comparison operator and value kind, judged as AWS defines criteria: what a NORMAL device does. */
import { describe, expect, test } from '@jest/globals'
import type { BehaviorCriteria, MetricValue } from '@aws-sdk/client-iot'
import { conforms, percentile } from '../../../src/local/detect/criteria.js'

const c = (comparisonOperator: string, value: MetricValue): BehaviorCriteria =>
  ({ comparisonOperator, value }) as BehaviorCriteria

describe('numeric operators, count and number values', () => {
  test.each([
    ['less-than', 9, true],
    ['less-than', 10, false],
    ['less-than-equals', 10, true],
    ['less-than-equals', 11, false],
    ['greater-than', 11, true],
    ['greater-than', 10, false],
    ['greater-than-equals', 10, true],
    ['greater-than-equals', 9, false]
  ])('%s 10 with %d conforms: %s', (op, observed, expected) => {
    expect(conforms(c(op, { count: 10 }), { count: observed })).toBe(expected)
    expect(conforms(c(op, { number: 10 }), { number: observed })).toBe(expected)
  })

  test('a statistical threshold replaces the value', () => {
    expect(conforms(c('less-than-equals', {}), { count: 50 }, 60)).toBe(true)
    expect(conforms(c('less-than-equals', {}), { count: 70 }, 60)).toBe(false)
  })

  test('a criteria without a number is an error that says so', () => {
    expect(() => conforms(c('less-than', {}), { count: 1 })).toThrow(/no number to compare/)
  })
})

describe('set operators', () => {
  test('in-cidr-set: every address inside; not-in-cidr-set: none inside (IPv4 and IPv6)', () => {
    const cidrs = { cidrs: ['10.0.0.0/8', '2001:db8::/32', '192.168.1.7'] }
    expect(conforms(c('in-cidr-set', cidrs), { cidrs: ['10.1.2.3', '2001:db8::1'] })).toBe(true)
    expect(conforms(c('in-cidr-set', cidrs), { cidrs: ['10.1.2.3', '11.0.0.1'] })).toBe(false)
    expect(conforms(c('in-cidr-set', cidrs), { cidrs: ['192.168.1.7'] })).toBe(true)
    expect(conforms(c('not-in-cidr-set', cidrs), { cidrs: ['11.0.0.1'] })).toBe(true)
    expect(conforms(c('not-in-cidr-set', cidrs), { cidrs: ['11.0.0.1', '10.9.9.9'] })).toBe(false)
  })

  test('in-port-set and not-in-port-set (the troubleshooting guide: 8888 only, 443 violates)', () => {
    const ports = { ports: [8888] }
    expect(conforms(c('in-port-set', ports), { ports: [8888] })).toBe(true)
    expect(conforms(c('in-port-set', ports), { ports: [8888, 443] })).toBe(false)
    expect(conforms(c('not-in-port-set', ports), { ports: [443] })).toBe(true)
    expect(conforms(c('not-in-port-set', ports), { ports: [8888] })).toBe(false)
  })

  test('in-set and not-in-set over strings and numbers', () => {
    expect(conforms(c('in-set', { strings: ['a', 'b'] }), { strings: ['a'] })).toBe(true)
    expect(conforms(c('in-set', { strings: ['a', 'b'] }), { strings: ['a', 'z'] })).toBe(false)
    expect(conforms(c('not-in-set', { strings: ['a'] }), { strings: ['b'] })).toBe(true)
    expect(conforms(c('not-in-set', { strings: ['a'] }), { strings: ['a'] })).toBe(false)
    expect(conforms(c('in-set', { numbers: [1, 2] }), { numbers: [2] })).toBe(true)
    expect(conforms(c('in-set', { numbers: [1, 2] }), { numbers: [3] })).toBe(false)
    expect(conforms(c('not-in-set', { numbers: [1] }), { numbers: [2] })).toBe(true)
    expect(conforms(c('not-in-set', { numbers: [1] }), { numbers: [1, 2] })).toBe(false)
  })

  test('an empty observation always conforms', () => {
    for (const op of ['in-cidr-set', 'not-in-cidr-set'])
      expect(conforms(c(op, { cidrs: ['10.0.0.0/8'] }), { cidrs: [] })).toBe(true)
    for (const op of ['in-port-set', 'not-in-port-set'])
      expect(conforms(c(op, { ports: [1] }), { ports: [] })).toBe(true)
  })
})

test('nearest-rank percentiles', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
  expect(percentile(values, 0)).toBe(1)
  expect(percentile(values, 50)).toBe(5)
  expect(percentile(values, 90)).toBe(9)
  expect(percentile(values, 99.9)).toBe(10)
  expect(percentile(values, 100)).toBe(10)
  expect(percentile([], 90)).toBeUndefined()
})
