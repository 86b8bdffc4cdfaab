/** Lists (timeline events, quotes) are shown ten at a time on every platform. */
export const PAGE_SIZE = 10;

export interface Page<T> {
  /** zero-based, clamped to the pages there are */
  page: number;
  pages: number;
  /** index of the first item shown */
  first: number;
  items: T[];
}

export function pageOf<T>(all: readonly T[], requested: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const page = Math.min(Math.max(0, Math.trunc(requested) || 0), pages - 1);
  const first = page * size;
  return { page, pages, first, items: all.slice(first, first + size) };
}

/** "Page 2 of 3", or nothing when everything fits on one page. */
export function pageLabel(page: Page<unknown>): string {
  return page.pages > 1 ? `Page ${page.page + 1} of ${page.pages}` : '';
}
