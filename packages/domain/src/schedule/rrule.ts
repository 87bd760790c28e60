import * as rruleModule from "rrule";
import type { Options, RRule as RRuleClass } from "rrule";

// rrule ships a UMD "main" (Node ESM sees only a default export) and an ESM "module" (bundlers see
// named exports). Accept both shapes instead of depending on the resolver.
type RRuleCtor = typeof RRuleClass;
const mod = rruleModule as unknown as { RRule?: RRuleCtor; default?: { RRule?: RRuleCtor } };
const resolved = mod.RRule ?? mod.default?.RRule;
if (!resolved) throw new Error("rrule: RRule export not found");
export const RRule: RRuleCtor = resolved;
export type { Options as RRuleOptions };

export type RruleCheck = { ok: true; options: Partial<Options> } | { ok: false; reason: string };

const ALLOWED_KEYS = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "BYWEEKNO", "BYYEARDAY", "WKST"]);
const ALLOWED_FREQ = new Set(["YEARLY", "MONTHLY", "WEEKLY", "DAILY"]);

/**
 * Accepts one RRULE line ("FREQ=WEEKLY;BYDAY=TU", optionally prefixed "RRULE:"). The time of day
 * comes from the caller, so BYHOUR/BYMINUTE/BYSECOND and sub-daily frequencies are refused, as are
 * DTSTART/TZID (the series is always Europe/Brussels wall-clock).
 */
export function validateRrule(rule: string): RruleCheck {
  if (typeof rule !== "string" || rule.trim() === "") return { ok: false, reason: "empty rule" };
  const body = rule.trim().replace(/^RRULE:/i, "");
  if (/[\r\n]/.test(body)) return { ok: false, reason: "only one RRULE line is allowed (no DTSTART, EXDATE …)" };
  if (body.length > 300) return { ok: false, reason: "rule too long" };
  const seen = new Set<string>();
  for (const part of body.split(";")) {
    const m = /^([A-Z]+)=([A-Z0-9,+-]+)$/i.exec(part);
    if (!m) return { ok: false, reason: `cannot read ${JSON.stringify(part)}` };
    const key = (m[1] ?? "").toUpperCase();
    if (!ALLOWED_KEYS.has(key)) return { ok: false, reason: `${key} is not allowed` };
    if (seen.has(key)) return { ok: false, reason: `${key} appears twice` };
    seen.add(key);
    if (key === "FREQ" && !ALLOWED_FREQ.has((m[2] ?? "").toUpperCase())) {
      return { ok: false, reason: `FREQ=${m[2]} is too frequent or unknown; use DAILY, WEEKLY, MONTHLY or YEARLY` };
    }
    if (key === "INTERVAL" && !/^[1-9]\d{0,2}$/.test(m[2] ?? "")) return { ok: false, reason: "INTERVAL must be 1-999" };
    if (key === "COUNT" && !/^[1-9]\d{0,3}$/.test(m[2] ?? "")) return { ok: false, reason: "COUNT must be 1-9999" };
  }
  if (!seen.has("FREQ")) return { ok: false, reason: "FREQ is missing" };
  let options: Partial<Options>;
  try {
    options = RRule.parseString(body.toUpperCase());
    // Constructing and asking for one date surfaces what parseString lets through (e.g. BYDAY=XX).
    const probe = new RRule({ ...options, dtstart: new Date(Date.UTC(2000, 0, 1)) });
    if (probe.after(new Date(Date.UTC(2000, 0, 1)), true) === null) return { ok: false, reason: "the rule never produces a date" };
  } catch (e) {
    return { ok: false, reason: `invalid rule: ${(e as Error).message}` };
  }
  return { ok: true, options };
}
