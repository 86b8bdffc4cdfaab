import { expect } from 'vitest';
import { LIMITS, type SlackMessage } from '../../../adapters/slack/render.js';

/** Every mrkdwn or plain text in a message, wherever it sits in the blocks. */
export function textsOf(message: { text?: unknown; blocks?: unknown }): string[] {
  const texts: string[] = typeof message.text === 'string' ? [message.text] : [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if ((record.type === 'mrkdwn' || record.type === 'plain_text') && typeof record.text === 'string')
        texts.push(record.text);
      Object.values(record).forEach(walk);
    }
  };
  walk(message.blocks);
  return texts;
}

/** Slack's limits, and no markup that could ping or disguise: only our own `<http…|…>` links. */
export function expectSlackSafe(message: SlackMessage | Record<string, unknown>): void {
  const { blocks, text } = message as SlackMessage;
  expect(typeof text === 'string' && text.trim().length > 0, 'a plain text fallback').toBe(true);
  expect(text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  expect(Array.isArray(blocks)).toBe(true);
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  for (const block of blocks) {
    if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (block.type === 'context') {
      expect(block.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
      expect(block.elements.length).toBeGreaterThan(0);
    }
    if (block.type === 'actions') {
      for (const element of block.elements) {
        if (element.type !== 'button') continue;
        expect(element.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
        expect((element.value ?? '').length).toBeLessThanOrEqual(2000);
      }
    }
  }
  for (const piece of textsOf(message)) {
    expect(piece, 'no special mention or user/channel reference').not.toMatch(/<[!@#]/);
    for (const [, inside] of piece.matchAll(/<([^>]*)>/g))
      expect(inside, 'only http(s) links').toMatch(/^https?:\/\/[^|]+\|/);
    expect(piece, 'no broken entity').not.toMatch(/&(?!amp;|lt;|gt;)/);
  }
}
