import type { Word } from "./words.ts";

/**
 * Who a sentence says reported its figures: "according to X", "X said", "X told CNN", ", says X".
 * Returns the words as written; `resolveSource` then maps "The center" or "he" onto the fuller name
 * the article gives elsewhere.
 */
const SPEECH = new Set(["said", "says", "say", "told", "tells", "added", "adds", "reported", "reports", "announced", "announces", "stated", "states", "confirmed", "claimed", "claims", "wrote", "writes", "tweeted", "estimated", "estimates"]);
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const LEADS_APPOSITIVE = new Set(["a", "an", "the", "on", "in", "at", "of", "from", "near", "who", "which", "whose"]);

export interface RawSource {
  text: string;
  pronoun: boolean;
}

/**
 * A word that starts with a capital, or with a number. Module constants: tsx (esbuild for Node 20) compiles a
 * \p{…} outside brackets into `new RegExp(…)`, which a literal in a function body would run at every call.
 */
const CAPITALISED = /^\p{Lu}/u;
const NUMERIC = /^\p{N}/u;

// Case-sensitive on purpose (much faster than /i): verbs of saying are lower case in running text.
const MAY_ATTRIBUTE = new RegExp(`\\b(?:[Aa]ccording|${[...SPEECH].join("|")})\\b`);

/** Most sentences name no source: this cheap test spares them the word-by-word reading. */
export function mayAttribute(text: string): boolean {
  return MAY_ATTRIBUTE.test(text);
}

/** The attribution among the words of one clause, or null. */
export function attributionIn(ws: readonly Word[]): RawSource | null {
  // "according to X": X runs to the next clause break.
  for (let i = 0; i + 1 < ws.length; i++) {
    if (ws[i]!.lower === "according" && ws[i + 1]!.lower === "to") {
      const phrase = clauseFrom(ws, i + 2);
      if (phrase) return { text: phrase, pronoun: false };
    }
  }
  for (let v = ws.length - 1; v >= 0; v--) {
    if (!SPEECH.has(ws[v]!.lower)) continue;
    // "an estimated 200,000": a participle used as an adjective, not a verb of saying.
    if (v > 0 && /^(a|an|the)$/.test(ws[v - 1]!.lower)) continue;
    // ", says operations center": the source follows the verb.
    if (ws[v]!.clauseBreak && v + 1 < ws.length && !ws[v + 1]!.clauseBreak) {
      const after = clauseFrom(ws, v + 1);
      if (after && !/^(that|the figures?|it)\b/i.test(after)) return source(after);
    }
    const subject = subjectBefore(ws, v);
    if (subject) return source(subject);
  }
  return null;
}

function source(text: string): RawSource {
  return { text, pronoun: PRONOUNS.has(text.toLowerCase()) };
}

function clauseFrom(ws: readonly Word[], i: number): string | null {
  const taken: Word[] = [];
  for (let k = i; k < ws.length && (k === i || !ws[k]!.clauseBreak); k++) taken.push(ws[k]!);
  return taken.length > 0 && taken.length <= 14 ? taken.map((w) => w.text).join(" ") : null;
}

/** The subject of a speech verb: the clause right before it, or the name the sentence opens with. */
function subjectBefore(ws: readonly Word[], v: number): string | null {
  const segments: Word[][] = [[]];
  for (let k = 0; k < v; k++) {
    if (k > 0 && ws[k]!.clauseBreak) segments.push([]);
    segments[segments.length - 1]!.push(ws[k]!);
  }
  const last = segments[segments.length - 1]!;
  if (last.length === 0) return null;
  const first = segments[0]!;
  const appositives = segments.slice(1);
  if (segments.length > 1 && isName(first) && appositives.every((s) => s.length > 0 && LEADS_APPOSITIVE.has(s[0]!.lower))) {
    return first.map((w) => w.text).join(" ");
  }
  if (last.length > 10 || last.some((w) => NUMERIC.test(w.text))) return null;
  if (/^(which|that|who|and|but|when|as)$/.test(last[0]!.lower)) return null;
  return last.map((w) => w.text).join(" ");
}

function isName(ws: readonly Word[]): boolean {
  return ws.length >= 2 && ws.length <= 6 && ws.every((w) => CAPITALISED.test(w.text));
}

/** A source named in full somewhere in the article: a speaker's clause, or "Name, a/an descriptor". */
export interface KnownSource {
  name: string;
  /** Words that describe the source (its own words and any appositive), lower case. */
  words: Set<string>;
  /** Offset where the article names it, to prefer the nearest one. */
  at: number;
}

