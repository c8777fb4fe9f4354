/**
 * `ddac simulate --endpoint` against a running `ddac local` (the CLI from source, as a child process): the
 * emulator serves its CA on a documented path, simulate fetches it so its devices (the real aws-crt client)
 * trust the emulator's broker, messages are acknowledged, and teardown leaves the account as it was. With
 * `--ca-file`, devices trust exactly that file; an endpoint that serves no CA gets an error naming the flag.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  ListCertificatesCommand,
  ListPoliciesCommand,
  ListThingGroupsCommand,
  ListThingsCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cli, EXIT } from '../../src/cli/cli.js'
import { CertificateAuthority } from '../../src/local/pki/ca.js'
import {
  buildCli,
  startLocal,
  stopLocal,
  type BuiltCli,
  type LocalInfo
} from '../helpers/cli-from-source.js'
import { iotClient } from '../local/helpers/clients.js'
import { floodInto, rulesOn } from '../helpers/loop-file.js'

let built: BuiltCli
let local: { child: ChildProcess; info: LocalInfo; stderr: () => string }
let iot: IoTClient
let dir: string

beforeAll(async () => {
  built = buildCli()
  local = await startLocal(built.bin)
  iot = iotClient(local.info)
  dir = mkdtempSync(path.join(tmpdir(), 'ddac-sim-endpoint-'))
}, 120_000)

afterAll(async () => {
  iot?.destroy()
  if (local) await stopLocal(local.child)
  built?.remove()
  rmSync(dir, { recursive: true, force: true })
})

/** Everything a run could leave behind, as names. */
async function account(): Promise<Record<string, string[]>> {
  return {
    things: (await iot.send(new ListThingsCommand({}))).things!.map((t) => t.thingName!),
    groups: (await iot.send(new ListThingGroupsCommand({}))).thingGroups!.map((g) => g.groupName!),
    policies: (await iot.send(new ListPoliciesCommand({}))).policies!.map((p) => p.policyName!),
    certificates: (await iot.send(new ListCertificatesCommand({}))).certificates!.map(
      (c) => c.certificateId!
    )
  }
}

const EMPTY = { things: [], groups: [], policies: [], certificates: [] }

async function simulate(
  args: string[]
): Promise<{ code: number; out: string; err: string; results: Array<Record<string, unknown>> }> {
  let out = ''
  let err = ''
  const code = await cli(
    ['simulate', ...args, '--endpoint', local.info.endpoint, '--format', 'json'],
    { out: (t) => void (out += t), err: (t) => void (err += t) }
  )
  const outputs = (JSON.parse(out) as { outputs: Record<string, string | number> }).outputs
  const results = outputs['simulation-results']
    ? (JSON.parse(String(outputs['simulation-results'])) as Array<Record<string, unknown>>)
    : []
  return { code, out, err, results }
}

/** A file with one small simulation: one thing, a few messages. */
function smallFile(): string {
  const file = path.join(dir, 'small.yml')
  writeFileSync(
    file,
    [
      'version: 1',
      'simulations:',
      '  - name: tiny',
      '    scenario: baseline',
      '    things: 1',
      '    topic: test/topic',
      '    messageSize: 100',
      '    count: 5',
      '    interval: 20ms',
      ''
    ].join('\n')
  )
  return file
}

