"use client";

import * as Dialog from "@radix-ui/react-dialog";
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { ArrowDown, ArrowUp, ArrowUpDown, CircleCheck, MoreHorizontal, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useActionState, useState } from "react";
import { Badge } from "@/components/badge";
import { Button } from "@/components/button";
import { useStyleNonce } from "@/components/use-style-nonce";
import type { Role } from "@/lib/auth/roles";
import type { PeopleSort } from "@/lib/validation/admin-people";
import { ROLE_LABEL, ROLE_OPTIONS } from "../../_components/labels";
import { bulkChangeRoleAction, bulkSetActiveAction, resendInviteAction } from "../actions";
import type { PeopleActionState } from "../form-states";

export type PersonRow = {
  id: string;
  name: string | null;
  email: string;
  role: Role;
  active: boolean;
  isYou: boolean;
  cohortNames: string[];
  hasSignedIn: boolean;
};

type Pending =
  | { kind: "role"; userIds: string[]; role: Role; who: string }
  | { kind: "active"; userIds: string[]; active: boolean; who: string }
  | { kind: "resend"; userId: string; who: string };

const IDLE: PeopleActionState = { status: "idle" };
const itemClass =
  "flex min-h-9 cursor-pointer items-center rounded px-2 text-sm text-slate-900 outline-none data-[highlighted]:bg-brand-50 data-[highlighted]:text-brand-800";

const whoOf = (p: PersonRow) => p.name ?? p.email;
const count = (n: number) => (n === 1 ? "1 person" : `${n} people`);

/**
 * The people list as a dense table (cards on a phone): sortable headers (links: the sort is the URL's),
 * a menu per row and bulk actions on a selection. Every change is confirmed in a dialog first; the
 * server decides what may change (never your own account, never the last admin) and says what it did.
 */
