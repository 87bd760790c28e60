import { maskNationalNumber } from "@wijkwerk/domain";
import type { AgreementRow, ClientRow } from "./repository.ts";
import { addressOut } from "../registries/address.ts";

const iso = (t: string) => new Date(t).toISOString();

/** Lists mask the INSZ (issue 13 item 15); the detail view shows it to the staff who read clients. */
export function clientOut(r: ClientRow, masked = false) {
  return {
    id: r.id,
    clientNumber: r.clientNumber,
    type: r.type,
    name: r.name,
    contact: { firstName: r.contactFirstName, lastName: r.contactLastName, phone: r.phone, email: r.email },
    address: addressOut(r),
    nationalNumber: masked && r.nationalNumber ? maskNationalNumber(r.nationalNumber) : r.nationalNumber,
    enterpriseNumber: r.enterpriseNumber,
    language: r.language,
    exPwaSince: r.exPwaSince,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function agreementOut(a: AgreementRow) {
  return {
    id: a.id,
    clientId: a.clientId,
    startDate: a.startDate,
    endDate: a.endDate,
    feeCents: a.feeCents,
    paymentReference: a.paymentReference,
    feePaidOn: a.feePaidOn,
    status: a.feePaidOn ? ("paid" as const) : ("awaiting_payment" as const),
    createdAt: iso(a.createdAt),
  };
}
