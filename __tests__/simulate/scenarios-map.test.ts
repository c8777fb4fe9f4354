/** The file's simulation entries → traffic, with each scenario's defaults. */
import { expect, test } from '@jest/globals'
import { DEFAULT_TOPIC, durationMs, trafficFor } from '../../src/simulate/scenarios.js'

test("the seed's flood: count messages of messageSize bytes on topic, one every interval", () => {
  expect(
    trafficFor({
      name: 'f',
      scenario: 'anomaly',
      topic: 'test/topic',
      messageSize: 2000,
      count: 5000,
      interval: '250ms'
    })
  ).toEqual({
    kind: 'publish',
    topic: 'test/topic',
    messageSize: 2000,
    count: 5000,
    intervalMs: 250
  })
})

test('baseline: small messages for a duration; the other scenarios take their defaults', () => {
  expect(trafficFor({ name: 'b', scenario: 'baseline', duration: '2m', interval: '10s' })).toEqual({
    kind: 'publish',
    topic: DEFAULT_TOPIC,
    messageSize: 64,
    count: 12,
    intervalMs: 10_000
  })
  expect(trafficFor({ name: 'a', scenario: 'auth-failures', topic: 't' })).toEqual({
    kind: 'denied-publish',
    topic: 't',
    count: 10,
    intervalMs: 5000
  })
  expect(trafficFor({ name: 'c', scenario: 'connection-churn', count: 3, interval: '1s' })).toEqual(
    {
      kind: 'churn',
      count: 3,
      intervalMs: 1000
    }
  )
  expect(trafficFor({ name: 'd', scenario: 'disconnects' })).toEqual({
    kind: 'drop',
    count: 10,
    intervalMs: 5000
  })
  expect(trafficFor({ name: 's', scenario: 'shared-certificate', things: 2, hold: '90s' })).toEqual(
    {
      kind: 'hold',
      holdMs: 90_000
    }
  )
})

test('durations in the forms the schema allows', () => {
  expect([durationMs('250ms'), durationMs('5s'), durationMs('2m'), durationMs('1h')]).toEqual([
    250, 5000, 120_000, 3_600_000
  ])
  expect(() => durationMs('5 minutes')).toThrow(/not a duration/)
})
