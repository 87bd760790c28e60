import { describe, expect, it } from "vitest";
import { enrolmentStatusFor, holdsPlace } from "../src/training/index.ts";

describe("places in a training session", () => {
  it.each([
    { taken: 0, capacity: 8, status: "enrolled" },
    { taken: 7, capacity: 8, status: "enrolled" },
    { taken: 8, capacity: 8, status: "waitlisted" },
    { taken: 9, capacity: 8, status: "waitlisted" },
  ])("with $taken of $capacity places taken a new enrolment is $status", ({ taken, capacity, status }) => {
    expect(enrolmentStatusFor(taken, capacity)).toBe(status);
  });
  it.each([
    { status: "enrolled", holds: true },
    { status: "attended", holds: true },
    { status: "absent", holds: true },
    { status: "waitlisted", holds: false },
    { status: "cancelled", holds: false },
  ])("an enrolment that is $status holds a place: $holds", ({ status, holds }) => {
    expect(holdsPlace(status)).toBe(holds);
  });
});
