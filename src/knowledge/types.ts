/** What the loader makes of one knowledge file. Offsets are into `body`, the text after the front matter. */
export interface ArticleMeta {
  id: string;
  title: string;
  titleDerived: boolean;
  outlet: string | null;
  author: string | null;
  /** ISO date, YYYY-MM-DD */
  published: string;
  publishedInferred?: { evidence: string } | undefined;
  url?: string | undefined;
  /** the captured file the text came from (e.g. a seed file name) */
  source?: string | undefined;
  /** file name inside the knowledge folder */
  file: string;
}

export type ParagraphKind =
  | 'body'
  | 'heading'
  | 'list-item'
  | 'table-row'
  // an embedded social-media post (a quotation by the account holder) and its signature line
  | 'embed'
  | 'embed-signature'
  | 'furniture';

export interface Paragraph {
  index: number;
  kind: ParagraphKind;
  start: number;
  end: number;
  text: string;
  /** why a paragraph was judged furniture (the name of the rule), for docs and debugging */
  furnitureRule?: string | undefined;
}

export interface Sentence {
  /** `${articleId}#${n}`, stable for a given article text */
  id: string;
  articleId: string;
  paragraph: number;
  /** position of the sentence within its paragraph */
  indexInParagraph: number;
  start: number;
  end: number;
  /** verbatim slice of the body: body.slice(start, end) */
  text: string;
}

/** Where an article was filed, from its dateline ("KYIV, Ukraine (AP) —"). */
export interface FiledIn {
  place: string;
  /** the other places of a joint dateline ("YEREVAN/BAKU —") */
  alsoIn?: string[] | undefined;
  region?: string | undefined;
  /** the paragraph the dateline opens: its first sentence is the report filed from there */
  paragraph?: number | undefined;
}

export interface Article extends ArticleMeta {
  body: string;
  /** the dateline's place: a Kyiv-datelined report is about Kyiv */
  filedIn?: FiledIn | undefined;
  paragraphs: Paragraph[];
  /** content sentences only: furniture never becomes a sentence */
  sentences: Sentence[];
}
