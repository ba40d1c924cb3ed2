import { addDays, formatISO } from "date-fns";
import type { Database } from "../../db/client";
import { contacts, interviews, outreachAttempts, studentProfiles } from "../../db/schema/index";

const day = (n: number) => formatISO(addDays(new Date(), n), { representation: "date" });

/**
 * A student's week with something on every list: a message awaiting a reply with its first follow-up overdue, one
 * sent yesterday, and an interview held two days ago still owing its thank-you. Returns the people's names.
 */
export async function giveStudentWork(db: Database, studentId: string) {
  await db
    .insert(studentProfiles)
    .values({ studentId, timeZone: "UTC", elevatorPitch: "I'm studying data science and …" })
    .onConflictDoNothing();
  const [cy, di, fay] = await db
    .insert(contacts)
    .values([
      { studentId, name: "Cy Park" },
      { studentId, name: "Di Moreno" },
      { studentId, name: "Fay Lindqvist" },
    ])
    .returning({ id: contacts.id, name: contacts.name });
  await db.insert(outreachAttempts).values([
    // Six days ago: whatever the weekday, the first follow-up is overdue and the second not yet due.
    { studentId, contactId: cy!.id, sentOn: day(-6), channel: "email" },
    { studentId, contactId: di!.id, sentOn: day(-1), channel: "linkedin" },
    {
      studentId,
      contactId: fay!.id,
      sentOn: day(-20),
      channel: "email",
      reply: "replied",
      repliedOn: day(-18),
    },
  ]);
  const [interview] = await db
    .insert(interviews)
    .values({
      studentId,
      contactId: fay!.id,
      startsAt: addDays(new Date(), -2),
      timeZone: "UTC",
      format: "video",
      status: "completed",
    })
    .returning({ id: interviews.id });
  return { cy: cy!, di: di!, fay: fay!, interviewId: interview!.id };
}
