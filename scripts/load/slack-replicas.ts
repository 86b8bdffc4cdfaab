import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPostgresPool, migrate } from '../../src/store/postgres/index.js';
import { eventCallback } from '../../test/adapters/slack/slack-events.js';
import { slackSignature } from '../../test/fakes/slack-signing.js';
import { FAKE_IDS } from '../../test/fakes/slack-web-api.js';
import { freeLoopbackPort, startThrowawayPostgres } from '../postgres/throwaway-cluster.js';
import { cpuSecondsOfTree } from './cpu-time.js';
import { startFakeSlackProcess } from './fake-slack-process.js';
import { startNginx } from './nginx.js';

/**
 * The replica load test (issue #16): N Slack HTTP replicas (real `npm start` processes, Bolt and all)
 * sharing one PostgreSQL, behind nginx round-robin on loopback, answering into a fake Slack Web API.
 * Signed app_mention events arrive at an even rate; a share of them is redelivered, as Slack retries,
 * to a *different* replica than the one that took the original. Every event must be answered exactly once
 * (chat.postMessage calls counted per thread on the fake), and acks must stay fast.
 *
 *   npm run load:slack -- --events 2000 --seconds 20 --replicas 3 --redeliver 0.1
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SECRET = 'load-test-signing-secret';
const QUESTIONS = [
  "Who is Russia's foreign minister?",
  'Where will the allies meet on April 23?',
  'What did Zelensky propose?',
  'When did Putin demand a ceasefire?',
  'Who said the talks were gaining momentum?',
];

export interface LoadOptions {
  events: number;
  seconds: number;
  replicas: number;
  /** share of events delivered a second time, to another replica */
  redeliver: number;
  /** a PostgreSQL superuser URL; a throwaway cluster otherwise */
  serverUrl?: string | undefined;
  /** run the replicas without DATABASE_URL (each its own in-memory state): the "before" figure */
  memoryOnly?: boolean;
  /** nginx's wait for a replica's ack (Slack's own is 3 s) */
  ackTimeoutSeconds?: number;
  /** how long to wait for the last replies after the last event */
  settleSeconds?: number;
  /** write a V8 CPU profile of each replica into this folder (node --cpu-prof), to see where time goes */
  cpuProfileDir?: string | undefined;
  log?: (line: string) => void;
}

