export type DatePrecision = 'year' | 'month' | 'day';
export type DateQualifier = 'early' | 'mid' | 'late';
export type Tense = 'past' | 'present' | 'future';

/**
 * A date at the precision the text supports: `1994`, `2024-08`, `2025-07-20`.
 * Ranges ("the 2014–2015 Minsk process", "last week") carry an `endDate` at the same precision.
 */
export interface DateValue {
  date: string;
  endDate?: string | undefined;
  precision: DatePrecision;
  /** "early June" → early */
  qualifier?: DateQualifier | undefined;
}

/**
 * How the time relates to the sentence:
 * - `at`: the sentence's event happens then ("On Wednesday, Trump signed …")
 * - `reference`: a point the sentence measures from ("after Easter", "since 2014"), not the event's own time
 * - `deadline`: a limit ("until Friday", "by 2030"); still a dated event, the deadline itself
 */
export type TemporalRole = 'at' | 'reference' | 'deadline';

/** A temporal expression found in a sentence, normalised. Offsets are into the sentence text. */
export interface TemporalExpression extends DateValue {
  text: string;
  start: number;
  end: number;
  /** true when the date was worked out from the publication date ("on Sunday", "last month", "in early June") */
  relative: boolean;
  role: TemporalRole;
  /** the tense used to pick a direction, when one was needed */
  tense?: Tense | undefined;
}
