import { describe, expect, it } from "vitest";
import {
  clientRetentionEvent,
  isPastRetention,
  latestDate,
  RETENTION_RULES,
  retentionCutoff,
  retentionEndsOn,
  workerRetentionEvent,
} from "../src/privacy/index.ts";

// Issue 20, "retention": one test per rule, naming the category, the event it counts from and the period.
describe("issue 20 retention rule: worker_identity — 5 years after the later of the last agreement's end and the last day worked", () => {
  const rule = RETENTION_RULES.worker_identity;
  it("counts from the later event, erases the day after the 5 years", () => {
    const event = workerRetentionEvent({ agreementEnds: ["2020-06-30", "2021-03-31"], lastWorkDate: "2021-02-15", registeredOn: "2019-01-10" });
    expect(event).toBe("2021-03-31");
    expect(retentionEndsOn(rule, event!)).toBe("2026-03-31");
    expect(isPastRetention(rule, event!, "2026-03-31")).toBe(false);
    expect(isPastRetention(rule, event!, "2026-04-01")).toBe(true);
  });
  it("a last day worked after the agreement's end counts", () => {
    expect(workerRetentionEvent({ agreementEnds: ["2021-03-31"], lastWorkDate: "2021-05-02", registeredOn: "2019-01-10" })).toBe("2021-05-02");
  });
  it("an agreement without end (ex-PWA) gives no date: never due", () => {
    expect(workerRetentionEvent({ agreementEnds: ["2021-03-31", null], lastWorkDate: "2021-05-02", registeredOn: "2019-01-10" })).toBeNull();
  });
  it("a worker never in an agreement counts from registration", () => {
    expect(workerRetentionEvent({ agreementEnds: [], lastWorkDate: null, registeredOn: "2019-01-10" })).toBe("2019-01-10");
  });
  it("is an erasure (pseudonymisation), not a deletion", () => {
    expect(rule.action).toBe("erase_person");
    expect(rule.months).toBe(60);
  });
});

describe("issue 20 retention rule: client_identity — 2 years after the later of the last agreement's end and the last activity", () => {
  const rule = RETENTION_RULES.client_identity;
  it("counts from the later event", () => {
    const event = clientRetentionEvent({ agreementEnds: ["2023-12-31"], lastActivityOn: "2024-02-10", registeredOn: "2023-01-01" });
    expect(event).toBe("2024-02-10");
    expect(retentionEndsOn(rule, event)).toBe("2026-02-10");
    expect(isPastRetention(rule, event, "2026-02-11")).toBe(true);
    expect(isPastRetention(rule, event, "2026-02-10")).toBe(false);
  });
  it("a client without agreement or activity counts from registration", () => {
    expect(clientRetentionEvent({ agreementEnds: [], lastActivityOn: null, registeredOn: "2023-05-05" })).toBe("2023-05-05");
  });
});

describe("issue 20 retention rule: coaching_notes — deleted 2 years after the end of the trajectory", () => {
  it("is past on the day after", () => {
    const rule = RETENTION_RULES.coaching_notes;
    expect(rule.action).toBe("delete");
    expect(retentionEndsOn(rule, "2024-01-31")).toBe("2026-01-31");
    expect(isPastRetention(rule, "2024-01-31", "2026-02-01")).toBe(true);
  });
});

describe("issue 20 retention rule: one_time_codes — deleted 30 days after they expired", () => {
  it("counts calendar days", () => {
    const rule = RETENTION_RULES.one_time_codes;
    expect(retentionEndsOn(rule, "2026-03-01")).toBe("2026-03-31");
    expect(isPastRetention(rule, "2026-03-01", "2026-04-01")).toBe(true);
    expect(isPastRetention(rule, "2026-03-01", "2026-03-31")).toBe(false);
  });
});

