import { sql } from "drizzle-orm";
import type { EventJobName } from "@wijkwerk/queue";
import { message, placeOf, type LoaderTable } from "../loader.ts";
import { workerRecipient } from "../recipients.ts";

/** The training events: a reminder of a session, and a place freed up for a waitlisted worker. */
export const TRAINING_LOADERS: LoaderTable<Extract<EventJobName, `training.${string}`>> = {
  "training.reminder": async ({ tx, payload }) => {
    const worker = await workerRecipient(tx, payload.workerId);
    if (!worker) return [];
    // A place given up since (unenrolled, session cancelled) gets no reminder.
    const [e] = await tx.execute<{ status: string }>(sql`
      SELECT status FROM training_enrollments WHERE tenant_id = app_current_tenant() AND session_id = ${payload.sessionId} AND worker_id = ${worker.id}`);
    if (e && e.status !== "enrolled") return [];
    return [
      message("training.reminder", worker, {
        training: payload.training,
        startsAt: payload.startsAt,
        endsAt: payload.endsAt,
        place: placeOf(payload.location),
      }),
    ];
  },

  "training.promoted": async ({ tx, payload }) => {
    const worker = await workerRecipient(tx, payload.workerId);
    if (!worker) return [];
    const [e] = await tx.execute<{ status: string }>(sql`
      SELECT status FROM training_enrollments WHERE tenant_id = app_current_tenant() AND session_id = ${payload.sessionId} AND worker_id = ${worker.id}`);
    // Gave the place up again before we got here: no "you have a place" message.
    if (e && e.status !== "enrolled") return [];
    return [
      message("training.promoted", worker, {
        training: payload.training,
        startsAt: payload.startsAt,
        endsAt: payload.endsAt,
        place: placeOf(payload.location),
      }),
    ];
  },
};
