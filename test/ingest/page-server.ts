import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

export const PAGES_DIR = join(ROOT, 'test', 'fixtures', 'pages');

export type Route = (req: IncomingMessage, res: ServerResponse, base: string) => unknown;

/** A web server on 127.0.0.1 serving the team's invented pages and whatever routes a test adds. */
export interface PageServer {
  base: string;
  routes: Map<string, Route>;
  /** every request path seen, in order, with its conditional headers */
  requests: { path: string; ifNoneMatch?: string | undefined; ifModifiedSince?: string | undefined }[];
  close(): Promise<void>;
}

/** Serves a fixture file with {{BASE}} replaced by the server's address. */
export const fixture =
  (name: string, contentType = 'text/html; charset=utf-8'): Route =>
  async (_req, res, base) => {
    const text = (await readFile(join(PAGES_DIR, name), 'utf8')).replaceAll('{{BASE}}', base);
    res.writeHead(200, { 'content-type': contentType }).end(text);
  };

export async function startPageServer(routes: Record<string, Route> = {}): Promise<PageServer> {
  const table = new Map(Object.entries(routes));
  const requests: PageServer['requests'] = [];
  const open = new Set<ServerResponse>();
  let base = '';
  const server: Server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({
      path,
      ifNoneMatch: req.headers['if-none-match'],
      ifModifiedSince: req.headers['if-modified-since'],
    });
    const route = table.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(route(req, res, base)).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    routes: table,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
