"""The data-quality gate: the project's one door to Great Expectations (see gate.py, README.md).

Names are re-exported lazily so ``from expectations.quarantine import reason_document`` does not
pay for importing Great Expectations (~2 s).
"""

from __future__ import annotations

__all__ = ["Failure", "Gate", "GateContext", "GateError", "GateResult", "reason_document"]


def __getattr__(name: str):
    if name == "reason_document":
        from expectations.quarantine import reason_document

        return reason_document
    if name in __all__:
        from expectations import gate

        return getattr(gate, name)
    raise AttributeError(f"module 'expectations' has no attribute {name!r}")
