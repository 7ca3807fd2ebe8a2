import type { TestProject } from 'vitest/node';
import { startCluster } from '../../server/db/cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    clusterUrl: string;
  }
}

/** One cluster for the run; test files each create their own database in it (test/server/database.ts). */
export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  project.provide('clusterUrl', cluster.url);
  return () => cluster.stop();
}
