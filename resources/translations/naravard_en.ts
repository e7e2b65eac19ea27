<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../naravard_desktop/ui/banner.py" line="30"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/banner.py" line="50"/>
        <source>okänd tid</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/banner.py" line="51"/>
        <source>Närvård desktop avslutades oväntat förra gången (startad {started}).</source>
        <translation>Närvård desktop did not exit cleanly last time (started {started}).</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/banner.py" line="53"/>
        <source>Allt som hann sparas finns kvar i ”{title}”: senast sparade ändring {time}.</source>
        <translation>Everything saved is still in “{title}”: last saved change {time}.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/banner.py" line="55"/>
        <source>Inga osparade ändringar gick förlorade.</source>
        <translation>No unsaved changes were lost.</translation>
    </message>
</context>
<context>
    <name>CheckField</name>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/number_field.py" line="95"/>
        <source>{field}</source>
        <translation>{field}</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="74"/>
        <source>Fråga {number}: {option}</source>
        <translation>Question {number}: {option}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="76"/>
        <source>Kan inte kombineras med andra alternativ; väljer du det avmarkeras de andra.</source>
        <translation>Cannot be combined with other options; choosing it clears the others.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="86"/>
        <source>Fråga {number}: {label}</source>
        <translation>Question {number}: {label}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="94"/>
        <source>Rensa valet</source>
        <translation>Clear the choice</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="95"/>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="115"/>
        <source>Fråga {number}: rensa valet</source>
        <translation>Question {number}: clear the choice</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="107"/>
        <source>Fråga {number}: välj {option}</source>
        <translation>Question {number}: choose {option}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="111"/>
        <source>Fråga {number}: ändra val</source>
        <translation>Question {number}: change choice</translation>
    </message>
