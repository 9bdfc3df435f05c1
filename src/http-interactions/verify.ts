// Discord signs each interaction it POSTs: X-Signature-Ed25519 (hex) over the bytes of
// X-Signature-Timestamp followed by the raw body, with the application's key pair. Node's own
// crypto checks it (Ed25519); nothing here is hand-written cryptography.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** The application's public key (64 hex characters, DISCORD_PUBLIC_KEY) as a key object. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('An Ed25519 public key is 64 hexadecimal characters.');
  const x = Buffer.from(hex, 'hex').toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

/** True when `signatureHex` is the key's signature of timestamp + body. */
export function isValidSignature(
  key: KeyObject,
  signatureHex: string,
  timestamp: string,
  body: Buffer,
): boolean {
  // An Ed25519 signature is 64 bytes; anything else (odd length, non-hex) is refused before verify.
  if (!/^[0-9a-fA-F]{128}$/.test(signatureHex)) return false;
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  try {
    return verify(null, signed, key, Buffer.from(signatureHex, 'hex'));
  } catch {
    return false;
  }
}
