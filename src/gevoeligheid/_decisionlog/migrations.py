"""The decision log's schema as numbered SQL steps per database, applied in order, each once.

Plain versioned SQL rather than Alembic: the log is four tables whose guards (the triggers that
refuse UPDATE and DELETE) are written in each database's own dialect anyway, and Alembic would
bring SQLAlchemy for that. A step is never edited once released; a change is a new step.
"""

from __future__ import annotations

_APPEND_ONLY = "the decision log is append-only"

SQLITE: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "decisions, purges and the triggers that keep them append-only",
        f"""
        CREATE TABLE gevoelig_decisions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            decision_id TEXT NOT NULL UNIQUE,
            logged_at TEXT NOT NULL,
            origin TEXT NOT NULL,
            instance TEXT NOT NULL,
            requested_by TEXT,
            dossier_id TEXT,
            input_sha256 TEXT NOT NULL,
            input TEXT NOT NULL,
            ruleset_name TEXT NOT NULL,
            ruleset_version TEXT NOT NULL,
            ruleset_sha256 TEXT NOT NULL,
            ruleset_overlays TEXT NOT NULL,
            ruleset_source TEXT NOT NULL,
            peildatum TEXT NOT NULL,
            engine TEXT NOT NULL,
            lang TEXT NOT NULL,
            library_version TEXT NOT NULL,
            classification TEXT NOT NULL,
            escalation TEXT NOT NULL,
            redacted INTEGER NOT NULL,
            result TEXT NOT NULL,
            result_sha256 TEXT NOT NULL
        );
        CREATE INDEX gevoelig_decisions_dossier ON gevoelig_decisions (dossier_id, seq);
        CREATE INDEX gevoelig_decisions_logged_at ON gevoelig_decisions (logged_at);
        CREATE TABLE gevoelig_purges (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            purged_at TEXT NOT NULL,
            cutoff TEXT NOT NULL,
            retention_days INTEGER NOT NULL,
            entries INTEGER NOT NULL,
            first_seq INTEGER,
            last_seq INTEGER,
            purged_by TEXT NOT NULL
        );
        -- A purge writes its cutoff here inside its own transaction, so no other connection ever
        -- sees it; the delete trigger lets through only rows older than that cutoff.
        CREATE TABLE gevoelig_purge_permit (cutoff TEXT NOT NULL);
        CREATE TRIGGER gevoelig_decisions_no_update BEFORE UPDATE ON gevoelig_decisions
        BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}: a decision cannot be changed'); END;
        CREATE TRIGGER gevoelig_decisions_no_delete BEFORE DELETE ON gevoelig_decisions
        WHEN NOT EXISTS (SELECT 1 FROM gevoelig_purge_permit WHERE OLD.logged_at < gevoelig_purge_permit.cutoff)
        BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}: only `gevoelig log purge` removes decisions, and only past the retention period'); END;
        CREATE TRIGGER gevoelig_purges_no_update BEFORE UPDATE ON gevoelig_purges
        BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}: a purge record cannot be changed'); END;
        CREATE TRIGGER gevoelig_purges_no_delete BEFORE DELETE ON gevoelig_purges
        BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}: a purge record cannot be removed'); END;
        """,  # noqa: E501
    ),
    (
        2,
        "the W3C trace id of the request that asked for a decision",
        "ALTER TABLE gevoelig_decisions ADD COLUMN trace_id TEXT;",
    ),
    (
        3,
        "the tenant whose key asked for a decision",
        """
        ALTER TABLE gevoelig_decisions ADD COLUMN tenant TEXT;
        CREATE INDEX gevoelig_decisions_tenant ON gevoelig_decisions (tenant, dossier_id, seq);
        """,
    ),
)

