-- A hash of what a service's obligations rows and answer column hold (AnswerDigest.hash), so that a
-- re-evaluation whose answer has not changed (the usual case after a reload) is recognised without
-- reading those rows back, and writes nothing but the service row. NULL for rows written before
-- it existed: the next evaluation of the service compares the rows themselves and fills it in.
ALTER TABLE services ADD COLUMN digest TEXT;
