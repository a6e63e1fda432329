# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from enum import StrEnum


class IntegrationTypeName(StrEnum):
    AGENT = "Agent"
    BOT = "Bot"
    CUSTOMER = "Customer"
    HUBSTER = "Hubster"
    NONE = "None"
    SYSTEM = "System"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "IntegrationTypeName | None":
        # Why: APIs add enum values without notice. An unknown value becomes a member that keeps
        # it (and compares equal to it) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
