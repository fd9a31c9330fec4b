/**
 * One server-side DOM document (linkedom) for Observable Plot, created on first use and reused:
 * creating a document per chart costs more than the chart itself.
 */
import { parseHTML } from "linkedom";

let doc: Document | undefined;

/** The shared document to pass to `Plot.plot({ document })`. */
export function serverDocument(): Document {
  if (doc === undefined) {
    const { document } = parseHTML("<!DOCTYPE html><html><head></head><body></body></html>");
    doc = document as unknown as Document;
  }
  return doc;
}
