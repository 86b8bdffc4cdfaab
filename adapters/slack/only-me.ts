/**
 * `--only-me` at the end of (or anywhere in) a slash command's text: the answer is ephemeral, seen only by
 * the person who asked, as Slack shows its own commands' replies ("Only visible to you"). A flag rather than
 * words like "only me", so no question is ever cut short by a phrase it happens to contain.
 */
export const ONLY_ME_FLAG = '--only-me';

const FLAG = /(^|\s)--only-me(?=\s|$)/gi;

/** The text without the flag, and whether it was there. */
export function readOnlyMe(text: string): { text: string; onlyMe: boolean } {
  let onlyMe = false;
  const rest = text.replace(FLAG, (_whole, before: string) => {
    onlyMe = true;
    return before;
  });
  return { text: onlyMe ? rest.replace(/\s+/g, ' ').trim() : text, onlyMe };
}
