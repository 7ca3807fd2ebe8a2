/**
 * Indonesian texts: the panel's step chips and the words around moving through the flow with the
 * keyboard (issue 14). The chips show a short name (the instruction's own word "request", as the
 * step's title says it); the instruction's number is said by screen readers and shown as a tooltip.
 */
export const flowSteps = {
  'flow.chips': 'Langkah alur',
  'flow.chip.request': 'Request',
  'flow.chip.recheck': 'Cek ulang',
  'flow.chip.call': 'Telepon',
  'flow.chip.explain': 'Konfirmasi',
  'flow.chip.outcome': 'Update',
  'flow.chip.done': 'Selesai',
  'flow.chip.number': 'Langkah {number}:',
  'flow.chip.past': '(sudah)',
  'flow.cancelledTitle': 'Alur ini dibatalkan',
} as const;
