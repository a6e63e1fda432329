# Generated from specs/mini.yaml + overrides/mini/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/mini/ or generator/ and run `make generate`.
"""Every model and enum of the API, each imported on first use.

Why lazy: importing all of them at ``import`` time costs about half a millisecond per model,
and a program that uses three of them should not pay for the rest (import time is a
``make bench`` figure). ``from <package>.models import Model`` and ``models.Model`` work as
usual; type checkers read the imports under ``TYPE_CHECKING`` and never see ``__getattr__``, so
a misspelt name stays an error.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .color import Color
    from .error import Error
    from .part import Part
    from .size import Size
    from .widget import Widget
    from .widget_settings import WidgetSettings

# Model name -> the module that defines it.
_MODULES: dict[str, str] = {
    "Color": ".color",
    "Error": ".error",
    "Part": ".part",
    "Size": ".size",
    "Widget": ".widget",
    "WidgetSettings": ".widget_settings",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # later lookups find it without calling __getattr__
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = (
    "Color",
    "Error",
    "Part",
    "Size",
    "Widget",
    "WidgetSettings",
)
