"""The push's text rows reach PostgreSQL exactly: whatever a stored value holds (tabs, newlines,
backslashes, the letters of COPY's own NULL marker), COPY reads back the row that was sent."""

from __future__ import annotations

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saa_desk.sync.central_ops import text_copy_lines
from saa_desk.sync.schema import NULL_TEXT
from tests.sync.conftest import driver_url

WIDTH = 4
# Any text PostgreSQL can hold (no NUL), weighted towards what COPY must escape.
values = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=12),
    st.lists(st.sampled_from(["\\", "\t", "\n", "\r", "\\N", "N", "م", " ", ""]), max_size=6).map("".join),
)
rows = st.lists(st.tuples(*[values] * WIDTH), min_size=1, max_size=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sent=rows)
def test_text_rows_survive_copy(central_url: str, sent: list[tuple[str | None, ...]]) -> None:
    text_rows = [tuple(NULL_TEXT if v is None else v for v in row) for row in sent]
    with psycopg.connect(driver_url(central_url)) as conn:
        conn.execute("CREATE TEMP TABLE wire (n serial, a text, b text, c text, d text)")
        with conn.cursor().copy("COPY wire (a, b, c, d) FROM STDIN") as copy:
            copy.write("".join(text_copy_lines(text_rows, WIDTH)))
        back = [tuple(r) for r in conn.execute("SELECT a, b, c, d FROM wire ORDER BY n")]
    assert back == sent
