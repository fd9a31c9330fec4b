/**
 * Errors about input a person wrote. They carry the place (file, line, column) so the message can
 * send the desk straight to the cell to fix; the CLI prints them without a stack trace.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(file: string, message: string, place: { line?: number; column?: number } = {}) {
    const where = [file, place.line, place.column].filter((p) => p !== undefined).join(":");
    super(`${where}: ${message}`);
    this.name = "InputError";
    this.file = file;
    this.line = place.line;
    this.column = place.column;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
