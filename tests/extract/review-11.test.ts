import { describe, expect, it } from "vitest";
import { count, figureTexts, quantityWorded } from "../helpers/extract.ts";

// Fifteenth reading of the CNN/DailyMail corpus (samples 39039 to 42042): the sentences are the corpus's own.

describe("measures that were read as counts", () => {
  it.each([
    ["They received six-month suspended prison sentences, a one-million riel ($250) fine.", "one-million riel", "khr"],
    ["But this can be as little as $71 a month, 16 times below the country's poverty line.", "16 times", "times"],
    ["Jupiter may be more than just an enormous ball of gas spinning a few hundred million miles farther out.", "a few hundred million miles", "mi"],
  ])("%s", (text, quantity, unit) => {
    expect(quantityWorded(text, quantity)).toMatchObject({ kind: "measure", unit });
  });
  it("shares the unit at the end of a list of numbers: 'more than 30, 60, even 90 days'", () => {
    const text = "More than 300 veterans have been waiting more than 30, 60, even 90 days for treatment.";
    expect(quantityWorded(text, "more than 30")).toMatchObject({ kind: "measure", unit: "day" });
    expect(quantityWorded(text, "60")).toMatchObject({ kind: "measure", unit: "day" });
    expect(figureTexts(text)).toEqual(["More than 300"]);
  });
  it("reads 'three or four or five' as one range", () => {
    expect(count("There are two long shots and three or four or five short game shots every hole.", "three or four or five")).toMatchObject({ low: 3, high: 5, counted: "short game shots" });
  });
  it("reads sums talked about as money: 'you're talking tens of millions heading up towards potentially hundreds of millions'", () => {
    const text = "You're talking tens of millions heading up towards potentially hundreds of millions.";
    expect(quantityWorded(text, "tens of millions")).toMatchObject({ kind: "measure", unit: "money" });
    expect(quantityWorded(text, "hundreds of millions")).toMatchObject({ kind: "measure", unit: "money" });
    expect(count("We are talking about millions of people.", "millions").counted).toBe("people");
    expect(quantityWorded("Adelson poured millions into Republican challenger Mitt Romney's coffers.", "millions")).toMatchObject({ unit: "money" });
  });
  it("reads 'a few hundred million' as one vague figure over hundreds of millions", () => {
    expect(quantityWorded("several hundred million people live there", "several hundred million")).toMatchObject({ vague: "several hundred million", kind: "count" });
  });
});

