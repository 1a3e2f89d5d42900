"""Passphrase strength: a 0..4 score and one Dutch hint, plus the minimum we accept.

Guess counts come from zxcvbn (dictionaries, keyboard patterns, dates, repeats),
supplemented with common Dutch password words it does not know. The score bands are
ours, set for an *offline* attack on the scrypt-wrapped header (a stolen laptop),
not zxcvbn's online-attack bands:

    0: < 10^6 guesses   1: < 10^8   2: < 10^10   3: < 10^12   4: >= 10^12

Accepted at create/change: at least ``MIN_LENGTH`` characters and score >= ``MIN_SCORE``.
"""

from __future__ import annotations

from collections.abc import Iterable

from .errors import WeakPassphrase

MIN_LENGTH = 12
MIN_SCORE = 3
_ZXCVBN_MAX = 72  # zxcvbn refuses longer input; a longer passphrase is only stronger
_BANDS = (6, 8, 10, 12)  # log10(guesses) band edges for scores 1..4

DUTCH_WORDS = (
    "wachtwoord wachtwoorden welkom welkom01 geheim geheimpje gemeente schakel mensenhandel "
    "hallo hoi doei dag liefde lief schat schatje prinses prins koning koningin oranje "
    "nederland holland amsterdam rotterdam utrecht denhaag eindhoven groningen tilburg "
    "almere breda nijmegen arnhem haarlem zwolle leiden maastricht ajax feyenoord psv "
    "voetbal fiets hond honden kat poes konijn paard vogel zomer winter lente herfst "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart "
    "april mei juni juli augustus september oktober november december kerst pasen "
    "vakantie werk kantoor thuis familie vriend vriendin moeder vader mama papa oma opa "
    "zoon dochter baby kind kinderen jan piet klaas kees henk ingrid anna emma sophie "
    "daan sem lucas levi bram thomas kaas stroopwafel drop bier koffie thee appel "
    "banaan aardbei welkomstwoord toegang inloggen beheer beheerder"
).split()


def _score(guesses_log10: float) -> int:
    return sum(guesses_log10 >= edge for edge in _BANDS)


def _hint(score: int, length: int, patterns: set[str]) -> str:
    if length < MIN_LENGTH:
        return (
            f"Gebruik minstens {MIN_LENGTH} tekens. Een zin van vier of meer losse woorden "
            "is sterk en goed te onthouden."
        )
    if score >= 4:
        return "Sterke wachtwoordzin."
    if "repeat" in patterns:
        return "Vermijd herhalingen zoals 'aaa' of 'abcabc'."
    if "sequence" in patterns:
        return "Vermijd reeksen zoals 'abcd' of '1234'."
    if "spatial" in patterns:
        return "Vermijd toetsenbordpatronen zoals 'qwerty'."
    if patterns & {"date", "regex"}:
        return "Vermijd jaartallen en datums."
    if score >= MIN_SCORE:
        return "Goed. Met nog een los woord wordt de wachtwoordzin nog sterker."
    if "dictionary" in patterns:
        return "Vermijd bekende woorden en wachtwoorden; voeg een paar ongewone woorden toe."
    return "Voeg nog een paar losse woorden toe."


def strength(passphrase: str, user_inputs: Iterable[str] = ()) -> tuple[int, str]:
    """(score 0..4, Dutch hint). ``user_inputs``: words the officer is likely to use."""
    from zxcvbn import zxcvbn  # imported on use: ~70 ms of dictionaries

    if not passphrase:
        return 0, _hint(0, 0, set())
    result = zxcvbn(passphrase[:_ZXCVBN_MAX], user_inputs=[*DUTCH_WORDS, *user_inputs])
    score = _score(float(result["guesses_log10"]))
    if len(passphrase) < MIN_LENGTH:
        score = min(score, MIN_SCORE - 1)
    patterns = {match["pattern"] for match in result["sequence"]}
    return score, _hint(score, len(passphrase), patterns)


def check_passphrase(passphrase: str, user_inputs: Iterable[str] = ()) -> None:
    """Raise ``WeakPassphrase`` (Dutch hint as message) unless acceptable."""
    score, hint = strength(passphrase, user_inputs)
    if score < MIN_SCORE:
        raise WeakPassphrase(f"Deze wachtwoordzin is te zwak. {hint}")
