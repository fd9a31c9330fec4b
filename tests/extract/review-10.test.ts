import { describe, expect, it } from "vitest";
import { findQuantities } from "../../pipeline/extract/quantities.ts";
import { count, counts, countTexts, figureTexts, quantityWorded } from "../helpers/extract.ts";

// Fourteenth reading of the CNN/DailyMail corpus (samples 13013 to 20020): the sentences are the corpus's own.

describe("measures that were read as counts", () => {
  it.each([
    ["The car reportedly spun 180 degrees before landing between a fire hydrant and a tree.", "180 degrees", "degree"],
    ["After that temperatures are going to drop 20 degrees or more before you know it.", "20 degrees or more", "degree"],
    ["\"I think I weighed around five stone,\" she explains.", "around five stone", "st"],
    ["I aspire to build a school which would cost around 20.7 million pkr ($202,900).", "around 20.7 million pkr", "pkr"],
    ["The buildings sprawl across a lush, green area of 500,000 square feet - around nine football fields.", "around nine football fields", "football_field"],
    ["Philae needs 5.5 watts of power to reboot itself, nine watts to switch on the receiver and 19 watts to activate its transmitter.", "19 watts", "w"],
    ["So while baby puts on a couple of hundred pounds, Mamma loses about twice that.", "a couple of hundred pounds", "lb"],
  ])("%s", (text, quantity, unit) => {
    expect(quantityWorded(text, quantity)).toMatchObject({ kind: "measure", unit });
  });
  it("keeps 'two degrees in law' and 'two stone lions' as counts", () => {
    expect(count("She has two degrees in law.", "two").counted).toBe("degrees");
    expect(count("They carved two stone lions.", "two").counted).toBe("stone lions");
  });
  it("reads 'tens of billions' and 'hundreds of billions' as one vague figure, money when nothing else is named", () => {
    const q = findQuantities("This was followed by tens of billions more in defense cuts each year.")[0]!;
    expect(q).toMatchObject({ text: "tens of billions", unit: "money", kind: "measure" });
    expect(findQuantities("Federal agencies spend hundreds of billions of dollars financing universities.")[0]).toMatchObject({
      text: "hundreds of billions of dollars", unit: "usd",
    });
    expect(count("Billions more people will be online.", "Billions").counted).toBe("people");
  });
  it("reads 'a couple of hundred' as 200", () => {
    expect(findQuantities("a couple of hundred pounds")[0]).toMatchObject({ value: 200 });
  });
});

describe("not counts", () => {
  it.each([
    ["The posted speed limit was 55.", "55"],
    ["It adds $1,800 extra in out-of-pocket costs to every family of four with private insurance.", "four"],
    ["A middle-class that is overwhelmingly composed of families with two wage-earners.", "two"],
    ["United in fourth on 53 points, two better than Liverpool, four better than Southampton and six better than Spurs.", "six"],
    ["Asked to name all 62 counties of New York state, Schumer did her one better, and hand-sketched a map.", "one"],
    ["We have already noticed that Billy thinks two steps ahead in the area of innovation.", "two"],
    ["Reading sealed a trip to Wembley to face Arsenal in the final four after beating Bradford.", "four"],
    ["That led up to one of many moments where we gasped during the 90-minute finale.", "up to one"],
    ["Tsarnaev's attorneys admit that he carried out the 2013 attacks, which killed three people.", "2013"],
    ["\"1665 was the very last recorded episode of plague.", "1665"],
  ])("%s: %s", (text, quantity) => {
    expect(figureTexts(text)).not.toContain(quantity);
  });
  it("keeps 'a family of five' and '2000 troops'", () => {
    expect(count("A family of five was killed.", "five").event).toBe("killed");
    expect(count("They sent 2000 troops.", "2000").counted).toBe("troops");
  });
});

describe("ages", () => {
  it.each([
    ["The resemblance to Ashley, who would now be 21, is \"strikingly similar,\" she added.", "21"],
    ["Carter was indicted as a youthful offender because she was not yet 18 when the alleged crimes occurred.", "18"],
    ["Serena Williams, who was 19 back then, ultimately passed the 'test'.", "19"],
    ["Many were married before they were 15.", "15"],
  ])("%s: %s is an age", (text, quantity) => {
    expect(countTexts(text)).not.toContain(quantity);
  });
  it("still counts 'There were 15 when they left'", () => {
    expect(countTexts("There were 15 when they left.")).toContain("15");
  });
});

