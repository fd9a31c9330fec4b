import { spawnSync } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import { beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "../../pipeline/io/hash.ts";
import { runStage } from "../../pipeline/runner.ts";
import { articles } from "../../pipeline/schema/articles.ts";
import { figures } from "../../pipeline/schema/figures.ts";
import { metrics } from "../../pipeline/schema/metrics.ts";
import { ingest } from "../../pipeline/stages/ingest.ts";
import { PROJECT, quiet, runAll, workspace } from "../helpers/workspace.ts";

/** Every generated file and its hash: what "byte-identical outputs" is checked against. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const rel = `${dir}/${name}`;
      if (statSync(join(root, rel)).isDirectory()) walk(rel);
      else out[rel] = sha256(readFileSync(join(root, rel)));
    }
  };
  walk("data/processed");
  walk("dist");
  return out;
}

describe("the pipeline on the bundled Mosul report", () => {
  let root: string;
  beforeAll(async () => {
    root = workspace();
    await runAll(root);
  }, 60_000);

  it("writes every table as Arrow with the declared columns, and a CSV copy beside it", () => {
    for (const table of [articles, figures, metrics]) {
      const t = tableFromIPC(readFileSync(join(root, `data/processed/${table.name}.arrow`)));
      expect(t.schema.fields.map((f) => f.name)).toEqual(table.columnNames);
      expect(t.numRows).toBeGreaterThan(0);
      const csvHeader = readFileSync(join(root, `data/processed/${table.name}.csv`), "utf8").split("\n")[0];
      expect(csvHeader).toBe(table.columnNames.join(","));
    }
  });

  it("ingests the seed with the desk's metadata and a content hash of its text", () => {
    const [a] = articles.fromIPC(readFileSync(join(root, "data/processed/articles.arrow")));
    expect(a).toMatchObject({ article_id: "000_401ad5ae4d079817", outlet: "CNN", published: "2016-10-24", language: "en", campaign_start: "2016-10-17" });
    expect(a!.content_hash).toBe(sha256(readFileSync(join(PROJECT, "data/raw/articles/000_401ad5ae4d079817.txt"), "utf8")));
  });

  it("derives kills per day as 772 / 7 and towns per day as 78 / 7 over 17-23 October, naming their figures", () => {
    const ms = metrics.fromIPC(readFileSync(join(root, "data/processed/metrics.arrow")));
    const fs = figures.fromIPC(readFileSync(join(root, "data/processed/figures.arrow")));
    const seedFigure = (text: string) => fs.find((f) => f.article_id === "000_401ad5ae4d079817" && f.quantity_text === text)!;
    const rateOf = (key: string, text: string) => ms.filter((m) => m.metric === key && m.measure === "per_day" && m.figure_ids.includes(seedFigure(text).figure_id));
    const [kills] = rateOf("isis_fighters_killed", "772");
    const [towns] = rateOf("villages_liberated", "78");
    expect(rateOf("isis_fighters_killed", "772")).toHaveLength(1);
    expect(kills).toMatchObject({ period_start: "2016-10-17", period_end: "2016-10-23", days: 7, source: "Iraqi Joint Operations Command" });
    expect(kills!.value).toBeCloseTo(110.29, 2);
    expect(towns).toMatchObject({ period_start: "2016-10-17", period_end: "2016-10-23", days: 7 });
    expect(towns!.value).toBeCloseTo(11.14, 2);
    // The claim was carried by the article and by the typed-in reports of the same statement: the
    // rate names every one of them, and each says 772.
    const texts = (ids: string[]) => ids.map((id) => fs.find((f) => f.figure_id === id)!.quantity_text);
    expect(texts(kills!.figure_ids)).toEqual(["772", "772", "772"]);
    expect(texts(towns!.figure_ids)).toEqual(["78", "78"]);
  });

  it("renders at least one chart as SVG and PNG, and a page that shows it with its source line", () => {
    const files = readdirSync(join(root, "dist/figures/first-week"));
    expect(files.filter((f) => f.endsWith(".svg")).length).toBeGreaterThan(0);
    const png = readFileSync(join(root, "dist/figures/first-week", files.find((f) => f.endsWith(".png"))!));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const index = readFileSync(join(root, "dist/index.html"), "utf8");
    expect(index).toMatch(/<img src="figures\/(first-week|battle)\/[a-z-]+\.png" srcset="[^"]+" alt="[^"]+"/);
    const story = readFileSync(join(root, "dist/first-week/index.html"), "utf8");
    expect(story).toMatch(/Sources?: Iraqi Joint Operations command center[^<]*, via CNN, Oct\. 24, 2016/);
  });

  it("does no stage work on a second run, and the outputs are byte-identical", async () => {
    const before = snapshot(root);
    const runs = await runAll(root);
    expect(runs.map((r) => r.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(snapshot(root)).toEqual(before);
  });

  it("gives byte-identical outputs when rebuilt from scratch in another folder", async () => {
    const other = workspace();
    await runAll(other);
    expect(snapshot(other)).toEqual(snapshot(root));
  }, 60_000);

  it("reruns only figures and publish when only a notebook changes", async () => {
    const file = join(root, "notebooks/first-week.ts");
    writeFileSync(file, readFileSync(file, "utf8").replace("tallies amount to per day", "tallies come to per day"));
    const runs = await runAll(root);
    expect(Object.fromEntries(runs.map((r) => [r.stage, r.status]))).toEqual({
      ingest: "unchanged", extract: "unchanged", review: "unchanged", derive: "unchanged", figures: "ran", publish: "ran",
    });
    expect(readFileSync(join(root, "dist/first-week/index.html"), "utf8")).toContain("tallies come to per day");
  }, 60_000);

  it("stops after figures when a notebook edit changes no figure (a comment)", async () => {
    appendFileSync(join(root, "notebooks/first-week.ts"), "\n// a note to the next reader\n");
    const runs = await runAll(root);
    expect(runs.map((r) => r.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged", "ran", "unchanged"]);
  }, 60_000);

  it("reruns what depends on an article when its text changes, and the rate follows (770 / 7 = 110)", async () => {
    const file = join(root, "data/raw/articles/000_401ad5ae4d079817.txt");
    writeFileSync(file, readFileSync(file, "utf8").replaceAll("772 ISIS fighters", "770 ISIS fighters"));
    const runs = await runAll(root);
    expect(runs.map((r) => r.status)).toEqual(["ran", "ran", "ran", "ran", "ran", "ran"]);
    const rates = metrics.fromIPC(readFileSync(join(root, "data/processed/metrics.arrow"))).filter((m) => m.metric === "isis_fighters_killed" && m.measure === "per_day" && m.period_end === "2016-10-23");
    // The article now disagrees with the typed-in reports of the same statement (772): two claims.
    expect(rates.map((r) => r.value).sort()).toEqual([110, 772 / 7]);
  }, 60_000);

  it("stops early when a change upstream leaves a stage's inputs byte-identical", async () => {
    appendFileSync(join(root, "data/raw/articles.csv"), "\n");
    const runs = await runAll(root);
    expect(runs.map((r) => r.status)).toEqual(["ran", "unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
  }, 60_000);

  it("reruns a stage whose output was deleted or edited by hand", async () => {
    writeFileSync(join(root, "data/processed/metrics.csv"), "tampered\n");
    const runs = await runAll(root);
    expect(runs.find((r) => r.stage === "derive")!.status).toBe("ran");
    expect(readFileSync(join(root, "data/processed/metrics.csv"), "utf8")).toMatch(/^metric,label,/);
  }, 60_000);
});

describe("a malformed raw file", () => {
  it("stops the run naming the file, line and expectation, exits non-zero and leaves the last outputs intact", async () => {
    const root = workspace();
    await runAll(root);
    const before = snapshot(root);
    const csv = join(root, "data/raw/articles.csv");
    writeFileSync(csv, readFileSync(csv, "utf8").replace("2016-10-24", "2016-13-45"));
    await expect(runStage(ingest, root, quiet)).rejects.toThrow('data/raw/articles.csv:2:107: published: expected a date as YYYY-MM-DD, got "2016-13-45"');
    const cli = spawnSync(join(PROJECT, "node_modules/.bin/tsx"), [join(PROJECT, "pipeline/cli.ts"), "all"], { cwd: root, encoding: "utf8" });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain("data/raw/articles.csv:2:107: published: expected a date as YYYY-MM-DD");
    expect(cli.stderr).not.toMatch(/\n\s+at /); // a message for a person, not a stack trace
    expect(snapshot(root)).toEqual(before);
  }, 60_000);
});
