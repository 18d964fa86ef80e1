"""Layering: Qt stays at the edge (desktop/ui), and the NLP feature packages keep their internals private."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop"
NLP = PACKAGE / "nlp"
NLP_FEATURE_PACKAGES = frozenset(path.name for path in NLP.iterdir() if (path / "__init__.py").is_file())


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            # "from desktop.nlp.claims import quotes" reaches a module just as "import" does.
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_outside_ui_imports_pyside6() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts
        and any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imported_modules(path))
    ]
    assert offenders == []


def test_headless_analysis_loads_no_qt() -> None:
    code = (
        "import sys, desktop.cli, desktop.analyze_command, desktop.nlp.pipeline, desktop.core.loaders;"
        "import desktop.store;"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def _private_nlp_module(name: str) -> tuple[str, str] | None:
    """(feature package, module) when `name` is a module inside an NLP feature package, else None."""
    parts = name.split(".")
    if len(parts) >= 4 and parts[:2] == ["desktop", "nlp"] and parts[2] in NLP_FEATURE_PACKAGES:
        module_path = NLP / parts[2] / f"{parts[3]}.py"
        if module_path.is_file():
            return parts[2], parts[3]
    return None


def test_nlp_has_feature_packages() -> None:
    assert {"claims", "entities", "figures"} <= NLP_FEATURE_PACKAGES


def test_nlp_feature_packages_use_each_other_only_through_init() -> None:
    offenders = []
    for package in NLP_FEATURE_PACKAGES:
        for path in (NLP / package).rglob("*.py"):
            for name in _imported_modules(path):
                reached = _private_nlp_module(name)
                if reached is not None and reached[0] != package:
                    offenders.append(f"{path.relative_to(ROOT)} -> {name}")
    assert offenders == []


def test_nothing_outside_nlp_imports_a_feature_package_module() -> None:
    """Only desktop/nlp itself and the NLP unit tests (tests/nlp) may see a package's modules."""
    allowed = (NLP, ROOT / "tests" / "nlp")
    offenders = [
        f"{path.relative_to(ROOT)} -> {name}"
        for folder in ("desktop", "tests", "benchmarks")
        for path in (ROOT / folder).rglob("*.py")
        if not any(path.is_relative_to(base) for base in allowed)
        for name in _imported_modules(path)
        if _private_nlp_module(name) is not None
    ]
    assert offenders == []


def test_shared_nlp_modules_use_feature_packages_only_through_init() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} -> {name}"
        for path in NLP.glob("*.py")
        for name in _imported_modules(path)
        if _private_nlp_module(name) is not None
    ]
    assert offenders == []
