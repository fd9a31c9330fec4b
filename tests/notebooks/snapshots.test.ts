import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT, runAll, workspace } from "../helpers/workspace.ts";

/**
 * Snapshot tests in the manner of Observable Plot's: each chart's SVG, rendered from the bundled
 * data, is compared with the expected file committed in tests/snapshots/. A chart that changed is
 * written beside its expected file as <name>.actual.svg for review; copy it over the expected file
 * (or run with UPDATE_SNAPSHOTS=1) when the change is wanted.
 */
const SNAPSHOTS = join(PROJECT, "tests/snapshots");
const update = process.env.UPDATE_SNAPSHOTS === "1";

describe("chart snapshots", () => {
  let root: string;
  const charts: string[] = [];
  beforeAll(async () => {
    root = workspace();
    await runAll(root, ["ingest", "extract", "review", "derive", "figures"]);
    for (const nb of readdirSync(join(root, "data/processed/figures")).sort()) {
      for (const f of readdirSync(join(root, "data/processed/figures", nb)).sort()) if (f.endsWith(".svg")) charts.push(`${nb}/${f}`);
    }
  }, 120_000);

  it("renders every chart of every notebook", () => {
    expect(charts.length).toBeGreaterThanOrEqual(16);
  });

  it("matches each committed snapshot byte for byte", () => {
    const changed: string[] = [];
    for (const chart of charts) {
      const name = chart.replace("/", "-");
      const actual = readFileSync(join(root, "data/processed/figures", chart), "utf8");
      const expectedFile = join(SNAPSHOTS, name);
      if (update || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, actual);
        if (!update) changed.push(`${name} (new: written, review and commit it)`);
        continue;
      }
      if (readFileSync(expectedFile, "utf8") !== actual) {
        writeFileSync(join(SNAPSHOTS, name.replace(/\.svg$/, ".actual.svg")), actual);
        changed.push(`${name} (see ${name.replace(/\.svg$/, ".actual.svg")})`);
      }
    }
    expect(changed).toEqual([]);
  });
});
