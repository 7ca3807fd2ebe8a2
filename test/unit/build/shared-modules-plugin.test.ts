import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_MODULES } from '@/components/panel/on-demand/shared-modules';
import { sharedModulesPlugin } from '@/shared-modules-plugin';

/**
 * The on-demand script's build check (shared-modules-plugin.ts), driven through its hooks with a
 * stand-in for Rollup's plugin context: what a shared import becomes, and each way the build fails
 * (a second Preact, a stateful module copied instead of shared, a stylesheet the content script
 * does not carry). The real build runs it on entrypoints/nossa-flow (wxt.config.ts).
 */
const root = resolve(__dirname, '../../../entrypoints/nossa-flow');
const flowDir = resolve(__dirname, '../../../components/panel/flow');
const stylesFrom = resolve(flowDir, 'flow-styles.ts');

/** Where a shared module "resolves" in this stand-in: one made-up file per name. */
const fileOf = (name: string) => `/src/${name.replace(/^@\//, '')}.ts`;

/** Rollup's context as the plugin uses it: resolution by a table, errors thrown, modules' compiled code by id. */
function fakeContext(code: Record<string, string> = {}) {
  return {
    resolve: async (source: string, importer?: string) => {
      if ((SHARED_MODULES as readonly string[]).includes(source)) return { id: fileOf(source) };
      if (source.startsWith('.') && importer) return { id: resolve(importer, '..', source) };
      return { id: `/node_modules/${source}/index.js` };
    },
    error: (message: string): never => {
      throw new Error(message);
    },
    getModuleInfo: (id: string) => ({ id, code: code[id] ?? '' }),
  };
}

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (plugin: ReturnType<typeof sharedModulesPlugin>, name: 'buildStart' | 'resolveId' | 'load' | 'generateBundle') => plugin[name] as unknown as Hook;

async function startedPlugin(context: ReturnType<typeof fakeContext>) {
  const plugin = sharedModulesPlugin({ root, stylesFrom });
  await hook(plugin, 'buildStart').call(context, {});
  return plugin;
}

/** A bundle of one chunk holding these modules. */
const bundleOf = (...ids: string[]) => ({ 'nossa-flow.js': { type: 'chunk', modules: Object.fromEntries(ids.map((id) => [id, {}])) } });

describe('the on-demand script’s build (shared-modules-plugin.ts)', () => {
  it('an import of a shared module reads the content script’s slot; a carried stylesheet is empty; anything else resolves as usual', async () => {
    const context = fakeContext();
    const plugin = await startedPlugin(context);
    const resolveId = hook(plugin, 'resolveId');
    const importer = resolve(flowDir, 'FlowSteps.tsx');

    const shared = (await resolveId.call(context, '@/components/I18n', importer, {})) as string;
    expect(shared).toBe('\0pandu-shared:@/components/I18n');
    const loaded = hook(plugin, 'load').call(context, shared) as { code: string; syntheticNamedExports: string };
    expect(loaded.code).toContain('Symbol.for("pandu.sharedModules")');
    expect(loaded.code).toContain('shared["@/components/I18n"]');
    expect(loaded.syntheticNamedExports).toBe('__shared');

    expect(await resolveId.call(context, './step-chips.css', importer, {})).toBe('\0pandu-carried-style');
    expect(await resolveId.call(context, './CallStep', importer, {})).toEqual({ id: resolve(flowDir, 'CallStep') });
  });

  it('fails on a stylesheet the content script does not carry, naming where to import it', async () => {
    const context = fakeContext();
    const plugin = await startedPlugin(context);
    await expect(hook(plugin, 'resolveId').call(context, './stray.css', resolve(flowDir, 'FlowSteps.tsx'), {})).rejects.toThrow(
      `${resolve(flowDir, 'stray.css')} (imported by ${resolve(flowDir, 'FlowSteps.tsx')}) is not in the content script's stylesheet: import it in ${stylesFrom} too`,
    );
  });

  it('fails when a second Preact would be bundled', async () => {
    const context = fakeContext();
    const plugin = await startedPlugin(context);
    expect(() => hook(plugin, 'generateBundle').call(context, {}, bundleOf('/app/node_modules/preact/hooks/dist/hooks.module.js'))).toThrow(
      /a second Preact would be bundled \(\/app\/node_modules\/preact\/hooks\/dist\/hooks\.module\.js\)/,
    );
  });

  it('fails when a module it bundles creates a context or listens on the messenger; shared modules and plain ones pass', async () => {
    const copies = {
      '/src/components/Stray.tsx': 'const StrayContext = createContext(null);',
      '/src/components/panel/flow/listens.ts': 'const stop = onPush("flowChanged", show);',
      '/src/lib/messaging/own.ts': 'export const listen = (type, fn) => onMessage(type, fn);',
    };
    const plain = { '/src/components/panel/flow/CallStep.tsx': 'export function CallStep() { return jsx("div", {}); }' };
    const context = fakeContext({ ...copies, ...plain });
    const plugin = await startedPlugin(context);
    const generateBundle = hook(plugin, 'generateBundle');

    expect(() => generateBundle.call(context, {}, bundleOf('\0pandu-shared:@/components/I18n', ...Object.keys(plain)))).not.toThrow();
    for (const id of Object.keys(copies)) {
      expect(() => generateBundle.call(context, {}, bundleOf(...Object.keys(plain), id))).toThrow(
        `modules that create a context or listen on the messenger would be copied (${id}): share them through shared-modules.ts`,
      );
    }
  });

  it('fails at the start when a shared module does not resolve', async () => {
    const context = { ...fakeContext(), resolve: async () => null };
    await expect(hook(sharedModulesPlugin({ root, stylesFrom }), 'buildStart').call(context, {})).rejects.toThrow(`shared module "${SHARED_MODULES[0]}" does not resolve`);
  });
});
