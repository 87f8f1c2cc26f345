"""The error every reader raises for a file it cannot ingest."""


class ReadError(Exception):
    """A file cannot be ingested; the message is the reason, for one line of output."""
