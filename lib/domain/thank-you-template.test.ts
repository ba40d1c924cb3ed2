import { describe, expect, it } from "vitest";
import { TAKEAWAY_PLACEHOLDER, thankYouTemplate } from "./thank-you-template";

describe("thankYouTemplate", () => {
  it("thanks the person by name, names a takeaway, offers to return the favour and signs with the student's name", () => {
    const { subject, body } = thankYouTemplate({
      studentName: "Ana Diaz",
      contactName: "Dana Reyes",
      organizationName: "Acme",
      takeaways: "Learn SQL before the summer.\nBuild a portfolio.",
    });
    expect(subject).toBe("Thank you for your time and advice");
    expect(body.startsWith("Dear Dana Reyes,")).toBe(true);
    expect(body).toContain("about your work at Acme");
    expect(body).toContain("taking away from our conversation: learn SQL before the summer.");
    expect(body).not.toContain("portfolio");
    expect(body).toContain("return the favour");
    expect(body).toContain("stay in touch");
    expect(body.endsWith("With thanks,\nAna Diaz")).toBe(true);
  });

  it("leaves a placeholder to fill in when no takeaway was written, and one for a missing name", () => {
    const { body } = thankYouTemplate({ studentName: "  ", contactName: "Sam" });
    expect(body).toContain(TAKEAWAY_PLACEHOLDER);
    expect(body).toContain("[your name]");
    expect(body).not.toContain("your work at");
  });

  it("thanks them for the people they suggested, listed in plain English", () => {
    expect(thankYouTemplate({ studentName: "A", contactName: "B", referralNames: ["Lee"] }).body).toContain(
      "suggesting I speak with Lee.",
    );
    expect(
      thankYouTemplate({ studentName: "A", contactName: "B", referralNames: ["Lee", "Kai", "Mo"] }).body,
    ).toContain("suggesting I speak with Lee, Kai and Mo.");
    expect(thankYouTemplate({ studentName: "A", contactName: "B", referralNames: [] }).body).not.toContain(
      "suggesting",
    );
  });

  it("strips list bullets from the takeaway", () => {
    expect(
      thankYouTemplate({ studentName: "A", contactName: "B", takeaways: "- network early" }).body,
    ).toContain("conversation: network early.");
  });
});
