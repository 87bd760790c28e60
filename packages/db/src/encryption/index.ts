export { ENCRYPTED_COLUMNS, type EncryptedColumn } from "./columns.ts";
export { encryptPlainValues, reencryptAll, rehashLookups } from "./data-migration.ts";
export { nationalNumberHash, nationalNumberHashes, revealValue, sealIban, sealNationalNumber, sealText } from "./values.ts";
