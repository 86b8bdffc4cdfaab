import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, parseArticle } from '../../src/knowledge/load.js';
import {
  buildEntityTable,
  type EntityTable,
  findMentions,
  parseAliasFile,
  readAliasFile,
  resolveEntity,
} from '../../src/nlp/entities/index.js';
import { genderOfNoun, peopleIn } from '../../src/nlp/entities/learn-people.js';
import { KNOWLEDGE_DIR } from '../helpers.js';

let table: EntityTable;
let learnedOnly: EntityTable;

beforeAll(async () => {
  const { articles } = await loadKnowledge(KNOWLEDGE_DIR);
  table = buildEntityTable(articles, (await readAliasFile(KNOWLEDGE_DIR)).entries);
  learnedOnly = buildEntityTable(articles);
});

describe('resolveEntity on the real articles', () => {
  it.each([
    // spellings, case, possessives, diacritics, typos
    ['Zelensky', 'Volodymyr Zelenskyy'],
    ['Zelenskyy', 'Volodymyr Zelenskyy'],
    ['Volodyr Zelenskyy', 'Volodymyr Zelenskyy'],
    ['zelenskyy’s', 'Volodymyr Zelenskyy'],
    ['Zelenskiy', 'Volodymyr Zelenskyy'],
    ['Zelénsky', 'Volodymyr Zelenskyy'],
    ['peskov', 'Dmitry Peskov'],
    ["lavrov's", 'Sergey Lavrov'],
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Witkoff', 'Steve Witkoff'],
    ['Mr Witkoff', 'Steve Witkoff'],
    ['President Zelensky', 'Volodymyr Zelenskyy'],
    ['von der Leyen', 'Ursula von der Leyen'],
    ['Umerov', 'Rustem Umerov'],
    // roles learned from titles and appositives
    ['the Kremlin spokesperson', 'Dmitry Peskov'],
    ['Kremlin spokesman', 'Dmitry Peskov'],
    ['the Ukrainian president', 'Volodymyr Zelenskyy'],
    ['Ukraine’s president', 'Volodymyr Zelenskyy'],
    ['the Ukrainian leader', 'Volodymyr Zelenskyy'],
    ['the Russian president', 'Vladimir Putin'],
    ['president of Russia', 'Vladimir Putin'],
    ['Russia’s foreign minister', 'Sergey Lavrov'],
    ['the US president', 'Donald Trump'],
    ['the American president', 'Donald Trump'],
    ['US special envoy', 'Steve Witkoff'],
    ['secretary of state', 'Marco Rubio'],
    ['NATO Secretary General', 'Mark Rutte'],
    // places and organisations, demonyms and abbreviations
    ['Russian', 'Russia'],
    // the head noun of a state's name (the Russian Federation, from world-countries), learned
    ['the Federation', 'Russia'],
    ['Ukrainians', 'Ukraine'],
    ['US', 'United States'],
    ['U.S.', 'United States'],
    ['America', 'United States'],
    ['Kyiv', 'Kyiv'],
    ['Kiev', 'Kyiv'],
    ['Istanbul', 'Istanbul'],
    ['London', 'London'],
    ['Moscow', 'Moscow'],
    ['Crimea', 'Crimea'],
    ['Donbas', 'Donbas'],
    ['NATO', 'NATO'],
    ['nato', 'NATO'],
    ['the North Atlantic Alliance', 'NATO'],
    ['OSCE', 'OSCE'],
    ['the Kremlin', 'Kremlin'],
    ['EU', 'European Union'],
    ['IMF', 'International Monetary Fund'],
  ])('%s → %s', (input, expected) => {
    expect(resolveEntity(table, input)?.name).toBe(expected);
  });

  it.each([
    ['Xi Jinping'],
    // an epithet no sentence explains names nobody: one article's usage is not an alias
    ['the New York-based tycoon'],
    ['the Kremlin occupant'],
    ['Dutch'],
    ['Putin Zelenskyy ceasefire'],
    ['president'],
    ['us president of'],
    ['spokesman'],
    ['the'],
    [''],
  ])('%s resolves to nothing', (input) => {
    expect(resolveEntity(table, input)).toBeUndefined();
  });
});

