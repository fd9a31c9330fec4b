/**
 * Splits article text into sentences with their offsets. A line is never part of two sentences'
 * worth of context: bullets ("* 78 towns liberated") and subheads stand alone. Within a line, a
 * sentence ends at . ! or ? (and any closing quote) before whitespace and a capital, digit or quote,
 * unless the word before the stop is a known abbreviation or an initial.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "brig", "sgt", "capt", "cmdr", "adm", "gov", "sen",
  "rep", "st", "sr", "jr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "jan", "feb", "mar", "apr", "jun",
  "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "approx", "est", "mt", "ft",
]);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

/** A stop, any closing quotes, spaces, and what may open the next sentence. */
const BOUNDARY = /[.!?]["”’')\]]*\s+(?=[\p{Lu}\p{N}"“‘'(\[*])/gu;

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  let start = from;
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m !== null && m.index < to; m = BOUNDARY.exec(text)) {
    const next = m.index + m[0].length;
    if (next >= to) break;
    if (text[m.index] === "." && isAbbreviation(text, from, m.index)) continue;
    push(text, start, next, out);
    start = next;
  }
  push(text, start, to, out);
}

/** A letter: a module constant, as tsx compiles a \p{…} outside brackets into `new RegExp(…)` (see counted.ts). */
const LETTER = /\p{L}/u;

/** A letter or a dot (ASCII by arithmetic, the rest by Unicode class). */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
  return LETTER.test(String.fromCharCode(c));
}

function isAbbreviation(text: string, lineStart: number, dot: number): boolean {
  let w = dot;
  while (w > lineStart && isWordChar(text.charCodeAt(w - 1))) w--;
  // a word longer than every abbreviation is neither one nor an initial: no need to slice and lower-case it
  if (dot - w > LONGEST_ABBREVIATION) return false;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 1) return true; // an initial: "George W. Bush"
  return ABBREVIATIONS.has(word);
}

/** No real sentence is this long; a longer run (a table, a text without stops) is cut at spaces. */
export const MAX_SENTENCE = 2000;

/** What /\s/ matches: white space and line terminators (compared, not matched: this runs for every sentence). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(" ", start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    push(text, start, cut, out);
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
