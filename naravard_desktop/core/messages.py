"""Messages the core writes for people: Swedish, with English kept beside it.

A `Message` is a `str` (the Swedish text, which the CLI, JSON and logs use unchanged) that
also remembers its template and parameters, so a front end can show it in another
language: `message.text("en")`, or `text_in(value, language)` for any string. The Swedish
template is the key of the English catalogue below (like a gettext msgid); a parameter that
is itself a Message is rendered in the same language. Form texts (question labels, options)
are data and stay as the form has them.

    problem = Message("{label}: {count} av högst {limit} tecken", label=ref.label, count=1204, limit=1000)
    str(problem)         # "fråga 17: 1204 av högst 1000 tecken"
    problem.text("en")   # "question 17: 1204 of at most 1000 characters"

tests/test_messages.py checks that every template written in core has an English entry with
the same placeholders.
"""

from __future__ import annotations

import string
from typing import Any

LANGUAGES = ("sv", "en")


class Message(str):
    """Swedish text (the str value) plus what is needed to render it in English."""

    template: str
    params: dict[str, Any]
    lower_first: bool

    def __new__(cls, template: str, /, **params: Any) -> Message:
        self = super().__new__(cls, _render(template, params, "sv", False))
        self.template = template
        self.params = params
        self.lower_first = False
        return self

    def text(self, language: str = "sv") -> str:
        """The message in `language` ("sv" or "en"); Swedish when there is no translation."""
        return _render(self.template, self.params, language, self.lower_first)

    def decapitalised(self) -> Message:
        """The same message starting with a small letter (inside a longer sentence)."""
        swedish = str.__str__(self)
        lowered = str.__new__(Message, swedish[:1].lower() + swedish[1:])
        lowered.template, lowered.params, lowered.lower_first = self.template, self.params, True
        return lowered

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle keep it a Message
        return (_rebuild, (self.template, self.params, self.lower_first))


def _rebuild(template: str, params: dict[str, Any], lower_first: bool) -> Message:
    message = Message(template, **params)
    return message.decapitalised() if lower_first else message


def text_in(value: str, language: str) -> str:
    """A core string in `language`: a Message is rendered, any other string is as it is."""
    return value.text(language) if isinstance(value, Message) else value


