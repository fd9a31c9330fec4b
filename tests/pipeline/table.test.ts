import { tableFromIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { col, defineTable } from "../../pipeline/schema/table.ts";

const demo = defineTable("demo", "a test table", {
  id: col.string("id"),
  n: col.nullable(col.float("a number")),
  k: col.int("an int"),
  d: col.nullable(col.day("a day")),
  ids: col.strings("a list"),
});

const rows = [
  { id: "a", n: 110.28571428571429, k: 7, d: "2016-10-17", ids: ["f-1", "f-2"] },
  { id: 'b,"quoted"', n: null, k: 0, d: null, ids: [] },
];

describe("defineTable", () => {
  it("round-trips rows through Arrow IPC, days and lists included", () => {
    expect(demo.fromIPC(demo.toIPC(rows))).toEqual(rows);
  });

  it("writes the declared schema, readable by plain tableFromIPC", () => {
    const t = tableFromIPC(demo.toIPC(rows));
    expect(t.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual(["id:Utf8", "n:Float64", "k:Int32", "d:Date32<DAY>", "ids:List<Utf8>"]);
    expect(t.schema.metadata.get("table")).toBe("demo");
  });

  it("writes the same bytes for the same rows", () => {
    expect(Buffer.from(demo.toIPC(rows)).equals(Buffer.from(demo.toIPC(rows)))).toBe(true);
  });

  it("writes a CSV copy with the same columns, empty cells for nulls and dates as YYYY-MM-DD", () => {
    expect(demo.toCsv(rows)).toBe('id,n,k,d,ids\na,110.285714,7,2016-10-17,f-1; f-2\n"b,""quoted""",,0,,\n');
  });

  it("writes an empty table with its declared columns", () => {
    const t = tableFromIPC(demo.toIPC([]));
    expect([t.numRows, t.schema.fields.map((f) => f.name)]).toEqual([0, ["id", "n", "k", "d", "ids"]]);
    expect(demo.fromIPC(demo.toIPC([]))).toEqual([]);
  });

  it("refuses a null in a column the schema requires", () => {
    expect(() => demo.toIPC([{ ...rows[0]!, id: null as unknown as string }])).toThrow(/column id is null/);
  });
});
