"""Towards the web form: checks, parked answers, personal data, transfer mode, next year's round."""
