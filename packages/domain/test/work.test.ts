import { describe, expect, it } from "vitest";
import {
  activityRefusal,
  activityRequestAnswerProblem,
  exPwaActivityRefused,
  missingSkill,
  assignmentCompletes,
  cancelsWith,
  canCancelJob,
  confirmWindowStart,
  jobDone,
  jobHasRoom,
  jobWorkDone,
  timeEntryProblem,
} from "../src/work/index.ts";

describe("timeEntryProblem", () => {
  const base = { today: "2026-12-03", assignmentDate: "2026-12-03", plannedMinutes: 60, toleranceMinutes: 30 };
  it.each([
    { name: "RULES §5 (S34): hours of today's assignment", date: "2026-12-03", minutes: 60, problem: null },
    {
      name: "RULES §5: work date after today in Brussels is future work",
      date: "2026-12-29",
      assignmentDate: "2026-12-29",
      minutes: 60,
      problem: "time_entry.future_date",
    },
    { name: "RULES §5: future date is refused before the day check", date: "2026-12-04", minutes: 60, problem: "time_entry.future_date" },
    { name: "another day than the assignment's", date: "2026-12-02", minutes: 60, problem: "time_entry.outside_assignment" },
    { name: "exactly planned + tolerance is accepted", date: "2026-12-03", minutes: 90, problem: null },
    { name: "one minute above planned + tolerance is refused", date: "2026-12-03", minutes: 91, problem: "time_entry.over_planned" },
    { name: "720 minutes on a 60-minute assignment (issue 13)", date: "2026-12-03", minutes: 720, problem: "time_entry.over_planned" },
    { name: "less than planned is fine", date: "2026-12-03", minutes: 15, problem: null },
  ])("$name", ({ problem, ...input }) => {
    expect(timeEntryProblem({ ...base, ...input })).toBe(problem);
  });
});

describe("confirmWindowStart", () => {
  it.each([
    { name: "RULES §5 (S35): submitted after the work, counts from the submission", work: "2026-12-01", submitted: "2026-12-03", start: "2026-12-03" },
    { name: "RULES §5: submitted the same day", work: "2026-12-03", submitted: "2026-12-03", start: "2026-12-03" },
    { name: "RULES §5: never before the work (legacy future-dated entries)", work: "2026-12-29", submitted: "2026-12-03", start: "2026-12-29" },
  ])("$name", ({ work, submitted, start }) => {
    expect(confirmWindowStart(work, submitted)).toBe(start);
  });
});

describe("job life-cycle", () => {
  it.each([
    { accepted: 0, needed: 1, room: true },
    { accepted: 1, needed: 1, room: false },
    { accepted: 1, needed: 2, room: true },
    { accepted: 2, needed: 2, room: false },
  ])("one accepted worker per job occurrence unless it needs more: $accepted of $needed → $room", ({ accepted, needed, room }) => {
    expect(jobHasRoom(accepted, needed)).toBe(room);
  });
  it.each([
    { status: "open", ok: true },
    { status: "assigned", ok: true },
    { status: "done", ok: false },
    { status: "cancelled", ok: false },
  ])("a job in $status can be cancelled: $ok", ({ status, ok }) => {
    expect(canCancelJob(status)).toBe(ok);
  });

  // Issue 13 item 3: "done when the last occurrence's hours are confirmed; assignment completed when its hours are confirmed".
  it.each([
    { assignment: "accepted", entry: "confirmed", completes: true },
    { assignment: "accepted", entry: "submitted", completes: false },
    { assignment: "accepted", entry: "awaiting_vouchers", completes: false },
    { assignment: "accepted", entry: "disputed", completes: false },
    { assignment: "cancelled", entry: "confirmed", completes: false },
    { assignment: "completed", entry: "confirmed", completes: false },
  ])("an $assignment assignment whose hours are $entry is completed: $completes", ({ assignment, entry, completes }) => {
    expect(assignmentCompletes(assignment, entry)).toBe(completes);
  });
  it.each([
    { statuses: ["completed"], done: true },
    { statuses: ["completed", "declined", "expired"], done: true },
    { statuses: ["completed", "proposed"], done: true },
    { statuses: ["completed", "accepted"], done: false },
    { statuses: ["accepted"], done: false },
    { statuses: ["cancelled"], done: false },
    { statuses: [], done: false },
  ])("the work of a job with assignments $statuses is done: $done", ({ statuses, done }) => {
    expect(jobWorkDone(statuses)).toBe(done);
  });
  it.each([
    { own: true, others: [], done: true },
    { own: true, others: ["done", "cancelled"], done: true },
    { own: true, others: ["done", "assigned"], done: false },
    { own: true, others: ["open"], done: false },
    { own: false, others: ["done"], done: false },
  ])("a series head whose own work is done=$own with occurrences $others is done: $done", ({ own, others, done }) => {
    expect(jobDone(own, others)).toBe(done);
  });
  it.each([
    { head: true, status: "open", cancels: true },
    { head: true, status: "assigned", cancels: true },
    { head: true, status: "done", cancels: false },
    { head: false, status: "open", cancels: false },
  ])("cancelling a job (series head: $head) cancels an occurrence in $status: $cancels", ({ head, status, cancels }) => {
    expect(cancelsWith(head, status)).toBe(cancels);
  });
});

