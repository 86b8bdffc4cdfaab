import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type LoadedEngine, routeText, runLine } from '../../src/index.js';

// an invented article: Tarvik and Kellmar are towns no lexicon knows, Kirill Vasko a person
const ARTICLE = `---
id: 2025-05-20-tarvik
title: Talks move to Tarvik
published: 2025-05-20
---
Delegations met in Tarvik on Monday, and a second round is planned in Kellmar.

“We are close to a text,” said Kirill Vasko, the mediator.

Tarvik has hosted three rounds since the spring.
`;

let dir: string;
let engine: LoadedEngine;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'talksbot-routing-'));
  await writeFile(join(dir, '2025-05-20-tarvik.md'), ARTICLE);
  engine = await createEngine({ knowledgeDir: dir });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('routing asks the entity layer whether a speaker is a person', () => {
  it.each([
    // [line, command]: the wording alone would send every one of these to /who-said
    ['what did Tarvik say', 'ask'],
    ['What has Kellmar said?', 'ask'],
    ['what did Vasko say', 'who-said'],
    ['what did Kirill Vasko say', 'who-said'],
    ['what did the mediator say', 'who-said'],
    // countries, capitals, peoples and institutions need no article: data packages and general English
    ['what did Russia say', 'ask'],
    ['what did Moscow say', 'ask'],
    ['what did Riyadh say', 'ask'],
    ['what did the Russians say', 'ask'],
    ['what did the foreign ministry say', 'ask'],
  ])('%s → %s', async (line, command) => {
    const answer = await runLine(engine, line);
    expect(answer.kind).toBe(command === 'ask' ? 'answer' : 'quotes');
  });

  it('marks the phrase it took for a speaker, and only then', () => {
    expect(routeText('what did Tarvik say')).toMatchObject({ command: 'who-said', speaker: 'Tarvik' });
    expect(routeText('who said great progress').speaker).toBeUndefined();
    expect(routeText('quotes about NATO').speaker).toBeUndefined();
  });

  it('knows what the articles name, by any name', async () => {
    expect(await engine.entityType('Tarvik')).toBe('place');
    expect(await engine.entityType('Vasko')).toBe('person');
    expect(await engine.entityType('Atlantis')).toBeUndefined();
  });
});
