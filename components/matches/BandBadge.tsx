import type { MatchResult } from '@/lib/match/types';
import { Badge, type BadgeTone } from '@/components/ui/Chip';

type Band = MatchResult['band'];

const BANDS: Record<Band, { label: string; tone: BadgeTone }> = {
  strong: { label: 'Strong match', tone: 'success' },
  partial: { label: 'Partial match', tone: 'warning' },
  weak: { label: 'Weak match', tone: 'neutral' },
};

export function bandLabel(band: Band): string {
  return BANDS[band].label;
}

export function BandBadge({ band }: { band: Band }) {
  return <Badge tone={BANDS[band].tone}>{BANDS[band].label}</Badge>;
}
