import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDevSinkTransport, createRenderer, listDevMessages, readDevMessage } from "../src/index.ts";
import { LONGEST } from "./fixtures.ts";

describe("development sink", () => {
  const root = mkdtempSync(join(tmpdir(), "notify-sink-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("writes mail as .eml and SMS as text, then lists them newest first", async () => {
    const dir = join(root, "outbox");
    const sink = createDevSinkTransport({ dir, from: "Wijk-werken Gent <noreply@wijkwerk.test>" });
    const rendered = createRenderer().render("time_entry.to_confirm", "nl", LONGEST["time_entry.to_confirm"]);
    if (!rendered.email || rendered.sms === undefined) throw new Error("nothing rendered");

    const mail = await sink.send({ kind: "email", to: "client@example.test", ...rendered.email });
    const sms = await sink.send({ kind: "sms", to: "+32470123456", text: rendered.sms });

    const list = await listDevMessages(dir);
    expect(list.map((m) => m.id)).toEqual([sms.providerId, mail.providerId]);
    const [first, second] = list;
    expect(first).toMatchObject({ kind: "sms", to: "+32470123456" });
    expect(first?.subject).toBeUndefined();
    expect(second).toMatchObject({ kind: "email", to: "client@example.test", subject: rendered.email.subject });
    expect(Date.parse(second?.createdAt ?? "")).not.toBeNaN();

    const eml = readFileSync(second?.path ?? "", "utf8");
    expect(eml).toContain("To: client@example.test");
    expect(eml).toContain(`From: "Wijk-werken Gent" <noreply@wijkwerk.test>`);
    expect(eml).toMatch(/^Subject: /m);
    expect(eml).toContain("Content-Type: text/html");

    const readMail = await readDevMessage(dir, mail.providerId ?? "");
    expect(readMail?.raw).toBe(eml);
    expect(readMail?.html).toBe(rendered.email.html);
    expect(readMail?.text).toBe(rendered.email.text);

    const readSms = await readDevMessage(dir, sms.providerId ?? "");
    expect(readSms?.raw).toBe(rendered.sms);
    expect(readFileSync(readSms?.path ?? "", "utf8")).toBe(`${rendered.sms}\n`);
  });

  it("keeps order for many quick messages", async () => {
    const dir = join(root, "burst");
    const sink = createDevSinkTransport({ dir });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await sink.send({ kind: "sms", to: "+32470123456", text: `n${i}` })).providerId ?? "");
    expect((await listDevMessages(dir)).map((m) => m.id)).toEqual(ids.reverse());
  });

  it("refuses ids that could leave the folder", async () => {
    const dir = join(root, "safe");
    writeFileSync(join(root, "secret.json"), JSON.stringify({ id: "../secret", kind: "sms", to: "x", createdAt: "", text: "secret" }));
    for (const id of ["../secret", "..%2Fsecret", "/etc/passwd", "", "a/b", "20260101T000000000Z-000001-sms-0000000g"]) {
      expect(await readDevMessage(dir, id)).toBeUndefined();
    }
  });

  it("skips foreign and half-written files and treats a missing folder as empty", async () => {
    expect(await listDevMessages(join(root, "does-not-exist"))).toEqual([]);
    const dir = join(root, "mixed");
    const sink = createDevSinkTransport({ dir });
    const { providerId } = await sink.send({ kind: "sms", to: "+32470123456", text: "hello" });
    writeFileSync(join(dir, "notes.json"), "{}");
    writeFileSync(join(dir, "20260101T000000000Z-000001-sms-deadbeef.json"), "{ broken");
    expect((await listDevMessages(dir)).map((m) => m.id)).toEqual([providerId]);
  });
});
