"""Reusable widgets and helpers: labelled fields, messages, worker thread with progress, clipboard
guard, geometry clamping, passphrase fields, bar chart.
"""
