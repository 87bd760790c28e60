import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/index.ts";

const base = { DATABASE_URL: "postgres://owner:pw@127.0.0.1:5432/wijkwerk", REDIS_URL: "redis://127.0.0.1:6379" };

describe("loadConfig", () => {
  it("applies defaults and derives the app role URL", () => {
    const c = loadConfig(base);
    expect(c.API_PORT).toBe(3000);
    expect(c.DATABASE_APP_URL).toBe("postgres://wijkwerk_app:wijkwerk_app_dev@127.0.0.1:5432/wijkwerk");
  });
  it("converts numbers from strings", () => {
    expect(loadConfig({ ...base, API_PORT: "4100" }).API_PORT).toBe(4100);
  });
  it("refuses missing DATABASE_URL with a readable message", () => {
    expect(() => loadConfig({ REDIS_URL: "redis://x" })).toThrow(ConfigError);
    expect(() => loadConfig({ REDIS_URL: "redis://x" })).toThrow(/DATABASE_URL/);
  });
  it("refuses development secrets in production", () => {
    expect(() => loadConfig({ ...base, NODE_ENV: "production" })).toThrow(/JWT_SECRET/);
  });
  it("refuses a non-numeric port", () => {
    expect(() => loadConfig({ ...base, API_PORT: "abc" })).toThrow(/API_PORT/);
  });
});
