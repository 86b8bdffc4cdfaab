/** "1 article", "5 articles", "1 passage": counts read as English on every platform. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
