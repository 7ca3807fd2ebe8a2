import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SHARED_MODULES, SHARED_MODULES_SLOT } from './components/panel/on-demand/shared-modules';

const SHARED_PREFIX = '\0pandu-shared:';
/** One empty module for every stylesheet the content script carries (not ending in .css: Vite would treat it as one). */
const CARRIED_STYLE = '\0pandu-carried-style';

/**
 * What a module that holds state of its own looks like once compiled: a context, or a listener on
 * the messenger (one per message type and context). A copy of one in the on-demand script would
 * be a second context or store, silently apart from the content script's.
 */
const STATEFUL = /\b(?:createContext|onPush|onMessage)\(/;

/** The stylesheets a module imports (`import './x.css'`), as files. */
const stylesImportedBy = (file: string): Set<string> =>
  new Set([...readFileSync(file, 'utf8').matchAll(/^import\s+['"]([^'"]+\.css)['"]/gm)].map(([, spec]) => resolve(dirname(file), spec!)));

/**
 * The build of a script the background injects beside the content script (entrypoints/nossa-flow):
 * every import of a module in SHARED_MODULES (components/panel/on-demand/shared-modules.ts) becomes
 * a read of the slot the content script published, so the script renders in the panel's tree with
 * the panel's own Preact and contexts. Fails the build when a second Preact would be bundled all
 * the same, when a module it bundles creates a context or listens on the messenger (it must be
 * shared, not copied), or when the script imports a stylesheet the content script does not carry: styles
 * reach the panel's shadow root only in the content script's stylesheet, so `stylesFrom` (a module
 * of the content script) must import each of them too.
 */
export function sharedModulesPlugin({ root, stylesFrom }: { root: string; stylesFrom: string }): Plugin {
  const sharedByFile = new Map<string, string>();
  let carriedStyles = new Set<string>();
  return {
    name: 'pandu:shared-modules',
    enforce: 'pre',
    async buildStart() {
      carriedStyles = stylesImportedBy(stylesFrom);
      const importer = resolve(root, 'index.ts');
      for (const name of SHARED_MODULES) {
        const resolved = await this.resolve(name, importer, { skipSelf: true });
        if (!resolved) this.error(`shared module "${name}" does not resolve`);
        sharedByFile.set(resolved.id, name);
      }
    },
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const shared = sharedByFile.get(resolved.id);
      if (shared) return SHARED_PREFIX + shared;
      if (/\.css(?:\?|$)/.test(resolved.id)) {
        if (!carriedStyles.has(resolved.id)) {
          this.error(`${resolved.id} (imported by ${importer}) is not in the content script's stylesheet: import it in ${stylesFrom} too`);
        }
        return CARRIED_STYLE;
      }
      return resolved;
    },
    load(id) {
      if (id === CARRIED_STYLE) return 'export {};';
      if (!id.startsWith(SHARED_PREFIX)) return null;
      const name = JSON.stringify(id.slice(SHARED_PREFIX.length));
      return {
        code: [
          `const shared = globalThis[Symbol.for(${JSON.stringify(SHARED_MODULES_SLOT)})];`,
          `if (!shared) throw new Error('Pandu: the content script has not published its shared modules');`,
          `export const __shared = shared[${name}];`,
          `export default __shared.default;`,
        ].join('\n'),
        syntheticNamedExports: '__shared',
      };
    },
    // What the output holds: resolving through other plugins may load modules it never includes.
    generateBundle(_options, bundle) {
      const included = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? Object.keys(file.modules) : []));
      const preact = included.filter((id) => id.includes('/node_modules/preact/'));
      if (preact.length) this.error(`a second Preact would be bundled (${preact.join(', ')}): share it through shared-modules.ts`);
      const stateful = included.filter((id) => !id.startsWith('\0') && STATEFUL.test(this.getModuleInfo(id)?.code ?? ''));
      if (stateful.length) {
        this.error(`modules that create a context or listen on the messenger would be copied (${stateful.join(', ')}): share them through shared-modules.ts`);
      }
    },
  };
}
