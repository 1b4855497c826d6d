"""Services: the operations the window, the command line and the self-test share. Never import Qt, the CLI or views."""
