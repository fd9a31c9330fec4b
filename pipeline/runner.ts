import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { codeClosure } from "./code-graph.ts";
import { writeFileAtomic } from "./io/atomic.ts";
import { sha256 } from "./io/hash.ts";

/**
 * The stage graph's engine: decides whether a stage must run by hashing everything it reads (data,
 * its own code and every module it imports, package-lock.json), runs it, and commits its outputs.
 * Stages never write files themselves: they return their outputs, so a stage that fails midway
 * leaves every previous output in place, and the runner can drop outputs a stage no longer makes.
 */

export interface StageInputs {
  /** Data files the stage reads, relative to the project root. */
  files: string[];
  /** Code entry points beyond the stage module itself (notebooks, for instance). */
  code?: string[];
}

export interface StageContext {
  readonly root: string;
  /** Reads a declared input; reading anything undeclared is a bug that would make the cache lie. */
  read(path: string): Promise<Uint8Array>;
  readText(path: string): Promise<string>;
  warn(message: string): void;
}

export interface StageResult {
  /** Files to write, by path relative to the root. */
  outputs: Map<string, string | Uint8Array>;
  /** What the stage did, one line per item, for the person running it. */
  summary: string[];
}

export interface Stage {
  readonly name: string;
  readonly description: string;
  /** The module that defines the stage (pass import.meta.url). */
  readonly module: string;
  inputs(root: string): Promise<StageInputs>;
  run(context: StageContext): Promise<StageResult>;
}

/** Files every stage depends on besides its own code and data. */
export const CONFIG_FILES = ["package-lock.json"];
export const MANIFEST = "data/processed/manifest.json";

interface ManifestEntry {
  inputs: Record<string, string>;
  outputs: Record<string, string>;
}
type Manifest = Record<string, ManifestEntry>;

export interface Effects {
  log(line: string): void;
  warn(line: string): void;
}

export const consoleEffects: Effects = {
  log: (line) => console.log(line),
  warn: (line) => console.warn(line),
};

export interface StageRun {
  stage: string;
  status: "ran" | "unchanged";
  outputs: string[];
  summary: string[];
}

export async function runStage(stage: Stage, root: string, effects: Effects, { force = false } = {}): Promise<StageRun> {
  const declared = await stage.inputs(root);
  const stageModule = relative(root, fileURLToPath(stage.module));
  const code = codeClosure(root, [stageModule, ...(declared.code ?? [])]);
  const all = [...new Set([...declared.files, ...code, ...CONFIG_FILES])].sort();

  const inputs: Record<string, string> = {};
  for (const path of all) {
    const full = join(root, path);
    if (!existsSync(full)) {
      throw new MissingInputError(`${stage.name}: ${path} is missing${path.startsWith("data/processed/") ? " (run the stage that writes it first, or npm run pipeline)" : ""}`);
    }
    inputs[path] = sha256(await readFile(full));
  }

  const manifest = await readManifest(root);
  const previous = manifest[stage.name];
  if (!force && previous && sameRecord(previous.inputs, inputs) && (await outputsIntact(root, previous.outputs))) {
    return { stage: stage.name, status: "unchanged", outputs: Object.keys(previous.outputs), summary: [] };
  }

  const allowed = new Set(all);
  const context: StageContext = {
    root,
    async read(path) {
      if (!allowed.has(path)) throw new Error(`${stage.name} read ${path} without declaring it as an input`);
      return readFile(join(root, path));
    },
    async readText(path) {
      return new TextDecoder().decode(await this.read(path));
    },
    warn: (message) => effects.warn(`${stage.name}: ${message}`),
  };
  const result = await stage.run(context);

  const outputs: Record<string, string> = {};
  for (const [path, data] of [...result.outputs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await writeFileAtomic(join(root, path), data);
    outputs[path] = sha256(data);
  }
  for (const stale of Object.keys(previous?.outputs ?? {})) {
    if (!(stale in outputs)) await rm(join(root, stale), { force: true });
  }
  // Re-read: an earlier stage may have updated the manifest while this one ran.
  const latest = await readManifest(root);
  latest[stage.name] = { inputs, outputs };
  await writeFileAtomic(join(root, MANIFEST), stableJson(latest));
  return { stage: stage.name, status: "ran", outputs: Object.keys(outputs), summary: result.summary };
}

export class MissingInputError extends Error {
  override name = "MissingInputError";
}

async function readManifest(root: string): Promise<Manifest> {
  try {
    return JSON.parse(await readFile(join(root, MANIFEST), "utf8")) as Manifest;
  } catch {
    return {};
  }
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

async function outputsIntact(root: string, outputs: Record<string, string>): Promise<boolean> {
  for (const [path, hash] of Object.entries(outputs)) {
    try {
      if (sha256(await readFile(join(root, path))) !== hash) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** JSON with sorted keys, so the manifest's bytes depend only on its content. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort)
    : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]))
    : v;
  return JSON.stringify(sort(value), null, 2) + "\n";
}
