import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { claims as claimsTable } from "../../pipeline/schema/claims.ts";
import { figures as figuresTable, unparsed as unparsedTable } from "../../pipeline/schema/figures.ts";
import { metrics as metricsTable } from "../../pipeline/schema/metrics.ts";
import { PROJECT, runAll, workspace } from "../helpers/workspace.ts";

/** The bundled default run: the seed article and the battle's 80 typed-in reports. */
describe("the bundled reporting of the battle", () => {
  let root: string;
  beforeAll(async () => {
    root = workspace();
    await runAll(root, ["ingest", "extract", "review", "derive"]);
  }, 60_000);
  const table = <T,>(t: { fromIPC(b: Uint8Array): T[] }, name: string) => t.fromIPC(readFileSync(join(root, `data/processed/${name}.arrow`)));

  it("reads every row of the battle's reporting: each is a figure or is in the review queue", () => {
    const rows = parse(readFileSync(join(PROJECT, "data/raw/reported-figures.csv")), { columns: true }) as unknown[];
    const typed = table(figuresTable, "figures").filter((f) => f.origin === "typed");
    const unread = table(unparsedTable, "unparsed");
    expect(typed.length + unread.length).toBe(rows.length);
    expect(rows.length).toBe(80);
  });

  it("keeps the printed oddities' numbers: '85, 590', 'more than 3 thousand 300', 'about 800-900'", () => {
    const typed = table(figuresTable, "figures").filter((f) => f.origin === "typed");
    const by = (t: string) => typed.find((f) => f.quantity_text === t)!;
    expect([by("85, 590").value, by("85, 590").qualifier]).toEqual([85590, "exact"]);
    expect([by("more than 3 thousand 300").low, by("more than 3 thousand 300").high]).toEqual([3300, null]);
    expect([by("about 800-900").low, by("about 800-900").high]).toEqual([800, 900]);
  });

  it("counts the seed's five JOC claims once each, though the typed-in file reports them too", () => {
    const joc = table(claimsTable, "claims").filter((c) => c.source === "Iraqi Joint Operations Command" && c.period_end === "2016-10-23");
    // Six claims of the command in the article; five of them also typed in from the mirror of CNN's report.
    expect(joc.map((c) => c.metric).sort()).toEqual(["bomb_factories_found", "ieds_detonated", "isis_fighters_detained", "isis_fighters_killed", "vbieds_destroyed", "villages_liberated"]);
    for (const c of joc.filter((c) => c.metric !== "bomb_factories_found")) expect(c.outlets).toEqual(expect.arrayContaining(["CNN", "CNN (via Gant News mirror)"]));
  });

  it("recognises 'nearly 400' (24 Oct) and '397' (27 Oct) as one claim reported again, consistent", () => {
    const ieds = table(claimsTable, "claims").filter((c) => c.metric === "ieds_detonated" && c.quantity_texts.includes("397"));
    expect(ieds).toHaveLength(1);
    expect(ieds[0]!.quantity_texts).toEqual(expect.arrayContaining(["nearly 400", "397"]));
    expect([ieds[0]!.low, ieds[0]!.high, ieds[0]!.in_conflict]).toEqual([397, 397, 0]); // 397 lies in 360..400
  });

  it("gives ISIS fighters killed a series by source, with increments and rates between its claims", () => {
    const ms = table(metricsTable, "metrics").filter((m) => m.metric === "isis_fighters_killed" && m.source === "Iraqi Joint Operations Command");
    const totals = ms.filter((m) => m.measure === "total").map((m) => [m.period_end, m.value]);
    // The blog's row ends on 19 July, before its report of the 24th: kept as typed.
    expect(totals).toEqual([["2016-10-23", 772], ["2017-05-15", 16467], ["2017-07-19", 30000]]);
    const steps = ms.filter((m) => m.measure === "increment_per_day").map((m) => [m.period_start, m.period_end, m.value]);
    // 16,467 - 772 over 24 Oct 2016 .. 15 May 2017 (8 + 30 + 31 + 31 + 28 + 31 + 30 + 15 = 204 days);
    // 30,000 - 16,467 over 16 May .. 19 July 2017 (16 + 30 + 19 = 65 days)
    expect(steps).toEqual([["2016-10-24", "2017-05-15", (16467 - 772) / 204], ["2017-05-16", "2017-07-19", (30000 - 16467) / 65]]);
  });
});
