import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  HEDGES,
  VAGUE_TERMS,
  findQuantities,
  parseQuantityText,
  toInterval,
  type Quantity,
} from "../../pipeline/extract/quantities.ts";

const SEED = fileURLToPath(new URL("../../../shared/seed/000_401ad5ae4d079817.txt", import.meta.url));

function one(text: string): Quantity {
  const qs = findQuantities(text);
  expect(qs, `quantities in ${JSON.stringify(text)}`).toHaveLength(1);
  return qs[0]!;
}

function texts(text: string): string[] {
  return findQuantities(text).map((q) => q.text);
}

describe("digits", () => {
  it.each([
    ["1,000", 1000],
    ["1247", 1247],
    ["1.5 million", 1_500_000],
    ["2.3bn", 2_300_000_000],
    ["some 1.34 million", 1_340_000],
    ["4.800", 4.8],
    ["0.25", 0.25],
    ["22,240,260,310", 22_240_260_310],
    ["1 234 567", 1_234_567],
    ["40\u202f000", 40_000],
    ["10k", 10_000],
    ["1.3e6", 1_300_000],
    ["٣٥٠", 350],
    ["۱۲۳۴", 1234],
    ["3/4", 0.75],
    ["2 1/4", 2.25],
    ["more than 3 thousand 300", 3300],
    ["322 hundred", 32200],
  ])("%s -> %d", (text, value) => {
    expect(one(text).value).toBe(value);
  });

  it("reads a dot as a thousands separator only before a count noun", () => {
    const q = one("152.857 people fled the city");
    expect(q.value).toBe(152857);
    expect(q.text).toBe("152.857");
    expect(one("a rate of 4.800 was reported").value).toBe(4.8);
    expect(one("1.234.567").value).toBe(1_234_567);
  });

  it("keeps '85, 590' as a list in running text, joins it in a CSV cell", () => {
    expect(texts("85, 590")).toEqual(["85", "590"]);
    expect(parseQuantityText("85, 590")?.value).toBe(85590);
    expect(parseQuantityText("432, 726")?.value).toBe(432726);
  });

  it("reads km 2 as km2", () => {
    const q = parseQuantityText("14 thousand km 2")!;
    expect(q).toMatchObject({ value: 14000, unit: "km2", unitDimension: "area", kind: "measure" });
  });

  it("gives UTF-16 offsets of the number and the phrase", () => {
    const t = "ISIS executed about 40 people";
    const q = one(t);
    expect(q).toMatchObject({ start: 14, end: 22, numberStart: 20, numberEnd: 22, text: "about 40", hedge: "about" });
    expect(t.slice(q.numberStart, q.numberEnd)).toBe("40");
  });
});

describe("number words", () => {
  it.each([
    ["two", 2],
    ["twenty-three", 23],
    ["one hundred and twenty three", 123],
    ["two hundred and fifty thousand", 250_000],
    ["a dozen", 12],
    ["half a million", 500_000],
    ["a million", 1_000_000],
    ["almost one million", 1_000_000],
    ["a couple of days", 2],
    ["one and a half", 1.5],
    ["three hundred and two dozens", 324],
    ["five and a half million", 5_500_000],
    ["3 million and a half", 3_500_000],
    ["two hundred point zero three", 200.03],
  ])("%s -> %d", (text, value) => {
    expect(findQuantities(text)[0]?.value).toBe(value);
  });

  it("reads fractions as measures with unit 'fraction'", () => {
    for (const t of ["one-third", "a third of the city", "more than one-third"]) {
      const q = findQuantities(t)[0]!;
      expect(q.value).toBeCloseTo(1 / 3, 12);
      expect(q).toMatchObject({ kind: "measure", unit: "fraction", unitDimension: "fraction" });
    }
    expect(one("two thirds of the residents").value).toBeCloseTo(2 / 3, 12);
    expect(texts("for a third time")).toEqual([]);
    expect(texts("an eighth-grade student")).toEqual([]);
  });
});

