import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type, type Static } from "@sinclair/typebox";
import { eq } from "drizzle-orm";
import { schema } from "@wijkwerk/db";
import {
  applySettingsPatch,
  brusselsDateOf,
  scheduleVoucherPrice,
  validateSettingsPatch,
  type Settings as DomainSettings,
  type SettingsPatch,
} from "@wijkwerk/domain";
import { AppError } from "../errors/problem.ts";
import { mergeSettings } from "../settings-store.ts";
import { errorResponses } from "../schemas/common.ts";

const Cents = Type.Integer({ minimum: 0 });
const PerClientType = (t: typeof Cents) =>
  Type.Object({ private: t, localGovernment: t, education: t, nonprofit: t, agriculture: t }, { additionalProperties: false });
const Weights = Type.Object(
  { sameNeighbourhood: Cents, adjacentNeighbourhood: Cents, withinTravel: Cents, continuity: Cents, fairness: Cents, activityPreference: Cents },
  { additionalProperties: false },
);

export const SettingsSchema = Type.Object({
  voucherPriceCents: PerClientType(Cents),
  registrationFeeCents: Cents,
  workerHourlyCents: Type.Integer({
    minimum: 0,
    description: "Fixed by law (RULES §2): 410. Shown, never set: a PATCH that contains it is 422 settings.invalid (settings.fixed_by_law).",
  }),
  travelCentsPerKm: Type.Number({
    minimum: 0,
    description: "Fixed by law (RULES §2): the travel rate in force today in cents per km, e.g. 17.69 in 2026 (0,17 from 2024, +2 % a year). Shown, never set.",
  }),
  monthlyCapMinutes: Type.Integer({ minimum: 1 }),
  yearlyCapMinutes: Type.Integer({ minimum: 1 }),
  agreementMaxMonths: Type.Integer({ minimum: 1 }),
  confirmWindowDays: Type.Integer({ minimum: 1 }),
  voucherValidityMonths: Type.Integer({ minimum: 1 }),
  matchWeights: Weights,
  proposalExpiryHours: Type.Integer({ minimum: 1 }),
  overtimeToleranceMinutes: Type.Integer({
    minimum: 1,
    description: "Minutes a time entry may exceed its assignment's planned length; more is refused (time_entry.over_planned)",
  }),
  agreementEndingNoticeDays: Type.Integer({ minimum: 1, description: "Days before an agreement ends that the consultant and the worker are told, once" }),
  agreementFeeGraceDays: Type.Integer({
    minimum: 0,
    maximum: 365,
    description:
      "RULES §3: days from a client agreement's start during which work and cheques may be ordered before its fee is paid; 0 (default) = the fee first",
  }),
  fourEyesAboveCents: Type.Integer({
    minimum: 0,
    description:
      "Issue 18: a payout run above this amount (cents) is approved by another staff member than the one who prepared it; 0 = every amount. Default 100000 (1.000 euro).",
  }),
  payoutDayOfMonth: Type.Integer({
    minimum: 1,
    maximum: 28,
    description:
      "Issue 18: the work of a month is paid on this day of the next month (a Saturday or Sunday moves to the Monday after); shown to workers as their payment calendar. Default 15.",
  }),
  secondFactorForConsultants: Type.Boolean({
    description: "Issue 20: consultants sign in with a second factor (TOTP) too; admins and finance always do. Default false.",
  }),
  secondFactorEnrolmentDays: Type.Integer({
    minimum: 0,
    maximum: 90,
    description:
      "Issue 20: days a staff account that needs a second factor has to set it up, from its creation; after that, signing in only allows setting it up. Default 14.",
  }),
});
export type Settings = Static<typeof SettingsSchema>;
// The wire schema and the domain type must describe the same object.
const _sameShape: DomainSettings = {} as Settings;
void _sameShape;

/** Responses add the price changes still to come (RULES §4: a new price applies from 1 January). */
const SettingsResponse = Type.Object({
  ...SettingsSchema.properties,
  voucherPriceSchedule: Type.Array(Type.Object({ effectiveFrom: Type.String({ format: "date" }), voucherPriceCents: PerClientType(Cents) }), {
    description: "Voucher prices decided but not yet in force; voucherPriceCents is the price in force today.",
  }),
});

const PatchSchema = Type.Partial(
  Type.Object({
    ...SettingsSchema.properties,
    voucherPriceCents: Type.Partial(PerClientType(Cents), { additionalProperties: false }),
    matchWeights: Type.Partial(Weights, { additionalProperties: false }),
  }),
  { additionalProperties: false, minProperties: 1 },
);

const settings: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/settings",
    {
      config: { roles: ["admin", "consultant", "finance"] },
      schema: { tags: ["settings"], summary: "Tenant settings", response: { 200: SettingsResponse, ...errorResponses(401, 403) } },
    },
    async (request) =>
      request.tenantTx(async ({ tx, tenantId }) => {
        const [t] = await tx.select({ settings: schema.tenants.settings }).from(schema.tenants).where(eq(schema.tenants.id, tenantId));
        return mergeSettings(t?.settings ?? {});
      }),
  );

  app.patch(
    "/v1/settings",
    {
      config: { roles: ["admin"], errors: ["settings.invalid"] },
      schema: {
        tags: ["settings"],
        summary: "Change tenant settings (a voucher price change takes effect on 1 January)",
        body: PatchSchema,
        response: { 200: SettingsResponse, ...errorResponses(401, 403, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, tenantId, audit }) => {
        const [t] = await tx.select({ settings: schema.tenants.settings }).from(schema.tenants).where(eq(schema.tenants.id, tenantId)).for("update");
        const today = brusselsDateOf(new Date());
        const before = mergeSettings(t?.settings ?? {}, today);
        const patch = request.body as SettingsPatch;
        const errors = validateSettingsPatch(before, patch);
        if (errors.length > 0)
          throw new AppError("settings.invalid", "Deze instellingen zijn niet toegelaten.", {
            errors: errors.map((e) => ({ path: e.path, message: e.message })),
          });
        // RULES §4 (S7): a new voucher price is scheduled for 1 January, everything else applies now.
        const { voucherPriceCents: newPrices, ...now } = patch;
        const voucherPriceSchedule = newPrices
          ? scheduleVoucherPrice(before.voucherPriceSchedule, today, { ...before.voucherPriceCents, ...newPrices })
          : before.voucherPriceSchedule;
        const after = { ...applySettingsPatch(before, now), voucherPriceCents: before.voucherPriceCents, voucherPriceSchedule };
        // Store the whole object: later changes to defaults never silently change a tenant's terms.
        // What the law fixes is not the tenant's and is not stored (resolveSettings fills it in).
        const { workerHourlyCents: _pay, travelCentsPerKm: _travel, ...stored } = after;
        await tx.update(schema.tenants).set({ settings: stored }).where(eq(schema.tenants.id, tenantId));
        await audit({ entity: "settings", entityId: tenantId, action: "update", before, after });
        return after;
      }),
  );
};

export default settings;
