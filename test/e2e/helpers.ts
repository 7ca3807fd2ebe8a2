import type { Page } from '@playwright/test';
import { callBackground as call, extensionPage, readTable as read } from '../../scripts/lib/extension-page.mjs';

export const AGENT = { name: 'Dewi Lestari', nossaUserId: '930101', area: 'BDG', teamLead: 'Rina Marlina' } as const;

export { extensionPage };
export const callBackground = <T = unknown>(page: Page, type: string, data?: unknown) => call(page, type, data) as Promise<T>;
export const readTable = <T = Record<string, unknown>>(page: Page, table: string) => read(page, table) as Promise<T[]>;
