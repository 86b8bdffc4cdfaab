/**
 * Furniture recognised by its form, whatever the site: credits, notes about the article itself, calls to
 * the reader, labels and copyright lines. Each rule names a class of furniture that news pages carry in
 * general, and judges a whole line by how it is written (a credit's "by" and slash, a note that speaks of
 * "this article", an imperative or a "you" addressed to the reader, an all-caps label), never by one
 * site's strings. A line with quotation marks is never judged here: it may quote someone.
 */

export interface FormContext {
  /** surnames of the article's authors, lowercase, from its byline lines ("By A and B", "Essay by A") */
  bylineSurnames: readonly string[];
}

export interface FormRule {
  name: string;
  test(line: string, context: FormContext): boolean;
}

const QUOTE_MARKS = /[“”„«»"]/;

// "Reporting by …; Editing by …", "Additional reporting by …", "With inputs from agencies", "… contributed
// to this report": who made the article, not what it reports
const CREDIT =
  /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|edited|written|produced|translated)\s+by\b|^\(?\s*with\s+(?:inputs|input|reporting|files)\s+from\b|\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\b|\bcontributed\s+(?:additional\s+)?reporting\s+(?:from|in)\b/i;

// "(Photo by Daria Holm / AFP)", "Photo: Jonas Wirth / dpa", "Image: … /Reuters": a picture credit, with
// the caption it ends
// ("/ Alpine Review": the outlet's name may be several words); a caption labelled as one that ends in a
// bracketed credit with its slash or "via" ("Photo: … on Thursday. (ICC-CPI / Pool via Outlet)")
const PICTURE_CREDIT =
  /\(?\b(?:photo|image|picture|video|foto|credit)s?(?:\s+by|\s*:)\s+[^()\n]{0,60}?\/\s*\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}\)?\s*$|^\s*(?:photo|image|picture|photograph)s?\s*:.*\([^()]*(?:\/|\bvia\b)[^()]*\)\s*$/iu;

// a note about the article itself: "This article was originally published by …", "this story is
// developing", "The views expressed here are the author's own", "In case of discrepancies, the … text
// prevails", "Disclaimer: …"
const ABOUT_THE_ARTICLE =
  /\b(?:this|the present)\s+(?:article|story|report|piece|column|post|page|text|interview|conversation|transcript)\s+(?:was|is|has|will|had|first|originally|may|contains)\b|\bthe\s+views\s+expressed\b|\bthe\s+(?:author|writer)['’]s\s+own\b|\bin\s+case\s+of\s+discrepanc|^\s*(?:disclaimer|editor['’]s\s+note|correction|clarification)\s*:/i;

// "© 2025 Outlet. All rights reserved.", "Reproduction only with a hyperlink to …"
const COPYRIGHT =
  /©|\ball rights reserved\b|\breproduction\b.*\b(?:hyperlink|permission|prohibited|forbidden)\b/i;

