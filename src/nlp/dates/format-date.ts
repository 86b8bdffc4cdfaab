import { MONTHS } from './calendar.js';

/**
 * An ISO date at any precision, for people: "2025-04-22" → "22 April 2025" (or "22 Apr 2025" short),
 * "2025-04" → "April 2025", "1994" → "1994", and without a year (ISO 8601's --04, --04-21) "April",
 * "21 April". Anything else is returned as it is.
 */
export function formatIsoDate(iso: string | null | undefined, style: 'long' | 'short' = 'long'): string {
  if (!iso) return '';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso) ?? /^-()-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const lower = month ? MONTHS[Number(month) - 1] : undefined;
  if (!lower) return year || iso;
  const name = lower[0]!.toUpperCase() + (style === 'short' ? lower.slice(1, 3) : lower.slice(1));
  return [day ? String(Number(day)) : '', name, year].filter(Boolean).join(' ');
}
