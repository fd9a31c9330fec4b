import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { extractArticle } from "../../pipeline/extract/article.ts";
import { findQuantities, HEDGES, VAGUE_TERMS } from "../../pipeline/extract/quantities.ts";
import { readConventions } from "../../pipeline/raw/hedges.ts";
import { PROJECT } from "./workspace.ts";

/** The desk's convention table as bundled: what extraction tests read hedges with. */
export const conventions = readConventions(readFileSync(join(PROJECT, "data/raw/hedges.csv"), "utf8"), "hedges.csv", { hedges: HEDGES, vague: VAGUE_TERMS });

/** The count figures extracted from a text with no date or outlet. */
export function counts(text: string) {
  return extractArticle({ articleId: "t", text, outlet: null, url: null, published: null, campaignStart: null }, conventions).figures.filter((f) => f.kind === "count");
}

/** The wording of every count figure the article reader keeps in `text` (after its context rules). */
export function figureTexts(text: string): string[] {
  return counts(text).map((f) => f.quantity_text);
}

/** The count figure worded `quantity` in `text`; fails the test when there is none. */
export function count(text: string, quantity: string) {
  const f = counts(text).find((x) => x.quantity_text === quantity);
  expect(f, `${quantity} in ${text}`).toBeDefined();
  return f!;
}

/** The quantity the recognizer finds worded exactly `quantity` in `text` (count or measure), or undefined. */
export function quantityWorded(text: string, wording: string) {
  return findQuantities(text).find((q) => q.text === wording);
}

/** The wording of every count the recognizer finds in `text`. */
export function countTexts(text: string): string[] {
  return findQuantities(text).filter((q) => q.kind === "count").map((q) => q.text);
}
