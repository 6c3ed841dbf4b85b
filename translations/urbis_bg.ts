<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="71"/>
        <source>Urbis</source>
        <translation>Urbis</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="72"/>
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
    <name>urbis::AlertEngine</name>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="32"/>
        <source>%1: %2 changes by %3 a minute</source>
        <translation>%1: %2 се променя с %3 в минута</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="34"/>
        <source>%1 cleared: %2 changes by %3 a minute</source>
        <translation>%1 – изчистена: %2 се променя с %3 в минута</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="36"/>
        <source>%1: %2 changes by %3 a minute at %4</source>
        <translation>%1: %2 се променя с %3 в минута на %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="38"/>
        <source>%1 cleared: %2 changes by %3 a minute at %4</source>
        <translation>%1 – изчистена: %2 се променя с %3 в минута на %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="42"/>
        <source>%1: %2 is %3</source>
        <translation>%1: %2 е %3</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="43"/>
        <source>%1 cleared: %2 is %3</source>
        <translation>%1 – изчистена: %2 е %3</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="44"/>
        <source>%1: %2 is %3 at %4</source>
        <translation>%1: %2 е %3 на %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="45"/>
        <source>%1 cleared: %2 is %3 at %4</source>
        <translation>%1 – изчистена: %2 е %3 на %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="124"/>
        <source>%1 cleared: data again</source>
        <translation>%1 – изчистена: отново има данни</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="125"/>
        <source>%1 cleared: data from %2 again</source>
        <translation>%1 – изчистена: отново има данни от %2</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="179"/>
        <source>%1: %2 is %3, outside the schema&apos;s %4</source>
        <translation>%1: %2 е %3, извън ограничението %4 на схемата</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="182"/>
        <source>%1: %2 is %3 at %4, outside the schema&apos;s %5</source>
        <translation>%1: %2 е %3 на %4, извън ограничението %5 на схемата</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="271"/>
        <source>%1: no data for %2 s</source>
        <translation>%1: няма данни в продължение на %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="272"/>
        <source>%1: no data from %2 for %3 s</source>
        <translation>%1: няма данни от %2 в продължение на %3 s</translation>
    </message>
</context>
<context>
    <name>urbis::AlertListModel</name>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="58"/>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="60"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="64"/>
        <source>Info</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="93"/>
        <source>raised</source>
        <translation>задействана</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="93"/>
        <source>cleared</source>
        <translation>изчистена</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="139"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="141"/>
        <source>Severity</source>
        <translation>Сериозност</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="143"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="145"/>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="147"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="149"/>
        <source>Message</source>
        <translation>Съобщение</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="151"/>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
</context>
<context>
    <name>urbis::AlertLog</name>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="47"/>
        <source>Cannot create the folder %1 for the alert log</source>
        <translation>Папката %1 за дневника на алармите не може да бъде създадена</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="58"/>
        <location filename="../core/stream/alertlog.cpp" line="91"/>
        <source>Cannot write to the alert log %1</source>
        <translation>Не може да се записва в дневника на алармите %1</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="67"/>
        <source>Cannot open the alert log %1</source>
        <translation>Дневникът на алармите %1 не може да бъде отворен</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="77"/>
        <source>Cannot rotate the alert log %1</source>
        <translation>Дневникът на алармите %1 не може да бъде ротиран</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="84"/>
        <source>The alert log %1 is not open</source>
        <translation>Дневникът на алармите %1 не е отворен</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="106"/>
        <source>Cannot read the alert log %1</source>
        <translation>Дневникът на алармите %1 не може да бъде прочетен</translation>
    </message>
