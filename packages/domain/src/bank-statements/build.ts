/**
 * A camt.053.001.02 statement as a Belgian bank sends it, for tests and examples: one Stmt per input,
 * one booked Ntry per movement with its TxDtls (references, related parties, remittance information).
 */
export interface Camt053BuildMovement {
  amountCents: number;
  bookingDate: string;
  valueDate?: string;
  /** "+++ddd/dddd/ddddd+++": sent as Strd/CdtrRefInf/Ref (type SCOR, issuer BBA), digits only as Belgian banks do. */
  structuredReference?: string;
  communication?: string;
  counterpartyName?: string;
  counterpartyIban?: string;
  accountServicerReference: string;
}
export interface Camt053BuildInput {
  iban: string;
  statementId: string;
  createdAt?: string;
  movements: Camt053BuildMovement[];
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const amt = (cents: number) => (Math.abs(cents) / 100).toFixed(2);

export function buildCamt053(statements: readonly Camt053BuildInput[], messageId = "CAMT-TEST-1"): string {
  const stmt = (s: Camt053BuildInput) => {
    const created = s.createdAt ?? `${s.movements[0]?.bookingDate ?? "2026-11-30"}T18:00:00`;
    const ntries = s.movements.map((m) => {
      const credit = m.amountCents >= 0;
      const role = credit ? "Dbtr" : "Cdtr";
      const rmt = m.structuredReference
        ? `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>${m.structuredReference.replace(/\D/g, "")}</Ref></CdtrRefInf></Strd></RmtInf>`
        : m.communication
          ? `<RmtInf><Ustrd>${esc(m.communication)}</Ustrd></RmtInf>`
          : "";
      const parties =
        m.counterpartyName || m.counterpartyIban
          ? `<RltdPties>${m.counterpartyName ? `<${role}><Nm>${esc(m.counterpartyName)}</Nm></${role}>` : ""}${m.counterpartyIban ? `<${role}Acct><Id><IBAN>${m.counterpartyIban}</IBAN></Id></${role}Acct>` : ""}</RltdPties>`
          : "";
      return `
      <Ntry>
        <Amt Ccy="EUR">${amt(m.amountCents)}</Amt>
        <CdtDbtInd>${credit ? "CRDT" : "DBIT"}</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>${m.bookingDate}</Dt></BookgDt>
        <ValDt><Dt>${m.valueDate ?? m.bookingDate}</Dt></ValDt>
        <AcctSvcrRef>${esc(m.accountServicerReference)}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>${credit ? "RCDT" : "ICDT"}</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls>
          <Refs><AcctSvcrRef>${esc(m.accountServicerReference)}</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <AmtDtls><TxAmt><Amt Ccy="EUR">${amt(m.amountCents)}</Amt></TxAmt></AmtDtls>
          ${parties}
          ${rmt}
        </TxDtls></NtryDtls>
      </Ntry>`;
    });
    return `
    <Stmt>
      <Id>${esc(s.statementId)}</Id>
      <ElctrncSeqNb>${s.statementId.replace(/\D/g, "").slice(-6) || "1"}</ElctrncSeqNb>
      <CreDtTm>${created}</CreDtTm>
      <Acct><Id><IBAN>${s.iban}</IBAN></Id><Ccy>EUR</Ccy><Svcr><FinInstnId><BIC>GKCCBEBB</BIC></FinInstnId></Svcr></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${created.slice(0, 10)}</Dt></Dt></Bal>
      ${ntries.join("")}
    </Stmt>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>${esc(messageId)}</MsgId><CreDtTm>2026-11-30T18:00:00</CreDtTm></GrpHdr>${statements.map(stmt).join("")}
  </BkToCstmrStmt>
</Document>
`;
}
