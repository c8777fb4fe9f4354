/** State in a data directory survives a restart (and a process that never stopped cleanly); otherwise it is in memory. */
import { afterEach, describe, expect, test } from '@jest/globals'
import {
  CreateKeysAndCertificateCommand,
  CreateSecurityProfileCommand,
  DescribeSecurityProfileCommand
} from '@aws-sdk/client-iot'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { X509Certificate } from 'node:crypto'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { iotClient } from './helpers/clients.js'

const running: Emulator[] = []
const dirs: string[] = []

async function start(options: Parameters<typeof startEmulator>[0]): Promise<Emulator> {
  const emu = await startEmulator(options)
  running.push(emu)
  return emu
}

function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ddac-local-'))
  dirs.push(dir)
  return dir
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()))
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('with a data directory', () => {
  test('every acknowledged write is on disk, so a second process sees it without a clean stop', async () => {
    const dir = dataDir()
    const first = await start({ dataDir: dir, account: '111122223333', region: 'eu-west-1' })
    const iot = iotClient(first)
    await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'kept' }))
    const cert = await iot.send(new CreateKeysAndCertificateCommand({ setAsActive: true }))

    // `first` is still running and never saved on stop: this is what a killed process leaves behind.
    const second = await start({ dataDir: dir })
    expect(second.account).toBe('111122223333')
    expect(second.region).toBe('eu-west-1')
    const described = await iotClient(second).send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'kept' })
    )
    expect(described.version).toBe(1)
    expect(second.caCertificatePem).toBe(first.caCertificatePem)
    expect(
      new X509Certificate(cert.certificatePem!).verify(
        new X509Certificate(second.caCertificatePem).publicKey
      )
    ).toBe(true)
    expect(second.state().data).toEqual(first.state().data)
    expect(readdirSync(dir)).toEqual(['emulator-state.json']) // no temporary files left behind
  })

  test('a data directory of another account is refused', async () => {
    const dir = dataDir()
    const emu = await start({ dataDir: dir })
    await emu.stop()
    await expect(startEmulator({ dataDir: dir, account: '999999999999' })).rejects.toThrow(
      /account 123456789012/
    )
  })
})

test('without a data directory every start is an empty account', async () => {
  const a = await start({})
  await iotClient(a).send(new CreateSecurityProfileCommand({ securityProfileName: 'gone' }))
  await a.stop()
  const b = await start({})
  expect(b.state().data.securityProfiles).toEqual({})
})
