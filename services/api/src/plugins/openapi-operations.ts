/**
 * Stable operationIds and tags for the OpenAPI document, derived from method + path so that a
 * new route gets them without asking (issue 24). Client generators name their functions after
 * the operationId: once published, a name never changes — rename a path and pin the old name
 * in OVERRIDES.
 *
 * Derivation: `GET /v1/workers` → listWorkers, `POST /v1/workers` → createWorker,
 * `GET|PATCH|PUT|DELETE /v1/workers/{id}` → getWorker | updateWorker | replaceWorker | deleteWorker,
 * `GET /v1/workers/{id}/capacity` → getWorkerCapacity, `POST /v1/time-entries/{id}/confirm` →
 * confirmTimeEntry (a singular last segment after an id is an action on that item).
 */

/** Irregular names ("METHOD /path" as in the document). Pinned, never derived again. */
const OVERRIDES: Record<string, string> = {
  "GET /ready": "getReadiness",
  "POST /v1/auth/login": "login",
  "POST /v1/auth/logout": "logout",
  "POST /v1/auth/codes": "requestSignInCode",
  "POST /v1/auth/codes/verify": "verifySignInCode",
  "POST /v1/appointments/{id}/seen": "markAppointmentSeen",
  "POST /v1/appointments/{id}/no-show": "markAppointmentNoShow",
  "POST /v1/staff/{id}/password-reset": "resetStaffPassword",
  "POST /v1/staff/me/password": "changeOwnPassword",
  "POST /v1/auth/login/second-factor": "loginSecondFactor",
  "POST /v1/auth/password-reset": "requestPasswordReset",
  "GET /v1/auth/staff-links/{code}": "getStaffLink",
  "POST /v1/auth/staff-links/{code}/password": "choosePasswordByLink",
  "GET /v1/staff/me": "getOwnStaffAccount",
  "POST /v1/staff/me/second-factor": "startSecondFactor",
  "POST /v1/staff/me/second-factor/confirm": "confirmSecondFactor",
  "POST /v1/staff/me/second-factor/remove": "removeSecondFactor",
  "GET /v1/staff/me/sessions": "listOwnSessions",
  "DELETE /v1/staff/me/sessions/{id}": "endOwnSession",
  "POST /v1/staff/me/sessions/end-all": "endAllOwnSessions",
  "POST /v1/staff/{id}/invitation": "resendStaffInvitation",
  "DELETE /v1/staff/{id}/second-factor": "resetStaffSecondFactor",
  "GET /v1/staff/{id}/area": "getStaffArea",
  "PUT /v1/staff/{id}/area": "setStaffArea",
  "POST /v1/assignments/{id}/respond": "respondToAssignment",
  "POST /v1/sms/inbound": "receiveInboundSms",
  "GET /v1/workers/{id}/preferences": "getWorkerPreferences",
  "PUT /v1/workers/{id}/preferences": "replaceWorkerPreferences",
  "GET /v1/clients/{id}/preferences": "getClientPreferences",
  "PUT /v1/clients/{id}/preferences": "replaceClientPreferences",
  "POST /v1/answer-links/{code}/respond": "respondByAnswerLink",
  "POST /v1/answer-links/{code}/undo": "undoDeclineByAnswerLink",
  "POST /v1/jobs/{id}/assignments": "createAssignment",
  "POST /v1/jobs/{id}/confirm-hours": "confirmJobHours",
  "GET /v1/handovers/due": "listDueHandovers",
  "POST /v1/handovers/{id}/inloop": "planHandoverInloop",
  "POST /v1/handovers/{id}/move": "moveHandoverSeries",
  "GET /v1/jobs/{id}/matches": "listJobMatches",
  "GET /v1/settings": "getSettings",
  "PATCH /v1/settings": "updateSettings",
  "PUT /v1/organisation-account": "updateOrganisationAccount",
  "PUT /v1/organisation-contact": "updateOrganisationContact",
  "GET /v1/clients/{id}/voucher-terms": "getClientVoucherTerms",
  "GET /v1/clients/{id}/personal-numbers": "getClientPersonalNumbers",
  "GET /v1/workers/{id}/personal-numbers": "getWorkerPersonalNumbers",
  "POST /v1/payments/coda": "importCodaStatement",
  "POST /v1/payments/statements": "importBankStatementFile",
  "POST /v1/payments/{id}/confirm-match": "confirmPaymentMatch",
  "POST /v1/platform/tenants": "createTenant",
  "GET /v1/reports/hours.csv": "getHoursReportCsv",
  "GET /v1/audit-log": "listAuditLog",
  "GET /v1/audit-log/entities": "listAuditLogEntities",
  "GET /v1/audit-log.csv": "getAuditLogCsv",
  "GET /v1/reports/dashboard": "getDashboardReport",
  "GET /v1/reports/month-end": "getMonthEndReport",
  "GET /v1/reports/training-demand": "getTrainingDemandReport",
  "POST /v1/training-sessions/{id}/attendance": "recordTrainingAttendance",
  "POST /v1/training-sessions/{id}/enrollments": "enrollInTrainingSession",
  "GET /v1/training-sessions/{id}/enrollments": "listTrainingSessionEnrollments",
  "DELETE /v1/training-sessions/{id}/enrollments/{workerId}": "deleteTrainingSessionEnrollment",
  "POST /v1/training-sessions/{id}/enrollments/{workerId}/cancel": "cancelTrainingSessionEnrollment",
  "POST /v1/workers/{id}/skills": "recordWorkerSkill",
  "GET /v1/feedback-links/{code}": "getFeedbackLink",
  "POST /v1/feedback-links/{code}": "answerFeedbackLink",
  "GET /v1/workers/{id}/client-feedback": "listWorkerClientFeedback",
  "GET /v1/follow-up-links/{code}": "getFollowUpLink",
  "POST /v1/follow-up-links/{code}": "answerFollowUpLink",
  "GET /v1/workers/{id}/report-consents": "listWorkerReportConsents",
  "POST /v1/workers/{id}/report-consents": "giveWorkerReportConsent",
  "POST /v1/workers/{id}/report-consents/{consentId}/withdraw": "withdrawWorkerReportConsent",
  "GET /v1/workers/{id}/referrer-report": "getReferrerReport",
  "GET /v1/workers/{id}/referrer-report.pdf": "getReferrerReportPdf",
  "GET /v1/workers/{id}/referrer-report.csv": "getReferrerReportCsv",
  "GET /v1/reports/outflow": "getOutflowReport",
  "GET /v1/reports/outflow.csv": "getOutflowReportCsv",
  "GET /v1/coaching/settings": "getCoachingSettings",
  "PUT /v1/coaching/settings": "updateCoachingSettings",
  "POST /v1/payments/{id}/return": "returnPaymentToSender",
  "POST /v1/payments/{id}/approve": "approvePayment",
  "POST /v1/client-transfers/batches": "createClientTransferBatch",
  "GET /v1/client-transfers/batches": "listClientTransferBatches",
  "GET /v1/client-transfers/batches/{id}/sepa.xml": "getClientTransferBatchSepa",
  "GET /v1/workers/{id}/data-export": "exportWorkerData",
  "GET /v1/workers/{id}/data-export.pdf": "exportWorkerDataPdf",
  "POST /v1/workers/{id}/erasure": "eraseWorker",
  "GET /v1/clients/{id}/data-export": "exportClientData",
  "GET /v1/clients/{id}/data-export.pdf": "exportClientDataPdf",
  "POST /v1/clients/{id}/erasure": "eraseClient",
};

