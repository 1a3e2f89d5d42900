"""Register administration: audit viewer, monitor, retention and purge, import, access requests
(AVG art. 15), risk addresses.
"""
