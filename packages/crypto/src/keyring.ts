import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { parseEncryptionKeys, type Config } from "@wijkwerk/config";

/** Version 1 of the envelope: `enc1:<keyId>:<base64url(wrapIv 12 | wrapTag 16 | wrappedKey 32 | iv 12 | tag 16 | ciphertext)>`. */
export const ENVELOPE_PREFIX = "enc1:";
const IV = 12;
const TAG = 16;
const DATA_KEY = 32;
const HEADER = IV + TAG + DATA_KEY + IV + TAG;

/** Whether a stored value is an envelope (anything else is plain text from before encryption). */
export function isEnvelope(value: string): boolean {
  return value.startsWith(ENVELOPE_PREFIX);
}

/** What a keyed hash is of: the same digits as an INSZ and as part of an IBAN never hash alike. */
export type LookupKind = "insz" | "iban";

function seal(key: Buffer, plain: Buffer): Buffer {
  const iv = randomBytes(IV);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, iv: Buffer, tag: Buffer, body: Buffer): Buffer {
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

export class Keyring {
  private readonly keys: Map<string, Buffer>;
  readonly primaryId: string;

  /**
   * lookupKey makes every new hash; previousLookupKey (while the lookup key rotates) is only
   * tried by lookups, so a value hashed before the rotation is still found (lookupHashes).
   */
  constructor(
    keys: readonly { id: string; key: Buffer }[],
    private readonly lookupKey: string,
    private readonly previousLookupKey?: string,
  ) {
    if (keys.length === 0) throw new Error("Keyring: at least one key");
    this.keys = new Map(keys.map((k) => [k.id, k.key]));
    this.primaryId = keys[0]!.id;
  }

  static fromConfig(config: Pick<Config, "ENCRYPTION_KEYS" | "LOOKUP_HMAC_KEY"> & Partial<Pick<Config, "LOOKUP_HMAC_PREVIOUS_KEY">>): Keyring {
    return new Keyring(parseEncryptionKeys(config.ENCRYPTION_KEYS), config.LOOKUP_HMAC_KEY, config.LOOKUP_HMAC_PREVIOUS_KEY || undefined);
  }

  /** Whether a previous lookup key is configured (the hashes are being rotated). */
  get rotatingLookupKey(): boolean {
    return this.previousLookupKey !== undefined && this.previousLookupKey !== this.lookupKey;
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  /** A fresh data key per value, wrapped by the first key-encryption key. */
  encrypt(plain: string): string {
    const dataKey = randomBytes(DATA_KEY);
    const wrapped = seal(this.keys.get(this.primaryId)!, dataKey);
    const sealed = seal(dataKey, Buffer.from(plain, "utf8"));
    return `${ENVELOPE_PREFIX}${this.primaryId}:${Buffer.concat([wrapped, sealed]).toString("base64url")}`;
  }

  /** The key id an envelope names (null for plain text). */
  keyIdOf(value: string): string | null {
    if (!isEnvelope(value)) return null;
    const rest = value.slice(ENVELOPE_PREFIX.length);
    const at = rest.indexOf(":");
    return at > 0 ? rest.slice(0, at) : null;
  }

  /** The plain value; throws on an unknown key id, a damaged envelope or a wrong key (GCM authenticates). */
  decrypt(value: string): string {
    const keyId = this.keyIdOf(value);
    if (keyId === null) throw new Error("Not an encrypted value");
    const kek = this.keys.get(keyId);
    if (!kek) throw new Error(`No key ${keyId} in ENCRYPTION_KEYS to decrypt with`);
    const blob = Buffer.from(value.slice(ENVELOPE_PREFIX.length + keyId.length + 1), "base64url");
    if (blob.length < HEADER) throw new Error("Damaged encrypted value");
    let at = 0;
    const take = (n: number) => blob.subarray(at, (at += n));
    const dataKey = open(kek, take(IV), take(TAG), take(DATA_KEY));
    return open(dataKey, take(IV), take(TAG), blob.subarray(at)).toString("utf8");
  }

  /** Plain text (before the data migration) passes through; an envelope is decrypted. */
  reveal(value: string): string {
    return isEnvelope(value) ? this.decrypt(value) : value;
  }

  /** null when the value is already under the first key; else the value encrypted under it. */
  reencrypt(value: string): string | null {
    if (this.keyIdOf(value) === this.primaryId) return null;
    return this.encrypt(this.reveal(value));
  }

  /** HMAC-SHA256 (hex) of a normalised value: exact lookup and uniqueness without decrypting. */
  lookupHash(kind: LookupKind, normalised: string): string {
    return createHmac("sha256", this.lookupKey).update(`${kind}:${normalised}`).digest("hex");
  }

  /**
   * Every hash the value may be stored under: the current key's first, then the previous key's
   * while it is configured. Lookups and duplicate checks match any of them, so a row hashed before
   * the rotation stays found and unique until `reencrypt` has recomputed it.
   */
  lookupHashes(kind: LookupKind, normalised: string): string[] {
    const current = this.lookupHash(kind, normalised);
    if (!this.rotatingLookupKey) return [current];
    return [current, createHmac("sha256", this.previousLookupKey!).update(`${kind}:${normalised}`).digest("hex")];
  }
}
