import { col, defineTable, type RowOf } from "./table.ts";

export const places = defineTable("places", "The desk's gazetteer: places the reports name, with coordinates, from data/raw/places.csv.", {
  name: col.string("Name as the desk writes it"),
  aliases: col.strings("Other spellings found in reports"),
  lat: col.float("Latitude, degrees north (WGS 84)"),
  lon: col.float("Longitude, degrees east"),
  country: col.string("Country the place is in"),
  note: col.nullable(col.string("What the place is")),
  article_ids: col.strings("Articles whose text names the place (by name or alias)"),
});

export type Place = RowOf<typeof places.columns>;

export const events = defineTable("events", "Reported events without a figure, for timelines, each with the words of the report that tell it.", {
  article_id: col.string("The article that reports it"),
  start: col.nullable(col.day("First day (null: under way by the end day)")),
  end: col.day("Last day, or the day of the report for something still going on"),
  place: col.nullable(col.string("A gazetteer name")),
  label: col.string("Short label for a chart"),
  quote: col.string("The words of the article that tell it (checked to be in the text)"),
});

export type Event = RowOf<typeof events.columns>;
