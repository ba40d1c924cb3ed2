import Link from "next/link";
import type { ReferralNode } from "@/lib/data/student/contacts/referrals";
import { plural } from "@/lib/domain/plural";

export type ReferralTreeNode = ReferralNode & { children: ReferralTreeNode[] };

/**
 * Who led to whom. Roots are the people with no referrer among the student's contacts; the input's order
 * (by name) is kept at every level. Each person appears once: a loop, which saves refuse but a race could
 * still make, is cut where it is first met, so nobody is lost and the tree stays finite.
 */
export function buildReferralTree(nodes: ReferralNode[]): ReferralTreeNode[] {
  const byId = new Map(nodes.map((n) => [n.id, { ...n, children: [] as ReferralTreeNode[] }]));
  const referredBy = new Map<string, ReferralTreeNode[]>();
  for (const node of byId.values()) {
    if (node.referredByContactId === null) continue;
    const siblings = referredBy.get(node.referredByContactId) ?? [];
    siblings.push(node);
    referredBy.set(node.referredByContactId, siblings);
  }
  const placed = new Set<string>();
  const roots: ReferralTreeNode[] = [];

  function place(node: ReferralTreeNode) {
    placed.add(node.id);
    for (const child of referredBy.get(node.id) ?? []) {
      if (placed.has(child.id)) continue;
      node.children.push(child);
      place(child);
    }
  }

  for (const node of byId.values()) {
    const hasReferrer = node.referredByContactId !== null && byId.has(node.referredByContactId);
    if (!hasReferrer) {
      roots.push(node);
      place(node);
    }
  }
  // Whatever is left sits on a loop: start it from its first member.
  for (const node of byId.values()) {
    if (!placed.has(node.id)) {
      roots.push(node);
      place(node);
    }
  }
  return roots;
}

export function ReferralTree({ nodes, label }: { nodes: ReferralTreeNode[]; label?: string }) {
  return (
    <ul
      aria-label={label}
      className={label ? "space-y-3" : "mt-2 space-y-2 border-l-2 border-slate-200 pl-4"}
    >
      {nodes.map((node) => (
        <li key={node.id} className="text-sm">
          <Link href={`/contacts/${node.id}`} className="link font-medium break-words">
            {node.name}
          </Link>
          {node.organizationName && <span className="text-slate-600"> · {node.organizationName}</span>}
          {node.children.length > 0 && (
            <>
              <span className="sr-only">
                , referred you to {plural(node.children.length, "person", "people")}:
              </span>
              <ReferralTree nodes={node.children} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
