"""Shared code for the reading notebooks."""
