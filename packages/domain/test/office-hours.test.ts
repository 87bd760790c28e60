import { describe, expect, it } from "vitest";
import { appointmentAfter, type AppointmentAction, type AppointmentStatus } from "../src/index.ts";

describe("RULES §7 zitdagen: an appointment's outcome (seen, did not come, cancelled) is given once, to a planned appointment", () => {
  const table: [AppointmentStatus, AppointmentAction, AppointmentStatus | null][] = [
    ["planned", "seen", "done"],
    ["planned", "no_show", "no_show"],
    ["planned", "cancel", "cancelled"],
    ["done", "seen", null],
    ["done", "no_show", null],
    ["done", "cancel", null],
    ["no_show", "seen", null],
    ["no_show", "no_show", null],
    ["no_show", "cancel", null],
    ["cancelled", "seen", null],
    ["cancelled", "no_show", null],
    ["cancelled", "cancel", null],
  ];
  it.each(table)("%s, then %s → %s", (status, action, next) => {
    expect(appointmentAfter(status, action)).toBe(next);
  });
});
