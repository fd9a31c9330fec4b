import type { Word } from "./words.ts";

/**
 * What happened to what is counted, from the verbs around a figure. Each entry is a phrase as
 * words (lower case) and the event it names; the forms cover passive ("were killed"), bare
 * participles in bullets ("78 towns liberated") and active verbs before the figure ("executed
 * about 40 people").
 */
const EVENT_PHRASES: readonly [string, string][] = [
  ["killed", "killed"], ["kill", "killed"], ["killing", "killed"], ["put to death", "executed"], ["shot dead", "killed"], ["slain", "killed"], ["died", "killed"], ["dead", "killed"], ["lost", "killed"],
  ["executed", "executed"], ["executions", "executed"], ["execution", "executed"], ["beheaded", "executed"],
  ["detained", "detained"], ["arrested", "detained"], ["captured", "detained"], ["taken prisoner", "detained"], ["taken prisoners", "detained"], ["taken as prisoners", "detained"],
  ["liberated", "liberated"], ["freed", "liberated"], ["retaken", "liberated"], ["recaptured", "liberated"], ["retook", "liberated"], ["recaptured", "liberated"],
  ["destroyed", "destroyed"], ["demolished", "destroyed"],
  ["detonated", "detonated"], ["blown up", "detonated"], ["exploded", "detonated"],
  ["defused", "defused"], ["dismantled", "defused"],
  ["discovered", "discovered"], ["found", "discovered"], ["uncovered", "discovered"], ["seized", "seized"],
  ["fleeing", "fleeing"], ["fled", "fleeing"], ["flee", "fleeing"], ["escaped", "fleeing"],
  ["displaced", "displaced"], ["forced from their homes", "displaced"],
  ["seek medical help", "treated"], ["sought medical help", "treated"], ["medical help", "treated"], ["treated", "treated"], ["hospitalized", "treated"], ["hospitalised", "treated"],
  ["wounded", "wounded"], ["injured", "wounded"], ["hurt", "wounded"], ["injuring", "wounded"], ["wounding", "wounded"],
  ["home to", "present"], ["trapped", "present"], ["remain", "present"], ["remaining", "present"], ["living", "present"],
  ["rescued", "rescued"], ["evacuated", "evacuated"], ["returned", "returned"],
  // beyond the battlefield's vocabulary: what news reports say happened to people and things (verbs only: an
  // event word cannot be the counted noun, so "three bombings" must keep its noun)
  ["murdered", "killed"], ["massacred", "killed"], ["assassinated", "killed"], ["gunned down", "killed"], ["drowned", "killed"],
  ["perished", "killed"], ["stabbed to death", "killed"], ["beaten to death", "killed"], ["hacked to death", "killed"],
  ["kidnapped", "kidnapped"], ["abducted", "kidnapped"], ["taken hostage", "kidnapped"], ["held hostage", "kidnapped"], ["kidnapping", "kidnapped"],
  ["charged", "charged"], ["indicted", "charged"], ["convicted", "convicted"], ["sentenced", "convicted"], ["jailed", "convicted"], ["imprisoned", "imprisoned"],
  ["expelled", "expelled"], ["deported", "expelled"],
  ["robbed", "attacked"], ["attacked", "attacked"], ["stabbed", "attacked"], ["assaulted", "attacked"], ["raped", "attacked"], ["sexually abused", "attacked"], ["raided", "attacked"], ["stormed", "attacked"],
  ["infected", "infected"], ["sickened", "infected"],
  ["missing", "missing"], ["unaccounted for", "missing"],
  ["won", "won"], ["winning", "won"],
  ["bombed", "attacked"],
  ["recovered", "recovered"], ["launched", "fired"], ["claimed the lives of", "killed"], ["took the lives of", "killed"],
  ["suffered injuries", "wounded"], ["arrest", "detained"], ["arresting", "detained"], ["detain", "detained"], ["detaining", "detained"],
  ["rounded up", "detained"], ["evacuating", "evacuated"], ["raiding", "attacked"], ["survived", "survived"], ["blocked", "blocked"], ["fired", "fired"],
  ["canceled", "canceled"], ["cancelled", "canceled"], ["scrubbed", "canceled"], ["flown back", "returned"], ["sent back", "returned"],
  ["were shot and killed", "killed"], ["was shot and killed", "killed"], ["been shot and killed", "killed"], ["shot and killed", "killed"],
  ["were shot", "shot"], ["was shot", "shot"], ["been shot", "shot"], ["shot at", "shot"], ["did not survive", "killed"],
  ["sustained injuries", "wounded"], ["sustained minor injuries", "wounded"], ["sustained serious injuries", "wounded"], ["sustained critical injuries", "wounded"],
  ["released", "released"], ["delayed", "delayed"], ["protested", "protested"], ["protesting", "protested"], ["stabbing", "attacked"],
  ["tased", "attacked"], ["tasered", "attacked"], ["summoned", "summoned"], ["traveled", "traveled"], ["travelled", "traveled"],
  ["arrived", "arrived"], ["transferred", "transferred"], ["excavated", "discovered"], ["diagnosed", "diagnosed"], ["recruited", "recruited"],
  ["scored", "scored"], ["contracted", "infected"], ["saved the lives of", "rescued"], ["saving the lives of", "rescued"], ["investigated", "investigated"],
  ["issued", "issued"], ["gave birth", "gave birth"], ["caught", "caught"],
  ["destroying", "destroyed"], ["interviewed", "interviewed"], ["deployed", "deployed"], ["identified", "identified"],
  ["awarded", "awarded"], ["presented with", "awarded"], ["earned", "won"], ["earning", "won"], ["shut down", "closed"],
  ["turned over", "handed over"], ["turn over", "handed over"], ["handed over", "handed over"], ["firing", "fired"],
  ["passed away", "killed"], ["carried out", "carried out"], ["repelled", "repelled"], ["fell ill", "infected"], ["fallen ill", "infected"],
  ["became ill", "infected"], ["become ill", "infected"], ["become seriously ill", "infected"], ["became seriously ill", "infected"],
  ["taking shelter", "sheltering"], ["took shelter", "sheltering"], ["sheltering", "sheltering"], ["seeking refuge", "sheltering"],
  ["sought refuge", "sheltering"], ["sought shelter", "sheltering"], ["seeking shelter", "sheltering"],
  ["beheading", "executed"], ["slaughtered", "killed"], ["slaughtering", "killed"], ["stoned to death", "killed"], ["stoning", "killed"],
  ["donated", "donated"], ["vandalized", "vandalized"], ["buried", "buried"], ["relocated", "relocated"],
  ["removed", "removed"], ["granted", "granted"], ["signed", "signed"], ["sold", "sold"], ["trained", "trained"],
  ["are shot", "shot"], ["is shot", "shot"], ["being shot", "shot"], ["taken to the hospital", "treated"], ["taken to hospital", "treated"],
  ["taken to a hospital", "treated"], ["rushed to hospital", "treated"], ["rushed to the hospital", "treated"], ["resigned", "resigned"],
  ["fined", "fined"], ["disappeared", "missing"], ["tortured", "tortured"], ["honored", "awarded"], ["summon", "summoned"],
  // a headline's present tense: "China executes three men", "Gunman kills two"
  ["executes", "executed"], ["kills", "killed"], ["frees", "liberated"], ["fines", "fined"],
];

