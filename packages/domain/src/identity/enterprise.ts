import { mod97 } from "./mod97.ts";

/** Why a KBO enterprise number was refused; stable codes. */
export type EnterpriseNumberReason = "kbo.format" | "kbo.first_digit" | "kbo.checksum";

/** Result of {@link validateEnterpriseNumber}. */
export type EnterpriseNumberResult = { ok: true; value: string; formatted: string } | { ok: false; reason: EnterpriseNumberReason };

/** Non-private clients are identified by their KBO number (API.md POST /v1/clients enterpriseNumber): 10 digits, first 0/1, check = 97 - first 8 mod 97. */
export function validateEnterpriseNumber(input: string): EnterpriseNumberResult {
  const value = input.replace(/[\s.-]/g, "").replace(/^BE/i, "");
  if (!/^\d{10}$/.test(value)) return { ok: false, reason: "kbo.format" };
  if (value[0] !== "0" && value[0] !== "1") return { ok: false, reason: "kbo.first_digit" };
  if (97 - mod97(value.slice(0, 8)) !== Number(value.slice(8))) return { ok: false, reason: "kbo.checksum" };
  return { ok: true, value, formatted: `${value.slice(0, 4)}.${value.slice(4, 7)}.${value.slice(7)}` };
}
