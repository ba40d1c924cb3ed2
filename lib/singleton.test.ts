import { describe, expect, it } from "vitest";
import { releaseSingleton, singleton } from "./singleton";

describe("singleton", () => {
  it("makes the value once per key and again when the key changes", () => {
    let made = 0;
    const make = () => ({ n: ++made });
    const first = singleton("test:a", "url-1", make);
    expect(singleton("test:a", "url-1", make)).toBe(first);
    const second = singleton("test:a", "url-2", make);
    expect(second).not.toBe(first);
    expect(made).toBe(2);
  });

  it("lives on globalThis, so a second copy of the module shares it", async () => {
    const value = singleton("test:b", "k", () => ({}));
    const holder = globalThis as unknown as { __fieldnotesSingletons: Map<string, { value: unknown }> };
    expect(holder.__fieldnotesSingletons.get("test:b")?.value).toBe(value);
  });

  it("hands back and forgets a released value", () => {
    const value = singleton("test:c", "k", () => ({}));
    expect(releaseSingleton("test:c")).toBe(value);
    expect(releaseSingleton("test:c")).toBeUndefined();
    expect(singleton("test:c", "k", () => ({ fresh: true }))).toEqual({ fresh: true });
  });
});
