/** Detect tests' bench: an emulator on a stepped clock, and samples in the shape the data plane records them. */
import {
  AddThingToThingGroupCommand,
  CreateThingCommand,
  ListActiveViolationsCommand,
  ListViolationEventsCommand,
  type ActiveViolation,
  type Behavior,
  type IoTClient,
  type ListActiveViolationsRequest
} from '@aws-sdk/client-iot'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../../src/local/emulator.js'
import type { CloudMetric } from '../../../src/local/store/cloud-metrics.js'
import { iotClient } from './clients.js'

/** Scale 300: AWS's 5-minute period is one second. */
export const PERIOD = 1000
export const T0 = Date.UTC(2026, 0, 5, 10, 0, 0)

/** An emulator on a stepped clock, with samples in the shape the broker records them. */
export class Bench {
  now = T0
  emu!: Emulator
  iot!: IoTClient

  async start(options: EmulatorOptions = {}): Promise<this> {
    this.emu = await startEmulator({
      checkOutputs: true,
      clock: () => this.now,
      detect: {
        stepped: true,
        timeScale: 300,
        timing: { mlMinDatapoints: 20, mlMinTrainingMs: 10 * PERIOD }
      },
      ...options
    })
    this.iot = iotClient(this.emu, { maxAttempts: 1 })
    return this
  }

  arn(resource: string): string {
    return `arn:aws:iot:${this.emu.region}:${this.emu.account}:${resource}`
  }

  samples(thing: string, metric: CloudMetric, values: number[]): void {
    this.emu.detect.record(
      values.map((value, i) => ({ thingName: thing, metric, at: this.now + (i % 500), value }))
    )
  }

  /** What the broker records for `count` publishes of `size` bytes. */
  publish(thing: string, count: number, size: number): void {
    this.samples(thing, 'aws:num-messages-sent', Array<number>(count).fill(1))
    this.samples(thing, 'aws:message-byte-size', Array<number>(count).fill(size))
  }

  /** Move to the end of the current period and let the engine evaluate it. */
  async nextPeriod(periods = 1): Promise<void> {
    this.now = (Math.floor(this.now / PERIOD) + periods) * PERIOD + 1
    await this.emu.detect.evaluate()
  }

  async active(input: ListActiveViolationsRequest = {}): Promise<ActiveViolation[]> {
    return (await this.iot.send(new ListActiveViolationsCommand(input))).activeViolations ?? []
  }

  async alarms(input: ListActiveViolationsRequest = {}): Promise<string[]> {
    return (await this.active(input)).map((v) => `${v.thingName}:${v.behavior!.name}`).sort()
  }

  async events(): Promise<string[]> {
    const out = await this.iot.send(
      new ListViolationEventsCommand({
        startTime: new Date(T0 - 3_600_000),
        endTime: new Date(this.now + 1000),
        listSuppressedAlerts: true
      })
    )
    return (out.violationEvents ?? []).map(
      (e) => `${e.thingName}:${e.behavior!.name}:${e.violationEventType}`
    )
  }

  async thingIn(group: string, thing: string): Promise<void> {
    await this.iot.send(new CreateThingCommand({ thingName: thing }))
    await this.iot.send(
      new AddThingToThingGroupCommand({ thingGroupName: group, thingName: thing })
    )
  }
}

/** A STATIC behavior on a count metric over 5 minutes: normal is at most `max`. */
export const window300 = (
  name: string,
  metric: string,
  max: number,
  extra: Partial<Behavior> = {}
): Behavior => ({
  name,
  metric,
  criteria: { comparisonOperator: 'less-than-equals', value: { count: max }, durationSeconds: 300 },
  ...extra
})
