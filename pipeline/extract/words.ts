/** Word tokens with their offsets, and the punctuation that separates clauses. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** True when punctuation that ends a clause stands between the previous word and this one:
   *  a comma, a dash, a semicolon, a colon, a bracket or a quotation mark. */
  clauseBreak: boolean;
}

/** A dot, an apostrophe or a hyphen (compared, not looked up in a Set: this runs once per word). */
function isTrailing(c: number): boolean {
  return c === 46 || c === 39 || c === 0x2019 || c === 45;
}

/**
 * A word is [\p{L}\p{N}#$%][\p{L}\p{N}'’.%-]*. Words are read by a scan over character classes rather
 * than a regular expression: sentences are tokenized by the tens of thousands, and a regex match per
 * word (its match array, its string) costs more than the scan.
 */
const START_CHAR = /^[\p{L}\p{N}#$%]$/u;
const PART_CHAR = /^[\p{L}\p{N}'’.%-]$/u;
/** Class bits: may start a word, may continue one, may need lower-casing (upper case or not ASCII), is a surrogate pair, is known (a filled BMP entry). */
const START = 1;
const PART = 2;
const CASED = 4;
const PAIR = 8;
const KNOWN = 16;

const ASCII: Uint8Array = (() => {
  const a = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    a[c] = (START_CHAR.test(ch) ? START : 0) | (PART_CHAR.test(ch) ? PART : 0) | (c >= 65 && c <= 90 ? CASED : 0);
  }
  return a;
})();

function classOfText(s: string): number {
  return (START_CHAR.test(s) ? START : 0) | (PART_CHAR.test(s) ? PART : 0) | CASED;
}

/** Classes of the other BMP characters, filled on first sight (0: not seen yet). */
const BMP = new Uint8Array(0x10000);

/** Class of the character at i (the loops read ASCII from the table directly): a surrogate pair is one character, as in a /u regex. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOfText(text.slice(i, i + 2)) | PAIR;
  }
  let k = BMP[c]!;
  if (k === 0) BMP[c] = k = classOfText(String.fromCharCode(c)) | KNOWN;
  return k;
}

/** Words of text[from, to), linear in the length of the span. */
export function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let gapStart = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const first = c < 128 ? ASCII[c]! : classAt(text, i);
    if ((first & START) === 0) {
      i += first & PAIR ? 2 : 1;
      continue;
    }
    // the classes of the word's characters, together
    let seen = first;
    let end = i + (first & PAIR ? 2 : 1);
    while (end < to) {
      const d = text.charCodeAt(end);
      const k = d < 128 ? ASCII[d]! : classAt(text, end);
      if ((k & PART) === 0) break;
      seen |= k;
      end += k & PAIR ? 2 : 1;
    }
    if (end > to) end = to;
    // A trailing dot or apostrophe ends a sentence or a possessive, not the word.
    while (end > i + 1 && isTrailing(text.charCodeAt(end - 1))) end--;
    const t = text.slice(i, end);
    // (most gaps are one space: no need to look for punctuation)
    const clauseBreak = gapStart < i && (i - gapStart !== 1 || text.charCodeAt(gapStart) !== 32) && breaksBetween(text, gapStart, i);
    // A word of ASCII characters only (neither KNOWN nor PAIR seen) has no typographic apostrophe to replace.
    const lower = (seen & CASED) === 0 ? t : (seen & (KNOWN | PAIR)) === 0 ? t.toLowerCase() : lowerOf(t);
    out.push({ start: i, end, text: t, lower, clauseBreak });
    gapStart = end;
    i = end;
  }
  return out;
}

/** Lower case, with the typographic apostrophe as a plain one ("don’t" -> "don't"). */
function lowerOf(t: string): string {
  const lower = t.toLowerCase();
  return lower.includes("’") ? lower.replaceAll("’", "'") : lower;
}

const BREAKS = new Set([...",;:—–()[]“”\""].map((c) => c.charCodeAt(0)));
const HYPHEN = "-".charCodeAt(0);

/** Whether text[from, to), the gap between two words, ends a clause ("-" only spaced: " - "). */
function breaksBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue; // most gaps are one space
    if (BREAKS.has(c)) return true;
    if (c === HYPHEN && (i === from || text.charCodeAt(i - 1) === 32 || i + 1 === to || text.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}
