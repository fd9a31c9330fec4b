/**
 * Text width in px for the bundled Inter faces, from the real font metrics, and greedy word wrap.
 *
 * A small reader for the tables that decide horizontal advance: `cmap` (formats 4 and 12),
 * `hmtx`/`hhea`, `head`, and `GPOS` pair kerning (lookup type 2, formats 1 and 2, also inside
 * extension lookups) from the `kern` feature of the Latin script. That matches what resvg's
 * shaper (rustybuzz) does for Latin text: Inter has no `kern` table and its GSUB substitutions
 * (e.g. `calt`) do not change advances of ordinary text. Complex scripts are out of scope: Inter
 * has no Arabic glyphs and resvg is given no fallback font.
 */
import { readFileSync } from "node:fs";
import { fontPath, nearestWeight, type FontWeight } from "./fonts.ts";

interface Font {
  unitsPerEm: number;
  /** hhea ascender / descender / lineGap in font units (descender is negative). */
  ascender: number;
  descender: number;
  glyphOf(codePoint: number): number;
  advance(glyph: number): number;
  /** Extra advance (font units) between two consecutive glyphs from GPOS kerning. */
  kern(left: number, right: number): number;
}

const fonts = new Map<FontWeight, Font>();

function font(weight: number): Font {
  const w = nearestWeight(weight);
  let f = fonts.get(w);
  if (f === undefined) {
    f = parseFont(readFileSync(fontPath(w)));
    fonts.set(w, f);
  }
  return f;
}

