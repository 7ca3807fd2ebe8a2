-- The lead's ticket search ("88251" finds IN110088251): a part of the id, anywhere in it. A
-- B-tree cannot answer that; a trigram index can (pg_trgm, shipped with PostgreSQL and trusted:
-- a database owner may create it without superuser rights). Over a year of 750,000 sessions the
-- search went from a scan of every row to an index lookup (npm run bench -- team).
create extension if not exists pg_trgm;
create index sessions_ticket_trgm on sessions using gin (ticket_id gin_trgm_ops);
