import { parseCsv } from "../io/csv-read.ts";
import { day, slug, text, requireUnique } from "../io/fields.ts";

export interface Campaign {
  key: string;
  name: string;
  start: string;
  place: string;
}

/** data/raw/campaigns.csv: the campaign's start decides every "so far" period, so it is data. */
export function readCampaigns(csv: string, file: string): Map<string, Campaign> {
  const records = parseCsv(csv, file, { required: ["key", "name", "start"], optional: ["place", "note"] });
  requireUnique(records, "key");
  return new Map(records.map((r) => {
    const c = { key: slug(r, "key"), name: text(r, "name"), start: day(r, "start"), place: text(r, "place", { required: false }) };
    return [c.key, c];
  }));
}
