import { PageSkeleton } from '@/components/ui/Skeleton';

export default function Loading() {
  return <PageSkeleton label="Loading jobs… On a first start the demo jobs are prepared, which can take up to a minute." />;
}
