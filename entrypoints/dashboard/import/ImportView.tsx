import { useRef, useState, type DragEvent } from 'react';
import { useI18n } from '@/components/I18n';
import { useLiveQuery } from '@/components/useLiveQuery';
import { useSettings } from '@/components/SettingsProvider';
import { listImports } from '@/lib/db';
import { contentsOfAgents, describeContents } from '@/lib/import';
import { formatLocal } from '@/lib/time';
import { db } from '../database';
import { formatCount } from '../format';
import { JobProgressBar } from '../worker/JobProgressBar';
import { useJobStore } from '../worker/job-store';
import { importStore } from './import-store';
import { problemText } from './problem-text';

/**
 * Merging agents' files: drop several at once; each is checked, deduplicated by id and stored
 * with its source, or refused whole with the reason. The history lists every file taken.
 */
export function ImportView() {
  const { t, language } = useI18n();
  const { job: state, results } = useJobStore(importStore);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const imports = useLiveQuery(() => listImports(db), []);
  const n = (value: number) => formatCount(value, language);
  const { settings } = useSettings();
  const reasons = new Map((settings?.procedure.reasons ?? []).map((reason) => [reason.code, reason.label[language]]));
  const reasonLabel = (code: string) => reasons.get(code) ?? '';

  const running = state.status === 'running';

  const take = (files: FileList | null) => {
    const list = [...(files ?? [])];
    if (!list.length || running) return;
    // The log reloads by itself once the import is stored (the dashboard watches the database).
    importStore.start({ type: 'import', files: list, language }, { results: list.map((file) => ({ fileName: file.name, outcome: null })) });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };

  return (
    <div data-testid="import-view">
      <section className="card" aria-labelledby="import-title">
        <h2 id="import-title">{t('dashboard.import.title')}</h2>
        <p className="muted">{t('dashboard.import.intro')}</p>
        <div
          className={`dropzone${over ? ' over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          data-testid="import-dropzone"
        >
          <p>{t('dashboard.import.drop')}</p>
          <button type="button" onClick={() => input.current?.click()} disabled={running} data-testid="import-choose">
            {t('dashboard.import.choose')}
          </button>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            multiple
            hidden
            onChange={(e) => {
              take(e.target.files);
              e.target.value = '';
            }}
            data-testid="import-input"
          />
        </div>
        {running && (
          <>
            <JobProgressBar progress={state.progress} />
            <button type="button" onClick={importStore.cancel}>
              {t('dashboard.export.cancel')}
            </button>
          </>
        )}
        {state.status === 'failed' && <p role="alert">{t('error.generic', { detail: state.message })}</p>}
        {results.length > 0 && (
          <ul className="import-results" aria-live="polite" data-testid="import-results">
            {results.map((item, i) => (
              <li key={i} className={item.outcome ? (item.outcome.ok ? 'ok' : 'refused') : 'waiting'} data-testid="import-result">
                <strong>{item.fileName}</strong>:{' '}
                {!item.outcome
                  ? t('dashboard.import.waiting')
                  : item.outcome.ok
                    ? t('dashboard.import.done', {
                        added: n(item.outcome.record.counts.sessions.added),
                        updated: n(item.outcome.record.counts.sessions.updated),
                        unchanged: n(item.outcome.record.counts.sessions.unchanged),
                        events: n(item.outcome.record.counts.events.added),
                      }) + (item.outcome.previous ? ` ${t('dashboard.import.sameFile', { at: formatLocal(item.outcome.previous.importedAt) })}` : '')
                    : `${t('dashboard.import.refused')} ${problemText(item.outcome.problem, t)}`}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('dashboard.import.history')}</h2>
        {!imports?.length ? (
          <p className="muted">{t('dashboard.import.none')}</p>
        ) : (
          <table className="history" data-testid="import-history">
            <thead>
              <tr>
                <th>{t('dashboard.import.col.at')}</th>
                <th>{t('dashboard.import.col.file')}</th>
                <th>{t('dashboard.import.col.contents')}</th>
                <th>{t('dashboard.import.col.exportedAt')}</th>
                <th>{t('dashboard.import.col.sessions')}</th>
                <th>{t('dashboard.import.col.masked')}</th>
              </tr>
            </thead>
            <tbody>
              {imports.map((record) => (
                <tr key={record.id}>
                  <td>{formatLocal(record.importedAt)}</td>
                  <td>{record.fileName}</td>
                  {/* What the file held (team or agent, days, filter); who exported it only beside, since a lead's team file is not the lead's. */}
                  <td data-testid="import-contents">
                    {describeContents(record.contents ?? contentsOfAgents(record.agents), record.agents, t, reasonLabel)}
                    {record.exportedBy && (
                      <small className="muted">
                        {' '}
                        ({t('dashboard.file.contents.exportedBy', { name: `${record.exportedBy.name || record.exportedBy.nossaUserId} (${record.exportedBy.nossaUserId})` })})
                      </small>
                    )}
                  </td>
                  <td>{formatLocal(record.exportedAt)}</td>
                  <td>
                    {t('dashboard.import.counts', {
                      added: n(record.counts.sessions.added),
                      updated: n(record.counts.sessions.updated),
                      unchanged: n(record.counts.sessions.unchanged),
                    })}
                  </td>
                  <td>{record.masked ? t('dashboard.import.yes') : t('dashboard.import.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
