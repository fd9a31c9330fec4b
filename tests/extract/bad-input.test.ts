import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFiles, parseExtractArgs } from "../../pipeline/extract-files.ts";
import { figures } from "../../pipeline/schema/figures.ts";
import { PROJECT } from "../helpers/workspace.ts";

const seed = readFileSync(join(PROJECT, "data/raw/articles/000_401ad5ae4d079817.txt"), "utf8");

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "bad-input-"));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

async function run(dir: string) {
  const warnings: string[] = [];
  const out = join(dir, "out");
  const result = await extractFiles({ paths: [dir], out, published: "2016-10-24", campaignStart: "2016-10-17", conventions: join(PROJECT, "data/raw/hedges.csv") }, (w) => warnings.push(w));
  return { result, warnings, rows: figures.fromIPC(readFileSync(join(out, "figures.arrow"))) };
}

describe("extraction on text people point it at", () => {
  it("refuses invalid UTF-8 naming the file, line and column, and still reads the other files", async () => {
    const bad = new Uint8Array([...new TextEncoder().encode("12 soldiers\nwere kil"), 0xc3, 0x28, ...new TextEncoder().encode("led.")]);
    const dir = folder({ "a-bad.txt": bad, "b-seed.txt": seed });
    const { result, warnings, rows } = await run(dir);
    expect(result.refused).toEqual([join(dir, "a-bad.txt")]);
    expect(warnings[0]).toMatch(/a-bad\.txt:2:9: not valid UTF-8/);
    expect(rows.some((r) => r.article_id === "b-seed" && r.quantity_text === "772")).toBe(true);
  });

  it("reads a file with a byte-order mark and CRLF line ends exactly as the clean file", async () => {
    const dir = folder({ "clean.txt": seed, "windows.txt": `\uFEFF${seed.replaceAll("\n", "\r\n")}` });
    const { rows } = await run(dir);
    const strip = (id: string) => rows.filter((r) => r.article_id === id).map(({ figure_id: _, article_id: __, ...rest }) => rest);
    expect(strip("windows")).toEqual(strip("clean"));
  });

  it("refuses an empty file with a message naming it", async () => {
    const dir = folder({ "empty.txt": "", "blank.txt": " \n\n " });
    const { result, warnings } = await run(dir);
    expect(result.refused.length).toBe(2);
    expect(warnings.every((w) => /(empty|blank)\.txt: empty: expected article text/.test(w))).toBe(true);
  });

  it("reads a 5 MB text with no line break at all without hanging", async () => {
    const sentence = "Officials said 40 fighters were killed and about 300 families fled the town on Monday. ";
    const dir = folder({ "one-line.txt": sentence.repeat(Math.ceil(5_000_000 / sentence.length)) });
    const started = performance.now();
    const { rows } = await run(dir);
    expect(rows.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(30_000); // a guard against a hang, not a benchmark
  }, 60_000);

  it("explains command-line mistakes", () => {
    expect(() => parseExtractArgs(["a.txt"])).toThrow("expected --out <dir>");
    expect(() => parseExtractArgs(["--out", "x"])).toThrow("expected at least one .txt file or folder");
    expect(() => parseExtractArgs(["a.txt", "--out", "x", "--published", "2016-10-32"])).toThrow('--published: expected a date as YYYY-MM-DD, got "2016-10-32"');
    expect(() => parseExtractArgs(["a.txt", "--out", "x", "--since", "1"])).toThrow("unknown option --since");
  });
});
