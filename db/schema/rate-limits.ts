import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// The table shape rate-limiter-flexible's RateLimiterDrizzle reads and writes. Kept in Postgres so every
// app server behind a load balancer shares the same counters.
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  points: integer().notNull().default(0),
  expire: timestamp({ withTimezone: true, mode: "date" }),
});