def message_of(exc: BaseException) -> str:
    """An exception's one-line text, still a Message when it was raised with one (so a front
    end can show it in English); str(exc) otherwise. The Swedish value equals str(exc)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _param_text(value: Any, language: str) -> Any:
    """A parameter in `language`: a Message rendered; a tuple of texts (e.g. field labels)
    each rendered and joined with ", "."""
    if isinstance(value, Message):
        return value.text(language)
    if isinstance(value, tuple):
        return ", ".join(text_in(str(item), language) if not isinstance(item, Message) else item.text(language) for item in value)
    return value


def _render(template: str, params: dict[str, Any], language: str, lower_first: bool) -> str:
    if language != "sv":
        template = ENGLISH.get(template, template)
    values = {key: _param_text(value, language) for key, value in params.items()}
    text = template.format(**values)
    return text[:1].lower() + text[1:] if lower_first else text


#: Swedish template → English template. Keep the placeholders; order may change.
ENGLISH: dict[str, str] = {
    # bundles.ImportSummary.lines (the import summary: CLI output, the app's summary dialog)
    "utkastet {draft} ({title}) skapat från paketet": "draft {draft} ({title}) created from the bundle",
    "utkastet {draft} skapat från paketet": "draft {draft} created from the bundle",
    "inget nytt: allt i paketet fanns redan i utkastet {draft}": "nothing new: everything in the bundle was already in the draft {draft}",
    "1 ny ändring": "1 new change",
    "{count} nya ändringar": "{count} new changes",
    "1 fält sammanslaget automatiskt: {labels}": "1 field merged automatically: {labels}",
    "{count} fält sammanslagna automatiskt: {labels}": "{count} fields merged automatically: {labels}",
    "1 svar ändrat:": "1 answer changed:",
    "{count} svar ändrade:": "{count} answers changed:",
    "  … och {more} till": "  … and {more} more",
    "  … och {more} till (se --json)": "  … and {more} more (see --json)",
    "1 ny kommentar: fråga {where}": "1 new comment: question {where}",
    "{count} nya kommentarer och svar: fråga {where}": "{count} new comments and replies: question {where}",
    "1 ändring är daterad mer än ett dygn fram i tiden (senast {newest}): avsändarens klocka går troligen fel; "
    "nya ändringar här får ändå den här datorns tid": (
        "1 change is dated more than a day ahead (latest {newest}): the sender's clock is probably wrong; "
        "new changes here still get this computer's time"
    ),
    "{count} ändringar är daterade mer än ett dygn fram i tiden (senast {newest}): avsändarens klocka går troligen fel; "
    "nya ändringar här får ändå den här datorns tid": (
        "{count} changes are dated more than a day ahead (latest {newest}): the sender's clock is probably wrong; "
        "new changes here still get this computer's time"
    ),
    "1 konflikt att lösa:": "1 conflict to resolve:",
    "{count} konflikter att lösa:": "{count} conflicts to resolve:",
    "1 konflikt att lösa (se 'naravard conflicts {draft}'):": "1 conflict to resolve (see 'naravard conflicts {draft}'):",
    "{count} konflikter att lösa (se 'naravard conflicts {draft}'):": "{count} conflicts to resolve (see 'naravard conflicts {draft}'):",
    "  {label}": "  {label}",
    "inga konflikter": "no conflicts",
    # bundles.BundleError: why a bundle was refused or not written (CLI stderr, the app's dialogs)
    "paketet gäller ett annat utkast ({title})": "the bundle is for another draft ({title})",
    "paketet skrevs inte: utkastet har {value} (se 'naravard verify'); {advice}": (
        "the bundle was not written: the draft has {value} (see 'naravard verify'); {advice}"
    ),
    "{where}: '{key}' saknas eller är ogiltigt": "{where}: '{key}' is missing or invalid",
    "okänt paketformat {fmt!r}; förväntade {BUNDLE_FORMAT!r}": "unknown bundle format {fmt!r}; expected {BUNDLE_FORMAT!r}",
    "manifest.json saknar medlemslistan 'members'": "manifest.json lacks the member list 'members'",
    "{where}: ska vara ett JSON-objekt": "{where}: must be a JSON object",
    "{where}: ogiltigt id": "{where}: invalid id",
    "{where}: ogiltig tid {value!r} (inget verkligt datum mellan år 2000 och 9998)": (
        "{where}: invalid time {value!r} (not a real date between the years 2000 and 9998)"
    ),
    "{where}: ogiltig sorts ändring {kind!r}": "{where}: invalid kind of change {kind!r}",
    "{where}: ogiltig lista med föräldrar": "{where}: invalid list of parents",
    "{where}: 'value' saknas": "{where}: 'value' is missing",
    "{where}: värdet för fältet {field_key!r} är {count} tecken; högst {MAX_VALUE_CHARS} är tillåtet": (
        "{where}: the value of the field {field_key!r} is {count} characters; at most {MAX_VALUE_CHARS} are allowed"
    ),
    "{where}: id {rid} stämmer inte med innehållet (ändringen är manipulerad eller skadad)": (
        "{where}: id {rid} does not match the content (the change was tampered with or is damaged)"
    ),
    "rensad ändring {value} har ingen senare ändring i paketet som bygger på den": (
        "purged change {value} has no later change in the bundle that builds on it"
    ),
    "{where}: fältnyckeln {field!r} är inte formulärets nyckel {key!r}": "{where}: the field key {field!r} is not the form's key {key!r}",
    "filen finns inte": "the file does not exist",
    "är ingen vanlig fil": "is not a regular file",
    "filen är {size} byte; högst {MAX_BUNDLE_BYTES} är tillåtet för ett paket": (
        "the file is {size} bytes; at most {MAX_BUNDLE_BYTES} are allowed for a bundle"
    ),
    "manifest.json ska vara ett JSON-objekt": "manifest.json must be a JSON object",
    "paketet har formatversion {version}, men den här versionen av programmet kan bara läsa version "
    "{BUNDLE_FORMAT_VERSION}; uppdatera Närvård desktop": (
        "the bundle has format version {version}, but this version of the program can only read version "
        "{BUNDLE_FORMAT_VERSION}; update Närvård desktop"
    ),
    "okänt paketformat {value!r}; förväntade {BUNDLE_FORMAT!r}": "unknown bundle format {value!r}; expected {BUNDLE_FORMAT!r}",
    "manifest.json: formulärets 'revision' saknas eller är ogiltig": "manifest.json: the form's 'revision' is missing or invalid",
    "paketet gäller formuläret '{form_id}', som inte finns i den här installationen": (
        "the bundle is for the form '{form_id}', which is not installed here"
    ),
    "manifest.json: utkastets id '{value}' har inte formatet för utkast-id (32 hexadecimala tecken)": (
        "manifest.json: the draft id '{value}' is not in the format of a draft id (32 hexadecimal characters)"
    ),
    "manifest.json: utkastets 'created_at' saknas eller är ogiltigt": "manifest.json: the draft's 'created_at' is missing or invalid",
    "manifest.json: 'created_at' saknas eller är ogiltigt": "manifest.json: 'created_at' is missing or invalid",
    "revisions.json ska vara ett objekt med listan 'revisions'": "revisions.json must be an object with the list 'revisions'",
    "revisions.json gäller utkastet {value!r}, manifestet utkastet {draft_id!r}": (
        "revisions.json is for the draft {value!r}, the manifest for the draft {draft_id!r}"
    ),
    "paketet har {count} ändringar; högst {MAX_REVISIONS} är tillåtet": "the bundle has {count} changes; at most {MAX_REVISIONS} are allowed",
    "filen är inte ett paket: ingen giltig zip-fil (trasig, avkortad eller fel filtyp)": (
        "the file is not a bundle: not a valid zip file (damaged, truncated or the wrong type of file)"
    ),
    "filen är en trasig zip-fil ({exc})": "the file is a damaged zip file ({exc})",
    "paketet har {count} filer; högst {MAX_ZIP_ENTRIES} är tillåtna": "the bundle has {count} files; at most {MAX_ZIP_ENTRIES} are allowed",
    "paketet saknar {missing}": "the bundle lacks {missing}",
    "paketet packas upp till {declared} byte; högst {MAX_TOTAL_UNCOMPRESSED} är tillåtet": (
        "the bundle unpacks to {declared} bytes; at most {MAX_TOTAL_UNCOMPRESSED} are allowed"
    ),
    "{name} i paketet: {exc}": "{name} in the bundle: {exc}",
    "manifest.json listar en fil som inte finns i paketet: {value!r}": "manifest.json lists a file that is not in the bundle: {value!r}",
    "manifest.json listar {name} två gånger": "manifest.json lists {name} twice",
    "{name}: storleken stämmer inte med manifestet (paketet är ändrat eller skadat)": (
        "{name}: the size does not match the manifest (the bundle was altered or is damaged)"
    ),
    "{name}: SHA-256 stämmer inte med manifestet (paketet är ändrat eller skadat)": (
        "{name}: the SHA-256 does not match the manifest (the bundle was altered or is damaged)"
    ),
    "{name} finns i paketet men inte i manifestets medlemslista": "{name} is in the bundle but not in the manifest's member list",
    "{where}: ogiltig rensad ändring": "{where}: invalid purged change",
    "{where}: {exc}": "{where}: {exc}",
    "kan inte läsas ({strerror})": "cannot be read ({strerror})",
    "revisions.json, ändring {value}: hör till ett annat utkast": "revisions.json, change {value}: belongs to another draft",
    "revisions.json: ändring {id} förekommer två gånger": "revisions.json: change {id} occurs twice",
    "revisions.json, ändring {number}": "revisions.json, change {number}",
    "ändring {id}": "change {id}",
    "paketet innehåller en otillåten sökväg: {name!r}": "the bundle contains a forbidden path: {name!r}",
    "paketet innehåller en symbolisk länk: {name!r}": "the bundle contains a symbolic link: {name!r}",
    "paketet innehåller något som inte är en vanlig fil: {name!r}": "the bundle contains something that is not a regular file: {name!r}",
    "paketet innehåller {name!r} två gånger": "the bundle contains {name!r} twice",
    "paketet innehåller en okänd fil: {name!r}": "the bundle contains an unknown file: {name!r}",
    "{name} i paketet är krypterad": "{name} in the bundle is encrypted",
    "{name} i paketet använder en komprimering som inte stöds": "{name} in the bundle uses an unsupported compression",
    "{filename} i paketet är komprimerad mer än {MAX_COMPRESSION_RATIO}:1 (möjlig zip-bomb)": (
        "{filename} in the bundle is compressed more than {MAX_COMPRESSION_RATIO}:1 (possible zip bomb)"
    ),
    "{filename} i paketet är större än tillåtet ({cap} byte)": "{filename} in the bundle is larger than allowed ({cap} bytes)",
    "{filename} i paketet har fel storlek (skadad fil)": "{filename} in the bundle has the wrong size (damaged file)",
    "ändring {id} bygger på {parent}, som saknas i paketet": "change {id} builds on {parent}, which is missing from the bundle",
    "ändring {id} bygger på en ändring av ett annat fält": "change {id} builds on a change of another field",
    "{filename} i paketet är skadad ({exc})": "{filename} in the bundle is damaged ({exc})",
    "utkastet {id} finns redan här men gäller formuläret '{known}', paketet '{form_id}'": (
        "the draft {id} is already here but is for the form '{known}', the bundle for '{form_id}'"
    ),
    # bundles.file_line (several bundles imported at once)
    "{name}: inte inläst: {reason}; inget från den filen har ändrats": "{name}: not imported: {reason}; nothing from that file was changed",
    "inget nytt": "nothing new",
    ", skapade utkastet": ", created the draft",
    "{name}: {count} (utkastet {draft}{created})": "{name}: {count} (draft {draft}{created})",
    # field_versions.FieldVersionError: a refused resolve or restore (CLI stderr, the app's views)
    "ingen version angiven": "no version given",
    "fältet {key!r} har ingen version {prefix!r} (se 'naravard history')": "the field {key!r} has no version {prefix!r} (see 'naravard history')",
    "versionen {prefix!r} passar flera versioner av fältet; ange fler tecken": (
        "the version {prefix!r} matches several versions of the field; give more characters"
    ),
    "{label} har ingen konflikt": "{label} has no conflict",
    "texten innehåller ett ogiltigt tecken (ensamt surrogattecken)": "the text contains an invalid character (a lone surrogate)",
    "filen innehåller inte ett giltigt JSON-värde ({refused})": "the file does not contain a valid JSON value ({refused})",
    "versionen {id} är rensad ur historiken och kan inte återställas": "the version {id} was purged from the history and cannot be restored",
    "fältet {key!r} har ingen konflikt": "the field {key!r} has no conflict",
    "{label} har en konflikt; lös den först (se 'naravard conflicts')": "{label} has a conflict; resolve it first (see 'naravard conflicts')",
    # store.StoreError / StoreWriteError / InputTooLong, limits.too_long
    "Databasen {path} kan inte skapas ({reason}); kontrollera att datakatalogen är skrivbar och att disken inte är full.": (
        "The database {path} cannot be created ({reason}); check that the data folder is writable and the disk is not full."
    ),
    "{path}: {exc}": "{path}: {exc}",
    "Databasen {path} kan inte öppnas för skrivning ({exc}); kontrollera att datakatalogen är skrivbar och att disken inte är full.": (
        "The database {path} cannot be opened for writing ({exc}); check that the data folder is writable and the disk is not full."
    ),
    "Namnet får inte vara tomt.": "The name must not be empty.",
    "Utkastet måste ha en titel.": "The draft must have a title.",
    "Ändringen kunde inte sparas: disken är full ({folder}). Inget har ändrats; frigör utrymme och försök igen.": (
        "The change could not be saved: the disk is full ({folder}). Nothing was changed; free some space and try again."
    ),
    "Ändringen kunde inte sparas: datakatalogen {folder} är skrivskyddad. Inget har ändrats; välj en skrivbar datakatalog och försök igen.": (
        "The change could not be saved: the data folder {folder} is read-only. Nothing was changed; choose a writable data folder and try again."
    ),
    "Ändringen kunde inte sparas ({exc}). Inget har ändrats; försök igen.": "The change could not be saved ({exc}). Nothing was changed; try again.",
    "{what} är {count} tecken; högst {limit} är tillåtet, annars kan utkastet inte delas med paket. Inget har ändrats": (
        "{what} is {count} characters; at most {limit} are allowed, or the draft cannot be shared in a bundle. Nothing was changed"
    ),
    "Namnet": "The name",
    "Titeln": "The title",
    "Regionen": "The region",
    "Värdet för {field!r} (som JSON-text)": "The value of {field!r} (as JSON text)",
    "Fältnyckeln": "The field key",
    # bundles.FieldChange.line
    "okänd": "unknown",
    "  {label}: ny version av {who}, i konflikt": "  {label}: new version by {who}, in conflict",
    "  {label}: tömt av {who} (svaret från {earlier} togs bort)": "  {label}: emptied by {who} (the answer by {earlier} was removed)",
    "  {label}: tömt av {who}": "  {label}: emptied by {who}",
    "  {label}: ändrat av {who}, sammanslaget automatiskt": "  {label}: changed by {who}, merged automatically",
    "  {label}: ändrat av {who}, ersätter svaret från {earlier}": "  {label}: changed by {who}, replacing the answer by {earlier}",
    "  {label}: ändrat av {who}": "  {label}: changed by {who}",
    # answers.FieldRef.label
    "fråga {number}": "question {number}",
    "fråga {number}, {parts}": "question {number}, {parts}",
    # validation.check / check_draft (the Kontroll panel, `naravard check`)
    "{label}: {count} av högst {limit} tecken ({over} tecken för mycket)": (
        "{label}: {count} of at most {limit} characters ({over} too many)"
    ),
    "{label}: {count} insatser, formuläret ber om högst {limit}": "{label}: {count} items, the form asks for at most {limit}",
    "fråga {number}: svaret är inte ett tal": "question {number}: the answer is not a number",
    "fråga {number}: ”{value}” är inte ett tal": "question {number}: “{value}” is not a number",
    "fråga {number}: ska anges i heltal, svaret är {value}": "question {number}: a whole number is asked for, the answer is {value}",
    "fråga {number}: {value} ligger utanför {span}": "question {number}: {value} is outside {span}",
    "fråga {number}: ”{option}” kan inte kombineras med andra alternativ": (
        "question {number}: “{option}” cannot be combined with other options"
    ),
    "fråga {number}: ”{option}” är valt men texten saknas": "question {number}: “{option}” is chosen but its text is missing",
    "fråga {number}, {row}: ”{label}” saknar text": "question {number}, {row}: “{label}” has no text",
    "fråga {number}: både ett tal och ”{label}” är angivet": "question {number}: both a number and “{label}” are given",
    "fråga {number} är inte besvarad": "question {number} is not answered",
    "{label}: parkerat svar – {reason}": "{label}: parked answer – {reason}",
    "{label}: {count} versioner krockar (från {editors}); lös i Redigera › Konflikter eller med 'naravard resolve'": (
        "{label}: {count} versions clash (from {editors}); resolve in Edit › Conflicts or with 'naravard resolve'"
    ),
    # conditions: when a question is asked, why an answer is parked
    "Besvaras om fråga {number} är {value}": "Answered if question {number} is {value}",
    "Besvaras om fråga {number} inte är {value}": "Answered if question {number} is not {value}",
    "Besvaras om ”{value}” är valt i fråga {number}": "Answered if “{value}” is chosen in question {number}",
    "Besvaras om någon delfråga i fråga {number} är {value}": "Answered if any row of question {number} is {value}",
    "Besvaras om ”{row}” i fråga {number} är {value}": "Answered if “{row}” in question {number} is {value}",
    "Besvaras om fråga {number} är besvarad": "Answered if question {number} is answered",
    "Villkoret är inte uppfyllt ({condition})": "The condition is not met ({condition})",
    "Alternativet ”{option}” är inte valt": "The option “{option}” is not chosen",
    "Frågan besvaras inte med nuvarande svar": "The question is not asked with the current answers",
    # counting.analyse_count: why the web form might count differently (count tooltips)
    "Texten har {count} radbrytningar av Windows-typ (CR/LF). De räknas här som "
    "1 tecken var, som i webbläsaren, men kan bli 2 om texten klistras in på annat sätt.": (
        "The text has {count} Windows line breaks (CR/LF). They count as 1 character "
        "each here, as in the browser, but may count as 2 if pasted another way."
    ),
    "Texten har {count} sammansatta tecken (t.ex. ett å skrivet som a + ring). "
    "De räknas som 2 tecken; webbformuläret kan räkna dem som 1 eller 2.": (
        "The text has {count} decomposed characters (e.g. å typed as a + ring). They count as 2; the web form may count them as 1 or 2."
    ),
    "Texten har {count} tecken utanför grundplanet (t.ex. emoji). De räknas som 2 tecken var, precis som i webbläsaren.": (
        "The text has {count} characters outside the basic plane (e.g. emoji). They count as 2 each, as in the browser."
    ),
    "Texten har 1 radbrytning av Windows-typ (CR/LF). Den räknas här som "
    "1 tecken, som i webbläsaren, men kan bli 2 om texten klistras in på annat sätt.": (
        "The text has 1 Windows line break (CR/LF). It counts as 1 character here, as in the browser, "
        "but may count as 2 if pasted another way."
    ),
    "Texten har 1 sammansatt tecken (t.ex. ett å skrivet som a + ring). "
    "Det räknas som 2 tecken; webbformuläret kan räkna det som 1 eller 2.": (
        "The text has 1 decomposed character (e.g. å typed as a + ring). It counts as 2; the web form may count it as 1 or 2."
    ),
    "Texten har 1 tecken utanför grundplanet (t.ex. emoji). Det räknas som 2 tecken, precis som i webbläsaren.": (
        "The text has 1 character outside the basic plane (e.g. an emoji). It counts as 2, as in the browser."
    ),
    "Texten har 1 radbrytning. Den räknas som 1 tecken; vissa servrar räknar den som 2 när svaret skickas.": (
        "The text has 1 line break. It counts as 1 character; some servers count it as 2 when the answer is sent."
    ),
    "Texten har {count} radbrytningar. De räknas som 1 tecken var; vissa servrar räknar dem som 2 när svaret skickas.": (
        "The text has {count} line breaks. They count as 1 character each; some servers count them as 2 when the answer is sent."
    ),
    # transfer: transfer mode and the checklist before submitting
    "ändrad efter överföringen – för över igen": "changed after the transfer – transfer it again",
    "överförd": "transferred",
    "ej överförd": "not transferred",
    "{key}: två olika ändringar står mot varandra (konflikt) – lös konflikten först": (
        "{key}: two different changes clash (conflict) – resolve the conflict first"
    ),
    "{finding} – ta bort eller kvittera varningen (id {id})": "{finding} – remove it or acknowledge the warning (id {id})",
    "svaret är från föregående år och inte redigerat – kontrollera att det stämmer för i år": (
        "the answer is from last year and not edited – check that it holds for this year"
    ),
    "inget svar – lämnas tomt i webbformuläret": "no answer – left empty in the web form",
    "Kryssa: {option}": "Tick: {option}",
    "{row}: kryssa {column}": "{row}: tick {column}",
    "{row}: obesvarad – kryssa inget": "{row}: unanswered – tick nothing",
    "{done} av {total} överförda": "{done} of {total} transferred",
    "Alla frågor är överförda": "All questions are transferred",
    "fråga {number}: {status}": "question {number}: {status}",
    "Inget svar är över teckengränsen": "No answer is over the character limit",
    "Inga olösta konflikter": "No unresolved conflicts",
    "Inga okvitterade varningar för personuppgifter": "No unacknowledged personal-data warnings",
    # form_edit: the form editor's refusals and "Nytt i år"
    "fråga {number} finns inte i formuläret": "question {number} is not in the form",
    "{name}: filen är för stor för ett formulär": "{name}: the file is too large for a form",
    "{name}: kan inte läsas som formulärfil ({error})": "{name}: cannot be read as a form file ({error})",
    "{name}: är ingen formulärfil (naravard-form/1)": "{name}: is not a form file (naravard-form/1)",
    "formuläret {id} finns redan med revision {revision}; höj revisionen för att ersätta det": (
        "the form {id} already exists with revision {revision}; raise the revision to replace it"
    ),
    "Ny fråga {number}: {text}": "New question {number}: {text}",
    "Borttagen: förra årets fråga {number}: {text}": "Dropped: last year's question {number}: {text}",
    "Nytt nummer ({count}): {moves}": "Renumbered ({count}): {moves}",
    "Omformulerad {number}: −”{removed}” +”{added}”": "Reworded {number}: −”{removed}” +”{added}”",
    "Bara årtal eller frågenummer ändrade ({count}): {numbers}": "Only years or question references changed ({count}): {numbers}",
    "Ny svarstyp {number}: {old} → {new}": "New answer type {number}: {old} → {new}",
    "Gräns {number}: {field} {old} → {new}": "Limit {number}: {field} {old} → {new}",
    "Svarsalternativ {number}: {change}": "Options {number}: {change}",
    "Rader {number}: {change}": "Rows {number}: {change}",
    "Kolumner {number}: {change}": "Columns {number}: {change}",
    "Delfält {number}: {change}": "Sub-fields {number}: {change}",
    "Villkor {number} ändrat": "Condition {number} changed",
    # pii: findings and their check problems
    "{label}: möjligt {kind} ”{masked}”": "{label}: possible {kind} “{masked}”",
    "{finding} (id {id}; kvittera om det är ett falskt larm)": "{finding} (id {id}; acknowledge it if it is a false alarm)",
    "personnummer": "personal identity number",
    "samordningsnummer": "coordination number",
    "e-postadress": "e-mail address",
    "telefonnummer": "phone number",
    "flaggat ord": "flagged word",
    # issue 14: numbers that cannot be used, personal data outside the answers
    "talet är inte ändligt (NaN eller oändligt)": "the number is not finite (NaN or infinity)",
    "talet är större än 10^15 (till beloppet)": "the number is larger than 10^15 (in magnitude)",
    "fråga {number}: {problem}; ange talet på nytt": "question {number}: {problem}; enter the number again",
    "utkastets titel": "the draft's title",
    "utkastets region": "the draft's region",
    "ett redigerarnamn i historiken": "an editor name in the history",
    "en kommentar": "a comment",
    "ett svar i en kommentarstråd": "a reply in a comment thread",
}