/** One line per tag (documentation tools group operations by tag). A new tag needs a line here: the lint test fails without it. */
export const TAG_DESCRIPTIONS: Record<string, string> = {
  health: "Is the process up, can it reach PostgreSQL and Redis.",
  platform: "The SaaS operator: creating organisations (tenants).",
  auth: "Signing in: staff by password, workers and clients by a one-time code.",
  staff: "Staff members of an organisation and their roles.",
  settings: "The organisation's prices, caps and terms (RULES.md defaults).",
  clients: "Clients (gebruikers): households, schools, vzw's, local governments, farms, and their agreements.",
  jobs: "Jobs (klussen) clients ask for, and the ranked workers that fit them.",
  assignments: "Assignments (toewijzingen): a worker planned on a job, accepted or declined by the worker.",
  sms: "Inbound SMS (issue 17): what workers reply to our number (JA/NEE, STOP), posted by the SMS gateway; the replies per worker.",
  transfers: "Money back to clients (issue 18): voucher refunds and unmatched payments returned to their sender, four eyes, SEPA batches.",
  payouts: "Monthly payouts to workers: runs, lines, SEPA and CSV exports, the organisation's account.",
  reports: "Figures for the organisation and its referrers.",
  "time entries": "Hours worked (prestaties), confirmed or disputed by the client.",
  vouchers: "Vouchers (wijk-werkcheques): orders, payments, refunds, wallets, tax certificates.",
  training: "Trainings, their sessions, enrollments and attendance.",
  "office-hours": "Consultation hours (zitdagen), their slots and appointments.",
  geography: "Municipalities and neighbourhoods used for matching.",
  catalogue: "The activity catalogue, what each municipality allows, and skills.",
  workers: "Workers (wijk-werkers), their agreements, skills and capacity.",
  deliveries: "SMS and e-mail messages sent and their delivery status.",
  "client-feedback":
    "Issue 19: one-tap questions without sign-in — the client's answer about a worker's month of work (read by the consultant only) and the worker's follow-up 9 months after the exit.",
  coaching:
    "Issue 19, wijk-werken +: a worker's coaching trajectory (intake, goals, conversations, evaluations, exit, follow-up), seen by the worker's own consultant and admins.",
  handovers: "Continuity (issue 19): a leaving worker's regular clients, their announced successor, the inloopbeurt and the series moving over.",
  audit: "The audit trail (issue 20): who changed what and when, for admins; append-only.",
};

