import { maskNationalNumber, reachability } from "@wijkwerk/domain";
import { storedMask } from "../registries/stored-mask.ts";
import type { AgreementRow, ClientRow } from "./repository.ts";
import { addressOut } from "../registries/address.ts";

const iso = (t: string) => new Date(t).toISOString();

/**
 * The INSZ masked (issue 13 item 15), from the masked form stored next to its envelope (issue 20):
 * no read here decrypts. The full value: GET /v1/clients/{id}/personal-numbers (audited).
 */
export function clientOut(r: ClientRow) {
  return {
    id: r.id,
    clientNumber: r.clientNumber,
    type: r.type,
    name: r.name,
    contact: { firstName: r.contactFirstName, lastName: r.contactLastName, phone: r.phone, email: r.email },
    address: addressOut(r),
    nationalNumber: storedMask(r.nationalNumberMasked, r.nationalNumber, maskNationalNumber),
    enterpriseNumber: r.enterpriseNumber,
    language: r.language,
    exPwaSince: r.exPwaSince,
    unreachable: reachability({ email: r.email, phone: r.phone, smsOptOut: r.smsOptOut, emailOptOut: r.emailOptOut }).unreachable,
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
