import { describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { fontFiles, fontPath } from "../../pipeline/render/fonts.ts";
import { resvgOptions, svgToPng } from "../../pipeline/render/png.ts";
import { darkPixels, rasterize } from "./helpers.ts";

const textOnly = (attrs = "") =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"><text x="10" y="40" font-size="24" ${attrs}>Mosul 412</text></svg>`;

describe("fonts", () => {
  it("resolves existing bundled Inter .ttf files for regular, semibold and bold", () => {
    for (const w of [400, 600, 700] as const) expect(fontPath(w)).toMatch(/@expo-google-fonts\/inter\/.+Inter_\d{3}\w+\.ttf$/);
    expect(fontFiles().length).toBeGreaterThanOrEqual(3);
  });
});

describe("svgToPng", () => {
  it("renders text with the bundled font: a text-only SVG has dark pixels", () => {
    const { pixels } = rasterize(textOnly(), resvgOptions(1));
    expect(darkPixels(pixels)).toBeGreaterThan(100);
  });

  it("renders generic sans-serif and unknown families with Inter, not nothing", () => {
    const inter = rasterize(textOnly('font-family="Inter"'), resvgOptions(1)).pixels;
    expect(rasterize(textOnly('font-family="sans-serif"'), resvgOptions(1)).pixels.equals(inter)).toBe(true);
    expect(rasterize(textOnly('font-family="No Such Font"'), resvgOptions(1)).pixels.equals(inter)).toBe(true);
  });

  it("takes text only from fontFiles: without them there is no text at all (so a dropped font option shows)", () => {
    const opts = resvgOptions(1);
    const none = rasterize(textOnly(), { ...opts, font: { ...opts.font, fontFiles: [] } });
    expect(darkPixels(none.pixels)).toBe(0);
  });

  it("a changed font option changes the output: regular-only vs bold-only files differ", () => {
    const opts = resvgOptions(1);
    const regular = rasterize(textOnly(), { ...opts, font: { ...opts.font, fontFiles: [fontPath(400)] } });
    const bold = rasterize(textOnly(), { ...opts, font: { ...opts.font, fontFiles: [fontPath(700)] } });
    expect(regular.pixels.equals(bold.pixels)).toBe(false);
    expect(darkPixels(bold.pixels)).toBeGreaterThan(darkPixels(regular.pixels));
  });

  it("font-weight selects the SemiBold and Bold faces", () => {
    const counts = ["400", "600", "700"].map((w) => darkPixels(rasterize(textOnly(`font-weight="${w}"`), resvgOptions(1)).pixels));
    expect(counts[0]!).toBeLessThan(counts[1]!);
    expect(counts[1]!).toBeLessThan(counts[2]!);
  });

  it("honours zoom and background together with fonts (resvg drops every option if one key is unknown)", () => {
    const one = rasterize(textOnly(), resvgOptions(1));
    const two = rasterize(textOnly(), resvgOptions(2));
    expect([one.width, one.height]).toEqual([240, 60]);
    expect([two.width, two.height]).toEqual([480, 120]);
    // White background, opaque, and text still there at 2x.
    expect([...two.pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    expect(darkPixels(two.pixels)).toBeGreaterThan(4 * 100);
    // The options object holds only keys resvg-js 2.6.2 knows.
    const opts = resvgOptions(2);
    expect(Object.keys(opts).sort()).toEqual(["background", "fitTo", "font"]);
    expect(Object.keys(opts.font!).sort()).toEqual(["defaultFontFamily", "fontFiles", "loadSystemFonts", "sansSerifFamily"]);
  });

  it("svgToPng returns the PNG of exactly those options, with a PNG signature", () => {
    const svg = textOnly();
    for (const scale of [1, 2] as const) {
      const png = svgToPng(svg, scale);
      expect(png).toBeInstanceOf(Uint8Array);
      expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      const expected = new Resvg(svg, resvgOptions(scale)).render().asPng();
      expect(Buffer.from(png).equals(expected)).toBe(true);
      // IHDR width at bytes 16..19
      expect(Buffer.from(png).readUInt32BE(16)).toBe(240 * scale);
    }
  });
});
