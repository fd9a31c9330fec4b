/**
 * The bundled Inter font files: the only font source for measuring and rasterizing.
 *
 * Paths are resolved through the package (createRequire), never through system fonts, so
 * text metrics and PNG bytes are the same on every machine that ran `npm ci`.
 */
import { createRequire } from "node:module";
import { existsSync } from "node:fs";

const require = createRequire(import.meta.url);

/** Font weights that ship with this pipeline. */
export type FontWeight = 400 | 500 | 600 | 700;

export const FONT_FAMILY = "Inter";
/** CSS font-family written into every SVG. */
export const CSS_FONT_FAMILY = "Inter, sans-serif";

const FILES: Record<FontWeight, string> = {
  400: "@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf",
  500: "@expo-google-fonts/inter/500Medium/Inter_500Medium.ttf",
  600: "@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf",
  700: "@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf",
};

export const FONT_WEIGHTS: readonly FontWeight[] = [400, 500, 600, 700];

const cache = new Map<FontWeight, string>();

/**
 * Absolute path of the Inter .ttf for `weight`. Throws if the file is missing: resvg would
 * silently ignore a missing font path and render no text at all.
 */
export function fontPath(weight: FontWeight): string {
  let p = cache.get(weight);
  if (p === undefined) {
    const spec = FILES[weight];
    if (spec === undefined) throw new Error(`fonts: no bundled Inter file for weight ${String(weight)}`);
    p = require.resolve(spec);
    if (!existsSync(p)) throw new Error(`fonts: Inter font file not found: ${p}`);
    cache.set(weight, p);
  }
  return p;
}

/** All bundled font files, in a fixed order (the order is part of the PNG determinism). */
export function fontFiles(): string[] {
  return FONT_WEIGHTS.map(fontPath);
}

/** Nearest bundled weight to an arbitrary CSS weight (ties go to the heavier face). */
export function nearestWeight(weight: number): FontWeight {
  let best: FontWeight = 400;
  for (const w of FONT_WEIGHTS) {
    if (Math.abs(w - weight) <= Math.abs(best - weight)) best = w;
  }
  return best;
}
