const MAX_EMAIL_NAME = 24;

/**
 * What to call someone on screen: their name when they have one, otherwise the part of their address before
 * the @ (the domain is the same for a whole university and says nothing), cut to fit a narrow column.
 */
export function displayName(person: { name: string | null; email: string }): string {
  const name = person.name?.trim();
  if (name) return name;
  const local = person.email.split("@")[0] || person.email;
  return local.length > MAX_EMAIL_NAME ? `${local.slice(0, MAX_EMAIL_NAME - 1)}…` : local;
}
