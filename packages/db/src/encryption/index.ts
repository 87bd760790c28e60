export { ENCRYPTED_COLUMNS, type EncryptedColumn } from "./columns.ts";
export { encryptPlainValues, reencryptAll } from "./data-migration.ts";
export { nationalNumberHash, revealValue, sealIban, sealNationalNumber, sealText } from "./values.ts";
