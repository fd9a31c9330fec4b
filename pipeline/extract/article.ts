import { stableId } from "../io/hash.ts";
import type { Conventions } from "../raw/hedges.ts";
import type { Figure, Mention } from "../schema/figures.ts";
import { fewCounts } from "./a-few.ts";
import { isBareAt } from "./at-number.ts";
import { appositiveSources, attributionIn, contentWords, mayAttribute, resolveSource, type KnownSource, type RawSource } from "./attribution.ts";
import { countedAfter, pluralBefore, countedByPredicate, isSuperlative } from "./counted.ts";
import { findEvents, isEventWord } from "./events.ts";
import { intervalOf } from "./interval.ts";
import { isOnePoint, oneCounts } from "./lone-one.ts";
import { periodIn, type Period } from "./periods.ts";
import { findQuantities, type Quantity } from "./quantities.ts";
import { sentences, type Span } from "./sentences.ts";
import { words, type Word } from "./words.ts";

/**
 * From one article's text to its figures: every quantity, what it counts, what happened to it, who
 * said it and which days it covers; then mentions of the same claim merged into one figure.
 * Pure: text and context in, rows out.
 */
export interface ArticleInput {
  articleId: string;
  text: string;
  outlet: string | null;
  url: string | null;
  /** Publication day; null when unknown, and then no date can be resolved. */
  published: string | null;
  /** First day of the campaign the report covers: the start of "so far"; the publication day if unknown. */
  campaignStart: string | null;
}

/** One place a quantity is stated, with everything read around it. */
export interface Draft {
  quantity: Quantity;
  sentence: Span;
  counted: string | null;
  event: string | null;
  per: string | null;
  source: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  saidOn: string | null;
}

/**
 * A rate after the figure: "dozens ... each day", "five infections an hour", "5,000 arrivals a week",
 * "daily". Not "in a day", "within an hour", "a year ago", "an hour or two": those are spans of time.
 */
const RATE = /\b(?:(each|every|per|a|an)\s+(day|night|hour|minute|week|month|year)|(daily|nightly|hourly|weekly|monthly|annually|yearly))\b/gi;
const RATE_OF: Readonly<Record<string, string>> = {
  daily: "day", nightly: "night", hourly: "hour", weekly: "week", monthly: "month", annually: "year", yearly: "year",
};
/** Before "a day": a span, not a rate ("in a day", "within an hour", "about a week"). */
const SPAN_BEFORE = /\b(?:in|within|for|after|over|about|than|half|once|twice|of|into|under|nearly|almost|around|only|just)\s+$/i;
/** After "a year": a point or a span in time ("a year ago", "an hour or two", "a week long"). */
const SPAN_AFTER = /^\s+(?:ago|earlier|later|before|after|or|and|old|long|from|since|in\s+advance)\b/i;

/** The period a figure is counted per, from the words after it in its clause: "day" for "each day", null for a total. */
function rateAfter(words: string): string | null {
  // "2,400 incidents -- and new records are set every year": a dash, a semicolon or a colon ends the figure's words
  const cut = words.search(STRONG_BREAK);
  const after = cut === -1 ? words : words.slice(0, cut);
  RATE.lastIndex = 0;
  for (let m = RATE.exec(after); m !== null; m = RATE.exec(after)) {
    if (m[3] !== undefined) return RATE_OF[m[3].toLowerCase()]!;
    const article = m[1]!.length <= 2;
    if (article && (SPAN_BEFORE.test(after.slice(Math.max(0, m.index - 12), m.index)) || SPAN_AFTER.test(after.slice(RATE.lastIndex, RATE.lastIndex + 14)))) continue;
    return m[2]!.toLowerCase();
  }
  return null;
}

const STRONG_BREAK = /\s--\s|[\u2014\u2013;:]/;

const STOCK_EVENTS = new Set(["fleeing", "present", "displaced"]);

/**
 * A number glued to a word ("20-minute"), a capitalised possessive ("Turkey's"). Module constants: tsx (esbuild
 * for Node 20) compiles a \p{…} outside brackets into `new RegExp(…)`, which a literal in a function body would
 * run at every call.
 */
const NUMBER_HYPHEN_WORD = /^\d[\d,.]*-\p{L}/u;
const NAME_POSSESSIVE = /^\p{Lu}\S*'s$/u;
const CAPITALISED = /^\p{Lu}/u;

export function readArticle(input: ArticleInput): Draft[] {
  const { text } = input;
  const quantities = findQuantities(text);
  const spans = sentences(text);
  const drafts: Draft[] = [];
  const speakers = new Speakers(text, spans);
  let q = 0;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    while (q < quantities.length && quantities[q]!.end <= s.start) q++;
    let end = q;
    while (end < quantities.length && quantities[end]!.start < s.end) end++;
    if (end === q) continue;
    const inSentence = quantities.slice(q, end);
    const said = speakers.sentence(k);
    const main = said?.main ?? mainClauseEnd(s);
    // A clause's source is resolved only when one of its figures becomes a draft.
    readSentence(input, s, main, inSentence, said?.ws ?? words(text, s.start, s.end), (clause) => speakers.source(k, clause), drafts);
  }
  return drafts;
}

/**
 * "If there are a few good cops in the department, they need to leave", "if he had two hands": a figure in
 * a conditional clause (from "if" or "unless" up to a clause break) is supposed, not reported.
 */
