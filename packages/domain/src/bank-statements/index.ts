export { StatementFileError } from "./types.ts";
export type { BankEntry, BankStatement, StatementErrorKind, StatementFormat } from "./types.ts";
export { belgianAccountToIban, isOrganisationAccount, statementAccountIban } from "./account.ts";
export { camtAmountToCents, camtStructuredReference, parseCamt053 } from "./camt053.ts";
export { codaToBankStatements, parseBankStatementFile } from "./detect.ts";
export { buildCamt053 } from "./build.ts";
export type { Camt053BuildInput, Camt053BuildMovement } from "./build.ts";
