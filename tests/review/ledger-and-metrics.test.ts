import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runStage } from "../../pipeline/runner.ts";
import { claims as claimsTable, conflicts as conflictsTable } from "../../pipeline/schema/claims.ts";
import { figures as figuresTable } from "../../pipeline/schema/figures.ts";
import { metrics as metricsTable, type Metric } from "../../pipeline/schema/metrics.ts";
import { review } from "../../pipeline/stages/review.ts";
import { quiet, runAll, workspace } from "../helpers/workspace.ts";

const HEADER = "report_date,outlet,url,source,metric,quantity_text,period_start,period_end,scope,note\n";
const LEDGER = "figure_id,decision,value,low,high,metric,source,period_start,period_end,note,reviewer\n";
const SEED = "000_401ad5ae4d079817";

/** A workspace whose typed-in reports are only the rows given (the seed article stays). */
async function pipelineWith(typedRows: string, ledger = "") {
  const root = workspace();
  writeFileSync(join(root, "data/raw/reported-figures.csv"), HEADER + typedRows);
  writeFileSync(join(root, "data/raw/review.csv"), LEDGER + ledger);
  await runAll(root, ["ingest", "extract", "review", "derive"]);
  return root;
}

function read(root: string) {
  const at = (name: string) => readFileSync(join(root, `data/processed/${name}.arrow`));
  return {
    figures: figuresTable.fromIPC(at("figures")),
    claims: claimsTable.fromIPC(at("claims")),
    conflicts: conflictsTable.fromIPC(at("conflicts")),
    metrics: metricsTable.fromIPC(at("metrics")),
  };
}

const pick = (ms: Metric[], metric: string, measure: string) => ms.filter((m) => m.metric === metric && m.measure === measure);

describe("metrics from the seed report alone", () => {
  let out: ReturnType<typeof read>;
  beforeAll(async () => {
    out = read(await pipelineWith(""));
  }, 60_000);

  it("divides each first-week total by 7 days, 17 to 23 October inclusive", () => {
    const rate = (metric: string) => pick(out.metrics, metric, "per_day")[0]!;
    expect(rate("isis_fighters_killed").value).toBeCloseTo(772 / 7, 10); // 110.29
    expect(rate("villages_liberated").value).toBeCloseTo(78 / 7, 10); // 11.14
    expect(rate("isis_fighters_detained").value).toBeCloseTo(23 / 7, 10); // 3.29
    expect(rate("isis_fighters_killed").days).toBe(7);
  });

  it("gives IEDs per day from 'nearly 400' as the convention's interval over 7 days, not a bare 57.14", () => {
    const ieds = pick(out.metrics, "ieds_detonated", "per_day")[0]!;
    // hedges.csv: nearly = 0.9 to 1 times the number, so 360 to 400 devices, over 7 days
    expect([ieds.low, ieds.high]).toEqual([360 / 7, 400 / 7]);
    expect(pick(out.metrics, "ieds_detonated", "per_week")[0]!.high).toBeCloseTo(400, 10);
  });

  it("gives 284 executed over Thursday and Friday as 142 per day", () => {
    const executed = pick(out.metrics, "people_executed", "per_day")[0]!;
    expect(executed).toMatchObject({ period_start: "2016-10-20", period_end: "2016-10-21", days: 2, value: 142 });
  });

  it("keeps an unbounded end unbounded: 'at least 28 villages' has no upper rate", async () => {
    const root = await pipelineWith("2016-10-30,KRSC,,Peshmerga,villages_liberated,at least 28 villages,2016-10-17,2016-10-30,,\n");
    const rate = read(root).metrics.find((m) => m.metric === "villages_liberated" && m.measure === "per_day" && m.source === "Peshmerga")!;
    expect(rate).toMatchObject({ days: 13, low: 28 / 13, high: null }); // 17 to 29 October: a report counts completed days
  }, 60_000);
});

