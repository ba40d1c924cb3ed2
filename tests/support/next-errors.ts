import { expect } from "vitest";

// notFound() and redirect() throw errors that Next recognises by their digest; tests assert on that.

export async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({
    digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/),
  });
}

export async function expectRedirect(promise: Promise<unknown>, path: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { digest?: string },
  );
  expect(error?.digest, "expected a redirect").toMatch(/^NEXT_REDIRECT;/);
  expect(error!.digest!.split(";")[2]).toBe(path);
}
