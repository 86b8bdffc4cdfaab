import { parentPort } from 'node:worker_threads';
import { nlp } from '../../src/nlp/compromise.js';

/**
 * One thread of the floor measured in worker threads: it loads compromise and warms its lexicon, says
 * so, then parses each batch of article texts it is sent and answers with the milliseconds it took.
 */
nlp('Warm up the lexicon once, as a build does before its first article.');
parentPort?.postMessage('ready');
parentPort?.on('message', (bodies: string[]) => {
  const start = performance.now();
  for (const body of bodies) nlp(body);
  parentPort?.postMessage(performance.now() - start);
});
