"""Import of registers from CSV/spreadsheets: read the table, map columns, validate and insert."""
