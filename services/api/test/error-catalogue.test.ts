import { describe, expect, it } from "vitest";
import { ERRORS, isErrorCode, lookupError } from "../src/errors/catalogue.ts";
import { CLIENT_ERRORS } from "../src/errors/clients.ts";
import { LIFECYCLE_ERRORS } from "../src/errors/lifecycle.ts";
import { PAYOUT_ERRORS } from "../src/errors/payouts.ts";
import { REGISTRY_ERRORS } from "../src/errors/registries.ts";
import { TEAM_ERRORS } from "../src/errors/teams.ts";
import { TRAINING_ERRORS } from "../src/errors/training.ts";
import { TRANSFER_ERRORS } from "../src/errors/transfers.ts";
import { VOUCHER_ERRORS } from "../src/errors/vouchers.ts";
import { WORK_ERRORS } from "../src/errors/work.ts";

// Issue 15 item 4: one catalogue, each code once, a closed union of codes.
describe("the error catalogue", () => {
  it("holds each area's codes once: no area redefines a code of another", () => {
    const tables = [
      CLIENT_ERRORS,
      LIFECYCLE_ERRORS,
      PAYOUT_ERRORS,
      REGISTRY_ERRORS,
      TEAM_ERRORS,
      TRAINING_ERRORS,
      TRANSFER_ERRORS,
      VOUCHER_ERRORS,
      WORK_ERRORS,
    ];
    const areaCodes = tables.flatMap((t) => Object.keys(t));
    expect(areaCodes.length).toBe(new Set(areaCodes).size);
    const core = Object.keys(ERRORS).length - areaCodes.length;
    expect(core).toBeGreaterThan(10);
  });

  it("every code has a 4xx or 5xx status and a Dutch title; unknown strings are not codes", () => {
    for (const [code, def] of Object.entries(ERRORS)) {
      expect(code).toMatch(/^[a-z_]+\.[a-z_]+$|^conflict$|^internal$/);
      expect(def.status).toBeGreaterThanOrEqual(400);
      expect(def.title.length).toBeGreaterThan(5);
    }
    expect(isErrorCode("worker.monthly_cap_exceeded")).toBe(true);
    expect(isErrorCode("thing.does_not_exist")).toBe(false);
    expect(isErrorCode("toString")).toBe(false);
    expect(lookupError("thing.does_not_exist")).toEqual(ERRORS.internal);
  });
});
