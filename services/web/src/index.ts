export { buildWeb } from "./app.ts";
export type { WebOptions } from "./app.ts";
