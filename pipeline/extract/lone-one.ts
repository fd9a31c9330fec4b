import type { Quantity } from "./quantities.ts";

/**
 * "One" on its own is mostly the article "a" or a pronoun: "one student asked", "One possibility is",
 * "Wrote one poster", "One was a weightlifter". A desk's table of reported figures wants it only when it
 * counts something: when something happened to it ("one person was killed"), or when the sentence
 * counts beside it ("two to the neck and one to the shoulder", "one of the three suspects"). A hedge
 * ("at least one", "only one", "more than one") or a ratio ("one in five") always makes it a figure,
 * and is not a lone "one".
 */
export function isLoneOne(q: Quantity): boolean {
  return q.kind === "count" && q.value === 1 && q.hedge === null && q.hedgeAfter === null && q.outOf === null && q.rangeLow === null && q.text.toLowerCase() === "one";
}

/**
 * Whether a lone "one" is kept as a figure: it has an event, or another count stands in its sentence.
 * Another lone "one" does not count ("included one featuring Punisher and one drawing from Venom": a
 * video, and another), nor does anything when "the other" answers it ("took turns, one inserting ...,
 * the other forcing ...": one of the two, a pronoun). The sentence ends at `sentenceEnd` in `text`.
 */
export function oneCounts(q: Quantity, event: string | null, sentence: readonly Quantity[], text: string, sentenceEnd: number): boolean {
  // "One law enforcement official said ...": the source of the sentence, described
  if (isLoneOne(q) && ONE_SAID.test(text.slice(q.end, q.end + 60))) return false;
  // "According to one official count": "a"
  if (isLoneOne(q) && /\b[Aa]ccording\s+to\s+$/.test(text.slice(Math.max(0, q.start - 14), q.start))) return false;
  if (event !== null) return true;
  // "just one of the thorny issues": one among many, not a tally
  if (isJustOneOf(q, text)) return false;
  if (!isLoneOne(q)) return true;
  if (/\b(?:the others?|another)\b/i.test(text.slice(q.end, sentenceEnd))) return false;
  // "three gas tanks -- one for Freon, one for oxygen and one for acetylene": each of them in turn, a pronoun
  if (inTurn(q, sentence, text)) return false;
  // in a list beside the other count ("two to the neck and one to the shoulder", "three parent and child
  // pairs, one sibling pair"), not a subject of its own ("Five of the victims were foreigners and one was
  // an American", "One, @J_tsar, contained 1,100 tweets", "one ambitious seller attempted")
  // or heading one ("One French citizen, one Belgian and three Malians were killed")
  const heads = sentence.some((other) => other.start > q.end && other.start - q.end < 40 && other.kind === "count" && /,|\band\b/.test(text.slice(q.end, other.start)));
  if (!heads && !LIST_LINK.test(text.slice(Math.max(0, q.start - 10), q.start))) return false;
  // ("several men had pulled up in a car, and one opened fire": the subject of its own verb)
  if (/^\s*(?:,|was\b|is\b|has\b|had\b|who\b|which\b|that\b|on\s+whom\b|[a-z]+ed\b)/i.test(text.slice(q.end, q.end + 12))) return false;
  return sentence.some((other) => other !== q && other.kind === "count" && !isLoneOne(other));
}

/** After "one": a description of a speaker and the verb of saying ("One law enforcement official said"). */
const ONE_SAID = /^\s+(?:[\w-]+\s+){0,4}(?:official|source|spokesman|spokeswoman|spokesperson|witness|resident|analyst|expert|diplomat|officer|member|aide|person|man|woman)\s+(?:said|says|told|added|explained|noted|wrote|tweeted|claiming|claimed|claims|reported|stated)\b/i;

/** Before a "one" in a list: "and one", ", one", "-- one", "or one", "plus one", "including one". */
const LIST_LINK = /(?:\band|,|--|\u2014|\u2013|;|\bor|\bplus|\bincluding)\s+$/;

/** "just one of the thorny issues", "only one of thousands": "one of" after an emphatic hedge, with no figure after "the". */
function isJustOneOf(q: Quantity, text: string): boolean {
  // ("just one of thousands of extraordinary pictures")
  return q.kind === "count" && q.value === 1 && q.hedge === "only" && q.outOf === null && /^\s+of\s+(?:(?:the|its|their|his|her)\s+(?!\d)[\p{Ll}]|(?:thousands|hundreds|millions|dozens|countless|numerous)\b)/u.test(text.slice(q.end, q.end + 30));
}

/** After "one" a preposition, as after another lone "one" of the sentence ("one for Freon, one for oxygen", "one from Downey's movies and one for Alex"). */
function inTurn(q: Quantity, sentence: readonly Quantity[], text: string): boolean {
  return prepositionAfter(text, q.end) !== null && sentence.some((other) => other !== q && isLoneOne(other) && prepositionAfter(text, other.end) !== null);
}

function prepositionAfter(text: string, at: number): string | null {
  return /^\s+(for|from|to|in|on|at|with|by)\s/i.exec(text.slice(at, at + 8))?.[1]!.toLowerCase() ?? null;
}

/**
 * "just one symptom of a deeper conflict", "only one theory being considered", "one critical question is
 * whether", "There is only one likely outcome": one of the writer's points, not a tally, whatever the hedge
 * (on the corpus, all seven such rows were judged not figures). `counted` is the noun phrase read after it.
 */
export function isOnePoint(q: Quantity, counted: string | null): boolean {
  if (q.kind !== "count" || q.value !== 1 || q.rangeLow !== null || counted === null || !/\bone$/i.test(q.text)) return false;
  return POINTS.has(counted.slice(counted.lastIndexOf(" ") + 1).toLowerCase());
}

const POINTS: ReadonlySet<string> = new Set([
  "question", "theory", "possibility", "reason", "problem", "issue", "option", "explanation", "outcome", "symptom",
  "factor", "challenge", "example", "concern", "idea", "answer", "solution", "lesson", "aspect", "argument",
]);
