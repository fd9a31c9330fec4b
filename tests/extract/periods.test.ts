import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetweenInclusive, latestWeekdayOnOrBefore, periodIn } from "../../pipeline/extract/periods.ts";

const REPORT = { published: "2016-10-24", campaignStart: "2016-10-17" }; // a Monday, one week in

describe("periods, inclusive, resolved against the report's day", () => {
  it("counts both ends: 17 to 23 October is 7 days, Thursday and Friday 2, a first-day tally 1", () => {
    expect(daysBetweenInclusive("2016-10-17", "2016-10-23")).toBe(7);
    expect(daysBetweenInclusive("2016-10-20", "2016-10-21")).toBe(2);
    expect(daysBetweenInclusive("2016-10-17", "2016-10-17")).toBe(1);
    expect(daysBetweenInclusive("2016-02-28", "2016-03-01")).toBe(3); // 2016 is a leap year
  });

  it("reads 'so far' and 'first week' as the campaign's start through the day before publication", () => {
    expect(periodIn("78 towns and villages have been liberated so far", REPORT)).toMatchObject({ start: "2016-10-17", end: "2016-10-23" });
    expect(periodIn("772 ISIS fighters killed in first week of battle", REPORT)).toMatchObject({ start: "2016-10-17", end: "2016-10-23" });
  });

  it("reads 'on Thursday and Friday' in a Monday report as the Thursday and Friday before", () => {
    expect(periodIn("These follow executions on Thursday and Friday, when ISIS militants shot dead 284 men", REPORT)).toMatchObject({ start: "2016-10-20", end: "2016-10-21", saidOn: null });
  });

  it("reads 'said Sunday' as the day the claim was made, not as the period", () => {
    expect(periodIn("ISIS executed about 40 people, a Mosul City Council official said Sunday, citing local sources", REPORT)).toEqual({ start: null, end: null, saidOn: "2016-10-23" });
  });

  it("reads a calendar date with chrono-node", () => {
    expect(periodIn("the attack of Oct. 20, when 12 soldiers died", REPORT)).toMatchObject({ start: "2016-10-20", end: "2016-10-20" });
  });

  it("resolves any weekday to a day on or before publication, at most six days back", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 6 }), (offset, weekday) => {
      const day = addDays("2010-01-01", offset);
      const got = latestWeekdayOnOrBefore(day, weekday);
      expect(new Date(`${got}T00:00:00Z`).getUTCDay()).toBe(weekday);
      expect(daysBetweenInclusive(got, day)).toBeGreaterThanOrEqual(1);
      expect(daysBetweenInclusive(got, day)).toBeLessThanOrEqual(7);
    }));
  });
});
