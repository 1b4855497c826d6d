"""维权证据夹 · Refund Evidence Organizer."""

__version__ = "0.1.0"
