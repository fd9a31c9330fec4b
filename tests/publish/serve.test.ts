import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve } from "../../pipeline/publish/serve.ts";

/** A raw GET, so the path reaches the server as written (fetch would normalise "../"). */
function get(url: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((done, fail) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (d: Buffer) => (body += d));
      res.on("end", () => done({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("the static server", () => {
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), "serve-"));
    mkdirSync(join(root, "dist/story"), { recursive: true });
    writeFileSync(join(root, "secret.txt"), "not for the web");
    writeFileSync(join(root, "dist/index.html"), "<p>home</p></body>");
    writeFileSync(join(root, "dist/story/index.html"), "<p>story</p></body>");
    writeFileSync(join(root, "dist/chart.svg"), "<svg/>");
    site = await serve({ dir: join(root, "dist"), transformHtml: (h) => h.replace("</body>", "<!-- injected --></body>") });
  });
  afterAll(() => site.close());

  it("listens on localhost only", () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves files with their type, folders by their index, and transforms only HTML", async () => {
    expect(await get(site.url, "/story/")).toMatchObject({ status: 200, type: "text/html; charset=utf-8", body: "<p>story</p><!-- injected --></body>" });
    expect(await get(site.url, "/chart.svg")).toMatchObject({ status: 200, type: "image/svg+xml", body: "<svg/>" });
    expect((await get(site.url, "/missing.html")).status).toBe(404);
  });

  it("never serves a file outside its folder", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/story/../../secret.txt", "/..%2fsecret.txt"]) {
      const res = await get(site.url, path);
      expect(res.body).not.toContain("not for the web");
      expect([403, 404]).toContain(res.status);
    }
  });
});
