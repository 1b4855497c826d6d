"""Refund rules: packs of thresholds in TOML, rule kinds in code, a pure engine."""
