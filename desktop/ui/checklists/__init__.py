"""Checklist use cases: answer indicator lists, see the summary and the CCV matrix of combined signals."""
