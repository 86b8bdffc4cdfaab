import { describe, expect, it } from 'vitest';
import { type ChatAddResult, describeChatAdd, urlFromChat } from '../../../adapters/shared/add-from-chat.js';

describe('a url typed in chat', () => {
  // [as typed or as Slack sends it, the address read]
  const rows: [string, string][] = [
    ['https://news.example/story', 'https://news.example/story'],
    ['  https://news.example/story  ', 'https://news.example/story'],
    ['<https://news.example/story>', 'https://news.example/story'],
    ['<https://news.example/story|news.example/story>', 'https://news.example/story'],
    // not a link Slack made: left as typed, for the fetch to refuse with its own message
    ['<not a link>', '<not a link>'],
    ['ftp://files.example/x', 'ftp://files.example/x'],
  ];
  it.each(rows)('%s → %s', (typed, address) => {
    expect(urlFromChat(typed)).toBe(address);
  });
});

describe('the /talks-add reply', () => {
  const added: ChatAddResult = {
    kind: 'added',
    id: '2025-09-03-orrin-talks',
    title: 'Orrin talks',
    outlet: undefined,
    published: '2025-09-03',
    passages: 1,
    url: 'https://news.example/orrin',
    reloaded: true,
  };
  // [result, reply]
  const rows: [ChatAddResult, string][] = [
    [
      added,
      'Added “Orrin talks” (outlet not stated, 3 September 2025): 1 passage, as 2025-09-03-orrin-talks. I answer from it now.',
    ],
    [
      { ...added, outlet: 'The Ledger', passages: 6, reloaded: false },
      'Added “Orrin talks” (The Ledger, 3 September 2025): 6 passages, as 2025-09-03-orrin-talks. It is saved; I could not reload just now, so it is picked up at the next change or restart.',
    ],
    [{ kind: 'refused', reason: 'it answered 404 Not Found' }, 'Not added: it answered 404 Not Found'],
    [
      { kind: 'refused', reason: 'Not added: already known as a1 (same url).' },
      'Not added: already known as a1 (same url).',
    ],
  ];
  it.each(rows)('%#', (result, reply) => {
    expect(describeChatAdd(result)).toBe(reply);
  });
});
