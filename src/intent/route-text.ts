import { commands } from '../commands/index.js';
import { isOverLineLimit, MAX_RAW_LINE_LENGTH } from '../commands/options.js';
import { parseCommandLine } from '../commands/run-command.js';
import { cleanInput } from '../text/clean-input.js';
import { coreRequest } from './phrasing.js';
import type { Route, Verdict } from './route.js';
import { routeTimeline } from './timeline.js';
import { routeWhoSaid } from './who-said.js';

/**
 * Routes plain English to a command from the command list, with raw option strings the command's zod
 * schemas validate later. Knows nothing of any chat platform: Slack mentions and the REPL's bare text
 * both come through here. Anything it does not recognise is a question for /ask, asked as typed.
 */

const HELP = [
  /^(help|\?|commands|usage|menu|hi|hello|hey|hiya|yo|start|get started|thanks|thank you|ty)$/i,
  /^help(?: (?:me|please|with \S+|on \S+|\S+))?$/i,
  /^(?:the |your )?(?:list of )?commands$/i,
  /^what (?:can|do|should) (?:i|you) (?:do|ask|say|type)(?: you| here| with you)?$/i,
  /^what are (?:the|your) commands$/i,
  /^how (?:do|does|can) (?:i|you|this|it) (?:use (?:you|this|it|talksbot)|work)$/i,
  /^who are you$/i,
];

const SOURCES = [
  /^(?:the |your |all )?(?:sources|articles)$/i,
  /^(?:what|which) (?:are|were) (?:the|your) (?:sources|articles)$/i,
  /^(?:what|which) (?:sources|articles) (?:do you (?:know|have|use|cover|read)|are (?:there|you using|loaded))$/i,
  /^(?:what|which) (?:sources|articles) (?:do you know|are you using)(?: about)?$/i,
  /^where (?:does|do) (?:your|the|this) (?:information|info|data|answers?) come from$/i,
  /^what (?:do you know|have you read)$/i,
];

const ask = (text: string): Route => ({ command: 'ask', options: { question: text } });

// the command names from the command list, also typed without their hyphen ("whosaid")
const commandSpellings = new Map(
  commands.flatMap((command) => [
    [command.name, command.name],
    [command.name.replaceAll('-', ''), command.name],
  ]),
);
const COMMAND_WORD = new RegExp(`^(${[...commandSpellings.keys()].join('|')})(?=\\s|$)`, 'i');

/** "/who-said Lavrov", or without the slash: "who-said Lavrov", "timeline Istanbul --from 2025-04". */
function explicitCommand(text: string): Route | undefined {
  if (text.startsWith('/')) {
    const parsed = parseCommandLine(text);
    // an unknown "/name" keeps its name, so the caller can say there is no such command
    return parsed && { command: parsed.command?.name ?? parsed.name, options: parsed.options };
  }
  const word = COMMAND_WORD.exec(text);
  if (!word) return undefined;
  const name = commandSpellings.get(word[1]!.toLowerCase())!;
  const parsed = parseCommandLine(`/${name}${text.slice(word[0].length)}`);
  if (!parsed?.command) return undefined;
  // "help me understand the deal" is a question: a command without options must stand alone
  if (Object.keys(parsed.command.options).length === 0 && text.slice(word[0].length).trim()) return undefined;
  return { command: parsed.command.name, options: parsed.options };
}

export function routeText(text: string): Route {
  // too long to be any command: /ask refuses it by its length, and no language work is spent on it
  if (isOverLineLimit(text)) return ask(text.slice(0, MAX_RAW_LINE_LENGTH));
  const clean = cleanInput(text);
  // flags ("--from 2025-04") mean the command syntax, even without the slash
  if (clean.startsWith('/') || (COMMAND_WORD.test(clean) && /\s--\w/.test(clean))) {
    const explicit = explicitCommand(clean);
    if (explicit) return explicit;
  }
  const core = coreRequest(clean);
  if (HELP.some((pattern) => pattern.test(core))) return { command: 'help', options: {} };
  if (SOURCES.some((pattern) => pattern.test(core))) return { command: 'sources', options: {} };
  for (const family of [routeTimeline, routeWhoSaid]) {
    const verdict: Verdict = family(core);
    if (verdict === 'ask') return ask(clean);
    if (verdict) return verdict;
  }
  return explicitCommand(core) ?? ask(clean);
}
