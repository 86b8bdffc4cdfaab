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
  if (!match) return [];
  return [match[1], match[2]]
    .filter((name): name is string => name !== undefined)
    .map((name) => name.split(/\s+/).at(-1)!.toLowerCase());
}
