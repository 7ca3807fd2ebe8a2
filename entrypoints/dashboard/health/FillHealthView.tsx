import { useI18n } from '@/components/I18n';
import { FILL_FAILURES } from '@/lib/schema';
import type { FillHealth } from '@/lib/team';
import { formatCount } from '../format';
import { FilterBar } from '../logs/FilterBar';
import { TeamErrorLine } from '../team/TeamErrorLine';
import { useFillHealth } from '../team/useTeamReads';
import { fieldLabel } from './field-label';
import { FillHealthBanner } from './FillHealthBanner';

type FieldHealth = FillHealth['fields'][number];

/** A day's fills as one small bar: its length the fills, its red part the failures. */
function DayBars({ days }: { days: FieldHealth['byDay'] }) {
  const { t } = useI18n();
  const most = Math.max(1, ...days.map((day) => day.fills));
  return (
    <ul className="day-bars">
      {days.map((day) => (
        <li key={day.day} title={t('dashboard.team.health.dayTitle', { day: day.day, fills: day.fills, failures: day.failures })}>
          <span className="day">{`${day.day.slice(8, 10)}-${day.day.slice(5, 7)}`}</span>
          <span className="bar" style={{ width: `${(day.fills / most) * 100}%` }}>
            <span className="failed" style={{ width: day.fills ? `${(day.failures / day.fills) * 100}%` : 0 }} />
          </span>
          <span className="num">
            {day.failures}/{day.fills}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Fill health as a table: one NOSSA field a row, and the figures the server gathered for it. */
export function FillHealthTable({ fields }: { fields: FieldHealth[] }) {
  const { t, language } = useI18n();
  const n = (value: number) => formatCount(value, language);
  if (!fields.length) return <p className="muted">{t('dashboard.team.health.none')}</p>;
  return (
    <table className="history health-table" data-testid="fill-health-table">
      <thead>
        <tr>
          <th scope="col">{t('dashboard.team.health.col.field')}</th>
          <th scope="col">{t('dashboard.team.health.col.fills')}</th>
          <th scope="col">{t('dashboard.team.health.col.failures')}</th>
          <th scope="col">{t('dashboard.team.health.col.reasons')}</th>
          <th scope="col">{t('dashboard.team.health.col.profiles')}</th>
          <th scope="col">{t('dashboard.team.health.col.days')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.field} data-testid="fill-health-row" data-field={field.field}>
            <th scope="row">
              {fieldLabel(t, field.field)}
              <small className="muted"> {field.field}</small>
            </th>
            <td className="num">{n(field.fills)}</td>
            <td className={`num${field.failures ? ' failing' : ''}`}>{n(field.failures)}</td>
            <td>
              <ul className="plain">
                {FILL_FAILURES.filter((reason) => field.byReason[reason]).map((reason) => (
                  <li key={reason}>
                    {t(`dashboard.team.health.reason.${reason}`)}: {n(field.byReason[reason])}
                  </li>
                ))}
              </ul>
            </td>
            <td>
              <ul className="plain">
                {field.byProfile.map((profile) => (
                  <li key={profile.profile}>{t('dashboard.team.health.profileLine', { profile: profile.profile, fills: n(profile.fills), failures: n(profile.failures) })}</li>
                ))}
              </ul>
            </td>
            <td>
              <DayBars days={field.byDay} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Kesehatan pengisian": how Pandu's fills into NOSSA fare across the team, field by field. */
export function FillHealthView() {
  const { t } = useI18n();
  const { data, error } = useFillHealth();
  return (
    <div data-testid="fill-health-view">
      {data && <FillHealthBanner alerts={data.alerts} />}
      <section className="card">
        <h2>{t('dashboard.team.nav.health')}</h2>
        <p className="muted">{t('dashboard.team.health.intro')}</p>
        <FilterBar />
        {error ? <TeamErrorLine error={error} /> : null}
        {data ? <FillHealthTable fields={data.fields} /> : !error && <p className="muted">{t('dashboard.logs.loadingFirst')}</p>}
      </section>
    </div>
  );
}
