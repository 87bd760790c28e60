import { describe, expect, it } from "vitest";
import { hoursChart, type MonthHours } from "../src/charts/bars.ts";
import { nearCapChart } from "../src/charts/cap.ts";
import { demandChart } from "../src/charts/demand.ts";
import { placeLabels } from "../src/charts/labels.ts";
import { wijkMap } from "../src/charts/map.ts";
import { project } from "../src/charts/project.ts";
import { spread } from "../src/charts/spread.ts";

// The dashboard's charts are SVG strings built on the server (issue 16): these tests hold their
// geometry, their escaping, their accessible frame and what they say when there is nothing to draw.
const BOX = { width: 360, minHeight: 220, maxHeight: 480, padX: 30, padY: 16 };
const EVIL = `<script>alert("x")</script> & 'Co'`;
const wijk = (name: string, lat: number, lon: number, openJobs = 0, availableWorkers = 0) => ({ name, centroid: { lat, lon }, openJobs, availableWorkers });
const months = (minutes: number[], lastYear: number[] = minutes.map(() => 0)): MonthHours[] =>
  minutes.map((m, i) => ({
    month: `2026-${String(i + 1).padStart(2, "0")}`,
    minutes: m,
    lastYearMonth: `2025-${String(i + 1).padStart(2, "0")}`,
    lastYearMinutes: lastYear[i]!,
  }));
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6);

describe("project: centroids onto the map box", () => {
  // Gent-like: wider (east-west, corrected for latitude) than high, so the width sets the scale.
  const gent = [
    { lat: 51.0543, lon: 3.7174 },
    { lat: 51.0, lon: 3.65 },
    { lat: 51.1, lon: 3.8 },
    { lat: 51.04, lon: 3.85 },
  ];
  it("puts the easternmost wijk on the right edge, the westernmost on the left, the northernmost on top", () => {
    const { height, xy } = project(gent, BOX);
    near(xy[3]!.x, BOX.width - BOX.padX); // largest longitude
    near(xy[1]!.x, BOX.padX); // smallest longitude
    near(xy[2]!.y, BOX.padY); // largest latitude
    near(xy[1]!.y, height - BOX.padY); // smallest latitude
  });

  it("keeps the shape: a kilometre east is as long as a kilometre north", () => {
    const k = Math.cos((51.05 * Math.PI) / 180);
    const { xy } = project(
      [
        { lat: 51.05, lon: 3.7 },
        { lat: 51.05, lon: 3.7 + 0.1 / k },
        { lat: 51.15, lon: 3.7 },
      ],
      BOX,
    );
    const east = xy[1]!.x - xy[0]!.x;
    const north = xy[0]!.y - xy[2]!.y;
    expect(Math.abs(east - north) / east).toBeLessThan(0.01);
  });

  it("a tall area fills the maximum height and is centred across", () => {
    const { height, xy } = project(
      [
        { lat: 50.9, lon: 3.7 },
        { lat: 51.3, lon: 3.71 },
      ],
      BOX,
    );
    expect(height).toBe(BOX.maxHeight);
    near(xy[1]!.y, BOX.padY);
    near(xy[0]!.y, BOX.maxHeight - BOX.padY);
    near((xy[0]!.x + xy[1]!.x) / 2, BOX.width / 2);
  });

  it("one wijk sits in the middle", () => {
    expect(project([{ lat: 51, lon: 3.7 }], BOX)).toEqual({ height: BOX.minHeight, xy: [{ x: 180, y: 110 }] });
  });
});

