import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';

/** The candidate's way out: deleting is permanent, so it takes opening the section and a second click. */
export function DeleteResume({ filename, action }: { filename: string; action: () => Promise<void> }) {
  return (
    <Card as="section" aria-labelledby="delete-heading" className="space-y-3">
      <h2 id="delete-heading" className="text-xl font-semibold">
        Delete your resume
      </h2>
      <details className="space-y-3">
        <summary className="cursor-pointer font-semibold text-red-800">
          Delete {filename} and everything made from it
        </summary>
        <p className="mt-3 text-sm text-slate-700">
          This removes the file, the text read from it, its skills, and every match and score, for you and for
          recruiters. It cannot be undone, and this link stops working.
        </p>
        <form action={action}>
          <Button type="submit" className="bg-red-700 hover:bg-red-800">
            Delete permanently
          </Button>
        </form>
      </details>
    </Card>
  );
}
