import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { words, type Word } from "../../pipeline/extract/words.ts";

/** The definition the scanner implements: one regex match per word, as words() was first written. */
function byRegex(text: string, from: number, to: number): Word[] {
  const WORD = /[\p{L}\p{N}#$%][\p{L}\p{N}'’.%-]*/gu;
  const out: Word[] = [];
  let gapStart = from;
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    const i = m.index;
    let end = Math.min(i + m[0].length, to);
    while (end > i + 1 && ".'’-".includes(text[end - 1]!)) end--;
    const t = text.slice(i, end);
    const gap = text.slice(gapStart, i);
    const clauseBreak = /[,;:—–()[\]“”"]|^-| -|- |-$/.test(gap);
    out.push({ start: i, end, text: t, lower: t.toLowerCase().replaceAll("’", "'"), clauseBreak });
    gapStart = end;
    WORD.lastIndex = end;
  }
  return out;
}

/** Splits a surrogate pair: the regex above would loop there, the scanner must not. */
const midPair = (text: string, k: number) => k > 0 && k < text.length && /[\ud800-\udbff]/.test(text[k - 1]!) && /[\udc00-\udfff]/.test(text[k]!);

describe("words", () => {
  it("reads words, lower case and clause breaks", () => {
    expect(words("Nearly 400 IEDs — “dozens,” he said.", 0, 35).map((w) => [w.text, w.lower, w.clauseBreak])).toEqual([
      ["Nearly", "nearly", false], ["400", "400", false], ["IEDs", "ieds", false], ["dozens", "dozens", true], ["he", "he", true], ["said", "said", false],
    ]);
  });

  it("agrees with the regex definition on any text and span", () => {
    const pieces = fc.constantFrom("Word", "word", "U.S.", "don’t", "boys'", "well-", " - ", "-", "#5", "$3", "40%", " ", "  ", ",", "—", "“", "”", "\"", "(", "é", "Ünal", "𝐀", "😀", "٣", "\n", ".");
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const text = parts.join("");
      const from = a % (text.length + 1);
      const to = from + (b % (text.length - from + 1));
      fc.pre(!midPair(text, from) && !midPair(text, to));
      expect(words(text, from, to)).toEqual(byRegex(text, from, to));
    }));
  });

  it("ends when a span ends inside a surrogate pair", () => {
    expect(words("ab𝐀 cd", 0, 3).map((w) => w.start)).toEqual([0]);
  });
});
