-- What migration 002 added: an export ticket (the rows of 001 come first; test/server/migrations.test.ts
-- inserts every file up to a version, applies the next migration and checks every row is still there and still reads).
insert into export_tickets (ticket_hash, account_id, team_id, request, file_name, expires_at) values
  ('hash-of-ticket', '0000000a-0000-4000-8000-000000000002', 'occ-bdg', '{"format": "csv"}', 'pandu-occ-bdg.csv', '2026-11-20T01:05:00Z');
