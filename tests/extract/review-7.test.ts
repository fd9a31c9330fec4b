import { describe, expect, it } from "vitest";
import { countTexts } from "../helpers/extract.ts";

/**
 * Patterns found by reading the samples of `count` rows judged in bench/results/corpus-review-6.csv and
 * corpus-review-7.csv (seeds 4242 and 9090). Each sentence is from the corpus, with the reading expected.
 */

describe("'one' in idioms and as the generic pronoun", () => {
  it("skips 'On one hand'", () => {
    expect(countTexts("Efe says: \"On one hand, billions of dollars worth of crude oil is pumped out.\"")).toEqual([]);
  });
  it("skips 'with one eye on'", () => {
    expect(countTexts("Sunderland try to protect the cool $106m, with one eye on the new television deal in 2016.")).toEqual([]);
  });
  it("skips 'a mutual one between'", () => {
    expect(countTexts("The decision for Jackson to step aside was a mutual one between the chief and city, Mayor James Knowles told reporters.")).toEqual([]);
  });
  it("skips 'if one looks at'", () => {
    expect(countTexts("According to the Washington Post, if one looks at the states where the margin was narrow.")).toEqual([]);
  });
  it("reads 'if one person dies' as a number, not the pronoun", () => {
    expect(countTexts("If one person dies, the others are blamed.")).toEqual(["one"]);
  });
});

describe("sport scores are not counts", () => {
  it("skips the golf score in 'a double bogey six'", () => {
    expect(countTexts("His mistake led to a double bogey six and left him tied for ninth.")).toEqual([]);
  });
});

describe("years after AD", () => {
  it("skips both years of 'between AD 1260 and 1390'", () => {
    expect(countTexts("Many are disappointed that the shroud dated to between AD 1260 and 1390.")).toEqual([]);
  });
});

describe("ages", () => {
  it("reads 'died ... at 90' as an age, not a count", () => {
    expect(countTexts("He died peacefully at his home in Basel, Switzerland, at 90, said an announcement.")).toEqual([]);
  });
  it("reads every number in a list ending 'years old' as an age", () => {
    expect(countTexts("\"Can you imagine the trip for a child who's 4, 6, 10, 12 years old all the way to the United States?")).toEqual([]);
  });
});

describe("clock times and multipliers", () => {
  it("skips 'about 11 (a.m.)'", () => {
    expect(countTexts("\"It was about 11 (a.m.) here.")).toEqual([]);
  });
  it("skips 'seven- to ten-fold'", () => {
    expect(countTexts("The security presence has been boosted seven- to ten-fold, but even so there weren't enough men.")).toEqual([]);
  });
});
