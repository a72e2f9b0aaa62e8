// A throwaway certificate authority and one server certificate, made in-process at every start.
//
// Why HTTPS at all: the ARM clients and App Configuration with a token credential refuse bearer
// tokens over http://, so the emulator must speak TLS like the service.
// Why a CA and not a self-signed leaf: clients trust the CA file once (`tlsOptions: { ca }` or
// NODE_EXTRA_CA_CERTS) and every endpoint's certificate chains to it.
// Why name constraints: if someone trusts this CA more widely than one connection (NODE_EXTRA_CA_CERTS
// in a shell profile), it still cannot vouch for any host but loopback. Its private key never
// leaves this process, and a new CA is made at each start.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import forge from "node-forge";

export interface EmulatorTls {
  /** PEM of the CA certificate, what clients trust. */
  caCertPem: string;
  /** PEM of the server certificate (SAN: localhost, 127.0.0.1, ::1). */
  certPem: string;
  /** PEM of the server certificate's private key. */
  keyPem: string;
}

const { pki, asn1 } = forge;

/** RSA keys from Node's crypto (native, ~50 ms) rather than forge's pure-JS generator (seconds). */
function rsaKeyPair(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey; privateKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
  });
  return {
    privateKey: pki.privateKeyFromPem(privateKey),
    publicKey: pki.publicKeyFromPem(publicKey),
    privateKeyPem: privateKey,
  };
}

function serialNumber(): string {
  // Positive (high bit clear) 16-byte serial, as RFC 5280 asks.
  const bytes = randomBytes(16);
  bytes[0] = bytes[0]! & 0x7f;
  return bytes.toString("hex");
}

function validity(cert: forge.pki.Certificate, days: number): void {
  const now = Date.now();
  // An hour of slack for clocks that disagree (containers, VMs).
  cert.validity.notBefore = new Date(now - 60 * 60 * 1000);
  cert.validity.notAfter = new Date(now + days * 24 * 60 * 60 * 1000);
}

/** DER bytes (a binary string, as forge wants) of an IP address and mask. */
function ipAndMask(address: number[], mask: number[]): string {
  return String.fromCharCode(...address, ...mask);
}

/**
 * NameConstraints ::= SEQUENCE { permittedSubtrees [0] GeneralSubtrees }: dNSName `localhost`
 * (covers its subdomains too), iPAddress 127.0.0.0/8 and ::1/128. forge has no builder for this
 * extension, so it is assembled as ASN.1 here.
 */
function loopbackNameConstraints(): forge.asn1.Asn1 {
  const subtree = (tag: number, value: string) =>
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, false, value)]);
  const ipv6Loopback = [...Array<number>(15).fill(0), 1];
  const ipv6FullMask = Array<number>(16).fill(0xff);
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [
      subtree(2, "localhost"),
      subtree(7, ipAndMask([127, 0, 0, 0], [255, 0, 0, 0])),
      subtree(7, ipAndMask(ipv6Loopback, ipv6FullMask)),
    ]),
  ]);
}

export function createEmulatorTls(): EmulatorTls {
  const caKeys = rsaKeyPair();
  const ca = pki.createCertificate();
  ca.publicKey = caKeys.publicKey;
  ca.serialNumber = serialNumber();
  validity(ca, 30);
  const caName = [
    { name: "commonName", value: "Secret Hygiene local Azure emulator CA" },
    { name: "organizationName", value: "Secret Hygiene (local testing only)" },
  ];
  ca.setSubject(caName);
  ca.setIssuer(caName);
  ca.setExtensions([
    { name: "basicConstraints", cA: true, pathLenConstraint: 0, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
    { id: "2.5.29.30", name: "nameConstraints", critical: true, value: loopbackNameConstraints() },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const leafKeys = rsaKeyPair();
  const leaf = pki.createCertificate();
  leaf.publicKey = leafKeys.publicKey;
  leaf.serialNumber = serialNumber();
  validity(leaf, 30);
  leaf.setSubject([{ name: "commonName", value: "localhost" }]);
  leaf.setIssuer(caName);
  leaf.setExtensions([
    { name: "basicConstraints", cA: false, critical: true },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
    { name: "extKeyUsage", serverAuth: true },
    {
      name: "subjectAltName",
      altNames: [
        { type: 2, value: "localhost" },
        { type: 7, ip: "127.0.0.1" },
        { type: 7, ip: "::1" },
      ],
    },
    { name: "subjectKeyIdentifier" },
    { name: "authorityKeyIdentifier", keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
  ]);
  leaf.sign(caKeys.privateKey, forge.md.sha256.create());

  return { caCertPem: pki.certificateToPem(ca), certPem: pki.certificateToPem(leaf), keyPem: leafKeys.privateKeyPem };
}