function parseFont(buf: Buffer): Font {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u16 = (o: number) => dv.getUint16(o);
  const i16 = (o: number) => dv.getInt16(o);
  const u32 = (o: number) => dv.getUint32(o);

  const tables = new Map<string, number>();
  const numTables = u16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    tables.set(buf.toString("latin1", rec, rec + 4), u32(rec + 8));
  }
  const table = (tag: string): number => {
    const o = tables.get(tag);
    if (o === undefined) throw new Error(`measure: font has no ${tag} table`);
    return o;
  };

  const head = table("head");
  const unitsPerEm = u16(head + 18);
  const hhea = table("hhea");
  const ascender = i16(hhea + 4);
  const descender = i16(hhea + 6);
  const numberOfHMetrics = u16(hhea + 34);
  const hmtx = table("hmtx");
  const lastAdvance = u16(hmtx + 4 * (numberOfHMetrics - 1));
  const advance = (g: number) => (g < numberOfHMetrics ? u16(hmtx + 4 * g) : lastAdvance);

  // cmap: prefer a full-Unicode format 12 subtable, else BMP format 4.
  const cmap = table("cmap");
  let sub12 = -1;
  let sub4 = -1;
  for (let i = 0, n = u16(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = u16(rec);
    const encoding = u16(rec + 2);
    const off = cmap + u32(rec + 4);
    const format = u16(off);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && sub12 < 0) sub12 = off;
    if (format === 4 && sub4 < 0) sub4 = off;
  }
  const glyphCache = new Map<number, number>();
  const lookupGlyph = (cp: number): number => {
    if (sub12 >= 0) {
      let lo = 0;
      let hi = u32(sub12 + 12) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = sub12 + 16 + 12 * mid;
        if (cp < u32(g)) hi = mid - 1;
        else if (cp > u32(g + 4)) lo = mid + 1;
        else return u32(g + 8) + (cp - u32(g));
      }
      return 0;
    }
    if (sub4 >= 0 && cp <= 0xffff) {
      const segX2 = u16(sub4 + 6);
      const ends = sub4 + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const ranges = deltas + segX2;
      for (let s = 0; s < segX2; s += 2) {
        if (cp > u16(ends + s)) continue;
        if (cp < u16(starts + s)) return 0;
        const ro = u16(ranges + s);
        if (ro === 0) return (cp + i16(deltas + s)) & 0xffff;
        const g = u16(ranges + s + ro + 2 * (cp - u16(starts + s)));
        return g === 0 ? 0 : (g + i16(deltas + s)) & 0xffff;
      }
    }
    return 0;
  };
  const glyphOf = (cp: number): number => {
    let g = glyphCache.get(cp);
    if (g === undefined) {
      g = lookupGlyph(cp);
      glyphCache.set(cp, g);
    }
    return g;
  };

  // GPOS pair kerning.
  const coverageIndex = (cov: number, g: number): number => {
    const format = u16(cov);
    const count = u16(cov + 2);
    let lo = 0;
    let hi = count - 1;
    if (format === 1) {
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = u16(cov + 4 + 2 * mid);
        if (g < v) hi = mid - 1;
        else if (g > v) lo = mid + 1;
        else return mid;
      }
    } else if (format === 2) {
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = cov + 4 + 6 * mid;
        if (g < u16(r)) hi = mid - 1;
        else if (g > u16(r + 2)) lo = mid + 1;
        else return u16(r + 4) + (g - u16(r));
      }
    }
    return -1;
  };
  const classOf = (cd: number, g: number): number => {
    const format = u16(cd);
    if (format === 1) {
      const start = u16(cd + 2);
      const count = u16(cd + 4);
      return g >= start && g < start + count ? u16(cd + 6 + 2 * (g - start)) : 0;
    }
    if (format === 2) {
      let lo = 0;
      let hi = u16(cd + 2) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = cd + 4 + 6 * mid;
        if (g < u16(r)) hi = mid - 1;
        else if (g > u16(r + 2)) lo = mid + 1;
        else return u16(r + 4);
      }
    }
    return 0;
  };
  const valueSize = (vf: number) => {
    let n = 0;
    for (let b = vf; b; b &= b - 1) n++;
    return 2 * n;
  };
  /** XAdvance of a ValueRecord (bit 0x4), in font units. */
  const xAdvance = (rec: number, vf: number) => {
    if (!(vf & 0x4)) return 0;
    let o = rec;
    if (vf & 0x1) o += 2;
    if (vf & 0x2) o += 2;
    return i16(o);
  };

  const pairSubtables: number[] = [];
  const gpos = tables.get("GPOS");
  if (gpos !== undefined) {
    const scriptList = gpos + u16(gpos + 4);
    const featureList = gpos + u16(gpos + 6);
    const lookupList = gpos + u16(gpos + 8);
    let langSys = -1;
    for (const want of ["latn", "DFLT"]) {
      for (let i = 0, n = u16(scriptList); i < n && langSys < 0; i++) {
        const rec = scriptList + 2 + 6 * i;
        if (buf.toString("latin1", rec, rec + 4) !== want) continue;
        const script = scriptList + u16(rec + 4);
        const def = u16(script);
        if (def !== 0) langSys = script + def;
      }
      if (langSys >= 0) break;
    }
    const lookupIndices = new Set<number>();
    const featureCount = u16(featureList);
    const addFeature = (fi: number) => {
      const rec = featureList + 2 + 6 * fi;
      if (buf.toString("latin1", rec, rec + 4) !== "kern") return;
      const feature = featureList + u16(rec + 4);
      for (let j = 0, n = u16(feature + 2); j < n; j++) lookupIndices.add(u16(feature + 4 + 2 * j));
    };
    if (langSys >= 0) {
      for (let i = 0, n = u16(langSys + 4); i < n; i++) addFeature(u16(langSys + 6 + 2 * i));
    } else {
      for (let i = 0; i < featureCount; i++) addFeature(i);
    }
    for (const li of [...lookupIndices].sort((a, b) => a - b)) {
      const lookup = lookupList + u16(lookupList + 2 + 2 * li);
      const type = u16(lookup);
      for (let s = 0, n = u16(lookup + 4); s < n; s++) {
        let st = lookup + u16(lookup + 6 + 2 * s);
        let stType = type;
        if (type === 9) {
          stType = u16(st + 2);
          st = st + u32(st + 4);
        }
        if (stType === 2) pairSubtables.push(st);
      }
    }
  }

  const kernCache = new Map<number, number>();
  const kernUncached = (g1: number, g2: number): number => {
    for (const st of pairSubtables) {
      const format = u16(st);
      const ci = coverageIndex(st + u16(st + 2), g1);
      if (ci < 0) continue;
      const vf1 = u16(st + 4);
      const vf2 = u16(st + 6);
      const s1 = valueSize(vf1);
      const s2 = valueSize(vf2);
      if (format === 1) {
        const pairSet = st + u16(st + 10 + 2 * ci);
        const recSize = 2 + s1 + s2;
        let lo = 0;
        let hi = u16(pairSet) - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const rec = pairSet + 2 + recSize * mid;
          const second = u16(rec);
          if (g2 < second) hi = mid - 1;
          else if (g2 > second) lo = mid + 1;
          else return xAdvance(rec + 2, vf1) + xAdvance(rec + 2 + s1, vf2);
        }
        continue; // pair not in this subtable: the next one may have it
      }
      if (format === 2) {
        const c1 = classOf(st + u16(st + 8), g1);
        const c2 = classOf(st + u16(st + 10), g2);
        const class1Count = u16(st + 12);
        const class2Count = u16(st + 14);
        if (c1 >= class1Count || c2 >= class2Count) continue;
        const rec = st + 16 + (c1 * class2Count + c2) * (s1 + s2);
        return xAdvance(rec, vf1) + xAdvance(rec + s1, vf2);
      }
    }
    return 0;
  };
  const kern = (g1: number, g2: number): number => {
    const key = g1 * 65536 + g2;
    let k = kernCache.get(key);
    if (k === undefined) {
      k = kernUncached(g1, g2);
      kernCache.set(key, k);
    }
    return k;
  };

  return { unitsPerEm, ascender, descender, glyphOf, advance, kern };
}

