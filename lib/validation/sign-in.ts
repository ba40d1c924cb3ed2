import { z } from "zod";
import { text } from "./fields";

// Deliberately narrower than RFC 5322: one plain address, ASCII only, no quoted local part, no display
// name, no comment, no whitespace or control characters. Anything cleverer is a way to make one request
// mail two people or to slip past the domain allow-list.
const PLAIN_ADDRESS =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export const emailAddressSchema = text({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(254, "That email address is too long")
  .toLowerCase()
  .refine((value) => PLAIN_ADDRESS.test(value) && !value.includes(".."), {
    message: "Enter a single email address, like name@university.edu",
  });

export const signInRequestSchema = z.object({
  email: emailAddressSchema,
  callbackUrl: text().max(2000).optional(),
});

export type SignInRequestInput = z.input<typeof signInRequestSchema>;
