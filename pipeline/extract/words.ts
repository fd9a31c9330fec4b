/** Word tokens with their offsets, and the punctuation that separates clauses. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Punctuation (other than spaces) between the previous word and this one, e.g. "," or " — ". */
  gap: string;
}

const WORD = /[\p{L}\p{N}#$%][\p{L}\p{N}'’.%-]*/uy;

/** Words of text[from, to), linear: one sticky regex step per word. */
export function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  let gapStart = from;
  while (i < to) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      let end = Math.min(i + m[0].length, to);
      // A trailing dot or apostrophe ends a sentence or a possessive, not the word.
      while (end > i + 1 && /[.'’-]/.test(text[end - 1]!)) end--;
      const t = text.slice(i, end);
      out.push({ start: i, end, text: t, lower: t.toLowerCase().replaceAll("’", "'"), gap: text.slice(gapStart, i).trim() });
      i = end;
      gapStart = end;
    } else {
      i++;
    }
  }
  return out;
}

/** True when the gap before a word ends a clause: a comma, a dash, a semicolon, a colon or a bracket. */
export function breaksClause(gap: string): boolean {
  return /[,;:—–()\[\]“”"]|\s-\s|--/.test(gap) || gap === "-";
}
