import type { AgreementRow } from "./repository.ts";

export const agreementOut = (a: AgreementRow) => ({
  id: a.id,
  workerId: a.workerId,
  startDate: a.startDate,
  endDate: a.endDate,
  legacyPwa: a.legacyPwa,
  pwaAgreementDate: a.pwaAgreementDate,
  reReferral: a.reReferralDate && a.reReferredBy ? { date: a.reReferralDate, referrer: a.reReferredBy } : null,
  createdAt: new Date(a.createdAt).toISOString(),
});
