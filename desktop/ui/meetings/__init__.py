"""Consultation-table use cases: meetings, cases on the agenda, questions and the agenda export."""
