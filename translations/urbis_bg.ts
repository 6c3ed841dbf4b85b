<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="68"/>
        <source>Urbis</source>
        <translation>Urbis</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>Cannot open the workspace:
%1</source>
        <translation>Работното пространство не може да бъде отворено:
%1</translation>
    </message>
</context>
<context>
    <name>urbis</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="29"/>
        <source>The built-in basemap file %1 is missing</source>
        <translation>Вграденият файл с базовата карта %1 липсва</translation>
    </message>
</context>
<context>
    <name>urbis::AboutDialog</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="20"/>
        <source>About Urbis</source>
        <translation>За Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="22"/>
        <source>Urbis %1</source>
        <translation>Urbis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="23"/>
        <source>Desktop operator and data-curation application for city digital twins.</source>
        <translation>Настолно приложение за оператори и за курация на данни за цифрови двойници на градове.</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="36"/>
        <source>Built with:</source>
        <translation>Създадено с:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="39"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копиране</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="40"/>
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Копиране на версиите, напр. за доклад за грешка</translation>
    </message>
</context>
<context>
    <name>urbis::AssetExport</name>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="12"/>
        <source>Export %1 to %2</source>
        <translation>Експортиране на %1 в %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="15"/>
        <source>No object store to export from</source>
        <translation>Няма хранилище за обекти, от което да се експортира</translation>
    </message>
</context>
<context>
    <name>urbis::AtomicFile</name>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="35"/>
        <source>Cannot create folder %1</source>
        <translation>Папката %1 не може да бъде създадена</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="39"/>
        <source>Cannot create a temporary file in %1</source>
        <translation>Не може да бъде създаден временен файл в %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="71"/>
        <source>Cannot write %1</source>
        <translation>%1 не може да бъде записан</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="84"/>
        <source>Cannot flush %1 to disk</source>
        <translation>Данните на %1 не могат да бъдат записани окончателно на диска</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="89"/>
        <source>Cannot move %1 into place as %2</source>
        <translation>%1 не може да бъде преместен на крайното място като %2</translation>
    </message>
</context>
<context>
    <name>urbis::BasemapLayers</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="46"/>
        <source>Land</source>
        <translation>Суша</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="55"/>
        <source>Country borders</source>
        <translation>Държавни граници</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="63"/>
        <source>Places</source>
        <translation>Населени места</translation>
    </message>
</context>
<context>
    <name>urbis::BlobTransfers</name>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="50"/>
        <source>The data of &quot;%1&quot; is not on this computer (blob %2): fetch it before pushing</source>
        <translation>Данните на &quot;%1&quot; не са на този компютър (blob %2): изтеглете ги преди изпращане</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="53"/>
        <source>Cannot create %1</source>
        <translation>%1 не може да бъде създаден</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="77"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Не може да бъде създадена работна папка в %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="102"/>
        <source>%1 does not hold the data its catalog entry names (sha256 %2, expected %3)</source>
        <translation>%1 не съдържа данните, посочени в записа му в каталога (sha256 %2, очаквано %3)</translation>
    </message>
</context>
<context>
    <name>urbis::BrowseOrder</name>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="8"/>
        <source>Relevance</source>
        <translation>Релевантност</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="9"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="10"/>
        <source>Newest first</source>
        <translation>Първо най-новите</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="11"/>
        <source>Oldest first</source>
        <translation>Първо най-старите</translation>
    </message>
</context>
<context>
    <name>urbis::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="72"/>
        <source>Cannot open the catalog %1</source>
        <translation>Каталогът %1 не може да бъде отворен</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="85"/>
        <source>A dataset needs a title</source>
        <translation>Наборът от данни трябва да има заглавие</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="87"/>
        <source>Unknown domain &quot;%1&quot;; expected one of %2</source>
        <translation>Неизвестна тема &quot;%1&quot;; очаква се една от %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="90"/>
        <source>The temporal extent ends before it starts</source>
        <translation>Времевият обхват завършва, преди да е започнал</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="93"/>
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>Ограничаващият правоъгълник %1 не е валиден обхват в WGS84</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="124"/>
        <location filename="../core/catalog/catalog.cpp" line="456"/>
        <location filename="../core/catalog/catalog.cpp" line="474"/>
        <source>No dataset with id %1</source>
        <translation>Няма набор от данни с идентификатор %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="267"/>
        <source>A dataset with id %1 exists already</source>
        <translation>Вече съществува набор от данни с идентификатор %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="328"/>
        <source>Record %1: %2</source>
        <translation>Запис %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="351"/>
        <source>Dataset &quot;%1&quot; was changed by someone else since it was loaded</source>
        <translation>Наборът от данни &quot;%1&quot; е променен от друг потребител, след като е бил зареден</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="392"/>
        <source>Version %1 of &quot;%2&quot; already has a newer version</source>
        <translation>Версия %1 на &quot;%2&quot; вече има по-нова версия</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsearch.cpp" line="50"/>
        <source>The search text &quot;%1&quot; is not a valid query</source>
        <translation>Текстът за търсене &quot;%1&quot; не е валидна заявка</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="14"/>
        <source>A dataset needs at least one version</source>
        <translation>Наборът от данни трябва да има поне една версия</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="18"/>
        <source>A synced version of &quot;%1&quot; has no id</source>
        <translation>Синхронизирана версия на &quot;%1&quot; няма идентификатор</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogCommand</name>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="24"/>
        <source>Unknown sort &quot;%1&quot;; use one of %2</source>
        <translation>Неизвестно сортиране &quot;%1&quot;; използвайте едно от %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="35"/>
        <source>--%1 needs a non-negative whole number, not &quot;%2&quot;</source>
        <translation>--%1 изисква неотрицателно цяло число, а не &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="63"/>
        <source>--from is after --to</source>
        <translation>--from е след --to</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="68"/>
        <source>Unknown domain &quot;%1&quot;; use one of %2</source>
        <translation>Неизвестна тема &quot;%1&quot;; използвайте една от %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="76"/>
        <source>--year needs a year, not &quot;%1&quot;</source>
        <translation>--year изисква година, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="111"/>
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
        <location filename="../app/cli/catalogcommand.cpp" line="123"/>
        <source>catalog needs a subcommand</source>
        <translation>catalog изисква подкоманда</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="136"/>
        <source>unknown catalog subcommand &quot;%1&quot;</source>
        <translation>неизвестна подкоманда на catalog &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="142"/>
        <source>catalog list takes no search text; use catalog search</source>
        <translation>catalog list не приема текст за търсене; използвайте catalog search</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="164"/>
        <source>catalog show needs exactly one dataset id</source>
        <translation>catalog show изисква точно един идентификатор на набор от данни</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="191"/>
        <source>catalog delete needs exactly one dataset id</source>
        <translation>catalog delete изисква точно един идентификатор на набор от данни</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="200"/>
        <source>Deleted %1 (its blob is removed by the next clean-up of the object store)</source>
        <translation>Изтрит е %1 (файлът с данните му се премахва при следващото почистване на хранилището за обекти)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="207"/>
        <source>catalog add takes one file (or - for standard input)</source>
        <translation>catalog add приема един файл (или - за стандартния вход)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="212"/>
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="227"/>
        <source>%1, line %2, column %3: not a JSON object</source>
        <translation>%1, ред %2, колона %3: не е JSON обект</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="231"/>
        <location filename="../app/cli/catalogcommand.cpp" line="234"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ред %2: %3</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogFilterBar</name>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="24"/>
        <source>Fr&amp;om</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="26"/>
        <source>Only datasets with data on or after this day</source>
        <translation>Само набори от данни с данни от този ден нататък</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="28"/>
        <source>&amp;Until</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="30"/>
        <source>Only datasets with data on or before this day</source>
        <translation>Само набори от данни с данни до този ден включително</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="37"/>
        <source>Relevance ranks title matches first; newest and oldest go by when a dataset was added</source>
        <translation>При релевантност първо са съвпаденията в заглавието; най-новите и най-старите се определят по датата на добавяне на набора от данни</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="38"/>
        <source>Sort &amp;by</source>
        <translation>Подреждане &amp;по</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="41"/>
        <source>Only &amp;in the map view</source>
        <translation>Само във &amp;видимата част на картата</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="43"/>
        <source>Only datasets whose extent overlaps the area the map shows</source>
        <translation>Само набори от данни, чийто обхват се припокрива с областта, показана на картата</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogResultsModel</name>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="112"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="114"/>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="116"/>
        <source>Domain</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="118"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="120"/>
        <source>Time range</source>
        <translation>Времеви период</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="122"/>
        <source>Validation</source>
        <translation>Валидиране</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSchema</name>
    <message>
        <location filename="../core/catalog/catalogschema.cpp" line="226"/>
        <source>The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)</source>
        <translation>Каталогът %1 е записан от по-нова версия на Urbis (схема %2, тази версия поддържа %3)</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSearchWidget</name>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="34"/>
        <source>Search datasets: words, &quot;a phrase&quot;, OR, NOT, title:word</source>
        <translation>Търсене на набори от данни: думи, &quot;фраза&quot;, OR, NOT, title:дума</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="43"/>
        <source>Clear filters</source>
        <translation>Изчистване на филтрите</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51"/>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51"/>
        <source>Domain</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52"/>
        <source>License</source>
        <translation>Лиценз</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="53"/>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="57"/>
        <source>Check values to filter; several values in one list are alternatives</source>
        <translation>Отметнете стойности за филтриране; няколко стойности в един списък са алтернативи</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="161"/>
        <source>%1. Check quotes and parentheses, or search for plain words.</source>
        <translation>%1. Проверете кавичките и скобите или търсете с обикновени думи.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="183"/>
        <source>Showing %1 of %n datasets</source>
        <translation>
            <numerusform>Показване на %1 от %n набор от данни</numerusform>
            <numerusform>Показване на %1 от %n набора от данни</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="187"/>
        <source>1 dataset</source>
        <translation>1 набор от данни</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="188"/>
        <source>%n datasets</source>
        <translation>
            <numerusform>%n набор от данни</numerusform>
            <numerusform>%n набора от данни</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="208"/>
        <source>%1 (%2 selected)</source>
        <translation>%1 (%2 избрани)</translation>
    </message>
