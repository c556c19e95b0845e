"""Build script: pyproject.toml holds the project; this adds resources/ and the journal checker to the
package, where an installed callnotes finds them beside its code (callnotes/_data/…)."""

from setuptools import find_namespace_packages, setup

BUNDLED = {"callnotes._data.resources": "resources", "callnotes._data.docs": "docs"}


def bundled_packages() -> list[str]:
    """The bundled folders and their subfolders, as the packages setuptools copies them with."""
    found = []
    for package, folder in BUNDLED.items():
        found += [package, *(f"{package}.{sub}" for sub in find_namespace_packages(where=folder))]
    return found


setup(
    packages=[*find_namespace_packages(include=["callnotes", "callnotes.*"]), *bundled_packages()],
    package_dir=BUNDLED,
)