describe("not counts", () => {
  it.each([
    ["Notre Dame trailed by 1 with 16:43 left when it went on a spurt.", "1"],
    ["I was going to make a speech and I tripped on a carpet and did a 360.", "360"],
    ["After he was dismissed it wobbled, and needed 139 from 22 overs.", "139"],
    ["Car, plane, and train wrecks, to name a few.", "a few"],
    ["Larger brands fill big orders under one roof.", "under one"],
    ["They had exotic animals from the four corners of the earth.", "four"],
    ["Authorities' first indication of trouble came in a 911 call just before 6 p.m. Friday.", "911"],
    ["Forgery.: Six Holy Objects That Tell the Remarkable Story of the Gospels.", "Six"],
    ["The modern circus only dates back to around 1770, the invention of an Englishman.", "around 1770"],
    ["Johnson finished with a three-under 69 in testing conditions.", "under 69"],
    ["Johnson finished with a three-under 69 in testing conditions.", "69"],
    ["It finally reached 281 off its reduced 43 overs, du Plessis top scoring with 82.", "82"],
    ["The aim is to stand up 12 brigades each of about 5,000 troops.", "about 5,000"],
    ["The aim is to stand up 12 brigades each of about 5,000 troops.", "5,000"],
    ["Dispatchers identified him as Robinson, according to 911 audio obtained by WKOW.", "911"],
    ["In the trunk were three gas tanks -- one for Freon, one for oxygen and one for acetylene.", "one"],
    ["Michael Lammer and Adrien Bossel lost 1-6 6-3 6-2 6-2 to Ruben Bemelmans.", "1-6"],
    ["The world champion may be racing to end the season as No.1 but he also carries the hearts and hopes of millions.", "millions"],
    ["Willis and Lynch's scores are sure to secure them past week two.", "two"],
    ["On more than one occasion, Kennedy politicized foreign policy while in the Senate.", "more than one"],
    ["It's a development that will likely be a part of the crash investigation, but it's only one piece of the puzzle.", "only one"],
    ["Orazio Conte, 54, a Turin city administration employee; Antonella Sesino, also 54 and a city administration employee.", "54"],
    ["Holly booked the four-seat aircraft to fly to Fargo, North Dakota.", "four"],
    ["We look forward to sharing the '2001' Aries 1B Trans-Lunar Space Shuttle with the public.", "1B"],
    ["The Ebola epidemic shows signs of receding but we cannot let our guard down until we reach zero cases.", "zero"],
    ["In other cases, it was hard to choose just one.", "just one"],
    ["On a scale of one to Watergate, I'd give this three.", "three"],
    ["We'll see lots of candidates and staffers making many trips down the 101.", "101"],
    ["Maybe not that very instant, but later -- and in millions of hearts.", "millions"],
    ["The direct strike marked an escalation in the deadly fighting between the two sides.", "two"],
    ["Heading out on four legs, not four wheels, might be your best bet.", "four"],
    ["That's problematic for several reasons.", "several"],
    ["According to one official count, it's infected 24,000 people and killed 10,000.", "one"],
    ["It is just one of thousands of extraordinary pictures taken by the crew.", "just one"],
    ["The space station has about the same living space as a six-bedroom, two bathroom house.", "two"],
    ["Physical universities can still only enroll a handful of the many students who want to attend.", "a handful"],
    ["Fledgling brands have found success in getting just a few items right.", "just a few"],
    ["The actor showed the child two arms, one from Downey's movies and one for Alex.", "one"],
    ["The Musashi was once one of the two largest warships in the world.", "two"],
    ["There is just one catch: I'm not the one who said that.", "just one"],
    ["They claim that they cannot maintain the siege of the city on three sides indefinitely.", "three"],
    ["It is the equivalent of taking 900 cars off the road for a year, MGA estimates.", "900"],
    ["Now at 17, she has recently been appointed as an agent in the Covert Operations Division.", "17"],
    ["Primary radar continued to track the 777 as it turned west.", "777"],
    ["We noticed etchings on the tables with numbers like 1-9 and 2-7, gang signatures.", "1-9"],
    ["By several estimates only one-third of those fighters are from the regular army.", "several"],
    ["I don't hit shots like the one I hit on 8 on the range.", "8"],
    ["This look at war will be a take two.", "two"],
    ["\"Two wrongs do not make a right.", "Two"],
    ["Traffic was still at a standstill in Hart County between mile markers 71 and 74.", "74"],
    ["By this time in mid-March the center would have issued 52 tornado watches nationwide.", "52"],
    ["He said several men had pulled up in a car, and one opened fire, Yashin said.", "one"],
    ["Then they hit a chip shot or a pitch shot, and then two or three putts.", "two or three"],
  ])("%s: %s", (text, quantity) => {
    expect(figureTexts(text)).not.toContain(quantity);
  });
  it("keeps 'the two eldest of his five children'", () => {
    expect(count("He is fulfilling the wishes of the two eldest of his five children.", "two").counted).toBe("children");
  });
  it("keeps 'asked several questions'", () => {
    expect(count("He asked several questions.", "several").counted).toBe("questions");
  });
  it("keeps 'zero deaths', 'Apple sold 5M iPhones' and 'we picked 3 winners'", () => {
    expect(figureTexts("There were zero deaths last year.")).toEqual(["zero"]);
    expect(count("Apple sold 5M iPhones.", "5M").value).toBe(5_000_000);
    expect(count("We picked 3 winners.", "3").counted).toBe("winners");
  });
  it("keeps 'two to the neck and one to the shoulder' and 'each of 12 players'", () => {
    expect(figureTexts("Cabela was hit by three shots -- two to the neck and one to the shoulder.")).toEqual(["three", "two", "one"]);
    expect(count("Each of 12 players received a medal.", "12").counted).toBe("players");
  });
  it("keeps 'won by 3 votes', 'six Serie A crowns' and 'since about 1990, 300 people'", () => {
    expect(count("They won by 3 votes.", "3").counted).toBe("votes");
    expect(count("He won 15 trophies including six Serie A crowns.", "six").counted).toBe("Serie A crowns");
    expect(count("Since about 1990, 300 people died.", "300").counted).toBe("people");
  });
  it("reads 'about' after a drama as a preposition: 'a historic drama about two Jesuit priests' is exactly two", () => {
    expect(count("It is a historic drama about two Jesuit priests who travel to Japan.", "two")).toMatchObject({ qualifier: "exact", counted: "Jesuit priests" });
  });
  it("reads 'the hundreds, thousands of folks' as one vague figure over both", () => {
    expect(count("I worry about the hundreds, thousands of folks going to work.", "hundreds, thousands")).toMatchObject({ low: 200, high: 9999, counted: "folks" });
  });
});

