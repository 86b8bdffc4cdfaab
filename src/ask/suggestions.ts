import type { KnowledgeBase } from '../knowledge-base.js';

/** What to try instead after an abstention, drawn from what the articles do contain. */
export function suggestionsFor(kb: KnowledgeBase): string[] {
  const topSpeaker = topSpeakerOf(kb.quotes);
  return [
    '/sources to see which articles I know',
    '/timeline for what happened when',
    topSpeaker
      ? `/who-said ${topSpeaker.split(' ').at(-1)} for what someone said`
      : '/who-said with a name, for what someone said',
  ];
}

// counting every quote at every abstention grows with the articles; the quotes never change under a kb
const topSpeakers = new WeakMap<KnowledgeBase['quotes'], string | undefined>();

function topSpeakerOf(quotes: KnowledgeBase['quotes']): string | undefined {
  if (topSpeakers.has(quotes)) return topSpeakers.get(quotes);
  const speakers = new Map<string, number>();
  for (const quote of quotes) {
    if (quote.speaker !== 'unattributed') speakers.set(quote.speaker, (speakers.get(quote.speaker) ?? 0) + 1);
  }
  const top = [...speakers].sort((a, b) => b[1] - a[1])[0]?.[0];
  topSpeakers.set(quotes, top);
  return top;
}
