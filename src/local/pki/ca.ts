/**
 * The emulator's certificate authority: device certificates that CreateKeysAndCertificate hands out are
 * signed by it, so the local broker can later verify devices exactly as AWS IoT verifies its own.
 */
import 'reflect-metadata' // @peculiar/x509 (tsyringe) needs the Reflect polyfill before it loads
import * as x509 from '@peculiar/x509'
import { createHash, createPrivateKey, randomBytes, webcrypto } from 'node:crypto'
import { isIP } from 'node:net'

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0])

/** What a snapshot keeps of the CA, so certificates issued before a restart still verify after it. */
export interface CaSnapshot {
  certificatePem: string
  privateKeyPem: string
}

export interface IssuedCertificate {
  certificateId: string
  certificatePem: string
  publicKeyPem: string
  /** PKCS#1 (`BEGIN RSA PRIVATE KEY`), the form AWS returns */
  privateKeyPem: string
  notBefore: Date
  notAfter: Date
}

const CA_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const
const DEVICE_ALGORITHM = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256'
} as const
/** AWS IoT device certificates are valid until the end of 2049. */
const DEVICE_NOT_AFTER = new Date('2049-12-31T23:59:59Z')

function serialNumber(): string {
  const bytes = randomBytes(16)
  bytes[0] = bytes[0]! & 0x7f // keep the DER integer positive
  return bytes.toString('hex')
}

function pem(label: string, der: ArrayBuffer): string {
  const b64 = Buffer.from(der).toString('base64')
  return `-----BEGIN ${label}-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END ${label}-----\n`
}

export class CertificateAuthority {
  private constructor(
    readonly certificate: x509.X509Certificate,
    private readonly key: webcrypto.CryptoKey,
    private readonly keyPem: string
  ) {}

  static async create(commonName = 'ddac emulator CA'): Promise<CertificateAuthority> {
    const keys = await webcrypto.subtle.generateKey(CA_ALGORITHM, true, ['sign', 'verify'])
    const now = Date.now()
    const certificate = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: serialNumber(),
      name: `CN=${commonName}, O=ddac`,
      notBefore: new Date(now - 60_000),
      notAfter: new Date(now + 20 * 365 * 86_400_000),
      signingAlgorithm: CA_ALGORITHM,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
          true
        ),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey)
      ]
    })
    const keyPem = pem('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', keys.privateKey))
    return new CertificateAuthority(certificate, keys.privateKey, keyPem)
  }

  static async restore(snapshot: CaSnapshot): Promise<CertificateAuthority> {
    const der = createPrivateKey(snapshot.privateKeyPem).export({ type: 'pkcs8', format: 'der' })
    const key = await webcrypto.subtle.importKey('pkcs8', der, CA_ALGORITHM, true, ['sign'])
    return new CertificateAuthority(
      new x509.X509Certificate(snapshot.certificatePem),
      key,
      snapshot.privateKeyPem
    )
  }

  get certificatePem(): string {
    return this.certificate.toString('pem') + '\n'
  }

  snapshot(): CaSnapshot {
    return { certificatePem: this.certificatePem, privateKeyPem: this.keyPem }
  }

  /** A fresh RSA 2048 key pair and a device certificate for it, as CreateKeysAndCertificate returns them. */
  async issueDeviceCertificate(): Promise<IssuedCertificate> {
    const keys = await webcrypto.subtle.generateKey(DEVICE_ALGORITHM, true, ['sign', 'verify'])
    const issued = await this.signDevice(keys.publicKey, 'CN=AWS IoT Certificate', [
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey)
    ])
    const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey))
    const privateKeyPem = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })
      .export({ type: 'pkcs1', format: 'pem' })
      .toString()
    return { ...issued, privateKeyPem }
  }

  /** A device certificate for a PKCS#10 request (CreateCertificateFromCsr): the key stays with the device. */
  async signRequest(csrPem: string): Promise<Omit<IssuedCertificate, 'privateKeyPem'>> {
    const csr = new x509.Pkcs10CertificateRequest(csrPem)
    if (!(await csr.verify()))
      throw new Error('the certificate signing request is not signed by its key')
    return this.signDevice(await csr.publicKey.export(), csr.subject, [])
  }

  /**
   * A TLS server certificate for a local broker. aws-crt checks the name it dials against the SANs (a mismatch
   * shows up as a 10–20 s hang, not an error), so it names localhost and the loopback addresses.
   */
  async issueServerCertificate(
    names: readonly string[] = ['localhost', '127.0.0.1', '::1']
  ): Promise<ServerCertificate> {
    const keys = await webcrypto.subtle.generateKey(CA_ALGORITHM, true, ['sign', 'verify'])
    const now = Date.now()
    const certificate = await this.sign({
      subject: `CN=${names[0] ?? 'localhost'}`,
      publicKey: keys.publicKey,
      notBefore: new Date(now - 60_000),
      notAfter: new Date(now + 365 * 86_400_000),
      usage: x509.ExtendedKeyUsage.serverAuth,
      extensions: [
        new x509.SubjectAlternativeNameExtension(
          names.map((n) => (isIP(n) ? { type: 'ip', value: n } : { type: 'dns', value: n }))
        )
      ]
    })
    return {
      certificatePem: certificate.toString('pem') + '\n',
      privateKeyPem: pem('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', keys.privateKey))
    }
  }

  /**
   * A device certificate for `publicKey`, valid from a minute ago (for clocks a little behind) to AWS's end
   * date; what both create operations answer, but the private key, which only one of them has.
   */
  private async signDevice(
    publicKey: webcrypto.CryptoKey,
    subject: string,
    extensions: x509.Extension[]
  ): Promise<Omit<IssuedCertificate, 'privateKeyPem'>> {
    const notBefore = new Date(Date.now() - 60_000)
    const certificate = await this.sign({
      subject,
      publicKey,
      notBefore,
      notAfter: DEVICE_NOT_AFTER,
      usage: x509.ExtendedKeyUsage.clientAuth,
      extensions: [
        ...extensions,
        await x509.AuthorityKeyIdentifierExtension.create(this.certificate)
      ]
    })
    return {
      certificateId: certificateId(certificate.rawData),
      certificatePem: certificate.toString('pem') + '\n',
      publicKeyPem: pem('PUBLIC KEY', await webcrypto.subtle.exportKey('spki', publicKey)),
      notBefore,
      notAfter: DEVICE_NOT_AFTER
    }
  }

  /** A leaf certificate this CA signs: not a CA, for digital signatures, for one `usage`. */
  private sign(leaf: {
    subject: string
    publicKey: webcrypto.CryptoKey
    notBefore: Date
    notAfter: Date
    usage: x509.ExtendedKeyUsage
    extensions: x509.Extension[]
  }): Promise<x509.X509Certificate> {
    return x509.X509CertificateGenerator.create({
      serialNumber: serialNumber(),
      subject: leaf.subject,
      issuer: this.certificate.subject,
      notBefore: leaf.notBefore,
      notAfter: leaf.notAfter,
      signingAlgorithm: CA_ALGORITHM,
      publicKey: leaf.publicKey,
      signingKey: this.key,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([leaf.usage]),
        ...leaf.extensions
      ]
    })
  }
}

export interface ServerCertificate {
  certificatePem: string
  /** PKCS#8 PEM of the server's own key */
  privateKeyPem: string
}

/** AWS IoT's certificate id: the SHA-256 of the certificate's DER encoding, in hex. */
export function certificateId(der: ArrayBuffer | Uint8Array): string {
  return createHash('sha256').update(new Uint8Array(der)).digest('hex')
}
