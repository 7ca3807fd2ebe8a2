// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { JobProgressBar } from '@/entrypoints/dashboard/worker/JobProgressBar';
import type { JobProgress } from '@/entrypoints/dashboard/worker/job-store';
import { allCatalogues } from '@/lib/i18n/catalogues';

afterEach(cleanup);

const bar = (progress: JobProgress | null) => {
  render(
    <I18nProvider language="id" catalogues={allCatalogues}>
      <JobProgressBar progress={progress} />
    </I18nProvider>,
  );
  return screen.getByRole('progressbar');
};

describe('the job progress bar', () => {
  it('moves with every phase that counts, the Excel file’s packing included', () => {
    const pack = bar({ phase: 'pack', done: 250_000, total: 1_000_000 });
    expect(pack.getAttribute('max')).toBe('1000000');
    expect(pack.getAttribute('value')).toBe('250000');
    expect(screen.getByTestId('job-progress').textContent).toContain('Menyusun berkas Excel');
  });

  it('says the numbers in words where the phase has them', () => {
    bar({ phase: 'eventsScan', done: 20_000, total: 672_297 });
    expect(screen.getByTestId('job-progress').textContent).toBe('Membaca riwayat langkah: 20.000 dari 672.297 langkah tercatat');
  });

  it('is indeterminate before the first count', () => {
    const starting = bar(null);
    expect(starting.hasAttribute('value')).toBe(false);
    expect(screen.getByTestId('job-progress').textContent).toBe('Memulai…');
  });
});
