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

const OPENERS = /[\p{Lu}\p{N}"“‘'(\[*]/u;

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

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = i + 1;
    while (j < to && /["”’')\]]/.test(text[j]!)) j++;
    if (j >= to || !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < to && /\s/.test(text[k]!)) k++;
    if (k >= to || !OPENERS.test(text[k]!)) continue;
    if (c === "." && isAbbreviation(text, from, i)) continue;
    push(text, start, j, out);
    start = k;
    i = k - 1;
  }
  push(text, start, to, out);
}

function isAbbreviation(text: string, lineStart: number, dot: number): boolean {
  let w = dot;
  while (w > lineStart && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 1) return true; // an initial: "George W. Bush"
  return ABBREVIATIONS.has(word);
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
