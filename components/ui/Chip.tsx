import type { ReactNode } from 'react';

export type ChipTone = 'neutral' | 'matched' | 'implied' | 'claimed' | 'missingRequired' | 'missingPreferred';

const TONES: Record<ChipTone, string> = {
  neutral: 'border-slate-300 bg-slate-50 text-slate-800',
  matched: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  implied: 'border-sky-300 bg-sky-50 text-sky-900',
  claimed: 'border-dashed border-violet-500 bg-violet-50 text-violet-950',
  missingRequired: 'border-red-700 bg-red-50 font-semibold text-red-800',
  missingPreferred: 'border-dashed border-amber-500 bg-white text-amber-900',
};

/** Symbols repeat what the group label already says, so colour is never the only cue. */
const ICONS: Partial<Record<ChipTone, string>> = {
  matched: '✓',
  implied: '≈',
  // Typed in by the candidate: neither shown by the resume (✓) nor plainly lacking (✕).
  claimed: '✎',
  missingRequired: '✕',
  missingPreferred: '○',
};

export function Chip({ tone = 'neutral', children }: { tone?: ChipTone; children: ReactNode }) {
  const icon = ICONS[tone];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs leading-5 ${TONES[tone]}`}
    >
      {icon ? <span aria-hidden="true">{icon}</span> : null}
      {children}
    </span>
  );
}

interface ChipListProps {
  items: readonly string[];
  tone?: ChipTone;
  /** Show at most this many chips, then "+N more". */
  limit?: number;
  empty?: ReactNode;
}

export function ChipList({ items, tone = 'neutral', limit, empty = null }: ChipListProps) {
  const unique = [...new Set(items)];
  if (unique.length === 0) return <>{empty}</>;
  const shown = limit ? unique.slice(0, limit) : unique;
  const rest = unique.length - shown.length;
  return (
    <ul className="flex flex-wrap gap-1.5">
      {shown.map((item) => (
        <li key={item}>
          <Chip tone={tone}>{item}</Chip>
        </li>
      ))}
      {rest > 0 ? <li className="self-center text-xs text-slate-600">+{rest} more</li> : null}
    </ul>
  );
}

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const BADGE_TONES: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
  info: 'bg-blue-50 text-blue-800 ring-blue-300',
  success: 'bg-emerald-50 text-emerald-800 ring-emerald-300',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300',
  danger: 'bg-red-50 text-red-800 ring-red-300',
};

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset whitespace-nowrap ${BADGE_TONES[tone]}`}
    >
      {children}
    </span>
  );
}
