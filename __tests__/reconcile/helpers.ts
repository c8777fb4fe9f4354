/** Reconcile tests run the real SDK against the in-process emulator. */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { createIotClient } from '../../src/aws/client.js'
import type { IoTClient } from '@aws-sdk/client-iot'
import type { ProfileFile } from '../../src/config/file-format.js'
import { validateText } from '../../src/config/validate.js'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/local/emulator.js'

export const ID = 'octo/devices:device-defender.yml'

export interface Account {
  emu: Emulator
  iot: IoTClient
  close(): Promise<void>
}

export async function account(options: EmulatorOptions = {}): Promise<Account> {
  const emu = await startEmulator(options)
  const iot = createIotClient({
    endpoint: emu.endpoint,
    region: emu.region,
    local: true,
    pace: false
  })
  return {
    emu,
    iot,
    async close() {
      iot.destroy()
      await emu.stop()
    }
  }
}

/** A profile file from YAML text, validated as the commands would (so tests use only valid files). */
export function profile(yaml: string): ProfileFile {
  const r = validateText('test.yml', yaml)
  if (!r.profile) throw new Error(`invalid test file: ${JSON.stringify(r.problems, null, 1)}`)
  return r.profile
}

export function example(name: string): ProfileFile {
  return profile(readFileSync(`examples/${name}`, 'utf8'))
}

export function parsed(yaml: string): ProfileFile {
  return parse(yaml) as ProfileFile
}