</context>
<context>
    <name>urbis::CityChecker</name>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="206"/>
        <source>The table has coordinates but does not declare their coordinate reference system</source>
        <translation>Таблицата има координати, но не декларира тяхната координатна система</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="220"/>
        <source>Field &quot;%1&quot; at position %2 holds measurements but has no unit</source>
        <translation>Полето &quot;%1&quot; на позиция %2 съдържа измервания, но няма мерна единица</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="224"/>
        <source>The unit &quot;%1&quot; of field &quot;%2&quot; at position %3 is not a unit of its quantity</source>
        <translation>Мерната единица &quot;%1&quot; на полето &quot;%2&quot; на позиция %3 не е единица за неговата величина</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="240"/>
        <source>The geometry in row %1 is not valid</source>
        <translation>Геометрията на ред %1 не е валидна</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="250"/>
        <source>The geometry in row %1 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Геометрията на ред %1 има координати извън географска дължина [-180, 180] или географска ширина [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="279"/>
        <source>The geometry in row %1 and field &quot;%2&quot; at position %3 is not valid</source>
        <translation>Геометрията на ред %1 и поле &quot;%2&quot; на позиция %3 не е валидна</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="293"/>
        <source>The geometry in row %1 and field &quot;%2&quot; at position %3 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Геометрията на ред %1 и поле &quot;%2&quot; на позиция %3 има координати извън географска дължина [-180, 180] или географска ширина [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="308"/>
        <source>The latitude %1 in row %2 and field &quot;%3&quot; at position %4 is outside [-90, 90]</source>
        <translation>Географската ширина %1 на ред %2 и поле &quot;%3&quot; на позиция %4 е извън [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="318"/>
        <source>The longitude %1 in row %2 and field &quot;%3&quot; at position %4 is outside [-180, 180]</source>
        <translation>Географската дължина %1 на ред %2 и поле &quot;%3&quot; на позиция %4 е извън [-180, 180]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="333"/>
        <source>The point %1 in row %2 and field &quot;%3&quot; at position %4 is outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Точката %1 на ред %2 и поле &quot;%3&quot; на позиция %4 е извън географска дължина [-180, 180] или географска ширина [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="358"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 is in the future</source>
        <translation>Времето %1 на ред %2 и поле &quot;%3&quot; на позиция %4 е в бъдещето</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="380"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 is earlier than the previous time of the same station</source>
        <translation>Времето %1 на ред %2 и поле &quot;%3&quot; на позиция %4 е по-ранно от предходното време на същата станция</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="386"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 repeats the previous time of the same station</source>
        <translation>Времето %1 на ред %2 и поле &quot;%3&quot; на позиция %4 повтаря предходното време на същата станция</translation>
    </message>
</context>
<context>
    <name>urbis::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="62"/>
        <source>urbis: error: %1</source>
        <translation>urbis: грешка: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="72"/>
        <source>urbis: %1</source>
        <translation>urbis: %1</translation>
    </message>
</context>
<context>
    <name>urbis::CliRunner</name>
    <message>
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
        <translation type="vanished">употреба: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
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
        <source>usage: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
       urbis                  open the desktop application
commands:
  catalog list|search|show|delete|add   the dataset catalog (urbis catalog --help)
  demo                                  create the demo workspace in the data dir
  validate FILE [--schema S]            check a table (Frictionless report; urbis validate --help)
  import FILE... [--title T]            validate, normalise and catalog files (urbis import --help)
global options:
  --data-dir DIR   workspace folder (default: $URBIS_DATA_DIR or ~/.local/share/urbis)
  --json           machine-readable output on stdout
  --quiet          no messages on stderr
  --version        print versions and exit
exit codes: 0 ok, 1 invalid data, 2 usage error or unreadable input, 3 remote or I/O failure</source>
        <translation type="vanished">употреба: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
          urbis                  отваря настолното приложение
команди:
  catalog list|search|show|delete|add   каталогът с набори от данни (urbis catalog --help)
  demo                                  създава демонстрационното работно пространство в папката с данни
  validate FILE [--schema S]            проверява таблица (отчет на Frictionless; urbis validate --help)
  import FILE... [--title T]            валидира, нормализира и каталогизира файлове (urbis import --help)
глобални опции:
  --data-dir DIR   папка на работното пространство (по подразбиране: $URBIS_DATA_DIR или ~/.local/share/urbis)
  --json           машинно четим изход на stdout
  --quiet          без съобщения на stderr
  --version        извежда версиите и излиза
изходни кодове: 0 успех, 1 невалидни данни, 2 грешка в употребата или нечетим вход, 3 отдалечена или входно-изходна грешка</translation>
    </message>
    <message>
        <source>usage: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
       urbis                  open the desktop application
commands:
  catalog list|search|show|delete|add   the dataset catalog (urbis catalog --help)
  demo                                  create the demo workspace in the data dir
  validate FILE [--schema S]            check a table (Frictionless report; urbis validate --help)
  import FILE... [--title T]            validate, normalise and catalog files (urbis import --help)
  remote add|list|remove|test           S3-compatible remotes (urbis remote --help)
global options:
  --data-dir DIR   workspace folder (default: $URBIS_DATA_DIR or ~/.local/share/urbis)
  --json           machine-readable output on stdout
  --quiet          no messages on stderr
  --version        print versions and exit
exit codes: 0 ok, 1 invalid data, 2 usage error or unreadable input, 3 remote or I/O failure</source>
        <translation type="vanished">употреба: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
          urbis                  отваря настолното приложение
команди:
  catalog list|search|show|delete|add   каталогът с набори от данни (urbis catalog --help)
  demo                                  създава демонстрационното работно пространство в папката с данни
  validate FILE [--schema S]            проверява таблица (отчет на Frictionless; urbis validate --help)
  import FILE... [--title T]            валидира, нормализира и каталогизира файлове (urbis import --help)
  remote add|list|remove|test           S3-съвместими отдалечени хранилища (urbis remote --help)
глобални опции:
  --data-dir DIR   папка на работното пространство (по подразбиране: $URBIS_DATA_DIR или ~/.local/share/urbis)
  --json           машинно четим изход на stdout
  --quiet          без съобщения на stderr
  --version        извежда версиите и излиза
изходни кодове: 0 успех, 1 невалидни данни, 2 грешка в употребата или нечетим вход, 3 отдалечена или входно-изходна грешка</translation>
    </message>
    <message>
        <source>usage: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
       urbis                  open the desktop application
commands:
  catalog list|search|show|delete|add   the dataset catalog (urbis catalog --help)
  demo                                  create the demo workspace in the data dir
  validate FILE [--schema S]            check a table (Frictionless report; urbis validate --help)
  import FILE... [--title T]            validate, normalise and catalog files (urbis import --help)
  remote add|list|remove|test           S3-compatible remotes (urbis remote --help)
  sync [NAME] [--push] [--pull]         share the catalog through a remote (urbis sync --help)
  send ID --to URL [--token-env VAR]    post a dataset to a REST ingestion endpoint (urbis send --help)
global options:
  --data-dir DIR   workspace folder (default: $URBIS_DATA_DIR or ~/.local/share/urbis)
  --json           machine-readable output on stdout
  --quiet          no messages on stderr
  --version        print versions and exit
exit codes: 0 ok, 1 invalid data, 2 usage error or unreadable input, 3 remote or I/O failure</source>
        <translation type="vanished">употреба: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
          urbis                  отваря настолното приложение
команди:
  catalog list|search|show|delete|add   каталогът с набори от данни (urbis catalog --help)
  demo                                  създава демонстрационното работно пространство в папката с данни
  validate FILE [--schema S]            проверява таблица (отчет на Frictionless; urbis validate --help)
  import FILE... [--title T]            валидира, нормализира и каталогизира файлове (urbis import --help)
  remote add|list|remove|test           S3-съвместими отдалечени хранилища (urbis remote --help)
  sync [NAME] [--push] [--pull]         споделя каталога чрез отдалечено хранилище (urbis sync --help)
  send ID --to URL [--token-env VAR]    изпраща набор от данни към REST крайна точка за приемане на данни (urbis send --help)
глобални опции:
  --data-dir DIR   папка на работното пространство (по подразбиране: $URBIS_DATA_DIR или ~/.local/share/urbis)
  --json           машинно четим изход на stdout
  --quiet          без съобщения на stderr
  --version        извежда версиите и излиза
изходни кодове: 0 успех, 1 невалидни данни, 2 грешка в употребата или нечетим вход, 3 отдалечена или входно-изходна грешка</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="75"/>
        <source>usage: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
       urbis                  open the desktop application
commands:
  catalog list|search|show|delete|add   the dataset catalog (urbis catalog --help)
  demo                                  create the demo workspace in the data dir
  validate FILE [--schema S]            check a table (Frictionless report; urbis validate --help)
  import FILE... [--title T]            validate, normalise and catalog files (urbis import --help)
  remote add|list|remove|test           S3-compatible remotes (urbis remote --help)
  sync [NAME] [--push] [--pull]         share the catalog through a remote (urbis sync --help)
  send ID --to URL [--token-env VAR]    post a dataset to a REST ingestion endpoint (urbis send --help)
  kpi eval FILE.json [--city C] [--grain G]  evaluate KPI definitions or a dashboard (urbis kpi --help)
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
  import FILE... [--title T]            валидира, нормализира и каталогизира файлове (urbis import --help)
  remote add|list|remove|test           S3-съвместими отдалечени хранилища (urbis remote --help)
  sync [NAME] [--push] [--pull]         споделя каталога чрез отдалечено хранилище (urbis sync --help)
  send ID --to URL [--token-env VAR]    изпраща набор от данни към REST крайна точка за приемане на данни (urbis send --help)
  kpi eval FILE.json [--city C] [--grain G]  изчислява дефиниции на KPI или табло (urbis kpi --help)
глобални опции:
  --data-dir DIR   папка на работното пространство (по подразбиране: $URBIS_DATA_DIR или ~/.local/share/urbis)
  --json           машинно четим изход на stdout
  --quiet          без съобщения на stderr
  --version        извежда версиите и излиза
изходни кодове: 0 успех, 1 невалидни данни, 2 грешка в употребата или нечетим вход, 3 отдалечена или входно-изходна грешка</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="103"/>
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>--data-dir е празен (незададена променлива?); посочете папка</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="112"/>
        <source>no command given</source>
        <translation>не е зададена команда</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="144"/>
        <source>&quot;%1&quot; is not available in this build yet</source>
        <translation>&quot;%1&quot; все още не е налично в тази версия</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="145"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестна команда &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45"/>
        <source>Unknown option --%1</source>
        <translation>Неизвестна опция --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48"/>
        <source>Option --%1 needs a value</source>
        <translation>Опцията --%1 изисква стойност</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51"/>
        <source>Option --%1 takes no value</source>
        <translation>Опцията --%1 не приема стойност</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54"/>
        <source>Option --%1 given twice</source>
        <translation>Опцията --%1 е зададена два пъти</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictListModel</name>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="54"/>
        <source>Dataset</source>
        <translation>Набор от данни</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="56"/>
        <source>What differs</source>
        <translation>Какво се различава</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="58"/>
        <source>Detected</source>
        <translation>Открит</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictsView</name>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="25"/>
        <source>Conflicts</source>
        <translation>Конфликти</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="27"/>
        <source>No conflicts: nothing changed here and on the remote at the same time.</source>
        <translation>Няма конфликти: нищо не е променено едновременно тук и в отдалеченото хранилище.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="32"/>
        <source>Keep &amp;mine</source>
        <translation>Запазване на &amp;моето</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="33"/>
        <source>The remote gets this copy; theirs stays in the remote&apos;s blobs</source>
        <translation>Отдалеченото хранилище получава това копие; тяхното остава в blob обектите на отдалеченото хранилище</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="35"/>
        <source>Keep &amp;theirs</source>
        <translation>Запазване на &amp;тяхното</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="36"/>
        <source>This catalog gets the remote&apos;s copy; your edits stay in the history</source>
        <translation>Този каталог получава копието от отдалеченото хранилище; вашите редакции остават в историята</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="38"/>
        <source>Keep &amp;both</source>
        <translation>Запазване на &amp;двете</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="39"/>
        <source>Take the remote&apos;s versions and add your changes on top as new versions</source>
        <translation>Вземане на версиите от отдалеченото хранилище и добавяне на вашите промени върху тях като нови версии</translation>
    </message>
</context>
<context>
    <name>urbis::ConnectionTester</name>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="43"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="75"/>
        <source>Test cancelled</source>
        <translation>Тестът е отменен</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="85"/>
        <source>The remote answered: the bucket can be listed with these keys</source>
        <translation>Отдалеченото хранилище отговори: съдържанието на bucket може да бъде изброено с тези ключове</translation>
    </message>
</context>
<context>
    <name>urbis::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="55"/>
        <source>Row %1 is longer than %2 bytes</source>
        <translation>Ред %1 е по-дълъг от %2 байта</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="62"/>
        <source>Row %1: a quote is never closed</source>
        <translation>Ред %1: кавичка не е затворена</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="70"/>
        <source>Row %1 is not valid %2 text</source>
        <translation>Ред %1 не е валиден текст в %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="208"/>
        <source>Cannot read the file</source>
        <translation>Файлът не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="354"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 не може да бъде отворен: %2</translation>
    </message>
</context>
<context>
    <name>urbis::Dashboard</name>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="100"/>
        <source>This dashboard has format version %1; this Urbis reads version %2</source>
        <translation>Това табло е във формат версия %1; тази версия на Urbis чете версия %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="105"/>
        <source>Dashboard id &quot;%1&quot; may only contain lower-case letters, digits and &apos;-&apos;</source>
        <translation>Идентификаторът на таблото &quot;%1&quot; може да съдържа само малки букви, цифри и &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="113"/>
        <source>&quot;kpis&quot; must be a list of KPI definitions</source>
        <translation>&quot;kpis&quot; трябва да бъде списък от дефиниции на KPI</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="117"/>
        <source>KPI %1 of the dashboard is not an object</source>
        <translation>KPI %1 на таблото не е обект</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="120"/>
        <source>KPI %1 of the dashboard: %2</source>
        <translation>KPI %1 на таблото: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="122"/>
        <source>The KPI id &quot;%1&quot; is used twice</source>
        <translation>Идентификаторът на KPI &quot;%1&quot; е използван два пъти</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="128"/>
        <source>&quot;panels&quot; must be a list of panels</source>
        <translation>&quot;panels&quot; трябва да бъде списък от панели</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="135"/>
        <source>Panel %1 of the dashboard is not an object</source>
        <translation>Панел %1 на таблото не е обект</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="138"/>
        <source>Panel &quot;%1&quot; has the unknown type &quot;%2&quot;</source>
        <translation>Панелът &quot;%1&quot; е от неизвестния тип &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="141"/>
        <source>Panel %1 has no id</source>
        <translation>Панел %1 няма идентификатор</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="143"/>
        <source>The panel id &quot;%1&quot; is used twice</source>
        <translation>Идентификаторът на панел &quot;%1&quot; е използван два пъти</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="146"/>
        <source>Panel &quot;%1&quot; shows the unknown KPI &quot;%2&quot;</source>
        <translation>Панелът &quot;%1&quot; показва неизвестния KPI &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="149"/>
        <source>Panel &quot;%1&quot; lies outside the %2-column grid</source>
        <translation>Панелът &quot;%1&quot; е извън мрежата от %2 колони</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardBrowser</name>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="32"/>
        <source>Search dashboards</source>
        <translation>Търсене на табла</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="38"/>
        <source>New</source>
        <translation>Ново</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="39"/>
        <source>New dashboard from a template or empty</source>
        <translation>Ново табло от шаблон или празно</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="43"/>
        <source>From template: %1</source>
        <translation>От шаблон: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="45"/>
        <source>Empty dashboard</source>
        <translation>Празно табло</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="48"/>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="51"/>
        <source>Edit</source>
        <translation>Редактиране</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="53"/>
        <source>Edit the dashboard&apos;s KPIs and layout (Ctrl+E)</source>
        <translation>Редактиране на KPI и оформлението на таблото (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="65"/>
        <source>&lt;h3&gt;No dashboard yet&lt;/h3&gt;&lt;p&gt;Start from one of the KPI sets of the climate-neutrality framework; they work on any workspace with matching data (the demo workspace has it).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Все още няма табло&lt;/h3&gt;&lt;p&gt;Започнете от някой от наборите от KPI на рамката за климатична неутралност; те работят с всяко работно пространство със съответстващи данни (демонстрационното работно пространство ги съдържа).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="72"/>
        <source>Create &quot;%1&quot;</source>
        <translation>Създаване на &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="102"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="122"/>
        <source>Saved &quot;%1&quot;</source>
        <translation>Запазено: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="208"/>
        <source>Unsaved changes</source>
        <translation>Незапазени промени</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="209"/>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Да се запазят ли промените в &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="228"/>
        <source>This workspace is set up for viewing: dashboards can be filtered and exported, not changed.</source>
        <translation>Това работно пространство е настроено само за преглед: таблата могат да се филтрират и експортират, но не и да се променят.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="275"/>
        <source>New dashboard</source>
        <translation>Ново табло</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="291"/>
        <source>Delete dashboard</source>
        <translation>Изтриване на табло</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="291"/>
        <source>Delete the dashboard &quot;%1&quot;? Its KPIs go with it; the data stays.</source>
        <translation>Да се изтрие ли таблото &quot;%1&quot;? Неговите KPI се изтриват заедно с него; данните остават.</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardDesigner</name>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="64"/>
        <source>Read-only: this workspace is set up for viewers (workspace.json, role &quot;viewer&quot;). You can look at the layout and the KPI definitions, but not change or save them.</source>
        <translation>Само за четене: това работно пространство е настроено за наблюдатели (workspace.json, роля &quot;viewer&quot;). Можете да разглеждате оформлението и дефинициите на KPI, но не и да ги променяте или запазвате.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="118"/>
        <source>Undo</source>
        <translation>Отмяна</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="119"/>
        <source>Redo</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="121"/>
        <source>Save</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="122"/>
        <source>Save the dashboard (Ctrl+S)</source>
        <translation>Запазване на таблото (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="124"/>
        <source>New KPI…</source>
        <translation>Нов KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="125"/>
        <source>Define a new KPI for this dashboard (Ctrl+N)</source>
        <translation>Дефиниране на нов KPI за това табло (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="127"/>
        <source>Remove panel</source>
        <translation>Премахване на панел</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="128"/>
        <source>Remove the selected panel (Delete on the grid)</source>
        <translation>Премахване на избрания панел (Delete в мрежата)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="188"/>
        <source>Add %1 panel</source>
        <translation>Добавяне на панел от тип „%1“</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="202"/>
        <source>Resize %1</source>
        <translation>Преоразмеряване на %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="202"/>
        <source>Move %1</source>
        <translation>Преместване на %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="209"/>
        <source>Remove %1</source>
        <translation>Премахване на %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="218"/>
        <source>Add KPI %1</source>
        <translation>Добавяне на KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="233"/>
        <source>Edit KPI %1</source>
        <translation>Редактиране на KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="243"/>
        <source>Remove KPI %1</source>
        <translation>Премахване на KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="262"/>
        <source>Change %1</source>
        <translation>Промяна на %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="270"/>
        <source>This workspace is read-only for viewers; the dashboard was not saved.</source>
        <translation>Това работно пространство е само за четене за наблюдатели; таблото не е запазено.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="277"/>
        <source>Not saved: %1</source>
        <translation>Не е запазено: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="281"/>
        <source>Saved “%1”.</source>
        <translation>Запазено: „%1“.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="310"/>
        <source>New KPI</source>
        <translation>Нов KPI</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="337"/>
        <source>%n panel(s)</source>
        <translation>
            <numerusform>%n панел</numerusform>
            <numerusform>%n панела</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="338"/>
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPI</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="340"/>
        <source>modified</source>
        <translation>променено</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardExporter</name>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="27"/>
        <source>Could not write %1.</source>
        <translation>%1 не може да бъде записан.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="85"/>
        <source>PNG encoding failed.</source>
        <translation>Кодирането в PNG е неуспешно.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="101"/>
        <source>Urbis dashboard panel</source>
        <translation>Панел от табло на Urbis</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="104"/>
        <source>Could not start the SVG painter.</source>
        <translation>Изобразяването в SVG не може да бъде стартирано.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="124"/>
        <source>Could not start the PDF painter.</source>
        <translation>Изобразяването в PDF не може да бъде стартирано.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="155"/>
        <source>Dashboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="158"/>
        <source>Exported %1</source>
        <translation>Експортирано: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="159"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 от %2</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardFilterBar</name>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="26"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="162"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="163"/>
        <source>open</source>
        <translation>неограничено</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="38"/>
        <source>Cities whose datasets the KPIs read</source>
        <translation>Градове, чиито набори от данни се използват от KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="42"/>
        <source>First day (inclusive); the earliest date means no bound</source>
        <translation>Първи ден (включително); най-ранната дата означава без ограничение</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="44"/>
        <source>Last day (inclusive); the earliest date means no bound</source>
        <translation>Последен ден (включително); най-ранната дата означава без ограничение</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="46"/>
        <source>KPI&apos;s own grain</source>
        <translation>Собствена времева стъпка на всеки KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Day</source>
        <translation>Ден</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Week</source>
        <translation>Седмица</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="52"/>
        <source>All domains</source>
        <translation>Всички области</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="58"/>
        <source>City:</source>
        <translation>Град:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="61"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="63"/>
        <source>To:</source>
        <translation>До:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="66"/>
        <source>Grain:</source>
        <translation>Времева стъпка:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="68"/>
        <source>Domain:</source>
        <translation>Област:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="98"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="121"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="160"/>
        <source>All cities</source>
        <translation>Всички градове</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="123"/>
        <source>%n cities</source>
        <translation>
            <numerusform>%n град</numerusform>
            <numerusform>%n града</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="160"/>
        <source>Cities: %1</source>
        <translation>Градове: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="162"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="165"/>
        <source>All dates</source>
        <translation>Всички дати</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="167"/>
        <source>Grain: %1</source>
        <translation>Времева стъпка: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="169"/>
        <source>Domain: %1</source>
        <translation>Област: %1</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardPage</name>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="52"/>
        <source>Refresh</source>
        <translation>Опресняване</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="52"/>
        <source>Evaluate the KPIs again</source>
        <translation>Повторно изчисляване на KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="53"/>
        <source>Export dashboard as PDF…</source>
        <translation>Експортиране на таблото като PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="54"/>
        <source>Edit dashboard…</source>
        <translation>Редактиране на таблото…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="158"/>
        <source>Evaluating %n KPI(s)…</source>
        <translation>
            <numerusform>Изчисляване на %n KPI…</numerusform>
            <numerusform>Изчисляване на %n KPI…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="177"/>
        <source>The evaluation was removed before it finished.</source>
        <translation>Изчислението беше премахнато, преди да завърши.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="182"/>
        <source>Evaluation cancelled.</source>
        <translation>Изчислението е отменено.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="183"/>
        <source>Evaluation failed: %1</source>
        <translation>Изчислението е неуспешно: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="198"/>
        <source>%n KPI(s) evaluated in %1 ms</source>
        <translation>
            <numerusform>%n KPI е изчислен за %1 ms</numerusform>
            <numerusform>%n KPI са изчислени за %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="200"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n неуспешен</numerusform>
            <numerusform>%n неуспешни</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="239"/>
        <source>Export panel as SVG</source>
        <translation>Експортиране на панела като SVG</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="239"/>
        <source>Export panel as PNG</source>
        <translation>Експортиране на панела като PNG</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="240"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG изображения (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="240"/>
        <source>PNG images (*.png)</source>
        <translation>PNG изображения (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="245"/>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="260"/>
        <source>Export failed</source>
        <translation>Експортирането е неуспешно</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="247"/>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="262"/>
        <source>Exported %1</source>
        <translation>Експортирано: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="252"/>
        <source>Export dashboard as PDF</source>
        <translation>Експортиране на таблото като PDF</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="254"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документи (*.pdf)</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardPanel</name>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="18"/>
        <source>Stat</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="19"/>
        <source>Line chart</source>
        <translation>Линейна диаграма</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="20"/>
        <source>Bar chart</source>
        <translation>Стълбовидна диаграма</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="21"/>
        <source>Stacked bar chart</source>
        <translation>Натрупана стълбовидна диаграма</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="22"/>
        <source>Pie chart</source>
        <translation>Кръгова диаграма</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="23"/>
        <source>Gauge</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="24"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="25"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="26"/>
        <source>Histogram</source>
        <translation>Хистограма</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardStore</name>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="35"/>
        <source>&quot;%1&quot; is not a dashboard id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; не е идентификатор на табло: използвайте малки букви, цифри и &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="42"/>
        <source>There is no dashboard file %1</source>
        <translation>Няма файл на табло %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="44"/>
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="49"/>
        <source>%1 is not valid JSON (at character %2)</source>
        <translation>%1 не е валиден JSON (при знак %2)</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="52"/>
        <source>%1 does not hold a dashboard object</source>
        <translation>%1 не съдържа обект на табло</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="114"/>
        <source>%1 is not a folder</source>
        <translation>%1 не е папка</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="145"/>
        <source>There is no dashboard &quot;%1&quot;</source>
        <translation>Няма табло &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="147"/>
        <source>Cannot remove the dashboard &quot;%1&quot;</source>
        <translation>Таблото &quot;%1&quot; не може да бъде премахнато</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="164"/>
        <source>There is no dashboard template &quot;%1&quot;</source>
        <translation>Няма шаблон на табло &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::DataPreviewTab</name>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="63"/>
        <source>No data store is connected to this panel.</source>
        <translation>Към този панел не е свързано хранилище за данни.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="96"/>
        <source>Reading the data…</source>
        <translation>Четене на данните…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="100"/>
        <source>The data preview opens when this tab is shown.</source>
        <translation>Прегледът на данните се отваря, когато този раздел бъде показан.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106"/>
        <source>1 row</source>
        <translation>1 ред</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106"/>
        <source>%1 rows</source>
        <translation>%1 реда</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="108"/>
        <source>First %1 of %2 rows; scroll down to read more</source>
        <translation>Първите %1 от %2 реда; превъртете надолу, за да прочетете още</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="110"/>
        <source>First %1 rows; scroll down to read more</source>
        <translation>Първите %1 реда; превъртете надолу, за да прочетете още</translation>
    </message>
</context>
<context>
    <name>urbis::Database</name>
    <message>
        <location filename="../core/util/database.cpp" line="35"/>
        <source>Cannot open the database %1</source>
        <translation>Базата данни %1 не може да бъде отворена</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="84"/>
        <location filename="../core/util/statement.cpp" line="104"/>
        <source>The database refused the change</source>
        <translation>Базата данни отхвърли промяната</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="98"/>
        <source>The database could not run a query</source>
        <translation>Базата данни не можа да изпълни заявка</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetActionBar</name>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="15"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редактиране…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="16"/>
        <source>Change title, description, keywords, license and source</source>
        <translation>Промяна на заглавието, описанието, ключовите думи, лиценза и източника</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="17"/>
        <source>Export the &amp;data…</source>
        <translation>Експортиране на &amp;данните…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18"/>
        <source>Save the stored data (GeoPackage or GeoTIFF) as a file</source>
        <translation>Записване на съхранените данни (GeoPackage или GeoTIFF) като файл</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="19"/>
        <source>Export the &amp;original file…</source>
        <translation>Експортиране на &amp;оригиналния файл…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="20"/>
        <source>Save the file as it was imported</source>
        <translation>Записване на файла във вида, в който е импортиран</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="21"/>
        <source>Export the validation &amp;report…</source>
        <translation>Експортиране на о&amp;тчета от валидирането…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="22"/>
        <source>Save the validation report (JSON)</source>
        <translation>Записване на отчета от валидирането (JSON)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23"/>
        <source>Ne&amp;w version…</source>
        <translation>Нова &amp;версия…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="24"/>
        <source>Import a changed file as the next version of this dataset</source>
        <translation>Импортиране на променен файл като следваща версия на този набор от данни</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25"/>
        <source>Show on m&amp;ap</source>
        <translation>Показване на &amp;картата</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="26"/>
        <source>Zoom the map to this dataset</source>
        <translation>Мащабиране на картата до този набор от данни</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="27"/>
        <source>Delete…</source>
        <translation>Изтриване…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="28"/>
        <source>Delete this version from the catalog (its history is kept)</source>
        <translation>Изтриване на тази версия от каталога (историята ѝ се запазва)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="38"/>
        <source>E&amp;xport</source>
        <translation>&amp;Експортиране</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58"/>
        <source>Download the &amp;data</source>
        <translation>&amp;Изтегляне на данните</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="59"/>
        <source>Bring this dataset&apos;s data from the remote it was synced with</source>
        <translation>Изтегляне на данните на този набор от данни от отдалеченото хранилище, с което е синхронизиран</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="78"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetAssets</name>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="36"/>
        <source>This dataset has no stored data to preview.</source>
        <translation>Този набор от данни няма съхранени данни за преглед.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="40"/>
        <source>This dataset is a raster (%1): it has no table of rows to preview.</source>
        <translation>Този набор от данни е растер (%1): няма таблица с редове за преглед.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="41"/>
        <source>This dataset has no table to preview (its data is %1).</source>
        <translation>Този набор от данни няма таблица за преглед (медиен тип на данните: %1).</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="46"/>
        <source>The data of this dataset is not stored on this computer.</source>
        <translation>Данните на този набор от данни не са съхранени на този компютър.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="48"/>
        <source>The stored data of this dataset is missing (%1).</source>
        <translation>Съхранените данни на този набор от данни липсват (%1).</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetDetailsWidget</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="vanished">&amp;Редактиране…</translation>
    </message>
    <message>
        <source>Change title, description, keywords, license and source</source>
        <translation type="vanished">Промяна на заглавието, описанието, ключовите думи, лиценза и източника</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="55"/>
        <source>&amp;Metadata</source>
        <translation>&amp;Метаданни</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="56"/>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198"/>
        <source>S&amp;chema</source>
        <translation>&amp;Схема</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="57"/>
        <source>Data &amp;preview</source>
        <translation>&amp;Преглед на данните</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="58"/>
        <source>Validation &amp;report</source>
        <translation>&amp;Отчет от валидирането</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="59"/>
        <source>Histor&amp;y</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="176"/>
        <source>Select a dataset to see its details.</source>
        <translation>Изберете набор от данни, за да видите подробностите за него.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198"/>
        <source>S&amp;chema (%1)</source>
        <translation>&amp;Схема (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="244"/>
        <source>Cancel and open the dataset again to see the current version.</source>
        <translation>Откажете и отворете набора от данни отново, за да видите текущата версия.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="258"/>
        <source>Export</source>
        <translation>Експортиране</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="268"/>
        <source>Nothing to export: this dataset has no stored file of that kind.</source>
        <translation>Няма какво да се експортира: този набор от данни няма съхранен файл от този вид.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280"/>
        <source>Exported %1.</source>
        <translation>Експортирано: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280"/>
        <source>Export of %1 failed: %2</source>
        <translation>Експортирането на %1 е неуспешно: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="282"/>
        <source>Exporting %1…</source>
        <translation>Експортиране на %1…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="294"/>
        <source>Delete “%1” from the catalog?</source>
        <translation>Да се изтрие ли „%1“ от каталога?</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="295"/>
        <source>Delete version %1 of “%2”? Version %3 becomes the latest again.</source>
        <translation>Да се изтрие ли версия %1 на „%2“? Версия %3 отново става най-новата.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="297"/>
        <source>Delete dataset</source>
        <translation>Изтриване на набора от данни</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="298"/>
        <source>The change history is kept.</source>
        <translation>Историята на промените се запазва.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="307"/>
        <source>“%1” was deleted.</source>
        <translation>„%1“ е изтрит.</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetEditor</name>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="23"/>
        <source>comma-separated, e.g. air quality, pm10</source>
        <translation>разделени със запетая, напр. качество на въздуха, pm10</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="26"/>
        <source>SPDX id or URL, e.g. CC-BY-4.0</source>
        <translation>SPDX идентификатор или URL, напр. CC-BY-4.0</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="34"/>
        <source>Save</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="37"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="42"/>
        <source>&amp;Title *</source>
        <translation>&amp;Заглавие *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="43"/>
        <source>&amp;Description *</source>
        <translation>&amp;Описание *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="45"/>
        <source>&amp;License *</source>
        <translation>&amp;Лиценз *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="46"/>
        <source>&amp;Source *</source>
        <translation>&amp;Източник *</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="vanished">&amp;Заглавие</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="vanished">&amp;Описание</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="44"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Ключови думи</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation type="vanished">&amp;Лиценз</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="vanished">&amp;Източник</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetRecord</name>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="123"/>
        <source>Field &quot;%1&quot; must be a string</source>
        <translation>Полето &quot;%1&quot; трябва да е низ</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="145"/>
        <source>&quot;%1&quot; is not an ISO 8601 date or time: %2</source>
        <translation>&quot;%1&quot; не е дата или час по ISO 8601: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="154"/>
        <source>&quot;bbox&quot; must be [west, south, east, north]</source>
        <translation>&quot;bbox&quot; трябва да е [запад, юг, изток, север]</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTable</name>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="84"/>
        <source>Cannot open the stored data as a GeoPackage</source>
        <translation>Съхранените данни не могат да бъдат отворени като GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="86"/>
        <source>The stored GeoPackage holds no table</source>
        <translation>Съхраненият GeoPackage не съдържа таблица</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="131"/>
        <source>Reading cancelled</source>
        <translation>Четенето е отменено</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="135"/>
        <source>Cannot read the stored data</source>
        <translation>Съхранените данни не могат да бъдат прочетени</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTableModel</name>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="59"/>
        <source>Reading rows</source>
        <translation>Четене на редовете</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="86"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="136"/>
        <source>empty (null)</source>
        <translation>празно (null)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="151"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetView</name>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="31"/>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="32"/>
        <source>Publisher</source>
        <translation>Издател</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="33"/>
        <source>City / country</source>
        <translation>Град / държава</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="34"/>
        <source>Domain</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="35"/>
        <source>Keywords</source>
        <translation>Ключови думи</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="36"/>
        <source>License</source>
        <translation>Лиценз</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="37"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="38"/>
        <source>Temporal extent</source>
        <translation>Времеви обхват</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="39"/>
        <source>Bounding box</source>
        <translation>Ограничаващ правоъгълник</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="40"/>
        <source>CRS</source>
        <translation>Координатна система</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="41"/>
        <source>Features / rows</source>
        <translation>Обекти / редове</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="42"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="43"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="45"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="46"/>
        <source>Validation</source>
        <translation>Валидиране</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="47"/>
        <source>Created</source>
        <translation>Създаден</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="48"/>
        <source>Modified</source>
        <translation>Променен</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="49"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Име</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Тип</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Мерна единица</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Описание</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="vanished">Полета</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="vanished">История</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="95"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="104"/>
        <source>%1 (superseded by %2)</source>
        <translation>%1 (заменена от %2)</translation>
    </message>
</context>
<context>
    <name>urbis::DemoAirQuality</name>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="70"/>
        <source>Dominant pollutant of the hour</source>
        <translation>Преобладаващ замърсител за часа</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="73"/>
        <source>Source of the data provider</source>
        <translation>Източник на доставчика на данни</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="74"/>
        <source>Name of the city</source>
        <translation>Име на града</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="75"/>
        <source>Two letter country code</source>
        <translation>Двубуквен код на държавата</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="76"/>
        <source>Postal code of the city centre</source>
        <translation>Пощенски код на центъра на града</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="77"/>
        <source>Latitude of the station</source>
        <translation>Географска ширина на станцията</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="78"/>
        <source>Longitude of the station</source>
        <translation>Географска дължина на станцията</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="80"/>
        <source>Relative humidity</source>
        <translation>Относителна влажност</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="81"/>
        <source>Carbon monoxide</source>
        <translation>Въглероден оксид</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="82"/>
        <source>Nitrogen dioxide</source>
        <translation>Азотен диоксид</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="83"/>
        <source>Air pressure at sea level</source>
        <translation>Атмосферно налягане на морското равнище</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="84"/>
        <source>Particulate matter up to 10 um</source>
        <translation>Прахови частици до 10 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="85"/>
        <source>Particulate matter up to 2.5 um</source>
        <translation>Прахови частици до 2,5 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="86"/>
        <source>Air temperature</source>
        <translation>Температура на въздуха</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="87"/>
        <source>Wind speed</source>
        <translation>Скорост на вятъра</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="88"/>
        <source>Start of the hour the values are means of (UTC)</source>
        <translation>Начало на часа, за който са средните стойности (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="89"/>
        <source>Measuring station</source>
        <translation>Измервателна станция</translation>
    </message>
</context>
<context>
    <name>urbis::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="15"/>
        <source>demo takes no arguments</source>
        <translation>demo не приема аргументи</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="16"/>
        <source>usage: urbis demo [--data-dir DIR]</source>
        <translation>употреба: urbis demo [--data-dir DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="22"/>
        <source>Creating demo</source>
        <translation>Създаване на демонстрационни данни</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34"/>
        <source>%1 demo datasets created, %2 already present in %3</source>
        <translation>Създадени демонстрационни набори от данни: %1, вече налични в %3: %2</translation>
    </message>
</context>
<context>
    <name>urbis::DemoDistricts</name>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="14"/>
        <source>Name of the city</source>
        <translation>Име на града</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="15"/>
        <source>Name of the district</source>
        <translation>Име на района</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="16"/>
        <source>Code of the district</source>
        <translation>Код на района</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="17"/>
        <source>Residents</source>
        <translation>Жители</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="18"/>
        <source>Year the residents were counted</source>
        <translation>Година на преброяване на жителите</translation>
    </message>
</context>
<context>
    <name>urbis::DemoMonthlyTable</name>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="19"/>
        <source>Name of the city</source>
        <translation>Име на града</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="20"/>
        <source>Name of the district</source>
        <translation>Име на района</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="21"/>
        <source>Code of the district</source>
        <translation>Код на района</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="22"/>
        <source>Latitude of the district centre</source>
        <translation>Географска ширина на центъра на района</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="23"/>
        <source>Longitude of the district centre</source>
        <translation>Географска дължина на центъра на района</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="24"/>
        <source>First day of the month</source>
        <translation>Първи ден от месеца</translation>
    </message>
</context>
<context>
    <name>urbis::DemoTrafficCounts</name>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="31"/>
        <source>Counting station</source>
        <translation>Преброителна станция</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="32"/>
        <source>Road the station counts on</source>
        <translation>Път, на който брои станцията</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="33"/>
        <source>Latitude of the station</source>
        <translation>Географска ширина на станцията</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="34"/>
        <source>Longitude of the station</source>
        <translation>Географска дължина на станцията</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="35"/>
        <source>Start of the hour (UTC)</source>
        <translation>Начало на часа (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="36"/>
        <source>Vehicles counted in the hour, both directions</source>
        <translation>Преброени превозни средства за часа, в двете посоки</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="37"/>
        <source>Lorries and buses among them</source>
        <translation>От тях камиони и автобуси</translation>
    </message>
</context>
<context>
    <name>urbis::DemoWorkspace</name>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="52"/>
        <source>%1 air quality, January 2023</source>
        <translation>Качество на въздуха в %1, януари 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="53"/>
        <source>Hourly PM10, PM2.5, NO2, CO, temperature, humidity, pressure and wind speed at three stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>Почасови стойности на PM10, PM2.5, NO2, CO, температура, влажност, налягане и скорост на вятъра от три станции в %1 (синтетични демонстрационни данни във формата от Приложение B на CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="62"/>
        <source>Monthly electricity consumption of municipal buildings per district, in kWh (synthetic).</source>
        <translation>Месечно потребление на електроенергия от общинските сгради по райони, в kWh (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="68"/>
        <source>Electricity used by municipal buildings in the month</source>
        <translation>Електроенергия, потребена от общинските сгради през месеца</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="77"/>
        <source>Sofia city-centre traffic counts, January 2023</source>
        <translation>Преброяване на трафика в центъра на София, януари 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="78"/>
        <source>Hourly vehicle counts at four counting stations on the main roads into the city centre (synthetic).</source>
        <translation>Почасов брой превозни средства от четири преброителни станции по главните пътища към центъра на града (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="87"/>
        <source>Monthly collected and recycled small WEEE and textile waste per district, in tonnes (synthetic).</source>
        <translation>Месечни количества събрано и рециклирано малко ИУЕЕО и текстилни отпадъци по райони, в тонове (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="91"/>
        <source>Waste collected in the month</source>
        <translation>Събрани отпадъци през месеца</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="92"/>
        <source>Part of it sent to recycling</source>
        <translation>Част от тях, изпратена за рециклиране</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="102"/>
        <source>Monthly CO2 emissions estimated per district, in tonnes (synthetic).</source>
        <translation>Месечни оценки на емисиите на CO2 по райони, в тонове (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="107"/>
        <source>CO2 emitted in the month</source>
        <translation>Изпуснат CO2 през месеца</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="115"/>
        <source>%1 districts 2023</source>
        <translation>Райони на %1 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="116"/>
        <source>Boundaries of four central districts of %1 with their population (synthetic).</source>
        <translation>Граници на четири централни района на %1 с тяхното население (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="183"/>
        <source>Cannot create the work folder %1</source>
        <translation>Работната папка %1 не може да бъде създадена</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="186"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Не може да бъде създадена работна папка в %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="189"/>
        <source>Creating %1</source>
        <translation>Създаване на %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="195"/>
        <source>Cannot write %1</source>
        <translation>%1 не може да бъде записан</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="225"/>
        <source>The demo dataset &quot;%1&quot; does not pass validation: %2</source>
        <translation>Демонстрационният набор от данни &quot;%1&quot; не преминава валидирането: %2</translation>
    </message>
    <message>
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation type="vanished">Почасови стойности на PM10, PM2.5, NO2, озон, температура и влажност от две станции в %1 (синтетични демонстрационни данни във формата от Приложение B на CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="61"/>
        <source>Athens building energy consumption 2019-2023</source>
        <translation>Потребление на енергия в сградите в Атина 2019-2023</translation>
    </message>
    <message>
        <source>Monthly electricity consumption of municipal buildings per district (synthetic).</source>
        <translation type="vanished">Месечно потребление на електроенергия от общинските сгради по райони (синтетични данни).</translation>
    </message>
    <message>
        <source>Sofia city-centre traffic counts 2019-2023</source>
        <translation type="vanished">Преброяване на трафика в центъра на София 2019-2023</translation>
    </message>
    <message>
        <source>Monthly mean daily vehicle counts per district of the city centre (synthetic).</source>
        <translation type="vanished">Месечен среден дневен брой превозни средства по райони в центъра на града (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="86"/>
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Събиране на ИУЕЕО и текстилни отпадъци в Торино 2019-2023</translation>
    </message>
    <message>
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation type="vanished">Месечни количества събрано малко ИУЕЕО и текстилни отпадъци по райони (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="101"/>
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>Емисии на CO2 в Дифердинген 2019-2023</translation>
    </message>
    <message>
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation type="vanished">Месечни оценки на емисиите на CO2 по райони (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="158"/>
        <source>Demo workspace creation cancelled</source>
        <translation>Създаването на демонстрационното работно пространство е отменено</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="147"/>
        <source>City of %1</source>
        <translation>Община %1</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerDashboardProperties</name>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="36"/>
        <source>open</source>
        <translation>неограничено</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="41"/>
        <source>all cities; or e.g. Athens, Sofia</source>
        <translation>всички градове; или напр. Athens, Sofia</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="42"/>
        <source>each KPI&apos;s own</source>
        <translation>собствената на всеки KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="43"/>
        <source>Day</source>
        <translation>Ден</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="44"/>
        <source>Week</source>
        <translation>Седмица</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="45"/>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="46"/>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="47"/>
        <source>all domains</source>
        <translation>всички области</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="51"/>
        <source>&lt;b&gt;Dashboard&lt;/b&gt;</source>
        <translation>&lt;b&gt;Табло&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="53"/>
        <source>Title:</source>
        <translation>Заглавие:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="54"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="55"/>
        <source>City:</source>
        <translation>Град:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="56"/>
        <source>&lt;b&gt;Common filters&lt;/b&gt; (applied to every panel)</source>
        <translation>&lt;b&gt;Общи филтри&lt;/b&gt; (прилагат се към всеки панел)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="59"/>
        <source>Cities:</source>
        <translation>Градове:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="60"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="61"/>
        <source>To:</source>
        <translation>До:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="62"/>
        <source>Grain:</source>
        <translation>Времева стъпка:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="63"/>
        <source>Domain:</source>
        <translation>Област:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="71"/>
        <source>title</source>
        <translation>заглавие</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="76"/>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="80"/>
        <source>city</source>
        <translation>град</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="84"/>
        <source>cities filter</source>
        <translation>филтър за градове</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="88"/>
        <source>start date</source>
        <translation>начална дата</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="93"/>
        <source>end date</source>
        <translation>крайна дата</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="97"/>
        <source>grain</source>
        <translation>времева стъпка</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="103"/>
        <source>domain</source>
        <translation>област</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="142"/>
        <source>Change the dashboard %1</source>
        <translation>Промяна на таблото: %1</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerGrid</name>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="36"/>
        <source>Dashboard layout</source>
        <translation>Оформление на таблото</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="334"/>
        <source>This dashboard has no panels.</source>
        <translation>Това табло няма панели.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="335"/>
        <source>Drag a KPI or a visualisation from the palette onto the grid.</source>
        <translation>Плъзнете KPI или визуализация от палитрата върху мрежата.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="365"/>
        <source>%1 · %2×%3</source>
        <translation>%1 · %2×%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/designergrid.cpp" line="375"/>
        <source>+ %n more KPI(s)</source>
        <translation>
            <numerusform>+ още %n KPI</numerusform>
            <numerusform>+ още %n KPI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPalette</name>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="45"/>
        <source>New KPI…</source>
        <translation>Нов KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="45"/>
        <source>Define a new KPI for this dashboard (Ctrl+N)</source>
        <translation>Дефиниране на нов KPI за това табло (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="46"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="138"/>
        <source>Edit…</source>
        <translation>Редактиране…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="46"/>
        <source>Edit the selected KPI (Return)</source>
        <translation>Редактиране на избрания KPI (Return)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="47"/>
        <source>Remove</source>
        <translation>Премахване</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="47"/>
        <source>Remove the selected KPI from the dashboard and its panels (Delete)</source>
        <translation>Премахване на избрания KPI от таблото и неговите панели (Delete)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="50"/>
        <source>Search KPIs, types, panels…</source>
        <translation>Търсене на KPI, типове, панели…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="52"/>
        <source>Search the palette</source>
        <translation>Търсене в палитрата</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="53"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="67"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="54"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="70"/>
        <source>Visualisations</source>
        <translation>Визуализации</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="55"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="72"/>
        <source>Panels</source>
        <translation>Панели</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="138"/>
        <source>View…</source>
        <translation>Преглед…</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPaletteModel</name>
    <message>
        <location filename="../widgets/kpi/designerpalettemodel.cpp" line="74"/>
        <source>Drag onto the grid to add a %1 panel</source>
        <translation>Плъзнете върху мрежата, за да добавите панел от тип „%1“</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalettemodel.cpp" line="77"/>
        <source>%1
%2
Drag onto the grid to chart it; double-click to edit.</source>
        <translation>%1
%2
Плъзнете върху мрежата, за да го визуализирате; щракнете двукратно, за да го редактирате.</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPanelModel</name>
    <message>
        <location filename="../widgets/kpi/designerpanelmodel.cpp" line="41"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelmodel.cpp" line="65"/>
        <source>%1: column %2, row %3, %4 × %5 cells</source>
        <translation>%1: колона %2, ред %3, %4 × %5 клетки</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPanelProperties</name>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="27"/>
        <source>auto</source>
        <translation>автоматично</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="49"/>
        <source>Filter KPIs…</source>
        <translation>Филтриране на KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="55"/>
        <source>Trend vs. previous period</source>
        <translation>Тенденция спрямо предходния период</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="59"/>
        <source>Choropleth (areas)</source>
        <translation>Картограма (площи)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="60"/>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="62"/>
        <source>boundary dataset id or title</source>
        <translation>идентификатор или заглавие на набора от данни с граници</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="68"/>
        <source>default (10)</source>
        <translation>по подразбиране (10)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="71"/>
        <source>default (500)</source>
        <translation>по подразбиране (500)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="76"/>
        <source>Title:</source>
        <translation>Заглавие:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="77"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="78"/>
        <source>KPIs:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="79"/>
        <source>Dimension:</source>
        <translation>Измерение:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="81"/>
        <source>Gauge minimum:</source>
        <translation>Минимум на индикатора:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="82"/>
        <source>Gauge maximum:</source>
        <translation>Максимум на индикатора:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="83"/>
        <source>Map mode:</source>
        <translation>Режим на картата:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="84"/>
        <source>Boundaries:</source>
        <translation>Граници:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="85"/>
        <source>Join field:</source>
        <translation>Поле за съединяване:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="86"/>
        <source>Latitude field:</source>
        <translation>Поле за географска ширина:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="87"/>
        <source>Longitude field:</source>
        <translation>Поле за географска дължина:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="88"/>
        <source>Bins:</source>
        <translation>Интервали:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="89"/>
        <source>Row limit:</source>
        <translation>Ограничение на редовете:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="99"/>
        <source>title</source>
        <translation>заглавие</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="103"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="113"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="162"/>
        <source>&lt;b&gt;Panel&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Панел&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="163"/>
        <source>&lt;b&gt;Panel&lt;/b&gt;&lt;br&gt;Select a panel on the grid, or drag one from the palette.</source>
        <translation>&lt;b&gt;Панел&lt;/b&gt;&lt;br&gt;Изберете панел в мрежата или плъзнете нов от палитрата.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="171"/>
        <source>default: %1</source>
        <translation>по подразбиране: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="244"/>
        <source>Change the %1 of %2</source>
        <translation>Промяна на панела %2: %1</translation>
    </message>
</context>
<context>
    <name>urbis::Extent</name>
    <message>
        <location filename="../core/geo/extent.cpp" line="67"/>
        <source>Invalid bounding box &quot;%1&quot;: %2</source>
        <translation>Невалиден ограничаващ правоъгълник &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="70"/>
        <source>expected W,S,E,N</source>
        <translation>очаква се W,S,E,N</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="76"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; не е число</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="79"/>
        <source>longitude outside -180..180</source>
        <translation>географската дължина е извън -180..180</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="81"/>
        <source>latitude outside -90..90</source>
        <translation>географската ширина е извън -90..90</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="83"/>
        <source>south is greater than north</source>
        <translation>южната граница е по-голяма от северната</translation>
    </message>
</context>
<context>
    <name>urbis::FacetList</name>
    <message>
        <location filename="../widgets/catalog/facetlist.cpp" line="21"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>urbis::FactScan</name>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="36"/>
        <source>Cannot open the data of a dataset: %1</source>
        <translation>Данните на набор от данни не могат да бъдат отворени: %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="98"/>
        <source>Cannot read the facts</source>
        <translation>Фактите не могат да бъдат прочетени</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="182"/>
        <source>Reading the facts failed</source>
        <translation>Четенето на фактите е неуспешно</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="235"/>
        <source>The data of this dataset is not a GeoPackage table: KPIs need tabular facts</source>
        <translation>Данните на този набор от данни не са таблица в GeoPackage: KPI изискват таблични факти</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="242"/>
        <source>The GeoPackage holds no table</source>
        <translation>GeoPackage файлът не съдържа таблица</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="254"/>
        <source>Cannot read the columns of %1</source>
        <translation>Колоните на %1 не могат да бъдат прочетени</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="272"/>
        <source>Cannot read the facts of table %1</source>
        <translation>Фактите от таблица %1 не могат да бъдат прочетени</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="303"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>urbis::FilePage</name>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="26"/>
        <source>table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="27"/>
        <source>vector layer</source>
        <translation>векторен слой</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="28"/>
        <source>raster</source>
        <translation>растер</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="31"/>
        <source>unknown format</source>
        <translation>неизвестен формат</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="38"/>
        <source>Files to import</source>
        <translation>Файлове за импортиране</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="39"/>
        <source>Add tables (CSV, JSON, XML), vector layers (GeoJSON, Shapefile, GeoPackage, KML, GML) or rasters (GeoTIFF, PNG, JPEG). You can also drop files here or on the main window.</source>
        <translation>Добавете таблици (CSV, JSON, XML), векторни слоеве (GeoJSON, Shapefile, GeoPackage, KML, GML) или растери (GeoTIFF, PNG, JPEG). Можете също да пуснете файлове тук или в главния прозорец.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="47"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавяне на файлове…</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="49"/>
        <source>Choose files to import (%1)</source>
        <translation>Избор на файлове за импортиране (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="50"/>
        <source>&amp;Remove</source>
        <translation>&amp;Премахване</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="52"/>
        <source>Take the selected files off the list (Del)</source>
        <translation>Премахване на избраните файлове от списъка (Del)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="53"/>
        <source>The selected file is previewed and imported next; the others stay in the list.</source>
        <translation>Избраният файл се показва за преглед и се импортира следващ; останалите остават в списъка.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="91"/>
        <source>Supported files (%1)</source>
        <translation>Поддържани файлове (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92"/>
        <source>Tables (%1)</source>
        <translation>Таблици (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92"/>
        <source>Vector layers (%1)</source>
        <translation>Векторни слоеве (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93"/>
        <source>Rasters and photos (%1)</source>
        <translation>Растери и снимки (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93"/>
        <source>All files (*)</source>
        <translation>Всички файлове (*)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="150"/>
        <source>Import files</source>
        <translation>Импортиране на файлове</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintView</name>
    <message>
        <source>(no city)</source>
        <translation type="vanished">(без град)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>No datasets match the search.</source>
        <translation type="vanished">Няма набори от данни, отговарящи на търсенето.</translation>
    </message>
    <message>
        <source>Dataset footprints (longitude / latitude); the map view comes later.</source>
        <translation type="vanished">Пространствен обхват на наборите от данни (географска дължина / ширина); изгледът с карта ще бъде добавен по-късно.</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintsLayer</name>
    <message>
        <location filename="../core/map/footprintslayer.h" line="25"/>
        <source>Dataset footprints</source>
        <translation>Пространствен обхват на наборите от данни</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaCheck</name>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="78"/>
        <source>cannot %1 values in %2 and in %3</source>
        <translation>не могат да се %1 стойности в %2 и в %3</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="79"/>
        <source>add</source>
        <translation>събират</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="79"/>
        <source>subtract</source>
        <translation>изваждат</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="104"/>
        <source>the KPI has no default source</source>
        <translation>KPI няма източник по подразбиране</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="105"/>
        <source>no source is called &quot;%1&quot;; sources: %2</source>
        <translation>няма източник с име &quot;%1&quot;; източници: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="115"/>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (имахте ли предвид &quot;%1&quot;?)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="116"/>
        <source>unknown field &quot;%1&quot;%2</source>
        <translation>неизвестно поле &quot;%1&quot;%2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="141"/>
        <source>&quot;%1&quot; is a %2 field: only count() and count_distinct() take it</source>
        <translation>&quot;%1&quot; е поле от тип %2: само count() и count_distinct() го приемат</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="155"/>
        <source>one aggregate reads one source: combine sources with arithmetic between aggregates</source>
        <translation>една агрегатна функция чете един източник: комбинирайте източниците чрез аритметични действия между агрегатни функции</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="197"/>
        <source>the formula is empty</source>
        <translation>формулата е празна</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="208"/>
        <source>the formula reads no data: use an aggregate such as avg(field)</source>
        <translation>формулата не чете данни: използвайте агрегатна функция, например avg(field)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="215"/>
        <source>the formula gives values in %1 but the KPI&apos;s unit is %2</source>
        <translation>формулата дава стойности в %1, но мерната единица на KPI е %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="232"/>
        <source>Mean of the field&apos;s values in the period</source>
        <translation>Средна стойност на полето за периода</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="233"/>
        <source>Total of the field&apos;s values</source>
        <translation>Сума от стойностите на полето</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="234"/>
        <source>Smallest value</source>
        <translation>Най-малка стойност</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="235"/>
        <source>Largest value</source>
        <translation>Най-голяма стойност</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="236"/>
        <source>Number of rows; count(field) counts rows where the field has a value</source>
        <translation>Брой редове; count(field) брои редовете, в които полето има стойност</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="237"/>
        <source>Number of different values</source>
        <translation>Брой различни стойности</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="238"/>
        <source>Middle value</source>
        <translation>Медианна стойност</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="239"/>
        <source>Value below which the given percentage of values fall</source>
        <translation>Стойност, под която попада зададеният процент от стойностите</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="240"/>
        <source>The expression&apos;s value in the previous period</source>
        <translation>Стойността на израза в предходния период</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="241"/>
        <source>The expression&apos;s value in the same period a year earlier</source>
        <translation>Стойността на израза в същия период една година по-рано</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="242"/>
        <source>Change in % against the previous period</source>
        <translation>Изменение в % спрямо предходния период</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="243"/>
        <source>Change in % against the same period last year</source>
        <translation>Изменение в % спрямо същия период на предходната година</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaEdit</name>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="65"/>
        <source>e.g. sum(recycled) / sum(collected)  —  Ctrl+Space completes</source>
        <translation>напр. sum(recycled) / sum(collected)  —  Ctrl+Space допълва</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="66"/>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="71"/>
        <source>Formula check</source>
        <translation>Проверка на формулата</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="166"/>
        <source>keyword</source>
        <translation>ключова дума</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="300"/>
        <source>Type a formula; Ctrl+Space lists fields and functions.</source>
        <translation>Въведете формула; Ctrl+Space показва полетата и функциите.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="301"/>
        <source>Formula OK</source>
        <translation>Формулата е наред</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="302"/>
        <source>Formula OK — result unit: %1</source>
        <translation>Формулата е наред — мерна единица на резултата: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/formulaedit.cpp" line="307"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n грешка</numerusform>
            <numerusform>%n грешки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/formulaedit.cpp" line="307"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="308"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaLexer</name>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="49"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; не е число</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="81"/>
        <source>text is not closed: a &apos; is missing</source>
        <translation>текстът не е затворен: липсва &apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="81"/>
        <source>name is not closed: a &quot; is missing</source>
        <translation>името не е затворено: липсва &quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="107"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>неочакван знак &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaParser</name>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="66"/>
        <source>unexpected &quot;%1&quot; after the end of the formula</source>
        <translation>неочаквано &quot;%1&quot; след края на формулата</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="95"/>
        <source>%1 expected at the end</source>
        <translation>очаква се %1 в края</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="95"/>
        <source>%1 expected, found &quot;%2&quot;</source>
        <translation>очаква се %1, а е намерено &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="176"/>
        <location filename="../core/kpi/formulaparser.cpp" line="252"/>
        <location filename="../core/kpi/formulaparser.cpp" line="290"/>
        <location filename="../core/kpi/formulaparser.cpp" line="349"/>
        <location filename="../core/kpi/formulaparser.cpp" line="395"/>
        <source>&apos;)&apos;</source>
        <translation>&apos;)&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="184"/>
        <source>&quot;%1&quot; is a function: write %1(…)</source>
        <translation>&quot;%1&quot; е функция: напишете %1(…)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="186"/>
        <source>&quot;%1&quot; must be inside an aggregate such as avg(%1) or sum(%1)</source>
        <translation>&quot;%1&quot; трябва да е в агрегатна функция, например avg(%1) или sum(%1)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="189"/>
        <source>the field &quot;%1&quot; must be inside an aggregate such as avg(…)</source>
        <translation>полето &quot;%1&quot; трябва да е в агрегатна функция, например avg(…)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="192"/>
        <source>the formula ends too early: a value is missing</source>
        <translation>формулата завършва твърде рано: липсва стойност</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="195"/>
        <source>a number, an aggregate or &apos;(&apos; expected, found &quot;%1&quot;</source>
        <translation>очаква се число, агрегатна функция или &apos;(&apos;, а е намерено &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="204"/>
        <source>unknown function &quot;%1&quot;</source>
        <translation>неизвестна функция &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="218"/>
        <source>only count(*) takes &apos;*&apos;</source>
        <translation>само count(*) приема &apos;*&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="224"/>
        <source>%1() needs a field, e.g. %1(pm10)</source>
        <translation>%1() изисква поле, напр. %1(pm10)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="234"/>
        <source>&apos;,&apos; and the percentile (0–100)</source>
        <translation>&apos;,&apos; и перцентилът (0–100)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="238"/>
        <source>the percentile must be a number from 0 to 100</source>
        <translation>перцентилът трябва да бъде число от 0 до 100</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="295"/>
        <source>aggregates cannot be nested: %1(…) inside an aggregate</source>
        <translation>агрегатните функции не могат да се влагат: %1(…) в агрегатна функция</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="305"/>
        <source>a field name expected at the end</source>
        <translation>очаква се име на поле в края</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="305"/>
        <source>a field name expected, found &quot;%1&quot;</source>
        <translation>очаква се име на поле, а е намерено &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="314"/>
        <source>a field name expected after &quot;%1.&quot;</source>
        <translation>очаква се име на поле след &quot;%1.&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="365"/>
        <source>&quot;%1&quot; is a field name; text values take single quotes: &apos;%1&apos;</source>
        <translation>&quot;%1&quot; е име на поле; текстовите стойности се пишат в единични кавички: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="366"/>
        <source>a number or a &apos;text&apos; value expected, found &quot;%1&quot;</source>
        <translation>очаква се число или текстова стойност в единични кавички (&apos;текст&apos;), а е намерено &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="387"/>
        <source>&apos;(&apos; and a list of values</source>
        <translation>&apos;(&apos; и списък от стойности</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="405"/>
        <source>&quot;null&quot; expected after &quot;is&quot;</source>
        <translation>след &quot;is&quot; се очаква &quot;null&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="409"/>
        <source>a comparison (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, is null) expected after &quot;%1&quot;</source>
        <translation>след &quot;%1&quot; се очаква сравнение (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, is null)</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaSql</name>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="14"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>неизвестно поле &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="55"/>
        <source>unknown comparison &quot;%1&quot;</source>
        <translation>неизвестно сравнение &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="96"/>
        <source>aggregates and time shifts cannot be used inside a row expression</source>
        <translation>агрегатни функции и времеви отмествания не могат да се използват в израз на ниво ред</translation>
    </message>
</context>
<context>
    <name>urbis::GpkgWriter</name>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="367"/>
        <source>The GeoPackage %1 exists already</source>
        <translation>GeoPackage %1 вече съществува</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="374"/>
        <source>This GDAL has no GeoPackage driver</source>
        <translation>Този GDAL няма драйвер за GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="384"/>
        <source>Cannot create the GeoPackage %1</source>
        <translation>GeoPackage %1 не може да бъде създаден</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="393"/>
        <source>Unknown coordinate reference system &quot;%1&quot;</source>
        <translation>Неизвестна координатна система &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="413"/>
        <source>Cannot create the layer %1</source>
        <translation>Слоят %1 не може да бъде създаден</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="435"/>
        <source>Cannot create the column &quot;%1&quot;</source>
        <translation>Колоната &quot;%1&quot; не може да бъде създадена</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="442"/>
        <source>Cannot start writing the GeoPackage</source>
        <translation>Записът в GeoPackage не може да започне</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="456"/>
        <source>Cannot write row %1 to the GeoPackage</source>
        <translation>Ред %1 не може да бъде записан в GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="467"/>
        <source>Cannot save the GeoPackage</source>
        <translation>GeoPackage не може да бъде запазен</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="470"/>
        <source>Building the spatial index</source>
        <translation>Изграждане на пространствения индекс</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="188"/>
        <location filename="../core/ingest/gpkgwriter.cpp" line="210"/>
        <source>Cannot build the spatial index</source>
        <translation>Пространственият индекс не може да бъде изграден</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="122"/>
        <location filename="../core/ingest/gpkgwriter.cpp" line="142"/>
        <source>Cannot prepare the spatial index</source>
        <translation>Пространственият индекс не може да бъде подготвен</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="150"/>
        <source>GDAL created the spatial index %1 without triggers</source>
        <translation>GDAL създаде пространствения индекс %1 без тригери</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="481"/>
        <source>Cannot close the GeoPackage</source>
        <translation>GeoPackage не може да бъде затворен</translation>
    </message>
</context>
<context>
    <name>urbis::ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="38"/>
        <source>usage: urbis import FILE... [--title T] [--city C] [--domain D] [--schema SCHEMA.json] [--allow-invalid]
                    [--description T] [--license L] [--source S] [--layer NAME] [--new-version] [--allow-duplicate]
Validates, normalises (GeoPackage or tiled GeoTIFF) and stores each file with its original and its
validation report; prints the new dataset ids. Data with errors is refused unless --allow-invalid.
A file imported before (same bytes) is not stored twice; --new-version adds the file as the next
version of the latest dataset with the same title.
exit codes: 0 imported (or already there), 1 refused (invalid data), 2 usage error or unreadable input, 3 I/O failure</source>
        <translation>употреба: urbis import FILE... [--title T] [--city C] [--domain D] [--schema SCHEMA.json] [--allow-invalid]
                       [--description T] [--license L] [--source S] [--layer NAME] [--new-version] [--allow-duplicate]
Валидира, нормализира (GeoPackage или GeoTIFF с плочки) и съхранява всеки файл заедно с оригинала му и
отчета от валидирането; извежда идентификаторите на новите набори от данни. Данни с грешки се отхвърлят, освен при --allow-invalid.
Файл, импортиран преди (същите байтове), не се съхранява втори път; --new-version добавя файла като следваща
версия на най-новия набор от данни със същото заглавие.
изходни кодове: 0 импортиран (или вече наличен), 1 отхвърлен (невалидни данни), 2 грешка в употребата или нечетим вход, 3 входно-изходна грешка</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="50"/>
        <source>import needs at least one file</source>
        <translation>import изисква поне един файл</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="61"/>
        <source>Unknown domain &quot;%1&quot;; one of: %2</source>
        <translation>Неизвестна тема &quot;%1&quot;; една от: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="79"/>
        <source>Cannot read %1: no such file</source>
        <translation>%1 не може да бъде прочетен: няма такъв файл</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="102"/>
        <source>Importing %1</source>
        <translation>Импортиране на %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="152"/>
        <source>%1: already imported as %2 (&quot;%3&quot;, same sha256); nothing stored</source>
        <translation>%1: вече е импортиран като %2 (&quot;%3&quot;, същият sha256); нищо не е съхранено</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="160"/>
        <source>, row %1</source>
        <translation>, ред %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="162"/>
        <source>, column %1</source>
        <translation>, колона %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="166"/>
        <source>... and %1 more errors (urbis validate %2 --json lists all)</source>
        <translation>... и още %1 грешки (urbis validate %2 --json ги извежда всички)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="167"/>
        <source>%1: not imported: %2 errors. Fix the file, or use --allow-invalid to store it with its report.</source>
        <translation>%1: не е импортиран: %2 грешки. Поправете файла или използвайте --allow-invalid, за да го съхраните с отчета му.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="173"/>
        <source>%1: imported as &quot;%2&quot; (%3 rows, %4 fields, %5)</source>
        <translation>%1: импортиран като &quot;%2&quot; (%3 реда, %4 полета, %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="178"/>
        <source>  column types were inferred from a sample of the rows</source>
        <translation>  типовете на колоните са определени по извадка от редовете</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="180"/>
        <source>  %1 findings kept in the validation report (urbis catalog show %2)</source>
        <translation>  %1 констатации са запазени в отчета от валидирането (urbis catalog show %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="182"/>
        <source>  note: dataset %1 has the same title; use --new-version to add files as its next version</source>
        <translation>  бележка: наборът от данни %1 има същото заглавие; използвайте --new-version, за да добавите файловете като негова следваща версия</translation>
    </message>
</context>
<context>
    <name>urbis::ImportJob</name>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="80"/>
        <source>Cannot read %1: no such file</source>
        <translation>%1 не може да бъде прочетен: няма такъв файл</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="82"/>
        <source>Copying %1</source>
        <translation>Копиране на %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="109"/>
        <source>Cannot create the work folder %1</source>
        <translation>Работната папка %1 не може да бъде създадена</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="112"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Не може да бъде създадена работна папка в %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="140"/>
        <source>Detecting column types</source>
        <translation>Разпознаване на типовете на колоните</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="144"/>
        <location filename="../core/ingest/importjob.cpp" line="166"/>
        <location filename="../core/ingest/importjob.cpp" line="226"/>
        <source>Import cancelled</source>
        <translation>Импортирането е отменено</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="156"/>
        <source>Validating and converting</source>
        <translation>Валидиране и преобразуване</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="178"/>
        <source>Building the spatial index</source>
        <translation>Изграждане на пространствения индекс</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="208"/>
        <source>The raster is not georeferenced: it cannot be placed on the map</source>
        <translation>Растерът не е геореферениран: не може да бъде поставен на картата</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="213"/>
        <source>Converting to tiled GeoTIFF</source>
        <translation>Преобразуване в GeoTIFF с плочки</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="228"/>
        <source>Storing</source>
        <translation>Съхраняване</translation>
    </message>
</context>
<context>
    <name>urbis::ImportPage</name>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="24"/>
        <source>Import</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="25"/>
        <source>The file is converted, stored with its original and its validation report, and added to the catalog.</source>
        <translation>Файлът се преобразува, съхранява се заедно с оригинала и отчета от валидирането и се добавя в каталога.</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="33"/>
        <source>Import the &amp;next file</source>
        <translation>Импортиране на &amp;следващия файл</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="90"/>
        <source>Importing %1</source>
        <translation>Импортиране на %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="123"/>
        <source>&lt;p&gt;&lt;b&gt;%1 was not imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Go back to change the settings and try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 не е импортиран.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Върнете се, за да промените настройките, и опитайте отново.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="131"/>
        <source>&lt;p style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 is in the catalog as &lt;b&gt;%2&lt;/b&gt;: %3 rows, %4 fields, %5.&lt;/p&gt;&lt;p&gt;Dataset id: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Импортиран&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 е в каталога като &lt;b&gt;%2&lt;/b&gt;: %3 реда, %4 полета, %5.&lt;/p&gt;&lt;p&gt;Идентификатор на набора от данни: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="138"/>
        <source>&lt;p&gt;It is the new version of dataset &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Това е новата версия на набора от данни &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="140"/>
        <source>&lt;p&gt;%n finding(s) are kept in its validation report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n констатация е запазена в отчета от валидирането.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n констатации са запазени в отчета от валидирането.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="142"/>
        <source>&lt;p&gt;Note: dataset &lt;tt&gt;%1&lt;/tt&gt; has the same title. Next time, tick &quot;Add as a new version&quot; on the report page to chain them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Бележка: наборът от данни &lt;tt&gt;%1&lt;/tt&gt; има същото заглавие. Следващия път отметнете &quot;Добавяне като нова версия&quot; на страницата с отчета, за да ги свържете.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="146"/>
        <source>&lt;p style=&apos;color:#b26a00; font-size:large&apos;&gt;&lt;b&gt;Already in the catalog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The same file (same bytes) was imported before as &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Nothing was stored.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b26a00; font-size:large&apos;&gt;&lt;b&gt;Вече е в каталога&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Същият файл (същите байтове) вече е импортиран като &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Нищо не е съхранено.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="151"/>
        <source>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Not imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 has %n error(s). Go back to the report, fix the schema, or tick &quot;Import even with errors&quot; to store it with its report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Не е импортиран&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 има %n грешка. Върнете се към отчета, поправете схемата или отметнете &quot;Импортиране въпреки грешките&quot;, за да го съхраните с отчета му.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Не е импортиран&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 има %n грешки. Върнете се към отчета, поправете схемата или отметнете &quot;Импортиране въпреки грешките&quot;, за да го съхраните с отчета му.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="160"/>
        <source>&lt;p&gt;%n more file(s) waiting in the list.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Още %n файл чака в списъка.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Още %n файла чакат в списъка.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ImportPreview</name>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="16"/>
        <source>Reading %1</source>
        <translation>Четене на %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="42"/>
        <source>Reading the preview was cancelled</source>
        <translation>Четенето на прегледа е отменено</translation>
    </message>
</context>
<context>
    <name>urbis::ImportWizard</name>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="23"/>
        <source>Import data</source>
        <translation>Импортиране на данни</translation>
    </message>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="27"/>
        <location filename="../widgets/import/importwizard.cpp" line="39"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортиране</translation>
    </message>
</context>
<context>
    <name>urbis::IngestPass</name>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="86"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="91"/>
        <source>Reading stopped at row %1: %2</source>
        <translation>Четенето спря на ред %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="108"/>
        <source>The source is empty</source>
        <translation>Източникът е празен</translation>
    </message>
</context>
<context>
    <name>urbis::JsonSource</name>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="132"/>
        <source>Row %1: %2</source>
        <translation>Ред %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="148"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="183"/>
        <source>Row %1 is longer than %2 bytes</source>
        <translation>Ред %1 е по-дълъг от %2 байта</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="192"/>
        <source>the JSON text ends inside a value (truncated file?)</source>
        <translation>JSON текстът завършва вътре в стойност (съкратен файл?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="239"/>
        <source>the JSON text ends too early</source>
        <translation>JSON текстът завършва твърде рано</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="273"/>
        <location filename="../core/ingest/jsonsource.cpp" line="281"/>
        <source>invalid JSON</source>
        <translation>невалиден JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="299"/>
        <source>%1 is GeoJSON; it is read as vector data</source>
        <translation>%1 е GeoJSON; чете се като векторни данни</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="314"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 не може да бъде отворен: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="331"/>
        <source>%1 is not UTF-8 text (JSON must be UTF-8)</source>
        <translation>%1 не е текст в UTF-8 (JSON трябва да е в UTF-8)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="337"/>
        <source>%1 holds no JSON</source>
        <translation>%1 не съдържа JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="350"/>
        <source>%1 is not a JSON array or object</source>
        <translation>%1 не е JSON масив или обект</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="375"/>
        <source>the file holds a second array of objects (&quot;%1&quot; after &quot;%2&quot;)</source>
        <translation>файлът съдържа втори масив от обекти (&quot;%1&quot; след &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="382"/>
        <source>unexpected data after the end of the JSON text</source>
        <translation>неочаквани данни след края на JSON текста</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="394"/>
        <source>the JSON array is never closed (truncated file?)</source>
        <translation>JSON масивът не е затворен (съкратен файл?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="405"/>
        <source>invalid JSON: expected &apos;,&apos; or &apos;]&apos; between records</source>
        <translation>невалиден JSON: очаква се &apos;,&apos; или &apos;]&apos; между записите</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="412"/>
        <source>the record is not a JSON object</source>
        <translation>записът не е JSON обект</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="430"/>
        <source>Row %1 is not valid UTF-8 text</source>
        <translation>Ред %1 не е валиден текст в UTF-8</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="432"/>
        <source>Row %1: invalid JSON: %2</source>
        <translation>Ред %1: невалиден JSON: %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiCategory</name>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="19"/>
        <source>SC1 – Solid waste</source>
        <translation>SC1 – Твърди отпадъци</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="20"/>
        <source>SC2 – Water</source>
        <translation>SC2 – Води</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="21"/>
        <source>SC3 – Energy</source>
        <translation>SC3 – Енергия</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="22"/>
        <source>SC4 – Soil</source>
        <translation>SC4 – Почви</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="23"/>
        <source>SC5 – Air</source>
        <translation>SC5 – Въздух</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="24"/>
        <source>EC1 – Carbon sequestration and storage</source>
        <translation>EC1 – Улавяне и съхранение на въглерод</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="25"/>
        <source>EC2 – Air purification</source>
        <translation>EC2 – Пречистване на въздуха</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="26"/>
        <source>EC3 – Habitat quality</source>
        <translation>EC3 – Качество на местообитанията</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="27"/>
        <source>EC4 – Cooling capacity</source>
        <translation>EC4 – Охлаждащ капацитет</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="28"/>
        <source>EC5 – Water regulation (urban flood risk mitigation)</source>
        <translation>EC5 – Регулиране на водите (намаляване на риска от градски наводнения)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="29"/>
        <source>Action assessment</source>
        <translation>Оценка на действията</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="30"/>
        <source>Governance</source>
        <translation>Управление</translation>
    </message>
</context>
<context>
    <name>urbis::KpiCommand</name>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="45"/>
        <source>usage: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  evaluates the KPIs of FILE ({&quot;kpis&quot;: [...]} or a saved dashboard) on the workspace&apos;s datasets
  --city C    only datasets of this city (repeat for several)
  --from T    first period, ISO: 2023, 2023-01, 2023-01-31 or a date-time
  --to T      last period, same forms
  --grain G   overrides each KPI&apos;s grain
  --ngsi-ld   print the values as NGSI-LD KeyPerformanceIndicator entities (JSON array)
  formulas: see docs/kpi-formulas.md</source>
        <translation>употреба: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  изчислява KPI от FILE ({&quot;kpis&quot;: [...]} или запазено табло) върху наборите от данни на работното пространство
  --city C    само набори от данни за този град (повторете за няколко града)
  --from T    първи период, ISO: 2023, 2023-01, 2023-01-31 или дата и час
  --to T      последен период, същите формати
  --grain G   заменя времевата стъпка на всеки KPI
  --ngsi-ld   извежда стойностите като NGSI-LD същности KeyPerformanceIndicator (JSON масив)
  формули: вижте docs/kpi-formulas.md</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="58"/>
        <source>kpi needs &quot;eval&quot; and one FILE.json</source>
        <translation>kpi изисква &quot;eval&quot; и един FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="61"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="65"/>
        <source>%1 is not a JSON object: %2 at byte %3</source>
        <translation>%1 не е JSON обект: %2 при байт %3</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="69"/>
        <source>%1 has no &quot;kpis&quot; array</source>
        <translation>%1 няма масив &quot;kpis&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="96"/>
        <source>--grain must be day, week, month or year</source>
        <translation>--grain трябва да бъде day, week, month или year</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/kpicommand.cpp" line="105"/>
        <source>Evaluating %n KPI(s)</source>
        <translation>
            <numerusform>Изчисляване на %n KPI</numerusform>
            <numerusform>Изчисляване на %n KPI</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="129"/>
        <source>no unit</source>
        <translation>без мерна единица</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="131"/>
        <source>no values for these filters</source>
        <translation>няма стойности за тези филтри</translation>
    </message>
</context>
<context>
    <name>urbis::KpiDefinition</name>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="99"/>
        <source>KPI &quot;%1&quot;: every entry of &quot;sources&quot; must be an object</source>
        <translation>KPI &quot;%1&quot;: всеки елемент на &quot;sources&quot; трябва да бъде обект</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="105"/>
        <source>KPI &quot;%1&quot;: grain must be day, week, month or year, not &quot;%2&quot;</source>
        <translation>KPI &quot;%1&quot;: времевата стъпка (grain) трябва да бъде day, week, month или year, а не &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="123"/>
        <source>KPI &quot;%1&quot;: direction must be &quot;lower&quot; or &quot;higher&quot;, not &quot;%2&quot;</source>
        <translation>KPI &quot;%1&quot;: посоката (direction) трябва да бъде &quot;lower&quot; или &quot;higher&quot;, а не &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="127"/>
        <source>KPI &quot;%1&quot;: thresholds must be numbers</source>
        <translation>KPI &quot;%1&quot;: праговете (thresholds) трябва да бъдат числа</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="133"/>
        <source>KPI &quot;%1&quot;: divisionByZero must be &quot;null&quot; or &quot;error&quot;</source>
        <translation>KPI &quot;%1&quot;: divisionByZero трябва да бъде &quot;null&quot; или &quot;error&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="145"/>
        <source>KPI id &quot;%1&quot; may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Идентификаторът на KPI &quot;%1&quot; може да съдържа само букви, цифри, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="147"/>
        <source>KPI &quot;%1&quot; has no formula</source>
        <translation>KPI &quot;%1&quot; няма формула</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="149"/>
        <source>KPI &quot;%1&quot; names no dataset: give &quot;dataset&quot; or &quot;sources&quot;</source>
        <translation>KPI &quot;%1&quot; не посочва набор от данни: задайте &quot;dataset&quot; или &quot;sources&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="154"/>
        <source>KPI &quot;%1&quot;: source %2 names neither datasets nor a domain</source>
        <translation>KPI &quot;%1&quot;: източник %2 не посочва нито набори от данни, нито област</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="156"/>
        <source>KPI &quot;%1&quot;: source %2 needs an alias of lower-case letters, digits and &apos;_&apos;</source>
        <translation>KPI &quot;%1&quot;: източник %2 изисква псевдоним от малки букви, цифри и &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="158"/>
        <source>KPI &quot;%1&quot;: the alias &quot;%2&quot; is used twice</source>
        <translation>KPI &quot;%1&quot;: псевдонимът &quot;%2&quot; е използван два пъти</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="163"/>
        <source>KPI &quot;%1&quot;: thresholds must be in ascending order</source>
        <translation>KPI &quot;%1&quot;: праговете трябва да са във възходящ ред</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="165"/>
        <source>KPI &quot;%1&quot;: unknown category &quot;%2&quot; (expected one of %3)</source>
        <translation>KPI &quot;%1&quot;: неизвестна категория &quot;%2&quot; (очаква се една от %3)</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEditor</name>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="66"/>
        <source>Validation</source>
        <translation>Валидиране</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="100"/>
        <source>Indicator</source>
        <translation>Показател</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="103"/>
        <source>letters, digits, . _ - e.g. pm10-monthly</source>
        <translation>букви, цифри, . _ - напр. pm10-monthly</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="109"/>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="113"/>
        <source>(not classified)</source>
        <translation>(некласифициран)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="117"/>
        <source>e.g. µg/m3, kWh, %</source>
        <translation>напр. µg/m3, kWh, %</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="120"/>
        <source>&amp;Id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="121"/>
        <source>&amp;Name:</source>
        <translation>Им&amp;е:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="122"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="123"/>
        <source>Do&amp;main:</source>
        <translation>О&amp;бласт:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="124"/>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="125"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Мерна единица:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="139"/>
        <source>Data</source>
        <translation>Данни</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="143"/>
        <source>Day</source>
        <translation>Ден</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="144"/>
        <source>Week</source>
        <translation>Седмица</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="145"/>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="146"/>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="151"/>
        <source>Fields of the default source to group by; drag to reorder.</source>
        <translation>Полета от източника по подразбиране за групиране; плъзнете, за да промените реда.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="153"/>
        <source>Filter fields…</source>
        <translation>Филтриране на полетата…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="164"/>
        <source>Sources:</source>
        <translation>Източници:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="166"/>
        <source>&amp;Formula:</source>
        <translation>&amp;Формула:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="167"/>
        <source>&amp;Grain:</source>
        <translation>Времева &amp;стъпка:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="171"/>
        <source>Dimensions:</source>
        <translation>Измерения:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="208"/>
        <location filename="../widgets/kpi/kpieditor.cpp" line="288"/>
        <source>Reading the sources&apos; fields…</source>
        <translation>Четене на полетата на източниците…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="255"/>
        <source>Another KPI of this dashboard already has the id “%1”.</source>
        <translation>Друг KPI в това табло вече има идентификатор „%1“.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="258"/>
        <source>Formula: %1</source>
        <translation>Формула: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="270"/>
        <source>Sources: %1</source>
        <translation>Източници: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="290"/>
        <source>The preview runs once the definition is valid.</source>
        <translation>Прегледът се изпълнява, след като дефиницията стане валидна.</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEditorDialog</name>
    <message>
        <location filename="../widgets/kpi/kpieditordialog.cpp" line="17"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditordialog.cpp" line="22"/>
        <source>Keep this definition (Ctrl+Return)</source>
        <translation>Запазване на тази дефиниция (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditordialog.cpp" line="39"/>
        <source>New KPI</source>
        <translation>Нов KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditordialog.cpp" line="40"/>
        <source>KPI “%1”</source>
        <translation>KPI „%1“</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEngine</name>
    <message>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation type="vanished">Няма набор от данни с идентификатор или точно заглавие &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="66"/>
        <source>KPI &quot;%1&quot;: %2 (at character %3 of the formula)</source>
        <translation>KPI &quot;%1&quot;: %2 (при знак %3 от формулата)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="76"/>
        <source>KPI &quot;%1&quot;: no dataset matches its source &quot;%2&quot; (domain %3, fields %4)</source>
        <translation>KPI &quot;%1&quot;: няма набор от данни, съответстващ на източника му &quot;%2&quot; (област %3, полета %4)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="77"/>
        <source>default</source>
        <translation>по подразбиране</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="104"/>
        <source>The data of &quot;%1&quot; is not on this computer: download it first</source>
        <translation>Данните на &quot;%1&quot; не са на този компютър: първо ги изтеглете</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="106"/>
        <location filename="../core/kpi/kpiengine.cpp" line="148"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="150"/>
        <source>Evaluating %1</source>
        <translation>Изчисляване на %1</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEvaluationTask</name>
    <message numerus="yes">
        <location filename="../core/kpi/kpievaluationtask.cpp" line="13"/>
        <source>Evaluating %n KPI(s)</source>
        <translation>
            <numerusform>Изчисляване на %n KPI</numerusform>
            <numerusform>Изчисляване на %n KPI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiEvaluator</name>
    <message>
        <location filename="../core/kpi/kpievaluator.cpp" line="24"/>
        <source>KPI &quot;%1&quot;: division by zero in period %2</source>
        <translation>KPI &quot;%1&quot;: деление на нула в периода %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiFiware</name>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="56"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="65"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="72"/>
        <source>a list</source>
        <translation>списък</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="78"/>
        <source>attribute &quot;%1&quot; must be %2</source>
        <translation>атрибутът &quot;%1&quot; трябва да бъде %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="210"/>
        <source>NGSI-LD entity &quot;%1&quot;: %2</source>
        <translation>NGSI-LD същност &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="215"/>
        <source>type must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>типът трябва да бъде &quot;%1&quot;, а не &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="217"/>
        <source>the id must start with &quot;%1&quot;</source>
        <translation>идентификаторът трябва да започва с &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="228"/>
        <source>a list of text</source>
        <translation>списък от текстове</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="238"/>
        <source>day, week, month or year</source>
        <translation>day, week, month или year</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="243"/>
        <source>a list of field names</source>
        <translation>списък от имена на полета</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="248"/>
        <source>a list of numbers</source>
        <translation>списък от числа</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="255"/>
        <source>an ISO date</source>
        <translation>дата по ISO</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="261"/>
        <source>&quot;lower&quot; or &quot;higher&quot;</source>
        <translation>&quot;lower&quot; или &quot;higher&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="266"/>
        <source>a list of source objects</source>
        <translation>списък от обекти за източници</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="272"/>
        <source>&quot;null&quot; or &quot;error&quot;</source>
        <translation>&quot;null&quot; или &quot;error&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="282"/>
        <source>an ISO date and time</source>
        <translation>дата и час по ISO</translation>
    </message>
</context>
<context>
    <name>urbis::KpiHistogramPanel</name>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="45"/>
        <source>Periods</source>
        <translation>Периоди</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="65"/>
        <source>Count</source>
        <translation>Брой</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="81"/>
        <source>Range: %1 %2</source>
        <translation>Диапазон: %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="83"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n стойност</numerusform>
            <numerusform>%n стойности</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiMapData</name>
    <message>
        <source>No dataset is called &quot;%1&quot;.</source>
        <translation type="vanished">Няма набор от данни с име &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="41"/>
        <source>The map data has no field &quot;%1&quot;.</source>
        <translation>Данните на картата нямат поле &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="150"/>
        <source>The map panel needs a dataset and a field to match the KPI&apos;s dimension values.</source>
        <translation>Панелът с карта изисква набор от данни и поле, по което да се съпоставят стойностите на измерението на KPI.</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="165"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>urbis::KpiMapPanel</name>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="82"/>
        <source>Loading the map…</source>
        <translation>Зареждане на картата…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="85"/>
        <source>The map dataset has no shapes.</source>
        <translation>Наборът от данни за картата няма геометрии.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="200"/>
        <source>No value</source>
        <translation>Няма стойност</translation>
    </message>
</context>
<context>
    <name>urbis::KpiNgsiLd</name>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="89"/>
        <source>kpiValue instance %1 is not an object</source>
        <translation>Инстанция %1 на kpiValue не е обект</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="91"/>
        <source>kpiValue instance %1: %2</source>
        <translation>Инстанция %1 на kpiValue: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="100"/>
        <source>kpiValue must be a list of Property instances</source>
        <translation>kpiValue трябва да бъде списък от инстанции на Property</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="110"/>
        <source>kpiValue entry %1 must be [value, observedAt]</source>
        <translation>Елемент %1 на kpiValue трябва да бъде [value, observedAt]</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="114"/>
        <source>kpiValue entry %1: %2</source>
        <translation>Елемент %1 на kpiValue: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="127"/>
        <source>the value must be a number or &quot;%1&quot;</source>
        <translation>стойността трябва да бъде число или &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="132"/>
        <source>&quot;%1&quot; is not an ISO period (2023, 2023-01, 2023-W05, 2023-01-31)</source>
        <translation>&quot;%1&quot; не е период по ISO (2023, 2023-01, 2023-W05, 2023-01-31)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="136"/>
        <source>neither urbis:period nor a valid observedAt</source>
        <translation>нито urbis:period, нито валиден observedAt</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="142"/>
        <source>urbis:status must be good, warn or bad</source>
        <translation>urbis:status трябва да бъде good, warn или bad</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="233"/>
        <source>Expected an NGSI-LD entity or a list of entities</source>
        <translation>Очаква се NGSI-LD същност или списък от същности</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="235"/>
        <source>The NGSI-LD document holds no entities</source>
        <translation>NGSI-LD документът не съдържа същности</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="241"/>
        <source>Entity %1 is not a JSON object</source>
        <translation>Същност %1 не е JSON обект</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="256"/>
        <source>Entity &quot;%1&quot; belongs to the KPI &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>Същността &quot;%1&quot; принадлежи на KPI &quot;%2&quot;, а не на &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="260"/>
        <source>NGSI-LD entity &quot;%1&quot;: urbis:dimensionValues must be an object</source>
        <translation>NGSI-LD същност &quot;%1&quot;: urbis:dimensionValues трябва да бъде обект</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="265"/>
        <source>NGSI-LD entity &quot;%1&quot;: the value of dimension &quot;%2&quot; must be text</source>
        <translation>NGSI-LD същност &quot;%1&quot;: стойността на измерението &quot;%2&quot; трябва да бъде текст</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="273"/>
        <source>NGSI-LD entity &quot;%1&quot;: %2</source>
        <translation>NGSI-LD същност &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPanelStyle</name>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="26"/>
        <source>Good</source>
        <translation>Добър</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="28"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="30"/>
        <source>Bad</source>
        <translation>Лош</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="31"/>
        <source>No status</source>
        <translation>Без статус</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="77"/>
        <source>(empty)</source>
        <translation>(празно)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="86"/>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="89"/>
        <source>Value: %1</source>
        <translation>Стойност: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="89"/>
        <source>No value</source>
        <translation>Няма стойност</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="98"/>
        <source>No data for these filters</source>
        <translation>Няма данни за тези филтри</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPanelWidget</name>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="87"/>
        <source>Panel</source>
        <translation>Панел</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="131"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="146"/>
        <source>Not shown: %1</source>
        <translation>Не са показани: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="192"/>
        <source>Export panel as PNG…</source>
        <translation>Експортиране на панела като PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="193"/>
        <source>Export panel as SVG…</source>
        <translation>Експортиране на панела като SVG…</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPiePanel</name>
    <message>
        <location filename="../widgets/kpi/kpipiepanel.cpp" line="58"/>
        <source>Share: %1 %</source>
        <translation>Дял: %1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipiepanel.cpp" line="76"/>
        <source>(%n value(s) without a slice)</source>
        <translation>
            <numerusform>(%n стойност без сектор)</numerusform>
            <numerusform>(%n стойности без сектор)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiPlan</name>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="68"/>
        <source>%1 (at character %2)</source>
        <translation>%1 (при знак %2)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="73"/>
        <source>the dimension &quot;%1&quot; is not a field of the source&apos;s data</source>
        <translation>измерението &quot;%1&quot; не е поле в данните на източника</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="76"/>
        <source>KPI &quot;%1&quot;: %2</source>
        <translation>KPI &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="97"/>
        <source>KPI &quot;%1&quot;: the time field &quot;%2&quot; is not in &quot;%3&quot;</source>
        <translation>KPI &quot;%1&quot;: времевото поле &quot;%2&quot; не е в &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="137"/>
        <source>The data of &quot;%1&quot; is not on this computer: download it first</source>
        <translation>Данните на &quot;%1&quot; не са на този компютър: първо ги изтеглете</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="140"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="149"/>
        <source>&quot;%1&quot; has no column &quot;%2&quot; in its data</source>
        <translation>&quot;%1&quot; няма колона &quot;%2&quot; в данните си</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="152"/>
        <source>KPI &quot;%1&quot;: &quot;%2&quot; lacks a dimension field (%3)</source>
        <translation>KPI &quot;%1&quot;: в &quot;%2&quot; липсва поле за измерение (%3)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="156"/>
        <source>KPI &quot;%1&quot;: the datasets of one source differ in their time or dimension fields (&quot;%2&quot;)</source>
        <translation>KPI &quot;%1&quot;: наборите от данни на един източник се различават по времевите полета или полетата за измерения (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="182"/>
        <location filename="../core/kpi/kpiplan.cpp" line="187"/>
        <source>KPI &quot;%1&quot;, &quot;%2&quot;: %3</source>
        <translation>KPI &quot;%1&quot;, &quot;%2&quot;: %3</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPreviewModel</name>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="67"/>
        <source>good</source>
        <translation>добър</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="69"/>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="71"/>
        <source>bad</source>
        <translation>лош</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="84"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="86"/>
        <source>Dimensions</source>
        <translation>Измерения</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="89"/>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="89"/>
        <source>Value (%1)</source>
        <translation>Стойност (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="91"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPreviewPane</name>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="42"/>
        <source>Preview values</source>
        <translation>Преглед на стойностите</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="50"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="51"/>
        <source>Stop the preview evaluation</source>
        <translation>Спиране на изчислението за прегледа</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="54"/>
        <source>Refresh</source>
        <translation>Опресняване</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="55"/>
        <source>Evaluate the KPI again (F5)</source>
        <translation>Повторно изчисляване на KPI (F5)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="59"/>
        <source>&lt;b&gt;Live preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Преглед на живо&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="72"/>
        <source>The preview appears when the definition is complete.</source>
        <translation>Прегледът се появява, когато дефиницията е завършена.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="117"/>
        <source>Preview cancelled.</source>
        <translation>Прегледът е отменен.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="137"/>
        <source>Evaluating…</source>
        <translation>Изчисляване…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="161"/>
        <source>The evaluation gave no result.</source>
        <translation>Изчислението не даде резултат.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="177"/>
        <source>No values: the sources have no facts for this formula.</source>
        <translation>Няма стойности: източниците нямат факти за тази формула.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="179"/>
        <source>First %1 of %n value(s), %2 ms.</source>
        <translation>
            <numerusform>Първите %1 от %n стойност, %2 ms.</numerusform>
            <numerusform>Първите %1 от %n стойности, %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="182"/>
        <source>%n value(s), %1 ms.</source>
        <translation>
            <numerusform>%n стойност, %1 ms.</numerusform>
            <numerusform>%n стойности, %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiPreviewSparkline</name>
    <message>
        <location filename="../widgets/kpi/kpipreviewsparkline.cpp" line="13"/>
        <source>Preview trend</source>
        <translation>Тенденция в прегледа</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewsparkline.cpp" line="40"/>
        <source>no values</source>
        <translation>няма стойности</translation>
    </message>
</context>
<context>
    <name>urbis::KpiSourceResolver</name>
    <message>
        <location filename="../core/kpi/kpisourceresolver.cpp" line="21"/>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation>Няма набор от данни с идентификатор или точно заглавие &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::KpiSourcesEditor</name>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="22"/>
        <source>Air quality</source>
        <translation>Качество на въздуха</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="22"/>
        <source>Energy</source>
        <translation>Енергия</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="23"/>
        <source>Mobility</source>
        <translation>Мобилност</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="23"/>
        <source>Waste</source>
        <translation>Отпадъци</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="24"/>
        <source>Water</source>
        <translation>Води</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="24"/>
        <source>Climate</source>
        <translation>Климат</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="25"/>
        <source>Hazards</source>
        <translation>Опасности</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="25"/>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="29"/>
        <source>Add source</source>
        <translation>Добавяне на източник</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="30"/>
        <source>Remove</source>
        <translation>Премахване</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="31"/>
        <source>Add</source>
        <translation>Добавяне</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="33"/>
        <source>…or every dataset of the catalog with</source>
        <translation>…или всички набори от данни в каталога, които имат</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="38"/>
        <source>Sources</source>
        <translation>Източници</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="39"/>
        <source>empty for the default source; e.g. pop</source>
        <translation>празно за източника по подразбиране; напр. pop</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="44"/>
        <source>dataset title or id</source>
        <translation>заглавие или идентификатор на набор от данни</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="49"/>
        <source>Datasets read as one table (rows are unioned). Delete removes the selected one.</source>
        <translation>Набори от данни, четени като една таблица (редовете се обединяват). Delete премахва избрания.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="50"/>
        <source>(any)</source>
        <translation>(всяка)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="53"/>
        <source>all cities</source>
        <translation>всички градове</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="54"/>
        <source>fields a dataset must have, comma separated</source>
        <translation>полета, които наборът от данни трябва да има, разделени със запетая</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="55"/>
        <source>first date field</source>
        <translation>първото поле с дата</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="61"/>
        <source>Domain:</source>
        <translation>Област:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="62"/>
        <source>City:</source>
        <translation>Град:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="63"/>
        <source>Required fields:</source>
        <translation>Задължителни полета:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="66"/>
        <source>Alias:</source>
        <translation>Псевдоним:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="67"/>
        <source>Datasets:</source>
        <translation>Набори от данни:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="70"/>
        <source>Time field:</source>
        <translation>Времево поле:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="115"/>
        <source>%1 · %2 · id %3</source>
        <translation>%1 · %2 · идентификатор %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="132"/>
        <source>(default)</source>
        <translation>(по подразбиране)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="134"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="136"/>
        <source>%1 — all %2 datasets %3</source>
        <translation>%1 — всички набори от данни от област %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="137"/>
        <source>of %1</source>
        <translation>за %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="138"/>
        <source>%1 — (no datasets yet)</source>
        <translation>%1 — (все още няма набори от данни)</translation>
    </message>
</context>
<context>
    <name>urbis::KpiStatPanel</name>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="93"/>
        <source>%1 %2 % vs %3</source>
        <translation>%1 %2 % спрямо %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="113"/>
        <source>Target: %1 by %2</source>
        <translation>Цел: %1 до %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="114"/>
        <source>Target: %1</source>
        <translation>Цел: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="121"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+ още %n)</numerusform>
            <numerusform>(+ още %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiTableModel</name>
    <message>
        <location filename="../widgets/kpi/kpitablemodel.cpp" line="113"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitablemodel.cpp" line="114"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitablemodel.cpp" line="116"/>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitablemodel.cpp" line="117"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>urbis::KpiTablePanel</name>
    <message>
        <location filename="../widgets/kpi/kpitablepanel.cpp" line="18"/>
        <source>Search rows…</source>
        <translation>Търсене в редовете…</translation>
    </message>
</context>
<context>
    <name>urbis::KpiTargetsEditor</name>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="47"/>
        <source>Judgement</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="47"/>
        <source>Target</source>
        <translation>Цел</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="49"/>
        <source>Baseline</source>
        <translation>Базова стойност</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="51"/>
        <source>Traffic light</source>
        <translation>Светофар</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="56"/>
        <source>no date</source>
        <translation>без дата</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="59"/>
        <source>When the target should be reached</source>
        <translation>Кога трябва да бъде постигната целта</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="61"/>
        <source>no year</source>
        <translation>без година</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="62"/>
        <source>The year the baseline value describes</source>
        <translation>Годината, за която се отнася базовата стойност</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="63"/>
        <source>Lower is better</source>
        <translation>По-ниската стойност е по-добра</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="64"/>
        <source>Higher is better</source>
        <translation>По-високата стойност е по-добра</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="66"/>
        <source>First band limit (lower is better: good up to here; higher is better: warning from here)</source>
        <translation>Първа граница (по-ниската стойност е по-добра: „добър“ до тази стойност; по-високата стойност е по-добра: „предупреждение“ от тази стойност)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="68"/>
        <source>Second band limit (lower is better: warning up to here; higher is better: good from here)</source>
        <translation>Втора граница (по-ниската стойност е по-добра: „предупреждение“ до тази стойност; по-високата стойност е по-добра: „добър“ от тази стойност)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="73"/>
        <source>how often it is recalculated</source>
        <translation>колко често се преизчислява</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="74"/>
        <source>No value for that period</source>
        <translation>Без стойност за този период</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="76"/>
        <source>Fail the evaluation</source>
        <translation>Прекратяване на изчислението с грешка</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="80"/>
        <source>by</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="81"/>
        <source>in</source>
        <translation>през</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="82"/>
        <source>Direction:</source>
        <translation>Посока:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="83"/>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="84"/>
        <source>Frequency:</source>
        <translation>Честота:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="85"/>
        <source>Division by zero:</source>
        <translation>Деление на нула:</translation>
    </message>
</context>
<context>
    <name>urbis::LayerPanel</name>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="28"/>
        <source>Map layers</source>
        <translation>Слоеве на картата</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="32"/>
        <source>Move the layer up (Ctrl+Up)</source>
        <translation>Преместване на слоя нагоре (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="36"/>
        <source>Move the layer down (Ctrl+Down)</source>
        <translation>Преместване на слоя надолу (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="40"/>
        <source>&amp;Style…</source>
        <translation>&amp;Стил…</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="41"/>
        <source>Colour the features by a field and label them</source>
        <translation>Оцветяване на обектите по поле и надписване</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="45"/>
        <source>Layer opacity</source>
        <translation>Непрозрачност на слоя</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="46"/>
        <source>&amp;Opacity</source>
        <translation>&amp;Непрозрачност</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="126"/>
        <source>Style</source>
        <translation>Стил</translation>
    </message>
</context>
<context>
    <name>urbis::LayerStyleDialog</name>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="13"/>
        <source>Style of %1</source>
        <translation>Стил на %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="16"/>
        <source>One colour</source>
        <translation>Един цвят</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="17"/>
        <source>No labels</source>
        <translation>Без надписи</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="26"/>
        <source>&amp;Colour by:</source>
        <translation>&amp;Оцветяване по:</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="27"/>
        <source>&amp;Labels:</source>
        <translation>&amp;Надписи:</translation>
    </message>
</context>
<context>
    <name>urbis::LayerTreeModel</name>
    <message>
        <location filename="../widgets/map/layertreemodel.cpp" line="111"/>
        <source>%1 (opacity %2 %)</source>
        <translation>%1 (непрозрачност %2 %)</translation>
    </message>
</context>
<context>
    <name>urbis::LocalObjectStore</name>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="34"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="37"/>
        <source>Read failed</source>
        <translation>Грешка при четене</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="89"/>
        <location filename="../core/storage/localobjectstore.cpp" line="134"/>
        <location filename="../core/storage/localobjectstore.cpp" line="254"/>
        <source>Cannot lock the object store %1</source>
        <translation>Хранилището за обекти %1 не може да бъде заключено</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="95"/>
        <location filename="../core/storage/localobjectstore.cpp" line="140"/>
        <source>Cannot create folder in %1</source>
        <translation>Не може да бъде създадена папка в %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="106"/>
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="113"/>
        <source>Cannot flush %1</source>
        <translation>Данните на %1 не могат да бъдат записани окончателно</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="151"/>
        <source>%1 is on another file system</source>
        <translation>%1 е в друга файлова система</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="152"/>
        <source>Cannot move %1 into the object store</source>
        <translation>%1 не може да бъде преместен в хранилището за обекти</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="164"/>
        <location filename="../core/storage/localobjectstore.cpp" line="171"/>
        <location filename="../core/storage/localobjectstore.cpp" line="185"/>
        <location filename="../core/storage/localobjectstore.cpp" line="204"/>
        <location filename="../core/storage/localobjectstore.cpp" line="220"/>
        <source>No object %1</source>
        <translation>Няма обект %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="174"/>
        <location filename="../core/storage/localobjectstore.cpp" line="188"/>
        <location filename="../core/storage/localobjectstore.cpp" line="207"/>
        <source>Cannot read object %1</source>
        <translation>Обектът %1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="178"/>
        <location filename="../core/storage/localobjectstore.cpp" line="197"/>
        <location filename="../core/storage/localobjectstore.cpp" line="213"/>
        <source>Object %1 is corrupt: its content hashes to %2</source>
        <translation>Обектът %1 е повреден: хешът на съдържанието му е %2</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="222"/>
        <source>Cannot remove object %1</source>
        <translation>Обектът %1 не може да бъде премахнат</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="250"/>
        <source>Garbage collection cancelled</source>
        <translation>Почистването на неизползваните обекти е отменено</translation>
    </message>
</context>
<context>
    <name>urbis::MBTilesLayer</name>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="24"/>
        <source>No MBTiles file at %1</source>
        <translation>Няма MBTiles файл в %1</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="30"/>
        <source>%1 is not an MBTiles file</source>
        <translation>%1 не е MBTiles файл</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="35"/>
        <source>%1 has no tiles table</source>
        <translation>%1 няма таблица tiles</translation>
    </message>
</context>
<context>
    <name>urbis::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="48"/>
        <source>Urbis — %1</source>
        <translation>Urbis — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="57"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="59"/>
        <source>Dashboards</source>
        <translation>Табла</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="64"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="65"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="66"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="67"/>
        <source>Layers</source>
        <translation>Слоеве</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="74"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="83"/>
        <source>Data: %1</source>
        <translation>Данни: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="109"/>
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="123"/>
        <source>Import the changed file with the title &quot;%1&quot;: it becomes the next version</source>
        <translation>Импортиране на променения файл със заглавие &quot;%1&quot;: той става следващата версия</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="166"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="167"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импортиране…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="169"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="170"/>
        <source>Preview, validate and import files into the catalog</source>
        <translation>Преглед, валидиране и импортиране на файлове в каталога</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="171"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Опресняване</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="175"/>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="177"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="180"/>
        <source>&amp;View</source>
        <translation>Из&amp;глед</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="181"/>
        <source>&amp;Search the catalog</source>
        <translation>&amp;Търсене в каталога</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="185"/>
        <source>&amp;Map</source>
        <translation>Ка&amp;рта</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="188"/>
        <source>&amp;Dashboards</source>
        <translation>Та&amp;бла</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="190"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="192"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличаване</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="195"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Намаляване</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="198"/>
        <source>Zoom to the &amp;selected dataset</source>
        <translation>Мащабиране до &amp;избрания набор от данни</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="201"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="202"/>
        <source>Show the selected dataset on the &amp;map</source>
        <translation>Показване на избрания набор от данни на &amp;картата</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="205"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="213"/>
        <source>&amp;Layer</source>
        <translation>&amp;Слой</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="214"/>
        <source>Add &amp;file layer…</source>
        <translation>Добавяне на слой от &amp;файл…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="216"/>
        <source>Add a layer</source>
        <translation>Добавяне на слой</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="473"/>
        <source>The data is on this computer now</source>
        <translation>Данните вече са на този компютър</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="476"/>
        <source>Downloading the data…</source>
        <translation>Изтегляне на данните…</translation>
    </message>
    <message>
        <source>Downloading the data from %1…</source>
        <translation type="vanished">Изтегляне на данните от %1…</translation>
    </message>
    <message>
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;All files (*)</source>
        <translation type="vanished">Геоданни (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;Всички файлове (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="217"/>
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;All files (*)</source>
        <translation>Геоданни (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="vanished">Добавен: %1</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation type="vanished">%1 не може да бъде добавен: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="223"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="224"/>
        <source>Add &amp;tile layer (XYZ)…</source>
        <translation>Добавяне на слой с &amp;плочки (XYZ)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="226"/>
        <source>Add a tile layer</source>
        <translation>Добавяне на слой с плочки</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="227"/>
        <source>Tile address with {z}, {x} and {y} (tiles are cached for offline use):</source>
        <translation>Адрес на плочките с {z}, {x} и {y} (плочките се кешират за работа без връзка):</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="238"/>
        <source>Work &amp;offline</source>
        <translation>Работа &amp;без връзка</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="241"/>
        <source>Tile layers show only cached tiles and download nothing</source>
        <translation>Слоевете с плочки показват само кеширани плочки и не изтеглят нищо</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="244"/>
        <source>&amp;Tools</source>
        <translation>Ин&amp;струменти</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="245"/>
        <source>Create &amp;demo datasets</source>
        <translation>Създаване на &amp;демонстрационни набори от данни</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="247"/>
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>Добавяне на малки синтетични набори от данни за градовете от CLIMABOROUGH в това работно пространство</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="248"/>
        <source>&amp;Clean up object store</source>
        <translation>По&amp;чистване на хранилището за обекти</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="250"/>
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Изтриване на съхранените файлове, към които вече не препраща нито един запис в каталога</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="257"/>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="258"/>
        <source>&amp;About Urbis</source>
        <translation>&amp;За Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="292"/>
        <source>&quot;%1&quot; has no vector data to draw; its footprint is shown</source>
        <translation>&quot;%1&quot; няма векторни данни за изчертаване; показан е обхватът му</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="104"/>
        <source>&quot;%1&quot; is on the map</source>
        <translation>&quot;%1&quot; е на картата</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="106"/>
        <source>Cannot draw &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; не може да бъде изчертан: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="351"/>
        <source>Create demo datasets</source>
        <translation>Създаване на демонстрационни набори от данни</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="358"/>
        <source>Created: %1, already present: %2</source>
        <translation>Създадени: %1, вече налични: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="369"/>
        <source>Clean up object store</source>
        <translation>Почистване на хранилището за обекти</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="376"/>
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>Премахнати файлове без препратки: %1, освободено място: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="387"/>
        <source>Started: %1</source>
        <translation>Стартирана: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="395"/>
        <source>Finished: %1</source>
        <translation>Завършена: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="397"/>
        <source>Failed: %1 — %2</source>
        <translation>Неуспешна: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="407"/>
        <source>1 dataset in the catalog</source>
        <translation>1 набор от данни в каталога</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="408"/>
        <source>%n datasets in the catalog</source>
        <translation>
            <numerusform>%n набор от данни в каталога</numerusform>
            <numerusform>%n набора от данни в каталога</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::MapCanvas</name>
    <message>
        <location filename="../widgets/map/mapcanvas.cpp" line="30"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
</context>
<context>
    <name>urbis::MapView</name>
    <message>
        <location filename="../app/gui/mapview.cpp" line="116"/>
        <source>The address needs {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>Адресът трябва да съдържа {z}, {x} и {y}, напр. https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
</context>
<context>
    <name>urbis::MercatorRaster</name>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="62"/>
        <source>Cannot open %1 as a raster</source>
        <translation>%1 не може да бъде отворен като растер</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="64"/>
        <source>%1 has no band %2</source>
        <translation>%1 няма канал %2</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="71"/>
        <location filename="../core/geo/mercatorraster.cpp" line="98"/>
        <source>Reading %1 failed</source>
        <translation>Четенето на %1 е неуспешно</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="83"/>
        <source>Cannot project %1 to web mercator</source>
        <translation>%1 не може да бъде проектиран в Web Mercator</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataExtractor</name>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="100"/>
        <source>Cannot open the GeoPackage %1</source>
        <translation>GeoPackage %1 не може да бъде отворен</translation>
    </message>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="104"/>
        <source>The GeoPackage has no layer %1</source>
        <translation>GeoPackage няма слой %1</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataForm</name>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="14"/>
        <source>Required: how the dataset is listed in the catalog</source>
        <translation>Задължително: как наборът от данни се показва в каталога</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="21"/>
        <source>e.g. Athens</source>
        <translation>напр. Атина</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="32"/>
        <source>SPDX id or URL</source>
        <translation>SPDX идентификатор или URL</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="35"/>
        <source>Who or what produced the data</source>
        <translation>Кой или какво е създал данните</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="39"/>
        <source>&amp;Title *</source>
        <translation>&amp;Заглавие *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="40"/>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="41"/>
        <source>C&amp;ity</source>
        <translation>&amp;Град</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="42"/>
        <source>Do&amp;main *</source>
        <translation>&amp;Тема *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="43"/>
        <source>&amp;License</source>
        <translation>&amp;Лиценз</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="44"/>
        <source>S&amp;ource</source>
        <translation>&amp;Източник</translation>
    </message>
</context>
<context>
    <name>urbis::Normalizer</name>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="98"/>
        <source>GDAL cannot read %1 as a raster</source>
        <translation>GDAL не може да прочете %1 като растер</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="112"/>
        <location filename="../core/ingest/normalizer.cpp" line="126"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="113"/>
        <source>Cannot convert %1 to GeoTIFF</source>
        <translation>%1 не може да бъде преобразуван в GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="127"/>
        <source>Cannot build the overviews of %1</source>
        <translation>Не могат да бъдат изградени пирамидите на %1</translation>
    </message>
</context>
<context>
    <name>urbis::ObjectStore</name>
    <message>
        <location filename="../core/storage/objectstore.cpp" line="21"/>
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
</context>
<context>
    <name>urbis::OgrSource</name>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="205"/>
        <source>The %1 is truncated or corrupt: row %2 cannot be read</source>
        <translation>Файлът %1 е съкратен или повреден: ред %2 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="239"/>
        <source>The zip archive %1 is truncated or corrupt</source>
        <translation>Zip архивът %1 е съкратен или повреден</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="263"/>
        <source>The zip archive holds no layer %1</source>
        <translation>Zip архивът не съдържа слой %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="266"/>
        <source>The zip archive %1 holds no vector data (no Shapefile, GeoPackage, GeoJSON, KML or GML)</source>
        <translation>Zip архивът %1 не съдържа векторни данни (няма Shapefile, GeoPackage, GeoJSON, KML или GML)</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="278"/>
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>%1 не може да бъде отворен: файлът не съществува или не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="306"/>
        <source>%1 cannot be read: it is not a valid .%2 file, or it is truncated or corrupt</source>
        <translation>%1 не може да бъде прочетен: не е валиден файл .%2 или е съкратен или повреден</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="308"/>
        <source>%1 is not a vector format GDAL can read</source>
        <translation>%1 не е векторен формат, който GDAL може да чете</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="314"/>
        <source>%1 has no layer %2</source>
        <translation>%1 няма слой %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="319"/>
        <source>%1 holds no vector layer</source>
        <translation>%1 не съдържа векторен слой</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="331"/>
        <source>%1 is truncated or corrupt</source>
        <translation>%1 е съкратен или повреден</translation>
    </message>
</context>
<context>
    <name>urbis::OptionalChecks</name>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="38"/>
        <source>The check &quot;%1&quot; cannot run: %2</source>
        <translation>Проверката &quot;%1&quot; не може да бъде изпълнена: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="181"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 is not sequential</source>
        <translation>Клетката &quot;%1&quot; на реда на позиция %2 и поле &quot;%3&quot; на позиция %4 не е последователна</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="201"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 is probably truncated</source>
        <translation>Клетката &quot;%1&quot; на реда на позиция %2 и поле &quot;%3&quot; на позиция %4 вероятно е съкратена</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="215"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 holds a forbidden value</source>
        <translation>Клетката &quot;%1&quot; на реда на позиция %2 и поле &quot;%3&quot; на позиция %4 съдържа забранена стойност</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="260"/>
        <source>There is a possible error because the value is deviated: %1</source>
        <translation>Възможна грешка, защото стойността се отклонява: %1</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewPage</name>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="25"/>
        <source>Format: %1 (%2)</source>
        <translation>Формат: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/previewpage.cpp" line="26"/>
        <source>Size: %1 × %2 pixels, %n band(s)</source>
        <translation>
            <numerusform>Размер: %1 × %2 пиксела, %n канал</numerusform>
            <numerusform>Размер: %1 × %2 пиксела, %n канала</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="27"/>
        <source>Band types: %1</source>
        <translation>Типове на каналите: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28"/>
        <source>CRS: %1</source>
        <translation>Координатна система: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28"/>
        <source>not georeferenced</source>
        <translation>не е геореферениран</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="30"/>
        <source>Extent (WGS84): %1, %2 — %3, %4</source>
        <translation>Обхват (WGS84): %1, %2 — %3, %4</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="33"/>
        <source>No-data value: %1</source>
        <translation>Стойност за липса на данни: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="35"/>
        <source>GPS position: %1, %2</source>
        <translation>GPS позиция: %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="37"/>
        <source>Taken at: %1</source>
        <translation>Заснето на: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="45"/>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="46"/>
        <source>The first rows of the file, with the type detected for each column. Check that the columns were split correctly.</source>
        <translation>Първите редове на файла с разпознатия тип за всяка колона. Проверете дали колоните са разделени правилно.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="101"/>
        <source>Reading %1</source>
        <translation>Четене на %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="126"/>
        <source>Nothing to show: %1</source>
        <translation>Няма нищо за показване: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="135"/>
        <source>%1 is a raster: it is imported as a tiled GeoTIFF; there are no rows to check.</source>
        <translation>%1 е растер: импортира се като GeoTIFF с плочки; няма редове за проверка.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="143"/>
        <source>%1 · %2 fields · showing the first %3 rows (the file has more)</source>
        <translation>%1 · %2 полета · показани са първите %3 реда (файлът има още)</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="144"/>
        <source>%1 · %2 fields · %3 rows</source>
        <translation>%1 · %2 полета · %3 реда</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="148"/>
        <source>· types detected from a sample</source>
        <translation>· типовете са разпознати по извадка</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewRowsModel</name>
    <message>
        <location filename="../widgets/import/previewrowsmodel.cpp" line="100"/>
        <source>%1: detected %2 (%3 of %4 cells fit)</source>
        <translation>%1: разпознат %2 (съответстват %3 от %4 клетки)</translation>
    </message>
</context>
<context>
    <name>urbis::RTreeBulkLoad</name>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="154"/>
        <source>The R*Tree %1 has no root node</source>
        <translation>R*Tree %1 няма коренов възел</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="159"/>
        <source>The R*Tree %1 has a root node of %2 bytes</source>
        <translation>R*Tree %1 има коренов възел с размер %2 байта</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="161"/>
        <location filename="../core/ingest/rtreebulkload.cpp" line="167"/>
        <source>The R*Tree %1 is not empty</source>
        <translation>R*Tree %1 не е празно</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="191"/>
        <source>Too many entries for the R*Tree %1</source>
        <translation>Твърде много записи за R*Tree %1</translation>
    </message>
</context>
<context>
    <name>urbis::RasterProbe</name>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="139"/>
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>%1 не може да бъде отворен: файлът не съществува или не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="148"/>
        <source>%1 is a raster GDAL knows but cannot read (truncated or corrupt?)</source>
        <translation>%1 е растер, който GDAL познава, но не може да прочете (съкратен или повреден?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="150"/>
        <source>%1 is not a raster format GDAL can read</source>
        <translation>%1 не е растерен формат, който GDAL може да чете</translation>
    </message>
</context>
<context>
    <name>urbis::RecordPrinter</name>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53"/>
        <location filename="../app/cli/recordprinter.cpp" line="67"/>
        <source>ID</source>
        <translation>ИД</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53"/>
        <source>TITLE</source>
        <translation>ЗАГЛАВИЕ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53"/>
        <source>CITY</source>
        <translation>ГРАД</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54"/>
        <source>DOMAIN</source>
        <translation>ТЕМА</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54"/>
        <source>PERIOD</source>
        <translation>ПЕРИОД</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/recordprinter.cpp" line="58"/>
        <source>%n dataset(s) shown of %1 matching</source>
        <translation>
            <numerusform>Показан е %n набор от данни от %1 съответстващи</numerusform>
            <numerusform>Показани са %n набора от данни от %1 съответстващи</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="68"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="69"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="70"/>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="71"/>
        <source>Publisher</source>
        <translation>Издател</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="72"/>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="73"/>
        <source>Domain</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="74"/>
        <source>Keywords</source>
        <translation>Ключови думи</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="75"/>
        <source>License</source>
        <translation>Лиценз</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="76"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="77"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="78"/>
        <source>Extent</source>
        <translation>Обхват</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="79"/>
        <source>CRS</source>
        <translation>Координатна система</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="80"/>
        <source>Features</source>
        <translation>Обекти</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81"/>
        <source> bytes</source>
        <translation> байта</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="82"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="83"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="84"/>
        <source> (previous %1)</source>
        <translation> (предишна %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="85"/>
        <source>Validation</source>
        <translation>Валидиране</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="86"/>
        <source>Modified</source>
        <translation>Променен</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="88"/>
        <source>Fields:</source>
        <translation>Полета:</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="93"/>
        <source>History:</source>
        <translation>История:</translation>
    </message>
</context>
<context>
    <name>urbis::RecordText</name>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="84"/>
        <location filename="../widgets/catalog/recordtext.cpp" line="38"/>
        <location filename="../widgets/catalog/recordtext.cpp" line="43"/>
        <location filename="../widgets/catalog/recordtext.cpp" line="49"/>
        <location filename="../widgets/catalog/recordtext.cpp" line="55"/>
        <location filename="../widgets/catalog/recordtext.cpp" line="61"/>
        <location filename="../widgets/catalog/recordtext.cpp" line="87"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="33"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="35"/>
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="37"/>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="62"/>
        <source>W %1, S %2, E %3, N %4</source>
        <translation>З %1, Ю %2, И %3, С %4</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="73"/>
        <source>valid</source>
        <translation>валиден</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="75"/>
        <source>warnings</source>
        <translation>предупреждения</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="77"/>
        <source>invalid</source>
        <translation>невалиден</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="81"/>
        <source>not validated</source>
        <translation>не е валидиран</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="88"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="93"/>
        <source>unknown profile</source>
        <translation>неизвестен профил</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="94"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="105"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="115"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="116"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="117"/>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="118"/>
        <source>Publisher</source>
        <translation>Издател</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="119"/>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="120"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="121"/>
        <source>Domain</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="122"/>
        <source>Keywords</source>
        <translation>Ключови думи</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="123"/>
        <source>License</source>
        <translation>Лиценз</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="124"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="125"/>
        <source>Media type</source>
        <translation>Медиен тип</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="126"/>
        <source>Temporal extent</source>
        <translation>Времеви обхват</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="127"/>
        <source>Bounding box</source>
        <translation>Ограничаващ правоъгълник</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="128"/>
        <source>CRS</source>
        <translation>Координатна система</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="129"/>
        <source>Features / rows</source>
        <translation>Обекти / редове</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="130"/>
        <source>Fields</source>
        <translation>Полета</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="131"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="132"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="133"/>
        <source>Stored files</source>
        <translation>Съхранени файлове</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="134"/>
        <source>Validation</source>
        <translation>Валидиране</translation>
    </message>
</context>
<context>
    <name>urbis::RecordValidator</name>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="17"/>
        <source>A title is required</source>
        <translation>Заглавието е задължително</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="19"/>
        <source>A description is required</source>
        <translation>Описанието е задължително</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="21"/>
        <source>A license is required (an SPDX id such as CC-BY-4.0, or a URL)</source>
        <translation>Лицензът е задължителен (SPDX идентификатор, напр. CC-BY-4.0, или URL)</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="23"/>
        <source>A source is required (who or what produced the data)</source>
        <translation>Източникът е задължителен (кой или какво е създал данните)</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteCommand</name>
    <message>
        <source>usage: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                          [--virtual-host] [--replace]
       urbis remote list
       urbis remote remove NAME
       urbis remote test NAME      reach the bucket with the keys sync would use
keys: the system keyring, else AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN)</source>
        <translation type="vanished">употреба: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                             [--virtual-host] [--replace]
          urbis remote list
          urbis remote remove NAME
          urbis remote test NAME      проверява достъпа до bucket с ключовете, които синхронизацията би използвала
ключове за достъп: системният ключодържател, иначе AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (и AWS_SESSION_TOKEN)</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="21"/>
        <source>usage: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                        [--virtual-host] [--sse AES256|aws:kms] [--ca-bundle PEM] [--replace]
       urbis remote list
       urbis remote remove NAME
       urbis remote test NAME      reach the bucket with the keys sync would use
keys: the system keyring, else AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN);
SSE-C: URBIS_SSE_CUSTOMER_KEY (base64 of a 32-byte key)</source>
        <translation>употреба: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                           [--virtual-host] [--sse AES256|aws:kms] [--ca-bundle PEM] [--replace]
          urbis remote list
          urbis remote remove NAME
          urbis remote test NAME      проверява достъпа до bucket с ключовете, които синхронизацията би използвала
ключове за достъп: системният ключодържател, иначе AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (и AWS_SESSION_TOKEN);
SSE-C: URBIS_SSE_CUSTOMER_KEY (base64 на 32-байтов ключ)</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="46"/>
        <source>Remote &quot;%1&quot; removed</source>
        <translation>Отдалеченото хранилище &quot;%1&quot; е премахнато</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49"/>
        <source>remote needs add, list, remove or test</source>
        <translation>remote изисква add, list, remove или test</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49"/>
        <source>unknown use of remote: %1</source>
        <translation>неизвестна употреба на remote: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="57"/>
        <source>remote add needs a NAME, --endpoint and --bucket</source>
        <translation>remote add изисква NAME, --endpoint и --bucket</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="75"/>
        <source>Remote &quot;%1&quot; added: %2, bucket %3</source>
        <translation>Отдалеченото хранилище &quot;%1&quot; е добавено: %2, bucket %3</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="98"/>
        <source>No remotes yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Все още няма отдалечени хранилища: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="128"/>
        <source>%1: bucket %2 reachable (keys from the %3)</source>
        <translation>%1: bucket %2 е достъпен (източник на ключовете: %3)</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteCredentials</name>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="44"/>
        <source>No keys for &quot;%1&quot; in the keyring</source>
        <translation>Няма ключове за достъп за &quot;%1&quot; в ключодържателя</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="49"/>
        <source>The keyring entry of &quot;%1&quot; is incomplete</source>
        <translation>Записът за &quot;%1&quot; в ключодържателя е непълен</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="58"/>
        <source>No keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Няма ключове за достъп: задайте AWS_ACCESS_KEY_ID и AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="70"/>
        <source>No keys for the remote &quot;%1&quot;: store them in the keyring (remote settings) or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Няма ключове за достъп за отдалеченото хранилище &quot;%1&quot;: запазете ги в ключодържателя (настройки на отдалеченото хранилище) или задайте AWS_ACCESS_KEY_ID и AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="91"/>
        <source>The keys could not be stored in the keyring</source>
        <translation>Ключовете за достъп не можаха да бъдат запазени в ключодържателя</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteDialog</name>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="43"/>
        <source>&amp;Path-style addresses (MinIO, Ceph, s3rver)</source>
        <translation>&amp;Адресиране в стил път (MinIO, Ceph, s3rver)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="46"/>
        <location filename="../widgets/sync/remotedialog.cpp" line="207"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Тестване на връзката</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="52"/>
        <source>Add remote</source>
        <translation>Добавяне на отдалечено хранилище</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="53"/>
        <source>e.g. city-minio</source>
        <translation>напр. city-minio</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="54"/>
        <source>https://minio.example.org:9000</source>
        <translation>https://minio.example.org:9000</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="56"/>
        <source>e.g. urbis-catalog</source>
        <translation>напр. urbis-catalog</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="57"/>
        <source>optional, e.g. city/air/</source>
        <translation>по избор, напр. city/air/</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="61"/>
        <source>Address objects as endpoint/bucket/key; AWS also accepts bucket.endpoint/key</source>
        <translation>Адресиране на обектите като endpoint/bucket/key; AWS приема и bucket.endpoint/key</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="64"/>
        <location filename="../widgets/sync/remotedialog.cpp" line="65"/>
        <source>leave empty to keep the stored keys</source>
        <translation>оставете празно, за да запазите съхранените ключове</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="69"/>
        <source>List the bucket once with these settings and keys</source>
        <translation>Еднократно изброяване на съдържанието на bucket с тези настройки и ключове</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="80"/>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="81"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Крайна точка:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="82"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="83"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="84"/>
        <source>Key p&amp;refix:</source>
        <translation>Пре&amp;фикс на ключовете:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="86"/>
        <source>&amp;Access key:</source>
        <translation>Ключ за &amp;достъп:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="87"/>
        <source>&amp;Secret key:</source>
        <translation>&amp;Секретен ключ:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="114"/>
        <source>Edit remote &quot;%1&quot;</source>
        <translation>Редактиране на отдалеченото хранилище &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="165"/>
        <source>Keys are kept in the system keyring, never in settings files. Leave them empty to use keys stored earlier or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment.</source>
        <translation>Ключовете се пазят в системния ключодържател, никога във файлове с настройки. Оставете ги празни, за да използвате съхранени по-рано ключове или AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY от средата.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="169"/>
        <source>AWS_ACCESS_KEY_ID is set here: the environment&apos;s keys are used first.</source>
        <translation>AWS_ACCESS_KEY_ID е зададена тук: ключовете от средата се използват с предимство.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="179"/>
        <source>Enter both keys, or neither to use the stored keys or the environment</source>
        <translation>Въведете и двата ключа или нито един, за да се използват съхранените ключове или средата</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="194"/>
        <source>Asking %1…</source>
        <translation>Запитване към %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="207"/>
        <source>Cancel &amp;test</source>
        <translation>Отмяна на &amp;теста</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="234"/>
        <source>Saving the keys in the keyring…</source>
        <translation>Запазване на ключовете в ключодържателя…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="252"/>
        <source>No keyring is available here, so the keys were not saved. Urbis will use AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from the environment. Press OK to save the remote without keys.</source>
        <translation>Тук няма наличен ключодържател, затова ключовете не бяха запазени. Urbis ще използва AWS_ACCESS_KEY_ID и AWS_SECRET_ACCESS_KEY от средата. Натиснете OK, за да запазите отдалеченото хранилище без ключове.</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListModel</name>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="56"/>
        <source>%1 at %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="69"/>
        <source>Syncing…</source>
        <translation>Синхронизиране…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="72"/>
        <source>never</source>
        <translation>никога</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="94"/>
        <source>Datasets changed here and not yet pushed</source>
        <translation>Набори от данни, променени тук и все още неизпратени</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="117"/>
        <source>Remote</source>
        <translation>Отдалечено хранилище</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="119"/>
        <source>Endpoint / bucket</source>
        <translation>Крайна точка / bucket</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="121"/>
        <source>Last sync</source>
        <translation>Последна синхронизация</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="123"/>
        <source>Pending</source>
        <translation>Чакащи</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="125"/>
        <source>Last error</source>
        <translation>Последна грешка</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListView</name>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="29"/>
        <source>Filter remotes</source>
        <translation>Филтриране на отдалечените хранилища</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="41"/>
        <source>Remotes</source>
        <translation>Отдалечени хранилища</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="44"/>
        <source>No remote yet — Add remote… to share this catalog through S3/MinIO</source>
        <translation>Все още няма отдалечено хранилище — Добавяне на отдалечено хранилище…, за да споделите този каталог чрез S3/MinIO</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="47"/>
        <source>Add remote…</source>
        <translation>Добавяне на отдалечено хранилище…</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteOverview</name>
    <message>
        <location filename="../widgets/sync/remoteoverview.cpp" line="25"/>
        <source>Status unknown: %1</source>
        <translation>Неизвестно състояние: %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfile</name>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="15"/>
        <source>The remote name &quot;%1&quot; is not valid: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64)</source>
        <translation>Името на отдалеченото хранилище &quot;%1&quot; не е валидно: използвайте букви, цифри, &apos;.&apos;, &apos;_&apos; или &apos;-&apos; (най-много 64)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="18"/>
        <source>The endpoint &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>Крайната точка &quot;%1&quot; не е адрес с http:// или https://</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="21"/>
        <source>The bucket name &quot;%1&quot; is not valid: 3 to 63 lower-case letters, digits, &apos;.&apos; or &apos;-&apos;</source>
        <translation>Името на bucket &quot;%1&quot; не е валидно: от 3 до 63 малки букви, цифри, &apos;.&apos; или &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="23"/>
        <source>The region is empty</source>
        <translation>Регионът е празен</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="26"/>
        <source>Server-side encryption &quot;%1&quot; is not known: use AES256 or aws:kms</source>
        <translation>Шифроването от страна на сървъра &quot;%1&quot; не е известно: използвайте AES256 или aws:kms</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="28"/>
        <source>No PEM certificate could be read from %1</source>
        <translation>Не може да бъде прочетен PEM сертификат от %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfiles</name>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="27"/>
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="31"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 е повреден: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="47"/>
        <source>There is no remote &quot;%1&quot; (urbis remote list shows them)</source>
        <translation>Няма отдалечено хранилище &quot;%1&quot; (urbis remote list ги показва)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="59"/>
        <source>A remote named &quot;%1&quot; exists already</source>
        <translation>Вече съществува отдалечено хранилище с име &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="75"/>
        <source>There is no remote &quot;%1&quot;</source>
        <translation>Няма отдалечено хранилище &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteScan</name>
    <message>
        <location filename="../core/storage/sync/remotescan.cpp" line="32"/>
        <source>Sync cancelled</source>
        <translation>Синхронизацията е отменена</translation>
    </message>
</context>
<context>
    <name>urbis::ReportErrorsModel</name>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="73"/>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="77"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="97"/>
        <source>Row</source>
        <translation>Ред</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="98"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="99"/>
        <source>Error type</source>
        <translation>Тип грешка</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="100"/>
        <source>Cell</source>
        <translation>Клетка</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="101"/>
        <source>Message</source>
        <translation>Съобщение</translation>
    </message>
</context>
<context>
    <name>urbis::ReportPage</name>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="33"/>
        <source>Validation report</source>
        <translation>Отчет от валидирането</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="34"/>
        <source>The whole file checked against the schema. Double-click an error to see its row in the preview.</source>
        <translation>Целият файл е проверен спрямо схемата. Щракнете два пъти върху грешка, за да видите нейния ред в прегледа.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="49"/>
        <source>Search the errors</source>
        <translation>Търсене в грешките</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="65"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Експортиране на отчета…</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="67"/>
        <source>&amp;Validate again</source>
        <translation>&amp;Повторно валидиране</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="69"/>
        <source>&amp;Import even with errors (the report is kept with the dataset)</source>
        <translation>&amp;Импортиране въпреки грешките (отчетът се пази с набора от данни)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="76"/>
        <source>Show:</source>
        <translation>Показване:</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="142"/>
        <source>Add as a &amp;new version of the existing dataset &quot;%1&quot;</source>
        <translation>Добавяне като &amp;нова версия на съществуващия набор от данни &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="156"/>
        <source>&lt;b&gt;Raster:&lt;/b&gt; no rows to validate; the import converts it to a tiled GeoTIFF.</source>
        <translation>&lt;b&gt;Растер:&lt;/b&gt; няма редове за валидиране; импортирането го преобразува в GeoTIFF с плочки.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="165"/>
        <source>Validating %1</source>
        <translation>Валидиране на %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="182"/>
        <source>Validation did not finish. Press &quot;Validate again&quot; to retry.</source>
        <translation>Валидирането не завърши. Натиснете &quot;Повторно валидиране&quot;, за да опитате отново.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="195"/>
        <source>All findings (%1)</source>
        <translation>Всички констатации (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="203"/>
        <source>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valid&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields, no errors.</source>
        <translation>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Валиден&lt;/b&gt;&lt;/span&gt; — %1 реда, %2 полета, без грешки.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="206"/>
        <source>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valid with warnings&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields; %3 notes about missing metadata (they do not block the import).</source>
        <translation>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Валиден с предупреждения&lt;/b&gt;&lt;/span&gt; — %1 реда, %2 полета; %3 бележки за липсващи метаданни (не пречат на импортирането).</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="210"/>
        <source>&lt;span style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Not valid&lt;/b&gt;&lt;/span&gt; — %1 errors in %2 rows%3. Fix the schema or the file, or tick &quot;Import even with errors&quot;.</source>
        <translation>&lt;span style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Невалиден&lt;/b&gt;&lt;/span&gt; — %1 грешки в %2 реда%3. Поправете схемата или файла или отметнете &quot;Импортиране въпреки грешките&quot;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/reportpage.cpp" line="214"/>
        <source>, and %n note(s)</source>
        <translation>
            <numerusform>, и %n бележка</numerusform>
            <numerusform>, и %n бележки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="225"/>
        <location filename="../widgets/import/reportpage.cpp" line="228"/>
        <source>Export validation report</source>
        <translation>Експортиране на отчета от валидирането</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="226"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="228"/>
        <source>Cannot write %1</source>
        <translation>%1 не може да бъде записан</translation>
    </message>
</context>
<context>
    <name>urbis::ReportReader</name>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="37"/>
        <source>The stored validation report is not readable</source>
        <translation>Съхраненият отчет от валидирането не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="60"/>
        <source>This dataset has no stored validation report.</source>
        <translation>Този набор от данни няма съхранен отчет от валидирането.</translation>
    </message>
</context>
<context>
    <name>urbis::ReportTab</name>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="33"/>
        <source>Search the findings</source>
        <translation>Търсене в констатациите</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="49"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Показване:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="98"/>
        <source>No data store is connected to this panel.</source>
        <translation>Към този панел не е свързано хранилище за данни.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="102"/>
        <source>Reading the validation report…</source>
        <translation>Четене на отчета от валидирането…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="106"/>
        <source>Reading the validation report</source>
        <translation>Четене на отчета от валидирането</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="135"/>
        <source>Valid: %1 rows checked, no errors.</source>
        <translation>Валиден: проверени са %1 реда, няма грешки.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="136"/>
        <source>%1 errors in %2 rows checked.</source>
        <translation>%1 грешки в %2 проверени реда.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="139"/>
        <source>%1 notices (missing metadata; they never make data invalid).</source>
        <translation>%1 бележки (липсващи метаданни; те никога не правят данните невалидни).</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="145"/>
        <source>All findings</source>
        <translation>Всички констатации</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="147"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>urbis::RestIngestClient</name>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="141"/>
        <source>The data file %1 does not exist</source>
        <translation>Файлът с данни %1 не съществува</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="143"/>
        <source>The data file %1 is not a file</source>
        <translation>Файлът с данни %1 не е файл</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="146"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="164"/>
        <source>Cannot read the data file %1</source>
        <translation>Файлът с данни %1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="202"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="274"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="294"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="218"/>
        <source>no answer within %1 ms</source>
        <translation>няма отговор в рамките на %1 ms</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="232"/>
        <source>Cannot reach the ingestion endpoint %1: %2</source>
        <translation>Крайната точка за приемане на данни %1 е недостъпна: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="239"/>
        <source>The ingestion endpoint %1 requires an access token (HTTP %2)</source>
        <translation>Крайната точка за приемане на данни %1 изисква токен за достъп (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="240"/>
        <source>The ingestion endpoint %1 refused the access token (HTTP %2)</source>
        <translation>Крайната точка за приемане на данни %1 отхвърли токена за достъп (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="244"/>
        <source>The ingestion endpoint %1 redirects to %2; send to that address instead</source>
        <translation>Крайната точка за приемане на данни %1 пренасочва към %2; изпратете на този адрес</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="245"/>
        <source>an unnamed address</source>
        <translation>адрес без име</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="248"/>
        <source>The ingestion endpoint %1 failed (HTTP %2)</source>
        <translation>Крайната точка за приемане на данни %1 върна грешка (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="251"/>
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2)</source>
        <translation>Крайната точка за приемане на данни %1 отхвърли набора от данни (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="252"/>
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2): %3</source>
        <translation>Крайната точка за приемане на данни %1 отхвърли набора от данни (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="266"/>
        <source>The ingestion endpoint must be an http or https address, not &quot;%1&quot;</source>
        <translation>Крайната точка за приемане на данни трябва да бъде http или https адрес, а не &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::ScaleBar</name>
    <message>
        <location filename="../widgets/map/scalebar.cpp" line="28"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../widgets/map/scalebar.cpp" line="29"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../widgets/map/scalebar.cpp" line="60"/>
        <source>1:%1</source>
        <translation>1:%1</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaFieldsModel</name>
    <message numerus="yes">
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="75"/>
        <source>Detected: %1, %2% of %n sampled cells fit</source>
        <translation>
            <numerusform>Разпознат: %1, съответстват %2% от %n клетка в извадката</numerusform>
            <numerusform>Разпознат: %1, съответстват %2% от %n клетки в извадката</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="78"/>
        <source>%n cells empty or missing</source>
        <translation>
            <numerusform>%n празна или липсваща клетка</numerusform>
            <numerusform>%n празни или липсващи клетки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="80"/>
        <source>Examples: %1</source>
        <translation>Примери: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="82"/>
        <source>Suggested unit: %1</source>
        <translation>Предложена мерна единица: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="194"/>
        <source>Share of the sampled cells that fit the detected type</source>
        <translation>Дял на клетките от извадката, които съответстват на разпознатия тип</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="198"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="199"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="200"/>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="201"/>
        <source>Required</source>
        <translation>Задължително</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="202"/>
        <source>Unique</source>
        <translation>Уникално</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="203"/>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="204"/>
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="205"/>
        <source>Confidence</source>
        <translation>Увереност</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="206"/>
        <source>Examples</source>
        <translation>Примери</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaInference</name>
    <message>
        <location filename="../core/ingest/schemainference.cpp" line="296"/>
        <source>Schema inference was cancelled</source>
        <translation>Определянето на схемата е отменено</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaPage</name>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="22"/>
        <source>Schema and metadata</source>
        <translation>Схема и метаданни</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="23"/>
        <source>Check the detected column types, add units and constraints, and describe the dataset. Hover a field for what the detection saw.</source>
        <translation>Проверете разпознатите типове на колоните, добавете мерни единици и ограничения и опишете набора от данни. Посочете поле с мишката, за да видите какво е открило разпознаването.</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="41"/>
        <source>Fields</source>
        <translation>Полета</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="45"/>
        <source>Dataset</source>
        <translation>Набор от данни</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="70"/>
        <source>Types were detected from the first rows only; validation reads the whole file.</source>
        <translation>Типовете са разпознати само по първите редове; валидирането чете целия файл.</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaTable</name>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="28"/>
        <source>No unit given</source>
        <translation>Не е посочена мерна единица</translation>
    </message>
</context>
<context>
    <name>urbis::SendCommand</name>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="26"/>
        <source>usage: urbis send ID --to URL [--token-env VAR]
  posts the dataset&apos;s data and its catalog record (multipart/form-data: &quot;metadata&quot;, &quot;file&quot;)
  to the REST ingestion endpoint URL (http or https)
  --token-env VAR   environment variable holding the bearer token (default %1; none: no token)</source>
        <translation>употреба: urbis send ID --to URL [--token-env VAR]
  изпраща данните на набора от данни и записа му в каталога (multipart/form-data: &quot;metadata&quot;, &quot;file&quot;)
  към REST крайната точка за приемане на данни URL (http или https)
  --token-env VAR   променлива на средата, съдържаща bearer токена (по подразбиране %1; none: без токен)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="37"/>
        <source>send needs one dataset ID and --to URL</source>
        <translation>send изисква един ID на набор от данни и --to URL</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="43"/>
        <source>--token-env names %1, which is not set or empty</source>
        <translation>--token-env посочва променливата %1, която не е зададена или е празна</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="53"/>
        <source>Dataset %1 has no stored data to send</source>
        <translation>Наборът от данни %1 няма съхранени данни за изпращане</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="56"/>
        <source>The stored data of dataset %1 is missing (%2)</source>
        <translation>Съхранените данни на набора от данни %1 липсват (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="67"/>
        <source>Sending %1</source>
        <translation>Изпращане на %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="82"/>
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes</source>
        <translation>Изпратен е %1 (%2) към %3: HTTP %4, %5 байта</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="83"/>
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes, now at %6</source>
        <translation>Изпратен е %1 (%2) към %3: HTTP %4, %5 байта, сега на %6</translation>
    </message>
</context>
<context>
    <name>urbis::SourceOpener</name>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="89"/>
        <source>%1 is not a text file: it holds binary data</source>
        <translation>%1 не е текстов файл: съдържа двоични данни</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="133"/>
        <source>%1 does not exist</source>
        <translation>%1 не съществува</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="135"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 е папка, а не файл</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="138"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 не може да бъде отворен: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="141"/>
        <source>The file is empty: %1</source>
        <translation>Файлът е празен: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="159"/>
        <source>%1 is a raster image, not a table or vector layer</source>
        <translation>%1 е растерно изображение, а не таблица или векторен слой</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="168"/>
        <source>The format of %1 is not recognised</source>
        <translation>Форматът на %1 не е разпознат</translation>
    </message>
</context>
<context>
    <name>urbis::StacItemCodec</name>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="148"/>
        <source>%1 is not a STAC Item (needs &quot;type&quot;: &quot;Feature&quot; and an id)</source>
        <translation>%1 не е STAC Item (изисква &quot;type&quot;: &quot;Feature&quot; и id)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="158"/>
        <source>%1: a version record is unreadable: %2</source>
        <translation>%1: запис на версия е нечетим: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="162"/>
        <source>%1: the versions do not start with the dataset %2</source>
        <translation>%1: версиите не започват с набора от данни %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="184"/>
        <source>STAC Item %1</source>
        <translation>STAC Item %1</translation>
    </message>
</context>
<context>
    <name>urbis::SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="25"/>
        <source>usage: urbis sync [NAME] [--push] [--pull] [--dry-run] [--with-data]
                  [--bbox W,S,E,N] [--from T] [--to T]
       urbis sync [NAME] --fetch ID              bring the data of one pulled dataset
       urbis sync [NAME] --conflicts             list datasets changed here and there
       urbis sync [NAME] --resolve ID --keep mine|theirs|both
transfers: --part-size MIB (default 8, at least 5), --concurrency N (default 4),
           --bwlimit RATE (bytes per second; K, M or G suffixes: 10M)
Without --push or --pull both directions run. Pulled datasets bring their metadata;
their data comes with --with-data, for those in --bbox / --from..--to, or with --fetch.
NAME may be left out when there is one remote (urbis remote list).</source>
        <translation>употреба: urbis sync [NAME] [--push] [--pull] [--dry-run] [--with-data]
                     [--bbox W,S,E,N] [--from T] [--to T]
          urbis sync [NAME] --fetch ID              извлича данните на един получен набор от данни
          urbis sync [NAME] --conflicts             извежда наборите от данни, променени и тук, и там
          urbis sync [NAME] --resolve ID --keep mine|theirs|both
прехвърляния: --part-size MIB (по подразбиране 8, поне 5), --concurrency N (по подразбиране 4),
              --bwlimit RATE (байтове в секунда; суфикси K, M или G: 10M)
Без --push или --pull се изпълняват и двете посоки. Получените набори от данни носят метаданните си;
данните им идват с --with-data, за тези в --bbox / --from..--to, или с --fetch.
NAME може да се пропусне, когато има само едно отдалечено хранилище (urbis remote list).</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="48"/>
        <source>No remote yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Все още няма отдалечено хранилище: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="49"/>
        <source>Several remotes: name the one to sync with</source>
        <translation>Има няколко отдалечени хранилища: посочете с кое да се синхронизира</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="57"/>
        <source>sync takes at most one remote name</source>
        <translation>sync приема най-много едно име на отдалечено хранилище</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="93"/>
        <source>--part-size is in MiB, from 5 to 5120</source>
        <translation>--part-size е в MiB, от 5 до 5120</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="100"/>
        <source>--concurrency is a number from 1 to 64</source>
        <translation>--concurrency е число от 1 до 64</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="112"/>
        <source>--bwlimit needs a rate such as 500K or 10M</source>
        <translation>--bwlimit изисква скорост, например 500K или 10M</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="123"/>
        <source>--resolve needs --keep mine, theirs or both</source>
        <translation>--resolve изисква --keep mine, theirs или both</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="131"/>
        <source>Syncing with %1</source>
        <translation>Синхронизиране с %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="148"/>
        <source>%1%2 pushed, %3 pulled, %4 conflict(s), %5 failed; %6 blob(s) up (%7 already there), %8 down in %9 s</source>
        <translation>%1%2 изпратени, %3 получени, %4 конфликт(а), %5 неуспешни; %6 blob обект(а) качени (%7 вече налични), %8 изтеглени за %9 s</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="149"/>
        <source>dry run: would have </source>
        <translation>пробно изпълнение, щеше да има: </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="181"/>
        <source>%n conflict(s); %1 dataset(s) waiting to be pushed</source>
        <translation>
            <numerusform>%n конфликт; набори от данни, чакащи изпращане: %1</numerusform>
            <numerusform>%n конфликта; набори от данни, чакащи изпращане: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::SyncEngine</name>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="63"/>
        <source>Sync cancelled</source>
        <translation>Синхронизацията е отменена</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="88"/>
        <source>Reading the remote catalog of %1…</source>
        <translation>Четене на отдалечения каталог на %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="118"/>
        <source>%1 is not JSON: %2</source>
        <translation>%1 не е JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="96"/>
        <source>Still unresolved: changed here and on %1</source>
        <translation>Все още неразрешен: променен тук и в %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="111"/>
        <source>Changed here (%1 version(s), last edit %2) and on %3 (%4 version(s), last edit %5)</source>
        <translation>Променен тук (версии: %1, последна редакция %2) и в %3 (версии: %4, последна редакция %5)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="164"/>
        <source>Changed on %1 while this sync ran</source>
        <translation>Променен в %1 по време на тази синхронизация</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="273"/>
        <source>Writing the STAC catalog of %1…</source>
        <translation>Записване на STAC каталога на %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="94"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/syncengine.cpp" line="101"/>
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>%n набор от данни не можа да бъде синхронизиран; следващата синхронизация ще опита отново</numerusform>
            <numerusform>%n набора от данни не можаха да бъдат синхронизирани; следващата синхронизация ще опита отново</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="158"/>
        <source>&quot;%1&quot; changed on %2 again; look at it once more</source>
        <translation>&quot;%1&quot; отново е променен в %2; прегледайте го още веднъж</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="208"/>
        <source>&quot;%1&quot; was never synced with a remote: its data is not available</source>
        <translation>&quot;%1&quot; никога не е синхронизиран с отдалечено хранилище: данните му не са налични</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPanel</name>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="51"/>
        <source>Transfers</source>
        <translation>Прехвърляния</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="52"/>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="53"/>
        <location filename="../widgets/sync/syncpanel.cpp" line="171"/>
        <source>Conflicts</source>
        <translation>Конфликти</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="95"/>
        <source>&amp;Add remote…</source>
        <translation>&amp;Добавяне на отдалечено хранилище…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="97"/>
        <source>Connect this catalog to an S3 / MinIO bucket</source>
        <translation>Свързване на този каталог с S3 / MinIO bucket</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редактиране…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Премахване</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="102"/>
        <source>Forget this remote here; nothing is deleted in the bucket</source>
        <translation>Забравяне на това отдалечено хранилище тук; в bucket нищо не се изтрива</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="103"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизиране сега</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="105"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="106"/>
        <source>Push local changes and pull the remote&apos;s (Ctrl+Shift+S)</source>
        <translation>Изпращане на локалните промени и получаване на промените от отдалеченото хранилище (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="107"/>
        <source>&amp;Preview</source>
        <translation>Пре&amp;глед</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="109"/>
        <source>Dry run: list what a sync would move, changing nothing</source>
        <translation>Пробно изпълнение: показва какво би прехвърлила синхронизацията, без да променя нищо</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="171"/>
        <source>Conflicts (%1)</source>
        <translation>Конфликти (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="205"/>
        <source>Remote &quot;%1&quot; updated</source>
        <translation>Отдалеченото хранилище &quot;%1&quot; е обновено</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="206"/>
        <source>Remote &quot;%1&quot; added</source>
        <translation>Отдалеченото хранилище &quot;%1&quot; е добавено</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="235"/>
        <source>Remove remote</source>
        <translation>Премахване на отдалечено хранилище</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="236"/>
        <source>Forget the remote &quot;%1&quot;? Nothing is deleted in the bucket, and the datasets stay in this catalog.</source>
        <translation>Да се забрави ли отдалеченото хранилище &quot;%1&quot;? В bucket нищо не се изтрива, а наборите от данни остават в този каталог.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="245"/>
        <source>Remote &quot;%1&quot; removed</source>
        <translation>Отдалеченото хранилище &quot;%1&quot; е премахнато</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="256"/>
        <source>A sync of &quot;%1&quot; is already running</source>
        <translation>Синхронизация на &quot;%1&quot; вече се изпълнява</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="270"/>
        <source>Syncing &quot;%1&quot;…</source>
        <translation>Синхронизиране на &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="279"/>
        <source>&quot;%1&quot; is in sync</source>
        <translation>&quot;%1&quot; е синхронизирано</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="281"/>
        <source>Sync of &quot;%1&quot; cancelled</source>
        <translation>Синхронизацията на &quot;%1&quot; е отменена</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284"/>
        <source>Sync of &quot;%1&quot; failed: %2</source>
        <translation>Синхронизацията на &quot;%1&quot; е неуспешна: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284"/>
        <source>see Transfers</source>
        <translation>вижте Прехвърляния</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="295"/>
        <source>Next try at %1</source>
        <translation>Следващ опит в %1</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="331"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="333"/>
        <source>Preview of &quot;%1&quot; failed: %2</source>
        <translation>Прегледът на &quot;%1&quot; е неуспешен: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="353"/>
        <source>Conflict on &quot;%1&quot; settled</source>
        <translation>Конфликтът при &quot;%1&quot; е разрешен</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="354"/>
        <source>Could not settle the conflict: %1</source>
        <translation>Конфликтът не можа да бъде разрешен: %1</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPlanModel</name>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="30"/>
        <source>Upload</source>
        <translation>Качване</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="32"/>
        <source>Download</source>
        <translation>Изтегляне</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="34"/>
        <source>Fetch data</source>
        <translation>Извличане на данни</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="36"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="38"/>
        <source>Failed</source>
        <translation>Неуспешно</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sync/syncplanmodel.cpp" line="72"/>
        <source>%1 (%n version(s))</source>
        <translation>
            <numerusform>%1 (%n версия)</numerusform>
            <numerusform>%1 (%n версии)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="92"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="94"/>
        <source>Dataset</source>
        <translation>Набор от данни</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="96"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="98"/>
        <source>Detail</source>
        <translation>Подробност</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPreviewView</name>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="18"/>
        <source>Preview lists what a sync would upload and download, without changing anything.</source>
        <translation>Прегледът показва какво би качила и изтеглила една синхронизация, без да променя нищо.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="28"/>
        <source>What the sync would move</source>
        <translation>Какво би прехвърлила синхронизацията</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="43"/>
        <source>Asking &quot;%1&quot; what a sync would move…</source>
        <translation>Запитване към &quot;%1&quot; какво би прехвърлила една синхронизация…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="49"/>
        <source>Preview of &quot;%1&quot; failed: %2</source>
        <translation>Прегледът на &quot;%1&quot; е неуспешен: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="57"/>
        <source>&quot;%1&quot; is in sync: nothing would move.</source>
        <translation>&quot;%1&quot; е синхронизирано: нищо няма да бъде прехвърлено.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="61"/>
        <source>A sync with &quot;%1&quot; would upload %2 and download %3 dataset(s), %4 in all; %5 conflict(s). Nothing was changed.</source>
        <translation>Синхронизация с &quot;%1&quot; би качила %2 и изтеглила %3 набор(а) от данни, общо %4; конфликти: %5. Нищо не е променено.</translation>
    </message>
</context>
<context>
    <name>urbis::SyncTask</name>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9"/>
        <source>Preview sync with %1</source>
        <translation>Преглед на синхронизацията с %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9"/>
        <source>Sync with %1</source>
        <translation>Синхронизация с %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="30"/>
        <source>Download the data of a dataset</source>
        <translation>Изтегляне на данните на набор от данни</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/synctask.cpp" line="70"/>
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>%n набор от данни не можа да бъде синхронизиран; следващата синхронизация ще опита отново</numerusform>
            <numerusform>%n набора от данни не можаха да бъдат синхронизирани; следващата синхронизация ще опита отново</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TableChecker</name>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="113"/>
        <source>There is an extra label &quot;%1&quot; in the header at position %2</source>
        <translation>В заглавния ред има допълнителен етикет &quot;%1&quot; на позиция %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="119"/>
        <source>Label &quot;%1&quot; of the schema is missing from the header at position %2</source>
        <translation>Етикетът &quot;%1&quot; от схемата липсва в заглавния ред на позиция %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="124"/>
        <source>Label in the header at position %1 is blank</source>
        <translation>Етикетът в заглавния ред на позиция %1 е празен</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="126"/>
        <source>Label &quot;%1&quot; at position %2 is a duplicate</source>
        <translation>Етикетът &quot;%1&quot; на позиция %2 е дублиран</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="128"/>
        <source>Label &quot;%1&quot; at position %2 does not match the field name &quot;%3&quot; of the schema</source>
        <translation>Етикетът &quot;%1&quot; на позиция %2 не съответства на името на полето &quot;%3&quot; от схемата</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="173"/>
        <source>Row at position %1 is completely blank</source>
        <translation>Редът на позиция %1 е напълно празен</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="187"/>
        <source>Type error in the cell &quot;%1&quot; in row %2 and field &quot;%3&quot; at position %4: type is &quot;%5/%6&quot;</source>
        <translation>Грешка в типа в клетката &quot;%1&quot; на ред %2 и поле &quot;%3&quot; на позиция %4: типът е &quot;%5/%6&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="195"/>
        <source>The cell &quot;%1&quot; in row %2 and field &quot;%3&quot; at position %4 does not conform to the constraint &quot;%5&quot;</source>
        <translation>Клетката &quot;%1&quot; на ред %2 и поле &quot;%3&quot; на позиция %4 не отговаря на ограничението &quot;%5&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="205"/>
        <source>Row at position %1 has an extra value in field at position %2</source>
        <translation>Редът на позиция %1 има допълнителна стойност в полето на позиция %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="210"/>
        <source>Row at position %1 has a missing cell in field &quot;%2&quot; at position %3</source>
        <translation>На реда на позиция %1 липсва клетка в полето &quot;%2&quot; на позиция %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="217"/>
        <source>Row at position %1 has a unique constraint violation in field &quot;%2&quot; at position %3</source>
        <translation>Редът на позиция %1 нарушава ограничението за уникалност в полето &quot;%2&quot; на позиция %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="230"/>
        <source>Row at position %1 violates the primary key: all key cells are null or the key is not unique</source>
        <translation>Редът на позиция %1 нарушава първичния ключ: всички клетки на ключа са празни или ключът не е уникален</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="247"/>
        <source>Row at position %1 is a duplicate of an earlier row</source>
        <translation>Редът на позиция %1 е дубликат на по-ранен ред</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="262"/>
        <source>Row at position %1 violates the foreign key: the referenced values are not in the table</source>
        <translation>Редът на позиция %1 нарушава външния ключ: посочените стойности не са в таблицата</translation>
    </message>
</context>
<context>
    <name>urbis::TableField</name>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="38"/>
        <location filename="../core/ingest/valuecast.cpp" line="41"/>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Поле &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="92"/>
        <source>constraint &quot;%1&quot; is not supported by type &quot;%2&quot;</source>
        <translation>ограничението &quot;%1&quot; не се поддържа от типа &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="98"/>
        <source>constraint &quot;%1&quot;: %2 is not a valid %3</source>
        <translation>ограничение &quot;%1&quot;: %2 не е валидна стойност от тип %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="106"/>
        <source>a length constraint is negative</source>
        <translation>ограничение за дължина е отрицателно</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="127"/>
        <source>pattern &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>шаблонът &quot;%1&quot; не е валиден регулярен израз: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="18"/>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is malformed</source>
        <translation>Поле &quot;%1&quot;: &quot;%2&quot; е неправилно оформено</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="50"/>
        <source>Field &quot;%1&quot;: unknown constraint &quot;%2&quot;</source>
        <translation>Поле &quot;%1&quot;: неизвестно ограничение &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="112"/>
        <source>A field has no name (&quot;name&quot; must be a string)</source>
        <translation>Поле няма име (&quot;name&quot; трябва да е низ)</translation>
    </message>
    <message>
        <location filename="../core/ingest/timepattern.cpp" line="113"/>
        <source>The date/time format &quot;%1&quot; uses &quot;%2&quot;, which is not a supported strptime directive</source>
        <translation>Форматът за дата/час &quot;%1&quot; използва &quot;%2&quot;, която не е поддържана директива на strptime</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="96"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation>неизвестен тип &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="114"/>
        <source>format &quot;%1&quot; is not valid for type &quot;%2&quot;</source>
        <translation>форматът &quot;%1&quot; не е валиден за типа &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="131"/>
        <source>&quot;%1&quot; is malformed</source>
        <translation>&quot;%1&quot; е неправилно оформено</translation>
    </message>
</context>
<context>
    <name>urbis::TableSchema</name>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="51"/>
        <source>Foreign key %1 is malformed: it needs &quot;fields&quot; and a &quot;reference&quot; with &quot;resource&quot; and &quot;fields&quot;</source>
        <translation>Външният ключ %1 е неправилно оформен: нужни са &quot;fields&quot; и &quot;reference&quot; с &quot;resource&quot; и &quot;fields&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="58"/>
        <source>Foreign key %1 lists %2 fields but references %3</source>
        <translation>Външният ключ %1 изброява %2 полета, но сочи към %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="70"/>
        <source>Foreign key %1 names the field &quot;%2&quot;, which the schema does not have</source>
        <translation>Външният ключ %1 посочва полето &quot;%2&quot;, което липсва в схемата</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="88"/>
        <location filename="../core/ingest/tableschema.cpp" line="95"/>
        <source>The schema&apos;s &quot;missingValues&quot; must be a list of strings</source>
        <translation>&quot;missingValues&quot; на схемата трябва да е списък от низове</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="103"/>
        <source>The schema has no &quot;fields&quot; list</source>
        <translation>Схемата няма списък &quot;fields&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="111"/>
        <source>Field %1 of the schema is not an object</source>
        <translation>Поле %1 от схемата не е обект</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="116"/>
        <source>Field %1 of the schema has no name</source>
        <translation>Поле %1 от схемата няма име</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="124"/>
        <source>The schema has two fields named &quot;%1&quot;</source>
        <translation>Схемата има две полета с име &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="134"/>
        <source>The schema&apos;s &quot;primaryKey&quot; must be a field name or a list of them</source>
        <translation>&quot;primaryKey&quot; на схемата трябва да е име на поле или списък от имена на полета</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="140"/>
        <source>The primary key names the field &quot;%1&quot;, which the schema does not have</source>
        <translation>Първичният ключ посочва полето &quot;%1&quot;, което липсва в схемата</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="150"/>
        <source>The schema&apos;s &quot;foreignKeys&quot; must be a list</source>
        <translation>&quot;foreignKeys&quot; на схемата трябва да е списък</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="163"/>
        <source>The schema&apos;s &quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; на схемата трябва да е низ</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="177"/>
        <source>Cannot read the schema file %1</source>
        <translation>Файлът със схема %1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="182"/>
        <source>The schema file %1 is not valid JSON (at byte %2)</source>
        <translation>Файлът със схема %1 не е валиден JSON (при байт %2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="188"/>
        <source>The schema file %1 does not hold a JSON object</source>
        <translation>Файлът със схема %1 не съдържа JSON обект</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="195"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>urbis::Task</name>
    <message>
        <location filename="../core/util/task.cpp" line="39"/>
        <source>Cancelled before it started</source>
        <translation>Отменена, преди да започне</translation>
    </message>
</context>
<context>
    <name>urbis::TaskProgressWidget</name>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="20"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="22"/>
        <source>Stop this step</source>
        <translation>Спиране на тази стъпка</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="59"/>
        <source>Cancelling…</source>
        <translation>Отменяне…</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="83"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>urbis::TaskRow</name>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="35"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="37"/>
        <source>Stop this task; work done so far is rolled back</source>
        <translation>Спиране на тази задача; извършената досега работа се отменя</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="89"/>
        <source>Queued</source>
        <translation>В опашката</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92"/>
        <source>Cancelling…</source>
        <translation>Отменяне…</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92"/>
        <source>Running</source>
        <translation>Изпълнява се</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="95"/>
        <source>Done</source>
        <translation>Завършена</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="98"/>
        <source>Failed</source>
        <translation>Неуспешна</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="101"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
</context>
<context>
    <name>urbis::TasksPanel</name>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="18"/>
        <source>Clear finished</source>
        <translation>Изчистване на завършените</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="20"/>
        <source>Remove finished, failed and cancelled tasks from the list</source>
        <translation>Премахване на завършените, неуспешните и отменените задачи от списъка</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="25"/>
        <source>No tasks. Imports, sync and clean-up jobs show their progress here.</source>
        <translation>Няма задачи. Импортирането, синхронизирането и почистването показват напредъка си тук.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="91"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n се изпълнява</numerusform>
            <numerusform>%n се изпълняват</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="92"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n завършена</numerusform>
            <numerusform>%n завършени</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TileDownloader</name>
    <message>
        <location filename="../core/map/tiledownloader.cpp" line="76"/>
        <source>The server sent something that is not an image</source>
        <translation>Сървърът изпрати нещо, което не е изображение</translation>
    </message>
</context>
<context>
    <name>urbis::TransferMeter</name>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="17"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="19"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="21"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="22"/>
        <source>%1 bytes</source>
        <translation>%1 байта</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="60"/>
        <source>%1 of %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="63"/>
        <source>%1/s, %2:%3 left</source>
        <translation>%1/s, остават %2:%3</translation>
    </message>
</context>
<context>
    <name>urbis::TransfersView</name>
    <message>
        <location filename="../widgets/sync/transfersview.cpp" line="15"/>
        <source>No transfer running. Sync now (Ctrl+Shift+S) or Preview to see what would move.</source>
        <translation>Няма активно прехвърляне. Синхронизиране сега (Ctrl+Shift+S) или Преглед, за да видите какво би се прехвърлило.</translation>
    </message>
</context>
<context>
    <name>urbis::ValidateCommand</name>
    <message>
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation type="vanished">употреба: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                         [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
изходни кодове: 0 валиден, 1 невалиден, 2 грешка в употребата или нечетим вход</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="31"/>
        <source>validate needs exactly one file</source>
        <translation>validate изисква точно един файл</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="38"/>
        <source>--limit-errors needs a positive whole number</source>
        <translation>--limit-errors изисква цяло положително число</translation>
    </message>
    <message>
        <source>Unknown check &quot;%1&quot;; available: duplicate-row</source>
        <translation type="vanished">Неизвестна проверка &quot;%1&quot;; налични: duplicate-row</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="21"/>
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
checks: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
        forbidden-value:FIELD=a|b|c (city-data checks always run; --no-city-checks turns them off)
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation>употреба: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                         [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
проверки: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
          forbidden-value:FIELD=a|b|c (проверките на градските данни се изпълняват винаги; --no-city-checks ги изключва)
изходни кодове: 0 валиден, 1 невалиден, 2 грешка в употребата или нечетим вход</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="48"/>
        <source>Unknown check &quot;%1&quot;; available: %2</source>
        <translation>Неизвестна проверка &quot;%1&quot;; налични: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="51"/>
        <source>The check %1 needs a field: --checks %1:FIELD</source>
        <translation>Проверката %1 изисква поле: --checks %1:FIELD</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="78"/>
        <source>Cannot read %1: no such file</source>
        <translation>%1 не може да бъде прочетен: няма такъв файл</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="82"/>
        <source>Validating</source>
        <translation>Валидиране</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="99"/>
        <source>, row %1</source>
        <translation>, ред %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="101"/>
        <source>, column %1</source>
        <translation>, колона %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="102"/>
        <source>, column %1 (%2)</source>
        <translation>, колона %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="106"/>
        <source>... and %1 more errors (use --json for all)</source>
        <translation>... и още %1 грешки (използвайте --json за всички)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="107"/>
        <source>%1: valid (%2 rows, %3 fields)</source>
        <translation>%1: валиден (%2 реда, %3 полета)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="108"/>
        <source>%1: invalid, %2 errors in %3 rows</source>
        <translation>%1: невалиден, %2 грешки в %3 реда</translation>
    </message>
</context>
<context>
    <name>urbis::Validator</name>
    <message>
        <source>Validation cancelled</source>
        <translation type="vanished">Валидирането е отменено</translation>
    </message>
    <message>
        <source>The source is empty</source>
        <translation type="vanished">Източникът е празен</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="70"/>
        <source>Cannot create a temporary folder</source>
        <translation>Не може да бъде създадена временна папка</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="74"/>
        <source>Cannot write a temporary file</source>
        <translation>Не може да бъде записан временен файл</translation>
    </message>
</context>
<context>
    <name>urbis::VectorReader</name>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="77"/>
        <source>Cannot open %1 as a vector source</source>
        <translation>%1 не може да бъде отворен като векторен източник</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="81"/>
        <source>%1 has no layer %2</source>
        <translation>%1 няма слой %2</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="102"/>
        <source>Cannot transform %1 to WGS84</source>
        <translation>%1 не може да бъде трансформиран в WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="190"/>
        <source>Reading %1 failed</source>
        <translation>Четенето на %1 е неуспешно</translation>
    </message>
</context>
<context>
    <name>urbis::VersionHistoryView</name>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="20"/>
        <source>Select a version to see what changed since the one before; double-click to open it</source>
        <translation>Изберете версия, за да видите какво се е променило спрямо предходната; щракнете двукратно, за да я отворите</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>Before</source>
        <translation>Преди</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>After</source>
        <translation>След</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="35"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="37"/>
        <source>Changes in the metadata</source>
        <translation>Промени в метаданните</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="41"/>
        <source>Change log of this version</source>
        <translation>Дневник на промените в тази версия</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="67"/>
        <source>Version %1 · %2 · %3</source>
        <translation>Версия %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="103"/>
        <source>Version %1 is the first version: nothing to compare it with.</source>
        <translation>Версия %1 е първата версия: няма с какво да бъде сравнена.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="109"/>
        <source>No metadata changed between version %1 and version %2.</source>
        <translation>Между версия %1 и версия %2 няма променени метаданни.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="110"/>
        <source>Version %1 compared with version %2:</source>
        <translation>Версия %1 в сравнение с версия %2:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="114"/>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="115"/>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
</context>
<context>
    <name>urbis::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="30"/>
        <source>Cannot create the data folder %1</source>
        <translation>Папката с данни %1 не може да бъде създадена</translation>
    </message>
</context>
<context>
    <name>urbis::XmlSource</name>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="31"/>
        <source>Row %1: the XML is not well-formed at line %2, column %3: %4</source>
        <translation>Ред %1: XML не е добре оформен на ред %2, колона %3: %4</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="45"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 не може да бъде отворен: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="54"/>
        <source>%1 holds no XML element</source>
        <translation>%1 не съдържа XML елемент</translation>
    </message>
</context>
<context>
    <name>urbis::gdal</name>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="23"/>
        <source>Out of memory for %1</source>
        <translation>Недостатъчно памет за %1</translation>
    </message>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="29"/>
        <source>Cannot create %1</source>
        <translation>%1 не може да бъде създаден</translation>
    </message>
</context>
<context>
    <name>urbis::isotime</name>
    <message>
        <location filename="../core/util/isotime.cpp" line="34"/>
        <source>&quot;%1&quot; is not an ISO 8601 date or time (e.g. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</source>
        <translation>&quot;%1&quot; не е дата или час по ISO 8601 (напр. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</translation>
    </message>
</context>
<context>
    <name>urbis::s3::FileSha256</name>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="14"/>
        <location filename="../core/storage/s3/filesha256.cpp" line="22"/>
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="19"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Client</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="vanished">%1 е недостъпен: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="271"/>
        <source>Not found on the remote: %1</source>
        <translation>Не е намерен в отдалеченото хранилище: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="273"/>
        <source>The remote refused %1: it was changed meanwhile</source>
        <translation>Отдалеченото хранилище отказа %1: междувременно е бил променен</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="275"/>
        <source>The remote does not support %1</source>
        <translation>Отдалеченото хранилище не поддържа %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="277"/>
        <source>The remote is too busy for %1 (HTTP %2): try again later</source>
        <translation>Отдалеченото хранилище е твърде натоварено за %1 (HTTP %2): опитайте отново по-късно</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="279"/>
        <source>The remote failed on %1 (HTTP %2)</source>
        <translation>Грешка в отдалеченото хранилище при %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="280"/>
        <source>The remote refused %1: %2</source>
        <translation>Отдалеченото хранилище отказа %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="320"/>
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>%1 пристигна повреден: съдържанието му не съответства на неговия sha256</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="161"/>
        <location filename="../core/storage/s3/s3client.cpp" line="170"/>
        <location filename="../core/storage/s3/s3client.cpp" line="235"/>
        <location filename="../core/storage/s3/s3client.cpp" line="366"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="244"/>
        <source>the data could not be written</source>
        <translation>данните не можаха да бъдат записани</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="256"/>
        <source>the connection failed (%1)</source>
        <translation>връзката е неуспешна (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="266"/>
        <source>Cannot reach %1 for %2: %3</source>
        <translation>%1 е недостъпен за %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="356"/>
        <source>The remote could not copy %1 to %2</source>
        <translation>Отдалеченото хранилище не можа да копира %1 в %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="402"/>
        <source>The remote sent an unreadable listing</source>
        <translation>Отдалеченото хранилище изпрати нечетим списък</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="406"/>
        <source>The remote sent a truncated listing without a continuation token</source>
        <translation>Отдалеченото хранилище изпрати съкратен списък без токен за продължение</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="408"/>
        <source>The remote listing does not end</source>
        <translation>Списъкът на отдалеченото хранилище не свършва</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Downloader</name>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="26"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="42"/>
        <source>Downloading %1</source>
        <translation>Изтегляне на %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="51"/>
        <source>%1 carries no sha256 to verify it by</source>
        <translation>%1 няма sha256, по който да бъде проверен</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="59"/>
        <source>Cannot make room for %1 in %2</source>
        <translation>Не може да се освободи място за %1 в %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="69"/>
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>%1 пристигна повреден: съдържанието му не съответства на неговия sha256</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="103"/>
        <location filename="../core/storage/s3/s3downloader.cpp" line="129"/>
        <location filename="../core/storage/s3/s3downloader.cpp" line="136"/>
        <source>Cannot write %1</source>
        <translation>%1 не може да бъде записан</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="131"/>
        <source>%1 arrived damaged: a range came back with the wrong length</source>
        <translation>%1 пристигна повреден: един от диапазоните се върна с грешна дължина</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Multipart</name>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="41"/>
        <source>The remote did not start the upload of %1</source>
        <translation>Отдалеченото хранилище не започна качването на %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="54"/>
        <source>The remote sent no ETag for part %1 of %2</source>
        <translation>Отдалеченото хранилище не изпрати ETag за част %1 от %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="90"/>
        <source>The remote could not assemble %1</source>
        <translation>Отдалеченото хранилище не успя да сглоби %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="141"/>
        <source>The remote sent an unreadable part list</source>
        <translation>Отдалеченото хранилище изпрати нечетим списък на частите</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="145"/>
        <source>The remote part list does not end</source>
        <translation>Списъкът на частите в отдалеченото хранилище не свършва</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3UploadState</name>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="27"/>
        <source>No upload to resume at %1</source>
        <translation>Няма качване за възобновяване в %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="29"/>
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="34"/>
        <source>The upload state %1 is unreadable</source>
        <translation>Състоянието на качването %1 е нечетимо</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="50"/>
        <source>The upload state %1 is incomplete</source>
        <translation>Състоянието на качването %1 е непълно</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Uploader</name>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="28"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="50"/>
        <source>Cannot upload %1: there is no such file</source>
        <translation>%1 не може да бъде качен: няма такъв файл</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="58"/>
        <source>Uploading %1</source>
        <translation>Качване на %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="79"/>
        <source>%1 changed while it was uploaded</source>
        <translation>%1 се промени по време на качването</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="115"/>
        <location filename="../core/storage/s3/s3uploader.cpp" line="118"/>
        <location filename="../core/storage/s3/s3uploader.cpp" line="214"/>
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="228"/>
        <source>Cannot read part %1 of %2</source>
        <translation>Част %1 от %2 не може да бъде прочетена</translation>
    </message>
</context>
</TS>
