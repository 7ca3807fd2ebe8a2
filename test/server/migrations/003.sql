-- What migration 003 added: an index (the ticket search's trigrams), no table or column, so no rows of its own.
select 1;
