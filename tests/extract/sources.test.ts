import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appositiveSources, contentWords } from "../../pipeline/extract/attribution.ts";
import { count } from "../helpers/extract.ts";

/**
 * Sources are read lazily (a sentence without a figure only when a figure's source needs it) and
 * appositives are searched only before ", a ": these tests pin that the answers are the ones a full
 * reading gives.
 */
describe("sources", () => {
  it("resolve a description through a speaker named in a sentence without a figure", () => {
    expect(count("A Mosul City Council official said the city was calm. ISIS executed about 40 people, a Mosul official said.", "about 40").source).toBe("A Mosul City Council official");
  });

  it("resolve a description through an appositive", () => {
    expect(count("Sheikh Abdullah Alyawer, a tribal leader in the town of Rabia, spoke. Dozens of militants fled, the tribal leader said.", "Dozens").source).toBe("Sheikh Abdullah Alyawer");
  });

  it("resolve a pronoun to the last full name, read back over sentences without figures", () => {
    expect(count("Sheikh Abdullah Alyawer said the road was open. The weather was bad. Hundreds of ISIS fighters were fleeing, he said.", "Hundreds").source).toBe("Sheikh Abdullah Alyawer");
    const text = "The police chief said 12 people died. He said 30 more were hurt -- she said 4 were missing.";
    expect([count(text, "12").source, count(text, "30").source, count(text, "4").source]).toEqual(["police chief", "He", "she"]);
  });

  it("look for a description's fuller name among the nearest sources of its kind only, however many the article names", () => {
    const officials = (n: number) => Array.from({ length: n }, (_, i) => `Transport official Number${i} Smith said it rained.`).join(" ");
    const officers = (n: number) => Array.from({ length: n }, (_, i) => `Officer Number${i} Smith said it rained.`).join(" ");
    const lee = "Police official Ann Lee said it was fine.";
    const figure = "Some 300 people were hurt, a police official said.";
    expect(count(`${officials(40)} ${lee} ${figure}`, "Some 300").source).toBe("Police official Ann Lee");
    // 70 other officials stand between: the name is not among the 64 nearest officials
    expect(count(`${lee} ${officials(70)} ${figure}`, "Some 300").source).toBe("a police official");
    // 70 speakers of another kind do not push it out
    expect(count(`${lee} ${officers(70)} ${figure}`, "Some 300").source).toBe("Police official Ann Lee");
  });
});

/** The definition appositiveSources implements: a global search of the pattern over the whole text. */
function byGlobalSearch(text: string) {
  const APPOSITIVE = /((?:\p{Lu}[\p{L}'’.-]+ ){1,4}\p{Lu}[\p{L}'’-]+), (?:a|an|the) ([^,.;]{3,80})/gu;
  return [...text.matchAll(APPOSITIVE)].map((m) => ({ name: m[1]!, words: new Set([...contentWords(m[1]!), ...contentWords(m[2]!)]), at: m.index }));
}

describe("appositiveSources", () => {
  it("finds a name before ', a' and its description", () => {
    expect(appositiveSources("They met Sheikh Abdullah Alyawer, a tribal leader in the town of Rabia.")).toEqual(byGlobalSearch("They met Sheikh Abdullah Alyawer, a tribal leader in the town of Rabia."));
    expect(appositiveSources("They met Sheikh Abdullah Alyawer, a tribal leader.")[0]!.name).toBe("Sheikh Abdullah Alyawer");
  });

  it("agrees with a global search of its pattern on any text", () => {
    const pieces = fc.constantFrom("Abdullah", "Al-Yawer", "O'Neil", "Dr.", "McDonald", "Ünal", "𝐀lpha", "x", "the", "a", "an", ", a ", ", an ", ", the ", ", ", " ", "  ", ".", ";", "tribal leader", "Σ", "é", "-", "’s", "\n");
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const text = parts.join("");
      expect(appositiveSources(text)).toEqual(byGlobalSearch(text));
    }), { numRuns: 2000 });
  });
});
