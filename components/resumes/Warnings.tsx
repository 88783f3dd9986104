import { Alert } from '@/components/ui/Alert';

/** Notes the analysis left (a non-English text, a scanned PDF); shown as they are, one per line. */
export function Warnings({
  warnings,
  title = 'Worth knowing',
}: {
  warnings: readonly string[];
  title?: string;
}) {
  if (warnings.length === 0) return null;
  return (
    <Alert tone="warning" title={title}>
      {warnings.length === 1 ? (
        <p>{warnings[0]}</p>
      ) : (
        <ul className="list-inside list-disc space-y-1">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
