import { createRequire } from "node:module";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { exists, knownSettings, loadYamlDocuments, read } from "./lib.ts";

/** infra/compose.yaml against the Compose Specification's JSON schema (infra/schemas/README.md). */
const schema = JSON.parse(read("infra/schemas/compose-spec.schema.json")) as object;
// strict: false because the schema uses annotations ajv does not know ("deprecated"); every error is reported.
const ajv = new Ajv({ strict: false, allErrors: true });
// The schema names draft-07 by its https address, which ajv knows only as http://…#: the same meta-schema.
ajv.addMetaSchema({ ...(createRequire(import.meta.url)("ajv/dist/refs/json-schema-draft-07.json") as object), $id: "https://json-schema.org/draft-07/schema" });
const validateCompose = ajv.compile(schema);
const errorsOf = (doc: unknown) => (validateCompose(doc) ? [] : (validateCompose.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  read_only?: boolean;
  restart?: string;
}
const [compose] = loadYamlDocuments(read("infra/compose.yaml")) as [{ services: Record<string, Service> }];
const services = compose.services;

describe("infra/compose.yaml", () => {
  it("conforms to the Compose Specification schema", () => {
    expect(errorsOf(compose)).toEqual([]);
  });

  it("the validation fails on a broken file (unknown condition, a list where a map belongs, an unknown key)", () => {
    const bad = structuredClone(compose);
    bad.services.api!.depends_on!.redis = { condition: "service_ready" };
    expect(errorsOf(bad).join("\n")).toMatch(/depends_on\/redis\/condition must be equal to one of the allowed values/);
    const bad2 = structuredClone(compose) as unknown as { services: Record<string, Record<string, unknown>> };
    bad2.services.web!.healthcheck = ["CMD", "true"];
    expect(errorsOf(bad2).join("\n")).toMatch(/\/services\/web\/healthcheck must be object/);
    bad2.services.worker!.restart_policy = "always";
    expect(errorsOf(bad2).join("\n")).toMatch(/must NOT have additional properties/);
  });

  it("runs PostgreSQL, Redis, an SMTP catcher, the migration, then api, web and worker from the one image", () => {
    expect(Object.keys(services).sort()).toEqual(["api", "mailpit", "migrate", "postgres", "redis", "web", "worker"]);
    for (const name of ["migrate", "api", "web", "worker"]) {
      const s = services[name]!;
      expect(s.image).toBe("wijkwerk:local");
      expect(s.build).toEqual({ context: "..", dockerfile: "Dockerfile" });
      expect(exists(s.build!.dockerfile)).toBe(true);
      expect(s.command).toEqual([name]);
      expect(s.read_only).toBe(true);
    }
    for (const name of ["postgres", "redis", "mailpit", "api", "web", "worker"]) expect(services[name]!.healthcheck?.test.length, name).toBeGreaterThan(0);
  });

  it("starts in order: the migration after a healthy database, the services after a successful migration", () => {
    expect(services.migrate!.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
    expect(services.migrate!.restart).toBe("no");
    for (const name of ["api", "worker"]) {
      expect(services[name]!.depends_on!.migrate).toEqual({ condition: "service_completed_successfully" });
      expect(services[name]!.depends_on!.redis).toEqual({ condition: "service_healthy" });
    }
    expect(services.web!.depends_on).toEqual({ api: { condition: "service_healthy" } });
    expect(services.worker!.depends_on!.mailpit).toEqual({ condition: "service_healthy" });
  });

  it("gives each process known settings only, the API the app role, and writes no secret into the file", () => {
    for (const name of ["migrate", "api", "web", "worker"])
      for (const key of Object.keys(services[name]!.environment ?? {})) expect(knownSettings.has(key), `${name}: ${key}`).toBe(true);
    expect(services.api!.environment!.DATABASE_APP_URL).toMatch(/^postgres:\/\/wijkwerk_app:\$\{APP_DB_PASSWORD\}@/);
    expect(services.api!.environment!.DATABASE_URL).toBe(services.api!.environment!.DATABASE_APP_URL);
    expect(services.worker!.environment!.DATABASE_URL).toMatch(/^postgres:\/\/wijkwerk_owner:/);
    const text = read("infra/compose.yaml");
    for (const secret of ["JWT_SECRET", "WEB_SECRET", "PLATFORM_TOKEN", "APP_DB_PASSWORD", "POSTGRES_PASSWORD"]) expect(text).toContain(`\${${secret}:?`);
    for (const [, value] of text.matchAll(/(?:SECRET|TOKEN|PASSWORD):\s*(\S+)/g)) expect(value, value).toMatch(/^\$\{/);
  });
});
