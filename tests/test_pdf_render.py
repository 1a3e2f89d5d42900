"""The Qt-free PDF layer: real PDFs, read back with poppler (pdftotext, pdffonts) and pypdf."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdf
import pytest
from pypdf import PdfReader

from desktop.pdf.document import KeyValues, PdfDocument, Section, Table, Text
from desktop.pdf.render import encrypt_pdf, render_pdf, render_recovery_sheet

NAMES = ["Łukasz Wiśniewski", "Ștefan Țurcanu", "Őrs Kovács", "Işıl Yılmaz", "Nguyễn Thị Hà"]
RECIPIENT = "RIEC Noord-Holland"
CASE = "Zaak 2025-0042"
DAY = date(2025, 3, 14)
BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")),
    reason="poppler-utils (pdftotext/pdffonts) is not installed; CI installs it",
)


def make_doc(sections: list[Section], **kw: object) -> PdfDocument:
    fields: dict[str, object] = dict(
        title="Overdracht aan RIEC", recipient=RECIPIENT, case_label=CASE, date=DAY,
        municipality="Gemeente Voorbeeldstad", sections=sections,
    )  # fmt: skip
    fields.update(kw)
    return PdfDocument(**fields)  # type: ignore[arg-type]


def names_doc() -> PdfDocument:
    return make_doc(
        [
            Section("Betrokkenen", [Table(["Naam", "Rol"], [[n, "betrokkene"] for n in NAMES])]),
            Section("Gegevens", [KeyValues([("Naam", NAMES[0]), ("Tolk", NAMES[4])])]),
            Section("Toelichting", [Text(f"Gesprek met {NAMES[1]} en {NAMES[2]}.")]),
        ],
        subtitle=f"Over {NAMES[3]}",
    )


def long_doc(rows: int = 120) -> PdfDocument:
    table = Table(
        ["Stap", "Datum", "Toelichting"],
        [[f"R{i}", "14-03-2025", "Afgerond."] for i in range(rows)],
    )
    return make_doc([Section("Routeverloop", [table])])


def write(tmp_path: Path, pdf: bytes, name: str = "out.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def pdftotext(path: Path, *args: str) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(path), "-"],
        capture_output=True, check=True, text=True, encoding="utf-8",
    )  # fmt: skip
    return result.stdout


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def squash(text: str) -> str:
    return " ".join(text.split())


@needs_poppler
def test_names_round_trip_through_pdftotext(tmp_path):
    text = pdftotext(write(tmp_path, render_pdf(names_doc())))
    for name in NAMES:
        assert name in text


@needs_poppler
def test_every_font_is_embedded_and_none_is_base14(tmp_path):
    path = write(tmp_path, render_pdf(names_doc()))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        columns = row.split()
        emb = columns[-5]  # name type encoding emb sub uni object ID
        assert emb == "yes", row
        assert "DejaVu" in columns[0], row
        assert not any(base in columns[0] for base in BASE14), row


@needs_poppler
def test_header_and_footer_on_every_page_with_page_numbers(tmp_path):
    pdf = render_pdf(long_doc())
    total = page_count(pdf)
    assert total >= 3
    path = write(tmp_path, pdf)
    for page in range(1, total + 1):
        text = squash(pdftotext(path, "-f", str(page), "-l", str(page)))
        for expected in ("VERTROUWELIJK", CASE, RECIPIENT, "14-03-2025"):
            assert expected in text, (page, expected)
        assert f"pagina {page} van {total}" in text


@needs_poppler
def test_multi_case_label_in_header(tmp_path):
    pdf = render_pdf(long_doc(), invariant=True)
    agenda = render_pdf(
        make_doc(long_doc().sections, case_label="Agenda (meerdere zaken)"), invariant=True
    )
    path = write(tmp_path, agenda)
    for page in range(1, page_count(agenda) + 1):
        text = squash(pdftotext(path, "-f", str(page), "-l", str(page)))
        assert "Agenda (meerdere zaken)" in text
        assert CASE not in text
    assert pdf != agenda


def rotated_text_per_page(pdf: bytes) -> list[str]:
    """Text drawn with a rotated (non-axis-aligned) matrix, per page."""
    pages = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        parts: list[str] = []

        def visit(text, cm, tm, _font, _size, parts=parts):
            b = cm[1] * tm[0] + cm[3] * tm[1]  # rotation component of the text space
            if abs(b) > 0.1 and text.strip():
                parts.append(text)

        page.extract_text(visitor_text=visit)
        pages.append("".join(parts))
    return pages


def test_diagonal_watermark_with_recipient_and_date_on_every_page():
    pdf = render_pdf(long_doc())
    pages = rotated_text_per_page(pdf)
    assert len(pages) >= 3
    for text in pages:
        assert text.strip() == f"{RECIPIENT} · 14-03-2025"


def test_metadata_has_no_personal_data():
    pdf = render_pdf(names_doc())
    parsed = PdfReader(io.BytesIO(pdf))
    info = {str(k): str(v) for k, v in (parsed.metadata or {}).items()}
    assert "/Metadata" not in parsed.trailer["/Root"]
    assert info["/Author"] == "Gemeente Voorbeeldstad"
    assert info["/Creator"] == "Schakel"
    assert info["/Title"] == "Overdracht aan RIEC"
    blob = " ".join(info.values())
    for secret in [*NAMES, *(n.split()[0] for n in NAMES), RECIPIENT, "2025-0042"]:
        assert secret not in blob


@needs_poppler
def test_encrypted_pdf_opens_only_with_the_password(tmp_path):
    encrypted = encrypt_pdf(render_pdf(names_doc()), "correct paard batterij")
    from pypdf import PasswordType

    assert PdfReader(io.BytesIO(encrypted)).decrypt("") == PasswordType.NOT_DECRYPTED
    assert PdfReader(io.BytesIO(encrypted)).decrypt("fout") == PasswordType.NOT_DECRYPTED
    parsed = PdfReader(io.BytesIO(encrypted))
    assert parsed.decrypt("correct paard batterij") != PasswordType.NOT_DECRYPTED
    encrypt = parsed.trailer["/Encrypt"].get_object()
    assert (encrypt["/R"], encrypt["/V"], encrypt["/Length"]) == (6, 5, 256)
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    path = write(tmp_path, encrypted)
    refused = subprocess.run(["pdftotext", str(path), "-"], capture_output=True)
    assert refused.returncode != 0
    assert NAMES[0] in pdftotext(path, "-upw", "correct paard batterij")


def test_encrypt_refuses_an_empty_password():
    with pytest.raises(ValueError):
        encrypt_pdf(render_pdf(names_doc()), "")


def test_invariant_mode_gives_identical_bytes():
    first = render_pdf(names_doc(), invariant=True)
    assert render_pdf(names_doc(), invariant=True) == first
    other = make_doc(names_doc().sections, recipient="Zorgcoördinator")
    assert render_pdf(other, invariant=True) != first


@needs_poppler
def test_ten_thousand_character_fields_paginate_without_loss(tmp_path):
    words = [f"woord{i:04d}" for i in range(1001)]
    long_text = " ".join(words)
    assert len(long_text) >= 10_000
    unbroken = "X" * 10_000
    doc = make_doc(
        [
            Section("Lijst", [KeyValues([("Waarneming", long_text)])]),
            Section(
                "Tabel", [Table(["Bron", "Samenvatting"], [["BRP", long_text], ["KvK", unbroken]])]
            ),
            Section("Tekst", [Text(long_text)]),
        ]
    )
    pdf = render_pdf(doc)
    assert page_count(pdf) >= 4
    text = pdftotext(write(tmp_path, pdf))
    for word in (words[0], words[500], words[-1]):
        assert text.count(word) == 3
    assert "".join(text.split()).count("X" * 20) >= 10_000 // 20 - 1


@needs_poppler
def test_five_hundred_row_table_repeats_its_header(tmp_path):
    pdf = render_pdf(long_doc(rows=500))
    total = page_count(pdf)
    assert total >= 10
    path = write(tmp_path, pdf)
    assert "R499" in pdftotext(path)
    last_page = pdftotext(path, "-f", str(total), "-l", str(total))
    assert "Toelichting" in last_page and "Stap" in last_page


@needs_poppler
def test_xml_special_characters_print_literally(tmp_path):
    user_text = "<b>geen vet</b> & a > b < c &amp; <br/>"
    doc = make_doc(
        [Section("Let op <x> & y", [Text(user_text), KeyValues([("A&B", user_text)]),
                                     Table(["<kolom>"], [[user_text]])])],
        recipient="Team <Zorg> & Veiligheid",
    )  # fmt: skip
    text = squash(pdftotext(write(tmp_path, render_pdf(doc))))
    assert text.count(user_text) == 3
    assert "Let op <x> & y" in text and "A&B" in text and "<kolom>" in text
    assert "Team <Zorg> & Veiligheid" in text


def test_mismatched_table_row_is_rejected():
    doc = make_doc([Section("Fout", [Table(["a", "b"], [["alleen één"]])])])
    with pytest.raises(ValueError):
        render_pdf(doc)


@needs_poppler
def test_recovery_sheet_is_one_page_with_the_code(tmp_path):
    code = "K7QM-3XRA-9PLD-WZ4N-B2HF-T8VC-6YJE-UG5S"
    pdf = render_recovery_sheet(code, "vault-3f9c2a1b", "Gemeente Voorbeeldstad", date(2025, 3, 1))
    assert page_count(pdf) == 1
    text = pdftotext(write(tmp_path, pdf))
    assert code in text
    assert "vault-3f9c2a1b" in text and "kluis" in text and "1 maart 2025" in text
    parsed = PdfReader(io.BytesIO(pdf))
    assert not any(code in str(v) for v in (parsed.metadata or {}).values())
    fonts = subprocess.run(["pdffonts", str(tmp_path / "out.pdf")], capture_output=True, text=True)
    assert "DejaVuSansMono" in fonts.stdout
    assert not any(base in fonts.stdout for base in BASE14)


def test_pdf_layer_imports_no_qt():
    code = "import sys, desktop.pdf.render; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)  # fmt: skip
    assert out.stdout.strip() == "False"
