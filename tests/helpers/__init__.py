"""What the tests share and are not fixtures: the fake servers, the in-memory keyring, fixed values, small steps.

Tests import them as `from helpers.fake_tiktok import FakeTikTok` (pyproject.toml puts tests/ on sys.path);
inside this package the imports are relative, so it also works when imported as `tests.helpers`.
The fixtures are in the conftest.py files; no test imports another test module.
"""
