"""Entry script of ``baozhi dashboard`` (run by Streamlit): the navigation and the page view's context."""

import sys
from pathlib import Path

import streamlit as st

from dashboard import context

HERE = Path(__file__).parent
FAVICON = Path(st.__file__).parent / "static" / "favicon.png"
# (script, title, url path, icon): the order of the navigation
PAGES = (
    ("last_night.py", "Last night", "last-night", ":material/bedtime:"),
    ("coverage.py", "Coverage", "coverage", ":material/calendar_month:"),
    ("people.py", "People", "people", ":material/groups:"),
    ("places.py", "Places and organisations", "places", ":material/location_city:"),
    ("keywords.py", "Keywords", "keywords", ":material/trending_up:"),
    ("reporters.py", "Reporters and genres", "reporters", ":material/edit_note:"),
    ("reprints.py", "Reprints", "reprints", ":material/content_copy:"),
    ("search.py", "Search", "search", ":material/search:"),
)

# The favicon is an image file served by this process: a Material icon or an emoji as favicon
# (also a page's icon, without this) makes the browser fetch an SVG from a font or emoji CDN.
st.set_page_config(page_title="baozhi 报纸 dashboard", page_icon=str(FAVICON), layout="wide")
page = st.navigation([st.Page(HERE / script, title=title, url_path=url, icon=icon, default=i == 0)
                      for i, (script, title, url, icon) in enumerate(PAGES)])
ctx = context.begin(sys.argv[1:])
try:
    page.run()
finally:
    context.end(ctx)
