import { isEventWord } from "./events.ts";
import type { Word } from "./words.ts";

/**
 * The noun phrase a figure counts: the words after the number, up to a verb, a preposition or a
 * clause break. "78 towns and villages have been liberated" counts "towns and villages"; "dozens of
 * ISIS militants and their families were fleeing" counts "ISIS militants and their families".
 */
const STOP = new Set([
  "is", "are", "was", "were", "be", "been", "being", "had", "has", "have", "will", "would", "could", "should", "may",
  "might", "can", "do", "does", "did", "in", "on", "at", "from", "to", "for", "with", "by", "into", "across", "over",
  "under", "since", "during", "after", "before", "that", "which", "who", "whom", "whose", "than", "as", "per", "each",
  "this", "these", "those", "it", "he", "she", "they", "we", "said", "says", "told", "according", "while", "when",
  "where", "if", "but", "so", "also", "still", "not", "near", "about", "around", "a", "an", "the", "between", "out",
  "more", "less", "fewer", "nearly", "almost", "were", "remotely", "then", "there", "here", "now", "ago", "later",
  "earlier", "last", "next", "every", "all", "since", "until", "through", "including", "among", "against", "without",
  "within", "along", "toward", "towards", "off", "up", "down", "because", "although", "though", "whether",
  // modals and negated auxiliaries: "one must attempt", "two officers didn't"
  "must", "shall", "cannot", "can't", "won't", "wouldn't", "couldn't", "shouldn't", "don't", "didn't", "doesn't",
  "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
  // adverbs and wh-words that end a noun phrase: "three crew members already on", "three things immediately",
  // "the two sides together", "three main reasons why"
  "already", "immediately", "together", "why", "how", "what", "again", "too", "even", "just", "only", "alone",
  "apiece", "respectively", "yet", "ever", "never", "away", "back", "instead", "soon", "like", "either", "neither",
  "i", "you", "me", "him", "us", "them",
  // a preposition inside the phrase ends it: "two counts of making", "a few hundred units of the item"
  "of",
  // adverbs of place: "11 service members aboard", "one outside the house", "about 250 animals worldwide"
  "outside", "inside", "aboard", "abroad", "overseas", "nearby", "ahead", "behind", "worldwide", "online", "overall",
  // quantifiers that open another phrase: "10 coaching positions and numerous assistant positions"
  "numerous", "many", "several", "various", "some",
  // adverbs of a sum: "He has four total", "three children combined"
  "total", "combined", "altogether", "apiece",
]);

/** Nouns for people that end a counted phrase: "saving one man outweigh", "50 million people participate". */
const HEADS = new Set(["people", "persons", "person", "men", "women", "children", "man", "woman", "child", "kids", "boys", "girls", "adults"]);

/** Plurals not in -s: "2,000 dead snow geese". */
const IRREGULAR_PLURALS = new Set(["geese", "mice", "cattle", "sheep", "deer", "teeth", "feet", "lice", "oxen", "police", "livestock", "poultry", "personnel"]);

const SINGULAR_HEADS = new Set(["person", "man", "woman", "child"]);

/** Plurals of nouns for roles, which a plural noun for people may modify: "women speakers", "people smugglers". */
const ROLE_PLURAL = /(?:ers|ors|ists|ians|ants|ents|ees)$/;

/** Plural nouns that modify another noun: "sports teams", "human rights activist", "arms dealers". */
const PLURAL_MODIFIERS = new Set([
  "sports", "arms", "rights", "news", "goods", "sales", "savings", "operations", "communications", "customs",
  "systems", "services", "affairs", "weapons", "drugs", "jobs", "parks", "arts", "games", "sciences", "emissions",
  "awards", "aids", "forces", "species", "series", "means", "olympics", "politics", "economics", "physics",
  "electronics", "ethics", "headquarters", "humanities", "studies", "relations", "works", "veterans", "singles",
  "doubles", "grands", "aids",
]);