describe("supposed, not reported", () => {
  it.each([
    "Cotner said police are conducting tests to find out whether more than one rifle was used in the shooting.",
    "Brown posted a video on Twitter questioning whether it was possible to be in love with two people.",
    "\"When you look at the game we could have scored more than two.\"",
    "Hopefully I can get two titles,\" added Vonn.",
    "I aspire to build at least one school.",
    "You need to have a few and you need to have an infinity plunge pool.",
    "\"I went through what I imagine thousands of other women have felt,\" she wrote.",
    "Then she says you should call up and interview a few lawyers.",
  ])("%s", (text) => {
    expect(counts(text)).toEqual([]);
  });
  it("keeps people already there: 'whether those two men were the pair'", () => {
    expect(count("Police are checking whether the two men were the pair seen at the museum.", "two").counted).toBe("men");
  });
});

describe("a lone 'one' answered by 'another', or a subject of its own", () => {
  it.each([
    "Two law enforcement officers, one in Fond du Lac, Wisconsin, and another in San Jose, California, were shot.",
    "Five of the victims were foreigners and one was an American.",
    "Two of the fighters featured are dead -- including one on whom police used a Taser.",
    "One, @J_tsar, contained 1,100 tweets and was the more mainstream of the two.",
    "\"We've got one in Vancouver for 18 stories and in Vienna there's one for more than 20 stories.",
  ])("%s", (text) => {
    expect(counts(text).map((f) => f.quantity_text.toLowerCase())).not.toContain("one");
  });
  it("keeps 'one' heading a list or in one", () => {
    expect(counts("One French citizen, one Belgian and three Malians were killed.").map((f) => f.quantity_text)).toEqual(["One", "one", "three"]);
    expect(count("All eight responding officers were injured, including one 10-year veteran who required surgery.", "one").counted).toBe("10-year veteran");
  });
});

describe("rates", () => {
  it.each([
    ["There are five infections an hour.", "five", "hour"],
    ["The airport handles 5,000 arrivals and departures a week.", "5,000", "week"],
    ["Malaria kills 400,000 people annually.", "400,000", "year"],
    ["Dozens of militants flee each day.", "Dozens", "day"],
  ])("%s: %s per %s", (text, quantity, per) => {
    expect(count(text, quantity).per).toBe(per);
  });
  it.each([
    ["They killed 20 people a year ago.", "20"],
    ["They evacuated 300 people in a day.", "300"],
  ])("%s: %s is a total", (text, quantity) => {
    expect(count(text, quantity).per).toBeNull();
  });
});

describe("fifteenth reading (samples 21021, 22022, 23023)", () => {
  it.each([
    ["\"It sets us like five steps back to say that it was a protester who did it.\"", "five"],
    ["She was, in the words of the Apostle Paul, a \"new creation\" (2 Cor.", "2"],
    ["Agencies must get certificates from models proving that their body mass index is at least 18.", "at least 18"],
    ["Innocent people have been forced to flee their home one, two, three times.", "two"],
    ["A three-under 69 leaves him one ahead of JB Holmes and two clear of Bubba Watson.", "two"],
    ["Compare that to one of the big four cancers -- breast, colorectal, lung and prostate.", "four"],
    ["Djokovic answered a late call to play in Saturday's last 16 doubles victory over Croatia.", "16"],
    ["\"Boy, these youngsters have 0.0 idea what they're missing.", "0.0"],
    ["\"If you put together 100 people into the Senate, wouldn't you want at least one person from the largest generation?\"", "at least one"],
    ["Parallel trading is just one of the thorny issues brought about by the influx.", "just one"],
  ])("%s: %s", (text, quantity) => {
    expect(figureTexts(text)).not.toContain(quantity);
  });
  it.each([
    ["Police said it was 11 when the first shots were heard.", "11"],
    ["Boko Haram has always been an issue for Nigeria over the last five, six years.", "five"],
  ])("%s: %s is a time", (text, quantity) => {
    expect(figureTexts(text)).not.toContain(quantity);
  });
  it("keeps a count after 'no one,' and 'just one of the passengers survived'", () => {
    expect(count("The missile injured no one, two Hadi aides said.", "two").counted).toBe("Hadi aides");
    expect(count("Just one of the passengers survived.", "Just one").event).toBe("survived");
  });
});

