import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";

/**
 * The web's API types, generated from the OpenAPI document the API serves (issue 24): a renamed
 * field or a removed route breaks the web's typecheck instead of a page. Regenerate after any
 * change to the API's routes or schemas: `pnpm --filter @wijkwerk/web run generate:api`
 * (test/api-types.test.ts fails while src/api-types.ts is stale).
 */
export const API_TYPES_FILE = new URL("./src/api-types.ts", import.meta.url);

const HEADER = `// GENERATED from the API's OpenAPI document by services/web/generate-api-types.ts — do not edit.
// Regenerate: pnpm --filter @wijkwerk/web run generate:api
`;

export async function apiTypesSource(document: object): Promise<string> {
  return HEADER + astToString(await openapiTS(document as OpenAPI3, { alphabetize: true }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The web may not import the API (README): it asks the API's own script for the document.
  const api = new URL("../api/", import.meta.url).pathname;
  const json = execFileSync("pnpm", ["exec", "tsx", "src/openapi-document.ts"], { cwd: api, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(API_TYPES_FILE, await apiTypesSource(JSON.parse(json) as object));
  console.log(`wrote ${API_TYPES_FILE.pathname}`);
}
