"""Core: plain domain types, errors, money, time, settings, paths, the case JSON format. No Qt."""
