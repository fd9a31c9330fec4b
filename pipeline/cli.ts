import { isInputError } from "./errors.ts";
import { extractFiles, parseExtractArgs } from "./extract-files.ts";
import { consoleEffects, MissingInputError, runStage } from "./runner.ts";
import { STAGES } from "./stages/index.ts";

/**
 * The only place that reads argv, prints and sets the exit code.
 *   tsx pipeline/cli.ts all [--force]      every stage in order
 *   tsx pipeline/cli.ts <stage> [--force]  one stage, reading what earlier stages wrote
 */
const USAGE = `usage: pipeline/cli.ts <all|${STAGES.map((s) => s.name).join("|")}> [--force]`;

async function main(argv: string[]): Promise<number> {
  // `extract <files> --out <dir>`: extraction on any text, outside the pipeline's data.
  if (argv[0] === "extract" && argv.length > 1 && !(argv.length === 2 && argv[1] === "--force")) {
    const started = performance.now();
    const result = await extractFiles(parseExtractArgs(argv.slice(1)), (line) => console.error(line));
    console.log(`extract  ${result.files} files, ${result.figures} figures in ${Math.round(performance.now() - started)} ms; wrote ${result.written.join(", ")}`);
    return result.refused.length > 0 ? 1 : 0;
  }
  const force = argv.includes("--force");
  const names = argv.filter((a) => !a.startsWith("--"));
  const which = names[0] ?? "all";
  const stages = which === "all" ? STAGES : STAGES.filter((s) => s.name === which);
  if (stages.length === 0 || names.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const root = process.cwd();
  for (const stage of stages) {
    const started = performance.now();
    const run = await runStage(stage, root, consoleEffects, { force });
    const ms = Math.round(performance.now() - started);
    if (run.status === "unchanged") {
      console.log(`${stage.name.padEnd(8)} unchanged, nothing to do (${run.outputs.length} outputs up to date)`);
      continue;
    }
    console.log(`${stage.name.padEnd(8)} ${stage.description} (${ms} ms)`);
    for (const line of run.summary) console.log(`         ${line}`);
    console.log(`         wrote ${run.outputs.length} files: ${summariseOutputs(run.outputs)}`);
  }
  return 0;
}

function summariseOutputs(paths: readonly string[]): string {
  return paths.length <= 6 ? paths.join(", ") : `${paths.slice(0, 5).join(", ")} and ${paths.length - 5} more`;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (isInputError(error) || error instanceof MissingInputError) {
      console.error(`error: ${error.message}`);
      console.error("The stage stopped before writing anything: its previous outputs are as they were.");
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
