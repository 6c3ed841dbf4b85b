<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="64" />
        <source>Urbis</source>
        <translation>Urbis</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65" />
        <source>Cannot open the workspace:
%1</source>
        <translation>Работното пространство не може да бъде отворено:
%1</translation>
    </message>
</context>
<context>
    <name>urbis::AboutDialog</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="20" />
        <source>About Urbis</source>
        <translation>За Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="22" />
        <source>Urbis %1</source>
        <translation>Urbis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="23" />
        <source>Desktop operator and data-curation application for city digital twins.</source>
        <translation>Настолно приложение за оператори и за курация на данни за цифрови двойници на градове.</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="27" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="36" />
        <source>Built with:</source>
        <translation>Създадено с:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="39" />
        <source>&amp;Copy</source>
        <translation>&amp;Копиране</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="40" />
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Копиране на версиите, напр. за доклад за грешка</translation>
    </message>
</context>
<context>
    <name>urbis::AtomicFile</name>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="35" />
        <source>Cannot create folder %1</source>
        <translation>Папката %1 не може да бъде създадена</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="39" />
        <source>Cannot create a temporary file in %1</source>
        <translation>Не може да бъде създаден временен файл в %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="71" />
        <source>Cannot write %1</source>
        <translation>%1 не може да бъде записан</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="84" />
        <source>Cannot flush %1 to disk</source>
        <translation>Данните на %1 не могат да бъдат записани окончателно на диска</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="89" />
        <source>Cannot move %1 into place as %2</source>
        <translation>%1 не може да бъде преместен на крайното място като %2</translation>
    </message>
