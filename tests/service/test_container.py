"""The Dockerfile's command line, run without Docker (this machine has no Docker engine): its
ENTRYPOINT serves with the ENV it sets, and its HEALTHCHECK command passes against it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT
from .conftest import Server, free_port

DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def _instruction(name: str) -> str:
    """The last stage's instruction `name`, with continuation lines joined."""
    text = DOCKERFILE.replace("\\\n", " ")
    found = re.findall(rf"^{name}\s+(.*)$", text, flags=re.MULTILINE)
    assert found, f"the Dockerfile has no {name}"
    return found[-1]


def test_the_image_runs_as_a_user_without_rights_and_has_a_healthcheck():
    assert "10001" == _instruction("USER").strip()
    assert "/healthz" in _instruction("HEALTHCHECK")


@pytest.mark.slow
def test_the_entrypoint_and_the_healthcheck_work_without_docker(tmp_path, keys):
    entrypoint = json.loads(_instruction("ENTRYPOINT"))
    healthcheck = json.loads(_instruction("HEALTHCHECK").split("CMD", 1)[1])
    port = str(free_port())
    assert ["gevoelig", "serve", "--host", "0.0.0.0", "--port", "8080"] == entrypoint
    environment = {
        "GEVOELIG_LOG": f"sqlite:///{tmp_path}/decisions.sqlite3",
        "GEVOELIG_API_KEYS": Path(keys["file"]).read_text().replace("\n", ";"),
        "TZ": "Europe/Amsterdam",
    }
    command = [str(Path(sys.executable).parent / entrypoint[0]), *entrypoint[1:-1], port]

    class Entrypoint(Server):
        def __init__(self) -> None:
            self.port = int(port)
            self.url = f"http://127.0.0.1:{port}"
            self.log_file = tmp_path / "entrypoint.log"
            with open(self.log_file, "wb") as output:
                self.process = subprocess.Popen(
                    command,
                    cwd=tmp_path,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                    env={**os.environ, **environment},
                )
            self.wait_ready()

    server = Entrypoint()
    try:
        probe = [
            sys.executable if word == "python" else word.replace("8080", port)
            for word in healthcheck
        ]
        assert 0 == subprocess.run(probe, timeout=30).returncode
        assert (tmp_path / "decisions.sqlite3").is_file()
    finally:
        server.stop()


def test_the_image_keeps_no_rule_cache_on_the_data_volume():
    """The log's volume is the user's home (/var/lib/gevoelig); a rule cache there could be forged
    by whoever writes the volume: the image switches the cache off."""
    environment = _instruction("ENV")
    assert "GEVOELIG_NO_CACHE=1" in environment.split()
    assert "XDG_CACHE_HOME" not in environment
