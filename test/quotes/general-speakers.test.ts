import { describe, expect, it } from 'vitest';
import { quotesOf } from './synthetic.js';

// invented sentences in the styles of other outlets: people no lexicon knows, institutions, unnamed
// sources, the subject of the verb of speaking, and more ways of reporting speech
describe('speakers in any article', () => {
  it.each<[string, string, string, string]>([
    [
      'an appositive teaches a person whatever the first name',
      "Ukraine's chief negotiator, Mykola Hrytsenko, spoke first. “We will be back next week,” Hrytsenko said.",
      'We will be back',
      'Mykola Hrytsenko',
    ],
    [
      '“…,” said Surname',
      'The talks ended late. “We are not in a hurry,” said Hrytsenko, who leads the team.',
      'We are not in a hurry',
      'Hrytsenko',
    ],
    [
      'Name, the envoy, told reporters',
      'Kirill Vasko, the envoy, told reporters: “Nothing is agreed.”',
      'Nothing is agreed',
      'Kirill Vasko',
    ],
    [
      'a capitalised pair before a verb of speaking',
      'Tamsin Ngata told the forum that the plan was “dead on arrival.”',
      'dead on arrival',
      'Tamsin Ngata',
    ],
    [
      'an honorific',
      'The mediator arrived on Monday. “There is a window,” Mr Obuya said.',
      'There is a window',
      'Obuya',
    ],
    [
      'not the nearest known person',
      'Ukrainian President Volodymyr Zelenskyy met the delegation. Later, Oksana Lirnyk, the delegation head, said: “We start tomorrow.”',
      'We start tomorrow',
      'Oksana Lirnyk',
    ],
    [
      'an institution speaks',
      '“The offer stands,” the ministry said in a statement.',
      'The offer stands',
      'the ministry',
    ],
    [
      'an institution with its country',
      "Ukraine's foreign ministry said the strike was “a crime.”",
      'a crime',
      "Ukraine's foreign ministry",
    ],
    [
      'an institution under its proper name with a long "of/for" phrase',
      'The Coordination Office for the Return of Deported Children said in a statement that the transfer was “a first step”.',
      'a first step',
      'the Coordination Office for the Return of Deported Children',
    ],
    [
      'a ministry’s proper name: the ministry speaks, not the country inside it',
      'The Ministry of Foreign Affairs of Moldova said the vote had been “free and fair”.',
      'free and fair',
      'the Ministry of Foreign Affairs of Moldova',
    ],
    [
      '“…», - is said in the statement: the statement’s author, named before',
      'The Ministry of Energy of Ukraine issued a statement on Monday. «The grid held through the night», - is said in the statement.',
      'The grid held',
      'the Ministry of Energy of Ukraine',
    ],
    [
      '“…,” the statement said: its author',
      'The grid failed overnight, and the energy ministry said in a statement that repairs were under way. “Power will return by evening,” the statement said.',
      'Power will return',
      'the energy ministry',
    ],
    [
      'a statement nobody issued in the text: nobody',
      'The talks ended late. “Both sides will report back,” the statement said.',
      'Both sides will report',
      'unattributed',
    ],
    [
      'a plural noun that opens a sentence is not an organisation',
      'Residents said the night was “the loudest yet”.',
      'the loudest yet',
      'residents',
    ],
    [
      'one of Name’s envoys is the envoy, not Name',
      'Donald Trump arrived on Tuesday. The deal would come “within weeks”, as one of Trump’s envoys put it.',
      'within weeks',
      'one of Trump’s envoys',
    ],
    [
      'an organisation before a title is whose title it is, not the speaker',
      'The talks resumed. “We are ready,” said NATO official Ilse Brandt.',
      'We are ready',
      'Ilse Brandt',
    ],
    [
      'an organisation no lexicon knows, named after its noun, speaks',
      'In a separate statement, the armed group Kordon, which operates near the border, denied the report. Kordon said the drones had been “flying low”.',
      'flying low',
      'Kordon',
    ],
    [
      'an organisation named with an appositive noun speaks past the appositive',
      'Teplomerezha, the state heating company, said repairs would take “at least a month”.',
      'at least a month',
      'Teplomerezha',
    ],
    [
      'a name no context calls an organisation is not learned as one: nobody',
      'The truce was signed with Tarvaan on Friday. Tarvaan said the mediators had given “firm guarantees”.',
      'firm guarantees',
      'unattributed',
    ],
    [
      '“…” is said in the statement: the source of “according to” two sentences back',
      'The energy ministry reported new damage on Tuesday. According to the ministry, 300 homes lost power. The statement said crews were on site.\n“Every repair is made under fire,” is said in the statement.',
      'Every repair is made',
      'the ministry',
    ],
    [
      'a readout',
      '“The leaders agreed to stay in touch,” the readout said.',
      'The leaders agreed',
      'the readout',
    ],
    [
      'an office',
      'The presidential office said the visit was “productive and frank.”',
      'productive and frank',
      'the presidential office',
    ],
    [
      'a newspaper',
      'The meeting was “tense from the start,” the Daily Courier reported.',
      'tense from the start',
      'Daily Courier',
    ],
    [
      'a capital for its government',
      'Moscow accused Kyiv of “open sabotage” on Tuesday.',
      'open sabotage',
      'Moscow',
    ],
    [
      'an unnamed source with the definite article',
      'Talks resumed. “We expect progress,” the European diplomat added.',
      'We expect progress',
      'the European diplomat',
    ],
    [
      'people familiar with the talks',
      'Two people familiar with the talks said the draft was “nowhere near done.”',
      'nowhere near done',
      'two people familiar with the talks',
    ],
    [
      'an official who spoke on condition of anonymity',
      'A senior Turkish official, who spoke on condition of anonymity, said: “The venue is ready.”',
      'The venue is ready',
      'a senior Turkish official',
    ],
    [
      'the subject of the sentence, not the last name before the quote',
      'Foreign Minister Anna Berg met Austrian Foreign Minister Lena Hofer. The minister turned to her Austrian counterpart: “We start tomorrow.”',
      'We start tomorrow',
      'Anna Berg',
    ],
    [
      'a compound subject',
      "Ukraine's chief negotiator and deputy foreign minister Mykola Hrytsenko told reporters that the deal was “close.”",
      'close',
      'Mykola Hrytsenko',
    ],
    [
      '“she said” paragraphs after the name',
      'Foreign Minister Anna Berg arrived in Vienna on Monday.\n\nThe talks were held in a palace.\n\nThe rooms were cold and the coffee was late.\n\n“We will stay as long as it takes,” she said.',
      'We will stay',
      'Anna Berg',
    ],
    [
      'praised … for their “…”',
      'Foreign Minister Anna Berg praised the mediators for their “patience.”',
      'patience',
      'Anna Berg',
    ],
    [
      'echoing her earlier remarks that “…”',
      'Foreign Minister Anna Berg spoke again, echoing her earlier remarks that “nobody wins a war.”',
      'nobody wins',
      'Anna Berg',
    ],
    [
      'calling it a “…”',
      'Foreign Minister Anna Berg dismissed the plan, calling it a “stunt.”',
      'stunt',
      'Anna Berg',
    ],
    [
      'wrote on Telegram',
      'Foreign Minister Anna Berg wrote on Telegram that the convoy was “safe.”',
      'safe',
      'Anna Berg',
    ],
    [
      'replied in English: “…”',
      'Foreign Minister Anna Berg replied in English: “We are listening.”',
      'We are listening',
      'Anna Berg',
    ],
    [
      'a newspaper quoted the minister as saying',
      'Foreign Minister Anna Berg was in Rome. A newspaper quoted the minister as saying “the door is open.”',
      'the door is open',
      'Anna Berg',
    ],
    [
      'a quotation mark with no space before it',
      'Foreign Minister Anna Berg said the deal would get"big numbers" in the vote.',
      'big numbers',
      'Anna Berg',
    ],
    [
      'a quotation mark with no space after a full stop',
      'Foreign Minister Anna Berg added."We will see.” Then she left.',
      'We will see.',
      'Anna Berg',
    ],
    [
      'described a “very useful” meeting',
      'Foreign Minister Anna Berg described a “very useful” meeting with the envoy.',
      'very useful',
      'Anna Berg',
    ],
    [
      'a hyphenated surname no lexicon knows',
      'The deputy head of delegation, Halyna Orel-Vasylenko, said the team was ready. “We will answer,” Orel-Vasylenko said.',
      'We will answer',
      'Halyna Orel-Vasylenko',
    ],
    [
      'a place that ends a title is not part of the name',
      'The Minister of Foreign Affairs of Moldova Teodor Brannik declared the talks over. “We go home,” Brannik said.',
      'We go home',
      'Teodor Brannik',
    ],
    [
      '«guillemets» and a dash before the speaker',
      'Foreign Minister Anna Berg spoke in Riga. «We are ready», - Berg said.',
      'We are ready',
      'Anna Berg',
    ],
    [
      'a misspelt name matched to the one person of the article it can be',
      'Foreign Minister Anna Bergman spoke in Riga. «Nothing is decided», - added minister Bergmann.',
      'Nothing is decided',
      'Anna Bergman',
    ],
    [
      'an appositive between the speaker and the verb after the quote',
      '“This is a turning point,” Tamsin Ngata, the union’s envoy, said.',
      'This is a turning point',
      'Tamsin Ngata',
    ],
    [
      'a bare plural source at the start of its clause',
      'Foreign Minister Anna Berg left early. US and Moldovan negotiators said they had a “working text”.',
      'working text',
      'US and Moldovan negotiators',
    ],
    [
      '“as X put it”',
      'The envoys promised a deal “within weeks”, as one of the mediators put it.',
      'within weeks',
      'one of the mediators',
    ],
    [
      'a spokesman for a person is the spokesman, never the person',
      'Foreign Minister Anna Berg was abroad. A spokesman for Anna Berg said: “She is in Riga.”',
      'She is in Riga',
      'a spokesman for Anna Berg',
    ],
    [
      'a possessive names whose the speaker is: unattributed rather than the owner',
      'Foreign Minister Anna Berg was abroad. “We need peace,” said Anna Berg’s husband.',
      'We need peace',
      'unattributed',
    ],
    [
      'a demonym is an adjective, not the speaker',
      'Foreign Minister Anna Berg met the press. Russian state television said: “The talks were constructive.”',
      'The talks were constructive',
      'unattributed',
    ],
    [
      'a place after a preposition is not the subject',
      'Officials in Kyiv said the blackout was “the worst yet”.',
      'the worst yet',
      'officials in Kyiv',
    ],
    [
      'a compound subject of two people is both',
      'Foreign Minister Anna Berg and Tamsin Ngata, the envoy, met. Anna Berg and Tamsin Ngata said in a joint statement: “We agree.”',
      'We agree',
      'Anna Berg and Tamsin Ngata',
    ],
  ])('%s', async (_, body, words, speaker) => {
    const quotes = await quotesOf(body);
    const quote = quotes.find((q) => q.quote.startsWith(words));
    expect(quote?.speaker, JSON.stringify(quotes.map((q) => [q.quote, q.speaker]))).toBe(speaker);
  });

  it.each<[string, string, string]>([
    ['a summit’s name', 'Leaders gathered for the “Coalition of the Willing” summit in Paris.', 'Coalition'],
    ['a programme', 'Foreign Minister Anna Berg launched the “Grain from Ukraine” programme.', 'Grain'],
    [
      'a scare quote with no verb of speaking',
      'Allies discussed a possible “reassurance force” for the region.',
      'reassurance',
    ],
  ])('never speech: %s', async (_, body, words) => {
    const quotes = await quotesOf(body);
    expect(quotes.filter((q) => q.quote.startsWith(words))).toEqual([]);
  });

  it('never credits an unknown speaker to the nearest known person', async () => {
    const quotes = await quotesOf(
      'Ukrainian President Volodymyr Zelenskyy spoke in the morning.\n\n“The shelling did not stop,” a resident of the town said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['a resident of the town']);
  });
});

// which person "he"/"she" stands for, and what is not the subject: invented paragraphs (one per line)
describe('pronouns and subjects, precision first', () => {
  it.each<[string, string, string, string]>([
    [
      'a singular unnamed source met first stays described',
      'Tamsin Ngata chaired the meeting.\nI asked a Danish official what had gone wrong. She shrugged: “The capitals decide.”',
      'The capitals decide',
      'a Danish official',
    ],
    [
      '“she” far back, past a man, when no one else could be meant',
      '“We waited all night,” said Ilse Varkonyi, 61, outside the depot.\nPresident Volodymyr Zelenskyy thanked the mediators.\nThe previous swap took place in May.\n“I will sleep now,” she said.',
      'I will sleep now',
      'Ilse Varkonyi',
    ],
    [
      '“she” far back, with another person of unknown gender nearer: ambiguous, so nobody',
      '“We waited all night,” said Ilse Varkonyi, 61, outside the depot.\nZlatodar Brannik, who heads the legal team, said more lists were coming. “Each list is shorter,” Brannik said.\nThe previous swap took place in May.\n“I will sleep now,” she said.',
      'I will sleep now',
      'unattributed',
    ],
    [
      '“he” in the same paragraph: the nearest person',
      'Teodor Brannik, who heads the legal team, spoke briefly. “Each list is shorter,” he said.',
      'Each list is shorter',
      'Teodor Brannik',
    ],
    [
      '“she” far back: a first name the data package files as a man’s is passed over',
      '“We waited all night,” said Nadiya Varkonyi, 61, outside the depot.\nBohdan Brannik, who heads the legal team, said more lists were coming. “Each list is shorter,” Brannik said.\nThe previous swap took place in May.\n“I will sleep now,” she said.',
      'I will sleep now',
      'Nadiya Varkonyi',
    ],
    [
      '“he” far back: a woman by her first name is passed over',
      '“We will rebuild the school,” said Mykola Dovbush, the mayor.\nOksana Teliha, who runs the shelter, said food was short. “We need blankets,” Teliha said.\nThe previous convoy came in May.\n“We start on Monday,” he said.',
      'We start on Monday',
      'Mykola Dovbush',
    ],
    [
      '“he” after a sentence about a person only described (“the Kremlin occupant”): nobody, not the last name',
      'His spokesman, Dmitry Peskov, confirmed the call.\nIt is the first time that the Kremlin occupant has made himself available. Recently, he has called the talks “a waste of time”.',
      'a waste of time',
      'unattributed',
    ],
    [
      '“she” after “the host”, a described person: nobody',
      'Foreign Minister Olena Marchuk chaired the first session.\nOn Tuesday the host welcomed the delegations. “We will not leave without a text,” she said.',
      'We will not leave',
      'unattributed',
    ],
    [
      'a described person the article names before is who the pronoun is',
      'Foreign Minister Olena Marchuk chaired the first session.\nOn Tuesday the minister welcomed the delegations. “We will not leave without a text,” she said.',
      'We will not leave',
      'Olena Marchuk',
    ],
    [
      'a thing described in between (“the host country”) does not block',
      'Foreign Minister Olena Marchuk chaired the first session.\nThe host country paid for the hall. “We will not leave without a text,” she said.',
      'We will not leave',
      'Olena Marchuk',
    ],
    [
      'the head of an institution speaks, not the institution',
      'The head of the regional administration, Vilmos Taraki, said on Telegram: “Nobody was hurt.”',
      'Nobody was hurt',
      'Vilmos Taraki',
    ],
    [
      'a surname two people share: the one the paragraph has just named in full',
      "His younger brother, Jamie Kettle, plays for the other side.\nAshby's captain, Callum Kettle, scored the winner. 'I have dreamt about this since I was six,' Kettle said.",
      'I have dreamt about this',
      'Callum Kettle',
    ],
    [
      'a surname two people share, with no full name in its paragraph: nobody',
      "His younger brother, Jamie Kettle, plays for the other side. Ashby's captain, Callum Kettle, scored the winner.\n'I have dreamt about this since I was six,' Kettle said.",
      'I have dreamt about this',
      'unattributed',
    ],
    [
      'a gendered appositive noun says who “she” cannot be (“his brother, Jamie …”)',
      "His younger brother, Jamie Kettle, came off the bench.\nThe home side's manager, Sarah Whitcombe, praised her players.\n'We were second best for an hour,' she admitted.",
      'We were second best',
      'Sarah Whitcombe',
    ],
    [
      'a person of unknown gender before: “she” stays a guess',
      "Jamie Kettle, who plays for the other side, said little.\nThe home side's manager, Sarah Whitcombe, praised her players.\n'We were second best for an hour,' she admitted.",
      'We were second best',
      'unattributed',
    ],
    [
      'a first name the name lists hold that is also a month (“Jan”) opens a name in an appositive',
      "Hessenwerk's chief executive, Jan Vermeulen, defended the plan. He said the company would offer every worker a job.",
      'the company would offer',
      'Jan Vermeulen',
    ],
    [
      'an outlet named after the word for a medium is not a person',
      'The weekly Pravda Karpat quoted Defence Minister Anna Berg as saying the next swap “could be larger”.',
      'could be larger',
      'Anna Berg',
    ],
  ])('%s', async (_, body, words, speaker) => {
    const quotes = await quotesOf(body);
    const quote = quotes.find((q) => q.quote.startsWith(words));
    expect(quote?.speaker, JSON.stringify(quotes.map((q) => [q.quote, q.speaker]))).toBe(speaker);
  });
});

describe('reported speech past an age and a relative clause', () => {
  it('“Name, 67, who left on Sunday, said …” is the name’s reported speech', async () => {
    const quotes = await quotesOf(
      'Ilse Varkonyi, 67, who left her house on the island on Sunday, said she had taken only her documents.',
    );
    const reported = quotes.find((q) => q.reported && q.quote.startsWith('she had taken'));
    expect(reported?.speaker).toBe('Ilse Varkonyi');
  });
});

describe('a statement speaks for whoever issued it', () => {
  it.each<[string, string, string | undefined]>([
    [
      'The energy ministry said on Tuesday that repairs had begun. The statement said that crews would work at night.',
      'crews would work at night',
      'the energy ministry',
    ],
    // nobody named as issuing it: no reported speech
    ['The talks ended late. The statement said that both sides would report back.', 'both sides', undefined],
  ])('%s', async (body, words, speaker) => {
    const quotes = await quotesOf(body);
    const reported = quotes.find((q) => q.reported && q.quote.startsWith(words));
    expect(reported?.speaker).toBe(speaker);
  });
});

// invented sentences: speakers found by the grammar of attribution and WordNet's noun senses, and the
// readings that must stay unattributed
describe('speakers by apposition, epithets and the senses of nouns', () => {
  it.each<[string, string, string, string | undefined]>([
    [
      'an organisation’s title before the name after the quote',
      '"We are not out of this yet," WHO spokesperson Tariq Mansour told a regular briefing in Geneva.',
      'We are not out of this yet',
      'Tariq Mansour',
    ],
    [
      'the verb first, a title, then the name in apposition',
      'Talks began.\n„We did not build this plant to see it closed“, said the chairwoman of the works council, Petra Albrecht, at a rally.',
      'We did not build this plant',
      'Petra Albrecht',
    ],
    [
      'the verb first and a title with a relative clause naming someone else: nobody',
      'Talks began.\n"We will go on," said the minister, who spoke to Olena Marchuk.',
      'We will go on',
      'unattributed',
    ],
    [
      'an epithet (“the Dutchman”) is the one person its paragraph named',
      'Hessenwerk’s chief executive, Jan Vermeulen, defended the plan. „The costs are a third lower“, the Dutchman told the newspaper.',
      'The costs are a third lower',
      'Jan Vermeulen',
    ],
    [
      'an epithet after two people: nobody',
      'Hessenwerk’s chief executive, Jan Vermeulen, met Petra Albrecht. „The costs are a third lower“, the Dutchman told the newspaper.',
      'The costs are a third lower',
      'unattributed',
    ],
    [
      'a group noun names an institution (“the company’s board”, WordNet noun.group)',
      "The company's board announced last week that the production of battery modules would move to a new plant.",
      'the production of battery modules',
      "the company's board",
    ],
    [
      'an institution under its proper name with a group noun for its head',
      'The Bureau of Reclamation said in a statement that it would publish its own proposal by the end of the summer.',
      'it would publish its own proposal',
      'the Bureau of Reclamation',
    ],
    [
      'a bare plural person noun with its place (“farmers in …”)',
      'Farmers in central Arizona told state lawmakers on Wednesday that a new round of cuts to their river water would force them to leave fields unplanted.',
      'a new round of cuts',
      'farmers in central Arizona',
    ],
    [
      'one person described by a person noun and two phrases, past a relative clause',
      'A police officer at the roadblock on the coastal road, who did not give his name, said about 40 cars had been turned back since noon.',
      'about 40 cars had been turned back',
      'a police officer at the roadblock on the coastal road',
    ],
    [
      'a noun phrase before a preposition is an object, not the subject',
      'Mourchid, the armed group that fought Doukoure’s men in 2014, said on its channel that it would "respect the verdict".',
      'respect the verdict',
      'Mourchid',
    ],
    [
      'a past tense the lexicon files as an adjective (“lost”) makes a clause',
      'Public Works Minister Colin Shaw told the legislature on Thursday that the ferry lost $4 million last year.',
      'the ferry lost $4 million',
      'Colin Shaw',
    ],
    [
      'a title in apposition to a name does not hide the name from “she”',
      'The Opposition critic, Nadia Haddad, accused the minister of "making the decision in a spreadsheet". She said her party would force a vote on the plan next month.',
      'her party would force a vote',
      'Nadia Haddad',
    ],
    [
      'things are no speakers (“prices in the market said”)',
      'Prices in the market said little about the talks, and the talks went on.',
      'little about the talks',
      undefined,
    ],
  ])('%s', async (_, body, words, speaker) => {
    const quotes = await quotesOf(body);
    const quote = quotes.find((q) => q.quote.startsWith(words));
    expect(quote?.speaker, JSON.stringify(quotes.map((q) => [q.quote, q.speaker]))).toBe(speaker);
  });

  it('keeps the full stop of an abbreviation that ends a reported clause', async () => {
    const quotes = await quotesOf(
      'Fiona MacLeod, who drives the bus, said the new timetable would mean children leaving home before 6:30 a.m.',
    );
    expect(quotes.find((q) => q.reported)?.quote).toBe(
      'the new timetable would mean children leaving home before 6:30 a.m.',
    );
  });
});