const VERB_ON_COLLECTION: Record<string, string> = { GET: "list", POST: "create", PUT: "replace", PATCH: "update", DELETE: "delete" };
const VERB_ON_ITEM: Record<string, string> = { GET: "get", POST: "update", PUT: "replace", PATCH: "update", DELETE: "delete" };
/** Words whose singular is not the plural minus an s. */
const SINGULAR: Record<string, string> = { "office-hours": "office-hours", settings: "settings", staff: "staff-member" };

/** `/v1/workers/:id` (Fastify) → `/v1/workers/{id}` (OpenAPI). */
export function openapiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
}

export function operationIdFor(method: string, path: string): string {
  const pinned = OVERRIDES[`${method} ${path}`];
  if (pinned) return pinned;
  const segments = path.split("/").filter((s) => s && s !== "v1");
  const last = segments.at(-1) ?? "root";
  const before = segments.slice(0, -1).filter((s) => !s.startsWith("{"));
  const parents = before.map(singular);
  if (last.startsWith("{")) {
    const [owner, ...rest] = [...before].reverse();
    return camel([VERB_ON_ITEM[method] ?? method.toLowerCase(), ...rest.reverse().map(singular), singular(owner ?? "item")]);
  }
  const word = last.replace(/\./g, "-");
  if (isPlural(last)) {
    const verb = VERB_ON_COLLECTION[method] ?? method.toLowerCase();
    // list and replace act on the whole collection: the plural stays.
    return camel([verb, ...parents, verb === "list" || verb === "replace" ? word : singular(word)]);
  }
  // A singular last segment: a sub-resource (GET/PUT/PATCH/DELETE) or an action (POST).
  if (method === "POST") return camel([word, ...parents]);
  return camel([VERB_ON_ITEM[method] ?? method.toLowerCase(), ...parents, word]);
}

/** The first path segment after /v1 is the resource; routes may name their tags themselves. */
export function tagFor(path: string): string {
  return path.split("/").filter((s) => s && s !== "v1")[0] ?? "root";
}

function isPlural(word: string): boolean {
  return word in SINGULAR || (/s$/.test(word) && !/ss$/.test(word));
}

function singular(word: string): string {
  if (word in SINGULAR) return SINGULAR[word]!;
  if (/ies$/.test(word)) return word.replace(/ies$/, "y");
  if (/(ch|sh|x)es$/.test(word)) return word.replace(/es$/, "");
  return word.replace(/s$/, "");
}

function camel(words: string[]): string {
  const parts = words.flatMap((w) => w.split(/[-_.\s]+/)).filter(Boolean);
  return parts.map((p, i) => (i === 0 ? p.toLowerCase() : p[0]!.toUpperCase() + p.slice(1).toLowerCase())).join("");
}
