import type { AnswerOf, Point } from '../answer.js';
import type { ConversationTurn } from '../engine.js';
import { namesIn } from '../nlp/question.js';

/**
 * What a line typed to /ask is, before any search: a greeting or a thanks (never answered with a search
 * hit), a follow-up that leans on an earlier turn ("go on", "and what about Odesa?", "what did she say
 * after that?"), or a question that stands on its own.
 */
export type Reading =
  | { kind: 'not-a-question'; reply: string }
  | { kind: 'clarify'; reply: string }
  | {
      kind: 'question';
      text: string;
      previous?: AnswerOf<'answer'> | undefined;
      more?: boolean;
      /** for "go on": the points already given on this question, in every turn that asked it */
      shown?: Point[];
    };

// social lines and bare command words people send to a bot: general chat English
const SOCIAL =
  /^(hi|hello|hey|hiya|howdy|yo|sup|hey there|hi there|good (morning|afternoon|evening|night)|thanks?|thank you( very much| so much)?|thx|ty|cheers|ta|ok|okay|k|cool|great|nice|awesome|perfect|got it|bye|goodbye|see you|lol|haha|yes|no|yep|nope|sure|help|clear|reset|restart|stop|quit|exit|start|menu|commands|test|testing|ping|\?+)$/i;

// "go on", "tell me more": continue the previous answer
const MORE =
  /^(go on|continue|carry on|keep going|more|tell me more|say more|anything else|what else|and\??|and then|then what|next|more please|elaborate|details|more details)$/i;

// a follow-up that swaps the topic of the previous question: "and what about Odesa?", "how about the EU"
// "same question but for Russia", "same for the EU" too
const WHAT_ABOUT =
  /^(and |but |so )?(what|how) about (?<topic>.+)$|^and (?<topic2>[^?]{2,60})$|^(the )?same( question| thing)?,? (but )?(for|about|with) (?<topic3>.+)$/i;

// pronouns that need someone named before them
const PRONOUN = /\b(he|she|him|her|his|hers|they|them|their|it|that|this|those|these)\b/i;
const LEANS_BACK =
  /\b(after that|before that|about that|about it|that one|the same|them|him|her|she|he|they)\b/i;

export function readLine(
  question: string,
  turns: readonly ConversationTurn[] = [],
  /** whether the line names someone the articles know, however typed ("who was trump with when he …") */
  namesSomeone: (line: string) => boolean = () => false,
): Reading {
  const line = question
    .trim()
    .replace(/[\s!.?,]+$/, '')
    .replace(/^(@\S+\s+)/, '');
  if (SOCIAL.test(line) || line === '')
    return {
      kind: 'not-a-question',
      reply:
        'Ask me a question about the articles (for example “What did Peskov say about Kyiv?”), or type /help.',
    };
  const previous = [...turns].reverse().find((turn) => turn.answer && !turn.answer.abstained);
  // what was really asked: a stored "go on" stands for the question it continued
  const lastQuestion = previous && askedIn(previous);
  if (MORE.test(line)) {
    if (!lastQuestion) return { kind: 'clarify', reply: clarifyReply() };
    const shown = turns
      .filter((turn) => turn.answer && !turn.answer.abstained && askedIn(turn) === lastQuestion)
      .flatMap((turn) => turn.answer?.points ?? []);
    return { kind: 'question', text: lastQuestion, previous: previous.answer, more: true, shown };
  }
  const about = WHAT_ABOUT.exec(line);
  const topic = about?.groups?.topic ?? about?.groups?.topic2 ?? about?.groups?.topic3;
  if (topic) {
    if (!lastQuestion) return { kind: 'clarify', reply: clarifyReply() };
    return { kind: 'question', text: swapTopic(lastQuestion, topic) };
  }
  // the name check parses the question: only a line that leans back on someone needs it
  if (
    PRONOUN.test(line) &&
    LEANS_BACK.test(line) &&
    namesIn(question).length === 0 &&
    !namesSomeone(question)
  ) {
    if (!lastQuestion) return { kind: 'clarify', reply: clarifyReply() };
    const names = namesIn(lastQuestion);
    return { kind: 'question', text: names.length ? `${question} (${names.join(', ')})` : question };
  }
  return { kind: 'question', text: question };
}

/** The question a turn answered: the engine's resolved question when the typed line was a follow-up. */
function askedIn(turn: ConversationTurn): string {
  return turn.answer?.resolvedQuestion ?? turn.question;
}

/** The previous question about a new topic: its names replaced, or the topic added when it had none. */
function swapTopic(previous: string, topic: string): string {
  const names = namesIn(previous);
  if (names.length === 0) return `${previous.replace(/[?\s]+$/, '')} ${topic}`;
  let swapped = previous;
  names.forEach((name, i) => {
    swapped = swapped.replace(new RegExp(`(\\bthe )?${escapeRegExp(name)}`), i === 0 ? topic : '');
  });
  return swapped.replace(/\s+/g, ' ').trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function clarifyReply(): string {
  return 'That sounds like a follow-up, but I have nothing before it to go on: could you ask the whole question? For example “What did Zelensky say about the ceasefire?”';
}
