import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../src/errors.ts";

/** Which database errors mean "try again later" (503) rather than a bug (500). */
describe("isDatabaseUnavailable", () => {
  it.each([
    ["53300", "too many connections: the server is full, not broken", true],
    ["53200", "out of memory", true],
    ["57P01", "the server is shutting down", true],
    ["08006", "the connection failed", true],
    ["57014", "statement timeout", true],
    ["23505", "a unique violation is the request's own problem", false],
    ["42P01", "an unknown table is a bug", false],
  ])("%s: %s", (code, _why, unavailable) => {
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code }))).toBe(unavailable);
    // drizzle wraps the driver's error as its cause
    expect(isDatabaseUnavailable(Object.assign(new Error("query failed"), { cause: Object.assign(new Error("x"), { code }) }))).toBe(unavailable);
  });
});
