"""The engine: forms, conditions, counting, the draft store and the CLI. Knows nothing of Qt."""
