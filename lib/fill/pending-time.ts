import type { PendingRequest } from '../procedure';
import { reasonByCode, type ProcedureConfig } from '../schema';

const HALF_HOUR = 30 * 60_000;

/**
 * The pending-until Pandu proposes: what the related party asked for, else now plus the reason's
 * default hours (1.2.4 says "per the request / reason default"), rounded up to the half hour
 * and never beyond the configured maximum.
 */
export function proposedPendingUntil(request: PendingRequest | null, config: ProcedureConfig, now: Date): string {
  if (request?.requestedUntil) return request.requestedUntil;
  const hours = reasonByCode(config, request?.reasonCode)?.defaultPendingHours ?? 24;
  const limit = now.getTime() + config.maxPendingHours * 3_600_000;
  const target = Math.min(now.getTime() + hours * 3_600_000, limit);
  const rounded = Math.ceil(target / HALF_HOUR) * HALF_HOUR;
  return new Date(rounded > limit ? Math.floor(limit / 60_000) * 60_000 : rounded).toISOString();
}
