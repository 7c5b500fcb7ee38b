import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import path from "path";

/** File extensions the preview serves, with their MIME types. */
const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".map": "application/json",
};

/** A running static server and how to reach and stop it. */
export interface StaticServer {
  readonly url: string;
  /** Every path asked for, to check nothing else was fetched. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 at an ephemeral port, and each of `mounts` (URL prefix → folder) under its prefix:
 * the preview build and office.js from node_modules, nothing from the network. Test-only.
 */
export async function startStaticServer(root: string, mounts: Readonly<Record<string, string>> = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const pathname = decodeURIComponent(url.pathname);
    requests.push(pathname);
    const mount = Object.entries(mounts).find(([prefix]) => pathname.startsWith(`${prefix}/`));
    const base = mount === undefined ? root : mount[1];
    const relative = mount === undefined ? pathname : pathname.slice(mount[0].length);
    const file = path.join(base, relative === "/" ? "index.html" : relative);
    if (!file.startsWith(base) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain" });
      response.end(`not found: ${pathname}`);
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error === undefined ? resolve() : reject(error)))),
  };
}
