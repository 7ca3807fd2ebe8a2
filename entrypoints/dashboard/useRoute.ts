import { useEffect, useState } from 'react';

export const ROUTES = ['logs', 'charts', 'health', 'practice', 'import', 'settings', 'about'] as const;
export type Route = (typeof ROUTES)[number];

/** Views that read what only the team server knows (every agent's fills and practice). */
export const TEAM_ROUTES: readonly Route[] = ['health', 'practice'];
/** Views of this browser's own database. */
export const BROWSER_ROUTES: readonly Route[] = ['import'];

const fromHash = (): Route => {
  const name = location.hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'logs';
};

/** Hash routes, so a lead can bookmark or share "#settings" and Back works as expected. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(fromHash);
  useEffect(() => {
    const onChange = () => setRoute(fromHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
