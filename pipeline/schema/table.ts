import {
  DateDay, Field, Float64, Int32, List, Schema, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray,
  type DataType,
} from "apache-arrow";

/**
 * One declared schema per table, shared by the writer, the reader and the tests (as Arquero keeps
 * from-arrow and to-arrow symmetric). A table is declared once with `defineTable`; the row type,
 * the Arrow schema, the column order of the CSV copy and the codecs all derive from that one list.
 */

export type ColumnKind = "string" | "float" | "int" | "day" | "strings";

interface KindTypes {
  string: string;
  float: number;
  int: number;
  /** A calendar day, "YYYY-MM-DD"; Arrow Date32 (days since the epoch). */
  day: string;
  /** A list of strings; Arrow List<Utf8>; joined with "; " in the CSV copy. */
  strings: string[];
}

export interface ColumnSpec<K extends ColumnKind = ColumnKind, N extends boolean = boolean> {
  kind: K;
  nullable: N;
  description: string;
}

export type Columns = Record<string, ColumnSpec>;

export type RowOf<C extends Columns> = {
  [K in keyof C]: C[K] extends ColumnSpec<infer T, infer N> ? (N extends true ? KindTypes[T] | null : KindTypes[T]) : never;
};

export const col = {
  string: (description: string) => ({ kind: "string", nullable: false, description }) as const,
  float: (description: string) => ({ kind: "float", nullable: false, description }) as const,
  int: (description: string) => ({ kind: "int", nullable: false, description }) as const,
  day: (description: string) => ({ kind: "day", nullable: false, description }) as const,
  strings: (description: string) => ({ kind: "strings", nullable: false, description }) as const,
  nullable: <K extends ColumnKind>(spec: ColumnSpec<K, false>) => ({ ...spec, nullable: true }) as ColumnSpec<K, true>,
};

export interface TableDef<C extends Columns> {
  readonly name: string;
  readonly description: string;
  readonly columns: C;
  readonly columnNames: readonly (keyof C & string)[];
  readonly schema: Schema;
  toArrow(rows: readonly RowOf<C>[]): Table;
  toIPC(rows: readonly RowOf<C>[]): Uint8Array;
  fromIPC(bytes: Uint8Array): RowOf<C>[];
  toCsv(rows: readonly RowOf<C>[]): string;
}

const DAY_MS = 86_400_000;

function arrowType(kind: ColumnKind): DataType {
  switch (kind) {
    case "string": return new Utf8();
    case "float": return new Float64();
    case "int": return new Int32();
    case "day": return new DateDay();
    case "strings": return new List(new Field("item", new Utf8(), false));
  }
}

export function dayToMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function msToDay(ms: number): string {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

export function defineTable<C extends Columns>(name: string, description: string, columns: C): TableDef<C> {
  const columnNames = Object.keys(columns) as (keyof C & string)[];
  const schema = new Schema(
    columnNames.map((n) => new Field(n, arrowType(columns[n]!.kind), columns[n]!.nullable, new Map([["description", columns[n]!.description]]))),
    new Map([["table", name], ["description", description]]),
  );

  function check(rows: readonly RowOf<C>[]): void {
    rows.forEach((row, i) => {
      for (const n of columnNames) {
        const v = row[n];
        if (v === undefined || (v === null && !columns[n]!.nullable)) {
          throw new Error(`${name} row ${i}: column ${n} is ${v === null ? "null" : "missing"} but the schema requires a value`);
        }
      }
    });
  }

  function toArrow(rows: readonly RowOf<C>[]): Table {
    check(rows);
    // An empty table still carries its schema, so a reader finds the declared columns.
    if (rows.length === 0) return new Table(schema);
    const vectors = Object.fromEntries(
      columnNames.map((n, i) => {
        const kind = columns[n]!.kind;
        const values = rows.map((r) => {
          const v = r[n] as unknown;
          if (v === null) return null;
          return kind === "day" ? new Date(dayToMs(v as string)) : v;
        });
        return [n, vectorFromArray(values, schema.fields[i]!.type)];
      }),
    );
    return new Table(schema, vectors);
  }

  function fromIPC(bytes: Uint8Array): RowOf<C>[] {
    const table = tableFromIPC(bytes);
    const found = table.schema.fields.map((f) => f.name);
    const missing = columnNames.filter((n) => !found.includes(n));
    if (missing.length > 0) throw new Error(`${name}: Arrow file lacks columns ${missing.join(", ")}`);
    const arrays = columnNames.map((n) => {
      const vector = table.getChild(n)!;
      const kind = columns[n]!.kind;
      const out: unknown[] = new Array(table.numRows);
      for (let i = 0; i < table.numRows; i++) {
        const v = vector.get(i);
        out[i] = v === null || v === undefined ? null
          : kind === "day" ? msToDay(v as number)
          : kind === "strings" ? [...(v as Iterable<string>)]
          : kind === "int" || kind === "float" ? Number(v)
          : v;
      }
      return out;
    });
    return Array.from({ length: table.numRows }, (_, i) =>
      Object.fromEntries(columnNames.map((n, j) => [n, arrays[j]![i]])) as RowOf<C>,
    );
  }

  function toCsv(rows: readonly RowOf<C>[]): string {
    const lines = [columnNames.map(csvCell).join(",")];
    for (const row of rows) {
      lines.push(columnNames.map((n) => {
        const v = row[n] as unknown;
        if (v === null) return "";
        if (Array.isArray(v)) return csvCell(v.join("; "));
        return csvCell(typeof v === "number" ? formatNumber(v) : String(v));
      }).join(","));
    }
    return lines.join("\n") + "\n";
  }

  return {
    name, description, columns, columnNames, schema,
    toArrow,
    toIPC: (rows) => tableToIPC(toArrow(rows), "file"),
    fromIPC,
    toCsv,
  };
}

/** Numbers in CSV copies: integers as is, others rounded to 6 significant decimals to avoid 0.1+0.2 noise. */
export function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toFixed(6)));
}

export function csvCell(s: string): string {
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
