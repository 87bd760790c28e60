import { ConfigError } from "./errors.ts";

/** Development defaults (like JWT_SECRET's): start.sh and tests work with nothing set; production refuses them. */
export const DEV_ENCRYPTION_KEYS = "dev1:ZGV2ZWxvcG1lbnQtb25seS1rZXktMzItYnl0ZXMhISE=";
export const DEV_LOOKUP_HMAC_KEY = "development-only-lookup-hmac-key-change-me";

/** ENCRYPTION_KEYS as a list: id (letters, digits, - and _) and 32 key bytes each, the encrypting key first. */
export function parseEncryptionKeys(value: string): { id: string; key: Buffer }[] {
  const keys = value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf(":");
      const id = at > 0 ? part.slice(0, at) : "";
      const key = Buffer.from(part.slice(at + 1), "base64");
      if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new ConfigError("ENCRYPTION_KEYS: each key is keyId:base64, the id of letters, digits, - or _");
      if (key.length !== 32) throw new ConfigError(`ENCRYPTION_KEYS: key ${id} must be 32 bytes (base64 of 32 random bytes)`);
      return { id, key };
    });
  if (keys.length === 0) throw new ConfigError("ENCRYPTION_KEYS: at least one key");
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new ConfigError("ENCRYPTION_KEYS: key ids must differ");
  return keys;
}
