"""schemathesis hooks (SCHEMATHESIS_HOOKS=tests.service.schemathesis_hooks): NDJSON both ways.

The contract describes an NDJSON body as an array of its lines' values (OpenAPI 3.1 has no
schema for a sequence of documents); these write such an array as NDJSON and read the answer back
into an array, so that the stream's requests are generated and its answers validated too.
"""

from __future__ import annotations

import json

import schemathesis


@schemathesis.serializer("application/x-ndjson")
def to_ndjson(ctx, value) -> bytes:
    items = value if isinstance(value, list) else [value]
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items).encode("utf-8")


@schemathesis.deserializer("application/x-ndjson")
def from_ndjson(ctx, response) -> list:
    # Only "\n" ends a line: str.splitlines() would also split at U+2028 and the
    # like inside strings.
    return [
        json.loads(line) for line in response.content.decode("utf-8").split("\n") if line.strip()
    ]
