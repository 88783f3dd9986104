import { Badge, type BadgeTone } from '@/components/ui/Chip';
import { STATUS_LABELS, type PipelineStatus } from '@/lib/workspace/pipeline';

const TONES: Record<PipelineStatus, BadgeTone> = {
  new: 'neutral',
  shortlisted: 'info',
  interviewing: 'warning',
  rejected: 'danger',
  hired: 'success',
};

export function StatusBadge({ status }: { status: PipelineStatus }) {
  return <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
