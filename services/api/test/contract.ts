import { Ajv, type ValidateFunction } from "ajv";
import addFormatsImport from "ajv-formats";
import type { FastifyInstance } from "fastify";
import { openapiPath } from "../src/plugins/openapi-operations.ts";

// ajv-formats is CommonJS: its plugin is `.default` under Node's ESM loader and esbuild alike (as in src/plugins/validation.ts).
const addFormats = addFormatsImport.default;

type Media = Record<string, { schema?: object }>;
type Operation = { responses?: Record<string, { content?: Media }> };
type Document = { paths: Record<string, Record<string, Operation>>; components?: object };

/**
 * The contract test (issue 24): every response the API gives in the API tests is checked against
 * the document it serves — the status must be declared, the content type too, and a JSON body must
 * match the declared schema (for problems: the declared `code`s). startTestApp installs it; the
 * violations fail the test file when its app closes.
 */
export function installContractCheck(app: FastifyInstance): { violations: string[] } {
  const violations: string[] = [];
  let doc: Document | undefined;
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat("month", /^\d{4}-(0[1-9]|1[0-2])$/);
  const compiled = new Map<string, ValidateFunction>();

  const validatorFor = (key: string, schema: object): ValidateFunction => {
    let v = compiled.get(key);
    if (!v) {
      if (!ajv.getSchema("openapi")) ajv.addSchema({ $id: "openapi", components: doc?.components ?? {} });
      // References in the document point at its own components.
      v = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/components/', '"$ref":"openapi#/components/')));
      compiled.set(key, v);
    }
    return v;
  };

  app.addHook("onSend", async (request, reply, payload) => {
    const url = request.routeOptions.url;
    if (!url || request.method === "HEAD" || request.method === "OPTIONS") return payload;
    doc ??= app.swagger() as Document;
    const path = openapiPath(url);
    const method = request.method.toLowerCase();
    const op = doc.paths[path]?.[method];
    if (!op) return payload; // hidden routes (/docs, the document itself)
    const name = `${request.method} ${path} → ${reply.statusCode}`;
    const response = op.responses?.[String(reply.statusCode)] ?? op.responses?.default;
    if (!response) {
      violations.push(`${name}: status not declared${problemCode(payload)}`);
      return payload;
    }
    const type = String(reply.getHeader("content-type") ?? "")
      .split(";")[0]!
      .trim();
    if (!response.content) {
      if (payload !== undefined && payload !== null && payload !== "") violations.push(`${name}: a body (${type}) where none is declared`);
      return payload;
    }
    const media = response.content[type];
    if (!media) {
      violations.push(`${name}: content type ${type || "(none)"} not declared (${Object.keys(response.content).join(", ")})`);
      return payload;
    }
    if (!/json$/.test(type) || typeof payload !== "string" || !media.schema) return payload;
    const validate = validatorFor(`${method} ${path} ${reply.statusCode} ${type}`, media.schema);
    let body: unknown;
    try {
      body = JSON.parse(payload);
    } catch {
      violations.push(`${name}: not JSON`);
      return payload;
    }
    if (!validate(body)) violations.push(`${name}: body does not match the document: ${ajv.errorsText(validate.errors)}${problemCode(payload)}`);
    return payload;
  });
  return { violations };
}

function problemCode(payload: unknown): string {
  if (typeof payload !== "string") return "";
  const m = payload.match(/"code":"([^"]+)"/);
  return m ? ` (code ${m[1]})` : "";
}