describe('findMentions', () => {
  it.each([
    ['Kremlin spokesperson Dmitry Peskov told Russian media', ['Dmitry Peskov', 'Russia']],
    ['His spokesman, Dmitry Peskov, confirmed', ['Dmitry Peskov']],
    ['the Russian president said the Federation is willing', ['Vladimir Putin', 'Russia']],
    // an epithet no sentence explains: only the place in it is a mention
    ['the New York-based tycoon reiterated yesterday', ['New York']],
    [
      'The Witkoff-Putin meeting, according to US officials',
      ['Steve Witkoff', 'Vladimir Putin', 'United States'],
    ],
    ['let us talk about it', []],
    ['Lavrov’s remarks in Istanbul and London', ['Sergey Lavrov', 'Istanbul', 'London']],
    ['the talks in Riyadh and Paris', ['Riyadh', 'Paris']],
  ])('%s', (text, expected) => {
    expect(findMentions(table, text).map((m) => m.entity)).toEqual(expected);
  });

  it('gives offsets into the text and the words it matched', () => {
    const text = 'Russian Foreign Minister Sergey Lavrov dismissed Trump’s threat.';
    const mentions = findMentions(table, text);
    expect(mentions.map((m) => [m.entity, m.via, text.slice(m.start, m.end)])).toEqual([
      ['Sergey Lavrov', 'name', 'Russian Foreign Minister Sergey Lavrov'],
      ['Donald Trump', 'alias', 'Trump'],
    ]);
  });
});

describe('learning people from the text', () => {
  it.each([
    ['Kremlin spokesperson Dmitry Peskov told Russian media', 'Dmitry Peskov', 'Kremlin spokesperson'],
    ['Russian Foreign Minister Sergey Lavrov dismissed it', 'Sergey Lavrov', 'Russian Foreign Minister'],
    ['with Ukrainian President Volodyr Zelenskyy.', 'Volodyr Zelenskyy', 'Ukrainian President'],
    ['Dmitry Peskov, the Kremlin spokesperson, indicated', 'Dmitry Peskov', 'Kremlin spokesperson'],
    ['Secretary of State Marco Rubio has warned', 'Marco Rubio', 'Secretary of State'],
    [
      'and European Commission President Ursula von der Leyen was',
      'Ursula von der Leyen',
      'European Commission President',
    ],
    ['Former US President Donald Trump, who has been', 'Donald Trump', 'US President'],
    [
      'said Ukraine’s Secretary of the National Security and Defense Council, Rustem Umerov, had',
      'Rustem Umerov',
      'Ukraine’s Secretary of the National Security and Defense Council',
    ],
    [
      'between US special envoy Steve Witkoff and Russian President Vladimir Putin.',
      'Steve Witkoff',
      'US special envoy',
    ],
  ])('%s', (text, full, role) => {
    expect(peopleIn(text).find((p) => p.full === full)?.role).toBe(role);
  });

  it('keeps one canonical name per person, the spelling the articles use most', () => {
    const names = learnedOnly.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Volodymyr Zelenskyy', 'Dmitry Peskov', 'Sergey Lavrov']));
    expect(names.filter((name) => /zelensk/i.test(name))).toEqual(['Volodymyr Zelenskyy']);
    expect(learnedOnly.entities.find((e) => e.name === 'Ursula von der Leyen')?.gender).toBe('female');
  });

  it('needs the alias file only for what no sentence states', () => {
    expect(resolveEntity(learnedOnly, 'the Kremlin spokesperson')?.name).toBe('Dmitry Peskov');
    expect(resolveEntity(learnedOnly, 'Peskov')?.name).toBe('Dmitry Peskov');
  });
});

describe('learning titles: a word that opens a clause is not part of one', () => {
  // invented sentences; the title is what the entity layer keeps as the person's role
  it.each([
    ['Following Prime Minister Anna Berg’s call, the talks resumed.', 'Anna Berg', 'Prime Minister'],
    ['Behind President Lina Oras stood her cabinet.', 'Lina Oras', 'President'],
    ['During President Kai Saar’s visit, talks resumed.', 'Kai Saar', 'President'],
    ['Relaunching Foreign Minister Mara Kask’s plan, the envoy said.', 'Mara Kask', 'Foreign Minister'],
    // a demonym stays, even one the lexicon also knows as a verb
    [
      'Polish Prime Minister Jan Nowicki said the border would reopen.',
      'Jan Nowicki',
      'Polish Prime Minister',
    ],
    ['Beijing envoy Li Wei told reporters.', 'Li Wei', 'Beijing envoy'],
    // a modifier of the office itself stays
    ['Acting President Ivo Tamm said the vote would go ahead.', 'Ivo Tamm', 'Acting President'],
    ['Speaking Tuesday, Deputy Foreign Minister Petra Vaal said.', 'Petra Vaal', 'Deputy Foreign Minister'],
  ])('%s', (text, full, role) => {
    expect(peopleIn(text).find((p) => p.full === full)?.role).toBe(role);
  });
});

