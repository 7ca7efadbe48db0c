"""Checks, offline, that the locks in requirements/ still match what they were made from (`make lock-check`).

`make lock` makes the locks with uv. This check reads files only: no resolver and no network, so it neither
needs the package index nor fails because a release came out after the lock was made (a recompile-and-diff
would do both). It fails, one line a problem, when a lock
- misses a requirement of its inputs (pyproject.toml's dependencies, its [test] extra, requirements/*.in),
  or pins it outside its range: a range changed without `make lock`;
- still lists as direct a package that none of its inputs asks for any more;
- pins a package without == or without a hash, or was made without --universal or --generate-hashes;
- was made for another oldest Python than requires-python's;
and when requirements/build.in differs from [build-system] requires, or when the test and package locks pin
a package they share to different versions (what is tested is what ships).
What it cannot see offline: a dependency of a dependency that changed its own requirements; `make lock`
resolves those.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

if sys.version_info >= (3, 11):
    import tomllib
else:  # pytest and mypy bring tomli to the test venv on 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = "pyproject.toml"

# Each lock and what `make lock` makes it from: "dependencies" and "extra:NAME" are pyproject.toml's.
LOCKS: dict[str, tuple[str, ...]] = {
    "requirements/test.txt": ("dependencies", "extra:test", "requirements/build.in"),
    "requirements/package.txt": ("dependencies", "requirements/build.in", "requirements/package.in"),
    "requirements/uv.txt": ("requirements/uv.in",),
}
# Locks whose shared packages must be pinned alike.
SAME_PINS = ("requirements/test.txt", "requirements/package.txt")


@dataclass
class Pin:
    name: str
    version: str
    line: int
    hashes: int
    via: list[str] = field(default_factory=list)


@dataclass
class Lock:
    header: str
    pins: list[Pin]


def read_requirements(path: Path) -> list[Requirement]:
    """A requirements/*.in file: one requirement a line, # comments."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return [Requirement(line) for line in lines if line and not line.startswith("-")]


def read_lock(path: Path, problems: list[str]) -> Lock:
    """A lock as `uv pip compile --generate-hashes` writes it: a header, then per package `name==version ;
    marker \\`, its `--hash=` lines and its `# via` comments."""
    header: list[str] = []
    pins: list[Pin] = []
    pending = ""
    start = 0
    for number, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not pending and line.startswith("#"):
            comment = line[1:].strip()
            if not pins:
                header.append(comment)
            elif comment.startswith("via"):
                pins[-1].via += [comment[3:].strip()] if comment[3:].strip() else []
            elif comment:
                pins[-1].via.append(comment)
            continue
        if not line and not pending:
            continue
        if not pending:
            start = number
        pending += " " + line.rstrip("\\")
        if line.endswith("\\"):
            continue
        words = pending.split()
        pending = ""
        hashes = [w for w in words if w.startswith("--hash=")]
        text = " ".join(w for w in words if not w.startswith("--"))
        where = f"{path.relative_to(ROOT)}:{start}"
        try:
            requirement = Requirement(text)
        except InvalidRequirement as error:
            problems.append(f"{where}: cannot read {text!r}: {error}")
            continue
        specs = list(requirement.specifier)
        if len(specs) != 1 or specs[0].operator != "==":
            problems.append(f"{where}: {text} is not pinned with ==")
            continue
        if not hashes:
            problems.append(f"{where}: {requirement.name} has no hash")
        pins.append(Pin(canonicalize_name(requirement.name), specs[0].version, start, len(hashes)))
    return Lock("\n".join(header), pins)


def oldest_python(requires_python: str) -> str | None:
    for spec in SpecifierSet(requires_python):
        if spec.operator in (">=", "~=", "=="):
            return ".".join(spec.version.split(".")[:2])
    return None


def check_lock(name: str, lock: Lock, inputs: dict[str, list[Requirement]], python: str | None) -> list[str]:
    problems = []
    command = lock.header.replace("\n", " ")
    for flag in ("--universal", "--generate-hashes"):
        if flag not in command.split():
            problems.append(f"{name}: not made with {flag}; run `make lock`")
    made_for = re.search(r"--python-version[ =](\S+)", command)
    if python is None or made_for is None or made_for.group(1) != python:
        found = made_for.group(1) if made_for else "no --python-version"
        problems.append(f"{name}: made for Python {found}, requires-python's oldest is {python}; run `make lock`")

    by_name: dict[str, list[Pin]] = {}
    for pin in lock.pins:
        by_name.setdefault(pin.name, []).append(pin)
    asked: set[str] = set()
    for source, requirements in inputs.items():
        for requirement in requirements:
            key = canonicalize_name(requirement.name)
            asked.add(key)
            pins = by_name.get(key)
            if not pins:
                problems.append(f"{name}: {requirement} ({source}) is missing; run `make lock`")
            for pin in pins or []:
                if not requirement.specifier.contains(pin.version, prereleases=True):
                    problems.append(
                        f"{name}:{pin.line}: {pin.name}=={pin.version} is outside {requirement} ({source}); "
                        "run `make lock`"
                    )
    direct = re.compile(r"^(-r \S+\.in|\S+ \(pyproject\.toml\))$")
    for pin in lock.pins:
        if pin.name not in asked and any(direct.match(via) for via in pin.via):
            problems.append(f"{name}:{pin.line}: {pin.name} is no longer asked for by its inputs; run `make lock`")
    return problems


def check_same_pins(locks: dict[str, Lock]) -> list[str]:
    def versions(lock: Lock) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for pin in lock.pins:
            found.setdefault(pin.name, set()).add(pin.version)
        return found

    first, second = (versions(locks[name]) for name in SAME_PINS)
    return [
        f"{SAME_PINS[0]} pins {package} {sorted(first[package])} but {SAME_PINS[1]} {sorted(second[package])}; "
        "run `make lock`"
        for package in sorted(first.keys() & second.keys())
        if first[package] != second[package]
    ]


def names(requirements: Iterable[Requirement]) -> list[str]:
    return sorted(str(r) for r in requirements)


def main() -> int:
    pyproject = tomllib.loads((ROOT / PYPROJECT).read_text())
    project = pyproject["project"]
    sources: dict[str, list[Requirement]] = {
        "dependencies": [Requirement(r) for r in project.get("dependencies", [])],
    }
    for extra, requirements in project.get("optional-dependencies", {}).items():
        sources[f"extra:{extra}"] = [Requirement(r) for r in requirements]
    problems: list[str] = []
    for inputs in LOCKS.values():
        for source in inputs:
            if source in sources:
                continue
            if source.startswith("extra:"):
                problems.append(f"{PYPROJECT}: no [project.optional-dependencies] {source[6:]}")
                sources[source] = []
            elif not (ROOT / source).is_file():
                problems.append(f"{source} is missing")
                sources[source] = []
            else:
                sources[source] = read_requirements(ROOT / source)
    build_requires = [Requirement(r) for r in pyproject.get("build-system", {}).get("requires", [])]
    if names(build_requires) != names(sources["requirements/build.in"]):
        problems.append(
            f"requirements/build.in {names(sources['requirements/build.in'])} differs from "
            f"[build-system] requires {names(build_requires)} in {PYPROJECT}"
        )

    python = oldest_python(project.get("requires-python", ""))
    locks: dict[str, Lock] = {}
    for name, inputs in LOCKS.items():
        path = ROOT / name
        if not path.is_file():
            problems.append(f"{name} is missing; run `make lock`")
            continue
        locks[name] = read_lock(path, problems)
        labelled = {(s if s.endswith(".in") else f"{PYPROJECT} {s}"): sources[s] for s in inputs}
        problems += check_lock(name, locks[name], labelled, python)
    if all(name in locks for name in SAME_PINS):
        problems += check_same_pins(locks)

    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print("locks match their inputs: " + ", ".join(f"{n} ({len(lock.pins)} pinned)" for n, lock in locks.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
