import { truncate } from '../shared/index.js';

/**
 * Slack's text in both directions. Incoming text arrives with `&`, `<`, `>` escaped and mentions, channels and
 * links wrapped in `<…>`; outgoing mrkdwn must escape `&`, `<`, `>` in everything a user or an article wrote,
 * so nobody can make the bot post `<!channel>`, a user mention or a disguised link.
 */

/** Escapes text for mrkdwn (and the plain `text` fallback, which Slack parses the same way). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Fits escaped mrkdwn into `max` characters without cutting an entity (`&amp;`) or a link in half; adds "…".
 * Slack rejects the whole message when one section is over its limit, so callers always fit.
 */
export function fitMrkdwn(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  let cut = escaped.slice(0, Math.max(0, max - 1));
  const amp = cut.lastIndexOf('&');
  if (amp !== -1 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  // a link cut in half would show its raw syntax: drop the unclosed `<…` instead
  const open = cut.lastIndexOf('<');
  if (open !== -1 && !cut.slice(open).includes('>')) cut = cut.slice(0, open);
  return `${cut.trimEnd()}…`;
}

/**
 * Escaped and fitted in one step: what every piece of user or article text goes through. The text is
 * shortened before escaping, by the shared rule (a sentence end, else a word end), so the cut never lands
 * inside an entity; escaping can only lengthen it, so the room shrinks until the escaped text fits.
 */
export function safe(text: string, max: number): string {
  let room = max;
  for (let attempt = 0; attempt < 8; attempt++) {
    const escaped = escapeMrkdwn(truncate(text, room));
    if (escaped.length <= max) return escaped;
    room -= escaped.length - max;
    if (room <= 0) break;
  }
  return fitMrkdwn(escapeMrkdwn(text), max);
}

/** `<url|label>` when the url is a real http(s) link, otherwise the escaped label alone. */
export function linkTo(url: string | undefined, label: string, max = 500): string {
  const shown = safe(label, max);
  if (!url) return shown;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return shown;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return shown;
  // `|` would end the url part early; the URL class already percent-encodes spaces and quotes
  const href = escapeMrkdwn(parsed.href.replace(/\|/g, '%7C'));
  return `<${href}|${shown}>`;
}

/**
 * Turns the text of a message or slash command back into what the person typed: the bot's own mention
 * removed, other mentions and links as readable words, entities decoded.
 */
export function fromSlackText(text: string, botUserId?: string): string {
  return (
    text
      // the bot's own mention, wherever it is: "<@U0BOT> who said …", "hey <@U0BOT|talksbot>, …"
      .replace(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g, (whole, id: string) => (id === botUserId ? ' ' : whole))
      .replace(/<@[UW][A-Z0-9]+\|([^>]+)>/g, '@$1')
      .replace(/<@([UW][A-Z0-9]+)>/g, '@$1')
      .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, '#$1')
      .replace(/<#[CG][A-Z0-9]+>/g, '#channel')
      .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_w, label?: string) => label ?? '@group')
      .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
      .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
      .replace(/<((?:https?|mailto):[^|>]*)\|([^>]*)>/g, '$2')
      .replace(/<((?:https?|mailto):[^>]*)>/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      // "hey <@U0BOT>, sources?" → "hey, sources?"
      .replace(/ ([,.;:!?])/g, '$1')
      .trim()
  );
}
