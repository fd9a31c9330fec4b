import { createHash } from "node:crypto";

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** A short, stable id from several parts; the separator cannot occur inside a part. */
export function stableId(prefix: string, parts: readonly (string | number | null)[], length = 12): string {
  return `${prefix}${sha256(parts.map((p) => String(p ?? "")).join("\u0000")).slice(0, length)}`;
}
