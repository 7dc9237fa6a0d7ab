"""The data layer: read-only access to the bundled SQLite database, and its builder. No Qt."""
