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
]);

const PARTICIPLE = /^[a-z]{3,}(?:ed|ing)$/;

function isNounish(w: Word | undefined): boolean {
  return w !== undefined && !STOP.has(w.lower) && !isEventWord(w.lower) && !/^[\p{N}$#]/u.test(w.text);
}

/** Counted phrase starting at words[from], not reaching words[limit]; null when the figure stands alone. */
export function countedAfter(ws: readonly Word[], from: number, limit: number): { counted: string | null; next: number } {
  let i = from;
  if (i < limit && !ws[i]!.clauseBreak && ws[i]!.lower === "of") {
    i++;
    if (i < limit && (ws[i]!.lower === "the" || ws[i]!.lower === "their")) i++;
  }
  const start = i;
  const taken: Word[] = [];
  while (i < limit && taken.length < 7) {
    const w = ws[i]!;
    if (w.clauseBreak) break;
    if (w.lower === "and" || w.lower === "or" || w.lower === "&") {
      const next = ws[i + 1];
      const afterPossessive = next && (next.lower === "their" || next.lower === "his" || next.lower === "her") ? ws[i + 2] : next;
      if (taken.length === 0 || i + 1 >= limit || !isNounish(afterPossessive) || next!.clauseBreak) break;
      taken.push(w);
      i++;
      continue;
    }
    if (w.lower === "their" && taken.length > 0 && taken[taken.length - 1]!.lower === "and") {
      taken.push(w);
      i++;
      continue;
    }
    if (!isNounish(w)) break;
    if (taken.length > 0 && PARTICIPLE.test(w.lower)) break;
    taken.push(w);
    i++;
  }
  while (taken.length > 0 && /^(and|or|&|their)$/.test(taken[taken.length - 1]!.lower)) taken.pop();
  if (taken.length === 0) return { counted: null, next: start };
  return { counted: taken.map((w) => w.text).join(" "), next: start + taken.length };
}
