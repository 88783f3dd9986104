/** Placeholder blocks for loading.tsx files; announced once as a status. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <p className="sr-only">{label}</p>
      <div className="h-8 w-2/3 max-w-md animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-1/2 max-w-sm animate-pulse rounded bg-slate-200" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-28 animate-pulse rounded-lg bg-slate-100" />
      ))}
    </div>
  );
}
