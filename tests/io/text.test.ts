import { describe, expect, it } from "vitest";
import { decodeText } from "../../pipeline/io/text.ts";

describe("decodeText", () => {
  it("drops a byte-order mark and normalises CRLF and CR to LF", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("a\r\nb\rc")]);
    expect(decodeText(bytes, "x.txt")).toBe("a\nb\nc");
  });

  it("refuses invalid UTF-8 naming the file, line and column of the bad byte", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("ok\nab"), 0xff, 0x41]);
    expect(() => decodeText(bytes, "data/raw/articles/x.txt")).toThrow(/^data\/raw\/articles\/x\.txt:2:3: not valid UTF-8: byte 0xff at offset 5/);
  });

  it("refuses a truncated multi-byte sequence", () => {
    expect(() => decodeText(new Uint8Array([0x61, 0xe2, 0x80]), "t.txt")).toThrow(/t\.txt:1:2: not valid UTF-8/);
  });
});
