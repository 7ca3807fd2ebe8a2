import * as preact from 'preact';
import * as compat from 'preact/compat';
import * as hooks from 'preact/hooks';
import * as jsxRuntime from 'preact/jsx-runtime';
import * as i18n from '../../I18n';
import * as settingsProvider from '../../SettingsProvider';
import * as siteProfileContext from '../SiteProfileContext';
import * as useFlow from '../flow/useFlow';
import * as fillFocus from '../fill-focus';
import * as panelFocus from '../panel-focus';
import * as rendered from '@/lib/sites/rendered';
import * as messenger from '@/lib/messaging/messenger';
import * as receive from '@/lib/messaging/receive';
import { SHARED_MODULES_SLOT, type SharedModule } from './shared-modules';

/** Every shared module, as this bundle holds it; the type keeps it in step with the list. */
const modules: Record<SharedModule, object> = {
  preact,
  'preact/hooks': hooks,
  'preact/compat': compat,
  'preact/jsx-runtime': jsxRuntime,
  '@/components/I18n': i18n,
  '@/components/SettingsProvider': settingsProvider,
  '@/components/panel/SiteProfileContext': siteProfileContext,
  '@/components/panel/flow/useFlow': useFlow,
  '@/components/panel/fill-focus': fillFocus,
  '@/components/panel/panel-focus': panelFocus,
  '@/lib/sites/rendered': rendered,
  '@/lib/messaging/messenger': messenger,
  '@/lib/messaging/receive': receive,
};

/**
 * Called by the content script before anything is injected beside it: the on-demand scripts'
 * imports of these modules read this slot (shared-modules.ts).
 */
export function publishSharedModules(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(SHARED_MODULES_SLOT)] = modules;
}
