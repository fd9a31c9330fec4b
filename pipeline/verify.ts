import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import { TABLES } from "./schema/index.ts";

/**
 * Reads every Arrow file in data/processed with plain `tableFromIPC` (no project code in the way)
 * and checks its columns against the declared schema. `npm run verify`.
 */
const dir = process.argv[2] ?? "data/processed";
let failures = 0;
const files = readdirSync(dir).filter((f) => f.endsWith(".arrow")).sort();
for (const file of files) {
  const table = tableFromIPC(readFileSync(join(dir, file)));
  const declared = TABLES.find((t) => `${t.name}.arrow` === file);
  const found = table.schema.fields.map((f) => `${f.name}:${f.type}`);
  if (!declared) {
    console.log(`${file}: ${table.numRows} rows, no declared schema`);
    failures++;
    continue;
  }
  const expected = declared.schema.fields.map((f) => `${f.name}:${f.type}`);
  const ok = found.join(",") === expected.join(",");
  if (!ok) failures++;
  console.log(`${file}: ${table.numRows} rows, ${found.length} columns ${ok ? "as declared" : `differ from the schema\n  found    ${found.join(", ")}\n  expected ${expected.join(", ")}`}`);
}
if (files.length === 0) {
  console.log(`no .arrow files in ${dir}: run npm run pipeline first`);
  failures++;
}
process.exitCode = failures > 0 ? 1 : 0;
