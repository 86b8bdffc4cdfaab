/**
 * The one LISTEN/NOTIFY channel between replicas: "the articles changed, reload from the database". Sent by
 * a knowledge build when it publishes, by `talksbot add` and by the feed poller; every replica listens.
 * A module of its own, without the driver, so the engine can name it without loading pg.
 */
export const ARTICLES_CHANNEL = 'talksbot_articles';

/** NOTIFY's payload: the article ids when there are few (a payload is limited to 8,000 bytes), and who sent it. */
export function articlesPayload(change: { ids: readonly string[]; origin?: string | undefined }): string {
  const ids = change.ids.length <= 200 ? change.ids : [];
  return JSON.stringify({ ids, ...(change.origin ? { origin: change.origin } : {}) });
}
