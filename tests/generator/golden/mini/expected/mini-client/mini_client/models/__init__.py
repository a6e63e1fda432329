# Generated from specs/mini.yaml + overrides/mini/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/mini/ or generator/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

from .color import Color
from .error import Error
from .size import Size
from .widget import Widget
from .widget_settings import WidgetSettings

__all__ = (
    "Color",
    "Error",
    "Size",
    "Widget",
    "WidgetSettings",
)
