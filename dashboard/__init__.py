"""The morning dashboard: a local, read-only, offline web view of the warehouse (Streamlit).

``data`` is its one door to the warehouse (SQL files in ``warehouse/sql/queries/dashboard_*.sql``
over the ``v_`` views), ``fmt`` formats numbers and dates, ``charts`` builds the Altair charts,
``marks`` marks query words and entities in text, ``context`` holds what a page needs for one
page view, ``server`` starts Streamlit with our options; ``app/`` holds the page scripts.
"""
