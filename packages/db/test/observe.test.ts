import { describe, expect, it } from "vitest";
import { spanName } from "../src/observe.ts";

describe("database span names", () => {
  it("name the operation and, for writes, the table; never the values", () => {
    expect(spanName('select "id" from "clients" where "id" = $1')).toBe("db SELECT");
    expect(spanName('insert into "outbox" ("tenant_id") values ($1)')).toBe("db INSERT outbox");
    expect(spanName('update "deliveries" set "status" = $1')).toBe("db UPDATE deliveries");
    expect(spanName('delete from "idempotency_keys" where true')).toBe("db DELETE idempotency_keys");
    expect(spanName("SELECT set_config('app.tenant_id', $1, true)")).toBe("db SELECT");
    expect(spanName("begin")).toBe("db BEGIN");
    expect(spanName("vacuum")).toBe("db query");
  });
});