/** Vertical metrics of the face, in px at `size`. */
export function fontMetrics(size: number, weight = 400): { ascent: number; descent: number } {
  const f = font(weight);
  return { ascent: (f.ascender / f.unitsPerEm) * size, descent: (-f.descender / f.unitsPerEm) * size };
}

/** Advance width in px of `text` set on one line in Inter at `size` px and `weight`. */
export function textWidth(text: string, size: number, weight = 400): number {
  const f = font(weight);
  let units = 0;
  let prev = -1;
  for (const ch of text) {
    const g = f.glyphOf(ch.codePointAt(0)!);
    units += f.advance(g);
    if (prev >= 0) units += f.kern(prev, g);
    prev = g;
  }
  return (units / f.unitsPerEm) * size;
}

/**
 * Greedy word wrap: lines whose measured width is ≤ maxWidth. Runs of whitespace collapse to one
 * space (as SVG renders them); "\n" forces a break. A word wider than maxWidth on its own is cut
 * between characters, so no line ever overflows.
 */
export function wrap(text: string, maxWidth: number, size: number, weight = 400): string[] {
  if (!(maxWidth > 0)) throw new Error(`wrap: maxWidth must be > 0, got ${maxWidth}`);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/\s+/).filter((w) => w !== "");
    let line = "";
    for (const word of words) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (textWidth(candidate, size, weight) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      line = "";
      if (textWidth(word, size, weight) <= maxWidth) {
        line = word;
        continue;
      }
      // Cut an over-long word (a URL, a long compound) between characters.
      let piece = "";
      for (const ch of word) {
        if (piece !== "" && textWidth(piece + ch, size, weight) > maxWidth) {
          lines.push(piece);
          piece = "";
        }
        piece += ch;
      }
      line = piece;
    }
    if (line !== "" || words.length === 0) lines.push(line);
  }
  // Drop empty lines at the ends (blank paragraphs inside are kept as spacing).
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  while (lines.length > 0 && lines[0] === "") lines.shift();
  return lines;
}
