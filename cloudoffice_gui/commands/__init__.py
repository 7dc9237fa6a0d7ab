"""Command-line commands that run without a window (search, export)."""
