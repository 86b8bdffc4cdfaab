/** The order every article listing uses (/sources, `talksbot list`): newest first, then by id, so ties are stable. */
export function newestFirst(
  a: { published: string; id: string },
  b: { published: string; id: string },
): number {
  return b.published.localeCompare(a.published) || a.id.localeCompare(b.id);
}
