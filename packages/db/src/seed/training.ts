import { randomUUID } from "node:crypto";
import type postgres from "postgres";
import { addCalendarDays, brusselsDateOf, expandRecurrence, officeHourSlots } from "@wijkwerk/domain";
import type { SeedStep } from "./steps.ts";

/**
 * Demo training and zitdagen (RULES.md §7, §8): a short garden training next week in Rabot, and
 * two weekly zitdagen with a few appointments and a walk-in. Looks up what the Gent registries
 * step created by name and leaves out whatever is missing, so it also runs on a bare tenant.
 */

export const DEMO_TRAINING_NAME = "Tuinonderhoud (korte opleiding)";

interface ZitdagDef {
  hood: string;
  location: string;
  rrule: string;
  weekday: number;
  start: string;
  end: string;
  slotMinutes: number;
}

const ZITDAGEN: ZitdagDef[] = [
  { hood: "Rabot", location: "Buurtcentrum Rabot, Rabotstraat", rrule: "FREQ=WEEKLY;BYDAY=TU", weekday: 2, start: "09:00", end: "12:00", slotMinutes: 20 },
  {
    hood: "Brugse Poort",
    location: "Dienstencentrum Brugse Poort, Phoenixstraat",
    rrule: "FREQ=WEEKLY;BYDAY=TH",
    weekday: 4,
    start: "13:30",
    end: "16:30",
    slotMinutes: 20,
  },
];

async function idByPrefix(tx: postgres.TransactionSql, table: "neighbourhoods" | "skills", prefix: string): Promise<string | undefined> {
  const rows = await tx<
    { id: string }[]
  >`SELECT id FROM ${tx(table)} WHERE tenant_id = app_current_tenant() AND name ILIKE ${prefix + "%"} ORDER BY name LIMIT 1`;
  return rows[0]?.id;
}

/** The first given ISO weekday (1 = Monday) after `date` ("YYYY-MM-DD"). */
function nextWeekday(weekday: number, date: string): string {
  let d = addCalendarDays(date, 1);
  while (((new Date(`${d}T12:00:00Z`).getUTCDay() + 6) % 7) + 1 !== weekday) d = addCalendarDays(d, 1);
  return d;
}

