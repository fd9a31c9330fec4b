import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { writeFileAtomic } from "../io/atomic.ts";
import { runNotebook } from "../stages/figures.ts";

/**
 * `npm run notebook -- notebooks/<name>.ts`: runs one notebook on the processed tables and writes
 * its figures, for quick iteration on a chart. `npm run figures` runs them all through the cache.
 */
async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error("usage: npm run notebook -- notebooks/<name>.ts");
    return 2;
  }
  const root = process.cwd();
  const file = relative(root, resolve(args[0]!));
  const started = performance.now();
  const { outputs, page } = await runNotebook(root, file, (p) => readFile(join(root, p)));
  for (const [path, data] of outputs) await writeFileAtomic(join(root, path), data);
  const charts = page.blocks.filter((b) => b.type === "chart").length;
  console.log(`${file}: ${charts} charts, ${outputs.size} files written in ${Math.round(performance.now() - started)} ms`);
  for (const path of [...outputs.keys()].sort()) console.log(`  ${path}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error && /ENOENT/.test(error.message) ? `error: ${error.message} (run npm run pipeline first)` : error);
    process.exitCode = 1;
  },
);