describe("what is counted", () => {
  it.each([
    ["The freeing of 19 kidnapped Assyrian Christians shocked many.", "19", "Assyrian Christians"],
    ["The Health Ministry reported 18 dead and 24 wounded in Sanaa.", "18", "dead"],
    ["Investigators have interviewed dozens of witnesses and plan to share their findings with prosecutors.", "dozens", "witnesses"],
    ["The number of teams involved has doubled from 10 in the 1996 campaign to 20 in 2015.", "20", "teams"],
    ["Authorities have arrested nine people in connection with the attack, including four directly linked to it.", "four", "people"],
    ["The action involved 100 Saudi jets, 30 from the United Arab Emirates, 15 each from Kuwait and Bahrain.", "15", "jets"],
    ["The action involved 100 Saudi jets, 30 from the United Arab Emirates, 15 each from Kuwait and Bahrain.", "30", "jets"],
    ["Residents have been granted over 900 patents, nearly one a day, over the last three years.", "nearly one", "patents"],
    ["The father of four said he himself had been pulled over.", "four", "children"],
    ["The first two \"Sharknado\" films churned up a storm of laughs.", "two", "Sharknado films"],
    ["Scheduled to land at 11:39 a.m. Passengers: 150 (144 passengers, six crew members)", "150", "Passengers"],
    ["Those blasts killed at least 137 people and wounded 357 others, according to Yemen's state-run Saba news agency.", "357", "people"],
    ["Last week, at least nine protesters were killed in the central city of Taiz and more than 100 injured by Houthi militia.", "more than 100", "protesters"],
    ["Among the dead were a family of four from Hong Kong who were killed when their car crossed the center line.", "four", "family members"],
    ["The standoff sparked months of violence between supporters of the two sides, leaving thousands dead.", "thousands", "dead"],
    ["The Health Ministry reported 18 dead and 24 wounded in Sanaa.", "24", "wounded"],
  ])("%s: %s counts %s", (text, quantity, counted) => {
    expect(count(text, quantity).counted).toBe(counted);
  });
  it("keeps quoted words that are the noun itself: 'killed three \"male vigilante members,\"'", () => {
    expect(count("They killed three \"male vigilante members,\" police said.", "three").counted).toBe("male vigilante members");
  });
});

describe("a bare 'a few' is a figure only with an event", () => {
  it.each([
    ["But there were a few lessons.", "a few"],
    ["It only takes a willingness to push past a few unmarked doors to find more secret drinking holes.", "a few"],
    ["I think for every sportsman it's a dream but just a few people can reach it.", "just a few"],
    ["Stony terrain that the unwary player may soon find is home to a few snakes.", "a few"],
    ["Kayla Mueller, Peter Kassig -- just a few of the aid workers who have been abducted and killed by ISIS.", "just a few"],
  ])("%s: %s", (text, quantity) => {
    expect(figureTexts(text)).not.toContain(quantity);
  });
  it("keeps 'a few' that something happened to, and 'a few hundred'", () => {
    expect(count("A few people were injured.", "A few").event).toBe("wounded");
    expect(count("Police arrested a few protesters.", "a few").counted).toBe("protesters");
    expect(count("A few hundred people gathered.", "A few hundred").counted).toBe("people");
  });
});

describe("events", () => {
  it.each([
    ["A reported tornado ravaged a mobile home park, destroying dozens of trailers.", "dozens", "destroyed"],
    ["Investigators have interviewed more than two dozen witnesses.", "more than two dozen", "interviewed"],
    ["Osterman said the 2,500 MARSOC troops have been deployed to Afghanistan.", "2,500", "deployed"],
    ["The remains of at least 78 people on board the plane have been identified so far.", "at least 78", "identified"],
    ["Officers firing 17 bullets ended the confrontation.", "17", "fired"],
    ["Initial reports indicate that nine people, including four attackers, were killed after gunmen attacked.", "nine", "killed"],
    ["Initial reports indicate that nine people, including four attackers, were killed after gunmen attacked.", "four", "killed"],
    ["Another four -- including Sukumaran -- were arrested at a hotel in the village of Kuta.", "four", "detained"],
    ["Four missionaries from Bethel Evangelical Free Church in Devils Lake, North Dakota were released by Venezuelan authorities.", "Four", "released"],
    ["The agency said 3,300 people were taking shelter in evacuation centers.", "3,300", "sheltering"],
  ])("%s: %s %s", (text, quantity, event) => {
    expect(count(text, quantity).event).toBe(event);
  });
  it.each([
    ["The two men will be given notice of their appointment with a 12-member firing squad.", "12"],
    ["The committee launched an investigation into the financial practices of six televangelists.", "six"],
    ["A Mexican court said it found no cause to prosecute him on charges of carrying two firearms used by the military.", "two"],
    ["He was awarded 0/10 by Marca following the recent El Clasico win and saw two fans attack his car.", "two"],
    ["Victor Barnard, an American pastor wanted for 59 counts of sexual assaults in Minnesota, was arrested by Brazilian authorities.", "59"],
    ["The wreck of one of the two Yamato-class battleships, the Musashi, was discovered early in March 2015.", "two"],
  ])("no event: %s", (text, quantity) => {
    expect(count(text, quantity).event).toBeNull();
  });
});

describe("rates", () => {
  it("does not read a rate across a dash: '2,400 incidents -- and new records are set every year' is a total", () => {
    expect(count("By the 1990s, there were 2,400 incidents -- and new records are set every year.", "2,400").per).toBeNull();
    expect(count("Dozens of ISIS militants and their families are fleeing each day.", "Dozens").per).toBe("day");
  });
});
