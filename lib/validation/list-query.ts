import { z } from "zod";
import { isCalendarDate } from "@/lib/domain/calendar-date";
import { text } from "./fields";

// Shapes for list pages whose filters live in the URL (?q=…&page=2). A query string may repeat a key, and
// a hand-edited URL may hold anything: the first value counts, and nonsense falls back to the default.

const firstOf = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** Free text to search for; blank means "no filter". */
export const searchText = z.preprocess(
  firstOf,
  text()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
);

/** 1-based page number. */
export const pageNumber = z.preprocess(firstOf, z.coerce.number().int().min(1).max(100_000).catch(1));

/** One of `values`, or undefined for blank or anything else. */
export const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => {
    const first = firstOf(v);
    return first === "" ? undefined : first;
  }, z.enum(values).optional().catch(undefined));

/** A `YYYY-MM-DD` filter date, or undefined. */
export const optionalFilterDate = z.preprocess(
  firstOf,
  text()
    .refine(isCalendarDate)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
);

/** The page of a list and how many pages there are, for the pagination links. */
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number; pageCount: number };
