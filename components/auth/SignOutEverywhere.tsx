import { Button } from '@/components/ui/Button';

/** Ends every session of the account, this browser's too, and revokes its API tokens: for a lost laptop or a copied cookie. */
export function SignOutEverywhere({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-slate-700">
        Signs you out on every browser, this one included, for example after using a shared computer or losing
        a laptop. Your API tokens are revoked too.
      </p>
      <Button type="submit" variant="secondary">
        Sign out everywhere
      </Button>
    </form>
  );
}