const BY_FIRST = new Map<string, [string[], string][]>();
for (const [phrase, event] of EVENT_PHRASES) {
  const parts = phrase.split(" ");
  const list = BY_FIRST.get(parts[0]!) ?? [];
  list.push([parts, event]);
  BY_FIRST.set(parts[0]!, list);
}

export interface EventMatch {
  event: string;
  /** Index of the first word of the phrase. */
  index: number;
  /** Words the phrase spans. */
  length: number;
}

/** Words after a break that carry the same events on: "These follow executions ..., when militants shot dead 284". */
const LINKS = new Set(["and", "or", "when", "where", "while", "as", "after"]);

const PASSIVE = new Set(["were", "was", "been", "be", "are", "is"]);
const PARTICIPLES = new Set(["killing", "injuring", "wounding"]);
const CLAUSE_OPENERS = new Set(["and", "or", "while", "after", "before", "by", "also", "then", "thereby", "not", "of", "for", "with", "in"]);

/** Words after "lost N" that make it defeats: "lost seven in a row", "lost four straight games". */
const SPORT_AFTER_LOST = new Set(["row", "straight", "consecutive", "games", "matches", "successive", "fixtures"]);

/** Words before "execution" that make it a prospect: "days away from execution", "facing execution". */
const NOT_YET = new Set(["from", "face", "faces", "facing", "await", "awaits", "awaiting", "avoid", "avoided", "escape", "escaped", "spared", "stay"]);

const FIRING_NOUNS = new Set(["squad", "squads", "range", "ranges", "line", "pin", "pins"]);
const DETERMINER_AFTER_LAUNCH = new Set(["a", "an", "the", "its", "their", "his", "her", "our"]);

