"""Export pipeline: choose a profile, build the document model, preview, render, encrypt, write the
file and log it.
"""
