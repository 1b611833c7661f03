ALTER TABLE posts ADD COLUMN lease_until TEXT;
CREATE INDEX IF NOT EXISTS ix_posts_received ON posts(received_at);
