import type { ErrorTable } from "./table.ts";

export const REGISTRY_ERRORS = {
  "municipality.nis_code_taken": { status: 409, title: "Deze gemeente bestaat al (zelfde NIS-code)." },
  "neighbourhood.name_taken": { status: 409, title: "Deze gemeente heeft al een wijk met die naam." },
  "skill.name_taken": { status: 409, title: "Er is al een competentie met die naam." },
  "worker.duplicate_national_number": { status: 409, title: "Deze wijk-werker is al ingeschreven." },
  "worker.not_eligible": { status: 422, title: "Deze persoon kan geen wijk-werker worden." },
  "agreement.too_long": { status: 422, title: "Een wijk-werkovereenkomst mag niet zo lang duren." },
  "agreement.overlaps": { status: 409, title: "Er loopt al een wijk-werkovereenkomst in deze periode." },
  "agreement.re_referral_required": { status: 409, title: "Deze overeenkomst is een hertoeleiding: noteer eerst de nieuwe doorverwijzing." },
  "agreement.pwa_date_required": { status: 422, title: "Noteer de datum van de PWA-overeenkomst op 30-09-2017." },
} as const satisfies ErrorTable;
