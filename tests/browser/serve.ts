import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

/**
 * A tiny static file server for the built site, close to what a static host such as GitHub
 * Pages does: the site lives under `base`, a directory URL serves its index.html, a directory
 * without its trailing slash is redirected to it, and anything unknown gets 404 with the
 * site's own 404.html. It listens on 127.0.0.1 with a port the system picks.
 */
export interface StaticServer {
  /** Origin plus base path, ending in "/", e.g. "http://127.0.0.1:40123/vinhphuc/". */
  url: string;
  /** Origin only, e.g. "http://127.0.0.1:40123". */
  origin: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".topojson": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
};

export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/** "/vinhphuc" → "/vinhphuc/", "" → "/". */
export function normaliseBase(base: string): string {
  let b = base.startsWith("/") ? base : `/${base}`;
  if (!b.endsWith("/")) b += "/";
  return b;
}

async function fileStat(path: string) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

export async function serveStatic(directory: string, base = "/"): Promise<StaticServer> {
  const root = resolve(directory);
  const prefix = normaliseBase(base);

  async function sendFile(req: IncomingMessage, res: ServerResponse, path: string, status: number) {
    const info = await fileStat(path);
    if (!info?.isFile()) {
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
      res.end(status === 404 ? "404 Not Found (and the build has no 404.html)\n" : "");
      return;
    }
    res.writeHead(status, {
      "content-type": contentTypeFor(path),
      "content-length": info.size,
      "cache-control": "no-cache",
    });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    createReadStream(path).pipe(res);
  }

  function notFound(req: IncomingMessage, res: ServerResponse) {
    return sendFile(req, res, join(root, "404.html"), 404);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" });
      res.end();
      return;
    }
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound(req, res);
    }
    if (`${pathname}/` === prefix) {
      res.writeHead(301, { location: prefix + url.search });
      res.end();
      return;
    }
    if (!pathname.startsWith(prefix) || pathname.includes("\0")) return notFound(req, res);

    const relative = pathname.slice(prefix.length);
    const target = resolve(root, `.${sep}${relative}`);
    if (target !== root && !target.startsWith(root + sep)) return notFound(req, res);

    const info = await fileStat(target);
    if (info?.isDirectory()) {
      if (!pathname.endsWith("/")) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      const index = join(target, "index.html");
      if ((await fileStat(index))?.isFile()) return sendFile(req, res, index, 200);
      return notFound(req, res);
    }
    if (info?.isFile() && !pathname.endsWith("/")) return sendFile(req, res, target, 200);
    return notFound(req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(String(error));
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", fail);
      ok();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: origin + prefix,
    origin,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.close((error) => (error ? fail(error) : ok()));
        server.closeAllConnections();
      }),
  };
}
