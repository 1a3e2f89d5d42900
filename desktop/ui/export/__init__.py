"""Export use cases: the export dialog with preview, profile tree and save panel; the Exports tab of a case."""
