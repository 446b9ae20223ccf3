-- The register of services (issue 16), SQLite flavour. The PostgreSQL flavour beside it has the
-- same tables and columns; only the generated keys differ (INTEGER PRIMARY KEY AUTOINCREMENT here,
-- identity columns there). Times are ISO-8601 UTC text and dates YYYY-MM-DD text in both, so the
-- code reads and compares them the same way on either database.

-- One row per stored service: its current description version and the last evaluation of it.
CREATE TABLE services (
    id            TEXT    NOT NULL PRIMARY KEY,
    generation    TEXT    NOT NULL,            -- random per creation: an ETag of a deleted service never matches its successor
    version       INTEGER NOT NULL,            -- the current description version (1, 2, ...)
    name          TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    rule_base     TEXT,                        -- rule-base version of the last evaluation
    as_of         TEXT,                        -- the asOf of the last evaluation
    evaluated_at  TEXT,
    answer        TEXT,                        -- JSON: the parts of the answer the register keeps beside the obligations (classifications, summary)
    last_run      INTEGER NOT NULL DEFAULT 0   -- the last re-evaluation run (reevaluations.id) this service is up to date with
);

-- Every version of every description, kept.
CREATE TABLE service_versions (
    service_id    TEXT    NOT NULL,
    version       INTEGER NOT NULL,
    description   TEXT    NOT NULL,            -- the JSON as validated
    created_at    TEXT    NOT NULL,
    created_by    TEXT    NOT NULL,
    PRIMARY KEY (service_id, version)
);

-- The obligations of each service's last evaluation (list = 'obligations' or 'upcoming').
CREATE TABLE obligations (
    service_id    TEXT    NOT NULL,
    obligation_id TEXT    NOT NULL,
    list          TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    kind          TEXT,
    bearer        TEXT,
    title         TEXT,
    citations     TEXT    NOT NULL,            -- JSON array of citation labels
    missing       TEXT    NOT NULL,            -- JSON array of JSON Pointers
    effective     TEXT,
    due           TEXT,
    timing        TEXT,                        -- JSON timing object when the answer has one
    fingerprint   TEXT    NOT NULL,            -- sha256 of title, summary and every citation's label and verbatim text
    PRIMARY KEY (service_id, obligation_id)
);
CREATE INDEX obligations_due ON obligations (due);
CREATE INDEX obligations_effective ON obligations (effective);

-- The state of each tracked obligation; a row exists once someone set a state (else it is todo).
CREATE TABLE tracking (
    service_id    TEXT    NOT NULL,
    obligation_id TEXT    NOT NULL,
    state         TEXT    NOT NULL,
    reason        TEXT,
    note          TEXT,
    evidence      TEXT,
    review        INTEGER NOT NULL DEFAULT 0,  -- 1: done, but its citations or text changed since
    review_since  TEXT,
    done_fingerprint TEXT,                     -- the obligation's fingerprint when it was marked done
    revision      INTEGER NOT NULL,
    updated_at    TEXT    NOT NULL,
    updated_by    TEXT    NOT NULL,
    PRIMARY KEY (service_id, obligation_id)
);

-- Every change of a tracked state, kept.
CREATE TABLE tracking_history (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    service_id    TEXT    NOT NULL,
    obligation_id TEXT    NOT NULL,
    at            TEXT    NOT NULL,
    who           TEXT    NOT NULL,
    from_state    TEXT,
    to_state      TEXT    NOT NULL,
    reason        TEXT,
    note          TEXT,
    evidence      TEXT
);
CREATE INDEX tracking_history_obligation ON tracking_history (service_id, obligation_id);

-- The change feed: the id is the cursor of GET /v1/changes?since=.
CREATE TABLE changes (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT    NOT NULL,
    service_id    TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    obligation_id TEXT,
    cause         TEXT    NOT NULL,            -- description, rules, daily, start
    run_id        INTEGER,
    rule_base     TEXT,
    detail        TEXT    NOT NULL             -- JSON
);
CREATE INDEX changes_service ON changes (service_id);

-- Re-evaluation runs: a row is written before a run starts and finished when every service is
-- up to date with it, so a run cut off by a crash is completed at the next start.
CREATE TABLE reevaluations (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    cause         TEXT    NOT NULL,
    run_key       TEXT    UNIQUE,              -- daily runs: 'daily:YYYY-MM-DD', so several servers start one
    requested_at  TEXT    NOT NULL,
    rule_base     TEXT,
    owner         TEXT,                        -- the server running it, and until when its lease holds
    lease_until   TEXT,
    finished_at   TEXT,
    services      INTEGER NOT NULL DEFAULT 0,
    changes       INTEGER NOT NULL DEFAULT 0
);

-- Change records still to push to the webhook (only written when a webhook is configured).
CREATE TABLE webhook_outbox (
    change_id     INTEGER NOT NULL PRIMARY KEY,
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_attempt  TEXT    NOT NULL,
    last_error    TEXT
);
