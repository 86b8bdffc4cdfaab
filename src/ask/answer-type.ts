import type { AnswerKind } from '../features/sentence-features.js';
import type { QuestionAnalysis } from '../nlp/question.js';
import { isPersonNoun, isTimeNoun } from '../nlp/wordnet.js';

// "what percentage", "what share of": the answer is a percentage
const SHARE = /\b(percentage|percent|per cent|proportion|what share|how big a share)\b/;
// "how much money", "how much has X pledged in aid … cost": words for a sum of money
const MONEY_WORDS =
  /\bhow much\b.*\b(money|cash|funding|funds?|budget|cost|costs|spend|spent|paid|pay|pledged?|dollars|euros|price|worth)\b/;

const NAME_OF = /\bname of\b/;

/**
 * The kinds of content that can answer a question, any one of which will do: a when-question needs a
 * time, a how-many question a number, a who-question a person or an organisation. Undefined when any
 * sentence could answer (what, how, yes-no). A sentence holding none of them is not an answer,
 * whatever its overlap with the question.
 */
export function acceptedKinds(analysis: QuestionAnalysis): readonly AnswerKind[] | undefined {
  const text = analysis.text.toLowerCase();
  switch (analysis.type) {
    case 'when':
      // "what date", "on which day": a particular day, not "early June"
      return /\b(what|which|exact) (date|day)\b|\bon (what|which) (date|day)\b/.test(text)
        ? ['day']
        : ['date'];
    case 'quantity':
      // "how long" can be answered by "since 2014" as well as by "three years"
      if (/\bhow long\b/.test(text)) return ['number', 'date'];
      // "how old is X": an age, not any figure in a passage that names X
      if (/\bhow old\b/.test(text)) return ['age'];
      // a share is answered by a share, a sum of money by a sum, not by any figure in the passage
      if (SHARE.test(text)) return ['percent'];
      if (MONEY_WORDS.test(text)) return ['money'];
      return ['number'];
    case 'who':
      return ['person', 'organisation', 'group'];
    case 'where':
      return ['place'];
    case 'organisation':
      return ['organisation'];
    case 'what':
      // "what's the name of the defence minister" asks who holds the title: a person, as "who is …" does
      // (the focus is a noun whose commonest sense is a person, by WordNet's noun.person)
      if (NAME_OF.test(text) && analysis.focus && isPersonNoun(analysis.focus)) return ['person'];
      // "what's the current deadline" asks for a time, as "when" does (a focus whose commonest sense is a
      // time, WordNet's noun.time)
      if (analysis.focus && isTimeNoun(analysis.focus)) return ['date'];
      return undefined;
    default:
      return undefined;
  }
}

/** What the abstention says when no passage holds the kind of answer asked for. */
export function missingKindReason(analysis: QuestionAnalysis): string {
  const wanted: Partial<Record<QuestionAnalysis['type'], string>> = {
    when: 'when that happened',
    quantity: 'a figure for that',
    who: 'who that was',
    where: 'where that was',
    organisation: 'which organisation that was',
  };
  const what = wanted[analysis.type];
  return what
    ? `The articles mention this, but none of them says ${what}, so I can't answer it from them.`
    : "The articles don't say, as far as I can find.";
}
