import { describe, expect, it } from "vitest";
import { monthEndChart, type VoucherMonth } from "../src/charts/month-end.ts";

// Issue 18: the month-end report's chart, an SVG string built on the server (like the dashboard's).
const months: VoucherMonth[] = [
  { month: "2026-11", sold: 100, out: 20, closing: 80 },
  { month: "2026-12", sold: 0, out: 40, closing: 40 },
  { month: "2027-01", sold: 50, out: 10, closing: 80 },
];
const heights = (svg: string) => [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)" fill/g)].map((m) => Number(m[1]));

describe("monthEndChart", () => {
  it("an accessible frame that names what it shows and the totals", () => {
    const svg = monthEndChart("m", months);
    expect(svg).toMatch(/^<svg class="chart-svg" id="m" role="img" aria-labelledby="m-title m-desc"/);
    expect(svg).toContain('<title id="m-title">Cheques per maand: verkocht, uit omloop en in omloop</title>');
    expect(svg).toContain("Samen 150 verkocht en 70 uit omloop; op het einde 80 in omloop.");
  });

  it("columns in proportion (no column for 0), one dot per month at the outstanding, the year under the first month and January", () => {
    const svg = monthEndChart("m", months);
    // Legend swatches (14 high) come first; then 100, 20 | 40 | 50, 10 on one scale.
    const bars = heights(svg).slice(2);
    expect(bars).toHaveLength(5);
    expect(bars[0]! / bars[1]!).toBeCloseTo(5, 1);
    expect(bars[0]! / bars[3]!).toBeCloseTo(2, 1);
    const dots = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="4"/g)].map((m) => Number(m[2]));
    expect(dots).toHaveLength(3);
    expect(dots[0]).toBe(dots[2]); // 80 and 80
    expect(dots[1]).toBeGreaterThan(dots[0]!); // 40 is lower on the page (larger y)
    expect(svg.match(/>2026</g)).toHaveLength(1);
    expect(svg.match(/>2027</g)).toHaveLength(1);
  });

  it("says so in a sentence when there is nothing to draw", () => {
    expect(monthEndChart("m", [])).toBe('<p class="chart-empty">In deze maanden zijn er nog geen cheques verkocht of gebruikt.</p>');
    expect(monthEndChart("m", [{ month: "2026-11", sold: 0, out: 0, closing: 0 }])).toContain("chart-empty");
  });
});
