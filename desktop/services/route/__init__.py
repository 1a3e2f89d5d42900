"""Reporting route: start, advance and correct steps, handovers and choices, with the data the
route needs from the case.
"""
