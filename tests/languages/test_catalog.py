"""The catalogs readers' words come from: complete, consistent, and forgiving when they are not."""

from __future__ import annotations

import shutil

import pytest

from bot.languages.catalog import LOCALES, Catalog


@pytest.fixture
def locales(tmp_path):
    folder = tmp_path / "locales"
    shutil.copytree(LOCALES, folder)
    return folder


def test_the_bundled_catalogs_have_every_message_with_the_same_placeholders_and_tags():
    assert Catalog().problems() == []


def test_each_language_says_it_in_its_own_words():
    catalog = Catalog()
    english, italian, spanish = (catalog.text(language, "unknown") for language in ("en", "it", "es"))
    assert len({english, italian, spanish}) == 3
    assert catalog.text("it", "status-reported", claimant="Bloomberg").count("Bloomberg") == 1


def test_a_message_missing_from_a_catalog_is_said_in_english_and_listed_for_the_translator(locales):
    italian = locales / "it.ftl"
    italian.write_text("\n".join(line for line in italian.read_text().splitlines() if not line.startswith("apology")))
    catalog = Catalog(locales)
    assert catalog.text("it", "apology") == catalog.text("en", "apology")
    [problem] = catalog.problems()
    assert problem.missing
    assert str(problem).startswith(f"{italian}:1: apology missing (en.ftl:")


def test_a_placeholder_that_differs_from_english_is_a_problem_at_its_line(locales):
    spanish = locales / "es.ftl"
    lines = spanish.read_text().splitlines()
    number = next(index for index, line in enumerate(lines) if line.startswith("status-denied"))
    lines[number] = "status-denied = Desmentido por { $source }"
    spanish.write_text("\n".join(lines))
    catalog = Catalog(locales)
    [problem] = catalog.problems()
    assert not problem.missing
    assert str(problem) == f"{spanish}:{number + 1}: status-denied placeholders differ (English: claimant)"
    assert "Bloomberg" in catalog.text("es", "status-denied", claimant="Bloomberg")


def test_a_language_the_bot_does_not_speak_gets_english():
    catalog = Catalog()
    assert catalog.texts("de").language == "en"


def test_a_catalog_that_is_not_valid_fluent_is_a_problem_at_its_line_not_a_crash(locales):
    italian = locales / "it.ftl"
    italian.write_text(italian.read_text() + "\nbroken = { $claimant\n")
    problems = [str(problem) for problem in Catalog(locales).problems()]
    assert any(problem.startswith(f"{italian}:") and "not valid Fluent" in problem for problem in problems)


def test_a_catalog_edited_between_two_starts_is_read_afresh(locales, tmp_path, monkeypatch):
    """The parsed catalogs are kept on disk between runs; a translator's edit shows at the next start."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    before = Catalog(locales).text("it", "apology")
    italian = locales / "it.ftl"
    italian.write_text(italian.read_text().replace(f"apology = {before}", "apology = Ci scusiamo davvero."))
    assert Catalog(locales).text("it", "apology") == "Ci scusiamo davvero."


def test_a_damaged_parsed_catalog_is_parsed_again_not_trusted(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    expected = Catalog().text("es", "unknown")
    (kept,) = (tmp_path / "cache").rglob("catalog-es-*.pickle")
    kept.write_bytes(b"\x80\x05half a pickle")
    assert Catalog().text("es", "unknown") == expected
