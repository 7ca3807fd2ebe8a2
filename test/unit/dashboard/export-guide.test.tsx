// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { ExportGuide, FILE_USES, choiceMatches, type FileChoice } from '@/entrypoints/dashboard/export/ExportGuide';
import { DEFAULT_CSV_DELIMITER, type CsvDelimiter } from '@/lib/export';
import { allCatalogues } from '@/lib/i18n/catalogues';
import type { ExportFormat } from '@/entrypoints/dashboard/worker/protocol';

afterEach(cleanup);

/** The guide as the export panel holds it: its choice sets the panel's format and separator. */
function Panel({ language }: { language: 'id' | 'en' }) {
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(DEFAULT_CSV_DELIMITER);
  const choose = (choice: FileChoice) => {
    setFormat(choice.format);
    if (choice.delimiter) setDelimiter(choice.delimiter);
  };
  return (
    <I18nProvider language={language} catalogues={allCatalogues}>
      <output data-testid="chosen">{`${format} ${delimiter}`}</output>
      <ExportGuide format={format} delimiter={delimiter} onChoose={choose} />
    </I18nProvider>
  );
}

describe('the export panel’s guide: which file fits which program', () => {
  it('names each use with its file and one line of why, the Indonesian Excel one marked as the default and in use', () => {
    render(<Panel language="id" />);
    const guide = screen.getByTestId('export-guide');
    expect(within(guide).getByRole('heading').textContent).toBe('Berkas mana untuk program apa?');
    const excel = screen.getByTestId('export-use-excelId');
    expect(excel.textContent).toContain('Excel dengan pengaturan regional Indonesia');
    expect(excel.textContent).toContain('CSV, titik koma, UTF-8 dengan BOM · bawaan');
    expect(excel.textContent).toMatch(/koma adalah tanda desimal.*titik koma.*BOM/);
    expect(excel.className).toBe('in-use');
    const libre = screen.getByTestId('export-use-libre').textContent;
    expect(libre).toContain('Unicode (UTF-8)');
    expect(libre).toContain('Semicolon');
    expect(libre).toContain('ï»¿');
    expect(screen.getByTestId('export-use-system').textContent).toContain('hanya JSON yang bisa diimpor ke Pandu');
    expect(guide.textContent).toContain('Kenapa tidak ada baris “sep=;”');
    for (const { key } of FILE_USES) expect(screen.getByTestId(`export-use-${key}`).querySelector('.use-why')!.textContent.length, key).toBeGreaterThan(40);
  });

  it('sets the format and the separator from a use, and shows which one is in use', () => {
    render(<Panel language="en" />);
    fireEvent.click(screen.getByTestId('export-use-excelEn-choose'));
    expect(screen.getByTestId('chosen').textContent).toBe('csv ,');
    expect(screen.getByTestId('export-use-excelEn-choose').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('export-use-excelId-choose').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByTestId('export-use-system-choose'));
    expect(screen.getByTestId('chosen').textContent).toBe('json ,');
    expect(screen.getByTestId('export-use-system-choose').textContent).toBe('In use');
    fireEvent.click(screen.getByTestId('export-use-libre-choose'));
    expect(screen.getByTestId('chosen').textContent).toBe('csv ;');
    // The default and LibreOffice need the same file: both show it in use.
    expect(screen.getByTestId('export-use-excelId').className).toBe('in-use');
  });

  it('matches a choice without a separator to any separator of its format', () => {
    expect(choiceMatches({ format: 'json' }, 'json', ';')).toBe(true);
    expect(choiceMatches({ format: 'csv', delimiter: ';' }, 'csv', ',')).toBe(false);
    expect(FILE_USES.filter((use) => use.isDefault)).toEqual([{ key: 'excelId', choice: { format: 'csv', delimiter: DEFAULT_CSV_DELIMITER }, isDefault: true }]);
  });
});