</context>
<context>
    <name>CountLabel</name>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/count_label.py" line="31"/>
        <location filename="../../naravard_desktop/ui/widgets/count_label.py" line="49"/>
        <source>{count} / {limit} tecken – {over} tecken för mycket</source>
        <translation>{count} / {limit} characters – {over} too many</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/count_label.py" line="46"/>
        <source>{count} tecken</source>
        <translation>{count} characters</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/count_label.py" line="52"/>
        <source>{count} / {limit} tecken</source>
        <translation>{count} / {limit} characters</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/count_label.py" line="65"/>
        <source>Räknas som webbformuläret räknar: radbrytning = 1 tecken, emoji = 2.</source>
        <translation>Counted like the web form: line break = 1 character, emoji = 2.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="49"/>
        <source>Sök:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="50"/>
        <source>Sök i frågor och svar</source>
        <translation>Find in questions and answers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="51"/>
        <source>Sök i frågor och svar (Enter: nästa)</source>
        <translation>Find in questions and answers (Enter: next)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="52"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="80"/>
        <source>{count} träffar</source>
        <translation>{count} matches</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="95"/>
        <source>Inga träffar</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="99"/>
        <source>{index} av {count}</source>
        <translation>{index} of {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="98"/>
        <source>Parkerade svar</source>
        <translation>Parked answers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="99"/>
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="131"/>
        <source>Närvård desktop verkar redan vara igång med samma datakatalog. Skriv inte i samma utkast i två fönster.</source>
        <translation>Närvård desktop seems to be running already with the same data dir. Do not write in the same draft in two windows.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="149"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="150"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="151"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="152"/>
        <source>&amp;Gå till</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="153"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="154"/>
        <source>&amp;Nytt utkast…</source>
        <translation>&amp;New draft…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="155"/>
        <source>Ö&amp;ppna utkast…</source>
        <translation>&amp;Open draft…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="156"/>
        <source>&amp;Spara nu</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="157"/>
        <source>Ditt &amp;namn…</source>
        <translation>Your &amp;name…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="158"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="159"/>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="167"/>
        <source>&amp;Sök i frågor och svar…</source>
        <translation>&amp;Find in questions and answers…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="168"/>
        <source>Sök &amp;nästa</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="169"/>
        <source>Sök &amp;föregående</source>
        <translation>Find &amp;previous</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="175"/>
        <source>&amp;Fråga nummer…</source>
        <translation>&amp;Question number…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="176"/>
        <source>&amp;Nästa obesvarade</source>
        <translation>&amp;Next unanswered</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Föregående obesvarade</source>
        <translation>&amp;Previous unanswered</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="178"/>
        <source>Öppna &amp;loggmappen</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="179"/>
        <source>&amp;Om Närvård desktop</source>
        <translation>&amp;About Närvård desktop</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="241"/>
        <source>Senast sparat {time}</source>
        <translation>Last saved {time}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="316"/>
        <source>Sparat {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="321"/>
        <source>Kunde inte spara – försöker igen</source>
        <translation>Could not save – retrying</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="322"/>
        <source>Kunde inte spara: {error}</source>
        <translation>Could not save: {error}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="340"/>
        <source>Närvård desktop</source>
        <translation>Närvård desktop</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="358"/>
        <source>Det finns ingen fråga {number}</source>
        <translation>There is no question {number}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="361"/>
        <source>Fråga {number} besvaras inte med nuvarande svar; se Parkerade svar.</source>
        <translation>Question {number} is not asked with the current answers; see Parked answers.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="373"/>
        <source>Gå till fråga</source>
        <translation>Go to question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="373"/>
        <source>Frågans nummer (t.ex. 10 a):</source>
        <translation>Question number (e.g. 10 a):</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="401"/>
        <source>Alla frågor som ställs är besvarade.</source>
        <translation>Every question asked is answered.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="431"/>
        <source>Vad heter du? Namnet visas på dina ändringar när ni skriver flera i samma svar.</source>
        <translation>What is your name? It is shown on your changes when several people write the same answer.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="433"/>
        <source>Välkommen</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="433"/>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="492"/>
        <source>Om Närvård desktop</source>
        <translation>About Närvård desktop</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="493"/>
        <source>Närvård desktop {version}
Datakatalog: {data}
Loggar: {logs}</source>
        <translation>Närvård desktop {version}
Data dir: {data}
Logs: {logs}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="515"/>
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="516"/>
        <source>De senaste ändringarna kunde inte sparas. Stänga ändå? Då går de förlorade.</source>
        <translation>The latest changes could not be saved. Close anyway? They will be lost.</translation>
    </message>
</context>
<context>
    <name>MatrixField</name>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/matrix_field.py" line="47"/>
        <source>Fråga {number}, {row}: {column}</source>
        <translation>Question {number}, {row}: {column}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/matrix_field.py" line="53"/>
        <source>Rensa</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/matrix_field.py" line="55"/>
        <source>Fråga {number}, {row}: rensa</source>
        <translation>Question {number}, {row}: clear</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/matrix_field.py" line="61"/>
        <source>Fråga {number}, {row}: {label}</source>
        <translation>Question {number}, {row}: {label}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/matrix_field.py" line="82"/>
        <source>Fråga {number}: {row} {column}</source>
        <translation>Question {number}: {row} {column}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/matrix_field.py" line="89"/>
        <source>Fråga {number}: rensa {row}</source>
        <translation>Question {number}: clear {row}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="40"/>
        <source>Frågor</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="74"/>
        <source>obesvarad</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="75"/>
        <source>besvarad</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="76"/>
        <source>över teckengränsen</source>
        <translation>over the character limit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="77"/>
        <source>har parkerat svar</source>
        <translation>has parked answers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="78"/>
        <source>besvaras inte med nuvarande svar</source>
        <translation>not asked with the current answers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="84"/>
        <source>{answered} av {asked} besvarade</source>
        <translation>{answered} of {asked} answered</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="100"/>
        <source>Nytt utkast</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="102"/>
        <source>{title} {year}, sista dag {deadline}</source>
        <translation>{title} {year}, due {deadline}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="106"/>
        <source>Svar {year}</source>
        <translation>Answers {year}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="108"/>
        <source>t.ex. Region Halland</source>
        <translation>e.g. Region Halland</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="109"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="110"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/number_field.py" line="48"/>
        <source>Fråga {number}: {kind}</source>
        <translation>Question {number}: {kind}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/number_field.py" line="48"/>
        <source>andel i procent</source>
        <translation>share in percent</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/number_field.py" line="48"/>
        <source>antal</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/number_field.py" line="62"/>
        <source>Inte ett tal – skriv t.ex. 12,5</source>
        <translation>Not a number – type e.g. 12.5</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/number_field.py" line="68"/>
        <source>Fråga {number}: ändra talet</source>
        <translation>Question {number}: change the number</translation>
    </message>
</context>
<context>
    <name>ParkedActions</name>
    <message>
        <location filename="../../naravard_desktop/ui/parked_actions.py" line="41"/>
        <source>Parkerade svar</source>
        <translation>Parked answers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/parked_actions.py" line="42"/>
        <source>Det går inte att avgöra vilket svar som ska ändras. Ändra svaret själv: {reason}</source>
        <translation>It is not clear which answer to change. Change it yourself: {reason}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/parked_actions.py" line="45"/>
        <source>Återställ parkerat svar i {field}</source>
        <translation>Restore parked answer in {field}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/parked_actions.py" line="56"/>
        <source>Svaret i {field} är kopierat; klistra in det där du vill ha det.</source>
        <translation>The answer in {field} is copied; paste it where you want it.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/parked_actions.py" line="68"/>
        <source>Ta bort parkerat svar</source>
        <translation>Delete parked answer</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/parked_actions.py" line="69"/>
        <source>Ta bort det parkerade svaret i {field}? Det går att ångra med Ångra.</source>
        <translation>Delete the parked answer in {field}? Undo can bring it back.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/parked_actions.py" line="75"/>
        <source>Ta bort parkerat svar i {field}</source>
        <translation>Delete parked answer in {field}</translation>
    </message>
</context>
<context>
    <name>ParkedPanel</name>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="57"/>
        <source>Parkerade svar</source>
        <translation>Parked answers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="59"/>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="60"/>
        <source>Ändrar svaret som villkoret gäller så att frågan ställs igen</source>
        <translation>Changes the answer the condition depends on so the question is asked again</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="61"/>
        <source>Kopiera text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="62"/>
        <source>Kopierar svaret till urklipp så att du kan klistra in det där du vill</source>
        <translation>Copies the answer to the clipboard so you can paste it where you want</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="63"/>
        <source>Ta bort…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="86"/>
        <source>{count} parkerade svar. De skickas inte med men finns kvar tills du tar bort dem.</source>
        <translation>{count} parked answers. They are not submitted but kept until you delete them.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="88"/>
        <source>Inga parkerade svar.</source>
        <translation>No parked answers.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/question_card.py" line="56"/>
        <source>Fråga {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/question_card.py" line="58"/>
        <source>(tryckt som ”{printed}”)</source>
        <translation>(printed as “{printed}”)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/question_card.py" line="74"/>
        <source>Obs! {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/question_card.py" line="77"/>
        <source>Högst {count} insatser (punkter eller stycken).</source>
        <translation>At most {count} items (bullets or paragraphs).</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/question_card.py" line="88"/>
        <source>Fråga {number}: {label}</source>
        <translation>Question {number}: {label}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/question_card.py" line="110"/>
        <source>Fråga {number}: svar</source>
        <translation>Question {number}: answer</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="39"/>
        <source>Skriv regionens svar på enkäten offline. Allt du skriver sparas automatiskt.</source>
        <translation>Write the region&apos;s answers to the questionnaire offline. Everything you type is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="44"/>
        <source>Formulär</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="46"/>
        <source>{title} {year} – sista dag {deadline}</source>
        <translation>{title} {year} – due {deadline}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="54"/>
        <source>Nytt utkast…</source>
        <translation>New draft…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="61"/>
        <source>Utkast</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="65"/>
        <source>Öppna utkastet</source>
        <translation>Open the draft</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="76"/>
        <source>ingen region</source>
        <translation>no region</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/text_field.py" line="54"/>
        <source>{field}: antal tecken</source>
        <translation>{field}: character count</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/text_field.py" line="81"/>
        <source>Skriv i {field}</source>
        <translation>Type in {field}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/text_field.py" line="86"/>
        <source>{field}: texten är {over} tecken för lång. Ingenting har tagits bort – korta texten själv.</source>
        <translation>{field}: the text is {over} characters too long. Nothing was removed – shorten it yourself.</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="121"/>
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="132"/>
        <source>Enter eller klick: gå till frågan</source>
        <translation>Enter or click: go to the question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="135"/>
        <source>{count} saker att se över innan svaren lämnas in.</source>
        <translation>{count} things to look at before the answers are submitted.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="137"/>
        <source>Kontrollen hittade inga problem.</source>
        <translation>The check found no problems.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../naravard_desktop/ui/app.py" line="37"/>
        <source>Ett oväntat fel</source>
        <extracomment>Called (best effort) after an uncaught exception, e.g. to write pending answers. Text typed by `--test-typing` (crash-recovery test and benchmarks): predictable ASCII (QTest types only that), so a test can check that what reached the database is a prefix of it.</extracomment>
        <translation>An unexpected error</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/app.py" line="37"/>
        <source>Ett oväntat fel inträffade. Dina svar sparas automatiskt; det som hann sparas finns kvar.

Felet är loggat i {log}.</source>
        <translation>An unexpected error occurred. Your answers are saved automatically; everything saved is still there.

The error is logged in {log}.</translation>
    </message>
</context>
</TS>
