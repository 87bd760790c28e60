export { CodaParseError, parseCoda, parseCodaFile, formatCodaStructuredReference, codaMillisToCents } from "./parse.ts";
export type { CodaMovement, CodaStatement } from "./parse.ts";
export { buildCodaStatement } from "./build.ts";
export type { CodaBuildInput, CodaBuildMovement } from "./build.ts";
