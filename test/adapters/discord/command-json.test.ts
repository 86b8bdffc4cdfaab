import { ApplicationCommandOptionType, SlashCommandBuilder } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { slashCommands } from '../../../adapters/discord/command-json.js';
import { commands, isRequired } from '../../../src/index.js';

describe('slash-command JSON generated from the engine’s command list', () => {
  const json = slashCommands();

  it('has one command per engine command, in order, with its description', () => {
    expect(json.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    expect(json.map((c) => c.description)).toEqual(commands.map((c) => c.description));
  });

  it('carries every option with its description, required flag and string type', () => {
    for (const command of commands) {
      const generated = json.find((c) => c.name === command.name)!;
      const expected = Object.entries(command.options).map(([name, option]) => ({
        name,
        description: option.description,
        required: isRequired(option),
        type: ApplicationCommandOptionType.String,
      }));
      // only-me is Discord's own (how the answer is shown), tested in timeline-topics-only-me.test.ts
      expect(generated.options?.filter((o) => o.name !== 'only-me')).toMatchObject(expected);
    }
  });

  it('marks who-said’s query and timeline’s topic for autocomplete and takes length limits from the zod schemas', () => {
    const ask = json.find((c) => c.name === 'ask')!.options![0];
    const query = json.find((c) => c.name === 'who-said')!.options![0];
    const timeline = json.find((c) => c.name === 'timeline')!.options!;
    expect(ask).toMatchObject({ name: 'question', required: true, min_length: 1, max_length: 300 });
    expect(query).toMatchObject({ name: 'query', required: true, autocomplete: true, max_length: 200 });
    expect(timeline.map((o) => o.required)).toEqual([false, false, false, false]);
    expect(timeline[0]).toMatchObject({ name: 'topic', max_length: 200, autocomplete: true });
    expect(ask).not.toHaveProperty('autocomplete');
  });

  it('passes discord.js’s own validation of command names, descriptions and options', () => {
    for (const command of json) {
      const builder = new SlashCommandBuilder().setName(command.name).setDescription(command.description);
      for (const option of command.options ?? []) {
        if (option.type !== ApplicationCommandOptionType.String) continue;
        builder.addStringOption((o) => {
          o.setName(option.name)
            .setDescription(option.description)
            .setRequired(option.required ?? false);
          if (option.max_length) o.setMaxLength(option.max_length);
          if (option.autocomplete) o.setAutocomplete(true);
          return o;
        });
      }
      expect(() => builder.toJSON()).not.toThrow();
    }
  });
});