POSTGRES: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "decisions, purges and the triggers that keep them append-only",
        f"""
        CREATE TABLE gevoelig_decisions (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            decision_id TEXT NOT NULL UNIQUE,
            logged_at TEXT NOT NULL,
            origin TEXT NOT NULL,
            instance TEXT NOT NULL,
            requested_by TEXT,
            dossier_id TEXT,
            input_sha256 TEXT NOT NULL,
            input TEXT NOT NULL,
            ruleset_name TEXT NOT NULL,
            ruleset_version TEXT NOT NULL,
            ruleset_sha256 TEXT NOT NULL,
            ruleset_overlays TEXT NOT NULL,
            ruleset_source TEXT NOT NULL,
            peildatum TEXT NOT NULL,
            engine TEXT NOT NULL,
            lang TEXT NOT NULL,
            library_version TEXT NOT NULL,
            classification TEXT NOT NULL,
            escalation TEXT NOT NULL,
            redacted BOOLEAN NOT NULL,
            result TEXT NOT NULL,
            result_sha256 TEXT NOT NULL
        );
        CREATE INDEX gevoelig_decisions_dossier ON gevoelig_decisions (dossier_id, seq);
        CREATE INDEX gevoelig_decisions_logged_at ON gevoelig_decisions (logged_at);
        CREATE TABLE gevoelig_purges (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            purged_at TEXT NOT NULL,
            cutoff TEXT NOT NULL,
            retention_days INTEGER NOT NULL,
            entries BIGINT NOT NULL,
            first_seq BIGINT,
            last_seq BIGINT,
            purged_by TEXT NOT NULL
        );
        CREATE TABLE gevoelig_purge_permit (cutoff TEXT NOT NULL);
        CREATE FUNCTION gevoelig_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{_APPEND_ONLY}: % on % refused', TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'integrity_constraint_violation';
        END $$;
        CREATE FUNCTION gevoelig_guard_decisions() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND EXISTS (
                SELECT 1 FROM gevoelig_purge_permit WHERE OLD.logged_at < gevoelig_purge_permit.cutoff
            ) THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION '{_APPEND_ONLY}: % on % refused (only `gevoelig log purge` removes decisions, past the retention period)', TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'integrity_constraint_violation';
        END $$;
        CREATE TRIGGER gevoelig_decisions_append_only BEFORE UPDATE OR DELETE ON gevoelig_decisions
            FOR EACH ROW EXECUTE FUNCTION gevoelig_guard_decisions();
        CREATE TRIGGER gevoelig_decisions_no_truncate BEFORE TRUNCATE ON gevoelig_decisions
            FOR EACH STATEMENT EXECUTE FUNCTION gevoelig_refuse_change();
        CREATE TRIGGER gevoelig_purges_append_only BEFORE UPDATE OR DELETE ON gevoelig_purges
            FOR EACH ROW EXECUTE FUNCTION gevoelig_refuse_change();
        CREATE TRIGGER gevoelig_purges_no_truncate BEFORE TRUNCATE ON gevoelig_purges
            FOR EACH STATEMENT EXECUTE FUNCTION gevoelig_refuse_change();
        """,  # noqa: E501
    ),
    (
        2,
        "the W3C trace id of the request that asked for a decision",
        "ALTER TABLE gevoelig_decisions ADD COLUMN trace_id TEXT;",
    ),
    (
        3,
        "the tenant whose key asked for a decision, its rows guarded by row-level security",
        # A session that names a tenant (the service, for each read: set_config('gevoelig.tenant',
        # ..., true)) sees that tenant's rows only; '-' is the rows of no tenant. A session that
        # names none (the writer, `gevoelig log` commands) sees all. FORCE: the table's owner too;
        # a superuser or a role with BYPASSRLS is never held, so the service's role must be neither.
        """
        ALTER TABLE gevoelig_decisions ADD COLUMN tenant TEXT;
        CREATE INDEX gevoelig_decisions_tenant ON gevoelig_decisions (tenant, dossier_id, seq);
        ALTER TABLE gevoelig_decisions ENABLE ROW LEVEL SECURITY;
        ALTER TABLE gevoelig_decisions FORCE ROW LEVEL SECURITY;
        CREATE POLICY gevoelig_tenant_rows ON gevoelig_decisions
            USING (COALESCE(current_setting('gevoelig.tenant', true), '') = ''
                   OR COALESCE(tenant, '-') = current_setting('gevoelig.tenant', true));
        """,
    ),
)

