# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
from enum import StrEnum


class ChannelName(StrEnum):
    BOT = "Bot"
    DIRECT = "Direct"
    HUBSTER = "Hubster"
    KIK = "Kik"
    LINE = "Line"
    MESSENGER = "Messenger"
    SLACK = "Slack"
    SYSTEM = "System"
    TELEGRAM = "Telegram"
    TWILIOSMS = "TwilioSMS"
    WEBCHAT = "WebChat"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ChannelName | None":
        # Why: APIs add enum values without notice. An unknown value becomes a member that keeps
        # it (and compares equal to it) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
