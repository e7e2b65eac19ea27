"""Reviewers in the app: the Kommentarer dock, statuses, reviewer mode, the review PDF."""