/** "Name Name, a description": matched with the sticky flag, only where a name may end before ", a " (", an ", ", the "). */
const APPOSITIVE = /((?:\p{Lu}[\p{L}'’.-]+ ){1,4}\p{Lu}[\p{L}'’-]+), (?:a|an|the) ([^,.;]{3,80})/uy;
const NAME_CHAR = /^[\p{L}'’.-]$/u;
const FILLER = new Set(["a", "an", "the", "in", "of", "on", "at", "for", "to", "and", "with", "from", "region", "local", "powerful", "senior", "top"]);

export function contentWords(text: string): string[] {
  return text.toLowerCase().replaceAll("’", "'").split(/[^\p{L}\p{N}'-]+/u).filter((w) => w && !FILLER.has(w));
}

/**
 * Appositive names in the text, e.g. "Sheikh Abdullah Alyawer, a tribal leader in the town of Rabia": the
 * leftmost, non-overlapping matches of APPOSITIVE, as a global search would find them. A match ends its
 * name right before ", a " (", an ", ", the "), so it starts in the run of letters and at most four spaces
 * before one; only capitals there are tried, instead of every position of the text.
 */
export function appositiveSources(text: string): KnownSource[] {
  const out: KnownSource[] = [];
  let from = 0;
  for (let comma = text.indexOf(", "); comma !== -1; comma = text.indexOf(", ", comma + 1)) {
    if (comma < from || !startsDescription(text, comma + 2)) continue;
    for (let p = Math.max(from, nameRunStart(text, comma)); p < comma; p++) {
      const c = text.charCodeAt(p);
      if (c < 128 ? c < 65 || c > 90 : c >= 0xdc00 && c <= 0xdfff && p > 0 && isHighSurrogate(text.charCodeAt(p - 1))) continue;
      APPOSITIVE.lastIndex = p;
      const m = APPOSITIVE.exec(text);
      if (m === null) continue;
      out.push({ name: m[1]!, words: new Set([...contentWords(m[1]!), ...contentWords(m[2]!)]), at: p });
      from = p + m[0].length;
      break;
    }
  }
  return out;
}

function startsDescription(text: string, at: number): boolean {
  return text.startsWith("a ", at) || text.startsWith("an ", at) || text.startsWith("the ", at);
}

/** Start of the letters ([\p{L}'’.-]) and single spaces, at most four, that end at `end`. */
function nameRunStart(text: string, end: number): number {
  let p = end;
  let spaces = 0;
  while (p > 0) {
    const c = text.charCodeAt(p - 1);
    if (c === 32) {
      if (++spaces > 4) break;
      p--;
    } else if (c < 128) {
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 46 || c === 45)) break;
      p--;
    } else {
      const pair = c >= 0xdc00 && c <= 0xdfff && p > 1 && isHighSurrogate(text.charCodeAt(p - 2));
      if (!NAME_CHAR.test(text.slice(pair ? p - 2 : p - 1, p))) break;
      p -= pair ? 2 : 1;
    }
  }
  return p;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** The head noun of a descriptive source: "a powerful tribal leader in the region" -> "leader". */
function head(text: string): string | null {
  const beforePrep = text.toLowerCase().split(/\s(?:in|of|for|from|at|on|with)\s/)[0]!;
  const ws = contentWords(beforePrep);
  return ws[ws.length - 1] ?? null;
}

function isProperName(text: string): boolean {
  const caps = text.split(/\s+/).filter((w) => CAPITALISED.test(w));
  return caps.length >= 2 && !/^(a|an|the)\s/i.test(text);
}

/**
 * The fullest name the article gives for a source written as a description or a pronoun. A
 * description matches a known source that contains its head noun and at least one more of its
 * words when it has more ("a Mosul official" -> "a Mosul City Council official").
 * `known(head)` lists the article's known sources whose words include `head`, by offset (near() keeps those
 * within WINDOW, at most NEAREST on either side).
 */
export function resolveSource(raw: RawSource, at: number, known: (head: string) => readonly KnownSource[], lastNamed: string | null): string {
  if (raw.pronoun) return lastNamed ?? raw.text;
  const text = raw.text.replace(/^the\s+/i, "");
  if (isProperName(text) && !/\b(official|source|center|centre|leader|spokesman|command)\b/i.test(text)) return text;
  const h = head(text);
  if (!h) return text;
  const own = contentWords(text).filter((w) => w !== h);
  let best: KnownSource | null = null;
  for (const k of near(known(h), at)) {
    if (!k.words.has(h)) continue;
    if (own.length > 0 && !own.some((w) => k.words.has(w))) continue;
    if (k.name.toLowerCase().replace(/^(the|a|an)\s+/, "") === text.toLowerCase()) continue;
    if (k.words.size <= own.length + 1 && !isProperName(k.name)) continue;
    if (!best || Math.abs(k.at - at) < Math.abs(best.at - at)) best = k;
  }
  return best ? best.name.replace(/^the\s+/i, "") : text;
}

/** How far from a description its fuller name may stand, in characters: a few paragraphs. */
const WINDOW = 20_000;

/** How many known sources on either side of an offset are considered at most. */
const NEAREST = 64;

/** Known sources within WINDOW of an offset; `known` must be sorted by `at`. */
function near(known: readonly KnownSource[], at: number): readonly KnownSource[] {
  let lo = 0;
  let hi = known.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (known[mid]!.at < at - WINDOW) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < known.length && known[end]!.at <= at + WINDOW) end++;
  // At most the NEAREST nearest on either side: a text that names a source in every sentence stays linear.
  let mid = lo;
  while (mid < end && known[mid]!.at < at) mid++;
  return known.slice(Math.max(lo, mid - NEAREST), Math.min(end, mid + NEAREST));
}

export { SPEECH as SPEECH_VERBS };