describe("ranges", () => {
  it.each([
    ["200,000 to 300,000", null, 200_000, 300_000, null],
    ["between 3,500 and 5,000", "between", 3500, 5000, null],
    ["800-900", null, 800, 900, null],
    ["about 800-900", "about", 800, 900, null],
    ["21 to 25", null, 21, 25, null],
    ["80% to 85%", null, 80, 85, "percent"],
    ["65-70 percent", null, 65, 70, "percent"],
    ["1,200-1,500", null, 1200, 1500, null],
    ["between 9,000 and 11,000", "between", 9000, 11000, null],
    ["from 20 to 30", null, 20, 30, null],
    ["1.5 to 2 million", null, 1_500_000, 2_000_000, null],
  ])("%s", (text, hedge, low, high, unit) => {
    const q = one(text);
    expect(q).toMatchObject({ text, hedge, value: null, rangeLow: low, rangeHigh: high, unit });
  });

  it("keeps the numeric part of a range", () => {
    const t = "still home to an estimated 200,000 to 300,000 civilians";
    const q = one(t);
    expect(q.text).toBe("an estimated 200,000 to 300,000");
    expect(t.slice(q.numberStart, q.numberEnd)).toBe("200,000 to 300,000");
  });

  it("does not read scores and year spans as ranges", () => {
    expect(texts("they won 3-2 on Sunday")).toEqual([]);
    expect(texts("the 2014-15 season")).toEqual([]);
  });

  it("reads 'X out of Y' and 'X of Y' with a denominator", () => {
    expect(one("47 out of 74")).toMatchObject({ value: 47, outOf: 74, hedge: null });
    expect(one("about 17 of 40")).toMatchObject({ value: 17, outOf: 40, hedge: "about" });
  });
});

describe("hedges and vague terms", () => {
  it.each([
    ["nearly 400", "nearly", 400],
    ["almost 50", "almost", 50],
    ["close to 1,000", "close to", 1000],
    ["up to 700", "up to", 700],
    ["as many as 40", "as many as", 40],
    ["no fewer than 20", "no fewer than", 20],
    ["no more than 20", "no more than", 20],
    ["in excess of 300", "in excess of", 300],
    ["upwards of 500", "upwards of", 500],
    ["at least 3,200", "at least", 3200],
    ["At least 747", "at least", 747],
    ["more than half", "more than", 0.5],
    ["more than a dozen", "more than", 12],
    ["some 1,400", "some", 1400],
  ])("%s", (text, hedge, value) => {
    expect(one(text)).toMatchObject({ text, hedge, value });
  });

  it("reads postfix hedges", () => {
    const q = one("500 or more people");
    expect(q).toMatchObject({ text: "500 or more", hedgeAfter: "or more", value: 500 });
    expect(toInterval(q)).toEqual({ low: 500, high: null, lowInclusive: true, highInclusive: false });
    expect(toInterval(one("up to 700"))).toEqual({ low: null, high: 700, lowInclusive: false, highInclusive: true });
    expect(toInterval(one("nearly 400"))).toBeNull();
  });

  it.each([
    ["Hundreds of ISIS fighters", "Hundreds", "hundreds"],
    ["dozens of ISIS militants", "dozens", "dozens"],
    ["causing hundreds to seek medical help", "hundreds", "hundreds"],
    ["The thousands of ground troops", "thousands", "thousands"],
    ["a few", "a few", "a few"],
    ["several", "several", "several"],
    ["scores of people", "scores", "scores"],
    ["several hundred", "several hundred", "several hundred"],
    ["tens of thousands", "tens of thousands", "tens of thousands"],
    ["hundreds of thousands of refugees", "hundreds of thousands", "hundreds of thousands"],
    ["a handful", "a handful", "a handful"],
  ])("%s", (text, qtext, vague) => {
    expect(one(text)).toMatchObject({ text: qtext, vague, value: null, rangeLow: null, kind: "count" });
  });

  it("does not read 'many' or 'scores' as a verb", () => {
    expect(texts("many people came; he scores twice")).toEqual([]);
  });

  it("exports canonical lists", () => {
    for (const h of ["nearly", "about", "around", "approximately", "roughly", "some", "an estimated", "almost", "close to", "more than", "over", "above", "at least", "up to", "as many as", "fewer than", "less than", "at most", "only", "between", "no fewer than", "no more than", "in excess of", "upwards of"]) {
      expect(HEDGES).toContain(h);
    }
    for (const v of ["a few", "several", "dozens", "scores", "hundreds", "several hundred", "thousands", "tens of thousands", "hundreds of thousands", "a handful"]) {
      expect(VAGUE_TERMS).toContain(v);
    }
  });
});

