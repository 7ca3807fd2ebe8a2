import type { MessageKey } from '@/lib/i18n';
import type { FillResult, HostMessage, RecordState } from '@/lib/schema';

export interface Guidance {
  key: MessageKey;
  /** NOSSA's own message, shown verbatim next to the advice. */
  message: HostMessage | null;
  /** Whether "Periksa hasil & selesaikan" makes sense now (nothing left unsaved on screen). */
  canVerify: boolean;
}

/**
 * What the agent does next after a fill, from what NOSSA's page shows now, never from an
 * assumption about how NOSSA saves (issue 11, items 2-3): an open Change Status dialog asks for
 * OK and then Save if it stays enabled; an unsaved record asks for Save; an expired session
 * means the unsaved values are gone. Never "klik OK untuk menyimpan".
 */
export function nextStep(record: RecordState | null): Guidance {
  const message = record?.message ?? null;
  switch (record?.state) {
    case 'dialog-open':
      return { key: 'fill.next.dialogOpen', message, canVerify: false };
    case 'unsaved':
      return { key: 'fill.next.unsaved', message, canVerify: false };
    case 'expired':
      return { key: 'fill.next.expired', message, canVerify: false };
    case 'busy':
      return { key: 'fill.next.busy', message, canVerify: false };
    case 'saved':
      return { key: message && message.severity !== 'info' ? 'fill.next.message' : 'fill.next.saved', message, canVerify: true };
    default:
      return { key: 'fill.next.unknown', message, canVerify: true };
  }
}

/** The fields a verify found on screen but not saved, for "terisi, belum disimpan: …". */
export const unsavedFields = (verify: FillResult): string[] =>
  verify.fields.filter((f) => f.status === 'failed' && (f.reason === 'unsaved' || f.reason === 'not-saved')).map((f) => f.field);
