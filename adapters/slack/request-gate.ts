import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { verifySlackRequest } from '@slack/bolt';
import type { Logger } from '../logger.js';
import type { DeliveryGuard } from './delivery-guard.js';

/**
 * What stands between the public HTTP endpoint and Bolt's receiver. Bolt reads the whole body into memory
 * before it checks anything (an unsigned 100 MB POST cost ~300 MB of RSS), accepts timestamps from the
 * future, and answers a captured request every time it is replayed within Slack's 5 minutes. In order,
 * each step cheaper than the next:
 *
 * 1. signature headers present and well-formed, timestamp within 5 minutes either side: from headers alone;
 * 2. a declared length over the cap is refused unread (413); an undeclared one is counted as it arrives;
 * 3. the signature is checked over the body (Bolt's own check, with the same clock as step 1);
 * 4. a signature already taken is a replay: acknowledged, not answered again. Only signed requests are
 *    remembered, so a forged copy sent first cannot block the real one. Events API callbacks skip this
 *    step: their event_id is recorded by the listener (one statement, after the ack), which turns a
 *    replay away just as well, and the ack waits for no database.
 *
 * The body read here is handed to Bolt as `rawBody`, which Bolt uses instead of reading the stream again.
 */

/** Slack's events and interaction payloads are a few KB; a message with every block filled stays under 1 MB. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Slack's `ssl_check` is the one unsigned request (`ssl_check=1&token=…`), a few dozen bytes. */
const MAX_UNSIGNED_BODY_BYTES = 1024;
/** Slack's rule: refuse a request whose timestamp is more than 5 minutes from the local clock. */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

const SIGNATURE = /^v0=[0-9a-f]{64}$/;

export interface RequestGateOptions {
  signingSecret: string;
  /** the path Bolt answers on; other requests pass through untouched */
  endpoint: string;
  /** remembers the signatures of requests already taken */
  guard: DeliveryGuard;
  now: () => number;
  log: Logger;
  maxBodyBytes?: number;
}

type Verdict = { body: Buffer } | { refuse: number; why: string } | { replay: true };

export function gateSlackRequests(next: RequestListener, options: RequestGateOptions): RequestListener {
  return (req, res) => {
    if (req.method !== 'POST' || pathOf(req) !== options.endpoint) {
      next(req, res);
      return;
    }
    void admit(req, options)
      .then((verdict) => {
        if ('body' in verdict) {
          Object.assign(req, { rawBody: verdict.body });
          next(req, res);
        } else if ('replay' in verdict) {
          options.log.warn('slack: ignored a replayed request (its signature was already taken)');
          res.writeHead(200).end();
        } else {
          options.log.debug(`slack: refused a request (${verdict.refuse}): ${verdict.why}`);
          refuse(req, res, verdict.refuse);
        }
      })
      .catch((error: unknown) => {
        options.log.warn('slack: could not read a request', { error: String(error) });
        if (!res.headersSent) refuse(req, res, 400);
      });
  };
}

async function admit(req: IncomingMessage, options: RequestGateOptions): Promise<Verdict> {
  const max = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const signature = req.headers['x-slack-signature'];
  const timestamp = req.headers['x-slack-request-timestamp'];
  if (signature === undefined && timestamp === undefined) {
    // only Slack's ssl_check comes unsigned; Bolt answers it, or refuses anything else without a signature
    if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded'))
      return { refuse: 401, why: 'no signature headers' };
    const body = await readBody(req, MAX_UNSIGNED_BODY_BYTES);
    return body ? { body } : { refuse: 413, why: 'unsigned body over 1 KB' };
  }
  if (typeof signature !== 'string' || !SIGNATURE.test(signature))
    return { refuse: 401, why: 'malformed x-slack-signature' };
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp))
    return { refuse: 401, why: 'malformed x-slack-request-timestamp' };
  const skewSeconds = Number(timestamp) - options.now() / 1000;
  if (Math.abs(skewSeconds) > TIMESTAMP_TOLERANCE_SECONDS)
    return {
      refuse: 401,
      why: `timestamp ${Math.round(Math.abs(skewSeconds))} s in the ${skewSeconds > 0 ? 'future' : 'past'}`,
    };
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) return { refuse: 413, why: `declared body of ${declared} bytes` };
  const body = await readBody(req, max);
  if (!body) return { refuse: 413, why: `body over ${max} bytes` };
  try {
    verifySlackRequest({
      signingSecret: options.signingSecret,
      body: body.toString(),
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
      nowMilliseconds: options.now(),
    });
  } catch {
    return { refuse: 401, why: 'signature mismatch' };
  }
  // an event carries its own id, which the listener records as it takes the event (after the ack): a replay
  // has the same id and is skipped there, so a second database round trip before the ack buys nothing
  if (hasEventId(body)) return { body };
  if (!(await options.guard.firstTime(`request:${signature}`, options.now()))) return { replay: true };
  return { body };
}

/** An Events API callback with an event_id (Slack's JSON events; commands and actions are form-encoded). */
function hasEventId(body: Buffer): boolean {
  if (body[0] !== 0x7b) return false; // "{"
  try {
    const parsed = JSON.parse(body.toString()) as { type?: unknown; event_id?: unknown };
    return parsed.type === 'event_callback' && typeof parsed.event_id === 'string' && parsed.event_id !== '';
  } catch {
    return false;
  }
}

/** The body, or undefined as soon as it passes `max` bytes (the rest is never read). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/** Answers and closes the connection, so the rest of a large body is never read (not even to discard it). */
function refuse(req: IncomingMessage, res: ServerResponse, status: number): void {
  res.writeHead(status, { connection: 'close' }).end();
  res.once('finish', () => req.destroy());
}

function pathOf(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}
