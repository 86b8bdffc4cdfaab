import { describe, expect, it } from 'vitest';
import type { Route } from '../../src/index.js';
import { commands, findCommand, routeText } from '../../src/index.js';

type Row = [text: string, command: string, options?: Record<string, string>];

// a row without options expects /ask with the text exactly as typed
const ask = (text: string): Row => [text, 'ask', { question: text }];

const rows: Record<string, Row[]> = {
  'who-said: a phrase': [
    ['who said great progress', 'who-said', { query: 'great progress' }],
    ['Who said “great progress”?', 'who-said', { query: 'great progress' }],
    ['who said "the pressure on Russia works"', 'who-said', { query: 'the pressure on Russia works' }],
    ['who said excellent chances?', 'who-said', { query: 'excellent chances' }],
    ['who called the talks "great progress"', 'who-said', { query: 'great progress' }],
    ['who called the talks great progress', 'who-said', { query: 'great progress' }],
    ['who has said ready for any conversation', 'who-said', { query: 'ready for any conversation' }],
    [
      "Who said 'we need to do everything possible'?",
      'who-said',
      { query: 'we need to do everything possible' },
    ],
  ],
  'who-said: a person': [
    ['what did Lavrov say', 'who-said', { query: 'Lavrov' }],
    ['What did Lavrov say?', 'who-said', { query: 'Lavrov' }],
    ['what did lavrov say', 'who-said', { query: 'lavrov' }],
    ['What has Zelensky said about the ceasefire?', 'who-said', { query: 'Zelensky' }],
    ['what did Dmitry Peskov tell Russian media', 'who-said', { query: 'Dmitry Peskov' }],
    ['what does the Kremlin spokesperson say', 'who-said', { query: 'the Kremlin spokesperson' }],
    ["what did Putin's spokesman say", 'who-said', { query: "Putin's spokesman" }],
    ['what is Witkoff saying', 'who-said', { query: 'Witkoff' }],
    ['what has Trump been saying about Putin', 'who-said', { query: 'Trump' }],
    ['did Peskov say anything about Istanbul?', 'who-said', { query: 'Peskov' }],
    ['tell me what Rubio said about the talks', 'who-said', { query: 'Rubio' }],
    ['can you show me what Zelenskyy wrote on X', 'who-said', { query: 'Zelenskyy' }],
    ['what did the Ukrainian president say', 'who-said', { query: 'the Ukrainian president' }],
  ],
  'who-said: asking for quotes': [
    ['quotes from Peskov', 'who-said', { query: 'Peskov' }],
    ['Quotes by the Kremlin spokesperson', 'who-said', { query: 'Kremlin spokesperson' }],
    ['show me quotes from Zelensky', 'who-said', { query: 'Zelensky' }],
    ["Peskov's quotes", 'who-said', { query: 'Peskov' }],
    ['Zelensky quotes', 'who-said', { query: 'Zelensky' }],
    ['what are Lavrov’s quotes?', 'who-said', { query: 'Lavrov' }],
    ['statements by Rubio', 'who-said', { query: 'Rubio' }],
    ['which quotes do you have from Trump', 'who-said', { query: 'Trump' }],
    ['What are the quotes from Rubio?', 'who-said', { query: 'Rubio' }],
    ['peskov quotes', 'who-said', { query: 'peskov' }],
    // words to look for in the quotes
    ['quotes about NATO', 'who-said', { query: 'NATO' }],
    ['quotes on the ceasefire', 'who-said', { query: 'ceasefire' }],
    // no name: /who-said answers that it needs one, with an example
    ['quotes', 'who-said', {}],
  ],
  'who-said: explicit': [
    ['/who-said Lavrov', 'who-said', { query: 'Lavrov' }],
    ['who-said great progress', 'who-said', { query: 'great progress' }],
    ['whosaid Peskov', 'who-said', { query: 'Peskov' }],
  ],
  'ask: questions that only look like who-said': [
    ask('Who said the Istanbul talks ended without progress?'),
    ask('who said that the talks failed'),
    ask('who said it'),
    ask('What did Russia present at the Istanbul talks?'),
    ask('What did Russia say about the ceasefire?'),
    ask('what did the Kremlin say'),
    ask('what did the article say about NATO'),
    ask('What did US officials say?'),
    ask('what did Macron and Starmer say'),
    ask('what has been said about Crimea'),
    ask('what did they say'),
    ask('what has the White House said'),
    ask('who said Russia controls a fifth of Ukrainian territory'),
    ask('who said what about Crimea'),
    ask('Who said that?'),
    ask('Did Putin say he would meet Zelensky?'),
    ask('What did Witkoff and Putin discuss?'),
    ask('what did Trump call the meeting'),
    ask('Tell me about Peskov'),
    ask('What did Putin propose?'),
    ask('Who is Russia’s foreign minister?'),
    ask('Lavrov'),
  ],
  'timeline: plain': [
    ['timeline', 'timeline', {}],
    ['Timeline?', 'timeline', {}],
    ['show me the timeline', 'timeline', {}],
    ['give me a full timeline', 'timeline', {}],
    ['key events', 'timeline', {}],
    ['what happened', 'timeline', {}],
    ['what has happened so far?', 'timeline', {}],
    ["what's going on", 'timeline', {}],
  ],
  'timeline: a topic': [
    ['timeline of the Istanbul talks', 'timeline', { topic: 'Istanbul talks' }],
    ['Timeline for Crimea', 'timeline', { topic: 'Crimea' }],
    ['the Minsk agreements timeline', 'timeline', { topic: 'Minsk agreements' }],
    ['what happened at the Istanbul talks?', 'timeline', { topic: 'Istanbul talks' }],
    ['what happened in Istanbul', 'timeline', { topic: 'Istanbul' }],
    ['what happened to the Easter truce', 'timeline', { topic: 'Easter truce' }],
    ['what is the history of the Minsk agreements', 'timeline', { topic: 'Minsk agreements' }],
    ['timeline Istanbul', 'timeline', { topic: 'Istanbul' }],
    ['what happened with the minerals deal', 'timeline', { topic: 'minerals deal' }],
    ['what is going on with the Istanbul talks', 'timeline', { topic: 'Istanbul talks' }],
  ],
  'timeline: dates': [
    // no year: a bound without one (ISO 8601's --MM), whose year the timeline takes from the articles
    ['what happened in April', 'timeline', { from: '--04', to: '--04' }],
    ['what happened on April 21?', 'timeline', { from: '--04-21', to: '--04-21' }],
    ['what happened on 23rd April', 'timeline', { from: '--04-23', to: '--04-23' }],
    ['what happened since June', 'timeline', { from: '--06' }],
    ['what happened after June', 'timeline', { from: '--07' }],
    ['what happened before March', 'timeline', { to: '--02' }],
    // past the year's end a yearless date has no year to move into: the month stays the topic
    ['what happened after December', 'timeline', { topic: 'December' }],
    ['timeline until May', 'timeline', { to: '--05' }],
    ['what happened in April 2025', 'timeline', { from: '2025-04', to: '2025-04' }],
    ['what happened in early June 2025', 'timeline', { from: '2025-06', to: '2025-06' }],
    ['What happened on April 21, 2025?', 'timeline', { from: '2025-04-21', to: '2025-04-21' }],
    ['what happened in 2014', 'timeline', { from: '2014', to: '2014' }],
    ['what happened since March 2025', 'timeline', { from: '2025-03' }],
    ['what happened after July 2025', 'timeline', { from: '2025-08' }],
    ['what happened before 2022', 'timeline', { to: '2021' }],
    ['what happened until 2025-04-22', 'timeline', { to: '2025-04-22' }],
    ['what happened between March and July 2025', 'timeline', { from: '2025-03', to: '2025-07' }],
    ['what happened between March and May', 'timeline', { from: '--03', to: '--05' }],
    ['events in 2025', 'timeline', { from: '2025', to: '2025' }],
    ['timeline of April 2025', 'timeline', { from: '2025-04', to: '2025-04' }],
    ['can you give me the timeline of events in April 2025?', 'timeline', { from: '2025-04', to: '2025-04' }],
    ['timeline from April 2025 to July 2025', 'timeline', { from: '2025-04', to: '2025-07' }],
    ['timeline Istanbul --from 2025-04', 'timeline', { topic: 'Istanbul', from: '2025-04' }],
  ],
  'ask: questions that only look like a timeline': [
    ask('What happened after Witkoff met Putin?'),
    ask('what happened after the Riyadh talks'),
    ask('When did Putin signal willingness to talk?'),
    ask('what happened when the truce collapsed and the talks stalled in the spring'),
  ],
  'sources and help': [
    ['sources', 'sources', {}],
    ['Sources?', 'sources', {}],
    ['what are your sources', 'sources', {}],
    ['which articles do you know', 'sources', {}],
    ['list the articles', 'sources', {}],
    ['/sources', 'sources', {}],
    ['help', 'help', {}],
    ['Help!', 'help', {}],
    ['hi', 'help', {}],
    ['what can you do?', 'help', {}],
    ['how do I use this', 'help', {}],
    ['/help', 'help', {}],
    ask('help me understand the Easter truce'),
    ask('Did the US help Ukraine at the talks?'),
  ],
  'ask: everything else': [
    ask('Where will the allies meet on April 23?'),
    ask('How much of Ukraine does Russia control?'),
    ask('hey, what is the Budapest Memorandum?'),
    ['ask who is Peskov', 'ask', { question: 'who is Peskov' }],
    ['/ask Where will the allies meet?', 'ask', { question: 'Where will the allies meet?' }],
  ],
};

