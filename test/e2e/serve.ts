import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // pdf.js starts its worker as a module, and browsers refuse module scripts without a JavaScript type.
  '.mjs': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export interface ServedFolder {
  origin: string;
  /** Every request so far: its path and the status answered, to see what the page fetched. */
  requests: { path: string; status: number }[];
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 at a free port. `types` overrides content types by extension, to
 * play a badly configured host (e.g. `.mjs` as application/octet-stream).
 */
export async function serveFolder(root: string, types: Record<string, string> = {}): Promise<ServedFolder> {
  const requests: ServedFolder['requests'] = [];
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path === '/favicon.ico') {
      // Chromium asks for it unprompted; "no content" keeps a 404 out of the console.
      requests.push({ path, status: 204 });
      response.writeHead(204).end();
      return;
    }
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      requests.push({ path, status: 404 });
      response.writeHead(404).end();
      return;
    }
    requests.push({ path, status: 200 });
    const type = types[extname(file)] ?? TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
