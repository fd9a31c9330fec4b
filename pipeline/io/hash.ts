import { hash } from "node:crypto";

/** One-shot digest: much cheaper than createHash() per call, which matters for a figure id per row. */
export function sha256(data: string | Uint8Array): string {
  return hash("sha256", data, "hex");
}

/** A short, stable id from several parts; the separator cannot occur inside a part. */
export function stableId(prefix: string, parts: readonly (string | number | null)[], length = 12): string {
  return `${prefix}${sha256(parts.map((p) => String(p ?? "")).join("\u0000")).slice(0, length)}`;
}
