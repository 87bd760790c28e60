import type { Static, TObject } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { ConfigError } from "./errors.ts";

/** Converts, defaults and checks `env` against `schema`; every wrong setting in one error. */
export function parse<S extends TObject>(schema: S, env: Record<string, string | undefined>): Static<S> {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(schema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== "") raw[key] = value;
  }
  const withDefaults = Value.Default(schema, Value.Convert(schema, raw));
  const errors = [...Value.Errors(schema, withDefaults)];
  if (errors.length > 0) {
    // One line per setting: a missing value also fails its type check, which adds nothing.
    const byPath = new Map<string, string>();
    for (const e of errors) if (!byPath.has(e.path)) byPath.set(e.path, e.message);
    const lines = [...byPath].map(([path, message]) => `${path.slice(1) || "(root)"}: ${message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  return withDefaults as Static<S>;
}
