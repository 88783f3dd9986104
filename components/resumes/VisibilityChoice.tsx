import { useId } from 'react';
import type { ResumeVisibility } from '@/lib/candidate/visibility';

const CHOICES: { value: ResumeVisibility; label: string; detail: string }[] = [
  {
    value: 'private',
    label: 'A private check only',
    detail:
      'Only you see it, through your private link. Recruiters on this Rolefit never see the resume, its scores or that it exists.',
  },
  {
    value: 'recruiters',
    label: 'Visible to recruiters on this Rolefit',
    detail:
      'Recruiters who use this Rolefit can find your resume, read it, see how it scores for their jobs and contact you with the details in it.',
  },
];

interface VisibilityChoiceProps {
  /** The choice shown as made; the radios are controlled when `onChange` is given. */
  value: ResumeVisibility;
  onChange?: (value: ResumeVisibility) => void;
  disabled?: boolean;
  legend?: string;
}

/**
 * Who may see a resume, as native radios named `visibility` in a fieldset, so the arrow keys move between the two
 * choices and a form sends the one picked. Each choice says plainly what it means.
 */
export function VisibilityChoice({
  value,
  onChange,
  disabled,
  legend = 'Who sees your resume',
}: VisibilityChoiceProps) {
  const id = useId();
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="mb-2 font-semibold">{legend}</legend>
      {CHOICES.map((choice) => (
        <div key={choice.value} className="flex items-start gap-3">
          <input
            type="radio"
            id={`${id}-${choice.value}`}
            name="visibility"
            value={choice.value}
            aria-describedby={`${id}-${choice.value}-detail`}
            className="mt-1 h-4 w-4 shrink-0 accent-blue-700"
            {...(onChange
              ? { checked: value === choice.value, onChange: () => onChange(choice.value) }
              : { defaultChecked: value === choice.value })}
          />
          <div className="text-left text-sm">
            <label htmlFor={`${id}-${choice.value}`} className="font-medium">
              {choice.label}
            </label>
            <p id={`${id}-${choice.value}-detail`} className="text-slate-700">
              {choice.detail}
            </p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
