import type { DomDocument } from './dom.js';
import { visibleText } from './dom.js';

/** A value found in a page and where it was found, so `add` can show its evidence. */
export interface Found {
  value: string;
  from: string;
}

export interface PageMetadata {
  title?: Found;
  outlet?: Found;
  author?: Found;
  published?: Found;
  url?: Found;
}

type JsonObject = Record<string, unknown>;

/** schema.org types whose objects describe the article itself (NewsArticle and its kin are all Articles). */
const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

/**
 * The article's metadata from what publishers put in pages for search engines and social cards: JSON-LD
 * (schema.org NewsArticle) first, then Open Graph, then plain HTML (`<time datetime>`, the canonical link).
 * Each field keeps the first source that has it.
 */
export function pageMetadata(document: DomDocument): PageMetadata {
  const found: PageMetadata = {};
  const keep = (field: keyof PageMetadata, value: unknown, from: string) => {
    const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
    if (text && !found[field]) found[field] = { value: text, from };
  };
  const article = jsonLdArticle(document);
  if (article) {
    const type = String(Array.isArray(article['@type']) ? article['@type'][0] : article['@type']);
    keep('title', article.headline ?? article.name, `JSON-LD ${type} headline`);
    keep('published', article.datePublished, `JSON-LD ${type} datePublished`);
    keep('author', namesOf(article.author).join(', '), `JSON-LD ${type} author`);
    keep('outlet', namesOf(article.publisher)[0], `JSON-LD ${type} publisher`);
  }
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
  keep('title', meta('og:title'), 'og:title');
  keep('outlet', meta('og:site_name'), 'og:site_name');
  keep('published', meta('article:published_time'), 'article:published_time');
  keep('author', meta('author'), '<meta name="author">');
  const time = document.querySelector('article time[datetime], time[datetime]');
  keep('published', time?.getAttribute('datetime'), '<time datetime>');
  keep('url', document.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'canonical link');
  keep('url', meta('og:url'), 'og:url');
  if (article) keep('url', typeof article.url === 'string' ? article.url : undefined, 'JSON-LD url');
  const heading = document.querySelector('h1');
  if (heading) keep('title', visibleText(heading), '<h1>');
  const title = document.querySelector('title');
  if (title) keep('title', visibleText(title), '<title>');
  return found;
}

/** The first JSON-LD object that is an article, looking inside arrays and @graph; bad JSON is ignored. */
function jsonLdArticle(document: DomDocument): JsonObject | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const match = objectsIn(data).find((object) => typesOf(object).some((type) => ARTICLE_TYPE.test(type)));
    if (match) return match;
  }
  return undefined;
}

function objectsIn(data: unknown): JsonObject[] {
  if (Array.isArray(data)) return data.flatMap(objectsIn);
  if (!data || typeof data !== 'object') return [];
  const object = data as JsonObject;
  return [object, ...objectsIn(object['@graph'])];
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** `"author": "A"`, `{"name": "A"}` or a list of either. */
function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === 'object') {
    const name = (value as JsonObject).name;
    return typeof name === 'string' ? [name] : [];
  }
  return [];
}
