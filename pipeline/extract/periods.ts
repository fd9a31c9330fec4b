import * as chrono from "chrono-node";
import { SPEECH_VERBS } from "./attribution.ts";

/**
 * The days a figure covers, as an inclusive range, resolved against the report's publication day.
 * A report counts completed days: "so far" in a report published on the 24th covers the campaign's
 * first day through the 23rd. Weekday names refer back in time ("said Sunday" in a Monday report is
 * the day before), as in past-tense news writing; chrono-node finds the dates, these rules decide
 * which day a bare weekday means and whether a date is the period or the day something was said.
 */
export interface ReportDays {
  published: string;
  campaignStart: string;
}

export interface Period {
  /** Null with an end: "as of" the end, since an unknown day. */
  start: string | null;
  end: string | null;
  /** The day the source made the claim, when the text says ("said Sunday"). */
  saidOn: string | null;
}

const DAY_MS = 86_400_000;

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetweenInclusive(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;
}

const SO_FAR = /\b(?:so far|thus far|to date|until now|up to now|since the (?:start|beginning|launch) of|since the (?:operation|offensive|campaign|battle) (?:began|started|was launched))\b/i;
const FIRST_WEEK = /\b(?:(?:in|during|over) (?:the )?first week|first week of (?:the )?(?:battle|operation|offensive|campaign|fighting)|one week into)\b/i;
const PRESENT = /\b(?:are|is|remain|remains|still|currently|now)\b/i;
/**
 * What every match of FIRST_WEEK, WEEKDAY and CALENDAR contains: most clauses have none, and a search
 * for it is several times faster than the full pattern's.
 */
const HAS_WEEK = /week/i;
const HAS_DAY = /day/i;
const HAS_DIGIT = /\d/;

export function periodIn(clause: string, days: ReportDays, { stock = false } = {}): Period {
  const period: Period = { start: null, end: null, saidOn: null };
  if (HAS_WEEK.test(clause) && FIRST_WEEK.test(clause)) {
    const weekEnd = addDays(days.campaignStart, 6);
    const before = addDays(days.published, -1);
    Object.assign(period, { start: days.campaignStart, end: weekEnd < before ? weekEnd : before });
  } else if (SO_FAR.test(clause)) {
    Object.assign(period, { start: days.campaignStart, end: addDays(days.published, -1) });
  }
  const dated = datesIn(clause, days.published);
  const periodDays = dated.filter((d) => !d.said).map((d) => d.day).sort();
  const said = dated.find((d) => d.said);
  if (said) period.saidOn = said.day;
  if (period.start === null && periodDays.length > 0) {
    period.start = periodDays[0]!;
    period.end = periodDays[periodDays.length - 1]!;
  }
  // "Hundreds are fleeing", "still home to 200,000": true as of the report, since an unknown day.
  if (period.start === null && stock && PRESENT.test(clause)) {
    period.end = days.published;
  }
  return period;
}

interface DateMention {
  day: string;
  /** True when the date tells when something was said ("said Sunday", "told CNN Monday"). */
  said: boolean;
}

const WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/gi;
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6 };
const CALENDAR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/gi;
const SAID_BEFORE = new RegExp(`\\b(?:${[...SPEECH_VERBS].join("|")})(?: \\w+)?\\s*$`);

function saidBefore(clause: string, index: number): boolean {
  return SAID_BEFORE.test(clause.slice(Math.max(0, index - 24), index).toLowerCase());
}

/**
 * Weekday names are resolved by rule: news is written in the past tense, so "Thursday" in a Monday
 * report is the Thursday before (chrono-node would pick the next one). Calendar dates ("Oct. 17",
 * "17 October 2016") are read by chrono-node's strict parser, given only a window around each:
 * it costs time in proportion to the text it is given. (The patterns are run with exec() from lastIndex 0,
 * as rateAfter() does: matchAll() would copy the pattern for every clause.)
 */
function datesIn(clause: string, published: string): DateMention[] {
  const out: DateMention[] = [];
  if (HAS_DAY.test(clause)) {
    WEEKDAY.lastIndex = 0;
    for (let m = WEEKDAY.exec(clause); m !== null; m = WEEKDAY.exec(clause)) {
      out.push({ day: latestWeekdayOnOrBefore(published, WEEKDAY_INDEX[m[1]!.toLowerCase()]!), said: saidBefore(clause, m.index) });
    }
  }
  if (!HAS_DIGIT.test(clause)) return out;
  let reference: { instant: Date; timezone: number } | null = null;
  let covered = -1;
  CALENDAR.lastIndex = 0;
  for (let m = CALENDAR.exec(clause); m !== null; m = CALENDAR.exec(clause)) {
    if (m.index < covered || !mayNameDay(clause, m.index, m[0].length)) continue;
    reference ??= { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
    const from = Math.max(0, m.index - 30);
    const window = clause.slice(from, m.index + 60);
    covered = m.index + 60;
    for (const r of chrono.en.strict.parse(window, reference, { forwardDate: false })) {
      for (const part of [r.start, r.end]) {
        if (!part || !part.isCertain("day") || !part.isCertain("month")) continue;
        out.push({ day: part.date().toISOString().slice(0, 10), said: saidBefore(clause, from + r.index) });
      }
    }
  }
  return out;
}

/**
 * Whether a match of CALENDAR may name a day: its number has one or two digits ("Oct. 17", "17 October"), or a
 * number stands right before its month ("the 6th of April 1996"). Not "in May 2013": a month, which has no day
 * for chrono-node to find, and half the matches in news.
 */
function mayNameDay(clause: string, at: number, length: number): boolean {
  // the match's digit is its last character (month first) or its first (day first)
  const digit = isAsciiDigit(clause.charCodeAt(at)) ? at : at + length - 1;
  let from = digit;
  while (from > 0 && isAsciiDigit(clause.charCodeAt(from - 1))) from--;
  let to = digit + 1;
  while (to < clause.length && isAsciiDigit(clause.charCodeAt(to))) to++;
  return to - from <= 2 || DAY_BEFORE_MONTH.test(clause.slice(Math.max(0, at - 12), at));
}

const DAY_BEFORE_MONTH = /\d(?:st|nd|rd|th)?\s+(?:of\s+)?$/i;

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Answers of latestWeekdayOnOrBefore, by day and weekday: news names weekdays in most clauses with a date,
 * articles share publication days, and each answer goes through Date objects and strings. At most seven a day.
 */
const WEEKDAY_ON_OR_BEFORE = new Map<string, string>();

export function latestWeekdayOnOrBefore(day: string, weekday: number): string {
  const key = day + weekday;
  let found = WEEKDAY_ON_OR_BEFORE.get(key);
  if (found === undefined) WEEKDAY_ON_OR_BEFORE.set(key, (found = weekdayOnOrBefore(day, weekday)));
  return found;
}

function weekdayOnOrBefore(day: string, weekday: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() - weekday + 7) % 7;
  return addDays(day, -back);
}
