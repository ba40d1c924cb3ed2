// The unit tier has no database: a unit test that reaches for one fails fast on this closed port rather than
// finding a developer's server. Set, not defaulted: a developer's shell (SMTP_URL, MAIL_MODE=smtp, …) must
// not change what tests do. The integration tier sets the same values in per-file.ts.
process.env.DATABASE_URL = "postgres://unit-tests@127.0.0.1:1/no_database_in_unit_tests";
process.env.AUTH_SECRET = "test-secret-0123456789abcdef0123456789abcdef";
process.env.APP_URL = "http://localhost:3000";
process.env.MAIL_MODE = "mailbox";
