/** CreateCertificateFromCsr: the emulator's CA signs the device's own key; the key never reaches the service. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import {
  CreateCertificateFromCsrCommand,
  DescribeCertificateCommand,
  InvalidRequestException
} from '@aws-sdk/client-iot'
import { createPublicKey, X509Certificate } from 'node:crypto'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { makeDeviceKey } from '../../src/simulate/keys.js'
import { iotClient } from './helpers/clients.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator()
})
afterAll(async () => {
  await emu.stop()
})

test('the certificate carries the CSR key and subject, is signed by the CA, and is ACTIVE when asked', async () => {
  const key = await makeDeviceKey('ddac-sim-thing-1')
  const iot = iotClient(emu)
  const out = await iot.send(
    new CreateCertificateFromCsrCommand({
      certificateSigningRequest: key.csrPem,
      setAsActive: true
    })
  )
  const cert = new X509Certificate(out.certificatePem!)
  expect(cert.verify(new X509Certificate(emu.caCertificatePem).publicKey)).toBe(true)
  expect(cert.subject).toBe('CN=ddac-sim-thing-1')
  const fromKey = createPublicKey(key.privateKeyPem).export({ type: 'spki', format: 'pem' })
  expect(cert.publicKey.export({ type: 'spki', format: 'pem' })).toBe(fromKey)
  expect(JSON.stringify(out)).not.toContain('PRIVATE KEY')
  const described = await iot.send(
    new DescribeCertificateCommand({ certificateId: out.certificateId! })
  )
  expect(described.certificateDescription?.status).toBe('ACTIVE')
  expect(out.certificateArn).toBe(
    `arn:aws:iot:${emu.region}:${emu.account}:cert/${out.certificateId}`
  )
})

test('a request that is not a CSR is refused with InvalidRequestException', async () => {
  await expect(
    iotClient(emu).send(
      new CreateCertificateFromCsrCommand({ certificateSigningRequest: 'not a csr' })
    )
  ).rejects.toBeInstanceOf(InvalidRequestException)
})
