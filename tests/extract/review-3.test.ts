import { describe, expect, it } from "vitest";
import { count, countTexts, quantityWorded } from "../helpers/extract.ts";
import { findQuantities } from "../../pipeline/extract/quantities.ts";
import { countedAfter } from "../../pipeline/extract/counted.ts";
import { words } from "../../pipeline/extract/words.ts";

/**
 * Patterns found by reading random samples of `count` rows from 1,000 CNN/DailyMail articles
 * (bench/corpus-sample.ts, seeds 20161024, 7 and 99; judgements in bench/results/corpus-review*.csv).
 * Each sentence is from a sample, and the reading expected of it.
 */

describe("'one' that is a pronoun or part of an idiom is not a count", () => {
  it.each([
    ["For her last meal, she requested an extravagant one: two Burger King Whoppers.", ["two"]],
    ["And with growing techniques, it's an increasingly unusual one.", []],
    ["(The second one, \"Avengers: Age of Ultron,\" opens May 1.)", []],
    ["Monday's journey to Oman was a relatively short one, compared to some of the longer legs.", []],
    ["In order to do this in any village in Malawi, one has to seek permission from the village chief.", []],
    ["We Muslims are one body, you hurt one you hurt us all.", []],
    ["Dadayev was the only one of the five to plead guilty.", ["five"]],
    ["You have regional wars all in one,\" he said.", []],
    ["I'm just happy he comes back home in one piece,\" Sherman said.", []],
    ["Ronald Reagan had anti-communism and tax cuts to attract voters into one big tent.", []],
    ["an incident similar to one targeting her several years ago", []],
    ["We stayed in Syria, moving from one house to another, from one village to another.", []],
    ["Amid the protests, two officers were shot -- one in the face, the other in the shoulder.", ["two"]],
    ["\"This is one where we listened to the people,\" he said.", []],
    ["It's one more way, we can assume, that Rand Paul hopes to get some separation.", []],
    ["Or that GOP governors now outnumber the Democrats by almost two-to-one, 31 to 18.", ["31", "18"]],
  ])("%s", (text, expected) => {
    expect(countTexts(text)).toEqual(expected);
  });

  it("keeps 'one' that counts", () => {
    expect(countTexts("In the past week one person died.")).toEqual(["one"]);
    expect(countTexts("there were one people")).toEqual(["one"]);
    expect(countTexts("We've got one in Vancouver for 18 stories.")).toEqual(["one", "18"]);
  });
});

