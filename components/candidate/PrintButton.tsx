'use client';

import { Button } from '@/components/ui/Button';

/** The browser's print dialog, which also saves as PDF; hidden from the printout itself. */
export function PrintButton() {
  return (
    <Button type="button" onClick={() => window.print()} className="print:hidden">
      Print or save as PDF
    </Button>
  );
}