describe('routeText', () => {
  for (const [family, table] of Object.entries(rows)) {
    describe(family, () => {
      it.each(table)('%s → %s %o', (text, command, options) => {
        const route: Route = routeText(text);
        // Route.speaker (the phrase runLine has the entity layer confirm) is checked in entity-routing.test.ts
        expect({ command: route.command, options: route.options }).toEqual({
          command,
          options: options ?? {},
        });
      });
    });
  }

  it('routes only to commands from the command list', () => {
    const names = new Set(commands.map((command) => command.name));
    for (const table of Object.values(rows)) {
      for (const [text] of table) expect(names.has(routeText(text).command)).toBe(true);
    }
  });

  it('produces options the commands’ own schemas accept', () => {
    for (const table of Object.values(rows)) {
      for (const [text, , options] of table) {
        if (!options || Object.keys(options).length === 0) continue;
        const route = routeText(text);
        const command = findCommand(route.command)!;
        for (const [name, value] of Object.entries(route.options)) {
          expect(command.options[name]?.schema.safeParse(value).success, `${text}: ${name}=${value}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('keeps an unknown /command’s name so the caller can say it does not exist', () => {
    expect(routeText('/weather Kyiv')).toEqual({ command: 'weather', options: {} });
  });

  it('is not fooled by control characters or extra spaces', () => {
    expect(routeText('  who\u200b said\n great   progress ')).toEqual({
      command: 'who-said',
      options: { query: 'great progress' },
    });
  });
});
