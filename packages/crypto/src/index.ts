export { Keyring, isEnvelope, ENVELOPE_PREFIX, type LookupKind } from "./keyring.ts";
export { installKeyring, keyring } from "./current.ts";