describe("numbers that are not counts by their context", () => {
  it.each([
    ["Alex is 7, in first grade and a huge superhero fan.", 7],
    ["She'll be 69 by the time the 2016 election takes place.", 69],
    ["I didn't look my father in the eye until I was 22; you call your father Sir.", 22],
    ["He says he almost lost his life at 17 when he jumped off the train.", 17],
    ["Among other things, the law prohibits marriage for anybody below the age of 18.", 18],
  ])("ages: %s", (text, value) => {
    expect(findQuantities(text).find((q) => q.value === value)).toMatchObject({ kind: "measure", unit: "year" });
  });

  it("reads both ends of 'between the ages of 13 and 19' as ages", () => {
    expect(countTexts("singling out boys and girls between the ages of 13 and 19 and killing them")).toEqual([]);
    expect(countTexts("The toll is 22.")).toEqual(["22"]);
  });

  it.each([
    "Creator Julian Fellowes has been noncommittal about how long the show might endure beyond season six, which is filming now.",
    "Cristie Codd was a finalist on season eight of \"Food Network Star.\"",
    "At year five he had reached break even point, and would continue to do so until year 21, when he started making money.",
    "\"In the big markets -- Brazil, China, India and the UK -- he scores in the top three.",
    "North African cities dominated the top five, with Cairo claiming pole position.",
    "It faces German side Wolfsburg in the last 16 of the Europa League on Thursday.",
    "On a scale of one to Watergate, I'd give this",
    "And this storm reached a G4 on a scale from 1 to 5 Tuesday night.",
    "There have been 26 jubilees since the first in 1300.",
    "Kwan Brothers, 43 Alfred St., Fortitude Valley, Brisbane; bar open till late; +61 7 3251 6588 .",
    "They quickly brought her to the ground and called 911, said Concialdi.",
    "Monday-Thursday noon-3 p.m., 5-11 p.m., Friday-Sunday noon-11 p.m.",
    "the British team celebrated after earning a home quarterfinal clash with France on July 17-19, the weekend after",
    "Chao Hu, Anhui, China (CNN)Six-year-old Lu Yiming is a handful.",
    "\"One guy said, 'I wish it was '75, we'd skin you alive.'\"",
    "Led by 6' 9\" sophomore Alec Peters, the Crusaders are hoping for a run.",
    "Two core issues are unresolved: 1) Limits on research; and 2) The pace of lifting sanctions.",
    "The lawsuit says (1) the governmental action must have a secular purpose.",
  ])("%s", (text) => {
    expect(countTexts(text).filter((q) => !/^(26|Two|two|One)$/.test(q))).toEqual([]);
  });

  it("keeps counts next to such words", () => {
    expect(countTexts("Last year 15 cadets died.")).toEqual(["15"]);
    expect(countTexts("the last two soldiers left the base")).toEqual(["two"]);
    expect(countTexts("the family moved into 1500 homes")).toEqual(["1500"]);
  });

  it.each([
    ["It was the robbery of an Apple Federal Credit Union two blocks from Monday's crime scene.", "two blocks", "block"],
    ["The hospital is a few blocks south of the presidential palace.", "a few blocks", "block"],
    ["The vessel is 16 stories high, has room for 4,500 passengers.", "16 stories", "storey"],
    ["It said the A320 had accumulated approximately 58,300 flight hours in 46,700 flights.", "approximately 58,300 flight hours", "hour"],
    ["this recall in no way includes half gallons, pints, quarts, 3 gallons or other cups.", "3 gallons", "gal"],
    ["Within a couple of months, a memorial service was held.", "a couple of months", "month"],
  ])("measures, not counts: %s", (text, quantity, unit) => {
    expect(quantityWorded(text, quantity)).toMatchObject({ kind: "measure", unit });
  });

  it.each([
    ["Nine out of 10 pharmaceutical companies spend less on research.", "Nine out of 10", 0.9],
    ["but 9 times out of 10 good things do happen.", "9 times out of 10", 0.9],
    ["On average, one out of two girls in Malawi will be married.", "one out of two", 0.5],
  ])("proportions, not counts: %s", (text, quantity, value) => {
    expect(findQuantities(text)[0]).toMatchObject({ text: quantity, value, kind: "measure", unit: "fraction" });
  });

  it("keeps 'X out of Y' a count out of a total", () => {
    expect(findQuantities("Of the hostages, 47 out of 74 were freed.")[0]).toMatchObject({ value: 47, outOf: 74, kind: "count" });
  });
});

function countedOf(text: string, number: string, one = false): string | null {
  const ws = words(text, 0, text.length);
  const i = ws.findIndex((w) => w.text === number);
  return countedAfter(ws, i + 1, ws.length, one).counted;
}

