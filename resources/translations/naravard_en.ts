<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="sv_SE">
<context>
    <name>AckDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="126"/>
        <source>Kvittera varning</source>
        <translation>Acknowledge warning</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="130"/>
        <source>{finding}

Varför är det inte en personuppgift? Skälet sparas och följer med utkastet.</source>
        <translation>{finding}

Why is it not personal data? The reason is stored and travels with the draft.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="136"/>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="137"/>
        <source>t.ex. diarienummer, inte ett personnummer</source>
        <translation>e.g. a case number, not a personal identity number</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="140"/>
        <source>Kvittera</source>
        <translation>Acknowledge</translation>
    </message>
</context>
<context>
    <name>AcknowledgementsDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="180"/>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="194"/>
        <source>Kvitterade varningar</source>
        <translation>Acknowledged warnings</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="191"/>
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="191"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="191"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="191"/>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="191"/>
        <source>Kvitterad av</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="191"/>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="199"/>
        <source>Ångra kvittering</source>
        <translation>Withdraw acknowledgement</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="200"/>
        <source>Varningen visas igen under fältet tills texten ändras eller kvitteras på nytt</source>
        <translation>The warning shows again under the field until the text is changed or acknowledged again</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="215"/>
        <source>(finns inte längre i svaret)</source>
        <translation>(no longer in the answer)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="225"/>
        <source>Inga varningar är kvitterade i utkastet.</source>
        <translation>No warnings are acknowledged in the draft.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="228"/>
        <source>Kvitterade varningar: {count}. Ångra en kvittering så visas varningen igen i redigeraren.</source>
        <translation>Acknowledged warnings: {count}. Withdraw an acknowledgement and the warning shows again in the editor.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups.py" line="147"/>
        <source>Säker&amp;hetskopior…</source>
        <extracomment>Saved edits not yet in a backup: the interval timer runs only while this is True.</extracomment>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups.py" line="191"/>
        <source>Säkerhetskopian kunde inte göras: {error}</source>
        <translation>The backup could not be made: {error}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups.py" line="209"/>
        <source>Säkerhetskopian är sparad ({time}).</source>
        <translation>The backup is saved ({time}).</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups.py" line="212"/>
        <source>Inget har ändrats sedan den senaste säkerhetskopian ({time}).</source>
        <translation>Nothing has changed since the latest backup ({time}).</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups.py" line="225"/>
        <source>Databasen har ändringar som inte längre stämmer med sina id (troligen skadade på disken): {damage}. Nya säkerhetskopior görs inte av det skadade tillståndet, så de felfria finns kvar, och paket kan inte exporteras. Återställ en felfri säkerhetskopia under Arkiv › Säkerhetskopior… ({advice}).</source>
        <translation>The database holds changes that no longer match their ids (probably damaged on disk): {damage}. No new backups are made of the damaged state, so the intact ones are kept, and bundles cannot be exported. Restore an intact backup under File › Backups… ({advice}).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="93"/>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="97"/>
        <source>Säkerhetskopior av utkastdatabasen, i {folder}. En görs när programmet startar och efter var {minutes}:e minut av redigering; de {keep} senaste sparas.</source>
        <translation>Backups of the draft database, in {folder}. One is made when the program starts and after every {minutes} minutes of editing; the latest {keep} are kept.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="101"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="101"/>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="101"/>
        <source>Utkast</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="101"/>
        <source>Skick</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="102"/>
        <source>Säkerhetskopiera &amp;nu</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="103"/>
        <source>&amp;Återställ…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="104"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="115"/>
        <source>kontrolleras …</source>
        <translation>checking …</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="127"/>
        <source>Inga säkerhetskopior än.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="161"/>
        <source>felfri</source>
        <translation>undamaged</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="164"/>
        <source>skadad: {problem}</source>
        <translation>damaged: {problem}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="188"/>
        <source>En säkerhetskopiering pågår redan; försök igen om en stund.</source>
        <translation>A backup is already running; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="198"/>
        <source>Säkerhetskopieringen misslyckades</source>
        <translation>The backup failed</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="209"/>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="210"/>
        <source>Återställa säkerhetskopian från {time}?</source>
        <translation>Restore the backup from {time}?</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="212"/>
        <source>Det nuvarande tillståndet kopieras först till en ny säkerhetskopia, så inget går förlorat och du kan byta tillbaka.</source>
        <translation>The current state is first copied to a new backup, so nothing is lost and you can switch back.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="215"/>
        <source>Det öppna utkastet stängs och öppnas igen med säkerhetskopians svar.</source>
        <translation>The open draft is closed and reopened with the backup&apos;s answers.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="217"/>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="237"/>
        <source>Återställningen misslyckades</source>
        <translation>The restore failed</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="241"/>
        <source>Säkerhetskopian från {time} är återställd.</source>
        <translation>The backup from {time} is restored.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="243"/>
        <source>Det tidigare tillståndet finns i säkerhetskopian från {time}.</source>
        <translation>The previous state is in the backup from {time}.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups_dialog.py" line="247"/>
        <source>Den skadade databasen ligger kvar som {path}.</source>
        <translation>The damaged database is kept as {path}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../naravard_desktop/ui/banner.py" line="32"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/banner.py" line="52"/>
        <source>okänd tid</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/banner.py" line="53"/>
        <source>Närvård desktop avslutades oväntat förra gången (startad {started}).</source>
        <translation>Närvård desktop did not exit cleanly last time (started {started}).</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/banner.py" line="55"/>
        <source>Allt som hann sparas finns kvar i ”{title}”: senast sparade ändring {time}.</source>
        <translation>Everything saved is still in “{title}”: last saved change {time}.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/banner.py" line="59"/>
        <source>Inga osparade ändringar gick förlorade.</source>
        <translation>No unsaved changes were lost.</translation>
    </message>
</context>
<context>
    <name>CarriedMark</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="48"/>
        <source>Behåll</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="49"/>
        <source>Svaret stämmer i år också: behåll det som årets svar</source>
        <translation>The answer holds this year too: keep it as this year&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="54"/>
        <source>↺ Från föregående år: {fields} – kontrollera, redigera eller behåll</source>
        <translation>↺ From last year: {fields} – check, edit or keep</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="55"/>
        <source>Behåll svaret från föregående år i {fields}</source>
        <translation>Keep last year&apos;s answer in {fields}</translation>
    </message>
</context>
<context>
    <name>CheckField</name>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/number_field.py" line="115"/>
        <source>{field}</source>
        <translation>{field}</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="66"/>
        <source>Checklista före inlämning</source>
        <translation>Checklist before submitting</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="67"/>
        <source>Checklista</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="77"/>
        <source>Klart att skicka in: allt är överfört och inget återstår.</source>
        <translation>Ready to submit: everything is transferred and nothing is left.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="80"/>
        <source>{done} av {total} överförda</source>
        <translation>{done} of {total} transferred</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="81"/>
        <source>{left} av {total} punkter återstår före inlämningen ({progress}).</source>
        <translation>{left} of {total} points remain before submitting ({progress}).</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="77"/>
        <source>Fråga {number}: {option}</source>
        <translation>Question {number}: {option}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="79"/>
        <source>Kan inte kombineras med andra alternativ; väljer du det avmarkeras de andra.</source>
        <translation>Cannot be combined with other options; choosing it clears the others.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="94"/>
        <source>Fråga {number}: {label}</source>
        <translation>Question {number}: {label}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="107"/>
        <source>Rensa valet</source>
        <translation>Clear the choice</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="108"/>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="133"/>
        <source>Fråga {number}: rensa valet</source>
        <translation>Question {number}: clear the choice</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="125"/>
        <source>Fråga {number}: välj {option}</source>
        <translation>Question {number}: choose {option}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/choice_field.py" line="129"/>
        <source>Fråga {number}: ändra val</source>
        <translation>Question {number}: change choice</translation>
    </message>
