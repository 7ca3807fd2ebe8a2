import type { ReactNode } from 'react';
import type { UpdatePlan } from '@/lib/fill';
import type { MessageKey } from '@/lib/i18n';
import type { FieldResult } from '@/lib/schema';
import { useI18n } from '../../I18n';
import { valueNote, type FieldRow, type RowsCaption } from './fill-rows';
import './outcome-view.css';

type T = ReturnType<typeof useI18n>['t'];
/** NOSSA's own label for a profile field (fill steps), else the plan's (a manual update's rows), else the key. */
export function fieldLabel(t: T, field: string): string {
  for (const key of [`field.${field}`, `plan.${field}`] as MessageKey[]) {
    const label = t(key);
    if (label !== key) return label;
  }
  return field;
}

/** One field's failure in words the agent can act on; a check also says what NOSSA held. */
export function fieldText(t: T, f: FieldResult, kind: 'fill' | 'verify'): string {
  const reason = t(`fill.reason.${f.reason ?? 'mismatch'}`, { message: f.message ?? '', actual: f.actual ?? '—' });
  return kind === 'verify' && f.reason !== 'unsaved' ? `${reason} ${t('fill.expectedHeld', { expected: f.expected, actual: f.actual ?? '—' })}` : reason;
}

/** The long texts (the work log) fold away: they are long and the agent reads them once. */
const LONG_TEXT = new Set(['workLogDetails', 'workLog']);

/** What the row says of its field, next to its label: the tense of where it stands. */
function stateText(t: T, row: FieldRow): string | null {
  const commit = row.field.startsWith('commit:');
  switch (row.state) {
    case 'planned':
      return commit ? t('outcome.state.press') : null;
    case 'filling':
      return t(commit ? 'outcome.state.pressing' : 'outcome.state.filling');
    case 'already':
      return t(commit ? 'fill.status.alreadyCommitted' : 'fill.status.already');
    case 'on-screen':
      return commit ? t('fill.status.pressed') : t('outcome.state.on-screen');
    case 'failed':
      return fieldText(t, row.result!, row.from === 'verify' ? 'verify' : 'fill');
    default:
      return t(`outcome.state.${row.state}`);
  }
}

/** What NOSSA holds now, as the outcome view shows it before the fill: a value, "kosong", or not on this tab. */
const nowText = (t: T, now: string | null) => (now == null ? t('outcome.row.notShown') : now === '' ? t('outcome.row.empty') : now);

export interface FillFieldListProps {
  rows: readonly FieldRow[];
  caption: RowsCaption;
  testId: string;
  /** The update plan, for what a value means (a reason's label, a time's zone). */
  plan: UpdatePlan | null;
  /** What NOSSA's page holds now for a field (null: not on this tab); given before the fill only. */
  nowOf?: (field: string) => string | null;
  /** The editor of the work-log text, shown in its row in place of the text. */
  workLogEditor?: ReactNode;
  /** Unfold the work-log text (its editor shows an error). */
  workLogOpen?: boolean;
}

/**
 * The outcome's fields, one compact row each (label; what NOSSA holds now -> what is written;
 * where it stands), readable in the 360 px panel: no columns to squeeze a label letter by letter.
 * One list from before the fill to the read-back, so nothing is shown twice.
 */
export function FillFieldList({ rows, caption, testId, plan, nowOf, workLogEditor, workLogOpen = false }: FillFieldListProps) {
  const { t } = useI18n();
  if (rows.length === 0) return null;
  const titleId = `pandu-${testId}-title`;
  return (
    <div className="field-rows">
      <h4 id={titleId} data-testid={`${testId}-caption`} data-caption={caption}>
        {t(`outcome.rows.${caption}`)}
      </h4>
      <ul aria-labelledby={titleId} data-testid={testId}>
        {rows.map((row) => {
          const state = stateText(t, row);
          const note = valueNote(plan, row.field, row.write);
          const commit = row.field.startsWith('commit:');
          return (
            <li
              key={row.field}
              className={`field-row ${row.state}`}
              data-field={row.field}
              data-state={row.state}
              data-status={row.result?.status ?? ''}
              data-reason={row.result?.reason ?? ''}
            >
              <div className="row-head">
                <strong className="row-label">{fieldLabel(t, row.field)}</strong>
                {state && <span className="row-state">{state}</span>}
              </div>
              {!commit && LONG_TEXT.has(row.field) && (
                <details className="row-text" open={workLogOpen}>
                  <summary>
                    {t('outcome.row.text', { count: row.write.length })}
                    <span className="excerpt"> {row.write}</span>
                  </summary>
                  {workLogEditor ?? <blockquote className="script">{row.write}</blockquote>}
                </details>
              )}
              {!commit && !LONG_TEXT.has(row.field) && (
                <p className="row-value">
                  {nowOf && row.state === 'planned' && (
                    <>
                      <span className="row-now">
                        {t('outcome.row.now')} {nowText(t, nowOf(row.field))}
                      </span>{' '}
                      <span aria-hidden="true">→</span>
                      <span className="visually-hidden">{t('outcome.row.toWrite')}</span>{' '}
                    </>
                  )}
                  <span className="row-write">{row.write}</span>
                  {note && <small className="row-note"> · {note}</small>}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
