"""Towards the web form: transfer mode, the checklist, personal-data guard, next year's round, exports."""
