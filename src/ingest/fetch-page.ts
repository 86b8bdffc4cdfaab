import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import ipaddr from 'ipaddr.js';
import { BlockedAddressError, blockedMessage, guardedLookup, isPublicAddress } from './address-guard.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './limits.js';

export interface FetchOptions {
  /** allow loopback and private-network addresses (a fetch from a shell, or tests on 127.0.0.1) */
  allowPrivate?: boolean;
  /** host names allowed even when their addresses are private (an intranet news site); exact names */
  allowHosts?: string[];
  maxRedirects?: number;
  /** for the whole fetch, redirects and body included */
  timeoutMs?: number;
  maxBytes?: number;
  /** extra request headers: Accept, If-None-Match, If-Modified-Since */
  headers?: Record<string, string>;
}

export interface FetchedPage {
  /** the url after redirects */
  url: string;
  status: number;
  contentType: string | undefined;
  etag: string | undefined;
  lastModified: string | undefined;
  /** empty for a 304 */
  bytes: Buffer;
  notModified: boolean;
}

/** A fetch that could not be used, with a sentence saying why and what to do. */
export class FetchRefusal extends Error {
  override name = 'FetchRefusal';
  /** the message without command-line advice, for chat (defaults to the message) */
  readonly fact: string;
  /** true when the same fetch may work later (a time-out, a 503), false when it never will (a 404) */
  constructor(
    message: string,
    readonly transient = false,
    fact?: string,
  ) {
    super(message);
    this.fact = fact ?? message;
  }
}

export const FETCH_DEFAULTS = {
  allowPrivate: false,
  allowHosts: [] as string[],
  maxRedirects: 5,
  timeoutMs: 15_000,
  maxBytes: DEFAULT_MAX_BYTES,
  headers: {},
};
type Settings = Required<FetchOptions>;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GETs a web page safely for a server that fetches on others' behalf: http(s) only, every address checked
 * (after each redirect too) unless private ones are allowed, at most `maxRedirects` hops, one deadline for
 * the whole exchange, and the body capped at `maxBytes` while it streams.
 */
export async function fetchPage(rawUrl: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const settings: Settings = { ...FETCH_DEFAULTS, ...definedOnly(options) };
  const deadline = Date.now() + settings.timeoutMs;
  let url = parseHttpUrl(rawUrl);
  for (let hop = 0; ; hop++) {
    const response = await get(url, settings, deadline);
    const location = response.headers.location;
    if (REDIRECTS.has(response.statusCode ?? 0) && location) {
      response.resume();
      if (hop >= settings.maxRedirects)
        throw new FetchRefusal(
          `${rawUrl} redirects more than ${settings.maxRedirects} times; give the final address of the page`,
        );
      url = parseHttpUrl(new URL(location, url).href);
      continue;
    }
    const status = response.statusCode ?? 0;
    const page = {
      url: url.href,
      status,
      contentType: header(response, 'content-type'),
      etag: header(response, 'etag'),
      lastModified: header(response, 'last-modified'),
    };
    if (status === 304) {
      response.resume();
      return { ...page, bytes: Buffer.alloc(0), notModified: true };
    }
    if (status < 200 || status > 299) {
      response.resume();
      const later = status >= 500 || status === 429 || status === 408;
      throw new FetchRefusal(
        `${url.href} answered ${status} ${response.statusMessage ?? ''}`.trim() +
          (later ? ': try again later' : ': check the address'),
        later,
      );
    }
    return {
      ...page,
      bytes: await readBody(response, url.href, settings.maxBytes, deadline),
      notModified: false,
    };
  }
}

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefusal(
      `“${raw}” is not a web address: give a full url such as https://example.com/story`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefusal(`${url.protocol} addresses cannot be fetched: give an http or https url`);
  return url;
}

function get(url: URL, settings: Settings, deadline: number): Promise<IncomingMessage> {
  // an address written as digits never goes through DNS, so it is checked here
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowPrivate = settings.allowPrivate || settings.allowHosts.includes(url.hostname);
  if (ipaddr.isValid(host) && !isPublicAddress(host) && !allowPrivate)
    return Promise.reject(new FetchRefusal(blockedMessage(host, host)));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      headers: {
        'user-agent': 'talksbot/0.1 (news article reader)',
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
        ...settings.headers,
      },
      lookup: guardedLookup(allowPrivate) as never,
    });
    const timer = setTimeout(
      () => req.destroy(new FetchRefusal(timeoutMessage(url.href, settings.timeoutMs), true)),
      Math.max(0, deadline - Date.now()),
    );
    req.on('response', (response) => {
      clearTimeout(timer);
      resolve(response);
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(asRefusal(error, url.href));
    });
    req.end();
  });
}

function readBody(
  response: IncomingMessage,
  url: string,
  maxBytes: number,
  deadline: number,
): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge(url, declared, maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(
      () => response.destroy(new FetchRefusal(timeoutMessage(url, undefined), true)),
      Math.max(0, deadline - Date.now()),
    );
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) response.destroy(tooLarge(url, undefined, maxBytes));
      else chunks.push(chunk);
    });
    response.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    response.on('error', (error) => {
      clearTimeout(timer);
      reject(asRefusal(error, url));
    });
    response.on('close', () => {
      clearTimeout(timer);
      if (!response.complete)
        reject(new FetchRefusal(`${url} closed the connection before the page was complete`));
    });
  });
}

function asRefusal(error: Error, url: string): FetchRefusal {
  if (error instanceof FetchRefusal) return error;
  if (error instanceof BlockedAddressError) return new FetchRefusal(error.message);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND')
    return new FetchRefusal(`${new URL(url).hostname} does not exist: check the address`);
  if (code === 'ECONNREFUSED')
    return new FetchRefusal(`${url} refused the connection: try again later`, true);
  return new FetchRefusal(`${url} could not be fetched (${code ?? error.message}): try again later`, true);
}

function timeoutMessage(url: string, timeoutMs: number | undefined): string {
  const after = timeoutMs ? ` within ${Math.round(timeoutMs / 100) / 10} s` : ' in time';
  return `${url} did not answer${after}: try again later`;
}

function tooLarge(url: string, size: number | undefined, maxBytes: number): FetchRefusal {
  const what = size ? `is ${formatBytes(size)}` : `is over ${formatBytes(maxBytes)}`;
  const fact = `${url} ${what}, over the ${formatBytes(maxBytes)} limit for one article`;
  return new FetchRefusal(`${fact} (--max-size raises it)`, false, fact);
}

function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}