</context>
<context>
    <name>urbis::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="63" />
        <source>Cannot open the catalog %1</source>
        <translation>Каталогът %1 не може да бъде отворен</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="76" />
        <source>A dataset needs a title</source>
        <translation>Наборът от данни трябва да има заглавие</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="78" />
        <source>Unknown domain "%1"; expected one of %2</source>
        <translation>Неизвестна тема "%1"; очаква се една от %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="81" />
        <source>The temporal extent ends before it starts</source>
        <translation>Времевият обхват завършва, преди да е започнал</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="84" />
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>Ограничаващият правоъгълник %1 не е валиден обхват в WGS84</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="115" />
        <location filename="../core/catalog/catalog.cpp" line="378" />
        <location filename="../core/catalog/catalog.cpp" line="396" />
        <source>No dataset with id %1</source>
        <translation>Няма набор от данни с идентификатор %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="197" />
        <source>A dataset with id %1 exists already</source>
        <translation>Вече съществува набор от данни с идентификатор %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="251" />
        <source>Record %1: %2</source>
        <translation>Запис %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="274" />
        <source>Dataset "%1" was changed by someone else since it was loaded</source>
        <translation>Наборът от данни "%1" е променен от друг потребител, след като е бил зареден</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="314" />
        <source>Version %1 of "%2" already has a newer version</source>
        <translation>Версия %1 на "%2" вече има по-нова версия</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsearch.cpp" line="50" />
        <source>The search text "%1" is not a valid query</source>
        <translation>Текстът за търсене "%1" не е валидна заявка</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogCommand</name>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="24" />
        <source>Unknown sort "%1"; use one of %2</source>
        <translation>Неизвестно сортиране "%1"; използвайте едно от %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="35" />
        <source>--%1 needs a non-negative whole number, not "%2"</source>
        <translation>--%1 изисква неотрицателно цяло число, а не "%2"</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="63" />
        <source>--from is after --to</source>
        <translation>--from е след --to</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="68" />
        <source>Unknown domain "%1"; use one of %2</source>
        <translation>Неизвестна тема "%1"; използвайте една от %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="76" />
        <source>--year needs a year, not "%1"</source>
        <translation>--year изисква година, а не "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="111" />
        <source>usage: urbis catalog list [options]
       urbis catalog search [TEXT] [--bbox W,S,E,N] [--from T] [--to T] [--city C] [--domain D]
                            [--format F] [--license L] [--year Y] [--sort relevance|title|modified|created|time]
                            [--desc] [--limit N] [--offset N] [--all-versions]
       urbis catalog show ID
       urbis catalog delete ID
       urbis catalog add [FILE.ndjson|-]   (one JSON record per line; prints each new id once committed)</source>
        <translation>употреба: urbis catalog list [опции]
          urbis catalog search [TEXT] [--bbox W,S,E,N] [--from T] [--to T] [--city C] [--domain D]
                               [--format F] [--license L] [--year Y] [--sort relevance|title|modified|created|time]
                               [--desc] [--limit N] [--offset N] [--all-versions]
          urbis catalog show ID
          urbis catalog delete ID
          urbis catalog add [FILE.ndjson|-]   (по един JSON запис на ред; извежда всеки нов идентификатор след записването му)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="123" />
        <source>catalog needs a subcommand</source>
        <translation>catalog изисква подкоманда</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="136" />
        <source>unknown catalog subcommand "%1"</source>
        <translation>неизвестна подкоманда на catalog "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="142" />
        <source>catalog list takes no search text; use catalog search</source>
        <translation>catalog list не приема текст за търсене; използвайте catalog search</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="164" />
        <source>catalog show needs exactly one dataset id</source>
        <translation>catalog show изисква точно един идентификатор на набор от данни</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="191" />
        <source>catalog delete needs exactly one dataset id</source>
        <translation>catalog delete изисква точно един идентификатор на набор от данни</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="200" />
        <source>Deleted %1 (its blob is removed by the next clean-up of the object store)</source>
        <translation>Изтрит е %1 (файлът с данните му се премахва при следващото почистване на хранилището за обекти)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="207" />
        <source>catalog add takes one file (or - for standard input)</source>
        <translation>catalog add приема един файл (или - за стандартния вход)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="212" />
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="227" />
        <source>%1, line %2, column %3: not a JSON object</source>
        <translation>%1, ред %2, колона %3: не е JSON обект</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="231" />
        <location filename="../app/cli/catalogcommand.cpp" line="234" />
        <source>%1, line %2: %3</source>
        <translation>%1, ред %2: %3</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogResultsModel</name>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="84" />
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="86" />
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="88" />
        <source>Domain</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="90" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="92" />
        <source>Time range</source>
        <translation>Времеви период</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="94" />
        <source>Validation</source>
        <translation>Валидиране</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSchema</name>
    <message>
        <location filename="../core/catalog/catalogschema.cpp" line="168" />
        <source>The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)</source>
        <translation>Каталогът %1 е записан от по-нова версия на Urbis (схема %2, тази версия поддържа %3)</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSearchWidget</name>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="30" />
        <source>Search datasets: words, "a phrase", OR, NOT, title:word</source>
        <translation>Търсене на набори от данни: думи, "фраза", OR, NOT, title:дума</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="39" />
        <source>Clear filters</source>
        <translation>Изчистване на филтрите</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="44" />
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="44" />
        <source>Domain</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="45" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="45" />
        <source>License</source>
        <translation>Лиценз</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="46" />
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="50" />
        <source>Check values to filter; several values in one list are alternatives</source>
        <translation>Отметнете стойности за филтриране; няколко стойности в един списък са алтернативи</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="149" />
        <source>%1. Check quotes and parentheses, or search for plain words.</source>
        <translation>%1. Проверете кавичките и скобите или търсете с обикновени думи.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="169" />
        <source>Showing %1 of %n datasets</source>
        <translation>
            <numerusform>Показване на %1 от %n набор от данни</numerusform>
            <numerusform>Показване на %1 от %n набора от данни</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="173" />
        <source>1 dataset</source>
        <translation>1 набор от данни</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="174" />
        <source>%n datasets</source>
        <translation>
            <numerusform>%n набор от данни</numerusform>
            <numerusform>%n набора от данни</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="194" />
        <source>%1 (%2 selected)</source>
        <translation>%1 (%2 избрани)</translation>
    </message>
</context>
<context>
    <name>urbis::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="62" />
        <source>urbis: error: %1</source>
        <translation>urbis: грешка: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="72" />
        <source>urbis: %1</source>
        <translation>urbis: %1</translation>
    </message>
</context>
<context>
    <name>urbis::CliRunner</name>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="61" />
        <source>usage: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
       urbis                  open the desktop application
commands:
  catalog list|search|show|delete|add   the dataset catalog (urbis catalog --help)
  demo                                  create the demo workspace in the data dir
  validate FILE [--schema S]            check a table (Frictionless report; urbis validate --help)
global options:
  --data-dir DIR   workspace folder (default: $URBIS_DATA_DIR or ~/.local/share/urbis)
  --json           machine-readable output on stdout
  --quiet          no messages on stderr
  --version        print versions and exit