describe("a series of reports by one source", () => {
  it("gives the increments between successive reports and their rates, and flags a total that fell", async () => {
    const rows = [
      "2016-11-14,Outlet A,,Iraqi Joint Operations Command,isis_fighters_killed,\"1,100\",2016-10-17,2016-11-14,,",
      "2016-11-20,Outlet B,,Iraqi Joint Operations Command,isis_fighters_killed,\"1,000\",2016-10-17,2016-11-20,,",
    ].join("\n") + "\n";
    const out = read(await pipelineWith(rows));
    const steps = pick(out.metrics, "isis_fighters_killed", "increment").filter((m) => m.source === "Iraqi Joint Operations Command");
    const rates = pick(out.metrics, "isis_fighters_killed", "increment_per_day").filter((m) => m.source === "Iraqi Joint Operations Command");
    // 772 (17-23 Oct, the seed) -> 1,100 (to 13 Nov) -> 1,000 (to 19 Nov)
    expect(steps.map((s) => [s.period_start, s.period_end, s.days, s.value])).toEqual([
      ["2016-10-24", "2016-11-13", 21, 1100 - 772],
      ["2016-11-14", "2016-11-19", 6, 1000 - 1100],
    ]);
    expect(rates.map((r) => r.value)).toEqual([328 / 21, -100 / 6]);
    expect(steps[0]!.note).toBeNull();
    expect(steps[1]!.note).toMatch(/fell from 1,100 to 1,000: a cumulative count should not fall/);
  }, 60_000);
});

describe("claims reported twice, and conflicts", () => {
  it("merges a typed-in report of the seed's statement into the seed's claim: counted once", async () => {
    const out = read(await pipelineWith("2016-10-24,CNN (mirror),,Iraqi Joint Operations command center,isis_fighters_killed,772,2016-10-17,2016-10-24,,\n"));
    const claim = out.claims.filter((c) => c.metric === "isis_fighters_killed");
    expect(claim).toHaveLength(1);
    expect(claim[0]!.reports).toBe(2);
    expect(pick(out.metrics, "isis_fighters_killed", "total").map((m) => m.value)).toEqual([772]);
  }, 60_000);

  it("writes one conflict for 78 and 87 villages of the same statement, and a span from 78 to 87", async () => {
    const out = read(await pipelineWith("2016-10-24,Other outlet,,Iraqi Joint Operations Command,villages_liberated,87 villages,2016-10-17,2016-10-24,,\n"));
    expect(out.conflicts).toHaveLength(1);
    expect(out.conflicts[0]).toMatchObject({ metric: "villages_liberated", text_a: "78", text_b: "87 villages", low: 78, high: 87 });
    const spanRow = pick(out.metrics, "villages_liberated", "span")[0]!;
    expect([spanRow.low, spanRow.high, spanRow.period_start, spanRow.period_end]).toEqual([78, 87, "2016-10-17", "2016-10-23"]);
    expect(spanRow.figure_ids).toHaveLength(2);
  }, 60_000);

  it("reports a typed quantity it cannot read in the review queue instead of stopping or dropping it", async () => {
    const root = await pipelineWith("2016-11-01,Outlet,,Someone,isis_fighters_killed,a great many,2016-10-17,2016-11-01,,\n");
    const queue = readFileSync(join(root, "data/processed/review-queue.csv"), "utf8");
    // First in the queue; CSV doubles the quotes inside a quoted cell.
    expect(queue.split("\n")[1]).toMatch(/could not be read: no quantity could be read in ""a great many"".*data\/raw\/reported-figures\.csv:2/);
  }, 60_000);
});

