-- Trigram indexes make name-fragment search fast at a million patients. pg_trgm is a trusted
-- extension (PostgreSQL 13+), so the database owner may create it; PGlite ships it as a contrib module.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
