"""Streamlit scripts: ``main.py`` (the entry point) and one script per page."""
