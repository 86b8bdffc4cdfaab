/**
 * Reporting verbs: the verbs that introduce what someone said or wrote. Data, not rules: one lemma per
 * entry (an irregular past as `lemma:past[:participle]`), grouped by the classes of reporting verbs that
 * quote-attribution work uses (neutral statement, assertion, argument, agreement and disagreement,
 * evaluation, question and answer, writing and posting, warning and promise). General English
 * newswriting vocabulary, not the bundled articles' sentences; inflected forms are made by `inflect`.
 */
export const REPORTING_VERB_LEMMAS: Record<string, string> = {
  statement:
    'say:said tell:told state add note remark comment mention refer observe explain describe recount recall report announce declare proclaim confirm reveal disclose brief inform quote cite repeat echo reiterate restate summarise summarize testify',
  assertion:
    'insist maintain assert stress emphasise emphasize underline underscore highlight contend claim allege affirm argue reason suggest express propose indicate signal imply hint acknowledge admit concede',
  evaluation:
    'praise hail welcome applaud laud commend thank congratulate criticise criticize condemn denounce decry deplore slam blast lambast rebuke chide mock ridicule dismiss reject deny refute rebuff accuse blame complain protest lament regret call dub brand label term',
  answer: 'ask wonder reply respond answer retort counter rejoin interject quip joke',
  writing: 'write:wrote:written post tweet publish blog',
  directive:
    'urge demand appeal implore plead beg warn caution threaten advise recommend promise pledge vow assure reassure predict forecast:forecast hope conclude agree disagree concur object boast brag tout vouch',
};

const VOWEL = /[aeiou]/;

/**
 * The inflected forms of a lemma by the regular rules of English spelling, plus any irregular past
 * given: "say:said" → say says saying said; "criticise" → criticises criticising criticised; "slam" →
 * slams slamming slammed; "reply" → replies replying replied; "signal" → signalled and signaled.
 */
export function inflect(entry: string): string[] {
  const [lemma, ...irregular] = entry.split(':') as [string, ...string[]];
  const forms = new Set([lemma, ...irregular]);
  const last = lemma.at(-1)!;
  const beforeLast = lemma.at(-2) ?? '';
  // third person
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (last === 'y' && !VOWEL.test(beforeLast)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  // gerund and past: drop a silent e, turn a consonant's y to i, double a final consonant after one vowel
  const stem = last === 'e' && !/(ee|ye|oe)$/.test(lemma) ? lemma.slice(0, -1) : lemma;
  forms.add(`${stem}ing`);
  if (irregular.length === 0) {
    if (last === 'e') forms.add(`${lemma}d`);
    else if (last === 'y' && !VOWEL.test(beforeLast)) forms.add(`${lemma.slice(0, -1)}ied`);
    else forms.add(`${lemma}ed`);
  }
  // whether a final consonant doubles depends on stress ("referred", "offered"): both spellings are made
  if (/[^aeiou][aeiou][bdglmnprt]$/.test(lemma)) {
    forms.add(`${lemma}${last}ing`);
    if (irregular.length === 0) forms.add(`${lemma}${last}ed`);
  }
  // British doubling of a final l: "signalled", "labelled", "cancelled"
  if (/[aeiou]l$/.test(lemma) && !/(ail|eal|oil)$/.test(lemma)) {
    forms.add(`${lemma}led`);
    forms.add(`${lemma}ling`);
  }
  return [...forms];
}

const LEMMA_FORMS = Object.values(REPORTING_VERB_LEMMAS)
  .join(' ')
  .split(/\s+/)
  .filter(Boolean)
  .map((entry) => ({ lemma: entry.split(':')[0]!, forms: inflect(entry), irregular: entry.includes(':') }));

/** every inflected form of every reporting verb: "said", "insists", "praising", "echoed" */
export const SPEECH_VERBS = new Set(LEMMA_FORMS.flatMap((entry) => entry.forms));

/** past forms, whose speaker may be named after them: "…,” said Lavrov / “…,” added the minister */
export const INVERTED_VERBS = new Set(
  LEMMA_FORMS.flatMap(({ lemma, forms, irregular }) =>
    forms.filter((form) => (irregular ? form !== lemma && !/(s|ing)$/.test(form) : form.endsWith('ed'))),
  ),
);
INVERTED_VERBS.add('says');

/**
 * Verbs whose object is the hearer, not the speaker: "told NSB News", "informed the council", "assured
 * Kyiv". A name right after one is who was spoken to ("“…,” said Vasko" inverts; "told Vasko" never does).
 */
export const HEARER_VERBS = new Set(
  ['tell:told', 'inform', 'assure', 'reassure', 'brief', 'thank', 'ask', 'urge'].flatMap(inflect),
);