</context>
<context>
    <name>Collaboration</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/collaboration.py" line="47"/>
        <source>&amp;Exportera paket…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/collaboration.py" line="48"/>
        <source>&amp;Importera paket…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/collaboration.py" line="50"/>
        <source>&amp;Konflikter…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/collaboration.py" line="51"/>
        <source>&amp;Historik för fältet…</source>
        <translation>Field &amp;history…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/collaboration.py" line="76"/>
        <source>Utkastet har ändrats utanför fönstret (t.ex. av en import); de nya svaren visas.</source>
        <translation>The draft was changed outside the window (e.g. by an import); the new answers are shown.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/collaboration.py" line="113"/>
        <source>Utkastet har versioner som krockar i en fråga: Redigera › Konflikter…</source>
        <translation>The draft has clashing versions in one question: Edit › Conflicts…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/collaboration.py" line="115"/>
        <source>Utkastet har versioner som krockar i {count} frågor: Redigera › Konflikter…</source>
        <translation>The draft has clashing versions in {count} questions: Edit › Conflicts…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/collaboration.py" line="144"/>
        <source>Granskningsläge: svaren kan inte ändras. Stäng av Granskning › Granskningsläge först.</source>
        <translation>Review mode: the answers cannot be changed. Turn off Review › Review mode first.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/collaboration.py" line="168"/>
        <source>Utkastet kan innehålla personuppgifter. Paketet skickas till andra; kontrollera de här svaren först:</source>
        <translation>The draft may contain personal data. The bundle goes to others; check these answers first:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/collaboration.py" line="170"/>
        <source>Exportera ändå</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/collaboration.py" line="194"/>
        <source>Paketet är exporterat</source>
        <translation>Bundle exported</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/collaboration.py" line="226"/>
        <source>Paketet gällde ett annat utkast ({title}); öppna det från Arkiv › Öppna utkast.</source>
        <translation>The bundle was for another draft ({title}); open it from File › Open draft.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="399"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="403"/>
        <source>Två eller fler har ändrat samma svar på olika sätt. Ingen text försvinner: välj en version eller skriv en sammanslagen, och alla versioner finns kvar i historiken.</source>
        <translation>Two or more people changed the same answer in different ways. No text is lost: choose a version or write a merged one, and every version stays in the history.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="413"/>
        <source>Fältets historik…</source>
        <translation>Field history…</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="152"/>
        <source>Behåll vänstra versionen</source>
        <translation>Keep the left version</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="153"/>
        <source>Behåll högra versionen</source>
        <translation>Keep the right version</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="65"/>
        <source>{editor}, {time} (version {index})</source>
        <translation>{editor}, {time} (version {index})</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="179"/>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="291"/>
        <source>Spara sammanslagen text</source>
        <translation>Save merged text</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="210"/>
        <source>Inga konflikter: alla versioner är sammanslagna eller lösta.</source>
        <translation>No conflicts: all versions are merged or resolved.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="239"/>
        <source>{field}: {count} versioner krockar</source>
        <translation>{field}: {count} versions clash</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="243"/>
        <source>Fråga {number}: {text}</source>
        <translation>Question {number}: {text}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="279"/>
        <source>Välj svaret som ska gälla (här visas det senaste) och spara:</source>
        <translation>Choose the answer that should apply (the newest is shown) and save:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="281"/>
        <source>Spara valt svar</source>
        <translation>Save the chosen answer</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="286"/>
        <source>Sammanslagen version: allas ändringar, och där de krockar båda versionernas ord som «vänster | höger». Redigera och spara:</source>
        <translation>Combined version: everyone&apos;s changes, and where they clash both versions&apos; words as «left | right». Edit and save:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="303"/>
        <source>{count} / {limit} tecken – {over} tecken för mycket</source>
        <translation>{count} / {limit} characters – {over} characters too many</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="307"/>
        <source>{count} / {limit} tecken</source>
        <translation>{count} / {limit} characters</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="331"/>
        <source>(inget svar – svaret är borttaget)</source>
        <translation>(no answer – the answer was removed)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="348"/>
        <source>{field}: löst med versionen från {editor}</source>
        <translation>{field}: resolved with the version from {editor}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="369"/>
        <source>”{text}” är inte ett tal – skriv t.ex. 1500 eller 12,5.</source>
        <translation>“{text}” is not a number – write e.g. 1500 or 12.5.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="381"/>
        <source>{field}: löst med det valda svaret</source>
        <translation>{field}: resolved with the chosen answer</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/conflict_view.py" line="383"/>
        <source>{field}: löst med den sammanslagna texten</source>
        <translation>{field}: resolved with the merged text</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../naravard_desktop/ui/i18n.py" line="128"/>
        <source>{label}: {count} versioner krockar (från {editors}) – Enter eller klick öppnar konfliktvyn</source>
        <translation>{label}: {count} versions clash (from {editors}) – Enter or a click opens the conflict view</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/i18n.py" line="133"/>
        <source>{finding} – ta bort uppgiften, eller kvittera under fältet om det är ett falskt larm</source>
        <translation>{finding} – remove it, or acknowledge it under the field if it is a false alarm</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/i18n.py" line="136"/>
        <source>{finding} – ta bort uppgiften, eller kvittera varningen under fältet</source>
        <translation>{finding} – remove it, or acknowledge the warning under the field</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/i18n.py" line="139"/>
        <source>Fråga {key}: två versioner krockar – lös konflikten först (Redigera › Konflikter…)</source>
        <translation>Question {key}: two versions clash – resolve the conflict first (Edit › Conflicts…)</translation>
    </message>
</context>
<context>
    <name>CountLabel</name>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/count_label.py" line="31"/>
        <location filename="../../naravard_desktop/ui/widgets/count_label.py" line="51"/>
        <source>{count} / {limit} tecken – {over} tecken för mycket</source>
        <translation>{count} / {limit} characters – {over} characters too many</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/count_label.py" line="47"/>
        <source>{count} tecken</source>
        <translation>{count} characters</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/count_label.py" line="55"/>
        <source>{count} / {limit} tecken</source>
        <translation>{count} / {limit} characters</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/count_label.py" line="67"/>
        <source>Räknas som webbformuläret räknar: radbrytning = 1 tecken, emoji = 2.</source>
        <translation>Counted like the web form: line break = 1 character, emoji = 2.</translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message>
        <location filename="../../naravard_desktop/ui/session.py" line="183"/>
        <source>Dina senaste ändringar är inte sparade än; försök igen när statusraden visar Sparat.</source>
        <translation>Your latest changes are not saved yet; try again when the status bar shows Saved.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="114"/>
        <source>Exportera paket</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="130"/>
        <source>1 ändring</source>
        <translation>1 change</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="130"/>
        <source>{count} ändringar</source>
        <translation>{count} changes</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="132"/>
        <source>Paketet är sparat i
{path}
({changes}). Skicka filen till dina medskribenter.</source>
        <translation>The bundle is saved in
{path}
({changes}). Send the file to your co-writers.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="145"/>
        <source>Skriva över filen?</source>
        <translation>Overwrite the file?</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="146"/>
        <source>Filen {path} finns redan. Vill du ersätta den med det nya paketet?</source>
        <translation>The file {path} already exists. Do you want to replace it with the new bundle?</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="150"/>
        <source>Skriv över</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="139"/>
        <source>Ange en fil att spara paketet i.</source>
        <translation>Enter a file to save the bundle in.</translation>
    </message>
</context>
<context>
    <name>ExportWordDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="55"/>
        <source>alla frågor, eller t.ex. 12-17,25</source>
        <translation>all questions, or e.g. 12-17,25</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="57"/>
        <source>namnet skrivs i dokumentet</source>
        <translation>the name is written in the document</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="58"/>
        <source>Frågor:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="59"/>
        <source>Mottagare:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="75"/>
        <source>Exportera till Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="85"/>
        <source>Frågor: {reason}</source>
        <translation>Questions: {reason}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="92"/>
        <source>{path}: {count} frågor exporterade till Word</source>
        <translation>{path}: {count} questions exported to Word</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="98"/>
        <source>Ange en fil att spara Word-filen i.</source>
        <translation>Enter a file to save the Word file in.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="66"/>
        <source>Sök:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="67"/>
        <source>Sök i frågor och svar</source>
        <translation>Find in questions and answers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="68"/>
        <source>Sök i frågor och svar (Enter: nästa)</source>
        <translation>Find in questions and answers (Enter: next)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="69"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="98"/>
        <source>{count} träffar</source>
        <translation>{count} matches</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="98"/>
        <source>1 träff</source>
        <translation>1 match</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="114"/>
        <source>Inga träffar</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/find_bar.py" line="118"/>
        <source>{index} av {count}</source>
        <translation>{index} of {count}</translation>
    </message>
</context>
<context>
    <name>FlaggedWordsDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="93"/>
        <source>Flaggade ord</source>
        <translation>Flagged words</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="98"/>
        <source>Ord som inte ska stå i svaren (namn på enheter, orter, system …), ett per rad. Hela ord, oavsett versaler; * i slutet matchar alla ändelser (Hallands*). Listan följer med utkastet i paket.</source>
        <translation>Words that must not appear in the answers (names of units, places, systems …), one per line. Whole words, any case; * at the end matches every ending (Hallands*). The list travels with the draft in bundles.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="107"/>
        <source>Flaggade ord, ett per rad</source>
        <translation>Flagged words, one per line</translation>
    </message>
