/**
 * The words of reported speech. General English newswriting vocabulary, not this corpus's sentences:
 * reporting verbs ("said", "stressed", "wrote"), nouns that carry a speaker's words ("remarks"), and
 * the frames that introduce a name for something rather than speech.
 */

import { INSTITUTION_HEADS } from '../nlp/entities/index.js';
import { SPEECH_VERBS } from '../nlp/reporting-verbs.js';

export { INVERTED_VERBS, SPEECH_VERBS } from '../nlp/reporting-verbs.js';

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

export const SOURCE_HEADS =
  'officials?|sources?|diplomats?|envoys?|analysts?|aides?|advis[eo]rs?|observers?|experts?|insiders?|negotiators?|spokes(?:man|woman|person)|residents?|witness(?:es)?|people|persons?|members?|lawmakers?|legislators?|commanders?|soldiers?|mediators?|participants?|employees?|staff(?:ers)?|activists?';

// a source the text describes without naming: "a senior U.S. official", "the European diplomat", "two
// people familiar with the talks", "a resident of the town"; a head alone ("the people") is not a source
export const UNNAMED_SOURCE = new RegExp(
  `\\b(?:a|an|one|two|three|four|five|several|some|many|other|another|the|this|that|these|those|a number of)\\s+(?:[\\p{L}.’-]+\\s+){0,3}?(?:${SOURCE_HEADS})\\b(?:\\s+(?:familiar with|close to|briefed on|involved in|with knowledge of|interviewed by|quoted by|cited by|contacted by|of|from|in|at|for|to)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+(?:\\s+(?!said|say|says|told|added)[\\p{Ll}-]+)?|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}))?`,
  'giu',
);

// words that end a bare plural's modifiers: a determiner or a verb ("Moscow said the mediators …" is
// Moscow speaking about the mediators, not a source)
const NOT_MODIFIER = [
  ...'the a an this that these those its their his her is are was were has have had will would'.split(' '),
  ...SPEECH_VERBS,
].join('|');

// a source described by a bare plural at the start of its clause: "US and Ukrainian negotiators said",
// "Senior officials say", "Western diplomats told reporters"
export const BARE_PLURAL_SOURCE = new RegExp(
  `^\\s*(?:(?!(?:${NOT_MODIFIER})\\s)(?:\\p{Lu}[\\p{L}.’'-]*|[\\p{Ll}-]+)\\s+(?:and\\s+\\p{L}[\\p{L}.’'-]*\\s+)?){0,3}?(?:[Oo]fficials|[Ss]ources|[Dd]iplomats|[Ee]nvoys|[Aa]nalysts|[Nn]egotiators|[Mm]ediators|[Ll]awmakers|[Ll]egislators|[Rr]esidents|[Ww]itnesses|[Aa]ides|[Aa]dvis[eo]rs|[Oo]bservers|[Ee]xperts|[Cc]ommanders|[Ss]oldiers|[Pp]articipants|[Aa]ctivists|[Pp]rosecutors|[Ii]nvestigators)\\b(?:\\s+(?:familiar with|close to|briefed on|involved in|with knowledge of|interviewed by|quoted by|cited by|contacted by|of|from|in|at|for)\\s+(?:the\\s+)?\\p{L}[\\p{L}'’.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3})?`,
  'gu',
);

// an institution that speaks: "the ministry", "the presidential office", "Ukraine's foreign ministry"
export const INSTITUTION = new RegExp(
  `(?:\\b(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+|\\b\\p{Lu}[\\p{L}-]+['’]s\\s+)(?:[\\p{Ll}-]+\\s+){0,3}?(?:${[...INSTITUTION_HEADS].join('|')})\\b(?:\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+['’]s\\s+){0,3}[\\p{L}-]+)?`,
  'gu',
);

// a capitalised phrase after "of" or "for" that goes on naming the institution: "of Foreign Affairs of
// Ukraine", "for the Treatment of Prisoners of War"
const NAME_TAIL = `(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:of|for|on|and|the)\\s+){0,2}\\p{Lu}[\\p{L}'’-]*)*)*`;

// an institution under its proper name: "The Ministry of Foreign Affairs of Ukraine", "the Coordination
// Headquarters for the Treatment of Prisoners of War"; the whole name speaks, not a place inside it
export const NAMED_INSTITUTION = new RegExp(
  `\\b[Tt]he\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}?(?:${[...INSTITUTION_HEADS].map((h) => h.charAt(0).toUpperCase() + h.slice(1)).join('|')})\\b(?!\\s+\\p{Lu})${NAME_TAIL}`,
  'gu',
);

export const PRONOUNS: Record<string, 'male' | 'female'> = { he: 'male', she: 'female' };
