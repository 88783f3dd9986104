import { Button } from './Button';
import { cn } from './cn';

/**
 * A form's submit button with its status line beside it: "Saving…" while the action runs, then the action's error
 * (in bold red) or its message, announced politely to screen readers.
 */
export function SubmitRow({
  label,
  pending,
  state,
  variant,
}: {
  label: string;
  pending: boolean;
  state: { error: string | null; message: string | null };
  variant?: 'primary' | 'secondary';
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? 'Saving…' : label}
      </Button>
      <p
        role="status"
        aria-live="polite"
        className={cn('text-sm', state.error ? 'font-semibold text-red-800' : 'text-slate-700')}
      >
        {pending ? '' : (state.error ?? state.message ?? '')}
      </p>
    </div>
  );
}
