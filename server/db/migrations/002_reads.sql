-- What the dashboard's reads need beyond the first schema.

-- The live view's change counter per team: max(seq) of a team's rows, read from the end of
-- these indexes (the global seq indexes would walk past every other team's newer rows).
create index sessions_team_seq on sessions (team_id, seq);
create index events_team_seq on events (team_id, seq);
create index shifts_team_seq on shifts (team_id, seq);

-- Readiness: an agent's shift running at an instant (the latest one started before it).
create index shifts_team_agent_starts on shifts (team_id, agent_id, starts_at);

-- Fill health: a fill's profile, from its "fill.started" event, found by the fill's id.
create index events_fill_started on events ((record -> 'payload' ->> 'fillId')) where type = 'fill.started';

-- One-time export tickets: the ticket is the credential of a download the browser makes
-- without headers, so it is kept hashed, expires within minutes and works once. A table, not
-- the process's memory: the ticket may be redeemed at another server behind the same proxy.
create table export_tickets (
  ticket_hash text primary key,
  account_id uuid not null references accounts (id),
  -- The team the export reads (null: an admin's export of every team).
  team_id text,
  request jsonb not null,
  file_name text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index export_tickets_expires on export_tickets (expires_at);
