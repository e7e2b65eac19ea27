"""Whatever a document holds, the importer either gives a form that passes the loader or
refuses the document in one line: never a crash, never an invalid form file."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from naravard_desktop.core.forms.form_import.blocks import Block, Cell
from naravard_desktop.core.forms.form_import.recognise import recognise
from naravard_desktop.core.forms.model import parse_form

LINES = [
    "1. Har regionen en plan?",
    "1 a. Beskriv planen.",
    "1 b. Om svaret är 'Ja' på fråga 1, beskriv mer.",
    "2. Vilka av följande har införts?",
    "2 a. Om svaret är 'Nej' på fråga 7, varför?",
    "3. Hur stor andel av befolkningen?",
    "5. Ett nummer ur ordningen",
    "12. Beskriv insatserna.",
    "Fråga 1 a besvaras av de som svarat 'Ja' på fråga 1.",
    "Fråga 2 a besvaras av de som svarat 'Ja' på någon av delfrågorna i fråga 2",
    "Fråga 3 besvaras av de som svarat 'Ja' på fråga 3.",
    "Ja",
    "Nej",
    "Ja ☐ Nej",
    "☐ Ja",
    "☒ Nej",
    "Annan, ange vad:",
    "Annan, ange vad: en text",
    "Har inte genomfört några insatser",
    "Du kan välja flera svarsalternativ.",
    "max 1000 tecken",
    "Beskriv högst tre insatser.",
    "Andelen kan inte anges",
    "Ange andelen i procent 45%",
    "Ange antalet:",
    "97%",
    "Kommentar:",
    "Om ja, skicka in planen eller bifoga länk här:",
    "Om 'Ja' på Övriga, beskriv vilka:",
    "Klicka eller tryck här för att ange text.",
    ".....",
    "En text med svar.....",
    "Del A: Första delen",
    "Samverkan",
    "Tack för dina svar!",
    "Dina kontaktuppgifter:",
    "Denna redovisning avser Region",
    "Senast den 31 mars 2026 ska svaren lämnas.",
    "Gällande frågorna 3-5 gäller detta.",
    "",
]

cells = st.builds(
    Cell,
    st.sampled_from(["", "Ja", "Nej", "Delvis", "Övriga", "...rad?", "Om ja, beskriv hur:", "Klicka eller tryck här för att ange text."]),
    st.sampled_from([None, True, False]),
    st.booleans(),
)
blocks = st.one_of(
    st.builds(
        Block,
        st.sampled_from(["para", "para", "para", "heading", "item", "field", "rule"]),
        st.sampled_from(LINES),
        st.integers(0, 4),
        st.booleans(),
        st.booleans(),
        st.sampled_from([None, "Kommentar:"]),
        st.sampled_from([None, "ikryssad"]),
        st.sampled_from([None, None, None, "4.", "a.", "1 b."]),
        st.sampled_from([None, True, False]),
        st.booleans(),
        st.booleans(),
    ),
    st.builds(Block, st.just("table"), rows=st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=5)),
)


@settings(max_examples=200)
@given(st.lists(blocks, min_size=0, max_size=30))
def test_recognised_forms_always_pass_the_loader(document: list[Block]) -> None:
    for rows in (b.rows for b in document if b.kind == "table"):
        width = max(len(r) for r in rows)
        for r in rows:
            r.extend(Cell() for _ in range(width - len(r)))
    result = recognise(document, form_id="fuzz")
    if not result.form:
        return  # "no questions": the command refuses the document
    parse_form(result.form, "fuzz.json")
