"""Where drafts live: the SQLite store, migrations, backups, verification, durable files, paths and caps."""
