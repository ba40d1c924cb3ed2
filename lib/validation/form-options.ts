/**
 * The limits and choices that client forms show beside their fields (a counter, a select's options). They
 * live apart from the schemas, with no import of zod, because a client component that imports a schema
 * module ships zod with it (~31 kB gzip: the bundler cannot drop a module whose top level builds schemas).
 * The schema modules import them from here; tests/unit/client-imports.test.ts keeps zod out of every client
 * component's imports.
 */

/** ISO weekday numbers, as stored. */
export const WEEKDAYS = [
  { value: 1, label: "Monday" },
  { value: 2, label: "Tuesday" },
  { value: 3, label: "Wednesday" },
  { value: 4, label: "Thursday" },
  { value: 5, label: "Friday" },
  { value: 6, label: "Saturday" },
  { value: 7, label: "Sunday" },
] as const;

export const ACADEMIC_YEARS = [
  "first-year",
  "second-year",
  "third-year",
  "fourth-year",
  "fifth-year-plus",
  "graduate",
  "alumni",
] as const;
export type AcademicYear = (typeof ACADEMIC_YEARS)[number];

export const ACADEMIC_YEAR_LABEL: Record<AcademicYear, string> = {
  "first-year": "First year",
  "second-year": "Second year",
  "third-year": "Third year",
  "fourth-year": "Fourth year",
  "fifth-year-plus": "Fifth year or later",
  graduate: "Graduate student",
  alumni: "Graduated",
};

/** Long enough for a 60-second pitch with room to spare; the word count hint steers toward 75–150 words. */
export const PITCH_MAX_LENGTH = 2000;
export const QUESTION_MIN_LENGTH = 10;
export const QUESTION_MAX_LENGTH = 300;

/** The database CHECK allows 1 to 4000 characters; the form says so first. */
export const COMMENT_MAX_LENGTH = 4000;
