import type { KnowledgeBase } from '../knowledge-base.js';
import { countryOf, countryOfDemonym } from '../nlp/demonyms.js';
import { type EntityTable, entityNamed, findMentions, resolveEntity } from '../nlp/entities/index.js';
import { formKey } from '../nlp/entities/normalise.js';
import type { QuestionAnalysis, QuestionTerm } from '../nlp/question.js';
import { stem, stemsOf } from '../nlp/stems.js';
import { withCountriesForCapitals } from '../nlp/synonyms.js';

// "who is (the)" just before the role (markup or a mention may come before it: "@bot **who** is …")
const ASKS_WHO_IS = /\b(who|whom)\W*(s|is|was|are|were|will be)?(\W+(the|now|currently))*\W*$/i;

/**
 * A question that names someone by the role the articles give them ("kyiv's leader", "the ukrainian
 * president", "the US envoy") asks about that person, who may be named in the answer without the role
 * ("Zelensky said he was ready …"). The entity layer reads the role as it reads the text (its role forms:
 * demonyms, "X's title", "title of X", "leader" for heads of state and government), with a capital read as
 * its country ("kyiv's" → "ukraine's"). The role's words are then not terms of their own: the person is,
 * as a name the answer must hold. A who-question asking for the holder of the role ("who is the US envoy")
 * is answered by that person, so the person is not one of "the names the question gives".
 */
