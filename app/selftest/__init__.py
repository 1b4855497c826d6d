"""The packaged app's --self-test."""
