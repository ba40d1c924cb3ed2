import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PipelineBoard, type PipelineBoardColumn } from "@/app/_components/pipeline-board";

function column(count: number): PipelineBoardColumn {
  return {
    stage: "identified",
    label: "Identified",
    contacts: Array.from({ length: count }, (_, i) => ({ id: `c${i}`, name: `Person ${i}` })),
  };
}

function board(count: number, moreHref?: string) {
  return renderToStaticMarkup(
    createElement(PipelineBoard, {
      columns: [column(count)],
      contactHref: (id: string) => `/contacts/${id}`,
      emptyColumnText: "Nobody here yet.",
      moreHref,
    }),
  );
}

describe("PipelineBoard", () => {
  it("lists a short column whole", () => {
    const html = board(6, "/contacts");
    expect(html).toContain("Person 5");
    expect(html).not.toContain("more");
  });

  it("names the first six of a long column and links the rest to the full list", () => {
    const html = board(200, "/contacts");
    expect(html).toContain("Person 5");
    expect(html).not.toContain("Person 6<");
    expect(html).toMatch(
      /<a class="link" href="\/contacts">and 194 more<span class="sr-only"> identified<\/span><\/a>/,
    );
    expect(html).toContain(">200<");
  });

  it("says how many more without a link when there is no list to go to", () => {
    expect(board(10)).toContain("and 4 more");
    expect(board(10)).not.toContain('href="/contacts"');
  });
});
