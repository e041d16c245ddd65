-- Why: the submission portal (povertyetl serve) signs officers in with accounts of its own and
-- keeps what each sent: the submission (the file's name as text only, its hash, the verdict and
-- the server-chosen paths of what was kept), its findings as shown to the officer, and an audit
-- trail of every sign-in and upload. Passwords are stored only as ASP.NET Core Identity PBKDF2
-- hashes. No sequences (text keys chosen by the server): DuckDB cannot later add a column to a
-- table with a nextval default (sql/README.md). The status of a queued file is not copied here:
-- it is read from etl.file_load by the file's hash and the name it was placed in the inbox under.
CREATE SCHEMA IF NOT EXISTS portal;

CREATE TABLE portal.account (
    login            text PRIMARY KEY,
    unit_code        text NOT NULL,
    role             text NOT NULL,
    password_hash    text NOT NULL,
    disabled         boolean NOT NULL DEFAULT false,
    failed_sign_ins  integer NOT NULL DEFAULT 0,
    locked_until     timestamptz,
    created_at       timestamptz NOT NULL
);

CREATE TABLE portal.submission (
    submission_id    text PRIMARY KEY,
    login            text NOT NULL,
    submitted_at     timestamptz NOT NULL,
    original_name    text NOT NULL,
    sha256           text NOT NULL,
    reporting_unit   text,
    year             integer,
    outcome          text NOT NULL,
    status           text NOT NULL,
    errors           integer NOT NULL,
    warnings         integer NOT NULL,
    stored_path      text NOT NULL,
    annotated_path   text,
    inbox_name       text
);

CREATE TABLE portal.finding (
    submission_id    text NOT NULL,
    ordinal          integer NOT NULL,
    sheet            text NOT NULL,
    cell             text NOT NULL,
    rule             text NOT NULL,
    severity         text NOT NULL,
    message          text NOT NULL
);

CREATE TABLE portal.audit (
    occurred_at      timestamptz NOT NULL,
    login            text NOT NULL,
    action           text NOT NULL,
    outcome          text NOT NULL,
    remote_address   text,
    detail           text
);
