import { sql } from "drizzle-orm";
import { message, web, type Data, type LoaderTable } from "../loader.ts";
import { consultantRecipients, workerRecipient } from "../recipients.ts";

/** The end of a worker's agreement: staff are told, and the worker too when the sweep asks. */
export const AGREEMENT_LOADERS: LoaderTable<"agreement.ending"> = {
  "agreement.ending": async ({ tx, payload, config }) => {
    const worker = await workerRecipient(tx, payload.workerId);
    if (!worker) return [];
    const [w] = await tx.execute<{ name: string }>(
      sql`SELECT first_name || ' ' || last_name AS name FROM workers WHERE tenant_id = app_current_tenant() AND id = ${worker.id}`,
    );
    const endsOn = payload.endsOn;
    const daysLeft = payload.daysLeft;
    const data: Data<"agreement.ending"> = { workerName: w?.name ?? worker.name, endsOn, daysLeft, link: web(config, `/werkers/${worker.id}`) };
    const staff = (await consultantRecipients(tx)).map((r) => message("agreement.ending", r, data));
    // The sweep asks for the worker too (notify).
    return payload.notify.includes("worker") ? [...staff, message("agreement.ending_worker", worker, { endsOn, daysLeft })] : staff;
  },
};
