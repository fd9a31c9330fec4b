import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../pipeline/extract/article.ts";
import { conventions } from "../helpers/extract.ts";
import { PROJECT } from "../helpers/workspace.ts";

/**
 * The seed report must come out as issue 3's table says: every row below is read off the article
 * text (published Monday 2016-10-24; the offensive began Monday 2016-10-17), nothing else.
 */
const text = readFileSync(join(PROJECT, "data/raw/articles/000_401ad5ae4d079817.txt"), "utf8");
const { figures, mentions } = extractArticle({ articleId: "seed", text, outlet: "CNN", url: null, published: "2016-10-24", campaignStart: "2016-10-17" }, conventions);
const JOC = "Iraqi Joint Operations command center";
const WEEK = ["2016-10-17", "2016-10-23"]; // "so far" in a report of the 24th: the 7 completed days

// quantity text, value, qualifier, counted, event, source, [period start, end], said on, per, mentions
const expected = [
  ["Hundreds", null, "vague", "ISIS fighters", "fleeing", "Sheikh Abdullah Alyawer", [null, "2016-10-24"], null, null, 1],
  ["dozens", null, "vague", "ISIS militants and their families", "fleeing", "Sheikh Abdullah Alyawer", [null, null], "2016-10-24", "day", 1],
  ["78", 78, "exact", "towns and villages", "liberated", JOC, WEEK, null, null, 2],
  ["772", 772, "exact", "ISIS fighters", "killed", JOC, WEEK, null, null, 2],
  ["about 40", 40, "approximate", "people", "executed", "a Mosul City Council official", [null, null], "2016-10-23", null, 2],
  ["23", 23, "exact", "ISIS fighters", "detained", JOC, WEEK, null, null, 1],
  ["127", 127, "exact", "vehicle-borne explosive devices", "destroyed", JOC, WEEK, null, null, 1],
  ["two", 2, "exact", "bomb-making factories", "discovered", JOC, WEEK, null, null, 1],
  ["nearly 400", 400, "at_most", "improvised-explosive devices", "detonated", JOC, WEEK, null, null, 1],
  ["thousands", null, "vague", "ground troops", null, null, [null, null], null, null, 1],
  ["an estimated 200,000 to 300,000", null, "range", "civilians", "present", null, [null, "2016-10-24"], null, null, 1],
  ["284", 284, "exact", "men and boys", "executed", "an Iraqi intelligence source", ["2016-10-20", "2016-10-21"], null, null, 1],
  ["hundreds", null, "vague", null, "treated", null, [null, null], null, null, 1],
] as const;

describe("the seed report", () => {
  const counts = figures.filter((f) => f.kind === "count");

  it("gives exactly the counts of issue 3's table, in order of first mention", () => {
    expect(counts.map((f) => f.quantity_text)).toEqual(expected.map((e) => e[0]));
  });

  it.each(expected)("reads %s", (quantity, value, qualifier, counted, event, source, period, saidOn, per, n) => {
    const f = counts.find((c) => c.quantity_text === quantity)!;
    expect({
      value: f.value, qualifier: f.qualifier, counted: f.counted, event: f.event, source: f.source,
      period: [f.period_start, f.period_end], said_on: f.said_on, per: f.per, mentions: f.mentions,
    }).toEqual({ value, qualifier, counted, event, source, period: [...period], said_on: saidOn, per, mentions: n });
  });

  it("reads the hedges into intervals by the convention table", () => {
    const byText = (t: string) => counts.find((c) => c.quantity_text === t)!;
    expect([byText("nearly 400").low, byText("nearly 400").high]).toEqual([360, 400]); // 0.9 x 400 to 400
    expect([byText("about 40").low, byText("about 40").high]).toEqual([36, 44]); // 40 -/+ 10%
    expect([byText("an estimated 200,000 to 300,000").low, byText("an estimated 200,000 to 300,000").high]).toEqual([200_000, 300_000]);
    expect([byText("772").low, byText("772").high]).toEqual([772, 772]);
  });

  it("finds the measures and nothing else: 30 kilometers, two years, one week, a 7-day period", () => {
    expect(figures.filter((f) => f.kind === "measure").map((f) => [f.quantity_text, f.value, f.unit])).toEqual([
      ["One week", 1, "week"], ["7-day", 7, "day"], ["two years", 2, "year"], ["about 30 kilometers", 30, "km"],
    ]);
  });

  it("keeps both places of a claim stated twice, with one figure id", () => {
    const seventyEight = counts.find((c) => c.quantity_text === "78")!;
    const places = mentions.filter((m) => m.figure_id === seventyEight.figure_id);
    expect(places.map((m) => text.slice(m.start, m.end))).toEqual(["78", "78"]);
    expect(places[0]!.sentence).toContain("78 towns liberated, 772 ISIS fighters killed in first week of battle, says operations center");
    expect(places[1]!.sentence).toContain("78 towns and villages have been liberated so far");
  });

  it("gives figure ids that do not depend on offsets: the same claims after a paragraph is inserted", () => {
    const shifted = extractArticle({ articleId: "seed", text: `A new first paragraph.\n${text}`, outlet: "CNN", url: null, published: "2016-10-24", campaignStart: "2016-10-17" }, conventions);
    expect(shifted.figures.map((f) => f.figure_id)).toEqual(figures.map((f) => f.figure_id));
  });

  it("points every mention at the exact words in the text", () => {
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.quantity_text);
  });
});
