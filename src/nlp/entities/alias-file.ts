import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { yaml } from '../../text/yaml.js';
import { describeYamlError } from '../../text/yaml-error.js';

/**
 * knowledge/aliases.yml: what the articles cannot teach the entity layer (epithets, abbreviations, other
 * spellings). Everything else — names, surnames, titles — is learned from the text.
 */
export const ALIAS_FILE = 'aliases.yml';

const entrySchema = z.object({
  name: z.string().min(1),
  type: z.enum(['person', 'organisation', 'place']).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  roles: z.array(z.string().min(1)).default([]),
  gender: z.enum(['male', 'female']).optional(),
});

const aliasFileSchema = z.object({ entities: z.array(entrySchema).default([]) });

export type AliasEntry = z.infer<typeof entrySchema>;

/** Parses the alias file's text; throws an error naming the problem when it is malformed. */
export function parseAliasFile(text: string): AliasEntry[] {
  let data: unknown;
  try {
    data = yaml().parse(text);
  } catch (error) {
    throw new Error(`${ALIAS_FILE}: ${describeYamlError(error)}`);
  }
  const parsed = aliasFileSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${ALIAS_FILE}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is malformed'}`);
  }
  return parsed.data.entities;
}

/**
 * Reads the alias file of a knowledge folder. A missing file is no alias at all; `content` is returned
 * so the caller can make it part of the index cache key. A file that cannot be read or parsed gives no
 * aliases and an `error` naming the file and line, so the bot still starts (with fewer aliases).
 */
export async function readAliasFile(
  dir: string,
): Promise<{ file: string; content: string; entries: AliasEntry[]; error?: string }> {
  return parsedAliasFile(await readAliasText(dir));
}

/** The alias file's text, unparsed (`content` as readAliasFile gives it): enough for a cache key. */
export async function readAliasText(dir: string): Promise<{ file: string; content: string; error?: string }> {
  let content: string;
  try {
    content = await readFile(join(dir, ALIAS_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file: ALIAS_FILE, content: '' };
    return { file: ALIAS_FILE, content: `\0${code}`, error: `${ALIAS_FILE}: cannot be read (${code})` };
  }
  return { file: ALIAS_FILE, content };
}

/** The entries of an alias file's text, or no entries and an `error` saying what is wrong with it. */
export function parsedAliasFile(text: { file: string; content: string; error?: string }): {
  file: string;
  content: string;
  entries: AliasEntry[];
  error?: string;
} {
  if (text.error !== undefined || text.content === '') return { ...text, entries: [] };
  try {
    return { ...text, entries: parseAliasFile(text.content) };
  } catch (error) {
    return { ...text, entries: [], error: (error as Error).message };
  }
}
