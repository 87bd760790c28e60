import { sql } from "drizzle-orm";
import type { EventJobName } from "@wijkwerk/queue";
import { message, type LoaderTable } from "../loader.ts";
import { workerRecipient } from "../recipients.ts";

/**
 * Issue 17: the one SMS back to a worker who replied by SMS (POST /v1/sms/inbound). SMS only, and
 * urgent: the worker just wrote to us, quiet hours do not hold it back.
 */
export const SMS_REPLY_LOADERS: LoaderTable<Extract<EventJobName, "sms.reply">> = {
  "sms.reply": async ({ tx, payload, now }) => {
    const worker = await workerRecipient(tx, payload.workerId);
    if (!worker) return [];
    const [a] = payload.assignmentId
      ? await tx.execute<{ activity: string; starts_at: Date }>(sql`
          SELECT act.code AS activity, a.starts_at FROM assignments a
            JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
            JOIN activities act ON act.code = j.activity_code
           WHERE a.tenant_id = app_current_tenant() AND a.id = ${payload.assignmentId}`)
      : [];
    return [
      message(
        "sms.reply",
        worker,
        {
          accepted: payload.reply === "accepted",
          declined: payload.reply === "declined",
          taken: payload.reply === "taken",
          help: payload.reply === "help",
          started: payload.reply === "started",
          activity: a?.activity ?? "",
          startsAt: a?.starts_at ?? now,
          several: payload.otherOpen > 0,
        },
        { channels: ["sms"], urgent: true },
      ),
    ];
  },
};
