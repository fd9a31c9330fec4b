import { parse } from "csv-parse/sync";
import { InputError } from "../errors.ts";

/** One data record of a CSV file, with where it stands so that any later check can point at it. */
export interface CsvRecord {
  readonly file: string;
  /** 1-based line on which the record starts (a quoted field may span several lines). */
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
  /** 1-based character column where the named field starts on its line. */
  column(name: string): number;
}

export interface CsvShape {
  required: readonly string[];
  optional?: readonly string[];
}

/**
 * Parses a CSV a person wrote. Syntax errors, a missing or unknown header, and records of the wrong
 * length become InputError naming the file, line and column. Values are trimmed of surrounding
 * whitespace; empty lines are skipped; a byte-order mark is ignored.
 */
export function parseCsv(text: string, file: string, shape: CsvShape): CsvRecord[] {
  let parsed: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    parsed = parse(text, { bom: true, info: true, raw: true, skip_empty_lines: true, relax_column_count: true }) as unknown as typeof parsed;
  } catch (error) {
    const e = error as { lines?: number; message: string; code?: string };
    const reason = e.message.replace(/ at line \d+/, "").replace(/^[^:]*: /, "");
    throw new InputError(file, `not valid CSV: ${reason}`, { line: e.lines });
  }
  if (parsed.length === 0) throw new InputError(file, `empty file: expected a header line with ${shape.required.join(",")}`, { line: 1 });
  const [head, ...body] = parsed;
  const header = head!.record.map((h) => h.trim());
  const known = new Set([...shape.required, ...(shape.optional ?? [])]);
  const missing = shape.required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new InputError(file, `header lacks column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}: expected ${[...known].join(",")}`, { line: 1 });
  }
  header.forEach((h, i) => {
    if (!known.has(h)) throw new InputError(file, `unknown column "${h}": expected one of ${[...known].join(", ")}`, { line: 1, column: fieldColumns(head!.raw)[i] });
    if (header.indexOf(h) !== i) throw new InputError(file, `column "${h}" appears twice in the header`, { line: 1, column: fieldColumns(head!.raw)[i] });
  });

  const records: CsvRecord[] = [];
  for (const { record, info, raw } of body) {
    // csv-parse reports the line a record ends on; skipped empty lines sit before its start.
    const own = raw.replace(/^[\r\n]+/, "").replace(/\r?\n$/, "");
    const line = info.lines - countLines(own) + 1;
    const columns = fieldColumns(own);
    if (record.length !== header.length) {
      throw new InputError(file, `expected ${header.length} fields (${header.join(",")}), got ${record.length}`, { line });
    }
    const fields: Record<string, string> = {};
    header.forEach((h, i) => (fields[h] = record[i]!.trim()));
    records.push({ file, line, fields, column: (name) => columns[header.indexOf(name)] ?? 1 });
  }
  return records;
}

function countLines(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/** 1-based start column of each field of a raw record, on the record's first line (quote-aware). */
function fieldColumns(raw: string): number[] {
  const starts = [1];
  let quoted = false;
  let column = 1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\n") column = 0;
    if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) starts.push(column + 1);
    column++;
  }
  return starts;
}
