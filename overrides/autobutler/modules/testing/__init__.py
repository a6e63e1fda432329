"""Test bed for code that uses ``autobutler_client`` (install the ``[testing]`` extra).

``FakeAutobutler`` is a stateful Autobutler Mechanics API on 127.0.0.1::

    from autobutler_client import AutobutlerClient
    from autobutler_client.testing import FakeAutobutler

    with FakeAutobutler() as fake:
        client = AutobutlerClient(token=fake.token, base_url=fake.base_url)
        fake.fail_next(1, status=503)  # fault injection; see FakeAutobutler's methods

``fake.add_integration(name, car_url=AUTOFRONTAL_CAR_URL)`` offers one more integration and
the actions it supports; ``fake.set_actions(...)`` changes them; ``fake.offers()`` lists the
offers built.

``python -m autobutler_client.testing --port 8080`` runs it standalone.
"""

from ._fake import AUTOFRONTAL_CAR_URL, CRMP_JOB_URL, FakeAutobutler
from ._server import RecordedRequest

__all__ = ["AUTOFRONTAL_CAR_URL", "CRMP_JOB_URL", "FakeAutobutler", "RecordedRequest"]
