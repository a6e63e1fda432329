# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""Test bed for code that uses ``integratorio_client`` (install the ``[testing]`` extra).

``FakeIntegrator`` is a stateful integrator.io API on 127.0.0.1, rate limited like the real one
(1,000 requests refilling at 300 per second; pass ``rate_limit=RateLimit(capacity=5,
rate_per_second=1)`` to hit the limit sooner, or ``rate_limit=None`` to turn it off), and paged
like it (at most 1,000 records an answer, ``Link: <...>; rel="next"``; ``page_size=10`` pages
sooner; ``fake.add_integrations(2500)`` stores many records without requests)::

    from integratorio_client import IntegratorClient
    from integratorio_client.testing import FakeIntegrator

    with FakeIntegrator() as fake:
        client = IntegratorClient(token=fake.token, base_url=fake.base_url)
        fake.fail_next(1, status=503)  # fault injection; see FakeIntegrator's methods

``python -m integratorio_client.testing --port 8080`` runs it standalone.
"""

from .._runtime import RateLimit
from ._fake import DOCUMENTED_RATE_LIMIT, MAX_PAGE_SIZE, FakeIntegrator
from ._server import RecordedRequest

__all__ = [
    "DOCUMENTED_RATE_LIMIT",
    "MAX_PAGE_SIZE",
    "FakeIntegrator",
    "RateLimit",
    "RecordedRequest",
]