exit codes: 0 ok, 1 invalid data, 2 usage error or unreadable input, 3 remote or I/O failure</source>
        <translation>употреба: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
          urbis                  отваря настолното приложение
команди:
  catalog list|search|show|delete|add   каталогът с набори от данни (urbis catalog --help)
  demo                                  създава демонстрационното работно пространство в папката с данни
  validate FILE [--schema S]            проверява таблица (отчет на Frictionless; urbis validate --help)
глобални опции:
  --data-dir DIR   папка на работното пространство (по подразбиране: $URBIS_DATA_DIR или ~/.local/share/urbis)
  --json           машинно четим изход на stdout
  --quiet          без съобщения на stderr
  --version        извежда версиите и излиза
изходни кодове: 0 успех, 1 невалидни данни, 2 грешка в употребата или нечетим вход, 3 отдалечена или входно-изходна грешка</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="84" />
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>--data-dir е празен (незададена променлива?); посочете папка</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="93" />
        <source>no command given</source>
        <translation>не е зададена команда</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="110" />
        <source>"%1" is not available in this build yet</source>
        <translation>"%1" все още не е налично в тази версия</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="111" />
        <source>unknown command "%1"</source>
        <translation>неизвестна команда "%1"</translation>
    </message>
</context>
<context>
    <name>urbis::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45" />
        <source>Unknown option --%1</source>
        <translation>Неизвестна опция --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48" />
        <source>Option --%1 needs a value</source>
        <translation>Опцията --%1 изисква стойност</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51" />
        <source>Option --%1 takes no value</source>
        <translation>Опцията --%1 не приема стойност</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54" />
        <source>Option --%1 given twice</source>
        <translation>Опцията --%1 е зададена два пъти</translation>
    </message>
</context>
<context>
    <name>urbis::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="55" />
        <source>Row %1 is longer than %2 bytes</source>
        <translation>Ред %1 е по-дълъг от %2 байта</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="62" />
        <source>Row %1: a quote is never closed</source>
        <translation>Ред %1: кавичка не е затворена</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="70" />
        <source>Row %1 is not valid %2 text</source>
        <translation>Ред %1 не е валиден текст в %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="208" />
        <source>Cannot read the file</source>
        <translation>Файлът не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="354" />
        <source>Cannot open %1: %2</source>
        <translation>%1 не може да бъде отворен: %2</translation>
    </message>
</context>
<context>
    <name>urbis::Database</name>
    <message>
        <location filename="../core/util/database.cpp" line="35" />
        <source>Cannot open the database %1</source>
        <translation>Базата данни %1 не може да бъде отворена</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="84" />
        <location filename="../core/util/statement.cpp" line="104" />
        <source>The database refused the change</source>
        <translation>Базата данни отхвърли промяната</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="98" />
        <source>The database could not run a query</source>
        <translation>Базата данни не можа да изпълни заявка</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetDetailsWidget</name>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="34" />
        <source>&amp;Edit…</source>
        <translation>&amp;Редактиране…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="36" />
        <source>Change title, description, keywords, license and source</source>
        <translation>Промяна на заглавието, описанието, ключовите думи, лиценза и източника</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="91" />
        <source>Select a dataset to see its details.</source>
        <translation>Изберете набор от данни, за да видите подробностите за него.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="128" />
        <source>Cancel and open the dataset again to see the current version.</source>
        <translation>Откажете и отворете набора от данни отново, за да видите текущата версия.</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetEditor</name>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="23" />
        <source>comma-separated, e.g. air quality, pm10</source>
        <translation>разделени със запетая, напр. качество на въздуха, pm10</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="26" />
        <source>SPDX id or URL, e.g. CC-BY-4.0</source>
        <translation>SPDX идентификатор или URL, напр. CC-BY-4.0</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="34" />
        <source>Save</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="37" />
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="41" />
        <source>&amp;Title</source>
        <translation>&amp;Заглавие</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="42" />
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="43" />
        <source>&amp;Keywords</source>
        <translation>&amp;Ключови думи</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="44" />
        <source>&amp;License</source>
        <translation>&amp;Лиценз</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="45" />
        <source>&amp;Source</source>
        <translation>&amp;Източник</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetRecord</name>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="117" />
        <source>Field "%1" must be a string</source>
        <translation>Полето "%1" трябва да е низ</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="139" />
        <source>"%1" is not an ISO 8601 date or time: %2</source>
        <translation>"%1" не е дата или час по ISO 8601: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="148" />
        <source>"bbox" must be [west, south, east, north]</source>
        <translation>"bbox" трябва да е [запад, юг, изток, север]</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetView</name>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="35" />
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="36" />
        <source>Publisher</source>
        <translation>Издател</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="37" />
        <source>City / country</source>
        <translation>Град / държава</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="38" />
        <source>Domain</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="39" />
        <source>Keywords</source>
        <translation>Ключови думи</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="40" />
        <source>License</source>
        <translation>Лиценз</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="41" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="42" />
        <source>Temporal extent</source>
        <translation>Времеви обхват</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="43" />
        <source>Bounding box</source>
        <translation>Ограничаващ правоъгълник</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="44" />
        <source>CRS</source>
        <translation>Координатна система</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="45" />
        <source>Features / rows</source>
        <translation>Обекти / редове</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="46" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="47" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="49" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="50" />
        <source>Validation</source>
        <translation>Валидиране</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="51" />
        <source>Created</source>
        <translation>Създаден</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="52" />
        <source>Modified</source>
        <translation>Променен</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="53" />
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="62" />
        <source>Fields</source>
        <translation>Полета</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="68" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="116" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="125" />
        <source>%1 (superseded by %2)</source>
        <translation>%1 (заменена от %2)</translation>
    </message>
