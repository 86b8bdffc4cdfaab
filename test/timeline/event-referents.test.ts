import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The timeline of one invented article, published on a Wednesday. */
async function eventsOf(body: string) {
  const dir = await mkdtemp(join(tmpdir(), 'talksbot-referents-'));
  dirs.push(dir);
  await writeFile(
    join(dir, '2025-05-14-talks.md'),
    `---\nid: 2025-05-14-talks\ntitle: Talks\npublished: 2025-05-14\n---\n${body}\n`,
  );
  return (await (await createEngine({ knowledgeDir: dir })).timeline()).events;
}

// an event line is read out of its article: one that opens with a pronoun says who it stands for
describe('event text that leans on the sentence before', () => {
  it.each([
    [
      'Finnish Foreign Minister Elina Valtonen opened the meeting. She flew to Geneva on Monday.',
      'She (Elina Valtonen) flew to Geneva on Monday.',
    ],
    [
      'Mediator Kirill Vasko praised the delegations. He also met the Red Cross on Monday.',
      'He (Kirill Vasko) also met the Red Cross on Monday.',
    ],
    [
      'Envoys from Norway, Qatar and Egypt arrived in Vienna. These met the ministers on Monday.',
      'These (Norway, Qatar and Egypt) met the ministers on Monday.',
    ],
    [
      'Envoys from Norway and Qatar arrived in Vienna. They will meet the ministers on Friday.',
      'They (Norway and Qatar) will meet the ministers on Friday.',
    ],
    // "These talks" is a noun phrase, not a pronoun; one name before "they" is not enough to be sure
    [
      'Envoys from Norway and Qatar arrived in Vienna. These talks resumed on Monday.',
      'These talks resumed on Monday.',
    ],
    [
      'The envoy from Qatar arrived in Vienna. They met the ministers on Monday.',
      'They met the ministers on Monday.',
    ],
    // a sentence that names its subject is left as written
    [
      'Mediator Kirill Vasko praised the delegations. Kirill Vasko met the Red Cross on Monday.',
      'Kirill Vasko met the Red Cross on Monday.',
    ],
  ])('%s', async (body, text) => {
    const events = await eventsOf(body);
    expect(events.map((e) => e.text)).toEqual([text]);
    // the passage stays verbatim
    expect(body).toContain(events[0]!.passage);
  });
});
