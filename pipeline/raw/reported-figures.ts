import { parseCsv, type CsvRecord } from "../io/csv-read.ts";
import { day, fail, text } from "../io/fields.ts";
import { stableId } from "../io/hash.ts";
import { addDays } from "../extract/periods.ts";

/**
 * data/raw/reported-figures.csv: figures the desk typed in from reports it has no text for, the
 * quantity exactly as printed ("about 800-900", "85, 590"). Same columns as the battle's compiled
 * reporting, so that file is the seed of this one.
 */
export const REPORTED_FIGURES_CSV = "data/raw/reported-figures.csv";

export interface TypedFigure {
  line: number;
  reportId: string;
  reportDate: string;
  outlet: string;
  url: string | null;
  source: string | null;
  metric: string;
  quantityText: string;
  periodStart: string | null;
  periodEnd: string | null;
  scope: string | null;
  note: string | null;
  record: CsvRecord;
}

export function readReportedFigures(csv: string, file: string): TypedFigure[] {
  const records = parseCsv(csv, file, {
    required: ["report_date", "outlet", "source", "metric", "quantity_text", "period_start", "period_end"],
    optional: ["url", "scope", "note"],
  });
  return records.map((r) => {
    const reportDate = day(r, "report_date");
    const start = day(r, "period_start", { required: false });
    const typedEnd = day(r, "period_end", { required: false });
    if (start !== null && typedEnd !== null && typedEnd < start) fail(r, "period_end", `expected a day on or after period_start ${start}, got ${typedEnd}`);
    if (typedEnd !== null && typedEnd > reportDate) fail(r, "period_end", `expected a day no later than the report (${reportDate}), got ${typedEnd}`);
    const outlet = text(r, "outlet");
    const url = text(r, "url", { required: false }) || null;
    return {
      line: r.line,
      reportId: stableId("r-", [reportDate, outlet, url]),
      reportDate,
      outlet,
      url,
      source: text(r, "source", { required: false }) || null,
      metric: text(r, "metric"),
      quantityText: text(r, "quantity_text"),
      periodStart: start,
      periodEnd: soFarEnd(start, typedEnd, reportDate),
      scope: text(r, "scope", { required: false }) || null,
      note: text(r, "note", { required: false }) || null,
      record: r,
    };
  });
}

/**
 * A period typed as ending on the report's own day means "so far, as of the report". The extractor
 * reads "so far" as the completed days before publication, so the same claim gets the same period by
 * either path: 17 to 24 October in a report of the 24th becomes 17 to 23 October. A one-day period
 * on the report's day (a same-day tally) is kept as it is.
 */
export function soFarEnd(start: string | null, end: string | null, reportDate: string): string | null {
  if (end === null || end !== reportDate || start === end) return end;
  return addDays(end, -1);
}
