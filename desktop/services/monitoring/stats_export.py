"""Statistics leaving the screen: CSV, plain text (CLI) and the "jaaroverzicht" PDF.

Everything here suppresses small numbers: a count of 1–4 is shown as "< 5" and a
median based on fewer than 5 cases is left out, so nobody can be recognised from
an overview. (The officer's own screen may show exact numbers.)

The PDF is built here as a ``PdfDocument`` and rendered with ``desktop.pdf``
directly, not through an export profile in ``exports/``: profiles describe which
*case fields* go to a recipient (layouts dossier/agenda/letter over a fixed field
registry), while a year overview holds only aggregate tables and no case at all.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.domain.stats_row import shown_count
from desktop.pdf.document import PdfDocument, Section, Table, Text
from desktop.services.csv_out import csv_text, write_csv
from desktop.services.monitoring.stats import CountTable, MedianTable, StatsReport

SUPPRESSION_NOTE = ("Aantallen van 1 tot en met 4 staan als \"< 5\" en een mediaan over minder "
                    "dan 5 zaken is weggelaten (–), zodat niemand herkenbaar is.")
DOUBLE_COUNT_NOTE = ("Een zaak met meerdere vormen van uitbuiting of overdrachten aan meerdere "
                     "partners telt in elke rij mee.")
NO_VALUE = "–"


def median_text(value: float | None, n: int, suppress: bool) -> str:
    if value is None or (suppress and n < 5):
        return NO_VALUE
    return f"{value:.1f}".replace(".", ",").removesuffix(",0")


def table_lines(table: CountTable | MedianTable, suppress: bool) -> list[list[str]]:
    """Row label plus one text per column."""
    if isinstance(table, CountTable):
        return [[label, *(shown_count(v, suppress) for v in values)]
                for label, values in zip(table.rows, table.values, strict=True)]
    lines = []
    for label, values, counts in zip(table.rows, table.values, table.counts, strict=True):
        lines.append([label, *(median_text(v, n, suppress)
                               for v, n in zip(values, counts, strict=True))])
        lines.append([f"  aantal zaken ({label.lower()})",
                      *(shown_count(n, suppress) for n in counts)])
    return lines


def period_text(report: StatsReport) -> str:
    if report.year is not None:
        return f"jaar {report.year}, per kwartaal"
    if report.years:
        return f"{report.years[0]} t/m {report.years[-1]}, per jaar"
    return "geen gegevens"


def csv_rows(report: StatsReport, suppress: bool = True) -> list[list[str]]:
    rows = [["tabel", "rij", *report.columns]]
    for table in report.tables:
        for line in table_lines(table, suppress):
            rows.append([table.title, line[0].strip(), *line[1:]])
    return rows


def to_csv(report: StatsReport, suppress: bool = True) -> str:
    """Semicolon-separated text, cells neutralised (``desktop.services.csv_out``)."""
    return csv_text(csv_rows(report, suppress))


def save_csv(report: StatsReport, path: Path, overwrite: bool = False) -> None:
    """The statistics as a CSV file for Dutch Excel (BOM, ``;``, 0600, no symlink)."""
    write_csv(path, csv_rows(report, suppress=True), overwrite=overwrite)


def to_text(report: StatsReport, suppress: bool = True) -> str:
    """Aligned plain text for the terminal."""
    out = [f"Statistiek mensenhandel ({period_text(report)})", ""]
    for table in report.tables:
        lines = [["", *report.columns], *table_lines(table, suppress)]
        widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
        out.append(table.title)
        for line in lines:
            cells = [line[0].ljust(widths[0])] + [c.rjust(w) for c, w in
                                                  zip(line[1:], widths[1:], strict=True)]
            out.append("  " + "  ".join(cells).rstrip())
        out.append("")
    if suppress:
        out.append(SUPPRESSION_NOTE)
    return "\n".join(out)


def jaaroverzicht(report: StatsReport, municipality: str, today: date | None = None
                  ) -> PdfDocument:
    """The year overview as a document (always with suppression)."""
    year = report.year
    title = f"Jaaroverzicht mensenhandel {year}" if year else "Overzicht mensenhandel"
    sections = [Section("Over dit overzicht", [Text(
        f"Periode: {period_text(report)}. Bron: het register van de aandachtsfunctionaris, "
        f"inclusief de geanonimiseerde statistiek van vernietigde zaken. {DOUBLE_COUNT_NOTE} "
        f"{SUPPRESSION_NOTE}")])]
    for table in report.tables:
        rows = [[line[0].strip(), *line[1:]] for line in table_lines(table, True)]
        widths = [3.0] + [1.0] * len(report.columns)
        sections.append(Section(table.title, [Table(["", *report.columns], rows, widths)]))
    return PdfDocument(
        title=title, recipient="Intern gebruik (geanonimiseerd)",
        case_label="Statistiek, geen persoonsgegevens", date=today or date.today(),
        municipality=municipality, sections=sections,
        footer_notes=[SUPPRESSION_NOTE],
    )


def jaaroverzicht_pdf(report: StatsReport, municipality: str, today: date | None = None,
                      invariant: bool = False) -> bytes:
    from desktop.pdf.render import render_pdf

    return render_pdf(jaaroverzicht(report, municipality, today), invariant=invariant)


EXPORT_ACTION = "statistiek_geexporteerd"


def record_export(register, kind: str) -> None:  # noqa: ANN001 - Register (no import cycle)
    """Audit that statistics left the register (``kind``: "csv" or "pdf"; no content)."""
    with register.write() as conn:
        register.audit(conn, EXPORT_ACTION, detail=kind)