export interface LoadReport {
  events: number;
  redelivered: number;
  replicas: number;
  seconds: number;
  /** ack latency as the sender saw it (Slack's view: through nginx, to the response), milliseconds */
  ack: { p50: number; p95: number; p99: number; max: number };
  /**
   * the same acks as nginx timed them (request in to response out, ms): the sender runs on the same
   * loaded cores, so its figure also holds its own wait for CPU
   */
  ackAtNginx: {
    p50: number;
    p95: number;
    p99: number;
    max: number;
    requests: number;
    /** responses by HTTP status (504: the replica did not ack within nginx's wait; 502: it was unreachable) */
    statuses: Record<string, number>;
  };
  /** deliveries that got no 200 */
  failedAcks: number;
  /** events with exactly one reply, none, more than one */
  answeredOnce: number;
  /** of the replies, how many were the bot's "something went wrong" instead of an answer */
  errorReplies: number;
  /** ephemeral notes (slow down, queue full): each is an event told "ask again", not answered */
  ephemerals: number;
  unanswered: number;
  answeredTwiceOrMore: number;
  /** originals taken per replica (round-robin) */
  perReplica: number[];
  /** redeliveries that were sent to a replica other than the original's */
  redeliveredElsewhere: number;
  /** seconds from the first event to the last reply */
  lastReplyAfter: number;
  /** Web API calls the replicas made, by method */
  apiCalls: Record<string, number>;
  /** a few events that got no reply (their index), to look into */
  unansweredSample: number[];
  /** the first warnings and errors the replicas logged */
  replicaWarnings: string[];
  /** the machine's 1-minute load average when the events started and when the last reply came */
  loadAverage: { start: number; end: number };
  /**
   * CPU seconds each part used from the first event to the end (Linux /proc; PostgreSQL only when the
   * run started its own server): where the machine's time went
   */
  cpuSeconds: {
    replicas: (number | undefined)[];
    nginx?: number | undefined;
    postgres?: number | undefined;
    fakeSlack?: number | undefined;
    generator: number;
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function startReplica(
  index: number,
  env: Record<string, string>,
  dir: string,
  cpuProfileDir?: string,
): Promise<{ port: number; child: ChildProcess; warnings: string[]; stop(): Promise<void> }> {
  const port = await freeLoopbackPort();
  const profile = cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', join(ROOT, 'adapters', 'main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      CACHE_DIR: join(dir, `cache-${index}`),
      FEEDS_POLL_MINUTES: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const warnings: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n'))
      if (/ (WARN|ERROR) /.test(line) && warnings.length < 20) warnings.push(line.slice(0, 300));
  });
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`replica ${index} did not start:\n${stderr}`)), 120_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('talksbot is running')) {
        clearTimeout(timer);
        ready();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`replica ${index} exited (${code}) before it was ready:\n${stderr}`));
    });
  });
  return {
    port,
    child,
    warnings,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

function mentionBody(i: number, eventId: string): string {
  const ts = `${1_760_000_000 + i}.${String(i % 1_000_000).padStart(6, '0')}`;
  const event = {
    type: 'app_mention',
    // a person and a channel of its own per event (100 channels): the rate limits are not what is tested
    user: `U${String(i).padStart(8, '0')}`,
    channel: `C${String(i % 100).padStart(8, '0')}`,
    text: `<@${FAKE_IDS.botUser}> ${QUESTIONS[i % QUESTIONS.length]}`,
    ts,
    event_ts: ts,
  };
  return JSON.stringify(eventCallback(event, eventId));
}

/**
 * Slack's side of a delivery: one signed POST, timed to its response. node:http over keep-alive
 * connections (fetch cost the generator ~3 ms of CPU a request, on the same two cores as the replicas).
 */
const deliveries = new Agent({ keepAlive: true, maxSockets: 256 });

function deliver(
  url: string,
  raw: string,
  timeoutMs: number,
  retry?: number,
): Promise<{ ms: number; ok: boolean; upstream: string | null }> {
  const timestamp = Math.floor(Date.now() / 1000);
  const started = performance.now();
  const body = Buffer.from(raw);
  return new Promise((resolve) => {
    let settled = false;
    const done = (ok: boolean, upstream: string | null) => {
      if (settled) return;
      settled = true;
      resolve({ ms: performance.now() - started, ok, upstream });
    };
    const req = request(
      url,
      {
        method: 'POST',
        agent: deliveries,
        timeout: timeoutMs,
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': slackSignature(SECRET, timestamp, raw),
          // http_error: Slack saw the first attempt fail, so a replica that has not seen the event must
          // answer it; only the shared delivery guard can tell that another replica already did
          ...(retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_error' } : {}),
        },
      },
      (response) => {
        response.resume();
        response.once('end', () => {
          const upstream = response.headers['x-talksbot-upstream'];
          done(response.statusCode === 200, typeof upstream === 'string' ? upstream : null);
        });
        response.once('error', () => done(false, null));
      },
    );
    req.once('timeout', () => req.destroy(new Error('timed out')));
    req.once('error', () => done(false, null));
    req.end(body);
  });
}

export async function runReplicaLoadTest(options: LoadOptions): Promise<LoadReport> {
  const log = options.log ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'talksbot-load-'));
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const server = options.serverUrl ? undefined : await startThrowawayPostgres();
    if (server) cleanups.unshift(() => server.stop());
    const serverUrl = options.serverUrl ?? server!.url;
    // a database of its own for this run
    const dbName = `talksbot_load_${process.pid}_${Date.now()}`;
    const admin = createPostgresPool(serverUrl, { max: 1 });
    await admin.query(`CREATE DATABASE ${dbName}`);
    cleanups.unshift(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    });
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    const databaseUrl = url.toString();
    const migrator = createPostgresPool(databaseUrl, { max: 1 });
    await migrate(migrator);
    await migrator.end();

    // a process of its own, so recording 6,000 calls does not slow the deliveries being timed
    const slack = await startFakeSlackProcess();
    cleanups.unshift(() => slack.stop());
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-load-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      ...(options.memoryOnly ? {} : { DATABASE_URL: databaseUrl }),
    };
    log(`starting ${options.replicas} Slack HTTP replicas`);
    const replicas = await Promise.all(
      Array.from({ length: options.replicas }, (_, i) => startReplica(i, env, dir, options.cpuProfileDir)),
    );
    cleanups.unshift(() => Promise.all(replicas.map((r) => r.stop())));
    const nginx = await startNginx(
      replicas.map((r) => r.port),
      options.ackTimeoutSeconds ?? 3,
    );
    cleanups.unshift(() => nginx.stop());
    const portIndex = new Map(replicas.map((r, i) => [`127.0.0.1:${r.port}`, i]));
    log(`nginx on ${nginx.url}; sending ${options.events} events over ${options.seconds} s`);

    const acks: number[] = [];
    let failedAcks = 0;
    const perReplica = replicas.map(() => 0);
    let redelivered = 0;
    let redeliveredElsewhere = 0;
    const pending: Promise<void>[] = [];
    const loadAtStart = loadavg()[0]!;
    const postmaster = server ? postmasterPid(server.dir) : undefined;
    const cpuNow = () => ({
      replicas: replicas.map((r) => cpuSecondsOfTree(r.child.pid)),
      nginx: cpuSecondsOfTree(nginx.pid),
      postgres: cpuSecondsOfTree(postmaster),
      fakeSlack: cpuSecondsOfTree(slack.pid),
      generator: process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
    });
    const cpuAtStart = cpuNow();
    const start = performance.now();
    const interval = (options.seconds * 1000) / options.events;
    // the client waits a little longer than nginx, so a slow ack is nginx's 504, not a dropped request
    const clientTimeoutMs = ((options.ackTimeoutSeconds ?? 3) + 2) * 1000;
    const redeliverEvery = options.redeliver > 0 ? Math.round(1 / options.redeliver) : 0;
    for (let i = 0; i < options.events; i += 1) {
      const due = start + i * interval;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      const eventId = `Ev${process.pid}x${i}`;
      const raw = mentionBody(i, eventId);
      pending.push(
        (async () => {
          const first = await deliver(`${nginx.url}/slack/events`, raw, clientTimeoutMs);
          acks.push(first.ms);
          if (!first.ok) failedAcks += 1;
          const taken = first.upstream ? portIndex.get(first.upstream.split(',').pop()!.trim()) : undefined;
          if (taken !== undefined) perReplica[taken]! += 1;
          if (redeliverEvery && i % redeliverEvery === 0) {
            // Slack retries after a while: to another replica than the one that took it
            await new Promise((resolve) => setTimeout(resolve, 500 + (i % 1000)));
            const other = ((taken ?? 0) + 1 + (i % Math.max(1, options.replicas - 1))) % options.replicas;
            if (other !== taken) redeliveredElsewhere += 1;
            const again = await deliver(
              `${nginx.url}/replica/${other}/slack/events`,
              raw,
              clientTimeoutMs,
              1,
            );
            redelivered += 1;
            acks.push(again.ms);
            if (!again.ok) failedAcks += 1;
          }
        })(),
      );
    }
    await Promise.all(pending);
    log(`all sent in ${((performance.now() - start) / 1000).toFixed(1)} s; waiting for the replies`);

    const settleMs = (options.settleSeconds ?? 60) * 1000;
    const deadline = Date.now() + settleMs;
    let lastCount = -1;
    let lastReplyAt = performance.now();
    let summary = await slack.summary();
    for (;;) {
      const posts = summary.apiCalls['chat.postMessage'] ?? 0;
      if (posts !== lastCount) {
        lastCount = posts;
        lastReplyAt = performance.now();
      }
      const threads = Object.keys(summary.repliesPerThread).length;
      // every event answered (or told to ask again), then a quiet second and a half to catch a late duplicate
      if (threads + summary.ephemerals >= options.events && performance.now() - lastReplyAt > 1500) break;
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
      summary = await slack.summary();
    }
    const loadAtEnd = loadavg()[0]!;
    const logged = await nginx.requests();
    const statuses: Record<string, number> = {};
    for (const r of logged) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const atNginx = logged
      .filter((r) => r.status === 200 || r.status >= 500)
      .map((r) => r.seconds * 1000)
      .sort((a, b) => a - b);
    const cpuAtEnd = cpuNow();
    const spent = (end: number | undefined, begin: number | undefined) =>
      end === undefined || begin === undefined ? undefined : Math.round((end - begin) * 10) / 10;
    let answeredOnce = 0;
    let answeredTwiceOrMore = 0;
    const unansweredSample: number[] = [];
    for (let i = 0; i < options.events; i += 1) {
      const ts = `${1_760_000_000 + i}.${String(i % 1_000_000).padStart(6, '0')}`;
      const count = summary.repliesPerThread[ts] ?? 0;
      if (count === 1) answeredOnce += 1;
      else if (count > 1) answeredTwiceOrMore += 1;
      else if (unansweredSample.length < 10) unansweredSample.push(i);
    }
    const apiCalls = summary.apiCalls;
    const sorted = [...acks].sort((a, b) => a - b);
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      events: options.events,
      redelivered,
      replicas: options.replicas,
      seconds: options.seconds,
      ack: {
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        p99: round(percentile(sorted, 99)),
        max: round(sorted.at(-1) ?? 0),
      },
      ackAtNginx: {
        p50: round(percentile(atNginx, 50)),
        p95: round(percentile(atNginx, 95)),
        p99: round(percentile(atNginx, 99)),
        max: round(atNginx.at(-1) ?? 0),
        requests: atNginx.length,
        statuses,
      },
      failedAcks,
      answeredOnce,
      errorReplies: summary.errorReplies,
      ephemerals: summary.ephemerals,
      unanswered: options.events - answeredOnce - answeredTwiceOrMore,
      answeredTwiceOrMore,
      perReplica,
      redeliveredElsewhere,
      lastReplyAfter: round((lastReplyAt - start) / 1000),
      apiCalls,
      unansweredSample,
      replicaWarnings: replicas.flatMap((r) => r.warnings).slice(0, 20),
      loadAverage: { start: round(loadAtStart), end: round(loadAtEnd) },
      cpuSeconds: {
        replicas: cpuAtEnd.replicas.map((end, i) => spent(end, cpuAtStart.replicas[i])),
        nginx: spent(cpuAtEnd.nginx, cpuAtStart.nginx),
        postgres: spent(cpuAtEnd.postgres, cpuAtStart.postgres),
        fakeSlack: spent(cpuAtEnd.fakeSlack, cpuAtStart.fakeSlack),
        generator: spent(cpuAtEnd.generator, cpuAtStart.generator)!,
      },
    };
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** the throwaway cluster's server process, from the pid file PostgreSQL writes in its data folder */
function postmasterPid(dir: string): number | undefined {
  try {
    return Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '2000' },
      seconds: { type: 'string', default: '20' },
      replicas: { type: 'string', default: '3' },
      redeliver: { type: 'string', default: '0.1' },
      json: { type: 'boolean', default: false },
      memory: { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
    },
  });
  const report = await runReplicaLoadTest({
    events: Number(values.events),
    seconds: Number(values.seconds),
    replicas: Number(values.replicas),
    redeliver: Number(values.redeliver),
    memoryOnly: values.memory,
    cpuProfileDir: values['cpu-prof'] ? resolve(values['cpu-prof']) : undefined,
    serverUrl: process.env.TALKSBOT_TEST_DATABASE_URL,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(report, null, values.json ? 0 : 2)}\n`);
  const holds =
    report.answeredOnce === report.events &&
    report.errorReplies === 0 &&
    report.ack.p99 < 1000 &&
    report.failedAcks === 0;
  process.stderr.write(
    holds ? 'HOLDS: every event answered exactly once, p99 ack < 1 s\n' : 'DOES NOT HOLD\n',
  );
  process.exitCode = holds ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
