-- Representative rows of the schema after migration 003 (those of 002: 003 adds an index only) (test/server/migrations.test.ts inserts
-- them, applies the next migration and checks every row is still there and still reads).
insert into teams (id, name) values ('occ-bdg', 'OCC Bandung');
insert into accounts (id, role, name, nossa_user_id, area, team_id) values
  ('0000000a-0000-4000-8000-000000000001', 'admin', 'Admin Pusat', null, null, null),
  ('0000000a-0000-4000-8000-000000000002', 'lead', 'Rina Marlina', null, 'BDG', 'occ-bdg'),
  ('0000000a-0000-4000-8000-000000000003', 'agent', 'Dewi Lestari', '930101', 'BDG', 'occ-bdg');
insert into enrol_codes (code_hash, account_id, expires_at, used_at) values
  ('c0de', '0000000a-0000-4000-8000-000000000003', '2026-11-21T00:00:00Z', '2026-11-20T00:10:00Z');
insert into tokens (id, account_id, token_hash, device) values
  ('0000000b-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000003', 'hash-of-token', 'Chrome di PC-OCC-12');
insert into sessions (id, agent_id, team_id, ticket_id, status, outcome, reason_code, area, started_at, updated_at, ended_at, handling_seconds,
                      pending_until, attempts, failed_attempts, fill_base, revision, record) values
  ('00000001-0000-4000-8000-000000000001', '930101', 'occ-bdg', 'IN110088001', 'done', 'approved', 'PLG-RESCHEDULE', 'BDG',
   '2026-11-20T01:00:00Z', '2026-11-20T01:18:00Z', '2026-11-20T01:18:00Z', 1080, '2026-11-21T03:00:00Z', 2, 1, 'ok', '',
   '{"v":1,"id":"00000001-0000-4000-8000-000000000001","ticketId":"IN110088001","agentId":"930101","procedure":{"id":"IN.OCC.TENESA.W-02","revision":"","effectiveDate":"2021-08-01"},"step":"done","answers":{"step":"done","request":{"requesterName":"Asep Saepudin","requesterGroup":"TIF HD WITEL BANDUNG","reasonCode":"PLG-RESCHEDULE","requestedUntil":null,"note":"Pelanggan minta kunjungan besok pagi"},"recheckedAt":"2026-11-20T01:06:00.000Z","attempts":[{"at":"2026-11-20T01:09:00.000Z","result":"no-answer","note":""},{"at":"2026-11-20T01:12:00.000Z","result":"connected","note":""}],"answer":{"kind":"approved","until":"2026-11-21T03:00:00.000Z"},"outcome":"approved","pendingUntil":"2026-11-21T03:00:00.000Z","workLog":"Pelanggan setuju pending sampai besok.","appliedAt":"2026-11-20T01:18:00.000Z","appliedBy":"manual","cancel":null,"outcomeTicket":null},"outcome":"approved","status":"done","startedAt":"2026-11-20T01:00:00.000Z","updatedAt":"2026-11-20T01:18:00.000Z","endedAt":"2026-11-20T01:18:00.000Z"}');
insert into events (id, agent_id, team_id, session_id, ticket_id, type, at, record) values
  ('00000002-0000-4000-8000-000000000001', '930101', 'occ-bdg', '00000001-0000-4000-8000-000000000001', 'IN110088001', 'session.started', '2026-11-20T01:00:00Z',
   '{"v":1,"id":"00000002-0000-4000-8000-000000000001","sessionId":"00000001-0000-4000-8000-000000000001","ticketId":"IN110088001","agentId":"930101","type":"session.started","payload":{"ticket":{"ticketId":"IN110088001","customerName":"Pelanggan","contactPhone":"6281234567890"}},"procedureRevision":"IN.OCC.TENESA.W-02 rev - (2021-08-01)","at":"2026-11-20T01:00:00.000Z"}'),
  ('00000002-0000-4000-8000-000000000008', '930101', 'occ-bdg', '00000001-0000-4000-8000-000000000001', 'IN110088001', 'fill.result', '2026-11-20T01:18:00Z',
   '{"v":1,"id":"00000002-0000-4000-8000-000000000008","sessionId":"00000001-0000-4000-8000-000000000001","ticketId":"IN110088001","agentId":"930101","type":"fill.result","payload":{"kind":"fill","ok":true,"profileId":"nossa-maximo","fields":[{"field":"pendingReason","expected":"PLG-RESCHEDULE","actual":"PLG-RESCHEDULE","status":"done","reason":null,"message":null,"ms":40},{"field":"workLogDetails","expected":"PLG-RESCHEDULE","actual":"PLG-RESCHEDULE","status":"done","reason":null,"message":null,"ms":40}],"committed":false,"startedAt":"2026-11-20T01:17:00.000Z","totalMs":1200,"ownMs":80,"fillId":"00000002-0000-4000-8000-000000000007"},"procedureRevision":"IN.OCC.TENESA.W-02 rev - (2021-08-01)","at":"2026-11-20T01:18:00.000Z"}');
insert into session_fills (session_id, at, ok, event_id, agent_id) values
  ('00000001-0000-4000-8000-000000000001', '2026-11-20T01:18:00Z', true, '00000002-0000-4000-8000-000000000008', '930101');
insert into shifts (id, agent_id, team_id, shift_date, starts_at, completed_at, record) values
  ('00000003-0000-4000-8000-000000000001', '930101', 'occ-bdg', '2026-11-20', '2026-11-20T00:00:00Z', '2026-11-20T00:06:00Z',
   '{"v":1,"id":"00000003-0000-4000-8000-000000000001","agentId":"930101","shiftDate":"2026-11-20","shiftName":"pagi","ticks":[{"step":"1.1.1","tickedAt":"2026-11-20T00:01:00.000Z","detected":true},{"step":"1.1.2","tickedAt":"2026-11-20T00:02:00.000Z","detected":false},{"step":"1.1.3","tickedAt":"2026-11-20T00:03:00.000Z","detected":false},{"step":"1.1.4","tickedAt":"2026-11-20T00:04:00.000Z","detected":false},{"step":"1.1.5","tickedAt":"2026-11-20T00:05:00.000Z","detected":false},{"step":"1.1.6","tickedAt":"2026-11-20T00:06:00.000Z","detected":false}],"completedAt":"2026-11-20T00:06:00.000Z","shiftLabel":"Pagi","startsAt":"2026-11-20T00:00:00.000Z","endsAt":"2026-11-20T08:00:00.000Z","graceMinutes":15,"nossaUser":null,"procedure":{"id":"IN.OCC.TENESA.W-02","revision":"","effectiveDate":"2021-08-01"}}');
insert into quarantine (id, account_id, team_id, kind, record_id, path, reason, raw) values
  ('0000000c-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000003', 'occ-bdg', 'session', null, 'record.ticketId', 'ticketId', '{"ticketId": "x"}');
insert into export_tickets (ticket_hash, account_id, team_id, request, file_name, expires_at) values
  ('hash-of-ticket', '0000000a-0000-4000-8000-000000000002', 'occ-bdg', '{"format": "csv"}', 'pandu-occ-bdg.csv', '2026-11-20T01:05:00Z');
insert into team_changes (team_id, seq) values ('occ-bdg', 42);
