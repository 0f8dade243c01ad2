"""Tables as the dashboard shows them: readable headers, dates without midnight, UTC times
in the newsroom's time zone, counts with thousands separators, empty cells empty."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import fmt


def column_configs(df: pd.DataFrame, timezone: str) -> dict[str, object]:
    """A column config per column from its name and type; pages override single columns.

    Timestamps with a time zone (lineage, stored in UTC) are shown in ``timezone``.
    """
    config: dict[str, object] = {}
    for name in df.columns:
        label = str(name).replace("_", " ")
        dtype = df[name].dtype
        if isinstance(dtype, pd.DatetimeTZDtype):  # lineage timestamps, stored in UTC
            config[name] = st.column_config.DatetimeColumn(label, format="YYYY-MM-DD HH:mm", timezone=timezone)
        elif pd.api.types.is_integer_dtype(dtype):
            config[name] = st.column_config.NumberColumn(label, format="localized")
        else:
            config[name] = label
    return config


def table(df: pd.DataFrame, timezone: str, *, column_config: dict | None = None, **kwargs) -> None:
    """``st.dataframe`` with :func:`column_configs`, no index, full width; ``None`` shown as empty.

    ``column_config`` overrides single columns; a string there only renames the column.
    """
    shown = df.copy()
    for name in shown.columns:
        if pd.api.types.is_datetime64_dtype(shown[name].dtype):
            # DATE columns arrive as midnight datetimes: 2021-09-06 (a month: 2021-09); none: undated
            shown[name] = [fmt.month(v) if name.endswith("month") else fmt.day(v) for v in shown[name]]
        elif shown[name].dtype == object:
            shown[name] = shown[name].where(shown[name].notna(), "")
    config = column_configs(shown, timezone)
    for name, override in (column_config or {}).items():
        if isinstance(override, str) and isinstance(config.get(name), dict):  # a new label, same format
            config[name] = {**config[name], "label": override}
        else:
            config[name] = override
    st.dataframe(shown, hide_index=True, width="stretch", column_config=config, **kwargs)
