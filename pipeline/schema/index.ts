import { articles } from "./articles.ts";
import { figures, mentions, unparsed } from "./figures.ts";
import { metrics } from "./metrics.ts";
import { claims, conflicts } from "./claims.ts";
import { events, places } from "./gazetteer.ts";
import { reviewed } from "./reviewed.ts";
import { conventions, corrections } from "./ledger.ts";

/** Every table the pipeline writes to data/processed, by its declared schema. */
export const TABLES = [articles, places, events, figures, mentions, unparsed, conventions, reviewed, corrections, claims, conflicts, metrics] as const;
