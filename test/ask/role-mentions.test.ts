import { describe, expect, it } from 'vitest';
import { withActors, withNamesFound, withRolesRead } from '../../src/ask/role-mentions.js';
import { analyseQuestion } from '../../src/nlp/question.js';
import { withCountriesForCapitals } from '../../src/nlp/synonyms.js';
import { realEngine } from '../helpers.js';

describe('withCountriesForCapitals: a capital read as its government', () => {
  it.each<[string, string]>([
    ["kyiv's leader", "ukraine's leader"],
    ['What did Moscow say?', 'What did Russia say?'],
    ["washington's envoy", "us's envoy"],
    // a country is not turned into its capital, nor a city that is no capital into anything
    ['ukraine and russia', 'ukraine and russia'],
    ['talks in Istanbul', 'talks in Istanbul'],
  ])('%s → %s', (text, expected) => {
    expect(withCountriesForCapitals(text)).toBe(expected);
  });
});

// roles as the bundled articles give them (the entity layer learns them from the text)
describe('withRolesRead: a role in a question names the person the articles give it', () => {
  it.each<[string, string[], string[]]>([
    // question → names after reading roles, holders asked for
    ["how did kyiv's leader describe his openness to talking", ['Volodymyr Zelenskyy'], []],
    ['what does the ukrainian president want', ['Volodymyr Zelenskyy'], []],
    ['what did the russian foreign minister call the deadline', ['Sergey Lavrov'], []],
    ['who is the us envoy', [], ['Steve Witkoff']],
    // markup or a chat mention before the question word (a Discord message read as typed)
    ['@Reader **who** is Russia’s foreign minister?', [], ['Sergey Lavrov']],
    ['what did Peskov say', ['Peskov'], []],
  ])('%s → names %j, holders %j', async (question, names, holders) => {
    const { knowledge } = await realEngine();
    const read = withRolesRead(knowledge, analyseQuestion(question));
    expect(read.analysis.names).toEqual(names);
    expect(read.holders).toEqual(holders);
  });

  it("drops the role's words as terms: the person stands for them", async () => {
    const { knowledge } = await realEngine();
    const { analysis } = withRolesRead(
      knowledge,
      analyseQuestion("how did kyiv's leader describe his openness"),
    );
    const words = analysis.terms.map((t) => t.word);
    expect(words).toContain('zelenskyy');
    expect(words).not.toContain('kyiv');
    expect(words).not.toContain('leader');
  });
});

describe('withActors: a place or organisation is matched by the people acting for it', () => {
  it.each<[string, string, string[], string[]]>([
    // question, term, related stems it gains (the articles' roles), stems it must not gain
    ['what is the US doing', 'us', ['trump', 'witkoff'], []],
    ['what is washington doing', 'washington', ['trump', 'witkoff'], []],
    ['what does russia want', 'russia', ['lavrov', 'putin'], []],
    // an owner is not someone acting: "kyiv's leadership" is not Zelenskyy's words
    ["what has putin called kyiv's leadership", 'kyiv', [], ['zelenskyy']],
    // a person is no place: Putin gains nobody
    ['what did putin say', 'putin', [], ['lavrov']],
  ])('%s: %s gains %j', async (question, word, gains, not) => {
    const { knowledge } = await realEngine();
    const term = withActors(knowledge, analyseQuestion(question)).terms.find((t) => t.word === word);
    const related = term?.related.map((r) => r.stem) ?? [];
    for (const stem of gains) expect(related).toContain(stem);
    for (const stem of not) expect(related).not.toContain(stem);
  });
});

// the bundled articles' entity table: people typed in lower case are names the answer must hold
describe('withNamesFound: people the entity layer finds in a question, however typed', () => {
  it.each<[string, string[]]>([
    // question → names after the entity layer's people are added
    ['where will trump and putin meet', ['putin', 'trump']],
    ['what did rutte say about the tariffs', ['rutte']],
    ['What did Lavrov say?', ['Lavrov']],
    // places and institutions are often meant by other words for them ("the White House" by Trump)
    ["how does the white house's approach differ from that of the eu", ['eu']],
    // compromise's own names stay as they were
    ['how much oil does india buy', ['india']],
  ])('%s → %j', async (question, names) => {
    const { knowledge } = await realEngine();
    const found = withNamesFound(knowledge, analyseQuestion(question)).names;
    expect(found.map((n) => n.toLowerCase()).sort()).toEqual(names.map((n) => n.toLowerCase()).sort());
  });
});
