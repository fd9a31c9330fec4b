/**
 * Rasterize a standalone SVG to PNG with resvg-js, using only the bundled Inter files.
 *
 * resvg-js 2.6.2 silently drops ALL options when any key is unknown, and silently ignores a
 * missing font path; the options below are a fixed literal and the font paths are checked to
 * exist (fonts.ts), and tests/render checks that text really renders.
 */
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { FONT_FAMILY, fontFiles } from "./fonts.ts";

/** The exact resvg options used for a given scale (exported for tests). */
export function resvgOptions(scale: 1 | 2): ResvgRenderOptions {
  return {
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    fitTo: { mode: "zoom", value: scale },
    background: "white",
  };
}

/** PNG bytes of `svg` at 1x or 2x; white background. */
export function svgToPng(svg: string, scale: 1 | 2): Uint8Array {
  if (scale !== 1 && scale !== 2) throw new Error(`svgToPng: scale must be 1 or 2, got ${String(scale)}`);
  const png = new Resvg(svg, resvgOptions(scale)).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
