import type { KnowledgeBase } from '../knowledge-base.js';
import { entityNamed, findMentions } from '../nlp/entities/index.js';
import type { QuestionAnalysis, QuestionTerm } from '../nlp/question.js';
import { stem, stemsOf } from '../nlp/stems.js';
import { withCountriesForCapitals } from '../nlp/synonyms.js';

/**
 * A question that names someone by the role the articles give them ("kyiv's leader", "the ukrainian
 * president", "the US envoy") asks about that person, who may be named in the answer without the role
 * ("Zelensky said he was ready …"). The entity layer reads the role as it reads the text (its role forms:
 * demonyms, "X's title", "title of X", "leader" for heads of state and government), with a capital read as
 * its country ("kyiv's" → "ukraine's"). The role's words are then not terms of their own: the person is,
 * as a name the answer must hold. A who-question asking for the holder of the role ("who is the US envoy")
 * is answered by that person, so the person is not one of "the names the question gives".
 */
// nothing but "who is (the)" before the role
const ASKS_WHO_IS = /^\W*(who|whom)(\W*s|\s+(is|was|are|were|will be))?(\s+(the|now|currently))*\s*$/i;

export function withRolesRead(
  kb: KnowledgeBase,
  analysis: QuestionAnalysis,
): { analysis: QuestionAnalysis; holders: string[] } {
  const text = withCountriesForCapitals(analysis.text);
  const roles = findMentions(kb.entities, text).filter((m) => m.via === 'role');
  if (roles.length === 0) return { analysis, holders: [] };
  const roleStems = new Set(roles.flatMap((m) => stemsOf(m.text)));
  const inRole = (stems: string[]) => stems.length > 0 && stems.every((s) => roleStems.has(s));
  const people = [...new Set(roles.map((m) => m.entity))].filter((name) => entityNamed(kb.entities, name));
  // "who is the US envoy", "who's kyiv's leader", "which official is the US envoy"
  const asksForHolder =
    analysis.type === 'who' &&
    ((analysis.focus !== undefined && roleStems.has(stem(analysis.focus))) ||
      roles.some((m) => ASKS_WHO_IS.test(text.slice(0, m.start))));
  const terms: QuestionTerm[] = analysis.terms.filter(
    (t) => !roleStems.has(t.stem) && !t.alternatives.some((a) => roleStems.has(a)),
  );
  for (const name of people) {
    const word = stemsOf(name).at(-1)!;
    if (terms.some((t) => t.stem === word)) continue;
    terms.push({
      word: name.split(/\s+/).at(-1)!.toLowerCase(),
      stem: word,
      alternatives: [],
      related: [],
      answerKind: false,
    });
  }
  const names = analysis.names.filter((name) => !inRole(stemsOf(withCountriesForCapitals(name))));
  return {
    analysis: {
      ...analysis,
      text,
      terms,
      // the holder of the role is what a who-question asks for; anything else names them
      names: asksForHolder ? names : [...names, ...people],
      focus: asksForHolder ? undefined : analysis.focus,
      focusNouns: asksForHolder ? [] : analysis.focusNouns,
    },
    holders: asksForHolder ? people : [],
  };
}