// the reader addressed: "Get the briefing in your inbox", "By signing up you agree to our Terms",
// "Only €1 for your first month. Subscribe now …"
const SECOND_PERSON = /\b(?:you|your|yours)\b/i;
const SITE_SPEAKS = /\b(?:our|us)\b/i;
const IMPERATIVE_START =
  /^(?:get|sign|subscribe|join|follow|download|read|watch|listen|share|click|tap|register|log|try|support|donate|enter|discover|explore|see|find|save|send|tell|sign up|learn|start|unlock|upgrade|stay|keep|never|don['’]t)\b/i;

// what a call to action points the reader at: the page, its media, more of it, the reader themselves
const PAGE_NOUNS =
  'video|clip|story|article|report|discussion|page|link|podcast|episode|interview|analysis|piece|gallery|live\\s+blog|newsletter|app|website|site|coverage|briefing|explainer|digest|e-?mail|issue|edition|letter';
// the page itself: "here", "below", "this email", "our newsletter"
const PAGE_DEIXIS = new RegExp(
  `\\b(?:here|below|above|(?:this|our)\\s+(?:full\\s+|latest\\s+)?(?:${PAGE_NOUNS}))\\b`,
  'i',
);
// … and what a call to action points at besides: "more", "now", the reader, "the full interview"
const READER_DEIXIS = new RegExp(
  `\\b(?:more|now|today|our|your|you|the\\s+(?:full\\s+|latest\\s+)?(?:${PAGE_NOUNS}))\\b|${PAGE_DEIXIS.source}`,
  'i',
);

// the reader as the subject: "viewers can explore this discussion", "readers may find …", "you can watch"
const READER_SUBJECT =
  /\b(?:you|viewers|readers|listeners|subscribers|audiences?)\s+(?:can|may|could|should|will|are\s+invited\s+to)\s+\p{Ll}+/iu;

// a verb of reading or viewing made passive about the page's own media: "can be viewed in this video"
const PAGE_MEDIA_PASSIVE =
  /\bcan\s+be\s+(?:viewed|watched|seen|read|heard|found)\s+(?:in|on|at|below|here)\b.*\b(?:this|the|our)\s+(?:video|clip|link|page|podcast|gallery)\b/i;

// imperatives of reading, viewing, listening and signing up that open a call to action ("Never …" or
// "Keep …" open prose too, so the line rules' wider set is not used inside paragraphs)
const CTA_START =
  /^(?:read|watch|listen|learn|click|tap|subscribe|unsubscribe|sign\s+up|sign\s+in|register|log\s+in|join|become|follow|forward|download|share|explore|discover|see|check\s+out|find\s+out|get|stay\s+tuned)\b/i;

/**
 * A call to action addressed to the reader, by its form: a sentence that opens with an imperative of
 * reading, viewing or signing up ("Watch the video", "Learn more …", "Click here") and points at the page
 * or the reader ("more", "here", "this video", "your"), or whose subject is the reader ("viewers can
 * explore this discussion"), or that says where the page's own media can be viewed. "For more …" opening a
 * sentence is the same call. Reporting never addresses its reader so; a quotation is never judged here.
 */
export function isCallToAction(sentence: string): boolean {
  if (QUOTE_MARKS.test(sentence)) return false;
  const text = sentence.trim();
  if (/^for\s+more\b/i.test(text)) return true;
  if (CTA_START.test(text) && READER_DEIXIS.test(text) && words(text) <= 30) return true;
  if (
    READER_SUBJECT.test(text) &&
    READER_DEIXIS.test(text.replace(/^.*?\b(?:you|viewers|readers|listeners|subscribers|audiences?)\b/i, ''))
  )
    return true;
  return PAGE_MEDIA_PASSIVE.test(text);
}

// "READ ALSO: What is in the plan", "MOST READ: …": a label in capitals and a link's title (no full stop)
const CAPS_LABEL_LINK = /^\p{Lu}[\p{Lu}\s&'’-]{2,30}:\s+.*[^.!?…]$/u;
// "Our Standards: The Trust Principles.", "Suggested Topics:": a Title Case label and a Title Case name
const TITLE_LABEL =
  /^(?:\p{Lu}[\p{L}'’-]*\s*){1,4}:\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|for|in|on|to|a)\b)?\s*){0,6}\.?$/u;

// a publication stamp's time or date: "19.42", "4:00 AM", "23.04.2026", "Mar 27, 2026", "17 May 2026", "2 hours ago"
const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const STAMP_TIME = new RegExp(
  `\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b${MONTH_WORD}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH_WORD}(?:\\s|$)|\\b\\d+\\s*(?:m|h|d|mins?|minutes?|hrs?|hours?|days?)\\s+ago\\b`,
  'u',
);
// the lowercase words a stamp is written with; any other lowercase word is a sentence's or a headline's
const STAMP_WORDS = new Set(
  'as of at on by in and posted updated published modified edited last first ago am pm a.m. p.m. min mins minute minutes hour hours hr hrs day days h m'.split(
    ' ',
  ),
);

/**
 * A byline or date bar with a publication stamp, by its form: a clock time or a date, and no lowercase
 * word but a stamp's own ("Sun 17 May 2026 19.42 BST", "As of: 23.04.2026 11:05 a.m.", "Name · Outlet ·
 * Posted: Mar 27, 2026 4:00 AM AT | Last Updated: 2 hours ago"): names, numbers and labels, no verb.
 */
export function isStampLine(line: string): boolean {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length > 24 || !STAMP_TIME.test(line)) return false;
  return tokens.every((token) => {
    const word = token.replace(/^[^\p{L}\d]+|[^\p{L}\d.]+$/gu, '').replace(/(?<=\p{L})\.$/u, '');
    return !/^\p{Ll}/u.test(word) || STAMP_WORDS.has(word) || STAMP_WORDS.has(`${word}.`);
  });
}

// "More on this topic:", "Related coverage:": a few words that introduce the links under them
function isLinksLabel(line: string): boolean {
  const trimmed = line.trim();
  const count = words(trimmed);
  if (count < 2 || count > 6 || !/^\p{Lu}.*\p{L}:$/u.test(trimmed)) return false;
  // "The statement read:", "Zelensky said:" introduce a quotation: a verb of speaking or a past tense
  return !SPEECH_BEFORE_COLON.test(trimmed) && !/\b\p{Ll}+ed\b/u.test(trimmed);
}

const SPEECH_BEFORE_COLON =
  /\b(?:said|says|told|tells|added|wrote|writes|read|reads|stated|declared|announced)\b/i;

// "Desert Wire reporter Joan Park contributed from Las Vegas.": a contribution credit, the whole line
const CONTRIBUTED_FROM =
  /^[^.!?]{3,80}\bcontributed\s+(?:reporting\s+)?(?:from|in)\s+\p{Lu}[\p{L}.'’ -]*\.?$/u;

// an e-mail address: a contact line ("You can reach her at …", "Send tips to …"), not reporting
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;

export const formRules: FormRule[] = [
  { name: 'bracketed-note', test: (line) => /^\([^()]{3,200}\)$/.test(line.trim()) },
  { name: 'credit', test: (line) => CREDIT.test(line) },
  { name: 'picture-credit', test: (line) => PICTURE_CREDIT.test(line) },
  { name: 'about-the-article', test: (line) => ABOUT_THE_ARTICLE.test(line) },
  { name: 'copyright', test: (line) => COPYRIGHT.test(line) },
  {
    name: 'reader-prompt',
    test: (line) =>
      words(line) <= 30 &&
      SECOND_PERSON.test(line) &&
      (SITE_SPEAKS.test(line) ||
        IMPERATIVE_START.test(line.trim()) ||
        // "You are receiving this email because …", "Here is what you need to know today."
        PAGE_DEIXIS.test(line) ||
        /^by\s+\p{L}+ing\b/iu.test(line.trim())),
  },
  // "Listen to this digest (6 min)", "Forward this digest to a colleague."
  { name: 'call-to-action', test: (line) => isCallToAction(line) },
  { name: 'label-link', test: (line) => CAPS_LABEL_LINK.test(line.trim()) || TITLE_LABEL.test(line.trim()) },
  {
    name: 'author-blurb',
    test: (line, context) => {
      // "Vorobets covers Ukraine for AP.", "Ms. Olander is a former deputy minister …": a sentence about
      // one of the article's own authors
      const subject =
        /^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,2}?(\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u.exec(
          line.trim(),
        );
      return subject !== null && context.bylineSurnames.includes(subject[1]!.toLowerCase());
    },
  },
  { name: 'stamp', test: (line) => isStampLine(line) },
  { name: 'links-label', test: (line) => isLinksLabel(line) },
  { name: 'contribution-credit', test: (line) => CONTRIBUTED_FROM.test(line.trim()) },
  { name: 'contact-line', test: (line) => EMAIL.test(line) && words(line) <= 25 },
];

function words(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** Why a line is furniture by its form, or undefined. */
export function furnitureFormOf(line: string, context: FormContext): string | undefined {
  if (QUOTE_MARKS.test(line)) return undefined;
  return formRules.find((rule) => rule.test(line, context))?.name;
}

// "By HALYNA VOROBETS and MARTIN COLE", "Guest essay by Margit Olander", "By A and B · Updated 3 Dec"
const BYLINE =
  /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*(?:,|and|&)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))?(?:\s*[·|,–—-].*)?$/u;

/** The surnames a byline line names, lowercase; none when the line is not a byline. */
export function bylineSurnames(line: string): string[] {
  const trimmed = line.trim();
  if (trimmed.split(/\s+/).length > 16 || /[.!?]$/.test(trimmed)) return [];
  // "By …" alone, or after the word for what the piece is ("Guest essay by …"), not any words ("Standing by …")
  const kind =
    /^(?:(?:(?:guest|an?|the)\s+)?(?:essay|analysis|opinion|commentary|column|story|words|text|report|interview|review|op-ed|dispatch|photos?)\s+)?(?=by\s)/i.exec(
      trimmed,
    );
  const match = kind ? BYLINE.exec(trimmed.slice(kind[0].length)) : null;
  if (!match) return stampedByline(trimmed);
  return [match[1], match[2]]
    .filter((name): name is string => name !== undefined)
    .map((name) => name.split(/\s+/).at(-1)!.toLowerCase());
}

/** "Fiona Brennan · CBN News · Posted: Mar 27, 2026 …": a byline without "By", known by the stamp it carries. */
function stampedByline(line: string): string[] {
  if (!isStampLine(line)) return [];
  const name = /^(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(\p{Lu}[\p{L}'’-]+)\s*[·|,•]/u.exec(line);
  return name ? [name[1]!.toLowerCase()] : [];
}
