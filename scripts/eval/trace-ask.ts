import { traceAnswer } from '../../src/ask/answer-question.js';
import { createEngine } from '../../src/create-engine.js';
import { analyseQuestion } from '../../src/nlp/question.js';

/**
 * Prints how /ask ranked a question: its analysis, the answer or abstention, the features the confidence
 * model read and the best few candidates, for working on the ranking (train questions and dev sets only).
 *
 *   npx tsx scripts/eval/trace-ask.ts "how old is putin" ["another question" …]
 */
async function main(): Promise<void> {
  const engine = await createEngine({ knowledgeDir: 'knowledge', cacheDir: '.cache', threads: 1 });
  for (const question of process.argv.slice(2)) {
    const a = analyseQuestion(question);
    console.log(`\n=== ${question}`);
    console.log(
      JSON.stringify({
        type: a.type,
        names: a.names,
        focus: a.focus,
        focusNouns: a.focusNouns,
        predicates: a.predicates,
        topic: a.topic,
        several: a.several,
        terms: a.terms.map((t) => t.word),
      }),
    );
    const trace = await traceAnswer(engine.knowledge, question);
    console.log(
      trace.answer.abstained ? 'ABSTAIN' : `ANSWER ${trace.answer.confidence}`,
      trace.answer.text.slice(0, 160),
    );
    if (trace.features) console.log(JSON.stringify(trace.features));
    for (const r of (trace.ranked ?? []).slice(0, 5))
      console.log(
        `  ${r.score.toFixed(2)} fits=${r.fitsType} miss=${r.missingRequired} pred=${r.predicateShare.toFixed(2)} [${[...r.matched.keys()].join(',')}] ${r.sentence.text.slice(0, 110)}`,
      );
  }
}

await main();
