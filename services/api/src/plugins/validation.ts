import { Ajv, type ErrorObject } from "ajv";
import addFormatsImport from "ajv-formats";
import type { FastifyInstance, FastifySchemaValidationError } from "fastify";
import { DateTime } from "luxon";
import type { FieldError } from "../errors/problem.ts";

// ajv-formats is CommonJS: `module.exports` is the plugin and carries itself as `.default`, so
// `.default` is the plugin under Node's ESM loader and under esbuild's interop alike.
const addFormats = addFormatsImport.default;

function makeAjv(coerceTypes: boolean | "array"): Ajv {
  const ajv = new Ajv({ allErrors: true, coerceTypes, useDefaults: true, removeAdditional: false, strict: false });
  addFormats(ajv);
  ajv.addFormat("month", /^\d{4}-(0[1-9]|1[0-2])$/);
  // RFC 3339 also allows "2027-03-16 09:00:00Z" (a space), which the ISO 8601 parser of the
  // domain (luxon) refuses: that reached the routes and became a 500. Only what it reads passes.
  ajv.addFormat("date-time", {
    type: "string",
    validate: (s: string) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i.test(s) && DateTime.fromISO(s, { setZone: true }).isValid,
  });
  return ajv;
}

/**
 * Bodies are validated strictly (a "12" is not a number); query strings and params arrive as
 * text, so they are coerced.
 */
export function installValidation(app: FastifyInstance): void {
  const strict = makeAjv(false);
  const coercing = makeAjv("array");
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === "body" ? strict : coercing).compile(schema));
}

const messages: Record<string, (e: ErrorObject) => string> = {
  required: () => "Dit veld is verplicht.",
  type: (e) => `Moet ${typeName(String(e.params.type))} zijn.`,
  minLength: (e) => (Number(e.params.limit) === 1 ? "Dit veld mag niet leeg zijn." : `Minstens ${e.params.limit} tekens.`),
  maxLength: (e) => `Hoogstens ${e.params.limit} tekens.`,
  minimum: (e) => `Moet minstens ${e.params.limit} zijn.`,
  maximum: (e) => `Mag hoogstens ${e.params.limit} zijn.`,
  exclusiveMinimum: (e) => `Moet groter zijn dan ${e.params.limit}.`,
  minItems: (e) => `Minstens ${e.params.limit} items.`,
  maxItems: (e) => `Hoogstens ${e.params.limit} items.`,
  enum: (e) => `Kies een van: ${(e.params.allowedValues as unknown[]).join(", ")}.`,
  const: (e) => `Moet ${String(e.params.allowedValue)} zijn.`,
  additionalProperties: () => "Dit veld kennen we niet.",
  pattern: () => "Heeft niet de juiste vorm.",
  multipleOf: (e) => `Moet een veelvoud zijn van ${e.params.multipleOf}.`,
  format: (e) => formatMessage(String(e.params.format)),
  anyOf: () => "Heeft niet de juiste vorm.",
  oneOf: () => "Heeft niet de juiste vorm.",
  minProperties: () => "Geef minstens één veld.",
};

function typeName(t: string): string {
  return (
    (
      {
        string: "tekst",
        integer: "een geheel getal",
        number: "een getal",
        boolean: "waar of onwaar",
        object: "een object",
        array: "een lijst",
        null: "leeg",
      } as Record<string, string>
    )[t] ?? t
  );
}

function formatMessage(format: string): string {
  switch (format) {
    case "email":
      return "Geen geldig e-mailadres.";
    case "date":
      return "Geen geldige datum (JJJJ-MM-DD).";
    case "date-time":
      return "Geen geldig tijdstip (ISO 8601 met tijdzone).";
    case "uuid":
      return "Geen geldige id.";
    case "month":
      return "Geen geldige maand (JJJJ-MM).";
    case "time":
      return "Geen geldig uur (UU:MM).";
    default:
      return "Heeft niet de juiste vorm.";
  }
}

/**
 * The rule an ajv error breaks, named stably for screens in other languages (web
 * i18n `field.<rule>`): "type.integer", "format.date-time", "minimum" with its limit, "choice" with
 * the allowed values.
 */
function ruleOf(e: FastifySchemaValidationError, allowed: unknown[] | undefined): Pick<FieldError, "rule" | "params"> {
  const p = e.params as Record<string, unknown>;
  if (allowed) return { rule: "choice", params: { allowed: allowed.join(", ") } };
  switch (e.keyword) {
    case "type":
      return { rule: `type.${String(p.type)}` };
    case "format":
      return { rule: `format.${String(p.format)}` };
    case "enum":
      return { rule: "choice", params: { allowed: (p.allowedValues as unknown[]).join(", ") } };
    case "minLength":
      return Number(p.limit) === 1 ? { rule: "required" } : { rule: "minLength", params: { limit: p.limit } };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "maxLength":
    case "minItems":
    case "maxItems":
      return { rule: e.keyword, params: { limit: p.limit } };
    case "required":
    case "additionalProperties":
    case "pattern":
    case "minProperties":
      return { rule: e.keyword };
    default:
      return { rule: "shape" };
  }
}

/** ajv errors → [{ path, message, rule, params }] with dotted paths ("address.postalCode", "query.limit"). */
export function fieldErrorsFromAjv(errors: FastifySchemaValidationError[], context?: string): FieldError[] {
  const prefix = context && context !== "body" ? (context === "querystring" ? "query" : context) : "";
  const out: FieldError[] = [];
  const seen = new Set<string>();
  // A union of literals fails once per literal ("Moet admin zijn.", "Moet finance zijn.", …): one
  // "Kies een van: …" at that field says it better, and a form shows only the first message.
  const choices = new Map<string, unknown[]>();
  for (const raw of errors) if (raw.keyword === "const") choices.set(raw.instancePath, [...(choices.get(raw.instancePath) ?? []), raw.params.allowedValue]);
  for (const raw of errors) {
    const allowed = choices.get(raw.instancePath) ?? [];
    if (allowed.length > 1 && raw.keyword === "const") continue;
    let pointer = raw.instancePath ?? "";
    if (raw.keyword === "required") pointer += `/${String(raw.params.missingProperty)}`;
    if (raw.keyword === "additionalProperties") pointer += `/${String(raw.params.additionalProperty)}`;
    const dotted = pointer.split("/").filter(Boolean).join(".");
    const path = [prefix, dotted].filter(Boolean).join(".") || prefix || "(body)";
    const choice = allowed.length > 1 && raw.keyword === "anyOf";
    const message = choice ? `Kies een van: ${allowed.join(", ")}.` : (messages[raw.keyword]?.(raw) ?? "Heeft niet de juiste vorm.");
    const key = `${path}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message, ...ruleOf(raw, choice ? allowed : undefined) });
  }
  return out;
}
