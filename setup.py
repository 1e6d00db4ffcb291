"""Maps the top-level folders db/, desktop/ and resources/ to marginalia.* (ADR 0002).

Everything else about the build is in pyproject.toml; only the package list needs code,
because setuptools cannot discover packages under a renamed folder by itself.
"""

from setuptools import find_packages, setup

FOLDERS = ("db", "desktop", "resources")

setup(
    packages=["marginalia"]
    + [f"marginalia.{name}" for name in find_packages(include=[f"{f}*" for f in FOLDERS])]
)