describe("the review ledger", () => {
  let root: string;
  let seedKill: string;
  let seedTowns: string;
  beforeAll(async () => {
    root = await pipelineWith("");
    const fs = read(root).figures;
    seedKill = fs.find((f) => f.article_id === SEED && f.quantity_text === "772")!.figure_id;
    seedTowns = fs.find((f) => f.article_id === SEED && f.quantity_text === "78")!.figure_id;
  }, 60_000);

  it("lists every undecided figure in the review queue, with its sentence", () => {
    const queue = readFileSync(join(root, "data/processed/review-queue.csv"), "utf8");
    expect(queue).toContain(seedKill);
    expect(queue).toContain("772 ISIS fighters had been killed and 23 were detained");
  });

  it("removes a rejected figure from the metrics and changes them for a correction, on every run, never writing review.csv", async () => {
    const ledger = join(root, "data/raw/review.csv");
    writeFileSync(ledger, `${LEDGER}${seedKill},reject,,,,,,,,misread,AB\n${seedTowns},correct,80,,,,,,,typo in the copy,AB\n`);
    const before = readFileSync(ledger);
    for (let run = 0; run < 2; run++) {
      await runAll(root);
      const { metrics } = read(root);
      expect(pick(metrics, "isis_fighters_killed", "total")).toEqual([]);
      expect(pick(metrics, "villages_liberated", "per_day")[0]!.value).toBeCloseTo(80 / 7, 10);
      expect(readFileSync(ledger).equals(before)).toBe(true);
      expect(readFileSync(join(root, "data/processed/review-queue.csv"), "utf8")).not.toContain(seedKill);
    }
  }, 60_000);

  it.each([
    ["an id that matches no figure", "f-000000000000,accept,,,,,,,,,AB", /review\.csv:2:1: figure_id: no figure "f-000000000000"/],
    ["an unknown decision", "{kill},approve,,,,,,,,,AB", /review\.csv:2:\d+: decision: expected one of accept, reject, correct, got "approve"/],
    ["a correction with nothing to correct", "{kill},correct,,,,,,,,,AB", /review\.csv:2:\d+: decision: "correct" needs at least one of/],
    ["an impossible date", "{kill},correct,,,,,,2016-02-30,,,AB", /review\.csv:2:\d+: period_start: expected a date as YYYY-MM-DD, got "2016-02-30"/],
    ["a period that ends before it starts", "{kill},correct,,,,,,2016-10-20,2016-10-18,,AB", /review\.csv:2:\d+: period_end: expected a day on or after period_start 2016-10-20/],
    ["an unknown metric", "{kill},correct,,,,fighters_dead,,,,,AB", /review\.csv:2: metric: "fighters_dead" is neither a key nor an alias/],
    ["the same id twice", "{kill},accept,,,,,,,,,AB\n{kill},reject,,,,,,,,,CD", /review\.csv:3:1: figure_id: ".*" is already used on line 2/],
    ["no reviewer", "{kill},accept,,,,,,,,,", /review\.csv:2:\d+: reviewer: expected a value/],
  ])("stops the run at %s, naming file and line, and writes nothing", async (_, row, message) => {
    const ws = await pipelineWith("");
    writeFileSync(join(ws, "data/raw/review.csv"), `${LEDGER}${row.replaceAll("{kill}", seedKill)}\n`);
    const queue = readFileSync(join(ws, "data/processed/review-queue.csv"));
    await expect(runStage(review, ws, quiet)).rejects.toThrow(message);
    expect(readFileSync(join(ws, "data/processed/review-queue.csv")).equals(queue)).toBe(true);
  }, 60_000);
});

describe("typed-in reports", () => {
  it.each([
    ["a period that ends before it starts", "2016-10-24,CNN,,JOC,villages_liberated,78,2016-10-20,2016-10-18,,", /reported-figures\.csv:2:\d+: period_end: expected a day on or after period_start 2016-10-20/],
    ["an impossible date", "2016-13-01,CNN,,JOC,villages_liberated,78,,,,", /reported-figures\.csv:2:1: report_date: expected a date as YYYY-MM-DD, got "2016-13-01"/],
    ["an unknown metric key", "2016-10-24,CNN,,JOC,towns_taken,78,,,,", /reported-figures\.csv:2: metric: "towns_taken" is neither a key nor an alias in data\/raw\/metrics\.csv/],
    ["broken quoting", '2016-10-24,"CNN,,JOC,villages_liberated,78,,,,', /reported-figures\.csv(:\d+)?: not valid CSV/],
  ])("stops at %s with file and line", async (_, row, message) => {
    const root = workspace();
    writeFileSync(join(root, "data/raw/reported-figures.csv"), `${HEADER}${row}\n`);
    await expect(runAll(root)).rejects.toThrow(message);
  }, 60_000);
});
