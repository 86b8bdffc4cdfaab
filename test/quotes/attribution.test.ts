import { describe, expect, it } from 'vitest';
import { quotesOf } from './synthetic.js';

// one row per extraction and attribution case of the /who-said issue, on small made-up articles
describe('attribution', () => {
  it.each([
    [
      '“…,” Name said',
      'Kremlin spokesperson Dmitry Peskov spoke on Sunday.\n\n“It is a lengthy process,” Peskov said.',
      'It is a lengthy',
      'Dmitry Peskov',
      'said',
    ],
    [
      '“…,” said Name',
      '“We are ready for talks,” said Russian Foreign Minister Sergey Lavrov.',
      'We are ready',
      'Sergey Lavrov',
      'said',
    ],
    [
      'Name said: “…”',
      'Russian Foreign Minister Sergey Lavrov said: “We are ready for talks.”',
      'We are ready',
      'Sergey Lavrov',
      'said',
    ],
    [
      'Name stressed that “…”',
      'Ukrainian President Volodymyr Zelenskyy stressed that “the pressure works,” but warned against haste.',
      'the pressure works',
      'Volodymyr Zelenskyy',
      'stressed',
    ],
    [
      'Name told Russian media … “…”',
      'Kremlin spokesperson Dmitry Peskov told Russian media on Sunday that the process is “lengthy and not simple.”',
      'lengthy and',
      'Dmitry Peskov',
      'told Russian media',
    ],
    [
      'according to Name',
      'The offer, according to Kremlin spokesperson Dmitry Peskov, is “a serious one.”',
      'a serious one',
      'Dmitry Peskov',
      'according to',
    ],
    [
      'Name wrote in X that “…“',
      'Ukrainian President Volodymyr Zelenskyy wrote in X that Kyiv wants “a real and lasting peace.“',
      'a real and lasting',
      'Volodymyr Zelenskyy',
      'wrote in X',
    ],
    [
      'hailed the talks as having delivered “…”',
      'US President Donald Trump, who brokered the meeting, hailed the talks as having delivered “great progress.”',
      'great progress',
      'Donald Trump',
      'hailed',
    ],
    [
      'described by Name as “…”',
      'The meeting with Russian President Vladimir Putin was described by US President Donald Trump as “great progress,” without specifics.',
      'great progress',
      'Donald Trump',
      'described by',
    ],
    [
      '“…,” he said: the previous sentence’s subject',
      'Ukrainian President Volodymyr Zelenskyy stressed the need for a meeting. “Ukraine is ready for such a meeting,” he said.',
      'Ukraine is ready',
      'Volodymyr Zelenskyy',
      'said',
    ],
    [
      '“…,” she said: the last compatible person',
      'Russian President Vladimir Putin met European Commission President Ursula von der Leyen. “We will not back down,” she said.',
      'We will not',
      'Ursula von der Leyen',
      'said',
    ],
    [
      'a role: the Ukrainian leader',
      'Ukrainian President Volodymyr Zelenskyy spoke to allies.\n\nThe Ukrainian leader said that his team is “ready for any conversation” now.',
      'ready for any',
      'Volodymyr Zelenskyy',
      'said',
    ],
    [
      'His spokesman, Name, confirmed that “…”',
      'Russian President Vladimir Putin spoke on TV. His spokesman, Dmitry Peskov, confirmed that “the president had talks in mind.”',
      'the president had',
      'Dmitry Peskov',
      'confirmed',
    ],
    [
      'a participle: …, stating, ‘…’',
      'Russian President Vladimir Putin indicated he is open to talks with Volodymyr Zelenskyy, stating, ‘We need to sort this out.’',
      'We need to sort',
      'Vladimir Putin',
      'stating',
    ],
    [
      'past a relative clause',
      'Ukrainian President Volodymyr Zelenskyy, who held a call with US President Donald Trump, emphasised the need for “a lasting peace” on Friday.',
      'a lasting peace',
      'Volodymyr Zelenskyy',
      'emphasised',
    ],
    [
      'Name’s remarks about ‘…’',
      'Secretary of State Marco Rubio’s remarks about possibly ‘moving on’ drew attention.',
      'moving on',
      'Marco Rubio',
      'remarks',
    ],
    [
      'a naming frame: referred to … as a “…”',
      'Russian President Vladimir Putin spoke on TV. In recent times, he has referred to the government as a “Nazi regime,” claiming it is illegitimate.',
      'Nazi regime',
      'Vladimir Putin',
      'referred',
    ],
    [
      'an unnamed source after the quote',
      '“The front is holding,” a Ukrainian official told reporters.',
      'The front is holding',
      'a Ukrainian official',
      'told reporters',
    ],
    [
      'a question, speaker after the verb',
      'Ukrainian President Volodymyr Zelenskyy spoke in Kyiv. “Why should we trust them?” asked Zelenskyy.',
      'Why should we',
      'Volodymyr Zelenskyy',
      'asked',
    ],
    [
      'the platform in the cue',
      '“Peace is close,” US President Donald Trump wrote on Truth Social.',
      'Peace is close',
      'Donald Trump',
      'wrote on Truth Social',
    ],
    [
      'two quoted words are speech, not a keyword list',
      'Kremlin spokesperson Dmitry Peskov called the talks “useful” and “frank.”',
      'frank',
      'Dmitry Peskov',
      'called',
    ],
    [
      'an institution speaks as itself, never as a person',
      '“We will respond,” the ministry said.',
      'We will respond',
      'the ministry',
      'said',
    ],
    [
      'an unnamed source stays described',
      'A senior U.S. official noted this week is ‘critically important’ for a truce.',
      'critically important',
      'a senior U.S. official',
      'noted',
    ],
    [
      'a pronoun with nobody before it',
      '“We are ready for anything,” he said.',
      'We are ready',
      'unattributed',
      'said',
    ],
    [
      'a quote with no cue and nothing before it',
      'The mood in the capital was tense.\n\n“Nobody knows what comes next.”',
      'Nobody knows',
      'unattributed',
      undefined,
    ],
  ])('%s', async (_, body, words, speaker, cue) => {
    const quote = (await quotesOf(body)).find((q) => q.quote.startsWith(words));
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.cue).toBe(cue);
  });

  it('credits both halves of a quote split around its attribution', async () => {
    const quotes = await quotesOf(
      'Russian Foreign Minister Sergey Lavrov dismissed the threat. “Fifty days, it used to be 24 hours,” Lavrov said, “It also used to be 100 days. We’ve been through all of this.”',
    );
    expect(quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Sergey Lavrov', 'Fifty days, it used to be 24 hours'],
      ['Sergey Lavrov', 'It also used to be 100 days. We’ve been through all of this.'],
    ]);
    // the passage never stops inside a quotation
    expect(quotes[0]?.passage).toContain('We’ve been through all of this.”');
  });

  it('lets a floating quote inherit the speaker of the quote before it, with that attribution in its passage', async () => {
    const quotes = await quotesOf(
      'Ukrainian President Volodymyr Zelenskyy spoke on Saturday.\n\n“The dynamics must improve,” Zelenskyy said. “We need to do everything possible.”\n\n“Talks must go on.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Volodymyr Zelenskyy',
      'Volodymyr Zelenskyy',
      'Volodymyr Zelenskyy',
    ]);
    expect(quotes[1]?.passage).toBe(
      '“The dynamics must improve,” Zelenskyy said. “We need to do everything possible.”',
    );
  });

  it('reads an embedded post as a quotation by the account holder, without its media link', async () => {
    const quotes = await quotesOf(
      'Ukrainian President Volodymyr Zelenskyy posted on Monday.\nRussia is the source of this war. Moscow must order a ceasefire. pic.twitter.com/abc123\n– Volodymyr Zelenskyy (@ZelenskyyUa) April 21, 2025',
    );
    expect(quotes).toMatchObject([
      {
        speaker: 'Volodymyr Zelenskyy',
        quote: 'Russia is the source of this war. Moscow must order a ceasefire.',
        cue: 'posted on X (@ZelenskyyUa)',
        partial: false,
      },
    ]);
  });

  it('keeps names, scare quotes and keyword lists out', async () => {
    const quotes = await quotesOf(
      'Ukrainian President Volodymyr Zelenskyy unveiled the “Victory Plan” in October. Keywords like “Putin Zelenskyy ceasefire,” “Russia Ukraine talks,” and “peace negotiations” rose. Allies debated a potential “reassurance force” proposed by France.',
    );
    expect(quotes).toEqual([]);
  });

  it('marks partial quotes and carries the article, date, role and a verbatim passage', async () => {
    const body = 'Kremlin spokesperson Dmitry Peskov said Moscow is “not in a hurry” on the matter.';
    const [quote] = await quotesOf(body);
    expect(quote).toMatchObject({
      speaker: 'Dmitry Peskov',
      speakerRole: 'Kremlin spokesperson',
      quote: 'not in a hurry',
      partial: true,
      articleId: 'test',
      published: '2025-01-01',
      passage: body,
    });
  });
});
