"""Application shell: entry (app), main window, setup wizard, unlock, idle and session lock,
settings, theme and translations.
"""
