# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from enum import IntEnum


class ChannelCode(IntEnum):
    HUBSTER = 0
    DIRECT = 1
    BOT = 2
    SYSTEM = 3
    MESSENGER = 101
    TWILIO_SMS = 102
    LINE = 103
    TELEGRAM = 104
    KIK = 105
    WEB_CHAT = 106
    SLACK = 1001

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ChannelCode | None":
        # Why: APIs add enum values without notice. An unknown value becomes a member that keeps
        # it (and compares equal to it) instead of failing the whole response.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