export function PeopleTable({
  people,
  sort,
  dir,
  sortHref,
}: {
  people: PersonRow[];
  sort: PeopleSort;
  dir: "asc" | "desc";
  sortHref: Record<PeopleSort, string>;
}) {
  useStyleNonce();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkRole, setBulkRole] = useState<Role>("student");
  const [pending, setPending] = useState<Pending | null>(null);
  const [roleState, roleAction, roleBusy] = useActionState(bulkChangeRoleAction, IDLE);
  const [activeState, activeAction, activeBusy] = useActionState(bulkSetActiveAction, IDLE);
  const [resendState, resendAction, resendBusy] = useActionState(resendInviteAction, IDLE);
  const [result, setResult] = useState<PeopleActionState>(IDLE);

  // Each finished action closes the dialog, clears the selection it acted on and says what happened:
  // adjusted while rendering, when an action's state is new (React's pattern for state from props).
  const [seen, setSeen] = useState([roleState, activeState, resendState]);
  const finished = [roleState, activeState, resendState].find((state, i) => state !== seen[i]);
  if (finished) {
    setSeen([roleState, activeState, resendState]);
    if (finished.status !== "idle") {
      setResult(finished);
      setPending(null);
      setSelected(new Set());
    }
  }

  const selectable = people.filter((p) => !p.isYou);
  const allSelected = selectable.length > 0 && selectable.every((p) => selected.has(p.id));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const selectedIds = [...selected].filter((id) => selectable.some((p) => p.id === id));
  const busy = roleBusy || activeBusy || resendBusy;

  const rowMenu = (person: PersonRow) =>
    person.isYou ? (
      <span className="text-xs text-slate-600">Your account</span>
    ) : (
      <RowMenu person={person} onChoose={setPending} />
    );

  return (
    <div className="space-y-3">
      <p
        role="status"
        className={
          result.status === "idle"
            ? "sr-only"
            : `flex items-start gap-2 rounded-md border p-3 text-sm font-medium ${
                result.status === "success"
                  ? "border-green-200 bg-green-50 text-green-800"
                  : "border-amber-300 bg-amber-50 text-amber-900"
              }`
        }
      >
        {result.status === "success" && <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0" />}
        {result.status === "error" && <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />}
        {result.message}
      </p>

      <div
        role="group"
        aria-label="Selected people"
        className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      >
        <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
          <input
            type="checkbox"
            className="accent-brand-700 size-5"
            checked={allSelected}
            disabled={selectable.length === 0}
            onChange={() => setSelected(allSelected ? new Set() : new Set(selectable.map((p) => p.id)))}
          />
          Select everyone on this page
        </label>
        <span className="text-sm text-slate-700">{count(selectedIds.length)} selected</span>
        <div className="flex flex-wrap items-center gap-2 sm:ml-auto">
          <label htmlFor="bulk-role" className="text-sm text-slate-700">
            New role
          </label>
          <select
            id="bulk-role"
            value={bulkRole}
            onChange={(e) => setBulkRole(e.target.value as Role)}
            className="min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            {ROLE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <Button
            size="sm"
            variant="secondary"
            disabled={selectedIds.length === 0}
            onClick={() =>
              setPending({
                kind: "role",
                userIds: selectedIds,
                role: bulkRole,
                who: count(selectedIds.length),
              })
            }
          >
            Change role
          </Button>
          <Button
            size="sm"
            variant="danger"
            disabled={selectedIds.length === 0}
            onClick={() =>
              setPending({
                kind: "active",
                userIds: selectedIds,
                active: false,
                who: count(selectedIds.length),
              })
            }
          >
            Deactivate
          </Button>
          <Button
            size="sm"
            variant="secondary"
            disabled={selectedIds.length === 0}
            onClick={() =>
              setPending({
                kind: "active",
                userIds: selectedIds,
                active: true,
                who: count(selectedIds.length),
              })
            }
          >
            Reactivate
          </Button>
        </div>
      </div>

      {/* Wide screens: the table. It fits at 1280 px: emails and cohorts wrap rather than scroll. */}
      <div className="hidden rounded-lg border border-slate-200 bg-white md:block">
        <table className="w-full table-fixed text-left text-sm">
          <caption className="sr-only">
            People, sorted by {sort}, {dir === "asc" ? "ascending" : "descending"}
          </caption>
          <thead className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="w-10 p-2">
                <span className="sr-only">Select</span>
              </th>
              <SortHeader
                label="Name"
                column="name"
                sort={sort}
                dir={dir}
                href={sortHref.name}
                className="w-[22%]"
              />
              <SortHeader
                label="Email"
                column="email"
                sort={sort}
                dir={dir}
                href={sortHref.email}
                className="w-[26%]"
              />
              <SortHeader
                label="Role"
                column="role"
                sort={sort}
                dir={dir}
                href={sortHref.role}
                className="w-24"
              />
              <SortHeader
                label="Status"
                column="status"
                sort={sort}
                dir={dir}
                href={sortHref.status}
                className="w-32"
              />
              <th scope="col" className="p-2 font-medium">
                Cohorts
              </th>
              <th scope="col" className="w-24 p-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {people.map((person) => (
              <tr key={person.id} className={selected.has(person.id) ? "bg-brand-50" : undefined}>
                <td className="p-2 align-top">
                  {!person.isYou && (
                    <input
                      type="checkbox"
                      aria-label={`Select ${whoOf(person)}`}
                      className="accent-brand-700 size-5"
                      checked={selected.has(person.id)}
                      onChange={() => toggle(person.id)}
                    />
                  )}
                </td>
                <th scope="row" className="p-2 align-top font-medium break-words text-slate-900">
                  {whoOf(person)}
                  {person.isYou && <span className="font-normal text-slate-600"> (you)</span>}
                </th>
                <td className="p-2 align-top break-all text-slate-700">{person.email}</td>
                <td className="p-2 align-top">{ROLE_LABEL[person.role]}</td>
                <td className="p-2 align-top">
                  <StatusBadge person={person} />
                </td>
                <td className="p-2 align-top break-words text-slate-700">
                  {person.cohortNames.join(", ") || <span className="text-slate-500">—</span>}
                </td>
                <td className="p-2 text-right align-top">{rowMenu(person)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {/* Phones: one card per person, the same menu. */}
      <ul className="space-y-3 md:hidden" aria-label="People">
        {people.map((person) => (
          <li key={person.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <div className="flex items-start gap-3">
              {!person.isYou && (
                <input
                  type="checkbox"
                  aria-label={`Select ${whoOf(person)}`}
                  className="accent-brand-700 mt-0.5 size-5 shrink-0"
                  checked={selected.has(person.id)}
                  onChange={() => toggle(person.id)}
                />
              )}
              <div className="min-w-0 flex-1">
                <p className="font-medium break-words text-slate-900">
                  {whoOf(person)}
                  {person.isYou && <span className="font-normal text-slate-600"> (you)</span>}
                </p>
                <p className="break-all text-slate-600">{person.email}</p>
                <p className="mt-1 flex flex-wrap items-center gap-2">
                  <Badge tone="accent">{ROLE_LABEL[person.role]}</Badge>
                  <StatusBadge person={person} />
                </p>
                {person.cohortNames.length > 0 && (
                  <p className="mt-1 text-slate-700">Cohorts: {person.cohortNames.join(", ")}</p>
                )}
              </div>
              <div className="shrink-0">{rowMenu(person)}</div>
            </div>
          </li>
        ))}
      </ul>

      <Dialog.Root open={pending !== null} onOpenChange={(open) => !open && !busy && setPending(null)}>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
          <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg border border-slate-200 bg-white p-5">
            {pending && (
              <ConfirmForm
                pending={pending}
                busy={busy}
                action={
                  pending.kind === "role"
                    ? roleAction
                    : pending.kind === "active"
                      ? activeAction
                      : resendAction
                }
              />
            )}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </div>
  );
}

function ConfirmForm({
  pending,
  busy,
  action,
}: {
  pending: Pending;
  busy: boolean;
  action: (formData: FormData) => void;
}) {
  const { title, body, confirm, danger } = describe(pending);
  const ids = pending.kind === "resend" ? [] : pending.userIds;
  return (
    <form action={action} className="space-y-4">
      <Dialog.Title className="text-lg font-semibold text-slate-900">{title}</Dialog.Title>
      <Dialog.Description className="text-sm text-slate-700">{body}</Dialog.Description>
      {ids.map((id) => (
        <input key={id} type="hidden" name="userIds" value={id} />
      ))}
      {pending.kind === "role" && <input type="hidden" name="role" value={pending.role} />}
      {pending.kind === "active" && <input type="hidden" name="active" value={String(pending.active)} />}
      {pending.kind === "resend" && <input type="hidden" name="userId" value={pending.userId} />}
      <div className="flex flex-wrap justify-end gap-3">
        <Dialog.Close asChild>
          <Button type="button" variant="secondary" disabled={busy}>
            Cancel
          </Button>
        </Dialog.Close>
        <Button type="submit" variant={danger ? "danger" : "primary"} disabled={busy}>
          {busy ? "Working…" : confirm}
        </Button>
      </div>
    </form>
  );
}

function describe(pending: Pending) {
  switch (pending.kind) {
    case "role":
      return {
        title: `Change the role of ${pending.who} to ${ROLE_LABEL[pending.role]}?`,
        body: "It applies from their next click. Someone who stops being an advisor loses their cohort assignments.",
        confirm: `Make ${ROLE_LABEL[pending.role].toLowerCase()}`,
        danger: false,
      };
    case "active":
      return pending.active
        ? {
            title: `Reactivate ${pending.who}?`,
            body: "They can sign in again with the same records.",
            confirm: "Reactivate",
            danger: false,
          }
        : {
            title: `Deactivate ${pending.who}?`,
            body: "They are signed out at their next click and can't sign in again. Their records are kept.",
            confirm: "Deactivate",
            danger: true,
          };
    case "resend":
      return {
        title: `Send ${pending.who} a new sign-in link?`,
        body: "They have not signed in yet. The link works once, for 15 minutes.",
        confirm: "Send link",
        danger: false,
      };
  }
}

function RowMenu({ person, onChoose }: { person: PersonRow; onChoose: (pending: Pending) => void }) {
  const who = whoOf(person);
  return (
    // Not modal: the dialog it opens takes the focus over from it.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Actions for ${who}`}>
          <MoreHorizontal aria-hidden="true" className="size-4" />
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-30 min-w-48 rounded-md border border-slate-200 bg-white p-1"
        >
          <DropdownMenu.Label className="px-2 py-1 text-xs text-slate-600">Role</DropdownMenu.Label>
          {ROLE_OPTIONS.filter((o) => o.value !== person.role).map((o) => (
            <DropdownMenu.Item
              key={o.value}
              className={itemClass}
              onSelect={() => onChoose({ kind: "role", userIds: [person.id], role: o.value, who })}
            >
              Make {o.label.toLowerCase()}
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item
            className={itemClass}
            onSelect={() => onChoose({ kind: "active", userIds: [person.id], active: !person.active, who })}
          >
            {person.active ? "Deactivate" : "Reactivate"}
          </DropdownMenu.Item>
          {person.active && !person.hasSignedIn && (
            <DropdownMenu.Item
              className={itemClass}
              onSelect={() => onChoose({ kind: "resend", userId: person.id, who })}
            >
              Resend invite
            </DropdownMenu.Item>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

function StatusBadge({ person }: { person: PersonRow }) {
  if (!person.active) return <Badge tone="due-today">Deactivated</Badge>;
  if (!person.hasSignedIn) return <Badge tone="upcoming">Never signed in</Badge>;
  return <Badge tone="done">Active</Badge>;
}

function SortHeader({
  label,
  column,
  sort,
  dir,
  href,
  className,
}: {
  label: string;
  column: PeopleSort;
  sort: PeopleSort;
  dir: "asc" | "desc";
  href: string;
  className: string;
}) {
  const current = sort === column;
  const Icon = current ? (dir === "asc" ? ArrowUp : ArrowDown) : ArrowUpDown;
  return (
    <th
      scope="col"
      aria-sort={current ? (dir === "asc" ? "ascending" : "descending") : undefined}
      className={`p-2 font-medium ${className}`}
    >
      <Link href={href} className="inline-flex items-center gap-1 text-slate-800 hover:underline">
        {label}
        <Icon aria-hidden="true" className={`size-3.5 ${current ? "text-brand-700" : "text-slate-400"}`} />
        {current && <span className="sr-only">(sorted {dir === "asc" ? "ascending" : "descending"})</span>}
      </Link>
    </th>
  );
}
