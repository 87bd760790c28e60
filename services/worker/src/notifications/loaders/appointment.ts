import { sql } from "drizzle-orm";
import { message, placeOf, type LoaderTable } from "../loader.ts";
import { clientRecipient, workerRecipient } from "../recipients.ts";

/** A reminder of an appointment (zitdag); the person may not be registered yet, then only a phone number is known. */
export const APPOINTMENT_LOADERS: LoaderTable<"appointment.reminder"> = {
  "appointment.reminder": async ({ tx, payload }) => {
    const [ap] = await tx.execute<{ status: string }>(
      sql`SELECT status FROM appointments WHERE tenant_id = app_current_tenant() AND id = ${payload.appointmentId}`,
    );
    if (ap && ap.status !== "planned") return [];
    const { clientId, workerId } = payload;
    let recipient = clientId ? await clientRecipient(tx, clientId) : workerId ? await workerRecipient(tx, workerId) : undefined;
    const phone = payload.phone;
    if (!recipient && phone)
      recipient = { type: "contact", id: null, name: payload.name ?? "", language: "nl", phone, email: null, smsOptOut: false, emailOptOut: false };
    if (!recipient) return [];
    const where = [payload.location, payload.neighbourhoodName].filter(Boolean).join(", ");
    return [
      message("appointment.reminder", recipient, { startsAt: payload.startsAt, place: placeOf(where || "-"), consultantName: payload.consultantName ?? "-" }),
    ];
  },
};
