import { useI18n } from '@/components/I18n';
import { formatCount } from '../format';
import type { JobProgress } from './job-store';

/** A progress bar that says in words what is happening ("Menulis 20.000 dari 100.000 sesi"). */
export function JobProgressBar({ progress }: { progress: JobProgress | null }) {
  const { t, language } = useI18n();
  const known = progress && progress.total > 0;
  const text = progress
    ? t(`dashboard.job.${progress.phase}`, { done: formatCount(progress.done, language), total: formatCount(progress.total, language) })
    : t('dashboard.job.starting');
  return (
    <div className="job-progress" data-testid="job-progress">
      <progress max={known ? progress.total : undefined} value={known ? progress.done : undefined} aria-label={text} />
      <span>{text}</span>
    </div>
  );
}
