"""The open case's tabs and what they show."""
