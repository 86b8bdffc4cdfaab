/**
 * Page furniture: text a web page carries around an article that is not the article. Rules are general
 * (they name kinds of furniture, not these five sites) so a new article from another site is mostly
 * cleaned too. Each rule has a name; the README lists them.
 *
 * Line rules judge a whole line. Inline rules cut furniture out of a content line (a dateline, a bare
 * pic.twitter.com link) so that no sentence, quote or event can ever include it.
 */

export interface LineContext {
  /** 0-based position of the line among the article's non-empty lines */
  position: number;
  /** how many non-empty lines the article has */
  count: number;
  title: string;
  author: string | null;
}

export interface LineRule {
  name: string;
  test(line: string, context: LineContext): boolean;
}

// closing marks include the opening curly ones because captured text sometimes mismatches them: peace.“
const endsLikeProse = /[.!?…:;"”’“‘')\]]\s*$/;

function words(line: string): string[] {
  return line.split(/\s+/).filter(Boolean);
}

/** Title Case: most words that are not short function words start with a capital (or a digit). */
export function isTitleCase(line: string): boolean {
  const content = words(line).filter(
    (word) => !/^(a|an|the|of|in|on|for|and|or|to|at|by|with|from|as|vs\.?|amid|into|over)$/i.test(word),
  );
  if (content.length === 0) return false;
  const capitalised = content.filter((word) => /^[\p{Lu}\d“"‘'(]/u.test(word)).length;
  return capitalised / content.length >= 0.75;
}

export const lineRules: LineRule[] = [
  {
    name: 'site-navigation',
    // menu words glued to the headline by a scraper: "HomeWorldZelensky Russia Ceasefire…"
    test: (line, context) =>
      context.position === 0 &&
      line !== context.title &&
      line.endsWith(context.title) &&
      /^(\p{Lu}\p{Ll}+){2,}$/u.test(line.slice(0, line.length - context.title.length).trim()),
  },
  {
    name: 'byline',
    test: (line, context) =>
      context.position < 4 &&
      ((context.author !== null && line.trim().toLowerCase() === context.author.trim().toLowerCase()) ||
        /^[Bb]y\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}$/u.test(line.trim())),
  },
  { name: 'reading-time', test: (line) => /^\d+\s*(min|mins|minute|minutes)\.?\s+read$/i.test(line.trim()) },
  {
    name: 'share-and-comment',
    test: (line) =>
      /^(share( this( article| story| post)?)?|leave a (comment|reply)|comments?|post a comment|scroll to top|back to top|read next|read more|related (stories|posts|articles|news)|more stories|you may also like|follow us( on)?|advertisement|sponsored|print|email|tags?)\s*:?\s*$/i.test(
        line.trim(),
      ),
  },
  {
    name: 'comment-form',
    test: (line) => /your email address will not be published|required fields are marked/i.test(line),
  },
  {
    name: 'translation-credit',
    test: (line) => /^(english |\w+ )?(version|translation) by\b|^translated by\b/i.test(line.trim()),
  },
  {
    name: 'photo-credit',
    test: (line) => /\b(photo|image|picture|credit)s?\s*:\s*[\p{L}\s.&/-]{1,40}$/iu.test(line.trim()),
  },
  { name: 'table-rule', test: (line) => /^[\s|:+-]*-{3,}[\s|:+-]*$/.test(line) },
  {
    name: 'caption',
    // an image caption: a line that neither ends like prose nor reads as a Title Case heading
    test: (line) => {
      const trimmed = line.trim();
      const count = words(trimmed).length;
      return (
        count >= 4 &&
        count <= 30 &&
        !endsLikeProse.test(trimmed) &&
        !trimmed.includes('|') &&
        !isTitleCase(trimmed)
      );
    },
  },
];

/** Why a line is furniture, or undefined when it is content. */
export function furnitureRuleFor(line: string, context: LineContext): string | undefined {
  return lineRules.find((rule) => rule.test(line, context))?.name;
}

export interface InlineCut {
  name: string;
  start: number;
  end: number;
}

/** Furniture inside a content line, as ranges relative to the line. */
export function inlineFurniture(line: string, position: number): InlineCut[] {
  const cuts: InlineCut[] = [];
  for (const match of line.matchAll(/\s*\b(?:https?:\/\/)?pic\.twitter\.com\/\w+/g)) {
    cuts.push({ name: 'media-link', start: match.index, end: match.index + match[0].length });
  }
  // "Brussels – For the first time…": the dateline names where the story was filed, not what happened
  const dateline = /^(\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+){0,2})\s+[–—-]\s+(?=\p{Lu})/u.exec(line);
  if (position === 0 && dateline) cuts.push({ name: 'dateline', start: 0, end: dateline[0].length });
  return cuts;
}

/** Whole sentences that are promotion rather than reporting: "Learn more …", "viewers can explore this …". */
export function isPromoSentence(sentence: string): boolean {
  return (
    /^(learn more|read more|click here|watch|subscribe|sign up|for more)\b/i.test(sentence) ||
    /\b(viewers can explore this|can be viewed in this|check out this|watch this video)\b/i.test(sentence)
  );
}