# Step 4: the hash chain (chain.py) and a purge that cannot remove today's decisions.
# Rows logged before this step keep NULL in the chain columns: `legacy_until` is the last of them.
# A decision may be removed only while a permit stands whose cutoff is at least 23 hours before the
# database's own clock (a day, less an hour for clocks that differ): a permit row written by hand
# does not reach the decisions of today.
_GENESIS = "0" * 64
_NOT_IN_CHAIN = (
    "the decision log is a hash chain: an entry must continue the last one appended (gevoelig "
    "log verify)"
)

SQLITE += (
    (
        4,
        (
            "the hash chain over the decisions, its head, and purges only of decisions older than "
            "a day"
        ),
        f"""
        ALTER TABLE gevoelig_decisions ADD COLUMN prev_sha256 TEXT;
        ALTER TABLE gevoelig_decisions ADD COLUMN entry_sha256 TEXT;
        ALTER TABLE gevoelig_purges ADD COLUMN anchor_sha256 TEXT;
        CREATE TABLE gevoelig_chain (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            legacy_until INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            sha256 TEXT NOT NULL
        );
        INSERT INTO gevoelig_chain (id, legacy_until, seq, sha256)
            SELECT 1, COALESCE(MAX(seq), 0), COALESCE(MAX(seq), 0), '{_GENESIS}' FROM gevoelig_decisions;
        CREATE TRIGGER gevoelig_decisions_chain AFTER INSERT ON gevoelig_decisions
        BEGIN
            SELECT RAISE(ABORT, '{_NOT_IN_CHAIN}')
            WHERE NEW.entry_sha256 IS NULL
               OR NEW.prev_sha256 IS NOT (SELECT sha256 FROM gevoelig_chain WHERE id = 1)
               OR NEW.seq <= (SELECT seq FROM gevoelig_chain WHERE id = 1);
            UPDATE gevoelig_chain SET seq = NEW.seq, sha256 = NEW.entry_sha256 WHERE id = 1;
        END;
        CREATE TRIGGER gevoelig_chain_no_delete BEFORE DELETE ON gevoelig_chain
        BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}: the head of the chain cannot be removed'); END;
        DROP TRIGGER gevoelig_decisions_no_delete;
        CREATE TRIGGER gevoelig_decisions_no_delete BEFORE DELETE ON gevoelig_decisions
        WHEN NOT EXISTS (
            SELECT 1 FROM gevoelig_purge_permit
            WHERE OLD.logged_at < gevoelig_purge_permit.cutoff
              AND gevoelig_purge_permit.cutoff <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-23 hours')
        )
        BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}: only `gevoelig log purge` removes decisions, and only past the retention period'); END;
        """,  # noqa: E501
    ),
)

