/**
 * How people type in a channel, mapped to the words they mean: "wat", "whats up w/", "abt", "govt".
 * These are spellings of English chat in general, not of any one question; each maps to standard words
 * before the question is analysed. Matching is on whole lowercase words.
 */
const CHAT_FORMS: Record<string, string> = {
  wat: 'what',
  wot: 'what',
  wut: 'what',
  whats: 'what is',
  wats: 'what is',
  sed: 'said',
  sez: 'says',
  "what's": 'what is',
  wheres: 'where is',
  whos: 'who is',
  hows: 'how is',
  whys: 'why is',
  whens: 'when is',
  'w/': 'with',
  'w/o': 'without',
  abt: 'about',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  u: 'you',
  ur: 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  govt: 'government',
  gov: 'government',
  pres: 'president',
  intl: 'international',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  yday: 'yesterday',
  rn: 'right now',
  atm: 'at the moment',
  b4: 'before',
  thru: 'through',
  info: 'information',
  '&': 'and',
  '+': 'and',
};

// "@Reader, who is …" / "<@140…> who is …": a message that opens by addressing someone in the channel.
// The address says who is asked, not what; a handle later in the text ("what did @ZelenskyyUa post") stays.
const LEADING_ADDRESS = /^\s*(?:(?:@[\p{L}\p{N}_.-]+|<@!?\d+>)[\s,:;–—-]*)+/u;

/** The question with chat spellings written out: "whats up w/ the talks" → "what is up with the talks". */
export function expandChatForms(question: string): string {
  return question
    .replace(LEADING_ADDRESS, '')
    .split(/(\s+)/)
    .map((part) => {
      const bare = part.toLowerCase().replace(/[?!.,]+$/, '');
      const expanded = CHAT_FORMS[bare];
      return expanded === undefined ? part : expanded + part.slice(bare.length);
    })
    .join('');
}
