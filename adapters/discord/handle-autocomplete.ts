import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction } from 'discord.js';
import { type Engine, findCommand, type SpeakerCount, type TopicCount } from '../../src/index.js';
import { plural } from '../shared/index.js';
import { LIMITS, truncate } from './limits.js';

/**
 * Autocomplete for options marked `autocomplete`: the people quoted (`speakers`), or what the timeline's
 * events mention (`timeline-topics`), filtered as the user types.
 */
export async function handleAutocomplete(
  interaction: AutocompleteInteraction,
  engine: Engine,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const option = findCommand(interaction.commandName)?.options[focused.name];
  const typed = String(focused.value);
  const choices =
    option?.autocomplete === 'speakers'
      ? speakerChoices(await engine.speakers(), typed)
      : option?.autocomplete === 'timeline-topics'
        ? topicChoices(await engine.timelineTopics(), typed)
        : [];
  await interaction.respond(choices);
}

/**
 * Up to 25 speakers matching what was typed (accents and case ignored): names starting with it first,
 * then names with a word starting with it, then any other match; most quoted first within each group.
 */
export function speakerChoices(
  speakers: readonly SpeakerCount[],
  typed: string,
): ApplicationCommandOptionChoiceData<string>[] {
  return countedChoices(speakers, typed, 'quote');
}

/** Up to 25 timeline topics matching what was typed, ranked as speakers are: "Istanbul (6 events)". */
export function topicChoices(
  topics: readonly TopicCount[],
  typed: string,
): ApplicationCommandOptionChoiceData<string>[] {
  return countedChoices(topics, typed, 'event');
}

function countedChoices(
  speakers: readonly { name: string; count: number }[],
  typed: string,
  unit: string,
): ApplicationCommandOptionChoiceData<string>[] {
  // no speaker name is longer than a choice value: longer text (Discord allows 6,000) matches nobody
  if (typed.length > LIMITS.choiceValue * 2) return [];
  const wanted = fold(typed.trim());
  const ranked = speakers
    .map((speaker) => ({ speaker, rank: rank(fold(speaker.name), wanted) }))
    .filter((entry) => entry.rank >= 0)
    .sort(
      (a, b) =>
        a.rank - b.rank || b.speaker.count - a.speaker.count || a.speaker.name.localeCompare(b.speaker.name),
    );
  return ranked.slice(0, LIMITS.autocompleteChoices).map(({ speaker }) => {
    const quotes = `(${plural(speaker.count, unit)})`;
    return {
      name: `${truncate(speaker.name, LIMITS.choiceName - quotes.length - 1)} ${quotes}`,
      value: truncate(speaker.name, LIMITS.choiceValue),
    };
  });
}

function rank(name: string, wanted: string): number {
  if (!wanted || name.startsWith(wanted)) return 0;
  if (name.split(/[\s-]+/).some((word) => word.startsWith(wanted))) return 1;
  return name.includes(wanted) ? 2 : -1;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
