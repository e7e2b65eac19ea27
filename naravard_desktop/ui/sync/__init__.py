"""Co-writers in the app: bundle and Word import/export, conflicts, history."""
