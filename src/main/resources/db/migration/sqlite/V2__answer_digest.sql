-- A hash of what a service's obligations rows and answer column hold (AnswerDigest.Hashes.answer), so
-- that a re-evaluation whose answer has not changed (the usual case after a reload) is recognised
-- without reading those rows back, and writes nothing but the service row. NULL for rows written
-- before it existed: the next evaluation of the service compares the rows themselves and fills it in.
ALTER TABLE services ADD COLUMN digest TEXT;

-- A hash of each obligation row (AnswerDigest.Hashes.items): when an answer did change, the rows
-- whose hash matches are neither read nor written; only the others are read, compared and written
-- (a row from before, with no hash, is compared and gets its hash).
ALTER TABLE obligations ADD COLUMN item_hash TEXT;
