"""Närvård desktop: offline drafting of a region's answer to Socialstyrelsen's questionnaire."""

__version__ = "0.1.0"
APP_NAME = "naravard"
