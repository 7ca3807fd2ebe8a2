import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18n';
import { useSettings } from '@/components/SettingsProvider';
import { CSV_DELIMITERS, DEFAULT_CSV_DELIMITER, type CsvDelimiter } from '@/lib/export';
import { useLogView } from '../data/log-view';
import { formatCount } from '../format';
import { useTeam } from '../team/TeamContext';
import { useTeamExport } from './useTeamExport';
import { useJobStore } from '../worker/job-store';
import { JobProgressBar } from '../worker/JobProgressBar';
import { EXPORT_FORMATS, type ExportFormat } from '../worker/protocol';
import { exportStore } from './export-store';
import { ExportGuide } from './ExportGuide';

/**
 * Export of exactly what the table shows (same filter, same order): CSV for Excel, an XLSX
 * workbook, or the complete JSON file, with a guide to which fits which program (ExportGuide). This browser's log is written in a worker with progress,
 * so the page stays usable; the team's is written by the server and downloaded straight to disk.
 * Either way the file is saved through the browser's normal download.
 */
export function ExportPanel() {
  const { t, language } = useI18n();
  const { settings } = useSettings();
  const { filter, sort, count, complete, source } = useLogView();
  const team = useTeam();
  const teamExport = useTeamExport();
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(DEFAULT_CSV_DELIMITER);
  const [mask, setMask] = useState<boolean | null>(null);
  const [includeEvents, setIncludeEvents] = useState(true);
  const masking = mask ?? settings?.privacy.maskPhones ?? true;
  const { job: state, saved } = useJobStore(exportStore);

  const running = team ? teamExport.state.status === 'asking' : state.status === 'running';
  const run = () => {
    if (team) {
      const reasonLabels = Object.fromEntries((settings?.procedure.reasons ?? []).map((reason) => [reason.code, reason.label[language]]));
      teamExport.run({ ...team.query, sort, format, language, delimiter, maskPhones: masking, reasonLabels });
      return;
    }
    exportStore.start(
      {
        type: 'export',
        format,
        filter,
        sort,
        delimiter,
        mask: masking,
        includeEvents,
        language,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        appVersion: browser.runtime.getManifest().version,
      },
      { saved: null, format },
    );
  };

  return (
    <section className="card export-panel" aria-labelledby="export-title" data-testid="export-panel">
      <h2 id="export-title">{t('dashboard.export.title')}</h2>
      <div className="export-options">
        <fieldset>
          <legend>{t('dashboard.export.format')}</legend>
          {EXPORT_FORMATS.map((value) => (
            <label key={value}>
              <input type="radio" name="export-format" value={value} checked={format === value} onChange={() => setFormat(value)} data-testid={`export-format-${value}`} />
              {t(`dashboard.export.format.${value}`)}
            </label>
          ))}
        </fieldset>
        {format === 'csv' && (
          <label>
            {t('dashboard.export.delimiter')}
            <select value={delimiter} onChange={(e) => setDelimiter(e.target.value as CsvDelimiter)} data-testid="export-delimiter">
              {CSV_DELIMITERS.map((value) => (
                <option key={value} value={value}>
                  {t(value === ';' ? 'dashboard.export.delimiter.semicolon' : 'dashboard.export.delimiter.comma')}
                </option>
              ))}
            </select>
          </label>
        )}
        {format === 'xlsx' && source === 'browser' && (
          <label className="check">
            <input type="checkbox" checked={includeEvents} onChange={(e) => setIncludeEvents(e.target.checked)} data-testid="export-events" />
            {t('dashboard.export.includeEvents')}
          </label>
        )}
        <label className="check">
          <input type="checkbox" checked={masking} onChange={(e) => setMask(e.target.checked)} data-testid="export-mask" />
          {t('dashboard.export.mask')}
        </label>
      </div>
      <ExportGuide
        format={format}
        delimiter={delimiter}
        onChoose={(choice) => {
          setFormat(choice.format);
          if (choice.delimiter) setDelimiter(choice.delimiter);
        }}
      />
      <div className="export-actions">
        <button type="button" className="primary" onClick={run} disabled={running || !complete} data-testid="export-run">
          {t('dashboard.export.run', { count: formatCount(count ?? 0, language), format: format.toUpperCase() })}
        </button>
        {!complete && <span className="muted">{t('dashboard.export.waitForLoad')}</span>}
        {running && !team && (
          <button type="button" onClick={exportStore.cancel} data-testid="export-cancel">
            {t('dashboard.export.cancel')}
          </button>
        )}
      </div>
      {!team && state.status === 'running' && <JobProgressBar progress={state.progress} />}
      {team && teamExport.status}
      {/* data-ms: the worker's own time for the last file, which `npm run bench` reports beside click-to-file. */}
      <p className="status" role="status" data-testid="export-status" data-ms={saved?.ms} hidden={Boolean(team)}>
        {state.status === 'failed' && t('dashboard.export.failed', { detail: state.message })}
        {state.status === 'cancelled' && t('dashboard.export.cancelled')}
        {saved && (
          <>
            {t('dashboard.export.saved', {
              file: saved.fileName,
              sessions: formatCount(saved.sessions, language),
              events: formatCount(saved.events, language),
              seconds: (saved.ms / 1000).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }),
            })}{' '}
            <a href={saved.url} download={saved.fileName} data-testid="export-again">
              {t('dashboard.export.again')}
            </a>
          </>
        )}
      </p>
    </section>
  );
}
