// One value per process for things that hold connections (the database pool, the SMTP transport, the
// sign-in rate limiters). Kept on globalThis, not in a module variable, so the dev server's reloads and
// Next's separate route bundles share one instance instead of opening a pool each.

type Slot = { key: string; value: unknown };

const holder = globalThis as unknown as { __fieldnotesSingletons?: Map<string, Slot> };

function slots(): Map<string, Slot> {
  holder.__fieldnotesSingletons ??= new Map();
  return holder.__fieldnotesSingletons;
}

/**
 * The process's `name`, made by `create` on first use. `key` names what it was made from (a URL): when that
 * changes, as when a test points the app at another database, a new one is made.
 */
export function singleton<T>(name: string, key: string, create: () => T): T {
  const slot = slots().get(name);
  if (slot && slot.key === key) return slot.value as T;
  const value = create();
  slots().set(name, { key, value });
  return value;
}

/** Forgets `name` and hands back what it held, for the caller to close. */
export function releaseSingleton<T>(name: string): T | undefined {
  const slot = slots().get(name);
  slots().delete(name);
  return slot?.value as T | undefined;
}
