import Link from 'next/link';
import type { MatchResult } from '@/lib/match/types';
import { Card } from '@/components/ui/Card';
import { ScoreBar } from '@/components/ui/ScoreBar';
import { BandBadge } from './BandBadge';
import { MatchSkillGroups } from './MatchSkillGroups';

interface JobMatchCardProps {
  rank: number;
  title: string;
  company: string;
  location: string;
  result: MatchResult;
  href: string;
}

export function JobMatchCard({ rank, title, company, location, result, href }: JobMatchCardProps) {
  const where = [company, location].filter(Boolean).join(' · ');
  return (
    <Card as="li" className="space-y-3">
      <div className="min-w-0">
        <h3 className="text-lg font-semibold">
          <span className="mr-2 text-slate-600 tabular-nums">
            <span className="sr-only">Rank </span>
            {rank}.
          </span>
          <Link href={href} className="text-blue-700 underline-offset-2 hover:underline">
            {title}
          </Link>
        </h3>
        {where ? <p className="text-sm text-slate-700">{where}</p> : null}
      </div>
      {/* The band beside the bar it describes, so a card is a line shorter on a phone. */}
      <div className="flex items-center gap-3">
        <div className="min-w-0 flex-1">
          <ScoreBar value={result.score} label={`Match score for ${title}`} tone={result.band} />
        </div>
        <BandBadge band={result.band} />
      </div>
      <MatchSkillGroups skills={result.skills} compact />
      <p>
        <Link
          href={href}
          className="text-sm font-semibold text-blue-700 underline underline-offset-2 hover:text-blue-800"
        >
          See why
          <span className="sr-only">
            {' '}
            {title} scores {result.score}
          </span>
        </Link>
      </p>
    </Card>
  );
}
