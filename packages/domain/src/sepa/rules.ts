import { ibanChecksumOk } from "./iban.ts";
import { centsToDecimal, decimalToCents, unescapeXml } from "./text.ts";

export interface SepaRuleViolation {
  code: "ctrl_sum_mismatch" | "count_mismatch" | "bad_iban" | "bad_amount" | "duplicate_end_to_end_id" | "missing_element";
  message: string;
}

function firstText(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  return m?.[1] === undefined ? undefined : unescapeXml(m[1]);
}

function allTexts(xml: string, tag: string): string[] {
  const re = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, "g");
  return Array.from(xml.matchAll(re), (m) => unescapeXml(m[1] ?? ""));
}

/**
 * The checks the XSD cannot do, on a generated pain.001 document: GrpHdr and every PmtInf
 * NbOfTxs/CtrlSum equal the real count and sum, every IBAN passes mod-97, amounts > 0,
 * EndToEndIds unique. Returns [] when all is well.
 */
export function validateSepaBusinessRules(xml: string): SepaRuleViolation[] {
  const out: SepaRuleViolation[] = [];
  const grpHdr = /<GrpHdr>([\s\S]*?)<\/GrpHdr>/.exec(xml)?.[1];
  const pmtInfs = Array.from(xml.matchAll(/<PmtInf>([\s\S]*?)<\/PmtInf>/g), (m) => m[1] ?? "");
  if (grpHdr === undefined) out.push({ code: "missing_element", message: "GrpHdr missing" });
  if (pmtInfs.length === 0) out.push({ code: "missing_element", message: "PmtInf missing" });

  let totalCount = 0;
  let totalSum = 0;
  const seen = new Set<string>();
  pmtInfs.forEach((pmt, i) => {
    const txs = Array.from(pmt.matchAll(/<CdtTrfTxInf>([\s\S]*?)<\/CdtTrfTxInf>/g), (m) => m[1] ?? "");
    let sum = 0;
    for (const tx of txs) {
      const e2e = firstText(tx, "EndToEndId");
      if (e2e === undefined) out.push({ code: "missing_element", message: "EndToEndId missing" });
      else if (seen.has(e2e)) out.push({ code: "duplicate_end_to_end_id", message: `EndToEndId ${e2e} occurs more than once` });
      else seen.add(e2e);
      const amt = firstText(tx, "InstdAmt");
      const cents = amt === undefined ? null : decimalToCents(amt);
      if (cents === null || cents <= 0)
        out.push({ code: "bad_amount", message: `transaction ${e2e ?? "?"}: amount ${amt ?? "missing"} is not > 0 with at most 2 decimals` });
      else sum += cents;
    }
    const nb = firstText(pmt, "NbOfTxs");
    if (nb !== undefined && Number(nb) !== txs.length) {
      out.push({ code: "count_mismatch", message: `PmtInf ${i + 1}: NbOfTxs ${nb} but ${txs.length} transactions` });
    }
    const ctrl = firstText(pmt, "CtrlSum");
    if (ctrl !== undefined && decimalToCents(ctrl) !== sum) {
      out.push({ code: "ctrl_sum_mismatch", message: `PmtInf ${i + 1}: CtrlSum ${ctrl} but transactions add up to ${centsToDecimal(sum)}` });
    }
    totalCount += txs.length;
    totalSum += sum;
  });

  if (grpHdr !== undefined) {
    const nb = firstText(grpHdr, "NbOfTxs");
    if (nb === undefined || Number(nb) !== totalCount) {
      out.push({ code: "count_mismatch", message: `GrpHdr NbOfTxs ${nb ?? "missing"} but ${totalCount} transactions` });
    }
    const ctrl = firstText(grpHdr, "CtrlSum");
    if (ctrl === undefined || decimalToCents(ctrl) !== totalSum) {
      out.push({ code: "ctrl_sum_mismatch", message: `GrpHdr CtrlSum ${ctrl ?? "missing"} but transactions add up to ${centsToDecimal(totalSum)}` });
    }
  }

  for (const iban of allTexts(xml, "IBAN")) {
    if (!ibanChecksumOk(iban)) out.push({ code: "bad_iban", message: `IBAN ${iban} fails the mod-97 check` });
  }
  return out;
}
