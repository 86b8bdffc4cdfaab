import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';

/**
 * Requests as Slack signs them: `v0=` + HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret,
 * sent with x-slack-signature and x-slack-request-timestamp.
 */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  secret: string;
  /** seconds since the epoch; now by default */
  timestamp?: number;
  /** replaces the computed signature (bad-signature tests) */
  signature?: string;
  headers?: Record<string, string>;
}

export type SlackBody = { json: unknown } | { form: Record<string, string> };

export async function signedPost(
  url: string,
  body: SlackBody,
  options: SignedPostOptions,
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const [raw, contentType] =
    'json' in body
      ? [JSON.stringify(body.json), 'application/json']
      : [new URLSearchParams(body.form).toString(), 'application/x-www-form-urlencoded'];
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(options.secret, timestamp, raw),
      ...options.headers,
    },
    body: raw,
    signal: AbortSignal.timeout(5000),
  });
}

/**
 * POSTs `totalBytes` of filler without holding them in memory (one 64 KB chunk written over and over), and
 * resolves with the status the server answered, or the error that ended the upload first. With
 * `chunked`, no content-length is sent, so the server can only count what arrives.
 */
export function postFiller(
  url: string,
  options: { totalBytes: number; headers?: Record<string, string>; chunked?: boolean },
): Promise<{ status?: number; error?: string }> {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const target = new URL(url);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: { status?: number; error?: string }) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const request = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.chunked ? {} : { 'content-length': String(options.totalBytes) }),
          ...options.headers,
        },
        timeout: 20_000,
      },
      (response) => {
        response.resume();
        settle({ status: response.statusCode ?? 0 });
        request.destroy();
      },
    );
    request.on('error', (error) => settle({ error: error.message }));
    request.on('timeout', () => {
      request.destroy();
      settle({ error: 'timeout' });
    });
    let sent = 0;
    const pump = () => {
      while (sent < options.totalBytes && !settled) {
        const piece = chunk.subarray(0, Math.min(chunk.length, options.totalBytes - sent));
        sent += piece.length;
        if (!request.write(piece)) return void request.once('drain', pump);
      }
      if (!settled) request.end();
    };
    pump();
  });
}
