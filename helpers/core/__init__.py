"""Foundation shared by every layer: where the project's folders are, the error type, reading data
files, the reloadable caches and the names of scripts, regions and targets.

May import: the standard library and third-party packages only, never another part of helpers.
"""
