-- PostgreSQL only. The list's text search, lower(subject) LIKE '%…%' OR lower(description) LIKE '%…%', reads these
-- trigram indexes (a bitmap of each, OR-ed) instead of every row. pg_trgm ships with PostgreSQL (contrib) and is a
-- trusted extension: the owner of the database may create it. Patterns shorter than three characters still scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_service_ticket_subject_trgm ON service_ticket USING gin (lower(subject) gin_trgm_ops);
CREATE INDEX ix_service_ticket_description_trgm ON service_ticket USING gin (lower(description) gin_trgm_ops);
