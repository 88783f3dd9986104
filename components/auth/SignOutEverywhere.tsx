import { Button } from '@/components/ui/Button';

/** Ends every session of the account, this browser's too: for a lost laptop or a cookie that may have been copied. */
export function SignOutEverywhere({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-slate-700">
        Signs you out on every browser, this one included, for example after using a shared computer or losing
        a laptop. API tokens keep working: revoke them on the API tokens page.
      </p>
      <Button type="submit" variant="secondary">
        Sign out everywhere
      </Button>
    </form>
  );
}