describe("wijk map", () => {
  it("draws each wijk's open klussen and workers as numbers in its markers, and names it", () => {
    const svg = wijkMap("kaart", [wijk("Rabot", 51.062, 3.708, 1, 3), wijk("Ledeberg", 51.035, 3.74, 0, 2)]);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toMatch(/<circle [^>]*fill="#9a3f00"[^>]*><\/circle><text [^>]*>1<\/text>/);
    expect(svg).toMatch(/<rect [^>]*fill="#0b4ea2"[^>]*><\/rect><text [^>]*>3<\/text>/);
    // No open klus: a hollow circle with a dark 0.
    expect(svg).toMatch(/<circle [^>]*fill="#ffffff" stroke="#9a3f00"[^>]*><\/circle><text [^>]*fill="#111111">0<\/text>/);
    expect(svg).toContain(">Rabot</text>");
    expect(svg).toContain(">Ledeberg</text>");
    expect(svg).toContain("Samen 1 open klus, de meeste in Rabot (1)");
  });

  it("markers of wijken close together are moved apart, inside the box", () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ x: 180 + (i % 3), y: 100 + (i % 4), w: 44, h: 24 }));
    const at = spread(items, { width: 360, top: 40, bottom: 400 });
    for (let i = 0; i < at.length; i++) {
      expect(at[i]!.x - 22).toBeGreaterThanOrEqual(0);
      expect(at[i]!.x + 22).toBeLessThanOrEqual(360);
      expect(at[i]!.y - 12).toBeGreaterThanOrEqual(40);
      expect(at[i]!.y + 12).toBeLessThanOrEqual(400);
      for (let j = i + 1; j < at.length; j++) {
        const apart = Math.abs(at[i]!.x - at[j]!.x) >= 44 || Math.abs(at[i]!.y - at[j]!.y) >= 24;
        expect(apart, `${i} and ${j}`).toBe(true);
      }
    }
  });

  it("a name goes beside its marker where there is room, and a shorter form where there is not", () => {
    const [free] = placeLabels([{ marker: { x: 100, y: 100, w: 40, h: 20 }, forms: ["Rabot"] }], { width: 360, top: 0, bottom: 300 }, 12);
    expect(free).toMatchObject({ text: "Rabot", anchor: "start", x: 143 });
    // Against the right edge, with markers left, below and above: only the short form fits, at the top-left corner.
    const marker = { x: 300, y: 100, w: 58, h: 20 };
    const others = [
      { x: 200, y: 95, w: 98, h: 30 },
      { x: 240, y: 121, w: 118, h: 30 },
      { x: 280, y: 70, w: 78, h: 29 },
    ];
    const placed = placeLabels(
      [{ marker, forms: ["Muide - Meulestede - Afrikalaan", "Muide…"] }, ...others.map((m) => ({ marker: m, forms: ["x"] }))],
      { width: 360, top: 0, bottom: 300 },
      12,
    );
    expect(placed[0]!.text).toBe("Muide…");
  });
});

describe("hours against last year", () => {
  it("draws a pair of columns per month, scaled to the same axis", () => {
    const svg = hoursChart("uren", months([120, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 240]));
    // The columns, not the legend's 14 × 14 swatches.
    const heights = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="(?!14")[\d.]+" height="([\d.]+)" fill="(#0b4ea2|url\(#uren-hatch-4d4d4d\))"/g)].map(
      (m) => [Number(m[1]), m[2]],
    );
    expect(heights).toHaveLength(3);
    const [jan, feb, lastDec] = heights as [number, string][];
    expect(jan![1]).toBe("#0b4ea2");
    expect(lastDec![1]).toBe("url(#uren-hatch-4d4d4d)");
    expect(jan![0] / feb![0]).toBeCloseTo(2, 1);
    expect(lastDec![0] / jan![0]).toBeCloseTo(2, 1);
    expect(svg).toContain('<pattern id="uren-hatch-4d4d4d"');
    expect(svg).toContain("Samen 3u, een jaar eerder 4u.");
  });
});

describe("every chart", () => {
  const charts = {
    map: wijkMap("kaart", [wijk(EVIL, 51.06, 3.7, 2, 1), wijk("Ledeberg", 51.03, 3.74)]),
    nearCap: nearCapChart("maximum", "2026-12", [{ firstName: EVIL, lastName: "Peeters", usedMinutes: 2400, plannedMinutes: 600, capMinutes: 3600 }]),
    demand: demandChart("opleiding", [
      { neighbourhoodName: EVIL, activityName: "Hagen snoeien", skillName: EVIL, openJobs: 3, qualifiedWorkers: 1, suggestTraining: true },
    ]),
    hours: hoursChart("uren", months([60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30])),
  };

  it.each(Object.entries(charts))("%s: escapes every text from the data", (_name, svg) => {
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("</script>");
    expect(svg).not.toMatch(/& /);
    if (_name !== "hours") expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;");
  });

  it.each(Object.entries(charts))("%s: an image named by its title and described, scaling to the width it gets, without style attributes", (name, svg) => {
    const id = { map: "kaart", nearCap: "maximum", demand: "opleiding", hours: "uren" }[name]!;
    expect(svg).toMatch(
      new RegExp(`^<svg class="chart-svg" id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 360 [\\d.]+" width="100%"`),
    );
    expect(svg).toContain(`<title id="${id}-title">`);
    expect(svg).toMatch(new RegExp(`<desc id="${id}-desc">[^<]{40,}</desc>`));
    // The pages' CSP allows no inline style.
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).not.toContain("<style");
  });

  it("a shortage of trained workers is said in words, not only in bold", () => {
    expect(charts.demand).toMatch(/font-weight="700"[^>]*>Opleiding &lt;script&gt;/);
    expect(charts.nearCap).toContain("50u van 60u");
  });

  it("without data: one sentence instead of an empty chart", () => {
    const empty = [
      hoursChart("uren", []),
      hoursChart("uren", months(Array(12).fill(0))),
      wijkMap("kaart", []),
      nearCapChart("maximum", "2026-12", []),
      demandChart("opleiding", []),
    ];
    for (const html of empty) {
      expect(html).toMatch(/^<p class="chart-empty">[A-Z][^<]+\.<\/p>$/);
      expect(html).not.toContain("<svg");
    }
  });
});
