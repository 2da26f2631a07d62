"""Only the C extension; the metadata is in setup.cfg.

setup.cfg cannot declare an extension, and pyproject.toml's [tool.setuptools] ext-modules needs
the metadata in its [project] table, so this file is the one place for it.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        # PyEval_CallObject for durable-rules on Python 3.13 (see the file's comment). Optional:
        # without a C compiler the package still installs, and the reference engine evaluates.
        Extension(
            "gevoeligheid._durable_compat", ["src/gevoeligheid/_durable_compat.c"], optional=True
        ),
    ],
)
