import type { QaRow, Ratio, ReliabilityBin, SetSummary } from './score.js';

/** Plain-text rendering of a question set's scores, for `npm run eval` without `--json`. */

const pct = (r: Ratio) => (r.of ? `${Math.round((100 * r.n) / r.of)}%` : '–');
const frac = (r: Ratio) => `${r.n}/${r.of}`.padStart(7);

export function formatReliability(bins: ReliabilityBin[], ece: number | null): string {
  const rows = bins.map((b) => {
    const range = `${b.from.toFixed(1)}–${b.to.toFixed(1)}`;
    const accuracy = b.accuracy === null ? '–' : `${Math.round(100 * b.accuracy)}%`;
    const mean = b.meanConfidence === null ? '–' : b.meanConfidence.toFixed(2);
    return `      ${range}   ${String(b.answers).padStart(7)}   ${String(b.right).padStart(5)}   ${accuracy.padStart(8)}   ${mean.padStart(9)}`;
  });
  return [
    '    reliability (search hits only; an abstention claims nothing):',
    '      confidence  answers   right   accuracy   mean conf',
    ...rows,
    `      expected calibration error: ${ece === null ? '–' : ece.toFixed(2)}`,
  ].join('\n');
}

export function formatSetSummary(title: string, s: SetSummary, rows: QaRow[], verbose: boolean): string {
  const lines = [
    `${title} (${s.questions} questions)`,
    `    answered right        ${frac(s.answeredRight)}  (${pct(s.answeredRight)})`,
    `    abstained right       ${frac(s.abstainedRight)}  (${pct(s.abstainedRight)})`,
  ];
  if (s.notAnswerRight.of)
    lines.push(`    not answered (chat)   ${frac(s.notAnswerRight)}  (${pct(s.notAnswerRight)})`);
  lines.push(
    `    wrong & confident     ${frac(s.wrongConfident)}  (${pct(s.wrongConfident)} of answers given)`,
    `    all lines right       ${frac(s.overall)}  (${pct(s.overall)})`,
  );
  if (s.points.lines)
    lines.push(
      `    summary points        ${frac(s.points)}  covered; ${s.points.withTwoOrMore}/${s.points.lines} summaries with ≥ 2 points`,
    );
  const kinds = Object.entries(s.byKind);
  if (kinds.length > 1)
    lines.push(`    by kind: ${kinds.map(([k, r]) => `${k} ${r.n}/${r.of}`).join(' · ')}`);
  lines.push(formatReliability(s.reliability, s.ece));
  if (verbose)
    for (const r of rows.filter((row) => !row.correct))
      lines.push(
        `      ✗ ${r.id} [${r.kind}] ${r.q} → ${r.answered ? `(${r.confidence.toFixed(2)}) ` : ''}${r.detail.slice(0, 140)}`,
      );
  return lines.join('\n');
}
