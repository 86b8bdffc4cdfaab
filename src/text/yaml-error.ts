/**
 * A YAML syntax error in one line a person can act on: "line 4, column 3: Missing closing "quote".
 * `firstLine` is the file line the YAML text starts on (front matter starts on line 2, after `---`), so
 * the line named is the one an editor shows.
 */
export function describeYamlError(error: unknown, firstLine = 1): string {
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const position =
    typeof error === 'object' && error !== null && 'linePos' in error && Array.isArray(error.linePos)
      ? (error.linePos[0] as { line?: unknown; col?: unknown } | undefined)
      : undefined;
  if (typeof position?.line !== 'number') return message;
  // yaml's message ends with "at line L, column C:", counted from the YAML text, not the file
  const what = message.replace(/ at line \d+, column \d+:?$/, '');
  const column = typeof position.col === 'number' ? `, column ${position.col}` : '';
  return `line ${position.line + firstLine - 1}${column}: ${what}`;
}
