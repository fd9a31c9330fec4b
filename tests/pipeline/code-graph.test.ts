import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeClosure, localImports } from "../../pipeline/code-graph.ts";

describe("codeClosure", () => {
  it("follows relative imports to the bottom and ignores packages", () => {
    const root = mkdtempSync(join(tmpdir(), "graph-"));
    mkdirSync(join(root, "a/b"), { recursive: true });
    writeFileSync(join(root, "a/stage.ts"), 'import { x } from "./b/helper.ts";\nimport * as Plot from "@observablehq/plot";\nexport { y } from "./c.js";');
    writeFileSync(join(root, "a/b/helper.ts"), 'import type { T } from "../types.ts";\nexport const x = 1;');
    writeFileSync(join(root, "a/types.ts"), "export type T = 1;");
    writeFileSync(join(root, "a/c.ts"), "const m = await import(\"./b/lazy.ts\"); export const y = 2;");
    writeFileSync(join(root, "a/b/lazy.ts"), "export {};");
    expect(codeClosure(root, ["a/stage.ts"])).toEqual(["a/b/helper.ts", "a/b/lazy.ts", "a/c.ts", "a/stage.ts", "a/types.ts"]);
  });

  it("finds the specifiers of every import form", () => {
    expect(localImports('import "./side.ts";\nimport a, { b } from\n  "./multi.ts";\nexport * from "./re.ts";').sort()).toEqual(["./multi.ts", "./re.ts", "./side.ts"]);
  });
});
