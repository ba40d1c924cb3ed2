import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it("uses the singular for exactly one, the plural for every other count", () => {
    expect(plural(1, "contact")).toBe("1 contact");
    expect(plural(0, "contact")).toBe("0 contacts");
    expect(plural(3, "contact")).toBe("3 contacts");
    expect(plural(2, "person", "people")).toBe("2 people");
    expect(plural(1, "person", "people")).toBe("1 person");
  });
});
