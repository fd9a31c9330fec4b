import { InputError } from "../errors.ts";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes a text file a person supplied: strict UTF-8 (an invalid byte is an error at its line and
 * column, not a silent U+FFFD), byte-order mark dropped, CRLF and CR line ends made \n, so offsets
 * into the text mean the same whatever editor saved it.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, at));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    throw new InputError(file, `not valid UTF-8: byte 0x${bytes[at]!.toString(16).padStart(2, "0")} at offset ${at}; expected UTF-8 text (re-save the file as UTF-8)`, { line, column });
  }
  return text.replace(/\r\n?/g, "\n");
}

/** Offset of the first byte that does not continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong encodings and surrogates are invalid too.
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return i;
    i += need + 1;
  }
  return bytes.length;
}
