export type BarTone = 'strong' | 'partial' | 'weak' | 'neutral';

const FILLS: Record<BarTone, string> = {
  strong: 'bg-emerald-700',
  partial: 'bg-amber-600',
  weak: 'bg-slate-500',
  neutral: 'bg-blue-700',
};

interface ScoreBarProps {
  /** 0-100. */
  value: number;
  /** Accessible name of the meter, e.g. "Match score for Data Engineer". */
  label: string;
  tone?: BarTone;
  size?: 'sm' | 'md';
  /** The number as read out, and shown unless `showValue` is false; defaults to "value/100". */
  valueText?: string;
  /** False where the number is already written large beside the bar, so it is not shown twice. */
  showValue?: boolean;
}

export function ScoreBar({
  value,
  label,
  tone = 'neutral',
  size = 'md',
  valueText,
  showValue = true,
}: ScoreBarProps) {
  const pct = Math.max(0, Math.min(100, Math.round(value)));
  const text = valueText ?? `${pct}/100`;
  return (
    <div className="flex items-center gap-3">
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={text}
        className={`relative w-full min-w-16 overflow-hidden rounded-full bg-slate-200 ${size === 'sm' ? 'h-1.5' : 'h-2.5'}`}
      >
        <div className={`h-full rounded-full ${FILLS[tone]}`} style={{ width: `${pct}%` }} />
      </div>
      {showValue ? (
        <span
          className={`shrink-0 tabular-nums ${size === 'sm' ? 'w-10 text-xs text-slate-700' : 'w-16 text-sm font-semibold'}`}
        >
          {text}
        </span>
      ) : null}
    </div>
  );
}
