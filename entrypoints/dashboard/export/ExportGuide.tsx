import { useI18n } from '@/components/I18n';
import type { MessageKey } from '@/lib/i18n';
import type { CsvDelimiter } from '@/lib/export';
import type { ExportFormat } from '../worker/protocol';
import './export-guide.css';

/** The file a use needs: a format, and for CSV its separator. */
export interface FileChoice {
  format: ExportFormat;
  delimiter?: CsvDelimiter;
}

/**
 * Which file fits which program, one line of why each (separator, encoding). The first is the
 * default: Excel with Indonesian regional settings reads a semicolon CSV with a BOM on a
 * double-click. No "sep=" line is written (Excel then ignores the BOM); the last line says so.
 */
export const FILE_USES: ReadonlyArray<{ key: string; choice: FileChoice; isDefault?: boolean }> = [
  { key: 'excelId', choice: { format: 'csv', delimiter: ';' }, isDefault: true },
  { key: 'excelEn', choice: { format: 'csv', delimiter: ',' } },
  { key: 'libre', choice: { format: 'csv', delimiter: ';' } },
  { key: 'manager', choice: { format: 'xlsx' } },
  { key: 'system', choice: { format: 'json' } },
];

export const choiceMatches = (choice: FileChoice, format: ExportFormat, delimiter: CsvDelimiter) =>
  choice.format === format && (choice.delimiter === undefined || choice.delimiter === delimiter);

export function ExportGuide({ format, delimiter, onChoose }: { format: ExportFormat; delimiter: CsvDelimiter; onChoose: (choice: FileChoice) => void }) {
  const { t } = useI18n();
  const text = (key: string, part?: 'file' | 'why') => t(`dashboard.export.guide.${key}${part ? `.${part}` : ''}` as MessageKey);
  return (
    <section className="export-guide" aria-labelledby="export-guide-title" data-testid="export-guide">
      <h3 id="export-guide-title">{t('dashboard.export.guide.title')}</h3>
      <ul>
        {FILE_USES.map(({ key, choice, isDefault }) => {
          const inUse = choiceMatches(choice, format, delimiter);
          return (
            <li key={key} className={inUse ? 'in-use' : undefined} data-testid={`export-use-${key}`}>
              <div className="use-head">
                <strong>{text(key)}</strong>
                <span className="use-file">
                  {text(key, 'file')}
                  {isDefault && <span className="use-default"> · {t('dashboard.export.guide.default')}</span>}
                </span>
                <button type="button" className="use-choose" aria-pressed={inUse} onClick={() => onChoose(choice)} data-testid={`export-use-${key}-choose`}>
                  {inUse ? t('dashboard.export.guide.inUse') : t('dashboard.export.guide.use')}
                </button>
              </div>
              <p className="use-why">{text(key, 'why')}</p>
            </li>
          );
        })}
      </ul>
      <p className="muted use-tradeoff">{t('dashboard.export.guide.tradeoff')}</p>
    </section>
  );
}