export function withRolesRead(
  kb: KnowledgeBase,
  analysis: QuestionAnalysis,
): { analysis: QuestionAnalysis; holders: string[] } {
  const text = withCountriesForCapitals(analysis.text);
  const roles = findMentions(kb.entities, text).filter(
    (m) => m.via === 'role' && !otherCountrysTitle(kb.entities, text, m.start, m.entity),
  );
  if (roles.length === 0) return { analysis, holders: [] };
  const roleStems = new Set(roles.flatMap((m) => stemsOf(m.text)));
  const inRole = (stems: string[]) => stems.length > 0 && stems.every((s) => roleStems.has(s));
  const people = [...new Set(roles.map((m) => m.entity))].filter((name) => entityNamed(kb.entities, name));
  // "who is the US envoy", "who's kyiv's leader", "which official is the US envoy"
  const asksForHolder =
    (analysis.type === 'who' && analysis.focus !== undefined && roleStems.has(stem(analysis.focus))) ||
    roles.some((m) => ASKS_WHO_IS.test(text.slice(0, m.start)));
  // a who-question is best answered where the text gives the role with the name ("Sergey Lavrov, Russia's
  // foreign minister"), so its words stay; elsewhere the person stands for them
  const terms: QuestionTerm[] = asksForHolder
    ? [...analysis.terms]
    : analysis.terms.filter((t) => !roleStems.has(t.stem) && !t.alternatives.some((a) => roleStems.has(a)));
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

/**
 * "the Dutch prime minister" read as "prime minister" is not the British one: a demonym or a country
 * right before the title that none of the holder's roles names says it is someone else's title.
 */
function otherCountrysTitle(entities: EntityTable, text: string, at: number, name: string): boolean {
  const word = /(\p{Lu}[\p{L}-]+|\p{Ll}[\p{L}-]+)(?:['’]s)?\s+$/u.exec(text.slice(0, at))?.[1];
  if (!word) return false;
  const country = countryOfDemonym(word) ?? countryOf(word);
  if (!country) return false;
  const forms = [country.name, ...country.aliases, ...country.demonyms].map((f) => f.toLowerCase());
  const roles = (entityNamed(entities, name)?.roles ?? []).map((r) => r.toLowerCase());
  return !roles.some((role) => forms.some((form) => role.includes(form)));
}

// a person acting for a country or an organisation is a weaker match for it than its own name
const ACTOR_SHARE = 0.8;

/**
 * A place or organisation the question names is also matched, as a synonym is, by the people the articles
 * give a role qualified by it: "the US" by "US envoy Steve Witkoff" and "US President Donald Trump",
 * "Russia" by "Russian Foreign Minister Sergey Lavrov", "the Kremlin" by its spokesperson. News writing
 * has officials act and speak for their country ("what is the US doing" is answered by what Witkoff did).
 */
export function withActors(kb: KnowledgeBase, analysis: QuestionAnalysis): QuestionAnalysis {
  const actors = actorsOf(kb.entities);
  if (actors.size === 0) return analysis;
  let terms = analysis.terms;
  for (const name of analysis.names) {
    // "kyiv's leadership", "russia's economy": an owner, not someone acting
    if (possessive(analysis.text, name)) continue;
    const people = actors.get(formKey(withCountriesForCapitals(name)));
    if (!people) continue;
    const stems = new Set(stemsOf(name));
    const own = terms.findLast((t) => stems.has(t.stem));
    if (!own) continue;
    const added = people
      .filter((person) => !analysis.names.includes(person))
      .map((person) => ({ stem: stemsOf(person).at(-1)!, weight: ACTOR_SHARE }))
      .filter((r) => r.stem !== own.stem && !own.related.some((o) => o.stem === r.stem));
    terms = terms.map((t) => (t === own ? { ...t, related: [...added, ...t.related] } : t));
  }
  return terms === analysis.terms ? analysis : { ...analysis, terms };
}

function possessive(text: string, name: string): boolean {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  return at >= 0 && /^['’]s\b/.test(text.slice(at + name.length));
}

const actorTables = new WeakMap<EntityTable, Map<string, string[]>>();

/**
 * Each folded name and alias of a place or organisation → the people whose roles it qualifies ("U.S.
 * envoy", "Kremlin spokesperson"): looked up exactly, as the question's names were typed (a typo in
 * one is resolved by the name check, not here).
 */
function actorsOf(table: EntityTable): Map<string, string[]> {
  let actors = actorTables.get(table);
  if (actors) return actors;
  actors = new Map();
  for (const person of table.entities) {
    if (person.type !== 'person') continue;
    for (const role of person.roles) {
      const words = role.split(/\s+/);
      // the longest run of the role's first words that names a place or an organisation
      for (let size = Math.min(3, words.length - 1); size >= 1; size--) {
        const qualifier = resolveEntity(table, words.slice(0, size).join(' '));
        if (!qualifier || qualifier.type === 'person') continue;
        for (const form of [qualifier.name, ...qualifier.aliases].map(formKey)) {
          const list = actors.get(form) ?? [];
          if (!list.includes(person.name)) actors.set(form, [...list, person.name]);
        }
        break;
      }
    }
  }
  actorTables.set(table, actors);
  return actors;
}

/**
 * The people the entity layer finds in a question however it was typed ("where will trump and putin meet"),
 * added to the names compromise found: lower case hides a name from compromise,
 * not from the articles' own entity table, and a name the question gives is one its answer must hold.
 * Each is added as typed (the words of the question), so "trump" requires "trump", not "donald".
 */
export function withNamesFound(kb: KnowledgeBase, analysis: QuestionAnalysis): QuestionAnalysis {
  const typed = new Set(analysis.names.flatMap(stemsOf));
  const found = findMentions(kb.entities, analysis.text)
    // people only: a place or an institution is often meant by another word for it ("the White House"
    // answered by what Trump did, "Brussels" by the EU), which the answer-must-hold rule would refuse
    .filter((m) => m.via !== 'role' && entityNamed(kb.entities, m.entity)?.type === 'person')
    .map((m) => m.text.replace(/['’]s?$/i, ''))
    .filter((text) => {
      const stems = stemsOf(text);
      return stems.length > 0 && !stems.every((s) => typed.has(s));
    });
  if (found.length === 0) return analysis;
  return { ...analysis, names: [...analysis.names, ...new Set(found)] };
}
