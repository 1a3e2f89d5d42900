"""The routes schema as the content layer loads it; the models live in ``desktop.domain.route_schema``
(plain pydantic, no files) so the domain can type against them without importing content."""

from __future__ import annotations

from desktop.domain.route_schema import (  # noqa: F401 - re-exported
    ID_PATTERN,
    PATTERN_HINTS_NL,
    ROUTE_ID_PATTERN,
    STEP_CODE_PATTERN,
    BranchRule,
    Contact,
    Days,
    Deadline,
    Decision,
    FeedbackMessage,
    Flag,
    Id,
    Meeting,
    Note,
    Option,
    Partner,
    RecordField,
    Route,
    Step,
    Text,
    Version,
)
