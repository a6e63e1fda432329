# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from enum import IntEnum


class IntegrationTypeCode(IntEnum):
    NONE = 0
    HUBSTER = 1
    CUSTOMER = 2
    AGENT = 3
    BOT = 4
    SYSTEM = 5

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "IntegrationTypeCode | None":
        # Why: APIs add enum values without notice. An unknown value becomes a member that keeps
        # it (and compares equal to it) instead of failing the whole response.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
