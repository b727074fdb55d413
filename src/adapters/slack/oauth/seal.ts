// AES-256-GCM for what the bot keeps encrypted in its database (a Slack installation, its bot
// token inside). A sealed record is [version 1][12-byte random IV][16-byte auth tag][ciphertext].
// The record's context (which installation it is) is authenticated without being stored: a
// record copied under another team's key fails to open, as does any altered byte.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;
export const KEY_BYTES = 32;

/** Why a record could not be opened; the message never holds the key or the plaintext. */
export class SealError extends Error {
  override name = "SealError";
}

export function seal(key: Uint8Array, plaintext: string, context: string): Uint8Array {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return new Uint8Array(Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]));
}

/** The plaintext, or a SealError: unknown version, too short, or failed authentication. */
export function open(key: Uint8Array, sealed: Uint8Array, context: string): string {
  checkKey(key);
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (bytes.length < HEADER_BYTES) throw new SealError("the record is too short");
  if (bytes[0] !== VERSION) throw new SealError(`unknown record version ${bytes[0]}`);
  const iv = bytes.subarray(1, 1 + IV_BYTES);
  const tag = bytes.subarray(1 + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([
      decipher.update(bytes.subarray(HEADER_BYTES)),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    throw new SealError("the record failed authentication (another key, or altered)");
  }
}

function checkKey(key: Uint8Array): void {
  if (key.byteLength !== KEY_BYTES) throw new SealError(`the key must be ${KEY_BYTES} bytes`);
}