describe("measures", () => {
  it.each([
    ["30 kilometers", 30, "km", "distance"],
    ["about 30 kilometers", 30, "km", "distance"],
    ["approximately 200 square kilometers", 200, "km2", "area"],
    ["more than 500 square kilometres", 500, "km2", "area"],
    ["some 1,400 kilometers", 1400, "km", "distance"],
    ["two years", 2, "year", "duration"],
    ["One week", 1, "week", "duration"],
    ["60 percent", 60, "percent", "percent"],
    ["80%", 80, "percent", "percent"],
    ["$5 million", 5_000_000, "usd", "money"],
    ["10 kg", 10, "kg", "weight"],
  ])("%s", (text, value, unit, dim) => {
    expect(one(text)).toMatchObject({ text, value, unit, unitDimension: dim, kind: "measure" });
  });

  it("reads a hyphenated unit: 7-day period", () => {
    expect(one("any other 7-day period")).toMatchObject({ text: "7-day", value: 7, unit: "day", kind: "measure" });
  });
});

describe("not quantities", () => {
  it.each([
    "17 October 2016", "Oct. 17", "October 17", "in 2014", "2016", "10:30", "1530hrs", "at 5 p.m.", "second week",
    "21st", "the tenth", "#Mosul2016", "#ISIL", "F-16", "a Boeing 737", "Boeing 737", "COVID-19", "A4", "I-35",
    "UN Resolution 2254", "call 555-123-4567", "+1-222-2222/2222", "9/11", "G20", "one of the", "no one",
    "someone", "the one who", "once", "the 1990s", "4G", "192.168.1.2", "http://example.com/page2016/30",
    "No. 10",
  ])("%s", (text) => {
    expect(texts(text)).toEqual([]);
  });

  it("tells a count from a year", () => {
    expect(texts("2000 people")).toEqual(["2000"]);
    expect(texts("about 2000")).toEqual(["about 2000"]);
    expect(texts("since 2000")).toEqual([]);
    expect(parseQuantityText("2016")?.value).toBe(2016);
  });
});

describe("parseQuantityText (desk CSV cells)", () => {
  it.each([
    ["at least 800 ISIL IEDs", "at least 800", 800],
    ["at least 28 villages", "at least 28", 28],
    ["nine", "nine", 9],
    ["1247", "1247", 1247],
    ["more than 3 thousand 300", "more than 3 thousand 300", 3300],
    ["some 1.34 million", "some 1.34 million", 1_340_000],
  ])("%s", (cell, text, value) => {
    expect(parseQuantityText(cell)).toMatchObject({ text, value });
  });
  it("returns null when there is no quantity", () => {
    expect(parseQuantityText("unknown")).toBeNull();
    expect(parseQuantityText("")).toBeNull();
  });
});