describe("what is counted, fifteenth reading", () => {
  it.each([
    ["From 2009 to 2010, he applied for 10 high school head coaching positions and numerous assistant coaching positions.", "10", "high school head coaching positions"],
    ["The temple houses three ornate 24-karat gold plated Buddhist statues.", "three", "ornate 24-karat gold plated Buddhist statues"],
    ["Staff Sgt. Robert Bales, a 38-year-old father of two, opened fire.", "two", "children"],
    ["The cost of living has created a mass exodus of native Venetians: 100,000 have moved to the mainland.", "100,000", "native Venetians"],
    ["Iran's negotiators are willing to accept more and more centrifuges in Iran -- 6,500 by latest count.", "6,500", "centrifuges"],
    ["The clashes killed 30 ISIS fighters, with dozens killed from both sides.", "dozens", "ISIS fighters"],
  ])("%s: %s counts %s", (text, quantity, counted) => {
    expect(count(text, quantity).counted).toBe(counted);
  });
  it("does not carry a participle into the phrase: 'two men carrying guns', '37 location and conducted searches'", () => {
    expect(count("Two men carrying guns were arrested.", "Two").counted).toBe("men");
    expect(count("Agents obtained warrants for 37 location and conducted searches.", "37").counted).toBe("location");
  });
  it("prefers the figure counted before over the plural a dash follows", () => {
    expect(count("Fifty officers were killed by firearms -- 15 in ambush attacks -- in 2014.", "15").counted).toBe("officers");
  });
});

describe("events the judges found missing", () => {
  it.each([
    ["Four missionaries who had been held for a week were released.", "Four", "released"],
    ["Nationwide, more than 3,800 flights were delayed, according to the tracking service.", "more than 3,800", "delayed"],
    ["And in 2012, when tens of thousands protested against Putin.", "tens of thousands", "protested"],
    ["The man has admitted stabbing three women.", "three", "attacked"],
    ["Two people were shot Saturday at a nightclub party in Charlotte.", "Two", "shot"],
    ["Two officers were shot and killed.", "Two", "killed"],
    ["It was published less than two weeks after the ambush killing of two New York City police officers.", "two", "killed"],
    ["Seven of those officers sustained minor injuries.", "Seven", "wounded"],
    ["In 2012, about 10,000 Chinese women gave birth in the United States.", "about 10,000", "gave birth"],
    ["The NFL has reported that in 2013, 228 concussions were diagnosed from practices and games.", "228", "diagnosed"],
    ["Up to 3,000 Tunisians are believed to have traveled to Iraq and Syria.", "Up to 3,000", "traveled"],
    ["He received a posthumous Silver Star for saving the lives of five soldiers.", "five", "rescued"],
  ])("%s: %s %s", (text, quantity, event) => {
    expect(count(text, quantity).event).toBe(event);
  });
  it("keeps the event of the figure's own clause: 'sentenced five men to prison for the 2006 killing of a journalist'", () => {
    expect(count("A Moscow court sentenced five men to prison for the 2006 killing of a journalist.", "five").event).toBe("convicted");
  });
});

describe("sixteenth reading", () => {
  it("does not read a year and a count with its comma as a range: 'from 2,487 in 1971 to 24,206 in 2011'", () => {
    const fs = counts("Official data show that rape cases jumped from 2,487 in 1971 to 24,206 in 2011.");
    expect(fs.map((f) => [f.quantity_text, f.counted])).toEqual([["2,487", "rape cases"], ["24,206", "rape cases"]]);
  });
  it("still reads 'between 1500 and 2,000 people' as a range", () => {
    expect(count("Between 1500 and 2,000 people died.", "Between 1500 and 2,000")).toMatchObject({ low: 1500, high: 2000 });
  });
});