</context>
<context>
    <name>urbis::AlertPanel</name>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="24"/>
        <source>Add r&amp;ule…</source>
        <translation>Добавяне на &amp;правило…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="24"/>
        <source>Edit rule…</source>
        <translation>Редактиране на правило…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="25"/>
        <source>Remove rule</source>
        <translation>Премахване на правило</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="26"/>
        <source>Raised &amp;only</source>
        <translation>Само &amp;задействани</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Severity</source>
        <translation>Сериозност</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="44"/>
        <source>Search alerts: station, rule, message…</source>
        <translation>Търсене на аларми: станция, правило, съобщение…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="48"/>
        <source>All severities</source>
        <translation>Всички нива на сериозност</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="49"/>
        <source>Warning and critical</source>
        <translation>Предупреждение и критично</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="50"/>
        <source>Critical only</source>
        <translation>Само критично</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="115"/>
        <source>Select a stream to edit its alert rules.</source>
        <translation>Изберете поток, за да редактирате правилата му за аларми.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="116"/>
        <source>Alert rules of &quot;%1&quot;:</source>
        <translation>Правила за аларми на &quot;%1&quot;:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="193"/>
        <source>Remove alert rule</source>
        <translation>Премахване на правило за аларма</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="193"/>
        <source>Remove the rule &quot;%1&quot;?</source>
        <translation>Да се премахне ли правилото &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>urbis::AlertRule</name>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="20"/>
        <source>Alert rule: &quot;%1&quot; is missing or malformed</source>
        <translation>Правило за аларма: &quot;%1&quot; липсва или е неправилно</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="119"/>
        <source>An alert rule needs a name</source>
        <translation>Правилото за аларма трябва да има име</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="121"/>
        <source>Alert rule &quot;%1&quot; needs a measure</source>
        <translation>Правилото за аларма &quot;%1&quot; трябва да има величина</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="123"/>
        <source>Alert rule &quot;%1&quot;: the threshold and hysteresis must be numbers</source>
        <translation>Правило за аларма &quot;%1&quot;: прагът и хистерезисът трябва да бъдат числа</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="125"/>
        <source>Alert rule &quot;%1&quot;: the hysteresis cannot be negative</source>
        <translation>Правило за аларма &quot;%1&quot;: хистерезисът не може да бъде отрицателен</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="128"/>
        <source>Alert rule &quot;%1&quot;: a rate of change is compared as a magnitude, it cannot be negative</source>
        <translation>Правило за аларма &quot;%1&quot;: скоростта на изменение се сравнява по абсолютна стойност и не може да бъде отрицателна</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="131"/>
        <source>Alert rule &quot;%1&quot;: the no-data delay must be at least one second</source>
        <translation>Правило за аларма &quot;%1&quot;: времето без данни трябва да бъде поне една секунда</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="142"/>
        <source>%1 &gt; %2 (clears &lt; %3)</source>
        <translation>%1 &gt; %2 (изчиства се при &lt; %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="143"/>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="147"/>
        <source>%1 &lt; %2 (clears &gt; %3)</source>
        <translation>%1 &lt; %2 (изчиства се при &gt; %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="148"/>
        <source>%1 &lt; %2</source>
        <translation>%1 &lt; %2</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="151"/>
        <source>%1 changes by more than %2 a minute (clears below %3)</source>
        <translation>%1 се променя с повече от %2 в минута (изчиства се под %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="153"/>
        <source>%1 changes by more than %2 a minute</source>
        <translation>%1 се променя с повече от %2 в минута</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="156"/>
        <source>no data for %1 s</source>
        <translation>няма данни в продължение на %1 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="157"/>
        <source>no data from %1 for %2 s</source>
        <translation>няма данни от %1 в продължение на %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="159"/>
        <source>%1 outside the dataset schema&apos;s constraints</source>
        <translation>%1 извън ограниченията на схемата на набора от данни</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="162"/>
        <source>%1 at %2</source>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>urbis::AlertRuleDialog</name>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="33"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Активно</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="37"/>
        <source>Add alert rule</source>
        <translation>Добавяне на правило за аларма</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="39"/>
        <source>e.g. PM10 above the EU daily limit</source>
        <translation>напр. PM10 над дневната норма на ЕС</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="41"/>
        <source>Value above the threshold</source>
        <translation>Стойност над прага</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="42"/>
        <source>Value below the threshold</source>
        <translation>Стойност под прага</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="43"/>
        <source>Change per minute above the threshold</source>
        <translation>Изменение за минута над прага</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="44"/>
        <source>No data for some time</source>
        <translation>Няма данни за известно време</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="45"/>
        <source>Outside the dataset&apos;s constraints</source>
        <translation>Извън ограниченията на набора от данни</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="52"/>
        <source>(every station)</source>
        <translation>(всички станции)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="57"/>
        <source>A raised alert clears only this far back past the threshold, so a value hovering at the threshold does not flap</source>
        <translation>Задействаната аларма се изчиства едва когато стойността се върне с толкова отвъд прага, така че стойност, колебаеща се около прага, не превключва постоянно</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="64"/>
        <source>Info</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="65"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="66"/>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="76"/>
        <source>&amp;Name:</source>
        <translation>Им&amp;е:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="77"/>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="78"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Величина:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="79"/>
        <source>S&amp;tation:</source>
        <translation>&amp;Станция:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="80"/>
        <source>&amp;Threshold:</source>
        <translation>&amp;Праг:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="81"/>
        <source>&amp;Hysteresis:</source>
        <translation>&amp;Хистерезис:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="82"/>
        <source>No &amp;data for:</source>
        <translation>Без &amp;данни в продължение на:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="83"/>
        <source>&amp;Severity:</source>
        <translation>Се&amp;риозност:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="107"/>
        <source>Edit alert rule &quot;%1&quot;</source>
        <translation>Редактиране на правилото за аларма &quot;%1&quot;</translation>
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
    <name>urbis::BlobConnection</name>
    <message>
        <location filename="../core/kpi/blobconnection.cpp" line="20"/>
        <source>Cannot open the data of a dataset: %1</source>
        <translation>Данните на набор от данни не могат да бъдат отворени: %1</translation>
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
        <location filename="../core/catalog/catalog.cpp" line="71"/>
        <source>Cannot open the catalog %1</source>
        <translation>Каталогът %1 не може да бъде отворен</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="84"/>
        <source>A dataset needs a title</source>
        <translation>Наборът от данни трябва да има заглавие</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="86"/>
        <source>Unknown domain &quot;%1&quot;; expected one of %2</source>
        <translation>Неизвестна тема &quot;%1&quot;; очаква се една от %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="89"/>
        <source>The temporal extent ends before it starts</source>
        <translation>Времевият обхват завършва, преди да е започнал</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="92"/>
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>Ограничаващият правоъгълник %1 не е валиден обхват в WGS84</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="123"/>
        <location filename="../core/catalog/catalog.cpp" line="457"/>
        <location filename="../core/catalog/catalog.cpp" line="475"/>
        <source>No dataset with id %1</source>
        <translation>Няма набор от данни с идентификатор %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="266"/>
        <source>A dataset with id %1 exists already</source>
        <translation>Вече съществува набор от данни с идентификатор %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="327"/>
        <source>Record %1: %2</source>
        <translation>Запис %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="350"/>
        <source>Dataset &quot;%1&quot; was changed by someone else since it was loaded</source>
        <translation>Наборът от данни &quot;%1&quot; е променен от друг потребител, след като е бил зареден</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="393"/>
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
  kpi eval FILE.json [--city C] [--grain G]  изчислява дефиниции на KPI или табло (urbis kpi --help)
глобални опции:
  --data-dir DIR   папка на работното пространство (по подразбиране: $URBIS_DATA_DIR или ~/.local/share/urbis)
  --json           машинно четим изход на stdout
  --quiet          без съобщения на stderr
  --version        извежда версиите и излиза
изходни кодове: 0 успех, 1 невалидни данни, 2 грешка в употребата или нечетим вход, 3 отдалечена или входно-изходна грешка</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="80"/>
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
  stream record URL | serve DATASET     record a live feed, replay a dataset as one (urbis stream --help)
  sim run wildfire|flood --config S.json [--out DIR]  run a scenario headless (urbis sim --help)
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
  stream record URL | serve DATASET     записва поток на живо, възпроизвежда набор от данни като поток (urbis stream --help)
  sim run wildfire|flood --config S.json [--out DIR]  изпълнява сценарий без графичен интерфейс (urbis sim --help)
глобални опции:
  --data-dir DIR   папка на работното пространство (по подразбиране: $URBIS_DATA_DIR или ~/.local/share/urbis)
  --json           машинно четим изход на stdout
  --quiet          без съобщения на stderr
  --version        извежда версиите и излиза
изходни кодове: 0 успех, 1 невалидни данни, 2 грешка в употребата или нечетим вход, 3 отдалечена или входно-изходна грешка</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="110"/>
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>--data-dir е празен (незададена променлива?); посочете папка</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="119"/>
        <source>no command given</source>
        <translation>не е зададена команда</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="157"/>
        <source>&quot;%1&quot; is not available in this build yet</source>
        <translation>&quot;%1&quot; все още не е налично в тази версия</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="158"/>
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
    <name>urbis::DemoTerrain</name>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="54"/>
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="90"/>
        <source>Name of the road or river</source>
        <translation>Име на пътя или реката</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="91"/>
        <source>road or river</source>
        <translation>път или река</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="123"/>
        <source>Building number</source>
        <translation>Номер на сградата</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="124"/>
        <source>residential, farm or cabin</source>
        <translation>жилищна сграда, ферма или хижа</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="237"/>
        <source>Athens north-east outskirts terrain (synthetic DEM)</source>
        <translation>Терен в североизточните покрайнини на Атина (синтетичен ЦМР)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="238"/>
        <source>Elevation in metres on a 30 m grid (UTM zone 34N): made-up hills and a valley draining south with a river. Synthetic demo data, not a survey.</source>
        <translation>Надморска височина в метри в мрежа от 30 m (UTM зона 34N): измислени хълмове и долина, която се отводнява на юг чрез река. Синтетични демонстрационни данни, а не заснемане.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="243"/>
        <source>elevation (m)</source>
        <translation>надморска височина (m)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="245"/>
        <source>Athens north-east outskirts fuel map (synthetic)</source>
        <translation>Карта на горивата в североизточните покрайнини на Атина (синтетична)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="246"/>
        <source>Wildfire fuel classes on the terrain&apos;s grid: 1 grass, 2 shrub, 3 timber litter, 4 urban vegetation, 5 water or rock (docs/simulation.md). Derived from the synthetic terrain.</source>
        <translation>Класове горива за горски пожари в мрежата на терена: 1 трева, 2 храсти, 3 горска постилка, 4 градска растителност, 5 вода или скали (docs/simulation.md). Получени от синтетичния терен.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="251"/>
        <source>fuel class</source>
        <translation>клас гориво</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="253"/>
        <source>Athens north-east outskirts roads and river (synthetic)</source>
        <translation>Пътища и река в североизточните покрайнини на Атина (синтетични)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="254"/>
        <source>Two roads and a river as lines: fire breaks for the wildfire scenario. Synthetic demo data.</source>
        <translation>Два пътя и една река като линии: противопожарни бариери за сценария с горски пожар. Синтетични демонстрационни данни.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="257"/>
        <source>Athens north-east outskirts buildings (synthetic)</source>
        <translation>Сгради в североизточните покрайнини на Атина (синтетични)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="258"/>
        <source>Houses, farms and cabins as points, with their use: what the scenarios count as affected. Synthetic demo data.</source>
        <translation>Къщи, ферми и хижи като точки с тяхното предназначение: това, което сценариите отчитат като засегнато. Синтетични демонстрационни данни.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="279"/>
        <source>Athens outskirts wildfire (demo)</source>
        <translation>Горски пожар в покрайнините на Атина (демонстрация)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="280"/>
        <source>A summer fire starting in the dry grass of the valley in a strong southerly wind; the ridge road and the river stop it. Synthetic terrain and fuel.</source>
        <translation>Летен пожар, който започва в сухата трева на долината при силен южен вятър; пътят по билото и реката го спират. Синтетичен терен и горива.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="302"/>
        <source>Athens outskirts river flood (demo)</source>
        <translation>Речно наводнение в покрайнините на Атина (демонстрация)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="303"/>
        <source>A flood wave entering the valley from the north after a short storm; the river leaves its bed. Synthetic terrain.</source>
        <translation>Паводкова вълна, която навлиза в долината от север след кратка буря; реката излиза от коритото си. Синтетичен терен.</translation>
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
        <location filename="../core/workspace/demoworkspace.cpp" line="53"/>
        <source>%1 air quality, January 2023</source>
        <translation>Качество на въздуха в %1, януари 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="54"/>
        <source>Hourly PM10, PM2.5, NO2, CO, temperature, humidity, pressure and wind speed at three stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>Почасови стойности на PM10, PM2.5, NO2, CO, температура, влажност, налягане и скорост на вятъра от три станции в %1 (синтетични демонстрационни данни във формата от Приложение B на CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="63"/>
        <source>Monthly electricity consumption of municipal buildings per district, in kWh (synthetic).</source>
        <translation>Месечно потребление на електроенергия от общинските сгради по райони, в kWh (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="69"/>
        <source>Electricity used by municipal buildings in the month</source>
        <translation>Електроенергия, потребена от общинските сгради през месеца</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="78"/>
        <source>Sofia city-centre traffic counts, January 2023</source>
        <translation>Преброяване на трафика в центъра на София, януари 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="79"/>
        <source>Hourly vehicle counts at four counting stations on the main roads into the city centre (synthetic).</source>
        <translation>Почасов брой превозни средства от четири преброителни станции по главните пътища към центъра на града (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="88"/>
        <source>Monthly collected and recycled small WEEE and textile waste per district, in tonnes (synthetic).</source>
        <translation>Месечни количества събрано и рециклирано малко ИУЕЕО и текстилни отпадъци по райони, в тонове (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="92"/>
        <source>Waste collected in the month</source>
        <translation>Събрани отпадъци през месеца</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="93"/>
        <source>Part of it sent to recycling</source>
        <translation>Част от тях, изпратена за рециклиране</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="103"/>
        <source>Monthly CO2 emissions estimated per district, in tonnes (synthetic).</source>
        <translation>Месечни оценки на емисиите на CO2 по райони, в тонове (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="108"/>
        <source>CO2 emitted in the month</source>
        <translation>Изпуснат CO2 през месеца</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="116"/>
        <source>%1 districts 2023</source>
        <translation>Райони на %1 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="117"/>
        <source>Boundaries of four central districts of %1 with their population (synthetic).</source>
        <translation>Граници на четири централни района на %1 с тяхното население (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="187"/>
        <source>Cannot create the work folder %1</source>
        <translation>Работната папка %1 не може да бъде създадена</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="190"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Не може да бъде създадена работна папка в %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="193"/>
        <source>Creating %1</source>
        <translation>Създаване на %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="199"/>
        <source>Cannot write %1</source>
        <translation>%1 не може да бъде записан</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="229"/>
        <source>The demo dataset &quot;%1&quot; does not pass validation: %2</source>
        <translation>Демонстрационният набор от данни &quot;%1&quot; не преминава валидирането: %2</translation>
    </message>
    <message>
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation type="vanished">Почасови стойности на PM10, PM2.5, NO2, озон, температура и влажност от две станции в %1 (синтетични демонстрационни данни във формата от Приложение B на CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="62"/>
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
        <location filename="../core/workspace/demoworkspace.cpp" line="87"/>
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Събиране на ИУЕЕО и текстилни отпадъци в Торино 2019-2023</translation>
    </message>
    <message>
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation type="vanished">Месечни количества събрано малко ИУЕЕО и текстилни отпадъци по райони (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="102"/>
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>Емисии на CO2 в Дифердинген 2019-2023</translation>
    </message>
    <message>
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation type="vanished">Месечни оценки на емисиите на CO2 по райони (синтетични данни).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="162"/>
        <source>Demo workspace creation cancelled</source>
        <translation>Създаването на демонстрационното работно пространство е отменено</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="151"/>
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
    <name>urbis::FactPageScan</name>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">Отменено</translation>
    </message>
</context>
<context>
    <name>urbis::FactScan</name>
    <message>
        <source>Cannot open the data of a dataset: %1</source>
        <translation type="vanished">Данните на набор от данни не могат да бъдат отворени: %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="75"/>
        <source>Cannot read the facts</source>
        <translation>Фактите не могат да бъдат прочетени</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="159"/>
        <source>Reading the facts failed</source>
        <translation>Четенето на фактите е неуспешно</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="212"/>
        <source>The data of this dataset is not a GeoPackage table: KPIs need tabular facts</source>
        <translation>Данните на този набор от данни не са таблица в GeoPackage: KPI изискват таблични факти</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="219"/>
        <source>The GeoPackage holds no table</source>
        <translation>GeoPackage файлът не съдържа таблица</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="231"/>
        <source>Cannot read the columns of %1</source>
        <translation>Колоните на %1 не могат да бъдат прочетени</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="258"/>
        <source>Cannot read the facts of table %1</source>
        <translation>Фактите от таблица %1 не могат да бъдат прочетени</translation>
    </message>
    <message>
        <location filename="../core/kpi/factworkers.h" line="38"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>urbis::FieldMapping</name>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="172"/>
        <source>&quot;%1&quot; is not a time: %2</source>
        <translation>&quot;%1&quot; не е момент във времето: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="200"/>
        <source>The record has none of the mapped measures or attributes</source>
        <translation>Записът не съдържа нито една от съпоставените величини или атрибути</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="234"/>
        <source>Field mapping: &quot;%1&quot; must be %2</source>
        <translation>Съпоставяне на полета: &quot;%1&quot; трябва да бъде %2</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="242"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="255"/>
        <source>one of auto, epochSeconds, epochMillis, iso</source>
        <translation>едно от auto, epochSeconds, epochMillis, iso</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="259"/>
        <source>a list</source>
        <translation>списък</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="266"/>
        <source>a list of keys or {&quot;key&quot;, &quot;unit&quot;} objects</source>
        <translation>списък от ключове или обекти {&quot;key&quot;, &quot;unit&quot;}</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="271"/>
        <location filename="../core/stream/fieldmapping.cpp" line="274"/>
        <source>a list of keys</source>
        <translation>списък от ключове</translation>
    </message>
</context>
<context>
    <name>urbis::FieldMappingEditor</name>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="43"/>
        <source>&amp;Infer from the first record</source>
        <translation>&amp;Извличане от първия запис</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="47"/>
        <source>Add</source>
        <translation>Добавяне</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="47"/>
        <source>Remove</source>
        <translation>Премахване</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="48"/>
        <source>Annex B</source>
        <translation>Приложение B</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="51"/>
        <source>Time, station, position and every number of the first record become the mapping</source>
        <translation>Времето, станцията, позицията и всяко число от първия запис се превръщат в съпоставянето</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="52"/>
        <source>empty: the time the message arrived</source>
        <translation>празно: времето на пристигане на съобщението</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="54"/>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="55"/>
        <source>Seconds since 1970</source>
        <translation>Секунди от 1970 г.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="56"/>
        <source>Milliseconds since 1970</source>
        <translation>Милисекунди от 1970 г.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="57"/>
        <source>ISO 8601 text</source>
        <translation>Текст по ISO 8601</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="58"/>
        <source>empty: one station; a|b: the first present</source>
        <translation>празно: една станция; a|b: първият наличен</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="60"/>
        <source>Measure key</source>
        <translation>Ключ на величината</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="60"/>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="67"/>
        <source>Reset to the CLIMABOROUGH Annex B air-quality record</source>
        <translation>Връщане към записа за качество на въздуха от Приложение B на CLIMABOROUGH</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="68"/>
        <source>text keys to keep, comma-separated</source>
        <translation>текстови ключове за запазване, разделени със запетая</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="75"/>
        <source>&amp;Time key:</source>
        <translation>Ключ за &amp;време:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="76"/>
        <source>&amp;Station key:</source>
        <translation>Ключ за &amp;станция:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="80"/>
        <source>&amp;Latitude / longitude keys:</source>
        <translation>Ключове за географска &amp;ширина / дължина:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="89"/>
        <source>&amp;Measures:</source>
        <translation>В&amp;еличини:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="90"/>
        <source>Te&amp;xt attributes:</source>
        <translation>Те&amp;кстови атрибути:</translation>
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
    <name>urbis::FloodModel</name>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="35"/>
        <source>The flood simulation was cancelled.</source>
        <translation>Симулацията на наводнение е отменена.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="75"/>
        <source>The elevation grid is empty.</source>
        <translation>Мрежата с надморски височини е празна.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="77"/>
        <source>The grid of %1 × %2 cells is too large.</source>
        <translation>Мрежата от %1 × %2 клетки е твърде голяма.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="80"/>
        <source>The barrier grid (%1 × %2) does not match the elevation grid (%3 × %4).</source>
        <translation>Мрежата с бариери (%1 × %2) не съответства на мрежата с надморски височини (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="86"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>Размерът на клетката трябва да бъде положително число метри.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="88"/>
        <source>A flood run needs at least one step.</source>
        <translation>Симулацията на наводнение изисква поне една стъпка.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="90"/>
        <source>The step length must be a positive number of seconds.</source>
        <translation>Дължината на стъпката трябва да бъде положително число секунди.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="92"/>
        <source>Manning&apos;s n must be zero or more.</source>
        <translation>Коефициентът n на Манинг трябва да бъде нула или повече.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="94"/>
        <source>Inflow and rainfall need times in order and values of zero or more.</source>
        <translation>Притокът и валежът изискват подредени във времето моменти и стойности от нула нагоре.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="98"/>
        <source>The inflow cell (%1, %2) is outside the grid.</source>
        <translation>Клетката на притока (%1, %2) е извън мрежата.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="100"/>
        <source>The inflow cell (%1, %2) is inside a wall.</source>
        <translation>Клетката на притока (%1, %2) е в стена.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="104"/>
        <source>The elevation grid has cells without a value.</source>
        <translation>Мрежата с надморски височини има клетки без стойност.</translation>
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
    <name>urbis::ForecastSeries</name>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="50"/>
        <source>KPI %1: &quot;%2&quot; is not an ISO period (2023, 2023-01, 2023-W05, 2023-01-31)</source>
        <translation>KPI %1: &quot;%2&quot; не е период по ISO (2023, 2023-01, 2023-W05, 2023-01-31)</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="54"/>
        <source>KPI %1 mixes %2 and %3 periods</source>
        <translation>KPI %1 смесва периоди %2 и %3</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="60"/>
        <source>KPI %1 has period %2 twice</source>
        <translation>KPI %1 има периода %2 два пъти</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="71"/>
        <source>KPI %1 has no values for the chosen dimensions</source>
        <translation>KPI %1 няма стойности за избраните измерения</translation>
    </message>
</context>
<context>
    <name>urbis::Forecaster</name>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="17"/>
        <source>The forecast horizon must be at least 1 period</source>
        <translation>Хоризонтът на прогнозата трябва да бъде поне 1 период</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="19"/>
        <source>The confidence level must lie between 0 and 1</source>
        <translation>Нивото на доверие трябва да бъде между 0 и 1</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="21"/>
        <source>The season length cannot be negative</source>
        <translation>Дължината на сезона не може да бъде отрицателна</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="24"/>
        <source>The series has no values to forecast from</source>
        <translation>Редът няма стойности, от които да се прогнозира</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="38"/>
        <source>Holt-Winters chosen: the history spans %1 full seasons of %2 periods.</source>
        <translation>Избран е Holt-Winters: историята обхваща %1 пълни сезона от по %2 периода.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="42"/>
        <source>Linear trend chosen: the grain has no season.</source>
        <translation>Избран е линеен тренд: времевата стъпка няма сезонност.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="43"/>
        <source>Linear trend chosen: the history is shorter than two seasons of %1 periods.</source>
        <translation>Избран е линеен тренд: историята е по-кратка от два сезона от по %1 периода.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="45"/>
        <source>Leading or trailing periods without a value were left out; the forecast starts after the last value (%1).</source>
        <translation>Периодите без стойност в началото или в края са пропуснати; прогнозата започва след последната стойност (%1).</translation>
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
    <name>urbis::GridGeoref</name>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="81"/>
        <source>&quot;%1&quot; is not a coordinate reference system GDAL knows</source>
        <translation>&quot;%1&quot; не е координатна система, позната на GDAL</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="97"/>
        <source>The CRS &quot;%1&quot; is not in metres: cell sizes are metres, use a metric projection</source>
        <translation>Координатната система &quot;%1&quot; не е в метри: размерите на клетките са в метри, използвайте метрична проекция</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="101"/>
        <source>The CRS &quot;%1&quot; is neither geographic nor projected</source>
        <translation>Координатната система &quot;%1&quot; не е нито географска, нито проекционна</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="106"/>
        <source>The origin %1, %2 cannot be placed in %3</source>
        <translation>Началото %1, %2 не може да бъде разположено в %3</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="124"/>
        <source>The grid&apos;s corners cannot be transformed to WGS84</source>
        <translation>Ъглите на мрежата не могат да бъдат трансформирани в WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="139"/>
        <source>Grid points cannot be transformed to WGS84</source>
        <translation>Точките на мрежата не могат да бъдат трансформирани в WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="158"/>
        <source>The grid&apos;s extent cannot be transformed to WGS84</source>
        <translation>Обхватът на мрежата не може да бъде трансформиран в WGS84</translation>
    </message>
</context>
<context>
    <name>urbis::GridRasterizer</name>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="27"/>
        <source>%1 is not a vector layer GDAL can read</source>
        <translation>%1 не е векторен слой, който GDAL може да чете</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="30"/>
        <source>%1 has no coordinate reference system: it cannot be placed on the grid</source>
        <translation>%1 няма координатна система: не може да бъде разположен в мрежата</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="37"/>
        <source>Cannot create a %1 x %2 grid in memory</source>
        <translation>Мрежа %1 x %2 не може да бъде създадена в паметта</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="48"/>
        <source>Cannot draw %1 onto the scenario grid</source>
        <translation>%1 не може да бъде нанесен върху мрежата на сценария</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="52"/>
        <source>Reading the rasterised %1 failed</source>
        <translation>Четенето на растеризирания %1 е неуспешно</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/geo/gridrasterizer.cpp" line="56"/>
        <source>No feature of %1 (%n feature(s)) crosses the scenario grid</source>
        <translation>
            <numerusform>Нито един обект от %1 (%n обект) не пресича мрежата на сценария</numerusform>
            <numerusform>Нито един обект от %1 (%n обекта) не пресича мрежата на сценария</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::GridSpec</name>
    <message>
        <location filename="../core/sim/gridspec.cpp" line="43"/>
        <source>[longitude, latitude] of the north-west corner in degrees (latitude -80 to 84)</source>
        <translation>[дължина, ширина] на северозападния ъгъл в градуси (ширина от -80 до 84)</translation>
    </message>
    <message>
        <location filename="../core/sim/gridspec.cpp" line="48"/>
        <source>a CRS such as &quot;EPSG:4326&quot; or &quot;EPSG:32634&quot;</source>
        <translation>координатна система като &quot;EPSG:4326&quot; или &quot;EPSG:32634&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::GridTiffWriter</name>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="65"/>
        <source>A GeoTIFF needs at least one band and one cell</source>
        <translation>GeoTIFF изисква поне един канал и една клетка</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="84"/>
        <source>Cannot create %1</source>
        <translation>%1 не може да бъде създаден</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="92"/>
        <source>Cannot georeference %1</source>
        <translation>%1 не може да бъде геореферениран</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="119"/>
        <source>The GeoTIFF writer is closed</source>
        <translation>Записването на GeoTIFF е затворено</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="121"/>
        <source>%1 has no band %2 of that type</source>
        <translation>%1 няма канал %2 от този тип</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="131"/>
        <source>Cannot write band %1 of %2</source>
        <translation>Канал %1 на %2 не може да бъде записан</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="152"/>
        <source>Cannot finish %1</source>
        <translation>%1 не може да бъде завършен</translation>
    </message>
</context>
<context>
    <name>urbis::GridWarp</name>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="57"/>
        <source>%1 is not a raster GDAL can read</source>
        <translation>%1 не е растер, който GDAL може да чете</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="60"/>
        <source>%1 is not georeferenced: it cannot be placed on the grid</source>
        <translation>%1 не е геореферениран: не може да бъде разположен в мрежата</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="63"/>
        <source>Cannot create a %1 x %2 grid in memory</source>
        <translation>Мрежа %1 x %2 не може да бъде създадена в паметта</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="68"/>
        <source>%1 has no raster band</source>
        <translation>%1 няма растерен канал</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="73"/>
        <location filename="../core/geo/gridwarp.cpp" line="92"/>
        <source>Reading %1 failed</source>
        <translation>Четенето на %1 е неуспешно</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="85"/>
        <source>Cannot resample %1 onto the scenario grid</source>
        <translation>%1 не може да бъде преизчислен върху мрежата на сценария</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="96"/>
        <source>%1 does not overlap the scenario grid</source>
        <translation>%1 не се припокрива с мрежата на сценария</translation>
    </message>
</context>
<context>
    <name>urbis::HoltWinters</name>
    <message>
        <location filename="../core/sim/holtwinters.cpp" line="167"/>
        <source>Holt-Winters needs a season of at least 2 periods</source>
        <translation>Holt-Winters изисква сезон от поне 2 периода</translation>
    </message>
    <message>
        <location filename="../core/sim/holtwinters.cpp" line="172"/>
        <source>Holt-Winters needs at least %1 full seasons (%2 periods); the series has %3</source>
        <translation>Holt-Winters изисква поне %1 пълни сезона (%2 периода); редът има %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/holtwinters.cpp" line="216"/>
        <source>%n missing period(s) were interpolated linearly for Holt-Winters.</source>
        <translation>
            <numerusform>%n липсващ период е интерполиран линейно за Holt-Winters.</numerusform>
            <numerusform>%n липсващи периода са интерполирани линейно за Holt-Winters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ImpactAnalysis</name>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="57"/>
        <source>The hazard grid is empty or too large</source>
        <translation>Мрежата на опасността е празна или твърде голяма</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="75"/>
        <source>The population layer %1 needs a population field</source>
        <translation>Слоят с население %1 трябва да има поле за населението</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="89"/>
        <source>(no value)</source>
        <translation>(без стойност)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/impactanalysis.cpp" line="139"/>
        <source>%1: %n feature(s) without a usable geometry were skipped.</source>
        <translation>
            <numerusform>%1: %n обект без използваема геометрия е пропуснат.</numerusform>
            <numerusform>%1: %n обекта без използваема геометрия са пропуснати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/impactanalysis.cpp" line="143"/>
        <source>%1: %n district(s) without a population or an area were skipped.</source>
        <translation>
            <numerusform>%1: %n район без население или площ е пропуснат.</numerusform>
            <numerusform>%1: %n района без население или площ са пропуснати.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="179"/>
        <source>The arrival grid is %1 x %2 cells; the analysis expects %3 x %4</source>
        <translation>Мрежата на времето на достигане е %1 x %2 клетки; анализът очаква %3 x %4</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="185"/>
        <source>At least one step is needed</source>
        <translation>Необходима е поне една стъпка</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="214"/>
        <source>The hazard frame is %1 x %2 cells; the analysis expects %3 x %4</source>
        <translation>Кадърът на опасността е %1 x %2 клетки; анализът очаква %3 x %4</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="234"/>
        <source>The depth threshold must be above 0 m</source>
        <translation>Прагът на дълбочината трябва да бъде над 0 m</translation>
    </message>
</context>
<context>
    <name>urbis::ImpactLayerReader</name>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="116"/>
        <source>The hazard grid has no CRS</source>
        <translation>Мрежата на опасността няма координатна система</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="119"/>
        <location filename="../core/geo/impactlayerreader.cpp" line="166"/>
        <source>Unknown CRS &quot;%1&quot;</source>
        <translation>Неизвестна координатна система &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="123"/>
        <source>A geocentric CRS cannot hold a hazard grid</source>
        <translation>Геоцентрична координатна система не може да съдържа мрежа на опасността</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="145"/>
        <source>Cannot open %1 as a vector source</source>
        <translation>%1 не може да бъде отворен като векторен източник</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="152"/>
        <source>%1 has no layer %2</source>
        <translation>%1 няма слой %2</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="159"/>
        <source>Layer %1 of %2 has no field %3</source>
        <translation>Слой %1 на %2 няма поле %3</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="179"/>
        <source>Cannot transform %1 to the hazard grid&apos;s CRS</source>
        <translation>%1 не може да бъде трансформиран в координатната система на мрежата на опасността</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="212"/>
        <source>Impact analysis cancelled</source>
        <translation>Анализът на въздействието е отменен</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="247"/>
        <source>Reading %1 failed</source>
        <translation>Четенето на %1 е неуспешно</translation>
    </message>
</context>
<context>
    <name>urbis::ImpactMeasure</name>
    <message>
        <location filename="../core/sim/impactmeasure.cpp" line="13"/>
        <source>The hazard grid&apos;s geotransform cannot be inverted</source>
        <translation>Геотрансформацията на мрежата на опасността не може да бъде обърната</translation>
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
        <source>usage: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  evaluates the KPIs of FILE ({&quot;kpis&quot;: [...]} or a saved dashboard) on the workspace&apos;s datasets
  --city C    only datasets of this city (repeat for several)
  --from T    first period, ISO: 2023, 2023-01, 2023-01-31 or a date-time
  --to T      last period, same forms
  --grain G   overrides each KPI&apos;s grain
  --ngsi-ld   print the values as NGSI-LD KeyPerformanceIndicator entities (JSON array)
  formulas: see docs/kpi-formulas.md</source>
        <translation type="vanished">употреба: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  изчислява KPI от FILE ({&quot;kpis&quot;: [...]} или запазено табло) върху наборите от данни на работното пространство
  --city C    само набори от данни за този град (повторете за няколко града)
  --from T    първи период, ISO: 2023, 2023-01, 2023-01-31 или дата и час
  --to T      последен период, същите формати
  --grain G   заменя времевата стъпка на всеки KPI
  --ngsi-ld   извежда стойностите като NGSI-LD същности KeyPerformanceIndicator (JSON масив)
  формули: вижте docs/kpi-formulas.md</translation>
    </message>
    <message>
        <source>usage: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  evaluates the KPIs of FILE ({&quot;kpis&quot;: [...]} or a saved dashboard) on the workspace&apos;s datasets
  --city C    only datasets of this city (repeat for several)
  --from T    first period, ISO: 2023, 2023-01, 2023-01-31 or a date-time
  --to T      last period, same forms
  --grain G   overrides each KPI&apos;s grain
  --ngsi-ld   print the values as NGSI-LD KeyPerformanceIndicator entities (JSON array)
  --forecast N  also forecast N periods after the last value of each series, with 95 % prediction
              intervals (Holt-Winters with two full seasons of history, else a linear trend)
  formulas: see docs/kpi-formulas.md</source>
        <translation type="vanished">употреба: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  изчислява KPI от FILE ({&quot;kpis&quot;: [...]} или запазено табло) върху наборите от данни на работното пространство
  --city C    само набори от данни за този град (повторете за няколко града)
  --from T    първи период, ISO: 2023, 2023-01, 2023-01-31 или дата и час
  --to T      последен период, същите формати
  --grain G   заменя времевата стъпка на всеки KPI
  --ngsi-ld   извежда стойностите като NGSI-LD същности KeyPerformanceIndicator (JSON масив)
  --forecast N  прогнозира също N периода след последната стойност на всеки ред, с интервали на прогнозата
              95 % (Holt-Winters при история от два пълни сезона, иначе линеен тренд)
  формули: вижте docs/kpi-formulas.md</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="46"/>
        <source>usage: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  evaluates the KPIs of FILE ({&quot;kpis&quot;: [...]} or a saved dashboard) on the workspace&apos;s datasets
  --city C    only datasets of this city (repeat for several)
  --from T    first period, ISO: 2023, 2023-01, 2023-01-31 or a date-time
  --to T      last period, same forms
  --grain G   overrides each KPI&apos;s grain
  --ngsi-ld   print the values as NGSI-LD KeyPerformanceIndicator entities (JSON array)
  --forecast N  also forecast N periods after the last value of each series, with 95 % prediction
              intervals (Holt-Winters with two full seasons of history, else a linear trend)
  --what-if DRIVER:CHANGE:FROM[:UNTIL]  change the KPI DRIVER of FILE (-20% or an amount in its
              unit) from the date FROM and show how every other KPI responds (fitted on the history)
  formulas: see docs/kpi-formulas.md</source>
        <translation>употреба: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  изчислява KPI от FILE ({&quot;kpis&quot;: [...]} или запазено табло) върху наборите от данни на работното пространство
  --city C    само набори от данни за този град (повторете за няколко града)
  --from T    първи период, ISO: 2023, 2023-01, 2023-01-31 или дата и час
  --to T      последен период, същите формати
  --grain G   заменя времевата стъпка на всеки KPI
  --ngsi-ld   извежда стойностите като NGSI-LD същности KeyPerformanceIndicator (JSON масив)
  --forecast N  прогнозира също N периода след последната стойност на всеки ред, с интервали на прогнозата
              95 % (Holt-Winters при история от два пълни сезона, иначе линеен тренд)
  --what-if DRIVER:CHANGE:FROM[:UNTIL]  променя KPI DRIVER от FILE (с -20% или с количество в неговата
              мерна единица) от датата FROM и показва как реагира всеки друг KPI (напасване върху историята)
  формули: вижте docs/kpi-formulas.md</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="63"/>
        <source>kpi needs &quot;eval&quot; and one FILE.json</source>
        <translation>kpi изисква &quot;eval&quot; и един FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="66"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="70"/>
        <source>%1 is not a JSON object: %2 at byte %3</source>
        <translation>%1 не е JSON обект: %2 при байт %3</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="74"/>
        <source>%1 has no &quot;kpis&quot; array</source>
        <translation>%1 няма масив &quot;kpis&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="101"/>
        <source>--grain must be day, week, month or year</source>
        <translation>--grain трябва да бъде day, week, month или year</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="109"/>
        <source>--forecast needs a number of periods from 1 to 1000</source>
        <translation>--forecast изисква брой периоди от 1 до 1000</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="118"/>
        <source>--what-if names the driver &quot;%1&quot;, which is not a KPI of %2</source>
        <translation>--what-if посочва фактора &quot;%1&quot;, който не е KPI от %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/kpicommand.cpp" line="128"/>
        <source>Evaluating %n KPI(s)</source>
        <translation>
            <numerusform>Изчисляване на %n KPI</numerusform>
            <numerusform>Изчисляване на %n KPI</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="176"/>
        <source>no unit</source>
        <translation>без мерна единица</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="178"/>
        <source>no values for these filters</source>
        <translation>няма стойности за тези филтри</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="189"/>
        <source>no forecast for %1: %2</source>
        <translation>няма прогноза за %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="192"/>
        <source>forecast (%1, %2 % interval):</source>
        <translation>прогноза (%1, интервал %2 %):</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="201"/>
        <source>no what-if for %1: %2</source>
        <translation>няма симулация за %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="205"/>
        <source>what-if %1 %2 from %3: %4 in total [%5 – %6] (%7 per unit of %1, r² %8)</source>
        <translation>симулация %1 %2 от %3: общо %4 [%5 – %6] (%7 на единица от %1, r² %8)</translation>
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
    <name>urbis::KpiWhatIfs</name>
    <message>
        <location filename="../core/sim/kpiwhatifs.cpp" line="14"/>
        <source>--what-if needs DRIVER:CHANGE:FROM[:UNTIL], e.g. traffic:-20%:2023-01-15 (got &quot;%1&quot;)</source>
        <translation>--what-if изисква DRIVER:CHANGE:FROM[:UNTIL], напр. traffic:-20%:2023-01-15 (получено &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../core/sim/kpiwhatifs.cpp" line="49"/>
        <source>The driver %1 has no series for these dimensions: %2</source>
        <translation>Факторът %1 няма ред за тези измерения: %2</translation>
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
    <name>urbis::LinearTrend</name>
    <message>
        <location filename="../core/sim/lineartrend.cpp" line="14"/>
        <source>A linear trend needs at least %1 values; the series has %2</source>
        <translation>Линейният тренд изисква поне %1 стойности; редът има %2</translation>
    </message>
    <message>
        <location filename="../core/sim/lineartrend.cpp" line="32"/>
        <source>The values do not determine a line</source>
        <translation>Стойностите не определят права</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/lineartrend.cpp" line="59"/>
        <source>%n period(s) without a value were skipped by the trend fit.</source>
        <translation>
            <numerusform>%n период без стойност е пропуснат при напасването на тренда.</numerusform>
            <numerusform>%n периода без стойност са пропуснати при напасването на тренда.</numerusform>
        </translation>
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
        <location filename="../app/gui/mainwindow.cpp" line="52"/>
        <source>Urbis — %1</source>
        <translation>Urbis — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="61"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="63"/>
        <source>Dashboards</source>
        <translation>Табла</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="66"/>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>Streams</source>
        <translation>Потоци</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="70"/>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="75"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="76"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="77"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="78"/>
        <source>Layers</source>
        <translation>Слоеве</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="85"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="94"/>
        <source>Data: %1</source>
        <translation>Данни: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="120"/>
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="134"/>
        <source>Import the changed file with the title &quot;%1&quot;: it becomes the next version</source>
        <translation>Импортиране на променения файл със заглавие &quot;%1&quot;: той става следващата версия</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>Streams (%1)</source>
        <translation>Потоци (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="192"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импортиране…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="194"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="195"/>
        <source>Preview, validate and import files into the catalog</source>
        <translation>Преглед, валидиране и импортиране на файлове в каталога</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="196"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Опресняване</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="202"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="205"/>
        <source>&amp;View</source>
        <translation>Из&amp;глед</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="206"/>
        <source>&amp;Search the catalog</source>
        <translation>&amp;Търсене в каталога</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="210"/>
        <source>&amp;Map</source>
        <translation>Ка&amp;рта</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="212"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="213"/>
        <source>&amp;Dashboards</source>
        <translation>Та&amp;бла</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="215"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="216"/>
        <source>&amp;Streams</source>
        <translation>&amp;Потоци</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="218"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="219"/>
        <source>Live feeds: connections, charts, alerts and recording</source>
        <translation>Потоци на живо: връзки, графики, аларми и записване</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="220"/>
        <source>S&amp;cenarios</source>
        <translation>&amp;Сценарии</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="222"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="223"/>
        <source>Wildfire and flood scenarios: run, replay on the map, compare</source>
        <translation>Сценарии за горски пожари и наводнения: изпълнение, възпроизвеждане на картата, сравнение</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="225"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличаване</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="228"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Намаляване</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231"/>
        <source>Zoom to the &amp;selected dataset</source>
        <translation>Мащабиране до &amp;избрания набор от данни</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="234"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="235"/>
        <source>Show the selected dataset on the &amp;map</source>
        <translation>Показване на избрания набор от данни на &amp;картата</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="238"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="246"/>
        <source>&amp;Layer</source>
        <translation>&amp;Слой</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="247"/>
        <source>Add &amp;file layer…</source>
        <translation>Добавяне на слой от &amp;файл…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="249"/>
        <source>Add a layer</source>
        <translation>Добавяне на слой</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="335"/>
        <source>Recover interrupted recordings</source>
        <translation>Възстановяване на прекъснати записи</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="339"/>
        <source>Recovered recordings: %1</source>
        <translation>Възстановени записи: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="552"/>
        <source>The data is on this computer now</source>
        <translation>Данните вече са на този компютър</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="555"/>
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
        <location filename="../app/gui/mainwindow.cpp" line="250"/>
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
        <location filename="../app/gui/mainwindow.cpp" line="256"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="257"/>
        <source>Add &amp;tile layer (XYZ)…</source>
        <translation>Добавяне на слой с &amp;плочки (XYZ)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259"/>
        <source>Add a tile layer</source>
        <translation>Добавяне на слой с плочки</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="260"/>
        <source>Tile address with {z}, {x} and {y} (tiles are cached for offline use):</source>
        <translation>Адрес на плочките с {z}, {x} и {y} (плочките се кешират за работа без връзка):</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="271"/>
        <source>Work &amp;offline</source>
        <translation>Работа &amp;без връзка</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="274"/>
        <source>Tile layers show only cached tiles and download nothing</source>
        <translation>Слоевете с плочки показват само кеширани плочки и не изтеглят нищо</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="277"/>
        <source>&amp;Tools</source>
        <translation>Ин&amp;струменти</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="278"/>
        <source>Create &amp;demo datasets</source>
        <translation>Създаване на &amp;демонстрационни набори от данни</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="280"/>
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>Добавяне на малки синтетични набори от данни за градовете от CLIMABOROUGH в това работно пространство</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="281"/>
        <source>&amp;Clean up object store</source>
        <translation>По&amp;чистване на хранилището за обекти</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="283"/>
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Изтриване на съхранените файлове, към които вече не препраща нито един запис в каталога</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="290"/>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="291"/>
        <source>&amp;About Urbis</source>
        <translation>&amp;За Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="370"/>
        <source>&quot;%1&quot; has no vector data to draw; its footprint is shown</source>
        <translation>&quot;%1&quot; няма векторни данни за изчертаване; показан е обхватът му</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="115"/>
        <source>&quot;%1&quot; is on the map</source>
        <translation>&quot;%1&quot; е на картата</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117"/>
        <source>Cannot draw &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; не може да бъде изчертан: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="430"/>
        <source>Create demo datasets</source>
        <translation>Създаване на демонстрационни набори от данни</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="437"/>
        <source>Created: %1, already present: %2</source>
        <translation>Създадени: %1, вече налични: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="448"/>
        <source>Clean up object store</source>
        <translation>Почистване на хранилището за обекти</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="455"/>
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>Премахнати файлове без препратки: %1, освободено място: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="466"/>
        <source>Started: %1</source>
        <translation>Стартирана: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="474"/>
        <source>Finished: %1</source>
        <translation>Завършена: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="476"/>
        <source>Failed: %1 — %2</source>
        <translation>Неуспешна: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="486"/>
        <source>1 dataset in the catalog</source>
        <translation>1 набор от данни в каталога</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="487"/>
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
        <location filename="../widgets/map/mapcanvas.cpp" line="31"/>
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
        <location filename="../core/geo/mercatorraster.cpp" line="47"/>
        <source>Cannot open %1 as a raster</source>
        <translation>%1 не може да бъде отворен като растер</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="49"/>
        <source>%1 has no band %2</source>
        <translation>%1 няма канал %2</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="56"/>
        <location filename="../core/geo/mercatorraster.cpp" line="83"/>
        <source>Reading %1 failed</source>
        <translation>Четенето на %1 е неуспешно</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="68"/>
        <source>Cannot project %1 to web mercator</source>
        <translation>%1 не може да бъде проектиран в Web Mercator</translation>
    </message>
</context>
<context>
    <name>urbis::MessageParser</name>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="96"/>
        <source>The message has %1 bytes, more than the limit of %2</source>
        <translation>Съобщението е %1 байта, повече от ограничението от %2</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="103"/>
        <source>Malformed JSON at byte %1: %2</source>
        <translation>Неправилен JSON при байт %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="110"/>
        <source>An NGSI-LD notification without a &quot;data&quot; list</source>
        <translation>NGSI-LD известие без списък &quot;data&quot;</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="116"/>
        <source>Entity %1 of the notification is not an object</source>
        <translation>Същност %1 от известието не е обект</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="129"/>
        <source>Item %1 of the list is not an object</source>
        <translation>Елемент %1 от списъка не е обект</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="136"/>
        <source>The message is JSON but neither an object nor a list of objects</source>
        <translation>Съобщението е JSON, но не е нито обект, нито списък от обекти</translation>
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
    <name>urbis::MqttSource</name>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="20"/>
        <source>The broker refused the login: check the user name and password</source>
        <translation>Брокерът отказа влизането: проверете потребителското име и паролата</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="22"/>
        <source>The broker refused the connection: %1</source>
        <translation>Брокерът отказа връзката: %1</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="27"/>
        <source>%1 refused the connection: is the broker running?</source>
        <translation>%1 отказа връзката: работи ли брокерът?</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="28"/>
        <location filename="../core/stream/mqttsource.cpp" line="45"/>
        <source>The connection to %1 failed: %2</source>
        <translation>Връзката с %1 е неуспешна: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="31"/>
        <source>Host %1 not found: check the address</source>
        <translation>Хостът %1 не е намерен: проверете адреса</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="33"/>
        <source>Secure connection to %1 failed: a private broker needs its CA certificate in the CA file</source>
        <translation>Защитената връзка с %1 е неуспешна: частен брокер изисква неговия CA сертификат във файла с CA</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="37"/>
        <source>No answer from the broker for %1 s: the link is dead, reconnecting</source>
        <translation>Няма отговор от брокера от %1 s: връзката е прекъсната, повторно свързване</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="40"/>
        <source>No answer from %1 within %2 s</source>
        <translation>Няма отговор от %1 в рамките на %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="43"/>
        <source>The connection to %1 was lost</source>
        <translation>Връзката с %1 е изгубена</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="132"/>
        <source>The broker refused the subscription to &quot;%1&quot;</source>
        <translation>Брокерът отказа абонамента за &quot;%1&quot;</translation>
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
    <name>urbis::RecordingCompletion</name>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="23"/>
        <location filename="../core/stream/recordingcompletion.cpp" line="34"/>
        <source>Cannot read the recording %1</source>
        <translation>Записът %1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="26"/>
        <source>Cannot flush the recording %1</source>
        <translation>Записът %1 не може да бъде записан на диска</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="80"/>
        <location filename="../core/stream/recordingcompletion.cpp" line="101"/>
        <source>The data of the recording &quot;%1&quot; is missing</source>
        <translation>Данните на записа &quot;%1&quot; липсват</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="114"/>
        <source>The recording &quot;%1&quot; was deleted from the catalog</source>
        <translation>Записът &quot;%1&quot; е изтрит от каталога</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingFile</name>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="76"/>
        <location filename="../core/stream/recordingfile.cpp" line="81"/>
        <source>Cannot prepare the recording&apos;s insert</source>
        <translation>Вмъкването в записа не може да бъде подготвено</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="88"/>
        <source>The recording is closed already</source>
        <translation>Записът вече е затворен</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="130"/>
        <source>The recording %1 exists already</source>
        <translation>Записът %1 вече съществува</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="163"/>
        <source>The recording %1 is missing</source>
        <translation>Записът %1 липсва</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="240"/>
        <source>Cannot write a row of the recording</source>
        <translation>Ред от записа не може да бъде записан</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="258"/>
        <source>Cannot write a gap of the recording</source>
        <translation>Прекъсване в записа не може да бъде записано</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingLayout</name>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="66"/>
        <source>Time of the reading (UTC)</source>
        <translation>Време на измерването (UTC)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="70"/>
        <source>Station or entity that sent the reading</source>
        <translation>Станция или същност, изпратила измерването</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="73"/>
        <source>Latitude (WGS84)</source>
        <translation>Географска ширина (WGS84)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="76"/>
        <source>Longitude (WGS84)</source>
        <translation>Географска дължина (WGS84)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="86"/>
        <source>When this computer received the message (UTC)</source>
        <translation>Кога този компютър е получил съобщението (UTC)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="119"/>
        <source>The layout of a recording has a bad column (%1, %2)</source>
        <translation>Структурата на запис има неправилна колона (%1, %2)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="126"/>
        <source>The layout of a recording has no time or id column</source>
        <translation>Структурата на запис няма колона за време или идентификатор</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingSchema</name>
    <message>
        <location filename="../core/stream/recordingschema.cpp" line="89"/>
        <source>Times the stream was down</source>
        <translation>Периоди, в които потокът е бил прекъснат</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingschema.cpp" line="114"/>
        <source>The recording has points but no lat/lon columns</source>
        <translation>Записът има точки, но няма колони lat/lon</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingState</name>
    <message>
        <location filename="../core/stream/recordingstate.cpp" line="16"/>
        <source>Cannot read the recording state %1</source>
        <translation>Състоянието на записа %1 не може да бъде прочетено</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingstate.cpp" line="21"/>
        <source>The recording state %1 is not JSON</source>
        <translation>Състоянието на записа %1 не е JSON</translation>
    </message>
</context>
<context>
    <name>urbis::RejectedMessagesModel</name>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="98"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="100"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="102"/>
        <source>Why it was dropped</source>
        <translation>Причина за отхвърлянето</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="104"/>
        <source>Message (first bytes)</source>
        <translation>Съобщение (първите байтове)</translation>
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
    <name>urbis::ReplayReadAhead</name>
    <message>
        <location filename="../core/stream/replayreadahead.cpp" line="77"/>
        <location filename="../core/stream/replayreadahead.cpp" line="100"/>
        <source>Cannot read the rows to replay</source>
        <translation>Редовете за възпроизвеждане не могат да бъдат прочетени</translation>
    </message>
</context>
<context>
    <name>urbis::ReplayServer</name>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="89"/>
        <source>&quot;%1&quot; is not an IP address to listen on</source>
        <translation>&quot;%1&quot; не е IP адрес, на който да се слуша</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="92"/>
        <source>Cannot listen on %1 port %2</source>
        <translation>Не може да се слуша на %1, порт %2</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="135"/>
        <source>closed by the client</source>
        <translation>затворено от клиента</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="142"/>
        <location filename="../core/stream/replayserver.cpp" line="225"/>
        <source>The replay has ended</source>
        <translation>Възпроизвеждането приключи</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="158"/>
        <source>slow consumer: more than %1 bytes waiting to be sent</source>
        <translation>бавен получател: повече от %1 байта чакат изпращане</translation>
    </message>
</context>
<context>
    <name>urbis::ReplayTable</name>
    <message>
        <location filename="../core/stream/replaytable.cpp" line="35"/>
        <source>The data file %1 is missing</source>
        <translation>Файлът с данни %1 липсва</translation>
    </message>
    <message>
        <location filename="../core/stream/replaytable.cpp" line="46"/>
        <source>The data of this dataset is not a GeoPackage table: it has no rows to replay</source>
        <translation>Данните на този набор от данни не са таблица в GeoPackage: няма редове за възпроизвеждане</translation>
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
    <name>urbis::Scenario</name>
    <message>
        <location filename="../core/sim/scenario.cpp" line="41"/>
        <source>Scenario: &quot;%1&quot; (%2, %3) is outside the %4 x %5 grid</source>
        <translation>Сценарий: &quot;%1&quot; (%2, %3) е извън мрежата %4 x %5</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="135"/>
        <source>Scenario: &quot;%1&quot; is not a scenario id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>Сценарий: &quot;%1&quot; не е идентификатор на сценарий: използвайте малки букви, цифри и &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="137"/>
        <source>Scenario: it needs at least one step and one cell</source>
        <translation>Сценарий: необходими са поне една стъпка и една клетка</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="144"/>
        <source>Scenario: a wildfire needs at least one cell in &quot;ignitions&quot;</source>
        <translation>Сценарий: горският пожар изисква поне една клетка в &quot;ignitions&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="151"/>
        <source>Scenario: a flood needs &quot;inflow&quot; (a hydrograph at a cell) or &quot;rainfall&quot;</source>
        <translation>Сценарий: наводнението изисква &quot;inflow&quot; (хидрограф в клетка) или &quot;rainfall&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioAreaChart</name>
    <message>
        <location filename="../widgets/sim/scenarioareachart.cpp" line="36"/>
        <source>step</source>
        <translation>стъпка</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioareachart.cpp" line="38"/>
        <source>area (ha)</source>
        <translation>площ (ha)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioCompareView</name>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="78"/>
        <source>Compare</source>
        <translation>Сравняване</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="79"/>
        <source>Run both scenarios and show them side by side</source>
        <translation>Изпълнение на двата сценария и показване един до друг</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="80"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="89"/>
        <source>The figure the chart and the map titles compare; impact figures appear once both runs finished</source>
        <translation>Величината, която сравняват диаграмата и заглавията на картите; стойностите за въздействието се показват, след като и двете изпълнения приключат</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="90"/>
        <source>area (ha)</source>
        <translation>площ (ha)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="93"/>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="95"/>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="101"/>
        <source>KPI:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="208"/>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="282"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="209"/>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="283"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="259"/>
        <source>%1: %2 · %3 %4</source>
        <translation>%1: %2 · %3 %4</translation>
    </message>
    <message>
        <source>%1: %2 · %3 ha</source>
        <translation type="vanished">%1: %2 · %3 ha</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="262"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="263"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="284"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="308"/>
        <source>Running both scenarios…</source>
        <translation>Изпълнение на двата сценария…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="314"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="316"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="318"/>
        <source>failed: %1</source>
        <translation>неуспешно: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="324"/>
        <source>Pick two scenarios and press Compare.</source>
        <translation>Изберете два сценария и натиснете „Сравняване“.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="326"/>
        <source>A %1 · B %2</source>
        <translation>A %1 · B %2</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioDefaults</name>
    <message>
        <location filename="../widgets/sim/scenariodefaults.cpp" line="43"/>
        <source>New wildfire</source>
        <translation>Нов горски пожар</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariodefaults.cpp" line="50"/>
        <source>New flood</source>
        <translation>Ново наводнение</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariodefaults.cpp" line="63"/>
        <source>%1 (copy)</source>
        <translation>%1 (копие)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioEditDialog</name>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="37"/>
        <source>Wildfire scenario</source>
        <translation>Сценарий за горски пожар</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="37"/>
        <source>Flood scenario</source>
        <translation>Сценарий за наводнение</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="46"/>
        <source>The same scenario and seed give the same results, byte for byte</source>
        <translation>Един и същ сценарий и едно и също начално число дават едни и същи резултати, байт по байт</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="54"/>
        <source> cells</source>
        <translation> клетки</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="57"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="58"/>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="59"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="61"/>
        <source>EPSG:4326 puts the grid in the UTM zone of its origin; a projected CRS in metres is used as it is</source>
        <translation>EPSG:4326 поставя мрежата в UTM зоната на нейното начало; проекционна координатна система в метри се използва както е</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="63"/>
        <source>Name:</source>
        <translation>Име:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="64"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="65"/>
        <source>Random seed:</source>
        <translation>Начално число:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="66"/>
        <source>Steps:</source>
        <translation>Стъпки:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="67"/>
        <source>Grid width:</source>
        <translation>Ширина на мрежата:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="68"/>
        <source>Grid height:</source>
        <translation>Височина на мрежата:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="69"/>
        <source>Cell size:</source>
        <translation>Размер на клетката:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="70"/>
        <source>North-west corner, longitude:</source>
        <translation>Северозападен ъгъл, дължина:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="71"/>
        <source>North-west corner, latitude:</source>
        <translation>Северозападен ъгъл, ширина:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="72"/>
        <source>Origin CRS:</source>
        <translation>Координатна система на началото:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="76"/>
        <source>flat (no dataset)</source>
        <translation>равен (без набор от данни)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="77"/>
        <source>An elevation raster (DEM) of the catalog, by id or exact title</source>
        <translation>Растер с надморски височини (ЦМР) от каталога, по идентификатор или точно заглавие</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="79"/>
        <source>datasets, separated by commas</source>
        <translation>набори от данни, разделени със запетая</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="80"/>
        <source>Vector layers (roads, rivers) burnt onto the grid as barriers</source>
        <translation>Векторни слоеве (пътища, реки), растеризирани в мрежата като бариери</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="83"/>
        <source>one line per row: column, row; column, row; …</source>
        <translation>по една бариера на ред: колона, ред; колона, ред; …</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="86"/>
        <source>Terrain (DEM):</source>
        <translation>Терен (ЦМР):</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="86"/>
        <source>DEM:</source>
        <translation>ЦМР:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="87"/>
        <source>Barrier layers:</source>
        <translation>Слоеве с бариери:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="88"/>
        <source>Barrier lines:</source>
        <translation>Линии на бариери:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="91"/>
        <source>General</source>
        <translation>Общи</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="92"/>
        <source>Inputs</source>
        <translation>Входни данни</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="96"/>
        <source>Wildfire</source>
        <translation>Горски пожар</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="100"/>
        <source>Flood</source>
        <translation>Наводнение</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="150"/>
        <source>Random seed: enter a whole number from 0 to 18446744073709551615</source>
        <translation>Начално число: въведете цяло число от 0 до 18446744073709551615</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="163"/>
        <source>Barrier lines</source>
        <translation>Линии на бариери</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioFloodForm</name>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="18"/>
        <source>Local inertial (2-D shallow water)</source>
        <translation>Локално инерционна (2D плитка вода)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="19"/>
        <source>Fill and spill</source>
        <translation>Запълване и преливане</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="23"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="28"/>
        <source>Manning&apos;s roughness n in s/m^(1/3): 0.02 paved, 0.035 grass, 0.1 dense vegetation</source>
        <translation>Грапавост n на Манинг в s/m^(1/3): 0.02 настилка, 0.035 трева, 0.1 гъста растителност</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="33"/>
        <source>column </source>
        <translation>колона </translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="34"/>
        <source>row </source>
        <translation>ред </translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="37"/>
        <source>hydrograph, one point per line: seconds, m³/s</source>
        <translation>хидрограф, по една точка на ред: секунди, m³/s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="40"/>
        <source>one point per line: seconds, mm/h</source>
        <translation>по една точка на ред: секунди, mm/h</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="43"/>
        <source>Water leaves the grid at its edges</source>
        <translation>Водата напуска мрежата през краищата ѝ</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="49"/>
        <source>Scheme:</source>
        <translation>Схема:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="50"/>
        <source>Time per step:</source>
        <translation>Време на стъпка:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="51"/>
        <source>Roughness (Manning n):</source>
        <translation>Грапавост (n на Манинг):</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="52"/>
        <source>Inflow cell:</source>
        <translation>Клетка на притока:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="53"/>
        <source>Inflow:</source>
        <translation>Приток:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="54"/>
        <source>Rainfall:</source>
        <translation>Валеж:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="72"/>
        <source>Inflow</source>
        <translation>Приток</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="75"/>
        <source>Rainfall</source>
        <translation>Валеж</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioFrameOverlay</name>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="254"/>
        <source>Wildfire</source>
        <translation>Горски пожар</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="254"/>
        <source>Flood</source>
        <translation>Наводнение</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="255"/>
        <source>Step %1 / %2 · %3</source>
        <translation>Стъпка %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="256"/>
        <source>Arrival time</source>
        <translation>Време на достигане</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="256"/>
        <source>Water depth</source>
        <translation>Дълбочина на водата</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="257"/>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="258"/>
        <source>≥ %1 m</source>
        <translation>≥ %1 m</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="259"/>
        <source>Active front</source>
        <translation>Активен фронт</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioImpact</name>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="42"/>
        <source>{&quot;dataset&quot;: &quot;&lt;vector dataset&gt;&quot;, &quot;kind&quot;: &quot;assets&quot;, &quot;roads&quot; or &quot;population&quot;}</source>
        <translation>{&quot;dataset&quot;: &quot;&lt;векторен набор от данни&gt;&quot;, &quot;kind&quot;: &quot;assets&quot;, &quot;roads&quot; или &quot;population&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="58"/>
        <source>the id or exact title of a vector dataset</source>
        <translation>идентификаторът или точното заглавие на векторен набор от данни</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="62"/>
        <source>&quot;assets&quot;, &quot;roads&quot; or &quot;population&quot;</source>
        <translation>&quot;assets&quot;, &quot;roads&quot; или &quot;population&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="66"/>
        <source>the field that holds each district&apos;s population</source>
        <translation>полето, което съдържа населението на всеки район</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioInputs</name>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="31"/>
        <source>The scenario&apos;s %1 names the dataset &quot;%2&quot;: it needs a workspace to run</source>
        <translation>Сценарий (%1): посочва набора от данни &quot;%2&quot; и за изпълнението му е нужно работно пространство</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="38"/>
        <source>The scenario&apos;s %1: no dataset has the id or the exact title &quot;%2&quot;</source>
        <translation>Сценарий (%1): няма набор от данни с идентификатор или точно заглавие &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="45"/>
        <source>The data of &quot;%1&quot; is not in this workspace (not downloaded yet?)</source>
        <translation>Данните на &quot;%1&quot; не са в това работно пространство (още не са изтеглени?)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="101"/>
        <source>terrain</source>
        <translation>терен</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="105"/>
        <source>The terrain &quot;%1&quot; is not a raster (it is %2): give a GeoTIFF elevation model</source>
        <translation>Теренът &quot;%1&quot; не е растер (той е %2): задайте модел на надморските височини в GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="109"/>
        <source>The terrain &quot;%1&quot;: %2</source>
        <translation>Терен &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="111"/>
        <source>%1% of the grid lies outside the terrain &quot;%2&quot;: those cells take the nearest elevation</source>
        <translation>%1% от мрежата е извън терена &quot;%2&quot;: тези клетки получават най-близката надморска височина</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="133"/>
        <source>Scenario: &quot;fuel.uniform&quot; %1 is not a fuel class (see docs/simulation.md)</source>
        <translation>Сценарий: &quot;fuel.uniform&quot; %1 не е клас гориво (вижте docs/simulation.md)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="137"/>
        <source>fuel</source>
        <translation>гориво</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="141"/>
        <source>The fuel map &quot;%1&quot; is not a raster (it is %2): give a GeoTIFF of fuel classes</source>
        <translation>Картата на горивата &quot;%1&quot; не е растер (тя е %2): задайте GeoTIFF с класове горива</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="145"/>
        <source>The fuel map &quot;%1&quot;: %2</source>
        <translation>Карта на горивата &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="147"/>
        <source>%1% of the grid lies outside the fuel map &quot;%2&quot;: those cells do not burn</source>
        <translation>%1% от мрежата е извън картата на горивата &quot;%2&quot;: тези клетки не горят</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="155"/>
        <source>The fuel map &quot;%1&quot; has the value %2 at cell (%3, %4), which is not a fuel class</source>
        <translation>Картата на горивата &quot;%1&quot; има стойност %2 в клетка (%3, %4), която не е клас гориво</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="171"/>
        <source>barriers</source>
        <translation>бариери</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="175"/>
        <source>The barriers &quot;%1&quot; are not a vector layer (it is %2): give roads or rivers as lines</source>
        <translation>Бариерите &quot;%1&quot; не са векторен слой (те са %2): задайте пътища или реки като линии</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="179"/>
        <source>The barriers &quot;%1&quot;: %2</source>
        <translation>Бариери &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="191"/>
        <source>impact layer</source>
        <translation>слой за въздействие</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="196"/>
        <source>The impact layer &quot;%1&quot; is not a vector layer (it is %2)</source>
        <translation>Слоят за въздействие &quot;%1&quot; не е векторен слой (той е %2)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="213"/>
        <source>&quot;ignitions[%1]&quot; (%2, %3) lies on a barrier: it does not burn</source>
        <translation>&quot;ignitions[%1]&quot; (%2, %3) е върху бариера: не гори</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="215"/>
        <source>&quot;ignitions[%1]&quot; (%2, %3) lies on fuel that does not burn (class %4)</source>
        <translation>&quot;ignitions[%1]&quot; (%2, %3) е върху гориво, което не гори (клас %4)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="229"/>
        <source>Scenario grid: %1</source>
        <translation>Мрежа на сценария: %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="234"/>
        <source>Reading the terrain</source>
        <translation>Четене на терена</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="239"/>
        <location filename="../core/sim/scenarioinputs.cpp" line="246"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="241"/>
        <source>Reading the fuel map</source>
        <translation>Четене на картата на горивата</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="248"/>
        <source>Drawing the barriers</source>
        <translation>Нанасяне на бариерите</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioJson</name>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="16"/>
        <source>Scenario: &quot;%1&quot; must be %2</source>
        <translation>Сценарий: &quot;%1&quot; трябва да бъде %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="26"/>
        <source>a number from %1 to %2</source>
        <translation>число от %1 до %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="28"/>
        <location filename="../core/sim/scenariojson.cpp" line="43"/>
        <source>Scenario: &quot;%1&quot; is missing (%2)</source>
        <translation>Сценарий: &quot;%1&quot; липсва (%2)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="41"/>
        <source>a whole number from %1 to %2</source>
        <translation>цяло число от %1 до %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="57"/>
        <source>a text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="66"/>
        <source>a cell [column, row] of two whole numbers</source>
        <translation>клетка [колона, ред] от две цели числа</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="74"/>
        <source>Scenario: unknown key &quot;%1&quot; (known here: %2)</source>
        <translation>Сценарий: неизвестен ключ &quot;%1&quot; (познати тук: %2)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioKpi</name>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="13"/>
        <source>area (ha)</source>
        <translation>площ (ha)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="13"/>
        <source>area</source>
        <translation>площ</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="21"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="59"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="61"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="65"/>
        <source>Affected at step %1: %2</source>
        <translation>Засегнати на стъпка %1: %2</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioListModel</name>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="153"/>
        <source>Flood</source>
        <translation>Наводнение</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="153"/>
        <source>Wildfire</source>
        <translation>Горски пожар</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="155"/>
        <source>last run %1</source>
        <translation>последно изпълнение %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="156"/>
        <source>never run</source>
        <translation>неизпълняван</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="159"/>
        <source>cannot be read</source>
        <translation>не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="169"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioOutputs</name>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="23"/>
        <location filename="../core/sim/scenariooutputs.cpp" line="28"/>
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="64"/>
        <source>Cannot create the folder %1</source>
        <translation>Папката %1 не може да бъде създадена</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="84"/>
        <source>The model reported a depth grid of another size</source>
        <translation>Моделът върна мрежа с дълбочини с друг размер</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="87"/>
        <source>step %1 (%2 s)</source>
        <translation>стъпка %1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="127"/>
        <source>arrival step</source>
        <translation>стъпка на достигане</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="157"/>
        <source>maximum depth (m)</source>
        <translation>максимална дълбочина (m)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioPage</name>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="53"/>
        <source>Search scenarios</source>
        <translation>Търсене на сценарии</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="63"/>
        <source>New</source>
        <translation>Нов</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="63"/>
        <source>A new scenario where the main map looks</source>
        <translation>Нов сценарий в областта, която показва основната карта</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="66"/>
        <source>Wildfire…</source>
        <translation>Горски пожар…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="68"/>
        <source>Flood…</source>
        <translation>Наводнение…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="71"/>
        <source>Edit…</source>
        <translation>Редактиране…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="71"/>
        <source>Change the selected scenario&apos;s parameters</source>
        <translation>Промяна на параметрите на избрания сценарий</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="72"/>
        <source>Duplicate</source>
        <translation>Дублиране</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="72"/>
        <source>A copy of the selected scenario</source>
        <translation>Копие на избрания сценарий</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="73"/>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="73"/>
        <source>Delete the selected scenario (its results stay in the catalog)</source>
        <translation>Изтриване на избрания сценарий (резултатите му остават в каталога)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="92"/>
        <source>Run</source>
        <translation>Изпълнение</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="93"/>
        <source>Compare</source>
        <translation>Сравняване</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="227"/>
        <source>New wildfire scenario</source>
        <translation>Нов сценарий за горски пожар</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="227"/>
        <source>New flood scenario</source>
        <translation>Нов сценарий за наводнение</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="265"/>
        <source>Delete scenario</source>
        <translation>Изтриване на сценарий</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="266"/>
        <source>Delete the scenario &quot;%1&quot;? Its results stay in the catalog.</source>
        <translation>Да се изтрие ли сценарият &quot;%1&quot;? Резултатите му остават в каталога.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="278"/>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioReader</name>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="32"/>
        <source>&quot;%1&quot; or {&quot;dataset&quot;: &quot;&lt;dataset id or exact title&gt;&quot;}</source>
        <translation>&quot;%1&quot; или {&quot;dataset&quot;: &quot;&lt;идентификатор или точно заглавие на набор от данни&gt;&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="46"/>
        <source>a whole number from 0 (up to 2^64 - 1 when written as text)</source>
        <translation>цяло число от 0 нагоре (до 2^64 - 1, когато е записано като текст)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="57"/>
        <source>&quot;wildfire&quot; or &quot;flood&quot;</source>
        <translation>&quot;wildfire&quot; или &quot;flood&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="68"/>
        <source>lower-case letters, digits and &apos;-&apos; (at most 64)</source>
        <translation>малки букви, цифри и &apos;-&apos; (най-много 64)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="78"/>
        <source>an object {&quot;width&quot;, &quot;height&quot;, &quot;cellSize&quot;, &quot;origin&quot;, &quot;crs&quot;}</source>
        <translation>обект {&quot;width&quot;, &quot;height&quot;, &quot;cellSize&quot;, &quot;origin&quot;, &quot;crs&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="98"/>
        <source>Scenario: give &quot;terrain&quot; or &quot;dem&quot;, not both</source>
        <translation>Сценарий: задайте &quot;terrain&quot; или &quot;dem&quot;, не и двете</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="108"/>
        <source>a list of {&quot;dataset&quot;, &quot;kind&quot;}</source>
        <translation>списък от {&quot;dataset&quot;, &quot;kind&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="124"/>
        <source>polylines [[[col, row], ...], ...], {&quot;dataset&quot;: &quot;&lt;vector dataset&gt;&quot;} or a list of both</source>
        <translation>полилинии [[[кол, ред], ...], ...], {&quot;dataset&quot;: &quot;&lt;векторен набор от данни&gt;&quot;} или списък и от двете</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="175"/>
        <source>an object {&quot;speed&quot;: m/s, &quot;direction&quot;: degrees it blows from}</source>
        <translation>обект {&quot;speed&quot;: m/s, &quot;direction&quot;: градуси, от които духа}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="194"/>
        <source>a list of cells [[col, row], ...]</source>
        <translation>списък от клетки [[кол, ред], ...]</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="207"/>
        <source>a list [[seconds, %1], ...] with increasing times from 0 and values from 0</source>
        <translation>списък [[секунди, %1], ...] с нарастващи времена от 0 и стойности от 0 нагоре</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="248"/>
        <source>&quot;local-inertial&quot; or &quot;fill-and-spill&quot;</source>
        <translation>&quot;local-inertial&quot; или &quot;fill-and-spill&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="255"/>
        <source>Scenario: give &quot;stepSeconds&quot; or &quot;stepMinutes&quot;, not both</source>
        <translation>Сценарий: задайте &quot;stepSeconds&quot; или &quot;stepMinutes&quot;, не и двете</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="264"/>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioResults</name>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="24"/>
        <source>%1: fire arrival step</source>
        <translation>%1: стъпка на достигане на огъня</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="26"/>
        <source>%1: maximum flood depth</source>
        <translation>%1: максимална дълбочина на наводнението</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="28"/>
        <source>%1: flood depth per step</source>
        <translation>%1: дълбочина на наводнението по стъпки</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="35"/>
        <source>The step at which each cell caught fire (-1 = unburned), one step = %1 min.</source>
        <translation>Стъпката, в която всяка клетка се е запалила (-1 = неизгоряла), една стъпка = %1 min.</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="38"/>
        <source>The deepest water on each cell during the run, in metres.</source>
        <translation>Най-голямата дълбочина на водата във всяка клетка по време на изпълнението, в метри.</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="39"/>
        <source>Water depth in metres, one band per reported step (see summary.json).</source>
        <translation>Дълбочина на водата в метри, по един канал за всяка отчетена стъпка (вижте summary.json).</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="40"/>
        <source>%1 Simulated by Urbis: scenario &quot;%2&quot; (%3, %4 steps, seed %5, engine version %6).</source>
        <translation>%1 Симулирано с Urbis: сценарий &quot;%2&quot; (%3, %4 стъпки, начално число %5, версия на ядрото %6).</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRun</name>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="50"/>
        <source>Starting %1…</source>
        <translation>Стартиране на %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="130"/>
        <source>The run was removed before it finished.</source>
        <translation>Изпълнението беше премахнато, преди да завърши.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="137"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="138"/>
        <source>Run cancelled</source>
        <translation>Изпълнението е отменено</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="138"/>
        <source>Run failed: %1</source>
        <translation>Изпълнението е неуспешно: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sim/scenariorun.cpp" line="154"/>
        <source>Done: %n step(s) in %1 ms</source>
        <translation>
            <numerusform>Готово: %n стъпка за %1 ms</numerusform>
            <numerusform>Готово: %n стъпки за %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRunView</name>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="26"/>
        <source>Run</source>
        <translation>Изпълнение</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="27"/>
        <source>Run the selected scenario</source>
        <translation>Изпълнение на избрания сценарий</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="28"/>
        <location filename="../widgets/sim/scenariorunview.cpp" line="214"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="105"/>
        <source>Select a scenario and press Run.</source>
        <translation>Изберете сценарий и натиснете „Изпълнение“.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="200"/>
        <source>The results were not recorded in the catalog.</source>
        <translation>Резултатите не бяха записани в каталога.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="201"/>
        <source>Result datasets: %1</source>
        <translation>Набори от данни с резултати: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="214"/>
        <source>Resume</source>
        <translation>Продължаване</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRunner</name>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="36"/>
        <location filename="../core/sim/scenariorunner.cpp" line="194"/>
        <source>Simulating %1</source>
        <translation>Симулиране на %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="149"/>
        <source>The results need a folder or the catalog to go to</source>
        <translation>Резултатите изискват папка или каталог, в които да бъдат записани</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="153"/>
        <source>Reading the inputs of %1</source>
        <translation>Четене на входните данни на %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="169"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Не може да бъде създадена работна папка в %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="175"/>
        <source>Reading the impact layers</source>
        <translation>Четене на слоевете за въздействие</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="201"/>
        <source>Simulation cancelled</source>
        <translation>Симулацията е отменена</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="206"/>
        <source>Recording the results in the catalog</source>
        <translation>Записване на резултатите в каталога</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioStore</name>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="20"/>
        <source>&quot;%1&quot; is not a scenario id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; не е идентификатор на сценарий: използвайте малки букви, цифри и &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="41"/>
        <source>There is no scenario file %1</source>
        <translation>Няма файл на сценарий %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="43"/>
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="47"/>
        <source>%1 is not valid JSON (at character %2: %3)</source>
        <translation>%1 не е валиден JSON (при знак %2: %3)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="50"/>
        <source>%1 does not hold a scenario object</source>
        <translation>%1 не съдържа обект на сценарий</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="53"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="88"/>
        <location filename="../core/sim/scenariostore.cpp" line="118"/>
        <source>There is no scenario &quot;%1&quot;</source>
        <translation>Няма сценарий &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="102"/>
        <source>Cannot create the folder %1</source>
        <translation>Папката %1 не може да бъде създадена</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="120"/>
        <source>Cannot remove the scenario &quot;%1&quot;</source>
        <translation>Сценарият &quot;%1&quot; не може да бъде премахнат</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioTextFields</name>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="49"/>
        <source>%1, line %2: expected %3</source>
        <translation>%1, ред %2: очаква се %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="71"/>
        <source>a cell as &quot;column, row&quot; (whole numbers)</source>
        <translation>клетка във вида &quot;колона, ред&quot; (цели числа)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="100"/>
        <source>cells as &quot;column, row; column, row; …&quot;</source>
        <translation>клетки във вида &quot;колона, ред; колона, ред; …&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="104"/>
        <source>at least two cells in a line</source>
        <translation>поне две клетки на линия</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="127"/>
        <source>&quot;seconds, value&quot; with numbers &gt;= 0</source>
        <translation>&quot;секунди, стойност&quot; с числа &gt;= 0</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="129"/>
        <source>a time later than the line before</source>
        <translation>време, по-късно от това на предходния ред</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioTimeline</name>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="32"/>
        <source>Space: play or pause · Left / Right: one step · Home / End: first / newest step</source>
        <translation>Space: пускане или пауза · Left / Right: една стъпка · Home / End: първа / последна стъпка</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="39"/>
        <source>Playback speed (1x = %1 steps a second)</source>
        <translation>Скорост на възпроизвеждане (1x = %1 стъпки в секунда)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="41"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="46"/>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="116"/>
        <source>Step %1 / %2 · %3</source>
        <translation>Стъпка %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="115"/>
        <source>No frames yet</source>
        <translation>Все още няма кадри</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="230"/>
        <source>Pause (Space)</source>
        <translation>Пауза (Space)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="230"/>
        <source>Play (Space)</source>
        <translation>Пускане (Space)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioWildfireForm</name>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="30"/>
        <source>uniform (no dataset)</source>
        <translation>еднородно (без набор от данни)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="31"/>
        <source>A fuel raster of the catalog, by id or exact title; empty for one fuel everywhere</source>
        <translation>Растер с горива от каталога, по идентификатор или точно заглавие; празно за едно гориво навсякъде</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="34"/>
        <source>default (grass)</source>
        <translation>по подразбиране (трева)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="35"/>
        <source>The fuel class of a uniform fuel map (docs/simulation.md lists the classes)</source>
        <translation>Класът гориво на еднородна карта на горивата (docs/simulation.md изброява класовете)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="36"/>
        <source> m/s</source>
        <translation> m/s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="38"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="39"/>
        <source>Where the wind blows from: 0 = north, 90 = east</source>
        <translation>Откъде духа вятърът: 0 = север, 90 = изток</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="42"/>
        <source>Dead-fuel moisture as a fraction (0.08 = 8 %)</source>
        <translation>Влажност на мъртвото гориво като дроб (0.08 = 8 %)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="43"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="46"/>
        <source>Probability per burning cell and step of a spot fire downwind; 0 = none</source>
        <translation>Вероятност за вторично огнище по посока на вятъра за всяка горяща клетка и стъпка; 0 = без</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="49"/>
        <source>one cell per line: column, row</source>
        <translation>по една клетка на ред: колона, ред</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="53"/>
        <source>Fuel map:</source>
        <translation>Карта на горивата:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="54"/>
        <source>Uniform fuel class:</source>
        <translation>Еднороден клас гориво:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="55"/>
        <source>Wind speed:</source>
        <translation>Скорост на вятъра:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="56"/>
        <source>Wind from:</source>
        <translation>Вятър от:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="57"/>
        <source>Fuel moisture:</source>
        <translation>Влажност на горивото:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="58"/>
        <source>Time per step:</source>
        <translation>Време на стъпка:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="59"/>
        <source>Spotting:</source>
        <translation>Вторични огнища:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="60"/>
        <source>Ignitions:</source>
        <translation>Точки на запалване:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="77"/>
        <source>Ignitions</source>
        <translation>Точки на запалване</translation>
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
    <name>urbis::SimCommand</name>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="24"/>
        <source>%1: %2 cells burned (%3 km2) after %4 steps</source>
        <translation>%1: %2 изгорели клетки (%3 km2) след %4 стъпки</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="32"/>
        <source>%1: %2 km2 flooded at the end, deepest water %3 m, after %4 steps</source>
        <translation>%1: %2 km2 наводнени в края, най-голяма дълбочина на водата %3 m, след %4 стъпки</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="48"/>
        <source>usage: urbis sim run wildfire|flood --config SCENARIO.json [--out DIR] [--no-catalog]
       urbis sim list
  run     simulates the scenario file (docs/simulation.md); the same file and seed give
          byte-identical results. Datasets it names are read from the workspace.
  --out DIR     also write the results into DIR: summary.json and arrival.tif (wildfire) or
                depth_max.tif + depth_frames.tif (flood)
  --no-catalog  do not record the results in the catalog (then --out is needed)
          Without --out the results go into the catalog only, as datasets of the domain
          &quot;hazard&quot; with the keyword scenario:&lt;id&gt;; their ids are printed. --json prints
          summary.json with &quot;datasets&quot; and &quot;out&quot; added.
  list    the scenarios saved in the workspace (&lt;data dir&gt;/scenarios/&lt;id&gt;.json)
exit codes: 0 done, 1 invalid scenario, 2 usage error, unreadable file or unknown dataset,
            3 I/O failure</source>
        <translation>употреба: urbis sim run wildfire|flood --config SCENARIO.json [--out DIR] [--no-catalog]
          urbis sim list
  run     симулира файла на сценария (docs/simulation.md); един и същ файл и едно и също начално число дават
          побайтово идентични резултати. Посочените в него набори от данни се четат от работното пространство.
  --out DIR     записва резултатите и в DIR: summary.json и arrival.tif (wildfire) или
                depth_max.tif + depth_frames.tif (flood)
  --no-catalog  не записва резултатите в каталога (тогава е нужно --out)
          Без --out резултатите отиват само в каталога, като набори от данни от областта
          &quot;hazard&quot; с ключова дума scenario:&lt;id&gt;; идентификаторите им се извеждат. --json извежда
          summary.json с добавени &quot;datasets&quot; и &quot;out&quot;.
  list    сценариите, запазени в работното пространство (&lt;data dir&gt;/scenarios/&lt;id&gt;.json)
изходни кодове: 0 готово, 1 невалиден сценарий, 2 грешка в употребата, нечетим файл или неизвестен набор от данни,
                3 входно-изходна грешка</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="68"/>
        <source>sim needs &quot;run wildfire|flood --config FILE&quot; or &quot;list&quot;</source>
        <translation>sim изисква &quot;run wildfire|flood --config FILE&quot; или &quot;list&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="70"/>
        <source>&quot;%1&quot; is not a scenario type: wildfire or flood</source>
        <translation>&quot;%1&quot; не е тип сценарий: wildfire или flood</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="94"/>
        <source>broken</source>
        <translation>повреден</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/simcommand.cpp" line="96"/>
        <source>%n scenario(s) in %1</source>
        <translation>
            <numerusform>%n сценарий в %1</numerusform>
            <numerusform>%n сценария в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="104"/>
        <source>sim run needs --config SCENARIO.json</source>
        <translation>sim run изисква --config SCENARIO.json</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="108"/>
        <source>--no-catalog needs --out DIR: the results must go somewhere</source>
        <translation>--no-catalog изисква --out DIR: резултатите трябва да отидат някъде</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="117"/>
        <source>%1 holds a %2 scenario, not a %3 one</source>
        <translation>%1 съдържа сценарий от тип %2, а не %3</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="127"/>
        <source>Simulating %1</source>
        <translation>Симулиране на %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="134"/>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="150"/>
        <source>Affected %1: %2 %3</source>
        <translation>Засегнати (%1): %2 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="154"/>
        <source>Wrote %1 to %2</source>
        <translation>%1 е записан в %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/simcommand.cpp" line="156"/>
        <source>%n result dataset(s) in the catalog (keyword scenario:%1)</source>
        <translation>
            <numerusform>%n набор от данни с резултати в каталога (ключова дума scenario:%1)</numerusform>
            <numerusform>%n набора от данни с резултати в каталога (ключова дума scenario:%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::SimTime</name>
    <message>
        <location filename="../widgets/sim/simtime.cpp" line="13"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simtime.cpp" line="16"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simtime.cpp" line="16"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simtime.cpp" line="19"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../widgets/sim/simtime.cpp" line="20"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
    <name>urbis::SqliteTableFile</name>
    <message>
        <location filename="../core/kpi/sqlitetablefile.cpp" line="48"/>
        <source>Cannot open the data of a dataset: %1</source>
        <translation>Данните на набор от данни не могат да бъдат отворени: %1</translation>
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
    <name>urbis::StationOverlay</name>
    <message>
        <location filename="../widgets/stream/stationoverlay.cpp" line="121"/>
        <source>alert</source>
        <translation>аларма</translation>
    </message>
</context>
<context>
    <name>urbis::StreamActions</name>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="26"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавяне…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="26"/>
        <source>Watch a new WebSocket or MQTT feed (Ctrl+N)</source>
        <translation>Наблюдаване на нов WebSocket или MQTT поток (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="27"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="28"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редактиране…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="28"/>
        <source>Change the selected stream&apos;s settings</source>
        <translation>Промяна на настройките на избрания поток</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="29"/>
        <source>&amp;Remove</source>
        <translation>&amp;Премахване</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="29"/>
        <source>Stop watching the selected stream (Delete)</source>
        <translation>Спиране на наблюдението на избрания поток (Delete)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="31"/>
        <location filename="../widgets/stream/streamactions.cpp" line="57"/>
        <source>&amp;Start</source>
        <translation>&amp;Стартиране</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="31"/>
        <source>Connect to or disconnect from the selected stream</source>
        <translation>Свързване към избрания поток или прекъсване на връзката</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="32"/>
        <location filename="../widgets/stream/streamactions.cpp" line="59"/>
        <source>Re&amp;cord…</source>
        <translation>&amp;Записване…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="32"/>
        <source>Record the selected stream into a new dataset</source>
        <translation>Записване на избрания поток в нов набор от данни</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="57"/>
        <source>S&amp;top</source>
        <translation>Сп&amp;иране</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="59"/>
        <source>Stop re&amp;cording</source>
        <translation>Спиране на &amp;записването</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="69"/>
        <source>Add stream</source>
        <translation>Добавяне на поток</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="73"/>
        <source>Added &quot;%1&quot;: Start connects to it</source>
        <translation>&quot;%1&quot; е добавен: „Стартиране“ се свързва с него</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="82"/>
        <location filename="../widgets/stream/streamactions.cpp" line="90"/>
        <source>Edit stream</source>
        <translation>Редактиране на поток</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="82"/>
        <source>Stop the recording before changing the stream&apos;s settings.</source>
        <translation>Спрете записването, преди да промените настройките на потока.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="101"/>
        <source>Stop watching &quot;%1&quot;? Its recording is finished and kept as a dataset.</source>
        <translation>Да се спре ли наблюдението на &quot;%1&quot;? Записът му ще бъде завършен и запазен като набор от данни.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="102"/>
        <source>Stop watching &quot;%1&quot; and forget its settings and alert rules?</source>
        <translation>Да се спре ли наблюдението на &quot;%1&quot; и да се забравят настройките и правилата му за аларми?</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="103"/>
        <source>Remove stream</source>
        <translation>Премахване на поток</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="109"/>
        <source>Removed &quot;%1&quot;</source>
        <translation>&quot;%1&quot; е премахнат</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="120"/>
        <source>Connecting to &quot;%1&quot;…</source>
        <translation>Свързване с &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="123"/>
        <source>Disconnected from &quot;%1&quot;</source>
        <translation>Връзката с &quot;%1&quot; е прекъсната</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="135"/>
        <source>Finishing the recording of &quot;%1&quot;…</source>
        <translation>Завършване на записа на &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="140"/>
        <source>Record stream</source>
        <translation>Записване на поток</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="140"/>
        <source>Title of the new dataset:</source>
        <translation>Заглавие на новия набор от данни:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="141"/>
        <source>%1 recording %2</source>
        <translation>%1 – запис от %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="150"/>
        <source>Starting to record &quot;%1&quot;…</source>
        <translation>Започване на записването на &quot;%1&quot;…</translation>
    </message>
</context>
<context>
    <name>urbis::StreamChart</name>
    <message>
        <location filename="../widgets/stream/streamchart.cpp" line="66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>urbis::StreamChartsView</name>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="47"/>
        <source>All buffered</source>
        <translation>Всичко (в буфера)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/stream/streamchartsview.cpp" line="49"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/stream/streamchartsview.cpp" line="51"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/stream/streamchartsview.cpp" line="53"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ден</numerusform>
            <numerusform>%n дни</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="60"/>
        <location filename="../widgets/stream/streamchartsview.cpp" line="397"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="61"/>
        <source>Freeze the charts while data keeps arriving (Space)</source>
        <translation>Замразяване на графиките, докато данните продължават да пристигат (Space)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="67"/>
        <location filename="../widgets/stream/streamchartsview.cpp" line="304"/>
        <source>Select a stream to see its live values.</source>
        <translation>Изберете поток, за да видите стойностите му на живо.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="69"/>
        <source>Scroll back within the buffered values (pauses the charts)</source>
        <translation>Превъртане назад в буферираните стойности (поставя графиките на пауза)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="72"/>
        <source>Statio&amp;n:</source>
        <translation>Ста&amp;нция:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="74"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Величина:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="76"/>
        <source>&amp;Window:</source>
        <translation>&amp;Прозорец:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="238"/>
        <source>All measures</source>
        <translation>Всички величини</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="240"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="257"/>
        <source>(the stream)</source>
        <translation>(потокът)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="304"/>
        <source>Waiting for the first values…</source>
        <translation>Изчакване на първите стойности…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="397"/>
        <source>Resume</source>
        <translation>Продължаване</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="417"/>
        <source>Paused: %1 – %2</source>
        <translation>На пауза: %1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="418"/>
        <source>Paused at %1</source>
        <translation>На пауза при %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="420"/>
        <source>Live, newest %1</source>
        <translation>На живо, най-новото %1</translation>
    </message>
</context>
<context>
    <name>urbis::StreamCommand</name>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="77"/>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation>Няма набор от данни с идентификатор или точно заглавие &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="101"/>
        <source>usage: urbis stream record URL [--topic T] [--duration S] [--to TITLE] [--city C] [--domain D]
       urbis stream serve DATASET [--port P] [--rate MSGS_PER_S] [--loop]
       urbis stream recover
record   records a ws://, wss:// or mqtt://host:port feed into a new dataset until --duration
         seconds have passed or Ctrl+C; prints the dataset id. --topic: MQTT topic filter
         (repeatable, + and # wildcards; default #). Secrets: URBIS_STREAM_TOKEN (bearer token),
         URBIS_STREAM_PASSWORD (MQTT password; the user name goes in the URL)
serve    replays a dataset (id or exact title) as flat JSON messages on ws://127.0.0.1:PORT,
         in time order, at --rate messages per second (default 10); ends after the last row
         unless --loop
recover  completes the recordings of killed processes (record does this first too)</source>
        <translation>употреба: urbis stream record URL [--topic T] [--duration S] [--to TITLE] [--city C] [--domain D]
          urbis stream serve DATASET [--port P] [--rate MSGS_PER_S] [--loop]
          urbis stream recover
record   записва поток ws://, wss:// или mqtt://host:port в нов набор от данни, докато не изминат --duration
         секунди или до Ctrl+C; извежда идентификатора на набора от данни. --topic: филтър на теми в MQTT
         (може да се повтаря, заместващи знаци + и #; по подразбиране #). Тайни: URBIS_STREAM_TOKEN (bearer токен),
         URBIS_STREAM_PASSWORD (парола за MQTT; потребителското име се задава в URL адреса)
serve    възпроизвежда набор от данни (идентификатор или точно заглавие) като плоски JSON съобщения на ws://127.0.0.1:PORT,
         по реда на времето, с --rate съобщения в секунда (по подразбиране 10); спира след последния ред,
         освен при --loop
recover  завършва записите на принудително спрени процеси (record също прави това в началото)</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="124"/>
        <source>stream needs &quot;record URL&quot;, &quot;serve DATASET&quot; or &quot;recover&quot;</source>
        <translation>stream изисква &quot;record URL&quot;, &quot;serve DATASET&quot; или &quot;recover&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="134"/>
        <source>--rate needs a number of messages per second above 0</source>
        <translation>--rate изисква брой съобщения в секунда, по-голям от 0</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="141"/>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port изисква число от 0 до 65535</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="154"/>
        <source>&quot;%1&quot; has no table of rows to replay (a raster, or metadata only)</source>
        <translation>&quot;%1&quot; няма таблица с редове за възпроизвеждане (растер или само метаданни)</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="173"/>
        <source>Serving %1 (%2 rows) on %3 at %4 msg/s</source>
        <translation>Предаване на %1 (%2 реда) на %3 с %4 msg/s</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="188"/>
        <source>%1 connected</source>
        <translation>%1 е свързан</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="191"/>
        <source>%1 disconnected: %2</source>
        <translation>%1 е прекъснат: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation type="vanished">
            <numerusform>%n изпратено съобщение</numerusform>
            <numerusform>%n изпратени съобщения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/streamcommand.cpp" line="200"/>
        <source>%n row(s) replayed</source>
        <translation>
            <numerusform>%n ред е възпроизведен</numerusform>
            <numerusform>%n реда са възпроизведени</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="211"/>
        <source>&quot;%1&quot; is not a stream URL: give ws://, wss:// or mqtt://host:port</source>
        <translation>&quot;%1&quot; не е URL адрес на поток: задайте ws://, wss:// или mqtt://host:port</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="224"/>
        <source>--duration needs a number of seconds above 0</source>
        <translation>--duration изисква брой секунди, по-голям от 0</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="233"/>
        <source>Unknown domain &quot;%1&quot;; expected one of %2</source>
        <translation>Неизвестна тема &quot;%1&quot;; очаква се една от %2</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="245"/>
        <source>Completed the recording %1 left by a stopped process</source>
        <translation>Завършен е записът %1, оставен от спрян процес</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="249"/>
        <source>No stream source for %1</source>
        <translation>Няма източник на поток за %1</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="266"/>
        <source>Recording %1 into the dataset %2</source>
        <translation>Записване на %1 в набора от данни %2</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="289"/>
        <source>%1 rows, %2 msg/s, %3 errors</source>
        <translation>%1 реда, %2 msg/s, %3 грешки</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="317"/>
        <source>Nothing was recorded: no record arrived from %1</source>
        <translation>Нищо не е записано: от %1 не е пристигнал нито един запис</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="326"/>
        <source>%1 rows recorded into &quot;%2&quot; (%3 messages, %4 rejected, %5 reconnects)</source>
        <translation>%1 реда, записани в &quot;%2&quot; (%3 съобщения, %4 отхвърлени, %5 повторни свързвания)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/streamcommand.cpp" line="351"/>
        <source>%n recording(s) completed</source>
        <translation>
            <numerusform>%n запис е завършен</numerusform>
            <numerusform>%n записа са завършени</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::StreamConfig</name>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="41"/>
        <source>The address must start with ws://, wss://, mqtt:// or mqtts://: &quot;%1&quot;</source>
        <translation>Адресът трябва да започва с ws://, wss://, mqtt:// или mqtts://: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="44"/>
        <source>The address &quot;%1&quot; names no host</source>
        <translation>Адресът &quot;%1&quot; не посочва хост</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="47"/>
        <source>The MQTT quality of service must be 0 or 1, not %1</source>
        <translation>Качеството на услугата (QoS) в MQTT трябва да бъде 0 или 1, а не %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="51"/>
        <source>&quot;%1&quot; is not an MQTT topic filter: &apos;+&apos; and &apos;#&apos; must stand for a whole level, &apos;#&apos; only at the end</source>
        <translation>&quot;%1&quot; не е филтър на теми в MQTT: &apos;+&apos; и &apos;#&apos; трябва да заемат цяло ниво, а &apos;#&apos; – само в края</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="56"/>
        <source>The message size limit must be at least 1 byte</source>
        <translation>Ограничението за размер на съобщенията трябва да бъде поне 1 байт</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="58"/>
        <source>The heartbeat must be at least 1 second</source>
        <translation>Heartbeat интервалът трябва да бъде поне 1 секунда</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="60"/>
        <source>The reconnect waits must be positive, the longest at least the first</source>
        <translation>Времената за изчакване преди повторно свързване трябва да са положителни, а най-дългото – поне колкото първото</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="62"/>
        <source>The CA certificate file &quot;%1&quot; cannot be read</source>
        <translation>Файлът с CA сертификат &quot;%1&quot; не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="99"/>
        <source>Stream settings: &quot;%1&quot; must be %2</source>
        <translation>Настройки на потока: &quot;%1&quot; трябва да бъде %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="111"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="115"/>
        <source>an address such as wss://host/path or mqtt://host:1883</source>
        <translation>адрес като wss://host/path или mqtt://host:1883</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="119"/>
        <location filename="../core/stream/streamconfig.cpp" line="122"/>
        <source>a list of topic filters</source>
        <translation>списък от филтри на теми</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="142"/>
        <source>a whole number of at least %1</source>
        <translation>цяло число, най-малко %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="151"/>
        <source>an object</source>
        <translation>обект</translation>
    </message>
</context>
<context>
    <name>urbis::StreamDialog</name>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="46"/>
        <source>Add stream</source>
        <translation>Добавяне на поток</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="47"/>
        <source>default: the host name</source>
        <translation>по подразбиране: името на хоста</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="48"/>
        <source>wss://oup.example.org/air or mqtt://broker:1883</source>
        <translation>wss://oup.example.org/air или mqtt://broker:1883</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="49"/>
        <source>MQTT topic filters, comma-separated; default #</source>
        <translation>Филтри на теми в MQTT, разделени със запетая; по подразбиране #</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="51"/>
        <source>0: at most once</source>
        <translation>0: най-много веднъж</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="52"/>
        <source>1: at least once</source>
        <translation>1: поне веднъж</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="55"/>
        <source>sent as Authorization: Bearer …; kept in memory only</source>
        <translation>изпраща се като Authorization: Bearer …; пази се само в паметта</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="56"/>
        <source>kept in memory only</source>
        <translation>пази се само в паметта</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="58"/>
        <source>text sent after each connect, e.g. a JSON subscription</source>
        <translation>текст, изпращан след всяко свързване, напр. JSON абонамент</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="64"/>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="68"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="70"/>
        <source>No data and no answer to pings for this long: the link is taken as dead and reconnected</source>
        <translation>Без данни и без отговор на ping за толкова време: връзката се смята за прекъсната и се свързва отново</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="77"/>
        <source>&amp;Name:</source>
        <translation>Им&amp;е:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="78"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="81"/>
        <source>QoS:</source>
        <translation>QoS:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="83"/>
        <source>T&amp;opics:</source>
        <translation>&amp;Теми:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="87"/>
        <source>Us&amp;er / password:</source>
        <translation>&amp;Потребител / парола:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="88"/>
        <source>&amp;Bearer token:</source>
        <translation>&amp;Bearer токен:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="89"/>
        <source>Subscribe messa&amp;ge:</source>
        <translation>&amp;Съобщение за абонамент:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="92"/>
        <source>Heartbeat:</source>
        <translation>Heartbeat:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="95"/>
        <source>Max message si&amp;ze:</source>
        <translation>Макс. ра&amp;змер на съобщение:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="96"/>
        <source>Field mapping</source>
        <translation>Съпоставяне на полета</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="119"/>
        <source>Edit stream &quot;%1&quot;</source>
        <translation>Редактиране на потока &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="177"/>
        <source>Enter the stream&apos;s address</source>
        <translation>Въведете адреса на потока</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="181"/>
        <source>Map at least one measure, or let the mapping be inferred</source>
        <translation>Съпоставете поне една величина или оставете съпоставянето да бъде извлечено автоматично</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="186"/>
        <source>The measure &quot;%1&quot; is mapped twice</source>
        <translation>Величината &quot;%1&quot; е съпоставена два пъти</translation>
    </message>
</context>
<context>
    <name>urbis::StreamListModel</name>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="40"/>
        <source>Not started</source>
        <translation>Не е стартиран</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="42"/>
        <source>Connecting…</source>
        <translation>Свързване…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="44"/>
        <source>Connected</source>
        <translation>Свързан</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="46"/>
        <source>Reconnecting…</source>
        <translation>Повторно свързване…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="48"/>
        <source>Stopped</source>
        <translation>Спрян</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="100"/>
        <source>%1 rows</source>
        <translation>%1 реда</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="116"/>
        <source>Last error: %1</source>
        <translation>Последна грешка: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="151"/>
        <source>Messages that were not JSON, not a record, or could not be mapped</source>
        <translation>Съобщения, които не са JSON, не са запис или не могат да бъдат съпоставени</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="153"/>
        <source>Messages over the maximum size, dropped unread</source>
        <translation>Съобщения над максималния размер, отхвърлени без прочитане</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="155"/>
        <source>Successful connections after the first</source>
        <translation>Успешни връзки след първата</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="164"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="166"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="168"/>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="170"/>
        <source>msg/s</source>
        <translation>msg/s</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="172"/>
        <source>Samples</source>
        <translation>Измервания</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="174"/>
        <source>Malformed</source>
        <translation>Неправилни</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="176"/>
        <source>Oversized</source>
        <translation>Твърде големи</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="178"/>
        <source>Reconnects</source>
        <translation>Повторни свързвания</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="180"/>
        <source>Recording</source>
        <translation>Записване</translation>
    </message>
</context>
<context>
    <name>urbis::StreamListPanel</name>
    <message>
        <location filename="../widgets/stream/streamlistpanel.cpp" line="20"/>
        <source>Filter streams by name or address…</source>
        <translation>Филтриране на потоците по име или адрес…</translation>
    </message>
</context>
<context>
    <name>urbis::StreamMonitor</name>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="57"/>
        <source>&amp;Pause charts</source>
        <translation>&amp;Пауза на графиките</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="59"/>
        <source>Freeze or follow the live charts (Space)</source>
        <translation>Замразяване или следене на графиките на живо (Space)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="77"/>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="78"/>
        <location filename="../widgets/stream/streammonitor.cpp" line="258"/>
        <source>Alerts</source>
        <translation>Аларми</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="79"/>
        <location filename="../widgets/stream/streammonitor.cpp" line="260"/>
        <source>Rejected</source>
        <translation>Отхвърлени</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="120"/>
        <source>Alert rules saved</source>
        <translation>Правилата за аларми са запазени</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="138"/>
        <source>Recording &quot;%1&quot;: the dataset grows in the catalog as it records</source>
        <translation>Записване на &quot;%1&quot;: наборът от данни нараства в каталога в хода на записването</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="144"/>
        <source>Recording of &quot;%1&quot; finished: %2 rows in the dataset</source>
        <translation>Записът на &quot;%1&quot; завърши: %2 реда в набора от данни</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="152"/>
        <source>Recording of &quot;%1&quot; failed: %2</source>
        <translation>Записът на &quot;%1&quot; е неуспешен: %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="191"/>
        <source>Cannot read the watched streams: %1</source>
        <translation>Наблюдаваните потоци не могат да бъдат прочетени: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="258"/>
        <source>Alerts (%1)</source>
        <translation>Аларми (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="260"/>
        <source>Rejected (%1)</source>
        <translation>Отхвърлени (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="267"/>
        <source>No streams yet: Add… (Ctrl+N) watches a WebSocket or MQTT feed.</source>
        <translation>Все още няма потоци: „Добавяне…“ (Ctrl+N) започва наблюдение на WebSocket или MQTT поток.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="273"/>
        <source>%1 messages, %2 received, %3 link drops; buffers %4</source>
        <translation>%1 съобщения, %2 получени, %3 прекъсвания на връзката; буфери %4</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="277"/>
        <source>%1 stations over the limit not charted</source>
        <translation>%1 станции над ограничението не са показани в графиките</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="279"/>
        <source>Last error: %1</source>
        <translation>Последна грешка: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="290"/>
        <source>Stations</source>
        <translation>Станции</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="292"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="328"/>
        <source>(log)</source>
        <translation>(дневник)</translation>
    </message>
</context>
<context>
    <name>urbis::StreamRecorder</name>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="149"/>
        <source>Nothing to record: the stream&apos;s field mapping has no measure and no attribute</source>
        <translation>Няма какво да се записва: съпоставянето на полетата на потока няма нито величина, нито атрибут</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="152"/>
        <source>Cannot create the folder %1</source>
        <translation>Папката %1 не може да бъде създадена</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="161"/>
        <source>Cannot lock the recording %1</source>
        <translation>Записът %1 не може да бъде заключен</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="174"/>
        <source>%1 recording %2</source>
        <translation>%1 – запис от %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="175"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="178"/>
        <source>Recorded from the live stream %1</source>
        <translation>Записан от потока на живо %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="247"/>
        <location filename="../core/stream/streamrecorder.cpp" line="261"/>
        <location filename="../core/stream/streamrecorder.cpp" line="280"/>
        <source>The recording has been finished</source>
        <translation>Записът е завършен</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSession</name>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="140"/>
        <source>This stream is already being recorded.</source>
        <translation>Този поток вече се записва.</translation>
    </message>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="175"/>
        <source>Recording stopped: %1</source>
        <translation>Записването е спряно: %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="196"/>
        <source>The recording could not be completed: %1. It is completed the next time Urbis starts.</source>
        <translation>Записът не можа да бъде завършен: %1. Ще бъде завършен при следващото стартиране на Urbis.</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSessions</name>
    <message>
        <location filename="../widgets/stream/streamsessions.cpp" line="133"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="158"/>
        <source>A stream named &quot;%1&quot; is watched already</source>
        <translation>Вече се наблюдава поток с име &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamsessions.cpp" line="152"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="175"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="191"/>
        <source>No stream &quot;%1&quot;</source>
        <translation>Няма поток &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSource</name>
    <message>
        <location filename="../core/stream/streamsource.cpp" line="95"/>
        <source>The record has no value that could be a measure or an attribute</source>
        <translation>Записът няма стойност, която да може да бъде величина или атрибут</translation>
    </message>
</context>
<context>
    <name>urbis::StreamStore</name>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="30"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="47"/>
        <source>stream %1: %2</source>
        <translation>поток %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="50"/>
        <source>not an object</source>
        <translation>не е обект</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="55"/>
        <source>&quot;%1&quot; is not a stream id</source>
        <translation>&quot;%1&quot; не е идентификатор на поток</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="57"/>
        <source>no config</source>
        <translation>няма конфигурация</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="64"/>
        <source>&quot;alertRules&quot; is not a list</source>
        <translation>&quot;alertRules&quot; не е списък</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="73"/>
        <source>&quot;autoStart&quot; is not true or false</source>
        <translation>&quot;autoStart&quot; не е true или false</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="94"/>
        <source>Cannot read %1</source>
        <translation>%1 не може да бъде прочетен</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="98"/>
        <source>not valid JSON (at character %1)</source>
        <translation>не е валиден JSON (при знак %1)</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="101"/>
        <source>no list of streams</source>
        <translation>няма списък с потоци</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="110"/>
        <source>the stream id &quot;%1&quot; is used twice</source>
        <translation>идентификаторът на поток &quot;%1&quot; е използван два пъти</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="126"/>
        <location filename="../core/stream/streamstore.cpp" line="172"/>
        <source>There is no stream &quot;%1&quot;</source>
        <translation>Няма поток &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="153"/>
        <source>&quot;%1&quot; is not a stream id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; не е идентификатор на поток: използвайте малки букви, цифри и &apos;-&apos;</translation>
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
    <name>urbis::WebSocketSource</name>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="191"/>
        <source>No answer from %1 within %2 s</source>
        <translation>Няма отговор от %1 в рамките на %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="198"/>
        <source>No data and no answer to pings for %1 s: the link is dead, reconnecting</source>
        <translation>Няма данни и отговор на ping от %1 s: връзката е прекъсната, повторно свързване</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="213"/>
        <source>A message over %1 bytes: the connection was closed and is reopened</source>
        <translation>Съобщение над %1 байта: връзката е затворена и се отваря отново</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="245"/>
        <source>HTTP %1 from the server: check the token</source>
        <translation>HTTP %1 от сървъра: проверете токена</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="246"/>
        <source>HTTP %1 %2 from the server: is %3 a WebSocket address?</source>
        <translation>HTTP %1 %2 от сървъра: %3 адрес за WebSocket ли е?</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="252"/>
        <source>%1 refused the connection: is the server running?</source>
        <translation>%1 отказа връзката: работи ли сървърът?</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="254"/>
        <source>Host %1 not found: check the address</source>
        <translation>Хостът %1 не е намерен: проверете адреса</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="256"/>
        <source>Secure connection to %1 failed: %2. A private server needs its CA certificate in the CA file</source>
        <translation>Защитената връзка с %1 е неуспешна: %2. Частен сървър изисква неговия CA сертификат във файла с CA</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="261"/>
        <source>Network error talking to %1: %2</source>
        <translation>Мрежова грешка при комуникация с %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="266"/>
        <source>A message was too large: the connection was closed</source>
        <translation>Съобщението беше твърде голямо: връзката е затворена</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="268"/>
        <source>The server closed the connection: %1 (code %2)</source>
        <translation>Сървърът затвори връзката: %1 (код %2)</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="274"/>
        <source>The connection to %1 was lost</source>
        <translation>Връзката с %1 е изгубена</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="275"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>Връзката с %1 е изгубена: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="276"/>
        <source>The server closed the connection</source>
        <translation>Сървърът затвори връзката</translation>
    </message>
</context>
<context>
    <name>urbis::WhatIf</name>
    <message>
        <location filename="../core/sim/whatif.cpp" line="40"/>
        <source>The KPI is by %1 and the driver by %2; they must share a grain</source>
        <translation>KPI е по %1, а факторът – по %2; те трябва да имат една и съща времева стъпка</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="43"/>
        <source>The change needs a start date</source>
        <translation>Промяната изисква начална дата</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="45"/>
        <source>The change ends before it starts</source>
        <translation>Промяната завършва, преди да е започнала</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="47"/>
        <source>A driver cannot fall by more than 100 %</source>
        <translation>Факторът не може да намалее с повече от 100 %</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="65"/>
        <source>The KPI and the driver overlap in %1 periods with values; the model needs at least %2</source>
        <translation>KPI и факторът се припокриват в %1 периода със стойности; моделът изисква поне %2</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="90"/>
        <source>The driver does not vary over the overlapping periods</source>
        <translation>Факторът не се променя в припокриващите се периоди</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="163"/>
        <source>The change does not touch the analysed periods (%1 to %2)</source>
        <translation>Промяната не засяга анализираните периоди (от %1 до %2)</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="170"/>
        <source>KPI = %1 + %2 x driver fitted on %3 overlapping periods (R² = %4). The fit shows association, not causation, and assumes a constant response per driver unit.</source>
        <translation>KPI = %1 + %2 x фактор, напаснат върху %3 припокриващи се периода (R² = %4). Напасването показва връзка, а не причинност, и предполага постоянен отклик за единица от фактора.</translation>
    </message>
</context>
<context>
    <name>urbis::WildfireModel</name>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="43"/>
        <source>The fuel grid is empty.</source>
        <translation>Мрежата с горива е празна.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="45"/>
        <source>The grid of %1 × %2 cells is too large.</source>
        <translation>Мрежата от %1 × %2 клетки е твърде голяма.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="47"/>
        <source>The elevation grid (%1 × %2) does not match the fuel grid (%3 × %4).</source>
        <translation>Мрежата с надморски височини (%1 × %2) не съответства на мрежата с горива (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="53"/>
        <source>The barrier grid (%1 × %2) does not match the fuel grid (%3 × %4).</source>
        <translation>Мрежата с бариери (%1 × %2) не съответства на мрежата с горива (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="59"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>Размерът на клетката трябва да бъде положително число метри.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="61"/>
        <source>A wildfire run needs at least one step.</source>
        <translation>Симулацията на горски пожар изисква поне една стъпка.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="63"/>
        <source>The step length must be a positive number of minutes.</source>
        <translation>Дължината на стъпката трябва да бъде положително число минути.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="65"/>
        <source>The wind speed must be zero or more and its direction a number of degrees.</source>
        <translation>Скоростта на вятъра трябва да бъде нула или повече, а посоката му – число градуси.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="67"/>
        <source>The fuel moisture must be a fraction of zero or more.</source>
        <translation>Влажността на горивото трябва да бъде дроб, нула или повече.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="69"/>
        <source>The spotting probability must be between 0 and 1.</source>
        <translation>Вероятността за вторични огнища трябва да бъде между 0 и 1.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="73"/>
        <source>Fuel code %1 is out of range or listed twice.</source>
        <translation>Кодът на гориво %1 е извън диапазона или е посочен два пъти.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="77"/>
        <source>Fuel %1 needs a spread rate of zero or more and a positive extinction moisture.</source>
        <translation>Горивото %1 изисква скорост на разпространение нула или повече и положителна влажност на угасване.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="86"/>
        <source>The fuel grid holds code %1, which is not in the fuel table.</source>
        <translation>Мрежата с горива съдържа код %1, който липсва в таблицата на горивата.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="90"/>
        <source>The elevation grid has cells without a value.</source>
        <translation>Мрежата с надморски височини има клетки без стойност.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="93"/>
        <source>A wildfire run needs at least one ignition point.</source>
        <translation>Симулацията на горски пожар изисква поне една точка на запалване.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="96"/>
        <source>The ignition at (%1, %2) is outside the grid.</source>
        <translation>Запалването в (%1, %2) е извън мрежата.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="106"/>
        <source>The wildfire simulation was cancelled.</source>
        <translation>Симулацията на горски пожар е отменена.</translation>
    </message>
</context>
<context>
    <name>urbis::WildfireParams</name>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="31"/>
        <source>Grass</source>
        <translation>Трева</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="32"/>
        <source>Shrub</source>
        <translation>Храсти</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="33"/>
        <source>Timber litter</source>
        <translation>Горска постилка</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="34"/>
        <source>Urban vegetation</source>
        <translation>Градска растителност</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="35"/>
        <source>Water or rock</source>
        <translation>Вода или скали</translation>
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
        <location filename="../core/storage/s3/s3client.cpp" line="280"/>
        <source>Not found on the remote: %1</source>
        <translation>Не е намерен в отдалеченото хранилище: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="282"/>
        <source>The remote refused %1: it was changed meanwhile</source>
        <translation>Отдалеченото хранилище отказа %1: междувременно е бил променен</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="284"/>
        <source>The remote does not support %1</source>
        <translation>Отдалеченото хранилище не поддържа %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="286"/>
        <source>The remote is too busy for %1 (HTTP %2): try again later</source>
        <translation>Отдалеченото хранилище е твърде натоварено за %1 (HTTP %2): опитайте отново по-късно</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="288"/>
        <source>The remote failed on %1 (HTTP %2)</source>
        <translation>Грешка в отдалеченото хранилище при %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="289"/>
        <source>The remote refused %1: %2</source>
        <translation>Отдалеченото хранилище отказа %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="329"/>
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>%1 пристигна повреден: съдържанието му не съответства на неговия sha256</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="162"/>
        <location filename="../core/storage/s3/s3client.cpp" line="171"/>
        <location filename="../core/storage/s3/s3client.cpp" line="244"/>
        <location filename="../core/storage/s3/s3client.cpp" line="375"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="253"/>
        <source>the data could not be written</source>
        <translation>данните не можаха да бъдат записани</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="265"/>
        <source>the connection failed (%1)</source>
        <translation>връзката е неуспешна (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="275"/>
        <source>Cannot reach %1 for %2: %3</source>
        <translation>%1 е недостъпен за %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="365"/>
        <source>The remote could not copy %1 to %2</source>
        <translation>Отдалеченото хранилище не можа да копира %1 в %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="411"/>
        <source>The remote sent an unreadable listing</source>
        <translation>Отдалеченото хранилище изпрати нечетим списък</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="415"/>
        <source>The remote sent a truncated listing without a continuation token</source>
        <translation>Отдалеченото хранилище изпрати съкратен списък без токен за продължение</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="417"/>
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
