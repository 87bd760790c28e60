export { CodaParseError } from "./types.ts";
export type { CodaMovement, CodaStatement } from "./types.ts";
export { codaMillisToCents, formatCodaStructuredReference } from "./fields.ts";
export { parseCoda, parseCodaFile } from "./parse.ts";
export { buildCodaStatement } from "./build.ts";
export type { CodaBuildInput, CodaBuildMovement } from "./build.ts";
