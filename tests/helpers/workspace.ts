import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runStage, type Effects, type StageRun } from "../../pipeline/runner.ts";
import { STAGES } from "../../pipeline/stages/index.ts";

export const PROJECT = resolve(import.meta.dirname, "../..");

/**
 * A throwaway copy of the project to run the pipeline in: data/raw and notebooks copied (tests
 * edit them), code and packages linked. The repository's own data/ is never touched.
 */
export function workspace(options: { raw?: string } = {}): string {
  const root = mkdtempSync(join(tmpdir(), "figures-ws-"));
  cpSync(options.raw ?? join(PROJECT, "data/raw"), join(root, "data/raw"), { recursive: true });
  cpSync(join(PROJECT, "notebooks"), join(root, "notebooks"), { recursive: true });
  cpSync(join(PROJECT, "package-lock.json"), join(root, "package-lock.json"));
  symlinkSync(join(PROJECT, "pipeline"), join(root, "pipeline"));
  symlinkSync(join(PROJECT, "node_modules"), join(root, "node_modules"));
  return root;
}

export const quiet: Effects & { warnings: string[] } = {
  warnings: [],
  log() {},
  warn(line) {
    quiet.warnings.push(line);
  },
};

export async function runAll(root: string, names?: readonly string[]): Promise<StageRun[]> {
  const out: StageRun[] = [];
  for (const stage of STAGES) if (!names || names.includes(stage.name)) out.push(await runStage(stage, root, quiet));
  return out;
}
