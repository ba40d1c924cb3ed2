import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Only lib/data may touch the database (decision 001). Scripts, db/ itself and tests are the exceptions.
// Type-only imports (the Role union, say) carry no database access and stay allowed.
const databaseFence = {
  paths: [
    { name: "postgres", message: "Database access goes through lib/data." },
    { name: "@auth/drizzle-adapter", message: "Database access goes through lib/data." },
  ],
  patterns: [
    { group: ["drizzle-orm", "drizzle-orm/*"], message: "Database access goes through lib/data." },
    {
      group: ["@/db/*", "**/db/*", "**/db/schema/*"],
      message: "Database access goes through lib/data.",
      allowTypeImports: true,
    },
    // lib/data/internal/ reads without checking the viewer; only lib/data itself may call it (decision 001).
    {
      group: ["@/lib/data/internal/*", "**/lib/data/internal/*"],
      message: "lib/data/internal/ skips the viewer check: call a lib/data function that checks it instead.",
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    ".test-data/**",
    "node_modules/**",
    "db/migrations/**",
    "next-env.d.ts",
  ]),
  {
    files: ["**/*.{ts,tsx}"],
    ignores: ["lib/data/**", "db/**", "scripts/**", "tests/**", "e2e/**", "drizzle.config.ts"],
    rules: { "no-restricted-imports": ["error", databaseFence] },
  },
  {
    // Every string schema passes the one control-character check in fields.ts: start from its `text()`.
    files: ["lib/validation/**/*.ts"],
    ignores: ["lib/validation/fields.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='z'][property.name='string']",
          message: "Use text() (or another shape) from ./fields: it refuses control characters.",
        },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
]);
