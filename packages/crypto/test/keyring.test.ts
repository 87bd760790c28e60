import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEV_ENCRYPTION_KEYS, DEV_LOOKUP_HMAC_KEY } from "@wijkwerk/config";
import { Keyring, isEnvelope, keyring } from "../src/index.ts";

const keyA = { id: "a", key: randomBytes(32) };
const keyB = { id: "b", key: randomBytes(32) };
const LOOKUP = "a-lookup-key-of-at-least-32-characters";

describe("envelope encryption (issue 20)", () => {
  it("round trip: a value comes back as it went in, the envelope names version and key", () => {
    const k = new Keyring([keyA], LOOKUP);
    const env = k.encrypt("85073003328");
    expect(env).toMatch(/^enc1:a:[A-Za-z0-9_-]+$/);
    expect(env).not.toContain("85073003328");
    expect(isEnvelope(env)).toBe(true);
    expect(k.keyIdOf(env)).toBe("a");
    expect(k.decrypt(env)).toBe("85073003328");
    expect(k.decrypt(k.encrypt("é ünïcode BE68"))).toBe("é ünïcode BE68");
  });

  it("a fresh data key and IV per value: the same value never encrypts alike", () => {
    const k = new Keyring([keyA], LOOKUP);
    expect(k.encrypt("BE68539007547034")).not.toBe(k.encrypt("BE68539007547034"));
  });

  it("a changed byte or a wrong key fails (GCM authenticates)", () => {
    const k = new Keyring([keyA], LOOKUP);
    const env = k.encrypt("secret");
    const body = Buffer.from(env.slice("enc1:a:".length), "base64url");
    body.writeUInt8(body.readUInt8(body.length - 1) ^ 1, body.length - 1);
    expect(() => k.decrypt(`enc1:a:${body.toString("base64url")}`)).toThrow();
    const other = new Keyring([{ id: "a", key: randomBytes(32) }], LOOKUP);
    expect(() => other.decrypt(env)).toThrow();
    expect(() => new Keyring([keyB], LOOKUP).decrypt(env)).toThrow(/No key a/);
  });

  it("rotation: with B first, values under A still decrypt, reencrypt moves them to B, then A can go", () => {
    const underA = new Keyring([keyA], LOOKUP).encrypt("85073003328");
    const both = new Keyring([keyB, keyA], LOOKUP);
    expect(both.decrypt(underA)).toBe("85073003328");
    const underB = both.reencrypt(underA)!;
    expect(both.keyIdOf(underB)).toBe("b");
    expect(both.reencrypt(underB)).toBeNull();
    expect(new Keyring([keyB], LOOKUP).decrypt(underB)).toBe("85073003328");
  });

  it("reveal passes plain text from before the data migration through", () => {
    const k = new Keyring([keyA], LOOKUP);
    expect(k.reveal("BE68539007547034")).toBe("BE68539007547034");
    expect(k.reencrypt("BE68539007547034")).toMatch(/^enc1:a:/);
  });

  it("lookup hash: keyed, deterministic, per kind, independent of the encryption keys", () => {
    const k = new Keyring([keyA], LOOKUP);
    const h = k.lookupHash("insz", "85073003328");
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(new Keyring([keyB], LOOKUP).lookupHash("insz", "85073003328")).toBe(h);
    expect(k.lookupHash("iban", "85073003328")).not.toBe(h);
    expect(new Keyring([keyA], `${LOOKUP}x`).lookupHash("insz", "85073003328")).not.toBe(h);
  });

  it("lookup key rotation: new hashes use the current key, lookups also try the previous one", () => {
    const old = new Keyring([keyA], LOOKUP);
    const rotating = new Keyring([keyA], `${LOOKUP}-new`, LOOKUP);
    const before = old.lookupHash("insz", "85073003328");
    expect(rotating.rotatingLookupKey).toBe(true);
    expect(rotating.lookupHash("insz", "85073003328")).not.toBe(before);
    expect(rotating.lookupHashes("insz", "85073003328")).toEqual([rotating.lookupHash("insz", "85073003328"), before]);
    expect(old.rotatingLookupKey).toBe(false);
    expect(old.lookupHashes("insz", "85073003328")).toEqual([before]);
    // The same key given twice is no rotation: one hash.
    expect(new Keyring([keyA], LOOKUP, LOOKUP).lookupHashes("insz", "85073003328")).toEqual([before]);
    const fromConfig = Keyring.fromConfig({ ENCRYPTION_KEYS: DEV_ENCRYPTION_KEYS, LOOKUP_HMAC_KEY: `${LOOKUP}-new`, LOOKUP_HMAC_PREVIOUS_KEY: LOOKUP });
    expect(fromConfig.lookupHashes("insz", "85073003328")).toEqual(rotating.lookupHashes("insz", "85073003328"));
  });

  it("the process keyring defaults to the development keys", () => {
    const dev = Keyring.fromConfig({ ENCRYPTION_KEYS: DEV_ENCRYPTION_KEYS, LOOKUP_HMAC_KEY: DEV_LOOKUP_HMAC_KEY });
    expect(dev.decrypt(keyring().encrypt("x"))).toBe("x");
    expect(keyring().primaryId).toBe("dev1");
  });
});
