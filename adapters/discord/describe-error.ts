/** An error as log context: its name and message, its code (discord.js and Node set one), and its stack. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    error: `${error.name}: ${error.message}`,
    ...(code !== undefined ? { code } : {}),
    stack: error.stack,
  };
}
