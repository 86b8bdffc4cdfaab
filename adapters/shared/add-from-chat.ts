import { addFromUrl, formatIsoDate } from '../../src/index.js';
import { plural } from './plural.js';

/**
 * `/talks-add <url>` from Discord or Slack: the same `addFromUrl` as `talksbot add <url> --yes`, with the
 * fetch kept safe for a server that fetches on strangers' behalf (public addresses only unless the operator
 * allows private ones, at most 5 redirects, a deadline, the size cap: addFromUrl's defaults), then a reload,
 * so the reply's "I answer from it now" is true when it is sent. Who may use it is each platform's business
 * (Discord: Manage Server; Slack: SLACK_ADMIN_USER_IDS).
 */
export interface ChatAddSettings {
  knowledgeDir: string;
  /** FETCH_ALLOW_PRIVATE: fetches may reach private and loopback addresses (a test on 127.0.0.1; never a public bot) */
  allowPrivate: boolean;
  /** rebuilds the knowledge now (a live engine's reload); without it, the folder watcher picks it up */
  reload?: (() => Promise<unknown>) | undefined;
  /** for the whole fetch; addFromUrl's 15 s when unset */
  timeoutMs?: number | undefined;
}

export type ChatAddResult =
  | {
      kind: 'added';
      id: string;
      title: string;
      outlet: string | undefined;
      published: string;
      passages: number;
      url: string | undefined;
      /** false when the rebuild failed: the file is written and the watcher will try again */
      reloaded: boolean;
    }
  | { kind: 'refused'; reason: string };

/** A url as typed in chat: `<https://…>` and `<https://…|label>` are how Slack sends links. */
export function urlFromChat(text: string): string {
  const trimmed = text.trim();
  const wrapped = /^<((?:https?:)?[^|>\s]+)(?:\|[^>]*)?>$/i.exec(trimmed);
  return wrapped ? wrapped[1]! : trimmed;
}

export async function addFromChat(url: string, settings: ChatAddSettings): Promise<ChatAddResult> {
  const address = urlFromChat(url);
  if (!address)
    return { kind: 'refused', reason: 'Give the address of the page, e.g. https://news.example/story' };
  let result: Awaited<ReturnType<typeof addFromUrl>>;
  try {
    result = await addFromUrl(address, {
      knowledgeDir: settings.knowledgeDir,
      write: true,
      allowPrivate: settings.allowPrivate,
      ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}),
    });
  } catch (error) {
    // addFromUrl turns every expected problem into a refusal; this is the unexpected rest
    return { kind: 'refused', reason: `the page could not be added (${errorText(error)})` };
  }
  // chat shows the fact alone: "run talksbot remove …" or "--published" is advice nobody in a channel can follow
  if (result.kind === 'refused') return { kind: 'refused', reason: result.fact ?? result.reason };
  if (result.kind !== 'added') return { kind: 'refused', reason: 'the page was only previewed' };
  const { draft } = result;
  let reloaded = true;
  if (settings.reload) {
    try {
      await settings.reload();
    } catch {
      reloaded = false;
    }
  }
  return {
    kind: 'added',
    id: draft.id,
    title: draft.title.value,
    outlet: draft.outlet?.value,
    published: draft.published.value,
    passages: draft.passages,
    url: draft.url?.value ?? address,
    reloaded,
  };
}

/** The reply's one sentence, in plain text: each platform escapes it for its own markup. */
export function describeChatAdd(result: ChatAddResult): string {
  // the shell's refusals already begin so
  if (result.kind === 'refused')
    return /^not added\b/i.test(result.reason) ? result.reason : `Not added: ${result.reason}`;
  const where = [result.outlet ?? 'outlet not stated', formatIsoDate(result.published, 'long')].join(', ');
  const now = result.reloaded
    ? 'I answer from it now.'
    : 'It is saved; I could not reload just now, so it is picked up at the next change or restart.';
  return `Added “${result.title}” (${where}): ${plural(result.passages, 'passage')}, as ${result.id}. ${now}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
