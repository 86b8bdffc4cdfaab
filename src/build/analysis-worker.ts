import { parentPort } from 'node:worker_threads';
import { analyseFile } from './analyse-article.js';

/** One of the build's worker threads: analyses each file it is sent and sends the analysis back. */
export interface AnalysisJob {
  index: number;
  file: string;
  content: string;
}

export type AnalysisReply =
  | { index: number; result: ReturnType<typeof analyseFile> }
  | { index: number; error: string };

parentPort?.on('message', (job: AnalysisJob) => {
  try {
    parentPort?.postMessage({ index: job.index, result: analyseFile(job.file, job.content) });
  } catch (error) {
    parentPort?.postMessage({
      index: job.index,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
