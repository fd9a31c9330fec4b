import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { InputError, isInputError } from "./errors.ts";
import { extractArticle } from "./extract/article.ts";
import { HEDGES, VAGUE_TERMS } from "./extract/quantities.ts";
import { writeFileAtomic } from "./io/atomic.ts";
import { isoDay } from "./io/fields.ts";
import { decodeText } from "./io/text.ts";
import { HEDGES_CSV, readConventions } from "./raw/hedges.ts";
import { figures, mentions, type Figure, type Mention } from "./schema/figures.ts";

/**
 * Extraction on any text, outside the project's data: `npm run extract -- <file or folder> --out <dir>
 * [--published YYYY-MM-DD] [--campaign-start YYYY-MM-DD]`. Writes figures and mentions (Arrow + CSV)
 * to the folder given, never to data/. Without --published no date can be resolved and periods stay
 * empty. A file that cannot be read as text is reported and skipped; the exit code then says so.
 */
export interface ExtractFilesOptions {
  paths: string[];
  out: string;
  published: string | null;
  campaignStart: string | null;
  conventions?: string;
}

export interface ExtractFilesResult {
  files: number;
  figures: number;
  refused: string[];
  written: string[];
}

/** Files larger than this are refused rather than read: no article is 200 MB. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function parseExtractArgs(args: readonly string[]): ExtractFilesOptions {
  const paths: string[] = [];
  const options: ExtractFilesOptions = { paths, out: "", published: null, campaignStart: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith("--")) throw new InputError("command line", `${a} expects a value`);
      return v;
    };
    if (a === "--out") options.out = value();
    else if (a === "--published" || a === "--campaign-start") {
      const v = value();
      const day = isoDay(v);
      if ("error" in day) throw new InputError("command line", `${a}: ${day.error}`);
      if (a === "--published") options.published = day.day;
      else options.campaignStart = day.day;
    } else if (a === "--conventions") options.conventions = value();
    else if (a.startsWith("--")) throw new InputError("command line", `unknown option ${a}: expected --out, --published, --campaign-start or --conventions`);
    else paths.push(a);
  }
  if (paths.length === 0) throw new InputError("command line", "expected at least one .txt file or folder to read");
  if (options.out === "") throw new InputError("command line", "expected --out <dir> for figures.arrow and figures.csv");
  return options;
}

async function textFiles(path: string): Promise<string[]> {
  const s = await stat(path).catch(() => null);
  if (s === null) throw new InputError(path, "no such file or folder");
  if (!s.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => n.endsWith(".txt")).sort();
  return names.map((n) => join(path, n));
}

export async function extractFiles(options: ExtractFilesOptions, warn: (line: string) => void): Promise<ExtractFilesResult> {
  const conventionsFile = options.conventions ?? HEDGES_CSV;
  const conventions = readConventions(await readFile(conventionsFile, "utf8"), conventionsFile, { hedges: HEDGES, vague: VAGUE_TERMS });
  const files = (await Promise.all(options.paths.map(textFiles))).flat();
  const allFigures: Figure[] = [];
  const allMentions: Mention[] = [];
  const refused: string[] = [];
  for (const file of files) {
    try {
      const size = (await stat(file)).size;
      if (size > MAX_FILE_BYTES) throw new InputError(file, `${size} bytes: expected a text of at most ${MAX_FILE_BYTES} bytes`);
      const text = decodeText(await readFile(file), file);
      if (text.trim() === "") throw new InputError(file, "empty: expected article text");
      const out = extractArticle({ articleId: basename(file).replace(/\.txt$/, ""), text, outlet: null, url: null, published: options.published, campaignStart: options.campaignStart }, conventions);
      allFigures.push(...out.figures);
      allMentions.push(...out.mentions);
    } catch (error) {
      if (!isInputError(error)) throw error;
      refused.push(file);
      warn(`skipped ${error.message}`);
    }
  }
  const written = [`${options.out}/figures.arrow`, `${options.out}/figures.csv`, `${options.out}/mentions.arrow`, `${options.out}/mentions.csv`];
  await writeFileAtomic(written[0]!, figures.toIPC(allFigures));
  await writeFileAtomic(written[1]!, figures.toCsv(allFigures));
  await writeFileAtomic(written[2]!, mentions.toIPC(allMentions));
  await writeFileAtomic(written[3]!, mentions.toCsv(allMentions));
  return { files: files.length, figures: allFigures.length, refused, written };
}
