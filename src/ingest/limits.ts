/**
 * How big an article may be. A long feature runs to ~100 KB of text; 1 MB is ten of those. Past it the
 * build time of one file would hold up start-up for everyone, so it is refused (`--max-size` raises it).
 */
export const DEFAULT_MAX_BYTES = 1_000_000;

/** "1 MB", "250 KB": sizes as a person reads them (decimal units, like the limit itself). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${+(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${+(bytes / 1_000).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** `--max-size 2MB`, `500kb`, `1500000`: a size limit a person typed, in bytes (undefined when unreadable). */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('m') ? 1_000_000 : unit.startsWith('k') ? 1_000 : 1;
  const bytes = Math.round(Number(match[1]) * factor);
  return bytes > 0 ? bytes : undefined;
}
