import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * The local modules a piece of code depends on, found by following its relative imports to the
 * bottom. A stage's cache key hashes all of them, so editing a helper three imports deep reruns the
 * stage (Observable Framework's loader cache compares only the loader's own modification time).
 * Packages are covered by hashing package-lock.json instead.
 */
const SPECIFIERS = [
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*["']([^"']+)["']/g,
  /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  /\bimport\s+["']([^"']+)["']/g,
];

export function localImports(source: string): string[] {
  const found = new Set<string>();
  for (const pattern of SPECIFIERS) {
    for (const m of source.matchAll(pattern)) if (m[1]!.startsWith(".")) found.add(m[1]!);
  }
  return [...found];
}

function resolveModule(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, base.replace(/\.js$/, ".ts"), `${base}.ts`, join(base, "index.ts")];
  return candidates.find((c) => existsSync(c) && !c.endsWith("/")) ?? null;
}

/** Every local module reachable from the entries, as sorted paths relative to root. */
export function codeClosure(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const stack = entries.map((e) => resolve(root, e));
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|js|mjs)$/.test(file)) continue;
    for (const specifier of localImports(readFileSync(file, "utf8"))) {
      const target = resolveModule(file, specifier);
      if (target === null) throw new Error(`${relative(root, file)}: cannot resolve import "${specifier}"`);
      stack.push(target);
    }
  }
  return [...seen].map((f) => relative(root, f)).sort();
}
