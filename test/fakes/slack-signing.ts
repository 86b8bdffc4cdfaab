import { createHmac } from 'node:crypto';

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
