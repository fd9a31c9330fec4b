/**
 * Pure quantity recognizer: finds reported figures ("nearly 400", "200,000 to 300,000", "dozens",
 * "about 30 kilometers") in running text and in CSV cells. No I/O.
 *
 * Shape: one left-to-right pass over the text. Only "trigger" positions (a digit, a currency sign, a vulgar
 * fraction, or a word from the lexicon: number words, hedges, vague words) start a phrase parse. A phrase
 * parse reads tokens forward with lexicon lookups and never backtracks more than a constant number of
 * tokens; when it fails, the scan resumes after the trigger word or after the whole digit chain. There
 * are no backtracking regular expressions, so the cost is linear in the input length.
 *
 * Decisions (see also lexicon.ts and numbers.ts):
 * - Years: a bare 4-digit integer 1800..2100 written without a separator is a year unless a hedge precedes
 *   it ("about 2000") or a count noun or unit follows ("2000 people", "2000 km"). In CSV cells
 *   (parseQuantityText) a bare number is always a count.
 * - Dates and times: a number of 1..31 next to a capitalised month name ("17 October", "Oct. 17") is a
 *   day; digits followed by ":"+digits, "am", "pm", "GMT", "hrs" are times; digit chains with "/" or
 *   several "-"/"." ("9/11", "5/17/2018", "192.168.1.2", "+1-222-2222") are codes; "2014-15" is a year span.
 * - Names and codes: digits glued to letters ("G20", "A4", "4G", "1990s", "21st"), after a letter and a
 *   hyphen ("F-16", "COVID-19", "I-35"), inside hashtags and URLs, after "No."/"number"/"Resolution"..., or
 *   after a capitalised word that does not start the sentence ("Boeing 737", "UN Resolution 2254") are
 *   not quantities.
 * - "one" is a pronoun after a determiner ("the one who", "this one", "no one") and before "of"/"another"/
 *   "who" ("one of the"). Ordinal words ("second week", "the tenth") never start a quantity.
 * - Fractions: "a third", "one-third", "two thirds", "½", "3/4" have value 1/3 etc.; when a fraction has no
 *   integer part the quantity is kind "measure", unit "fraction", unitDimension "fraction". Mixed numbers
 *   ("one and a half") and scaled fractions ("half a million") are plain counts. "a third" followed by a
 *   noun ("a third time") is an ordinal, not a fraction. Digit numerators never take word denominators
 *   ("100 millionths" is 100).
 * - Negative numbers are not read: a leading "-" is a dash or hyphen in news text.
 * - "X out of Y" / "X of Y" (Y >= X, both numbers) gives value X and outOf Y.
 * - Ranges: "a to b", "a-b", "a–b", "a~b", "a through b", "between a and b", "from a to b" need a < b;
 *   "3-2" is a score, not a range. A multiplier on the second end applies to the first when the first is
 *   smaller than it ("1.5 to 2 million" = 1.5M..2M).
 */

import * as lexicon from "./lexicon.ts";
import type { HedgeEntry, HedgeSense, UnitDimension, UnitEntry } from "./lexicon.ts";
import * as numbers from "./numbers.ts";

// Imported bindings copied into module constants once: a loader that compiles modules to CommonJS reads
// every imported name through a getter, and the scan calls these per character.
const {
  AGE_FOLLOWERS, AGE_PRECEDERS, AGE_SUBJECTS, AGE_VERBS, BLOCKS_AFTER, CALL_VERBS, COUNT_NOUNS, DURATION_MODIFIERS,
  KNOCKOUT_ROUNDS, OLD_YEAR_PRECEDERS, ONE_COMPARED, ONE_PHRASE_BLOCKERS, ONE_PHRASE_DETERMINERS, ONE_PHRASE_END,
  STORIES_AFTER, STREET_SUFFIXES, DISTANCE_MODIFIERS, SUBJECT_PRONOUNS, TIME_LABEL_PRECEDERS, CODE_PRECEDERS, DENOMINATORS, DOZEN_WORDS, GLUED_UNITS, HEDGE_ENTRIES, HEDGE_SENSE, A_COUPLE,
  HYPHEN_COUNT_WORDS, MONTHS, MULTIPLIER_WORDS, NOT_HEDGE_AFTER, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE,
  POSTFIX_HEDGE_ENTRIES, TENS_WORDS, TIME_AFTER, TIMES_COMPARATIVE, UNIT_NUMBER_WORDS, UNIT_WORDS,
} = lexicon;
const { VULGAR, digitValue, isDigit, isInlineSpace, isLetter, isUpper, log10Exact, scanDigits, scanValue, scaled } = numbers;

export { HEDGES, VAGUE_TERMS, HEDGE_SENSE } from "./lexicon.ts";
export type { HedgeSense, UnitDimension } from "./lexicon.ts";

export type QuantityKind = "count" | "measure";

export interface Quantity {
  /** UTF-16 offsets of the whole phrase (hedge and unit included), end exclusive */
  start: number;
  end: number;
  text: string;
  /** canonical prefix hedge ("nearly", "more than", "between", ...), lower case; null if none */
  hedge: string | null;
  /** canonical postfix hedge ("or more", "or less", "or so"); null if none */
  hedgeAfter: string | null;
  /** canonical vague term ("dozens", "several hundred", ...); null if the figure is a number */
  vague: string | null;
  /** the single number as reported; null for an explicit range or a vague term */
  value: number | null;
  rangeLow: number | null;
  rangeHigh: number | null;
  /** denominator of "47 out of 74" / "17 of 40"; null otherwise */
  outOf: number | null;
  /** offsets of the numeric part only (no hedge, no unit); for a range, from the first to the last number */
  numberStart: number;
  numberEnd: number;
  kind: QuantityKind;
  unit: string | null;
  unitDimension: UnitDimension | null;
}

// ---------------------------------------------------------------------------------------------------
// low-level token helpers

function skipSp(t: string, p: number): number {
  while (p < t.length && isInlineSpace(t.charCodeAt(p))) p++;
  return p;
}

/** 1 for ASCII letters and digits. */
const ASCII_ALNUM: Uint8Array = (() => {
  const a = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) a[c] = 1;
  return a;
})();

function wordEnd(t: string, p: number): number {
  const n = t.length;
  while (p < n) {
    const c = t.charCodeAt(p);
    if (c < 128) {
      if (ASCII_ALNUM[c] === 0) break;
    } else if (!isLetter(c) && !isDigit(c)) break;
    p++;
  }
  return p;
}

/** Letters only (for units glued to digits). */
function lettersEnd(t: string, p: number): number {
  while (p < t.length && isLetter(t.charCodeAt(p))) p++;
  return p;
}

/** Read-only: wordAt() hands the same object to every caller that asks for the same place. */
interface Word {
  readonly s: number;
  readonly e: number;
  readonly w: string; // lower case
  readonly raw: string;
}

const MAX_WORD = 24;

/**
 * The last word read and where it was asked for: half the calls ask for the place just asked for (the
 * word after a number is read by each test that looks at it), and a word costs a slice, a lower-casing
 * and an object.
 */
const LAST_WORD: { t: string; p: number; word: Word | null } = { t: "", p: -1, word: null };

/** The word starting exactly at p (after skipping inline spaces), or null. */
function wordAt(t: string, p: number): Word | null {
  if (LAST_WORD.p === p && LAST_WORD.t === t) return LAST_WORD.word;
  const word = readWordAt(t, p);
  LAST_WORD.t = t;
  LAST_WORD.p = p;
  LAST_WORD.word = word;
  return word;
}

function readWordAt(t: string, p: number): Word | null {
  const s = skipSp(t, p);
  if (s >= t.length || !isLetter(t.charCodeAt(s))) return null;
  const e = wordEnd(t, s);
  if (e - s > MAX_WORD) return { s, e, w: "", raw: "" };
  const raw = t.slice(s, e);
  return { s, e, w: raw.toLowerCase(), raw };
}

/** The word ending right before p (skipping inline spaces), or null. */
function wordBefore(t: string, p: number): Word | null {
  let e = p;
  while (e > 0 && isInlineSpace(t.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && s > e - MAX_WORD && isLetter(t.charCodeAt(s - 1))) s--;
  if (s === e) return null;
  const raw = t.slice(s, e);
  return { s, e, w: raw.toLowerCase(), raw };
}

function isSentenceStart(t: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0) {
    const c = t.charCodeAt(i);
    if (isInlineSpace(c) || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x28 || c === 0x5b) {
      i--;
      continue;
    }
    return (
      c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 10 || c === 13 || c === 42 || c === 0x2022 ||
      c === 0x2014 || c === 0x2013 || c === 45 || c === 124 || c === 62
    );
  }
  return true;
}

function isNumberWord(w: string): boolean {
  return UNIT_NUMBER_WORDS.has(w) || TENS_WORDS.has(w);
}

/** Does a number (digits or a number word) start at p? Used to refuse postfix hedges like "or less than 6". */
function numberStartsAt(t: string, p: number): boolean {
  const s = skipSp(t, p);
  const c = t.charCodeAt(s);
  if (isDigit(c) || c === 36 || c === 0xa3 || c === 0x20ac) return true;
  const w = wordAt(t, s);
  return w !== null && (isNumberWord(w.w) || w.w === "a" || w.w === "an");
}

// ---------------------------------------------------------------------------------------------------
// hedges

const HEDGE_BY_FIRST = indexEntries(HEDGE_ENTRIES);
const POSTFIX_BY_FIRST = indexEntries(POSTFIX_HEDGE_ENTRIES);

function indexEntries(list: readonly HedgeEntry[]): Map<string, HedgeEntry[]> {
  const m = new Map<string, HedgeEntry[]>();
  for (const e of list) {
    const k = e.words[0]!;
    const arr = m.get(k) ?? [];
    arr.push(e);
    m.set(k, arr);
  }
  for (const arr of m.values()) arr.sort((a, b) => b.words.length - a.words.length);
  return m;
}

interface HedgeMatch {
  entry: HedgeEntry;
  end: number;
}

