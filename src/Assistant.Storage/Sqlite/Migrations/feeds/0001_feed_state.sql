-- IF NOT EXISTS: files made before migrations existed already hold this table.
CREATE TABLE IF NOT EXISTS feed_state (
    name TEXT NOT NULL PRIMARY KEY,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    fetched_at TEXT NOT NULL);
