import { describe, expect, it } from "vitest";
import { isMessageTopic, MESSAGES, payloadProblem, type MessageTopic, type PayloadOf } from "../src/index.ts";

// Issue 15 item 4: one schema per message; producers compile against it, the worker checks with it.
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const assignment = { assignmentId: id(1), jobId: id(2), workerId: id(3), clientId: id(4) };
const session = {
  sessionId: id(5),
  trainingId: id(6),
  training: "Tuinonderhoud",
  workerId: id(3),
  startsAt: "2026-03-10T08:30:00+01:00",
  endsAt: "2026-03-10T11:30:00+01:00",
  location: "Buurtcentrum Rabot",
};

/** One valid payload per topic; the type makes the compiler check them against the schemas too. */
const EXAMPLES: { [T in MessageTopic]: PayloadOf<T> } = {
  "events/assignment.proposed": { assignmentId: id(1), jobId: id(2), workerId: id(3), respondUrl: "https://wijkwerk.example/assignments/x/respond?token=t" },
  "events/assignment.confirmed": assignment,
  "events/assignment.reminder": assignment,
  "events/assignment.declined": { ...assignment, reason: null },
  "events/assignment.cancelled": { ...assignment, cancelledBy: "client", reason: "Ziek", notify: ["worker", "consultant"] },
  "events/assignment.expired": { ...assignment, notify: ["consultant"] },
  "events/time_entry.to_confirm": {
    timeEntryId: id(7),
    clientId: id(4),
    workerId: id(3),
    date: "2026-03-03",
    minutes: 120,
    vouchers: 2,
    confirmBefore: "2026-03-07",
  },
  "events/time_entry.disputed": { timeEntryId: id(7), clientId: id(4), workerId: id(3), date: "2026-03-03", reason: "Maar twee uur" },
  "events/voucher_order.created": { orderId: id(8), clientId: id(4), quantity: 10, amountCents: 7450, paymentReference: "+++090/9337/55493+++" },
  "events/vouchers.low": { clientId: id(4), timeEntryId: id(7), needed: 3, available: 1, shortfall: 2 },
  "events/vouchers.expiring": { clientId: id(4), lotId: id(9), count: 4, expiresOn: "2027-01-31" },
  "events/agreement.ending": { agreementId: id(10), workerId: id(3), endsOn: "2027-01-31", daysLeft: 30, notify: ["consultant", "worker"] },
  "events/training.reminder": session,
  "events/training.promoted": session,
  "events/appointment.reminder": {
    appointmentId: id(11),
    officeHoursId: id(12),
    startsAt: "2026-03-10T09:00:00+01:00",
    endsAt: "2026-03-10T09:15:00+01:00",
    location: "Buurthuis",
    neighbourhoodId: id(13),
    neighbourhoodName: "Rabot",
    consultantId: id(14),
    consultantName: "Els",
    clientId: null,
    workerId: null,
    name: "Mevrouw Peeters",
    phone: "+32471000001",
    topic: "Cheques",
  },
  "events/sms.reply": { inboundId: id(7), workerId: id(3), reply: "accepted", assignmentId: id(1), otherOpen: 0 },
  "events/auth.code": {
    authCodeId: id(15),
    subjectType: "worker",
    subjectId: id(3),
    channel: "sms",
    destination: "+32471000001",
    code: "482913",
    validMinutes: 10,
  },
  "payouts/regenerate": { runId: id(16) },
  "events/payout.approved": { runId: id(17) },
  "events/client_feedback.asked": { requestId: id(25), workerId: id(3), clientId: id(4), channel: "sms", shortUrl: "https://wijkwerk.example/f/ABCDEFGH" },
  "events/exit_follow_up.asked": { requestId: id(26), workerId: id(3), shortUrl: "https://wijkwerk.example/v/ABCDEFGH" },
  "events/handover.announced": { handoverId: id(18), clientId: id(19), successorId: id(20), leavingWorkerId: id(21), startsOn: "2027-03-31" },
  "events/staff.invite": { staffId: id(22), linkId: id(23), code: "Zx8_Qv2-Lm4N", expiresAt: "2027-03-31T23:45:00+02:00" },
  "events/staff.password_reset": { staffId: id(22), linkId: id(24), code: "Zx8_Qv2-Lm4N", expiresAt: "2027-03-31T23:45:00+02:00" },
};

describe("outbox message schemas", () => {
  it("every topic has a schema and a valid example; the relay's tenantId may ride along", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(MESSAGES).sort());
    for (const [topic, payload] of Object.entries(EXAMPLES)) {
      expect(isMessageTopic(topic)).toBe(true);
      expect(payloadProblem(topic as MessageTopic, { ...payload, tenantId: id(99) }), topic).toBeUndefined();
    }
  });

  it("a payload without one of its required fields, or with a broken id, is refused with the field named", () => {
    for (const [topic, payload] of Object.entries(EXAMPLES) as [MessageTopic, Record<string, unknown>][]) {
      for (const key of Object.keys(payload)) {
        const { [key]: _dropped, ...rest } = payload;
        const optional = topic === "events/assignment.proposed" && key === "shortUrl";
        if (!optional) expect(payloadProblem(topic, rest), `${topic} without ${key}`).toMatch(new RegExp(key));
      }
    }
    expect(payloadProblem("payouts/regenerate", { runId: "a1" })).toMatch(/^\/runId: /);
    expect(isMessageTopic("events/never")).toBe(false);
  });
});
