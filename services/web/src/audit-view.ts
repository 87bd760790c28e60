/** Issue 20: the audit trail in words an admin reads: who, did what, to what, and what changed. */
export interface AuditEntry {
  id: string;
  at: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

const ENTITY: Record<string, string> = {
  worker: "wijk-werker",
  worker_agreement: "overeenkomst wijk-werker",
  client: "klant",
  client_agreement: "overeenkomst klant",
  job: "klus",
  assignment: "toewijzing",
  time_entry: "prestatie",
  payment: "betaling",
  voucher_order: "bestelling cheques",
  voucher_lot: "cheques",
  voucher_refund: "terugname cheques",
  payout_run: "uitbetaling",
  settings: "instellingen",
  staff: "medewerker",
  organisation_account: "rekening van de organisatie",
  audit_log: "logboek",
};
const ACTION: Record<string, string> = {
  create: "aangemaakt",
  update: "gewijzigd",
  delete: "verwijderd",
  invite: "uitgenodigd",
  change_role: "rol gewijzigd",
  reset_password: "wachtwoord opnieuw ingesteld",
  deactivate: "uitgeschakeld",
  sign_in: "aangemeld",
  sign_out: "afgemeld",
  export: "uitgevoerd als bestand",
  approve: "goedgekeurd",
  confirm: "bevestigd",
  issue: "uitgegeven",
};

export const entityLabel = (entity: string) => ENTITY[entity] ?? entity.replace(/_/g, " ");
const actorTypeLabel: Record<string, string> = { admin: "beheerder", consultant: "bemiddelaar", finance: "financiën", client: "klant", worker: "wijk-werker" };

/** A value as one short line: numbers and words as they are, anything bigger as its JSON, cut at 80 characters. */
function short(v: unknown): string {
  if (v === null || v === undefined) return "—";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

/** What changed, field by field: for a new record what it got, for a change only what differs. */
export function changesOf(before: unknown, after: unknown): { field: string; before: string; after: string }[] {
  const b = before && typeof before === "object" ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === "object" ? (after as Record<string, unknown>) : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .slice(0, 15)
    .map((field) => ({ field, before: short(b[field]), after: short(a[field]) }));
}

/** One row of the log page, in plain Dutch. */
export function auditRow(e: AuditEntry) {
  return {
    ...e,
    who: e.actorName ?? (e.actorType === "anyone" ? "iemand zonder aanmelding" : (actorTypeLabel[e.actorType] ?? e.actorType)),
    role: actorTypeLabel[e.actorType] ?? e.actorType,
    what: entityLabel(e.entity),
    did: ACTION[e.action] ?? e.action.replace(/_/g, " "),
    changes: changesOf(e.before, e.after),
  };
}
