"""Case use cases: the case list and its model, the case view with its tabs (signal, persons,
enrichment, links, history), consent and link suggestions.
"""
