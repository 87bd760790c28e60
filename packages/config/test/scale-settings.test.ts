import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/index.ts";

const base = { DATABASE_URL: "postgres://owner:pw@127.0.0.1:5432/wijkwerk", REDIS_URL: "redis://127.0.0.1:6379" };

// Issue 21: Sentinel, a replica, a multi-host primary, hash-tagged BullMQ keys.
describe("scale-out settings", () => {
  it("hash-tags the default Redis prefix so a queue's keys share one Cluster slot", () => {
    expect(loadConfig(base).REDIS_PREFIX).toBe("{wijkwerk}");
  });
  it("takes sentinels as host:port list and refuses anything else", () => {
    const c = loadConfig({ ...base, REDIS_SENTINELS: "10.0.0.1:26379,sentinel-b:26380", REDIS_MASTER_NAME: "main" });
    expect(c.REDIS_SENTINELS).toBe("10.0.0.1:26379,sentinel-b:26380");
    expect(c.REDIS_MASTER_NAME).toBe("main");
    expect(loadConfig(base).REDIS_MASTER_NAME).toBe("wijkwerk");
    expect(() => loadConfig({ ...base, REDIS_SENTINELS: "10.0.0.1" })).toThrow(/REDIS_SENTINELS/);
    expect(() => loadConfig({ ...base, REDIS_SENTINELS: "a:1,,b:2" })).toThrow(/REDIS_SENTINELS/);
  });
  it("keeps every host of a multi-host primary URL when deriving the app role URL", () => {
    const c = loadConfig({ ...base, DATABASE_URL: "postgres://owner:pw@127.0.0.1:41001,127.0.0.1:41002/wijkwerk?target_session_attrs=read-write" });
    expect(c.DATABASE_APP_URL).toBe("postgres://wijkwerk_app:wijkwerk_app_dev@127.0.0.1:41001,127.0.0.1:41002/wijkwerk?target_session_attrs=read-write");
  });
  it("has no replica unless DATABASE_REPLICA_URL is set", () => {
    expect(loadConfig(base).DATABASE_REPLICA_URL).toBeUndefined();
    expect(loadConfig({ ...base, DATABASE_REPLICA_URL: "postgres://wijkwerk_app:x@10.0.0.2:5432/wijkwerk" }).DATABASE_REPLICA_URL).toContain("10.0.0.2");
  });
});
