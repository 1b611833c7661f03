CREATE TABLE posts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    url TEXT,
    author TEXT,
    published_at TIMESTAMPTZ,
    text TEXT NOT NULL,
    likes INTEGER NOT NULL,
    shares INTEGER NOT NULL,
    comments INTEGER NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    scored SMALLINT NOT NULL DEFAULT 0 CHECK (scored IN (0, 1)),
    flagged SMALLINT CHECK (flagged IN (0, 1)),
    result TEXT,
    lease_until TIMESTAMPTZ,
    UNIQUE (source, external_id));
CREATE INDEX ix_posts_unscored ON posts(id) WHERE scored = 0;
CREATE INDEX ix_posts_received ON posts(received_at);

CREATE TABLE feed_state (
    name TEXT NOT NULL PRIMARY KEY,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    fetched_at TIMESTAMPTZ NOT NULL);

CREATE TABLE channel_events (
    key TEXT PRIMARY KEY,
    received_at TIMESTAMPTZ NOT NULL);
CREATE INDEX ix_channel_events_received ON channel_events(received_at);

CREATE TABLE token_pairs (
    name TEXT PRIMARY KEY,
    access_token TEXT NOT NULL,
    refresh_token TEXT NOT NULL,
    expires_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ NOT NULL);