function inConditional(text: string, s: Span, q: Quantity): boolean {
  // the last "if" before the figure, with no clause break between them ("if he had two hands")
  const before = text.slice(s.start, q.start);
  const at = before.search(/\b(?:[Ii]f|[Uu]nless)\s[^,;:\u2014\u2013]*$/);
  if (at === -1 || /\s--\s/.test(before.slice(at)) || /^\w+\s+not\b/i.test(before.slice(at))) return false; // "hundreds if not thousands"
  // "as if", and "if" meaning "whether" after a verb of knowing or asking: "It's not clear if those two men were"
  return !/\b(?:as|clear|unclear|know|known|knows|asked|ask|asks|sure|see|tell|wonder|wondered|wonders|determine|decide|check|confirm|confirmed|whether)\s+$/i.test(before.slice(Math.max(0, at - 12), at));
}

/** Before a figure in its clause: "whether more than one rifle was used", "we could have scored more than two", "I aspire to build at least one school". */
const SUPPOSED = /\b(?:[Ww]hether\s+(?:[\w'\u2019]+\s+){0,8}|(?:could|couldn't|might|should|would)\s+have\s+(?:[\w'\u2019]+\s+){0,3}|(?:[Hh]opefully|[Hh]oping|[Ii]magine|aspire to|aspires to|aspiring to|should|need to have|needs to have|wouldn't you|would you|don't you|aim to|aims to|aiming to|may not|might not)\s+(?:[\w'\u2019]+\s+){0,4}|(?:don't|doesn't|do not|does not) have\s+)$/;

/** A cheap test before isSupposed(): the words that may start a conditional clause or a supposition. */
const MAY_SUPPOSE = /\b(?:[Ii]f|[Uu]nless|[Ww]hether|could\s+have|couldn't\s+have|might\s+have|would\s+have|should|[Hh]opefully|[Hh]oping|[Ii]magine|aspir(?:e|es|ing)\s+to|needs?\s+to\s+have|wouldn't\s+you|would\s+you|don't\s+you|aim(?:s|ing)?\s+to|may\s+not|might\s+not|(?:don't|doesn't|do\s+not|does\s+not)\s+have)\b/;

/** A figure supposed rather than reported: in a conditional clause, or after "whether", "could have", "hopefully", "should". */
function isSupposed(text: string, s: Span, q: Quantity): boolean {
  if (inConditional(text, s, q)) return true;
  // "If Russia violated it, the United States could add 1,000 warheads": the consequence of a supposition
  const head = text.slice(s.start, q.start);
  if (/^\W*(?:If|Unless)\s/.test(head) && /\b(?:would|could|might)\s+(?:[\w'\u2019]+\s+){0,4}$/.test(head.slice(head.lastIndexOf(",") + 1))) return true;
  const before = text.slice(Math.max(s.start, q.start - 80), q.start);
  // "whether those two men were the pair": people already there, whatever is supposed of them
  return SUPPOSED.test(before) && !/\b(?:the|those|these|its|his|her|their|our|all)\s+$/i.test(before);
}

/**
 * The drafts of a sentence's figures: what each counts, what happened to it, who said it and which
 * days it covers. `sourceOf` gives the source of the main clause (0: before `main`) or of the parenthetical (1).
 */
function readSentence(
  input: ArticleInput, s: Span, main: number, inSentence: readonly Quantity[], ws: readonly Word[],
  sourceOf: (clause: 0 | 1) => string | null, drafts: Draft[],
): void {
  const { text } = input;
  const spansQ = inSentence.map((qq) => ({ from: firstAtOrAfter(ws, qq.start), to: firstAtOrAfter(ws, qq.end) }));
  let previousCounted: string | null = null;
  let previousAt = 0;
  // what happened to the last noun counted ("nine protesters were killed ... and more than 100 injured")
  let previousEvent: string | null = null;
  // Period words are read once per clause (main, or after a dash) and reading (stock or not), not once
  // per figure: at index 2 * clause + stock.
  const periods: Period[] = [];
  // Whether the sentence has a word that may make a figure supposed: read when a count first needs it (half
  // the sentences with figures have no count that gets that far).
  let conditional: boolean | undefined;
  // "Read: 25 People to Blame for the Financial Crisis": a link to another story, its title's numbers are not figures
  const link = LINK_LINE.test(s.text);
  // the count drafts of this sentence, where their figure starts and where their counted noun ends (a list's items)
  const items: ListItem[] = [];
  for (let n = 0; n < inSentence.length; n++) {
    const quantity = inSentence[n]!;
    const { from, to } = spansQ[n]!;
    // "three 20-minute segments": a measure glued into the noun phrase does not end it
    const glued = inSentence[n + 1]?.kind === "measure" && spansQ[n + 1]!.from === to && NUMBER_HYPHEN_WORD.test(inSentence[n + 1]!.text);
    const nextQ = spansQ[glued ? n + 2 : n + 1]?.from ?? ws.length;
    const clauseEnd = clauseEndIndex(ws, to, nextQ);
    let counted: string | null = null;
    let event: string | null = null;
    let per: string | null = null;
    let phraseEnd = to;
    if (quantity.kind === "count") {
      const c = countedAfter(ws, to, nextQ, quantity.value === 1);
      counted = c.counted;
      if (c.counted !== null) phraseEnd = c.next;
      // `killed three "male vigilante members,"`, `four official "mourners"`: the phrase goes on inside
      // the quotation marks
      if (c.next > 0 && c.next < nextQ && ws[c.next]!.clauseBreak && openingQuote(text, ws[c.next - 1]!, ws[c.next]!)) {
        const { start, end, text: w, lower } = ws[c.next]!;
        // (a literal of the same shape as words() makes, not a spread: one shape keeps the word readers' optimized code valid)
        const inQuotes = countedAfter([{ start, end, text: w, lower, clauseBreak: false }, ...ws.slice(c.next + 1, nextQ)], 0, nextQ - c.next, quantity.value === 1);
        const quoted = inQuotes.counted;
        // 'the final two "Twilight" films': a title in quotation marks, then the noun counted
        const after = c.next + inQuotes.next;
        const titled = quoted !== null && counted === null && CAPITALISED.test(quoted) && after < nextQ && ws[after]!.clauseBreak && ws[after]!.text === ws[after]!.lower &&
          /^["\u201d]\s+$/.test(text.slice(ws[after - 1]!.end, ws[after]!.start));
        const noun = titled ? countedAfter([{ ...ws[after]!, clauseBreak: false }, ...ws.slice(after + 1, nextQ)], 0, nextQ - after, quantity.value === 1).counted : null;
        if (noun !== null) counted = `${quoted} ${noun}`;
        else if (quoted !== null) counted = counted === null ? quoted : `${counted} ${quoted}`;
      }
      if (counted === null) counted = countedByPredicate(ws, to, nextQ);
      // "The father of four said": children, whatever follows
      if (counted === null) counted = childrenOf(ws, from);
      // "the death toll rose to 48", "the number of hostages had risen to 150", "a crew of 470"
      if (counted === null && (to >= ws.length || ws[to]!.clauseBreak || !isNounishAfter(ws, to))) counted = countedBefore(ws, from);
      // "four of her 30 students", "two of the 12 men": the noun after the next figure;
      // "the two eldest of his five children": a superlative, then the noun after the next figure
      const following = inSentence[n + 1];
      const superlative = c.counted !== null && isSuperlative(c.counted);
      if ((counted === null || superlative) && following?.kind === "count" && ofBefore(ws, superlative ? c.next : to, nextQ)) {
        counted = countedAfter(ws, spansQ[n + 1]!.to, spansQ[n + 2]?.from ?? ws.length, following.value === 1).counted;
      }
      // "772 ISIS fighters had been killed and 23 were detained", "killed 40 people and injuring 250.",
      // "30 charges -- 17 of which carry": what the sentence counted before
      // ("more than 2,400 people, but more than 1,100 died")
      const coordinated = ws[from]!.clauseBreak || (from > 0 && /^(and|but|or|while|another|with)$/.test(ws[from - 1]!.lower));
      // ("arrested nine people, including four directly linked", "900 patents, nearly one a day")
      // ("China executes three men convicted of plotting a knife attack that killed 31": the attack's dead, not the men)
      if (
        counted === null && from - previousAt <= 14 && !killedByRelative(ws, from) &&
        (to >= ws.length || ws[to]!.clauseBreak || BACK_REFERENCE.has(ws[to]!.lower) || (coordinated && isEventWord(ws[to]!.lower)) ||
          (from > 0 && ws[from - 1]!.lower === "including") || rateWordsAt(ws, to))
      ) counted = carried(previousCounted, ws, to);
      // "all 187 on board": the people aboard
      if (counted === null && to + 1 < ws.length && ((ws[to]!.lower === "on" && ws[to + 1]!.lower === "board") || ws[to]!.lower === "aboard") && !ws[to]!.clauseBreak) counted = "people on board";
      // "native Venetians: 100,000 have moved", "more and more centrifuges in Iran -- 6,500": the plural a colon or a dash follows
      if (counted === null && from > 0 && ws[from]!.clauseBreak && /[:\u2014]|--/.test(text.slice(ws[from - 1]!.end, ws[from]!.start))) counted = pluralBefore(ws, from);
      // "shoots at Navajo Nation officers, killing 1 and wounding 1": the plural the participle's clause follows
      if (counted === null && from > 1 && ws[from - 1]!.clauseBreak && ws[from - 1]!.lower.endsWith("ing") && isEventWord(ws[from - 1]!.lower) && (to >= ws.length || ws[to]!.clauseBreak || ws[to]!.lower === "and")) {
        const people = pluralBefore(ws, from - 1);
        // (people only: "raids on Cameroon, slaughtering hundreds" did not slaughter raids)
        if (people !== null && PEOPLE_PLURAL.test(people)) counted = people;
      }
      // "killed at least 137 people and wounded 357 others", "nine protesters were killed ... and more than 100 injured":
      // the people counted before
      if (counted !== null && previousCounted !== null && from - previousAt <= 14 && !CASUALTY_ADJECTIVES.has(previousCounted) &&
        (counted === "others" ? /\b(?:people|persons)$/.test(previousCounted) : CASUALTY_ADJECTIVES.has(counted) && previousEvent !== null)) counted = previousCounted;
      // the last noun the sentence counted, however it was found ("the number of fatal shootings ... 1,010 in 2013 and 1,134 last year")
      if (counted !== null) {
        previousCounted = counted;
        previousAt = c.counted !== null ? c.next : to;
      }
      event = eventAround(ws, c.next, clauseEnd, spansQ[n - 1]?.to ?? 0, from, nextQ, quantity.value !== 1);
      if (counted !== null) previousEvent = event;
      // "10,000 baby boomers turning 65 every day": an age after the figure does not end the words its rate is read
      // from (a measure with its unit does: "70 children and ... 12 hours a day")
      let rateEnd = clauseEnd;
      if (inSentence[n + 1]?.kind === "measure" && /^\d+$/.test(inSentence[n + 1]!.text)) {
        let k = n + 1;
        while (k < inSentence.length && inSentence[k]!.kind === "measure" && /^\d+$/.test(inSentence[k]!.text)) k++;
        rateEnd = clauseEndIndex(ws, to, spansQ[k]?.from ?? ws.length);
      }
      // (from the end of the words before: a dash right after the counted noun ends them too)
      per = rateAfter(text.slice(c.next > 0 ? ws[c.next - 1]!.end : (ws[c.next]?.start ?? s.end), ws[rateEnd]?.start ?? s.end));
    }
    if (!oneCounts(quantity, event, inSentence, text, s.end) || !fewCounts(quantity, event, text)) continue;
    if (quantity.kind === "count") {
      if (link) continue;
      // "3.6 pending arrest warrants per household", "the average BMI ... is 23.2": an average, not a tally
      if (quantity.value !== null && !Number.isInteger(quantity.value)) continue;
      if (isBareAt(quantity, counted, text) || isOnePoint(quantity, counted)) continue;
      conditional ??= MAY_SUPPOSE.test(s.text);
      if (conditional && isSupposed(text, s, quantity)) continue;
    }
    const inMain = quantity.start < main;
    // A duration or a distance is not a tally over days: it has no period of its own.
    const stock = event !== null && STOCK_EVENTS.has(event) && per === null;
    const period = quantity.kind === "count" ? (periods[(inMain ? 0 : 2) + (stock ? 1 : 0)] ??= clausePeriod(input, s, main, inMain, stock)) : NO_PERIOD;
    const draft: Draft = {
      quantity, sentence: s, counted, event, per,
      source: sourceOf(inMain ? 0 : 1),
      periodStart: period.start, periodEnd: period.end, saidOn: period.saidOn,
    };
    drafts.push(draft);
    if (quantity.kind === "count") items.push({ draft, from, end: phraseEnd });
  }
  shareListEvents(items, ws, text);
}

/** Plurals of people: "officers", "protesters", "civilians", "troops". */
const PEOPLE_PLURAL = /(?:ers|ors|ists|ians|ees|ants|ents|people|police|troops|men|children|soldiers)$/i;

/** "an attack that killed 31": a relative clause whose verb takes the figure. */
function killedByRelative(ws: readonly Word[], from: number): boolean {
  return from >= 2 && isEventWord(ws[from - 1]!.lower) && (ws[from - 2]!.lower === "that" || ws[from - 2]!.lower === "which");
}

interface ListItem {
  draft: Draft;
  from: number;
  end: number;
}

/**
 * "One French citizen, one Belgian and three Malians are killed", "Four National Guard aircrew members and seven
 * Marines died", "killed 17 tourists and two others": the items of a list of counts share the event the list
 * states once. Items are joined by a comma, "and" or "or" and nothing else; an item that has an event of its own
 * keeps it, and a list whose items name different events (or a state, such as "present") is left as it is.
 */
function shareListEvents(items: readonly ListItem[], ws: readonly Word[], text: string): void {
  let first = 0;
  for (let k = 1; k <= items.length; k++) {
    if (k < items.length && listed(items[k - 1]!, items[k]!, ws, text)) continue;
    if (k - first >= 2) {
      const events = new Set<string>();
      for (let i = first; i < k; i++) if (items[i]!.draft.event !== null) events.add(items[i]!.draft.event!);
      const [event] = events;
      // (a stock's period was read as "as of" a day: an event that would change it is not shared)
      if (events.size === 1 && !STOCK_EVENTS.has(event!)) for (let i = first; i < k; i++) items[i]!.draft.event ??= event!;
    }
    first = k;
  }
}

/** Is `b` the next item of a list after `a`: only ",", "and", "or" or ", and" between them? */
function listed(a: ListItem, b: ListItem, ws: readonly Word[], text: string): boolean {
  if (b.from === a.end) return a.end > 0 && ws[b.from]!.clauseBreak && /^\s*,\s*$/.test(text.slice(ws[a.end - 1]!.end, ws[b.from]!.start));
  if (b.from !== a.end + 1) return false;
  const link = ws[a.end]!;
  return (link.lower === "and" || link.lower === "or") && !ws[b.from]!.clauseBreak && (!link.clauseBreak || /^\s*,\s*$/.test(text.slice(ws[a.end - 1]!.end, link.start)));
}

/** The days the main clause of a sentence (or its parenthetical) covers; none without a publication day. */
function clausePeriod(input: ArticleInput, s: Span, main: number, inMain: boolean, stock: boolean): Period {
  if (input.published === null) return NO_PERIOD;
  const clause = inMain ? input.text.slice(s.start, main) : input.text.slice(main, s.end);
  return periodIn(clause, { published: input.published, campaignStart: input.campaignStart ?? input.published }, { stock });
}

/** A source written as a full name ("Sheikh Abdullah Alyawer"), which later pronouns refer to. */
const FULL_NAME = /\p{Lu}\S*\s+\p{Lu}/u;

/** A sentence with a verb of saying: its words, where its main clause ends, and the sources of the main clause and of the parenthetical after a dash. */
interface Said {
  ws: Word[];
  main: number;
  raw: [RawSource | null, RawSource | null];
}

/**
 * An article's sources. A description ("a Mosul official") resolves to the fullest name the article
 * gives, among its appositives and its named speakers; a pronoun stands for the last source before it
 * that resolved to a full name. Most sentences have no figure, so each is read for sources only when a
 * figure needs it: its own, a pronoun's antecedents (read backwards), or the speakers a description may
 * refer to. Sources are numbered in reading order: 2 * sentence + clause (0 main, 1 after a dash).
 */
class Speakers {
  /** Per sentence: whether it has a verb of saying, and then its words and sources; undefined until read. */
  private readonly speaking: (boolean | undefined)[] = [];
  /** The text in lower case with plain apostrophes (null when its offsets would not be the text's); undefined until needed. */
  private lower: string | null | undefined;
  private readonly said: (Said | null | undefined)[] = [];
  /** Per sentence: the speakers it names, as known sources; undefined until needed. */
  private readonly named: (KnownSource[] | undefined)[] = [];
  private readonly resolved = new Map<number, string>();
  private appositives: KnownSource[] | null = null;
  private readonly knownByHead = new Map<string, KnownSource[]>();
  /** The last full name among the sources before `checkedTo`. */
  private lastNamed: string | null = null;
  private checkedTo = 0;

  constructor(private readonly text: string, private readonly spans: readonly Span[]) {}

  /** Sentence k's words and sources, read once; null without a verb of saying. */
  sentence(k: number): Said | null {
    let said = this.said[k];
    if (said === undefined) {
      const s = this.spans[k]!;
      said = null;
      if (this.speaks(k)) {
        const ws = words(this.text, s.start, s.end);
        const main = mainClauseEnd(s);
        const split = firstAtOrAfter(ws, main);
        said = { ws, main, raw: [attributionIn(ws.slice(0, split)), split < ws.length ? attributionIn(ws.slice(split)) : null] };
      }
      this.said[k] = said;
    }
    return said;
  }

  /** The resolved source of a clause of sentence k, or null. Called in reading order, and again for each figure of the clause (the second time from the caches). */
  source(k: number, clause: 0 | 1): string | null {
    const raw = this.sentence(k)?.raw[clause];
    if (!raw) return null;
    const at = 2 * k + clause;
    return raw.pronoun ? resolveSource(raw, this.spans[k]!.start, (head) => this.knownSources(head), this.lastNamedBefore(at)) : this.resolve(at, raw);
  }

  private speaks(k: number): boolean {
    return (this.speaking[k] ??= mayAttribute(this.spans[k]!.text));
  }

  private resolve(at: number, raw: RawSource): string {
    let name = this.resolved.get(at);
    if (name === undefined) {
      name = resolveSource(raw, this.spans[at >> 1]!.start, (head) => this.knownSources(head), null);
      this.resolved.set(at, name);
    }
    return name;
  }

  /** The last source before a reading position that resolved to a full name: the sources since the last call are read backwards. */
  private lastNamedBefore(at: number): string | null {
    for (let p = at - 1; p >= this.checkedTo; p--) {
      const raw = this.sentence(p >> 1)?.raw[p & 1];
      if (!raw || raw.pronoun) continue;
      const name = this.resolve(p, raw);
      if (FULL_NAME.test(name)) {
        this.lastNamed = name;
        break;
      }
    }
    this.checkedTo = Math.max(this.checkedTo, at);
    return this.lastNamed;
  }

  /** Known sources for a description with this head noun, as resolveSource needs them. */
  private knownSources(head: string): readonly KnownSource[] {
    let known = this.knownByHead.get(head);
    if (!known) this.knownByHead.set(head, (known = this.readKnown(head)));
    return known;
  }

  /**
   * Appositives ("Name, a tribal leader") and named speakers whose words include the head noun, by offset. Such a
   * speaker is named in a sentence whose text includes the head: only those sentences are read.
   */
  private readKnown(head: string): KnownSource[] {
    const appositives = (this.appositives ??= appositiveSources(this.text));
    const lower = (this.lower ??= lowerText(this.text));
    const known = appositives.filter((a) => a.words.has(head));
    for (const k of lower === null ? this.spans.keys() : sentencesWith(this.spans, lower, head)) {
      for (const n of this.namedIn(k)) if (n.words.has(head)) known.push(n);
    }
    return known.sort((a, b) => a.at - b.at);
  }

  /** The speakers sentence k names (its sources but pronouns), read once for all head nouns. */
  private namedIn(k: number): KnownSource[] {
    let named = this.named[k];
    if (named === undefined) {
      named = [];
      const at = this.spans[k]!.start;
      for (const a of this.sentence(k)?.raw ?? []) if (a && !a.pronoun) named.push({ name: a.text, words: new Set(contentWords(a.text)), at });
      this.named[k] = named;
    }
    return named;
  }
}

/**
 * The text in lower case with plain apostrophes, as contentWords() reads words, if a word's lower case is
 * found at the word's own offsets: lower-casing maps each character on its own and keeps lengths, except
 * for a dotted capital I and a capital sigma (which may turn final); null when the text has either.
 */
function lowerText(text: string): string | null {
  if (text.includes("İ") || text.includes("Σ")) return null;
  const lower = text.toLowerCase();
  return lower.includes("’") ? lower.replaceAll("’", "'") : lower;
}

/**
 * Indices of the sentences that may have a content word among their words, in order, found in the text's
 * lower case: where it stands with no ASCII letter or digit on either side (such a neighbour would be part
 * of the same content word).
 */
function sentencesWith(spans: readonly Span[], lower: string, word: string): number[] {
  const found: number[] = [];
  let k = 0;
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at > 0 && isAsciiAlnum(lower.charCodeAt(at - 1))) || (end < lower.length && isAsciiAlnum(lower.charCodeAt(end)))) continue;
    while (k < spans.length && spans[k]!.end < end) k++;
    if (k === spans.length) break;
    if (spans[k]!.start <= at && found[found.length - 1] !== k) found.push(k);
  }
  return found;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

const LINK_LINE = /^\s*(?:READ|Read|WATCH|Watch|RELATED|Related|SEE|See|MORE|More)(?:\s+(?:more|this|also|MORE|THIS|ALSO))?\s*:/;

/** A dash opens a parenthetical: text after " — " has its own attribution. */
function mainClauseEnd(s: Span): number {
  const dash = s.text.search(/\s[—–]\s|\s--\s/);
  return dash === -1 ? s.end : s.start + dash;
}

const NO_PERIOD: Period = { start: null, end: null, saidOn: null };

/** Index of the first word starting at or after an offset (binary search: sentences can be long). */
function firstAtOrAfter(ws: readonly Word[], at: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adjectives that stand for the people counted before them in the sentence: "nine protesters were killed and 100 injured". */
const CASUALTY_ADJECTIVES = new Set(["injured", "wounded", "hurt", "dead"]);

/** Words after a figure with no noun of its own that refer back to one counted before in the sentence. */
const BACK_REFERENCE = new Set(["were", "was", "had", "have", "are", "is", "in", "at", "on", "from", "of", "who", "which", "that", "more", "to", "for", "last", "this", "each"]);

/** "a day", "each week", "per year" at words[at]: a rate, after a figure whose noun is the one counted before. */
function rateWordsAt(ws: readonly Word[], at: number): boolean {
  const w = ws[at];
  const period = ws[at + 1];
  return w !== undefined && period !== undefined && !w.clauseBreak && !period.clauseBreak && /^(?:a|an|each|every|per)$/.test(w.lower) && /^(?:day|night|hour|minute|week|month|year)$/.test(period.lower);
}

/** "a mother of three", "father of two": children (grandchildren after a grandparent). */
function childrenOf(ws: readonly Word[], from: number): string | null {
  if (from < 2 || ws[from - 1]!.lower !== "of" || ws[from]!.clauseBreak || ws[from - 1]!.clauseBreak || !PARENTS.has(ws[from - 2]!.lower)) return null;
  return ws[from - 2]!.lower.startsWith("grand") ? "grandchildren" : "children";
}

/** The word after a figure could begin its noun (a lower-case word that is not a verb of being or a preposition). */
function isNounishAfter(ws: readonly Word[], at: number): boolean {
  const w = ws[at];
  return w !== undefined && !BACK_REFERENCE.has(w.lower) && !/^(?:to|by|for|and|or|but|as|than|a|an|the|with|per|after|before|since|into|last|this|so|far|now|then|including)$/.test(w.lower) && !isEventWord(w.lower);
}

/** Collective nouns that "of" and a number count: "a crew of 470", "a force of 3,000". */
/**
 * The noun counted before, carried to a figure without one; "100 Saudi jets ... and 10 from Qatar": not
 * Saudi, so a capitalised modifier stays behind when the figure says where its own come from.
 */
function carried(counted: string | null, ws: readonly Word[], to: number): string | null {
  // "15 each from Kuwait", "30 from the United Arab Emirates"
  const from = ws[to]?.lower === "each" && !ws[to]!.clauseBreak ? to + 1 : to;
  const name = ws[from + 1]?.lower === "the" ? from + 2 : from + 1;
  if (counted === null || ws[from]?.lower !== "from" || !CAPITALISED.test(ws[name]?.text ?? "") || ws[from]!.clauseBreak) return counted;
  const parts = counted.split(" ");
  let k = 0;
  while (k < parts.length - 1 && CAPITALISED.test(parts[k]!)) k++;
  return parts.slice(k).join(" ");
}

/** Verbs of a changing total: the plural before them is what the figures after them count. */
const TREND_VERBS = new Set(["rose", "risen", "jumped", "climbed", "increased", "grew", "grown", "fell", "fallen", "dropped", "declined", "soared", "surged", "doubled", "tripled", "plunged", "plummeted", "swelled"]);
const PARENTS = new Set(["mother", "father", "mom", "mum", "dad", "parent", "parents", "grandmother", "grandfather", "grandparent", "grandparents", "mothers", "fathers"]);
const COLLECTIVES = new Set(["family", "crew", "force", "army", "team", "staff", "group", "contingent", "delegation", "population", "workforce", "squad", "fleet", "garrison", "convoy", "flotilla", "caravan", "crowd", "class", "cohort", "field", "audience"]);

/**
 * What a figure without a noun counts, named before it in its clause: "the number of hostages ... to 150"
 * counts hostages, "the death toll ... at 48" deaths, "a crew of 470" crew members (the collective's name).
 */
function countedBefore(ws: readonly Word[], from: number): string | null {
  const of = ws[from - 1];
  // ("a family of four": family members)
  if (of && of.lower === "of" && !ws[from]?.clauseBreak && from >= 2 && COLLECTIVES.has(ws[from - 2]!.lower) && !ws[from - 1]!.clauseBreak) return ws[from - 2]!.lower === "family" ? "family members" : ws[from - 2]!.text;
  for (let k = from - 1; k >= 0 && k >= from - 12; k--) {
    const w = ws[k]!;
    if (w.lower === "toll" && k > 0 && /^(?:death|casualty|fatality)$/.test(ws[k - 1]!.lower)) return "deaths";
    if (w.lower === "number" && ws[k + 1]?.lower === "of" && k + 2 < from && !ws[k + 2]!.clauseBreak) {
      const c = countedAfter(ws, k + 2, from);
      return c.counted;
    }
    // "rape cases have jumped from 2,487 in 1971 to 24,206": what rose, named before the verb (else read on:
    // "the number of teams involved has doubled from 10")
    if (TREND_VERBS.has(w.lower)) {
      const rose = pluralBefore(ws, k);
      if (rose !== null) return rose;
    }
    if (ws[k]!.clauseBreak && k < from - 1) break;
  }
  return null;
}

/** Between two words, only spaces and an opening quotation mark: `killed three "male vigilante members,"`. */
function openingQuote(text: string, before: Word, w: Word): boolean {
  return /^\s+["\u201c]$/.test(text.slice(before.end, w.start));
}

/** words[from, to) is "of" and at most two determiners: "four of her [30 students]". */
function ofBefore(ws: readonly Word[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3 || ws[from]!.lower !== "of" || ws[from]!.clauseBreak) return false;
  for (let i = from + 1; i < to; i++) if (!(/^(the|their|her|his|its|our|my|your|these|those|past|last|first|next|other|remaining|top)$/.test(ws[i]!.lower) || NAME_POSSESSIVE.test(ws[i]!.text)) || ws[i]!.clauseBreak) return false;
  return to < ws.length && !ws[to]!.clauseBreak;
}

function clauseEndIndex(ws: readonly Word[], from: number, limit: number): number {
  for (let i = from + 1; i < limit; i++) if (ws[i]!.clauseBreak && !/^(and|or)$/.test(ws[i]!.lower)) return i;
  return limit;
}

/**
 * The event: first a verb after what is counted ("were killed", "liberated"), else the nearest one
 * before the figure ("executed about 40 people"); "executions" outranks a plain killing verb, as
 * it says more.
 */
function eventAround(ws: readonly Word[], afterFrom: number, afterTo: number, beforeFrom: number, beforeTo: number, nextFigure: number, plural: boolean): string | null {
  // "killed at least 137 people and wounded hundreds more": a verb right before the next figure is its own
  const governsNext = nextFigure < ws.length && !ws[nextFigure]!.clauseBreak;
  const after = findEvents(ws, afterFrom, afterTo).filter((e) => !governsNext || e.index + e.length !== nextFigure || e.event === "fleeing");
  if (after.length > 0) return after[0]!.event;
  const beyond = eventBeyondAside(ws, afterTo, ws.length, plural);
  if (beyond !== null) return beyond;
  // "Israel seized ... from Egypt and Syria, two Soviet allies": a verb cut off by a break before the figure
  // belongs to another clause; "he was captured by two men": the figure is the agent, not what was captured
  if (ws[beforeTo]?.clauseBreak) return null;
  // "a moniker she earned for one particularly inane call", "identified as one belonging to": a preposition governs the figure
  if (beforeTo > 0 && /^(?:by|as|for|like|than)$/.test(ws[beforeTo - 1]!.lower)) return null;
  const before = findEvents(ws, beforeFrom, beforeTo);
  // a verb more than BEFORE_REACH words before the figure has its own object in between ("found no cause to
  // prosecute him on charges of carrying two firearms"); the nearest one within reach is the figure's
  const last = before[before.length - 1];
  if (last === undefined || last.index + last.length < beforeTo - BEFORE_REACH) return null;
  // "were killed in two attacks", "is sold in a few stores", "taking shelter in the 37 centers": the figure is
  // governed by its preposition, not by the verb ("charged with two counts" is what they are charged with)
  for (let i = beforeTo - 1; i >= last.index + last.length && i >= beforeTo - 3; i--) {
    if (PLACE_PREPOSITIONS.has(ws[i]!.lower)) return null;
    if (!FIGURE_DETERMINERS.has(ws[i]!.lower)) break;
  }
  // ("These follow executions ..., when ISIS militants rounded up and shot dead 284 men")
  if (before.some((e) => e.event === "executed") && last.event === "killed") return "executed";
  return last.event;
}

/**
 * The passive verb past an aside that ends the figure's clause: "nine people, including four attackers, were
 * killed", "Another four -- including Sukumaran -- were arrested", "Four missionaries from ... Devils Lake, North
 * Dakota were released". `at` is the break that ended the clause; the aside runs to the next break, or is the
 * rest of a place name ("Lake, North Dakota").
 */
function eventBeyondAside(ws: readonly Word[], at: number, limit: number, plural: boolean): string | null {
  if (at >= limit || !ws[at]!.clauseBreak) return null;
  let next = at + 1;
  while (next < limit && !ws[next]!.clauseBreak) next++;
  let from = -1;
  if (PASSIVE_AUXILIARIES.has(ws[at]!.lower)) from = at;
  else if (next < limit && PASSIVE_AUXILIARIES.has(ws[next]!.lower)) from = next;
  else if (at > 0 && CAPITALISED.test(ws[at - 1]!.text) && CAPITALISED.test(ws[at]!.text)) from = at + 1;
  if (from === -1 || from >= limit) return null;
  // the auxiliary agrees with the figure ("an American pastor wanted for 59 counts ..., was arrested": the pastor)
  const aux = from === at || from === next ? from : -1;
  if (aux !== -1 && (plural ? SINGULAR_AUXILIARIES : PLURAL_AUXILIARIES).has(ws[aux]!.lower)) return null;
  let end = from + 1;
  while (end < limit && !ws[end]!.clauseBreak) end++;
  // only a verb in the passive, right after its auxiliary: the aside's own subject does not take the figure's event
  const found = findEvents(ws, from, Math.min(end, from + 3)).find((e) => e.index > 0 && PASSIVE_AUXILIARIES.has(ws[e.index - 1]!.lower));
  return found?.event ?? null;
}

const PASSIVE_AUXILIARIES = new Set(["were", "was", "are", "is", "been", "be"]);
const SINGULAR_AUXILIARIES = new Set(["was", "is"]);
const PLURAL_AUXILIARIES = new Set(["were", "are"]);

/** Prepositions between a verb and a figure that make the figure theirs: "killed in", "sold to", "evacuated from". */
const PLACE_PREPOSITIONS = new Set(["in", "at", "to", "into", "onto", "from", "during", "across", "after", "before", "near", "inside", "outside", "through", "throughout", "within"]);
const FIGURE_DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "all", "those", "these"]);

/** How many words before a figure the verb of its event may stand: "executed about 40 people", "have interviewed more than two dozen". */
const BEFORE_REACH = 8;

/** Key under which two mentions are the same claim: same wording of the number, same thing, same event. */
function claimKey(d: Draft): string {
  const q = d.quantity;
  const number = q.vague ?? (q.value !== null ? String(q.value) : `${q.rangeLow}-${q.rangeHigh}`);
  return `${q.kind}|${q.unit ?? ""}|${q.hedge ?? ""}|${number}|${d.event ?? ""}`;
}

/** What a group of mentions counts: the words of their counted phrases, and whether one had none. */
interface Group {
  drafts: Draft[];
  words: Set<string>;
  uncounted: boolean;
}

/** Two mentions count the same thing when their phrases share a word ("towns" and "towns and villages"). */
function joins(group: Group, counted: readonly string[] | null): boolean {
  if (counted === null) return group.uncounted;
  return counted.some((w) => group.words.has(w));
}

function add(group: Group, d: Draft, counted: readonly string[] | null): void {
  group.drafts.push(d);
  if (counted === null) group.uncounted = true;
  else for (const w of counted) group.words.add(w);
}

/** A group's fullest reading: the longest counted phrase and source (the first of equal length), the first period and day said. */
interface Fullest {
  counted: string | null;
  source: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  saidOn: string | null;
}

function fullest(group: readonly Draft[]): Fullest {
  let counted: string | null = null;
  let source: string | null = null;
  let withStart: Draft | undefined;
  let withEnd: Draft | undefined;
  let saidOn: string | null = null;
  for (const d of group) {
    if (d.counted !== null && (counted === null || d.counted.length > counted.length)) counted = d.counted;
    if (d.source !== null && (source === null || d.source.length > source.length)) source = d.source;
    if (withStart === undefined && d.periodStart !== null) withStart = d;
    if (withEnd === undefined && d.periodEnd !== null) withEnd = d;
    if (saidOn === null && d.saidOn !== null) saidOn = d.saidOn;
  }
  // the period of the first mention with a start, else of the first with an end
  const period = withStart ?? withEnd;
  return { counted, source, periodStart: period?.periodStart ?? null, periodEnd: period?.periodEnd ?? null, saidOn };
}

/**
 * Mentions of one claim become one figure. The bullet "78 towns liberated ..., says operations
 * center" and the body "78 towns and villages have been liberated" agree on number, thing and
 * event; the figure keeps the fullest reading of each field and the place of its first mention.
 */
export function toFigures(input: ArticleInput, drafts: readonly Draft[], conventions: Conventions): { figures: Figure[]; mentions: Mention[] } {
  const groups: Group[] = [];
  const byKey = new Map<string, Group[]>();
  for (const d of drafts) {
    const key = claimKey(d);
    let candidates = byKey.get(key);
    if (!candidates) byKey.set(key, (candidates = []));
    // The counted phrase's words, read once: a count joins a group that shares one.
    const counted = d.counted === null ? null : contentWords(d.counted);
    let group = d.quantity.kind === "count" ? candidates.find((g) => joins(g, counted)) : undefined;
    if (!group) {
      group = { drafts: [], words: new Set(), uncounted: false };
      groups.push(group);
      candidates.push(group);
    }
    add(group, d, counted);
  }
  const seen = new Map<string, number>();
  const figures: Figure[] = [];
  const mentions: Mention[] = [];
  for (const { drafts: group } of groups) {
    const first = group[0]!;
    const q = first.quantity;
    const { counted, source, periodStart, periodEnd, saidOn } = fullest(group);
    const key = [input.articleId, q.kind, q.unit, q.hedge, q.vague, q.value, q.rangeLow, q.rangeHigh, counted?.toLowerCase() ?? "", first.event].join("|");
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const figureId = stableId("f-", [key, occurrence]);
    const interval = intervalOf(q, conventions);
    figures.push({
      figure_id: figureId,
      article_id: input.articleId,
      origin: "text",
      outlet: input.outlet,
      published: input.published,
      url: input.url,
      kind: q.kind,
      unit: q.unit,
      quantity_text: q.text,
      value: q.value,
      low: interval.low,
      high: interval.high,
      qualifier: interval.qualifier,
      hedge: q.vague ?? q.hedge ?? q.hedgeAfter,
      counted,
      event: first.event,
      metric: null,
      source,
      period_start: periodStart,
      period_end: periodEnd,
      said_on: saidOn,
      per: first.per,
      scope: null,
      note: null,
      sentence: first.sentence.text,
      start: q.start,
      end: q.end,
      line: null,
      mentions: group.length,
    });
    for (const d of group) {
      mentions.push({ figure_id: figureId, article_id: input.articleId, quantity_text: d.quantity.text, sentence: d.sentence.text, start: d.quantity.start, end: d.quantity.end });
    }
  }
  return { figures, mentions };
}

export function extractArticle(input: ArticleInput, conventions: Conventions): { figures: Figure[]; mentions: Mention[] } {
  return toFigures(input, readArticle(input), conventions);
}