export const seedTraining: SeedStep = async ({ sql, tenantId, log }) => {
  await sql.begin(async (tx) => {
    await tx`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
    const today = brusselsDateOf(new Date());
    const [consultant] = await tx<{ id: string }[]>`
      SELECT id FROM staff WHERE tenant_id = app_current_tenant() AND role = 'consultant' AND active ORDER BY created_at LIMIT 1`;
    const rabot = await idByPrefix(tx, "neighbourhoods", "Rabot");

    const skillId = await idByPrefix(tx, "skills", "Tuinonderhoud");
    const [existing] = await tx`SELECT 1 FROM trainings WHERE tenant_id = app_current_tenant() AND name = ${DEMO_TRAINING_NAME}`;
    if (!skillId || !rabot) log("training: skill Tuinonderhoud or neighbourhood Rabot not found, no demo training");
    else if (!existing) {
      const trainingId = randomUUID();
      await tx`
        INSERT INTO trainings (tenant_id, id, name, skill_id, description, duration_minutes)
        VALUES (${tenantId}, ${trainingId}, ${DEMO_TRAINING_NAME}, ${skillId},
                ${"Hagen snoeien, gras maaien en borders onderhouden: veilig en met het juiste materiaal. Na afloop krijg je de competentie Tuinonderhoud."}, 180)`;
      // Wednesday of next week, 09:30-12:30 Brussels time.
      const date = nextWeekday(3, addCalendarDays(today, 5));
      const [session] = expandRecurrence({ rrule: "FREQ=DAILY;COUNT=1", startLocal: `${date}T09:30`, durationMinutes: 180, until: date });
      const sessionId = randomUUID();
      await tx`
        INSERT INTO training_sessions (tenant_id, id, training_id, starts_at, ends_at, location, capacity, trainer)
        VALUES (${tenantId}, ${sessionId}, ${trainingId}, ${session!.startsAt}, ${session!.endsAt}, 'Buurtcentrum Rabot, Rabotstraat', 8, 'Groendienst Stad Gent')`;
      // A few workers of the neighbourhood without the skill are already enrolled.
      const workers = await tx<{ id: string }[]>`
        SELECT w.id FROM workers w
         WHERE w.tenant_id = app_current_tenant() AND w.status = 'active' AND w.neighbourhood_id = ${rabot}
           AND NOT EXISTS (SELECT 1 FROM worker_skills ws WHERE ws.tenant_id = w.tenant_id AND ws.worker_id = w.id AND ws.skill_id = ${skillId})
         ORDER BY w.created_at, w.id LIMIT 3`;
      for (const [i, w] of workers.entries()) {
        await tx`INSERT INTO training_enrollments (tenant_id, session_id, worker_id, status, position) VALUES (${tenantId}, ${sessionId}, ${w.id}, 'enrolled', ${i + 1})`;
      }
      log(`training: ${DEMO_TRAINING_NAME} on ${date} with ${workers.length} enrolled`);
    }

    if (!consultant) {
      log("training: no consultant, no zitdagen");
      return;
    }
    for (const z of ZITDAGEN) {
      const hood = await idByPrefix(tx, "neighbourhoods", z.hood);
      if (!hood) {
        log(`training: neighbourhood ${z.hood} not found, no zitdag`);
        continue;
      }
      const [already] = await tx`SELECT 1 FROM office_hours WHERE tenant_id = app_current_tenant() AND neighbourhood_id = ${hood} AND rrule = ${z.rrule}`;
      if (already) continue;
      const officeHoursId = randomUUID();
      const firstDay = nextWeekday(z.weekday, addCalendarDays(today, -28));
      await tx`
        INSERT INTO office_hours (tenant_id, id, neighbourhood_id, location, rrule, start_time, end_time, slot_minutes, consultant_id, first_date)
        VALUES (${tenantId}, ${officeHoursId}, ${hood}, ${z.location}, ${z.rrule}, ${z.start}, ${z.end}, ${z.slotMinutes}, ${consultant.id}, ${firstDay})`;
      const day = nextWeekday(z.weekday, today);
      const slots = officeHourSlots({
        rrule: z.rrule,
        startTime: z.start,
        endTime: z.end,
        slotMinutes: z.slotMinutes,
        firstDate: firstDay,
        from: day,
        to: day,
      });
      const clients = await tx<
        { id: string }[]
      >`SELECT id FROM clients WHERE tenant_id = app_current_tenant() AND neighbourhood_id = ${hood} ORDER BY created_at, id LIMIT 2`;
      const bookings: { client?: string; name?: string; phone?: string; topic: string }[] = [
        ...clients.map((c) => ({ client: c.id, topic: "Vraag over wijk-werkcheques" })),
        { name: "Samira El Amrani", phone: "+32470112233", topic: "Inschrijven als wijk-werker" },
        { name: "Georges Van Damme", topic: "Hulp bij de gebruikersovereenkomst" },
      ];
      for (const [i, b] of bookings.entries()) {
        // Every other slot: the day view shows booked and free slots side by side.
        const slot = slots[i * 2];
        if (!slot) break;
        await tx`
          INSERT INTO appointments (tenant_id, id, office_hours_id, day, starts_at, ends_at, client_id, name, phone, topic, kind, created_by_type, created_by)
          VALUES (${tenantId}, ${randomUUID()}, ${officeHoursId}, ${day}, ${slot.startsAt}, ${slot.endsAt},
                  ${b.client ?? null}, ${b.name ?? null}, ${b.phone ?? null}, ${b.topic}, 'booked', 'consultant', ${consultant.id})`;
      }
      await tx`
        INSERT INTO appointments (tenant_id, id, office_hours_id, day, queue_number, name, topic, kind, created_by_type, created_by)
        VALUES (${tenantId}, ${randomUUID()}, ${officeHoursId}, ${day}, 1, 'Karel De Smet', 'Klus aanvragen: haag snoeien', 'walk_in', 'consultant', ${consultant.id})`;
      log(`training: zitdag ${z.hood} (${z.rrule}) with ${bookings.length} appointments on ${day}`);
    }
  });
};
