import { createRequire } from 'node:module';

export interface FeedItem {
  /** the item's own identity (RSS guid, Atom id), else its link: what "already seen" is keyed on */
  key: string;
  link: string | undefined;
  title: string;
  summary: string;
  published: string | undefined;
}

export interface ParsedFeed {
  title: string;
  items: FeedItem[];
}

// fast-xml-parser is required on the first feed read, so that start-ups that poll no feed do not load it
const require = createRequire(import.meta.url);
type FastXml = typeof import('fast-xml-parser');
let loaded: { parser: InstanceType<FastXml['XMLParser']>; validator: FastXml['XMLValidator'] } | undefined;
function xmlReader(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const { XMLParser, XMLValidator } = require('fast-xml-parser') as FastXml;
  loaded = { parser: new XMLParser(PARSER_OPTIONS), validator: XMLValidator };
  return loaded;
}

const PARSER_OPTIONS: import('fast-xml-parser').X2jOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // these may occur once or many times; always arrays, so one item reads like many
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
  processEntities: true,
  htmlEntities: true,
};

type Node = Record<string, unknown>;

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom, read by fast-xml-parser into one shape. Returns undefined when the
 * document is not a feed (an HTML page given as a feed, say).
 */
export function parseFeed(xml: string): ParsedFeed | undefined {
  // the parser is forgiving; a feed that is not well-formed XML is refused rather than half read
  const { parser, validator } = xmlReader();
  if (validator.validate(xml) !== true) return undefined;
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch {
    return undefined;
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  if (rss) return { title: text(rss.title), items: list(rss.item).map(rssItem) };
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf)
    return { title: text((rdf.channel as Node | undefined)?.title), items: list(rdf.item).map(rssItem) };
  const atom = doc.feed as Node | undefined;
  if (atom) return { title: text(atom.title), items: list(atom.entry).map(atomEntry) };
  return undefined;
}

function rssItem(item: Node): FeedItem {
  const link = text(list(item.link)[0]) || undefined;
  const guid = text(item.guid);
  return {
    key: guid || link || text(item.title),
    link: link ?? (isPermalink(item.guid) ? guid : undefined),
    title: text(item.title),
    summary: text(item.description),
    published: text(item.pubDate) || text(item['dc:date']) || undefined,
  };
}

function atomEntry(entry: Node): FeedItem {
  const links = list(entry.link) as Node[];
  const alternate = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
  const link = typeof alternate?.['@href'] === 'string' ? alternate['@href'] : undefined;
  return {
    key: text(entry.id) || link || text(entry.title),
    link,
    title: text(entry.title),
    summary: text(entry.summary) || text(entry.content),
    published: text(entry.published) || text(entry.updated) || undefined,
  };
}

/** An RSS guid is the item's address unless it says isPermaLink="false". */
function isPermalink(guid: unknown): boolean {
  if (!guid || typeof guid !== 'object') return /^https?:\/\//.test(text(guid));
  return (guid as Node)['@isPermaLink'] !== 'false' && /^https?:\/\//.test(text(guid));
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
}

function text(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number')
    return String(value).replace(/\s+/g, ' ').trim();
  if (value && typeof value === 'object' && '#text' in value) return text((value as Node)['#text']);
  return '';
}