</context>
<context>
    <name>urbis::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="15" />
        <source>demo takes no arguments</source>
        <translation>demo не приема аргументи</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="16" />
        <source>usage: urbis demo [--data-dir DIR]</source>
        <translation>употреба: urbis demo [--data-dir DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="22" />
        <source>Creating demo</source>
        <translation>Създаване на демонстрационни данни</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34" />
        <source>%1 demo datasets created, %2 already present in %3</source>
        <translation>Създадени демонстрационни набори от данни: %1, вече налични в %3: %2</translation>
    </message>
</context>
<context>
    <name>urbis::DemoWorkspace</name>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="105" />
        <source>%1 air quality, January 2023</source>
        <translation>Качество на въздуха в %1, януари 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="106" />
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>Почасови стойности на PM10, PM2.5, NO2, озон, температура и влажност от две станции в %1 (синтетични демонстрационни данни във формата от Приложение B на CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="117" />
        <source>Athens building energy consumption 2019-2023</source>
        <translation>Потребление на енергия в сградите в Атина 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="118" />
        <source>Monthly electricity consumption of municipal buildings per district (synthetic).</source>
        <translation>Месечно потребление на електроенергия от общинските сгради по райони (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="122" />
        <source>Sofia city-centre traffic counts 2019-2023</source>
        <translation>Преброяване на трафика в центъра на София 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="123" />
        <source>Monthly mean daily vehicle counts per district of the city centre (synthetic).</source>
        <translation>Месечен среден дневен брой превозни средства по райони в центъра на града (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="127" />
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Събиране на ИУЕЕО и текстилни отпадъци в Торино 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="128" />
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation>Месечни количества събрано малко ИУЕЕО и текстилни отпадъци по райони (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="132" />
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>Емисии на CO2 в Дифердинген 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="133" />
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation>Месечни оценки на емисиите на CO2 по райони (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="141" />
        <source>Demo workspace creation cancelled</source>
        <translation>Създаването на демонстрационното работно пространство е отменено</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="167" />
        <source>City of %1</source>
        <translation>Община %1</translation>
    </message>
</context>
<context>
    <name>urbis::Extent</name>
    <message>
        <location filename="../core/geo/extent.cpp" line="67" />
        <source>Invalid bounding box "%1": %2</source>
        <translation>Невалиден ограничаващ правоъгълник "%1": %2</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="70" />
        <source>expected W,S,E,N</source>
        <translation>очаква се W,S,E,N</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="76" />
        <source>"%1" is not a number</source>
        <translation>"%1" не е число</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="79" />
        <source>longitude outside -180..180</source>
        <translation>географската дължина е извън -180..180</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="81" />
        <source>latitude outside -90..90</source>
        <translation>географската ширина е извън -90..90</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="83" />
        <source>south is greater than north</source>
        <translation>южната граница е по-голяма от северната</translation>
    </message>
</context>
<context>
    <name>urbis::FacetList</name>
    <message>
        <location filename="../widgets/catalog/facetlist.cpp" line="21" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintView</name>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="134" />
        <source>(no city)</source>
        <translation>(без град)</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="142" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="158" />
        <source>No datasets match the search.</source>
        <translation>Няма набори от данни, отговарящи на търсенето.</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="159" />
        <source>Dataset footprints (longitude / latitude); the map view comes later.</source>
        <translation>Пространствен обхват на наборите от данни (географска дължина / ширина); изгледът с карта ще бъде добавен по-късно.</translation>
    </message>
</context>
<context>
    <name>urbis::LocalObjectStore</name>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="31" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="34" />
        <source>Read failed</source>
        <translation>Грешка при четене</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="86" />
        <location filename="../core/storage/localobjectstore.cpp" line="197" />
        <source>Cannot lock the object store %1</source>
        <translation>Хранилището за обекти %1 не може да бъде заключено</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="92" />
        <source>Cannot create folder in %1</source>
        <translation>Не може да бъде създадена папка в %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="107" />
        <location filename="../core/storage/localobjectstore.cpp" line="114" />
        <location filename="../core/storage/localobjectstore.cpp" line="128" />
        <location filename="../core/storage/localobjectstore.cpp" line="147" />
        <location filename="../core/storage/localobjectstore.cpp" line="163" />
        <source>No object %1</source>
        <translation>Няма обект %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="117" />
        <location filename="../core/storage/localobjectstore.cpp" line="131" />
        <location filename="../core/storage/localobjectstore.cpp" line="150" />
        <source>Cannot read object %1</source>
        <translation>Обектът %1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="121" />
        <location filename="../core/storage/localobjectstore.cpp" line="140" />
        <location filename="../core/storage/localobjectstore.cpp" line="156" />
        <source>Object %1 is corrupt: its content hashes to %2</source>
        <translation>Обектът %1 е повреден: хешът на съдържанието му е %2</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="165" />
        <source>Cannot remove object %1</source>
        <translation>Обектът %1 не може да бъде премахнат</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="193" />
        <source>Garbage collection cancelled</source>
        <translation>Почистването на неизползваните обекти е отменено</translation>
    </message>
</context>
<context>
    <name>urbis::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="30" />
        <source>Urbis — %1</source>
        <translation>Urbis — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="38" />
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="39" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="40" />
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="47" />
        <source>Data: %1</source>
        <translation>Данни: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="87" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="88" />
        <source>&amp;Refresh</source>
        <translation>&amp;Опресняване</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="92" />
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="94" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="97" />
        <source>&amp;View</source>
        <translation>Из&amp;глед</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="98" />
        <source>&amp;Search the catalog</source>
        <translation>&amp;Търсене в каталога</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="108" />
        <source>&amp;Tools</source>
        <translation>Ин&amp;струменти</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="109" />
        <source>Create &amp;demo datasets</source>
        <translation>Създаване на &amp;демонстрационни набори от данни</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="111" />
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>Добавяне на малки синтетични набори от данни за градовете от CLIMABOROUGH в това работно пространство</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="112" />
        <source>&amp;Clean up object store</source>
        <translation>По&amp;чистване на хранилището за обекти</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="114" />
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Изтриване на съхранените файлове, към които вече не препраща нито един запис в каталога</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116" />
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117" />
        <source>&amp;About Urbis</source>
        <translation>&amp;За Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="141" />
        <source>Create demo datasets</source>
        <translation>Създаване на демонстрационни набори от данни</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="148" />
        <source>Created: %1, already present: %2</source>
        <translation>Създадени: %1, вече налични: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="159" />
        <source>Clean up object store</source>
        <translation>Почистване на хранилището за обекти</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="166" />
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>Премахнати файлове без препратки: %1, освободено място: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="177" />
        <source>Started: %1</source>
        <translation>Стартирана: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="185" />
        <source>Finished: %1</source>
        <translation>Завършена: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187" />
        <source>Failed: %1 — %2</source>
        <translation>Неуспешна: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="197" />
        <source>1 dataset in the catalog</source>
        <translation>1 набор от данни в каталога</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="198" />
        <source>%n datasets in the catalog</source>
        <translation>
            <numerusform>%n набор от данни в каталога</numerusform>
            <numerusform>%n набора от данни в каталога</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ObjectStore</name>
    <message>
        <location filename="../core/storage/objectstore.cpp" line="21" />
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
</context>
<context>
    <name>urbis::RecordPrinter</name>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53" />
        <location filename="../app/cli/recordprinter.cpp" line="67" />
        <source>ID</source>
        <translation>ИД</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53" />
        <source>TITLE</source>
        <translation>ЗАГЛАВИЕ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53" />
        <source>CITY</source>
        <translation>ГРАД</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54" />
        <source>DOMAIN</source>
        <translation>ТЕМА</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54" />
        <source>PERIOD</source>
        <translation>ПЕРИОД</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/recordprinter.cpp" line="58" />
        <source>%n dataset(s) shown of %1 matching</source>
        <translation>
            <numerusform>Показан е %n набор от данни от %1 съответстващи</numerusform>
            <numerusform>Показани са %n набора от данни от %1 съответстващи</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="68" />
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="69" />
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="70" />
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="71" />
        <source>Publisher</source>
        <translation>Издател</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="72" />
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="73" />
        <source>Domain</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="74" />
        <source>Keywords</source>
        <translation>Ключови думи</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="75" />
        <source>License</source>
        <translation>Лиценз</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="76" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="77" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="78" />
        <source>Extent</source>
        <translation>Обхват</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="79" />
        <source>CRS</source>
        <translation>Координатна система</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="80" />
        <source>Features</source>
        <translation>Обекти</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81" />
        <source> bytes</source>
        <translation> байта</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="82" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="83" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="84" />
        <source> (previous %1)</source>
        <translation> (предишна %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="85" />
        <source>Validation</source>
        <translation>Валидиране</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="86" />
        <source>Modified</source>
        <translation>Променен</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="88" />
        <source>Fields:</source>
        <translation>Полета:</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="93" />
        <source>History:</source>
        <translation>История:</translation>
    </message>
</context>
<context>
    <name>urbis::RecordText</name>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="105" />
        <location filename="../widgets/catalog/recordtext.cpp" line="37" />
        <location filename="../widgets/catalog/recordtext.cpp" line="42" />
        <location filename="../widgets/catalog/recordtext.cpp" line="48" />
        <location filename="../widgets/catalog/recordtext.cpp" line="54" />
        <location filename="../widgets/catalog/recordtext.cpp" line="60" />
        <location filename="../widgets/catalog/recordtext.cpp" line="86" />
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="32" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="34" />
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="36" />
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="61" />
        <source>W %1, S %2, E %3, N %4</source>
        <translation>З %1, Ю %2, И %3, С %4</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="72" />
        <source>valid</source>
        <translation>валиден</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="74" />
        <source>warnings</source>
        <translation>предупреждения</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="76" />
        <source>invalid</source>
        <translation>невалиден</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="80" />
        <source>not validated</source>
        <translation>не е валидиран</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="87" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="92" />
        <source>unknown profile</source>
        <translation>неизвестен профил</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="93" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="104" />
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>urbis::TableChecker</name>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="113" />
        <source>There is an extra label "%1" in the header at position %2</source>
        <translation>В заглавния ред има допълнителен етикет "%1" на позиция %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="119" />
        <source>Label "%1" of the schema is missing from the header at position %2</source>
        <translation>Етикетът "%1" от схемата липсва в заглавния ред на позиция %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="124" />
        <source>Label in the header at position %1 is blank</source>
        <translation>Етикетът в заглавния ред на позиция %1 е празен</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="126" />
        <source>Label "%1" at position %2 is a duplicate</source>
        <translation>Етикетът "%1" на позиция %2 е дублиран</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="128" />
        <source>Label "%1" at position %2 does not match the field name "%3" of the schema</source>
        <translation>Етикетът "%1" на позиция %2 не съответства на името на полето "%3" от схемата</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="151" />
        <source>Row at position %1 is completely blank</source>
        <translation>Редът на позиция %1 е напълно празен</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="165" />
        <source>Type error in the cell "%1" in row %2 and field "%3" at position %4: type is "%5/%6"</source>
        <translation>Грешка в типа в клетката "%1" на ред %2 и поле "%3" на позиция %4: типът е "%5/%6"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="173" />
        <source>The cell "%1" in row %2 and field "%3" at position %4 does not conform to the constraint "%5"</source>
        <translation>Клетката "%1" на ред %2 и поле "%3" на позиция %4 не отговаря на ограничението "%5"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="183" />
        <source>Row at position %1 has an extra value in field at position %2</source>
        <translation>Редът на позиция %1 има допълнителна стойност в полето на позиция %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="188" />
        <source>Row at position %1 has a missing cell in field "%2" at position %3</source>
        <translation>На реда на позиция %1 липсва клетка в полето "%2" на позиция %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="195" />
        <source>Row at position %1 has a unique constraint violation in field "%2" at position %3</source>
        <translation>Редът на позиция %1 нарушава ограничението за уникалност в полето "%2" на позиция %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="208" />
        <source>Row at position %1 violates the primary key: all key cells are null or the key is not unique</source>
        <translation>Редът на позиция %1 нарушава първичния ключ: всички клетки на ключа са празни или ключът не е уникален</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="225" />
        <source>Row at position %1 is a duplicate of an earlier row</source>
        <translation>Редът на позиция %1 е дубликат на по-ранен ред</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="239" />
        <source>Row at position %1 violates the foreign key: the referenced values are not in the table</source>
        <translation>Редът на позиция %1 нарушава външния ключ: посочените стойности не са в таблицата</translation>
    </message>
</context>
<context>
    <name>urbis::TableField</name>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="36" />
        <location filename="../core/ingest/valuecast.cpp" line="41" />
        <source>Field "%1": %2</source>
        <translation>Поле "%1": %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="90" />
        <source>constraint "%1" is not supported by type "%2"</source>
        <translation>ограничението "%1" не се поддържа от типа "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="96" />
        <source>constraint "%1": %2 is not a valid %3</source>
        <translation>ограничение "%1": %2 не е валидна стойност от тип %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="104" />
        <source>a length constraint is negative</source>
        <translation>ограничение за дължина е отрицателно</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="125" />
        <source>pattern "%1" is not a valid regular expression: %2</source>
        <translation>шаблонът "%1" не е валиден регулярен израз: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="18" />
        <source>Field "%1": "%2" is malformed</source>
        <translation>Поле "%1": "%2" е неправилно оформено</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="50" />
        <source>Field "%1": unknown constraint "%2"</source>
        <translation>Поле "%1": неизвестно ограничение "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="112" />
        <source>A field has no name ("name" must be a string)</source>
        <translation>Поле няма име ("name" трябва да е низ)</translation>
    </message>
    <message>
        <location filename="../core/ingest/timepattern.cpp" line="113" />
        <source>The date/time format "%1" uses "%2", which is not a supported strptime directive</source>
        <translation>Форматът за дата/час "%1" използва "%2", която не е поддържана директива на strptime</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="96" />
        <source>unknown type "%1"</source>
        <translation>неизвестен тип "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="114" />
        <source>format "%1" is not valid for type "%2"</source>
        <translation>форматът "%1" не е валиден за типа "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="131" />
        <source>"%1" is malformed</source>
        <translation>"%1" е неправилно оформено</translation>
    </message>
</context>
<context>
    <name>urbis::TableSchema</name>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="51" />
        <source>Foreign key %1 is malformed: it needs "fields" and a "reference" with "resource" and "fields"</source>
        <translation>Външният ключ %1 е неправилно оформен: нужни са "fields" и "reference" с "resource" и "fields"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="58" />
        <source>Foreign key %1 lists %2 fields but references %3</source>
        <translation>Външният ключ %1 изброява %2 полета, но сочи към %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="70" />
        <source>Foreign key %1 names the field "%2", which the schema does not have</source>
        <translation>Външният ключ %1 посочва полето "%2", което липсва в схемата</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="88" />
        <location filename="../core/ingest/tableschema.cpp" line="95" />
        <source>The schema's "missingValues" must be a list of strings</source>
        <translation>"missingValues" на схемата трябва да е списък от низове</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="103" />
        <source>The schema has no "fields" list</source>
        <translation>Схемата няма списък "fields"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="111" />
        <source>Field %1 of the schema is not an object</source>
        <translation>Поле %1 от схемата не е обект</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="116" />
        <source>Field %1 of the schema has no name</source>
        <translation>Поле %1 от схемата няма име</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="124" />
        <source>The schema has two fields named "%1"</source>
        <translation>Схемата има две полета с име "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="134" />
        <source>The schema's "primaryKey" must be a field name or a list of them</source>
        <translation>"primaryKey" на схемата трябва да е име на поле или списък от имена на полета</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="140" />
        <source>The primary key names the field "%1", which the schema does not have</source>
        <translation>Първичният ключ посочва полето "%1", което липсва в схемата</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="150" />
        <source>The schema's "foreignKeys" must be a list</source>
        <translation>"foreignKeys" на схемата трябва да е списък</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="163" />
        <source>The schema's "%1" must be a string</source>
        <translation>"%1" на схемата трябва да е низ</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="177" />
        <source>Cannot read the schema file %1</source>
        <translation>Файлът със схема %1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="182" />
        <source>The schema file %1 is not valid JSON (at byte %2)</source>
        <translation>Файлът със схема %1 не е валиден JSON (при байт %2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="188" />
        <source>The schema file %1 does not hold a JSON object</source>
        <translation>Файлът със схема %1 не съдържа JSON обект</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="195" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>urbis::Task</name>
    <message>
        <location filename="../core/util/task.cpp" line="39" />
        <source>Cancelled before it started</source>
        <translation>Отменена, преди да започне</translation>
    </message>
</context>
<context>
    <name>urbis::TaskRow</name>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="35" />
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="37" />
        <source>Stop this task; work done so far is rolled back</source>
        <translation>Спиране на тази задача; извършената досега работа се отменя</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="89" />
        <source>Queued</source>
        <translation>В опашката</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92" />
        <source>Cancelling…</source>
        <translation>Отменяне…</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92" />
        <source>Running</source>
        <translation>Изпълнява се</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="95" />
        <source>Done</source>
        <translation>Завършена</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="98" />
        <source>Failed</source>
        <translation>Неуспешна</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="101" />
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
</context>
<context>
    <name>urbis::TasksPanel</name>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="18" />
        <source>Clear finished</source>
        <translation>Изчистване на завършените</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="20" />
        <source>Remove finished, failed and cancelled tasks from the list</source>
        <translation>Премахване на завършените, неуспешните и отменените задачи от списъка</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="25" />
        <source>No tasks. Imports, sync and clean-up jobs show their progress here.</source>
        <translation>Няма задачи. Импортирането, синхронизирането и почистването показват напредъка си тук.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="91" />
        <source>%n running</source>
        <translation>
            <numerusform>%n се изпълнява</numerusform>
            <numerusform>%n се изпълняват</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="92" />
        <source>%n finished</source>
        <translation>
            <numerusform>%n завършена</numerusform>
            <numerusform>%n завършени</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ValidateCommand</name>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="19" />
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation>употреба: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                         [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
изходни кодове: 0 валиден, 1 невалиден, 2 грешка в употребата или нечетим вход</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="27" />
        <source>validate needs exactly one file</source>
        <translation>validate изисква точно един файл</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="34" />
        <source>--limit-errors needs a positive whole number</source>
        <translation>--limit-errors изисква цяло положително число</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="39" />
        <source>Unknown check "%1"; available: duplicate-row</source>
        <translation>Неизвестна проверка "%1"; налични: duplicate-row</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="56" />
        <source>Cannot read %1: no such file</source>
        <translation>%1 не може да бъде прочетен: няма такъв файл</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="60" />
        <source>Validating</source>
        <translation>Валидиране</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="77" />
        <source>, row %1</source>
        <translation>, ред %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="79" />
        <source>, column %1</source>
        <translation>, колона %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="80" />
        <source>, column %1 (%2)</source>
        <translation>, колона %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="84" />
        <source>... and %1 more errors (use --json for all)</source>
        <translation>... и още %1 грешки (използвайте --json за всички)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="85" />
        <source>%1: valid (%2 rows, %3 fields)</source>
        <translation>%1: валиден (%2 реда, %3 полета)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="86" />
        <source>%1: invalid, %2 errors in %3 rows</source>
        <translation>%1: невалиден, %2 грешки в %3 реда</translation>
    </message>
</context>
<context>
    <name>urbis::Validator</name>
    <message>
        <location filename="../core/ingest/validator.cpp" line="76" />
        <source>Validation cancelled</source>
        <translation>Валидирането е отменено</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="99" />
        <source>The source is empty</source>
        <translation>Източникът е празен</translation>
    </message>
</context>
<context>
    <name>urbis::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="29" />
        <source>Cannot create the data folder %1</source>
        <translation>Папката с данни %1 не може да бъде създадена</translation>
    </message>
</context>
<context>
    <name>urbis::isotime</name>
    <message>
        <location filename="../core/util/isotime.cpp" line="34" />
        <source>"%1" is not an ISO 8601 date or time (e.g. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</source>
        <translation>"%1" не е дата или час по ISO 8601 (напр. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</translation>
    </message>
</context>
</TS>