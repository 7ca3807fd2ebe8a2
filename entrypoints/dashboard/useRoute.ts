import { useEffect, useState } from 'react';

export const ROUTES = ['logs', 'charts', 'import', 'settings', 'about'] as const;
export type Route = (typeof ROUTES)[number];

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
