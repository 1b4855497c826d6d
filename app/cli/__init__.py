"""The command line: parser and dispatch (main.py), one module per command group."""
