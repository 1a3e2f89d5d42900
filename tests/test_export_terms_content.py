"""The special-category term list is content: versioned, validated by ``schakel forms check``."""

from __future__ import annotations

import shutil

from desktop.cli import main
from desktop.content.profile_terms import load_terms, parse_terms, terms_path
from desktop.domain.model import SpecialCategory
from desktop.resources import exports_dir


def test_bundled_list_is_valid_and_covers_the_categories():
    terms, problems = parse_terms(terms_path(exports_dir()))
    assert problems == [] and terms is not None and terms.version >= 1
    assert {SpecialCategory.HEALTH, SpecialCategory.SEX_LIFE, SpecialCategory.RELIGION,
            SpecialCategory.CRIMINAL} <= set(terms.terms)
    assert "soa" in terms.terms[SpecialCategory.SEX_LIFE]


def test_broken_list_is_reported_by_forms_check(tmp_path, capsys):
    folder = tmp_path / "exports"
    shutil.copytree(exports_dir(), folder)
    path = terms_path(folder)
    path.write_text("id: bijzondere-gegevens\nversion: 2\ncategories:\n"
                    "  gezondheid: [zw]\n  politiek: [partij]\n", encoding="utf-8")
    assert main(["forms", "check", "--exports", str(folder)]) == 5
    out = capsys.readouterr().out
    assert "bijzondere-gegevens.yaml" in out and "categories" in out


def test_municipal_terms_are_added_never_removed(tmp_path):
    folder = tmp_path / "exports"
    path = terms_path(folder)
    path.parent.mkdir(parents=True)
    path.write_text("id: bijzondere-gegevens\nversion: 3\ncategories:\n"
                    "  gezondheid: [dialyse]\n", encoding="utf-8")
    merged = load_terms([exports_dir(), folder])
    assert "dialyse" in merged.terms[SpecialCategory.HEALTH]
    assert "zwanger" in merged.terms[SpecialCategory.HEALTH] and merged.version == 3