describe('ddac local hands out its CA', () => {
  test('its CA certificate, and no key, on the path its JSON line names', async () => {
    expect(local.info.caUrl).toBe(`${local.info.endpoint}/_ddac/ca.pem`)
    const response = await fetch(local.info.caUrl)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/x-pem-file')
    const pem = await response.text()
    expect(pem.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(1)
    expect(pem).not.toMatch(/PRIVATE KEY/)
    expect(local.stderr()).toContain(local.info.caUrl)
  })

  test("simulate --endpoint runs the example file's smallest simulation on its broker, then leaves nothing", async () => {
    expect(await account()).toEqual(EMPTY)
    // The file's profiles are not applied here, so its expectations are not waited for.
    const run = await simulate([
      'examples/device-defender.yml',
      '--simulations',
      'message-flood',
      '--no-verify'
    ])
    expect(run.err).not.toMatch(/PRIVATE KEY/)
    expect(run.code).toBe(EXIT.ok)
    expect(run.results).toEqual([
      expect.objectContaining({
        name: 'message-flood',
        things: 1,
        connections: 1,
        messages: 300,
        acked: 300,
        errors: 0
      })
    ])
    expect(JSON.parse(run.out).outputs['teardown-failures']).toBe(0)
    expect(await account()).toEqual(EMPTY)
  }, 60_000)

  test('--ca-file: devices trust that CA and no other; a file that cannot be read creates nothing', async () => {
    const file = smallFile()
    const right = path.join(dir, 'right-ca.pem')
    writeFileSync(right, await (await fetch(local.info.caUrl)).text())
    const trusted = await simulate([file, '--ca-file', right])
    expect(trusted.code).toBe(EXIT.ok)
    expect(trusted.results[0]).toMatchObject({ connections: 1, messages: 5, acked: 5 })

    const wrong = path.join(dir, 'wrong-ca.pem')
    writeFileSync(wrong, (await CertificateAuthority.create('not the emulator')).certificatePem)
    const refused = await simulate([file, '--ca-file', wrong])
    // A connect failure is counted in the simulation's result (simulate reports it, as it does on AWS).
    expect(refused.results[0]).toMatchObject({ connections: 0, messages: 0, errors: 1 })
    expect(refused.err).toContain('1 connect failure(s)')
    expect(refused.code).toBe(EXIT.problems)
    expect(refused.out).toContain(
      '"failure": "tiny: none of its 1 thing connected (the log says why)"'
    )
    expect(await account()).toEqual(EMPTY)

    const missing = await simulate([file, '--ca-file', path.join(dir, 'none.pem')])
    expect(missing.code).toBe(EXIT.problems)
    expect(missing.out).toContain(`--ca-file ${path.join(dir, 'none.pem')} cannot be read`)
    expect(await account()).toEqual(EMPTY)
  }, 60_000)

  test('a loopback endpoint that serves no CA: the error names --ca-file, and nothing is created', async () => {
    const asked: string[] = []
    const other: Server = createServer((req, res) => {
      asked.push(`${req.method} ${req.url}`)
      res.writeHead(404).end()
    })
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
    try {
      const endpoint = `http://127.0.0.1:${(other.address() as AddressInfo).port}`
      let out = ''
      const code = await cli(
        ['simulate', smallFile(), '--endpoint', endpoint, '--format', 'json'],
        { out: (t) => void (out += t), err: () => undefined }
      )
      expect(code).toBe(EXIT.problems)
      expect(JSON.parse(out).failure).toContain(
        `${endpoint}/_ddac/ca.pem answered 404, so it is not ddac local`
      )
      expect(JSON.parse(out).failure).toContain('pass --ca-file PATH')
      // asked before anything else: no DescribeEndpoint, nothing provisioned
      expect(asked).toEqual(['GET /_ddac/ca.pem'])
    } finally {
      other.close()
    }
  })

  test('run --endpoint verifies at the time scale ddac local tells, as --local does (it applies a profile: after the empty-account tests)', async () => {
    const file = path.join(dir, 'loop.yml')
    writeFileSync(
      file,
      `version: 1
${rulesOn('loop_group')}simulations:
${floodInto(
  'loop_group',
  5,
  `      violations: [{ securityProfileName: Rules, behaviorName: big-messages }]
      timeout: 20m`
)}`
    )
    let out = ''
    let err = ''
    const started = Date.now()
    const code = await cli(['run', file, '--endpoint', local.info.endpoint, '--format', 'json'], {
      out: (t) => void (out += t),
      err: (t) => void (err += t)
    })
    expect(err).toContain("expectations at 60× AWS's time")
    expect(code).toBe(EXIT.ok)
    expect(JSON.parse(out).outputs).toMatchObject({ result: 'passed', 'expectations-met': 1 })
    // AWS's 20 minutes would be 20 s at 60×: the violation came well before.
    expect(Date.now() - started).toBeLessThan(20_000)
  }, 60_000)

  test('ddac local stops cleanly on SIGTERM after the runs', async () => {
    expect(await stopLocal(local.child)).toBe(0)
    expect(local.stderr()).toContain('ddac local: stopped')
  })
})
