import type { Candidate } from './candidates.js';
import type { EventKeys } from './event-keys.js';
import { eventInterval } from './order.js';

/**
 * Reports of one event are merged when their dates agree and their words do.
 * - Dates agree when one interval contains the other ("this week" and "April 23"; 2014 and
 *   2014–2015), never when they merely overlap.
 * - Words agree when the texts share a rare name (an entity or a capitalised word weighing at least
 *   NAME_WEIGHT) and their shared keys weigh at least MERGE_WEIGHT in all: "Minsk", "London",
 *   "annexation … Crimea". Shared common words ("Putin", "ceasefire", "see") are not enough, so
 *   different events on one day stay apart. Weights are rarities on a 0–1 scale (keyWeights), so the
 *   thresholds mean the same however many articles there are: a name weighing 0.6 is in fewer than
 *   (n + 1)^0.4 of n sentences (9 of 300, 40 of 10,000).
 * - Or both report words spoken by the same person on the same day ("Talking to state media last
 *   night (April 21), the Russian president said …" and "In his remarks last night, Putin …").
 */
export const MERGE_WEIGHT = 0.7;
export const NAME_WEIGHT = 0.6;

export interface KeyedCandidate extends Candidate, EventKeys {
  /** the line an event it leads shows (eventLines), when the build worked it out with the article's links */
  line?: string;
}

export interface Cluster {
  /** the report whose date and text the event shows */
  lead: KeyedCandidate;
  members: KeyedCandidate[];
}

export function mergeCandidates(candidates: KeyedCandidate[], weight: (key: string) => number): Cluster[] {
  const clusters: Cluster[] = [];
  // a cluster can only take a candidate that shares a rare key or a speaker on the day with one of its
  // members (sameEvent), so only the clusters found through those are compared: near-linear, not
  // every candidate against every cluster, with the same first match
  const byKey = new Map<string, number[]>();
  const bySpeakerDay = new Map<string, number[]>();
  // best reports first, so each cluster is led by its most precise, most self-contained report
  for (const candidate of [...candidates].sort(leadOrder)) {
    const reachable = new Set<number>();
    for (const key of candidate.keys)
      if (weight(key) >= NAME_WEIGHT) for (const at of byKey.get(key) ?? []) reachable.add(at);
    if (speaksOnTheDay(candidate, false))
      for (const person of candidate.people)
        for (const at of bySpeakerDay.get(speakerDay(candidate, person)) ?? []) reachable.add(at);
    let home: number | undefined;
    for (const at of [...reachable].sort((a, b) => a - b)) {
      const cluster = clusters[at]!;
      if (
        cluster.members.every((m) => datesAgree(m, candidate)) &&
        cluster.members.some((m) => sameEvent(m, candidate, weight))
      ) {
        home = at;
        break;
      }
    }
    if (home === undefined) {
      home = clusters.length;
      clusters.push({ lead: candidate, members: [candidate] });
    } else clusters[home]!.members.push(candidate);
    for (const key of candidate.keys) if (weight(key) >= NAME_WEIGHT) addTo(byKey, key, home);
    if (speaksOnTheDay(candidate, true))
      for (const person of candidate.people) addTo(bySpeakerDay, speakerDay(candidate, person), home);
  }
  for (const cluster of clusters) cluster.members.sort(sourceOrder);
  return clusters;
}

/** Whether sameSpeakerSameDay can hold with this report as the member (`asMember`) or as the newcomer. */
function speaksOnTheDay(candidate: KeyedCandidate, asMember: boolean): boolean {
  return (!asMember || candidate.precision === 'day') && !candidate.endDate && candidate.speech;
}

function speakerDay(candidate: KeyedCandidate, person: string): string {
  return `${candidate.date}\u0000${person}`;
}

function addTo(map: Map<string, number[]>, key: string, cluster: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [cluster]);
  else if (list.at(-1) !== cluster) list.push(cluster);
}

function datesAgree(a: Candidate, b: Candidate): boolean {
  const [aStart, aEnd] = eventInterval(a);
  const [bStart, bEnd] = eventInterval(b);
  return (aStart <= bStart && bEnd <= aEnd) || (bStart <= aStart && aEnd <= bEnd);
}

function sameEvent(a: KeyedCandidate, b: KeyedCandidate, weight: (key: string) => number): boolean {
  if (sameSpeakerSameDay(a, b)) return true;
  let total = 0;
  let named = false;
  for (const key of a.keys) {
    if (!b.keys.has(key)) continue;
    total += weight(key);
    if ((a.names.has(key) || b.names.has(key)) && weight(key) >= NAME_WEIGHT) named = true;
  }
  return named && total >= MERGE_WEIGHT;
}

function sameSpeakerSameDay(a: KeyedCandidate, b: KeyedCandidate): boolean {
  if (a.precision !== 'day' || a.endDate || b.endDate || a.date !== b.date || !a.speech || !b.speech)
    return false;
  return [...a.people].some((person) => b.people.has(person));
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

// which report leads: the most precise date; a point before a range; an explicit date before a
// worked-out one; a sentence about this date alone; a whole sentence before a phrase cut from one;
// then the earliest report
function leadOrder(a: Candidate, b: Candidate): number {
  return (
    PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
    Number(Boolean(a.endDate)) - Number(Boolean(b.endDate)) ||
    Number(a.expression.relative) - Number(b.expression.relative) ||
    Number(b.soleDate) - Number(a.soleDate) ||
    Number(a.phrase) - Number(b.phrase) ||
    sourceOrder(a, b)
  );
}

/** Reading order of reports: publication date, article id, position in the article. */
export function sourceOrder(a: Candidate, b: Candidate): number {
  return (
    a.article.published.localeCompare(b.article.published) ||
    a.article.id.localeCompare(b.article.id) ||
    a.offset - b.offset
  );
}