describe("seventeenth reading (samples 24024, 25025, 26026)", () => {
  it.each([
    ["The wicketkeeper struck a brisk 65 after England's top order failed.", "65"],
    ["He delivered the final blow, smashing Dale Steyn for six off the second last ball.", "six"],
    ["Other teams have taken an aggressive approach, some posting totals of over 400, England's batting has not.", "over 400"],
    ["Nothing going in my mind when I hit the six.", "six"],
    ["(Warning: The following video is not suitable for kids, or work.) 8. \"Straight guys can be vegetarians.", "8"],
    ["Their latest album, \"Four,\" came out in November.", "Four"],
    ["I am honored to be part of the legacy of this 'Three Presidents' crew, he said.", "Three"],
    ["(CNN)Creflo Dollar is hoping a few folks will see fit to bless him.", "a few"],
  ])("%s: %s is not a count", (text, quantity) => {
    expect(figureTexts(text)).not.toContain(quantity);
  });
  it("keeps 'He hit a record 12 home runs' and a spoken '\"Four,\" he said'", () => {
    expect(countTexts("He hit a record 12 home runs.")).toContain("12");
    expect(countTexts("\"Four,\" he said.")).toContain("Four");
  });
  it.each([
    ["The two men were sentenced to eight and six years in prison respectively.", "eight", "year"],
    ["It was a breach of \"more than two centuries of precedent.\"", "more than two centuries", "century"],
  ])("%s: %s is a duration", (text, quantity, unit) => {
    expect(quantityWorded(text, quantity)).toMatchObject({ kind: "measure", unit });
  });
  it("reads a rate over an age that follows the figure: '10,000 baby boomers turning 65 every day'", () => {
    expect(count("With 10,000 baby boomers turning 65 every day, there will be more of us.", "10,000").per).toBe("day");
  });
});

describe("eighteenth reading (samples 27027 to 30030)", () => {
  it.each([
    ["Chasing a target of 276 off its 50 overs, England slumped to 260 all out.", "260"],
    ["It boasts 18 decks, 2,090 state rooms, is the length of 41 London buses and weighs 167,800 tonnes.", "41"],
    ["They were named as one of the ten best commuter bikes by The Independent.", "ten"],
    ["A law limits the purchase to two tins per traveler leaving the city.", "two"],
    // an earlier reader took this for a count; two later readers did not (an allowance per country)
    ["With the caveat that only one city per country could be assessed.", "only one"],
    ["Road deaths fell to 5 deaths per 100,000 people.", "100,000"],
    ["The home sold for $7. 2 million last year.", "2 million"],
    ["Muffat won the gold medal in the 4x200-meter freestyle relay.", "4"],
    ["If Russia violated it, the United States could relatively quickly add 1,000 strategic nuclear warheads.", "1,000"],
    ["Pichette retires as Google's highest paid executive, with millions in stock incentives.", "millions"],
  ])("%s: %s is not a count", (text, quantity) => {
    expect(figureTexts(text)).not.toContain(quantity);
  });
  it.each([
    ["\"That's about 10 times closer than the moon is to the Earth.\"", "about 10 times", "times"],
    ["Whites were three times (17%) more likely to vote than blacks.", "three times", "times"],
    ["The temples sprawl across a lush, green area of 500,000 square feet.", "500,000 square feet", "ft2"],
    ["Serena Williams, 19 at the time, was jeered.", "19", "year"],
  ])("%s: %s is a measure", (text, quantity, unit) => {
    expect(quantityWorded(text, quantity)).toMatchObject({ kind: "measure", unit });
  });
  it("reads 'testified about two' as exactly two, and 'He is 6 ft 2' as no area", () => {
    expect(count("FBI agent Steven Kimball testified about two Twitter accounts used by Tsarnaev.", "two")).toMatchObject({ qualifier: "exact", counted: "Twitter accounts" });
    expect(findQuantities("He is 6 ft 2.")[0]).toMatchObject({ text: "6 ft", unit: "ft" });
  });
  it("still counts after an 'if' clause when nothing is supposed: 'If it rains, 300 people will be evacuated'", () => {
    expect(count("If it rains, 300 people will be evacuated.", "300").event).toBe("evacuated");
  });
  it("reads the counted noun of '700 dead', 'two of the wounded', 'all 187 on board', '10 from Qatar'", () => {
    expect(count("The International Crisis Group counted more than 700 dead over 14 months.", "more than 700").counted).toBe("dead");
    expect(count("Two of the wounded were in serious condition.", "Two").counted).toBe("wounded");
    expect(count("The crash killed all 187 on board.", "187").counted).toBe("people on board");
    expect(count("The action involved 100 Saudi jets, and 10 from Qatar.", "10").counted).toBe("jets");
    expect(count("Officials have retrieved 2,000 dead snow geese that fell from the sky.", "2,000")).toMatchObject({ counted: "snow geese", event: "killed" });
  });
});

