/**
 * Personal numbers never show in full where they need not (issue 13 item 15): lists, audit rows
 * and logs carry a masked form, enough to recognise a person or an account, not to misuse it.
 */

/** "85.07.30-***.**": the birth date part of an INSZ, the sequence and check hidden. */
export function maskNationalNumber(value: string): string {
  // Already masked (a stored masked form, issue 20): stays as it is.
  if (/^\d{2}\.\d{2}\.\d{2}-\*\*\*\.\*\*$/.test(value)) return value;
  const v = value.replace(/\D/g, "");
  return v.length === 11 ? `${v.slice(0, 2)}.${v.slice(2, 4)}.${v.slice(4, 6)}-***.**` : "***";
}

/** "BE68 **** **** 7034": country, check digits and the last four, as banks show an account. */
export function maskIban(value: string): string {
  const v = value.replace(/\s/g, "").toUpperCase();
  if (v.length < 8) return "****";
  const hidden = v.length - 8;
  return `${v.slice(0, 4)} ${"**** ".repeat(Math.ceil(hidden / 4)).trimEnd()} ${v.slice(-4)}`.replace(/\s+/g, " ");
}

const MASKS: Record<string, (v: string) => string> = {
  nationalNumber: maskNationalNumber,
  iban: maskIban,
  debtorIban: maskIban,
  national_number: maskNationalNumber,
};

/** A copy of a record (an audit row's before/after) with every INSZ and IBAN field masked, at any depth. */
export function maskPersonalNumbers<T>(value: T, depth = 0): T {
  if (depth > 16 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => maskPersonalNumbers(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const mask = MASKS[k];
    out[k] = mask && typeof v === "string" ? mask(v) : maskPersonalNumbers(v, depth + 1);
  }
  return out as T;
}

/**
 * A URL as access logs keep it: the path, and the query's parameter names with their values
 * hidden, so searches (`q=` a name or an INSZ) and signed tokens (`respond?token=`) stay out of logs.
 */
export function redactUrlQuery(url: string): string {
  const at = url.indexOf("?");
  if (at < 0) return url;
  const names = url
    .slice(at + 1)
    .split("&")
    .filter(Boolean)
    .map((pair) => `${pair.split("=")[0]}=***`);
  return `${url.slice(0, at)}?${names.join("&")}`;
}

/** What an access log keeps of a request (API and web alike): method, path with hidden query values, address. */
export function loggedRequest(req: { method: string; url: string; ip?: string }): { method: string; url: string; remoteAddress?: string } {
  return { method: req.method, url: redactUrlQuery(req.url), ...(req.ip ? { remoteAddress: req.ip } : {}) };
}
