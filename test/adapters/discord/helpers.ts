import type { APIEmbed } from 'discord.js';
import type { Logger } from '../../../adapters/logger.js';
import { createRateLimits, type RateLimits } from '../../../src/index.js';

/** A logger that keeps its lines, so tests can check what was logged (and with what context). */
export function memoryLogger(): Logger & {
  lines: { level: string; message: string; context?: Record<string, unknown> }[];
} {
  const lines: { level: string; message: string; context?: Record<string, unknown> }[] = [];
  const at = (level: string) => (message: string, context?: Record<string, unknown>) => {
    lines.push({ level, message, ...(context ? { context } : {}) });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Discord's count towards the 6000-character total, computed independently of the adapter's own helper. */
export function totalEmbedLength(embeds: readonly APIEmbed[] = []): number {
  let total = 0;
  for (const e of embeds) {
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length;
    total += (e.author?.name ?? '').length;
    for (const f of e.fields ?? []) total += f.name.length + f.value.length;
  }
  return total;
}

interface Row {
  components: { custom_id?: string; label?: string }[];
}

/** Asserts every Discord limit on a message body as it reached the wire (snake_case JSON). */
export function limitProblems(body: { content?: string; embeds?: APIEmbed[]; components?: Row[] }): string[] {
  const problems: string[] = [];
  if ((body.content ?? '').length > 2000) problems.push('content over 2000');
  if ((body.embeds ?? []).length > 10) problems.push('more than 10 embeds');
  if (totalEmbedLength(body.embeds) > 6000) problems.push('embeds over 6000 in total');
  for (const e of body.embeds ?? []) {
    if ((e.title ?? '').length > 256) problems.push('title over 256');
    if ((e.description ?? '').length > 4096) problems.push('description over 4096');
    if ((e.fields ?? []).length > 25) problems.push('more than 25 fields');
    for (const f of e.fields ?? []) {
      if (f.name.length > 256) problems.push('field name over 256');
      if (f.value.length > 1024) problems.push('field value over 1024');
      if (f.value.length === 0 || f.name.length === 0) problems.push('empty field');
    }
    if ((e.footer?.text ?? '').length > 2048) problems.push('footer over 2048');
  }
  const rows = body.components ?? [];
  if (rows.length > 5) problems.push('more than 5 rows');
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.components.length > 5) problems.push('more than 5 buttons in a row');
    for (const c of row.components) {
      if ((c.custom_id ?? '').length > 100) problems.push('custom id over 100');
      if ((c.label ?? '').length > 80) problems.push('label over 80');
      if (c.custom_id && ids.has(c.custom_id)) problems.push(`duplicate custom id ${c.custom_id}`);
      if (c.custom_id) ids.add(c.custom_id);
    }
  }
  return problems;
}

/** Limits no test reaches: for tests that send many commands as one person (the limits have their own tests). */
export function unlimited(): RateLimits {
  return createRateLimits({
    user: { points: 1_000_000, duration: 1 },
    channel: { points: 1_000_000, duration: 1 },
  });
}
