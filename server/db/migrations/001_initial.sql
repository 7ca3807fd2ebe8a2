-- The team server's first schema. Records (sessions, events, shifts) are stored whole, as the
-- extension keeps them (`record`, validated with lib/schema before it gets here), beside the
-- columns the dashboard filters, sorts and aggregates on. Every stored change takes a number
-- from `change_seq`: the lead's live view reads again when the number it last saw moved.

create table teams (
  id text primary key,
  name text not null,
  created_at timestamptz not null default now()
);

create table accounts (
  id uuid primary key,
  role text not null check (role in ('admin', 'lead', 'agent')),
  name text not null,
  -- An agent's NOSSA user id: every record it writes carries it as agentId.
  nossa_user_id text unique,
  area text,
  team_id text references teams (id),
  created_at timestamptz not null default now(),
  disabled_at timestamptz,
  check ((role = 'agent') = (nossa_user_id is not null)),
  check (role = 'admin' or team_id is not null)
);

-- One-time enrolment codes, stored as hashes; used once, within their expiry.
create table enrol_codes (
  code_hash text primary key,
  account_id uuid not null references accounts (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

-- Bearer tokens, stored as hashes; a revoked token is refused from then on.
create table tokens (
  id uuid primary key,
  account_id uuid not null references accounts (id),
  token_hash text not null unique,
  device text not null default '',
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index tokens_account on tokens (account_id);

create sequence change_seq;

create table sessions (
  id uuid primary key,
  agent_id text not null,
  -- The agent's team when the record arrived: a lead reads its team's records.
  team_id text not null,
  ticket_id text not null,
  status text not null,
  outcome text,
  reason_code text not null default '',
  area text not null default '',
  started_at timestamptz not null,
  updated_at timestamptz not null,
  ended_at timestamptz,
  handling_seconds integer,
  pending_until timestamptz,
  attempts integer not null default 0,
  failed_attempts integer not null default 0,
  -- lib/logs fillStateOf without the fill events: 'ok' | 'manual' | 'none' (session_fills decides the rest).
  fill_base text not null default 'none',
  revision text not null default '',
  record jsonb not null,
  seq bigint not null default nextval('change_seq'),
  received_at timestamptz not null default now()
);
create index sessions_team_started on sessions (team_id, started_at desc, id);
create index sessions_team_agent_started on sessions (team_id, agent_id, started_at desc);
create index sessions_seq on sessions (seq);

create table events (
  id uuid primary key,
  agent_id text not null,
  team_id text not null,
  session_id uuid,
  ticket_id text,
  type text not null,
  at timestamptz not null,
  record jsonb not null,
  seq bigint not null default nextval('change_seq'),
  received_at timestamptz not null default now()
);
create index events_session on events (session_id, at);
create index events_team_type_at on events (team_id, type, at);
create index events_seq on events (seq);

-- The last fill result of each session (fill.result / fill.verify), whatever order they came in.
create table session_fills (
  session_id uuid primary key,
  at timestamptz not null,
  ok boolean not null,
  -- The fill.result event that decided it (a tie on `at` goes to the larger id, as in the browser),
  -- and its agent: another agent's event never changes this session's fill state.
  event_id uuid,
  agent_id text
);

create table shifts (
  id uuid primary key,
  agent_id text not null,
  team_id text not null,
  shift_date date not null,
  starts_at timestamptz,
  completed_at timestamptz,
  record jsonb not null,
  seq bigint not null default nextval('change_seq'),
  received_at timestamptz not null default now()
);
create index shifts_team_date on shifts (team_id, shift_date);

-- Records the server refused, kept for the lead to see (never silently dropped).
create table quarantine (
  id uuid primary key,
  account_id uuid references accounts (id),
  team_id text,
  received_at timestamptz not null default now(),
  kind text not null,
  record_id text,
  path text not null,
  reason text not null,
  raw jsonb
);
create index quarantine_team_received on quarantine (team_id, received_at desc);

-- The change counter of each team, taken at the END of every ingest transaction under the row's
-- lock (held until commit): `seq` of rows is taken when they are written, so a batch that began
-- earlier may commit with smaller numbers than one a reader has already seen; this row's number
-- is taken in commit order, so a team's greatest(seq) moves with every commit that changed it.
create table team_changes (
  team_id text primary key,
  seq bigint not null
);
