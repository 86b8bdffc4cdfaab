/**
 * Words a news reader treats as the same when asking: a question says "attitude", the article "stance".
 * Groups are general to reporting on diplomacy and conflict, not to any one question; each word in a
 * group stands for the others. Metonyms are here too: a capital for its government ("Kyiv" for Ukraine).
 */
const GROUPS: string[][] = [
  ['attitude', 'stance', 'position', 'view', 'posture'],
  ['talks', 'negotiations', 'discussions', 'dialogue'],
  ['deal', 'agreement', 'accord', 'settlement', 'pact'],
  ['truce', 'ceasefire', 'armistice'],
  ['first', 'initial', 'initially'],
  ['leader', 'president', 'head'],
  ['country', 'nation', 'state'],
  ['meet', 'meeting', 'summit'],
  ['war', 'conflict', 'hostilities', 'fighting'],
  ['invasion', 'invade', 'invaded', 'offensive'],
  ['threat', 'ultimatum', 'warning', 'warned'],
  ['sanctions', 'penalties', 'restrictions'],
  ['tariff', 'tariffs', 'duty', 'duties'],
  ['demand', 'demands', 'conditions', 'terms'],
  ['suspect', 'suspicion', 'suggest', 'suggests', 'believe', 'doubt'],
  ['spokesman', 'spokesperson', 'spokeswoman'],
  ['envoy', 'emissary', 'representative'],
  ['kyiv', 'ukraine'],
  ['moscow', 'russia', 'kremlin'],
  ['washington', 'america'],
  ['brussels', 'eu'],
  ['reconstruction', 'recovery', 'rebuilding'],
  ['support', 'aid', 'assistance', 'backing'],
  ['financial', 'economic', 'fiscal'],
  ['reject', 'rejected', 'dismiss', 'dismissed', 'refuse', 'refused'],
  ['propose', 'proposed', 'proposal', 'suggest', 'suggested'],
  ['kill', 'killed', 'deaths', 'casualties', 'dead'],
  ['land', 'territory', 'territories', 'regions'],
  ['hold', 'control', 'controls', 'occupy', 'occupied'],
  ['economy', 'gdp'],
  ['shrink', 'contract', 'contracted', 'decline'],
  ['levy', 'tariff', 'duty'],
  ['blueprint', 'plan', 'draft'],
  ['incursion', 'offensive', 'push'],
  ['rebuilding', 'reconstruction', 'recovery'],
  ['city', 'capital'],
  ['host', 'hosted', 'held'],
  ['oversee', 'monitor', 'monitoring', 'oversight'],
  ['afraid', 'fear', 'concern', 'concerned', 'worried'],
];

const SYNONYMS = new Map<string, string[]>();
for (const group of GROUPS) {
  for (const word of group) {
    const others = group.filter((other) => other !== word);
    SYNONYMS.set(word, [...(SYNONYMS.get(word) ?? []), ...others]);
  }
}

/** Words that mean the same as a lowercase word, for matching only (never shown). */
export function synonymsOf(word: string): string[] {
  return SYNONYMS.get(word) ?? [];
}
