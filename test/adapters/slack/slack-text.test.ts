import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, fitMrkdwn, fromSlackText, linkTo } from '../../../adapters/slack/slack-text.js';

describe('fromSlackText', () => {
  it.each([
    ['the bot mention goes', '<@U0BOT> who said great progress', 'who said great progress'],
    ['a labelled bot mention goes', 'hey <@U0BOT|talksbot>, sources?', 'hey, sources?'],
    ['other people stay readable', '<@U0BOT> what did <@U123> say', 'what did @U123 say'],
    ['labelled users keep their label', 'ask <@W9|Ann>', 'ask @Ann'],
    ['channels', 'timeline for <#C123|ukraine-news>', 'timeline for #ukraine-news'],
    ['special mentions become words', '<!here> <!channel|@channel> <!everyone>', '@here @channel @everyone'],
    ['links keep their label', 'what does <https://evil.example|this> say', 'what does this say'],
    ['bare links keep the url', 'is <https://example.com/a> a source', 'is https://example.com/a a source'],
    ['user groups', 'ping <!subteam^S1|@team>', 'ping @team'],
    ['entities are decoded', 'Q&amp;A &lt;b&gt; 2 &gt; 1', 'Q&A <b> 2 > 1'],
    ['decoded once only', '&amp;lt;', '&lt;'],
    ['a bare mention is empty', '  <@U0BOT>  ', ''],
  ])('%s', (_name, slack, typed) => {
    expect(fromSlackText(slack, 'U0BOT')).toBe(typed);
  });
});

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['<http://evil|x>', '&lt;http://evil|x&gt;'],
    ['Q&A', 'Q&amp;A'],
    ['&lt; already', '&amp;lt; already'],
    ['plain words', 'plain words'],
  ])('%s → %s', (raw, escaped) => {
    expect(escapeMrkdwn(raw)).toBe(escaped);
  });
});

describe('fitMrkdwn', () => {
  it.each([
    ['fits', 'short', 10, 'short'],
    ['cut with an ellipsis', 'abcdefghij', 5, 'abcd…'],
    ['never half an entity', 'abc&amp;def', 6, 'abc…'],
    ['never half a link', 'see <https://x.example|x> now', 12, 'see…'],
  ])('%s', (_name, text, max, fitted) => {
    expect(fitMrkdwn(text, max)).toBe(fitted);
    expect(fitMrkdwn(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('linkTo', () => {
  it.each([
    ['https link', 'https://a.example/x?y=1&z=2', 'T', '<https://a.example/x?y=1&amp;z=2|T>'],
    ['label escaped', 'https://a.example/', '<!channel>', '<https://a.example/|&lt;!channel&gt;>'],
    ['pipe in url', 'https://a.example/a|b', 'T', '<https://a.example/a%7Cb|T>'],
    ['no url', undefined, 'T & U', 'T &amp; U'],
    ['javascript: is not a link', 'javascript:alert(1)', 'T', 'T'],
    ['not a url', 'not a url', 'T', 'T'],
  ])('%s', (_name, url, label, shown) => {
    expect(linkTo(url, label)).toBe(shown);
  });
});
