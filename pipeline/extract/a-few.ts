import type { Quantity } from "./quantities.ts";

/**
 * "A few" on its own mostly describes rather than reports: "there were a few lessons", "push past a few
 * unmarked doors", "just a few people can reach it", "save for a few areas". Judged on 800 rows of the
 * corpus, 14 of its 19 rows were not figures a desk would table. It is kept when something happened to what
 * it counts ("a few people were injured", "arrested a few protesters"); "home to a few snakes" is a state,
 * not an event; "just a few of the aid workers who have been abducted" names examples, not a tally.
 * "A few hundred", "a few thousand" and the rest are figures of their own.
 */
export function fewCounts(q: Quantity, event: string | null, text: string): boolean {
  if (q.kind !== "count" || q.vague !== "a few") return true;
  if (event === null || event === "present") return false;
  return !(q.hedge !== null && /^\s+of\s+(?:the|its|their|his|her|our)\s/.test(text.slice(q.end, q.end + 12)));
}
