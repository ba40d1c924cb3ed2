import { describe, expect, it } from "vitest";
import { displayName } from "@/app/_lib/display-name";

describe("displayName", () => {
  it("uses the name when there is one", () => {
    expect(displayName({ name: "Amara Okafor", email: "amara.okafor@uni.example" })).toBe("Amara Okafor");
  });

  it("falls back to the address before the @ when the name is missing or blank", () => {
    expect(displayName({ name: null, email: "amara.okafor@uni.example" })).toBe("amara.okafor");
    expect(displayName({ name: "  ", email: "m.alvarez@uni.example" })).toBe("m.alvarez");
  });

  it("cuts a long address to 24 characters with an ellipsis", () => {
    const shown = displayName({ name: null, email: "alexandria.constantinopoulos-whitfield@uni.example" });
    expect(shown).toBe("alexandria.constantinop…");
    expect(shown).toHaveLength(24);
  });
});
