import type { ErrorTable } from "./table.ts";

/** Codes of the coaching trajectory (issue 19, "wijk-werken +"). */
export const COACHING_ERRORS = {
  "coaching.not_your_worker": { status: 403, title: "Alleen de eigen bemiddelaar van deze wijk-werker en een beheerder zien het traject." },
  "coaching.consultant_taken": { status: 409, title: "Deze wijk-werker heeft al een andere bemiddelaar. Vraag een beheerder om dat te wijzigen." },
  "coaching.settings_invalid": { status: 422, title: "Deze evaluatiemomenten zijn niet mogelijk." },
  "coaching.language_invalid": { status: 422, title: "Kies per taal een taalcode en een niveau, elke taal één keer." },
  "coaching.goal_type_name_taken": { status: 409, title: "Er is al een doel met die naam." },
  "coaching.goal_type_inactive": { status: 409, title: "Dit doel staat niet meer op de lijst." },
  "coaching.goal_exists": { status: 409, title: "Deze wijk-werker heeft dit doel al." },
  "coaching.goal_unknown": { status: 422, title: "Dit doel hoort niet bij deze wijk-werker." },
  "coaching.appointment_unknown": { status: 422, title: "Deze afspraak op de zitdag hoort niet bij deze wijk-werker." },
  "coaching.no_agreement": { status: 409, title: "Deze wijk-werker heeft geen wijk-werkovereenkomst op die datum." },
  "coaching.moment_unknown": { status: 422, title: "Dit is geen evaluatiemoment van deze overeenkomst." },
  "coaching.evaluation_exists": { status: 409, title: "Dit evaluatiemoment is al geëvalueerd." },
  "coaching.exit_exists": { status: 409, title: "Het einde van dit traject is al genoteerd." },
  "coaching.exit_before_agreement": { status: 422, title: "De einddatum valt vóór de start van de overeenkomst." },
  "coaching.exit_after_agreement": { status: 422, title: "De einddatum valt na het einde van de overeenkomst." },
} as const satisfies ErrorTable;
