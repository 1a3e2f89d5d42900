"""Recovery code generation and tolerant parsing; passphrase strength."""

from __future__ import annotations

import math
import re

import pytest

from desktop.vault import (
    RecoveryCodeMalformed,
    WeakPassphrase,
    check_passphrase,
    recovery,
    strength,
)

CODE_SHAPE = re.compile(r"[2-9A-HJKMNP-Z]{5}(-[2-9A-HJKMNP-Z]{5}){7}")


def test_generated_codes_have_the_documented_shape():
    codes = {recovery.generate() for _ in range(50)}
    assert len(codes) == 50
    assert all(CODE_SHAPE.fullmatch(code) for code in codes)
    assert not set("".join(codes)) & set("01ILO")


def test_alphabet_gives_about_200_bits():
    assert len(set(recovery.ALPHABET)) == 31
    assert 195 < recovery.LENGTH * math.log2(len(recovery.ALPHABET)) < 200


@pytest.mark.parametrize(
    "typed",
    [
        "abcde-fghjk-mnpqr-stuvw-xyz23-45678-9abcd-efghj",
        "ABCDE FGHJK MNPQR STUVW XYZ23 45678 9ABCD EFGHJ",
        "ABCDEFGHJKMNPQRSTUVWXYZ23456789ABCDEFGHJ",
        " abcde\u2013fghjk mnpqr-stuvw  xyz23-45678-9abcd-efghj\n",
    ],
)
def test_parse_tolerates_case_spaces_and_missing_dashes(typed):
    assert recovery.parse(typed) == "ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678-9ABCD-EFGHJ"


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("ABCDE-FGHJK", "40 tekens"),
        ("ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678-9ABCD-EFGHJ-K", "u typte er 41"),
        ("OBCDE-FGHJK-MNPQR-STUVW-XYZ23-45678-9ABCD-EFGHJ", "'O'"),
        ("ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678-9ABCD-EFGH1", "'1'"),
        ("ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678-9ABCD-EFGH#", "cijfers 2 tot en met 9"),
    ],
)
def test_malformed_codes_say_what_is_wrong(typed, fragment):
    with pytest.raises(RecoveryCodeMalformed) as info:
        recovery.parse(typed)
    assert fragment in info.value.message


@pytest.mark.parametrize(
    "weak", ["", "kort", "wachtwoord123", "Welkom2024!!", "aaaaaaaaaaaaaaaa", "1234567890123"]
)
def test_weak_passphrases_are_refused_with_a_dutch_hint(weak):
    score, hint = strength(weak)
    assert score < 3 and hint
    with pytest.raises(WeakPassphrase) as info:
        check_passphrase(weak)
    assert info.value.message.startswith("Deze wachtwoordzin is te zwak.")


@pytest.mark.parametrize("good", ["fiets-kaas-molen-regen", "blauwe reiger boven de sloot"])
def test_passphrases_of_several_words_are_accepted(good):
    assert strength(good)[0] >= 3
    check_passphrase(good)


def test_short_passphrase_hint_names_the_minimum():
    score, hint = strength("Xq7#pL9!")
    assert score <= 2
    assert "minstens 12 tekens" in hint


def test_passphrase_longer_than_zxcvbn_accepts_is_scored():
    long = "de reiger stond stil in de sloot terwijl de molen langzaam draaide boven het land"
    assert len(long) > 72
    assert strength(long)[0] == 4