POSTGRES += (
    (
        4,
        (
            "the hash chain over the decisions, its head, and purges only of decisions older than "
            "a day"
        ),
        f"""
        ALTER TABLE gevoelig_decisions ADD COLUMN prev_sha256 TEXT, ADD COLUMN entry_sha256 TEXT;
        ALTER TABLE gevoelig_purges ADD COLUMN anchor_sha256 TEXT;
        CREATE TABLE gevoelig_chain (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            legacy_until BIGINT NOT NULL,
            seq BIGINT NOT NULL,
            sha256 TEXT NOT NULL
        );
        INSERT INTO gevoelig_chain (id, legacy_until, seq, sha256)
            SELECT 1, COALESCE(MAX(seq), 0), COALESCE(MAX(seq), 0), '{_GENESIS}' FROM gevoelig_decisions;
        -- Runs as the table owner (SECURITY DEFINER): the service's role may add decisions but not
        -- move the head itself.
        CREATE FUNCTION gevoelig_chain_decision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path FROM CURRENT AS $$
        DECLARE
            head_seq BIGINT;
            head_sha256 TEXT;
        BEGIN
            SELECT seq, sha256 INTO head_seq, head_sha256 FROM gevoelig_chain WHERE id = 1 FOR UPDATE;
            IF NEW.entry_sha256 IS NULL OR NEW.prev_sha256 IS DISTINCT FROM head_sha256 OR NEW.seq <= head_seq THEN
                RAISE EXCEPTION '{_NOT_IN_CHAIN}' USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            UPDATE gevoelig_chain SET seq = NEW.seq, sha256 = NEW.entry_sha256 WHERE id = 1;
            RETURN NULL;
        END $$;
        CREATE TRIGGER gevoelig_decisions_chain AFTER INSERT ON gevoelig_decisions
            FOR EACH ROW EXECUTE FUNCTION gevoelig_chain_decision();
        CREATE TRIGGER gevoelig_chain_no_delete BEFORE DELETE ON gevoelig_chain
            FOR EACH ROW EXECUTE FUNCTION gevoelig_refuse_change();
        CREATE TRIGGER gevoelig_chain_no_truncate BEFORE TRUNCATE ON gevoelig_chain
            FOR EACH STATEMENT EXECUTE FUNCTION gevoelig_refuse_change();
        CREATE OR REPLACE FUNCTION gevoelig_guard_decisions() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND EXISTS (
                SELECT 1 FROM gevoelig_purge_permit
                WHERE OLD.logged_at < gevoelig_purge_permit.cutoff
                  AND gevoelig_purge_permit.cutoff <= to_char((now() AT TIME ZONE 'UTC') - interval '23 hours', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
            ) THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION '{_APPEND_ONLY}: % on % refused (only `gevoelig log purge` removes decisions, past the retention period)', TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'integrity_constraint_violation';
        END $$;
        """,  # noqa: E501
    ),
)

# Rule sets kept by their sha256 and feedback on decisions (the periodic meeting, issue 22).
SQLITE += (
    (
        5,
        "rule sets kept by their sha256, and the people's feedback on decisions, both append-only",
        f"""
        CREATE TABLE gevoelig_rulesets (
            sha256 TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            version TEXT NOT NULL,
            overlays TEXT NOT NULL,
            stored_at TEXT NOT NULL,
            bundle_sha256 TEXT NOT NULL,
            bundle TEXT NOT NULL
        );
        CREATE TABLE gevoelig_feedback (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            feedback_id TEXT NOT NULL UNIQUE,
            decision_id TEXT NOT NULL,
            dossier_id TEXT,
            given_at TEXT NOT NULL,
            given_by TEXT,
            verdict TEXT NOT NULL,
            classification TEXT,
            escalation TEXT,
            role TEXT NOT NULL,
            reason TEXT,
            informed TEXT NOT NULL
        );
        CREATE INDEX gevoelig_feedback_decision ON gevoelig_feedback (decision_id, seq);
        CREATE INDEX gevoelig_feedback_dossier ON gevoelig_feedback (dossier_id, seq);
        CREATE TRIGGER gevoelig_rulesets_no_update BEFORE UPDATE ON gevoelig_rulesets
        BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}: a kept rule set cannot be changed'); END;
        CREATE TRIGGER gevoelig_rulesets_no_delete BEFORE DELETE ON gevoelig_rulesets
        BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}: a kept rule set cannot be removed'); END;
        CREATE TRIGGER gevoelig_feedback_no_update BEFORE UPDATE ON gevoelig_feedback
        BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}: feedback cannot be changed; give new feedback'); END;
        CREATE TRIGGER gevoelig_feedback_no_delete BEFORE DELETE ON gevoelig_feedback
        WHEN NOT EXISTS (SELECT 1 FROM gevoelig_purge_permit WHERE OLD.given_at < gevoelig_purge_permit.cutoff)
        BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}: only `gevoelig log purge` removes feedback, and only past the retention period'); END;
        """,  # noqa: E501
    ),
)