describe("the skill an activity needs (RULES §6)", () => {
  it.each([
    { required: null, held: [], missing: null },
    { required: "Tuinonderhoud", held: ["Tuinonderhoud", "Koken"], missing: null },
    { required: "Tuinonderhoud", held: ["Koken"], missing: "Tuinonderhoud" },
    { required: "Tuinonderhoud", held: [], missing: "Tuinonderhoud" },
  ])("needing $required with $held: missing $missing", ({ required, held, missing }) => {
    expect(missingSkill(required, held)).toBe(missing);
  });
});

describe("RULES §6 (S23): cooking, washing and big clean-up for transitional ex-PWA households only", () => {
  it.each([
    { activity: { exPwaOnly: true }, client: { exPwaSince: null }, refused: true },
    { activity: { exPwaOnly: true }, client: { exPwaSince: "2017-06-01" }, refused: false },
    { activity: { exPwaOnly: false }, client: { exPwaSince: null }, refused: false },
  ])("ex-PWA-only $activity.exPwaOnly for a household since $client.exPwaSince: refused $refused", ({ activity, client, refused }) => {
    expect(exPwaActivityRefused(activity, client)).toBe(refused);
  });
});

describe("RULES §3 (S19) and §6 (S23): the municipality's list says which kinds of client may order an activity", () => {
  it.each([
    { exPwaOnly: false, type: "private", exPwaSince: null, permitted: ["private", "school"], refusal: null },
    { exPwaOnly: false, type: "school", exPwaSince: null, permitted: ["private"], refusal: "job.activity_not_allowed" },
    { exPwaOnly: false, type: "private", exPwaSince: null, permitted: null, refusal: "job.activity_not_allowed" },
    { exPwaOnly: false, type: "private", exPwaSince: null, permitted: [], refusal: "job.activity_not_allowed" },
    { exPwaOnly: true, type: "private", exPwaSince: null, permitted: ["private"], refusal: "job.activity_ex_pwa_only" },
    { exPwaOnly: true, type: "private", exPwaSince: null, permitted: null, refusal: "job.activity_ex_pwa_only" },
    { exPwaOnly: true, type: "private", exPwaSince: "2017-06-01", permitted: ["private"], refusal: null },
    { exPwaOnly: true, type: "private", exPwaSince: "2017-06-01", permitted: null, refusal: "job.activity_not_allowed" },
  ] as const)(
    "a $type client (ex-PWA since $exPwaSince), activity ex-PWA-only $exPwaOnly, list $permitted: $refusal",
    ({ exPwaOnly, type, exPwaSince, permitted, refusal }) => {
      expect(activityRefusal({ exPwaOnly }, { type, exPwaSince }, permitted)).toBe(refusal);
    },
  );
});

describe("RULES §3 (S19, S25) and §6 (S32): a client asks to add an activity, the admin answers", () => {
  const grant = { decision: "granted" as const, activityCode: "garden.leaves", reason: null };
  it.each([
    { name: "granting a list activity this kind of client may have", status: "open" as const, answer: grant, permitted: ["private"], problem: null },
    { name: "a request forwarded to VDAB (S32) may still be granted", status: "forwarded" as const, answer: grant, permitted: ["private"], problem: null },
    {
      name: "granting an activity the list keeps from this kind of client",
      status: "open" as const,
      answer: grant,
      permitted: ["education"],
      problem: "activity_request.not_on_list",
    },
    {
      name: "granting an activity that is not on the Flemish list",
      status: "open" as const,
      answer: grant,
      permitted: undefined,
      problem: "activity_request.not_on_list",
    },
    {
      name: "granting a wish in words without picking a list activity",
      status: "open" as const,
      answer: { ...grant, activityCode: null },
      permitted: undefined,
      problem: "activity_request.not_on_list",
    },
    {
      name: "refusing without saying why",
      status: "open" as const,
      answer: { decision: "refused" as const, activityCode: null, reason: "  " },
      permitted: undefined,
      problem: "activity_request.reason_required",
    },
    {
      name: "forwarding to VDAB without a word to the client",
      status: "open" as const,
      answer: { decision: "forwarded" as const, activityCode: null, reason: null },
      permitted: undefined,
      problem: "activity_request.reason_required",
    },
    {
      name: "refusing with a reason",
      status: "open" as const,
      answer: { decision: "refused" as const, activityCode: null, reason: "Dat doet de gemeente zelf." },
      permitted: undefined,
      problem: null,
    },
    {
      name: "answering a request granted already",
      status: "granted" as const,
      answer: grant,
      permitted: ["private"],
      problem: "activity_request.already_answered",
    },
    {
      name: "answering a request refused already",
      status: "refused" as const,
      answer: grant,
      permitted: ["private"],
      problem: "activity_request.already_answered",
    },
  ])("$name: $problem", ({ status, answer, permitted, problem }) => {
    expect(activityRequestAnswerProblem(status, answer, "private", permitted)).toBe(problem);
  });
});
