"""Test bed for code that uses ``hubster_client`` (install the ``[testing]`` extra).

``FakeHubster`` is a stateful Hubster Portal API (integrations) on 127.0.0.1::

    from hubster_client import HubsterClient
    from hubster_client.testing import FakeHubster

    with FakeHubster() as fake:
        hub_id = fake.add_hub()
        client = HubsterClient(token=fake.token, base_url=fake.base_url)
        fake.fail_next(1, status=503)  # fault injection; see FakeHubster's methods

It answers as the current docs do (names, 404 for unknown hubs and integrations);
``FakeHubster(answers="seed")`` answers as the older docs did (numeric ``channelId`` and
``integrationTypeId`` on reads, 400). ``fake.add_integrations(hub_id, n)`` stores integrations
for listing tests.

``python -m hubster_client.testing --port 8080`` runs it standalone (with one hub, printed).
"""

from ._fake import FakeHubster
from ._server import RecordedRequest

__all__ = ["FakeHubster", "RecordedRequest"]
