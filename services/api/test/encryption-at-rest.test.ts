import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_ENCRYPTION_KEYS, DEV_LOOKUP_HMAC_KEY } from "@wijkwerk/config";
import { installKeyring, Keyring, keyring } from "@wijkwerk/crypto";
import { encryption } from "@wijkwerk/db";
import { inDays } from "./fixtures/coaching.ts";
import { createGeo, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, login, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";
import { addClientWithNumber, CLIENT_INSZ, insz, WORKER_IBAN as IBAN, WORKER_INSZ } from "./fixtures/personal-numbers.ts";

/**
 * Issue 20, encryption at rest: INSZ and IBAN are stored as envelopes, found by their keyed hash,
 * shown masked, decrypted by the audited reveal routes only; rows of an old database are
 * encrypted by the data migration; the keys rotate with reencryptAll.
 */
const OLD_WORKER_INSZ = insz("900101123");
const OLD_CLIENT_INSZ = insz("700505456");
const COACHED_INSZ = insz("880215123");
const OLD_COACHED_INSZ = insz("910320456");
const ROTATED_INSZ = insz("920410789");
const OLD_IBAN = "BE71096123456769";

let t: TestApp;
let tenant: TenantLogin;
let geo: Geo;
let workerId: string;
let coachedId: string;
let clientId: string;
let finance: string;

const get = (url: string, token: string) => t.app.inject({ url, headers: bearer(token) });
const send = (method: "POST" | "PUT", url: string, payload: object) => t.app.inject({ method, url, headers: bearer(tenant.token), payload });

function workerBody(nationalNumber: string) {
  return {
    firstName: "Fatima",
    lastName: "El Amrani",
    nationalNumber,
    phone: "0470 12 34 56",
    language: "nl",
    address: { street: "Wondelgemstraat", number: "12", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.brugse },
    iban: IBAN,
    referrer: "vdab",
    availability: [{ weekday: 1, from: "08:00", to: "12:00" }],
  };
}

function clientBody(nationalNumber: string) {
  return {
    type: "private",
    name: "Maria Peeters",
    nationalNumber,
    contact: { firstName: "Maria", lastName: "Peeters", phone: "09 223 45 67" },
    address: { street: "Kasteellaan", number: "12", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.centrum },
  };
}

/** A worker registered through the API (envelopes already), with an agreement so evaluations can be recorded. */
async function coachedWorker(nationalNumber: string, phone: string): Promise<string> {
  const res = await send("POST", "/v1/workers", { ...workerBody(nationalNumber), phone });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  await t.owner.sql`INSERT INTO worker_agreements (tenant_id, id, worker_id, start_date, end_date, legacy_pwa)
                    VALUES (${tenant.tenantId}, ${randomUUID()}, ${id}, ${inDays(-100)}, ${inDays(265)}, false)`;
  return id;
}

/** Every stored value of the coaching free text that 0067 encrypts, for one worker, as the raw tables hold them. */
async function storedCoachingText(worker: string): Promise<string[]> {
  const rows = await t.owner.sql<{ v: string }[]>`
    SELECT starting_situation AS v FROM coaching_intakes WHERE worker_id = ${worker}
    UNION ALL SELECT learning_wishes FROM coaching_intakes WHERE worker_id = ${worker}
    UNION ALL SELECT description FROM coaching_actions WHERE worker_id = ${worker}
    UNION ALL SELECT o.note FROM coaching_evaluation_goals o JOIN coaching_evaluations e ON e.tenant_id = o.tenant_id AND e.id = o.evaluation_id
               WHERE e.worker_id = ${worker}`;
  return rows.map((r) => r.v);
}

beforeAll(async () => {
  t = await startTestApp();
  tenant = await createTenant(t);
  geo = await createGeo(t, tenant.tenantId);
  const w = await t.app.inject({ method: "POST", url: "/v1/workers", headers: bearer(tenant.token), payload: workerBody(WORKER_INSZ) });
  expect(w.statusCode, w.body).toBe(201);
  workerId = w.json().id;
  clientId = await addClientWithNumber(t, tenant, geo);
  const made = await t.app.inject({
    method: "POST",
    url: "/v1/staff",
    headers: bearer(tenant.token),
    payload: { email: "fin@enc.be", name: "Fien", role: "finance", password: "correct horse battery" },
  });
  expect(made.statusCode, made.body).toBe(201);
  finance = await login(t, tenant.slug, "fin@enc.be", "correct horse battery");
}, 60_000);
afterAll(async () => t?.close());

describe("encryption at rest (issue 20)", () => {
  it("no plain INSZ or IBAN in the database after writes: envelopes, hashes and masked forms", async () => {
    const [w] = await t.owner.sql<Record<string, string>[]>`SELECT * FROM workers WHERE id = ${workerId}`;
    expect(w!.national_number).toMatch(/^enc1:dev1:/);
    expect(w!.iban).toMatch(/^enc1:dev1:/);
    expect(w!.national_number_hmac).toBe(keyring().lookupHash("insz", WORKER_INSZ));
    expect(w!.national_number_masked).toBe("85.07.30-***.**");
    expect(w!.iban_masked).toBe("BE68 **** **** 7034");
    const [c] = await t.owner.sql<Record<string, string>[]>`SELECT * FROM clients WHERE id = ${clientId}`;
    expect(c!.national_number).toMatch(/^enc1:dev1:/);
    const dump = (await t.owner.sql<{ row: string }[]>`SELECT w::text AS row FROM workers w UNION ALL SELECT c::text FROM clients c`).map((r) => r.row).join();
    for (const plain of [WORKER_INSZ, CLIENT_INSZ, IBAN]) expect(dump).not.toContain(plain);
  });

  it("a search by INSZ finds the person through the hash; a second registration is the same 409 as before", async () => {
    const dotted = `${WORKER_INSZ.slice(0, 2)}.${WORKER_INSZ.slice(2, 4)}.${WORKER_INSZ.slice(4, 6)}-${WORKER_INSZ.slice(6, 9)}.${WORKER_INSZ.slice(9)}`;
    const found = (await get(`/v1/workers?q=${encodeURIComponent(dotted)}`, tenant.token)).json().items;
    expect(found.map((x: { id: string }) => x.id)).toEqual([workerId]);
    const clients = (await get(`/v1/clients?q=${CLIENT_INSZ}`, tenant.token)).json().items;
    expect(clients.map((x: { id: string }) => x.id)).toEqual([clientId]);
    const dup = await t.app.inject({ method: "POST", url: "/v1/workers", headers: bearer(tenant.token), payload: workerBody(WORKER_INSZ) });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe("worker.duplicate_national_number");
  });

  it("the detail view is masked; the reveal route decrypts and writes an audit row without the values", async () => {
    expect((await get(`/v1/workers/${workerId}`, tenant.token)).json()).toMatchObject({ nationalNumber: "85.07.30-***.**", iban: "BE68 **** **** 7034" });
    const revealed = await get(`/v1/workers/${workerId}/personal-numbers`, tenant.token);
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect(revealed.json()).toEqual({ nationalNumber: WORKER_INSZ, iban: IBAN });
    expect((await get(`/v1/clients/${clientId}/personal-numbers`, tenant.token)).json()).toEqual({ nationalNumber: CLIENT_INSZ });
    const rows = await t.owner.sql<{ entity: string; entity_id: string; actor_id: string; after: string; at: Date }[]>`
      SELECT entity, entity_id, actor_id, after::text AS after, at FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND action = 'reveal' ORDER BY at`;
    expect(rows.map((r) => [r.entity, r.entity_id])).toEqual([
      ["worker", workerId],
      ["client", clientId],
    ]);
    expect(JSON.parse(rows[0]!.after)).toEqual({ fields: ["nationalNumber", "iban"] });
    expect(rows[0]!.actor_id).toBeTruthy();
    for (const r of rows) for (const plain of [WORKER_INSZ, CLIENT_INSZ, IBAN]) expect(r.after).not.toContain(plain);
  });

  it("finance reads a worker's account only and no client's INSZ; a worker reads none", async () => {
    const own = await get(`/v1/workers/${workerId}/personal-numbers`, finance);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toEqual({ nationalNumber: null, iban: IBAN });
    const [row] = await t.owner.sql<{ after: string }[]>`
      SELECT after::text AS after FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND action = 'reveal' ORDER BY at DESC LIMIT 1`;
    expect(JSON.parse(row!.after)).toEqual({ fields: ["iban"] });
    expect((await get(`/v1/clients/${clientId}/personal-numbers`, finance)).statusCode).toBe(403);
    const workerToken = t.app.jwt.sign({ sub: workerId, tid: tenant.tenantId, role: "worker", subjectId: workerId });
    expect((await get(`/v1/workers/${workerId}/personal-numbers`, workerToken)).statusCode).toBe(403);
  });

  it("coaching free text (intake, agreed actions, per-goal evaluation notes) is stored as envelopes; the audited read and the export show it", async () => {
    const worker = await coachedWorker(COACHED_INSZ, "0470 12 34 57");
    coachedId = worker;
    const base = `/v1/workers/${worker}/coaching`;
    const types = (await get("/v1/coaching/goal-types", tenant.token)).json().items as { id: string; name: string }[];
    const intake = {
      referrerContact: {},
      startingSituation: "Twee jaar thuis na een burn-out.",
      languages: [{ language: "nl", level: "native" }],
      learningWishes: "Weer buitenshuis werken, met planten.",
    };
    expect((await send("PUT", `${base}/intake`, intake)).json()).toMatchObject(intake);
    const goals: string[] = [];
    for (const type of types.slice(0, 2)) {
      const g = await send("POST", `${base}/goals`, { goalTypeId: type.id });
      expect(g.statusCode, g.body).toBe(201);
      goals.push(g.json().id);
    }
    const actions = [
      { description: "Huisarts bellen over de werkuren", dueOn: inDays(7) },
      { description: "Fiets laten herstellen", dueOn: inDays(14) },
    ];
    const talk = await send("POST", `${base}/conversations`, { heldOn: inDays(-1), notes: "Eerste gesprek.", actions });
    expect(talk.statusCode, talk.body).toBe(201);
    expect(talk.json().actions.map((a: { description: string }) => a.description)).toEqual(actions.map((a) => a.description));
    const outcomes = [
      { goalId: goals[0]!, outcome: "progressing", note: "Komt op tijd sinds de nieuwe wekker" },
      { goalId: goals[1]!, outcome: "reached", note: "Zelfstandig aan het werk" },
    ];
    const evaluation = await send("POST", `${base}/evaluations`, { moment: "extra", heldOn: inDays(-1), outcomes });
    expect(evaluation.statusCode, evaluation.body).toBe(201);
    expect(
      evaluation
        .json()
        .outcomes.map((o: { note: string }) => o.note)
        .sort(),
    ).toEqual(outcomes.map((o) => o.note).sort());

    const plainTexts = [intake.startingSituation, intake.learningWishes, ...actions.map((a) => a.description), ...outcomes.map((o) => o.note)];
    const stored = await storedCoachingText(worker);
    expect(stored).toHaveLength(6);
    for (const v of stored) expect(v).toMatch(/^enc1:dev1:/);
    const dump = (
      await t.owner.sql<{ row: string }[]>`
      SELECT x::text AS row FROM coaching_intakes x UNION ALL SELECT x::text FROM coaching_actions x UNION ALL SELECT x::text FROM coaching_evaluation_goals x`
    )
      .map((r) => r.row)
      .join();
    for (const plain of plainTexts) expect(dump).not.toContain(plain);

    // The audited trajectory read decrypts.
    const read = await get(base, tenant.token);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().intake).toMatchObject({ startingSituation: intake.startingSituation, learningWishes: intake.learningWishes });
    expect(read.json().conversations[0].actions.map((a: { description: string }) => a.description)).toEqual(actions.map((a) => a.description));
    expect(
      read
        .json()
        .evaluations[0].outcomes.map((o: { note: string }) => o.note)
        .sort(),
    ).toEqual(outcomes.map((o) => o.note).sort());
    const [audited] = await t.owner.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND entity_id = ${worker} AND action = 'coaching.read'`;
    expect(audited!.n).toBe(1);

    // The person's data export holds it in full (art. 15): decrypted, per-goal notes included.
    const exported = await get(`/v1/workers/${worker}/data-export`, tenant.token);
    expect(exported.statusCode, exported.body).toBe(200);
    const c = exported.json().categories;
    expect(c.coachingIntake).toEqual([expect.objectContaining({ startingSituation: intake.startingSituation, learningWishes: intake.learningWishes })]);
    expect(c.coachingActions.map((a: { description: string }) => a.description)).toEqual(actions.map((a) => a.description));
    expect(c.coachingEvaluationGoals.map((o: { note: string; outcome: string }) => [o.outcome, o.note]).sort()).toEqual(
      outcomes.map((o) => [o.outcome, o.note]).sort(),
    );
    expect(exported.body).not.toContain("enc1:");
  });

  it("the data migration encrypts the plain rows of an old database: hash lookup, masked lists, reveal", async () => {
    const oldWorker = randomUUID();
    const oldClient = randomUUID();
    const sql = t.owner.sql;
    await sql.begin(async (tx) => {
      await tx`SELECT set_config('app.tenant_id', ${tenant.tenantId}, true)`;
      await tx`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
               VALUES (${tenant.tenantId}, ${oldWorker}, 'Oud', 'Aabeel', ${OLD_WORKER_INSZ}, '+32470000001', 'nl', 'Straat', '1', '9000', ${geo.municipalityId}, ${geo.brugse}, ${OLD_IBAN}, 'ocmw')`;
      await tx`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number, national_number)
               VALUES (${tenant.tenantId}, ${oldClient}, 'private', 'Oude Klant', 'Oude', 'Klant', 'Straat', '2', '9000', ${geo.municipalityId}, ${geo.centrum}, 999001, ${OLD_CLIENT_INSZ})`;
    });
    const changed = await encryption.encryptPlainValues(sql, keyring());
    expect(changed).toBe(3);
    expect(await encryption.encryptPlainValues(sql, keyring())).toBe(0);
    const [w] = await sql<Record<string, string>[]>`SELECT * FROM workers WHERE id = ${oldWorker}`;
    expect(w!.national_number).toMatch(/^enc1:dev1:/);
    expect(w!.iban).toMatch(/^enc1:dev1:/);
    expect(w!.iban_masked).toBe("BE71 **** **** 6769");
    const [c] = await sql<Record<string, string>[]>`SELECT * FROM clients WHERE id = ${oldClient}`;
    expect(c!.national_number).toMatch(/^enc1:dev1:/);
    expect(c!.national_number_hmac).toBe(keyring().lookupHash("insz", OLD_CLIENT_INSZ));
    const found = (await get(`/v1/workers?q=${OLD_WORKER_INSZ}`, tenant.token)).json().items;
    expect(found).toEqual([expect.objectContaining({ id: oldWorker, nationalNumber: "90.01.01-***.**", iban: "BE71 **** **** 6769" })]);
    expect((await get(`/v1/clients?q=${OLD_CLIENT_INSZ}`, tenant.token)).json().items).toEqual([
      expect.objectContaining({ id: oldClient, nationalNumber: "70.05.05-***.**" }),
    ]);
    expect((await get(`/v1/workers/${oldWorker}/personal-numbers`, tenant.token)).json()).toEqual({ nationalNumber: OLD_WORKER_INSZ, iban: OLD_IBAN });
    expect((await get(`/v1/clients/${oldClient}/personal-numbers`, tenant.token)).json()).toEqual({ nationalNumber: OLD_CLIENT_INSZ });
    const dup = await t.app.inject({ method: "POST", url: "/v1/workers", headers: bearer(tenant.token), payload: workerBody(OLD_WORKER_INSZ) });
    expect(dup.json().code).toBe("worker.duplicate_national_number");
  });

  it("the data migration encrypts plain coaching text of an old database, walking the composite keys batch by batch", async () => {
    const sql = t.owner.sql;
    const worker = await coachedWorker(OLD_COACHED_INSZ, "0470 12 34 58");
    const [admin] = await sql<{ id: string }[]>`SELECT id FROM staff WHERE tenant_id = ${tenant.tenantId} AND email = ${tenant.email}`;
    const [agreement] = await sql<{ id: string }[]>`SELECT id FROM worker_agreements WHERE worker_id = ${worker}`;
    const types = (await get("/v1/coaching/goal-types", tenant.token)).json().items as { id: string }[];
    expect(types.length).toBeGreaterThanOrEqual(3);
    const [conversation, evaluation] = [randomUUID(), randomUUID()];
    const goals = [randomUUID(), randomUUID(), randomUUID()];
    const plain = {
      intake: ["Lang werkloos, wil iets om handen.", "Koken voor een groep."],
      actions: ["CV meebrengen", "Bus naar de Dampoort uitzoeken"],
      notes: ["Doel één", "Doel twee", "Doel drie"],
    };
    // Rows as the API wrote them before 0067 (and the notes before 0059): plain text.
    await sql.begin(async (tx) => {
      await tx`SELECT set_config('app.tenant_id', ${tenant.tenantId}, true)`;
      await tx`INSERT INTO coaching_intakes (tenant_id, worker_id, starting_situation, learning_wishes, recorded_by)
               VALUES (${tenant.tenantId}, ${worker}, ${plain.intake[0]!}, ${plain.intake[1]!}, ${admin!.id})`;
      await tx`INSERT INTO coaching_conversations (tenant_id, id, worker_id, held_on, staff_id, notes)
               VALUES (${tenant.tenantId}, ${conversation}, ${worker}, ${inDays(-5)}, ${admin!.id}, 'Oud gesprek')`;
      for (const [i, description] of plain.actions.entries())
        await tx`INSERT INTO coaching_actions (tenant_id, id, conversation_id, worker_id, description, due_on)
                 VALUES (${tenant.tenantId}, ${randomUUID()}, ${conversation}, ${worker}, ${description}, ${inDays(i + 1)})`;
      for (const [i, goal] of goals.entries())
        await tx`INSERT INTO coaching_goals (tenant_id, id, worker_id, goal_type_id, status, notes, created_by)
                 VALUES (${tenant.tenantId}, ${goal}, ${worker}, ${types[i]!.id}, 'open', '', ${admin!.id})`;
      await tx`INSERT INTO coaching_evaluations (tenant_id, id, worker_id, agreement_id, moment, held_on, staff_id, notes)
               VALUES (${tenant.tenantId}, ${evaluation}, ${worker}, ${agreement!.id}, 'extra', ${inDays(-2)}, ${admin!.id}, 'Oude evaluatie')`;
      for (const [i, goal] of goals.entries())
        await tx`INSERT INTO coaching_evaluation_goals (tenant_id, evaluation_id, goal_id, outcome, note)
                 VALUES (${tenant.tenantId}, ${evaluation}, ${goal}, 'progressing', ${plain.notes[i]!})`;
    });
    expect((await storedCoachingText(worker)).sort()).toEqual([...plain.intake, ...plain.actions, ...plain.notes].sort());

    // One row per batch: every table is walked across batch boundaries by its (composite) key.
    const lines: string[] = [];
    const changed = await encryption.encryptPlainValues(sql, keyring(), (line) => lines.push(line), 1);
    // 2 intake columns, 2 actions, 3 per-goal notes, and the 0059 notes: 3 goals, 1 conversation, 1 evaluation.
    expect(changed).toBe(12);
    expect(lines).toEqual(
      expect.arrayContaining([
        "coaching_intakes.starting_situation: 1",
        "coaching_intakes.learning_wishes: 1",
        "coaching_actions.description: 2",
        "coaching_evaluation_goals.note: 3",
      ]),
    );
    expect(await encryption.encryptPlainValues(sql, keyring(), () => {}, 1)).toBe(0);
    for (const v of await storedCoachingText(worker)) expect(v).toMatch(/^enc1:dev1:/);

    const read = (await get(`/v1/workers/${worker}/coaching`, tenant.token)).json();
    expect([read.intake.startingSituation, read.intake.learningWishes]).toEqual(plain.intake);
    expect(read.conversations[0].actions.map((a: { description: string }) => a.description)).toEqual(plain.actions);
    expect(read.evaluations[0].outcomes.map((o: { note: string }) => o.note).sort()).toEqual([...plain.notes].sort());
    const c = (await get(`/v1/workers/${worker}/data-export`, tenant.token)).json().categories;
    expect(c.coachingIntake[0]).toMatchObject({ startingSituation: plain.intake[0], learningWishes: plain.intake[1] });
    expect(c.coachingEvaluationGoals.map((o: { note: string }) => o.note).sort()).toEqual([...plain.notes].sort());
  });

  it("lookup key rotation: lookups and duplicate checks try the previous key; reencrypt's rehash moves every hash to the new key", async () => {
    const sql = t.owner.sql;
    const newKey = `new-lookup-key-${randomBytes(16).toString("hex")}`;
    const dev = Keyring.fromConfig({ ENCRYPTION_KEYS: DEV_ENCRYPTION_KEYS, LOOKUP_HMAC_KEY: DEV_LOOKUP_HMAC_KEY });
    const rotating = Keyring.fromConfig({ ENCRYPTION_KEYS: DEV_ENCRYPTION_KEYS, LOOKUP_HMAC_KEY: newKey, LOOKUP_HMAC_PREVIOUS_KEY: DEV_LOOKUP_HMAC_KEY });
    const hashOf = async (table: "workers" | "clients", id: string) =>
      (await sql<{ h: string }[]>`SELECT national_number_hmac AS h FROM ${sql(table)} WHERE id = ${id}`)[0]!.h;
    const hashes = async () =>
      (
        await sql<
          { h: string }[]
        >`SELECT national_number_hmac AS h FROM workers UNION ALL SELECT national_number_hmac FROM clients WHERE national_number_hmac IS NOT NULL`
      ).map((r) => r.h);
    // An erased worker's hash is a marker (0060), not a hash: the rehash leaves it.
    await sql`UPDATE workers SET national_number_hmac = ${`erased:${coachedId}`} WHERE id = ${coachedId}`;
    const before = (await hashes()).filter((h) => !h.startsWith("erased:"));
    expect(await hashOf("workers", workerId)).toBe(dev.lookupHash("insz", WORKER_INSZ));
    try {
      // Step 1: every process restarted with the new key and the old one as previous.
      installKeyring(rotating);
      expect((await get(`/v1/workers?q=${WORKER_INSZ}`, tenant.token)).json().items.map((x: { id: string }) => x.id)).toEqual([workerId]);
      expect((await get(`/v1/clients?q=${CLIENT_INSZ}`, tenant.token)).json().items.map((x: { id: string }) => x.id)).toEqual([clientId]);
      // Uniqueness holds while the stored hash is the old key's: the unique index alone would not see the duplicate.
      const dup = await send("POST", "/v1/workers", workerBody(WORKER_INSZ));
      expect([dup.statusCode, dup.json().code]).toEqual([409, "worker.duplicate_national_number"]);
      const dupClient = await send("POST", "/v1/clients", clientBody(CLIENT_INSZ));
      expect([dupClient.statusCode, dupClient.json().code]).toEqual([409, "client.duplicate"]);
      // New registrations are hashed with the new key.
      const fresh = await send("POST", "/v1/workers", { ...workerBody(ROTATED_INSZ), phone: "0470 12 34 59" });
      expect(fresh.statusCode, fresh.body).toBe(201);
      expect(await hashOf("workers", fresh.json().id)).toBe(rotating.lookupHash("insz", ROTATED_INSZ));

      // Step 2: the command recomputes the rest, batch by batch; a rerun has nothing left.
      const lines: string[] = [];
      const moved = await encryption.rehashLookups(sql, rotating, (line) => lines.push(line), 2);
      expect(moved).toBe(before.length);
      expect(lines).toEqual(
        expect.arrayContaining([expect.stringMatching(/^workers\.national_number: \d+$/), expect.stringMatching(/^clients\.national_number: \d+$/)]),
      );
      expect(await encryption.rehashLookups(sql, rotating)).toBe(0);
      expect(await hashOf("workers", workerId)).toBe(rotating.lookupHash("insz", WORKER_INSZ));
      expect(await hashOf("clients", clientId)).toBe(rotating.lookupHash("insz", CLIENT_INSZ));
      for (const h of await hashes()) expect(before).not.toContain(h);
      expect(await hashOf("workers", coachedId)).toBe(`erased:${coachedId}`);

      // Step 3: the previous key removed; everything is still found and still unique.
      installKeyring(Keyring.fromConfig({ ENCRYPTION_KEYS: DEV_ENCRYPTION_KEYS, LOOKUP_HMAC_KEY: newKey }));
      expect((await get(`/v1/workers?q=${OLD_WORKER_INSZ}`, tenant.token)).json().items).toHaveLength(1);
      const again = await send("POST", "/v1/workers", workerBody(WORKER_INSZ));
      expect([again.statusCode, again.json().code]).toEqual([409, "worker.duplicate_national_number"]);
    } finally {
      // And back to the development key (the same steps), so the tests after this one see the key the app was started with.
      const back = Keyring.fromConfig({ ENCRYPTION_KEYS: DEV_ENCRYPTION_KEYS, LOOKUP_HMAC_KEY: DEV_LOOKUP_HMAC_KEY, LOOKUP_HMAC_PREVIOUS_KEY: newKey });
      await encryption.rehashLookups(sql, back);
      installKeyring(dev);
    }
    expect(await hashOf("workers", workerId)).toBe(dev.lookupHash("insz", WORKER_INSZ));
    expect((await get(`/v1/workers?q=${ROTATED_INSZ}`, tenant.token)).json().items).toHaveLength(1);
  });

  // Last: after it the values are under a key the running API does not hold.
  it("rotation: with key B first, reencryptAll moves every value to B; then A can be removed", async () => {
    const dev = Keyring.fromConfig({ ENCRYPTION_KEYS: DEV_ENCRYPTION_KEYS, LOOKUP_HMAC_KEY: DEV_LOOKUP_HMAC_KEY });
    const b = `b:${randomBytes(32).toString("base64")}`;
    const both = Keyring.fromConfig({ ENCRYPTION_KEYS: `${b},${DEV_ENCRYPTION_KEYS}`, LOOKUP_HMAC_KEY: DEV_LOOKUP_HMAC_KEY });
    const moved = await encryption.reencryptAll(t.owner.sql, both);
    expect(moved).toBeGreaterThanOrEqual(6);
    expect(await encryption.reencryptAll(t.owner.sql, both)).toBe(0);
    const onlyB = Keyring.fromConfig({ ENCRYPTION_KEYS: b, LOOKUP_HMAC_KEY: DEV_LOOKUP_HMAC_KEY });
    const [w] = await t.owner.sql<
      { national_number: string; iban: string; national_number_hmac: string }[]
    >`SELECT national_number, iban, national_number_hmac FROM workers WHERE id = ${workerId}`;
    expect(w!.national_number).toMatch(/^enc1:b:/);
    expect(onlyB.decrypt(w!.national_number)).toBe(WORKER_INSZ);
    expect(onlyB.decrypt(w!.iban)).toBe(IBAN);
    expect(() => dev.decrypt(w!.iban)).toThrow(/No key b/);
    // The lookup hash is not rotated: the same key still finds the same INSZ.
    expect(w!.national_number_hmac).toBe(onlyB.lookupHash("insz", WORKER_INSZ));
    const left = await t.owner.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (SELECT national_number AS v FROM workers UNION ALL SELECT iban FROM workers UNION ALL SELECT national_number FROM clients WHERE national_number IS NOT NULL) x
      WHERE v NOT LIKE 'enc1:b:%'`;
    expect(left[0]!.n).toBe(0);
    // The coaching free text of 0067 moved too (tables keyed by composite primary keys included).
    const coaching = await t.owner.sql<{ v: string }[]>`
      SELECT starting_situation AS v FROM coaching_intakes UNION ALL SELECT learning_wishes FROM coaching_intakes
      UNION ALL SELECT description FROM coaching_actions UNION ALL SELECT note FROM coaching_evaluation_goals`;
    expect(coaching.length).toBeGreaterThanOrEqual(12);
    for (const { v } of coaching) expect(v).toMatch(/^enc1:b:/);
    expect(coaching.map(({ v }) => onlyB.decrypt(v))).toEqual(expect.arrayContaining(["Zelfstandig aan het werk", "Bus naar de Dampoort uitzoeken"]));
  });
});
