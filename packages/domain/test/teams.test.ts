import { describe, expect, it } from "vitest";
import { MAX_TEAM_SIZE, mayJoinTeam, statusAfterAcceptance, teamFillText, teamFull, teamSizeProblem } from "../src/work/index.ts";

describe("team jobs (issue 19, collective deployment)", () => {
  it.each([
    { needed: 1, type: "private", problem: null },
    { needed: 3, type: "education", problem: null },
    { needed: 2, type: "nonprofit", problem: null },
    { needed: 2, type: "localGovernment", problem: null },
    { needed: 2, type: "private", problem: "job.team_not_for_client" },
    { needed: 0, type: "education", problem: "job.team_size_invalid" },
    { needed: MAX_TEAM_SIZE + 1, type: "education", problem: "job.team_size_invalid" },
    { needed: 1.5, type: "education", problem: "job.team_size_invalid" },
  ])("a team of $needed for a $type client: $problem", ({ needed, type, problem }) => {
    expect(teamSizeProblem(needed, type)).toBe(problem);
  });

  it.each([
    { taken: 0, needed: 1, full: false },
    { taken: 1, needed: 1, full: true },
    { taken: 2, needed: 3, full: false },
    { taken: 3, needed: 3, full: true },
  ])("the team is full at $needed accepted: $taken → $full", ({ taken, needed, full }) => {
    expect(teamFull(taken, needed)).toBe(full);
  });

  it("a job for one worker is assigned at the first acceptance (unchanged behaviour)", () => {
    expect(statusAfterAcceptance(1, 1)).toBe("assigned");
  });

  it("a team job stays open until the last place is taken", () => {
    expect(statusAfterAcceptance(1, 3)).toBe("open");
    expect(statusAfterAcceptance(2, 3)).toBe("open");
    expect(statusAfterAcceptance(3, 3)).toBe("assigned");
  });

  it("who may still accept: not beyond the team size, and not twice the same worker", () => {
    expect(mayJoinTeam({ taken: 1, workersNeeded: 2, alreadyInTeam: false })).toBe("ok");
    expect(mayJoinTeam({ taken: 2, workersNeeded: 2, alreadyInTeam: false })).toBe("assignment.team_full");
    expect(mayJoinTeam({ taken: 1, workersNeeded: 3, alreadyInTeam: true })).toBe("assignment.already_in_team");
  });

  it("the team as the job page says it", () => {
    expect(teamFillText(2, 3)).toBe("2 van 3");
    expect(teamFillText(4, 3)).toBe("3 van 3");
  });
});
