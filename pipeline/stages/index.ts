import type { Stage } from "../runner.ts";
import { ingest } from "./ingest.ts";
import { extract } from "./extract.ts";
import { review } from "./review.ts";
import { derive } from "./derive.ts";
import { figures } from "./figures.ts";
import { publish } from "./publish.ts";

/** The stages in the order data flows through them; each reads only what earlier ones wrote. */
export const STAGES: readonly Stage[] = [ingest, extract, review, derive, figures, publish];
