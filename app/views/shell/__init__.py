"""The window's shell: application, main window, case list, wizard, dialogs."""
