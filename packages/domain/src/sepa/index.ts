export { toSepaText, sepaText, centsToDecimal as sepaAmount } from "./text.ts";
export { PAIN001_NAMESPACE, SEPA_MAX_AMOUNT_CENTS, SepaError, sepaHeader, sepaTransaction, sepaFooter, sepaDocument, sepaDocumentString } from "./pain001.ts";
export type { SepaParty, SepaHeaderInput, SepaTransactionInput, SepaTotals } from "./pain001.ts";
export { validateSepaBusinessRules } from "./rules.ts";
export type { SepaRuleViolation } from "./rules.ts";
