"""Backups and recovery in the app."""
