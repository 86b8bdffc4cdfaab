import {
  type Answer,
  type ConversationStore,
  type ConversationTurn,
  type Engine,
  runLine,
} from '../../src/index.js';

/**
 * Answers a line as part of a conversation: the turns kept under `key` go to /ask as its context ("go on",
 * "and what about Odesa?", "what did she say after that?"), and the new turn is kept for the next line.
 * Only /ask turns are kept: they are what a follow-up leans on.
 */
export async function answerInConversation(
  engine: Engine,
  conversations: ConversationStore,
  key: string,
  line: string,
): Promise<Answer> {
  const turns = await conversations.turns(key);
  let asked: ConversationTurn | undefined;
  const answer = await runLine(
    withTurns(engine, turns, (turn) => (asked = turn)),
    line,
  );
  if (asked) await conversations.append(key, asked);
  return answer;
}

/** The engine, with /ask given the conversation so far and reporting the turn it answered. */
function withTurns(
  engine: Engine,
  turns: readonly ConversationTurn[],
  onTurn: (turn: ConversationTurn) => void,
): Engine {
  return {
    async ask(question, context) {
      const answer = await engine.ask(question, context ?? { turns });
      // the question really answered: a second "go on" must continue it, not search for "go on"
      onTurn({ question: answer.resolvedQuestion ?? question, answer });
      return answer;
    },
    whoSaid: (query) => engine.whoSaid(query),
    timeline: (query) => engine.timeline(query),
    sources: () => engine.sources(),
    speakers: () => engine.speakers(),
    timelineTopics: () => engine.timelineTopics(),
    entityType: (name) => engine.entityType(name),
    passage: (articleId, start, end) => engine.passage(articleId, start, end),
  };
}
