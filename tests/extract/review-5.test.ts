import { describe, expect, it } from "vitest";
import { conventions, count, countTexts, quantityWorded } from "../helpers/extract.ts";
import { findQuantities, VAGUE_TERMS } from "../../pipeline/extract/quantities.ts";

/**
 * Patterns found by reading the third-round sample of `count` rows from 1,000 CNN/DailyMail articles
 * (bench/corpus-sample.ts, seed 31; judgements in bench/results/corpus-review-5.csv), the patterns left
 * over from the earlier rounds, and a few from the after-sample (seed 4242, corpus-review-6.csv). Each
 * sentence is from the corpus, with the reading expected of it.
 */

describe("two vague words joined by 'or' are one vague figure", () => {
  it("reads 'hundreds or thousands' from the low end of hundreds to the high end of thousands", () => {
    const text = "\"We have been praying along with hundreds or thousands of others for their release.\"";
    expect(countTexts(text)).toEqual(["hundreds or thousands"]);
    expect(count(text, "hundreds or thousands")).toMatchObject({ low: 200, high: 9999, qualifier: "vague", counted: "others" });
  });

  it("has a convention row for every joined term the recognizer knows", () => {
    for (const term of ["dozens or hundreds", "hundreds or thousands", "thousands or millions"]) {
      expect(VAGUE_TERMS).toContain(term);
      expect(conventions.get(term)).toMatchObject({ type: "vague" });
    }
    expect(countTexts("dozens or hundreds of homes were flooded")).toEqual(["dozens or hundreds"]);
  });

  it("keeps a single vague word as it was", () => {
    expect(countTexts("hundreds of Boko Haram gunmen seized the town")).toEqual(["hundreds"]);
    expect(countTexts("thousands of products coming into each of our stores")).toEqual(["thousands"]);
  });
});

describe("'a X or two' is one or two", () => {
  it("reads 'a broad or two' as a range 1-2 counting the noun", () => {
    const text = "\"I wanna study a broad or two,\" he posted on his Twitter account.";
    expect(countTexts(text)).toEqual(["a broad or two"]);
    expect(count(text, "a broad or two")).toMatchObject({ low: 1, high: 2, qualifier: "range", counted: "broad" });
  });

  it("reads 'a day or two' as a duration", () => {
    expect(findQuantities("Bipolar psychotic states can develop in as little as a day or two.")[0]).toMatchObject({
      text: "a day or two", kind: "measure", unit: "day", rangeLow: 1, rangeHigh: 2,
    });
  });

  it("keeps 'two or three' and 'one or two' as they were", () => {
    expect(findQuantities("two or three people")[0]).toMatchObject({ rangeLow: 2, rangeHigh: 3 });
  });
});

describe("numbers that are not counts", () => {
  it.each([
    ["\"A decent girl won't roam around at 9 o'clock at night,\" he told the BBC.", "time of day 'o'clock'"],
    ["I work through till probably nine or 10 o'clock at night,\" she says.", "time of day, a range"],
    ["She left for work early each morning, but was always home by five or six -- in time to spend time with me.", "time of day 'by five or six'"],
    ["He was referring to the loved ones of the people on board the Airbus A320-200 jet.", "model code 'A320-200'"],
    ["Terrell was scheduled to die between March 10 and 17.", "the second day of a date range"],
    ["(CNN)Tina Fey's follow-up to \"30 Rock\" is getting a lot of attention, not all of it good.", "title in quotation marks"],
    ["For instance, take the \"30 Under 30\" list, which Forbes magazine puts out every year.", "list title in quotation marks"],
    ["He selected Bob Marley's \"Three Little Birds\" for the playlist.", "song title"],
    ["Sam Taylor-Johnson, who directed \"Fifty Shades of Grey,\" told Deadline.com she won't be back.", "film title, comma inside the quotes"],
    ["\"It started with 86, somebody's birthday.", "the first digits of a PIN"],
  ])("%s (%s)", (text) => {
    expect(countTexts(text)).toEqual([]);
  });

  it("keeps a quoted sentence that opens with a count", () => {
    expect(countTexts("\"Two people died,\" he said.")).toEqual(["Two"]);
    expect(countTexts("\"Two Americans were killed in the raid.\"")).toEqual(["Two"]);
    expect(countTexts("The PIN started with 86 members present.")).toEqual(["86"]);
  });

  it.each([
    ["ISIS forced his father to send him to one of its camps when he was just 13.", "just 13"],
    ["But she is underwater among those 60 or older.", "60"],
    ["Today, one in five adults 25 and older have never been married.", "25"],
  ])("ages: %s", (text, quantity) => {
    expect(quantityWorded(text, quantity)).toMatchObject({ kind: "measure", unit: "year" });
  });

  it.each([
    ["Aston Villa fired in four unanswered first-half goals against Sunderland.", "four"],
    ["(CNN)Cristiano Ronaldo reached 30 La Liga goals for the season.", "30"],
    ["Tokoto sliced his way for 15 first-half points to keep the Badgers in the game.", "15"],
    ["Ryan Holmes remains in second position overall, two shots behind Holmes.", "two"],
    ["McIlroy finished eight shots off the pace set by leader JB Holmes.", "eight"],
  ])("scores: %s", (text, quantity) => {
    expect(quantityWorded(text, quantity)).toMatchObject({ kind: "measure", unit: "goal", unitDimension: "score" });
  });

  it("keeps shots that are fired", () => {
    expect(countTexts("The child appears to then fire at least two more shots into the body.")).toEqual(["at least two"]);
  });

  it.each([
    ["After her diagnosis, doctors expected her to live three and a half more years.", "three and a half more years", "year"],
    ["The final bill provides funding for one more week.", "one more week", "week"],
    ["The shooter likely used a Makarov pistol and 9 mm shells were collected at the scene.", "9 mm", "mm"],
  ])("measures: %s", (text, quantity, unit) => {
    expect(quantityWorded(text, quantity)).toMatchObject({ kind: "measure", unit });
  });
});

