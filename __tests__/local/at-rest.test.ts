/**
 * The emulator at rest and on the network: its state file holds the CA's private key, and it takes no
 * credentials, so the files are private, a killed writer's leftovers go, a corrupted file is named, and web
 * pages (cross-site POSTs, DNS rebinding) cannot drive it.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { CreateSecurityProfileCommand } from '@aws-sdk/client-iot'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { STATE_FILE } from '../../src/local/store/persist.js'
import { serveLocal } from '../../src/local/serve.js'
import { iotClient } from './helpers/clients.js'

const running: Emulator[] = []
const dirs: string[] = []

async function start(options: Parameters<typeof startEmulator>[0]): Promise<Emulator> {
  const emu = await startEmulator(options)
  running.push(emu)
  return emu
}

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ddac-at-rest-'))
  dirs.push(dir)
  return dir
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()))
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const mode = (file: string): number => statSync(file).mode & 0o777

describe('the data directory', () => {
  test('the state file (CA private key inside) is 0600, and a directory ddac creates is 0700', async () => {
    const dir = path.join(tempDir(), 'new', 'data')
    const emu = await start({ dataDir: dir })
    await iotClient(emu).send(new CreateSecurityProfileCommand({ securityProfileName: 'p' }))
    expect(mode(path.join(dir, STATE_FILE)).toString(8)).toBe('600')
    expect(mode(dir).toString(8)).toBe('700')
  })

  test("a killed writer's temporary file is removed at start; a running writer's is kept", async () => {
    const dir = tempDir()
    // A pid that has certainly exited: a child we waited for.
    const dead = spawnSync(process.execPath, ['-e', '']).pid!
    const stale = `${STATE_FILE}.${dead}.0badc0de.tmp`
    const live = `${STATE_FILE}.${process.pid}.0badcafe.tmp`
    writeFileSync(path.join(dir, stale), '{"half": ')
    writeFileSync(path.join(dir, live), '{"half": ')
    await start({ dataDir: dir })
    expect(readdirSync(dir).sort()).toEqual([STATE_FILE, live].sort())
  })

  test('a corrupted state file is named, with what to do, not a raw JSON error', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, STATE_FILE), '{"format": 1, "ca": {')
    await expect(startEmulator({ dataDir: dir })).rejects.toThrow(
      `${path.join(dir, STATE_FILE)} is not a ddac local state file`
    )
    writeFileSync(path.join(dir, STATE_FILE), '[1, 2]')
    await expect(startEmulator({ dataDir: dir })).rejects.toThrow(/move it away/)
  })
})

/** A raw request as a browser would send it, with the headers it chooses. */
function post(
  emu: Emulator,
  name: string,
  headers: Record<string, string>
): Promise<{ status: number; body: string }> {
  const url = new URL(`${emu.endpoint}/security-profiles/${name}`)
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      }
    )
    req.on('error', reject)
    req.end('{}')
  })
}

describe('requests from web pages', () => {
  test('a cross-site text/plain POST (Origin set) is refused and creates nothing', async () => {
    const emu = await start({})
    const answer = await post(emu, 'csrf', {
      'content-type': 'text/plain',
      origin: 'https://evil.example'
    })
    expect(answer.status).toBe(403)
    expect(JSON.parse(answer.body).message).toMatch(/refuses requests from web pages/)
    expect(emu.state().data.securityProfiles).toEqual({})
  })

  test('a DNS-rebinding request (Host is a foreign name) is refused; localhost and IP literals are served', async () => {
    const emu = await start({})
    const port = new URL(emu.endpoint).port
    const rebound = await post(emu, 'rebound', { host: `evil.example:${port}` })
    expect(rebound.status).toBe(403)
    expect(JSON.parse(rebound.body).message).toMatch(/not Host "evil.example/)
    expect((await post(emu, 'by-name', { host: `localhost:${port}` })).status).toBe(200)
    expect((await post(emu, 'by-ip', { host: `127.0.0.1:${port}` })).status).toBe(200)
    expect(Object.keys(emu.state().data.securityProfiles).sort()).toEqual(['by-ip', 'by-name'])
  })
})

describe('the address it listens on', () => {
  async function serveOnce(host: string): Promise<string> {
    let err = ''
    const stop = new AbortController()
    stop.abort()
    await serveLocal({ host }, { out: () => undefined, err: (t) => (err += t) }, stop.signal)
    return err
  }

  test('a bind to every interface is warned about; loopback is not', async () => {
    expect(await serveOnce('0.0.0.0')).toMatch(
      /warning: listening on 0.0.0.0, every network interface/
    )
    expect(await serveOnce('127.0.0.1')).not.toMatch(/warning/)
  })
})
