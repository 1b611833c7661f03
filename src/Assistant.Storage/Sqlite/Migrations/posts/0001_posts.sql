-- IF NOT EXISTS: files made before migrations existed already hold this table.
CREATE TABLE IF NOT EXISTS posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    url TEXT,
    author TEXT,
    published_at TEXT,
    text TEXT NOT NULL,
    likes INTEGER NOT NULL,
    shares INTEGER NOT NULL,
    comments INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    scored INTEGER NOT NULL DEFAULT 0,
    flagged INTEGER,
    result TEXT,
    UNIQUE (source, external_id));
CREATE INDEX IF NOT EXISTS ix_posts_unscored ON posts(scored, id);