POSTGRES += (
    (
        5,
        "rule sets kept by their sha256, and the people's feedback on decisions, both append-only",
        """
        CREATE TABLE gevoelig_rulesets (
            sha256 TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            version TEXT NOT NULL,
            overlays TEXT NOT NULL,
            stored_at TEXT NOT NULL,
            bundle_sha256 TEXT NOT NULL,
            bundle TEXT NOT NULL
        );
        CREATE TABLE gevoelig_feedback (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            feedback_id TEXT NOT NULL UNIQUE,
            decision_id TEXT NOT NULL,
            dossier_id TEXT,
            given_at TEXT NOT NULL,
            given_by TEXT,
            verdict TEXT NOT NULL,
            classification TEXT,
            escalation TEXT,
            role TEXT NOT NULL,
            reason TEXT,
            informed TEXT NOT NULL
        );
        CREATE INDEX gevoelig_feedback_decision ON gevoelig_feedback (decision_id, seq);
        CREATE INDEX gevoelig_feedback_dossier ON gevoelig_feedback (dossier_id, seq);
        CREATE FUNCTION gevoelig_guard_feedback() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND EXISTS (
                SELECT 1 FROM gevoelig_purge_permit WHERE OLD.given_at < gevoelig_purge_permit.cutoff
            ) THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION 'the decision log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'integrity_constraint_violation';
        END $$;
        CREATE TRIGGER gevoelig_rulesets_append_only BEFORE UPDATE OR DELETE ON gevoelig_rulesets
            FOR EACH ROW EXECUTE FUNCTION gevoelig_refuse_change();
        CREATE TRIGGER gevoelig_rulesets_no_truncate BEFORE TRUNCATE ON gevoelig_rulesets
            FOR EACH STATEMENT EXECUTE FUNCTION gevoelig_refuse_change();
        CREATE TRIGGER gevoelig_feedback_append_only BEFORE UPDATE OR DELETE ON gevoelig_feedback
            FOR EACH ROW EXECUTE FUNCTION gevoelig_guard_feedback();
        CREATE TRIGGER gevoelig_feedback_no_truncate BEFORE TRUNCATE ON gevoelig_feedback
            FOR EACH STATEMENT EXECUTE FUNCTION gevoelig_refuse_change();
        """,  # noqa: E501
    ),
)

# Step 6: feedback goes with the decision it answers. Step 5 let a purge remove feedback given
# before the cutoff, but the purge never did, and feedback given after the cutoff on a decision
# past it could not go at all: the people's names and reasons outlived the decision. Now a
# feedback row may be removed only under a purge permit that the database's clock allows (as for
# decisions, step 4) and only once the decision it answers is no longer in the log; a purge
# record counts the feedback removed with it.
_FEEDBACK_STAYS = (
    f"{_APPEND_ONLY}: feedback is removed only with the decision it answers, by `gevoelig log "
    "purge`"
)

SQLITE += (
    (
        6,
        "feedback is removed with the decision it answers, and the purge record counts it",
        f"""
        ALTER TABLE gevoelig_purges ADD COLUMN feedback INTEGER;
        DROP TRIGGER gevoelig_feedback_no_delete;
        CREATE TRIGGER gevoelig_feedback_no_delete BEFORE DELETE ON gevoelig_feedback
        WHEN NOT EXISTS (
            SELECT 1 FROM gevoelig_purge_permit
            WHERE gevoelig_purge_permit.cutoff <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-23 hours')
        ) OR EXISTS (SELECT 1 FROM gevoelig_decisions WHERE decision_id = OLD.decision_id)
        BEGIN SELECT RAISE(ABORT, '{_FEEDBACK_STAYS}'); END;
        """,
    ),
)

POSTGRES += (
    (
        6,
        "feedback is removed with the decision it answers, and the purge record counts it",
        f"""
        ALTER TABLE gevoelig_purges ADD COLUMN feedback BIGINT;
        CREATE OR REPLACE FUNCTION gevoelig_guard_feedback() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND EXISTS (
                SELECT 1 FROM gevoelig_purge_permit
                WHERE gevoelig_purge_permit.cutoff <= to_char((now() AT TIME ZONE 'UTC') - interval '23 hours', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
            ) AND NOT EXISTS (SELECT 1 FROM gevoelig_decisions WHERE decision_id = OLD.decision_id) THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION '{_FEEDBACK_STAYS}: % on % refused', TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'integrity_constraint_violation';
        END $$;
        """,  # noqa: E501
    ),
)
