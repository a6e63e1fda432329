from __future__ import annotations

import pytest
from integration_hub import ChannelProvisioning, NameTaken
from integration_hub.channels import ACTIVE, PAUSED


def test_add_web_chat_then_describe_it(channels: ChannelProvisioning) -> None:
    integration_id = channels.add_web_chat("Main Street Garage chat", ["garage.example.com"])
    name, channel, status = channels.describe(integration_id)
    assert name == "Main Street Garage chat"
    # Hubster's GET may answer the channel by number (106); the client gives it by name.
    assert channel in ("WebChat", "106")
    assert status == ACTIVE


def test_a_taken_name_raises_name_taken(channels: ChannelProvisioning) -> None:
    channels.add_web_chat("Shared name", ["garage.example.com"])
    with pytest.raises(NameTaken, match="Shared name"):
        channels.add_web_chat("Shared name", ["other.example.com"])


def test_pause(channels: ChannelProvisioning) -> None:
    integration_id = channels.add_web_chat("Night chat", ["garage.example.com"])
    channels.pause(integration_id)
    assert channels.describe(integration_id)[2] == PAUSED
