/**
 * The words of reported speech. General English newswriting vocabulary, not this corpus's sentences:
 * reporting verbs ("said", "stressed", "wrote"), nouns that carry a speaker's words ("remarks"), and
 * the frames that introduce a name for something rather than speech.
 */

export const SPEECH_VERBS = new Set(
  `say says said saying state states stated stating stress stresses stressed stressing tell tells told telling
  write writes wrote writing post posts posted posting note notes noted noting warn warns warned add adds added
  confirm confirms confirmed confirming claim claimed claiming insist insists insisted insisting hail hails hailed
  describe describes described describing emphasise emphasises emphasised emphasising emphasize emphasizes
  emphasized emphasizing reiterate reiterates reiterated reiterating urge urges urged urging indicate indicates
  indicated indicating argue argues argued arguing declare declares declared declaring announce announces
  announced announcing remark remarked explain explains explained explaining assert asserts asserted asserting
  ask asks asked reply replied respond responded hope hoped hoping call called calling refer refers referred
  referring promise promised vow vowed pledge pledged acknowledge acknowledged admit admitted concede conceded
  caution cautioned predict predicted express expressed comment commented tweet tweeted observe observed
  dismiss dismissed dismissing`.split(/\s+/),
);

/** verbs whose speaker is named after them: "…,” said Lavrov */
export const INVERTED_VERBS = new Set([
  'said',
  'says',
  'added',
  'asked',
  'wrote',
  'noted',
  'warned',
  'stressed',
]);

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
