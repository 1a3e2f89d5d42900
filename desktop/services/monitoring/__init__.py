"""Monitoring and retention: anonymous statistics, the statistics CSV, retention reminders and purge."""
