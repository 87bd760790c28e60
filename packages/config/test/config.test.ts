import { describe, expect, it } from "vitest";
import { ConfigError, DEV_LOOKUP_HMAC_KEY, loadConfig, loadWebConfig, parseEncryptionKeys } from "../src/index.ts";

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

describe("loadWebConfig (least privilege, issue 21)", () => {
  const production = { NODE_ENV: "production", WEB_SECRET: "a-real-secret-of-32-characters!!", PUBLIC_API_URL: "http://wijkwerk-api:3000" };
  it("starts in production with no database, Redis, platform token, data keys or token-signing key", () => {
    const c = loadWebConfig(production);
    expect(c.PUBLIC_API_URL).toBe("http://wijkwerk-api:3000");
    for (const key of ["DATABASE_URL", "REDIS_URL", "PLATFORM_TOKEN", "ENCRYPTION_KEYS", "LOOKUP_HMAC_KEY", "JWT_SECRET"]) expect(c).not.toHaveProperty(key);
  });
  it("refuses the development web secret in production, a short one, and bad values", () => {
    expect(() => loadWebConfig({ NODE_ENV: "production" })).toThrow(/WEB_SECRET/);
    expect(() => loadWebConfig({ ...production, WEB_SECRET: "too-short" })).toThrow(/WEB_SECRET/);
    expect(() => loadWebConfig({ WEB_PORT: "abc" })).toThrow(/WEB_PORT/);
  });
});

describe("encryption keys (issue 20)", () => {
  const key = (byte: number) => Buffer.alloc(32, byte).toString("base64");
  it("parses keyId:base64 pairs, the first encrypts", () => {
    const keys = parseEncryptionKeys(`new:${key(1)}, old:${key(2)}`);
    expect(keys.map((k) => k.id)).toEqual(["new", "old"]);
    expect(keys[0]!.key.length).toBe(32);
  });
  it("refuses short keys, bad ids and duplicates", () => {
    expect(() => loadConfig({ ...base, ENCRYPTION_KEYS: `a:${Buffer.alloc(16).toString("base64")}` })).toThrow(/32 bytes/);
    expect(() => parseEncryptionKeys(`a b:${key(1)}`)).toThrow(ConfigError);
    expect(() => parseEncryptionKeys(`a:${key(1)},a:${key(2)}`)).toThrow(/differ/);
  });
  it("refuses the development keys in production", () => {
    const prod = { ...base, NODE_ENV: "production", JWT_SECRET: "a-real-secret-of-some-length", PLATFORM_TOKEN: "a-real-platform-token-x" };
    expect(() => loadConfig(prod)).toThrow(/ENCRYPTION_KEYS/);
    expect(() => loadConfig({ ...prod, ENCRYPTION_KEYS: `k1:${key(7)}` })).toThrow(/LOOKUP_HMAC_KEY/);
    expect(loadConfig({ ...prod, ENCRYPTION_KEYS: `k1:${key(7)}`, LOOKUP_HMAC_KEY: "x".repeat(40) }).ENCRYPTION_KEYS).toContain("k1:");
  });
  it("takes a previous lookup key while the hashes rotate; refuses it short, equal to the current one, or the development key in production", () => {
    const prod = {
      ...base,
      NODE_ENV: "production",
      JWT_SECRET: "a-real-secret-of-some-length",
      PLATFORM_TOKEN: "a-real-platform-token-x",
      ENCRYPTION_KEYS: `k1:${key(7)}`,
      LOOKUP_HMAC_KEY: "n".repeat(40),
    };
    expect(loadConfig(prod).LOOKUP_HMAC_PREVIOUS_KEY).toBeUndefined();
    expect(loadConfig({ ...prod, LOOKUP_HMAC_PREVIOUS_KEY: "" }).LOOKUP_HMAC_PREVIOUS_KEY).toBeUndefined();
    expect(loadConfig({ ...prod, LOOKUP_HMAC_PREVIOUS_KEY: "o".repeat(40) }).LOOKUP_HMAC_PREVIOUS_KEY).toBe("o".repeat(40));
    expect(() => loadConfig({ ...prod, LOOKUP_HMAC_PREVIOUS_KEY: "short" })).toThrow(/LOOKUP_HMAC_PREVIOUS_KEY/);
    expect(() => loadConfig({ ...prod, LOOKUP_HMAC_PREVIOUS_KEY: "n".repeat(40) })).toThrow(/must differ/);
    expect(() => loadConfig({ ...prod, LOOKUP_HMAC_PREVIOUS_KEY: DEV_LOOKUP_HMAC_KEY })).toThrow(/LOOKUP_HMAC_PREVIOUS_KEY must not be the development key/);
    // Outside production the development key may be the previous one (a test database rotating away from it).
    expect(loadConfig({ ...base, LOOKUP_HMAC_KEY: "n".repeat(40), LOOKUP_HMAC_PREVIOUS_KEY: DEV_LOOKUP_HMAC_KEY }).LOOKUP_HMAC_PREVIOUS_KEY).toBe(
      DEV_LOOKUP_HMAC_KEY,
    );
  });
});
