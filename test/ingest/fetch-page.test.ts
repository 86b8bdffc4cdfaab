import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../src/index.js';
import { fixture, type PageServer, startPageServer } from './page-server.js';

const LOOPBACK = { allowPrivate: true };

describe('fetchPage on a loopback server', () => {
  let server: PageServer;
  beforeAll(async () => {
    server = await startPageServer({
      '/story': fixture('news-jsonld.html'),
      '/hop/1': (_req, res) => res.writeHead(301, { location: '/hop/2' }).end(),
      '/hop/2': (_req, res) => res.writeHead(302, { location: '/hop/3' }).end(),
      '/hop/3': (_req, res) => res.writeHead(307, { location: '/story' }).end(),
      '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
      '/to-localhost': (_req, res, base) =>
        res.writeHead(302, { location: `${base.replace('127.0.0.1', 'localhost')}/story` }).end(),
      '/slow': () => {
        // never answers: the client's deadline must end it
      },
      '/slow-body': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>The first half of a page that never finishes');
      },
      '/big-declared': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000000' }).end(),
      '/big-streamed': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'words '.repeat(2000)}</p>`;
        for (let i = 0; i < 200; i++) res.write(chunk);
        res.end();
      },
      '/cached': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
        res.writeHead(200, {
          'content-type': 'text/html',
          etag: '"v1"',
          'last-modified': 'Tue, 02 Sep 2025 08:00:00 GMT',
        });
        res.end('<html><body><p>cached page</p></body></html>');
      },
    });
  });
  afterAll(() => server.close());

  it('fetches a page and reports its type and validators', async () => {
    const page = await fetchPage(`${server.base}/cached`, LOOPBACK);
    expect(page).toMatchObject({ status: 200, contentType: 'text/html', etag: '"v1"', notModified: false });
    expect(page.bytes.toString()).toContain('cached page');
  });

  it('sends conditional headers and reports a 304 as not modified', async () => {
    const page = await fetchPage(`${server.base}/cached`, {
      ...LOOPBACK,
      headers: { 'if-none-match': '"v1"' },
    });
    expect(page).toMatchObject({ status: 304, notModified: true });
    expect(page.bytes.length).toBe(0);
  });

  it('follows redirects to the final page and says where it ended', async () => {
    const page = await fetchPage(`${server.base}/hop/1`, LOOPBACK);
    expect(page.url).toBe(`${server.base}/story`);
    expect(page.bytes.toString()).toContain('Orrin water talks');
  });

  it.each<[string, string, Record<string, unknown>, RegExp]>([
    ['more redirects than allowed', '/hop/1', { maxRedirects: 2 }, /redirects more than 2 times/],
    ['a redirect loop', '/loop', {}, /redirects more than 5 times/],
    ['a 404', '/missing', {}, /answered 404 Not Found: check the address/],
    ['a response that never comes', '/slow', { timeoutMs: 300 }, /did not answer within 0\.3 s/],
    ['a body that never ends', '/slow-body', { timeoutMs: 300 }, /did not answer in time/],
    ['a declared size over the limit', '/big-declared', {}, /is 5 MB, over the 1 MB limit .*--max-size/],
    [
      'a streamed body over the limit',
      '/big-streamed',
      { maxBytes: 100_000 },
      /is over 100 KB, over the 100 KB limit/,
    ],
    ['a scheme that is not the web', 'file:///etc/passwd', {}, /file: addresses cannot be fetched/],
    ['text that is not a url', 'not a url', {}, /is not a web address/],
  ])('refuses %s', async (_name, path, options, message) => {
    const url = path.includes(':') || path.includes(' ') ? path : `${server.base}${path}`;
    await expect(fetchPage(url, { ...LOOPBACK, ...options })).rejects.toThrow(message);
  });

  it('refuses loopback addresses unless they are allowed', async () => {
    await expect(fetchPage(`${server.base}/story`)).rejects.toThrow(
      /127\.0\.0\.1 is a private or local address/,
    );
    const before = server.requests.length;
    await expect(fetchPage(`${server.base.replace('127.0.0.1', 'localhost')}/story`)).rejects.toThrow(
      /localhost \((127\.0\.0\.1|::1)\) is a private or local address/,
    );
    expect(server.requests.length).toBe(before); // refused before any request was sent
  });

  it('checks the address again after a redirect, through DNS', async () => {
    // 127.0.0.1 is allowed by name; the redirect goes to "localhost", which resolves to loopback
    await expect(fetchPage(`${server.base}/to-localhost`, { allowHosts: ['127.0.0.1'] })).rejects.toThrow(
      /localhost \((127\.0\.0\.1|::1)\) is a private or local address/,
    );
  });
});