describe('the alias file', () => {
  it.each([
    ['entities:\n  - name: X\n    type: planet\n', /entities\.0\.type/],
    ['entities:\n  - aliases: [Y]\n', /entities\.0\.name/],
  ])('names the problem in a malformed file', (text, message) => {
    expect(() => parseAliasFile(text)).toThrow(message);
  });

  it('names an entity by an epithet it lists, and only then', async () => {
    const { articles } = await loadKnowledge(KNOWLEDGE_DIR);
    const file = 'entities:\n  - name: Ursula von der Leyen\n    roles: [the Commission chief]\n';
    const withEpithet = buildEntityTable(articles, parseAliasFile(file));
    expect(resolveEntity(withEpithet, 'the Commission chief')?.name).toBe('Ursula von der Leyen');
    expect(findMentions(withEpithet, 'the Commission chief said').map((m) => m.entity)).toEqual([
      'Ursula von der Leyen',
    ]);
    expect(resolveEntity(learnedOnly, 'the Commission chief')).toBeUndefined();
  });

  it('may be empty or missing', () => {
    expect(parseAliasFile('')).toEqual([]);
  });
});

describe('a name in apposition to a noun for a person', () => {
  it.each<[string, string | undefined, 'male' | 'female' | undefined]>([
    ["Ashby's captain, Callum Reid, scored the winner.", 'Callum Reid', 'male'],
    ['His younger brother, Jamie Reid, came off the bench.', 'Jamie Reid', 'male'],
    ['The club’s owner, Tovi Whitfield, left early.', 'Tovi Whitfield', undefined],
    ['Her daughter, Kit Morrow, runs the shop.', 'Kit Morrow', 'female'],
    // a month is a first name only where nothing but a name can stand
    ["Hessenwerk's chief executive, Jan Vermeulen, defended the plan.", 'Jan Vermeulen', 'male'],
    // not a person noun, or no comma closing the name: no person
    ["The town's main square, Plac Wolnosci, was full.", undefined, undefined],
    ["Ashby's captain Callum Reid scored the winner.", undefined, undefined],
    ['Prices rose in Jan Vermeulen said little.', undefined, undefined],
  ])('%s', (text, full, gender) => {
    const found = peopleIn(text).find((p) => p.first !== undefined);
    expect(found?.full).toBe(full);
    if (full) expect(found?.gender).toBe(gender);
  });

  it.each<[string, 'male' | 'female' | undefined]>([
    ['brother', 'male'],
    ['chairwoman', 'female'],
    ['spokesman', 'male'],
    ['widow', 'female'],
    ['woman', 'female'],
    ['captain', undefined],
    ['manager', undefined],
  ])('the gender the noun %s carries', (noun, gender) => {
    expect(genderOfNoun(noun)).toBe(gender);
  });
});

describe('a bare title names nobody in particular once another person holds it for someone', () => {
  it('"chief executive" is one person’s only until another article names a company’s chief executive', () => {
    const article = (id: string, body: string) => {
      const parsed = parseArticle(
        `${id}.md`,
        `---\nid: ${id}\ntitle: T\npublished: 2025-01-01\n---\n${body}\n`,
      );
      if ('reason' in parsed) throw new Error(parsed.reason);
      return parsed;
    };
    const one = article('a', 'Chief executive Marloes de Bruijn said the port would stay open.');
    const two = article('b', "Hessenwerk's chief executive, Jan Vermeulen, defended the plan.");
    const alone = buildEntityTable([one], []);
    expect(findMentions(alone, 'The chief executive said little.').map((m) => m.entity)).toEqual([
      'Marloes de Bruijn',
    ]);
    const both = buildEntityTable([one, two], []);
    expect(findMentions(both, 'The chief executive said little.')).toEqual([]);
    expect(findMentions(both, "Hessenwerk's chief executive said little.").map((m) => m.entity)).toEqual([
      'Jan Vermeulen',
    ]);
  });
});
