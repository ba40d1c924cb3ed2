// Stands in for `server-only` (see vitest.config.ts): importing it must simply succeed.
export {};