function matchPhrase(t: string, p: number, index: Map<string, HedgeEntry[]>): HedgeMatch | null {
  const w0 = wordAt(t, p);
  if (!w0) return null;
  const cands = index.get(w0.w);
  if (!cands) return null;
  for (const entry of cands) {
    let end = w0.e;
    let ok = true;
    for (let k = 1; k < entry.words.length; k++) {
      const w = wordAt(t, end);
      if (!w || w.w !== entry.words[k]) {
        ok = false;
        break;
      }
      end = w.e;
    }
    if (ok) {
      if (entry.canonical === "approximately" && t.charCodeAt(end) === 46) end++; // "approx."
      return { entry, end };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// numbers (digits and words)

interface Num {
  start: number;
  end: number;
  value: number;
  /** the value came from a fraction alone ("two thirds", "½", "3/4") */
  fractionOnly: boolean;
  /** a single digit token without separators, decimals or multipliers (candidate year/code) */
  plain: boolean;
  intLen: number;
  /** contains number words */
  wordy: boolean;
  /** the whole number is the word "one" */
  wordOne: boolean;
  /** largest word/suffix multiplier applied (0 if none) */
  mult: number;
  /** a unit glued to the digits ("30km"): the unit and where it ends */
  glued: UnitEntry | null;
  gluedEnd: number;
  dotCandidate: boolean;
  dotValue: number;
}

/** Every call passes all four fields, in this order: one object shape keeps parseNumber's optimized code valid. */
interface NumOpts {
  cell: boolean;
  currency: boolean;
  afterHedge: boolean;
  /** parse only a number below 1000 without big multipliers or fractions (after "and") */
  small: boolean;
}

const SUFFIX_CASED: ReadonlyMap<string, number> = new Map([
  ["k", 1e3], ["K", 1e3], ["M", 1e6], ["MM", 1e6], ["mm_", 0], ["b", 1e9], ["B", 1e9], ["bn", 1e9], ["Bn", 1e9],
  ["BN", 1e9], ["bln", 1e9], ["mn", 1e6], ["mln", 1e6], ["mil", 1e6], ["tn", 1e12], ["tln", 1e12],
]);

/** Lowest non-zero decimal place of an integer (100 for 300, 1 for 21); 0 for non-integers or zero. */
function minPlace(v: number): number {
  if (v <= 0 || !Number.isInteger(v)) return 0;
  let p = 1;
  for (let k = 0; k < 20 && v % (p * 10) === 0; k++) p *= 10;
  return p;
}

/** "zero three" / "seventy-one" after "point": returns [decimal digits, end] */
function readPointDigits(t: string, p: number): [string, number] | null {
  let w = wordAt(t, p);
  if (!w) return null;
  let s = "";
  let end = p;
  const first = UNIT_NUMBER_WORDS.get(w.w);
  const tens = TENS_WORDS.get(w.w);
  if (tens !== undefined) {
    let v = tens;
    end = w.e;
    let q = skipSp(t, end);
    if (t.charCodeAt(q) === 45) q++;
    const u2 = wordAt(t, q);
    const uv = u2 ? UNIT_NUMBER_WORDS.get(u2.w) : undefined;
    if (u2 && uv !== undefined && uv >= 1 && uv <= 9) {
      v += uv;
      end = u2.e;
    }
    return [String(v), end];
  }
  if (first !== undefined && first >= 10) return [String(first), w.e];
  while (w) {
    const d = UNIT_NUMBER_WORDS.get(w.w);
    if (d === undefined || d > 9) break;
    s += String(d);
    end = w.e;
    w = wordAt(t, end);
  }
  return s ? [s, end] : null;
}

/** Is the token after p "of", punctuation or the end (so that "a third" is a fraction, not an ordinal)? */
function fractionContextAfter(t: string, p: number): boolean {
  const q = skipSp(t, p);
  if (q >= t.length) return true;
 const c = t.charCodeAt(q);
  if (c === 45 || c === 0x2010) return false; // "an eighth-grade student"
  if (!isLetter(c) && !isDigit(c)) return true;
  const w = wordAt(t, q);
  return w !== null && (w.w === "of" || w.w === "and" || w.w === "or");
}

/**
 * Parse a number (digits, words, or both) starting at p. Returns null if no number starts there, or
 * `"code"` if the digits are a code/time/date chain that must be skipped.
 */
function parseNumber(t: string, p: number, o: NumOpts): Num | null | "code" {
  let total = 0;
  let H = 0;
  let S = 0;
  /** 0 nothing in S, 1 digits, 2 unit word 1..9, 3 tens word, 4 teen/ten/zero, 5 composite (after "and") */
  let sKind = 0;
  let any = false;
  let lastMult = 0;
  let maxMult = 0;
  let end = p;
  let wordy = false;
  let fractionOnly = false;
  let plain = false;
  let intLen = 0;
  let digitScale: { digits: string; fracLen: number; exp10: number } | null = null;
  let wordOne = false;
  let glued: UnitEntry | null = null;
  let gluedEnd = p;
  let dotCandidate = false;
  let dotValue = 0;
  let words = 0;
  let aStart = false;
  let done = false; // a fraction or decimal closed the number

  const c0 = t.charCodeAt(p);
  const vul0 = VULGAR.get(c0);
  if (vul0 !== undefined) {
    return {
      start: p, end: p + 1, value: vul0, fractionOnly: true, plain: false, intLen: 0, wordy: false, wordOne: false,
      mult: 0, glued: null, gluedEnd: p + 1, dotCandidate: false, dotValue: 0,
    };
  }
  if (isDigit(c0) || (c0 === 46 && isDigit(t.charCodeAt(p + 1)))) {
    const sc = scanDigits(t, p, o.cell);
    if (sc.code) return "code";
    end = sc.end;
    S = scanValue(sc);
    sKind = 1;
    any = true;
    intLen = sc.intLen;
    plain = !sc.grouped && sc.fracLen === 0 && sc.exp10 === 0;
    digitScale = { digits: sc.digits, fracLen: sc.fracLen, exp10: sc.exp10 };
    if (sc.dotCandidate) {
      dotCandidate = true;
      dotValue = Number(sc.digits);
    }
    const c = t.charCodeAt(end);
    if (isLetter(c)) {
      const le = lettersEnd(t, end);
      const suf = t.slice(end, le);
      const afterSuf = t.charCodeAt(le);
      if (isDigit(afterSuf)) {
        // "km2"
        const we = wordEnd(t, end);
        const g = GLUED_UNITS.get(t.slice(end, we).toLowerCase());
        if (g && !isLetter(t.charCodeAt(we))) {
          glued = g;
          gluedEnd = we;
          return makeNum(p, end, total + H + S, fractionOnly, plain, intLen, wordy, wordOne, maxMult, glued, gluedEnd, dotCandidate, dotValue);
        }
        return "code";
      }
      let m = SUFFIX_CASED.get(suf);
      if (suf === "m" && o.currency) m = 1e6;
      if (suf === "T" && o.currency) m = 1e12;
      if (m) {
        S = scaled(sc.digits, sc.fracLen, sc.exp10 + log10Exact(m));
        maxMult = m;
        lastMult = m;
        total = S;
        S = 0;
        sKind = 0;
        plain = false;
        end = le;
        return makeNum(p, end, total + H + S, fractionOnly, plain, intLen, wordy, wordOne, maxMult, glued, gluedEnd, dotCandidate, dotValue);
      }
      const g = GLUED_UNITS.get(suf.toLowerCase()) ?? (suf === "km" ? GLUED_UNITS.get("km") : undefined);
      if (g) {
        glued = g;
        gluedEnd = le;
        if (t.charCodeAt(le) === 0xb2) gluedEnd = le + 1; // km²
        return makeNum(p, end, total + H + S, fractionOnly, plain, intLen, wordy, wordOne, maxMult, glued, gluedEnd, dotCandidate, dotValue);
      }
      return "code"; // 21st, 4G, 1990s, 1530hrs, 06F6
    }
    if (c === 47 && isDigit(t.charCodeAt(end + 1))) {
      // a/b: a simple fraction (denominator 2..10, numerator smaller), else a date or code
      const sc2 = scanDigits(t, end + 1, false);
      const den = Number(sc2.digits);
      const after = t.charCodeAt(sc2.end);
      if (
        plain && sc2.fracLen === 0 && !sc2.grouped && den >= 2 && den <= 10 && S < den && S > 0 &&
        after !== 47 && !isDigit(after) && !isLetter(after) && after !== 45
      ) {
        S = S / den;
        fractionOnly = true;
        plain = false;
        end = sc2.end;
        return makeNum(p, end, total + H + S, fractionOnly, plain, intLen, wordy, wordOne, maxMult, glued, gluedEnd, dotCandidate, dotValue);
      }
      return "code";
    }
    const vul = VULGAR.get(c);
    if (vul !== undefined && plain) {
      S += vul;
      end++;
      plain = false;
      return makeNum(p, end, total + H + S, fractionOnly, plain, intLen, wordy, wordOne, maxMult, glued, gluedEnd, dotCandidate, dotValue);
    }
    // "2 1/4"
    if (plain && isInlineSpace(c)) {
      const q = skipSp(t, end);
      if (isDigit(t.charCodeAt(q)) && !isDigit(t.charCodeAt(q + 1)) && t.charCodeAt(q + 1) === 47) {
        const num = digitValue(t.charCodeAt(q));
        const den = digitValue(t.charCodeAt(q + 2));
        const after = t.charCodeAt(q + 3);
        if (num > 0 && den > num && !isDigit(after) && after !== 47) {
          S += num / den;
          end = q + 3;
          plain = false;
          return makeNum(p, end, total + H + S, fractionOnly, plain, intLen, wordy, wordOne, maxMult, glued, gluedEnd, dotCandidate, dotValue);
        }
      }
    }
  }


  // word loop (also continues after leading digits: "3 thousand 300", "1.5 million", "322 hundred")
  for (let guard = 0; guard < 64 && !done; guard++) {
    const q = skipSp(t, end);
    const c = t.charCodeAt(q);
    if (isDigit(c)) {
      // digits only after a word multiplier: "4 thousand 3 hundred", "3 thousand 300"
      if (!any || sKind !== 0 || (H === 0 && lastMult === 0)) break;
      const sc = scanDigits(t, q, o.cell);
      if (sc.code || isLetter(t.charCodeAt(sc.end))) break;
      const v = scanValue(sc);
      const limit = H > 0 ? 100 : lastMult;
      if (v >= limit || v <= 0) break;
      S = v;
      sKind = 1;
      end = sc.end;
      continue;
    }
    if (c === 45 || c === 0x2013) {
      // hyphen: "twenty-three", "fifty - two", "one-third", "hundred-fifths"
      const w = wordAt(t, q + 1);
      if (!w) break;
      if (sKind === 3 && (UNIT_NUMBER_WORDS.get(w.w) ?? 0) >= 1 && (UNIT_NUMBER_WORDS.get(w.w) ?? 10) <= 9) {
        S += UNIT_NUMBER_WORDS.get(w.w)!;
        sKind = 2;
        end = w.e;
        continue;
      }
      // "Five-hundred", "two-thousand": the scale word goes on after the hyphen
      if (wordy && any && w.s === q + 1 && (w.w === "hundred" || w.w === "thousand" || w.w === "million" || w.w === "billion")) {
        end = q + 1;
        continue;
      }
      const d = DENOMINATORS.get(w.w);
      if (d && wordy && !o.small) {
        const v = total + H + S;
        if (v > 0 && (d.plural ? true : v === 1)) {
          const r = v / d.den;
          fractionOnly = r < 1;
          total = r;
          H = S = 0;
          wordOne = false;
          end = w.e;
          done = true;
          continue;
        }
      }
      break;
    }
    if (!isLetter(c)) break;
    const w = wordAt(t, q);
    if (!w) break;
    const ww = w.w;
    const uw = UNIT_NUMBER_WORDS.get(ww);
    if (uw !== undefined) {
      if (!any) {
        S = uw;
        sKind = uw >= 1 && uw <= 9 ? 2 : 4;
        wordOne = ww === "one";
      } else if (sKind === 3 && uw >= 1 && uw <= 9) {
        S += uw;
        sKind = 2;
      } else if (sKind === 0 && (H > 0 || lastMult > 0) && !aStart) {
        S = uw;
        sKind = uw >= 1 && uw <= 9 ? 2 : 4;
      } else if (sKind === 0 && aStart) {
        break;
      } else break;
      if (ww !== "one" || any) wordOne = wordOne && !any;
      any = true;
      wordy = true;
      words++;
      end = w.e;
      continue;
    }
    const tw = TENS_WORDS.get(ww);
    if (tw !== undefined) {
      if (!any || (sKind === 0 && (H > 0 || lastMult > 0))) {
        S = tw;
        sKind = 3;
        any = true;
        wordy = true;
        wordOne = false;
        words++;
        end = w.e;
        continue;
      }
      break;
    }
    if (ww === "hundred" || ww === "hundreds" && any && sKind !== 0 && sKind !== 5) {
      if (H !== 0) break;
      if (!any) {
        // bare "hundred thousand"
        const nx = wordAt(t, w.e);
        const m = nx ? MULTIPLIER_WORDS.get(nx.w) : undefined;
        if (!m || m < 1000) break;
        S = 1;
      }
      if (ww === "hundreds" && sKind !== 2 && sKind !== 3 && sKind !== 4) break;
      if (sKind === 1 && digitScale && total === 0) {
        H = scaled(digitScale.digits, digitScale.fracLen, digitScale.exp10 + 2);
      } else H = (S === 0 ? 1 : S) * 100;
      S = 0;
      sKind = 0;
      any = true;
      wordy = true;
      wordOne = false;
      plain = false;
      maxMult = Math.max(maxMult, 100);
      words++;
      end = w.e;
      continue;
    }
    let mult = MULTIPLIER_WORDS.get(ww);
    if (mult === undefined && sKind === 1 && H === 0 && lastMult === 0) {
      const m2 = SUFFIX_CASED.get(w.raw);
      if (m2 && (w.raw !== "b" && w.raw !== "B")) mult = m2; // "2.33 k", "1,674,200.5 M"
    }
    if (mult !== undefined && mult >= 1000) {
      if (o.small) break;
      const group = H + S;
      if (!any) break;
      if (group === 0) {
        if (total > 0 && mult > lastMult && lastMult > 0 && sKind === 0 && !fractionOnly) {
          total *= mult; // "three lakh crore"
        } else break;
      } else {
        if (lastMult > 0 && mult >= lastMult) break;
        if (sKind === 1 && H === 0 && digitScale && total === 0) {
          total = scaled(digitScale.digits, digitScale.fracLen, digitScale.exp10 + log10Exact(mult));
        } else total += group * mult;
      }
      H = S = 0;
      sKind = 0;
      lastMult = mult;
      maxMult = Math.max(maxMult, mult);
      wordy = true;
      wordOne = false;
      plain = false;
      fractionOnly = false;
      words++;
      end = w.e;
      continue;
    }
    if (DOZEN_WORDS.has(ww)) {
      if (!any) break;
      if (sKind === 0 && !aStart) break;
      if (S >= 100 || S === 0) {
        if (!aStart) break;
      }
      S = (S === 0 ? 1 : S) * 12;
      sKind = 5;
      wordy = true;
      wordOne = false;
      plain = false;
      aStart = false;
      end = w.e;
      continue;
    }
    if ((ww === "a" || ww === "an") && !any) {
      const nx = wordAt(t, w.e);
      if (!nx) break;
      const nw = nx.w;
      const d = DENOMINATORS.get(nw);
      if (
        (nw === "hundred" || (MULTIPLIER_WORDS.get(nw) ?? 0) >= 1000 || DOZEN_WORDS.has(nw)) ||
        (d && !d.plural && (nw === "half" || fractionContextAfter(t, nx.e) || o.afterHedge))
      ) {
        S = 1;
        sKind = 0;
        any = true;
        aStart = true;
        wordy = true;
        end = w.e;
        if (d) {
          S = 1 / d.den;
          fractionOnly = true;
          end = nx.e;
          done = true;
        }
        continue;
      }
      break;
    }
    if ((ww === "half" || ww === "quarter") && !any) {
      const f = ww === "half" ? 0.5 : 0.25;
      let nx = wordAt(t, w.e);
      let e2 = w.e;
      if (nx && (nx.w === "a" || nx.w === "an") && ww === "half") {
        e2 = nx.e;
        nx = wordAt(t, e2);
        if (nx && (nx.w === "dozen")) {
          S = 6;
          sKind = 5;
          any = true;
          wordy = true;
          end = nx.e;
          continue;
        }
      }
      const m = nx ? MULTIPLIER_WORDS.get(nx.w) : undefined;
      if (nx && m && m >= 1000) {
        total = f * m;
        lastMult = m;
        maxMult = m;
        any = true;
        wordy = true;
        end = nx.e;
        continue;
      }
      if (ww === "half" && e2 === w.e && (o.afterHedge || (nx !== null && nx.w === "of"))) {
        S = 0.5;
        fractionOnly = true;
        any = true;
        wordy = true;
        end = w.e;
        done = true;
        continue;
      }
      break;
    }
    if (ww === "and" && any && wordy && !o.small) {
      // "one hundred and three", "three and a half", "one million and a half", "twenty and three fifths"
      const after = w.e;
      const fr = parseProperFraction(t, after);
      if (fr) {
        const nx = wordAt(t, fr.end);
        const nm = nx ? MULTIPLIER_WORDS.get(nx.w) : undefined;
        if (nm && nm >= 1000 && (lastMult === 0 || nm < lastMult)) {
          S += fr.value; // "one billion and a half million", "five and a half million"
          sKind = 5;
        } else if (H === 0 && S === 0 && lastMult >= 1000) {
          total += fr.value * lastMult; // "one million and a half"
          sKind = 0;
        } else {
          S += fr.value;
          sKind = 5;
        }
        fractionOnly = false;
        end = fr.end;
        continue;
      }
      const sub = parseNumber(t, skipSp(t, after), { cell: o.cell, currency: o.currency, afterHedge: o.afterHedge, small: true });
      if (sub && sub !== "code" && sub.value > 0 && Number.isInteger(sub.value) && !sub.glued) {
        const group = H + S;
        const mp = minPlace(group > 0 ? group : total);
        if (mp > 0 && sub.value < mp) {
          S += sub.value;
          sKind = 5;
          end = sub.end;
          continue;
        }
      }
      break;
    }
    const den = DENOMINATORS.get(ww);
    if (den && wordy && any && !o.small && sKind !== 1) {
      const v = total + H + S;
      if (v > 0 && (den.plural ? v !== 1 || ww === "halves" : v === 1 && fractionContextAfter(t, w.e))) {
        const r = v / den.den;
        fractionOnly = r < 1;
        total = r;
        H = S = 0;
        wordOne = false;
        end = w.e;
        done = true;
        continue;
      }
      break;
    }
    if (ww === "point" && any && sKind !== 1 && !fractionOnly) {
      const pd = readPointDigits(t, w.e);
      if (!pd) break;
      S += Number(`0.${pd[0]}`);
      wordOne = false;
      end = pd[1];
      done = true;
      continue;
    }
    break;
  }
  if (!any) return null;
  if (aStart && S === 1 && H === 0 && total === 0 && !fractionOnly) return null; // lone "a"
  // "two thirds of a million"
  if (fractionOnly && done) {
    const of = wordAt(t, end);
    if (of && of.w === "of") {
      const a = wordAt(t, of.e);
      if (a && (a.w === "a" || a.w === "an")) {
        const m = wordAt(t, a.e);
        const mv = m ? MULTIPLIER_WORDS.get(m.w) : undefined;
        if (m && mv && mv >= 1000) {
          const v = (total + H + S) * mv;
          total = v;
          H = S = 0;
          fractionOnly = false;
          end = m.e;
        }
      }
    }
  }
  void words;
  return makeNum(p, end, total + H + S, fractionOnly, plain, intLen, wordy, wordOne, maxMult, glued, gluedEnd, dotCandidate, dotValue);
}

function makeNum(
  start: number, end: number, value: number, fractionOnly: boolean, plain: boolean, intLen: number, wordy: boolean,
  wordOne: boolean, mult: number, glued: UnitEntry | null, gluedEnd: number, dotCandidate: boolean, dotValue: number,
): Num {
  return { start, end, value, fractionOnly, plain, intLen, wordy, wordOne, mult, glued, gluedEnd, dotCandidate, dotValue };
}

/** "a half", "one half", "two thirds", "three quarters", "fifty-four hundredths": proper fractions only. */
function parseProperFraction(t: string, p: number): { value: number; end: number } | null {
  const w = wordAt(t, p);
  if (!w) return null;
  let num: number;
  let e = w.e;
  if (w.w === "a" || w.w === "an") num = 1;
  else {
    const uw = UNIT_NUMBER_WORDS.get(w.w);
    const tw = TENS_WORDS.get(w.w);
    if (uw !== undefined && uw > 0) num = uw;
    else if (tw !== undefined) {
      num = tw;
      let q = skipSp(t, e);
      if (t.charCodeAt(q) === 45) q++;
      const u2 = wordAt(t, q);
      const uv = u2 ? UNIT_NUMBER_WORDS.get(u2.w) : undefined;
      if (u2 && uv !== undefined && uv >= 1 && uv <= 9) {
        num += uv;
        e = u2.e;
      }
    } else return null;
  }
  let q = skipSp(t, e);
  if (t.charCodeAt(q) === 45) q++;
  const d = wordAt(t, q);
  if (!d) return null;
  const den = DENOMINATORS.get(d.w);
  if (!den) return null;
  if (num === 1 ? den.plural : !den.plural) return null;
  if (num >= den.den) return null;
  return { value: num / den.den, end: d.e };
}

// ---------------------------------------------------------------------------------------------------
// units

interface UnitMatch {
  unit: UnitEntry;
  end: number;
}

const U_PERCENT: UnitEntry = { unit: "percent", dim: "percent" };
const U_PP: UnitEntry = { unit: "percentage_point", dim: "percent" };
const U_TIMES: UnitEntry = { unit: "times", dim: "ratio" };
/** Words between a number and a unit of time that do not make it a duration: "two of years", "three and a half days". */
const NOT_ADJECTIVES: ReadonlySet<string> = new Set([
  "of", "and", "or", "to", "in", "a", "an", "the", "per", "each", "every", "than", "for", "from", "by", "at", "on", "times", "out",
  "last", "next", "this", "that", "previous", "past", "ago", "earlier", "later", "people", "men", "women", "children", "years", "days",
]);
const FREQUENCY_PERIODS: ReadonlySet<string> = new Set(["day", "week", "month", "year", "night", "hour", "minute", "season", "decade", "fortnight"]);
const U_AGE: UnitEntry = { unit: "year", dim: "duration" };
const U_DEGREE: UnitEntry = { unit: "degree", dim: "degree" };
const U_FLIGHT: UnitEntry = { unit: "flight_of_stairs", dim: "distance" };
const U_STONE: UnitEntry = { unit: "st", dim: "weight" };
const U_FOOTBALL_FIELD: UnitEntry = { unit: "football_field", dim: "area" };
const DEGREE_SCALES: ReadonlySet<string> = new Set(["fahrenheit", "celsius", "centigrade", "f", "c", "kelvin"]);
/** After "two degrees": a university degree, not a temperature or an angle. */
const ACADEMIC_AFTER: ReadonlySet<string> = new Set(["in", "from", "at", "and", "of", "with", "bachelor", "master", "masters", "university", "college"]);
/** After "five stone": words that keep it a weight ("13 stone 4lb", "two stone in weight", "five stone heavier"). */
const STONE_AFTER: ReadonlySet<string> = new Set(["in", "and", "heavier", "lighter", "overweight", "of", "to", "after", "before", "by", "when", "at", "since", "but", "so", "lb", "lbs", "pounds"]);
const U_BLOCK: UnitEntry = { unit: "block", dim: "distance" };
const U_STOREY: UnitEntry = { unit: "storey", dim: "distance" };
const AREA_OF: ReadonlyMap<string, string> = new Map([
  ["km", "km2"], ["mi", "mi2"], ["m", "m2"], ["ft", "ft2"], ["yd", "yd2"],
]);

function unitAt(t: string, p: number, n: Num | null, cell: boolean): UnitMatch | null {
  const q = skipSp(t, p);
  const c = t.charCodeAt(q);
  if (c === 37 || c === 0x66a) return { unit: U_PERCENT, end: q + 1 };
  const w = wordAt(t, q);
  if (!w) return null;
  let ww = w.w;
  if (ww === "per") {
    const w2 = wordAt(t, w.e);
    if (w2 && w2.w === "cent") return { unit: U_PERCENT, end: w2.e };
    return null;
  }
  if (ww === "percentage") {
    const w2 = wordAt(t, w.e);
    if (w2 && (w2.w === "point" || w2.w === "points")) return { unit: U_PP, end: w2.e };
  }
  if (ww === "square" || ww === "sq") {
    let e = w.e;
    if (t.charCodeAt(e) === 46) e++;
    const w2 = wordAt(t, e);
    const u2 = w2 ? UNIT_WORDS.get(w2.w) : undefined;
    if (w2 && u2 && AREA_OF.has(u2.unit)) {
      return { unit: { unit: AREA_OF.get(u2.unit)!, dim: "area" }, end: w2.e };
    }
    return null;
  }
  if (ww === "km" && t.charCodeAt(w.e) === 0xb2) return { unit: { unit: "km2", dim: "area" }, end: w.e + 1 };
  if (ww === "times") {
    // "10 times bigger", "four times as often": a multiplier; "arrested three times" stays a count
    let w2 = wordAt(t, w.e);
    // "three times (17%) more likely": over a parenthesis
    if (!w2 && t.charCodeAt(skipSp(t, w.e)) === 40) {
      const close = t.indexOf(")", w.e);
      if (close !== -1 && close - w.e < 20) w2 = wordAt(t, close + 1);
    }
    if (w2 && TIMES_COMPARATIVE.has(w2.w)) return { unit: U_TIMES, end: w.e };
    // "five times Japan's current defense spending", "five times its size": a multiplier
    if (w2 && (w2.w === "its" || w2.w === "their" || t.slice(w2.e, w2.e + 2) === "'s" || t.slice(w2.e, w2.e + 2) === "\u2019s")) return { unit: U_TIMES, end: w.e };
    // "several times a month", "10 times a day": a frequency, not a tally
    const w3 = w2 && (w2.w === "a" || w2.w === "an" || w2.w === "per" || w2.w === "each" || w2.w === "every") ? wordAt(t, w2.e) : null;
    return w3 && FREQUENCY_PERIODS.has(w3.w) ? { unit: { unit: `times/${w3.w}`, dim: "frequency" }, end: w3.e } : null;
  }
  if (ww === "parts" || ww === "part") {
    // "10 parts per billion"
    const per = wordAt(t, w.e);
    const scale = per && per.w === "per" ? wordAt(t, per.e) : null;
    if (scale && (scale.w === "million" || scale.w === "billion" || scale.w === "trillion")) return { unit: { unit: `pp${scale.w[0]}`, dim: "concentration" }, end: scale.e };
  }
  if (ww === "metric") {
    const w2 = wordAt(t, w.e);
    const u2 = w2 ? UNIT_WORDS.get(w2.w) : undefined;
    return w2 && u2 && u2.unit === "t" ? { unit: u2, end: w2.e } : null;
  }
  let u = UNIT_WORDS.get(ww);
  if (!u) {
    // "two blocks from", "16 stories high", "58,300 flight hours": a distance, a height, a duration
    const w2 = wordAt(t, w.e);
    // "drop 20 degrees", "spun 180 degrees", "40 degrees Celsius"; not "two degrees in law"
    if (ww === "degrees" || ww === "degree") {
      if (w2 && DEGREE_SCALES.has(w2.w) && w2.s === skipSp(t, w.e)) return { unit: U_DEGREE, end: w2.e };
      return !w2 || w2.s !== skipSp(t, w.e) || !ACADEMIC_AFTER.has(w2.w) ? { unit: U_DEGREE, end: w.e } : null;
    }
    // "weighed around five stone", "13 stone 4lb": a British weight; not "two stone lions"
    if (ww === "stone" && (!w2 || w2.s !== skipSp(t, w.e) || STONE_AFTER.has(w2.w) || isDigit(t.charCodeAt(w2.s)))) return { unit: U_STONE, end: w.e };
    if (!w2) return null;
    // "three flights of stairs": a height
    if ((ww === "flights" || ww === "flight") && w2.w === "of") {
      const stairs = wordAt(t, w2.e);
      if (stairs && (stairs.w === "stairs" || stairs.w === "steps")) return { unit: U_FLIGHT, end: stairs.e };
    }
    // "around nine football fields": an area
    if ((ww === "football" || ww === "soccer") && (w2.w === "fields" || w2.w === "field" || w2.w === "pitches" || w2.w === "pitch")) return { unit: U_FOOTBALL_FIELD, end: w2.e };
    if ((ww === "block" || ww === "blocks") && BLOCKS_AFTER.has(w2.w)) return { unit: U_BLOCK, end: w.e };
    // "within five blocks of where she was last seen", "a few blocks of Emwazi"
    if ((ww === "block" || ww === "blocks") && w2.w === "of" && /^\s+(?:where|the|his|her|their|its|\p{Lu})/u.test(t.slice(w2.e, w2.e + 8))) return { unit: U_BLOCK, end: w.e };
    if ((ww === "stories" || ww === "story" || ww === "floors") && STORIES_AFTER.has(w2.w)) return { unit: U_STOREY, end: w.e };
    // "about 1 cup of wine", "two tablespoons of sugar"
    if (w2.w === "of" && KITCHEN_MEASURES.has(ww)) return { unit: { unit: ww.endsWith("s") ? ww.slice(0, -1) : ww, dim: "volume" }, end: w.e };
    const u2 = DURATION_MODIFIERS.has(ww) ? UNIT_WORDS.get(w2.w) : undefined;
    if (u2 && u2.dim === "duration") return { unit: u2, end: w2.e };
    const u3 = DISTANCE_MODIFIERS.has(ww) ? UNIT_WORDS.get(w2.w) : undefined;
    if (u3 && u3.dim === "distance") return { unit: u3, end: w2.e };
    // "271,250 British pounds", "7,000 Turkish lira": a currency named with its country
    const money = isUpper(w.raw.charCodeAt(0)) ? UNIT_WORDS.get(w2.w) : undefined;
    if (money && (money.dim === "money" || money.unit === "lb")) return { unit: money.dim === "money" ? money : { unit: "gbp", dim: "money" }, end: w2.e };
    // "four tumultuous years", "three long weeks": an adjective before a unit of time
    const u4 = w.raw === ww && !NOT_ADJECTIVES.has(ww) ? UNIT_WORDS.get(w2.w) : undefined;
    if (u4 && u4.dim === "duration" && u4.unit !== "second" && w2.raw === w2.w) return { unit: u4, end: w2.e };
    return null;
  }
  if (u.unit === "lb" && n && n.mult >= 1e6) u = { unit: "gbp", dim: "money" }; // "5 million pounds"
  if (u.dim === "distance" && (u.unit === "km" || u.unit === "mi" || u.unit === "m")) {
    // "14 thousand km 2" (a misprinted km²; not "6 ft 2", a height)
    const q2 = skipSp(t, w.e);
    if (t.charCodeAt(q2) === 50 && !isDigit(t.charCodeAt(q2 + 1)) && !isLetter(t.charCodeAt(q2 + 1))) {
      const after = skipSp(t, q2 + 1);
      const ac = t.charCodeAt(after);
      if (cell || after >= t.length || (!isDigit(ac) && !isLetter(ac))) {
        return { unit: { unit: AREA_OF.get(u.unit)!, dim: "area" }, end: q2 + 1 };
      }
    }
  }
  void ww;
  ww = "";
  return { unit: u, end: w.e };
}

/** "7-day", "two-year", "27-kilometer": a hyphen glued to a singular unit word. */
function hyphenUnitAt(t: string, p: number): UnitMatch | null {
  if (t.charCodeAt(p) !== 45) return null;
  const w = wordAt(t, p + 1);
  if (!w || w.s !== p + 1) return null;
  const u = UNIT_WORDS.get(w.w);
  if (!u || u.dim === "percent") return null;
  return { unit: u, end: w.e };
}

// ---------------------------------------------------------------------------------------------------
// vague terms

interface VagueMatch {
  canonical: string;
  end: number;
  /** "a couple" is read as the number 2 */
  number?: number;
}

const VAGUE_SCALE: ReadonlySet<string> = new Set(["dozen", "hundred", "thousand", "million"]);

/** Two vague words joined by "or" / "to" read as one vague figure over both: "hundreds or thousands". */
const VAGUE_OR: ReadonlyMap<string, string> = new Map([
  ["dozens hundreds", "dozens or hundreds"],
  ["hundreds thousands", "hundreds or thousands"],
  ["thousands millions", "thousands or millions"],
]);

/** "a few hundred thousand", "several hundred thousand": the scale word goes on. */
function hundredThousand(t: string, canonical: string, scale: Word): VagueMatch {
  if (scale.w !== "hundred") return { canonical, end: scale.e };
  // "several hundred thousand", "a few hundred million miles"
  const w = wordAt(t, scale.e);
  return w && (w.w === "thousand" || w.w === "million") ? { canonical: `${canonical} ${w.w}`, end: w.e } : { canonical, end: scale.e };
}

/** "hundreds or thousands", "dozens to hundreds", "hundreds if not thousands": one vague figure over both. */
function vagueOr(t: string, w: Word): VagueMatch | null {
  // "the hundreds, thousands of folks": a comma for "or"
  if (t.charCodeAt(w.e) === 44) {
    const w3 = wordAt(t, w.e + 1);
    const joined = w3 && w3.s === w.e + 2 ? VAGUE_OR.get(`${w.w} ${w3.w}`) : undefined;
    if (joined) return { canonical: joined, end: w3!.e };
  }
  let link = wordAt(t, w.e);
  if (link && link.w === "if") {
    const not = wordAt(t, link.e);
    link = not && not.w === "not" ? not : null;
  } else if (link && link.w !== "or" && link.w !== "to") link = null;
  const w3 = link ? wordAt(t, link.e) : null;
  const joined = w3 ? VAGUE_OR.get(`${w.w} ${w3.w}`) : undefined;
  return joined ? { canonical: joined, end: w3!.e } : null;
}

function parseVague(t: string, p: number): VagueMatch | null {
  const w = wordAt(t, p);
  if (!w) return null;
  switch (w.w) {
    case "a": {
      const w2 = wordAt(t, w.e);
      if (!w2) return null;
      if (w2.w === "few") {
        const w3 = wordAt(t, w2.e);
        if (w3 && VAGUE_SCALE.has(w3.w)) return hundredThousand(t, `a few ${w3.w}`, w3);
        return { canonical: "a few", end: w2.e };
      }
      if (w2.w === "handful") return { canonical: "a handful", end: w2.e };
      if (w2.w === "couple") {
        const w3 = wordAt(t, w2.e);
        // "a couple billion more people": two billion
        const scale = w3 && w3.w !== "hundred" ? MULTIPLIER_WORDS.get(w3.w) : undefined;
        if (scale !== undefined && scale >= 1e3) return { canonical: "a couple", end: w3!.e, number: 2 * scale };
        // "a couple of hundred pounds": two hundred
        const w4 = w3 && w3.w === "of" ? wordAt(t, w3.e) : null;
        const scale4 = w4 ? MULTIPLIER_WORDS.get(w4.w) : undefined;
        if (scale4 !== undefined && scale4 >= 100 && w4!.raw === w4!.w) return { canonical: "a couple", end: w4!.e, number: 2 * scale4 };
        // "a glimpse of a couple enjoying", "a couple that was", "were once a couple --": two people, a noun
        if (!w3 || w3.s !== skipSp(t, w2.e) || (w3.w !== "of" && !pluralNounAfter(t, w2.e) && !VAGUE_SCALE.has(w3.w))) return null;
        return { canonical: "a couple", end: w2.e, number: 2 };
      }
      return null;
    }
    case "several": {
      const w2 = wordAt(t, w.e);
      if (w2 && VAGUE_SCALE.has(w2.w)) return hundredThousand(t, `several ${w2.w}`, w2);
      // "several thousands dollars": the plural scale word, misused
      if (w2 && w2.w.endsWith("s") && VAGUE_SCALE.has(w2.w.slice(0, -1))) return { canonical: `several ${w2.w.slice(0, -1)}`, end: w2.e };
      return { canonical: "several", end: w.e };
    }
    case "dozens":
    case "thousands": {
      // "hundreds or thousands of others": one vague figure over both
      const joined = vagueOr(t, w);
      return joined ?? { canonical: w.w, end: w.e };
    }
    case "millions":
    case "billions": {
      // "millions and millions of people": one figure, said twice for weight
      const and = wordAt(t, w.e);
      const again = and && and.w === "and" ? wordAt(t, and.e) : null;
      return { canonical: w.w, end: again && again.w === w.w ? again.e : w.e };
    }
    case "scores": {
      const w2 = wordAt(t, w.e);
      return w2 && w2.w === "of" ? { canonical: "scores", end: w.e } : null;
    }
    case "hundreds":
    case "tens": {
      const w2 = wordAt(t, w.e);
      if (w2 && w2.w === "of") {
        const w3 = wordAt(t, w2.e);
        if (w3 && (w3.w === "thousands" || w3.w === "millions" || w3.w === "billions")) return { canonical: `${w.w} of ${w3.w}`, end: w3.e };
      }
      if (w.w !== "hundreds") return null;
      return vagueOr(t, w) ?? { canonical: "hundreds", end: w.e };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// phrase parser

interface ParseOpts {
  cell: boolean;
}

const CURRENCY: ReadonlyMap<number, UnitEntry> = new Map([
  [36, { unit: "usd", dim: "money" }],
  [0xa3, { unit: "gbp", dim: "money" }],
  [0x20ac, { unit: "eur", dim: "money" }],
]);

function currencyAt(t: string, p: number): { unit: UnitEntry; end: number } | null {
  const c = t.charCodeAt(p);
  const u = CURRENCY.get(c);
  if (u) return { unit: u, end: skipSp(t, p + 1) };
  if ((c === 85 || c === 117) && (t.charCodeAt(p + 1) === 83 || t.charCodeAt(p + 1) === 115) && t.charCodeAt(p + 2) === 36) {
    return { unit: CURRENCY.get(36)!, end: skipSp(t, p + 3) };
  }
  return null;
}

/** "two or three days" is a range as much as "two to three days". */
const RANGE_WORDS: ReadonlySet<string> = new Set(["to", "through", "thru", "or"]);

function followedByCountNoun(t: string, p: number): boolean {
  const w = wordAt(t, p);
  if (!w) return false;
  return COUNT_NOUNS.has(w.w) || UNIT_WORDS.has(w.w);
}

function pluralNounAfter(t: string, p: number): boolean {
  const w = wordAt(t, p);
  if (!w) return false;
  if (COUNT_NOUNS.has(w.w)) return true;
  return w.raw === w.w && w.w.length > 3 && w.w.endsWith("s") && !w.w.endsWith("ss") && !w.w.endsWith("us") && !NOT_PLURAL_S.has(w.w);
}

/** Words in -s that are not plural nouns: "40 this week". */
const NOT_PLURAL_S: ReadonlySet<string> = new Set(["this", "thus", "always", "perhaps", "towards", "besides", "whereas", "sometimes", "afterwards", "upwards", "downwards", "nevertheless", "hers", "ours", "yours", "theirs", "unless", "plus", "does", "goes", "says", "has", "was"]);

/** Capitalised at a sentence start, these words do not make the next number a name ("All 40 ..."). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "these", "those", "all", "of", "in", "on", "at", "by", "for", "with", "and", "but", "or",
  "another", "its", "his", "her", "their", "our", "my", "your", "from", "to", "after", "before", "since", "until",
  "during", "when", "while", "each", "every", "both", "total", "last", "first", "top", "still", "then", "now",
  "today", "yesterday", "only", "just", "some", "another", "so", "yet", "also", "if", "as", "than", "that", "this",
  "there", "here", "where", "we", "they", "he", "she", "it", "i", "you", "who", "what", "which", "monday",
  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "killed", "lost", "won", "got", "had",
  "has", "have", "were", "was", "are", "is", "be", "been", "about", "over", "under", "nearly", "around",
]);

type Attempt = Quantity | null | "code";

/** End of the last range read as a code ("by five or six", "between 1994 and 1997"): the scan skips it whole. */
const SCAN = { codeEnd: -1 };

function finished(t: string, core: Core, hedge: HedgeMatch | null, start: number, o: ParseOpts): Attempt {
  const r = finish(t, core, hedge, start, o);
  if (r === "code" && core.rangeLow !== null) SCAN.codeEnd = core.end;
  return r;
}

function parseAt(t: string, p: number, o: ParseOpts): Attempt {
  let hedge: HedgeMatch | null = null;
  let from = false;
  let q = p;
  const w0 = wordAt(t, p);
  if (w0 && w0.s === p) {
    if (w0.w === "from") {
      from = true;
      q = skipSp(t, w0.e);
    } else {
      hedge = matchPhrase(t, p, HEDGE_BY_FIRST);
      if (hedge && hedge.entry.words.length === 1) {
        // "go over three main reasons", "a story about one of the inventors": a preposition, not a hedge
        const not = NOT_HEDGE_AFTER.get(hedge.entry.words[0]!);
        const pw = not ? wordBefore(t, p) : null;
        if (pw && not!.has(pw.w)) return null;
      }
      if (hedge) q = skipSp(t, hedge.end);
    }
  }
  const core = parseCore(t, q, hedge, from, o);
  if (core === "code") return hedge || from ? null : "code";
  if (!core) return null;
  if ((hedge && hedge.entry.sense === "range" && core.rangeLow === null) || (from && core.rangeLow === null)) {
    // "between" / "from" without a range: the quantity starts at the number
    if (core.vague !== null) return null;
    return finished(t, core, null, q, o);
  }
  return finished(t, core, hedge, p, o);
}

interface Core {
  numberStart: number;
  numberEnd: number;
  end: number;
  value: number | null;
  rangeLow: number | null;
  rangeHigh: number | null;
  outOf: number | null;
  vague: string | null;
  unit: UnitEntry | null;
  n1: Num | null;
  hedgeAfter: HedgeEntry | null;
  /** read from "a couple": 2, or 2 times a scale word, said loosely */
  couple?: true;
}

function parseCore(t: string, q: number, hedge: HedgeMatch | null, from: boolean, o: ParseOpts): Core | null | "code" {
  const cur = currencyAt(t, q);
  const ns = cur ? cur.end : q;
  const afterHedge = hedge !== null && hedge.entry.sense !== "range";
  const n1r = parseNumber(t, ns, { cell: o.cell, currency: cur !== null, afterHedge, small: false });
  if (n1r === "code") return "code";
  let n1: Num | null = n1r;
  if (!n1) {
    if (cur) return null;
    const v = parseVague(t, q);
    if (!v) return null;
    const core: Core = {
      numberStart: q, numberEnd: v.end, end: v.end, value: v.number ?? null, rangeLow: null, rangeHigh: null,
      outOf: null, vague: v.number !== undefined ? null : v.canonical, unit: null, n1: null, hedgeAfter: null,
    };
    if (v.canonical === "a couple") core.couple = true;
    let um = hyphenUnitAt(t, v.end) ?? unitAt(t, v.end, null, o.cell);
    if (!um) {
      // "a couple of months", "dozens of miles": a vague measure
      const of = wordAt(t, v.end);
      const u = of && of.w === "of" ? unitAt(t, of.e, null, o.cell) : null;
      if (u && u.unit.dim !== "percent" && u.unit.dim !== "score" && u.unit.dim !== "ratio") um = u;
    }
    if (um) {
      core.unit = um.unit;
      core.end = um.end;
    }
    return withPostfix(t, core);
  }
  // "a Mercedes one-two", "a one-two punch": two number words joined by a hyphen
  if (n1.wordy && t.charCodeAt(n1.end) === 45) {
    const w = wordAt(t, n1.end + 1);
    if (w && w.s === n1.end + 1 && UNIT_NUMBER_WORDS.has(w.w)) return "code";
  }
  // "two-to-one", "one-on-one": a number word inside a hyphenated compound
  if (n1.wordy && ns > 1 && (t.charCodeAt(ns - 1) === 45 || t.charCodeAt(ns - 1) === 0x2010) && isLetter(t.charCodeAt(ns - 2))) return "code";
  if (!n1.wordy && !n1.glued) {
    const b = t.charCodeAt(ns - 1);
    const a = t.charCodeAt(n1.end);
    // "'75", "’70s": a year; "6' 9"": a height in feet and inches
    if ((b === 39 || b === 0x2019) && n1.intLen === 2 && !isLetter(t.charCodeAt(ns - 2))) return "code";
    if ((a === 39 || a === 0x2019) && isDigit(t.charCodeAt(skipSp(t, n1.end + 1)))) return "code";
    if (a === 34 || a === 0x201d || a === 0x2033) {
      let k = ns - 1;
      while (k > 0 && isInlineSpace(t.charCodeAt(k))) k--;
      if ((t.charCodeAt(k) === 39 || t.charCodeAt(k) === 0x2019 || t.charCodeAt(k) === 0x2032) && isDigit(t.charCodeAt(k - 1))) return "code";
    }
    // "(1) the governmental action must ...", "and 2) The pace of ...": a list item
    if (a === 41 && n1.plain && n1.value <= 20 && isLetter(t.charCodeAt(skipSp(t, n1.end + 1))) && (b === 40 || !openParenBefore(t, ns))) return "code";
  }
  // code-like contexts for digits: "F-16", "COVID-19"
  if (!n1.wordy && ns > 0) {
    const b = t.charCodeAt(ns - 1);
    if ((b === 45 || b === 0x2010) && ns > 1 && isLetter(t.charCodeAt(ns - 2))) return "code";
    if ((b === 45 || b === 0x2010) && ns > 1 && isDigit(t.charCodeAt(ns - 2))) {
      // "Airbus A320-200": the second part of a code that starts with letters
      let k = ns - 2;
      while (k > 0 && isDigit(t.charCodeAt(k - 1))) k--;
      if (k > 0 && isLetter(t.charCodeAt(k - 1))) return "code";
    }
    if (b === 43 || b === 35 || b === 64) return "code"; // +1..., #12, @12
    if (isLetter(b) || b === 95) return "code";
  }
  // "three-dimensional", "a four-piece", "the 3-iron", "3-D": the number is part of a modifier
  if (!n1.glued && !n1.fractionOnly && t.charCodeAt(n1.end) === 45 && isLetter(t.charCodeAt(n1.end + 1)) && !hyphenUnitAt(t, n1.end)) {
    const w = wordAt(t, n1.end + 1);
    if (w && !HYPHEN_COUNT_WORDS.has(w.w) && !isNumberWord(w.w) && !DENOMINATORS.has(w.w) && !MULTIPLIER_WORDS.has(w.w)) return "code";
  }
  let unit: UnitEntry | null = cur ? cur.unit : null;
  let end = n1.glued ? n1.gluedEnd : n1.end;
  if (n1.glued) unit = n1.glued;
  let numberEnd = n1.end;
  let value: number | null = n1.value;
  let rangeLow: number | null = null;
  let rangeHigh: number | null = null;
  let outOf: number | null = null;

  // dot as thousands separator: "152.857 people"
  if (n1.dotCandidate && !unit && pluralNounAfter(t, n1.end)) {
    n1 = makeNum(n1.start, n1.end, n1.dotValue, n1.fractionOnly, n1.plain, n1.intLen, n1.wordy, n1.wordOne, n1.mult, n1.glued, n1.gluedEnd, n1.dotCandidate, n1.dotValue);
    value = n1.value;
  }

  // unit right after the first number
  let unit1: UnitMatch | null = null;
  // "30-odd years", "20-plus people": a hedge glued to the number, then perhaps a unit
  const suffix = n1.glued ? null : suffixHedgeAt(t, n1.end);
  if (suffix) {
    end = suffix.end;
    unit1 = unitAt(t, suffix.end, n1, o.cell);
  } else if (!n1.glued) {
    unit1 = hyphenUnitAt(t, n1.end);
    if (!unit1) unit1 = unitAt(t, n1.end, n1, o.cell);
  }

  // range
  const rp = unit1 && unit1.unit.dim === "percent" ? unit1.end : n1.glued ? n1.gluedEnd : n1.end;
  const isHyphenUnit = (unit1 !== null && t.charCodeAt(n1.end) === 45) || suffix !== null;
  const betweenHedge = hedge !== null && hedge.entry.sense === "range";
  let rangeDone = false;
  if (!isHyphenUnit && (!unit1 || unit1.unit.dim === "percent")) {
    let r = skipSp(t, rp);
    const rc = t.charCodeAt(r);
    let conn = -1;
    let connIsHyphen = false;
    if ((rc === 45 || rc === 0x2013 || rc === 0x2014 || rc === 126) && !n1.wordy) {
      conn = r + 1;
      connIsHyphen = true;
    } else {
      const cw = wordAt(t, r);
      if (cw && (RANGE_WORDS.has(cw.w) || (cw.w === "and" && betweenHedge))) {
        if (!(from && cw.w !== "to") || cw.w === "to") conn = cw.e;
        if (from && cw.w !== "to") conn = -1;
      }
    }
    if (conn >= 0) {
      const c2 = currencyAt(t, skipSp(t, conn));
      const s2 = c2 ? c2.end : skipSp(t, conn);
      const n2r = parseNumber(t, s2, { cell: o.cell, currency: cur !== null || c2 !== null, afterHedge: false, small: false });
      if (n2r === "code") {
        if (connIsHyphen && skipSp(t, rp) === rp && s2 === rp + 1) return "code";
      } else if (n2r && !(isYearShaped(n1) && !n1.wordy && !isYearShaped(n2r) && n2r.intLen >= 4)) {
        // ("from 2,487 in 1971 to 24,206 in 2011": a year, then a count written with its comma, is no range)
        const n2 = n2r;
        let low = n1.value;
        // "3 to 5 million" is 3 million to 5; "200,000 to 1.2 million" keeps its first number as written
        if (n2.mult >= 1000 && n1.mult === 0 && low < n2.mult && !n1.glued && scaledLow(n1, n2.mult) < n2.value) low = scaledLow(n1, n2.mult);
        const after = t.charCodeAt(n2.end);
        const chain = (after === 45 || after === 47) && isDigit(t.charCodeAt(n2.end + 1));
        const yearSpan =
          isYearShaped(n1) && n2.plain && (n2.intLen === 2 || isYearShaped(n2));
        if (chain) return "code";
        if (yearSpan && !followedByCountNoun(t, n2.end) && (!hedge || betweenHedge)) return "code"; // "between 1994 and 1997"
        if (n2.value > low) {
          rangeLow = low;
          rangeHigh = n2.value;
          value = null;
          numberEnd = n2.end;
          end = n2.glued ? n2.gluedEnd : n2.end;
          if (n2.glued) unit = n2.glued;
          rangeDone = true;
          // "three or four or five short game shots": one range over them all
          let last = n2;
          const byOr = !n2.glued && wordAt(t, r)?.w === "or";
          for (let or = byOr ? wordAt(t, n2.end) : null; or !== null && or.w === "or"; or = wordAt(t, last.end)) {
            const n3 = parseNumber(t, skipSp(t, or.e), { cell: o.cell, currency: false, afterHedge: false, small: false });
            if (!n3 || n3 === "code" || n3.glued || n3.wordy !== n2.wordy || n3.value <= last.value) break;
            last = n3;
            rangeHigh = n3.value;
            numberEnd = end = n3.end;
          }
          const u2 = n2.glued ? null : hyphenUnitAt(t, last.end) ?? unitAt(t, last.end, last, o.cell);
          if (u2) {
            unit = u2.unit;
            end = u2.end;
          } else if (unit1) {
            unit = unit1.unit;
          }
        } else if (connIsHyphen && skipSp(t, rp) === rp && s2 === rp + 1 && !unit1 && !n1.wordy && !n2.wordy) {
          return "code"; // "3-2": a score, "9-11"
        }
      }
    }
  }
  if (!rangeDone && unit1) {
    unit = unit1.unit;
    end = unit1.end;
  }
  // "47 out of 74", "17 of 40"
  if (!rangeDone && !unit && !n1.fractionOnly && !n1.wordOne && Number.isInteger(n1.value)) {
    let r = wordAt(t, n1.end);
    let ok = false;
    if (r && r.w === "out") {
      const r2 = wordAt(t, r.e);
      if (r2 && r2.w === "of") {
        r = r2;
        ok = true;
      }
    } else if (r && r.w === "of") ok = true;
    if (ok && r) {
      const n2 = parseNumber(t, skipSp(t, r.e), { cell: o.cell, currency: false, afterHedge: false, small: false });
      if (n2 && n2 !== "code" && !n2.fractionOnly && n2.value >= n1.value && !n2.glued) {
        const yearLike = isYearShaped(n2);
        // "Nine out of 10 pharmaceutical companies", "one out of two girls": a proportion (below)
        const proportion = r.w === "of" && wordAt(t, n1.end)?.w === "out" && n2.value > n1.value && (n1.value === 1 || n2.value === 10 || n2.value === 100 || n2.value === 1000);
        if (!yearLike && !proportion) {
          outOf = n2.value;
          end = n2.end;
          const u2 = unitAt(t, n2.end, n2, o.cell);
          if (u2 && u2.unit.dim === "percent") {
            unit = u2.unit;
            end = u2.end;
          }
        }
      }
    }
  }
  // "one in 10 board members", "one out of every four refugees": a proportion, not a count
  if (!rangeDone && !unit && outOf === null && !n1.fractionOnly && Number.isInteger(n1.value) && n1.value > 0) {
    const r = ratioAfter(t, n1, o);
    if (r) {
      value = n1.value / r.of;
      unit = U_FRACTION;
      end = r.end;
      numberEnd = r.end;
    }
  }
  const core: Core = {
    numberStart: ns, numberEnd, end, value, rangeLow, rangeHigh, outOf, vague: null, unit, n1, hedgeAfter: suffix ? suffix.entry : null,
  };
  if (cur) {
    core.numberStart = ns;
    core.unit = cur.unit;
  }
  return withPostfix(t, core);
}

const U_FRACTION: UnitEntry = { unit: "fraction", dim: "fraction" };

/** Measures of a recipe, read as volumes before "of": "1 cup of wine". */
const KITCHEN_MEASURES: ReadonlySet<string> = new Set(["cup", "cups", "tablespoon", "tablespoons", "teaspoon", "teaspoons", "spoonful", "spoonfuls"]);

/** Hedges written as a suffix: "30-odd" is about 30 ("or so"), "20-plus" at least 20 ("or more"). */
const SUFFIX_HEDGES: ReadonlyMap<string, HedgeEntry> = new Map(
  [["odd", "or so"], ["some", "or so"], ["something", "or so"], ["plus", "or more"]].map(([w, c]) => [w!, POSTFIX_HEDGE_ENTRIES.find((e) => e.canonical === c && e.words.join(" ") === c)!]),
);

function suffixHedgeAt(t: string, p: number): { entry: HedgeEntry; end: number } | null {
  if (t.charCodeAt(p) !== 45) return null;
  const w = wordAt(t, p + 1);
  const entry = w && w.s === p + 1 ? SUFFIX_HEDGES.get(w.w) : undefined;
  return entry ? { entry, end: w!.e } : null;
}

/** "in 10", "in every five", "out of every four" after a number: the denominator and where it ends. */
function ratioAfter(t: string, n1: Num, o: ParseOpts): { of: number; end: number } | null {
  let w = wordAt(t, n1.end);
  if (!w) return null;
  let times = false;
  if (w.w === "times") {
    // "9 times out of 10"
    const w2 = wordAt(t, w.e);
    if (!w2 || w2.w !== "out") return null;
    w = w2;
    times = true;
  }
  let p: number;
  let every = false;
  if (w.w === "in") p = w.e;
  else if (w.w === "of" && wordAt(t, w.e)?.w === "every") p = w.e; // "two of every three citizens"
  else if (w.w === "out") {
    const w2 = wordAt(t, w.e);
    if (!w2 || w2.w !== "of") return null;
    p = w2.e;
  } else return null;
  const e = wordAt(t, p);
  if (e && e.w === "every") {
    p = e.e;
    every = true;
  }
  if (w.w === "out" && !every) {
    // "47 out of 74" is a count out of a total; "nine out of 10", "one out of two" a proportion
    const s2 = skipSp(t, p);
    const n2 = parseNumber(t, s2, { cell: o.cell, currency: false, afterHedge: false, small: false });
    if (!n2 || n2 === "code" || !(times || n1.value === 1 || n2.value === 10 || n2.value === 100 || n2.value === 1000)) return null;
  }
  const s = skipSp(t, p);
  const n2 = parseNumber(t, s, { cell: o.cell, currency: false, afterHedge: false, small: false });
  if (!n2 || n2 === "code" || n2.fractionOnly || n2.glued || n2.value <= n1.value || !Number.isInteger(n2.value)) return null;
  if (isYearShaped(n2)) return null; // "3 in 2014"
  const after = t.charCodeAt(n2.end);
  if (after === 45 || after === 47 || after === 58 || isLetter(after)) return null;
  if (unitAt(t, n2.end, n2, o.cell) || hyphenUnitAt(t, n2.end)) return null; // "5 in 10 days"
  const nw = wordAt(t, n2.end);
  if (nw && (MONTHS.has(nw.raw) || TIME_AFTER.has(nw.w))) return null;
  return { of: n2.value, end: n2.end };
}

function scaledLow(n1: Num, mult: number): number {
  return n1.value * mult;
}

function withPostfix(t: string, core: Core): Core {
  const m = matchPhrase(t, core.end, POSTFIX_BY_FIRST);
  if (m) {
    const needsNoNumber = m.entry.words.length >= 2 && (m.entry.words[m.entry.words.length - 1] === "than" || m.entry.words[m.entry.words.length - 1] === "to");
    if (needsNoNumber && numberStartsAt(t, m.end)) {
      // "200 or greater than 190": the comparison belongs to the next number
      const shorter = POSTFIX_HEDGE_ENTRIES.find(
        (e) => e.words.length === m.entry.words.length - 1 && e.words.every((x, i) => x === m.entry.words[i]),
      );
      if (!shorter || shorter.sense === "eq") return core;
      return core; // keep "200" bare: the hedge belongs to the next number
    }
    const nx = wordAt(t, m.end);
    if (nx && nx.w === "than") return core;
    if (m.entry.sense !== "eq" && numberStartsAt(t, m.end)) return core;
    if (core.rangeLow === null && core.value !== null) {
      core.hedgeAfter = m.entry;
      core.end = m.end;
      // "the 20 or so years": the unit stands after the hedge
      const unit = core.unit === null && core.n1 !== null ? unitAt(t, m.end, core.n1, false) : null;
      if (unit) {
        core.unit = unit.unit;
        core.end = unit.end;
      }
    }
  }
  return core;
}

function finish(t: string, core: Core, hedge: HedgeMatch | null, start: number, o: ParseOpts): Quantity | null | "code" {
  const n1 = core.n1;
  const isPlainSingle = n1 !== null && core.rangeLow === null && core.unit === null && core.outOf === null;
  // The context rules read words: with none near the number (a table of digits, "1,1,1,..."), they cannot apply.
  const worded = !o.cell && letterNear(t, start, core.end, 60);
  if (n1 && core.unit === null && oClockAt(t, core.numberEnd)) return "code"; // "at 9 o'clock", "five or six o'clock"
  // "from 2 to 2:45 p.m.", "open from 9 to 5 p.m.": the first hour of a span of clock time
  if (n1 && core.unit === null && core.rangeLow === null && Number.isInteger(n1.value) && n1.value <= 24 && CLOCK_SPAN_AFTER.test(t.slice(core.numberEnd, core.numberEnd + 24))) return "code";
  // "A Few Good Men": a title in capitals
  if (core.vague !== null && /^A (?:Few|Handful|Couple)$/.test(t.slice(core.numberStart, core.end)) && isUpper(t.charCodeAt(skipSp(t, core.end)))) return "code";
  const quoteBefore = start > 0 ? t.charCodeAt(start - 1) : 0;
  if ((quoteBefore === 34 || quoteBefore === 0x201c || quoteBefore === 39 || quoteBefore === 0x2018) && n1 && !o.cell && !hedge && core.outOf === null) {
    const title = titleInQuotes(t, start, core.numberEnd); // "30 Rock", "30 Under 30"
    if (title >= 0) return skipAsCode(title);
  }
  // A bare year ("in 2014") is not a count. Tested before the date and context tests because years are the
  // most frequent digits that are not counts: each test it skips would answer "code" too or go on, and none
  // of them changes SCAN (the title test above does, so it comes first).
  if (isPlainYear(t, n1, core, hedge, o)) return "code";
  if (n1 && !n1.wordy) {
    // dates: "17 October", "Oct. 17", "October 17, 2016"
    let bp = n1.start;
    while (bp > 0 && isInlineSpace(t.charCodeAt(bp - 1))) bp--;
    if (bp > 0 && t.charCodeAt(bp - 1) === 46) bp--;
    const pw = wordBefore(t, bp);
    if (pw && MONTHS.has(pw.raw) && pw.e === bp) {
      if (core.rangeLow === null && (n1.value <= 31 || (n1.value >= 1800 && n1.value <= 2100))) return "code";
    }
    const nw = wordAt(t, n1.end);
    if (nw && MONTHS.has(nw.raw) && n1.value >= 1 && n1.value <= 31 && isPlainSingle) return "code";
    // "7 & 8 March 2015", "7, 8 and 9 March": the first days of a list
    if (n1.value >= 1 && n1.value <= 31 && isPlainSingle && DAY_LIST_LINK.has(t.charCodeAt(skipSp(t, n1.end)))) {
      const ahead = t.slice(n1.end, n1.end + 40);
      // the month needs a capital: without one, the list pattern would backtrack over a list of numbers for nothing
      const m = HAS_CAPITAL.test(ahead) ? DAY_LIST.exec(ahead) : null;
      if (m && MONTHS.has(m[1]!)) return "code";
    }
    // times: "10 am", "5 p.m.", "1200 GMT", "5-11 p.m."
    let tw = core.rangeLow !== null ? wordAt(t, core.numberEnd) : nw;
    // "about 11 (a.m.)": the clock word in brackets
    if (!tw && t.charCodeAt(skipSp(t, core.numberEnd)) === 40) tw = wordAt(t, skipSp(t, core.numberEnd) + 1);
    if (tw && core.unit === null) {
      if (TIME_AFTER.has(tw.w) || ((tw.w === "a" || tw.w === "p") && t.charCodeAt(tw.e) === 46 && t.charCodeAt(tw.e + 1) === 109)) return "code";
    }
    // days of a month: "July 17-19", "17-19 July"
    if (core.rangeLow !== null && core.rangeHigh !== null && core.rangeHigh <= 31 && core.unit === null) {
      const after = wordAt(t, core.numberEnd);
      if ((pw && MONTHS.has(pw.raw) && pw.e === bp) || (after && MONTHS.has(after.raw))) return "code";
    }
  }
  if (!o.cell && core.outOf === null && n1 && core.unit === null) {
    // "home by five or six": a time of day
    if (core.rangeLow !== null && core.rangeHigh !== null && core.rangeHigh <= 12 && Number.isInteger(core.rangeLow) && !hedge) {
      const pw = wordBefore(t, start);
      if (pw && CLOCK_PRECEDERS.has(pw.w) && !pluralNounAfter(t, core.end) && !followedByCountNoun(t, core.end)) return "code";
    }
    // "between March 10 and 17": the second day of a date range
    if (isPlainSingle && n1.plain && n1.value >= 1 && n1.value <= 31 && !hedge && monthDayBefore(t, start)) return "code";
  }
  // "seven- to ten-fold", "two- and three-bedroom", "seven-, eight-figure checks": the first half of a suspended
  // hyphen compound
  if (n1 && !o.cell && core.unit === null && t.charCodeAt(core.numberEnd) === 45) {
    if (t.charCodeAt(core.numberEnd + 1) === 44) return "code";
    const link = isInlineSpace(t.charCodeAt(core.numberEnd + 1)) ? wordAt(t, core.numberEnd + 1) : null;
    if (link && (link.w === "to" || link.w === "and" || link.w === "or")) return "code";
  }
  // "get up at 3.30 in the morning", "by 10.45": a clock time written with a dot
  if (n1 && worded && !n1.wordy && core.unit === null && core.rangeLow === null && clockWithDot(t, n1, start)) return "code";
  // "Mark 3.19", "(e.g. Mark 15:34 and 37)": a chapter and verse
  if (n1 && worded && !hedge && bibleReference(t, n1, start)) return "code";
  // "Jewish War 5.522-23", "Acts 1.18-19": a reference to a passage
  if (n1 && !o.cell && core.rangeLow !== null && /^\d+\.\d+[-–]\d+$/.test(t.slice(n1.start, core.numberEnd))) return "code";
  // "pi is 3.1415926535...": a reading to four or more decimals is not a tally
  if (n1 && !o.cell && !n1.wordy && core.unit === null && core.rangeLow === null && /\.\d{4,}$/.test(t.slice(n1.start, n1.end))) return "code";
  if (worded && core.outOf === null) {
    const context = notACount(t, n1, core, hedge, start, isPlainSingle);
    if (context) return context;
  }
  // "born around 1923", "an increase of 1.9% over 2013", "on August 22, 1485": years
  if (isPlainSingle && n1 && n1.plain && !o.cell && n1.intLen === 4 && core.hedgeAfter === null && !followedByCountNoun(t, n1.end) && !pluralNounAfter(t, n1.end)) {
    if (hedge && hedge.entry.canonical === "circa" && n1.value >= 1000 && n1.value <= 2100) return "code";
    if (hedge && PREPOSITION_HEDGES.has(hedge.entry.canonical) && n1.value >= 1800 && n1.value <= 2100 && !/[,.]/.test(t.slice(n1.start, n1.end)) && yearEndsAt(t, n1.end) && yearContext(t, start, n1.end)) return "code";
    if (!hedge && monthDayCommaBefore(t, n1.start)) return "code";
  }
  if (isPlainSingle && n1 && n1.plain && !hedge && core.hedgeAfter === null) {
    if (!o.cell && n1.intLen === 4 && n1.value >= 1900 && n1.value <= 2050) {
      // "the 2013 attacks", "his 1998 films": a year before the noun it dates (a tally of that size has a comma)
      const pw = wordBefore(t, n1.start);
      if (pw && YEAR_DETERMINERS.has(pw.w) && skipSp(t, pw.e) === n1.start) return "code";
    }
    // "1665 was the very last recorded episode", "the 1080 issue": four digits with no comma and no plural after
    // them are an old year or a name (a tally that large is written "1,080")
    if (!o.cell && n1.intLen === 4 && n1.value >= 1000 && n1.value < 1800 && (wordBefore(t, n1.start) !== null || (isSentenceStart(t, n1.start) && n1.start > 0)) && !followedByCountNoun(t, n1.end) && !pluralNounAfter(t, n1.end)) return "code";
    if (!o.cell) {
      let bp = n1.start;
      while (bp > 0 && isInlineSpace(t.charCodeAt(bp - 1))) bp--;
      const dotAfter = bp > 0 && t.charCodeAt(bp - 1) === 46;
      if (dotAfter) bp--;
      const pw = bp < n1.start ? wordBefore(t, bp) : null;
      if (pw && pw.e === bp) {
        const first = pw.raw.charCodeAt(0);
        if (CODE_PRECEDERS.has(pw.w) && (dotAfter || pw.w !== "no") && !followedByCountNoun(t, n1.end)) return "code";
        if (
          isUpper(first) && !MONTHS.has(pw.raw) && !(isSentenceStart(t, pw.s) && FUNCTION_WORDS.has(pw.w)) &&
          !followedByCountNoun(t, n1.end)
        ) {
          return "code"; // "Boeing 737", "Resolution 2254"
        }
      }
    }
  }
  if (n1 && n1.wordOne && isPlainSingle && !hedge) {
    const pw = wordBefore(t, n1.start);
    const nw = wordAt(t, n1.end);
    if ((pw && ONE_PRONOUN_BEFORE.has(pw.w)) || (nw && (ONE_PRONOUN_AFTER.has(nw.w) || SUBJECT_PRONOUNS.has(nw.w)))) return null;
    if (t.charCodeAt(n1.end) === 0x2019 || t.charCodeAt(n1.end) === 39) return null; // one's
    if (!o.cell && onePronoun(t, n1, pw, nw)) return null;
  }
  if (n1 && n1.wordOne && isPlainSingle && hedge && hedge.entry.sense === "only") {
    // "Dadayev was the only one of the five": the pronoun after "the only"
    const pw = wordBefore(t, start);
    if (pw && ONE_PHRASE_DETERMINERS.has(pw.w) && pw.w !== "a" && pw.w !== "an") return null;
  }
  if (n1 && n1.wordOne && isPlainSingle && hedge && PREPOSITION_HEDGES.has(hedge.entry.canonical)) {
    // "heard a story about one of the inventors": "about" is a preposition before the pronoun "one"
    const nw = wordAt(t, n1.end);
    if (nw && ONE_PRONOUN_AFTER.has(nw.w)) return null;
  }
  if (n1 && n1.wordy && !hedge && isUpper(t.charCodeAt(n1.start)) && gluedToWordBefore(t, n1.start)) {
    return null; // a capitalised number word inside a name: "One Direction", "Formula One", "Fifty Shades"
  }
  if (n1 && isPlainSingle && !hedge && !o.cell && n1.plain && listMarker(t, n1)) return "code"; // "4." opening a list item
  let unit = core.unit;
  if (n1 && worded && unit === null && core.outOf === null && isAge(t, n1, core, hedge, start)) unit = U_AGE;
  if (n1 && worded && unit === null && isPlainSingle && !hedge && n1.plain && ageListAfter(t, n1.end)) unit = U_AGE;
  // "sentenced to eight and six years", "for the past five, six years": the unit of the next number is this one's too
  if (n1 && worded && unit === null && isPlainSingle && core.hedgeAfter === null) unit = unitOfNext(t, n1) ?? namedSpanAfter(t, n1.end);
  // "a broad or two", "a day or two": one or two
  let rangeLow = core.rangeLow;
  let rangeHigh = core.rangeHigh;
  let value = core.value;
  if (n1 && !o.cell && n1.wordy && isPlainSingle && !hedge && core.hedgeAfter === null && n1.value === 2 && n1.start === start) {
    const or = wordBefore(t, start);
    const noun = or && or.w === "or" ? wordBefore(t, or.s) : null;
    const a = noun && noun.raw === noun.w && !isNumberWord(noun.w) && !FUNCTION_WORDS.has(noun.w) ? wordBefore(t, noun.s) : null;
    if (a && (a.w === "a" || a.w === "an") && a.e === a.s + a.raw.length && (a.s === 0 || !isLetter(t.charCodeAt(a.s - 1)))) {
      start = a.s;
      rangeLow = 1;
      rangeHigh = 2;
      value = null;
      const u = UNIT_WORDS.get(noun!.w);
      if (u && u.dim === "duration") unit = u;
    } else if (noun && a !== null && UNIT_WORDS.get(noun.w)?.dim === "duration") {
      // "in the first month or two": one or two months
      const u = UNIT_WORDS.get(noun.w)!;
      start = noun.s;
      rangeLow = 1;
      rangeHigh = 2;
      value = null;
      unit = u;
    }
  }
  // "ordering the performers to pay millions", "cost the country billions": money, its currency unsaid
  if (core.vague !== null && unit === null && !o.cell && /illion/.test(core.vague) && !hedge && moneyVerbBefore(t, start) && !pluralNounAfter(t, core.end) && wordAt(t, core.end)?.w !== "of") unit = U_MONEY;
  // "you're talking tens of millions heading up towards potentially hundreds of millions": sums, their currency unsaid
  if (core.vague !== null && unit === null && !o.cell && /illions$/.test(core.vague) && !pluralNounAfter(t, core.end) && wordAt(t, core.end)?.w !== "of" && TALKING_MONEY.test(t.slice(Math.max(0, start - 80), start))) unit = U_MONEY;
  // "millions in stock incentives", "billions in aid": sums, their currency unsaid
  if (core.vague !== null && unit === null && !o.cell && /illions$/.test(core.vague) && wordAt(t, core.end)?.w === "in" && moneyNounAfter(t, core.end)) unit = U_MONEY;
  // "billions of research and financial aid dollars": the currency after the words it qualifies
  if (core.vague !== null && unit === null && !o.cell && /illions$/.test(core.vague) && currencyAfterOf(t, core.end)) unit = U_MONEY;
  // "tens of billions more in defense cuts": billions of nothing named are money
  if (core.vague !== null && unit === null && !o.cell && /billions$/.test(core.vague)) {
    const more = wordAt(t, core.end);
    const after = more && more.w === "more" ? more.e : core.end;
    if (!pluralNounAfter(t, after) && wordAt(t, after)?.w !== "of") unit = U_MONEY;
  }
  // "four unanswered first-half goals", "30 La Liga goals", "two shots behind": a score, not a tally
  if (n1 && !o.cell && unit === null && core.outOf === null && core.vague === null && scoreAhead(t, core.end)) unit = U_SCORE;
  const fraction = n1 !== null && n1.fractionOnly && unit === null && core.rangeLow === null;
  const q: Quantity = {
    start,
    end: core.end,
    text: t.slice(start, core.end),
    // "just a couple" is still loose; "more than a couple" keeps its bound
    hedge: core.couple && (!hedge || hedge.entry.sense === "only" || hedge.entry.sense === "eq") ? A_COUPLE.canonical : hedge ? hedge.entry.canonical : null,
    hedgeAfter: core.hedgeAfter ? core.hedgeAfter.canonical : null,
    vague: core.vague,
    value,
    rangeLow,
    rangeHigh,
    outOf: core.outOf,
    numberStart: core.numberStart,
    numberEnd: core.numberEnd,
    kind: unit || fraction ? "measure" : "count",
    unit: unit ? unit.unit : fraction ? "fraction" : null,
    unitDimension: unit ? unit.dim : fraction ? "fraction" : null,
  };
  return q;
}

/** "7 & 8 March", "7, 8 and 9 March": more days, then the month. */
const DAY_LIST = /^\s*(?:(?:,|&|and|or)\s*\d{1,2}\s*)+(\p{Lu}[a-z]+)/u;
const HAS_CAPITAL = /\p{Lu}/u;

/** "in 2014", "2016 was": four digits from 1800 to 2100, alone, with no hedge and no count noun after them. */
function isPlainYear(t: string, n1: Num | null, core: Core, hedge: HedgeMatch | null, o: ParseOpts): boolean {
  return (
    n1 !== null && core.rangeLow === null && core.unit === null && core.outOf === null && n1.plain && !hedge && core.hedgeAfter === null &&
    !o.cell && isYearShaped(n1) && !followedByCountNoun(t, n1.end)
  );
}

const U_SCORE: UnitEntry = { unit: "goal", dim: "score" };
const SPEED_LIMIT_LINKS: ReadonlySet<string> = new Set(["limit", "limits", "was", "is", "of", "at", "were", "are", "to"]);
const YEAR_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "his", "her", "their", "its", "our", "my", "your", "this", "that"]);
/** Capitalised after a number, these words begin a title: "100 Favorite Films", "15 Most Wanted", "10 Things You Need to Know". */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  "most", "best", "worst", "favorite", "favourite", "greatest", "biggest", "things", "ways", "reasons", "questions", "facts",
  "secrets", "tips", "signs", "lessons", "rules", "steps", "habits", "awesomely", "amazing", "incredible", "essential",
  "unforgettable", "unbelievable", "surprising", "shocking", "stunning", "craziest", "funniest", "weirdest", "strangest",
]);
const DIVIDED: ReadonlySet<string> = new Set(["Koreas", "Germanys", "Germanies", "Sudans", "Congos", "Chinas", "Vietnams"]);
/** A bare four-digit number that may be a year: "1971", not "1,971" or "1971.5". */
function isYearShaped(n: Num): boolean {
  return n.plain && n.intLen === 4 && n.value >= 1800 && n.value <= 2100;
}

/**
 * "eight and six years", "five, six years", "two or three weeks", "more than 30, 60, even 90 days": the duration,
 * distance or weight unit after the next numbers of a list (up to four more).
 */
function unitOfNext(t: string, n1: Num): UnitEntry | undefined {
  let end = n1.end;
  for (let k = 0; k < 4; k++) {
    let p = skipSp(t, end);
    if (t.charCodeAt(p) === 44) {
      p = skipSp(t, p + 1);
      // "30, 60, even 90 days", "five, or six years"
      const filler = wordAt(t, p);
      if (filler && LIST_FILLERS.has(filler.w)) p = skipSp(t, filler.e);
    } else {
      const link = wordAt(t, p);
      if (!link || (link.w !== "and" && link.w !== "or")) return undefined;
      p = skipSp(t, link.e);
    }
    const n2 = parseNumber(t, p, { cell: false, currency: false, afterHedge: false, small: false });
    if (!n2 || n2 === "code" || n2.wordy !== n1.wordy || n2.mult !== n1.mult) return undefined;
    const w = wordAt(t, n2.end);
    const u = w && w.s === skipSp(t, n2.end) ? UNIT_WORDS.get(w.w) : undefined;
    if (u) return u.dim === "duration" || u.dim === "distance" || u.dim === "weight" ? u : undefined;
    end = n2.end;
  }
  return undefined;
}

/** "the eight Clinton years": a span of time named after someone, so a duration. */
function namedSpanAfter(t: string, p: number): UnitEntry | null {
  const name = wordAt(t, p);
  if (!name || name.s !== skipSp(t, p) || !isUpper(t.charCodeAt(name.s))) return null;
  const span = wordAt(t, name.e);
  const u = span && span.s === skipSp(t, name.e) && span.w.endsWith("s") ? UNIT_WORDS.get(span.w) : undefined;
  return u && u.dim === "duration" ? u : null;
}

const LIST_FILLERS: ReadonlySet<string> = new Set(["even", "or", "and", "maybe", "perhaps", "possibly", "sometimes", "now"]);

/** Nouns a title in quotes may follow: 'their latest album, "Four,"'. */
const TITLE_NOUNS: ReadonlySet<string> = new Set(["album", "song", "single", "film", "movie", "book", "novel", "show", "series", "play", "track", "record", "titled", "called", "named", "dubbed", "plate", "poem", "painting"]);

/** Before p, over spaces and one comma: where the word before "album, "Four"" ends. */
function skipBackComma(t: string, p: number): number {
  let i = p;
  while (i > 0 && isInlineSpace(t.charCodeAt(i - 1))) i--;
  if (t.charCodeAt(i - 1) === 44) i--;
  return i;
}

/**
 * A letter in t[from - k, to + k): the number's own words, or words near it. The scan goes left to
 * right, so the stretch last found to hold no letter is remembered: a run of bare digits ("1,1,1,...")
 * is read once, not once per number.
 */
const NO_LETTER = { t: "", from: 0, to: 0 };
function letterNear(t: string, from: number, to: number, k: number): boolean {
  if (NO_LETTER.t !== t) {
    NO_LETTER.t = t;
    NO_LETTER.from = NO_LETTER.to = 0;
  }
  const b = Math.max(0, from - k);
  const e = Math.min(t.length, to + k);
  const known = b >= NO_LETTER.from && b <= NO_LETTER.to;
  for (let i = known ? NO_LETTER.to : b; i < e; i++) {
    if (!isLetter(t.charCodeAt(i))) continue;
    if (known) NO_LETTER.to = i;
    else {
      NO_LETTER.from = b;
      NO_LETTER.to = i;
    }
    return true;
  }
  if (known) NO_LETTER.to = Math.max(NO_LETTER.to, e);
  else {
    NO_LETTER.from = b;
    NO_LETTER.to = e;
  }
  return false;
}

/** ",", "&", "a(nd)", "o(r)": what may follow the first day of "7 & 8 March", "7, 8 and 9 March". */
const DAY_LIST_LINK: ReadonlySet<number> = new Set([44, 38, 97, 111]);
/** After a batsman's score: "struck a brisk 65 after ...", "made a patient 80 off 120 balls". */
const INNINGS_AFTER: ReadonlySet<string> = new Set(["after", "before", "off", "from", "in", "as", "to", "and", "but", "runs", "not", "with"]);
/** "9 to 5 Mac": a range of hours, then a capitalised singular word. Module constants (\p{...}: see counted.ts). */
const NINE_TO_FIVE_AHEAD = /^\s+to\s+\d{1,2}\s+\p{Lu}\p{Ll}*[^s\P{L}]\b/u;
const NINE_TO_FIVE_BEHIND = /\d\s+to\s+$/;

/** "split in two by lightning": verbs before "in two" that make it halves. */
const SPLIT_VERBS: ReadonlySet<string> = new Set(["split", "splits", "splitting", "cut", "cuts", "broke", "broken", "break", "breaks", "torn", "tore", "snapped", "sliced", "divided", "ripped", "sawn", "sawed", "chopped", "folded"]);
/** "a unique commitment between two people": nouns of a bond between any two. */
const BOND_NOUNS: ReadonlySet<string> = new Set(["commitment", "relationship", "marriage", "union", "bond", "love", "partnership", "contract", "agreement", "friendship"]);

/** "the length of 41 London buses": nouns of size a comparison follows. */
const COMPARED_MEASURES: ReadonlySet<string> = new Set(["length", "height", "width", "size", "weight", "area", "distance", "depth", "equivalent", "span"]);

/** "two tins per traveler": after the counted noun, "per" and a noun that is not a unit of time. */
function perNounAfter(t: string, p: number): boolean {
  const noun = wordAt(t, p);
  const per = noun ? wordAt(t, noun.e) : null;
  if (!per || per.w !== "per") return false;
  // "5 deaths per 100,000 people": a ratio to a population
  if (isDigit(t.charCodeAt(skipSp(t, per.e)))) return true;
  const what = wordAt(t, per.e);
  return what !== null && !FREQUENCY_PERIODS.has(what.w) && !UNIT_WORDS.has(what.w) && what.w !== "cent";
}
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(["over", "in", "for", "during", "within", "throughout"]);
const ROUND_GAMES: ReadonlySet<string> = new Set(["doubles", "singles", "tie", "match", "clash", "game", "encounter", "showdown", "draw", "stage", "round", "berth", "spot", "place", "exit", "defeat", "victory", "win", "loss", "first", "second"]);
const NUMBERED_BOOKS: ReadonlySet<string> = new Set(["Cor", "Corinthians", "Kings", "Kgs", "Sam", "Samuel", "Chron", "Chronicles", "Tim", "Timothy", "Thess", "Thessalonians", "Pet", "Peter", "John", "Jn", "Macc", "Maccabees"]);
const COUNTING_WORDS: readonly string[] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const COUNTING_NEXT: readonly RegExp[] = COUNTING_WORDS.map((_, v) => new RegExp(`^\\s*,\\s*${COUNTING_WORDS[v + 1] ?? "-"}\\b`, "i"));
const COUNTING_PREV: readonly RegExp[] = COUNTING_WORDS.map((_, v) => new RegExp(`\\b${COUNTING_WORDS[v - 1] ?? "-"}\\s*,\\s*$`, "i"));

/** "one, two, three times": v in a sequence of three number words counted aloud ("no one, two aides said" is not). */
function countingAloud(t: string, n1: Num, v: number): boolean {
  const ahead = t.charCodeAt(skipSp(t, n1.end)) === 44 ? COUNTING_NEXT[v]!.exec(t.slice(n1.end, n1.end + 12)) : null;
  let b = n1.start;
  while (b > 0 && isInlineSpace(t.charCodeAt(b - 1))) b--;
  const behind = t.charCodeAt(b - 1) === 44 ? COUNTING_PREV[v]!.exec(t.slice(Math.max(0, n1.start - 12), n1.start)) : null;
  if (ahead && behind) return true;
  if (ahead && v + 2 < COUNTING_WORDS.length) return COUNTING_NEXT[v + 1]!.test(t.slice(n1.end + ahead[0].length, n1.end + ahead[0].length + 12));
  if (behind && v >= 2) return COUNTING_PREV[v - 1]!.test(t.slice(Math.max(0, n1.start - behind[0].length - 12), n1.start - behind[0].length));
  return false;
}
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["her", "him", "them", "me", "us", "you", "it"]);
const U_MONEY: UnitEntry = { unit: "money", dim: "money" };

/** "in stock incentives", "in damages": after "millions in", words that make the millions money. */
const MONEY_NOUNS = /^\s+in\s+(?:[\w-]+\s+){0,2}(?:incentives|cash|revenue|revenues|funding|funds|damages|compensation|fees|bonuses|salary|salaries|wages|profits?|losses|sales|taxes|aid|donations|loans|debts?|fines|settlements?|assets|investments?|contracts|grants|subsidies|spending|cuts|savings|earnings|income|ransom|bribes|payments|costs|stock|shares|bonds)\b/i;
/** "of research and financial aid dollars": the currency closes a phrase of lower-case words that count nothing. */
function currencyAfterOf(t: string, p: number): boolean {
  const of = wordAt(t, p);
  if (!of || of.w !== "of" || of.s !== skipSp(t, p)) return false;
  let e = of.e;
  for (let k = 0; k < 5; k++) {
    const w = wordAt(t, e);
    if (!w || w.s !== skipSp(t, e)) return false;
    // (a currency of the unit table; "pounds" stands there as a weight)
    if (UNIT_WORDS.get(w.w)?.dim === "money" || w.w === "pounds") return true;
    if (w.raw !== w.w || pluralNounAfter(t, e)) return false; // "millions of people lost dollars"
    e = w.e;
  }
  return false;
}

function moneyNounAfter(t: string, p: number): boolean {
  return MONEY_NOUNS.test(t.slice(p, p + 50));
}

/** Verbs of paying and costing: "donated millions", "spend millions on", "cost the country billions". */
const MONEY_VERBS = /\b(?:pay|pays|paid|paying|spend|spends|spent|spending|cost|costs|costing|donate[sd]?|donating|raise[sd]?|raising|earn(?:s|ed|ing)?|owe[sd]?|owing|invest(?:s|ed|ing)?|fine[sd]|lose|lost|losing|save[sd]?|saving|make|makes|made|making|worth|bilked|embezzled|stole|stolen|poured|pumped)\s+(?:(?:the|a|an|its|his|her|their|our|us|them|him|country|city|state|company|taxpayers|government|up|out|about)\s+){0,3}$/i;

function moneyVerbBefore(t: string, start: number): boolean {
  return MONEY_VERBS.test(t.slice(Math.max(0, start - 50), start));
}

/** Prepositions before a time of day written as a range of hours: "home by five or six". */
const CLOCK_PRECEDERS: ReadonlySet<string> = new Set(["by", "until", "till", "at", "before", "after"]);

/** Words between a number and "goals" / "points" that keep it a score: "four unanswered first-half goals". */
const SCORE_ADJECTIVES: ReadonlySet<string> = new Set([
  "more", "unanswered", "away", "home", "league", "late", "early", "quick", "second-half", "first-half", "extra",
  "international", "competitive", "career", "season", "straight", "consecutive", "successive", "further", "crucial",
  "penalty", "world", "cup", "european", "champions", "premier", "la", "liga", "serie", "bundesliga", "ligue",
  "mls", "nba", "nfl", "nhl", "test", "own", "stunning", "fine", "superb", "spectacular", "decisive", "playoff",
]);

/** A score noun after up to three adjectives: "four unanswered first-half goals"; "two shots behind". */
function scoreAhead(t: string, p: number): boolean {
  const q = skipSp(t, p);
  const len = wordEnd(t, q) - q;
  if (len < 2 || len > 11 || !isLetter(t.charCodeAt(q))) return false;
  let w = wordAt(t, q);
  if (w && (w.w === "shots" || w.w === "strokes")) {
    // "triumphed by two strokes"
    if (w.w === "strokes") {
      const by = wordBefore(t, numberStartBefore(t, p));
      if (by && by.w === "by") return true;
    }
    const w2 = wordAt(t, w.e);
    return w2 !== null && (w2.w === "behind" || w2.w === "ahead" || w2.w === "clear" || w2.w === "off" || w2.w === "back");
  }
  for (let k = 0; k < 4 && w; k++) {
    if (k > 0 && (w.w === "goals" || w.w === "points")) return true;
    if (!SCORE_ADJECTIVES.has(w.w)) {
      // "first-half goals": a hyphenated modifier
      if (t.charCodeAt(w.e) !== 45) return false;
      const w2 = wordAt(t, w.e + 1);
      if (!w2 || w2.s !== w.e + 1 || !SCORE_ADJECTIVES.has(`${w.w}-${w2.w}`)) return false;
      w = w2;
    }
    w = wordAt(t, w.e);
  }
  return false;
}

/**
 * The number opens a title in quotation marks: "30 Rock", "“50 Shades of Grey”", "30 Under 30". Capitalised
 * words (and short function words) up to the closing mark; a lower-case word first means a quoted sentence.
 */
const TITLE_SMALL: ReadonlySet<string> = new Set(["of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "or", "under", "with", "from"]);

function titleInQuotes(t: string, start: number, numberEnd: number): number {
  const b = t.charCodeAt(start - 1);
  const single = b === 39 || b === 0x2018;
  if (b !== 34 && b !== 0x201c && !single) return -1;
  const closes = (c: number): boolean => (single ? c === 39 || c === 0x2019 : c === 34 || c === 0x201d);
  // "Their latest album, "Four," came out": a number alone in quotes after the noun it names
  const named = wordBefore(t, skipBackComma(t, start - 1));
  const alone = named !== null && TITLE_NOUNS.has(named.w);
  let p = numberEnd;
  if (!single && (t.charCodeAt(p) === 39 || t.charCodeAt(p) === 0x2019) && (t.charCodeAt(p + 1) | 32) === 115 && !isLetter(t.charCodeAt(p + 2))) p += 2; // "Three's Company"
  for (let k = 0; k < 6; k++) {
    const q = skipSp(t, p);
    const c = t.charCodeAt(q);
    if (closes(c)) return k > 0 || alone ? q : -1;
    // "Fifty Shades of Grey," told: the comma inside the closing mark
    if ((c === 44 || c === 46 || c === 33 || c === 63) && closes(t.charCodeAt(q + 1))) return k > 0 || alone ? q : -1;
    if (isDigit(c)) {
      p = q;
      while (p < t.length && isDigit(t.charCodeAt(p))) p++;
      continue;
    }
    const w = wordAt(t, q);
    if (!w || w.s !== q) return -1;
    if (!isUpper(w.raw.charCodeAt(0)) && !(k > 0 && TITLE_SMALL.has(w.raw))) return -1;
    p = w.e;
    if (!single && (t.charCodeAt(p) === 39 || t.charCodeAt(p) === 0x2019)) {
      p++;
      if ((t.charCodeAt(p) | 32) === 115 && !isLetter(t.charCodeAt(p + 1))) p++; // "Three's Company"
    }
  }
  return -1;
}

/** "March 10 and" / "Oct. 3 to" ends at p: the next plain number is the other day of a date range. */
function monthDayBefore(t: string, p: number): boolean {
  let k = p;
  while (k > 0 && isInlineSpace(t.charCodeAt(k - 1))) k--;
  const c = t.charCodeAt(k - 1) | 32;
  if (c !== 100 && c !== 111 && c !== 104 && c !== 114) return false; // and, to, through, or
  const link = wordBefore(t, p);
  if (!link || (link.w !== "and" && link.w !== "to" && link.w !== "through" && link.w !== "or")) return false;
  let e = link.s;
  while (e > 0 && isInlineSpace(t.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && isDigit(t.charCodeAt(s - 1))) s--;
  if (s === e || e - s > 2) return false;
  let b = s;
  while (b > 0 && isInlineSpace(t.charCodeAt(b - 1))) b--;
  if (b > 0 && t.charCodeAt(b - 1) === 46) b--;
  const m = wordBefore(t, b);
  return m !== null && m.e === b && MONTHS.has(m.raw);
}

/** After a year: punctuation, the end, or a word that goes on with a time ("around 1923, when"; not "over 2000 were killed"). */
function yearEndsAt(t: string, p: number): boolean {
  const q = skipSp(t, p);
  if (q >= t.length || !isLetter(t.charCodeAt(q))) return true;
  const w = wordAt(t, q);
  return w !== null && YEAR_FOLLOWERS.has(w.w);
}

const YEAR_FOLLOWERS: ReadonlySet<string> = new Set(["when", "and", "in", "to", "at", "until", "till", "before", "after", "or", "as", "with", "through", "onward", "onwards"]);

/**
 * Prepositions before a hedged year: "in or about 2001", "from about 2000 until", "born around 1923"; and a
 * change measured against a year: "a 5.7% increase over 2013".
 */
const YEAR_PRECEDERS: ReadonlySet<string> = new Set([
  "in", "from", "since", "born", "or", "until", "by", "to", "circa", "built", "founded",
  "increase", "rise", "decrease", "decline", "drop", "growth", "gain", "jump",
]);

/**
 * Around a hedged four-digit number that may be a year: a preposition of time before it, a comma after it
 * ("Around 2002, I was browsing"), or a change before it ("an increase of 1.9% over 2013"). Without one,
 * "about 2000" is a count.
 */
function yearContext(t: string, start: number, end: number): boolean {
  const pw = wordBefore(t, start);
  if (pw && YEAR_PRECEDERS.has(pw.w)) return true;
  if (t.charCodeAt(skipSp(t, end)) === 44) return true;
  let k = start;
  while (k > 0 && isInlineSpace(t.charCodeAt(k - 1))) k--;
  return t.charCodeAt(k - 1) === 37;
}

/** "August 22, " ends at p: the number after it is a year, however old. */
function monthDayCommaBefore(t: string, p: number): boolean {
  let k = p;
  while (k > 0 && isInlineSpace(t.charCodeAt(k - 1))) k--;
  if (k === 0 || t.charCodeAt(k - 1) !== 44) return false;
  const e = k - 1;
  let s = e;
  while (s > 0 && isDigit(t.charCodeAt(s - 1))) s--;
  if (s === e || e - s > 2) return false;
  const m = wordBefore(t, s);
  return m !== null && MONTHS.has(m.raw);
}

/** The start of the number or word that ends at p (spaces aside). */
function numberStartBefore(t: string, p: number): number {
  let e = p;
  while (e > 0 && isInlineSpace(t.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && (isLetter(t.charCodeAt(s - 1)) || isDigit(t.charCodeAt(s - 1)) || t.charCodeAt(s - 1) === 44)) s--;
  return s;
}

const CLOCK_SPAN_AFTER = /^\s*(?:to|until|till|and|-|\u2013)\s*(?:\d{1,2}:\d\d\b|\d{1,2}\s*[ap]\.?m\b)/i;

/** "o'clock" after spaces at p. */
function oClockAt(t: string, p: number): boolean {
  const q = skipSp(t, p);
  if ((t.charCodeAt(q) | 32) !== 111) return false;
  const a = t.charCodeAt(q + 1);
  return (a === 39 || a === 0x2019) && t.slice(q + 2, q + 7).toLowerCase() === "clock";
}

/** The word before `w` (only spaces between), stepping over a contraction: "She'll be" -> "She". */
function wordBeforeWord(t: string, w: Word): Word | null {
  const c = t.charCodeAt(w.s - 1);
  if ((c === 39 || c === 0x2019) && w.e - w.s <= 2) return wordBefore(t, w.s - 1);
  return wordBefore(t, w.s);
}

/** Is the character at p (after spaces) the end of a phrase: punctuation, a line break or the end? */
function phraseEndsAt(t: string, p: number): boolean {
  const q = skipSp(t, p);
  if (q >= t.length) return true;
  const c = t.charCodeAt(q);
  return !isLetter(c) && !isDigit(c) && c !== 36 && c !== 0xa3 && c !== 0x20ac;
}

/** Lower-case words after p within the sentence, over commas and dashes, at most k. */
function wordsAfter(t: string, p: number, k: number): string[] {
  const out: string[] = [];
  let i = p;
  while (out.length < k && i < t.length) {
    const c = t.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13) break;
    if (isLetter(c)) {
      const e = wordEnd(t, i);
      out.push(t.slice(i, e).toLowerCase());
      i = e;
    } else i++;
  }
  return out;
}

/** Conjunctions before the generic pronoun "one" + verb: "if one looks at". */
const ONE_GENERIC_BEFORE: ReadonlySet<string> = new Set(["if", "when", "unless", "once", "whenever", "until", "as"]);

const ONE_RELATIVE: ReadonlySet<string> = new Set(["where", "that", "which", "who", "whom", "when", "whose"]);

/**
 * "one" as a pronoun or in an idiom, by the words around it: "an extravagant one:", "The second one,",
 * "one has to seek permission", "in one piece", "all in one", "into one big tent", "from one village to
 * another", "one in the face, the other in the shoulder", "similar to one targeting her".
 */
function onePronoun(t: string, n1: Num, pw: Word | null, nw: Word | null): boolean {
  const ends = phraseEndsAt(t, n1.end) || (nw !== null && ONE_PHRASE_END.has(nw.w));
  if (ends) {
    // a determiner and adjectives before it, no noun after it
    let p = n1.start;
    for (let k = 0; k < 3; k++) {
      const w = wordBefore(t, p);
      if (!w) break;
      if (k > 0 && ONE_PHRASE_DETERMINERS.has(w.w)) return true;
      if (w.raw !== w.w || ONE_PHRASE_BLOCKERS.has(w.w) || ONE_PHRASE_DETERMINERS.has(w.w)) break;
      p = w.s;
    }
  }
  const next = wordsAfter(t, n1.end, 8);
  // "with one eye on", "keep one eye on"
  if (nw && nw.w === "eye" && next[1] === "on") return true;
  if (nw && (nw.w === "has" || nw.w === "needs" || nw.w === "ought" || nw.w === "had") && next[1] === "to") return true;
  if (pw) {
    if (pw.w === "into") return true;
    // "On one hand", "on the one hand"
    if (nw && nw.w === "hand" && (pw.w === "on" || (pw.w === "the" && wordBeforeWord(t, pw)?.w === "on"))) return true;
    // "if one looks at", "when one considers": the generic pronoun before a verb
    if (ONE_GENERIC_BEFORE.has(pw.w) && nw && nw.raw === nw.w && /^[a-z]{2,}[^su']s$/.test(nw.w)) return true;
    // "This is one where", "It's one more way", "We Muslims are one body"
    if ((pw.w === "is" || pw.w === "s" || pw.w === "was") && nw && (nw.w === "more" || ONE_RELATIVE.has(nw.w))) return true;
    if (pw.w === "are" || pw.w === "were" || pw.w === "re") {
      const subject = wordBeforeWord(t, pw);
      if (!subject || (subject.w !== "there" && subject.w !== "here")) return true;
    }
    if (pw.w === "in" && nw && (nw.w === "piece" || nw.w === "go")) return true;
    const ppw = wordBefore(t, pw.s);
    if (pw.w === "in" && ppw && ppw.w === "all" && ends) return true;
    if (pw.w === "to" && ppw && ONE_COMPARED.has(ppw.w)) return true;
  }
  // "one house to another", "one way or the other", "one after another"
  for (let k = 0; k <= 2 && k + 1 < next.length; k++) {
    const link = next[k]!;
    if (link === "to" || link === "or" || link === "after") {
      const a = next[k + 1]!;
      if (a === "another" || ((a === "the") && (next[k + 2] === "other" || next[k + 2] === "next"))) return true;
    }
  }
  // "one in the face, the other in the shoulder": no noun after "one", "the other" soon after
  if (ends) {
    for (let k = 1; k + 1 < next.length; k++) if (next[k] === "the" && next[k + 1] === "other") return true;
  }
  return false;
}

/** Does a number (digits, or a multiplier or number word) end right before p, spaces aside? */
function numberEndsAt(t: string, p: number): boolean {
  let e = p;
  while (e > 0 && isInlineSpace(t.charCodeAt(e - 1))) e--;
  if (e > 0 && isDigit(t.charCodeAt(e - 1))) return true;
  const w = wordBefore(t, e);
  return w !== null && (isNumberWord(w.w) || MULTIPLIER_WORDS.has(w.w) || w.w === "hundred");
}

/** An opening bracket not closed between it and p, on the same line and within 80 characters. */
function openParenBefore(t: string, p: number): boolean {
  for (let i = p - 1; i >= 0 && i >= p - 80; i--) {
    const c = t.charCodeAt(i);
    if (c === 40) return true;
    if (c === 41 || c === 10 || c === 13) return false;
  }
  return false;
}

/** "a scale of 1 to" / "a scale from one to" ends at p: the upper end of a scale is no count either. */
function onScale(t: string, p: number): boolean {
  let e = p;
  while (e > 0 && isInlineSpace(t.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && (isDigit(t.charCodeAt(s - 1)) || isLetter(t.charCodeAt(s - 1)))) s--;
  if (s === e) return false;
  const n = t.slice(s, e).toLowerCase();
  if (!/^\d+$/.test(n) && !isNumberWord(n)) return false;
  const of = wordBefore(t, s);
  if (!of || (of.w !== "of" && of.w !== "from")) return false;
  const scale = wordBefore(t, of.s);
  return scale !== null && scale.w === "scale";
}

/** Prepositions before "year 21", "day three": a label, not "every year 500 die". */
const LABEL_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "until", "till", "in", "on", "by", "from", "to", "after", "before", "since", "of", "through", "into", "the", "past", "beyond"]);

/**
 * Numbers that are not counts by the words around them: ages ("Alex is 7,", "She'll be 69 by", "at 17
 * when", "below the age of 18"), labels ("season eight", "until year 21"), rankings and rounds ("the top
 * three", "the last 16 of the Europa League"), scales ("on a scale of one to ten"), old years ("in 1300"),
 * street numbers ("43 Alfred St."), phone numbers ("called 911"), an idiom ("is a handful"). Returns
 * "code" (skip) or null (a count, as far as the context tells).
 */
function notACount(t: string, n1: Num | null, core: Core, hedge: HedgeMatch | null, start: number, single: boolean): "code" | null {
  const pw = wordBefore(t, start);
  const ppw = pw ? wordBeforeWord(t, pw) : null;
  // "the top three", "top 10": a ranking; "on a scale of one to ten", "a scale from 1 to 10"
  if (pw && pw.w === "top" && core.unit === null) return "code";
  if (pw && (pw.w === "scale" || (ppw && ppw.w === "scale" && (pw.w === "of" || pw.w === "from")))) return "code";
  if (pw && pw.w === "to" && onScale(t, pw.s)) return "code";
  if (core.vague === "a handful" && pw && AGE_VERBS.has(pw.w) && phraseEndsAt(t, core.end)) return "code"; // "Lu Yiming is a handful."
  if (n1 && core.vague === null && yearsAround(t, n1, core, pw, start)) return "code";
  // "lost 1-6 6-3 6-2 6-2": the games of tennis sets
  if (core.rangeLow !== null && n1 && !n1.wordy && (TENNIS_SET_AFTER.test(t.slice(core.end, core.end + 8)) || TENNIS_SET_BEFORE.test(t.slice(Math.max(0, start - 8), start)))) return skipAsCode(core.end);
  if (core.vague !== null) {
    const after = wordAt(t, core.end);
    const afterOf = after !== null && after.w === "of" ? wordAt(t, after.e) : null;
    // "carries the hearts and hopes of millions", "he lives on in millions of hearts": a figure of speech
    if (pw && pw.w === "of" && ppw && RHETORICAL_OF.has(ppw.w) && !pluralNounAfter(t, core.end) && after?.w !== "of") return "code";
    if (afterOf && RHETORICAL_OF.has(afterOf.w)) return "code";
    // "problematic for several reasons", "a couple of things that airports have to do": the writer's own points
    if (after && WRITERS_POINTS.has(after.w) && /^(?:several|a few|a couple|a handful)$/.test(core.vague)) return "code";
    if (afterOf && WRITERS_POINTS.has(afterOf.w) && /^(?:a couple|a handful)$/.test(core.vague)) return "code";
    // "can still only enroll a handful of the many students": a few among many, not a tally
    if (/^\s+of\s+the\s+many\b/.test(t.slice(core.end, core.end + 16))) return "code";
  }
  // "train wrecks, to name a few", "to name but a few": an idiom
  if (core.vague === "a few" && pw && (pw.w === "name" || (pw.w === "but" && ppw?.w === "name"))) return "code";
  if (!single || core.vague !== null || n1 === null) return null;
  const v = n1.value;
  const nounAfter = pluralNounAfter(t, n1.end) || followedByCountNoun(t, n1.end);
  const ends = phraseEndsAt(t, n1.end);
  // "trees were snapped in two", "a zero sum game", "zero tolerance": idioms
  if (!hedge && n1.wordy && pw && v === 2 && (pw.w === "in" || pw.w === "into") && t.charCodeAt(n1.end) !== 45 && (ends || wordAt(t, n1.end)?.w === "or" || (ppw !== null && SPLIT_VERBS.has(ppw.w)))) return "code";
  // "a unique commitment between two people": a definition, not a tally
  if (!hedge && v === 2 && pw && pw.w === "between" && ppw && BOND_NOUNS.has(ppw.w)) return "code";
  if (!hedge && n1.wordy && v === 0 && !nounAfter) return "code"; // "No justification. Zero," he said.
  // "Odds of winning Powerball: about 175 million to 1"
  if (v === 1 && pw && pw.w === "to" && !hedge && numberEndsAt(t, pw.s)) return "code";
  const to = wordAt(t, core.end);
  if (to && to.w === "to") {
    const q = skipSp(t, to.e);
    const one = wordAt(t, q);
    const a = t.charCodeAt(q + 1);
    if ((t.charCodeAt(q) === 49 && !isDigit(a) && !(a === 44 && isDigit(t.charCodeAt(q + 2))) && !(a === 46 && isDigit(t.charCodeAt(q + 2)))) || (one && one.w === "one" && !wordAt(t, one.e)?.w.match(/^(hundred|thousand|million|billion)$/))) return "code";
  }
  // "The Badgers were 20 for 23 from the free throw line": a success rate in sport
  if (to && to.w === "for" && !hedge && n1.plain && Number.isInteger(v)) {
    const q = skipSp(t, to.e);
    if (isDigit(t.charCodeAt(q))) {
      let e = q;
      while (e < t.length && isDigit(t.charCodeAt(e))) e++;
      const m = Number(t.slice(q, e));
      if (m >= v && m < 1000 && !isLetter(t.charCodeAt(e)) && t.charCodeAt(e) !== 44 && !pluralNounAfter(t, e) && !followedByCountNoun(t, e)) return skipAsCode(e);
    }
  }
  // "the last 16 of the Europa League", "the round of 16"
  if (pw && !hedge && KNOCKOUT_ROUNDS.has(v) && !nounAfter && (pw.w === "last" || (pw.w === "of" && ppw?.w === "round"))) return "code";
  const nw = wordAt(t, n1.end);
  // "the ratio of any two whole numbers", "the rule of three", "the lesser of two evils": generic, not reported
  if (!hedge && pw && (pw.w === "any" || (pw.w === "of" && ppw && (ppw.w === "rule" || ppw.w === "lesser" || ppw.w === "power")))) return "code";
  // "a three dimensional image", "a best of five tie", "Rooney made it five": not tallies
  if (nw && nw.w === "dimensional") return "code";
  if (!hedge && pw && ppw && pw.w === "of" && ppw.w === "best") return "code";
  if (!hedge && !nounAfter && pw && ppw && pw.w === "it" && MADE_IT.has(ppw.w)) return "code";
  if (!hedge && !nounAfter && golfHole(t, v, pw, start)) return "code";
  // "clever one liners"; "temperatures near 40"
  if (v === 1 && n1.wordy && nw && (nw.w === "liners" || nw.w === "liner")) return "code";
  if (!nounAfter && /\btemperatures?\s+(?:\w+\s+){0,2}$/i.test(t.slice(Math.max(0, start - 30), start))) return "code";
  // "Hollywood's 100 Favorite Films", "the U.S. Marshal's 15 Most Wanted List": a title in title case
  if (nw && isUpper(nw.raw.charCodeAt(0)) && TITLE_WORDS.has(nw.w)) {
    const nnw = wordAt(t, nw.e);
    if (nnw && isUpper(nnw.raw.charCodeAt(0))) return "code";
  }
  // "the two Koreas": the name of a divided country
  if (v === 2 && nw && DIVIDED.has(nw.raw)) return "code";
  // "an average of 2.4 nonwhite members per organization", "2.2 arrest warrants on average": a mean, not a tally
  if (pw && ppw && pw.w === "of" && ppw.w === "average") return "code";
  const ahead = t.slice(n1.end, n1.end + 50);
  if (ahead.includes("average") && /^\s+(?:[\w-]+\s+){0,3}on\s+average\b/i.test(ahead)) return "code";
  // cricket: "struck a brisk 65", "smashing Dale Steyn for six", "posting totals of over 400"
  if (pw && ppw && ppw.w === "a" && v >= 10 && v <= 400 && !nounAfter && (ends || (nw !== null && INNINGS_AFTER.has(nw.w))) && /^(?:struck|hit|made|compiled|scored|smashed|plundered)$/.test(wordBeforeWord(t, ppw)?.w ?? "")) return "code";
  if (n1.wordy && (v === 4 || v === 6) && pw && pw.w === "for" && !nounAfter && /\b(?:hit|hits|hitting|smash\w*|struck|slog\w*|launch\w*|dispatch\w*|club\w*|pull\w*|drove|driving|swept|lofted|heaved)\b/i.test(t.slice(Math.max(0, start - 40), start))) return "code";
  if (pw && (pw.w === "of" || pw.w === "over") && !nounAfter && /\btotals? of (?:over |more than |about )?$/.test(t.slice(Math.max(0, start - 25), n1.start)) && /\b(?:innings|overs|wickets?|batting|posting|posted)\b/i.test(t.slice(Math.max(0, start - 40), Math.min(t.length, n1.end + 40)))) return "code";
  // "Lemon v. Kurtzman, 403 U.S. 602": a volume and page of the law reports
  if (!n1.wordy && /^\s+U\.\s?S\.\s+\d/.test(t.slice(n1.end, n1.end + 10))) return "code";
  // "9 to 5 Mac": a name made of a range of hours
  if (!n1.wordy && v <= 24 && (NINE_TO_FIVE_AHEAD.test(t.slice(n1.end, n1.end + 24)) || (pw && pw.w === "to" && nw && NINE_TO_FIVE_BEHIND.test(t.slice(Math.max(0, start - 8), start)) && isUpper(nw.raw.charCodeAt(0)) && !nw.w.endsWith("s")))) return "code";
  // "Pieter ten Hoopen": a particle of a name
  if (n1.wordy && v === 10 && t.charCodeAt(n1.start) === 116 && pw && nw && isUpper(pw.raw.charCodeAt(0)) && isUpper(nw.raw.charCodeAt(0)) && !isSentenceStart(t, pw.s)) return "code";
  // "martyred in 64 CE", "AD 70": an era
  if (!n1.wordy && nw && (nw.raw === "CE" || nw.raw === "BCE" || nw.raw === "BC" || nw.raw === "AD")) return "code";
  // "slumped to 260 all out": an innings total
  if (!hedge && nw && nw.w === "all" && wordAt(t, nw.e)?.w === "out") return "code";
  // "the length of 41 London buses", "the size of three football pitches": a measure by comparison
  if (pw && ppw && pw.w === "of" && COMPARED_MEASURES.has(ppw.w)) return "code";
  // "one of the ten best commuter bikes": a ranked list
  // ("one of the two largest warships")
  // (not "the wishes of the two eldest of his five children": the superlative picks out some of a count)
  if (pw && ppw && pw.w === "the" && ppw.w === "of" && nw && (nw.w === "best" || nw.w === "worst" || nw.w === "most" || (nw.w.length > 5 && nw.w.endsWith("est") && wordAt(t, nw.e)?.w !== "of"))) return "code";
  // "two tins per traveler", "only one city per country": an allowance per head, not a tally
  if (perNounAfter(t, n1.end)) return "code";
  if (pw && pw.w === "per" && !hedge) return "code";
  // "the house sold for $7. 2 million": a price broken by a stray space
  if (start >= 3 && /\$\d{1,3}\.\s$/.test(t.slice(Math.max(0, start - 6), start))) return "code";
  // "4x200-meter relay": the legs of a relay
  if (!n1.wordy && (t.charCodeAt(n1.end) === 0xd7 || ((t.charCodeAt(n1.end) | 32) === 120 && isDigit(t.charCodeAt(n1.end + 1))))) return "code";
  // "It was 11 when": a time of day
  if (!hedge && v >= 1 && v <= 12 && pw && ppw && (pw.w === "was" || pw.w === "is") && ppw.w === "it" && (ends || (nw !== null && (nw.w === "when" || nw.w === "o'clock" || nw.w === "in" || nw.w === "at")))) return "code";
  // "over the last five", "in the past two": years or months, the unit left out
  if (!hedge && !nounAfter && pw && ppw && (pw.w === "last" || pw.w === "past" || pw.w === "next") && ppw.w === "the") {
    const pppw = wordBeforeWord(t, ppw);
    if (pppw && TIME_PREPOSITIONS.has(pppw.w) && (ends || (nw !== null && (nw.w === "or" || nw.w === "and")))) return "code";
  }
  // "The posted speed limit was 55": a speed, its unit unsaid
  if (!nounAfter && pw && SPEED_LIMIT_LINKS.has(pw.w) && /\bspeed\s+limits?\s+(?:(?:was|is|of|at|were|are|to)\s+)?$/i.test(t.slice(Math.max(0, start - 30), start))) return "code";
  // "every family of four", "families with two wage-earners": a kind of household, not a tally
  if (pw && (pw.w === "of" || pw.w === "with") && /\b(?:(?:every|each|typical|average)\s+(?:family|household)\s+of|(?:families|households|couples|homes)\s+with)\s+$/i.test(t.slice(Math.max(0, start - 30), start))) return "code";
  // "six better than Spurs" (a gap in points), "did her one better", "thinks two steps ahead": idioms
  if (nw && (nw.w === "better" || nw.w === "worse") && (wordAt(t, nw.e)?.w === "than" || (v === 1 && pw && OBJECT_PRONOUNS.has(pw.w)))) return "code";
  if (nw && (nw.w === "steps" || nw.w === "step" || nw.w === "moves") && /^\s+(?:ahead|behind|back|backwards?|forwards?|closer|further)\b/.test(t.slice(nw.e, nw.e + 12))) return "code";
  // "two clear of Bubba Watson": a lead in a tournament
  if (nw && nw.w === "clear" && wordAt(t, nw.e)?.w === "of") return "code";
  // "the big four cancers", "the Big Three": a label
  if (!hedge && n1.wordy && pw && pw.w === "big" && v >= 2 && v <= 6) return "code";
  // "Saturday's last 16 doubles victory": a knockout round named before what was played in it
  if (pw && !hedge && pw.w === "last" && KNOCKOUT_ROUNDS.has(v) && nw && ROUND_GAMES.has(nw.w)) return "code";
  // "have 0.0 idea": zero written to a decimal is emphasis
  if (v === 0 && !n1.wordy && /\./.test(t.slice(n1.start, n1.end))) return "code";
  // "flee their home one, two, three times": counting aloud
  if (n1.wordy && v >= 1 && v <= 9 && countingAloud(t, n1, v)) return "code";
  // "(2 Cor.", "1 Kings 3:5": a book of the Bible
  if (!n1.wordy && v >= 1 && v <= 3 && nw && NUMBERED_BOOKS.has(nw.raw) && /^[.\s]*(?:\d|\)|$|\.)/.test(t.slice(nw.e, nw.e + 3))) return "code";
  // "their body mass index is at least 18": a measure with no unit
  const behind = t.slice(Math.max(0, start - 40), start);
  if ((behind.includes("mass index") || behind.includes("BMI")) && /\b(?:mass index|BMI)s?\s+(?:[\w']+\s+){0,3}$/.test(behind)) return "code";
  // "the final four", "the Final Four": a stage of a tournament
  if (!hedge && !nounAfter && v === 4 && pw && pw.w === "final") return "code";
  // "one of many moments", "just one of the thorny issues"... "one of many": the article, not a tally
  if (v === 1 && n1.wordy && /^\s+of\s+(?:many|several|numerous|countless|the\s+many)\b/i.test(t.slice(n1.end, n1.end + 20))) return "code";
  // "race him one more time", "one last time": an idiom
  if (v === 1 && n1.wordy && /^\s+(?:more|last|final)\s+time\b/i.test(t.slice(n1.end, n1.end + 14))) return "code";
  // "finished 15 under par"; 'a page called "2.0"'
  if (nw && (nw.w === "under" || nw.w === "over") && wordAt(t, nw.e)?.w === "par") return "code";
  const named = start > 0 && (t.charCodeAt(start - 1) === 34 || t.charCodeAt(start - 1) === 0x201c) ? wordBefore(t, start - 1) : null;
  if (named && (named.w === "called" || named.w === "named" || named.w === "dubbed" || named.w === "titled")) return "code";
  // "hit a six": a boundary in cricket
  if (!hedge && pw && ppw && (pw.w === "a" || pw.w === "the") && (v === 4 || v === 6) && n1.wordy && /^(?:hit|hits|hitting|smashed|struck|slog(?:ged)?)$/.test(ppw.w)) return "code";
  // "films two and three", "episodes 4 and 5": labels of items in a series
  if (!hedge && !nounAfter && pw && SERIES_PLURALS.has(pw.w) && pw.raw === pw.w) return "code";
  if (!hedge && !nounAfter && pw && (pw.w === "and" || pw.w === "or")) {
    const m = /\b([a-z]+)\s+[\w-]+\s+(?:and|or)\s*$/.exec(t.slice(Math.max(0, pw.s - 30), pw.e));
    if (m && SERIES_PLURALS.has(m[1]!)) return "code";
  }
  // golf: "a second round of 70", "carded an impressive 68", "shot a 66"; cricket: "84 not out", "281 off 43 overs"
  if (!hedge && !nounAfter && v >= 55 && v <= 90 && Number.isInteger(v) && golfScoreBefore(t, start)) return "code";
  if (!hedge && nw && nw.w === "not" && wordAt(t, nw.e)?.w === "out") return "code";
  // "needed 139 from 22 overs": a target in runs
  if (!hedge && nw && (nw.w === "off" || nw.w === "from") && cricketOversAfter(t, nw.e)) return "code";
  // "a three-under 69", "a two-over 74": a round of golf against par
  // (the whole phrase is skipped: read again without its hedge, the number would pass for a figure)
  if (v >= 55 && v <= 90 && hedge && (hedge.entry.canonical === "under" || hedge.entry.canonical === "over") && t.charCodeAt(start - 1) === 45) return skipAsCode(core.end);
  // "du Plessis top scoring with 82", "top-scored with 57": runs in cricket
  if (!hedge && !nounAfter && pw && pw.w === "with" && ppw && /^(?:scoring|scored|top-scored|top-scoring)$/.test(ppw.w)) return "code";
  // "12 brigades each of about 5,000 troops": the size of each, not a total
  if (pw && pw.w === "of" && ppw && ppw.w === "each" && /[a-z]s\s+each\s+of\s+$/i.test(t.slice(Math.max(0, start - 20), start))) return skipAsCode(core.end);
  // "Notre Dame trailed by 1", "won by three": a margin in points
  if (!hedge && !nounAfter && pw && pw.w === "by" && ppw && MARGIN_VERBS.has(ppw.w)) return "code";
  // "on course to win 30 seats, six seats more than the main opposition": a difference, not a tally
  if (!hedge && core.vague === null && nounAfter && differenceAfter(t, core.end)) return "code";
  // "to win by a full four lengths": a margin in a race
  if (wordAt(t, core.end)?.w === "lengths" && /\bby\s+(?:an?\s+)?(?:full\s+|clear\s+|good\s+)?$/i.test(t.slice(Math.max(0, start - 20), start))) return "code";
  // "did a 360", "a 180": a turn in degrees
  if (!hedge && !nounAfter && !n1.wordy && (v === 180 || v === 360) && pw && pw.w === "a") return "code";
  // "under one roof", "the four corners of the earth": idioms
  if (v === 1 && n1.wordy && nw && nw.w === "roof") return "code";
  // "the Aries 1B Trans-Lunar Space Shuttle": a model's name, not a billion
  if (!hedge && !n1.wordy && start === n1.start && isLetter(t.charCodeAt(n1.end - 1)) && pw && pw.e === start - 1 && isUpper(pw.raw.charCodeAt(0)) && !isSentenceStart(t, pw.s)) return "code";
  // "until we reach zero cases": a target
  if (v === 0 && pw && (REACH.has(pw.w) || (pw.w === "to" && ppw !== null && DOWN_TO.has(ppw.w)))) return "code";
  // "it was hard to choose just one", "I'd give this three": a choice, a rating
  if (!nounAfter && pw && v <= 10 && (CHOOSE.has(pw.w) || (ppw !== null && ppw.w === "give" && (pw.w === "this" || pw.w === "it")))) return "code";
  // "trips down the 101", "on the 405": a highway
  if (!hedge && !n1.wordy && !nounAfter && v >= 5 && v < 1000 && pw && pw.w === "the" && ppw !== null && ROAD_PREPOSITIONS.has(ppw.w) && (nw === null || !isUpper(nw.raw.charCodeAt(0)))) return "code";
  // "fighting between the two sides": the parties, a set phrase; "two wheels beats two legs"
  if (v === 2 && pw && pw.w === "the" && nw && nw.w === "sides") return "code";
  if (nw && (nw.w === "wheels" || nw.w === "legs") && (v === 2 || v === 4) && /\b(?:two|four|2|4)\s+(?:wheels|legs)\b/i.test(t.slice(Math.max(0, start - 40), start) + " " + t.slice(nw.e, nw.e + 40))) return "code";
  // "a six-bedroom, two bathroom house", "a two car garage": the kind of building, by its parts
  if (!hedge && nw && SIZE_PARTS.has(nw.w) && BUILDINGS.has(wordAt(t, nw.e)?.w ?? "")) return "code";
  // "the one I hit on 8": a hole of golf; "it will be a take two": an idiom; "Two wrongs do not make a right"
  if (!hedge && !nounAfter && v <= 18 && pw && pw.w === "on" && ppw && ppw.w === "hit") return "code";
  if (!hedge && !nounAfter && v === 2 && n1.wordy && pw && pw.w === "take") return "code";
  if (v === 2 && nw && nw.w === "wrongs") return "code";
  // "There is just one catch"; "a siege of the city on three sides"
  if (v === 1 && nw && nw.w === "catch" && phraseEndsAt(t, nw.e)) return "code";
  if (v <= 4 && pw && pw.w === "on" && nw && nw.w === "sides") return "code";
  // "the equivalent of taking 900 cars off the road": a comparison
  if (/\bequivalent\s+of\s+(?:\w+\s+)?$/i.test(t.slice(Math.max(0, start - 32), start))) return "code";
  // "Now at 17, she ...": an age
  if (!hedge && !n1.wordy && v < 120 && pw && pw.w === "at" && /(?:^|[.!?"\u201c]\s*|\b)(?:Now|now|Then|then)\s+at\s+$/.test(t.slice(Math.max(0, start - 10), start)) && t.charCodeAt(n1.end) === 44) return "code";
  // "track the 777", "a Boeing 737": an airliner's model
  if (!hedge && !n1.wordy && AIRLINER_MODELS.has(v) && pw && (pw.w === "the" || pw.w === "a" || pw.w === "boeing")) return "code";
  // "the four-seat aircraft", "a 300-seat theater": the kind of thing, by its capacity
  if (!hedge && pw && (pw.w === "a" || pw.w === "an" || pw.w === "the") && /^-seat(?:er)?\b/.test(t.slice(n1.end, n1.end + 8))) return "code";
  // "on more than one occasion": again and again; "only one piece of the puzzle"
  if (v === 1 && pw && pw.w === "on" && nw && nw.w === "occasion") return skipAsCode(nw.e);
  if (v === 1 && nw && nw.w === "piece" && /^\s+of\s+the\s+puzzle\b/.test(t.slice(nw.e, nw.e + 16))) return skipAsCode(nw.e);
  if (v === 4 && nw && nw.w === "corners" && wordAt(t, nw.e)?.w === "of") return "code";
  // "a 911 call", "a 999 operator": the emergency number
  if ((v === 911 || v === 999) && !n1.wordy && nw && EMERGENCY_AFTER.has(nw.w)) return "code";
  // "Six Holy Objects That Tell the Remarkable Story": a title, its small words capitalised
  if (nw && isUpper(nw.raw.charCodeAt(0)) && titleCaseFrom(t, nw)) return "code";
  // "14 of the Best Architecture Photos From the Past Year"
  if (nw && nw.w === "of") {
    const the = wordAt(t, nw.e);
    const first = the && the.w === "the" ? wordAt(t, the.e) : null;
    if (first && isUpper(first.raw.charCodeAt(0)) && titleCaseFrom(t, first)) return "code";
  }
  // "the 2010 New Strategic Arms Reduction Treaty": a year before a name
  if (!hedge && n1.plain && n1.intLen === 4 && v >= 1900 && v <= 2100 && pw && (pw.w === "the" || pw.w === "its" || pw.w === "his" || pw.w === "her") && nw && isUpper(nw.raw.charCodeAt(0))) return "code";
  // "Here are five things to know": a list's heading, not a reported figure
  if (!hedge && nw && LISTICLE_NOUNS.has(nw.w) && (isSentenceStart(t, start) || listHeading(t, pw, ppw, nw))) return "code";
  if (!hedge && !nounAfter && pw) {
    // labels written with a number word, or after a time word: "season eight", "until year 21"
    if (n1.wordy && Number.isInteger(v) && v < 100 && CODE_PRECEDERS.has(pw.w) && pw.w !== "no") return "code";
    if (
      Number.isInteger(v) && v < 1000 && TIME_LABEL_PRECEDERS.has(pw.w) && pw.raw === pw.w && (n1.wordy || n1.plain) &&
      (ppw === null || LABEL_PREPOSITIONS.has(ppw.w))
    ) return "code";
    // "since the first in 1300"
    if (n1.plain && n1.intLen === 4 && v >= 1000 && v < 1800 && OLD_YEAR_PRECEDERS.has(pw.w)) return "code";
    // "AD 1260", and the second year of "between AD 1260 and 1390"
    if (n1.plain && (pw.raw === "AD" || pw.raw === "BC")) return "code";
    if (n1.plain && n1.intLen >= 3 && (pw.w === "and" || pw.w === "to") && /\b(?:AD|BC|A\.D\.|B\.C\.)\s+\d{1,4}\s*$/.test(t.slice(Math.max(0, pw.s - 16), pw.s))) return "code";
    // "called 911"
    if (n1.plain && CALL_VERBS.has(pw.w)) return "code";
    // "a par 72", "a two-under-par 71": a golf score; "its front nine": holes
    if (pw.w === "par" || pw.w === "bogey" || pw.w === "birdie" || pw.w === "eagle") return "code";
    if (v === 9 && (pw.w === "front" || pw.w === "back")) return "code";
    // "all with a 4.0": a grade, not a count
    if ((pw.w === "a" || pw.w === "an") && v < 10 && !n1.wordy && t.charCodeAt(pw.e) === 32 && t.slice(n1.start, n1.end).includes(".")) return "code";
    // "the PIN started with 86", "numbers ending in 17": the first or last digits of a code
    if (n1.plain && (pw.w === "with" || pw.w === "in") && ppw && CODE_EDGE_VERBS.has(ppw.w)) return "code";
  }
  // "43 Alfred St.", "10 Downing Street"
  if (n1.plain && !hedge) {
    let p = n1.end;
    for (let k = 0; k < 3; k++) {
      const w = wordAt(t, p);
      if (!w || !isUpper(w.raw.charCodeAt(0))) break;
      if (k > 0 && STREET_SUFFIXES.has(w.raw)) return "code";
      p = w.e;
    }
  }
  return null;
}

/** "612 B.C.", "A.D. 1000 to 1400", "used from 1569 to at least 1738": years, however old. */
function yearsAround(t: string, n1: Num, core: Core, pw: Word | null, start: number): boolean {
  if (!n1.plain) return false;
  const after = t.slice(core.numberEnd, core.numberEnd + 6);
  if (/^\s*(?:B\.?C\.?E?|A\.D\.|C\.E\.)(?![\p{L}\p{N}])/u.test(after)) return true;
  if (/(?:\bA\.D\.|\bB\.C\.)\s*(?:\d{1,4}\s*(?:to|and|-|–)\s*)?$/.test(t.slice(Math.max(0, start - 20), start))) return true;
  if (n1.intLen !== 4 || n1.value < 1000 || n1.value > 2100 || core.rangeLow !== null) return false;
  // "the Great Plague of 1665", "the War of 1812"
  if (pw && pw.w === "of") {
    const name = wordBeforeWord(t, pw);
    if (name && isUpper(name.raw.charCodeAt(0)) && !isSentenceStart(t, name.s)) return true;
  }
  // "dates back to around 1770", "since about 1990", "until roughly 1850": a year, hedged
  if (start < n1.start && n1.value >= 1500 && pw && (YEAR_PREPOSITIONS.has(pw.w) || (pw.w === "to" && wordBeforeWord(t, pw)?.w === "back")) && !followedByCountNoun(t, n1.end)) return true;
  // the second of "from 1569 to at least 1738", and the first
  if (/\b\d{4}\s+(?:to|until)\s+(?:(?:at least|at most|about|around|nearly|almost|roughly)\s+)?$/i.test(t.slice(Math.max(0, n1.start - 30), n1.start))) return true;
  return pw !== null && pw.w === "from" && /^\s+(?:to|until)\s+(?:[a-z]+\s+){0,2}\d{4}\b/.test(t.slice(core.numberEnd, core.numberEnd + 30));
}

const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(["since", "until", "till", "circa", "before", "after"]);

/** Pairs of small numbers one after another ("1-6 6-3"), or joined ("numbers like 1-9 and 2-7"): sets, codes. */
const TENNIS_SET_AFTER = /^(?:\s+|\s*,\s*|\s+and\s+)\d{1,2}-\d{1,2}\b/;
const TENNIS_SET_BEFORE = /\b\d{1,2}-\d{1,2}(?:\s+|\s*,\s*|\s+and\s+)$/;
/** Before "of millions": the hearts, the hopes ... of a crowd nobody counted. */
const RHETORICAL_OF: ReadonlySet<string> = new Set(["hearts", "hopes", "dreams", "imagination", "imaginations", "minds", "prayers", "eyes", "envy", "admiration", "affection"]);

/** After "several", "a few", "a couple": the points of an argument, not things counted. */
const WRITERS_POINTS: ReadonlySet<string> = new Set(["reasons", "things", "ways", "factors", "aspects", "points", "possibilities", "options", "lessons", "takeaways", "estimates", "accounts"]);
const REACH: ReadonlySet<string> = new Set(["reach", "reaching", "reached", "reaches"]);
const DOWN_TO: ReadonlySet<string> = new Set(["get", "getting", "bring", "bringing"]);
const CHOOSE: ReadonlySet<string> = new Set(["choose", "chose", "chosen", "pick", "picked", "picking", "choosing"]);
const ROAD_PREPOSITIONS: ReadonlySet<string> = new Set(["down", "up", "along", "onto", "off", "via", "on"]);

const AIRLINER_MODELS: ReadonlySet<number> = new Set([707, 717, 727, 737, 747, 757, 767, 777, 787]);
const SIZE_PARTS: ReadonlySet<string> = new Set(["bedroom", "bathroom", "bath", "room", "story", "storey", "car", "door", "bed", "level"]);
const BUILDINGS: ReadonlySet<string> = new Set(["house", "home", "apartment", "flat", "condo", "unit", "garage", "sedan", "suite", "villa", "cottage", "property", "building", "hotel", "hospital", "townhouse", "mansion"]);

/** "you're talking millions", and a sum after it in the same breath ("talking tens of millions heading up towards ..."). */
const TALKING_MONEY = /\btalking\s+(?:about\s+)?(?:$|(?:(?:tens|hundreds)\s+of\s+)?(?:millions|billions)\b)/;

/** "six seats more than": a plural noun, then "more", "fewer" or "less" and "than". */
function differenceAfter(t: string, p: number): boolean {
  const noun = wordAt(t, p);
  const more = noun && pluralNounAfter(t, p) ? wordAt(t, noun.e) : null;
  const than = more && (more.w === "more" || more.w === "fewer" || more.w === "less") && more.s === skipSp(t, noun!.e) ? wordAt(t, more.e) : null;
  return than !== null && than.w === "than";
}

/** Not a figure, up to `end`: the scan resumes there. */
function skipAsCode(end: number): "code" {
  SCAN.codeEnd = end;
  return "code";
}

/** Verbs of a game's margin: "trailed by 1", "won by three". */
const MARGIN_VERBS: ReadonlySet<string> = new Set([
  "trailed", "trail", "trails", "trailing", "led", "leads", "leading", "won", "win", "wins", "winning", "lost", "lose",
  "loses", "losing", "beat", "beaten", "beating", "edged", "ahead", "behind",
]);
const EMERGENCY_AFTER: ReadonlySet<string> = new Set([
  "call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators", "center", "centre",
  "emergency", "line", "system", "tape", "tapes", "recording", "recordings", "audio",
]);
/** Small words that title case capitalises and running text does not. */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  "that", "the", "of", "to", "you", "who", "will", "can", "and", "for", "in", "with", "from", "about", "your", "is", "are",
]);

/**
 * From the word after a number: capitalised words, one after another, then a capitalised small word ("Six Holy
 * Objects That Tell", "5 Ways To Save"): a title. The first word is a content word (a name may follow a number).
 */
function titleCaseFrom(t: string, first: Word): boolean {
  let w: Word | null = first;
  for (let k = 0; k < 5 && w !== null; k++) {
    if (!isUpper(w.raw.charCodeAt(0))) return false;
    if (k > 0 && TITLE_SMALL_WORDS.has(w.w)) return true;
    const next = wordAt(t, w.e);
    w = next && next.s === skipSp(t, w.e) ? next : null;
  }
  return false;
}

/** Books cited by chapter and verse. */
const BOOKS = /(?:^|[^\p{L}])(?:Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Psalms?|Proverbs|Isaiah|Jeremiah|Matthew|Mark|Luke|John|Acts|Romans|Corinthians|Galatians|Revelation|Quran|Surah|Sura)\s+\d{1,3}[.:]\d{1,3}(?:\s*(?:and|,|-|–)\s*\d{1,3})?\s*$/u;

const CHAPTER_VERSE = /\d[.:]\d/;

/** "Mark 3.19", and the verse after "Mark 15:34 and": the number is part of a reference. */
function bibleReference(t: string, n1: Num, start: number): boolean {
  const head = t.slice(Math.max(0, start - 40), n1.end);
  // both patterns need a chapter and a verse: most numbers have none, and this test is far cheaper than theirs
  if (!CHAPTER_VERSE.test(head)) return false;
  return BOOKS.test(head) || /(?:Mark|Luke|John|Matthew|Acts)\s+\d{1,3}[.:]\d{1,3}\s*$/.test(head);
}

/** "3.30" or "10.45" after "at", "by", "until", "from", or before "in the morning": a time of day. */
function clockWithDot(t: string, n1: Num, start: number): boolean {
  const m = /^(\d{1,2})\.(\d\d)$/.exec(t.slice(n1.start, n1.end));
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) return false;
  const pw = wordBefore(t, start);
  if (pw && CLOCK_PRECEDERS.has(pw.w)) return true;
  return /^\s+(?:in the (?:morning|afternoon|evening)|at night|tonight|this (?:morning|afternoon|evening))\b/.test(t.slice(n1.end, n1.end + 24));
}

/** Golf words before a number that make it a hole: "three-putts on 15 and 16". */
const GOLF_HOLE_CONTEXT = /\b(?:putts?|putting|shot|three-putt(?:s|ed)?|birdie[ds]?|bogey(?:ed|s)?|par|hole[ds]?|green|tee|fairway|eagle[ds]?|drive)\b/i;

/** "on 15 and 16", "at the 17th" after golf words: holes, not tallies. */
function golfHole(t: string, v: number, pw: Word | null, start: number): boolean {
  if (!pw || !Number.isInteger(v) || v < 1 || v > 18) return false;
  if (pw.w !== "on" && pw.w !== "at" && !(pw.w === "and" && /\bon\s+\d{1,2}\s+and\s*$/.test(t.slice(Math.max(0, pw.s - 12), pw.e)))) return false;
  return GOLF_HOLE_CONTEXT.test(t.slice(Math.max(0, start - 100), start));
}

/** Plurals of a series whose items a number names: "films two and three". */
const SERIES_PLURALS: ReadonlySet<string> = new Set(["films", "movies", "episodes", "seasons", "chapters", "games", "volumes", "books", "stages", "levels", "phases", "parts", "holes", "rounds", "verses", "tiers", "markers", "exits"]);

/** "made it five": a running score. */
const MADE_IT: ReadonlySet<string> = new Set(["made", "make", "makes", "making"]);

/** Verbs of a golf round's score: "carded a 68", "shot 66", "fired a 65". */
const GOLF_VERBS: ReadonlySet<string> = new Set(["carded", "cards", "card", "shot", "shoots", "fired", "fires", "posted", "posts"]);

/** Up to three words before p name a golf score: "a round of", "carded an impressive". */
function golfScoreBefore(t: string, p: number): boolean {
  let w = wordBefore(t, p);
  for (let k = 0; k < 3 && w; k++) {
    if (GOLF_VERBS.has(w.w)) return true;
    if (w.w === "of") {
      const r = wordBeforeWord(t, w);
      return r !== null && (r.w === "round" || r.w === "rounds");
    }
    if (w.w !== "a" && w.w !== "an" && !/^(?:impressive|superb|solid|stunning|closing|final|opening|level|even|disappointing|bogey-free|blistering|brilliant|fine|remarkable|sparkling|poor|scrappy|respectable|par)$/.test(w.w)) return false;
    w = wordBeforeWord(t, w);
  }
  return false;
}

/** "off 43 overs", "off 120 balls": the runs before are a cricket score. */
function cricketOversAfter(t: string, p: number): boolean {
  let q = p;
  for (let k = 0; k < 4; k++) {
    q = skipSp(t, q);
    const e = wordEnd(t, q);
    if (e === q || e - q > MAX_WORD) return false;
    const w = t.slice(q, e).toLowerCase();
    if (w === "overs" || w === "balls" || w === "deliveries") return true;
    q = e;
  }
  return false;
}

/** Nouns of a list's heading: "five things to know", "10 ways to". */
const LISTICLE_NOUNS: ReadonlySet<string> = new Set(["things", "ways", "reasons", "facts", "tips", "takeaways", "lessons", "questions", "moments"]);

/** "Here are five things", "five things to know", "10 things you need to know". */
function listHeading(t: string, pw: Word | null, ppw: Word | null, noun: Word): boolean {
  if (pw && ppw && (pw.w === "are" || pw.w === "re") && ppw.w === "here") return true;
  const after = wordAt(t, noun.e);
  if (!after) return false;
  // "5 ways community colleges are fixing higher education ." (a headline), "six things we think you should watch"
  if (after.w === "we") return true;
  if (after.w === "to") {
    const v = wordAt(t, after.e);
    return v !== null && (v.w === "know" || v.w === "watch" || v.w === "remember" || v.w === "consider");
  }
  return after.w === "you" && /^\s+(?:need|should|must)\b/.test(t.slice(after.e, after.e + 12));
}

/** Verbs before "with" / "in" that make the next number the edge of a code: "started with 86". */
const CODE_EDGE_VERBS: ReadonlySet<string> = new Set(["started", "starts", "starting", "begins", "began", "beginning", "ended", "ends", "ending"]);

/** Hedges that are also prepositions ("about", "over"). */
const PREPOSITION_HEDGES: ReadonlySet<string> = new Set(["about", "around", "over", "above", "under", "below"]);

/** Only spaces between the word before and p, and that word ends in a letter or digit: "leaving One". */
function gluedToWordBefore(t: string, p: number): boolean {
  let i = p;
  while (i > 0 && isInlineSpace(t.charCodeAt(i - 1))) i--;
  if (i === p || i === 0) return false;
  const c = t.charCodeAt(i - 1);
  return isLetter(c) || isDigit(c);
}

/** "4." or "4)" alone at the start of a sentence: a list item number. */
function listMarker(t: string, n1: Num): boolean {
  const c = t.charCodeAt(n1.end);
  if (c !== 46 && c !== 41) return false;
  const d = t.charCodeAt(n1.end + 1);
  return (n1.end + 1 >= t.length || isInlineSpace(d) || d === 10 || d === 13) && n1.value <= 100 && (isSentenceStart(t, n1.start) || afterClosedSentence(t, n1.start));
}

/** "(Warning: ... for kids, or work.) 8.": a sentence closed inside brackets ends right before p. */
function afterClosedSentence(t: string, p: number): boolean {
  let i = p;
  while (i > 0 && isInlineSpace(t.charCodeAt(i - 1))) i--;
  if (t.charCodeAt(i - 1) !== 41) return false;
  const c = t.charCodeAt(i - 2);
  return c === 46 || c === 33 || c === 63;
}

/** "ages of 13" / "aged 13" ends at p: the second end of "between the ages of 13 and 19" is an age too. */
function agesBefore(t: string, p: number): boolean {
  let e = p;
  while (e > 0 && isInlineSpace(t.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && isDigit(t.charCodeAt(s - 1))) s--;
  if (s === e || e - s > 3) return false;
  const w = wordBefore(t, s);
  if (!w) return false;
  if (AGE_PRECEDERS.has(w.w)) return true;
  const w2 = w.w === "of" ? wordBefore(t, w.s) : null;
  return w2 !== null && AGE_PRECEDERS.has(w2.w);
}

/** ", 6, 10, 12 years old" after p: a number in a list of ages. */
function ageListAfter(t: string, p: number): boolean {
  let i = p;
  for (let k = 0; k < 6; k++) {
    i = skipSp(t, i);
    if (t.charCodeAt(i) === 44) i = skipSp(t, i + 1);
    else {
      const w = wordAt(t, i);
      if (!w || (w.w !== "and" && w.w !== "or")) return false;
      i = skipSp(t, w.e);
    }
    const s = i;
    while (isDigit(t.charCodeAt(i))) i++;
    if (i === s || i - s > 3 || isLetter(t.charCodeAt(i))) return false;
    const y = wordAt(t, i);
    if (y && (y.w === "years" || y.w === "year")) {
      const o = wordAt(t, y.e);
      if (o && o.w === "old" && t.charCodeAt(i) !== 45) return true;
      return false;
    }
  }
  return false;
}

/** "or older", "and younger", "and up" after p, ending the phrase: "those 60 or older". */
function olderAfter(t: string, p: number): boolean {
  const c = t.charCodeAt(skipSp(t, p)) | 32;
  if (c !== 111 && c !== 97) return false; // "or" / "and"
  const w = wordAt(t, p);
  if (!w || (w.w !== "or" && w.w !== "and")) return false;
  const w2 = wordAt(t, w.e);
  if (!w2) return false;
  if (w2.w === "older" || w2.w === "younger") return true;
  return (w2.w === "up" || w2.w === "over") && phraseEndsAt(t, w2.e);
}

/** "under 16", "over 65" after a noun for people: an age limit. */
const AGE_LIMIT_HEDGES: ReadonlySet<string> = new Set(["under", "below", "over", "above"]);
const AGE_NOUNS: ReadonlySet<string> = new Set([
  "girl", "girls", "boy", "boys", "child", "children", "kids", "kid", "teens", "teenagers", "people", "adults", "anyone",
  "those", "women", "men", "players", "patients", "voters", "residents", "drivers", "everyone", "youths", "students",
]);

/** Verbs of living after which "to 17" is an age: "expected her to live to about 17". */
const LIVE_WORDS: ReadonlySet<string> = new Set(["live", "lived", "lives", "living", "survive", "survived"]);

/** "died", "passed away", "retired", "married" earlier in the sentence that ends at p: "at 90" is then an age. */
function lifeEventBefore(t: string, p: number): boolean {
  let s = p;
  while (s > 0 && p - s < 300) {
    const c = t.charCodeAt(s - 1);
    if (c === 10 || c === 13 || ((c === 46 || c === 33 || c === 63) && isInlineSpace(t.charCodeAt(s)))) break;
    s--;
  }
  return /\b(?:died|dies|dying|passed away|retire[sd]?|retiring|marr(?:y|ied|ies)|dropp(?:ed|ing) out|left school|graduat(?:ed|ing))\b/i.test(t.slice(s, p));
}

/** Auxiliaries between a subject and "be": "She'll be", "he would be", "I'd be". */
const AUXILIARIES: ReadonlySet<string> = new Set(["ll", "d", "will", "would", "could", "might", "must", "should", "to", "not", "now", "then", "soon"]);

/**
 * Ages: "aged 35", "age 13 or older", "ages 13 to 17", and the appositive after a name, "Chan, 31, was
 * called the ringleader", "Conrad Roy, 18 --". Read as a measure in years, like "a 35-year-old".
 */
const AGES_OF_RANGE = /\bages\s+of\s+[^,.;:!?]{1,50}?\s+(?:ranged?|ranging)(?:\s+from)?\s*$/i;

function isAge(t: string, n1: Num, core: Core, hedge: HedgeMatch | null, start: number): boolean {
  const pw = wordBefore(t, start);
  if (pw && AGE_PRECEDERS.has(pw.w)) return true;
  // "ages 17, 19 and 21": the later ages of a list
  if (!hedge && /\bage[sd]?\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|,?\s*and|,?\s*or)\s*$/.test(t.slice(Math.max(0, start - 40), start))) return true;
  // "from the ages of 13 to 22", "their ages ranged from 13 to 18"
  if (pw && core.rangeLow !== null) {
    const ppw = wordBeforeWord(t, pw);
    if (pw.w === "of" && ppw && AGE_PRECEDERS.has(ppw.w)) return true;
    if (/^(?:ranged?|ranging|range)$/.test(pw.w) && ppw && AGE_PRECEDERS.has(ppw.w)) return true;
    // "Their ages range from 26 to 70"
    if (pw.w === "from" && ppw && /^(?:ranged?|ranging|range)$/.test(ppw.w) && AGE_PRECEDERS.has(wordBeforeWord(t, ppw)?.w ?? "")) return true;
    // "The ages of the donors and recipients range from 26 to 70"
    if (AGES_OF_RANGE.test(t.slice(Math.max(0, start - 80), start))) return true;
    // "the coveted 18-49 demo"
    const nw = wordAt(t, core.end);
    if (nw && (nw.w === "demo" || nw.w === "demographic" || nw.w === "bracket")) return true;
  }
  if (n1.value >= 1 && n1.value <= 120 && Number.isInteger(n1.value) && !n1.glued && olderAfter(t, core.end)) return true;
  if (pw && core.rangeLow === null && n1.value >= 1 && n1.value <= 120 && Number.isInteger(n1.value) && !n1.glued) {
    const ppw = wordBeforeWord(t, pw);
    // "below the age of 18", "between the ages of 13 and 19"
    if (pw.w === "of" && ppw && AGE_PRECEDERS.has(ppw.w)) return true;
    if ((pw.w === "and" || pw.w === "to" || pw.w === "or") && !hedge && agesBefore(t, pw.s)) return true;
    const nw = wordAt(t, n1.end);
    const ends = phraseEndsAt(t, n1.end) || (nw !== null && AGE_FOLLOWERS.has(nw.w));
    // "he almost lost his life at 17 when he jumped", "... turned 50.", "at 17 the youngest player"
    if (pw.w === "at" && !hedge && nw && nw.w === "when") return true;
    if (pw.w === "at" && !hedge && nw && nw.w === "the" && /^\s+the\s+(?:youngest|oldest)\b/.test(t.slice(n1.end, n1.end + 20))) return true;
    // "at just six"
    if (pw.w === "at" && hedge && hedge.entry.sense === "only" && n1.value <= 20 && ends) return true;
    // "who is now 31", "Now 24, Elliott might have been spared"
    if (pw.w === "now" && !hedge && ((ppw && AGE_VERBS.has(ppw.w) && ends) || (isSentenceStart(t, pw.s) && t.charCodeAt(n1.end) === 44))) return true;
    // "since we were twelve"
    if (pw.w === "were" && ppw && (ppw.w === "we" || ppw.w === "they" || ppw.w === "you") && !hedge && ends) return true;
    // "That makes him 75 today"
    if ((pw.w === "him" || pw.w === "her") && ppw && /^(?:makes?|made|making)$/.test(ppw.w) && !hedge && (ends || (nw !== null && AGE_FOLLOWERS.has(nw.w))) ) return true;
    // "He was not yet 18 when the alleged crimes occurred"
    if (pw.w === "yet" && ppw && ppw.w === "not" && !hedge && ends && n1.value <= 25) return true;
    // "At 25, Muller ...": an age at the head of a sentence
    if (pw.w === "at" && !hedge && isSentenceStart(t, pw.s) && n1.value <= 110 && t.charCodeAt(n1.end) === 44) return true;
    // "no older than 34", "younger than 18"
    if (pw.w === "than" && ppw && (ppw.w === "older" || ppw.w === "younger")) return true;
    // "By four, her natural aptitude for maths had seen ...": an age at the head of a sentence
    if (pw.w === "by" && !hedge && isSentenceStart(t, pw.s) && n1.value <= 20 && t.charCodeAt(n1.end) === 44) return true;
    // "a girl under 16", "children under five", "people over 65": an age limit
    if (hedge && AGE_LIMIT_HEDGES.has(hedge.entry.canonical) && AGE_NOUNS.has(pw.w) && n1.value <= 100 && !pluralNounAfter(t, core.end) && !followedByCountNoun(t, core.end)) return true;
    // "children as young as 12", "live to about 17", "the marriage age at 18"
    if (pw.w === "as" && ppw && (ppw.w === "young" || ppw.w === "old")) return true;
    if (pw.w === "to" && ppw && LIVE_WORDS.has(ppw.w) && (!hedge || hedge.entry.sense === "approx")) return true;
    if (pw.w === "at" && ppw && AGE_PRECEDERS.has(ppw.w)) return true;
    // "He died peacefully at his home in Basel, Switzerland, at 90,", "retire from the army at 52"
    if (pw.w === "at" && !hedge && n1.plain && phraseEndsAt(t, n1.end) && lifeEventBefore(t, pw.s)) return true;
    if ((pw.w === "turned" || pw.w === "turns" || pw.w === "turning" || pw.w === "turn") && !hedge && ends) return true;
    // "Alex is 7,", "She'll be 69 by the time", "I didn't look my father in the eye until I was 22;"
    if (ends && (AGE_VERBS.has(pw.w) || pw.w === "m")) {
      let subject = ppw;
      // "who would now be 21": over the auxiliaries and adverbs
      for (let k = 0; k < 3 && subject && AUXILIARIES.has(subject.w); k++) subject = wordBeforeWord(t, subject);
      // "I'm almost 60": a hedge the age may carry, after a pronoun
      const hedgeFits = !hedge || hedge.entry.sense === "approx" || hedge.entry.sense === "only" || (subject !== null && AGE_SUBJECTS.has(subject.w) && (hedge.entry.canonical === "almost" || hedge.entry.canonical === "nearly"));
      if (
        hedgeFits && subject && (AGE_SUBJECTS.has(subject.w) ||
          (isUpper(subject.raw.charCodeAt(0)) && subject.raw.length > 1 && !FUNCTION_WORDS.has(subject.w) && !MONTHS.has(subject.raw)))
      ) return true;
      // "The youngest contestant is 14"
      if (hedgeFits && /\b(?:youngest|oldest)\s+(?:[a-z-]+\s+){0,2}$/i.test(t.slice(Math.max(0, pw.s - 40), pw.s))) return true;
    }
  }
  if (hedge || n1.wordy || !n1.plain || core.rangeLow !== null || n1.value < 1 || n1.value > 120) return false;
  // "Serena Williams, 19 at the time": after a name
  if (/^\s+at\s+the\s+time\b/.test(t.slice(n1.end, n1.end + 16)) && /,\s*$/.test(t.slice(Math.max(0, start - 3), start))) {
    const name = wordBefore(t, skipBackComma(t, start));
    if (name && isUpper(name.raw.charCodeAt(0))) return true;
  }
  // ", 31," after a capitalised word; ", also 30," after a noun
  let i = n1.start;
  while (i > 0 && isInlineSpace(t.charCodeAt(i - 1))) i--;
  if (pw && (pw.w === "also" || pw.w === "now" || pw.w === "then") && pw.e === i) {
    let k = pw.s;
    while (k > 0 && isInlineSpace(t.charCodeAt(k - 1))) k--;
    const a = t.charCodeAt(skipSp(t, n1.end));
    // ("Antonella Sesino, also 54 and a city administration employee", "Moskowitz, then 28,")
    if (t.charCodeAt(k - 1) === 44 && (a === 44 || a === 46 || /^\s+and\s+an?\s/.test(t.slice(n1.end, n1.end + 9)))) return true;
  }
  if (i === 0 || t.charCodeAt(i - 1) !== 44) return false;
  const name = wordBefore(t, i - 1);
  // "her son, 11,", "his daughter, 4.", "A UK boy, 11,", "The former vice president, 87,"
  if (name && name.e === i - 1 && (KIN.has(name.w) || PERSONS.has(name.w)) && name.raw === name.w && endsAge(t, n1.end)) return true;
  if (!name || name.e !== i - 1 || !isUpper(name.raw.charCodeAt(0)) || MONTHS.has(name.raw)) return false;
  if (FUNCTION_WORDS.has(name.w)) {
    // "Felicia He, 27,": a surname that is also a function word, after a capitalised first name
    const first = wordBeforeWord(t, name);
    if (!first || !isUpper(first.raw.charCodeAt(0)) || FUNCTION_WORDS.has(first.w) || MONTHS.has(first.raw) || isSentenceStart(t, first.s)) return false;
  }
  return endsAge(t, n1.end);
}

/** Nouns of kin before ", 11,": an age. */
const KIN: ReadonlySet<string> = new Set([
  "son", "daughter", "brother", "sister", "wife", "husband", "father", "mother", "grandson", "granddaughter", "nephew",
  "niece", "cousin", "boyfriend", "girlfriend", "baby", "stepson", "stepdaughter", "partner", "fiancee", "fiance",
]);

/** People named by what they are, before ", 18,": an age ("The Birmingham man, 18, was detained"). */
const PERSONS: ReadonlySet<string> = new Set([
  "man", "woman", "boy", "girl", "teen", "teenager", "child", "toddler", "officer", "suspect", "gunman", "victim",
  "president", "student", "driver", "pilot", "soldier", "worker", "resident", "actor", "actress", "singer", "player",
  "mom", "dad", "grandmother", "grandfather", "grandma", "grandpa", "widow", "nurse", "doctor", "teacher", "passenger",
]);

/** After an appositive age: a comma, a semicolon, a bracket, a dash or the end of the sentence. */
function endsAge(t: string, p: number): boolean {
  const a = skipSp(t, p);
  const c = t.charCodeAt(a);
  if (c === 44 || c === 59 || c === 41 || c === 0x2014 || c === 0x2013) return true;
  if (c === 45 && t.charCodeAt(a + 1) === 45) return true;
  if (c === 46) {
    const d = t.charCodeAt(a + 1);
    return a + 1 >= t.length || isInlineSpace(d) || d === 10 || d === 13;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// the scan

const TRIGGERS: ReadonlySet<string> = new Set([
  ...HEDGE_ENTRIES.map((e) => e.words[0]!),
  ...UNIT_NUMBER_WORDS.keys(),
  ...TENS_WORDS.keys(),
  "a", "an", "half", "quarter", "hundred", "from", "us",
  "several", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens",
]);

const TRIGGER_MAX = 16;
const URL_WORDS = ["http", "https", "www"];

/**
 * Bit k of TRIGGER_SHAPE[27 * first + second] is set when some trigger (or URL word) of length k starts with
 * those two letters (second = 26 for one-letter words): one table read rejects almost every word of the text.
 */
const TRIGGER_SHAPE: Uint32Array = (() => {
  const a = new Uint32Array(26 * 27);
  for (const w of [...TRIGGERS, ...URL_WORDS]) {
    const f = w.charCodeAt(0) - 97;
    const g = w.length > 1 ? w.charCodeAt(1) - 97 : 26;
    if (f >= 0 && f < 26 && g >= 0 && g <= 26 && w.length <= TRIGGER_MAX) a[27 * f + g]! |= 1 << w.length;
  }
  return a;
})();

/** Could the ASCII word t[i, i + len) be a trigger? (first letter c; letters outside a-z pass) */
function mayTrigger(t: string, i: number, c: number, len: number): boolean {
  if (len > TRIGGER_MAX) return false;
  let g = 26;
  if (len > 1) {
    const c2 = t.charCodeAt(i + 1) | 32;
    if (c2 < 97 || c2 > 122) return true;
    g = c2 - 97;
  }
  return (TRIGGER_SHAPE[27 * ((c | 32) - 97) + g]! & (1 << len)) !== 0;
}

/** Words that may follow "a"/"an" in a quantity ("a dozen", "a few", "an estimated", "a third"). */
const A_NEXT: ReadonlySet<string> = new Set([
  ...MULTIPLIER_WORDS.keys(), ...DOZEN_WORDS, ...DENOMINATORS.keys(), "few", "handful", "couple", "estimated",
  "minimum", "maximum",
]);

function skipChain(t: string, i: number): number {
  // skip a digit/code chain: digits, letters, and , . / : - + glued between them
  let j = i + 1;
  while (j < t.length) {
    const c = t.charCodeAt(j);
    if (isDigit(c) || isLetter(c)) {
      j++;
      continue;
    }
    if ((c === 44 || c === 46 || c === 47 || c === 58 || c === 45 || c === 43) && j + 1 < t.length) {
      const d = t.charCodeAt(j + 1);
      if (isDigit(d) || isLetter(d)) {
        j++;
        continue;
      }
    }
    break;
  }
  return j;
}

/** After "+": the digit groups of a phone number, "+61 7 3251 6588", "+1 (212) 555-0100". */
function skipPhoneNumber(t: string, i: number): number {
  let j = skipChain(t, i);
  for (;;) {
    let k = j;
    while (k < t.length && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 40 || t.charCodeAt(k) === 41 || t.charCodeAt(k) === 45) && k - j < 3) k++;
    if (k === j || !isDigit(t.charCodeAt(k))) return j;
    j = skipChain(t, k);
  }
}

function scan(t: string, o: ParseOpts, firstOnly: boolean): Quantity[] {
  const out: Quantity[] = [];
  SCAN.codeEnd = -1;
  const n = t.length;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c < 128) {
      if (c <= 32) {
        i++;
        continue;
      }
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        const e = wordEnd(t, i);
        const len = e - i;
        if (mayTrigger(t, i, c, len)) {
          const lw = t.slice(i, e).toLowerCase();
          if ((lw === "http" || lw === "https") && t.startsWith("://", e)) {
            i = skipToSpace(t, e);
            continue;
          }
          if (lw === "www" && t.charCodeAt(e) === 46) {
            i = skipToSpace(t, e);
            continue;
          }
          if (TRIGGERS.has(lw) && !(i > 0 && (t.charCodeAt(i - 1) === 35 || t.charCodeAt(i - 1) === 64)) && aGate(t, lw, e)) {
            const r = parseAt(t, i, o);
            if (r && r !== "code") {
              out.push(r);
              if (firstOnly) return out;
              i = r.end;
              continue;
            }
            if (SCAN.codeEnd > e) {
              i = SCAN.codeEnd;
              SCAN.codeEnd = -1;
              continue;
            }
          }
        }
        i = e;
        continue;
      }
      if (c >= 48 && c <= 57) {
        const r = parseAt(t, i, o);
        if (r && r !== "code") {
          out.push(r);
          if (firstOnly) return out;
          i = r.end;
          continue;
        }
        if (SCAN.codeEnd > i) {
          i = SCAN.codeEnd;
          SCAN.codeEnd = -1;
          continue;
        }
        i = i > 0 && t.charCodeAt(i - 1) === 43 ? skipPhoneNumber(t, i) : skipChain(t, i);
        continue;
      }
      if (c === 35 || c === 64) {
        // hashtags and handles
        i = wordEnd(t, i + 1);
        continue;
      }
      if (c === 36 || (c === 46 && isDigit(t.charCodeAt(i + 1)) && !(i > 0 && isDigit(t.charCodeAt(i - 1))))) {
        const r = parseAt(t, i, o);
        if (r && r !== "code") {
          out.push(r);
          if (firstOnly) return out;
          i = r.end;
          continue;
        }
      }
      i++;
      continue;
    }
    if (isDigit(c) || CURRENCY.has(c) || VULGAR.has(c)) {
      const r = parseAt(t, i, o);
      if (r && r !== "code") {
        out.push(r);
        if (firstOnly) return out;
        i = r.end;
        continue;
      }
      i = isDigit(c) ? skipChain(t, i) : i + 1;
      continue;
    }
    if (isLetter(c)) {
      i = wordEnd(t, i);
      continue;
    }
    i++;
  }
  return out;
}

/** Words that can start a number or a vague quantity (what parseNumber and parseVague accept). */
const NUMBER_START_WORDS: ReadonlySet<string> = new Set([
  ...UNIT_NUMBER_WORDS.keys(), ...TENS_WORDS.keys(), "a", "an", "half", "quarter", "hundred",
  "several", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens", "us",
]);

/** Could a number, a currency sign or a vague quantity start at p? */
function numberOrVagueAt(t: string, p: number): boolean {
  const s = skipSp(t, p);
  const c = t.charCodeAt(s);
  if (isDigit(c) || CURRENCY.has(c) || VULGAR.has(c) || (c === 46 && isDigit(t.charCodeAt(s + 1)))) return true;
  const w = wordAt(t, s);
  return w !== null && NUMBER_START_WORDS.has(w.w);
}

/** Trigger words that are numbers or vague words by themselves: no pre-check. */
const SELF_TRIGGERS: ReadonlySet<string> = new Set([
  ...UNIT_NUMBER_WORDS.keys(), ...TENS_WORDS.keys(), "half", "quarter", "hundred",
  "several", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens",
]);

/**
 * For trigger words that only start phrases of two or more words ("in excess of", "as many as", "at least",
 * "a few"), the words that may come second.
 */
const SECOND_WORDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const single = new Set(HEDGE_ENTRIES.filter((e) => e.words.length === 1).map((e) => e.words[0]!));
  const m = new Map<string, Set<string>>();
  for (const e of HEDGE_ENTRIES) {
    const first = e.words[0]!;
    if (e.words.length < 2 || single.has(first) || SELF_TRIGGERS.has(first)) continue;
    const set = m.get(first) ?? new Set<string>();
    set.add(e.words[1]!);
    m.set(first, set);
  }
  for (const a of ["a", "an"]) m.set(a, new Set([...(m.get(a) ?? []), ...A_NEXT]));
  return m;
})();

/**
 * Bit n of SECOND_SHAPES.get(first)[letter] is set when a word of length n starting with that letter (a-z)
 * may come second after `first`: most words after "a" or "in" are rejected without being read out.
 */
const SECOND_SHAPES: ReadonlyMap<string, Uint32Array> = new Map(
  [...SECOND_WORDS].map(([first, seconds]) => {
    const shapes = new Uint32Array(26);
    for (const w of seconds) {
      const f = w.charCodeAt(0) - 97;
      // a word outside a-z, or longer than a mask holds, passes every letter's test
      if (f < 0 || f >= 26 || !/^[a-z]+$/.test(w) || w.length > 31) shapes.fill(0xffffffff);
      else shapes[f]! |= 1 << w.length;
    }
    return [first, shapes];
  }),
);

/** Could the word at p (after spaces) be one of `shapes`' words? Words with characters outside ASCII pass. */
function mayBeSecond(t: string, p: number, shapes: Uint32Array): boolean {
  const s = skipSp(t, p);
  if (s >= t.length) return true;
  const c = t.charCodeAt(s) | 32;
  if (c < 97 || c > 122) return true;
  let e = s + 1;
  while (e < t.length) {
    const d = t.charCodeAt(e);
    if (d >= 128) return true;
    if (ASCII_ALNUM[d] === 0) break;
    e++;
  }
  return e - s <= 31 && (shapes[c - 97]! & (1 << (e - s))) !== 0;
}

/**
 * Cheap pre-check before a phrase parse, for the frequent function words among the triggers ("a", "in",
 * "as", "at", "about", "from"): a multi-word starter needs its second word, a one-word hedge needs a number
 * after it. Numbers and vague words pass.
 */
function aGate(t: string, lw: string, e: number): boolean {
  if (SELF_TRIGGERS.has(lw)) return true;
  if (lw === "us") return t.charCodeAt(e) === 36; // US$
  const second = SECOND_WORDS.get(lw);
  if (second) {
    if (!mayBeSecond(t, e, SECOND_SHAPES.get(lw)!)) return false;
    const w = wordAt(t, e);
    return w !== null && second.has(w.w);
  }
  // a one-word hedge, "from" or "between" (possibly also starting longer phrases: "over" / "just over")
  const longer = HEDGE_BY_FIRST.get(lw);
  if (longer && longer.some((h) => h.words.length > 1)) return true;
  return numberOrVagueAt(t, e);
}

function skipToSpace(t: string, i: number): number {
  while (i < t.length && !isInlineSpace(t.charCodeAt(i)) && t.charCodeAt(i) !== 10 && t.charCodeAt(i) !== 13) i++;
  return i;
}

/** All quantities in running text, in order, non-overlapping. */
export function findQuantities(text: string): Quantity[] {
  return scan(text, { cell: false }, false);
}

/**
 * The first quantity of a phrase written by a desk in a CSV cell ("about 800-900", "85, 590",
 * "at least 800 ISIL IEDs"). Cell mode: "85, 590" is 85590, and a bare 4-digit number is a count.
 */
export function parseQuantityText(phrase: string): Quantity | null {
  return scan(phrase, { cell: true }, true)[0] ?? null;
}

/** Interval reading of a quantity: explicit ranges and bounding hedges; null for approximations. */
export interface Interval {
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
}

export function toInterval(q: Quantity): Interval | null {
  if (q.rangeLow !== null && q.rangeHigh !== null) {
    return { low: q.rangeLow, high: q.rangeHigh, lowInclusive: true, highInclusive: true };
  }
  if (q.value === null) return null;
  const v = q.value;
  let sense: HedgeSense | undefined = q.hedge ? HEDGE_SENSE.get(q.hedge) : undefined;
  const after = q.hedgeAfter ? HEDGE_SENSE.get(q.hedgeAfter) : undefined;
  if (after === "ge" || after === "le") sense = after;
  else if (after === "eq") {
    if (sense === "gt") sense = "ge";
    else if (sense === "lt") sense = "le";
  }
  switch (sense) {
    case "gt":
      return { low: v, high: null, lowInclusive: false, highInclusive: false };
    case "ge":
      return { low: v, high: null, lowInclusive: true, highInclusive: false };
    case "lt":
      return { low: null, high: v, lowInclusive: false, highInclusive: false };
    case "le":
      return { low: null, high: v, lowInclusive: false, highInclusive: true };
    case "eq":
      return { low: v, high: v, lowInclusive: true, highInclusive: true };
    default:
      return null;
  }
}
