// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import * as preact from 'preact';
import * as preactHooks from 'preact/hooks';
import * as preactJsx from 'preact/jsx-runtime';
import * as preactClient from 'preact/compat/client';
import { describe, expect, it } from 'vitest';
import { I18nProvider, useI18n } from '@/components/I18n';
import { panelCatalogues } from '@/lib/i18n/panel-catalogues';

/**
 * The unit tests render on the runtime the build ships (preact-aliases.ts, applied by
 * vitest.config.ts and wxt.config.ts). If the alias were lost, React would quietly come back here
 * and every component test would test something that does not ship.
 */
describe('the runtime under the unit tests', () => {
  it('is Preact: react, react-dom and the JSX runtime resolve to preact/compat', async () => {
    const react = await import('react');
    const reactDom = await import('react-dom');
    const reactDomClient = await import('react-dom/client');
    const jsxRuntime = await import('react/jsx-runtime');
    expect(react.Component).toBe(preact.Component);
    expect(react.useState).toBe(preactHooks.useState);
    expect(reactDom.createPortal).toBe((await import('preact/compat')).createPortal);
    expect(reactDomClient.createRoot).toBe(preactClient.createRoot);
    expect(jsxRuntime.jsx).toBe(preactJsx.jsx);
  });

  it('compiles this file’s JSX to Preact elements', () => {
    expect(preact.isValidElement(<p />)).toBe(true);
  });

  it('runs a component of the extension, hooks and context included, under Preact’s renderer', () => {
    function Title() {
      const { t } = useI18n();
      return <h1>{t('fill.button')}</h1>;
    }
    render(
      <I18nProvider language="id" catalogues={panelCatalogues}>
        <Title />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Isi NOSSA otomatis');
  });

  it('gives a dependency that imports React (the dashboard’s virtual list) the same Preact', async () => {
    const react = await import('react');
    const virtual = await import('@tanstack/react-virtual');
    let seen: unknown;
    function List() {
      const parent = react.useRef<HTMLDivElement>(null);
      seen = virtual.useVirtualizer({ count: 3, getScrollElement: () => parent.current, estimateSize: () => 20 });
      return <div ref={parent} />;
    }
    render(<List />);
    expect(seen).toBeTruthy();
  });
});
