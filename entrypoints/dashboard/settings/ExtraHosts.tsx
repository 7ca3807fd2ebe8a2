import { useEffect, useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18n';
import { useSettings } from '@/components/SettingsProvider';
import { toHostPattern } from '@/lib/sites/host-pattern';
import { PolicyNote, useSetByPolicy } from './PolicyNote';

/**
 * Extra NOSSA hosts. Adding one asks the browser for that host's permission at that moment
 * (the click is the user gesture the browser requires); the background then registers the
 * content script there. Removing one gives the permission back.
 */
export function ExtraHosts() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  /** The address was refused: the message is the field's own note (aria-describedby), at the field. */
  const [refused, setRefused] = useState(false);
  const messageId = useId();
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const hosts = settings?.extraHosts ?? [];
  const byPolicy = useSetByPolicy('extraHosts');

  useEffect(() => {
    void Promise.all(hosts.map(async (h) => [h, await browser.permissions.contains({ origins: [h] })] as const)).then((pairs) => setGranted(Object.fromEntries(pairs)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the list's content: each settings push brings a new array
  }, [hosts.join(' ')]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const pattern = toHostPattern(input);
    setRefused(!pattern);
    if (!pattern) return setMessage(t('settings.hosts.invalid'));
    const ok = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    if (!ok) return setMessage(t('settings.hosts.denied'));
    await update({ extraHosts: [...new Set([...hosts, pattern])] });
    setInput('');
    setMessage(t('settings.saved'));
  };
  // A host set by policy still needs the browser's permission, asked on a click (a user gesture).
  const grant = async (pattern: string) => {
    const ok = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    setGranted((before) => ({ ...before, [pattern]: ok }));
  };
  const remove = async (pattern: string) => {
    await update({ extraHosts: hosts.filter((h) => h !== pattern) });
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  };

  return (
    <section className="card" data-testid="hosts-settings" aria-labelledby="hosts-title">
      <h2 id="hosts-title">{t('settings.hosts.title')}</h2>
      <p className="muted">{t('settings.hosts.intro')}</p>
      <PolicyNote policyKey="extraHosts" />
      {hosts.length === 0 ? (
        <p className="muted">{t('settings.hosts.none')}</p>
      ) : (
        <ul data-testid="hosts-list">
          {hosts.map((h) => (
            <li key={h}>
              <code>{h}</code> ({granted[h] ? t('settings.hosts.granted') : t('settings.hosts.notGranted')}){' '}
              {!granted[h] && (
                <button type="button" onClick={() => void grant(h)}>
                  {t('settings.hosts.grant')}
                </button>
              )}{' '}
              {!byPolicy && (
                <button type="button" onClick={() => void remove(h)}>
                  {t('settings.hosts.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!byPolicy && (
        <form onSubmit={(e) => void add(e)} className="actions">
          <input
            value={input}
            onChange={(e) => setInput(e.target.value)}
            placeholder={t('settings.hosts.placeholder')}
            aria-label={t('settings.hosts.add')}
            aria-invalid={refused || undefined}
            aria-describedby={refused ? messageId : undefined}
            data-testid="host-input"
          />
          <button type="submit" data-testid="host-add">
            {t('settings.hosts.add')}
          </button>
          <span role="status" id={messageId} className={refused ? 'field-error' : undefined}>
            {message}
          </span>
        </form>
      )}
    </section>
  );
}
