"use client";

import { Printer } from "lucide-react";
import { Button } from "@/components/button";

export function PrintButton() {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()} className="print:hidden">
      <Printer aria-hidden="true" className="size-4" />
      Print
    </Button>
  );
}
