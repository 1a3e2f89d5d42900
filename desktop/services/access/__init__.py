"""Access requests (AVG art. 15): the request log, the inzage report and the audit report."""
