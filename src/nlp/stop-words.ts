/**
 * Words that carry no answer-finding weight in a question. lunr's own English list plus question
 * scaffolding ("what did … say"), so "say" in "What did Peskov say…" does not have to appear in the answer.
 */
const FUNCTION_WORDS =
  'a able about across after all almost also am among an and any are as at be because been but by can cannot could dear did do does either else ever every for from get got had has have he her hers him his how however i if in into is it its just least let like likely may me might most must my neither no nor not of off often on only or other our own rather said say says she should since so some than that the their them then there these they this tis to too twas us wants was we were what when where which while who whom why will with would yet you your'.split(
    ' ',
  );

const QUESTION_SCAFFOLD =
  'tell know name named called happen happened happening think thought mean meaning saying stated state describe described explain kind sort type much many whose thing things stuff out up aside off away'.split(
    ' ',
  );

export const STOP_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...QUESTION_SCAFFOLD]);
