"""Callbacks that outlive their view safely: a job may finish after the widget that started it is gone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def if_alive(owner: QObject, fn: Callable[..., Any]) -> Callable[..., None]:
    """Wrap a job callback so it does nothing once owner's C++ object has been deleted."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            fn(*args)

    return call
