import { Worker } from 'node:worker_threads';
import type { KnowledgeFile } from '../knowledge/read-files.js';
import { withoutSlices, withSlices } from '../knowledge/slices.js';
import type { FileAnalysis } from './analyse-article.js';
import type { AnalysisJob, AnalysisReply } from './analysis-worker.js';
import { workerSource } from './worker-source.js';

/**
 * Analyses files in `threads` worker threads, the largest first and each to the next free thread, so
 * one long article does not leave the other threads idle at the end. Results come back in file order.
 * `onDone` hears each finished file (for progress).
 */
export async function analyseInWorkers(
  files: readonly KnowledgeFile[],
  threads: number,
  onDone: (file: string) => void = () => {},
): Promise<FileAnalysis[]> {
  const results: FileAnalysis[] = new Array(files.length);
  const queue = files
    .map((_, index) => index)
    .sort((a, b) => files[b]!.content.length - files[a]!.content.length);
  const count = Math.max(1, Math.min(threads, files.length));
  const workers = Array.from(
    { length: count },
    () => new Worker(workerSource(import.meta.url, 'analysis-worker'), { eval: true }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let finished = false;
            const next = () => {
              const index = queue.shift();
              if (index === undefined) {
                finished = true;
                return resolve();
              }
              const { file, content } = files[index]!;
              worker.postMessage({ index, file, content } satisfies AnalysisJob);
            };
            worker.on('message', (reply: AnalysisReply) => {
              if ('error' in reply)
                return reject(new Error(`analysing ${files[reply.index]!.file}: ${reply.error}`));
              results[reply.index] = sharingTheBody(reply.result);
              onDone(files[reply.index]!.file);
              next();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => {
              if (!finished)
                reject(new Error(`a build worker stopped (exit code ${code}) before it finished`));
            });
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

/**
 * A result as it arrives from a worker has its own copy of every paragraph's and sentence's text besides
 * the body (a message copies each string): they become slices of the body again, as when the analysis is
 * read from the cache, which holds the text once instead of three times (an archive's ingest keeps
 * every article).
 */
function sharingTheBody(result: FileAnalysis): FileAnalysis {
  if (!('analysis' in result)) return result;
  return { analysis: { ...result.analysis, article: withSlices(withoutSlices(result.analysis.article)) } };
}
