"""Evidence: the content-addressed vault, importers, chat logs, thumbnails."""
