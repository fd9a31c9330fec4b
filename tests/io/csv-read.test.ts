import { describe, expect, it } from "vitest";
import { InputError } from "../../pipeline/errors.ts";
import { parseCsv } from "../../pipeline/io/csv-read.ts";
import { day } from "../../pipeline/io/fields.ts";

const shape = { required: ["id", "published"], optional: ["note"] };

function errorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("parseCsv", () => {
  it("gives each record its starting line, counting quoted newlines and skipped blank lines", () => {
    const rows = parseCsv('id,published,note\na,2016-10-24,"two\nlines"\n\nb,2016-10-25,x\n', "f.csv", shape);
    expect(rows.map((r) => [r.fields.id, r.line])).toEqual([["a", 2], ["b", 5]]);
  });

  it("points a bad date at its file, line and column", () => {
    const [row] = parseCsv("id,published\nseed,2016-13-45\n", "data/raw/articles.csv", shape);
    const e = errorOf(() => day(row!, "published"));
    expect([e.file, e.line, e.column]).toEqual(["data/raw/articles.csv", 2, 6]);
    expect(e.message).toContain('expected a date as YYYY-MM-DD, got "2016-13-45"');
  });

  it("rejects a day that does not exist in its month", () => {
    const [row] = parseCsv("id,published\nseed,2016-02-30\n", "f.csv", shape);
    expect(errorOf(() => day(row!, "published")).message).toContain("month 2 of 2016 has 29 days");
  });

  it("names a missing and an unknown header column", () => {
    expect(errorOf(() => parseCsv("id\nx\n", "f.csv", shape)).message).toMatch(/f\.csv:1: header lacks column published/);
    expect(errorOf(() => parseCsv("id,published,publisher\nx,2016-01-01,y\n", "f.csv", shape)).message).toMatch(/f\.csv:1:\d+: unknown column "publisher"/);
  });

  it("reports broken quoting and ragged rows with their line", () => {
    expect(errorOf(() => parseCsv('id,published\n"a,2016-01-01\n', "f.csv", shape)).message).toMatch(/^f\.csv(:\d+)?: not valid CSV/);
    expect(errorOf(() => parseCsv("id,published\na,2016-01-01,extra\n", "f.csv", shape)).message).toBe("f.csv:2: expected 2 fields (id,published), got 3");
  });

  it("ignores a byte-order mark and CRLF line ends", () => {
    const rows = parseCsv("\uFEFFid,published\r\na,2016-10-24\r\n", "f.csv", shape);
    expect(rows[0]!.fields).toEqual({ id: "a", published: "2016-10-24" });
  });
});
