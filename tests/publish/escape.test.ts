import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { escapeHtml, html, jsonForScript, safeUrl } from "../../pipeline/publish/escape.ts";

describe("escaping for each context", () => {
  it("keeps any string as text in an element and in a quoted attribute", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const { document } = parseHTML(html`<p title="${s}">${s}</p>`.value);
      const p = document.querySelector("p")!;
      expect(p.textContent).toBe(s);
      expect(p.getAttribute("title")).toBe(s);
      expect(p.children.length).toBe(0);
    }));
  });

  it("turns the classic payloads into text", () => {
    expect(escapeHtml(`"><img src=x onerror=alert(1)>`)).toBe("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(escapeHtml("</svg><script>alert(1)</script>")).toBe("&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("links only http(s) and relative URLs", () => {
    expect(safeUrl("https://www.cnn.com/x")).toBe("https://www.cnn.com/x");
    expect(safeUrl("figures/a.png")).toBe("figures/a.png");
    for (const bad of ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x", "//evil.example/x"]) expect(safeUrl(bad)).toBeNull();
  });

  it("writes JSON that cannot close its script element and parses back to the same value", () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const json = jsonForScript(v);
      expect(json).not.toMatch(/<|>|&/);
      expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(v)));
    }));
    expect(jsonForScript({ s: "</script><script>alert(1)</script>" })).not.toContain("</script");
  });
});
