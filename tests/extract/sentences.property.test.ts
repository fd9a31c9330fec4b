import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSpace, MAX_SENTENCE, sentences } from "../../pipeline/extract/sentences.ts";

describe("sentences", () => {
  it("splits at stops but not after abbreviations or initials, and keeps bullets apart", () => {
    const text = "Lt. Gen. Talib Shaghati said 3,300 were killed. George W. Bush spoke.\n* 78 towns liberated\nThe U.S. said so.";
    expect(sentences(text).map((s) => s.text)).toEqual([
      "Lt. Gen. Talib Shaghati said 3,300 were killed.", "George W. Bush spoke.", "* 78 towns liberated", "The U.S. said so.",
    ]);
  });

  it("returns ordered, non-overlapping spans whose text is the input's, none longer than the cap", () => {
    const pieces = fc.constantFrom("Word", "word", ". ", "? ", " ", "\n", "Mr.", "“", "”", "A.", "12", ",", "\r");
    fc.assert(fc.property(fc.array(pieces, { maxLength: 400 }), (parts) => {
      const text = parts.join("");
      let last = 0;
      for (const s of sentences(text)) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeGreaterThan(s.start);
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
        expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
        last = s.end;
      }
    }));
  });

  it("cuts a text with no stop into pieces no longer than the cap", () => {
    const spans = sentences("word ".repeat(10_000));
    expect(spans.length).toBeGreaterThan(20);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it("trims what /\\s/ matches, compared code by code", () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
