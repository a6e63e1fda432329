# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""The documented integration names, as constants (overrides/README.md, quirk 1: ``::`` in paths).

Autobutler names integrations after Ruby classes (``MechanicIntegrations::TWMIntegration``) and
its docs send them in the path with the ``::`` literal (autobutler/mechanics_api_docs,
source/includes/_mechanic_integrations.md, lines 134, 141, 237 and 243);
the client keeps ``:`` unencoded (``path_safe_characters: ":"`` in overrides/autobutler/sdk.yaml)
and still percent-encodes every other reserved character.

``IntegrationName`` is a ``StrEnum``: a member *is* its string, so it goes wherever a name goes,
and any other string still works, so a newly offered integration needs no new client release.
Proven by
tests/overrides/test_autobutler_quirks.py::test_documented_names_are_constants_and_new_names_work.
"""

from __future__ import annotations

from enum import StrEnum


class IntegrationName(StrEnum):
    """Integration names the docs list or use.

    The list answer of autobutler/mechanics_api_docs, source/includes/_mechanic_integrations.md
    names Au2office, CRMP and TWM (lines 51, 78 and 96); ``AUTOFRONTAL`` is the integration of the
    same file's car URL example (lines 353 and 359), not in their list.
    """

    AU2OFFICE = "MechanicIntegrations::Au2officeIntegration"
    AUTOFRONTAL = "MechanicIntegrations::AutofrontalIntegration"
    CRMP = "MechanicIntegrations::CrmpIntegration"
    TWM = "MechanicIntegrations::TWMIntegration"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> IntegrationName | None:
        # Why: Autobutler adds integrations without notice; IntegrationName("...") of a name the
        # docs do not list keeps it (and compares equal to it) instead of raising.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member


__all__ = ["IntegrationName"]
