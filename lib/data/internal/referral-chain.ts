import "server-only";
import { sql, type Placeholder, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";

// Walking a student's referral chain. Scoped by the `studentId` the caller passes: callers in lib/data take
// it from the viewer, which is why this lives in internal/ (app/ may not import it).

export type ReferralChainLink = { id: string; name: string; organizationName: string | null };

/** How far up a referral chain we walk; real chains are a handful of people. */
const MAX_REFERRAL_DEPTH = 50;

/** Why `contactId` may not be referred by `referrerId`, or null when it may. */
export async function referralProblem(studentId: string, contactId: string, referrerId: string) {
  if (referrerId === contactId) return "Someone can't be their own referral. Choose another person.";
  const chain = await ancestorsOf(studentId, referrerId);
  if (chain.some((link) => link.id === contactId)) {
    return "That would make a loop: this person already led you, directly or through others, to the one you chose.";
  }
  return null;
}

/**
 * The contact and the people who referred them, nearest first. The path array stops a loop (which updates
 * refuse, but a race could still make) and the depth cap bounds the walk whatever the data says.
 */
export async function ancestorsOf(studentId: string, contactId: string): Promise<ReferralChainLink[]> {
  const rows = await getDb().execute<{ id: string; name: string; organization_name: string | null }>(
    ancestorsSql(studentId, contactId),
  );
  return rows.map((r) => ({ id: r.id, name: r.name, organizationName: r.organization_name }));
}

/** ancestorsOf's query (id, name, organization_name, depth; nearest first), to nest in a larger statement. */
export function ancestorsSql(studentId: string | Placeholder, contactId: string | Placeholder): SQL {
  return sql`
    with recursive chain (id, name, organization_id, referred_by_contact_id, depth, path) as (
      select c.id, c.name, c.organization_id, c.referred_by_contact_id, 0, array[c.id]
      from contacts c
      where c.id = ${contactId} and c.student_id = ${studentId}
      union all
      select p.id, p.name, p.organization_id, p.referred_by_contact_id, chain.depth + 1, chain.path || p.id
      from contacts p
      join chain on p.id = chain.referred_by_contact_id
      where p.student_id = ${studentId} and chain.depth < ${MAX_REFERRAL_DEPTH} and not p.id = any (chain.path)
    )
    select chain.id, chain.name, o.name as organization_name, chain.depth
    from chain
    left join organizations o on o.id = chain.organization_id and o.student_id = ${studentId}
    order by chain.depth`;
}
