"use client";

import { ActionForm } from "@/components/action-form";
import { SelectField } from "@/components/select-field";
import type { Role } from "@/lib/auth/roles";
import { ROLE_OPTIONS } from "../../_components/labels";
import { changeRoleAction, setActiveAction } from "../actions";

/** Change role and deactivate / reactivate, for one person in the list. */
export function PersonControls({
  person,
}: {
  person: { id: string; name: string | null; email: string; role: Role; active: boolean };
}) {
  const who = person.name ?? person.email;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <ActionForm
        id={`role-form-${person.id}`}
        action={changeRoleAction}
        initial={{ role: person.role }}
        hidden={{ userId: person.id }}
        submitLabel="Change role"
        savedMessage={`${who}'s role is saved. It applies from their next click.`}
      >
        {(shown, errors) => (
          <SelectField
            id={`role-${person.id}`}
            name="role"
            label={`Role of ${who}`}
            options={ROLE_OPTIONS}
            defaultValue={shown.role ?? person.role}
            errors={errors.role}
          />
        )}
      </ActionForm>
      <ActionForm
        id={`active-form-${person.id}`}
        action={setActiveAction}
        initial={{}}
        hidden={{ userId: person.id, active: String(!person.active) }}
        submitLabel={person.active ? `Deactivate ${who}` : `Reactivate ${who}`}
        savedMessage={
          person.active
            ? `${who} can sign in again.`
            : `${who} is deactivated and signed out at their next click. Their records are kept.`
        }
      >
        {() => (
          <p className="text-sm text-slate-600">
            {person.active
              ? "Deactivating signs them out at their next click and keeps their records."
              : "Reactivating lets them sign in again with the same records."}
          </p>
        )}
      </ActionForm>
    </div>
  );
}
