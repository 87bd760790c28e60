import { DEV_ENCRYPTION_KEYS, DEV_LOOKUP_HMAC_KEY } from "@wijkwerk/config";
import { Keyring } from "./keyring.ts";

let installed: Keyring | null = null;
let development: Keyring | null = null;

/** Each service installs the keyring of its configuration once at start-up (API, worker, migrate, seed). */
export function installKeyring(k: Keyring): void {
  installed = k;
}

/**
 * The process's keyring. Before installKeyring: the development keys, which a production
 * configuration refuses (loadConfig), so only development and tests ever use them.
 */
export function keyring(): Keyring {
  if (installed) return installed;
  development ??= Keyring.fromConfig({ ENCRYPTION_KEYS: DEV_ENCRYPTION_KEYS, LOOKUP_HMAC_KEY: DEV_LOOKUP_HMAC_KEY });
  return development;
}
