# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Small shared types."""

from __future__ import annotations

from typing import Any, ClassVar, Final, Literal


class NotGiven:
    """Marks an argument the caller did not pass, where ``None`` has its own meaning.

    There is one instance, ``NOT_GIVEN``, and the client tests ``isinstance`` or ``is``;
    ``NotGiven()``, ``copy``, ``deepcopy`` and ``pickle`` all give back that instance
    (tests/clients/test_pickling.py).
    """

    __slots__ = ()
    _instance: ClassVar[NotGiven | None] = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        # Pickled by name, as a class is: unpickling finds this module's NOT_GIVEN.
        return "NOT_GIVEN"

    def __copy__(self) -> NotGiven:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> NotGiven:
        return self


NOT_GIVEN: Final = NotGiven()
