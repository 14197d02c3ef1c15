"""The one error type for unusable input, and the check that a value is one of a set of choices."""

from __future__ import annotations

from collections.abc import Iterable


class CorpusError(ValueError):
    """Input that cannot be used (a corpus file, a data file, a query, a flag), with the reason.

    The command line prints it as one line on standard error and exits with status 2.
    """


def check_choice(options: Iterable[object], value: object, name: str) -> None:
    """Refuse a value that is not one of the options.

    Args:
        options: the valid values.
        value: the value given.
        name: what the value is, for the message ("reading", "layout").

    Raises:
        CorpusError: value is not in options; the message lists the valid ones.
    """
    valid = tuple(options)
    if value not in valid:
        raise CorpusError(f"unknown {name} {value!r}; valid choices: {', '.join(map(repr, valid))}")
