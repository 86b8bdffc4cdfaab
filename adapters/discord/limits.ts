/**
 * Discord's message limits. discord.js validates some of these in its builders, but not the 2000-character
 * content limit nor the 6000-character total across embeds, so render() enforces all of them itself.
 */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** title + description + field names and values + footer + author, summed over every embed */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandDescription: 100,
  optionDescription: 100,
} as const;

// the shared truncation, re-exported for the Discord modules that fit their own limits
export { joinLinesWithin, truncate } from '../shared/truncate.js';
