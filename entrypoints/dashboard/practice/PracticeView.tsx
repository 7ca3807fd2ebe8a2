import { useI18n } from '@/components/I18n';
import { FilterBar } from '../logs/FilterBar';
import { TeamErrorLine } from '../team/TeamErrorLine';
import { usePractice } from '../team/useTeamReads';
import { PracticeTable } from './PracticeTable';

/** "Praktik agen": how each agent follows the instruction over the filter's period and area. */
export function PracticeView() {
  const { t } = useI18n();
  const { data, error } = usePractice();
  return (
    <div data-testid="practice-view">
      <section className="card">
        <h2>{t('dashboard.team.nav.practice')}</h2>
        <p className="muted">{t('dashboard.team.practice.intro')}</p>
        <FilterBar />
        {error ? <TeamErrorLine error={error} /> : null}
        {data ? <PracticeTable agents={data.agents} /> : !error && <p className="muted">{t('dashboard.logs.loadingFirst')}</p>}
      </section>
    </div>
  );
}
