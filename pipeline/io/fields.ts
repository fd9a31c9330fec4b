import { InputError } from "../errors.ts";
import type { CsvRecord } from "./csv-read.ts";

/** Field readers for CSV records: each returns a typed value or throws an InputError at the cell. */

export function fail(record: CsvRecord, name: string, message: string): never {
  throw new InputError(record.file, `${name}: ${message}`, { line: record.line, column: record.column(name) });
}

export function text(record: CsvRecord, name: string, { required = true } = {}): string {
  const value = record.fields[name] ?? "";
  if (required && value === "") fail(record, name, "expected a value, got an empty cell");
  return value;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as written by people: strictly YYYY-MM-DD, and a day that exists. */
export function isoDay(value: string): { day: string } | { error: string } {
  const m = DAY.exec(value);
  if (!m) return { error: `expected a date as YYYY-MM-DD, got "${value}"` };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return { error: `expected a date as YYYY-MM-DD, got "${value}" (there is no month ${mo})` };
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > last) return { error: `expected a date as YYYY-MM-DD, got "${value}" (month ${mo} of ${y} has ${last} days)` };
  return { day: value };
}

export function day(record: CsvRecord, name: string): string;
export function day(record: CsvRecord, name: string, options: { required: false }): string | null;
export function day(record: CsvRecord, name: string, { required = true } = {}): string | null {
  const value = record.fields[name] ?? "";
  if (value === "" && !required) return null;
  const parsed = isoDay(value);
  if ("error" in parsed) fail(record, name, parsed.error);
  return parsed.day;
}

const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export function slug(record: CsvRecord, name: string): string {
  const value = text(record, name);
  if (!SLUG.test(value)) fail(record, name, `expected an id of letters, digits, "_", "-" or ".", got "${value}"`);
  return value;
}

export function oneOf<T extends string>(record: CsvRecord, name: string, allowed: readonly T[]): T {
  const value = text(record, name);
  if (!(allowed as readonly string[]).includes(value)) fail(record, name, `expected one of ${allowed.join(", ")}, got "${value}"`);
  return value as T;
}

/** Ids must be unique within a file; the second occurrence is the error, pointing back at the first. */
export function requireUnique(records: readonly CsvRecord[], name: string): void {
  const seen = new Map<string, number>();
  for (const r of records) {
    const key = r.fields[name] ?? "";
    const first = seen.get(key);
    if (first !== undefined) fail(r, name, `"${key}" is already used on line ${first}: expected each ${name} once`);
    seen.set(key, r.line);
  }
}
