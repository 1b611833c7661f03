CREATE TABLE channel_events (
    key TEXT PRIMARY KEY,
    received_at TEXT NOT NULL);
CREATE INDEX ix_channel_events_received ON channel_events(received_at);
CREATE TABLE token_pairs (
    name TEXT PRIMARY KEY,
    access_token TEXT NOT NULL,
    refresh_token TEXT NOT NULL,
    expires_at TEXT,
    updated_at TEXT NOT NULL);
