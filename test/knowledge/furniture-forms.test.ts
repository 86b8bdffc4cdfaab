import { describe, expect, it } from 'vitest';
import { bylineSurnames, furnitureFormOf } from '../../src/knowledge/furniture-forms.js';
import { parseArticle } from '../../src/knowledge/load.js';

const none = { bylineSurnames: [] as string[] };

// invented lines in the forms other sites use: furniture by form, and prose that must survive
describe('furniture by its form', () => {
  it.each<[string, string[], string | undefined]>([
    ['(Reporting by Lena Ortmann; Editing by the Riga desk)', [], 'bracketed-note'],
    ['(With inputs from agencies)', [], 'bracketed-note'],
    ['Reporting by Ines Varga in Vilnius; Writing by Otto Lind', [], 'credit'],
    ['Staff writer Petra Holm in Oslo contributed to this report.', [], 'credit'],
    ['Nordic Wire correspondent Aino Virta contributed reporting from Tampere.', [], 'credit'],
    ['A ferry leaves the harbour at dawn. (Photo: Jon Berg / Bergen Daily News)', [], 'picture-credit'],
    [
      'Photo: The minister at the summit in Tallinn on Friday. (EU-Pool / Handout via Nordic Wire)',
      [],
      'picture-credit',
    ],
    ['This interview has been edited for length and clarity.', [], 'about-the-article'],
    [
      'Delegates leave the hall after the vote in Oslo, March 3, 2025. (Photo by Ana Ruiz / AFP)',
      [],
      'picture-credit',
    ],
    ['Rescuers search the debris in the city centre. Image: Karl Moen/dpa', [], 'picture-credit'],
    [
      'This article was first published by the Nordic Wire and is republished with permission.',
      [],
      'about-the-article',
    ],
    ['This story is developing and will be updated.', [], 'about-the-article'],
    ['The views expressed are the author’s own.', [], 'about-the-article'],
    ['Disclaimer: This report was generated from a syndicated feed.', [], 'about-the-article'],
    [
      'Unofficial translation. In case of discrepancies, the Estonian text prevails.',
      [],
      'about-the-article',
    ],
    ['Riga Evening Post © 2025. All rights reserved.', [], 'copyright'],
    ['Reproduction only with a hyperlink to the source.', [], 'copyright'],
    ['Get our morning briefing in your inbox.', [], 'reader-prompt'],
    ['By signing up you agree to our Terms of Use.', [], 'reader-prompt'],
    ['Unlock every story. Start your free trial today.', [], 'reader-prompt'],
    ['Here is what you need to know this morning.', [], 'reader-prompt'],
    ['You are receiving this newsletter because you registered at the site.', [], 'reader-prompt'],
    ['Listen to this article (4 min)', [], 'call-to-action'],
    ['Forward this digest to a colleague.', [], 'call-to-action'],
    ['Watch the full interview with the governor.', [], 'call-to-action'],
    ['MOST READ: Why the border stayed shut', [], 'label-link'],
    ['Our Standards: The Editorial Code.', [], 'label-link'],
    ['Lind covers the Baltics for the agency.', ['lind'], 'author-blurb'],
    ['Ms. Varga is a former diplomat and a fellow at a Vilnius institute.', ['varga'], 'author-blurb'],
    // prose, however short: a finite verb and no form of furniture
    ['The talks resumed on Monday.', [], undefined],
    ['Nobody came.', [], undefined],
    ['The report said prisoners had been mistreated.', [], undefined],
    ['If you ask the soldiers at the front, they say the truce never held.', [], undefined],
    ['“Tell your children we are coming home,” the commander said.', [], undefined],
    ['Varga, a former diplomat, is a fellow at a Vilnius institute.', [], undefined],
    ['Lind said the border would reopen.', ['holm'], undefined],
    ['UPDATE: Russia struck the port again overnight.', [], undefined],
    ['The previous exchange (in May) returned 205 soldiers.', [], undefined],
    ['You only have to read the report to see why Kyiv refused.', [], undefined],
    ['Listen to the sirens at night and the truce sounds thin.', [], undefined],
    ['Forward positions were shelled overnight.', [], undefined],
    // publication stamps and date bars: a time or a date, names and labels, no verb
    ['Sun 17 May 2026 19.42 BST', [], 'stamp'],
    ['As of: 23.04.2026 11:05 a.m.', [], 'stamp'],
    ['Updated at 22.05 BST', [], 'stamp'],
    ['Published 6:14 AM MST, June 11, 2026 | Updated 9:30 AM MST, June 11, 2026', [], 'stamp'],
    ['Ines Varga · Nordic Wire · Posted: Mar 27, 2026 4:00 AM AT | Last Updated: 2 hours ago', [], 'stamp'],
    ['Talks resume on 12 May in Oslo', [], undefined],
    ['The ministers met at 10:30 on Friday.', [], undefined],
    // a few words that introduce links
    ['More on this topic:', [], 'links-label'],
    ['Related coverage:', [], 'links-label'],
    ['The statement read:', [], undefined],
    ['Zelensky said:', [], undefined],
    // a contribution credit with its place; a contact line
    ['Nordic Wire reporter Aino Virta contributed from Tampere.', [], 'contribution-credit'],
    ['Norway contributed from its reserves to the fund.', [], undefined],
    ['You can reach her at ines.varga@wire.example.', [], 'contact-line'],
  ])('%s (byline %j) → %s', (line, bylines, expected) => {
    expect(furnitureFormOf(line, { bylineSurnames: bylines })).toBe(expected);
  });

  it.each<[string, string[]]>([
    ['By HALDIS MOEN and PER LUND', ['moen', 'lund']],
    ['Guest essay by Ines Varga', ['varga']],
    ['By Otto Lind · Updated 3 Dec 2025, 10:04', ['lind']],
    ['The delegations met by the lake.', []],
    ['Standing by Ukraine Is Not Enough', []],
    // a byline without "By", known by its stamp
    ['Ines Varga · Nordic Wire · Posted: Mar 27, 2026 4:00 AM AT', ['varga']],
    ['Talks resume · 12 May', []],
  ])('byline %s names %j', (line, expected) => {
    expect(bylineSurnames(line)).toEqual(expected);
  });

  it('never judges a line with quotation marks', () => {
    expect(furnitureFormOf('“Subscribe to our channel,” your host said.', none)).toBeUndefined();
  });

  it('cuts the furniture of an article out of its sentences, and keeps its prose', () => {
    const article = parseArticle(
      'x.md',
      [
        '---\nid: x\ntitle: Talks resume\npublished: 2025-05-02\n---',
        'Talks resume',
        'By Otto Lind and Petra Holm',
        'The delegations met in Oslo on Friday.',
        'Nobody came.',
        'Delegates leave the hall in Oslo. (Photo by Ana Ruiz / AFP)',
        'Get our morning briefing in your inbox.',
        'Lind covers the Nordic countries.',
        '(Reporting by Otto Lind; Editing by Petra Holm)',
      ].join('\n'),
    );
    if (!('body' in article)) throw new Error(article.reason);
    expect(article.sentences.map((s) => s.text)).toEqual([
      'The delegations met in Oslo on Friday.',
      'Nobody came.',
    ]);
  });
});
