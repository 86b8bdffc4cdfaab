import { furnitureFormOf, isCallToAction } from './furniture-forms.js';

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
  /** surnames the article's byline lines name, lowercase (see furniture-forms.ts) */
  bylineSurnames?: readonly string[];
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
  return (
    lineRules.find((rule) => rule.test(line, context))?.name ??
    furnitureFormOf(line, { bylineSurnames: context.bylineSurnames ?? [] })
  );
}

export interface InlineCut {
  name: string;
  start: number;
  end: number;
}

/** Furniture inside a content line, as ranges relative to the line. `lead`: the article's first prose line. */
export function inlineFurniture(line: string, lead: boolean): InlineCut[] {
  const cuts: InlineCut[] = [];
  for (const match of line.matchAll(/\s*\b(?:https?:\/\/)?pic\.twitter\.com\/\w+/g)) {
    cuts.push({ name: 'media-link', start: match.index, end: match.index + match[0].length });
  }
  const dateline = datelineOf(line, lead);
  if (dateline) cuts.push({ name: 'dateline', start: 0, end: dateline.end });
  return cuts;
}

export interface Dateline {
  /** where the story was filed, as a name: "Kyiv" (from "KYIV, Ukraine (AP) —") */
  place: string;
  /** the other places of a joint dateline: ["Baku"] from "YEREVAN/BAKU —" */
  alsoIn?: string[] | undefined;
  /** the region or country after the place, when given: "Ukraine" */
  region?: string | undefined;
  /** length of the dateline and the dash or colon after it */
  end: number;
}

const CAPS_WORD = "\\p{Lu}[\\p{Lu}.'’-]+";
const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]+";
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY_DATE = `(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4})?`;
// "(AP)", "(Reuters)", "(Daily Courier)": the agency or outlet that filed it
const AGENCY = "\\(\\p{Lu}[\\p{L}.&'’]*(?:\\s+\\p{L}[\\p{L}.&'’]*){0,3}\\)";
const PLACE = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}`;
// "Donetsk region", "Lviv oblast": a region named with its common noun
const REGION = `${PLACE}(?:\\s+(?:region|province|oblast|district|county|governorate|state))?`;
const DATELINE = new RegExp(
  `^(?<place>${PLACE}(?:\\s*/\\s*${PLACE})*)(?:,\\s+(?<region>${REGION}))??(?:,\\s+(?<date>${DAY_DATE}))?(?:\\s*(?<agency>${AGENCY}))?\\s*(?<mark>[–—]{1,2}|--?|:|\\.)\\s+(?=["“‘']?\\p{Lu})`,
  'u',
);
const ALL_CAPS = new RegExp(`^${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,2}$`, 'u');

/**
 * A dateline at the start of a line: "KYIV, Ukraine (AP) —", "DOHA, Qatar —", "ODESA (Outlet) –",
 * "ANKARA, May 2 (Reuters) -", "Vienna:", "Brussels – …", "YEREVAN/BAKU —", "Kramatorsk, Donetsk
 * region —", "Moscow, 17 October." (a translated wire's form). A place in capitals, an agency or a date make
 * it a dateline anywhere (live blogs and wire round-ups repeat them); a place in ordinary case followed
 * by a dash or colon only on the article's first prose line, where a dateline stands.
 */
export function datelineOf(line: string, lead: boolean): Dateline | undefined {
  const match = DATELINE.exec(line);
  if (!match?.groups) return undefined;
  const { region, date, agency, mark } = match.groups;
  // "YEREVAN/BAKU —": a report filed from two places names both
  const places = match.groups.place!.split(/\s*\/\s*/);
  const place = places[0]!;
  const strong = places.every((p) => ALL_CAPS.test(p)) || date !== undefined || agency !== undefined;
  // "Moscow, 17 October. The …": a full stop ends a dateline only after its date
  if (mark === '.' && date === undefined) return undefined;
  // a bare hyphen after a name is a compound ("Putin-Trump"): only spaced dashes and colons mark a dateline
  if (!strong && (!lead || mark === '-' || mark === '--')) return undefined;
  // "Zelensky: we will …" — a colon after a person's words is a headline's speaker, not a dateline; a
  // ordinary-case colon dateline is one word ("Vienna:")
  if (mark === ':' && !strong && /\s/.test(place)) return undefined;
  // "Kovač: 'We gave everything'": a quotation after the colon is what the name before it said
  if (mark === ':' && !strong && /^["“‘'«„]/u.test(line.slice(match[0].length))) return undefined;
  return {
    place: titleCased(place),
    ...(places.length > 1 ? { alsoIn: places.slice(1).map(titleCased) } : {}),
    ...(region ? { region: titleCased(region) } : {}),
    end: match[0].length,
  };
}

function titleCased(name: string): string {
  if (!ALL_CAPS.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * A sentence inside prose that promotes rather than reports: a call to action addressed to the reader,
 * by its form (see `isCallToAction`), never a list of one site's phrases.
 */
export function isPromoSentence(sentence: string): boolean {
  return isCallToAction(sentence);
}
