interface BlindReviewSwitchProps {
  on: boolean;
  action: (formData: FormData) => Promise<void>;
}

/** A submit button acting as a switch: it works without JS, and screen readers announce it as on or off. */
export function BlindReviewSwitch({ on, action }: BlindReviewSwitchProps) {
  return (
    <form action={action} className="flex items-center gap-3">
      <input type="hidden" name="blind" value={on ? 'off' : 'on'} />
      <button
        type="submit"
        role="switch"
        aria-checked={on}
        aria-describedby="blind-review-hint"
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-50"
      >
        <span
          aria-hidden="true"
          className={`relative inline-block h-5 w-9 rounded-full transition-colors ${on ? 'bg-blue-700' : 'bg-slate-400'}`}
        >
          <span
            className={`absolute top-0.5 h-4 w-4 rounded-full bg-white transition-all ${on ? 'left-[1.125rem]' : 'left-0.5'}`}
          />
        </span>
        Blind review
      </button>
      <span id="blind-review-hint" className="text-sm text-slate-700">
        {on ? 'On: names, contact details and links are hidden.' : 'Off: names are shown.'}
      </span>
    </form>
  );
}