describe("issue 20 retention rule: message_bodies — emptied 12 months after sending", () => {
  it("blanks, keeps the row", () => {
    const rule = RETENTION_RULES.message_bodies;
    expect(rule.action).toBe("blank");
    expect(retentionEndsOn(rule, "2025-02-28")).toBe("2026-02-28");
  });
});

describe("issue 20 retention rule: inbound_sms — deleted 12 months after receipt", () => {
  it("deletes", () => {
    const rule = RETENTION_RULES.inbound_sms;
    expect(rule.action).toBe("delete");
    expect(isPastRetention(rule, "2025-01-15", "2026-01-16")).toBe(true);
  });
});

describe("issue 20 retention rule: accounting_records — 10 years from the end of the accounting year (art. III.88 WER)", () => {
  it("counts from 31 December of the year of the record; kept, never deleted by the sweep", () => {
    const rule = RETENTION_RULES.accounting_records;
    expect(rule.action).toBe("keep");
    expect(retentionEndsOn(rule, "2024-03-15")).toBe("2034-12-31");
    expect(rule.source).toContain("III.88");
  });
});

describe("issue 20 retention rule: audit_log — kept as long as the books", () => {
  it("is kept by the sweep", () => {
    expect(RETENTION_RULES.audit_log.action).toBe("keep");
    expect(retentionEndsOn(RETENTION_RULES.audit_log, "2026-01-01")).toBe("2036-01-01");
  });
});

describe("latestDate", () => {
  it("ignores unknown dates", () => {
    expect(latestDate(null, "2024-01-01", undefined, "2023-12-31")).toBe("2024-01-01");
    expect(latestDate(null)).toBeNull();
  });
});

describe("retentionCutoff: the sweep's one date per rule", () => {
  it("an event before the cut-off is past its period, one on it is not", () => {
    const rule = RETENTION_RULES.one_time_codes;
    const cutoff = retentionCutoff(rule, "2026-04-01");
    expect(cutoff).toBe("2026-03-02");
    expect(isPastRetention(rule, "2026-03-01", "2026-04-01")).toBe(true);
    expect(isPastRetention(rule, cutoff, "2026-04-01")).toBe(false);
    expect(retentionCutoff(RETENTION_RULES.message_bodies, "2026-12-06")).toBe("2025-12-06");
  });
});

describe("issue 20 retention rule: idempotency_keys — a stored request and its answer deleted 30 days after the request", () => {
  const rule = RETENTION_RULES.idempotency_keys;
  it("is a deletion counted from the request, past on day 31", () => {
    expect(rule).toMatchObject({ action: "delete", days: 30, countsFrom: "created", source: "organisation's choice" });
    expect(retentionEndsOn(rule, "2026-11-01")).toBe("2026-12-01");
    expect(isPastRetention(rule, "2026-11-01", "2026-12-01")).toBe(false);
    expect(isPastRetention(rule, "2026-11-01", "2026-12-02")).toBe(true);
    expect(retentionCutoff(rule, "2026-12-06")).toBe("2026-11-06");
  });
});

describe("issue 20 retention rule: staff_accounts — a deactivated account's sessions and credentials go a year after deactivation", () => {
  const rule = RETENTION_RULES.staff_accounts;
  it("is a blanking (the row and name stay for the audit log) counted from deactivation, past the day after the 12 months", () => {
    expect(rule).toMatchObject({ action: "blank", months: 12, countsFrom: "deactivated", source: "organisation's choice" });
    expect(retentionEndsOn(rule, "2025-02-28")).toBe("2026-02-28");
    expect(isPastRetention(rule, "2025-02-28", "2026-02-28")).toBe(false);
    expect(isPastRetention(rule, "2025-02-28", "2026-03-01")).toBe(true);
    expect(retentionCutoff(rule, "2026-12-06")).toBe("2025-12-06");
  });
  it("is kept no longer than the audit log that refers to it", () => {
    expect(rule.months!).toBeLessThan(RETENTION_RULES.audit_log.months!);
  });
});
