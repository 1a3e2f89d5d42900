"""Intake use case: register a new signal with persons, addresses, organisations and identifiers,
drafts kept in the vault, the acute panel.
"""