</context>
<context>
    <name>FormEditorWindow</name>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="195"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="196"/>
        <source>&amp;Spara som ny formulärversion</source>
        <translation>&amp;Save as a new form version</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="199"/>
        <source>S&amp;täng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="204"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="205"/>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="206"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="311"/>
        <source>Ångra: {what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="312"/>
        <source>Gör om: {what}</source>
        <translation>Redo: {what}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="211"/>
        <source>&amp;Lägg till fråga efter denna</source>
        <translation>&amp;Add a question after this one</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="212"/>
        <source>&amp;Ta bort frågan</source>
        <translation>&amp;Remove the question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="215"/>
        <source>&amp;Gå till</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="216"/>
        <source>&amp;Nästa gissning att granska</source>
        <translation>&amp;Next guess to review</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="222"/>
        <source>&amp;Att granska</source>
        <translation>&amp;To review</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="223"/>
        <source>&amp;Frågelistan</source>
        <translation>&amp;Question list</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="224"/>
        <source>För&amp;handsvisningen</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="225"/>
        <source>Frågans fä&amp;lt</source>
        <translation>Question &amp;fields</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="226"/>
        <source>F&amp;ormuläret</source>
        <translation>F&amp;orm details</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="227"/>
        <source>Från förra å&amp;ret</source>
        <translation>From last &amp;year</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="228"/>
        <source>N&amp;ytt i år</source>
        <translation>Ne&amp;w this year</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="235"/>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="274"/>
        <source>Formulär</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="247"/>
        <source>Gissningar att granska</source>
        <translation>Guesses to review</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="251"/>
        <source>Att granska</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="253"/>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="256"/>
        <source>Frågor</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="273"/>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="602"/>
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="276"/>
        <source>Från förra året: nytt fält, förra årets fält, likhet</source>
        <translation>From last year: new field, last year&apos;s field, similarity</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="277"/>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="277"/>
        <source>Förra året</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="277"/>
        <source>Likhet</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="287"/>
        <source>Från förra året</source>
        <translation>From last year</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="289"/>
        <source>Nytt i år jämfört med föregående formulär</source>
        <translation>New this year compared with the previous form</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="293"/>
        <source>Nytt i år</source>
        <translation>New this year</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="304"/>
        <source>Kontroll av formuläret</source>
        <translation>Form check</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="358"/>
        <source>&amp;Id (filnamn):</source>
        <translation>&amp;Id (file name):</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="358"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="358"/>
        <source>&amp;Utgivare:</source>
        <translation>&amp;Publisher:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="364"/>
        <source>Å&amp;r:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="364"/>
        <source>Re&amp;vision:</source>
        <translation>Re&amp;vision:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="372"/>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="373"/>
        <source>Sista dag</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="375"/>
        <source>&amp;Sista dag:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="378"/>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="695"/>
        <source>Föregående formulär</source>
        <translation>Previous form</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="380"/>
        <source>&amp;Föregående formulär:</source>
        <translation>&amp;Previous form:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="382"/>
        <source>Svaren i förra årets utkast förs över till frågorna som fliken Från förra året anger, när du startar Ny omgång.</source>
        <translation>When you start a New round, the answers in last year&apos;s draft are carried into the questions the From last year tab names.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="445"/>
        <source>Välj föregående formulär under fliken Formulär för att se vad som är nytt.</source>
        <translation>Choose the previous form on the Form tab to see what is new.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="452"/>
        <source>Inga ändringar mot {form}.</source>
        <translation>No changes from {form}.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="465"/>
        <source>Formuläret som utkastet visar det</source>
        <translation>The form as the draft shows it</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="533"/>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="602"/>
        <source>Fråga {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="533"/>
        <source>Formuläret</source>
        <translation>The form</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="540"/>
        <source>Fel: {problem}</source>
        <translation>Error: {problem}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="546"/>
        <source>Inga gissningar att granska.</source>
        <translation>No guesses to review.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="547"/>
        <source>Att granska ({count})</source>
        <translation>To review ({count})</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="560"/>
        <source>(inget – alla frågor börjar tomma)</source>
        <translation>(none – every question starts empty)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="567"/>
        <source>{id} (finns inte här)</source>
        <translation>{id} (not available here)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="573"/>
        <source>Kan inte sparas än: {problem}</source>
        <translation>Cannot be saved yet: {problem}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="575"/>
        <source>Förhandsvisningen visar formuläret före den senaste ändringen, tills felet är rättat.</source>
        <translation>The preview shows the form before the latest change until the error is corrected.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="580"/>
        <source>Formuläret går att läsa in: {count} frågor.</source>
        <translation>The form loads: {count} questions.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="588"/>
        <source>Nytt formulär: {name}{mark}</source>
        <translation>New form: {name}{mark}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="598"/>
        <source>Fråga {number} finns inte i formuläret.</source>
        <translation>Question {number} is not in the form.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="657"/>
        <source>Lägg till fråga {number}</source>
        <translation>Add question {number}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="672"/>
        <source>Ta bort fråga {number}</source>
        <translation>Remove question {number}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="682"/>
        <source>Formulär: {key}</source>
        <translation>Form: {key}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="733"/>
        <source>{similarity}, följer frågan</source>
        <translation>{similarity}, follows its question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="752"/>
        <source>Välj föregående formulär under fliken Formulär för att se vad som förs över.</source>
        <translation>Choose the previous form on the Form tab to see what is carried over.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="762"/>
        <source>— ny, inget förs över —</source>
        <translation>— new, nothing carried —</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="765"/>
        <source>Förra årets fält för {key}</source>
        <translation>Last year&apos;s field for {key}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="772"/>
        <source>ny</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="786"/>
        <source>{key} följer sin fråga (samma etikett); välj en annan fråga för frågan i stället.</source>
        <translation>{key} follows its question (same label); choose another question for the question instead.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="790"/>
        <source>{new} ← {old}</source>
        <translation>{new} ← {old}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="790"/>
        <source>{new}: ny</source>
        <translation>{new}: new</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="791"/>
        <source>Mappning {what}</source>
        <translation>Mapping {what}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="807"/>
        <source>Formuläret sparades inte</source>
        <translation>The form was not saved</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="818"/>
        <source>Sparat som {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="826"/>
        <source>Spara formuläret?</source>
        <translation>Save the form?</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="827"/>
        <source>Formuläret är inte sparat. Spara det som ny formulärversion innan fönstret stängs?</source>
        <translation>The form is not saved. Save it as a new form version before the window closes?</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="828"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="829"/>
        <source>Stäng utan att spara</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="830"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="914"/>
        <source>Formuläret {id} är sparat i {path}.</source>
        <translation>The form {id} is saved in {path}.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="916"/>
        <source>Öppna ett utkast för {previous} och välj Arkiv › Ny omgång… för att börja årets utkast från de svaren.</source>
        <translation>Open a draft for {previous} and choose File › New round… to start this year&apos;s draft from its answers.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="921"/>
        <source>Formuläret är sparat</source>
        <translation>The form is saved</translation>
    </message>
</context>
<context>
    <name>FormImport</name>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor.py" line="891"/>
        <source>Dokumentet kunde inte läsas</source>
        <translation>The document could not be read</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_import_action.py" line="29"/>
        <source>Nytt &amp;formulär från dokument…</source>
        <extracomment>What &quot;Nytt formulär från dokument…&quot; offers to open (core.forms.form_import reads them).</extracomment>
        <translation>New &amp;form from document…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_import_action.py" line="38"/>
        <source>Formulärdokument ({patterns})</source>
        <translation>Form documents ({patterns})</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_import_action.py" line="39"/>
        <source>Nytt formulär från dokument</source>
        <translation>New form from document</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../naravard_desktop/ui/form_view.py" line="318"/>
        <source>Granskningsläge: svaren kan inte ändras, bara kommenteras.</source>
        <extracomment>Idle-time building: at most this long per event-loop turn. Every slice makes Qt lay the whole form out again, so a few large slices (usually one, ~0.1-0.2 s just after the first paint) cost far less than many small ones: 8 ms slices made typing stutter (p99 &gt; 100 ms). Before the first paint: cards until their height fills the screen, at least this many.</extracomment>
        <translation>Review mode: the answers cannot be changed, only commented on.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="270"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="87"/>
        <source>Fält:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="105"/>
        <source>Återställ den här versionen</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="108"/>
        <source>Rensa gamla versioner…</source>
        <translation>Purge old versions…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="110"/>
        <source>Töm fältets äldre versioner på den här datorn, t.ex. ett personnummer som tagits bort ur svaret</source>
        <translation>Empty the field&apos;s older versions on this computer, e.g. a personal identity number removed from the answer</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="136"/>
        <source>Utkastet har inga ändringar än.</source>
        <translation>The draft has no changes yet.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="162"/>
        <source> (aktuell)</source>
        <translation> (current)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="167"/>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="178"/>
        <source>(rensad ur historiken)</source>
        <translation>(purged from the history)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="199"/>
        <source>Välj en version att återställa.</source>
        <translation>Choose a version to restore.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="209"/>
        <source>Den versionen är redan aktuell.</source>
        <translation>That version is already current.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="212"/>
        <source>Versionen från {editor} är återställd som en ny version.</source>
        <translation>The version from {editor} is restored as a new version.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="226"/>
        <source>Det finns inga gamla versioner att rensa. Det aktuella svaret rensas aldrig; ändra det först.</source>
        <translation>There are no old versions to purge. The current answer is never purged; change it first.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="228"/>
        <source>Rensa gamla versioner</source>
        <translation>Purge old versions</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="230"/>
        <source>{count} äldre versioner av {field} töms på den här datorn och i paket du exporterar härefter.</source>
        <translation>{count} older versions of {field} are emptied on this computer and in bundles you export from now on.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="236"/>
        <source>Det aktuella svaret och sammanslagningar ändras inte, och det går inte att ångra. Medskribenter som redan har historiken behåller sin kopia tills de rensar själva.</source>
        <translation>The current answer and merges do not change, and this cannot be undone. Co-writers who already have the history keep their copy until they purge it themselves.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="240"/>
        <source>Rensa</source>
        <translation>Purge</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="260"/>
        <source>{count} gamla versioner rensade.</source>
        <translation>{count} old versions purged.</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="238"/>
        <source>Importera paket</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="250"/>
        <source>{path}: paketet gäller ett annat utkast ({title}); inget har ändrats</source>
        <translation>{path}: the bundle is for another draft ({title}); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="257"/>
        <source>{path}: {reason}; inget har ändrats</source>
        <translation>{path}: {reason}; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="310"/>
        <source>Välj ett paket att importera.</source>
        <translation>Choose a bundle to import.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="174"/>
        <source>Paket importerat</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="184"/>
        <source>Visa konflikter…</source>
        <translation>Show conflicts…</translation>
    </message>
</context>
<context>
    <name>ImportWordDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="122"/>
        <source>Läs in i det öppna utkastet även om filen kommer från ett annat</source>
        <translation>Import into the open draft even if the file comes from another one</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="133"/>
        <source>Importera från Word</source>
        <translation>Import from Word</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="146"/>
        <source>{path}: filen kommer från ett annat utkast ({title}); kryssa i rutan för att läsa in den här ändå</source>
        <translation>{path}: the file comes from another draft ({title}); tick the box to import it here anyway</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="153"/>
        <source>{path}: {reason}; inget har ändrats</source>
        <translation>{path}: {reason}; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="159"/>
        <source>Word-fil importerad</source>
        <translation>Word file imported</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="168"/>
        <source>Välj en Word-fil att importera.</source>
        <translation>Choose a Word file to import.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="148"/>
        <source>Parkerade svar</source>
        <translation>Parked answers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="149"/>
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="200"/>
        <source>Närvård desktop verkar redan vara igång med samma datakatalog. Skriv inte i samma utkast i två fönster.</source>
        <translation>Närvård desktop seems to be running already with the same data dir. Do not write in the same draft in two windows.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="226"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="228"/>
        <source>&amp;Gå till</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="229"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="230"/>
        <source>&amp;Nytt utkast…</source>
        <translation>&amp;New draft…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="231"/>
        <source>Ö&amp;ppna utkast…</source>
        <translation>&amp;Open draft…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="232"/>
        <source>&amp;Spara nu</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="233"/>
        <source>Ditt &amp;namn…</source>
        <translation>Your &amp;name…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="234"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="236"/>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="238"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="242"/>
        <source>&amp;Sök i frågor och svar…</source>
        <translation>&amp;Find in questions and answers…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="248"/>
        <source>Sök &amp;nästa</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="251"/>
        <source>Sök &amp;föregående</source>
        <translation>Find &amp;previous</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="264"/>
        <source>&amp;Fråga nummer…</source>
        <translation>&amp;Question number…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="265"/>
        <source>&amp;Nästa obesvarade</source>
        <translation>&amp;Next unanswered</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Föregående obesvarade</source>
        <translation>&amp;Previous unanswered</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="267"/>
        <source>Öppna &amp;loggmappen</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="268"/>
        <source>&amp;Om Närvård desktop</source>
        <translation>&amp;About Närvård desktop</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="490"/>
        <source>Ångra gäller inte ändringar från före importen; äldre versioner finns i Redigera › Historik.</source>
        <translation>Undo does not reach changes from before the import; older versions are in Edit › History.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="539"/>
        <source>Senast sparat {time}</source>
        <translation>Last saved {time}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="541"/>
        <source>Sparat {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="543"/>
        <source>Kunde inte spara – försöker igen</source>
        <translation>Could not save – retrying</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="559"/>
        <source>Kunde inte spara: {error}</source>
        <translation>Could not save: {error}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="579"/>
        <source>Närvård desktop</source>
        <translation>Närvård desktop</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="715"/>
        <source>Det finns ingen fråga {number}</source>
        <translation>There is no question {number}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="719"/>
        <source>Fråga {number} besvaras inte med nuvarande svar; se Parkerade svar.</source>
        <translation>Question {number} is not asked with the current answers; see Parked answers.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="732"/>
        <source>Gå till fråga</source>
        <translation>Go to question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="732"/>
        <source>Frågans nummer (t.ex. 10 a):</source>
        <translation>Question number (e.g. 10 a):</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="761"/>
        <source>Alla frågor som ställs är besvarade.</source>
        <translation>Every question asked is answered.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="791"/>
        <source>Vad heter du? Namnet visas på dina ändringar när ni skriver flera i samma svar.</source>
        <translation>What is your name? It is shown on your changes when several people write the same answer.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="794"/>
        <source>Välkommen</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="794"/>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="862"/>
        <source>Om Närvård desktop</source>
        <translation>About Närvård desktop</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="863"/>
        <source>Närvård desktop {version}
Datakatalog: {data}
Loggar: {logs}</source>
        <translation>Närvård desktop {version}
Data dir: {data}
Logs: {logs}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="426"/>
        <location filename="../../naravard_desktop/ui/main_window.py" line="891"/>
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/main_window.py" line="892"/>
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
        <location filename="../../naravard_desktop/ui/widgets/matrix_field.py" line="63"/>
        <source>Fråga {number}, {row}: {label}</source>
        <translation>Question {number}, {row}: {label}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/matrix_field.py" line="91"/>
        <source>Fråga {number}: {row} {column}</source>
        <translation>Question {number}: {row} {column}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/matrix_field.py" line="100"/>
        <source>Fråga {number}: rensa {row}</source>
        <translation>Question {number}: clear {row}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="54"/>
        <source>Frågor</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="103"/>
        <source>obesvarad</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="104"/>
        <source>besvarad</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="105"/>
        <source>över teckengränsen</source>
        <translation>over the character limit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="106"/>
        <source>har parkerat svar</source>
        <translation>has parked answers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="107"/>
        <source>besvaras inte med nuvarande svar</source>
        <translation>not asked with the current answers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="108"/>
        <source>versioner krockar – lös konflikten</source>
        <translation>versions clash – resolve the conflict</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="109"/>
        <source>överförd till webbformuläret</source>
        <translation>transferred to the web form</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="110"/>
        <source>ändrad efter överföringen – för över igen</source>
        <translation>changed after the transfer – transfer it again</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="113"/>
        <source>klar för granskning</source>
        <translation>ready for review</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="114"/>
        <source>godkänd</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="115"/>
        <source>behöver ändras</source>
        <translation>needs changes</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="123"/>
        <source>{count} öppna kommentarer</source>
        <translation>{count} open comments</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="123"/>
        <source>1 öppen kommentar</source>
        <translation>1 open comment</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="128"/>
        <source>{answered} av {asked} besvarade</source>
        <translation>{answered} of {asked} answered</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/navigator.py" line="138"/>
        <source>Fråga {number}</source>
        <translation>Question {number}</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="109"/>
        <source>Nytt utkast</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="112"/>
        <source>{title} {year}, sista dag {deadline}</source>
        <translation>{title} {year}, due {deadline}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="117"/>
        <source>Svar {year}</source>
        <translation>Answers {year}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="119"/>
        <source>t.ex. Region Halland</source>
        <translation>e.g. Region Halland</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="120"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="121"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
</context>
<context>
    <name>NewRound</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="74"/>
        <source>Ny o&amp;mgång…</source>
        <translation>New &amp;round…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="82"/>
        <source>&amp;Behåll överförda svar i frågan</source>
        <translation>&amp;Keep carried answers in the question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="84"/>
        <source>Behåll &amp;alla överförda svar</source>
        <translation>Keep &amp;all carried answers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="195"/>
        <source>svaret</source>
        <translation>the answer</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="231"/>
        <source>{count} svar behålls som årets svar.</source>
        <translation>{count} answers are kept as this year&apos;s answers.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="229"/>
        <source>1 svar behålls som årets svar.</source>
        <translation>1 answer is kept as this year&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="258"/>
        <source>Det finns inget nyare formulär som bygger på {form}. Lägg till det med Arkiv › Nytt formulär från dokument….</source>
        <translation>There is no newer form based on {form}. Add it with File › New form from document….</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="290"/>
        <source>1 svar fördes över från föregående år.</source>
        <translation>1 answer was carried over from last year.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="292"/>
        <source>{count} svar fördes över från föregående år.</source>
        <translation>{count} answers were carried over from last year.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="298"/>
        <source>Besvarade frågor som inget i det nya formuläret motsvarar: {numbers}</source>
        <translation>Answered questions that nothing in the new form corresponds to: {numbers}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="303"/>
        <source>… och {count} till</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="304"/>
        <source>Ny omgång</source>
        <translation>New round</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/new_round.py" line="305"/>
        <source>Det här fördes inte över eller behöver ses över:</source>
        <translation>This was not carried over or needs a look:</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="264"/>
        <source>Ny omgång</source>
        <translation>New round</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="270"/>
        <source>Ett nytt utkast för nästa års formulär, ifyllt med svaren i det här utkastet där frågorna motsvarar varandra. Överförda svar märks ”från föregående år” tills de redigeras eller behålls.</source>
        <translation>A new draft for next year&apos;s form, filled in with this draft&apos;s answers where the questions correspond. Carried answers are marked “from last year” until they are edited or kept.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="283"/>
        <source>&amp;Formulär:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="284"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="285"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="292"/>
        <source>Skapa</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission_dialogs.py" line="304"/>
        <source>Svar {year}</source>
        <translation>Answers {year}</translation>
    </message>
</context>
<context>
    <name>NoDraftLabel</name>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="84"/>
        <source>Öppna ett utkast för att läsa och skriva kommentarer.</source>
        <translation>Open a draft to read and write comments.</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/number_field.py" line="52"/>
        <source>Fråga {number}: {kind}</source>
        <translation>Question {number}: {kind}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/number_field.py" line="53"/>
        <source>andel i procent</source>
        <translation>share in percent</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/number_field.py" line="53"/>
        <source>antal</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/number_field.py" line="74"/>
        <source>Inte ett tal – sparat som text, rätta det senare (t.ex. 12,5)</source>
        <translation>Not a number – kept as text, correct it later (e.g. 12.5)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/number_field.py" line="83"/>
        <source>Fråga {number}: ändra talet</source>
        <translation>Question {number}: change the number</translation>
    </message>
</context>
<context>
    <name>PaneFocus</name>
    <message>
        <location filename="../../naravard_desktop/ui/pane_focus.py" line="34"/>
        <source>Nästa &amp;panel</source>
        <translation>Next &amp;pane</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/pane_focus.py" line="35"/>
        <source>Föregående p&amp;anel</source>
        <translation>Previous p&amp;ane</translation>
    </message>
</context>
<context>
    <name>ParkedActions</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/parked_actions.py" line="41"/>
        <source>Parkerade svar</source>
        <translation>Parked answers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/parked_actions.py" line="42"/>
        <source>Det går inte att avgöra vilket svar som ska ändras. Ändra svaret själv: {reason}</source>
        <translation>It is not clear which answer to change. Change it yourself: {reason}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/parked_actions.py" line="46"/>
        <source>Återställ parkerat svar i {field}</source>
        <translation>Restore parked answer in {field}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/parked_actions.py" line="59"/>
        <source>Svaret i {field} är kopierat; klistra in det där du vill ha det.</source>
        <translation>The answer in {field} is copied; paste it where you want it.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/parked_actions.py" line="72"/>
        <source>Ta bort parkerat svar</source>
        <translation>Delete parked answer</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/parked_actions.py" line="73"/>
        <source>Ta bort det parkerade svaret i {field}? Det går att ångra med Ångra.</source>
        <translation>Delete the parked answer in {field}? Undo can bring it back.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/parked_actions.py" line="80"/>
        <source>Ta bort parkerat svar i {field}</source>
        <translation>Delete parked answer in {field}</translation>
    </message>
</context>
<context>
    <name>ParkedPanel</name>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="74"/>
        <source>Parkerade svar</source>
        <translation>Parked answers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="75"/>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="76"/>
        <source>Ändrar svaret som villkoret gäller så att frågan ställs igen</source>
        <translation>Changes the answer the condition depends on so the question is asked again</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="77"/>
        <source>Kopiera text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="78"/>
        <source>Kopierar svaret till urklipp så att du kan klistra in det där du vill</source>
        <translation>Copies the answer to the clipboard so you can paste it where you want</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="79"/>
        <source>Ta bort…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="100"/>
        <source>1 parkerat svar. Det skickas inte med men finns kvar tills du tar bort det.</source>
        <translation>1 parked answer. It is not submitted but is kept until you delete it.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="103"/>
        <source>{count} parkerade svar. De skickas inte med men finns kvar tills du tar bort dem.</source>
        <translation>{count} parked answers. They are not submitted but kept until you delete them.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="106"/>
        <source>Inga parkerade svar.</source>
        <translation>No parked answers.</translation>
    </message>
</context>
<context>
    <name>PiiGuard</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="174"/>
        <source>&amp;Flaggade ord…</source>
        <translation>&amp;Flagged words…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="176"/>
        <source>&amp;Kvitterade varningar…</source>
        <translation>&amp;Acknowledged warnings…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="337"/>
        <source>Möjligt personnummer ”{text}”</source>
        <translation>Possible personal identity number “{text}”</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="338"/>
        <source>Möjligt samordningsnummer ”{text}”</source>
        <translation>Possible coordination number “{text}”</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="339"/>
        <source>Möjlig e-postadress ”{text}”</source>
        <translation>Possible e-mail address “{text}”</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="340"/>
        <source>Möjligt telefonnummer ”{text}”</source>
        <translation>Possible phone number “{text}”</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="341"/>
        <source>Flaggat ord ”{text}”</source>
        <translation>Flagged word “{text}”</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="342"/>
        <source>Möjlig personuppgift ”{text}”</source>
        <translation>Possible personal data “{text}”</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="343"/>
        <source>ta bort det eller kvittera som falskt larm</source>
        <translation>remove it or acknowledge it as a false alarm</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="392"/>
        <source>Kunde inte kvittera: {error}</source>
        <translation>Could not acknowledge: {error}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="396"/>
        <source>Varningen är kvitterad.</source>
        <translation>The warning is acknowledged.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="491"/>
        <source>Kunde inte ångra kvitteringen: {error}</source>
        <translation>Could not withdraw the acknowledgement: {error}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="496"/>
        <source>Kvitteringen är ångrad: varningen visas igen.</source>
        <translation>The acknowledgement is withdrawn: the warning shows again.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="524"/>
        <source>Kunde inte spara orden: {error}</source>
        <translation>Could not save the words: {error}</translation>
    </message>
</context>
<context>
    <name>PiiRow</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="96"/>
        <source>Klicka för att markera texten i rutan</source>
        <translation>Click to select the text in the box</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="100"/>
        <source>Visa</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="101"/>
        <source>Markera texten i rutan</source>
        <translation>Select the text in the box</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="102"/>
        <source>Visa: {warning}</source>
        <translation>Show: {warning}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="105"/>
        <source>Kvittera…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="106"/>
        <source>Det är inte en personuppgift: kvittera varningen med ett skäl</source>
        <translation>It is not personal data: acknowledge the warning with a reason</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_guard.py" line="107"/>
        <source>Kvittera: {warning}</source>
        <translation>Acknowledge: {warning}</translation>
    </message>
</context>
<context>
    <name>PiiWarningBox</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_warning.py" line="43"/>
        <source>Möjliga personuppgifter</source>
        <translation>Possible personal data</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_warning.py" line="47"/>
        <source>{finding} – i en äldre version i historiken (Historik › Rensa gamla versioner…)</source>
        <translation>{finding} – in an old version in the history (History › Purge old versions…)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_warning.py" line="54"/>
        <source>… och {count} till</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_warning.py" line="56"/>
        <source>Ett falskt larm kvitteras med Kvittera… under fältet i frågan.</source>
        <translation>A false alarm is acknowledged with Acknowledge… under the field in the question.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/pii_warning.py" line="57"/>
        <source>Fortsätt ändå</source>
        <translation>Continue anyway</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/question_card.py" line="58"/>
        <source>Fråga {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/question_card.py" line="60"/>
        <source>(tryckt som ”{printed}”)</source>
        <translation>(printed as “{printed}”)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/question_card.py" line="76"/>
        <source>Obs! {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/question_card.py" line="80"/>
        <source>Högst {count} insatser (punkter eller stycken).</source>
        <translation>At most {count} items (bullets or paragraphs).</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/question_card.py" line="92"/>
        <source>Fråga {number}: {label}</source>
        <translation>Question {number}: {label}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/question_card.py" line="113"/>
        <source>Fråga {number}: svar</source>
        <translation>Question {number}: answer</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="84"/>
        <source>Frågans nummer</source>
        <extracomment>rules that need a value, and where the value comes from in the target question</extracomment>
        <translation>Question number</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="86"/>
        <source>Numret som formuläret menar, t.ex. 12 eller 10a. Ändras när du trycker Enter eller lämnar fältet.</source>
        <translation>The number the form means, e.g. 12 or 10a. Changed when you press Enter or leave the field.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="90"/>
        <source>&amp;Nummer:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="96"/>
        <source>Tryckt nummer, om formuläret trycker ett annat</source>
        <translation>Printed number, if the form prints another one</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="97"/>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="281"/>
        <source>tryckt nummer</source>
        <translation>printed number</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="100"/>
        <source>Frågetyp</source>
        <translation>Question type</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="104"/>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="111"/>
        <source>Frågans text</source>
        <translation>Question text</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="117"/>
        <source>Hjälptext under frågan</source>
        <translation>Help text under the question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="120"/>
        <source>hjälptext</source>
        <translation>help text</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="124"/>
        <source>Svarsalternativ</source>
        <translation>Answer choices</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="126"/>
        <source>Alternativ (ett per rad):</source>
        <translation>Options (one per line):</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="128"/>
        <source>Alternativ, ett per rad</source>
        <translation>Options, one per line</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="132"/>
        <source>Uteslutande alternativ (kan inte kombineras med andra):</source>
        <translation>Exclusive options (cannot be combined with others):</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="135"/>
        <source>Uteslutande alternativ</source>
        <translation>Exclusive options</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="139"/>
        <source>Rader (en per rad):</source>
        <translation>Rows (one per line):</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="141"/>
        <source>Matrisens rader, en per rad</source>
        <translation>The matrix&apos;s rows, one per line</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="145"/>
        <source>Kolumner, valen för varje rad (en per rad):</source>
        <translation>Columns, the choices for each row (one per line):</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="147"/>
        <source>Matrisens kolumner, en per rad</source>
        <translation>The matrix&apos;s columns, one per line</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="154"/>
        <source>Gränser</source>
        <translation>Limits</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="156"/>
        <source>Högst antal tecken, 0 betyder ingen gräns</source>
        <translation>At most this many characters, 0 means no limit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="157"/>
        <source>teckengräns</source>
        <translation>character limit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="159"/>
        <source>Högst antal insatser, 0 betyder ingen gräns</source>
        <translation>At most this many items, 0 means no limit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="160"/>
        <source>högst N</source>
        <translation>at most N</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="161"/>
        <source>Högst N &amp;insatser:</source>
        <translation>At most N &amp;items:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="163"/>
        <source>heltal</source>
        <translation>whole numbers</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="166"/>
        <source>Minsta värde</source>
        <translation>Smallest value</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="168"/>
        <source>Minst:</source>
        <translation>At least:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="170"/>
        <source>Största värde</source>
        <translation>Largest value</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="172"/>
        <source>Högst:</source>
        <translation>At most:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="177"/>
        <source>Villkor</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="98"/>
        <source>Tr&amp;yckt som:</source>
        <translation>Printed a&amp;s:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="107"/>
        <source>Frågans te&amp;xt:</source>
        <translation>Question te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="115"/>
        <source>&amp;Hjälptext under frågan (en rad per stycke):</source>
        <translation>&amp;Help text under the question (one line per paragraph):</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="158"/>
        <source>Högst tec&amp;ken:</source>
        <translation>At most cha&amp;racters:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="162"/>
        <source>Bara h&amp;eltal</source>
        <translation>Whole numbers &amp;only</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="179"/>
        <source>Frågan ställs &amp;bara när …</source>
        <translation>The question is asked only &amp;when …</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="183"/>
        <source>Villkor: fråga</source>
        <translation>Condition: question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="185"/>
        <source>fråga:</source>
        <translation>question:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="187"/>
        <source>Villkor: regel</source>
        <translation>Condition: rule</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="189"/>
        <source>regel:</source>
        <translation>rule:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="191"/>
        <source>Villkor: rad</source>
        <translation>Condition: row</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="193"/>
        <source>rad:</source>
        <translation>row:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="195"/>
        <source>Villkor: värde</source>
        <translation>Condition: value</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="197"/>
        <source>värde:</source>
        <translation>value:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="199"/>
        <source>Formulärets egen mening om villkoret</source>
        <translation>The form&apos;s own sentence about the condition</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="200"/>
        <source>villkorstext</source>
        <translation>condition text</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="201"/>
        <source>formulärets mening:</source>
        <translation>the form&apos;s sentence:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="206"/>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="209"/>
        <source>Delfält</source>
        <translation>Sub-fields</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="210"/>
        <source>Etikett</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="210"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="210"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="210"/>
        <source>Hör till</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="215"/>
        <source>Lägg till delfält</source>
        <translation>Add sub-field</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="217"/>
        <source>Ta bort delfält</source>
        <translation>Remove sub-field</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="226"/>
        <source>Egenheter i det tryckta formuläret</source>
        <translation>Quirks of the printed form</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="229"/>
        <source>Egenheter</source>
        <translation>Quirks</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="230"/>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="230"/>
        <source>Tryckt</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="230"/>
        <source>Menar</source>
        <translation>Means</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="230"/>
        <source>Anmärkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="235"/>
        <source>Lägg till egenhet</source>
        <translation>Add quirk</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="237"/>
        <source>Ta bort egenhet</source>
        <translation>Remove quirk</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="250"/>
        <source>Rubrik (inget eget svar)</source>
        <translation>Heading (no answer of its own)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="251"/>
        <source>Fritext</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="252"/>
        <source>Ett val</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="253"/>
        <source>Flera val</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="254"/>
        <source>Matris</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="255"/>
        <source>Antal</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="256"/>
        <source>Procent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="261"/>
        <source>är</source>
        <translation>is</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="262"/>
        <source>är inte</source>
        <translation>is not</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="263"/>
        <source>har valt</source>
        <translation>has chosen</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="264"/>
        <source>någon rad är</source>
        <translation>any row is</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="265"/>
        <source>raden är</source>
        <translation>the row is</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="266"/>
        <source>är besvarad</source>
        <translation>is answered</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="271"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="272"/>
        <source>annat, ange vad</source>
        <translation>other, specify</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="273"/>
        <source>text per rad</source>
        <translation>text per row</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="274"/>
        <source>kan inte anges</source>
        <translation>cannot be given</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="275"/>
        <source>kommentar</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="276"/>
        <source>länk</source>
        <translation>link</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="282"/>
        <source>fel hänvisning</source>
        <translation>wrong reference</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="283"/>
        <source>fel i webbformuläret</source>
        <translation>error in the web form</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="289"/>
        <source>ingen gräns</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="381"/>
        <source>Fråga {number}: {text}</source>
        <translation>Question {number}: {text}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="389"/>
        <source>Fråga {number} (finns inte)</source>
        <translation>Question {number} (does not exist)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="416"/>
        <source>{value} (finns inte)</source>
        <translation>{value} (does not exist)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="430"/>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="476"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="430"/>
        <source>kryssruta</source>
        <translation>check box</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="433"/>
        <source>(hela frågan)</source>
        <translation>(the whole question)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="457"/>
        <source>Rad {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="466"/>
        <source>Fråga {number}: {what}</source>
        <translation>Question {number}: {what}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="482"/>
        <source>Ett nummer är siffror och högst en bokstav, t.ex. 12 eller 10a.</source>
        <translation>A number is digits and at most one letter, e.g. 12 or 10a.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="484"/>
        <source>Fråga {number} finns redan.</source>
        <translation>Question {number} already exists.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="496"/>
        <source>nummer {new}</source>
        <translation>number {new}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="503"/>
        <source>typ {name}</source>
        <translation>type {name}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="514"/>
        <source>alternativ</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="514"/>
        <source>rader</source>
        <translation>rows</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="514"/>
        <source>kolumner</source>
        <translation>columns</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="524"/>
        <source>uteslutande alternativ</source>
        <translation>exclusive options</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="533"/>
        <source>minst</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="533"/>
        <source>högst</source>
        <translation>at most</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="540"/>
        <source>villkor borttaget</source>
        <translation>condition removed</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="549"/>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="566"/>
        <source>villkor</source>
        <translation>condition</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="594"/>
        <source>delfält</source>
        <translation>sub-fields</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="598"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="599"/>
        <source>delfält tillagt</source>
        <translation>sub-field added</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="610"/>
        <source>delfält borttaget</source>
        <translation>sub-field removed</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="636"/>
        <source>egenheter</source>
        <translation>quirks</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="642"/>
        <source>Skriv vad användaren ska veta.</source>
        <translation>Write what the user should know.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="644"/>
        <source>egenhet tillagd</source>
        <translation>quirk added</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/forms/form_editor_panel.py" line="655"/>
        <source>egenhet borttagen</source>
        <translation>quirk removed</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/storage/recovery_dialog.py" line="36"/>
        <source>Databasen är skadad</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/recovery_dialog.py" line="40"/>
        <source>Utkastdatabasen i {folder} går inte att läsa ({detail}).
Välj en säkerhetskopia att återställa. Den skadade filen sparas bredvid, ingenting raderas.</source>
        <translation>The draft database in {folder} cannot be read ({detail}).
Choose a backup to restore. The damaged file is kept beside it; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/recovery_dialog.py" line="50"/>
        <source>Återställ vald säkerhetskopia</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/recovery_dialog.py" line="52"/>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/recovery_dialog.py" line="63"/>
        <source>{label} (skadad)</source>
        <translation>{label} (damaged)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/recovery_dialog.py" line="72"/>
        <source>Det finns ingen felfri säkerhetskopia.</source>
        <translation>There is no undamaged backup.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/recovery_dialog.py" line="87"/>
        <source>Återställningen misslyckades</source>
        <translation>The restore failed</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="287"/>
        <source>öppen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="288"/>
        <source>löst av {name}</source>
        <translation>resolved by {name}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="230"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="232"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="231"/>
        <source>Ansvarig:</source>
        <translation>Assignee:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="222"/>
        <source>Utkast</source>
        <extracomment>The thread as rich text (every user text escaped); the display role keeps the plain text, which is also what assistive technology reads. Class-based colours of the rich text; left out while an entry is selected, so the whole entry takes the selection&apos;s text colour. The user picked a thread (a Thread, its anchor located in the current answers).</extracomment>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="223"/>
        <source>Klar för granskning</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="224"/>
        <source>Godkänd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="225"/>
        <source>Behöver ändras</source>
        <translation>Needs changes</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="233"/>
        <source>Ansvarig för frågan</source>
        <translation>Assignee of the question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="234"/>
        <source>Frågans status</source>
        <translation>Status of the question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="241"/>
        <source>Visa lösta trådar</source>
        <translation>Show resolved threads</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="242"/>
        <source>Kommentarstrådar</source>
        <translation>Comment threads</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="243"/>
        <source>Om citatet</source>
        <translation>About the quote</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="244"/>
        <source>Svara i den valda tråden… (Ctrl+Enter skickar)</source>
        <translation>Reply in the selected thread… (Ctrl+Enter sends)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="245"/>
        <source>Svar i den valda tråden</source>
        <translation>Reply in the selected thread</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="246"/>
        <source>Svara</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="247"/>
        <source>Markera som löst</source>
        <translation>Mark as resolved</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="248"/>
        <source>Öppna igen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="249"/>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="252"/>
        <source>Ny kommentar</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="250"/>
        <source>Citat ur svaret (valfritt)</source>
        <translation>Quote from the answer (optional)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="251"/>
        <source>Citat ur svaret</source>
        <translation>Quote from the answer</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="253"/>
        <source>Skriv en kommentar… (Ctrl+Enter skickar, Tab går vidare)</source>
        <translation>Write a comment… (Ctrl+Enter sends, Tab moves on)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="254"/>
        <source>Kommentera</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="270"/>
        <source>Ingen fråga vald</source>
        <translation>No question selected</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="272"/>
        <source>Kommentarer till fråga {0}</source>
        <translation>Comments on question {0}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="280"/>
        <source>texten har ändrats</source>
        <translation>the text has changed</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="282"/>
        <source>nu: ”{current}”</source>
        <translation>now: “{current}”</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_panel.py" line="469"/>
        <source>Citatet finns inte längre i svaret (texten har ändrats). Det citerade var: ”{quote}”</source>
        <translation>The quote is no longer in the answer (the text has changed). What was quoted: “{quote}”</translation>
    </message>
</context>
<context>
    <name>ReviewWiring</name>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="117"/>
        <source>Kommentarer</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="122"/>
        <source>Skriv &amp;ut granskningskopia…</source>
        <translation>&amp;Print review copy…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="125"/>
        <source>Gra&amp;nskning</source>
        <translation>Re&amp;view</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="127"/>
        <source>&amp;Kommentera markerad text</source>
        <translation>&amp;Comment on selected text</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="131"/>
        <source>Gransknings&amp;läge (svaren skrivskyddade)</source>
        <translation>Review &amp;mode (answers read-only)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="140"/>
        <source>&amp;Alla frågor</source>
        <translation>&amp;All questions</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="141"/>
        <source>&amp;Mina frågor</source>
        <translation>&amp;My questions</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="142"/>
        <source>&amp;Öppna kommentarer</source>
        <translation>&amp;Open comments</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="143"/>
        <source>&amp;Inte godkända</source>
        <translation>&amp;Not approved</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="156"/>
        <source>Skriv ut lösta &amp;trådar också</source>
        <translation>Print resolved &amp;threads too</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="227"/>
        <source>Granskningsläge: svaren är skrivskyddade.</source>
        <translation>Review mode: the answers are read-only.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="320"/>
        <source>Välj först en fråga att kommentera.</source>
        <translation>First choose a question to comment on.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="396"/>
        <source>Inga frågor passar filtret; välj Granskning › Alla frågor.</source>
        <translation>No questions match the filter; choose Review › All questions.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="434"/>
        <source>Utkastet kan innehålla personuppgifter. En utskrift kan spridas vidare; kontrollera de här svaren först:</source>
        <translation>The draft may contain personal data. A printout can be passed on; check these answers first:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="458"/>
        <source>Granskningskopian är sparad: {path}</source>
        <translation>The review copy is saved: {path}</translation>
    </message>
</context>
<context>
    <name>ReviewerBanner</name>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_wiring.py" line="68"/>
        <source>Granskningsläge: svaren går att läsa och markera men inte ändra. Kommentarer och status fungerar. Stäng av under Granskning › Granskningsläge.</source>
        <translation>Review mode: the answers can be read and selected but not changed. Comments and statuses work. Turn it off under Review › Review mode.</translation>
    </message>
</context>
<context>
    <name>SaveFailureBanner</name>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups.py" line="338"/>
        <source>Försök igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups.py" line="348"/>
        <source>{error}
Din text finns kvar i fönstret och sparas så snart det går; programmet försöker igen av sig självt.</source>
        <translation>{error}
Your text stays in the window and is saved as soon as possible; the program retries by itself.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups.py" line="369"/>
        <source>Ändringarna är sparade.</source>
        <translation>The changes are saved.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../naravard_desktop/ui/shortcuts_dialog.py" line="90"/>
        <source>&amp;Kortkommandon…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/shortcuts_dialog.py" line="52"/>
        <location filename="../../naravard_desktop/ui/shortcuts_dialog.py" line="57"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/shortcuts_dialog.py" line="56"/>
        <source>Kommando</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/shortcuts_dialog.py" line="56"/>
        <source>Tangenter</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/shortcuts_dialog.py" line="62"/>
        <source>Överföringsläge (när det har fokus)</source>
        <translation>Transfer mode (when it has the focus)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/shortcuts_dialog.py" line="64"/>
        <source>Kopiera svarstexten</source>
        <translation>Copy the answer text</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/shortcuts_dialog.py" line="65"/>
        <source>Markera som överförd / ångra markering</source>
        <translation>Mark as transferred / undo the mark</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/shortcuts_dialog.py" line="66"/>
        <source>Föregående fråga</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/shortcuts_dialog.py" line="67"/>
        <source>Nästa fråga</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/shortcuts_dialog.py" line="80"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="37"/>
        <source>Närvård desktop</source>
        <translation>Närvård desktop</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="40"/>
        <source>Skriv regionens svar på enkäten offline. Allt du skriver sparas automatiskt.</source>
        <translation>Write the region&apos;s answers to the questionnaire offline. Everything you type is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="45"/>
        <source>Formulär</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="73"/>
        <source>{title} {year} – sista dag {deadline}</source>
        <translation>{title} {year} – due {deadline}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="50"/>
        <source>Nytt utkast…</source>
        <translation>New draft…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="57"/>
        <source>Utkast</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="61"/>
        <source>Öppna utkastet</source>
        <translation>Open the draft</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/start_page.py" line="85"/>
        <source>ingen region</source>
        <translation>no region</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission.py" line="34"/>
        <source>&amp;Inlämning</source>
        <translation>&amp;Submission</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission.py" line="55"/>
        <source>Överföringsläge</source>
        <translation>Transfer mode</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission.py" line="59"/>
        <source>Ö&amp;verföringsläge</source>
        <translation>&amp;Transfer mode</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/submission.py" line="62"/>
        <source>&amp;Checklista före inlämning…</source>
        <translation>&amp;Checklist before submitting…</translation>
    </message>
</context>
<context>
    <name>TextExport</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/text_export.py" line="46"/>
        <source>Exportera som &amp;text…</source>
        <translation>Export as &amp;text…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/text_export.py" line="67"/>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/text_export.py" line="70"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/text_export.py" line="77"/>
        <source>Exportera som text</source>
        <translation>Export as text</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/text_export.py" line="112"/>
        <source>Kunde inte exportera</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/text_export.py" line="113"/>
        <source>Texten kunde inte sparas.</source>
        <translation>The text could not be saved.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/text_export.py" line="122"/>
        <source>Utkastet är exporterat till {path}</source>
        <translation>The draft is exported to {path}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/text_export.py" line="124"/>
        <source>Exporterat</source>
        <translation>Exported</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/text_field.py" line="91"/>
        <source>{field}: antal tecken</source>
        <translation>{field}: character count</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/text_field.py" line="142"/>
        <source>Skriv i {field}</source>
        <translation>Type in {field}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/widgets/text_field.py" line="147"/>
        <source>{field}: texten är {over} tecken för lång. Ingenting har tagits bort – korta texten själv.</source>
        <translation>{field}: the text is {over} characters too long. Nothing was removed – shorten it yourself.</translation>
    </message>
</context>
<context>
    <name>TransferMode</name>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="128"/>
        <source>Textfält att kopiera</source>
        <translation>Text field to copy</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="129"/>
        <source>Svarstext</source>
        <translation>Answer text</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="130"/>
        <source>Kopiera</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="131"/>
        <source>Lägg svarstexten i urklipp ({shortcut})</source>
        <translation>Put the answer text on the clipboard ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="132"/>
        <source>◀ Föregående</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="133"/>
        <source>Nästa ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="178"/>
        <source>Det finns ingen text att kopiera för den här frågan.</source>
        <translation>There is no text to copy for this question.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="182"/>
        <source>Kopierat: {label} ({count} tecken). Klistra in i webbformuläret.</source>
        <translation>Copied: {label} ({count} characters). Paste it into the web form.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="193"/>
        <source>Fråga {number}: markeringen borttagen.</source>
        <translation>Question {number}: the mark is removed.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="196"/>
        <source>Fråga {number} är markerad som överförd.</source>
        <translation>Question {number} is marked as transferred.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="229"/>
        <source>Klart att skicka in</source>
        <translation>Ready to submit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="230"/>
        <source>{done} av {total} överförda</source>
        <translation>{done} of {total} transferred</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="235"/>
        <source>Inga frågor att föra över.</source>
        <translation>No questions to transfer.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="241"/>
        <source>Fråga {number} ({position})</source>
        <translation>Question {number} ({position})</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="244"/>
        <source>⚠ Svaret har ändrats efter att det markerades som överfört. För över det igen.</source>
        <translation>⚠ The answer changed after it was marked as transferred. Transfer it again.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="246"/>
        <source>✓ Överförd</source>
        <translation>✓ Transferred</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="246"/>
        <source>Ej överförd</source>
        <translation>Not transferred</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="261"/>
        <source>Ångra markering</source>
        <translation>Undo mark</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="265"/>
        <source>Markera som överförd</source>
        <translation>Mark as transferred</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="275"/>
        <source>Fråga {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="276"/>
        <source>(procent)</source>
        <translation>(percent)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="286"/>
        <source>Ingen text att klistra in.</source>
        <translation>No text to paste.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="292"/>
        <source>{label}: {count} tecken</source>
        <translation>{label}: {count} characters</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="294"/>
        <source>{label}: {count} av högst {limit} tecken</source>
        <translation>{label}: {count} of at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/submission/transfer_mode.py" line="297"/>
        <source>över gränsen</source>
        <translation>over the limit</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="147"/>
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="157"/>
        <source>Enter eller klick: gå till frågan</source>
        <translation>Enter or click: go to the question</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="161"/>
        <source>1 sak att se över innan svaren lämnas in.</source>
        <translation>1 thing to look at before the answers are submitted.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="163"/>
        <source>{count} saker att se över innan svaren lämnas in.</source>
        <translation>{count} things to look at before the answers are submitted.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/panels.py" line="165"/>
        <source>Kontrollen hittade inga problem.</source>
        <translation>The check found no problems.</translation>
    </message>
</context>
<context>
    <name>WordIO</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_io.py" line="36"/>
        <source>Exportera till &amp;Word…</source>
        <translation>Export to &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_io.py" line="37"/>
        <source>Importera från W&amp;ord…</source>
        <translation>Import from W&amp;ord…</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_io.py" line="63"/>
        <source>Utkastet kan innehålla personuppgifter. Word-filen skickas till andra; kontrollera de här svaren först:</source>
        <translation>The draft may contain personal data. The Word file goes to others; check these answers first:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_io.py" line="65"/>
        <source>Exportera ändå</source>
        <translation>Export anyway</translation>
    </message>
</context>
<context>
    <name>_PathDialog</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="64"/>
        <source>Bläddra…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../naravard_desktop/ui/app.py" line="41"/>
        <source>Ett oväntat fel</source>
        <extracomment>Called (best effort) after an uncaught exception, e.g. to write pending answers. Text typed by `--test-typing` (crash-recovery test and benchmarks): predictable ASCII (QTest types only that), so a test can check that what reached the database is a prefix of it.</extracomment>
        <translation>An unexpected error</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/app.py" line="42"/>
        <source>Ett oväntat fel inträffade. Dina svar sparas automatiskt; det som hann sparas finns kvar.

Felet är loggat i {log}.</source>
        <translation>An unexpected error occurred. Your answers are saved automatically; everything saved is still there.

The error is logged in {log}.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/storage/backups.py" line="73"/>
        <source>Närvård desktop kan inte starta</source>
        <extracomment>How often the interval timer looks whether a backup is due (while a draft is edited). Longest wait at close for a backup still running (it is never cut off half-way if avoidable).</extracomment>
        <translation>Närvård desktop cannot start</translation>
    </message>
</context>
<context>
    <name>bundle_dialogs</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="47"/>
        <source>Närvård-paket (*{suffix});;Alla filer (*)</source>
        <translation>Närvård bundles (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="98"/>
        <source>Exportera paket</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="99"/>
        <source>Spara utkastets alla ändringar i ett paket att skicka till medskribenter:</source>
        <translation>Save all changes of the draft in a bundle to send to co-writers:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="100"/>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="221"/>
        <source>Importera paket</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="222"/>
        <source>Läs in ett paket från en medskribent. Inget ändras om paketet inte går att verifiera.</source>
        <translation>Read a bundle from a co-writer. Nothing changes if the bundle cannot be verified.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/bundle_dialogs.py" line="225"/>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>history_view</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="41"/>
        <source>ändring</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="42"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="43"/>
        <source>automatisk sammanslagning</source>
        <translation>automatic merge</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="44"/>
        <source>konflikt löst</source>
        <translation>conflict resolved</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="45"/>
        <source>återställd</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="46"/>
        <source>historiken rensad</source>
        <translation>history purged</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="58"/>
        <source>Automatisk sammanslagning</source>
        <translation>Automatic merge</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="62"/>
        <source>{first} och {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="63"/>
        <source>Sammanslagning av {people}</source>
        <translation>Merge of {people}</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="68"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="69"/>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="70"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/history_view.py" line="71"/>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>review_print</name>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_print.py" line="54"/>
        <source>Skriv ut granskningskopia</source>
        <translation>Print review copy</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/review/review_print.py" line="65"/>
        <source>Granskningskopian kunde inte sparas</source>
        <translation>The review copy could not be saved</translation>
    </message>
</context>
<context>
    <name>word_io</name>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="35"/>
        <source>Word-dokument (*.docx);;Alla filer (*)</source>
        <translation>Word documents (*.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="45"/>
        <source>Exportera till Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="46"/>
        <source>Spara frågor och svar i en Word-fil som en kollega fyller i och kommenterar i Word eller LibreOffice:</source>
        <translation>Save questions and answers in a Word file that a colleague fills in and comments on in Word or LibreOffice:</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="49"/>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="112"/>
        <source>Importera från Word</source>
        <translation>Import from Word</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="113"/>
        <source>Läs in en Word-fil som en kollega har fyllt i. Ändringarna slås samman som ett paket; inget ändras om filen inte går att läsa.</source>
        <translation>Read a Word file a colleague has filled in. The changes are merged like a bundle; nothing changes if the file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../naravard_desktop/ui/sync/word_dialogs.py" line="118"/>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
</context>
</TS>
