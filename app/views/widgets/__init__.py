"""Widgets and helpers the shell and the tabs share: form fields, workers, labels, translations, fonts."""
