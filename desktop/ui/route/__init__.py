"""Reporting-route use cases: the route tab, timeline, step dialogs, handovers and interventions."""