/** After "found": what was found is not a thing ("brands have found success in getting just a few items right"). */
const FOUND_ABSTRACT = new Set(["success", "comfort", "solace", "support", "time", "way", "ways", "courage", "peace", "favor", "favour", "fame", "love", "work", "jobs", "common"]);

/** Verbs of finding that, before "that" or "out", report a conclusion, not a discovery: "the Journal found that". */
const FINDING = new Set(["found", "discovered", "uncovered"]);

/**
 * Event phrases among words[from, to), in order. A phrase cut off from the end of the span by a clause
 * break is left out: the words before a figure are searched up to the figure, and "they had arrested a
 * person -- working for ... -- on suspicion of helping three British girls" does not say the girls were
 * arrested. Breaks before "and", "or", "when", "where", ... do not cut ("78 towns liberated, and ...", "executions
 * on Thursday and Friday, when ISIS militants ... shot dead 284 men").
 */
export function findEvents(ws: readonly Word[], from: number, to: number): EventMatch[] {
  const out: EventMatch[] = [];
  // index of the last clause break (not before and/or) inside (from, to): events before it are cut off
  let lastBreak = -1;
  for (let i = to - 1; i > from; i--) {
    const w = ws[i]!;
    if (w.clauseBreak && !LINKS.has(w.lower)) {
      lastBreak = i;
      break;
    }
  }
  for (let i = Math.max(from, lastBreak); i < to; i++) {
    const candidates = BY_FIRST.get(ws[i]!.lower);
    if (!candidates) continue;
    let best: EventMatch | null = null;
    for (const [parts, event] of candidates) {
      if (i + parts.length > to) continue;
      if (parts.every((p, k) => ws[i + k]!.lower === p) && (!best || parts.length > best.length)) best = { event, index: i, length: parts.length };
    }
    if (best) {
      const after = ws[best.index + best.length];
      if (best.length === 1 && FINDING.has(ws[i]!.lower) && after && (after.lower === "that" || after.lower === "out" || FOUND_ABSTRACT.has(after.lower))) continue;
      // "three women tending to a wounded soldier", "One nurse cradles the wounded fighter": an adjective of
      // another noun, not what happened
      const before = ws[i - 1];
      if (best.length === 1 && before && (before.lower === "a" || before.lower === "an") && !ws[i]!.clauseBreak && after && !after.clauseBreak) continue;
      // ("the injured included 42 soldiers", "the dead included", "the killing of 150 people" are what happened)
      if (best.length === 1 && before?.lower === "the" && ws[i]!.lower.endsWith("ed") && !ws[i]!.clauseBreak && after && !after.clauseBreak &&
        after.lower !== "of" && !after.lower.endsWith("ed") && !PASSIVE.has(after.lower) && !isEventWord(after.lower)) continue;
      // "having lost the first leg", "lost his life": "lost" is a death only of the figure right after it
      // ("lost 16 students") or in the passive ("lives were lost")
      if (ws[i]!.lower === "lost" && i + 1 !== to && !(before && PASSIVE.has(before.lower))) continue;
      // "has just lost seven in a row", "lost four straight games": defeats, not deaths
      if (ws[i]!.lower === "lost" && i + 1 === to && ws.slice(to + 1, to + 5).some((w) => SPORT_AFTER_LOST.has(w.lower))) continue;
      // "a 12-member firing squad", "a count of firing a weapon": a noun, not what happened
      if (ws[i]!.lower === "firing" && ((after && FIRING_NOUNS.has(after.lower)) || (before && (before.lower === "of" || before.lower === "by")))) continue;
      // "launched an investigation into ... six televangelists": not a launch of the figure's things
      if (ws[i]!.lower === "launched" && after && i + 1 !== to && DETERMINER_AFTER_LAUNCH.has(after.lower)) continue;
      // "days away from execution", "facing execution": not (yet) what happened
      if (ws[i]!.lower === "execution" && before && NOT_YET.has(before.lower)) continue;
      // ", killing 23 people", "and injuring 44": a participle opening a clause, not the noun ("Nemtsov's killing")
      // ("the killing of 150 people", right before the figure, is what happened to them)
      if (PARTICIPLES.has(ws[i]!.lower) && !ws[i]!.clauseBreak && !(before && CLAUSE_OPENERS.has(before.lower)) && !(after?.lower === "of" && i + 2 === to)) continue;
      out.push(best);
      i += best.length - 1;
    }
  }
  return out;
}

export function isEventWord(lower: string): boolean {
  return BY_FIRST.has(lower);
}
