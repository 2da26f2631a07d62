"""What the repository publishes about itself agrees with the package."""

from __future__ import annotations

import importlib.metadata

import yaml

import gevoeligheid

from .conftest import ROOT


def test_publiccode_names_the_packages_version_licence_and_languages():
    publiccode = yaml.safe_load((ROOT / "publiccode.yml").read_text(encoding="utf-8"))
    meta = importlib.metadata.metadata("gevoeligheid")
    assert (
        publiccode["softwareVersion"],
        publiccode["legal"]["license"],
        publiccode["dependsOn"]["open"][0]["versionMin"],
    ) == (
        gevoeligheid.__version__,
        meta["License"],
        meta["Requires-Python"].removeprefix(">="),
    )
    assert (
        sorted(publiccode["description"])
        == sorted(publiccode["localisation"]["availableLanguages"])
        == ["en", "nl"]
    )
    for text in publiccode["description"].values():
        assert (
            150 <= len(text["longDescription"]) <= 10_000 and len(text["shortDescription"]) <= 150
        )  # the standard's bounds


def test_every_package_of_the_source_tree_is_installed():
    """setup.cfg lists the packages by name: one left out installs nowhere but an editable
    checkout, and every command that imports it fails for a user."""
    import configparser

    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    listed = set(config["options"]["packages"].split())
    found = {
        ".".join(path.parent.relative_to(ROOT / "src").parts)
        for path in (ROOT / "src").rglob("__init__.py")
    }
    assert found <= listed
