import { z } from "zod";
import { text } from "./fields";

/** The typed confirmation: the student's own address, so a stray click can never delete an account. */
export const deleteAccountSchema = z.object({
  confirmation: text()
    .trim()
    .min(1, "Type your email address to confirm")
    .max(320, "Type your email address to confirm"),
});
export type DeleteAccountInput = z.output<typeof deleteAccountSchema>;
