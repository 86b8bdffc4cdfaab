/**
 * Loads a knowledge folder and prints what /sources reports, as JSON. Run by unreadable-entries.test.ts
 * in a child process under an unprivileged user id, because root reads a chmod 000 file without EACCES.
 */
import { createEngine } from '../../src/index.js';

const engine = await createEngine({ knowledgeDir: process.argv[2]! });
const sources = await engine.sources();
process.stdout.write(
  JSON.stringify({ articles: sources.articles.map((a) => a.id), skipped: sources.skipped }),
);
