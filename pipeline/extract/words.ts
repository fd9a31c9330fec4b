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

const TRAILING = new Set([".", "'", "’", "-"].map((c) => c.charCodeAt(0)));
const WORD = /[\p{L}\p{N}#$%][\p{L}\p{N}'’.%-]*/gu;

/** Words of text[from, to), linear: the regex engine skips the spaces and punctuation between words. */
export function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let gapStart = from;
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    const i = m.index;
    let end = Math.min(i + m[0].length, to);
    // A trailing dot or apostrophe ends a sentence or a possessive, not the word.
    while (end > i + 1 && TRAILING.has(text.charCodeAt(end - 1))) end--;
    const t = text.slice(i, end);
    const clauseBreak = gapStart < i && breaksBetween(text, gapStart, i);
    const lower = t.toLowerCase();
    out.push({ start: i, end, text: t, lower: lower.includes("’") ? lower.replaceAll("’", "'") : lower, clauseBreak });
    gapStart = end;
    WORD.lastIndex = end;
  }
  return out;
}

const BREAKS = new Set([...",;:—–()[]“”\""].map((c) => c.charCodeAt(0)));
const HYPHEN = "-".charCodeAt(0);

/** Whether text[from, to), the gap between two words, ends a clause ("-" only spaced: " - "). */
function breaksBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (BREAKS.has(c)) return true;
    if (c === HYPHEN && (i === from || text.charCodeAt(i - 1) === 32 || i + 1 === to || text.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}