describe("eighteenth reading, measures and suppositions", () => {
  it.each([
    ["The storm left more than 45 total inches of snow.", "more than 45 total inches", "in"],
    ["Noise levels reached 100 dB at the site.", "100 dB", "db"],
    ["He climbed three flights of stairs.", "three flights of stairs", "flight_of_stairs"],
  ])("%s: %s", (text, quantity, unit) => {
    expect(quantityWorded(text, quantity)).toMatchObject({ kind: "measure", unit });
  });
  it.each([
    ["See Lemon v. Kurtzman, 403 U.S. 602 (1971).", "403"],
    ["\"We aim to reach 10 million tourists by 2016,\" he said.", "10 million"],
    ["\"We may not sell 100 million t-shirts, but we will sell some.\"", "100 million"],
  ])("%s: %s is not a count", (text, quantity) => {
    expect(figureTexts(text)).not.toContain(quantity);
  });
});

describe("counted phrases, eighteenth reading", () => {
  it("stops before a verb and its infinitive, and before an adverb of a sum", () => {
    expect(count("Cameroon sent 2,500 Cameroonian troops and plans to send more.", "2,500").counted).toBe("Cameroonian troops");
    expect(count("They sent 20 trucks and helicopters to help.", "20").counted).toBe("trucks and helicopters");
    expect(count("He has four total.", "four").counted).toBeNull();
  });
});

describe("nineteenth reading (samples 31031 to 34034)", () => {
  it.each([
    ["The FBI agent told 9 to 5 Mac that the phone was locked.", "9"],
    ["The FBI agent told 9 to 5 Mac that the phone was locked.", "5"],
    ["Peter was martyred in 64 CE in Rome.", "64"],
    ["The photographer Pieter ten Hoopen said he was moved.", "ten"],
    ["One law enforcement official said Todashev attacked the agent.", "One"],
    ["It is about families doting over one precious child.", "over one"],
  ])("%s: %s is not a count", (text, quantity) => {
    expect(figureTexts(text)).not.toContain(quantity);
  });
  it.each([
    ["I have a few moments from the chat in the video.", "a few moments", "moment"],
    ["It happened in the first month or two.", "month or two", "month"],
    ["That makes him 75 today.", "75", "year"],
  ])("%s: %s is a measure", (text, quantity, unit) => {
    expect(quantityWorded(text, quantity)).toMatchObject({ kind: "measure", unit });
  });
  it("does not take a rate from another measure's words: '70 children and spends about 12 hours a day'", () => {
    expect(count("She cares for about 70 children and spends about 12 hours a day with them.", "about 70")).toMatchObject({ counted: "children", per: null });
  });
  it("keeps 'From 9 to 12 Syrians', 'Ten Americans died' and 'One man was killed'", () => {
    expect(countTexts("Ten Americans died.")).toEqual(["Ten"]);
    expect(count("One man was killed.", "One").event).toBe("killed");
  });
});

describe("nineteenth reading, more", () => {
  it.each([
    ["Many of the young men in this network grew up within a few blocks of Emwazi in West London.", "a few"],
    ["The massive meteorite split in two shortly before smashing into Earth.", "two"],
    ["The law says that marriage involves a unique commitment between two people.", "two"],
    ["\"We're lucky that we don't have seven dead people.\"", "seven"],
    ["\"You might be aware of someone who has strong views on the 1080 issue.\"", "1080"],
    ["Weaponry under the Department of Defense's 1033 program is flowing to our police.", "1033"],
  ])("%s: %s is not a count", (text, quantity) => {
    expect(figureTexts(text)).not.toContain(quantity);
  });
  it("keeps 'a fight between two people', '1080 shares' and '1500 soldiers'", () => {
    expect(countTexts("A fight broke out between two people.")).toEqual(["two"]);
    expect(countTexts("He bought 1080 shares.")).toEqual(["1080"]);
    expect(count("They killed 1500 soldiers.", "1500").event).toBe("killed");
  });
});
