import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

/**
 * A static file server for dist/, on localhost only. Used by `npm run preview` and by the browser
 * tests. `transformHtml` lets preview add its reload script to pages as they are served, so the
 * built files never contain it.
 */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".arrow": "application/vnd.apache.arrow.file",
  ".json": "application/json",
};

export interface ServeOptions {
  dir: string;
  port?: number;
  transformHtml?: (html: string) => string;
  /** Extra routes, tried before files (preview's event stream). */
  route?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export async function serve(options: ServeOptions): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const root = resolve(options.dir);
  const server = createServer((req, res) => {
    if (options.route?.(req, res)) return;
    handle(root, req, res, options.transformHtml).catch(() => {
      res.writeHead(500).end("internal error");
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse, transform?: (html: string) => string): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    res.writeHead(400).end("bad request");
    return;
  }
  // Never serve anything outside dist/: resolve, then check the prefix.
  let file = resolve(root, "." + normalize(path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end("forbidden");
    return;
  }
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) file = join(file, "index.html");
  const body = await readFile(file).catch(() => null);
  if (body === null) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    return;
  }
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  const out = transform && type.startsWith("text/html") ? Buffer.from(transform(body.toString("utf8"))) : body;
  res.writeHead(200, { "content-type": type, "content-length": out.length, "cache-control": "no-store", "x-content-type-options": "nosniff" });
  res.end(req.method === "HEAD" ? undefined : out);
}
