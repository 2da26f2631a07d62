"""A logged decision as it may leave the agency: always redacted."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .redact import redact_input, redact_result

#: Entry fields an export leaves out: the instance is internal, and a hash of the unredacted input
#: or result, beside the rest of it, would let a reader confirm a guess at what was redacted
#: (whether strafrechtelijk_verleden was true is one of two guesses).
_INTERNAL = ("instance", "input_sha256", "result_sha256")


def exported(entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry as JSON data with its input and result redacted (a second redaction of an
    already redacted entry changes nothing)."""
    out = {key: value for key, value in entry.items() if key not in _INTERNAL}
    out["ruleset_overlays"] = json.loads(entry["ruleset_overlays"])
    out["ruleset_source"] = json.loads(entry["ruleset_source"])
    out["input"] = redact_input(json.loads(entry["input"]))
    out["result"] = redact_result(json.loads(entry["result"]))
    out["redacted"] = True
    return out
