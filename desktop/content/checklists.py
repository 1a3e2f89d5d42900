"""The checklists schema as the content layer loads it; the models live in ``desktop.domain.checklist_schema``
(plain pydantic, no files) so the domain can type against them without importing content."""

from __future__ import annotations

from desktop.domain.checklist_schema import (  # noqa: F401 - re-exported
    CATEGORY_ID_PATTERN,
    DEPARTMENT_LABELS_NL,
    DEPARTMENT_PATTERN,
    ITEM_ID_PATTERN,
    LIFE_DOMAIN_TITLES_NL,
    LIST_ID_PATTERN,
    PATTERN_HINTS_NL,
    Category,
    Checklist,
    ChecklistItem,
    Department,
    Flag,
    FormCode,
    LifeDomain,
    Text,
    Version,
)