describe.skipIf(!existsSync(SEED))("the seed report", () => {
  const text = existsSync(SEED) ? readFileSync(SEED, "utf8") : "";

  it("finds exactly the reported figures, in order", () => {
    expect(texts(text)).toEqual([
      "Hundreds", // Hundreds of ISIS fighters are fleeing
      "dozens", // dozens of ISIS militants and their families
      "78", // * 78 towns liberated
      "772", // 772 ISIS fighters killed
      "about 40", // ISIS executed about 40 people
      "78", // 78 towns and villages have been liberated
      "772", // The center said 772 ISIS fighters
      "23", // and 23 were detained
      "127", // 127 vehicle-borne explosive devices
      "two", // two bomb-making factories
      "nearly 400", // nearly 400 improvised-explosive devices
      "thousands", // The thousands of ground troops
      "One week", // One week into #Mosul operation
      "7-day", // any other 7-day period
      "an estimated 200,000 to 300,000", // civilians
      "two years", // in control of Mosul for two years
      "about 40", // executed about 40 people who were celebrating
      "284", // shot dead 284 men and boys
      "about 30 kilometers", // Qayyara, about 30 kilometers south of Mosul
      "hundreds", // causing hundreds to seek medical help
    ]);
  });

  it("resolves the seed figures", () => {
    const qs = findQuantities(text);
    const get = (t: string) => qs.find((q) => q.text === t)!;
    expect(get("nearly 400")).toMatchObject({ value: 400, hedge: "nearly", kind: "count" });
    expect(get("an estimated 200,000 to 300,000")).toMatchObject({ value: null, rangeLow: 200_000, rangeHigh: 300_000, hedge: "an estimated" });
    expect(get("about 30 kilometers")).toMatchObject({ value: 30, hedge: "about", unit: "km", kind: "measure" });
    expect(get("One week")).toMatchObject({ value: 1, unit: "week", unitDimension: "duration" });
    expect(get("two years")).toMatchObject({ value: 2, unit: "year" });
    expect(get("Hundreds")).toMatchObject({ vague: "hundreds", value: null });
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

/**
 * Patterns found by reading a random sample of 100 `count` rows from 1,000 CNN/DailyMail articles
 * (bench/corpus-sample.ts, seed 20161024): each sentence below is from that sample or of its kind.
 */
describe("real news text: what is not a count", () => {
  it.each([
    "(CNN)\"In order to attain the impossible, one must attempt the absurd,\" wrote Miguel de Cervantes.",
    "It was a shameful betrayal -- one that cost lives.",
    "It affects every character in one way or another, and it deals with some central issues.",
    "For one thing, the company's hardware model feels great in the hand.",
    "The identifications came in one at a time over a period of several days.",
    "It all started early one morning in September.",
    "Not one character in particular.",
    "Zayn Malik leaving One Direction .",
    "He heard a story on the radio about one of the inventors of the hand.",
    "He's never one to miss an opportunity.",
  ])("'one' as a pronoun, an idiom or a name: %s", (text) => {
    expect(findQuantities(text).filter((q) => q.kind === "count")).toEqual([]);
  });

  it("keeps 'one' that counts: 'at least one of its frigates', 'One supporter remarked'", () => {
    expect(one("Denmark said that at least one of its frigates would be equipped")).toMatchObject({ value: 1, hedge: "at least", kind: "count" });
    expect(one("One supporter remarked that it was wrong.")).toMatchObject({ value: 1, kind: "count" });
  });

  it.each([
    ["Trey Lyles was the Wildcats' top scorer with 14 points.", "14 points", "point"],
    ["City had hoped to cut the gap to just two points with a win.", "just two points", "point"],
    ["We've only scored one goal, from a penalty, in two games.", "one goal", "goal"],
    ["He opened up an unassailable 123-point lead over Dominik Paris.", "123-point", "point"],
  ])("sports scores are a measure, not a count: %s", (text, quantity, unit) => {
    expect(findQuantities(text)[0]).toMatchObject({ text: quantity, kind: "measure", unit, unitDimension: "score" });
  });

  it.each([
    ["Chan, 31, was called the ringleader of the plot.", 31],
    ["a close friend of the deceased, Conrad Roy, 18 -- allegedly did it", 18],
    ["You must be a teacher or a student age 13 or older to request a mention.", 13],
    ["The suspect, aged 35, was arrested.", 35],
  ])("ages are a measure in years: %s", (text, value) => {
    expect(one(text)).toMatchObject({ value, kind: "measure", unit: "year", unitDimension: "duration" });
  });

  it("keeps counts after a comma that are not ages", () => {
    expect(one("In London, 31 people died.")).toMatchObject({ value: 31, kind: "count" });
    expect(one("Of the dead, 12 were children.")).toMatchObject({ value: 12, kind: "count" });
  });

  it.each([
    "this time in a three-dimensional form with an engine",
    "They will continue as a four-piece and look forward to the concerts.",
    "He chose the 3-iron to play his third shot.",
    "the 3-D printed hand",
    "a two-time champion",
  ])("a number inside a hyphenated modifier is not a count: %s", (text) => {
    expect(findQuantities(text).filter((q) => q.kind === "count")).toEqual([]);
  });

  it("keeps counts in hyphenated compounds that name people or things: 'a 20-member delegation', 'a 300-strong force'", () => {
    expect(one("a 20-member delegation arrived")).toMatchObject({ value: 20, kind: "count" });
    expect(one("a 300-strong force")).toMatchObject({ value: 300, kind: "count" });
  });

  it.each([
    ["a reward of 3 million rubles ($49,000)", "3 million rubles", "rub", "money"],
    ["She initially was held for four nights.", "four nights", "night", "duration"],
    ["Last known speed: 480 mph .", "480 mph", "mph", "speed"],
    ["winds of 155 mph (250 kilometers per hour)", "155 mph", "mph", "speed"],
    ["1,000 metric tons of food", "1,000 metric tons", "t", "weight"],
    ["a city 10 times bigger", "10 times", "times", "ratio"],
    ["still roughly 10 times what McDougall testified", "roughly 10 times", "times", "ratio"],
  ])("units: %s", (text, quantity, unit, dim) => {
    expect(findQuantities(text)[0]).toMatchObject({ text: quantity, kind: "measure", unit, unitDimension: dim });
  });

  it("keeps 'N times' a count of occasions when no comparison follows", () => {
    expect(one("Nemtsov had been arrested three times for speaking out.")).toMatchObject({ value: 3, kind: "count" });
  });

  it("reads 'one in 10' and 'one out of every four' as a proportion, not a count", () => {
    expect(one("women make up fewer than one in 10 board members")).toMatchObject({
      text: "fewer than one in 10", value: 0.1, hedge: "fewer than", kind: "measure", unit: "fraction",
    });
    expect(one("One out of every four refugees")).toMatchObject({ value: 0.25, kind: "measure", unit: "fraction" });
    expect(texts("3 in 10 days")).toEqual(["3", "10 days"]);
  });

  it("reads 'N or M' as a range", () => {
    expect(one("which will take up to five or six days and nights")).toMatchObject({
      text: "up to five or six days", rangeLow: 5, rangeHigh: 6, kind: "measure", unit: "day",
    });
    expect(one("two or three people were hurt")).toMatchObject({ rangeLow: 2, rangeHigh: 3, value: null, kind: "count" });
    expect(one("500 or more people")).toMatchObject({ text: "500 or more", value: 500 });
  });

  it("reads labels and list numbers as codes: 'season 3', 'type 2 diabetes', '4.'", () => {
    expect(texts("an episode in season 3 of the hit AMC television show")).toEqual([]);
    expect(texts("people with type 2 diabetes")).toEqual([]);
    expect(texts("Here is why.\n4. The fourth reason.")).toEqual([]);
    expect(texts("They killed 12. Then they left.")).toEqual(["12"]);
  });

  it("does not read a preposition as a hedge: 'go over three main reasons'", () => {
    expect(one("Let's go over three main reasons why.")).toMatchObject({ text: "three", hedge: null, value: 3 });
    expect(one("It lasted over 300 days")).toMatchObject({ hedge: "over" });
    expect(one("over 300 people")).toMatchObject({ hedge: "over", value: 300, kind: "count" });
  });
});

describe("real news text: years", () => {
  it("reads 'between 1994 and 1997' as years, not a range count", () => {
    expect(texts("who served as economy minister between 1994 and 1997 and is now an academic")).toEqual([]);
    expect(one("between 1500 and 2000 people")).toMatchObject({ rangeLow: 1500, rangeHigh: 2000, kind: "count" });
  });
});