describe("what is counted", () => {
  it.each([
    ["50 million Americans participate in March Madness pools.", "million", "Americans"],
    ["Over the weekend, a total of 40 avalanches hit the area.", "40", "avalanches"],
    ["There are two main ways visitors to Ho Chi Minh City cross the streets.", "two", "main ways"],
    ["another topic on which the two Republicans disagree.", "two", "Republicans"],
    ["This pocket of 2000 men and women live on the sidewalks.", "2000", "men and women"],
    ["Inaugural event features 15 women speakers all from the west coast of Canada.", "15", "women speakers"],
    ["This pocket of 2000 men and women constitutes the nation's biggest concentration.", "2000", "men and women"],
    ["A sophisticated airliner carrying 239 people disappears, leaving very few clues.", "239", "people"],
    ["He is charged with two counts of making a false statement.", "two", "counts"],
    ["The two University of Oklahoma students at the center of a video.", "two", "University of Oklahoma students"],
    ["include three parent and child pairs, one sibling pair", "three", "parent and child pairs"],
    ["Two of the country's largest veterans organizations have criticized him.", "Two", "country's largest veterans organizations"],
    ["killing at least 40 internally displaced people and injuring 250.", "40", "internally displaced people"],
    ["but they are hardly the only two who've paid a steep price.", "two", null],
  ])("stops where the noun phrase ends: %s", (text, number, counted) => {
    expect(countedOf(text, number)).toBe(counted);
  });

  it("reads a singular noun after 'one' up to a verb in -s", () => {
    expect(countedOf("One account shows he tweeted on the day of the bombing.", "One", true)).toBe("account");
    expect(countedOf("did the importance of saving one man outweigh the dictate", "one", true)).toBe("man");
  });

  it.each([
    ["Two of those patients died.", "Two", "patients"],
    ["my parents provided for all 12 of us children.", "12", "children"],
    ["Seven of those on the helicopter were Marines based at Camp Lejeune.", "Seven", "those on the helicopter"],
    ["Twelve of those killed had been aboard the MSC Splendida.", "Twelve", "those killed"],
  ])("reads 'of those', 'of us': %s", (text, number, counted) => {
    expect(countedOf(text, number)).toBe(counted);
  });

  it("takes the noun after the next figure: 'four of her 30 students'", () => {
    expect(count("The university points out four of her 30 students come from India.", "four").counted).toBe("students");
  });

  it("reads a phrase that goes on in quotation marks", () => {
    expect(count("the attackers went to Jitar village, where they killed three \"male vigilante members,\" police said.", "three")).toMatchObject({ counted: "male vigilante members", event: "killed" });
  });

  it.each([
    ["Iran currently runs about 10,000 centrifuges, but it has around 19,000 in its stockpile.", "around 19,000", "centrifuges"],
    ["He is being tried on 30 charges -- 17 of which carry the possibility of the death penalty.", "17", "charges"],
    ["a Saudi airstrike hit a camp, killing at least 40 internally displaced people and injuring 250.", "250", "internally displaced people"],
    ["Around 1.7 million children are affected -- including more than a thousand who are seeking refuge.", "more than a thousand", "children"],
  ])("refers back to the noun counted just before in the sentence: %s", (text, quantity, counted) => {
    expect(count(text, quantity).counted).toBe(counted);
  });

  it("does not refer back to a noun far before, but reads 'the number of refugees ... at'", () => {
    const text = "Yet despite these risks, thousands of aid workers continue to work in a region where the U.N. High Commissioner for Refugees estimates the number of refugees from conflict at more than 8 million.";
    expect(count(text, "more than 8 million").counted).toBe("refugees");
  });
});

describe("what happened", () => {
  it("gives a verb right before the next figure to that figure: 'killed at least 137 people and wounded hundreds more'", () => {
    const text = "Bombings at two mosques in Sanaa last week killed at least 137 people and wounded hundreds more.";
    expect(count(text, "two").event).toBeNull();
    expect(count(text, "at least 137").event).toBe("killed");
    expect(count(text, "hundreds").event).toBe("wounded");
    expect(count("And hundreds of al Qaeda members escaped two Yemeni prisons Thursday.", "hundreds").event).toBe("fleeing");
  });

  it("does not take an event across a break right before the figure: 'Syria, two Soviet allies'", () => {
    const text = "Israel seized pivotal territory from Egypt and Syria, two Soviet allies opposed to American regional dominance.";
    expect(count(text, "two").event).toBeNull();
  });

  it("does not give the figure the event of the agent: 'captured by two men'", () => {
    expect(count("once he was captured by two men wearing W's on their heads", "two").event).toBeNull();
  });

  it("does not read an adjective of another noun as the event: 'a wounded soldier'", () => {
    expect(count("the memorial depicts three women tending to a wounded soldier.", "three").event).toBeNull();
  });

  it("reads 'lost' as a death only of the figure right after it", () => {
    expect(count("It faces Wolfsburg on Thursday having lost the first leg, with 11 players fit.", "11").event).toBeNull();
    expect(count("Our community lost 16 high school French Club students in the crash.", "16").event).toBe("killed");
  });

  it("reads ', killing 23 people' and 'and injuring 44', not 'Nemtsov's killing'", () => {
    expect(count("Two extremists attacked a museum in Tunisia, killing 23 people, an official said.", "23").event).toBe("killed");
    expect(count("A truck blew up, killing a civilian and injuring 44 people.", "44").event).toBe("wounded");
    expect(count("The co-pilot crashed the plane, killing all 150 people on board.", "150").event).toBe("killed");
    expect(count("Putin condemned the killing and ordered three law enforcement agencies to investigate.", "three").event).toBeNull();
  });
});
