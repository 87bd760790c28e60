import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, isValidRequestId, REDACTED, redactUrlSecrets, requestIdFrom } from "../src/index.ts";

function capture(): { stream: Writable; lines(): Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join("")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe("logger", () => {
  it("writes JSON lines with service, level name, ISO time and message", () => {
    const out = capture();
    createLogger({ service: "worker", destination: out.stream }).info({ queue: "events" }, "job done");
    const [line] = out.lines();
    expect(line).toMatchObject({ service: "worker", level: "info", queue: "events", msg: "job done" });
    expect(String(line!.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("honours the configured level", () => {
    const out = capture();
    const log = createLogger({ service: "api", level: "warn", destination: out.stream });
    log.info("hidden");
    log.warn("shown");
    expect(out.lines().map((l) => l.msg)).toEqual(["shown"]);
  });

  it("redacts secrets and personal numbers up to three levels deep", () => {
    const out = capture();
    createLogger({ service: "api", destination: out.stream }).info(
      {
        password: "hunter2-secret",
        req: { headers: { authorization: "Bearer eyJsecret", cookie: "ww_token=abc" } },
        worker: { nationalNumber: "85073003328", iban: "BE71096123456769", national_number: "85073003328" },
        config: { JWT_SECRET: "jwt-secret-value", SMS_GATEWAY_TOKEN: "gw-token", SMTP_URL: "smtp://u:p@h" },
        body: { totp: "123456", token: "reset-token" },
      },
      "x",
    );
    const text = JSON.stringify(out.lines());
    for (const secret of [
      "hunter2-secret",
      "eyJsecret",
      "ww_token=abc",
      "85073003328",
      "BE71096123456769",
      "jwt-secret-value",
      "gw-token",
      "smtp://u:p@h",
      "123456",
      "reset-token",
    ])
      expect(text).not.toContain(secret);
    expect(out.lines()[0]).toMatchObject({ password: REDACTED, worker: { iban: REDACTED }, req: { headers: { authorization: REDACTED } } });
  });

  it("child loggers keep the redaction and add their bindings", () => {
    const out = capture();
    createLogger({ service: "worker", destination: out.stream })
      .child({ requestId: "abc-1" })
      .info({ job: { iban: "BE71096123456769" } }, "sent");
    expect(out.lines()[0]).toMatchObject({ requestId: "abc-1", job: { iban: REDACTED } });
  });
});

describe("request ids", () => {
  it("accepts safe incoming ids and replaces anything else with a new one", () => {
    expect(requestIdFrom("web-1234.abc_DEF:9")).toBe("web-1234.abc_DEF:9");
    expect(requestIdFrom(["first-id", "second"])).toBe("first-id");
    for (const bad of [undefined, "", "a b", "x".repeat(65), "id\nforged-line", "<script>", "ü", 42]) {
      expect(isValidRequestId(bad)).toBe(false);
      const replaced = requestIdFrom(bad);
      expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
      expect(replaced).not.toBe(bad);
    }
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});

describe("access-log URLs", () => {
  it("hide the secret segment of link paths and leave other paths alone", () => {
    expect(redactUrlSecrets("/v1/auth/staff-links/AbC123xyz?tenant=gent")).toBe(`/v1/auth/staff-links/${REDACTED}?tenant=gent`);
    expect(redactUrlSecrets("/v1/auth/staff-links/AbC123xyz/password")).toBe(`/v1/auth/staff-links/${REDACTED}/password`);
    expect(redactUrlSecrets("/v1/answer-links/K9x/respond")).toBe(`/v1/answer-links/${REDACTED}/respond`);
    expect(redactUrlSecrets("/v1/feedback-links/K9x")).toBe(`/v1/feedback-links/${REDACTED}`);
    expect(redactUrlSecrets("/v1/follow-up-links/K9x")).toBe(`/v1/follow-up-links/${REDACTED}`);
    for (const short of ["/j/ABCDEFGH", "/f/ABCDEFGH", "/v/ABCDEFGH"]) expect(redactUrlSecrets(short)).toBe(`${short.slice(0, 3)}${REDACTED}`);
    expect(redactUrlSecrets("/v1/workers/5b1f?x=1")).toBe("/v1/workers/5b1f?x=1");
    expect(redactUrlSecrets("/jobs/123")).toBe("/jobs/123");
  });
});
