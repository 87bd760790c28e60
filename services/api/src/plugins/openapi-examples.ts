/**
 * An example value built from a JSON schema, for request bodies that declare none (issue 24:
 * every request body has an example). A field's own `examples`/`default` wins; formats get a
 * realistic value. A `pattern` without `examples` cannot be guessed: the linter
 * (no-invalid-media-type-examples) then fails and the field needs `examples: [...]`.
 */
type Schema = Record<string, unknown>;

const FORMATS: Record<string, string> = {
  uuid: "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
  date: "2026-03-31",
  month: "2026-03",
  "date-time": "2026-03-31T09:00:00+02:00",
  email: "an.peeters@example.be",
  uri: "https://example.be",
  time: "09:00:00",
};

export function exampleOf(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 8) return undefined;
  const examples = schema.examples as unknown[] | undefined;
  if (Array.isArray(examples) && examples.length > 0) return examples[0];
  if ("example" in schema) return schema.example;
  if ("default" in schema) return schema.default;
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  for (const key of ["anyOf", "oneOf"] as const) {
    const branches = schema[key] as Schema[] | undefined;
    // The first branch that is not null: an example shows a value, not its absence.
    if (Array.isArray(branches)) return exampleOf(branches.find((b) => b.type !== "null") ?? branches[0], depth + 1);
  }
  if (Array.isArray(schema.allOf)) return Object.assign({}, ...(schema.allOf as Schema[]).map((s) => exampleOf(s, depth + 1)));
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== "null") : (schema.type as string | undefined);
  switch (type ?? (schema.properties ? "object" : undefined)) {
    case "object": {
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      return Object.fromEntries(
        Object.entries(props)
          .map(([k, v]) => [k, exampleOf(v, depth + 1)])
          .filter(([, v]) => v !== undefined),
      );
    }
    case "array": {
      const item = exampleOf(schema.items as Schema | undefined, depth + 1);
      return item === undefined ? [] : [item];
    }
    case "integer":
    case "number":
      return numberIn(schema);
    case "boolean":
      return true;
    case "string":
      return stringIn(schema);
    case "null":
      return null;
    default:
      return undefined;
  }
}

function numberIn(schema: Schema): number {
  const min = typeof schema.minimum === "number" ? schema.minimum : typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + 1 : undefined;
  const max = typeof schema.maximum === "number" ? schema.maximum : undefined;
  if (min !== undefined && min > 0) return min;
  return max !== undefined && max < 1 ? max : 1;
}

function stringIn(schema: Schema): string {
  const format = schema.format as string | undefined;
  if (format && FORMATS[format]) return FORMATS[format];
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : 100;
  const text = "tekst".padEnd(min, "x");
  return text.slice(0, Math.max(max, min));
}
