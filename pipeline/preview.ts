import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { join } from "node:path";
import type { ServerResponse } from "node:http";
import { serve } from "./publish/serve.ts";

/**
 * `npm run preview [-- --port 3000]`: builds the site, serves dist/ on localhost, and rebuilds and
 * reloads the open page when data, notebooks or pipeline code change, as Observable Framework's
 * preview does. Each rebuild runs the pipeline in a fresh process, so edited modules are loaded
 * anew; the cache still skips the stages whose inputs did not change.
 */
const root = process.cwd();
const portArg = process.argv.indexOf("--port");
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 3000;
const WATCHED = ["data/raw", "notebooks", "pipeline"];
const clients = new Set<ServerResponse>();

const RELOAD = `<script>(() => { const events = new EventSource("/__preview/events");
events.addEventListener("reload", () => location.reload());
events.addEventListener("failed", (e) => { let box = document.getElementById("__preview_error");
  if (!box) { box = document.createElement("pre"); box.id = "__preview_error"; box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:40vh;overflow:auto;margin:0;padding:12px;background:#fff0f0;color:#900;border-top:2px solid #900;font:12px/1.4 monospace;z-index:9999"; document.body.append(box); }
  box.textContent = JSON.parse(e.data); }); })();</script>`;

function send(event: string, data: string): void {
  for (const res of clients) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

let running: Promise<void> | null = null;
let again = false;

function build(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = new Promise<void>((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "pipeline/cli.ts"), "all"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => { output += d; process.stdout.write(d); });
    child.stderr.on("data", (d: Buffer) => { output += d; process.stderr.write(d); });
    child.on("close", (code) => {
      if (code === 0) send("reload", "");
      else send("failed", output.split("\n").filter((l) => l.startsWith("error") || l.includes("expected")).join("\n") || output);
      done();
    });
  }).then(() => {
    running = null;
    if (again) {
      again = false;
      return build();
    }
  });
  return running;
}

await build();
const site = await serve({
  dir: join(root, "dist"),
  port,
  transformHtml: (page) => page.replace("</body>", `${RELOAD}\n</body>`),
  route(req, res) {
    if (req.url !== "/__preview/events") return false;
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
    res.write(": connected\n\n");
    clients.add(res);
    req.on("close", () => clients.delete(res));
    return true;
  },
});
console.log(`preview: ${site.url} (localhost only); watching ${WATCHED.join(", ")}; Ctrl-C to stop`);

let timer: NodeJS.Timeout | null = null;
for (const dir of WATCHED) {
  watch(join(root, dir), { recursive: true }, (_event, name) => {
    if (name && /\.tmp-\d+$/.test(name)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(`preview: ${dir}/${name ?? ""} changed, rebuilding`);
      void build();
    }, 150);
  });
}
