import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { contacts, organizations } from "@/db/schema/index";
import { ancestorsOf, type ReferralChainLink } from "@/lib/data/internal/referral-chain";
import { requireStudent } from "@/lib/data/student/scope";

export type ReferralNode = {
  id: string;
  name: string;
  organizationName: string | null;
  referredByContactId: string | null;
};

export type ReferralChain = { chain: ReferralChainLink[]; referrals: ReferralChainLink[] };

/** Every contact with the one who referred them: the caller builds the tree. */
export async function getReferralNetwork(): Promise<ReferralNode[]> {
  const student = await requireStudent();
  return getDb()
    .select({
      id: contacts.id,
      name: contacts.name,
      organizationName: organizations.name,
      referredByContactId: contacts.referredByContactId,
    })
    .from(contacts)
    .leftJoin(
      organizations,
      and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, student.id)),
    )
    .where(eq(contacts.studentId, student.id))
    .orderBy(asc(sql`lower(${contacts.name})`), asc(contacts.id));
}

/** Who led to whom: from the first person in the chain down to this contact, then the people they referred. */
export async function getReferralChain(id: string): Promise<ReferralChain> {
  const student = await requireStudent();
  const ancestors = await ancestorsOf(student.id, id);
  if (ancestors.length === 0) notFound();
  const referrals = await getDb()
    .select({ id: contacts.id, name: contacts.name, organizationName: organizations.name })
    .from(contacts)
    .leftJoin(
      organizations,
      and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, student.id)),
    )
    .where(and(eq(contacts.referredByContactId, id), eq(contacts.studentId, student.id)))
    .orderBy(asc(sql`lower(${contacts.name})`));
  return { chain: ancestors.reverse(), referrals };
}
