"""Reviewers: comment threads, statuses, the review document, its PDF and readable exports."""
