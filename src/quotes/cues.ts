import { inflect, REPORTING_VERB_LEMMAS } from './reporting-verbs.js';

/**
 * The words of reported speech. General English newswriting vocabulary, not this corpus's sentences:
 * reporting verbs ("said", "stressed", "wrote"), nouns that carry a speaker's words ("remarks"), and
 * the frames that introduce a name for something rather than speech.
 */

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

/** "Rubio’s remarks about possibly ‘moving on’" */
export const SPEECH_NOUNS = new Set(
  'remarks remark comments comment statement statements words message warning claim assertion post address speech interview'.split(
    ' ',
  ),
);

/** verbs that may take "by X" for their speaker: "described by Donald Trump as …" */
export const PASSIVE_SPEECH = new Set([
  'described',
  'called',
  'dubbed',
  'hailed',
  'labelled',
  'labeled',
  'branded',
]);

/** frames that quote someone's own name for a thing: "referred to Kyiv’s leadership as a “Nazi regime”" */
export const NAMING_FRAME = /\b(as|called|dubbed|branded|labell?ed|termed)\s+(a|an|the)?\s*$/i;

// a source the text describes without naming: "a senior U.S. official", "two Western diplomats"
export const UNNAMED_SOURCE =
  /\b(?:a|an|one|two|three|several|some|many|other)\s+(?:[\p{L}.-]+\s+){0,3}?(?:officials?|sources?|diplomats?|analysts?|aides?|advis[eo]rs?|observers?|experts?|insiders?|negotiators?|spokes(?:man|woman|person))\b/giu;

export const PRONOUNS: Record<string, 'male' | 'female'> = { he: 'male', she: 'female' };
