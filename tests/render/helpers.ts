import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { DOMParser } from "linkedom";

/** RGBA pixels as resvg renders them with `options`. */
export function rasterize(svg: string, options: ResvgRenderOptions): { pixels: Buffer; width: number; height: number } {
  const img = new Resvg(svg, options).render();
  return { pixels: img.pixels, width: img.width, height: img.height };
}

/** Number of pixels darker than `threshold` (mean of RGB, alpha-composited on white). */
export function darkPixels(pixels: Buffer, threshold = 128): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const a = pixels[i + 3]! / 255;
    const mean = ((pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3) * a + 255 * (1 - a);
    if (mean < threshold) n++;
  }
  return n;
}

export function parseSvg(svg: string): Document {
  return new DOMParser().parseFromString(svg, "image/svg+xml") as unknown as Document;
}

export function allIds(doc: Document): string[] {
  return Array.from(doc.querySelectorAll("[id]")).map((el) => el.getAttribute("id")!);
}

/** Every `url(#x)` and `href="#x"` target in the markup. */
export function idReferences(svg: string): string[] {
  const refs: string[] = [];
  for (const m of svg.matchAll(/url\(\s*['"]?#([^)'"\s]+)['"]?\s*\)/g)) refs.push(m[1]!);
  for (const m of svg.matchAll(/\bhref="#([^"]+)"/g)) refs.push(m[1]!);
  for (const m of svg.matchAll(/\baria-(?:labelledby|describedby)="([^"]+)"/g)) refs.push(...m[1]!.split(/\s+/));
  return refs;
}
