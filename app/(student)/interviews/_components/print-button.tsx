"use client";

import { Printer } from "lucide-react";
import { Button } from "@/components/button";

/** Prints the prep sheet: the page's print styles leave out everything else. */
export function PrintButton() {
  return (
    <Button type="button" variant="secondary" size="sm" onClick={() => window.print()}>
      <Printer aria-hidden="true" className="size-4" />
      Print prep sheet
    </Button>
  );
}
