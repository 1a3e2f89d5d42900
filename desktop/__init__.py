"""Schakel: offline, encrypted register for the municipal human-trafficking attention officer."""

__version__ = "0.1.0"
APP_NAME = "Schakel"
