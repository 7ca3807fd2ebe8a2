// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useI18n } from '@/components/I18n';
import { SettingsProvider } from '@/components/SettingsProvider';
import { panelTextsFromBackground } from '@/entrypoints/nossa.content/panel-texts';
import { panelCatalogues } from '@/lib/i18n/panel-catalogues';
import { panelTextsEn } from '@/lib/i18n/panel-texts-en';
import { panelTextsId } from '@/lib/i18n/panel-texts-id';
import { defaultSettings, type Settings } from '@/lib/schema';
import { messaging } from './messaging-fake';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));

/**
 * The content script carries the panel's Indonesian texts only; English is asked of the
 * background (getPanelTexts) once, and shown as soon as it arrives.
 */
const english: Settings = { ...defaultSettings(), language: 'en' };

function Title() {
  const { t } = useI18n();
  return <h1>{t('fill.button')}</h1>;
}

afterEach(() => {
  cleanup();
  messaging.reset();
});

describe('the panel’s texts in a language the content script does not carry', () => {
  it('the two halves hold the same keys, and the background answers with the English half', () => {
    // The Indonesian half: the content script's, and the picker's that come with the panel tools.
    expect(Object.keys(panelTextsEn).sort()).toEqual(Object.keys(panelCatalogues.id).sort());
    expect(
      Object.keys(panelCatalogues.id)
        .filter((key) => !(key in panelTextsId))
        .every((key) => key.startsWith('picker.')),
    ).toBe(true);
    expect(panelCatalogues.en).toBe(panelTextsEn);
  });

  it('shows Indonesian until the English texts arrive, then English; asks once', async () => {
    let answer!: (texts: unknown) => void;
    messaging.answer('getPanelTexts', () => new Promise((resolve) => (answer = resolve)));
    render(
      <SettingsProvider catalogues={{ id: panelTextsId }} moreTexts={panelTextsFromBackground()} initial={english}>
        <Title />
      </SettingsProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe(panelTextsId['fill.button']);
    void act(() => answer(panelTextsEn));
    expect(await screen.findByText(panelTextsEn['fill.button'])).toBeTruthy();
    expect(messaging.sentOf('getPanelTexts')).toEqual([{ language: 'en' }]);
  });

  it('texts fetched before the mount are in the first render', async () => {
    messaging.answer('getPanelTexts', () => panelTextsEn);
    const texts = panelTextsFromBackground();
    await texts.load('en');
    render(
      <SettingsProvider catalogues={{ id: panelTextsId }} moreTexts={texts} initial={english}>
        <Title />
      </SettingsProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe(panelTextsEn['fill.button']);
  });

  it('a failed request leaves Indonesian on screen, and the next load asks again', async () => {
    messaging.answer('getPanelTexts', () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const texts = panelTextsFromBackground();
    render(
      <SettingsProvider catalogues={{ id: panelTextsId }} moreTexts={texts} initial={english}>
        <Title />
      </SettingsProvider>,
    );
    await act(async () => {
      await texts.load('en').catch(() => undefined);
    });
    expect(screen.getByRole('heading').textContent).toBe(panelTextsId['fill.button']);
    messaging.answer('getPanelTexts', () => panelTextsEn);
    await texts.load('en');
    expect(texts.ready().en?.['fill.button']).toBe(panelTextsEn['fill.button']);
    // The panel's request and the test's first load were one request; the retry is the second.
    expect(messaging.sentOf('getPanelTexts')).toHaveLength(2);
  });

  it('an Indonesian panel asks for nothing', () => {
    render(
      <SettingsProvider catalogues={{ id: panelTextsId }} moreTexts={panelTextsFromBackground()} initial={defaultSettings()}>
        <Title />
      </SettingsProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe(panelTextsId['fill.button']);
    expect(messaging.sentOf('getPanelTexts')).toEqual([]);
  });
});
