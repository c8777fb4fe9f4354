/**
 * Debian's mosquitto as a mutual-TLS MQTT 3.1.1 broker for tests: it requires a client certificate signed by
 * the given CA and takes the certificate's subject as the user name. Only the broker's own key is written
 * (to a private temp folder, removed on stop); device keys never leave the test process.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, Socket } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import type { CertificateAuthority } from '../../src/local/pki/ca.js'

export const MOSQUITTO = ['/usr/sbin/mosquitto', '/usr/bin/mosquitto'].find(
  (p) => spawnSync(p, ['-h']).error === undefined
)

export interface Mosquitto {
  host: string
  port: number
  caPem: string
  log: () => string
  stop: () => Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

export interface MosquittoOptions {
  /** an ACL file's text (mosquitto then denies what it does not allow, and logs `Denied PUBLISH`) */
  acl?: string
}

export async function startMosquitto(
  ca: CertificateAuthority,
  options: MosquittoOptions = {}
): Promise<Mosquitto> {
  if (!MOSQUITTO) throw new Error('mosquitto is not installed (apt-get install mosquitto)')
  const dir = mkdtempSync(path.join(tmpdir(), 'ddac-mosquitto-'))
  const server = await ca.issueServerCertificate()
  writeFileSync(path.join(dir, 'ca.pem'), ca.certificatePem)
  writeFileSync(path.join(dir, 'server.pem'), server.certificatePem)
  writeFileSync(path.join(dir, 'server.key'), server.privateKeyPem, { mode: 0o600 })
  if (options.acl) writeFileSync(path.join(dir, 'acl'), options.acl)
  const port = await freePort()
  writeFileSync(
    path.join(dir, 'mosquitto.conf'),
    [
      // Started as root, mosquitto drops to user mosquitto, which cannot read this private temp folder.
      `user ${userInfo().username}`,
      'per_listener_settings false',
      'persistence false',
      'log_dest stderr',
      'log_type error',
      'log_type warning',
      'log_type notice',
      'log_type information',
      'log_type debug',
      'connection_messages true',
      `listener ${port} 127.0.0.1`,
      `cafile ${path.join(dir, 'ca.pem')}`,
      `certfile ${path.join(dir, 'server.pem')}`,
      `keyfile ${path.join(dir, 'server.key')}`,
      'require_certificate true',
      'use_identity_as_username true',
      'max_inflight_messages 0',
      ...(options.acl ? [`acl_file ${path.join(dir, 'acl')}`] : []),
      ''
    ].join('\n')
  )
  let log = ''
  const child: ChildProcess = spawn(MOSQUITTO, ['-c', path.join(dir, 'mosquitto.conf')], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  child.stderr!.on('data', (c: Buffer) => (log += c.toString()))
  child.stdout!.on('data', (c: Buffer) => (log += c.toString()))
  // Ready once it accepts TCP on the port.
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`mosquitto exited: ${log}`)
    const open = await new Promise<boolean>((resolve) => {
      const s = new Socket()
      s.once('connect', () => {
        s.destroy()
        resolve(true)
      })
      s.once('error', () => resolve(false))
      s.connect(port, '127.0.0.1')
    })
    if (open) break
    if (Date.now() > deadline) throw new Error(`mosquitto did not listen on ${port}: ${log}`)
    await new Promise((r) => setTimeout(r, 50))
  }
  return {
    host: '127.0.0.1',
    port,
    caPem: ca.certificatePem,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
