import { describe, expect, it } from "vitest";
import { countedAfter } from "../../pipeline/extract/counted.ts";
import { words } from "../../pipeline/extract/words.ts";

/** What `countedAfter` reads after the first word equal to `number` in `text`. */
function countedOf(text: string, number: string): string | null {
  const ws = words(text, 0, text.length);
  const i = ws.findIndex((w) => w.text === number);
  expect(i, `${number} in ${text}`).toBeGreaterThanOrEqual(0);
  return countedAfter(ws, i + 1, ws.length).counted;
}

/** Sentences from the corpus review (bench/corpus-sample.ts) and the reading expected of each. */
describe("counted phrase on real news text", () => {
  it.each([
    ["The trio will join three crew members already on the space station.", "three", "crew members"],
    ["There's no easy fix, but we can do three things immediately.", "three", "things"],
    ["mediators can be used to initially bring the two sides together.", "two", "sides"],
    ["Let's go over three main reasons why: .", "three", "main reasons"],
  ])("stops before an adverb or a wh-word: %s", (text, number, counted) => {
    expect(countedOf(text, number)).toBe(counted);
  });

  it.each([
    ["The two charities gave sizeable funds to CAGE.", "two", "charities"],
    ["its open cases into the two charities and publish a report", "two", "charities"],
    ["In theory two must go.", "two", null],
  ])("stops before a verb that does not end in -ed: %s", (text, number, counted) => {
    expect(countedOf(text, number)).toBe(counted);
  });

  it("keeps nouns joined by 'and', and nouns ending in -ly", () => {
    expect(countedOf("shot dead 284 men and boys, an Iraqi intelligence source told CNN.", "284")).toBe("men and boys");
    // ("deployed" is the event: "700 deployed missiles and bombers")
    expect(countedOf("limits forces to 700 deployed missiles and bombers.", "700")).toBe("missiles and bombers");
    expect(countedOf("they seized two army supply trucks.", "two")).toBe("army supply trucks");
    expect(countedOf("Seven family members were there.", "Seven")).toBe("family members");
  });

  it("reads a participle right after the figure as the verb when no noun follows: 'Hundreds stranded in snow'", () => {
    expect(countedOf("Hundreds stranded in snow on Kentucky highway .", "Hundreds")).toBeNull();
  });

  it("reads 'living' and 'remaining' before a noun as part of what is counted", () => {
    expect(countedOf("The fraternity now boasts more than 900 living alumni, along with 500 undergraduates.", "900")).toBe("living alumni");
    expect(countedOf("There are 300 remaining fighters in the city.", "300")).toBe("remaining fighters");
  });
});