describe("'a couple'", () => {
  it("is two people, not a count, when no noun or 'of' follows", () => {
    expect(countTexts("a glimpse of a couple enjoying each other's company in their private wilderness")).toEqual([]);
    expect(countTexts("coming from a couple that was romantically involved until 2005")).toEqual([]);
    expect(countTexts("A couple spotted the calf off the coast of Fort Pierce.")).toEqual([]);
  });

  it("is 2 before 'of' or a plural noun, and scales a multiplier", () => {
    expect(countTexts("a couple of soldiers manned a checkpoint")).toEqual(["a couple"]);
    const text = "a planet that will welcome a couple billion more people in just the next generation.";
    expect(count(text, "a couple billion")).toMatchObject({ value: 2e9, counted: "people" });
  });
});

describe("what is counted", () => {
  it.each([
    ["The two men face a 12-member firing squad once they arrive on the island.", "12", "members"],
    ["They will face a 12-man firing squad.", "12", "men"],
    ["In July 2014, a three-judge panel of the 9th Circuit struck down the policy.", "three", "judges"],
    ["The child appears to then fire at least two more shots into the body.", "at least two", "shots"],
    ["He drove two practice laps and one last lap.", "one", "lap"],
    ["(CNN)As many as 13 senior leaders were killed in two Syrian airstrikes Thursday, a source said.", "two", "Syrian airstrikes"],
    ["Five residents Friday filed an affidavit.", "Five", "residents"],
  ])("%s", (text, quantity, counted) => {
    expect(count(text, quantity).counted).toBe(counted);
  });

  it("reads an event participle before the noun, and keeps the event", () => {
    const f = count("Of the 21 injured people, 10 were transported to hospitals for treatment.", "21");
    expect(f).toMatchObject({ counted: "people", event: "wounded" });
  });

  it("does not take 'more' as the noun when a verb follows", () => {
    expect(count("Two more were killed on Friday.", "Two")).toMatchObject({ counted: null, event: "killed" });
  });
});

describe("events", () => {
  it("reads 'lost seven in a row' as defeats, not deaths", () => {
    expect(count("\"Eibar did not look like a team that has just lost seven in a row,\" said Enrique.", "seven").event).toBeNull();
    expect(count("The militants lost 16 fighters in the battle.", "16").event).toBe("killed");
  });

  it("does not read 'days away from execution' as an execution", () => {
    const text = "(CNN)Two Australians held by Indonesian authorities appear to be just days away from execution by firing squad.";
    expect(count(text, "Two").event).toBeNull();
    expect(count("ISIS executed 12 men.", "12").event).toBe("executed");
  });
});

describe("more numbers that are not counts", () => {
  it.each([
    ["\"Three's Company\" actress Suzanne Somers and Tony Dovolani danced the cha cha.", "title with a possessive"],
    ["The Badgers were 20 for 23 from the free throw line.", "a success rate in sport"],
    ["Former world No. 1 Stacey Lewis finished third as the American finished with a par 72.", "a golf score"],
    ["\"I have a Master's in mathematics, all with a 4.0, and numerous published papers,\" he wrote.", "a grade"],
  ])("%s (%s)", (text) => {
    expect(countTexts(text)).toEqual([]);
  });

  it("keeps 'N for M' followed by a unit or a noun", () => {
    expect(countTexts("He sold 20 for 23 dollars each.")).toEqual(["20"]);
  });
});

describe("patterns from the after-sample (seed 4242)", () => {
  it.each([
    ["(CNN)Lewis Hamilton won the opening race to lead a Mercedes one-two in Melbourne.", "finishing positions 'one-two'"],
    ["The 18-hole Al Ghazal sand course was created, with its front nine occupying part of a site.", "golf 'front nine'"],
    ["\"It starts at a beginner level -- that's volume one.", "label 'volume one'"],
    ["Productivity, shmoductivity, part 2 .", "label 'part 2'"],
  ])("%s (%s)", (text) => {
    expect(countTexts(text)).toEqual([]);
  });

  it("reads 'also 30' between commas as an age", () => {
    expect(findQuantities("The male acquaintance, also 30, witnessed the kidnapping.")[0]).toMatchObject({ kind: "measure", unit: "year" });
  });

  it("reads 'by two strokes' as a golf score and 'two strokes' suffered as a count", () => {
    expect(findQuantities("The South Korean triumphed by two strokes from teen prodigy Lydia Ko.")[0]).toMatchObject({ kind: "measure", unitDimension: "score" });
    expect(countTexts("He suffered two strokes last year.")).toEqual(["two"]);
  });

  it("reads 'for 969 consecutive weeks' as a duration", () => {
    expect(findQuantities("It now has been No. 1 in the genre for 969 consecutive weeks.").find((q) => q.text === "969 consecutive weeks")).toMatchObject({ kind: "measure", unit: "week" });
  });
});
