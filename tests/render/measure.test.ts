import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Resvg } from "@resvg/resvg-js";
import { textWidth, wrap } from "../../pipeline/render/measure.ts";
import { resvgOptions } from "../../pipeline/render/png.ts";
import { escapeXml } from "../../pipeline/render/svg.ts";

/** Ink width resvg draws for `s`, bracketed by "|" so side bearings cancel out. */
function renderedAdvance(s: string, size: number, weight: number): number {
  const ink = (t: string) =>
    new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="100"><text x="10" y="60" font-size="${size}" font-weight="${weight}">${escapeXml(t)}</text></svg>`,
      resvgOptions(1),
    ).getBBox()!.width;
  return ink(`|${s}|`) - ink("||");
}

describe("textWidth", () => {
  const samples = [
    "Hello",
    "AVATAR Tokyo To Ty Vo LT AW",
    "Iraqi Joint Operations Command, via CNN, Oct. 24, 2016",
    "Yesterday's tallies: 1,234 (nearly 400) — WAVE Type",
    "Mosul offensive: first-week tallies",
  ];
  it.each([400, 600, 700])("matches the advance resvg renders (kerning included) at weight %i", (weight) => {
    for (const s of samples) {
      const measured = textWidth(s, 20, weight);
      const rendered = renderedAdvance(s, 20, weight);
      expect(Math.abs(measured - rendered), s).toBeLessThan(3.5);
      // Kerning is applied: "AVATAR" is narrower than the sum of its letters.
    }
    expect(textWidth("AV", 20, weight)).toBeLessThan(textWidth("A", 20, weight) + textWidth("V", 20, weight));
  });

  it("scales linearly with size and grows with weight", () => {
    const s = "Families displaced";
    expect(textWidth(s, 24)).toBeCloseTo(2 * textWidth(s, 12), 9);
    expect(textWidth(s, 12, 700)).toBeGreaterThan(textWidth(s, 12, 600));
    expect(textWidth(s, 12, 600)).toBeGreaterThan(textWidth(s, 12, 400));
    expect(textWidth("", 12)).toBe(0);
  });
});

describe("wrap", () => {
  it("keeps every line within maxWidth and keeps all words in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 30 }).map((w) => w.replace(/\s/g, "x")), { minLength: 0, maxLength: 25 }),
        fc.integer({ min: 40, max: 600 }),
        fc.constantFrom(400, 600, 700),
        (words, maxWidth, weight) => {
          const lines = wrap(words.join(" "), maxWidth, 14, weight);
          for (const line of lines) expect(textWidth(line, 14, weight)).toBeLessThanOrEqual(maxWidth);
          expect(lines.join("").replace(/ /g, "")).toBe(words.join(""));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("breaks greedily at spaces, honours \\n, and cuts words longer than a line", () => {
    const text = "Source: Iraqi Joint Operations Command, via CNN, Oct. 24, 2016";
    const lines = wrap(text, 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    expect(wrap("first\nsecond", 500, 12)).toEqual(["first", "second"]);
    const url = "https://example.org/" + "a".repeat(200);
    const cut = wrap(url, 100, 12);
    expect(cut.join("")).toBe(url);
    for (const l of cut) expect(textWidth(l, 12)).toBeLessThanOrEqual(100);
    expect(wrap("   ", 100, 12)).toEqual([]);
  });
});
