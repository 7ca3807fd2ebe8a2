import { useMemo, useSyncExternalStore } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { deepCheckPage } from '@/lib/fill/engine/deep-check';
import { picker as pickerTextsId } from '@/lib/i18n/messages/id/picker';
import { translatorFor, type Translate } from '@/lib/i18n/translate';
import { I18nContext } from '../../I18n';
import { SettingsContext } from '../../SettingsProvider';
import { PageCheckBox } from '../PageCheckBox';
import { SiteProfileContext } from '../SiteProfileContext';
import { closePicker } from '../picker/picker-actions';
import { pageCheckStore } from '../picker/picker-store';
import type { PanelTools, PanelValues } from './panel-tools';

/**
 * The picker's Indonesian texts travel with the tools (the content script does not carry them);
 * English ones come with the panel's other English texts. A key the panel's translator does not
 * know comes back as the key itself: then this Indonesian text is used.
 */
const pickerT = translatorFor(pickerTextsId);
const withPickerTexts =
  (t: Translate): Translate =>
  (key, params) => {
    const text = t(key, params);
    return text === key && key in pickerTextsId ? pickerT(key, params) : text;
  };

function ToolsRoot({ language, t, settings, profile, onClose }: PanelValues & { onClose: () => void }) {
  const check = useSyncExternalStore(pageCheckStore.subscribe, pageCheckStore.get);
  const i18n = useMemo(() => ({ language, t: withPickerTexts(t) }), [language, t]);
  if (!check) return null;
  return (
    <SettingsContext.Provider value={settings}>
      <I18nContext.Provider value={i18n}>
        <SiteProfileContext.Provider value={profile}>
          <PageCheckBox check={check} onClose={onClose} />
        </SiteProfileContext.Provider>
      </I18nContext.Provider>
    </SettingsContext.Provider>
  );
}

/** The tools' side of panel-tools.ts: the stores of the check and the pick, and their box. */
export function createPanelTools(): PanelTools {
  const roots = new Map<Element, Root>();
  const close = () => {
    closePicker();
    pageCheckStore.set(null);
  };
  return {
    checks: pageCheckStore,
    show: (report) => pageCheckStore.set(report),
    close,
    deepCheck: (doc, profile) => {
      closePicker();
      return deepCheckPage(doc, profile);
    },
    render: (host, values) => {
      let root = roots.get(host);
      if (!root) roots.set(host, (root = createRoot(host)));
      root.render(<ToolsRoot {...values} onClose={close} />);
    },
    unmount: (host) => {
      roots.get(host)?.unmount();
      roots.delete(host);
    },
  };
}