/** A plural noun (a guess from the spelling, or a noun for people): "visitors", "Americans", "men". */
function pluralish(w: Word): boolean {
  if (HEADS.has(w.lower)) return !SINGULAR_HEADS.has(w.lower);
  const l = w.lower;
  if (IRREGULAR_PLURALS.has(l)) return true;
  if (l.length <= 3 || !l.endsWith("s") || /(?:ss|us|is|ous|ness|'s)$/.test(l)) return false;
  // capitalised: a group of people ("Americans", "Republicans"), not a place ("Texas", "Paris")
  return w.text === l || !/(?:as|os)$/.test(l);
}

/**
 * Verb forms that are not nouns and do not end in -ed: a counted phrase stops before them ("Two U.K.
 * charities gave sizeable funds").
 */
const VERBS = new Set([
  "gave", "took", "made", "came", "went", "got", "saw", "knew", "thought", "brought", "bought", "sent", "spent",
  "built", "paid", "kept", "began", "became", "sought", "fought", "caught", "taught", "wrote", "spoke", "broke",
  "chose", "drove", "flew", "grew", "threw", "wore", "shook", "stood", "sat", "fell", "rose", "met", "ran", "led",
  "held", "left", "won", "felt", "heard", "meant", "sold", "stole", "struck", "swore", "hung", "dealt", "gives",
  "takes", "makes", "comes", "goes", "gets", "sees", "knows", "wants", "needs", "seems", "include", "includes",
  "become", "becomes", "say", "get", "make", "take", "give", "go", "come", "see", "know", "think", "want",
  "appear", "appears", "seem", "believe", "believes", "face", "faces", "remains", "stay", "stayed", "stays",
  // a headline's verb: "Thousands march in a protest", "All three tell officials"
  "march", "gather", "tell", "flee", "mourn",
]);

/** After "and" and a word in -s, words that make it a verb with its object: "70 children and spends about 12 hours". */
const VERB_OBJECT_OPENERS = new Set(["about", "around", "nearly", "almost", "more", "less", "up", "over", "some", "most", "much", "all"]);

/** Verbs in -s that take an infinitive, after "and": "troops and plans to send more". */
const INFINITIVE_VERBS = new Set([
  "plans", "wants", "hopes", "intends", "aims", "vows", "threatens", "seeks", "expects", "promises", "pledges", "agrees", "decides", "refuses", "tries", "needs", "continues", "fails", "appears", "seems", "declines", "prepares", "wishes",
  // "interviewed dozens of witnesses and plan to share": the plural subject's verb
  "plan", "planned", "want", "wanted", "hope", "hoped", "intend", "intended", "aim", "aimed", "vow", "vowed", "threaten", "threatened",
  "seek", "sought", "expect", "expected", "promise", "promised", "pledge", "pledged", "agree", "agreed", "decide", "decided", "refuse",
  "refused", "try", "tried", "need", "needed", "continue", "continued", "fail", "failed", "appear", "appeared", "seem", "seemed",
  "prepare", "prepared", "wish", "wished", "began", "begin", "started", "went", "go", "came", "come", "managed", "used",
]);

const DETERMINERS = new Set(["a", "an", "the", "its", "his", "her", "their", "our", "my", "your"]);

/** Event words that are adjectives of a stock before a noun: "200,000 living alumni", "the 300 remaining fighters". */
const STOCK_ADJECTIVES = new Set(["living", "remaining"]);

const PARTICIPLE = /^[a-z]{3,}(?:ed|ing)$/;

/**
 * A superlative, a capitalised word, a capitalised possessive ("Turkey's"), a number glued to a word ("20-minute").
 * Module constants: tsx (esbuild for Node 20) compiles a \p{…} outside brackets into `new RegExp(…)`, which a
 * literal in a function body would run at every call.
 */
const SUPERLATIVE = /^\p{Ll}{3,}est$/u;
const CAPITALISED = /^\p{Lu}/u;
const NUMBER_HYPHEN_WORD = /^\d[\d,.]*-\p{L}/u;

/** A superlative ("eldest", "biggest"), after which "of" leads to the noun counted: "the two eldest of his children". */
export function isSuperlative(phrase: string): boolean {
  return SUPERLATIVE.test(phrase);
}

function isNounish(w: Word | undefined): boolean {
  if (w === undefined || STOP.has(w.lower) || VERBS.has(w.lower) || isEventWord(w.lower) || /^[\p{N}$#]/u.test(w.text)) return false;
  // contractions of function words: "who've", "they're"
  const apostrophe = w.lower.indexOf("'");
  return apostrophe <= 0 || !STOP.has(w.lower.slice(0, apostrophe));
}

/** Possessives and demonstratives after "of" that the counted noun follows: "four of her 30 students", "two of those patients". */
const OF_DETERMINERS = new Set(["the", "their", "her", "his", "its", "our", "my", "your", "these", "those", "this", "that", "past", "last", "next", "top"]);
const NAME_POSSESSIVE = /^\p{Lu}\S*'s$/u;

/** The word ends a clause or cannot continue a noun phrase. */
function endsPhrase(w: Word | undefined): boolean {
  return w === undefined || w.clauseBreak || !isNounish(w) || PARTICIPLE.test(w.lower);
}

/**
 * Counted phrase starting at words[from], not reaching words[limit]; null when the figure stands alone.
 * `one`: the figure is 1, so its noun is singular and a word in -s after it is a verb ("One account shows").
 */
export function countedAfter(ws: readonly Word[], from: number, limit: number, one = false): { counted: string | null; next: number } {
  const behind = countedBehind(ws, from);
  if (behind !== null) return { counted: behind, next: from };
  let i = from;
  if (i < limit && !ws[i]!.clauseBreak && ws[i]!.lower === "of") {
    i++;
    const d = ws[i];
    if (i < limit && d && !d.clauseBreak && (d.lower === "those" || d.lower === "these" || d.lower === "us" || d.lower === "them" || d.lower === "you")) {
      const after = i + 1 < limit ? ws[i + 1] : undefined;
      if (isNounish(after) && !after!.clauseBreak && !PARTICIPLE.test(after!.lower)) i++; // "two of those patients", "12 of us children"
      else if (d.lower === "those" || d.lower === "these") return those(ws, i, limit); // "Seven of those on the helicopter"
    } else {
      // "four of her 30 students", "45 of Turkey's 81 provinces", "two of this year's most recognized artists"
      while (i < limit && (OF_DETERMINERS.has(ws[i]!.lower) || NAME_POSSESSIVE.test(ws[i]!.text)) && !ws[i]!.clauseBreak) i++;
    }
  }
  const start = i;
  const taken: Word[] = [];
  let skipped = 0;
  let eventFirst = false;
  while (i < limit && taken.length < 7) {
    const w = ws[i]!;
    if (w.clauseBreak) break;
    if (w.lower === "and" || w.lower === "or" || w.lower === "&") {
      const next = ws[i + 1];
      const afterPossessive = next && (next.lower === "their" || next.lower === "his" || next.lower === "her") ? ws[i + 2] : next;
      if (taken.length === 0 || i + 1 >= limit || !isNounish(afterPossessive) || next!.clauseBreak) break;
      // "six world powers and Iran": a name after a plural is another party, not more of what is counted
      const lastTaken = taken[taken.length - 1]!;
      if (afterPossessive === next && next!.text !== next!.lower && lastTaken.text === lastTaken.lower && pluralish(lastTaken) && !pluralish(next!)) break;
      // "the two charities and publish a report": a verb with its object, not a second noun
      const object = ws[i + 2];
      if (afterPossessive === next && object && !object.clauseBreak && (DETERMINERS.has(object.lower) || (VERB_OBJECT_OPENERS.has(object.lower) && next!.lower.endsWith("s")))) break;
      // "2,500 troops and plans to send more": a verb and its infinitive
      if (afterPossessive === next && object && object.lower === "to" && !object.clauseBreak && INFINITIVE_VERBS.has(next!.lower)) break;
      taken.push(w);
      i++;
      continue;
    }
    if (w.lower === "their" && taken.length > 0 && taken[taken.length - 1]!.lower === "and") {
      taken.push(w);
      i++;
      continue;
    }
    const next = i + 1 < limit ? ws[i + 1] : undefined;
    // "at least two more shots", "one last lap": the noun after "more" / "last", not counting the word
    if (taken.length === 0 && i === start && SKIPPED_BEFORE_NOUN.has(w.lower) && next && !TIME_NOUNS.has(next.lower) && !next.clauseBreak && isNounish(next) && !PARTICIPLE.test(next.lower) && !VERB_LIKE_AFTER_MORE.has(next.lower)) {
      skipped++;
      i++;
      continue;
    }
    // "21 injured people", "three wounded soldiers", "2,000 dead snow geese": an event participle before a noun for people or a plural
    if (
      taken.length === 0 && (PARTICIPLE.test(w.lower) || w.lower === "dead") && isEventWord(w.lower) && !STOCK_ADJECTIVES.has(w.lower) && next && !next.clauseBreak &&
      isNounish(next) && !PARTICIPLE.test(next.lower) &&
      (next.text === next.lower
        ? HEADS.has(next.lower) || pluralish(next) || pluralAfterModifier(ws, i + 1, limit)
        // "19 kidnapped Assyrian Christians": a capitalised modifier, then the plural
        : i + 2 < limit && !ws[i + 2]!.clauseBreak && isNounish(ws[i + 2]) && pluralish(ws[i + 2]!) && !DAY_NAMES.has(next.lower))
    ) {
      eventFirst = true; // the event search still reads the participle
      i++;
      continue;
    }
    if (taken.length === 0 && STOCK_ADJECTIVES.has(w.lower) && !endsPhrase(next)) {
      taken.push(w);
      i++;
      continue;
    }
    // "40 internally displaced people": an adverb and a participle before the noun
    const third = ws[i + 2];
    if (
      taken.length === 0 && w.lower.length > 4 && w.lower.endsWith("ly") && next && !next.clauseBreak && PARTICIPLE.test(next.lower) &&
      i + 2 < limit && third && !third.clauseBreak && isNounish(third) &&
      !DETERMINERS.has(third.lower) && !PARTICIPLE.test(third.lower)
    ) {
      if (isEventWord(next.lower)) eventFirst = true; // "thousands of internally displaced Nigerians": still displaced
      taken.push(w, next);
      i += 2;
      continue;
    }
    // "three 20-minute segments", "The two 17-year-old boys": a compound with a number modifies the noun
    if (taken.length === 0 && NUMBER_HYPHEN_WORD.test(w.lower) && next && !next.clauseBreak && isNounish(next) && !PARTICIPLE.test(next.lower)) {
      taken.push(w);
      i++;
      continue;
    }
    // "six of the most interesting ones": "most" and its adjective
    if (taken.length === 0 && (w.lower === "most" || w.lower === "least") && next && !next.clauseBreak && third && !third.clauseBreak && isNounish(third)) {
      taken.push(w, next);
      i += 2;
      continue;
    }
    // "two pieces of legislation": a noun of measure and what it measures
    if (taken.length === 1 && w.lower === "of" && PARTITIVE.has(taken[0]!.lower) && next && !next.clauseBreak && isNounish(next)) {
      taken.push(w);
      i++;
      continue;
    }
    // "two University of Oklahoma students": "of" inside a name
    if (w.lower === "of" && taken.length > 0 && taken[taken.length - 1]!.text !== taken[taken.length - 1]!.lower && next && !next.clauseBreak && CAPITALISED.test(next.text)) {
      taken.push(w);
      i++;
      continue;
    }
    // "two Serie A titles": a capital A inside a name, not the article
    if (w.text === "A" && taken.length > 0 && CAPITALISED.test(taken[taken.length - 1]!.text) && next && !next.clauseBreak && isNounish(next)) {
      taken.push(w);
      i++;
      continue;
    }
    // "three ornate 24-karat gold statues": a compound with a number inside the phrase
    if (taken.length > 0 && NUMBER_HYPHEN_WORD.test(w.lower) && next && !next.clauseBreak && isNounish(next) && !PARTICIPLE.test(next.lower)) {
      taken.push(w);
      i++;
      continue;
    }
    if (!isNounish(w)) break;
    // "10 high school head coaching positions", "24-karat gold plated Buddhist statues": a participle between
    // a singular modifier and the plural it describes; not "two men carrying guns"
    if (taken.length > 0 && PARTICIPLE.test(w.lower) && !modifiesPlural(ws, taken[taken.length - 1]!, i, limit)) break;
    // "two productions NBC had been eyeing": a name after a plural noun starts a new clause
    if (taken.length > 0 && w.text !== w.lower && taken[taken.length - 1]!.text === taken[taken.length - 1]!.lower && pluralish(taken[taken.length - 1]!)) break;
    // "two Syrian airstrikes Thursday": a day name ends the phrase
    if (taken.length > 0 && DAY_NAMES.has(w.lower)) break;
    if (taken.length > 0 && w.text === w.lower) {
      const last = taken[taken.length - 1]!;
      // "50 million Americans participate", "two main ways visitors to", "one man outweigh": a noun for
      // people or a plural ends the phrase before a lower-case word, unless it modifies ("sports teams")
      // ("women speakers", "parent and child pairs": a noun for people may modify a plural, but "239 people
      // disappears", "2,000 men and women constitutes": a verb)
      if (HEADS.has(last.lower) && (!pluralish(w) || (pluralish(last) && !ROLE_PLURAL.test(w.lower)))) break;
      if (pluralish(last) && !HEADS.has(last.lower) && !PLURAL_MODIFIERS.has(last.lower) && (last.text === last.lower || !pluralish(w))) break;
      // "One account shows he tweeted"
      if (one && !pluralish(last) && w.lower.length > 3 && w.lower.endsWith("s") && !w.lower.endsWith("ss")) break;
    }
    // "18 allegedly involve support": an adverb, then the verb
    if (taken.length === 0 && w.lower.length > 5 && w.lower.endsWith("ly") && next && !next.clauseBreak && !pluralish(next) && !HEADS.has(next.lower) && !PARTICIPLE.test(next.lower) && !/^(?:elderly|early|friendly|lonely|likely|only|daily|weekly|monthly|yearly|costly|deadly|holy|family|ugly|silly|lovely|curly|burly|orderly|unlikely)$/.test(w.lower)) break;
    // "does all three simultaneously": an adverb alone after the number
    if (taken.length === 0 && w.lower.length > 5 && w.lower.endsWith("ly") && endsPhrase(next)) break;
    // "Hundreds stranded in snow": a participle right after the number that no noun follows is the verb
    if (taken.length === 0 && PARTICIPLE.test(w.lower) && endsPhrase(next)) break;
    // "three things immediately": an adverb in -ly after the noun, at the end of the phrase
    if (taken.length > 0 && w.lower.length > 4 && w.lower.endsWith("ly") && !w.lower.endsWith("ply") && !w.lower.endsWith("ily") && endsPhrase(next)) break;
    taken.push(w);
    i++;
  }
  while (taken.length > 0 && /^(and|or|&|their|of)$/.test(taken[taken.length - 1]!.lower)) taken.pop();
  // "the two eldest of his children": the noun after "of" and its determiners (a figure after them, as in
  // "of his five children", ends this phrase: the article reads the noun after that figure)
  if (taken.length === 1 && isSuperlative(taken[0]!.lower) && ws[i]?.lower === "of" && !ws[i]!.clauseBreak) {
    let k = i + 1;
    while (k < limit && !ws[k]!.clauseBreak && OF_DETERMINERS.has(ws[k]!.lower)) k++;
    if (k < limit && k > i + 1 && !ws[k]!.clauseBreak) {
      const noun = countedAfter(ws, k, limit, one);
      if (noun.counted !== null) return { counted: noun.counted, next: noun.next };
    }
  }
  // "counted more than 700 dead", "two of the wounded": the adjective names the people counted
  // ("reported 18 dead and 24 wounded": another figure after "and")
  const nextIsFigure = start + 2 < ws.length && /^(?:and|or)$/.test(ws[start + 1]?.lower ?? "") && /^\d/.test(ws[start + 2]!.text);
  if (taken.length === 0 && start < limit && PEOPLE_ADJECTIVES.has(ws[start]!.lower) && !ws[start]!.clauseBreak && (start > from || endsPhrase(ws[start + 1]) || nextIsFigure) && (start + 1 >= limit || endsPhrase(ws[start + 1]) || nextIsFigure)) {
    return { counted: ws[start]!.text, next: start };
  }
  if (taken.length === 0) return { counted: null, next: start };
  return { counted: taken.map((w) => w.text).join(" "), next: eventFirst ? start : start + skipped + taken.length };
}

/** "2,000 dead snow geese": words[at] is a lower-case modifier, and a plural noun follows it. */
function pluralAfterModifier(ws: readonly Word[], at: number, limit: number): boolean {
  const w = ws[at + 1];
  return at + 1 < limit && w !== undefined && !w.clauseBreak && w.text === w.lower && isNounish(w) && !PARTICIPLE.test(w.lower) && pluralish(w);
}

/** words[at] is a participle after the singular `last`, and a plural noun follows within two words. */
function modifiesPlural(ws: readonly Word[], last: Word, at: number, limit: number): boolean {
  if (pluralish(last) || HEADS.has(last.lower) || last.text !== last.lower || !isNounish(last) || /^(?:and|or|&|their|of)$/.test(last.lower) || isEventWord(ws[at]!.lower)) return false;
  for (let k = at + 1; k < limit && k <= at + 2; k++) {
    const w = ws[k]!;
    if (w.clauseBreak || !isNounish(w) || PARTICIPLE.test(w.lower)) return false;
    if (pluralish(w)) return true;
  }
  return false;
}

/**
 * "native Venetians: 100,000 have moved", "more and more centrifuges in Iran -- 6,500": the plural noun
 * nearest before words[from], within its clause and five words.
 */
export function pluralBefore(ws: readonly Word[], from: number): string | null {
  // "Police official: At least 54 are killed", "Officials: 12 dead": who reports the figure, not what it counts
  if (from > 0 && SPEAKER_LABELS.has(ws[from - 1]!.lower)) return null;
  for (let k = from - 1; k >= 0 && k >= from - 5; k--) {
    const w = ws[k]!;
    if (VERBS.has(w.lower) || AUXILIARY.has(w.lower) || isEventWord(w.lower)) return null;
    if (pluralish(w) && isNounish(w) && !PLURAL_MODIFIERS.has(w.lower)) {
      // and its modifiers: "rape cases", "native Venetians"
      let m = k;
      // (not "a.m" in "at 11:39 a.m. Passengers: 150")
      while (m > 0 && m > k - 2 && !ws[m]!.clauseBreak && isNounish(ws[m - 1]) && !DETERMINERS.has(ws[m - 1]!.lower) && !pluralish(ws[m - 1]!) && !PARTICIPLE.test(ws[m - 1]!.lower) && !ws[m - 1]!.text.includes(".")) m--;
      return ws.slice(m, k + 1).map((x) => x.text).join(" ");
    }
    if (w.clauseBreak) return null;
  }
  return null;
}

/** Words that end a label naming who speaks, before a colon. */
const SPEAKER_LABELS = new Set([
  "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "minister", "ministry",
  "police", "chief", "governor", "mayor", "president", "report", "reports", "says", "said", "witness", "witnesses",
  "statement", "agency", "military", "army", "government", "authorities", "media",
]);

/** Adjectives that stand for the people they describe: "700 dead", "two of the wounded". */
const PEOPLE_ADJECTIVES = new Set(["dead", "wounded", "injured", "missing", "dying", "sick", "elderly", "homeless", "displaced", "living", "survivors"]);

/** Nouns that measure out another: "two pieces of legislation", "three kinds of cancer". */
const PARTITIVE = new Set(["pieces", "piece", "kinds", "kind", "types", "type", "sorts", "bits", "items", "pairs", "sets", "bottles", "bags", "boxes", "cans", "barrels", "truckloads", "rounds"]);

/** "1,134 last year": after "last" or "next", a time, not the counted noun. */
const TIME_NOUNS = new Set(["year", "week", "month", "night", "season", "summer", "winter", "spring", "fall", "autumn", "decade", "century", "weekend", "time"]);

/** Words skipped before the noun they modify: "two more shots" counts shots. */
const SKIPPED_BEFORE_NOUN = new Set(["more", "last", "additional", "extra", "further"]);

/** Words after "more" that are not its noun: "two more were killed". */
const VERB_LIKE_AFTER_MORE = new Set(["than", "times", "and", "or"]);

const DAY_NAMES = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** The noun of a compound the figure opens: "a 12-man firing squad" counts men, "a 10-member panel" members. */
const COMPOUND_PLURALS = new Map([
  ["man", "men"], ["men", "men"], ["woman", "women"], ["women", "women"], ["person", "people"], ["people", "people"],
  ["member", "members"], ["seat", "seats"], ["judge", "judges"], ["nation", "nations"], ["country", "countries"],
  ["soldier", "soldiers"], ["officer", "officers"], ["vehicle", "vehicles"], ["car", "cars"], ["ship", "ships"],
  // "a 48-city tour", "a two-count indictment", "a 32-team tournament", "a 40-page report"
  ["city", "cities"], ["count", "counts"], ["team", "teams"], ["game", "games"], ["state", "states"], ["page", "pages"],
  ["point", "points"], ["stop", "stops"], ["date", "dates"], ["episode", "episodes"], ["song", "songs"], ["player", "players"],
  ["county", "counties"], ["school", "schools"], ["nation", "nations"], ["bed", "beds"], ["room", "rooms"], ["hole", "holes"],
]);

/**
 * What is counted, read from the words the figure ends: "a 12-member firing squad" (the compound before
 * words[from]) counts members; "a broad or two" counts the noun before "or two".
 */
function countedBehind(ws: readonly Word[], from: number): string | null {
  const last = ws[from - 1];
  if (last === undefined) return null;
  const hyphen = last.lower.lastIndexOf("-");
  if (hyphen > 0 && /^(?:\d[\d,]*|[a-z]+)$/.test(last.lower.slice(0, hyphen))) {
    const plural = COMPOUND_PLURALS.get(last.lower.slice(hyphen + 1));
    if (plural !== undefined) return plural;
  }
  if (last.lower === "two" && from >= 4 && ws[from - 2]!.lower === "or" && /^an?$/.test(ws[from - 4]!.lower) && !last.clauseBreak && !ws[from - 2]!.clauseBreak) {
    const noun = ws[from - 3]!;
    if (!noun.clauseBreak && isNounish(noun)) return noun.text;
  }
  return null;
}

/**
 * "Seven of those on the helicopter were Marines", "Twelve of those killed had been aboard": what is counted
 * is "those" and what describes them, up to a verb or a break. `next` stays after "those", so the event
 * search still reads "killed".
 */
function those(ws: readonly Word[], at: number, limit: number): { counted: string | null; next: number } {
  const taken = [ws[at]!];
  for (let i = at + 1; i < limit && taken.length < 5; i++) {
    const w = ws[i]!;
    if (w.clauseBreak || AUXILIARY.has(w.lower) || VERBS.has(w.lower)) break;
    taken.push(w);
  }
  if (taken.length === 1) return { counted: null, next: at };
  return { counted: taken.map((w) => w.text).join(" "), next: at + 1 };
}

const AUXILIARY = new Set([
  "is", "are", "was", "were", "be", "been", "had", "has", "have", "will", "would", "could", "should", "may", "might",
  "can", "do", "does", "did", "who", "which", "that", "said", "says", "told",
]);

/**
 * "511 were officers and soldiers", "Nineteen of them were tourists": a figure with no noun of its own,
 * whose verb "to be" names what it counts. A participle or an event ("23 were detained") is not a noun.
 */
export function countedByPredicate(ws: readonly Word[], from: number, limit: number): string | null {
  let i = from;
  if (i + 1 < limit && ws[i]!.lower === "of" && /^(?:them|us|those|these)$/.test(ws[i + 1]!.lower) && !ws[i + 1]!.clauseBreak) i += 2;
  const be = ws[i];
  if (i + 1 >= limit || !be || be.clauseBreak || (be.lower !== "were" && be.lower !== "are")) return null;
  const noun = ws[i + 1]!;
  if (noun.clauseBreak || !isNounish(noun) || PARTICIPLE.test(noun.lower) || DETERMINERS.has(noun.lower)) return null;
  const c = countedAfter(ws, i + 1, limit);
  if (c.counted === null) return null;
  const last = ws[i + 1 + c.counted.split(" ").length - 1];
  return last && (pluralish(last) || HEADS.has(last.lower)) ? c.counted : null;
}
