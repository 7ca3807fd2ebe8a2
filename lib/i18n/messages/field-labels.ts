/**
 * NOSSA's own field names, shown as NOSSA shows them (in English) whatever the panel's language:
 * the agent looks for these exact labels on the page. Shared by both catalogues.
 */
export const fieldLabels = {
  'field.ticketId': 'Incident',
  'field.summary': 'Summary',
  'field.status': 'Status',
  'field.customerName': 'Customer Name',
  'field.contactPhone': 'Contact Phone',
  'field.serviceId': 'Service ID',
  'field.ownerGroup': 'Owner Group',
  'field.pendingReason': 'Pending Reason',
  'field.pendingUntil': 'Pending Until',
  'field.newStatus': 'New Status (Change Status)',
  'field.statusMemo': 'Memo (Change Status)',
  'field.workLogSummary': 'Work Log: Summary',
  'field.workLogDetails': 'Work Log: Details',
  'field.workLogType': 'Work Log: Type',
  'field.commit:confirmChangeStatus': 'OK (Change Status)',
  'field.commit:save': 'Save',
} as const;
