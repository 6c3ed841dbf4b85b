<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl">
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
        <translation>Delovnega prostora ni mogoče odpreti:
%1</translation>
    </message>
</context>
<context>
    <name>urbis</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="29"/>
        <source>The built-in basemap file %1 is missing</source>
        <translation>Manjka vgrajena datoteka osnovne karte %1</translation>
    </message>
</context>
<context>
    <name>urbis::AboutDialog</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="20"/>
        <source>About Urbis</source>
        <translation>O programu Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="22"/>
        <source>Urbis %1</source>
        <translation>Urbis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="23"/>
        <source>Desktop operator and data-curation application for city digital twins.</source>
        <translation>Namizni program za upravljanje in urejanje podatkov digitalnih dvojčkov mest.</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="36"/>
        <source>Built with:</source>
        <translation>Zgrajeno z:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="39"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="40"/>
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Kopiraj različice, npr. za poročilo o napaki</translation>
    </message>
</context>
<context>
    <name>urbis::AlertEngine</name>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="32"/>
        <source>%1: %2 changes by %3 a minute</source>
        <translation>%1: %2 se spreminja za %3 na minuto</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="34"/>
        <source>%1 cleared: %2 changes by %3 a minute</source>
        <translation>%1 odpravljeno: %2 se spreminja za %3 na minuto</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="36"/>
        <source>%1: %2 changes by %3 a minute at %4</source>
        <translation>%1: %2 se spreminja za %3 na minuto na %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="38"/>
        <source>%1 cleared: %2 changes by %3 a minute at %4</source>
        <translation>%1 odpravljeno: %2 se spreminja za %3 na minuto na %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="42"/>
        <source>%1: %2 is %3</source>
        <translation>%1: %2 je %3</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="43"/>
        <source>%1 cleared: %2 is %3</source>
        <translation>%1 odpravljeno: %2 je %3</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="44"/>
        <source>%1: %2 is %3 at %4</source>
        <translation>%1: %2 je %3 na %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="45"/>
        <source>%1 cleared: %2 is %3 at %4</source>
        <translation>%1 odpravljeno: %2 je %3 na %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="124"/>
        <source>%1 cleared: data again</source>
        <translation>%1 odpravljeno: podatki spet prihajajo</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="125"/>
        <source>%1 cleared: data from %2 again</source>
        <translation>%1 odpravljeno: podatki iz %2 spet prihajajo</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="179"/>
        <source>%1: %2 is %3, outside the schema&apos;s %4</source>
        <translation>%1: %2 je %3, zunaj omejitev sheme %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="182"/>
        <source>%1: %2 is %3 at %4, outside the schema&apos;s %5</source>
        <translation>%1: %2 je %3 na %4, zunaj omejitev sheme %5</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="271"/>
        <source>%1: no data for %2 s</source>
        <translation>%1: brez podatkov %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="272"/>
        <source>%1: no data from %2 for %3 s</source>
        <translation>%1: brez podatkov iz %2 že %3 s</translation>
    </message>
</context>
<context>
    <name>urbis::AlertListModel</name>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="58"/>
        <source>Critical</source>
        <translation>Kritično</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="60"/>
        <source>Warning</source>
        <translation>Opozorilo</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="64"/>
        <source>Info</source>
        <translation>Informacija</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="93"/>
        <source>raised</source>
        <translation>sproženo</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="93"/>
        <source>cleared</source>
        <translation>odpravljeno</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="139"/>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="141"/>
        <source>Severity</source>
        <translation>Resnost</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="143"/>
        <source>Stream</source>
        <translation>Tok</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="145"/>
        <source>Station</source>
        <translation>Postaja</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="147"/>
        <source>Rule</source>
        <translation>Pravilo</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="149"/>
        <source>Message</source>
        <translation>Sporočilo</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="151"/>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
</context>
<context>
    <name>urbis::AlertLog</name>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="47"/>
        <source>Cannot create the folder %1 for the alert log</source>
        <translation>Mape %1 za dnevnik alarmov ni mogoče ustvariti</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="58"/>
        <location filename="../core/stream/alertlog.cpp" line="91"/>
        <source>Cannot write to the alert log %1</source>
        <translation>V dnevnik alarmov %1 ni mogoče pisati</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="67"/>
        <source>Cannot open the alert log %1</source>
        <translation>Dnevnika alarmov %1 ni mogoče odpreti</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="77"/>
        <source>Cannot rotate the alert log %1</source>
        <translation>Dnevnika alarmov %1 ni mogoče zamenjati</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="84"/>
        <source>The alert log %1 is not open</source>
        <translation>Dnevnik alarmov %1 ni odprt</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="106"/>
        <source>Cannot read the alert log %1</source>
        <translation>Dnevnika alarmov %1 ni mogoče prebrati</translation>
    </message>
</context>
<context>
    <name>urbis::AlertPanel</name>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="24"/>
        <source>Add r&amp;ule…</source>
        <translation>Dodaj p&amp;ravilo…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="24"/>
        <source>Edit rule…</source>
        <translation>Uredi pravilo…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="25"/>
        <source>Remove rule</source>
        <translation>Odstrani pravilo</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="26"/>
        <source>Raised &amp;only</source>
        <translation>&amp;Samo sproženi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Rule</source>
        <translation>Pravilo</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Condition</source>
        <translation>Pogoj</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Severity</source>
        <translation>Resnost</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="44"/>
        <source>Search alerts: station, rule, message…</source>
        <translation>Iskanje alarmov: postaja, pravilo, sporočilo…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="48"/>
        <source>All severities</source>
        <translation>Vse resnosti</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="49"/>
        <source>Warning and critical</source>
        <translation>Opozorilo in kritično</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="50"/>
        <source>Critical only</source>
        <translation>Samo kritično</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="115"/>
        <source>Select a stream to edit its alert rules.</source>
        <translation>Izberite tok, da uredite njegova pravila alarmov.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="116"/>
        <source>Alert rules of &quot;%1&quot;:</source>
        <translation>Pravila alarmov za &quot;%1&quot;:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="193"/>
        <source>Remove alert rule</source>
        <translation>Odstrani pravilo alarma</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="193"/>
        <source>Remove the rule &quot;%1&quot;?</source>
        <translation>Ali želite odstraniti pravilo &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>urbis::AlertRule</name>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="20"/>
        <source>Alert rule: &quot;%1&quot; is missing or malformed</source>
        <translation>Pravilo alarma: &quot;%1&quot; manjka ali je napačno oblikovan</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="119"/>
        <source>An alert rule needs a name</source>
        <translation>Pravilo alarma potrebuje ime</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="121"/>
        <source>Alert rule &quot;%1&quot; needs a measure</source>
        <translation>Pravilo alarma &quot;%1&quot; potrebuje meritev</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="123"/>
        <source>Alert rule &quot;%1&quot;: the threshold and hysteresis must be numbers</source>
        <translation>Pravilo alarma &quot;%1&quot;: prag in histereza morata biti števili</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="125"/>
        <source>Alert rule &quot;%1&quot;: the hysteresis cannot be negative</source>
        <translation>Pravilo alarma &quot;%1&quot;: histereza ne sme biti negativna</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="128"/>
        <source>Alert rule &quot;%1&quot;: a rate of change is compared as a magnitude, it cannot be negative</source>
        <translation>Pravilo alarma &quot;%1&quot;: hitrost spremembe se primerja kot absolutna vrednost, zato ne sme biti negativna</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="131"/>
        <source>Alert rule &quot;%1&quot;: the no-data delay must be at least one second</source>
        <translation>Pravilo alarma &quot;%1&quot;: zakasnitev brez podatkov mora biti vsaj ena sekunda</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="142"/>
        <source>%1 &gt; %2 (clears &lt; %3)</source>
        <translation>%1 &gt; %2 (odpravi se pri &lt; %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="143"/>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="147"/>
        <source>%1 &lt; %2 (clears &gt; %3)</source>
        <translation>%1 &lt; %2 (odpravi se pri &gt; %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="148"/>
        <source>%1 &lt; %2</source>
        <translation>%1 &lt; %2</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="151"/>
        <source>%1 changes by more than %2 a minute (clears below %3)</source>
        <translation>%1 se spremeni za več kot %2 na minuto (odpravi se pod %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="153"/>
        <source>%1 changes by more than %2 a minute</source>
        <translation>%1 se spremeni za več kot %2 na minuto</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="156"/>
        <source>no data for %1 s</source>
        <translation>brez podatkov %1 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="157"/>
        <source>no data from %1 for %2 s</source>
        <translation>brez podatkov iz %1 %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="159"/>
        <source>%1 outside the dataset schema&apos;s constraints</source>
        <translation>%1 zunaj omejitev sheme nabora podatkov</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="162"/>
        <source>%1 at %2</source>
        <translation>%1 na %2</translation>
    </message>
</context>
<context>
    <name>urbis::AlertRuleDialog</name>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="33"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Omogočeno</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="37"/>
        <source>Add alert rule</source>
        <translation>Dodaj pravilo alarma</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="39"/>
        <source>e.g. PM10 above the EU daily limit</source>
        <translation>npr. PM10 nad dnevno mejno vrednostjo EU</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="41"/>
        <source>Value above the threshold</source>
        <translation>Vrednost nad pragom</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="42"/>
        <source>Value below the threshold</source>
        <translation>Vrednost pod pragom</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="43"/>
        <source>Change per minute above the threshold</source>
        <translation>Sprememba na minuto nad pragom</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="44"/>
        <source>No data for some time</source>
        <translation>Nekaj časa brez podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="45"/>
        <source>Outside the dataset&apos;s constraints</source>
        <translation>Zunaj omejitev nabora podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="52"/>
        <source>(every station)</source>
        <translation>(vse postaje)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="57"/>
        <source>A raised alert clears only this far back past the threshold, so a value hovering at the threshold does not flap</source>
        <translation>Sproženi alarm se odpravi šele, ko se vrednost za toliko vrne čez prag, zato vrednost, ki niha okoli praga, ne preklaplja alarma</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="64"/>
        <source>Info</source>
        <translation>Informacija</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="65"/>
        <source>Warning</source>
        <translation>Opozorilo</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="66"/>
        <source>Critical</source>
        <translation>Kritično</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="76"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="77"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="78"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Meritev:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="79"/>
        <source>S&amp;tation:</source>
        <translation>&amp;Postaja:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="80"/>
        <source>&amp;Threshold:</source>
        <translation>Pr&amp;ag:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="81"/>
        <source>&amp;Hysteresis:</source>
        <translation>&amp;Histereza:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="82"/>
        <source>No &amp;data for:</source>
        <translation>&amp;Brez podatkov:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="83"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Resnost:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="107"/>
        <source>Edit alert rule &quot;%1&quot;</source>
        <translation>Uredi pravilo alarma &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::AssetExport</name>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="12"/>
        <source>Export %1 to %2</source>
        <translation>Izvoz %1 v %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="15"/>
        <source>No object store to export from</source>
        <translation>Ni shrambe objektov, iz katere bi lahko izvozili</translation>
    </message>
</context>
<context>
    <name>urbis::AtomicFile</name>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="35"/>
        <source>Cannot create folder %1</source>
        <translation>Mape %1 ni mogoče ustvariti</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="39"/>
        <source>Cannot create a temporary file in %1</source>
        <translation>V %1 ni mogoče ustvariti začasne datoteke</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="71"/>
        <source>Cannot write %1</source>
        <translation>Ni mogoče zapisati %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="84"/>
        <source>Cannot flush %1 to disk</source>
        <translation>Ni mogoče zapisati %1 na disk</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="89"/>
        <source>Cannot move %1 into place as %2</source>
        <translation>Ni mogoče premakniti %1 na končno mesto kot %2</translation>
    </message>
</context>
<context>
    <name>urbis::BasemapLayers</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="46"/>
        <source>Land</source>
        <translation>Kopno</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="55"/>
        <source>Country borders</source>
        <translation>Državne meje</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="63"/>
        <source>Places</source>
        <translation>Naselja</translation>
    </message>
</context>
<context>
    <name>urbis::BlobConnection</name>
    <message>
        <location filename="../core/kpi/blobconnection.cpp" line="20"/>
        <source>Cannot open the data of a dataset: %1</source>
        <translation>Podatkov nabora podatkov ni mogoče odpreti: %1</translation>
    </message>
</context>
<context>
    <name>urbis::BlobTransfers</name>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="50"/>
        <source>The data of &quot;%1&quot; is not on this computer (blob %2): fetch it before pushing</source>
        <translation>Podatki &quot;%1&quot; niso v tem računalniku (blob %2): pred pošiljanjem jih prenesite</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="53"/>
        <source>Cannot create %1</source>
        <translation>%1 ni mogoče ustvariti</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="77"/>
        <source>Cannot create a work folder in %1</source>
        <translation>V %1 ni mogoče ustvariti delovne mape</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="102"/>
        <source>%1 does not hold the data its catalog entry names (sha256 %2, expected %3)</source>
        <translation>%1 ne vsebuje podatkov, ki jih navaja njegov vnos v katalogu (sha256 %2, pričakovano %3)</translation>
    </message>
</context>
<context>
    <name>urbis::BrowseOrder</name>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="8"/>
        <source>Relevance</source>
        <translation>Ustreznost</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="9"/>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="10"/>
        <source>Newest first</source>
        <translation>Najprej najnovejši</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="11"/>
        <source>Oldest first</source>
        <translation>Najprej najstarejši</translation>
    </message>
</context>
<context>
    <name>urbis::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="71"/>
        <source>Cannot open the catalog %1</source>
        <translation>Ni mogoče odpreti kataloga %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="84"/>
        <source>A dataset needs a title</source>
        <translation>Nabor podatkov potrebuje naslov</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="86"/>
        <source>Unknown domain &quot;%1&quot;; expected one of %2</source>
        <translation>Neznana domena &quot;%1&quot;; pričakovana je ena od %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="89"/>
        <source>The temporal extent ends before it starts</source>
        <translation>Časovni obseg se konča, preden se začne</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="92"/>
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>Omejevalni okvir %1 ni veljaven obseg WGS84</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="123"/>
        <location filename="../core/catalog/catalog.cpp" line="457"/>
        <location filename="../core/catalog/catalog.cpp" line="475"/>
        <source>No dataset with id %1</source>
        <translation>Ni nabora podatkov z ID-jem %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="266"/>
        <source>A dataset with id %1 exists already</source>
        <translation>Nabor podatkov z ID-jem %1 že obstaja</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="327"/>
        <source>Record %1: %2</source>
        <translation>Zapis %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="350"/>
        <source>Dataset &quot;%1&quot; was changed by someone else since it was loaded</source>
        <translation>Nabor podatkov &quot;%1&quot; je od nalaganja spremenil nekdo drug</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="393"/>
        <source>Version %1 of &quot;%2&quot; already has a newer version</source>
        <translation>Različica %1 za &quot;%2&quot; že ima novejšo različico</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsearch.cpp" line="50"/>
        <source>The search text &quot;%1&quot; is not a valid query</source>
        <translation>Iskalno besedilo &quot;%1&quot; ni veljavna poizvedba</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="14"/>
        <source>A dataset needs at least one version</source>
        <translation>Nabor podatkov potrebuje vsaj eno različico</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="18"/>
        <source>A synced version of &quot;%1&quot; has no id</source>
        <translation>Sinhronizirana različica &quot;%1&quot; nima ID-ja</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogCommand</name>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="24"/>
        <source>Unknown sort &quot;%1&quot;; use one of %2</source>
        <translation>Neznano razvrščanje &quot;%1&quot;; uporabite eno od %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="35"/>
        <source>--%1 needs a non-negative whole number, not &quot;%2&quot;</source>
        <translation>--%1 potrebuje nenegativno celo število, ne &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="63"/>
        <source>--from is after --to</source>
        <translation>--from je za --to</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="68"/>
        <source>Unknown domain &quot;%1&quot;; use one of %2</source>
        <translation>Neznana domena &quot;%1&quot;; uporabite eno od %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="76"/>
        <source>--year needs a year, not &quot;%1&quot;</source>
        <translation>--year potrebuje letnico, ne &quot;%1&quot;</translation>
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
        <translation>uporaba: urbis catalog list [options]
         urbis catalog search [TEXT] [--bbox W,S,E,N] [--from T] [--to T] [--city C] [--domain D]
                              [--format F] [--license L] [--year Y] [--sort relevance|title|modified|created|time]
                              [--desc] [--limit N] [--offset N] [--all-versions]
         urbis catalog show ID
         urbis catalog delete ID
         urbis catalog add [FILE.ndjson|-]   (en zapis JSON na vrstico; izpiše ID vsakega novega zapisa, ko je potrjen)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="123"/>
        <source>catalog needs a subcommand</source>
        <translation>catalog potrebuje podukaz</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="136"/>
        <source>unknown catalog subcommand &quot;%1&quot;</source>
        <translation>neznan podukaz catalog &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="142"/>
        <source>catalog list takes no search text; use catalog search</source>
        <translation>catalog list ne sprejme iskalnega besedila; uporabite catalog search</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="164"/>
        <source>catalog show needs exactly one dataset id</source>
        <translation>catalog show potrebuje natanko en ID nabora podatkov</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="191"/>
        <source>catalog delete needs exactly one dataset id</source>
        <translation>catalog delete potrebuje natanko en ID nabora podatkov</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="200"/>
        <source>Deleted %1 (its blob is removed by the next clean-up of the object store)</source>
        <translation>Izbrisano: %1 (njegov blob bo odstranjen ob naslednjem čiščenju shrambe objektov)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="207"/>
        <source>catalog add takes one file (or - for standard input)</source>
        <translation>catalog add sprejme eno datoteko (ali - za standardni vhod)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="212"/>
        <source>Cannot read %1</source>
        <translation>Ni mogoče prebrati %1</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="227"/>
        <source>%1, line %2, column %3: not a JSON object</source>
        <translation>%1, vrstica %2, stolpec %3: ni objekt JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="231"/>
        <location filename="../app/cli/catalogcommand.cpp" line="234"/>
        <source>%1, line %2: %3</source>
        <translation>%1, vrstica %2: %3</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogFilterBar</name>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="24"/>
        <source>Fr&amp;om</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="26"/>
        <source>Only datasets with data on or after this day</source>
        <translation>Samo nabori podatkov s podatki na ta dan ali pozneje</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="28"/>
        <source>&amp;Until</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="30"/>
        <source>Only datasets with data on or before this day</source>
        <translation>Samo nabori podatkov s podatki na ta dan ali prej</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="37"/>
        <source>Relevance ranks title matches first; newest and oldest go by when a dataset was added</source>
        <translation>Ustreznost na prvo mesto uvrsti zadetke v naslovu; najnovejši in najstarejši se razvrstijo po času dodajanja nabora podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="38"/>
        <source>Sort &amp;by</source>
        <translation>&amp;Razvrsti po</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="41"/>
        <source>Only &amp;in the map view</source>
        <translation>Samo v &amp;pogledu zemljevida</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="43"/>
        <source>Only datasets whose extent overlaps the area the map shows</source>
        <translation>Samo nabori podatkov, katerih obseg se prekriva z območjem, ki ga prikazuje zemljevid</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogResultsModel</name>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="112"/>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="114"/>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="116"/>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="118"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="120"/>
        <source>Time range</source>
        <translation>Časovni razpon</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="122"/>
        <source>Validation</source>
        <translation>Preverjanje</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSchema</name>
    <message>
        <location filename="../core/catalog/catalogschema.cpp" line="226"/>
        <source>The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)</source>
        <translation>Katalog %1 je zapisala novejša različica programa Urbis (shema %2, ta gradnja pozna %3)</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSearchWidget</name>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="34"/>
        <source>Search datasets: words, &quot;a phrase&quot;, OR, NOT, title:word</source>
        <translation>Iskanje naborov podatkov: besede, &quot;besedna zveza&quot;, OR, NOT, title:beseda</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="43"/>
        <source>Clear filters</source>
        <translation>Počisti filtre</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51"/>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51"/>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52"/>
        <source>License</source>
        <translation>Licenca</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="53"/>
        <source>Year</source>
        <translation>Leto</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="57"/>
        <source>Check values to filter; several values in one list are alternatives</source>
        <translation>Označite vrednosti za filtriranje; več vrednosti na istem seznamu so alternative</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="161"/>
        <source>%1. Check quotes and parentheses, or search for plain words.</source>
        <translation>%1. Preverite narekovaje in oklepaje ali iščite z navadnimi besedami.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="183"/>
        <source>Showing %1 of %n datasets</source>
        <translation>
            <numerusform>Prikazano %1 od %n nabora podatkov</numerusform>
            <numerusform>Prikazano %1 od %n naborov podatkov</numerusform>
            <numerusform>Prikazano %1 od %n naborov podatkov</numerusform>
            <numerusform>Prikazano %1 od %n naborov podatkov</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="187"/>
        <source>1 dataset</source>
        <translation>1 nabor podatkov</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="188"/>
        <source>%n datasets</source>
        <translation>
            <numerusform>%n nabor podatkov</numerusform>
            <numerusform>%n nabora podatkov</numerusform>
            <numerusform>%n nabori podatkov</numerusform>
            <numerusform>%n naborov podatkov</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="208"/>
        <source>%1 (%2 selected)</source>
        <translation>%1 (izbranih: %2)</translation>
    </message>
</context>
<context>
    <name>urbis::CityChecker</name>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="206"/>
        <source>The table has coordinates but does not declare their coordinate reference system</source>
        <translation>Tabela ima koordinate, vendar ne navaja njihovega koordinatnega sistema</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="220"/>
        <source>Field &quot;%1&quot; at position %2 holds measurements but has no unit</source>
        <translation>Polje &quot;%1&quot; na položaju %2 vsebuje meritve, vendar nima enote</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="224"/>
        <source>The unit &quot;%1&quot; of field &quot;%2&quot; at position %3 is not a unit of its quantity</source>
        <translation>Enota &quot;%1&quot; polja &quot;%2&quot; na položaju %3 ni enota njegove količine</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="240"/>
        <source>The geometry in row %1 is not valid</source>
        <translation>Geometrija v vrstici %1 ni veljavna</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="250"/>
        <source>The geometry in row %1 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Geometrija v vrstici %1 ima koordinate zunaj zemljepisne dolžine [-180, 180] ali zemljepisne širine [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="279"/>
        <source>The geometry in row %1 and field &quot;%2&quot; at position %3 is not valid</source>
        <translation>Geometrija v vrstici %1 in polju &quot;%2&quot; na položaju %3 ni veljavna</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="293"/>
        <source>The geometry in row %1 and field &quot;%2&quot; at position %3 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Geometrija v vrstici %1 in polju &quot;%2&quot; na položaju %3 ima koordinate zunaj zemljepisne dolžine [-180, 180] ali zemljepisne širine [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="308"/>
        <source>The latitude %1 in row %2 and field &quot;%3&quot; at position %4 is outside [-90, 90]</source>
        <translation>Zemljepisna širina %1 v vrstici %2 in polju &quot;%3&quot; na položaju %4 je zunaj [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="318"/>
        <source>The longitude %1 in row %2 and field &quot;%3&quot; at position %4 is outside [-180, 180]</source>
        <translation>Zemljepisna dolžina %1 v vrstici %2 in polju &quot;%3&quot; na položaju %4 je zunaj [-180, 180]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="333"/>
        <source>The point %1 in row %2 and field &quot;%3&quot; at position %4 is outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Točka %1 v vrstici %2 in polju &quot;%3&quot; na položaju %4 je zunaj zemljepisne dolžine [-180, 180] ali zemljepisne širine [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="358"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 is in the future</source>
        <translation>Čas %1 v vrstici %2 in polju &quot;%3&quot; na položaju %4 je v prihodnosti</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="380"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 is earlier than the previous time of the same station</source>
        <translation>Čas %1 v vrstici %2 in polju &quot;%3&quot; na položaju %4 je zgodnejši od prejšnjega časa iste postaje</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="386"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 repeats the previous time of the same station</source>
        <translation>Čas %1 v vrstici %2 in polju &quot;%3&quot; na položaju %4 ponavlja prejšnji čas iste postaje</translation>
    </message>
</context>
<context>
    <name>urbis::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="62"/>
        <source>urbis: error: %1</source>
        <translation>urbis: napaka: %1</translation>
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
        <translation type="vanished">uporaba: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
         urbis                  odpre namizni program
ukazi:
  catalog list|search|show|delete|add   katalog naborov podatkov (urbis catalog --help)
  demo                                  ustvari predstavitveni delovni prostor v podatkovni mapi
  validate FILE [--schema S]            preveri tabelo (poročilo Frictionless; urbis validate --help)
globalne možnosti:
  --data-dir DIR   mapa delovnega prostora (privzeto: $URBIS_DATA_DIR ali ~/.local/share/urbis)
  --json           strojno berljiv izpis na stdout
  --quiet          brez sporočil na stderr
  --version        izpiše različice in konča
izhodne kode: 0 v redu, 1 neveljavni podatki, 2 napaka uporabe ali neberljiv vhod, 3 oddaljena ali V/I napaka</translation>
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
        <translation type="vanished">uporaba: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
         urbis                  odpre namizni program
ukazi:
  catalog list|search|show|delete|add   katalog naborov podatkov (urbis catalog --help)
  demo                                  ustvari predstavitveni delovni prostor v podatkovni mapi
  validate FILE [--schema S]            preveri tabelo (poročilo Frictionless; urbis validate --help)
  import FILE... [--title T]            preveri, normalizira in katalogizira datoteke (urbis import --help)
globalne možnosti:
  --data-dir DIR   mapa delovnega prostora (privzeto: $URBIS_DATA_DIR ali ~/.local/share/urbis)
  --json           strojno berljiv izpis na stdout
  --quiet          brez sporočil na stderr
  --version        izpiše različice in konča
izhodne kode: 0 v redu, 1 neveljavni podatki, 2 napaka uporabe ali neberljiv vhod, 3 oddaljena ali V/I napaka</translation>
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
        <translation type="vanished">uporaba: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
         urbis                  odpre namizni program
ukazi:
  catalog list|search|show|delete|add   katalog naborov podatkov (urbis catalog --help)
  demo                                  ustvari predstavitveni delovni prostor v podatkovni mapi
  validate FILE [--schema S]            preveri tabelo (poročilo Frictionless; urbis validate --help)
  import FILE... [--title T]            preveri, normalizira in katalogizira datoteke (urbis import --help)
  remote add|list|remove|test           oddaljeni strežniki, združljivi s S3 (urbis remote --help)
globalne možnosti:
  --data-dir DIR   mapa delovnega prostora (privzeto: $URBIS_DATA_DIR ali ~/.local/share/urbis)
  --json           strojno berljiv izpis na stdout
  --quiet          brez sporočil na stderr
  --version        izpiše različice in konča
izhodne kode: 0 v redu, 1 neveljavni podatki, 2 napaka uporabe ali neberljiv vhod, 3 oddaljena ali V/I napaka</translation>
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
        <translation type="vanished">uporaba: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
         urbis                  odpre namizni program
ukazi:
  catalog list|search|show|delete|add   katalog naborov podatkov (urbis catalog --help)
  demo                                  ustvari predstavitveni delovni prostor v podatkovni mapi
  validate FILE [--schema S]            preveri tabelo (poročilo Frictionless; urbis validate --help)
  import FILE... [--title T]            preveri, normalizira in katalogizira datoteke (urbis import --help)
  remote add|list|remove|test           oddaljeni strežniki, združljivi s S3 (urbis remote --help)
  sync [NAME] [--push] [--pull]         deli katalog prek oddaljenega strežnika (urbis sync --help)
  send ID --to URL [--token-env VAR]    pošlje nabor podatkov končni točki REST za zajem podatkov (urbis send --help)
globalne možnosti:
  --data-dir DIR   mapa delovnega prostora (privzeto: $URBIS_DATA_DIR ali ~/.local/share/urbis)
  --json           strojno berljiv izpis na stdout
  --quiet          brez sporočil na stderr
  --version        izpiše različice in konča
izhodne kode: 0 v redu, 1 neveljavni podatki, 2 napaka uporabe ali neberljiv vhod, 3 oddaljena ali V/I napaka</translation>
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
        <translation type="vanished">uporaba: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
         urbis                  odpre namizni program
ukazi:
  catalog list|search|show|delete|add   katalog naborov podatkov (urbis catalog --help)
  demo                                  ustvari predstavitveni delovni prostor v podatkovni mapi
  validate FILE [--schema S]            preveri tabelo (poročilo Frictionless; urbis validate --help)
  import FILE... [--title T]            preveri, normalizira in katalogizira datoteke (urbis import --help)
  remote add|list|remove|test           oddaljeni strežniki, združljivi s S3 (urbis remote --help)
  sync [NAME] [--push] [--pull]         deli katalog prek oddaljenega strežnika (urbis sync --help)
  send ID --to URL [--token-env VAR]    pošlje nabor podatkov končni točki REST za zajem podatkov (urbis send --help)
  kpi eval FILE.json [--city C] [--grain G]  ovrednoti definicije KPI-jev ali nadzorno ploščo (urbis kpi --help)
globalne možnosti:
  --data-dir DIR   mapa delovnega prostora (privzeto: $URBIS_DATA_DIR ali ~/.local/share/urbis)
  --json           strojno berljiv izpis na stdout
  --quiet          brez sporočil na stderr
  --version        izpiše različice in konča
izhodne kode: 0 v redu, 1 neveljavni podatki, 2 napaka uporabe ali neberljiv vhod, 3 oddaljena ali V/I napaka</translation>
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
        <translation>uporaba: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
         urbis                  odpre namizni program
ukazi:
  catalog list|search|show|delete|add   katalog naborov podatkov (urbis catalog --help)
  demo                                  ustvari predstavitveni delovni prostor v podatkovni mapi
  validate FILE [--schema S]            preveri tabelo (poročilo Frictionless; urbis validate --help)
  import FILE... [--title T]            preveri, normalizira in katalogizira datoteke (urbis import --help)
  remote add|list|remove|test           oddaljeni strežniki, združljivi s S3 (urbis remote --help)
  sync [NAME] [--push] [--pull]         deli katalog prek oddaljenega strežnika (urbis sync --help)
  send ID --to URL [--token-env VAR]    pošlje nabor podatkov končni točki REST za zajem podatkov (urbis send --help)
  kpi eval FILE.json [--city C] [--grain G]  ovrednoti definicije KPI-jev ali nadzorno ploščo (urbis kpi --help)
  stream record URL | serve DATASET     posname vir v živo ali predvaja nabor podatkov kot vir (urbis stream --help)
  sim run wildfire|flood --config S.json [--out DIR]  zažene scenarij brez grafičnega vmesnika (urbis sim --help)
globalne možnosti:
  --data-dir DIR   mapa delovnega prostora (privzeto: $URBIS_DATA_DIR ali ~/.local/share/urbis)
  --json           strojno berljiv izpis na stdout
  --quiet          brez sporočil na stderr
  --version        izpiše različice in konča
izhodne kode: 0 v redu, 1 neveljavni podatki, 2 napaka uporabe ali neberljiv vhod, 3 oddaljena ali V/I napaka</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="110"/>
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>--data-dir je prazen (nenastavljena spremenljivka?); navedite mapo</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="119"/>
        <source>no command given</source>
        <translation>ukaz ni podan</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="157"/>
        <source>&quot;%1&quot; is not available in this build yet</source>
        <translation>&quot;%1&quot; v tej gradnji še ni na voljo</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="158"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>neznan ukaz &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45"/>
        <source>Unknown option --%1</source>
        <translation>Neznana možnost --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48"/>
        <source>Option --%1 needs a value</source>
        <translation>Možnost --%1 potrebuje vrednost</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51"/>
        <source>Option --%1 takes no value</source>
        <translation>Možnost --%1 ne sprejme vrednosti</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54"/>
        <source>Option --%1 given twice</source>
        <translation>Možnost --%1 je podana dvakrat</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictListModel</name>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="54"/>
        <source>Dataset</source>
        <translation>Nabor podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="56"/>
        <source>What differs</source>
        <translation>Kaj se razlikuje</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="58"/>
        <source>Detected</source>
        <translation>Zaznano</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictsView</name>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="25"/>
        <source>Conflicts</source>
        <translation>Spori</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="27"/>
        <source>No conflicts: nothing changed here and on the remote at the same time.</source>
        <translation>Ni sporov: nič se ni spremenilo hkrati tukaj in na oddaljenem strežniku.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="32"/>
        <source>Keep &amp;mine</source>
        <translation>Obdrži &amp;moje</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="33"/>
        <source>The remote gets this copy; theirs stays in the remote&apos;s blobs</source>
        <translation>Oddaljeni strežnik dobi to kopijo; njihova ostane med blobi oddaljenega strežnika</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="35"/>
        <source>Keep &amp;theirs</source>
        <translation>Obdrži &amp;njihovo</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="36"/>
        <source>This catalog gets the remote&apos;s copy; your edits stay in the history</source>
        <translation>Ta katalog dobi kopijo oddaljenega strežnika; vaši popravki ostanejo v zgodovini</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="38"/>
        <source>Keep &amp;both</source>
        <translation>Obdrži &amp;oboje</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="39"/>
        <source>Take the remote&apos;s versions and add your changes on top as new versions</source>
        <translation>Prevzemi različice oddaljenega strežnika in nanje dodaj vaše spremembe kot nove različice</translation>
    </message>
</context>
<context>
    <name>urbis::ConnectionTester</name>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="43"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="75"/>
        <source>Test cancelled</source>
        <translation>Preizkus je preklican</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="85"/>
        <source>The remote answered: the bucket can be listed with these keys</source>
        <translation>Oddaljeni strežnik je odgovoril: s temi ključi je mogoče izpisati vsebino vedra</translation>
    </message>
</context>
<context>
    <name>urbis::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="55"/>
        <source>Row %1 is longer than %2 bytes</source>
        <translation>Vrstica %1 je daljša od %2 bajtov</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="62"/>
        <source>Row %1: a quote is never closed</source>
        <translation>Vrstica %1: narekovaj ni nikoli zaprt</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="70"/>
        <source>Row %1 is not valid %2 text</source>
        <translation>Vrstica %1 ni veljavno besedilo %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="208"/>
        <source>Cannot read the file</source>
        <translation>Datoteke ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="354"/>
        <source>Cannot open %1: %2</source>
        <translation>Ni mogoče odpreti %1: %2</translation>
    </message>
</context>
<context>
    <name>urbis::Dashboard</name>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="100"/>
        <source>This dashboard has format version %1; this Urbis reads version %2</source>
        <translation>Ta nadzorna plošča ima različico formata %1; ta različica programa Urbis bere različico %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="105"/>
        <source>Dashboard id &quot;%1&quot; may only contain lower-case letters, digits and &apos;-&apos;</source>
        <translation>ID nadzorne plošče &quot;%1&quot; lahko vsebuje samo male črke, števke in &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="113"/>
        <source>&quot;kpis&quot; must be a list of KPI definitions</source>
        <translation>&quot;kpis&quot; mora biti seznam definicij KPI-jev</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="117"/>
        <source>KPI %1 of the dashboard is not an object</source>
        <translation>KPI %1 nadzorne plošče ni objekt</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="120"/>
        <source>KPI %1 of the dashboard: %2</source>
        <translation>KPI %1 nadzorne plošče: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="122"/>
        <source>The KPI id &quot;%1&quot; is used twice</source>
        <translation>ID KPI-ja &quot;%1&quot; je uporabljen dvakrat</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="128"/>
        <source>&quot;panels&quot; must be a list of panels</source>
        <translation>&quot;panels&quot; mora biti seznam plošč</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="135"/>
        <source>Panel %1 of the dashboard is not an object</source>
        <translation>Plošča %1 nadzorne plošče ni objekt</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="138"/>
        <source>Panel &quot;%1&quot; has the unknown type &quot;%2&quot;</source>
        <translation>Plošča &quot;%1&quot; ima neznani tip &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="141"/>
        <source>Panel %1 has no id</source>
        <translation>Plošča %1 nima ID-ja</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="143"/>
        <source>The panel id &quot;%1&quot; is used twice</source>
        <translation>ID plošče &quot;%1&quot; je uporabljen dvakrat</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="146"/>
        <source>Panel &quot;%1&quot; shows the unknown KPI &quot;%2&quot;</source>
        <translation>Plošča &quot;%1&quot; prikazuje neznani KPI &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="149"/>
        <source>Panel &quot;%1&quot; lies outside the %2-column grid</source>
        <translation>Plošča &quot;%1&quot; je zunaj mreže (število stolpcev: %2)</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardBrowser</name>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="32"/>
        <source>Search dashboards</source>
        <translation>Iskanje nadzornih plošč</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="38"/>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="39"/>
        <source>New dashboard from a template or empty</source>
        <translation>Nova nadzorna plošča iz predloge ali prazna</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="43"/>
        <source>From template: %1</source>
        <translation>Iz predloge: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="45"/>
        <source>Empty dashboard</source>
        <translation>Prazna nadzorna plošča</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="48"/>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="51"/>
        <source>Edit</source>
        <translation>Uredi</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="53"/>
        <source>Edit the dashboard&apos;s KPIs and layout (Ctrl+E)</source>
        <translation>Uredi KPI-je in postavitev nadzorne plošče (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="65"/>
        <source>&lt;h3&gt;No dashboard yet&lt;/h3&gt;&lt;p&gt;Start from one of the KPI sets of the climate-neutrality framework; they work on any workspace with matching data (the demo workspace has it).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nadzorne plošče še ni&lt;/h3&gt;&lt;p&gt;Začnite z enim od naborov KPI-jev iz okvira za podnebno nevtralnost; delujejo v vsakem delovnem prostoru z ustreznimi podatki (predstavitveni delovni prostor jih ima).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="72"/>
        <source>Create &quot;%1&quot;</source>
        <translation>Ustvari &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="102"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="122"/>
        <source>Saved &quot;%1&quot;</source>
        <translation>Shranjeno: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="208"/>
        <source>Unsaved changes</source>
        <translation>Neshranjene spremembe</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="209"/>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Ali želite shraniti spremembe v &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="228"/>
        <source>This workspace is set up for viewing: dashboards can be filtered and exported, not changed.</source>
        <translation>Ta delovni prostor je nastavljen za ogled: nadzorne plošče je mogoče filtrirati in izvoziti, ne pa spreminjati.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="275"/>
        <source>New dashboard</source>
        <translation>Nova nadzorna plošča</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="291"/>
        <source>Delete dashboard</source>
        <translation>Izbriši nadzorno ploščo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="291"/>
        <source>Delete the dashboard &quot;%1&quot;? Its KPIs go with it; the data stays.</source>
        <translation>Ali želite izbrisati nadzorno ploščo &quot;%1&quot;? Z njo se izbrišejo tudi njeni KPI-ji; podatki ostanejo.</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardDesigner</name>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="64"/>
        <source>Read-only: this workspace is set up for viewers (workspace.json, role &quot;viewer&quot;). You can look at the layout and the KPI definitions, but not change or save them.</source>
        <translation>Samo za branje: ta delovni prostor je nastavljen za gledalce (workspace.json, vloga &quot;viewer&quot;). Postavitev in definicije KPI-jev si lahko ogledate, ne morete pa jih spreminjati ali shraniti.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="118"/>
        <source>Undo</source>
        <translation>Razveljavi</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="119"/>
        <source>Redo</source>
        <translation>Uveljavi</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="121"/>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="122"/>
        <source>Save the dashboard (Ctrl+S)</source>
        <translation>Shrani nadzorno ploščo (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="124"/>
        <source>New KPI…</source>
        <translation>Nov KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="125"/>
        <source>Define a new KPI for this dashboard (Ctrl+N)</source>
        <translation>Določi nov KPI za to nadzorno ploščo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="127"/>
        <source>Remove panel</source>
        <translation>Odstrani ploščo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="128"/>
        <source>Remove the selected panel (Delete on the grid)</source>
        <translation>Odstrani izbrano ploščo (Delete na mreži)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="188"/>
        <source>Add %1 panel</source>
        <translation>Dodaj ploščo tipa %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="202"/>
        <source>Resize %1</source>
        <translation>Spremeni velikost %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="202"/>
        <source>Move %1</source>
        <translation>Premakni %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="209"/>
        <source>Remove %1</source>
        <translation>Odstrani %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="218"/>
        <source>Add KPI %1</source>
        <translation>Dodaj KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="233"/>
        <source>Edit KPI %1</source>
        <translation>Uredi KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="243"/>
        <source>Remove KPI %1</source>
        <translation>Odstrani KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="262"/>
        <source>Change %1</source>
        <translation>Spremeni %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="270"/>
        <source>This workspace is read-only for viewers; the dashboard was not saved.</source>
        <translation>Ta delovni prostor je za gledalce samo za branje; nadzorna plošča ni bila shranjena.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="277"/>
        <source>Not saved: %1</source>
        <translation>Ni shranjeno: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="281"/>
        <source>Saved “%1”.</source>
        <translation>Shranjeno: “%1”.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="310"/>
        <source>New KPI</source>
        <translation>Nov KPI</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="337"/>
        <source>%n panel(s)</source>
        <translation>
            <numerusform>%n plošča</numerusform>
            <numerusform>%n plošči</numerusform>
            <numerusform>%n plošče</numerusform>
            <numerusform>%n plošč</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="338"/>
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPI-ja</numerusform>
            <numerusform>%n KPI-ji</numerusform>
            <numerusform>%n KPI-jev</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="340"/>
        <source>modified</source>
        <translation>spremenjeno</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardExporter</name>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="27"/>
        <source>Could not write %1.</source>
        <translation>%1 ni mogoče zapisati.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="85"/>
        <source>PNG encoding failed.</source>
        <translation>Kodiranje PNG ni uspelo.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="101"/>
        <source>Urbis dashboard panel</source>
        <translation>Plošča nadzorne plošče Urbis</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="104"/>
        <source>Could not start the SVG painter.</source>
        <translation>Izrisovalnika SVG ni bilo mogoče zagnati.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="124"/>
        <source>Could not start the PDF painter.</source>
        <translation>Izrisovalnika PDF ni bilo mogoče zagnati.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="155"/>
        <source>Dashboard</source>
        <translation>Nadzorna plošča</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="158"/>
        <source>Exported %1</source>
        <translation>Izvoženo: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="159"/>
        <source>Page %1 of %2</source>
        <translation>Stran %1 od %2</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardFilterBar</name>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="26"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="162"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="163"/>
        <source>open</source>
        <translation>odprto</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="38"/>
        <source>Cities whose datasets the KPIs read</source>
        <translation>Mesta, katerih nabore podatkov berejo KPI-ji</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="42"/>
        <source>First day (inclusive); the earliest date means no bound</source>
        <translation>Prvi dan (vključno); najzgodnejši datum pomeni brez omejitve</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="44"/>
        <source>Last day (inclusive); the earliest date means no bound</source>
        <translation>Zadnji dan (vključno); najzgodnejši datum pomeni brez omejitve</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="46"/>
        <source>KPI&apos;s own grain</source>
        <translation>Lastna časovna ločljivost KPI-ja</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Day</source>
        <translation>Dan</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Week</source>
        <translation>Teden</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Month</source>
        <translation>Mesec</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Year</source>
        <translation>Leto</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="52"/>
        <source>All domains</source>
        <translation>Vse domene</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="58"/>
        <source>City:</source>
        <translation>Mesto:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="61"/>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="63"/>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="66"/>
        <source>Grain:</source>
        <translation>Časovna ločljivost:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="68"/>
        <source>Domain:</source>
        <translation>Domena:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="98"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="121"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="160"/>
        <source>All cities</source>
        <translation>Vsa mesta</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="123"/>
        <source>%n cities</source>
        <translation>
            <numerusform>%n mesto</numerusform>
            <numerusform>%n mesti</numerusform>
            <numerusform>%n mesta</numerusform>
            <numerusform>%n mest</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="160"/>
        <source>Cities: %1</source>
        <translation>Mesta: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="162"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="165"/>
        <source>All dates</source>
        <translation>Vsi datumi</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="167"/>
        <source>Grain: %1</source>
        <translation>Časovna ločljivost: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="169"/>
        <source>Domain: %1</source>
        <translation>Domena: %1</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardPage</name>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="52"/>
        <source>Refresh</source>
        <translation>Osveži</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="52"/>
        <source>Evaluate the KPIs again</source>
        <translation>Znova ovrednoti KPI-je</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="53"/>
        <source>Export dashboard as PDF…</source>
        <translation>Izvozi nadzorno ploščo kot PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="54"/>
        <source>Edit dashboard…</source>
        <translation>Uredi nadzorno ploščo…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="158"/>
        <source>Evaluating %n KPI(s)…</source>
        <translation>
            <numerusform>Vrednotenje %n KPI-ja…</numerusform>
            <numerusform>Vrednotenje %n KPI-jev…</numerusform>
            <numerusform>Vrednotenje %n KPI-jev…</numerusform>
            <numerusform>Vrednotenje %n KPI-jev…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="177"/>
        <source>The evaluation was removed before it finished.</source>
        <translation>Vrednotenje je bilo odstranjeno, preden se je končalo.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="182"/>
        <source>Evaluation cancelled.</source>
        <translation>Vrednotenje je preklicano.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="183"/>
        <source>Evaluation failed: %1</source>
        <translation>Vrednotenje ni uspelo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="198"/>
        <source>%n KPI(s) evaluated in %1 ms</source>
        <translation>
            <numerusform>%n KPI ovrednoten v %1 ms</numerusform>
            <numerusform>%n KPI-ja ovrednotena v %1 ms</numerusform>
            <numerusform>%n KPI-ji ovrednoteni v %1 ms</numerusform>
            <numerusform>%n KPI-jev ovrednotenih v %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="200"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n neuspešen</numerusform>
            <numerusform>%n neuspešna</numerusform>
            <numerusform>%n neuspešni</numerusform>
            <numerusform>%n neuspešnih</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="239"/>
        <source>Export panel as SVG</source>
        <translation>Izvozi ploščo kot SVG</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="239"/>
        <source>Export panel as PNG</source>
        <translation>Izvozi ploščo kot PNG</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="240"/>
        <source>SVG images (*.svg)</source>
        <translation>Slike SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="240"/>
        <source>PNG images (*.png)</source>
        <translation>Slike PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="245"/>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="260"/>
        <source>Export failed</source>
        <translation>Izvoz ni uspel</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="247"/>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="262"/>
        <source>Exported %1</source>
        <translation>Izvoženo: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="252"/>
        <source>Export dashboard as PDF</source>
        <translation>Izvozi nadzorno ploščo kot PDF</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="254"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenti PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardPanel</name>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="18"/>
        <source>Stat</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="19"/>
        <source>Line chart</source>
        <translation>Črtni grafikon</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="20"/>
        <source>Bar chart</source>
        <translation>Stolpčni grafikon</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="21"/>
        <source>Stacked bar chart</source>
        <translation>Naloženi stolpčni grafikon</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="22"/>
        <source>Pie chart</source>
        <translation>Tortni grafikon</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="23"/>
        <source>Gauge</source>
        <translation>Merilnik</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="24"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="25"/>
        <source>Map</source>
        <translation>Zemljevid</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="26"/>
        <source>Histogram</source>
        <translation>Histogram</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardStore</name>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="35"/>
        <source>&quot;%1&quot; is not a dashboard id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; ni ID nadzorne plošče: uporabite male črke, števke in &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="42"/>
        <source>There is no dashboard file %1</source>
        <translation>Datoteka nadzorne plošče %1 ne obstaja</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="44"/>
        <source>Cannot read %1</source>
        <translation>%1 ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="49"/>
        <source>%1 is not valid JSON (at character %2)</source>
        <translation>%1 ni veljaven JSON (pri znaku %2)</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="52"/>
        <source>%1 does not hold a dashboard object</source>
        <translation>%1 ne vsebuje objekta nadzorne plošče</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="114"/>
        <source>%1 is not a folder</source>
        <translation>%1 ni mapa</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="145"/>
        <source>There is no dashboard &quot;%1&quot;</source>
        <translation>Nadzorna plošča &quot;%1&quot; ne obstaja</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="147"/>
        <source>Cannot remove the dashboard &quot;%1&quot;</source>
        <translation>Nadzorne plošče &quot;%1&quot; ni mogoče odstraniti</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="164"/>
        <source>There is no dashboard template &quot;%1&quot;</source>
        <translation>Predloga nadzorne plošče &quot;%1&quot; ne obstaja</translation>
    </message>
</context>
<context>
    <name>urbis::DataPreviewTab</name>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="63"/>
        <source>No data store is connected to this panel.</source>
        <translation>S tem podoknom ni povezana nobena shramba podatkov.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="96"/>
        <source>Reading the data…</source>
        <translation>Branje podatkov…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="100"/>
        <source>The data preview opens when this tab is shown.</source>
        <translation>Predogled podatkov se odpre, ko je prikazan ta zavihek.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106"/>
        <source>1 row</source>
        <translation>1 vrstica</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106"/>
        <source>%1 rows</source>
        <translation>Vrstic: %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="108"/>
        <source>First %1 of %2 rows; scroll down to read more</source>
        <translation>Prvih %1 od %2 vrstic; za več se pomaknite navzdol</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="110"/>
        <source>First %1 rows; scroll down to read more</source>
        <translation>Prvih %1 vrstic; za več se pomaknite navzdol</translation>
    </message>
</context>
<context>
    <name>urbis::Database</name>
    <message>
        <location filename="../core/util/database.cpp" line="35"/>
        <source>Cannot open the database %1</source>
        <translation>Podatkovne zbirke %1 ni mogoče odpreti</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="84"/>
        <location filename="../core/util/statement.cpp" line="104"/>
        <source>The database refused the change</source>
        <translation>Podatkovna zbirka je zavrnila spremembo</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="98"/>
        <source>The database could not run a query</source>
        <translation>Podatkovna zbirka ni mogla izvesti poizvedbe</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetActionBar</name>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="15"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="16"/>
        <source>Change title, description, keywords, license and source</source>
        <translation>Spremeni naslov, opis, ključne besede, licenco in vir</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="17"/>
        <source>Export the &amp;data…</source>
        <translation>Izvozi po&amp;datke…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18"/>
        <source>Save the stored data (GeoPackage or GeoTIFF) as a file</source>
        <translation>Shrani shranjene podatke (GeoPackage ali GeoTIFF) v datoteko</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="19"/>
        <source>Export the &amp;original file…</source>
        <translation>Izvozi &amp;izvirno datoteko…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="20"/>
        <source>Save the file as it was imported</source>
        <translation>Shrani datoteko v obliki, v kateri je bila uvožena</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="21"/>
        <source>Export the validation &amp;report…</source>
        <translation>Izvozi &amp;poročilo o preverjanju…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="22"/>
        <source>Save the validation report (JSON)</source>
        <translation>Shrani poročilo o preverjanju (JSON)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23"/>
        <source>Ne&amp;w version…</source>
        <translation>&amp;Nova različica…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="24"/>
        <source>Import a changed file as the next version of this dataset</source>
        <translation>Uvozi spremenjeno datoteko kot naslednjo različico tega nabora podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25"/>
        <source>Show on m&amp;ap</source>
        <translation>Prikaži na &amp;zemljevidu</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="26"/>
        <source>Zoom the map to this dataset</source>
        <translation>Povečaj zemljevid na ta nabor podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="27"/>
        <source>Delete…</source>
        <translation>Izbriši…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="28"/>
        <source>Delete this version from the catalog (its history is kept)</source>
        <translation>Izbriši to različico iz kataloga (njena zgodovina se ohrani)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="38"/>
        <source>E&amp;xport</source>
        <translation>Iz&amp;vozi</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58"/>
        <source>Download the &amp;data</source>
        <translation>P&amp;renesi podatke</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="59"/>
        <source>Bring this dataset&apos;s data from the remote it was synced with</source>
        <translation>Prenesi podatke tega nabora podatkov z oddaljenega strežnika, s katerim je bil sinhroniziran</translation>
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
        <translation>Ta nabor podatkov nima shranjenih podatkov za predogled.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="40"/>
        <source>This dataset is a raster (%1): it has no table of rows to preview.</source>
        <translation>Ta nabor podatkov je raster (%1): nima tabele z vrsticami za predogled.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="41"/>
        <source>This dataset has no table to preview (its data is %1).</source>
        <translation>Ta nabor podatkov nima tabele za predogled (njegovi podatki so %1).</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="46"/>
        <source>The data of this dataset is not stored on this computer.</source>
        <translation>Podatki tega nabora podatkov niso shranjeni v tem računalniku.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="48"/>
        <source>The stored data of this dataset is missing (%1).</source>
        <translation>Shranjeni podatki tega nabora podatkov manjkajo (%1).</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetDetailsWidget</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="vanished">&amp;Uredi…</translation>
    </message>
    <message>
        <source>Change title, description, keywords, license and source</source>
        <translation type="vanished">Spremeni naslov, opis, ključne besede, licenco in vir</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="55"/>
        <source>&amp;Metadata</source>
        <translation>&amp;Metapodatki</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="56"/>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198"/>
        <source>S&amp;chema</source>
        <translation>&amp;Shema</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="57"/>
        <source>Data &amp;preview</source>
        <translation>Pre&amp;dogled podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="58"/>
        <source>Validation &amp;report</source>
        <translation>&amp;Poročilo o preverjanju</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="59"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Zgodovina</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="176"/>
        <source>Select a dataset to see its details.</source>
        <translation>Izberite nabor podatkov za prikaz podrobnosti.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198"/>
        <source>S&amp;chema (%1)</source>
        <translation>&amp;Shema (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="244"/>
        <source>Cancel and open the dataset again to see the current version.</source>
        <translation>Prekličite in znova odprite nabor podatkov, da vidite trenutno različico.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="258"/>
        <source>Export</source>
        <translation>Izvoz</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="268"/>
        <source>Nothing to export: this dataset has no stored file of that kind.</source>
        <translation>Ničesar ni za izvoz: ta nabor podatkov nima shranjene datoteke te vrste.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280"/>
        <source>Exported %1.</source>
        <translation>Izvoženo: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280"/>
        <source>Export of %1 failed: %2</source>
        <translation>Izvoz %1 ni uspel: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="282"/>
        <source>Exporting %1…</source>
        <translation>Izvažanje %1…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="294"/>
        <source>Delete “%1” from the catalog?</source>
        <translation>Ali želite izbrisati „%1“ iz kataloga?</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="295"/>
        <source>Delete version %1 of “%2”? Version %3 becomes the latest again.</source>
        <translation>Ali želite izbrisati različico %1 nabora „%2“? Različica %3 znova postane najnovejša.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="297"/>
        <source>Delete dataset</source>
        <translation>Izbriši nabor podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="298"/>
        <source>The change history is kept.</source>
        <translation>Zgodovina sprememb se ohrani.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="307"/>
        <source>“%1” was deleted.</source>
        <translation>Izbrisano: „%1“.</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetEditor</name>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="23"/>
        <source>comma-separated, e.g. air quality, pm10</source>
        <translation>ločeno z vejicami, npr. kakovost zraka, pm10</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="26"/>
        <source>SPDX id or URL, e.g. CC-BY-4.0</source>
        <translation>ID SPDX ali URL, npr. CC-BY-4.0</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="34"/>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="37"/>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="42"/>
        <source>&amp;Title *</source>
        <translation>&amp;Naslov *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="43"/>
        <source>&amp;Description *</source>
        <translation>&amp;Opis *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="45"/>
        <source>&amp;License *</source>
        <translation>&amp;Licenca *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="46"/>
        <source>&amp;Source *</source>
        <translation>&amp;Vir *</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="vanished">&amp;Naslov</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="vanished">&amp;Opis</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="44"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Ključne besede</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation type="vanished">&amp;Licenca</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="vanished">&amp;Vir</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetRecord</name>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="123"/>
        <source>Field &quot;%1&quot; must be a string</source>
        <translation>Polje &quot;%1&quot; mora biti niz</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="145"/>
        <source>&quot;%1&quot; is not an ISO 8601 date or time: %2</source>
        <translation>»%1« ni datum ali čas po ISO 8601: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="154"/>
        <source>&quot;bbox&quot; must be [west, south, east, north]</source>
        <translation>&quot;bbox&quot; mora biti [zahod, jug, vzhod, sever]</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTable</name>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="84"/>
        <source>Cannot open the stored data as a GeoPackage</source>
        <translation>Shranjenih podatkov ni mogoče odpreti kot GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="86"/>
        <source>The stored GeoPackage holds no table</source>
        <translation>Shranjeni GeoPackage ne vsebuje nobene tabele</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="131"/>
        <source>Reading cancelled</source>
        <translation>Branje preklicano</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="135"/>
        <source>Cannot read the stored data</source>
        <translation>Shranjenih podatkov ni mogoče prebrati</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTableModel</name>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="59"/>
        <source>Reading rows</source>
        <translation>Branje vrstic</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="86"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="136"/>
        <source>empty (null)</source>
        <translation>prazno (null)</translation>
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
        <translation>Vir</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="32"/>
        <source>Publisher</source>
        <translation>Izdajatelj</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="33"/>
        <source>City / country</source>
        <translation>Mesto / država</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="34"/>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="35"/>
        <source>Keywords</source>
        <translation>Ključne besede</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="36"/>
        <source>License</source>
        <translation>Licenca</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="37"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="38"/>
        <source>Temporal extent</source>
        <translation>Časovni obseg</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="39"/>
        <source>Bounding box</source>
        <translation>Omejevalni okvir</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="40"/>
        <source>CRS</source>
        <translation>Koordinatni sistem</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="41"/>
        <source>Features / rows</source>
        <translation>Objekti / vrstice</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="42"/>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="43"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="45"/>
        <source>Version</source>
        <translation>Različica</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="46"/>
        <source>Validation</source>
        <translation>Preverjanje</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="47"/>
        <source>Created</source>
        <translation>Ustvarjeno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="48"/>
        <source>Modified</source>
        <translation>Spremenjeno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="49"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Ime</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Vrsta</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Enota</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Opis</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="vanished">Polja</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="vanished">Zgodovina</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="95"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="104"/>
        <source>%1 (superseded by %2)</source>
        <translation>%1 (nadomestila jo je %2)</translation>
    </message>
</context>
<context>
    <name>urbis::DemoAirQuality</name>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="70"/>
        <source>Dominant pollutant of the hour</source>
        <translation>Prevladujoče onesnaževalo v uri</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="73"/>
        <source>Source of the data provider</source>
        <translation>Vir ponudnika podatkov</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="74"/>
        <source>Name of the city</source>
        <translation>Ime mesta</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="75"/>
        <source>Two letter country code</source>
        <translation>Dvočrkovna koda države</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="76"/>
        <source>Postal code of the city centre</source>
        <translation>Poštna številka središča mesta</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="77"/>
        <source>Latitude of the station</source>
        <translation>Zemljepisna širina postaje</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="78"/>
        <source>Longitude of the station</source>
        <translation>Zemljepisna dolžina postaje</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="80"/>
        <source>Relative humidity</source>
        <translation>Relativna vlažnost</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="81"/>
        <source>Carbon monoxide</source>
        <translation>Ogljikov monoksid</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="82"/>
        <source>Nitrogen dioxide</source>
        <translation>Dušikov dioksid</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="83"/>
        <source>Air pressure at sea level</source>
        <translation>Zračni tlak na morski gladini</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="84"/>
        <source>Particulate matter up to 10 um</source>
        <translation>Trdni delci do 10 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="85"/>
        <source>Particulate matter up to 2.5 um</source>
        <translation>Trdni delci do 2,5 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="86"/>
        <source>Air temperature</source>
        <translation>Temperatura zraka</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="87"/>
        <source>Wind speed</source>
        <translation>Hitrost vetra</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="88"/>
        <source>Start of the hour the values are means of (UTC)</source>
        <translation>Začetek ure, za katero so vrednosti povprečja (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="89"/>
        <source>Measuring station</source>
        <translation>Merilna postaja</translation>
    </message>
</context>
<context>
    <name>urbis::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="15"/>
        <source>demo takes no arguments</source>
        <translation>demo ne sprejme argumentov</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="16"/>
        <source>usage: urbis demo [--data-dir DIR]</source>
        <translation>uporaba: urbis demo [--data-dir DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="22"/>
        <source>Creating demo</source>
        <translation>Ustvarjanje predstavitvenih podatkov</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34"/>
        <source>%1 demo datasets created, %2 already present in %3</source>
        <translation>Ustvarjeni predstavitveni nabori podatkov: %1, že prisotni v %3: %2</translation>
    </message>
</context>
<context>
    <name>urbis::DemoDistricts</name>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="14"/>
        <source>Name of the city</source>
        <translation>Ime mesta</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="15"/>
        <source>Name of the district</source>
        <translation>Ime okrožja</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="16"/>
        <source>Code of the district</source>
        <translation>Koda okrožja</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="17"/>
        <source>Residents</source>
        <translation>Prebivalci</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="18"/>
        <source>Year the residents were counted</source>
        <translation>Leto štetja prebivalcev</translation>
    </message>
</context>
<context>
    <name>urbis::DemoMonthlyTable</name>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="19"/>
        <source>Name of the city</source>
        <translation>Ime mesta</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="20"/>
        <source>Name of the district</source>
        <translation>Ime okrožja</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="21"/>
        <source>Code of the district</source>
        <translation>Koda okrožja</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="22"/>
        <source>Latitude of the district centre</source>
        <translation>Zemljepisna širina središča okrožja</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="23"/>
        <source>Longitude of the district centre</source>
        <translation>Zemljepisna dolžina središča okrožja</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="24"/>
        <source>First day of the month</source>
        <translation>Prvi dan v mesecu</translation>
    </message>
</context>
<context>
    <name>urbis::DemoTerrain</name>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="54"/>
        <source>Cannot read %1</source>
        <translation>Ni mogoče prebrati %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="90"/>
        <source>Name of the road or river</source>
        <translation>Ime ceste ali reke</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="91"/>
        <source>road or river</source>
        <translation>cesta ali reka</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="123"/>
        <source>Building number</source>
        <translation>Številka stavbe</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="124"/>
        <source>residential, farm or cabin</source>
        <translation>stanovanjska hiša, kmetija ali koča</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="237"/>
        <source>Athens north-east outskirts terrain (synthetic DEM)</source>
        <translation>Atene, severovzhodno obrobje: teren (sintetični DMR)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="238"/>
        <source>Elevation in metres on a 30 m grid (UTM zone 34N): made-up hills and a valley draining south with a river. Synthetic demo data, not a survey.</source>
        <translation>Nadmorska višina v metrih na mreži 30 m (UTM cona 34N): izmišljeni griči in dolina, ki se z reko odmaka proti jugu. Sintetični predstavitveni podatki, ne izmera.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="243"/>
        <source>elevation (m)</source>
        <translation>nadmorska višina (m)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="245"/>
        <source>Athens north-east outskirts fuel map (synthetic)</source>
        <translation>Atene, severovzhodno obrobje: karta goriv (sintetična)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="246"/>
        <source>Wildfire fuel classes on the terrain&apos;s grid: 1 grass, 2 shrub, 3 timber litter, 4 urban vegetation, 5 water or rock (docs/simulation.md). Derived from the synthetic terrain.</source>
        <translation>Razredi goriv za požare v naravi na mreži terena: 1 trava, 2 grmičevje, 3 gozdni opad, 4 urbano rastje, 5 voda ali skala (docs/simulation.md). Izpeljano iz sintetičnega terena.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="251"/>
        <source>fuel class</source>
        <translation>razred goriva</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="253"/>
        <source>Athens north-east outskirts roads and river (synthetic)</source>
        <translation>Atene, severovzhodno obrobje: ceste in reka (sintetično)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="254"/>
        <source>Two roads and a river as lines: fire breaks for the wildfire scenario. Synthetic demo data.</source>
        <translation>Dve cesti in reka kot črte: protipožarne ovire za scenarij požara v naravi. Sintetični predstavitveni podatki.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="257"/>
        <source>Athens north-east outskirts buildings (synthetic)</source>
        <translation>Atene, severovzhodno obrobje: stavbe (sintetično)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="258"/>
        <source>Houses, farms and cabins as points, with their use: what the scenarios count as affected. Synthetic demo data.</source>
        <translation>Hiše, kmetije in koče kot točke z njihovo rabo: to, kar scenariji štejejo kot prizadeto. Sintetični predstavitveni podatki.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="279"/>
        <source>Athens outskirts wildfire (demo)</source>
        <translation>Atene, obrobje: požar v naravi (predstavitev)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="280"/>
        <source>A summer fire starting in the dry grass of the valley in a strong southerly wind; the ridge road and the river stop it. Synthetic terrain and fuel.</source>
        <translation>Poletni požar, ki se ob močnem južnem vetru začne v suhi travi v dolini; ustavita ga cesta na slemenu in reka. Sintetični teren in gorivo.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="302"/>
        <source>Athens outskirts river flood (demo)</source>
        <translation>Atene, obrobje: poplava reke (predstavitev)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="303"/>
        <source>A flood wave entering the valley from the north after a short storm; the river leaves its bed. Synthetic terrain.</source>
        <translation>Poplavni val, ki po kratkem neurju priteče v dolino s severa; reka prestopi bregove. Sintetični teren.</translation>
    </message>
</context>
<context>
    <name>urbis::DemoTrafficCounts</name>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="31"/>
        <source>Counting station</source>
        <translation>Števno mesto</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="32"/>
        <source>Road the station counts on</source>
        <translation>Cesta, na kateri je števno mesto</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="33"/>
        <source>Latitude of the station</source>
        <translation>Zemljepisna širina števnega mesta</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="34"/>
        <source>Longitude of the station</source>
        <translation>Zemljepisna dolžina števnega mesta</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="35"/>
        <source>Start of the hour (UTC)</source>
        <translation>Začetek ure (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="36"/>
        <source>Vehicles counted in the hour, both directions</source>
        <translation>Vozila, prešteta v uri, v obeh smereh</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="37"/>
        <source>Lorries and buses among them</source>
        <translation>Od tega tovornjaki in avtobusi</translation>
    </message>
</context>
<context>
    <name>urbis::DemoWorkspace</name>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="53"/>
        <source>%1 air quality, January 2023</source>
        <translation>%1: kakovost zraka, januar 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="54"/>
        <source>Hourly PM10, PM2.5, NO2, CO, temperature, humidity, pressure and wind speed at three stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>Urne vrednosti PM10, PM2.5, NO2, CO, temperature, vlažnosti, tlaka in hitrosti vetra na treh postajah v kraju %1 (sintetični predstavitveni podatki v obliki Priloge B projekta CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="63"/>
        <source>Monthly electricity consumption of municipal buildings per district, in kWh (synthetic).</source>
        <translation>Mesečna poraba električne energije v občinskih stavbah po okrožjih, v kWh (sintetični podatki).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="69"/>
        <source>Electricity used by municipal buildings in the month</source>
        <translation>Električna energija, ki so jo občinske stavbe porabile v mesecu</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="78"/>
        <source>Sofia city-centre traffic counts, January 2023</source>
        <translation>Sofija: štetje prometa v središču mesta, januar 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="79"/>
        <source>Hourly vehicle counts at four counting stations on the main roads into the city centre (synthetic).</source>
        <translation>Urno število vozil na štirih števnih mestih na glavnih vpadnicah v mestno središče (sintetični podatki).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="88"/>
        <source>Monthly collected and recycled small WEEE and textile waste per district, in tonnes (synthetic).</source>
        <translation>Mesečno zbrane in reciklirane količine male OEEO in tekstilnih odpadkov po okrožjih, v tonah (sintetični podatki).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="92"/>
        <source>Waste collected in the month</source>
        <translation>Odpadki, zbrani v mesecu</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="93"/>
        <source>Part of it sent to recycling</source>
        <translation>Del, poslan v recikliranje</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="103"/>
        <source>Monthly CO2 emissions estimated per district, in tonnes (synthetic).</source>
        <translation>Mesečne ocenjene emisije CO2 po okrožjih, v tonah (sintetični podatki).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="108"/>
        <source>CO2 emitted in the month</source>
        <translation>CO2, izpuščen v mesecu</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="116"/>
        <source>%1 districts 2023</source>
        <translation>%1: okrožja 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="117"/>
        <source>Boundaries of four central districts of %1 with their population (synthetic).</source>
        <translation>Meje štirih osrednjih okrožij kraja %1 s številom prebivalcev (sintetični podatki).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="187"/>
        <source>Cannot create the work folder %1</source>
        <translation>Delovne mape %1 ni mogoče ustvariti</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="190"/>
        <source>Cannot create a work folder in %1</source>
        <translation>V %1 ni mogoče ustvariti delovne mape</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="193"/>
        <source>Creating %1</source>
        <translation>Ustvarjanje %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="199"/>
        <source>Cannot write %1</source>
        <translation>Ni mogoče zapisati %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="229"/>
        <source>The demo dataset &quot;%1&quot; does not pass validation: %2</source>
        <translation>Predstavitveni nabor podatkov &quot;%1&quot; ne prestane preverjanja: %2</translation>
    </message>
    <message>
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation type="vanished">Urne vrednosti PM10, PM2.5, NO2, ozona, temperature in vlažnosti na dveh postajah v kraju %1 (sintetični predstavitveni podatki v obliki Priloge B projekta CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="62"/>
        <source>Athens building energy consumption 2019-2023</source>
        <translation>Atene: poraba energije v stavbah 2019-2023</translation>
    </message>
    <message>
        <source>Monthly electricity consumption of municipal buildings per district (synthetic).</source>
        <translation type="vanished">Mesečna poraba električne energije v občinskih stavbah po okrožjih (sintetični podatki).</translation>
    </message>
    <message>
        <source>Sofia city-centre traffic counts 2019-2023</source>
        <translation type="vanished">Sofija: štetje prometa v središču mesta 2019-2023</translation>
    </message>
    <message>
        <source>Monthly mean daily vehicle counts per district of the city centre (synthetic).</source>
        <translation type="vanished">Mesečno povprečno dnevno število vozil po okrožjih mestnega središča (sintetični podatki).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="87"/>
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Torino: zbiranje OEEO in tekstilnih odpadkov 2019-2023</translation>
    </message>
    <message>
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation type="vanished">Mesečno zbrane količine male OEEO in tekstilnih odpadkov po okrožjih (sintetični podatki).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="102"/>
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>Differdange: emisije CO2 2019-2023</translation>
    </message>
    <message>
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation type="vanished">Mesečne ocenjene emisije CO2 po okrožjih (sintetični podatki).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="162"/>
        <source>Demo workspace creation cancelled</source>
        <translation>Ustvarjanje predstavitvenega delovnega prostora je preklicano</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="151"/>
        <source>City of %1</source>
        <translation>Mestna občina %1</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerDashboardProperties</name>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="36"/>
        <source>open</source>
        <translation>odprto</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="41"/>
        <source>all cities; or e.g. Athens, Sofia</source>
        <translation>vsa mesta; ali npr. Athens, Sofia</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="42"/>
        <source>each KPI&apos;s own</source>
        <translation>lastna za vsak KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="43"/>
        <source>Day</source>
        <translation>Dan</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="44"/>
        <source>Week</source>
        <translation>Teden</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="45"/>
        <source>Month</source>
        <translation>Mesec</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="46"/>
        <source>Year</source>
        <translation>Leto</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="47"/>
        <source>all domains</source>
        <translation>vse domene</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="51"/>
        <source>&lt;b&gt;Dashboard&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nadzorna plošča&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="53"/>
        <source>Title:</source>
        <translation>Naslov:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="54"/>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="55"/>
        <source>City:</source>
        <translation>Mesto:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="56"/>
        <source>&lt;b&gt;Common filters&lt;/b&gt; (applied to every panel)</source>
        <translation>&lt;b&gt;Skupni filtri&lt;/b&gt; (veljajo za vse plošče)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="59"/>
        <source>Cities:</source>
        <translation>Mesta:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="60"/>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="61"/>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="62"/>
        <source>Grain:</source>
        <translation>Časovna ločljivost:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="63"/>
        <source>Domain:</source>
        <translation>Domena:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="71"/>
        <source>title</source>
        <translation>naslov</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="76"/>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="80"/>
        <source>city</source>
        <translation>mesto</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="84"/>
        <source>cities filter</source>
        <translation>filter mest</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="88"/>
        <source>start date</source>
        <translation>začetni datum</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="93"/>
        <source>end date</source>
        <translation>končni datum</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="97"/>
        <source>grain</source>
        <translation>časovna ločljivost</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="103"/>
        <source>domain</source>
        <translation>domena</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="142"/>
        <source>Change the dashboard %1</source>
        <translation>Sprememba nadzorne plošče: %1</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerGrid</name>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="36"/>
        <source>Dashboard layout</source>
        <translation>Postavitev nadzorne plošče</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="334"/>
        <source>This dashboard has no panels.</source>
        <translation>Ta nadzorna plošča nima plošč.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="335"/>
        <source>Drag a KPI or a visualisation from the palette onto the grid.</source>
        <translation>Povlecite KPI ali vizualizacijo s palete na mrežo.</translation>
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
            <numerusform>+ še %n KPI</numerusform>
            <numerusform>+ še %n KPI-ja</numerusform>
            <numerusform>+ še %n KPI-ji</numerusform>
            <numerusform>+ še %n KPI-jev</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPalette</name>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="45"/>
        <source>New KPI…</source>
        <translation>Nov KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="45"/>
        <source>Define a new KPI for this dashboard (Ctrl+N)</source>
        <translation>Določi nov KPI za to nadzorno ploščo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="46"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="138"/>
        <source>Edit…</source>
        <translation>Uredi…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="46"/>
        <source>Edit the selected KPI (Return)</source>
        <translation>Uredi izbrani KPI (Enter)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="47"/>
        <source>Remove</source>
        <translation>Odstrani</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="47"/>
        <source>Remove the selected KPI from the dashboard and its panels (Delete)</source>
        <translation>Odstrani izbrani KPI z nadzorne plošče in njenih plošč (Delete)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="50"/>
        <source>Search KPIs, types, panels…</source>
        <translation>Iskanje KPI-jev, tipov, plošč…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="52"/>
        <source>Search the palette</source>
        <translation>Iskanje po paleti</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="53"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="67"/>
        <source>KPIs</source>
        <translation>KPI-ji</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="54"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="70"/>
        <source>Visualisations</source>
        <translation>Vizualizacije</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="55"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="72"/>
        <source>Panels</source>
        <translation>Plošče</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="138"/>
        <source>View…</source>
        <translation>Pogled…</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPaletteModel</name>
    <message>
        <location filename="../widgets/kpi/designerpalettemodel.cpp" line="74"/>
        <source>Drag onto the grid to add a %1 panel</source>
        <translation>Povlecite na mrežo, da dodate ploščo tipa %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalettemodel.cpp" line="77"/>
        <source>%1
%2
Drag onto the grid to chart it; double-click to edit.</source>
        <translation>%1
%2
Povlecite na mrežo, da ga prikažete v grafikonu; dvokliknite za urejanje.</translation>
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
        <translation>%1: stolpec %2, vrstica %3, %4 × %5 celic</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPanelProperties</name>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="27"/>
        <source>auto</source>
        <translation>samodejno</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="49"/>
        <source>Filter KPIs…</source>
        <translation>Filtriraj KPI-je…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="55"/>
        <source>Trend vs. previous period</source>
        <translation>Trend glede na prejšnje obdobje</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="59"/>
        <source>Choropleth (areas)</source>
        <translation>Kartogram (območja)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="60"/>
        <source>Points</source>
        <translation>Točke</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="62"/>
        <source>boundary dataset id or title</source>
        <translation>ID ali naslov nabora podatkov z mejami</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="68"/>
        <source>default (10)</source>
        <translation>privzeto (10)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="71"/>
        <source>default (500)</source>
        <translation>privzeto (500)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="76"/>
        <source>Title:</source>
        <translation>Naslov:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="77"/>
        <source>Type:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="78"/>
        <source>KPIs:</source>
        <translation>KPI-ji:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="79"/>
        <source>Dimension:</source>
        <translation>Dimenzija:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="81"/>
        <source>Gauge minimum:</source>
        <translation>Minimum merilnika:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="82"/>
        <source>Gauge maximum:</source>
        <translation>Maksimum merilnika:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="83"/>
        <source>Map mode:</source>
        <translation>Način zemljevida:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="84"/>
        <source>Boundaries:</source>
        <translation>Meje:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="85"/>
        <source>Join field:</source>
        <translation>Polje za povezavo:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="86"/>
        <source>Latitude field:</source>
        <translation>Polje zemljepisne širine:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="87"/>
        <source>Longitude field:</source>
        <translation>Polje zemljepisne dolžine:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="88"/>
        <source>Bins:</source>
        <translation>Razredi:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="89"/>
        <source>Row limit:</source>
        <translation>Omejitev vrstic:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="99"/>
        <source>title</source>
        <translation>naslov</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="103"/>
        <source>type</source>
        <translation>tip</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="113"/>
        <source>KPIs</source>
        <translation>KPI-ji</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="162"/>
        <source>&lt;b&gt;Panel&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Plošča&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="163"/>
        <source>&lt;b&gt;Panel&lt;/b&gt;&lt;br&gt;Select a panel on the grid, or drag one from the palette.</source>
        <translation>&lt;b&gt;Plošča&lt;/b&gt;&lt;br&gt;Izberite ploščo na mreži ali jo povlecite s palete.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="171"/>
        <source>default: %1</source>
        <translation>privzeto: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="244"/>
        <source>Change the %1 of %2</source>
        <translation>Spremeni %1 za %2</translation>
    </message>
</context>
<context>
    <name>urbis::Extent</name>
    <message>
        <location filename="../core/geo/extent.cpp" line="67"/>
        <source>Invalid bounding box &quot;%1&quot;: %2</source>
        <translation>Neveljaven omejevalni okvir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="70"/>
        <source>expected W,S,E,N</source>
        <translation>pričakovano W,S,E,N</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="76"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ni število</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="79"/>
        <source>longitude outside -180..180</source>
        <translation>zemljepisna dolžina zunaj -180..180</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="81"/>
        <source>latitude outside -90..90</source>
        <translation>zemljepisna širina zunaj -90..90</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="83"/>
        <source>south is greater than north</source>
        <translation>jug je večji od severa</translation>
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
        <translation type="vanished">Preklicano</translation>
    </message>
</context>
<context>
    <name>urbis::FactScan</name>
    <message>
        <source>Cannot open the data of a dataset: %1</source>
        <translation type="vanished">Podatkov nabora podatkov ni mogoče odpreti: %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="75"/>
        <source>Cannot read the facts</source>
        <translation>Dejstev ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="159"/>
        <source>Reading the facts failed</source>
        <translation>Branje dejstev ni uspelo</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="212"/>
        <source>The data of this dataset is not a GeoPackage table: KPIs need tabular facts</source>
        <translation>Podatki tega nabora podatkov niso tabela GeoPackage: KPI-ji potrebujejo tabelarična dejstva</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="219"/>
        <source>The GeoPackage holds no table</source>
        <translation>GeoPackage ne vsebuje nobene tabele</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="231"/>
        <source>Cannot read the columns of %1</source>
        <translation>Stolpcev %1 ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="258"/>
        <source>Cannot read the facts of table %1</source>
        <translation>Dejstev tabele %1 ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/kpi/factworkers.h" line="38"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
</context>
<context>
    <name>urbis::FieldMapping</name>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="172"/>
        <source>&quot;%1&quot; is not a time: %2</source>
        <translation>&quot;%1&quot; ni čas: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="200"/>
        <source>The record has none of the mapped measures or attributes</source>
        <translation>Zapis nima nobene od preslikanih meritev ali atributov</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="234"/>
        <source>Field mapping: &quot;%1&quot; must be %2</source>
        <translation>Preslikava polj: &quot;%1&quot; mora biti %2</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="242"/>
        <source>text</source>
        <translation>besedilo</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="255"/>
        <source>one of auto, epochSeconds, epochMillis, iso</source>
        <translation>eno od auto, epochSeconds, epochMillis, iso</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="259"/>
        <source>a list</source>
        <translation>seznam</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="266"/>
        <source>a list of keys or {&quot;key&quot;, &quot;unit&quot;} objects</source>
        <translation>seznam ključev ali objektov {&quot;key&quot;, &quot;unit&quot;}</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="271"/>
        <location filename="../core/stream/fieldmapping.cpp" line="274"/>
        <source>a list of keys</source>
        <translation>seznam ključev</translation>
    </message>
</context>
<context>
    <name>urbis::FieldMappingEditor</name>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="43"/>
        <source>&amp;Infer from the first record</source>
        <translation>Izpelji iz &amp;prvega zapisa</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="47"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="47"/>
        <source>Remove</source>
        <translation>Odstrani</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="48"/>
        <source>Annex B</source>
        <translation>Priloga B</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="51"/>
        <source>Time, station, position and every number of the first record become the mapping</source>
        <translation>Čas, postaja, položaj in vsa števila iz prvega zapisa postanejo preslikava</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="52"/>
        <source>empty: the time the message arrived</source>
        <translation>prazno: čas prejema sporočila</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="54"/>
        <source>Automatic</source>
        <translation>Samodejno</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="55"/>
        <source>Seconds since 1970</source>
        <translation>Sekunde od leta 1970</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="56"/>
        <source>Milliseconds since 1970</source>
        <translation>Milisekunde od leta 1970</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="57"/>
        <source>ISO 8601 text</source>
        <translation>Besedilo ISO 8601</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="58"/>
        <source>empty: one station; a|b: the first present</source>
        <translation>prazno: ena postaja; a|b: prvi prisotni</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="60"/>
        <source>Measure key</source>
        <translation>Ključ meritve</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="60"/>
        <source>Unit</source>
        <translation>Enota</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="67"/>
        <source>Reset to the CLIMABOROUGH Annex B air-quality record</source>
        <translation>Ponastavi na zapis kakovosti zraka iz Priloge B projekta CLIMABOROUGH</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="68"/>
        <source>text keys to keep, comma-separated</source>
        <translation>besedilni ključi, ki se ohranijo, ločeni z vejicami</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="75"/>
        <source>&amp;Time key:</source>
        <translation>Ključ &amp;časa:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="76"/>
        <source>&amp;Station key:</source>
        <translation>Ključ po&amp;staje:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="80"/>
        <source>&amp;Latitude / longitude keys:</source>
        <translation>Ključa za &amp;zemljepisno širino / dolžino:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="89"/>
        <source>&amp;Measures:</source>
        <translation>&amp;Meritve:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="90"/>
        <source>Te&amp;xt attributes:</source>
        <translation>&amp;Besedilni atributi:</translation>
    </message>
</context>
<context>
    <name>urbis::FilePage</name>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="26"/>
        <source>table</source>
        <translation>tabela</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="27"/>
        <source>vector layer</source>
        <translation>vektorski sloj</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="28"/>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="31"/>
        <source>unknown format</source>
        <translation>neznan format</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="38"/>
        <source>Files to import</source>
        <translation>Datoteke za uvoz</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="39"/>
        <source>Add tables (CSV, JSON, XML), vector layers (GeoJSON, Shapefile, GeoPackage, KML, GML) or rasters (GeoTIFF, PNG, JPEG). You can also drop files here or on the main window.</source>
        <translation>Dodajte tabele (CSV, JSON, XML), vektorske sloje (GeoJSON, Shapefile, GeoPackage, KML, GML) ali rastre (GeoTIFF, PNG, JPEG). Datoteke lahko tudi povlečete sem ali v glavno okno.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="47"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Dodaj datoteke…</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="49"/>
        <source>Choose files to import (%1)</source>
        <translation>Izberite datoteke za uvoz (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="50"/>
        <source>&amp;Remove</source>
        <translation>&amp;Odstrani</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="52"/>
        <source>Take the selected files off the list (Del)</source>
        <translation>Odstrani izbrane datoteke s seznama (Del)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="53"/>
        <source>The selected file is previewed and imported next; the others stay in the list.</source>
        <translation>Izbrana datoteka je prikazana v predogledu in bo uvožena naslednja; ostale ostanejo na seznamu.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="91"/>
        <source>Supported files (%1)</source>
        <translation>Podprte datoteke (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92"/>
        <source>Tables (%1)</source>
        <translation>Tabele (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92"/>
        <source>Vector layers (%1)</source>
        <translation>Vektorski sloji (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93"/>
        <source>Rasters and photos (%1)</source>
        <translation>Rastri in fotografije (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93"/>
        <source>All files (*)</source>
        <translation>Vse datoteke (*)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="150"/>
        <source>Import files</source>
        <translation>Uvozi datoteke</translation>
    </message>
</context>
<context>
    <name>urbis::FloodModel</name>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="35"/>
        <source>The flood simulation was cancelled.</source>
        <translation>Simulacija poplave je bila preklicana.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="75"/>
        <source>The elevation grid is empty.</source>
        <translation>Mreža nadmorskih višin je prazna.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="77"/>
        <source>The grid of %1 × %2 cells is too large.</source>
        <translation>Mreža %1 × %2 celic je prevelika.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="80"/>
        <source>The barrier grid (%1 × %2) does not match the elevation grid (%3 × %4).</source>
        <translation>Mreža ovir (%1 × %2) se ne ujema z mrežo nadmorskih višin (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="86"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>Velikost celice mora biti pozitivno število metrov.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="88"/>
        <source>A flood run needs at least one step.</source>
        <translation>Izračun poplave potrebuje vsaj en korak.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="90"/>
        <source>The step length must be a positive number of seconds.</source>
        <translation>Dolžina koraka mora biti pozitivno število sekund.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="92"/>
        <source>Manning&apos;s n must be zero or more.</source>
        <translation>Manningov n mora biti nič ali več.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="94"/>
        <source>Inflow and rainfall need times in order and values of zero or more.</source>
        <translation>Dotok in padavine potrebujejo urejene čase in vrednosti nič ali več.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="98"/>
        <source>The inflow cell (%1, %2) is outside the grid.</source>
        <translation>Celica dotoka (%1, %2) je zunaj mreže.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="100"/>
        <source>The inflow cell (%1, %2) is inside a wall.</source>
        <translation>Celica dotoka (%1, %2) je znotraj zidu.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="104"/>
        <source>The elevation grid has cells without a value.</source>
        <translation>Mreža nadmorskih višin ima celice brez vrednosti.</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintView</name>
    <message>
        <source>(no city)</source>
        <translation type="vanished">(brez mesta)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>No datasets match the search.</source>
        <translation type="vanished">Iskanju ne ustreza noben nabor podatkov.</translation>
    </message>
    <message>
        <source>Dataset footprints (longitude / latitude); the map view comes later.</source>
        <translation type="vanished">Območja naborov podatkov (zemljepisna dolžina / širina); pogled zemljevida bo dodan pozneje.</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintsLayer</name>
    <message>
        <location filename="../core/map/footprintslayer.h" line="25"/>
        <source>Dataset footprints</source>
        <translation>Območja naborov podatkov</translation>
    </message>
</context>
<context>
    <name>urbis::ForecastSeries</name>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="50"/>
        <source>KPI %1: &quot;%2&quot; is not an ISO period (2023, 2023-01, 2023-W05, 2023-01-31)</source>
        <translation>KPI %1: &quot;%2&quot; ni obdobje ISO (2023, 2023-01, 2023-W05, 2023-01-31)</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="54"/>
        <source>KPI %1 mixes %2 and %3 periods</source>
        <translation>KPI %1 meša obdobja %2 in %3</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="60"/>
        <source>KPI %1 has period %2 twice</source>
        <translation>KPI %1 ima obdobje %2 dvakrat</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="71"/>
        <source>KPI %1 has no values for the chosen dimensions</source>
        <translation>KPI %1 nima vrednosti za izbrane dimenzije</translation>
    </message>
</context>
<context>
    <name>urbis::Forecaster</name>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="17"/>
        <source>The forecast horizon must be at least 1 period</source>
        <translation>Obzorje napovedi mora biti vsaj 1 obdobje</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="19"/>
        <source>The confidence level must lie between 0 and 1</source>
        <translation>Stopnja zaupanja mora biti med 0 in 1</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="21"/>
        <source>The season length cannot be negative</source>
        <translation>Dolžina sezone ne sme biti negativna</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="24"/>
        <source>The series has no values to forecast from</source>
        <translation>Niz nima vrednosti, iz katerih bi lahko napovedovali</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="38"/>
        <source>Holt-Winters chosen: the history spans %1 full seasons of %2 periods.</source>
        <translation>Izbran Holt-Winters: zgodovina obsega %1 celih sezon po %2 obdobij.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="42"/>
        <source>Linear trend chosen: the grain has no season.</source>
        <translation>Izbran linearni trend: časovna ločljivost nima sezone.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="43"/>
        <source>Linear trend chosen: the history is shorter than two seasons of %1 periods.</source>
        <translation>Izbran linearni trend: zgodovina je krajša od dveh sezon po %1 obdobij.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="45"/>
        <source>Leading or trailing periods without a value were left out; the forecast starts after the last value (%1).</source>
        <translation>Začetna ali končna obdobja brez vrednosti so bila izpuščena; napoved se začne po zadnji vrednosti (%1).</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaCheck</name>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="78"/>
        <source>cannot %1 values in %2 and in %3</source>
        <translation>vrednosti v %2 in v %3 ni mogoče %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="79"/>
        <source>add</source>
        <translation>seštevati</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="79"/>
        <source>subtract</source>
        <translation>odštevati</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="104"/>
        <source>the KPI has no default source</source>
        <translation>KPI nima privzetega vira</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="105"/>
        <source>no source is called &quot;%1&quot;; sources: %2</source>
        <translation>noben vir se ne imenuje &quot;%1&quot;; viri: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="115"/>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (ste mislili &quot;%1&quot;?)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="116"/>
        <source>unknown field &quot;%1&quot;%2</source>
        <translation>neznano polje &quot;%1&quot;%2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="141"/>
        <source>&quot;%1&quot; is a %2 field: only count() and count_distinct() take it</source>
        <translation>&quot;%1&quot; je polje tipa %2: sprejmeta ga samo count() in count_distinct()</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="155"/>
        <source>one aggregate reads one source: combine sources with arithmetic between aggregates</source>
        <translation>en agregat bere en vir: vire združite z aritmetičnimi operacijami med agregati</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="197"/>
        <source>the formula is empty</source>
        <translation>formula je prazna</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="208"/>
        <source>the formula reads no data: use an aggregate such as avg(field)</source>
        <translation>formula ne bere podatkov: uporabite agregat, kot je avg(field)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="215"/>
        <source>the formula gives values in %1 but the KPI&apos;s unit is %2</source>
        <translation>formula daje vrednosti v %1, enota KPI-ja pa je %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="232"/>
        <source>Mean of the field&apos;s values in the period</source>
        <translation>Povprečje vrednosti polja v obdobju</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="233"/>
        <source>Total of the field&apos;s values</source>
        <translation>Vsota vrednosti polja</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="234"/>
        <source>Smallest value</source>
        <translation>Najmanjša vrednost</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="235"/>
        <source>Largest value</source>
        <translation>Največja vrednost</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="236"/>
        <source>Number of rows; count(field) counts rows where the field has a value</source>
        <translation>Število vrstic; count(field) šteje vrstice, v katerih ima polje vrednost</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="237"/>
        <source>Number of different values</source>
        <translation>Število različnih vrednosti</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="238"/>
        <source>Middle value</source>
        <translation>Srednja vrednost (mediana)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="239"/>
        <source>Value below which the given percentage of values fall</source>
        <translation>Vrednost, pod katero je dani odstotek vrednosti</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="240"/>
        <source>The expression&apos;s value in the previous period</source>
        <translation>Vrednost izraza v prejšnjem obdobju</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="241"/>
        <source>The expression&apos;s value in the same period a year earlier</source>
        <translation>Vrednost izraza v istem obdobju leto prej</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="242"/>
        <source>Change in % against the previous period</source>
        <translation>Sprememba v % glede na prejšnje obdobje</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="243"/>
        <source>Change in % against the same period last year</source>
        <translation>Sprememba v % glede na isto obdobje lani</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaEdit</name>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="65"/>
        <source>e.g. sum(recycled) / sum(collected)  —  Ctrl+Space completes</source>
        <translation>npr. sum(recycled) / sum(collected)  —  Ctrl+Space dokonča</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="66"/>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="71"/>
        <source>Formula check</source>
        <translation>Preverjanje formule</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="166"/>
        <source>keyword</source>
        <translation>ključna beseda</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="300"/>
        <source>Type a formula; Ctrl+Space lists fields and functions.</source>
        <translation>Vnesite formulo; Ctrl+Space izpiše polja in funkcije.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="301"/>
        <source>Formula OK</source>
        <translation>Formula je v redu</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="302"/>
        <source>Formula OK — result unit: %1</source>
        <translation>Formula je v redu — enota rezultata: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/formulaedit.cpp" line="307"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n napaka</numerusform>
            <numerusform>%n napaki</numerusform>
            <numerusform>%n napake</numerusform>
            <numerusform>%n napak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/formulaedit.cpp" line="307"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n opozorilo</numerusform>
            <numerusform>%n opozorili</numerusform>
            <numerusform>%n opozorila</numerusform>
            <numerusform>%n opozoril</numerusform>
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
        <translation>&quot;%1&quot; ni število</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="81"/>
        <source>text is not closed: a &apos; is missing</source>
        <translation>besedilo ni zaključeno: manjka &apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="81"/>
        <source>name is not closed: a &quot; is missing</source>
        <translation>ime ni zaključeno: manjka &quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="107"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>nepričakovan znak &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaParser</name>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="66"/>
        <source>unexpected &quot;%1&quot; after the end of the formula</source>
        <translation>nepričakovan &quot;%1&quot; za koncem formule</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="95"/>
        <source>%1 expected at the end</source>
        <translation>na koncu je pričakovano: %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="95"/>
        <source>%1 expected, found &quot;%2&quot;</source>
        <translation>pričakovano: %1, najdeno: &quot;%2&quot;</translation>
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
        <translation>&quot;%1&quot; je funkcija: napišite %1(…)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="186"/>
        <source>&quot;%1&quot; must be inside an aggregate such as avg(%1) or sum(%1)</source>
        <translation>&quot;%1&quot; mora biti znotraj agregata, kot je avg(%1) ali sum(%1)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="189"/>
        <source>the field &quot;%1&quot; must be inside an aggregate such as avg(…)</source>
        <translation>polje &quot;%1&quot; mora biti znotraj agregata, kot je avg(…)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="192"/>
        <source>the formula ends too early: a value is missing</source>
        <translation>formula se konča prezgodaj: manjka vrednost</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="195"/>
        <source>a number, an aggregate or &apos;(&apos; expected, found &quot;%1&quot;</source>
        <translation>pričakovano: število, agregat ali &apos;(&apos;, najdeno: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="204"/>
        <source>unknown function &quot;%1&quot;</source>
        <translation>neznana funkcija &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="218"/>
        <source>only count(*) takes &apos;*&apos;</source>
        <translation>samo count(*) sprejme &apos;*&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="224"/>
        <source>%1() needs a field, e.g. %1(pm10)</source>
        <translation>%1() potrebuje polje, npr. %1(pm10)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="234"/>
        <source>&apos;,&apos; and the percentile (0–100)</source>
        <translation>&apos;,&apos; in percentil (0–100)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="238"/>
        <source>the percentile must be a number from 0 to 100</source>
        <translation>percentil mora biti število od 0 do 100</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="295"/>
        <source>aggregates cannot be nested: %1(…) inside an aggregate</source>
        <translation>agregatov ni mogoče gnezditi: %1(…) znotraj agregata</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="305"/>
        <source>a field name expected at the end</source>
        <translation>na koncu je pričakovano ime polja</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="305"/>
        <source>a field name expected, found &quot;%1&quot;</source>
        <translation>pričakovano: ime polja, najdeno: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="314"/>
        <source>a field name expected after &quot;%1.&quot;</source>
        <translation>za &quot;%1.&quot; je pričakovano ime polja</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="365"/>
        <source>&quot;%1&quot; is a field name; text values take single quotes: &apos;%1&apos;</source>
        <translation>&quot;%1&quot; je ime polja; besedilne vrednosti se pišejo v enojnih narekovajih: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="366"/>
        <source>a number or a &apos;text&apos; value expected, found &quot;%1&quot;</source>
        <translation>pričakovano: število ali &apos;besedilna&apos; vrednost, najdeno: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="387"/>
        <source>&apos;(&apos; and a list of values</source>
        <translation>&apos;(&apos; in seznam vrednosti</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="405"/>
        <source>&quot;null&quot; expected after &quot;is&quot;</source>
        <translation>za &quot;is&quot; je pričakovano &quot;null&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="409"/>
        <source>a comparison (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, is null) expected after &quot;%1&quot;</source>
        <translation>za &quot;%1&quot; je pričakovana primerjava (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, is null)</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaSql</name>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="14"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>neznano polje &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="55"/>
        <source>unknown comparison &quot;%1&quot;</source>
        <translation>neznana primerjava &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="96"/>
        <source>aggregates and time shifts cannot be used inside a row expression</source>
        <translation>agregatov in časovnih zamikov ni mogoče uporabiti v izrazu vrstice</translation>
    </message>
</context>
<context>
    <name>urbis::GpkgWriter</name>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="367"/>
        <source>The GeoPackage %1 exists already</source>
        <translation>GeoPackage %1 že obstaja</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="374"/>
        <source>This GDAL has no GeoPackage driver</source>
        <translation>Ta GDAL nima gonilnika za GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="384"/>
        <source>Cannot create the GeoPackage %1</source>
        <translation>Ni mogoče ustvariti GeoPackage %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="393"/>
        <source>Unknown coordinate reference system &quot;%1&quot;</source>
        <translation>Neznan koordinatni sistem &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="413"/>
        <source>Cannot create the layer %1</source>
        <translation>Ni mogoče ustvariti sloja %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="435"/>
        <source>Cannot create the column &quot;%1&quot;</source>
        <translation>Ni mogoče ustvariti stolpca &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="442"/>
        <source>Cannot start writing the GeoPackage</source>
        <translation>Ni mogoče začeti pisanja v GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="456"/>
        <source>Cannot write row %1 to the GeoPackage</source>
        <translation>Vrstice %1 ni mogoče zapisati v GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="467"/>
        <source>Cannot save the GeoPackage</source>
        <translation>Ni mogoče shraniti GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="470"/>
        <source>Building the spatial index</source>
        <translation>Gradnja prostorskega indeksa</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="188"/>
        <location filename="../core/ingest/gpkgwriter.cpp" line="210"/>
        <source>Cannot build the spatial index</source>
        <translation>Prostorskega indeksa ni mogoče zgraditi</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="122"/>
        <location filename="../core/ingest/gpkgwriter.cpp" line="142"/>
        <source>Cannot prepare the spatial index</source>
        <translation>Prostorskega indeksa ni mogoče pripraviti</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="150"/>
        <source>GDAL created the spatial index %1 without triggers</source>
        <translation>GDAL je ustvaril prostorski indeks %1 brez prožilcev</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="481"/>
        <source>Cannot close the GeoPackage</source>
        <translation>Ni mogoče zapreti GeoPackage</translation>
    </message>
</context>
<context>
    <name>urbis::GridGeoref</name>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="81"/>
        <source>&quot;%1&quot; is not a coordinate reference system GDAL knows</source>
        <translation>&quot;%1&quot; ni koordinatni referenčni sistem, ki ga GDAL pozna</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="97"/>
        <source>The CRS &quot;%1&quot; is not in metres: cell sizes are metres, use a metric projection</source>
        <translation>Koordinatni sistem &quot;%1&quot; ni v metrih: velikosti celic so v metrih, uporabite metrično projekcijo</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="101"/>
        <source>The CRS &quot;%1&quot; is neither geographic nor projected</source>
        <translation>Koordinatni sistem &quot;%1&quot; ni niti geografski niti projiciran</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="106"/>
        <source>The origin %1, %2 cannot be placed in %3</source>
        <translation>Izhodišča %1, %2 ni mogoče umestiti v %3</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="124"/>
        <source>The grid&apos;s corners cannot be transformed to WGS84</source>
        <translation>Vogalov mreže ni mogoče pretvoriti v WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="139"/>
        <source>Grid points cannot be transformed to WGS84</source>
        <translation>Točk mreže ni mogoče pretvoriti v WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="158"/>
        <source>The grid&apos;s extent cannot be transformed to WGS84</source>
        <translation>Obsega mreže ni mogoče pretvoriti v WGS84</translation>
    </message>
</context>
<context>
    <name>urbis::GridRasterizer</name>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="27"/>
        <source>%1 is not a vector layer GDAL can read</source>
        <translation>%1 ni vektorski sloj, ki ga GDAL zna prebrati</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="30"/>
        <source>%1 has no coordinate reference system: it cannot be placed on the grid</source>
        <translation>%1 nima koordinatnega sistema: ni ga mogoče umestiti na mrežo</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="37"/>
        <source>Cannot create a %1 x %2 grid in memory</source>
        <translation>V pomnilniku ni mogoče ustvariti mreže %1 x %2</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="48"/>
        <source>Cannot draw %1 onto the scenario grid</source>
        <translation>%1 ni mogoče izrisati na mrežo scenarija</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="52"/>
        <source>Reading the rasterised %1 failed</source>
        <translation>Branje rasteriziranega %1 ni uspelo</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/geo/gridrasterizer.cpp" line="56"/>
        <source>No feature of %1 (%n feature(s)) crosses the scenario grid</source>
        <translation>
            <numerusform>Noben objekt sloja %1 (%n objekt) ne seka mreže scenarija</numerusform>
            <numerusform>Noben objekt sloja %1 (%n objekta) ne seka mreže scenarija</numerusform>
            <numerusform>Noben objekt sloja %1 (%n objekti) ne seka mreže scenarija</numerusform>
            <numerusform>Noben objekt sloja %1 (%n objektov) ne seka mreže scenarija</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::GridSpec</name>
    <message>
        <location filename="../core/sim/gridspec.cpp" line="43"/>
        <source>[longitude, latitude] of the north-west corner in degrees (latitude -80 to 84)</source>
        <translation>[zemljepisna dolžina, zemljepisna širina] severozahodnega vogala v stopinjah (širina od -80 do 84)</translation>
    </message>
    <message>
        <location filename="../core/sim/gridspec.cpp" line="48"/>
        <source>a CRS such as &quot;EPSG:4326&quot; or &quot;EPSG:32634&quot;</source>
        <translation>koordinatni sistem, kot je &quot;EPSG:4326&quot; ali &quot;EPSG:32634&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::GridTiffWriter</name>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="65"/>
        <source>A GeoTIFF needs at least one band and one cell</source>
        <translation>GeoTIFF potrebuje vsaj en kanal in eno celico</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="84"/>
        <source>Cannot create %1</source>
        <translation>%1 ni mogoče ustvariti</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="92"/>
        <source>Cannot georeference %1</source>
        <translation>%1 ni mogoče georeferencirati</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="119"/>
        <source>The GeoTIFF writer is closed</source>
        <translation>Zapisovalnik GeoTIFF je zaprt</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="121"/>
        <source>%1 has no band %2 of that type</source>
        <translation>%1 nima kanala %2 te vrste</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="131"/>
        <source>Cannot write band %1 of %2</source>
        <translation>Kanala %1 v %2 ni mogoče zapisati</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="152"/>
        <source>Cannot finish %1</source>
        <translation>%1 ni mogoče dokončati</translation>
    </message>
</context>
<context>
    <name>urbis::GridWarp</name>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="57"/>
        <source>%1 is not a raster GDAL can read</source>
        <translation>%1 ni raster, ki ga GDAL zna prebrati</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="60"/>
        <source>%1 is not georeferenced: it cannot be placed on the grid</source>
        <translation>%1 ni georeferenciran: ni ga mogoče umestiti na mrežo</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="63"/>
        <source>Cannot create a %1 x %2 grid in memory</source>
        <translation>V pomnilniku ni mogoče ustvariti mreže %1 x %2</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="68"/>
        <source>%1 has no raster band</source>
        <translation>%1 nima rastrskega kanala</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="73"/>
        <location filename="../core/geo/gridwarp.cpp" line="92"/>
        <source>Reading %1 failed</source>
        <translation>Branje %1 ni uspelo</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="85"/>
        <source>Cannot resample %1 onto the scenario grid</source>
        <translation>%1 ni mogoče prevzorčiti na mrežo scenarija</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="96"/>
        <source>%1 does not overlap the scenario grid</source>
        <translation>%1 se ne prekriva z mrežo scenarija</translation>
    </message>
</context>
<context>
    <name>urbis::HoltWinters</name>
    <message>
        <location filename="../core/sim/holtwinters.cpp" line="167"/>
        <source>Holt-Winters needs a season of at least 2 periods</source>
        <translation>Holt-Winters potrebuje sezono z vsaj 2 obdobjema</translation>
    </message>
    <message>
        <location filename="../core/sim/holtwinters.cpp" line="172"/>
        <source>Holt-Winters needs at least %1 full seasons (%2 periods); the series has %3</source>
        <translation>Holt-Winters potrebuje vsaj %1 cele sezone (%2 obdobij); niz jih ima %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/holtwinters.cpp" line="216"/>
        <source>%n missing period(s) were interpolated linearly for Holt-Winters.</source>
        <translation>
            <numerusform>%n manjkajoče obdobje je bilo za Holt-Winters linearno interpolirano.</numerusform>
            <numerusform>%n manjkajoči obdobji sta bili za Holt-Winters linearno interpolirani.</numerusform>
            <numerusform>%n manjkajoča obdobja so bila za Holt-Winters linearno interpolirana.</numerusform>
            <numerusform>%n manjkajočih obdobij je bilo za Holt-Winters linearno interpoliranih.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ImpactAnalysis</name>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="57"/>
        <source>The hazard grid is empty or too large</source>
        <translation>Mreža nevarnosti je prazna ali prevelika</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="75"/>
        <source>The population layer %1 needs a population field</source>
        <translation>Sloj prebivalstva %1 potrebuje polje s številom prebivalcev</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="89"/>
        <source>(no value)</source>
        <translation>(brez vrednosti)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/impactanalysis.cpp" line="139"/>
        <source>%1: %n feature(s) without a usable geometry were skipped.</source>
        <translation>
            <numerusform>%1: preskočen je bil %n objekt brez uporabne geometrije.</numerusform>
            <numerusform>%1: preskočena sta bila %n objekta brez uporabne geometrije.</numerusform>
            <numerusform>%1: preskočeni so bili %n objekti brez uporabne geometrije.</numerusform>
            <numerusform>%1: preskočenih je bilo %n objektov brez uporabne geometrije.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/impactanalysis.cpp" line="143"/>
        <source>%1: %n district(s) without a population or an area were skipped.</source>
        <translation>
            <numerusform>%1: preskočeno je bilo %n okrožje brez števila prebivalcev ali površine.</numerusform>
            <numerusform>%1: preskočeni sta bili %n okrožji brez števila prebivalcev ali površine.</numerusform>
            <numerusform>%1: preskočena so bila %n okrožja brez števila prebivalcev ali površine.</numerusform>
            <numerusform>%1: preskočenih je bilo %n okrožij brez števila prebivalcev ali površine.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="179"/>
        <source>The arrival grid is %1 x %2 cells; the analysis expects %3 x %4</source>
        <translation>Mreža časov prihoda ima %1 x %2 celic; analiza pričakuje %3 x %4</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="185"/>
        <source>At least one step is needed</source>
        <translation>Potreben je vsaj en korak</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="214"/>
        <source>The hazard frame is %1 x %2 cells; the analysis expects %3 x %4</source>
        <translation>Okvir nevarnosti ima %1 x %2 celic; analiza pričakuje %3 x %4</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="234"/>
        <source>The depth threshold must be above 0 m</source>
        <translation>Prag globine mora biti nad 0 m</translation>
    </message>
</context>
<context>
    <name>urbis::ImpactLayerReader</name>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="116"/>
        <source>The hazard grid has no CRS</source>
        <translation>Mreža nevarnosti nima koordinatnega sistema</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="119"/>
        <location filename="../core/geo/impactlayerreader.cpp" line="166"/>
        <source>Unknown CRS &quot;%1&quot;</source>
        <translation>Neznan koordinatni sistem &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="123"/>
        <source>A geocentric CRS cannot hold a hazard grid</source>
        <translation>Geocentrični koordinatni sistem ne more vsebovati mreže nevarnosti</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="145"/>
        <source>Cannot open %1 as a vector source</source>
        <translation>%1 ni mogoče odpreti kot vektorski vir</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="152"/>
        <source>%1 has no layer %2</source>
        <translation>%1 nima sloja %2</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="159"/>
        <source>Layer %1 of %2 has no field %3</source>
        <translation>Sloj %1 v %2 nima polja %3</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="179"/>
        <source>Cannot transform %1 to the hazard grid&apos;s CRS</source>
        <translation>%1 ni mogoče pretvoriti v koordinatni sistem mreže nevarnosti</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="212"/>
        <source>Impact analysis cancelled</source>
        <translation>Analiza vplivov je preklicana</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="247"/>
        <source>Reading %1 failed</source>
        <translation>Branje %1 ni uspelo</translation>
    </message>
</context>
<context>
    <name>urbis::ImpactMeasure</name>
    <message>
        <location filename="../core/sim/impactmeasure.cpp" line="13"/>
        <source>The hazard grid&apos;s geotransform cannot be inverted</source>
        <translation>Geotransformacije mreže nevarnosti ni mogoče obrniti</translation>
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
        <translation>uporaba: urbis import FILE... [--title T] [--city C] [--domain D] [--schema SCHEMA.json] [--allow-invalid]
                      [--description T] [--license L] [--source S] [--layer NAME] [--new-version] [--allow-duplicate]
Preveri, normalizira (GeoPackage ali GeoTIFF s ploščicami) in shrani vsako datoteko z njenim izvirnikom in
poročilom o preverjanju; izpiše ID-je novih naborov podatkov. Podatki z napakami so zavrnjeni, razen z --allow-invalid.
Že uvožena datoteka (enaki bajti) se ne shrani dvakrat; --new-version doda datoteko kot naslednjo
različico najnovejšega nabora podatkov z enakim naslovom.
izhodne kode: 0 uvoženo (ali že obstaja), 1 zavrnjeno (neveljavni podatki), 2 napaka uporabe ali neberljiv vhod, 3 V/I napaka</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="50"/>
        <source>import needs at least one file</source>
        <translation>import potrebuje vsaj eno datoteko</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="61"/>
        <source>Unknown domain &quot;%1&quot;; one of: %2</source>
        <translation>Neznana domena &quot;%1&quot;; ena od: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="79"/>
        <source>Cannot read %1: no such file</source>
        <translation>Ni mogoče prebrati %1: datoteka ne obstaja</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="102"/>
        <source>Importing %1</source>
        <translation>Uvažanje %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="152"/>
        <source>%1: already imported as %2 (&quot;%3&quot;, same sha256); nothing stored</source>
        <translation>%1: že uvoženo kot %2 (&quot;%3&quot;, enak sha256); nič ni shranjeno</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="160"/>
        <source>, row %1</source>
        <translation>, vrstica %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="162"/>
        <source>, column %1</source>
        <translation>, stolpec %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="166"/>
        <source>... and %1 more errors (urbis validate %2 --json lists all)</source>
        <translation>... in še dodatne napake: %1 (urbis validate %2 --json izpiše vse)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="167"/>
        <source>%1: not imported: %2 errors. Fix the file, or use --allow-invalid to store it with its report.</source>
        <translation>%1: ni uvoženo: napake: %2. Popravite datoteko ali uporabite --allow-invalid, da jo shranite skupaj s poročilom.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="173"/>
        <source>%1: imported as &quot;%2&quot; (%3 rows, %4 fields, %5)</source>
        <translation>%1: uvoženo kot &quot;%2&quot; (vrstic: %3, polj: %4, %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="178"/>
        <source>  column types were inferred from a sample of the rows</source>
        <translation>  tipi stolpcev so bili določeni iz vzorca vrstic</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="180"/>
        <source>  %1 findings kept in the validation report (urbis catalog show %2)</source>
        <translation>  ugotovitve, shranjene v poročilu o preverjanju: %1 (urbis catalog show %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="182"/>
        <source>  note: dataset %1 has the same title; use --new-version to add files as its next version</source>
        <translation>  opomba: nabor podatkov %1 ima enak naslov; z --new-version dodate datoteke kot njegovo naslednjo različico</translation>
    </message>
</context>
<context>
    <name>urbis::ImportJob</name>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="80"/>
        <source>Cannot read %1: no such file</source>
        <translation>Ni mogoče prebrati %1: datoteka ne obstaja</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="82"/>
        <source>Copying %1</source>
        <translation>Kopiranje %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="109"/>
        <source>Cannot create the work folder %1</source>
        <translation>Delovne mape %1 ni mogoče ustvariti</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="112"/>
        <source>Cannot create a work folder in %1</source>
        <translation>V %1 ni mogoče ustvariti delovne mape</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="140"/>
        <source>Detecting column types</source>
        <translation>Zaznavanje tipov stolpcev</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="144"/>
        <location filename="../core/ingest/importjob.cpp" line="166"/>
        <location filename="../core/ingest/importjob.cpp" line="226"/>
        <source>Import cancelled</source>
        <translation>Uvoz je preklican</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="156"/>
        <source>Validating and converting</source>
        <translation>Preverjanje in pretvarjanje</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="178"/>
        <source>Building the spatial index</source>
        <translation>Gradnja prostorskega indeksa</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="208"/>
        <source>The raster is not georeferenced: it cannot be placed on the map</source>
        <translation>Raster ni georeferenciran: ni ga mogoče umestiti na zemljevid</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="213"/>
        <source>Converting to tiled GeoTIFF</source>
        <translation>Pretvarjanje v GeoTIFF s ploščicami</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="228"/>
        <source>Storing</source>
        <translation>Shranjevanje</translation>
    </message>
</context>
<context>
    <name>urbis::ImportPage</name>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="24"/>
        <source>Import</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="25"/>
        <source>The file is converted, stored with its original and its validation report, and added to the catalog.</source>
        <translation>Datoteka se pretvori, shrani skupaj z izvirnikom in poročilom o preverjanju ter doda v katalog.</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="33"/>
        <source>Import the &amp;next file</source>
        <translation>Uvozi &amp;naslednjo datoteko</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="90"/>
        <source>Importing %1</source>
        <translation>Uvažanje %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="123"/>
        <source>&lt;p&gt;&lt;b&gt;%1 was not imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Go back to change the settings and try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Datoteka %1 ni bila uvožena.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Vrnite se, spremenite nastavitve in poskusite znova.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="131"/>
        <source>&lt;p style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 is in the catalog as &lt;b&gt;%2&lt;/b&gt;: %3 rows, %4 fields, %5.&lt;/p&gt;&lt;p&gt;Dataset id: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Uvoženo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Datoteka %1 je v katalogu kot &lt;b&gt;%2&lt;/b&gt;: vrstic: %3, polj: %4, %5.&lt;/p&gt;&lt;p&gt;ID nabora podatkov: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="138"/>
        <source>&lt;p&gt;It is the new version of dataset &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;To je nova različica nabora podatkov &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="140"/>
        <source>&lt;p&gt;%n finding(s) are kept in its validation report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n ugotovitev je shranjena v poročilu o preverjanju.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n ugotovitvi sta shranjeni v poročilu o preverjanju.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n ugotovitve so shranjene v poročilu o preverjanju.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n ugotovitev je shranjenih v poročilu o preverjanju.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="142"/>
        <source>&lt;p&gt;Note: dataset &lt;tt&gt;%1&lt;/tt&gt; has the same title. Next time, tick &quot;Add as a new version&quot; on the report page to chain them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Opomba: nabor podatkov &lt;tt&gt;%1&lt;/tt&gt; ima enak naslov. Naslednjič na strani s poročilom označite &quot;Dodaj kot novo različico&quot;, da ju povežete.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="146"/>
        <source>&lt;p style=&apos;color:#b26a00; font-size:large&apos;&gt;&lt;b&gt;Already in the catalog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The same file (same bytes) was imported before as &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Nothing was stored.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b26a00; font-size:large&apos;&gt;&lt;b&gt;Že v katalogu&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ista datoteka (enaki bajti) je bila že uvožena kot &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Nič ni bilo shranjeno.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="151"/>
        <source>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Not imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 has %n error(s). Go back to the report, fix the schema, or tick &quot;Import even with errors&quot; to store it with its report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Ni uvoženo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Datoteka %1 ima %n napako. Vrnite se na poročilo, popravite shemo ali označite &quot;Uvozi kljub napakam&quot;, da jo shranite skupaj s poročilom.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Ni uvoženo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Datoteka %1 ima %n napaki. Vrnite se na poročilo, popravite shemo ali označite &quot;Uvozi kljub napakam&quot;, da jo shranite skupaj s poročilom.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Ni uvoženo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Datoteka %1 ima %n napake. Vrnite se na poročilo, popravite shemo ali označite &quot;Uvozi kljub napakam&quot;, da jo shranite skupaj s poročilom.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Ni uvoženo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Datoteka %1 ima %n napak. Vrnite se na poročilo, popravite shemo ali označite &quot;Uvozi kljub napakam&quot;, da jo shranite skupaj s poročilom.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="160"/>
        <source>&lt;p&gt;%n more file(s) waiting in the list.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Na seznamu čaka še %n datoteka.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Na seznamu čakata še %n datoteki.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Na seznamu čakajo še %n datoteke.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Na seznamu čaka še %n datotek.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ImportPreview</name>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="16"/>
        <source>Reading %1</source>
        <translation>Branje %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="42"/>
        <source>Reading the preview was cancelled</source>
        <translation>Branje predogleda je preklicano</translation>
    </message>
</context>
<context>
    <name>urbis::ImportWizard</name>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="23"/>
        <source>Import data</source>
        <translation>Uvoz podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="27"/>
        <location filename="../widgets/import/importwizard.cpp" line="39"/>
        <source>&amp;Import</source>
        <translation>&amp;Uvozi</translation>
    </message>
</context>
<context>
    <name>urbis::IngestPass</name>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="86"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="91"/>
        <source>Reading stopped at row %1: %2</source>
        <translation>Branje se je ustavilo pri vrstici %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="108"/>
        <source>The source is empty</source>
        <translation>Vir je prazen</translation>
    </message>
</context>
<context>
    <name>urbis::JsonSource</name>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="132"/>
        <source>Row %1: %2</source>
        <translation>Vrstica %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="148"/>
        <source>Cannot read %1: %2</source>
        <translation>Ni mogoče prebrati %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="183"/>
        <source>Row %1 is longer than %2 bytes</source>
        <translation>Vrstica %1 je daljša od %2 bajtov</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="192"/>
        <source>the JSON text ends inside a value (truncated file?)</source>
        <translation>besedilo JSON se konča znotraj vrednosti (okrnjena datoteka?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="239"/>
        <source>the JSON text ends too early</source>
        <translation>besedilo JSON se konča prezgodaj</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="273"/>
        <location filename="../core/ingest/jsonsource.cpp" line="281"/>
        <source>invalid JSON</source>
        <translation>neveljaven JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="299"/>
        <source>%1 is GeoJSON; it is read as vector data</source>
        <translation>%1 je GeoJSON; prebere se kot vektorski podatki</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="314"/>
        <source>Cannot open %1: %2</source>
        <translation>Ni mogoče odpreti %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="331"/>
        <source>%1 is not UTF-8 text (JSON must be UTF-8)</source>
        <translation>%1 ni besedilo UTF-8 (JSON mora biti v UTF-8)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="337"/>
        <source>%1 holds no JSON</source>
        <translation>%1 ne vsebuje JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="350"/>
        <source>%1 is not a JSON array or object</source>
        <translation>%1 ni polje (array) ali objekt JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="375"/>
        <source>the file holds a second array of objects (&quot;%1&quot; after &quot;%2&quot;)</source>
        <translation>datoteka vsebuje drugo polje objektov (&quot;%1&quot; za &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="382"/>
        <source>unexpected data after the end of the JSON text</source>
        <translation>nepričakovani podatki za koncem besedila JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="394"/>
        <source>the JSON array is never closed (truncated file?)</source>
        <translation>polje JSON ni nikoli zaprto (okrnjena datoteka?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="405"/>
        <source>invalid JSON: expected &apos;,&apos; or &apos;]&apos; between records</source>
        <translation>neveljaven JSON: med zapisi je pričakovan &apos;,&apos; ali &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="412"/>
        <source>the record is not a JSON object</source>
        <translation>zapis ni objekt JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="430"/>
        <source>Row %1 is not valid UTF-8 text</source>
        <translation>Vrstica %1 ni veljavno besedilo UTF-8</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="432"/>
        <source>Row %1: invalid JSON: %2</source>
        <translation>Vrstica %1: neveljaven JSON: %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiCategory</name>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="19"/>
        <source>SC1 – Solid waste</source>
        <translation>SC1 – Trdni odpadki</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="20"/>
        <source>SC2 – Water</source>
        <translation>SC2 – Voda</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="21"/>
        <source>SC3 – Energy</source>
        <translation>SC3 – Energija</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="22"/>
        <source>SC4 – Soil</source>
        <translation>SC4 – Tla</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="23"/>
        <source>SC5 – Air</source>
        <translation>SC5 – Zrak</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="24"/>
        <source>EC1 – Carbon sequestration and storage</source>
        <translation>EC1 – Vezava in skladiščenje ogljika</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="25"/>
        <source>EC2 – Air purification</source>
        <translation>EC2 – Čiščenje zraka</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="26"/>
        <source>EC3 – Habitat quality</source>
        <translation>EC3 – Kakovost habitatov</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="27"/>
        <source>EC4 – Cooling capacity</source>
        <translation>EC4 – Hladilna zmogljivost</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="28"/>
        <source>EC5 – Water regulation (urban flood risk mitigation)</source>
        <translation>EC5 – Uravnavanje voda (blaženje tveganja urbanih poplav)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="29"/>
        <source>Action assessment</source>
        <translation>Ocena ukrepov</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="30"/>
        <source>Governance</source>
        <translation>Upravljanje</translation>
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
        <translation type="vanished">uporaba: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  ovrednoti KPI-je iz datoteke FILE ({&quot;kpis&quot;: [...]} ali shranjena nadzorna plošča) na naborih podatkov delovnega prostora
  --city C    samo nabori podatkov tega mesta (za več mest ponovite)
  --from T    prvo obdobje, ISO: 2023, 2023-01, 2023-01-31 ali datum s časom
  --to T      zadnje obdobje, enake oblike
  --grain G   preglasi časovno ločljivost vsakega KPI-ja
  --ngsi-ld   izpiše vrednosti kot entitete NGSI-LD KeyPerformanceIndicator (polje JSON)
  formule: glejte docs/kpi-formulas.md</translation>
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
        <translation type="vanished">uporaba: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  ovrednoti KPI-je iz datoteke FILE ({&quot;kpis&quot;: [...]} ali shranjena nadzorna plošča) na naborih podatkov delovnega prostora
  --city C    samo nabori podatkov tega mesta (za več mest ponovite)
  --from T    prvo obdobje, ISO: 2023, 2023-01, 2023-01-31 ali datum s časom
  --to T      zadnje obdobje, enake oblike
  --grain G   preglasi časovno ločljivost vsakega KPI-ja
  --ngsi-ld   izpiše vrednosti kot entitete NGSI-LD KeyPerformanceIndicator (polje JSON)
  --forecast N  napove še N obdobij po zadnji vrednosti vsakega niza, z intervali napovedi
              95 % (Holt-Winters pri zgodovini dveh celih sezon, sicer linearni trend)
  formule: glejte docs/kpi-formulas.md</translation>
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
        <translation>uporaba: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  ovrednoti KPI-je iz datoteke FILE ({&quot;kpis&quot;: [...]} ali shranjena nadzorna plošča) na naborih podatkov delovnega prostora
  --city C    samo nabori podatkov tega mesta (za več mest ponovite)
  --from T    prvo obdobje, ISO: 2023, 2023-01, 2023-01-31 ali datum s časom
  --to T      zadnje obdobje, enake oblike
  --grain G   preglasi časovno ločljivost vsakega KPI-ja
  --ngsi-ld   izpiše vrednosti kot entitete NGSI-LD KeyPerformanceIndicator (polje JSON)
  --forecast N  napove še N obdobij po zadnji vrednosti vsakega niza, z intervali napovedi
              95 % (Holt-Winters pri zgodovini dveh celih sezon, sicer linearni trend)
  --what-if DRIVER:CHANGE:FROM[:UNTIL]  spremeni KPI DRIVER iz datoteke FILE (za -20% ali za količino v njegovi
              enoti) od datuma FROM naprej in pokaže, kako se odzove vsak drug KPI (prilagojeno na zgodovino)
  formule: glejte docs/kpi-formulas.md</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="63"/>
        <source>kpi needs &quot;eval&quot; and one FILE.json</source>
        <translation>kpi potrebuje &quot;eval&quot; in eno datoteko FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="66"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 ni mogoče prebrati: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="70"/>
        <source>%1 is not a JSON object: %2 at byte %3</source>
        <translation>%1 ni objekt JSON: %2 pri bajtu %3</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="74"/>
        <source>%1 has no &quot;kpis&quot; array</source>
        <translation>%1 nima seznama &quot;kpis&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="101"/>
        <source>--grain must be day, week, month or year</source>
        <translation>--grain mora biti day, week, month ali year</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="109"/>
        <source>--forecast needs a number of periods from 1 to 1000</source>
        <translation>--forecast potrebuje število obdobij od 1 do 1000</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="118"/>
        <source>--what-if names the driver &quot;%1&quot;, which is not a KPI of %2</source>
        <translation>--what-if navaja dejavnik &quot;%1&quot;, ki ni KPI v %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/kpicommand.cpp" line="128"/>
        <source>Evaluating %n KPI(s)</source>
        <translation>
            <numerusform>Vrednotenje %n KPI-ja</numerusform>
            <numerusform>Vrednotenje %n KPI-jev</numerusform>
            <numerusform>Vrednotenje %n KPI-jev</numerusform>
            <numerusform>Vrednotenje %n KPI-jev</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="176"/>
        <source>no unit</source>
        <translation>brez enote</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="178"/>
        <source>no values for these filters</source>
        <translation>ni vrednosti za te filtre</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="189"/>
        <source>no forecast for %1: %2</source>
        <translation>ni napovedi za %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="192"/>
        <source>forecast (%1, %2 % interval):</source>
        <translation>napoved (%1, interval %2 %):</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="201"/>
        <source>no what-if for %1: %2</source>
        <translation>ni simulacije za %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="205"/>
        <source>what-if %1 %2 from %3: %4 in total [%5 – %6] (%7 per unit of %1, r² %8)</source>
        <translation>simulacija %1 %2 od %3: skupaj %4 [%5 – %6] (%7 na enoto %1, r² %8)</translation>
    </message>
</context>
<context>
    <name>urbis::KpiDefinition</name>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="99"/>
        <source>KPI &quot;%1&quot;: every entry of &quot;sources&quot; must be an object</source>
        <translation>KPI &quot;%1&quot;: vsak vnos v &quot;sources&quot; mora biti objekt</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="105"/>
        <source>KPI &quot;%1&quot;: grain must be day, week, month or year, not &quot;%2&quot;</source>
        <translation>KPI &quot;%1&quot;: grain mora biti day, week, month ali year, ne &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="123"/>
        <source>KPI &quot;%1&quot;: direction must be &quot;lower&quot; or &quot;higher&quot;, not &quot;%2&quot;</source>
        <translation>KPI &quot;%1&quot;: direction mora biti &quot;lower&quot; ali &quot;higher&quot;, ne &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="127"/>
        <source>KPI &quot;%1&quot;: thresholds must be numbers</source>
        <translation>KPI &quot;%1&quot;: pragovi morajo biti števila</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="133"/>
        <source>KPI &quot;%1&quot;: divisionByZero must be &quot;null&quot; or &quot;error&quot;</source>
        <translation>KPI &quot;%1&quot;: divisionByZero mora biti &quot;null&quot; ali &quot;error&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="145"/>
        <source>KPI id &quot;%1&quot; may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>ID KPI-ja &quot;%1&quot; lahko vsebuje samo črke, števke, &apos;.&apos;, &apos;_&apos; in &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="147"/>
        <source>KPI &quot;%1&quot; has no formula</source>
        <translation>KPI &quot;%1&quot; nima formule</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="149"/>
        <source>KPI &quot;%1&quot; names no dataset: give &quot;dataset&quot; or &quot;sources&quot;</source>
        <translation>KPI &quot;%1&quot; ne navaja nabora podatkov: navedite &quot;dataset&quot; ali &quot;sources&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="154"/>
        <source>KPI &quot;%1&quot;: source %2 names neither datasets nor a domain</source>
        <translation>KPI &quot;%1&quot;: vir %2 ne navaja niti naborov podatkov niti domene</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="156"/>
        <source>KPI &quot;%1&quot;: source %2 needs an alias of lower-case letters, digits and &apos;_&apos;</source>
        <translation>KPI &quot;%1&quot;: vir %2 potrebuje vzdevek iz malih črk, števk in &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="158"/>
        <source>KPI &quot;%1&quot;: the alias &quot;%2&quot; is used twice</source>
        <translation>KPI &quot;%1&quot;: vzdevek &quot;%2&quot; je uporabljen dvakrat</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="163"/>
        <source>KPI &quot;%1&quot;: thresholds must be in ascending order</source>
        <translation>KPI &quot;%1&quot;: pragovi morajo biti v naraščajočem vrstnem redu</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="165"/>
        <source>KPI &quot;%1&quot;: unknown category &quot;%2&quot; (expected one of %3)</source>
        <translation>KPI &quot;%1&quot;: neznana kategorija &quot;%2&quot; (pričakovana je ena od %3)</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEditor</name>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="66"/>
        <source>Validation</source>
        <translation>Preverjanje</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="100"/>
        <source>Indicator</source>
        <translation>Kazalnik</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="103"/>
        <source>letters, digits, . _ - e.g. pm10-monthly</source>
        <translation>črke, števke, . _ - npr. pm10-monthly</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="109"/>
        <source>(none)</source>
        <translation>(brez)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="113"/>
        <source>(not classified)</source>
        <translation>(nerazvrščeno)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="117"/>
        <source>e.g. µg/m3, kWh, %</source>
        <translation>npr. µg/m3, kWh, %</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="120"/>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="121"/>
        <source>&amp;Name:</source>
        <translation>I&amp;me:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="122"/>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="123"/>
        <source>Do&amp;main:</source>
        <translation>D&amp;omena:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="124"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorija:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="125"/>
        <source>&amp;Unit:</source>
        <translation>E&amp;nota:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="139"/>
        <source>Data</source>
        <translation>Podatki</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="143"/>
        <source>Day</source>
        <translation>Dan</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="144"/>
        <source>Week</source>
        <translation>Teden</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="145"/>
        <source>Month</source>
        <translation>Mesec</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="146"/>
        <source>Year</source>
        <translation>Leto</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="151"/>
        <source>Fields of the default source to group by; drag to reorder.</source>
        <translation>Polja privzetega vira za združevanje; povlecite za spremembo vrstnega reda.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="153"/>
        <source>Filter fields…</source>
        <translation>Filtriraj polja…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="164"/>
        <source>Sources:</source>
        <translation>Viri:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="166"/>
        <source>&amp;Formula:</source>
        <translation>&amp;Formula:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="167"/>
        <source>&amp;Grain:</source>
        <translation>Časovna &amp;ločljivost:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="171"/>
        <source>Dimensions:</source>
        <translation>Dimenzije:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="208"/>
        <location filename="../widgets/kpi/kpieditor.cpp" line="288"/>
        <source>Reading the sources&apos; fields…</source>
        <translation>Branje polj virov…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="255"/>
        <source>Another KPI of this dashboard already has the id “%1”.</source>
        <translation>Drug KPI te nadzorne plošče že ima ID “%1”.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="258"/>
        <source>Formula: %1</source>
        <translation>Formula: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="270"/>
        <source>Sources: %1</source>
        <translation>Viri: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="290"/>
        <source>The preview runs once the definition is valid.</source>
        <translation>Predogled se zažene, ko je definicija veljavna.</translation>
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
        <translation>Obdrži to definicijo (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditordialog.cpp" line="39"/>
        <source>New KPI</source>
        <translation>Nov KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditordialog.cpp" line="40"/>
        <source>KPI “%1”</source>
        <translation>KPI “%1”</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEngine</name>
    <message>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation type="vanished">Noben nabor podatkov nima ID-ja ali natančnega naslova &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="66"/>
        <source>KPI &quot;%1&quot;: %2 (at character %3 of the formula)</source>
        <translation>KPI &quot;%1&quot;: %2 (pri znaku %3 formule)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="76"/>
        <source>KPI &quot;%1&quot;: no dataset matches its source &quot;%2&quot; (domain %3, fields %4)</source>
        <translation>KPI &quot;%1&quot;: noben nabor podatkov se ne ujema z njegovim virom &quot;%2&quot; (domena %3, polja %4)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="77"/>
        <source>default</source>
        <translation>privzeti</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="104"/>
        <source>The data of &quot;%1&quot; is not on this computer: download it first</source>
        <translation>Podatki &quot;%1&quot; niso v tem računalniku: najprej jih prenesite</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="106"/>
        <location filename="../core/kpi/kpiengine.cpp" line="148"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="150"/>
        <source>Evaluating %1</source>
        <translation>Vrednotenje: %1</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEvaluationTask</name>
    <message numerus="yes">
        <location filename="../core/kpi/kpievaluationtask.cpp" line="13"/>
        <source>Evaluating %n KPI(s)</source>
        <translation>
            <numerusform>Vrednotenje %n KPI-ja</numerusform>
            <numerusform>Vrednotenje %n KPI-jev</numerusform>
            <numerusform>Vrednotenje %n KPI-jev</numerusform>
            <numerusform>Vrednotenje %n KPI-jev</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiEvaluator</name>
    <message>
        <location filename="../core/kpi/kpievaluator.cpp" line="24"/>
        <source>KPI &quot;%1&quot;: division by zero in period %2</source>
        <translation>KPI &quot;%1&quot;: deljenje z nič v obdobju %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiFiware</name>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="56"/>
        <source>text</source>
        <translation>besedilo</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="65"/>
        <source>a number</source>
        <translation>število</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="72"/>
        <source>a list</source>
        <translation>seznam</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="78"/>
        <source>attribute &quot;%1&quot; must be %2</source>
        <translation>atribut &quot;%1&quot; mora biti %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="210"/>
        <source>NGSI-LD entity &quot;%1&quot;: %2</source>
        <translation>entiteta NGSI-LD &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="215"/>
        <source>type must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>tip mora biti &quot;%1&quot;, ne &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="217"/>
        <source>the id must start with &quot;%1&quot;</source>
        <translation>ID se mora začeti z &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="228"/>
        <source>a list of text</source>
        <translation>seznam besedil</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="238"/>
        <source>day, week, month or year</source>
        <translation>day, week, month ali year</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="243"/>
        <source>a list of field names</source>
        <translation>seznam imen polj</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="248"/>
        <source>a list of numbers</source>
        <translation>seznam števil</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="255"/>
        <source>an ISO date</source>
        <translation>datum ISO</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="261"/>
        <source>&quot;lower&quot; or &quot;higher&quot;</source>
        <translation>&quot;lower&quot; ali &quot;higher&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="266"/>
        <source>a list of source objects</source>
        <translation>seznam objektov virov</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="272"/>
        <source>&quot;null&quot; or &quot;error&quot;</source>
        <translation>&quot;null&quot; ali &quot;error&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="282"/>
        <source>an ISO date and time</source>
        <translation>datum in čas ISO</translation>
    </message>
</context>
<context>
    <name>urbis::KpiHistogramPanel</name>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="45"/>
        <source>Periods</source>
        <translation>Obdobja</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="65"/>
        <source>Count</source>
        <translation>Število</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="81"/>
        <source>Range: %1 %2</source>
        <translation>Razpon: %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="83"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n vrednost</numerusform>
            <numerusform>%n vrednosti</numerusform>
            <numerusform>%n vrednosti</numerusform>
            <numerusform>%n vrednosti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiMapData</name>
    <message>
        <source>No dataset is called &quot;%1&quot;.</source>
        <translation type="vanished">Noben nabor podatkov se ne imenuje &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="41"/>
        <source>The map data has no field &quot;%1&quot;.</source>
        <translation>Podatki zemljevida nimajo polja &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="150"/>
        <source>The map panel needs a dataset and a field to match the KPI&apos;s dimension values.</source>
        <translation>Plošča zemljevida potrebuje nabor podatkov in polje, ki se ujema z vrednostmi dimenzije KPI-ja.</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="165"/>
        <source>Cancelled.</source>
        <translation>Preklicano.</translation>
    </message>
</context>
<context>
    <name>urbis::KpiMapPanel</name>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="82"/>
        <source>Loading the map…</source>
        <translation>Nalaganje zemljevida…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="85"/>
        <source>The map dataset has no shapes.</source>
        <translation>Nabor podatkov zemljevida nima geometrij.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="200"/>
        <source>No value</source>
        <translation>Ni vrednosti</translation>
    </message>
</context>
<context>
    <name>urbis::KpiNgsiLd</name>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="89"/>
        <source>kpiValue instance %1 is not an object</source>
        <translation>Primerek kpiValue %1 ni objekt</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="91"/>
        <source>kpiValue instance %1: %2</source>
        <translation>Primerek kpiValue %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="100"/>
        <source>kpiValue must be a list of Property instances</source>
        <translation>kpiValue mora biti seznam primerkov Property</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="110"/>
        <source>kpiValue entry %1 must be [value, observedAt]</source>
        <translation>Vnos kpiValue %1 mora biti [value, observedAt]</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="114"/>
        <source>kpiValue entry %1: %2</source>
        <translation>Vnos kpiValue %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="127"/>
        <source>the value must be a number or &quot;%1&quot;</source>
        <translation>vrednost mora biti število ali &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="132"/>
        <source>&quot;%1&quot; is not an ISO period (2023, 2023-01, 2023-W05, 2023-01-31)</source>
        <translation>&quot;%1&quot; ni obdobje ISO (2023, 2023-01, 2023-W05, 2023-01-31)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="136"/>
        <source>neither urbis:period nor a valid observedAt</source>
        <translation>niti urbis:period niti veljaven observedAt</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="142"/>
        <source>urbis:status must be good, warn or bad</source>
        <translation>urbis:status mora biti good, warn ali bad</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="233"/>
        <source>Expected an NGSI-LD entity or a list of entities</source>
        <translation>Pričakovana je entiteta NGSI-LD ali seznam entitet</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="235"/>
        <source>The NGSI-LD document holds no entities</source>
        <translation>Dokument NGSI-LD ne vsebuje entitet</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="241"/>
        <source>Entity %1 is not a JSON object</source>
        <translation>Entiteta %1 ni objekt JSON</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="256"/>
        <source>Entity &quot;%1&quot; belongs to the KPI &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>Entiteta &quot;%1&quot; pripada KPI-ju &quot;%2&quot;, ne &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="260"/>
        <source>NGSI-LD entity &quot;%1&quot;: urbis:dimensionValues must be an object</source>
        <translation>Entiteta NGSI-LD &quot;%1&quot;: urbis:dimensionValues mora biti objekt</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="265"/>
        <source>NGSI-LD entity &quot;%1&quot;: the value of dimension &quot;%2&quot; must be text</source>
        <translation>Entiteta NGSI-LD &quot;%1&quot;: vrednost dimenzije &quot;%2&quot; mora biti besedilo</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="273"/>
        <source>NGSI-LD entity &quot;%1&quot;: %2</source>
        <translation>Entiteta NGSI-LD &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPanelStyle</name>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="26"/>
        <source>Good</source>
        <translation>Dobro</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="28"/>
        <source>Warning</source>
        <translation>Opozorilo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="30"/>
        <source>Bad</source>
        <translation>Slabo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="31"/>
        <source>No status</source>
        <translation>Brez stanja</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="77"/>
        <source>(empty)</source>
        <translation>(prazno)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="86"/>
        <source>Period: %1</source>
        <translation>Obdobje: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="89"/>
        <source>Value: %1</source>
        <translation>Vrednost: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="89"/>
        <source>No value</source>
        <translation>Ni vrednosti</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="98"/>
        <source>No data for these filters</source>
        <translation>Ni podatkov za te filtre</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPanelWidget</name>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="87"/>
        <source>Panel</source>
        <translation>Plošča</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="131"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="146"/>
        <source>Not shown: %1</source>
        <translation>Ni prikazano: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="192"/>
        <source>Export panel as PNG…</source>
        <translation>Izvozi ploščo kot PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="193"/>
        <source>Export panel as SVG…</source>
        <translation>Izvozi ploščo kot SVG…</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPiePanel</name>
    <message>
        <location filename="../widgets/kpi/kpipiepanel.cpp" line="58"/>
        <source>Share: %1 %</source>
        <translation>Delež: %1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipiepanel.cpp" line="76"/>
        <source>(%n value(s) without a slice)</source>
        <translation>
            <numerusform>(%n vrednost brez izseka)</numerusform>
            <numerusform>(%n vrednosti brez izseka)</numerusform>
            <numerusform>(%n vrednosti brez izseka)</numerusform>
            <numerusform>(%n vrednosti brez izseka)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiPlan</name>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="68"/>
        <source>%1 (at character %2)</source>
        <translation>%1 (pri znaku %2)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="73"/>
        <source>the dimension &quot;%1&quot; is not a field of the source&apos;s data</source>
        <translation>dimenzija &quot;%1&quot; ni polje v podatkih vira</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="76"/>
        <source>KPI &quot;%1&quot;: %2</source>
        <translation>KPI &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="97"/>
        <source>KPI &quot;%1&quot;: the time field &quot;%2&quot; is not in &quot;%3&quot;</source>
        <translation>KPI &quot;%1&quot;: časovnega polja &quot;%2&quot; ni v &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="137"/>
        <source>The data of &quot;%1&quot; is not on this computer: download it first</source>
        <translation>Podatki &quot;%1&quot; niso v tem računalniku: najprej jih prenesite</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="140"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="149"/>
        <source>&quot;%1&quot; has no column &quot;%2&quot; in its data</source>
        <translation>&quot;%1&quot; v svojih podatkih nima stolpca &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="152"/>
        <source>KPI &quot;%1&quot;: &quot;%2&quot; lacks a dimension field (%3)</source>
        <translation>KPI &quot;%1&quot;: &quot;%2&quot; nima polja dimenzije (%3)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="156"/>
        <source>KPI &quot;%1&quot;: the datasets of one source differ in their time or dimension fields (&quot;%2&quot;)</source>
        <translation>KPI &quot;%1&quot;: nabori podatkov enega vira se razlikujejo v časovnih ali dimenzijskih poljih (&quot;%2&quot;)</translation>
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
        <translation>dobro</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="69"/>
        <source>warning</source>
        <translation>opozorilo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="71"/>
        <source>bad</source>
        <translation>slabo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="84"/>
        <source>Period</source>
        <translation>Obdobje</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="86"/>
        <source>Dimensions</source>
        <translation>Dimenzije</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="89"/>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="89"/>
        <source>Value (%1)</source>
        <translation>Vrednost (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="91"/>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPreviewPane</name>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="42"/>
        <source>Preview values</source>
        <translation>Predogled vrednosti</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="50"/>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="51"/>
        <source>Stop the preview evaluation</source>
        <translation>Ustavi vrednotenje predogleda</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="54"/>
        <source>Refresh</source>
        <translation>Osveži</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="55"/>
        <source>Evaluate the KPI again (F5)</source>
        <translation>Znova ovrednoti KPI (F5)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="59"/>
        <source>&lt;b&gt;Live preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Predogled v živo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="72"/>
        <source>The preview appears when the definition is complete.</source>
        <translation>Predogled se prikaže, ko je definicija popolna.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="117"/>
        <source>Preview cancelled.</source>
        <translation>Predogled je preklican.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="137"/>
        <source>Evaluating…</source>
        <translation>Vrednotenje…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="161"/>
        <source>The evaluation gave no result.</source>
        <translation>Vrednotenje ni dalo rezultata.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="177"/>
        <source>No values: the sources have no facts for this formula.</source>
        <translation>Ni vrednosti: viri nimajo dejstev za to formulo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="179"/>
        <source>First %1 of %n value(s), %2 ms.</source>
        <translation>
            <numerusform>Prvih %1 od %n vrednosti, %2 ms.</numerusform>
            <numerusform>Prvih %1 od %n vrednosti, %2 ms.</numerusform>
            <numerusform>Prvih %1 od %n vrednosti, %2 ms.</numerusform>
            <numerusform>Prvih %1 od %n vrednosti, %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="182"/>
        <source>%n value(s), %1 ms.</source>
        <translation>
            <numerusform>%n vrednost, %1 ms.</numerusform>
            <numerusform>%n vrednosti, %1 ms.</numerusform>
            <numerusform>%n vrednosti, %1 ms.</numerusform>
            <numerusform>%n vrednosti, %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiPreviewSparkline</name>
    <message>
        <location filename="../widgets/kpi/kpipreviewsparkline.cpp" line="13"/>
        <source>Preview trend</source>
        <translation>Trend predogleda</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewsparkline.cpp" line="40"/>
        <source>no values</source>
        <translation>ni vrednosti</translation>
    </message>
</context>
<context>
    <name>urbis::KpiSourceResolver</name>
    <message>
        <location filename="../core/kpi/kpisourceresolver.cpp" line="21"/>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation>Noben nabor podatkov nima ID-ja ali natančnega naslova &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::KpiSourcesEditor</name>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="22"/>
        <source>Air quality</source>
        <translation>Kakovost zraka</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="22"/>
        <source>Energy</source>
        <translation>Energija</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="23"/>
        <source>Mobility</source>
        <translation>Mobilnost</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="23"/>
        <source>Waste</source>
        <translation>Odpadki</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="24"/>
        <source>Water</source>
        <translation>Voda</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="24"/>
        <source>Climate</source>
        <translation>Podnebje</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="25"/>
        <source>Hazards</source>
        <translation>Nevarnosti</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="25"/>
        <source>Other</source>
        <translation>Drugo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="29"/>
        <source>Add source</source>
        <translation>Dodaj vir</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="30"/>
        <source>Remove</source>
        <translation>Odstrani</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="31"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="33"/>
        <source>…or every dataset of the catalog with</source>
        <translation>…ali vsi nabori podatkov iz kataloga z</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="38"/>
        <source>Sources</source>
        <translation>Viri</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="39"/>
        <source>empty for the default source; e.g. pop</source>
        <translation>prazno za privzeti vir; npr. pop</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="44"/>
        <source>dataset title or id</source>
        <translation>naslov ali ID nabora podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="49"/>
        <source>Datasets read as one table (rows are unioned). Delete removes the selected one.</source>
        <translation>Nabori podatkov, prebrani kot ena tabela (vrstice se združijo). Delete odstrani izbranega.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="50"/>
        <source>(any)</source>
        <translation>(katera koli)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="53"/>
        <source>all cities</source>
        <translation>vsa mesta</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="54"/>
        <source>fields a dataset must have, comma separated</source>
        <translation>polja, ki jih mora imeti nabor podatkov, ločena z vejicami</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="55"/>
        <source>first date field</source>
        <translation>prvo datumsko polje</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="61"/>
        <source>Domain:</source>
        <translation>Domena:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="62"/>
        <source>City:</source>
        <translation>Mesto:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="63"/>
        <source>Required fields:</source>
        <translation>Zahtevana polja:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="66"/>
        <source>Alias:</source>
        <translation>Vzdevek:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="67"/>
        <source>Datasets:</source>
        <translation>Nabori podatkov:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="70"/>
        <source>Time field:</source>
        <translation>Časovno polje:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="115"/>
        <source>%1 · %2 · id %3</source>
        <translation>%1 · %2 · ID %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="132"/>
        <source>(default)</source>
        <translation>(privzeti)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="134"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="136"/>
        <source>%1 — all %2 datasets %3</source>
        <translation>%1 — vsi nabori podatkov domene %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="137"/>
        <source>of %1</source>
        <translation>mesta %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="138"/>
        <source>%1 — (no datasets yet)</source>
        <translation>%1 — (še ni naborov podatkov)</translation>
    </message>
</context>
<context>
    <name>urbis::KpiStatPanel</name>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="93"/>
        <source>%1 %2 % vs %3</source>
        <translation>%1 %2 % glede na %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="113"/>
        <source>Target: %1 by %2</source>
        <translation>Cilj: %1 do %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="114"/>
        <source>Target: %1</source>
        <translation>Cilj: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="121"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+ še %n)</numerusform>
            <numerusform>(+ še %n)</numerusform>
            <numerusform>(+ še %n)</numerusform>
            <numerusform>(+ še %n)</numerusform>
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
        <translation>Obdobje</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitablemodel.cpp" line="116"/>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitablemodel.cpp" line="117"/>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
</context>
<context>
    <name>urbis::KpiTablePanel</name>
    <message>
        <location filename="../widgets/kpi/kpitablepanel.cpp" line="18"/>
        <source>Search rows…</source>
        <translation>Iskanje vrstic…</translation>
    </message>
</context>
<context>
    <name>urbis::KpiTargetsEditor</name>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="47"/>
        <source>Judgement</source>
        <translation>Presoja</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="47"/>
        <source>Target</source>
        <translation>Cilj</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="49"/>
        <source>Baseline</source>
        <translation>Izhodišče</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="51"/>
        <source>Traffic light</source>
        <translation>Semafor</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="56"/>
        <source>no date</source>
        <translation>brez datuma</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="59"/>
        <source>When the target should be reached</source>
        <translation>Kdaj naj bo cilj dosežen</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="61"/>
        <source>no year</source>
        <translation>brez leta</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="62"/>
        <source>The year the baseline value describes</source>
        <translation>Leto, ki ga opisuje izhodiščna vrednost</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="63"/>
        <source>Lower is better</source>
        <translation>Nižje je bolje</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="64"/>
        <source>Higher is better</source>
        <translation>Višje je bolje</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="66"/>
        <source>First band limit (lower is better: good up to here; higher is better: warning from here)</source>
        <translation>Prva meja pasu (nižje je bolje: dobro do tu; višje je bolje: opozorilo od tu)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="68"/>
        <source>Second band limit (lower is better: warning up to here; higher is better: good from here)</source>
        <translation>Druga meja pasu (nižje je bolje: opozorilo do tu; višje je bolje: dobro od tu)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="73"/>
        <source>how often it is recalculated</source>
        <translation>kako pogosto se preračuna</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="74"/>
        <source>No value for that period</source>
        <translation>Ni vrednosti za to obdobje</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="76"/>
        <source>Fail the evaluation</source>
        <translation>Prekini vrednotenje z napako</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="80"/>
        <source>by</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="81"/>
        <source>in</source>
        <translation>v letu</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="82"/>
        <source>Direction:</source>
        <translation>Smer:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="83"/>
        <source>and</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="84"/>
        <source>Frequency:</source>
        <translation>Pogostost:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="85"/>
        <source>Division by zero:</source>
        <translation>Deljenje z nič:</translation>
    </message>
</context>
<context>
    <name>urbis::KpiWhatIfs</name>
    <message>
        <location filename="../core/sim/kpiwhatifs.cpp" line="14"/>
        <source>--what-if needs DRIVER:CHANGE:FROM[:UNTIL], e.g. traffic:-20%:2023-01-15 (got &quot;%1&quot;)</source>
        <translation>--what-if potrebuje DRIVER:CHANGE:FROM[:UNTIL], npr. traffic:-20%:2023-01-15 (podano &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../core/sim/kpiwhatifs.cpp" line="49"/>
        <source>The driver %1 has no series for these dimensions: %2</source>
        <translation>Dejavnik %1 nima niza za te dimenzije: %2</translation>
    </message>
</context>
<context>
    <name>urbis::LayerPanel</name>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="28"/>
        <source>Map layers</source>
        <translation>Sloji zemljevida</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="32"/>
        <source>Move the layer up (Ctrl+Up)</source>
        <translation>Premakni sloj navzgor (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="36"/>
        <source>Move the layer down (Ctrl+Down)</source>
        <translation>Premakni sloj navzdol (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="40"/>
        <source>&amp;Style…</source>
        <translation>&amp;Slog…</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="41"/>
        <source>Colour the features by a field and label them</source>
        <translation>Obarvaj elemente po polju in jih označi</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="45"/>
        <source>Layer opacity</source>
        <translation>Prekrivnost sloja</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="46"/>
        <source>&amp;Opacity</source>
        <translation>&amp;Prekrivnost</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="126"/>
        <source>Style</source>
        <translation>Slog</translation>
    </message>
</context>
<context>
    <name>urbis::LayerStyleDialog</name>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="13"/>
        <source>Style of %1</source>
        <translation>Slog sloja %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="16"/>
        <source>One colour</source>
        <translation>Ena barva</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="17"/>
        <source>No labels</source>
        <translation>Brez oznak</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="26"/>
        <source>&amp;Colour by:</source>
        <translation>&amp;Barvanje po:</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="27"/>
        <source>&amp;Labels:</source>
        <translation>&amp;Oznake:</translation>
    </message>
</context>
<context>
    <name>urbis::LayerTreeModel</name>
    <message>
        <location filename="../widgets/map/layertreemodel.cpp" line="111"/>
        <source>%1 (opacity %2 %)</source>
        <translation>%1 (prekrivnost %2 %)</translation>
    </message>
</context>
<context>
    <name>urbis::LinearTrend</name>
    <message>
        <location filename="../core/sim/lineartrend.cpp" line="14"/>
        <source>A linear trend needs at least %1 values; the series has %2</source>
        <translation>Linearni trend potrebuje vsaj %1 vrednosti; niz jih ima %2</translation>
    </message>
    <message>
        <location filename="../core/sim/lineartrend.cpp" line="32"/>
        <source>The values do not determine a line</source>
        <translation>Vrednosti ne določajo premice</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/lineartrend.cpp" line="59"/>
        <source>%n period(s) without a value were skipped by the trend fit.</source>
        <translation>
            <numerusform>Prilagajanje trenda je preskočilo %n obdobje brez vrednosti.</numerusform>
            <numerusform>Prilagajanje trenda je preskočilo %n obdobji brez vrednosti.</numerusform>
            <numerusform>Prilagajanje trenda je preskočilo %n obdobja brez vrednosti.</numerusform>
            <numerusform>Prilagajanje trenda je preskočilo %n obdobij brez vrednosti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::LocalObjectStore</name>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="34"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="37"/>
        <source>Read failed</source>
        <translation>Branje ni uspelo</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="89"/>
        <location filename="../core/storage/localobjectstore.cpp" line="134"/>
        <location filename="../core/storage/localobjectstore.cpp" line="254"/>
        <source>Cannot lock the object store %1</source>
        <translation>Shrambe objektov %1 ni mogoče zakleniti</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="95"/>
        <location filename="../core/storage/localobjectstore.cpp" line="140"/>
        <source>Cannot create folder in %1</source>
        <translation>V %1 ni mogoče ustvariti mape</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="106"/>
        <source>Cannot read %1</source>
        <translation>Ni mogoče prebrati %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="113"/>
        <source>Cannot flush %1</source>
        <translation>Ni mogoče zapisati %1 na disk</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="151"/>
        <source>%1 is on another file system</source>
        <translation>%1 je v drugem datotečnem sistemu</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="152"/>
        <source>Cannot move %1 into the object store</source>
        <translation>Ni mogoče premakniti %1 v shrambo objektov</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="164"/>
        <location filename="../core/storage/localobjectstore.cpp" line="171"/>
        <location filename="../core/storage/localobjectstore.cpp" line="185"/>
        <location filename="../core/storage/localobjectstore.cpp" line="204"/>
        <location filename="../core/storage/localobjectstore.cpp" line="220"/>
        <source>No object %1</source>
        <translation>Objekt %1 ne obstaja</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="174"/>
        <location filename="../core/storage/localobjectstore.cpp" line="188"/>
        <location filename="../core/storage/localobjectstore.cpp" line="207"/>
        <source>Cannot read object %1</source>
        <translation>Objekta %1 ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="178"/>
        <location filename="../core/storage/localobjectstore.cpp" line="197"/>
        <location filename="../core/storage/localobjectstore.cpp" line="213"/>
        <source>Object %1 is corrupt: its content hashes to %2</source>
        <translation>Objekt %1 je poškodovan: zgoščena vrednost njegove vsebine je %2</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="222"/>
        <source>Cannot remove object %1</source>
        <translation>Objekta %1 ni mogoče odstraniti</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="250"/>
        <source>Garbage collection cancelled</source>
        <translation>Zbiranje smeti je preklicano</translation>
    </message>
</context>
<context>
    <name>urbis::MBTilesLayer</name>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="24"/>
        <source>No MBTiles file at %1</source>
        <translation>Na %1 ni datoteke MBTiles</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="30"/>
        <source>%1 is not an MBTiles file</source>
        <translation>%1 ni datoteka MBTiles</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="35"/>
        <source>%1 has no tiles table</source>
        <translation>%1 nima tabele tiles</translation>
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
        <translation>Zemljevid</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="63"/>
        <source>Dashboards</source>
        <translation>Nadzorne plošče</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="66"/>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>Streams</source>
        <translation>Tokovi</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="70"/>
        <source>Scenarios</source>
        <translation>Scenariji</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="75"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="76"/>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="77"/>
        <source>Tasks</source>
        <translation>Opravila</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="78"/>
        <source>Layers</source>
        <translation>Sloji</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="85"/>
        <source>Sync</source>
        <translation>Sinhronizacija</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="94"/>
        <source>Data: %1</source>
        <translation>Podatki: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="120"/>
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="134"/>
        <source>Import the changed file with the title &quot;%1&quot;: it becomes the next version</source>
        <translation>Uvozite spremenjeno datoteko z naslovom &quot;%1&quot;: postala bo naslednja različica</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>Streams (%1)</source>
        <translation>Tokovi (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="192"/>
        <source>&amp;Import…</source>
        <translation>&amp;Uvozi…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="194"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="195"/>
        <source>Preview, validate and import files into the catalog</source>
        <translation>Predogled, preverjanje in uvoz datotek v katalog</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="196"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Osveži</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Končaj</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="202"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="205"/>
        <source>&amp;View</source>
        <translation>Po&amp;gled</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="206"/>
        <source>&amp;Search the catalog</source>
        <translation>&amp;Iskanje po katalogu</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="210"/>
        <source>&amp;Map</source>
        <translation>&amp;Zemljevid</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="212"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="213"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Nadzorne plošče</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="215"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="216"/>
        <source>&amp;Streams</source>
        <translation>&amp;Tokovi</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="218"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="219"/>
        <source>Live feeds: connections, charts, alerts and recording</source>
        <translation>Viri v živo: povezave, grafikoni, alarmi in snemanje</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="220"/>
        <source>S&amp;cenarios</source>
        <translation>S&amp;cenariji</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="222"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="223"/>
        <source>Wildfire and flood scenarios: run, replay on the map, compare</source>
        <translation>Scenariji požarov v naravi in poplav: zagon, predvajanje na zemljevidu, primerjava</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="225"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Povečaj</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="228"/>
        <source>Zoom &amp;out</source>
        <translation>Po&amp;manjšaj</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231"/>
        <source>Zoom to the &amp;selected dataset</source>
        <translation>Povečaj na izbrani &amp;nabor podatkov</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="234"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="235"/>
        <source>Show the selected dataset on the &amp;map</source>
        <translation>Prikaži izbrani nabor podatkov na &amp;zemljevidu</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="238"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="246"/>
        <source>&amp;Layer</source>
        <translation>&amp;Sloj</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="247"/>
        <source>Add &amp;file layer…</source>
        <translation>Dodaj sloj iz &amp;datoteke…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="249"/>
        <source>Add a layer</source>
        <translation>Dodaj sloj</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="335"/>
        <source>Recover interrupted recordings</source>
        <translation>Obnovi prekinjene posnetke</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="339"/>
        <source>Recovered recordings: %1</source>
        <translation>Obnovljeni posnetki: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="552"/>
        <source>The data is on this computer now</source>
        <translation>Podatki so zdaj na tem računalniku</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="555"/>
        <source>Downloading the data…</source>
        <translation>Prenašanje podatkov …</translation>
    </message>
    <message>
        <source>Downloading the data from %1…</source>
        <translation type="vanished">Prenašanje podatkov s strežnika %1…</translation>
    </message>
    <message>
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;All files (*)</source>
        <translation type="vanished">Geopodatki (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;Vse datoteke (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="250"/>
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;All files (*)</source>
        <translation>Geopodatki (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="vanished">Dodano: %1</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation type="vanished">%1 ni mogoče dodati: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="256"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="257"/>
        <source>Add &amp;tile layer (XYZ)…</source>
        <translation>Dodaj sloj &amp;ploščic (XYZ)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259"/>
        <source>Add a tile layer</source>
        <translation>Dodaj sloj ploščic</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="260"/>
        <source>Tile address with {z}, {x} and {y} (tiles are cached for offline use):</source>
        <translation>Naslov ploščic z {z}, {x} in {y} (ploščice se shranijo za delo brez povezave):</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="271"/>
        <source>Work &amp;offline</source>
        <translation>Delo &amp;brez povezave</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="274"/>
        <source>Tile layers show only cached tiles and download nothing</source>
        <translation>Sloji ploščic prikažejo le shranjene ploščice in ničesar ne prenesejo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="277"/>
        <source>&amp;Tools</source>
        <translation>&amp;Orodja</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="278"/>
        <source>Create &amp;demo datasets</source>
        <translation>Ustvari pre&amp;dstavitvene nabore podatkov</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="280"/>
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>V ta delovni prostor doda majhne sintetične nabore podatkov za mesta CLIMABOROUGH</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="281"/>
        <source>&amp;Clean up object store</source>
        <translation>&amp;Počisti shrambo objektov</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="283"/>
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Izbriše shranjene datoteke, na katere se ne sklicuje več noben zapis v katalogu</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="290"/>
        <source>&amp;Help</source>
        <translation>&amp;Pomoč</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="291"/>
        <source>&amp;About Urbis</source>
        <translation>&amp;O programu Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="370"/>
        <source>&quot;%1&quot; has no vector data to draw; its footprint is shown</source>
        <translation>&quot;%1&quot; nima vektorskih podatkov za izris; prikazano je njegovo območje</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="115"/>
        <source>&quot;%1&quot; is on the map</source>
        <translation>&quot;%1&quot; je na zemljevidu</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117"/>
        <source>Cannot draw &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; ni mogoče izrisati: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="430"/>
        <source>Create demo datasets</source>
        <translation>Ustvari predstavitvene nabore podatkov</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="437"/>
        <source>Created: %1, already present: %2</source>
        <translation>Ustvarjeno: %1, že prisotno: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="448"/>
        <source>Clean up object store</source>
        <translation>Počisti shrambo objektov</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="455"/>
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>Odstranjene datoteke brez sklicev: %1, sproščeni prostor: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="466"/>
        <source>Started: %1</source>
        <translation>Začeto: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="474"/>
        <source>Finished: %1</source>
        <translation>Končano: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="476"/>
        <source>Failed: %1 — %2</source>
        <translation>Ni uspelo: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="486"/>
        <source>1 dataset in the catalog</source>
        <translation>1 nabor podatkov v katalogu</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="487"/>
        <source>%n datasets in the catalog</source>
        <translation>
            <numerusform>%n nabor podatkov v katalogu</numerusform>
            <numerusform>%n nabora podatkov v katalogu</numerusform>
            <numerusform>%n nabori podatkov v katalogu</numerusform>
            <numerusform>%n naborov podatkov v katalogu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::MapCanvas</name>
    <message>
        <location filename="../widgets/map/mapcanvas.cpp" line="31"/>
        <source>Map</source>
        <translation>Zemljevid</translation>
    </message>
</context>
<context>
    <name>urbis::MapView</name>
    <message>
        <location filename="../app/gui/mapview.cpp" line="116"/>
        <source>The address needs {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>Naslov potrebuje {z}, {x} in {y}, npr. https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
</context>
<context>
    <name>urbis::MercatorRaster</name>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="47"/>
        <source>Cannot open %1 as a raster</source>
        <translation>%1 ni mogoče odpreti kot raster</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="49"/>
        <source>%1 has no band %2</source>
        <translation>%1 nima kanala %2</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="56"/>
        <location filename="../core/geo/mercatorraster.cpp" line="83"/>
        <source>Reading %1 failed</source>
        <translation>Branje %1 ni uspelo</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="68"/>
        <source>Cannot project %1 to web mercator</source>
        <translation>%1 ni mogoče projicirati v Web Mercator</translation>
    </message>
</context>
<context>
    <name>urbis::MessageParser</name>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="96"/>
        <source>The message has %1 bytes, more than the limit of %2</source>
        <translation>Sporočilo ima %1 bajtov, več od omejitve %2</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="103"/>
        <source>Malformed JSON at byte %1: %2</source>
        <translation>Napačno oblikovan JSON pri bajtu %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="110"/>
        <source>An NGSI-LD notification without a &quot;data&quot; list</source>
        <translation>Obvestilo NGSI-LD brez seznama &quot;data&quot;</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="116"/>
        <source>Entity %1 of the notification is not an object</source>
        <translation>Entiteta %1 v obvestilu ni objekt</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="129"/>
        <source>Item %1 of the list is not an object</source>
        <translation>Element %1 seznama ni objekt</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="136"/>
        <source>The message is JSON but neither an object nor a list of objects</source>
        <translation>Sporočilo je JSON, vendar ni niti objekt niti seznam objektov</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataExtractor</name>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="100"/>
        <source>Cannot open the GeoPackage %1</source>
        <translation>Ni mogoče odpreti GeoPackage %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="104"/>
        <source>The GeoPackage has no layer %1</source>
        <translation>GeoPackage nima sloja %1</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataForm</name>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="14"/>
        <source>Required: how the dataset is listed in the catalog</source>
        <translation>Obvezno: kako je nabor podatkov naveden v katalogu</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="21"/>
        <source>e.g. Athens</source>
        <translation>npr. Atene</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="32"/>
        <source>SPDX id or URL</source>
        <translation>ID SPDX ali URL</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="35"/>
        <source>Who or what produced the data</source>
        <translation>Kdo ali kaj je ustvaril podatke</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="39"/>
        <source>&amp;Title *</source>
        <translation>&amp;Naslov *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="40"/>
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="41"/>
        <source>C&amp;ity</source>
        <translation>&amp;Mesto</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="42"/>
        <source>Do&amp;main *</source>
        <translation>&amp;Domena *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="43"/>
        <source>&amp;License</source>
        <translation>&amp;Licenca</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="44"/>
        <source>S&amp;ource</source>
        <translation>&amp;Vir</translation>
    </message>
</context>
<context>
    <name>urbis::MqttSource</name>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="20"/>
        <source>The broker refused the login: check the user name and password</source>
        <translation>Posrednik je zavrnil prijavo: preverite uporabniško ime in geslo</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="22"/>
        <source>The broker refused the connection: %1</source>
        <translation>Posrednik je zavrnil povezavo: %1</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="27"/>
        <source>%1 refused the connection: is the broker running?</source>
        <translation>%1 je zavrnil povezavo: ali posrednik deluje?</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="28"/>
        <location filename="../core/stream/mqttsource.cpp" line="45"/>
        <source>The connection to %1 failed: %2</source>
        <translation>Povezava z %1 ni uspela: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="31"/>
        <source>Host %1 not found: check the address</source>
        <translation>Gostitelja %1 ni mogoče najti: preverite naslov</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="33"/>
        <source>Secure connection to %1 failed: a private broker needs its CA certificate in the CA file</source>
        <translation>Varna povezava z %1 ni uspela: zasebni posrednik potrebuje svoje potrdilo CA v datoteki CA</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="37"/>
        <source>No answer from the broker for %1 s: the link is dead, reconnecting</source>
        <translation>Posrednik ne odgovarja že %1 s: povezava je prekinjena, vnovično povezovanje</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="40"/>
        <source>No answer from %1 within %2 s</source>
        <translation>%1 ni odgovoril v %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="43"/>
        <source>The connection to %1 was lost</source>
        <translation>Povezava z %1 je bila prekinjena</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="132"/>
        <source>The broker refused the subscription to &quot;%1&quot;</source>
        <translation>Posrednik je zavrnil naročnino na &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::Normalizer</name>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="98"/>
        <source>GDAL cannot read %1 as a raster</source>
        <translation>GDAL ne more prebrati %1 kot rastra</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="112"/>
        <location filename="../core/ingest/normalizer.cpp" line="126"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="113"/>
        <source>Cannot convert %1 to GeoTIFF</source>
        <translation>Ni mogoče pretvoriti %1 v GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="127"/>
        <source>Cannot build the overviews of %1</source>
        <translation>Ni mogoče zgraditi piramid za %1</translation>
    </message>
</context>
<context>
    <name>urbis::ObjectStore</name>
    <message>
        <location filename="../core/storage/objectstore.cpp" line="21"/>
        <source>Cannot read %1</source>
        <translation>Ni mogoče prebrati %1</translation>
    </message>
</context>
<context>
    <name>urbis::OgrSource</name>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="205"/>
        <source>The %1 is truncated or corrupt: row %2 cannot be read</source>
        <translation>Datoteka %1 je okrnjena ali poškodovana: vrstice %2 ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="239"/>
        <source>The zip archive %1 is truncated or corrupt</source>
        <translation>Arhiv zip %1 je okrnjen ali poškodovan</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="263"/>
        <source>The zip archive holds no layer %1</source>
        <translation>Arhiv zip ne vsebuje sloja %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="266"/>
        <source>The zip archive %1 holds no vector data (no Shapefile, GeoPackage, GeoJSON, KML or GML)</source>
        <translation>Arhiv zip %1 ne vsebuje vektorskih podatkov (ni Shapefile, GeoPackage, GeoJSON, KML ali GML)</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="278"/>
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>Ni mogoče odpreti %1: datoteka ne obstaja ali ni berljiva</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="306"/>
        <source>%1 cannot be read: it is not a valid .%2 file, or it is truncated or corrupt</source>
        <translation>%1 ni mogoče prebrati: ni veljavna datoteka .%2 ali pa je okrnjena ali poškodovana</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="308"/>
        <source>%1 is not a vector format GDAL can read</source>
        <translation>%1 ni vektorski format, ki ga GDAL zna prebrati</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="314"/>
        <source>%1 has no layer %2</source>
        <translation>%1 nima sloja %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="319"/>
        <source>%1 holds no vector layer</source>
        <translation>%1 ne vsebuje vektorskega sloja</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="331"/>
        <source>%1 is truncated or corrupt</source>
        <translation>%1 je okrnjena ali poškodovana datoteka</translation>
    </message>
</context>
<context>
    <name>urbis::OptionalChecks</name>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="38"/>
        <source>The check &quot;%1&quot; cannot run: %2</source>
        <translation>Preverjanja &quot;%1&quot; ni mogoče zagnati: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="181"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 is not sequential</source>
        <translation>Celica &quot;%1&quot; v vrstici na položaju %2 in polju &quot;%3&quot; na položaju %4 ni zaporedna</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="201"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 is probably truncated</source>
        <translation>Celica &quot;%1&quot; v vrstici na položaju %2 in polju &quot;%3&quot; na položaju %4 je verjetno okrnjena</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="215"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 holds a forbidden value</source>
        <translation>Celica &quot;%1&quot; v vrstici na položaju %2 in polju &quot;%3&quot; na položaju %4 vsebuje prepovedano vrednost</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="260"/>
        <source>There is a possible error because the value is deviated: %1</source>
        <translation>Možna napaka, ker vrednost odstopa: %1</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewPage</name>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="25"/>
        <source>Format: %1 (%2)</source>
        <translation>Format: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/previewpage.cpp" line="26"/>
        <source>Size: %1 × %2 pixels, %n band(s)</source>
        <translation>
            <numerusform>Velikost: %1 × %2 slikovnih pik, %n kanal</numerusform>
            <numerusform>Velikost: %1 × %2 slikovnih pik, %n kanala</numerusform>
            <numerusform>Velikost: %1 × %2 slikovnih pik, %n kanali</numerusform>
            <numerusform>Velikost: %1 × %2 slikovnih pik, %n kanalov</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="27"/>
        <source>Band types: %1</source>
        <translation>Tipi kanalov: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28"/>
        <source>CRS: %1</source>
        <translation>Koordinatni sistem: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28"/>
        <source>not georeferenced</source>
        <translation>ni georeferencirano</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="30"/>
        <source>Extent (WGS84): %1, %2 — %3, %4</source>
        <translation>Obseg (WGS84): %1, %2 — %3, %4</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="33"/>
        <source>No-data value: %1</source>
        <translation>Vrednost brez podatkov: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="35"/>
        <source>GPS position: %1, %2</source>
        <translation>Položaj GPS: %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="37"/>
        <source>Taken at: %1</source>
        <translation>Posneto: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="45"/>
        <source>Preview</source>
        <translation>Predogled</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="46"/>
        <source>The first rows of the file, with the type detected for each column. Check that the columns were split correctly.</source>
        <translation>Prve vrstice datoteke z zaznanim tipom za vsak stolpec. Preverite, ali so stolpci pravilno ločeni.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="101"/>
        <source>Reading %1</source>
        <translation>Branje %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="126"/>
        <source>Nothing to show: %1</source>
        <translation>Ni česa prikazati: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="135"/>
        <source>%1 is a raster: it is imported as a tiled GeoTIFF; there are no rows to check.</source>
        <translation>%1 je raster: uvozi se kot GeoTIFF s ploščicami; vrstic za preverjanje ni.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="143"/>
        <source>%1 · %2 fields · showing the first %3 rows (the file has more)</source>
        <translation>%1 · polj: %2 · prikazanih je prvih %3 vrstic (datoteka jih ima več)</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="144"/>
        <source>%1 · %2 fields · %3 rows</source>
        <translation>%1 · polj: %2 · vrstic: %3</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="148"/>
        <source>· types detected from a sample</source>
        <translation>· tipi so zaznani iz vzorca</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewRowsModel</name>
    <message>
        <location filename="../widgets/import/previewrowsmodel.cpp" line="100"/>
        <source>%1: detected %2 (%3 of %4 cells fit)</source>
        <translation>%1: zaznano %2 (ustreza %3 od %4 celic)</translation>
    </message>
</context>
<context>
    <name>urbis::RTreeBulkLoad</name>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="154"/>
        <source>The R*Tree %1 has no root node</source>
        <translation>R*Tree %1 nima korenskega vozlišča</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="159"/>
        <source>The R*Tree %1 has a root node of %2 bytes</source>
        <translation>R*Tree %1 ima korensko vozlišče velikosti %2 B</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="161"/>
        <location filename="../core/ingest/rtreebulkload.cpp" line="167"/>
        <source>The R*Tree %1 is not empty</source>
        <translation>R*Tree %1 ni prazno</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="191"/>
        <source>Too many entries for the R*Tree %1</source>
        <translation>Preveč vnosov za R*Tree %1</translation>
    </message>
</context>
<context>
    <name>urbis::RasterProbe</name>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="139"/>
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>Ni mogoče odpreti %1: datoteka ne obstaja ali ni berljiva</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="148"/>
        <source>%1 is a raster GDAL knows but cannot read (truncated or corrupt?)</source>
        <translation>%1 je raster, ki ga GDAL pozna, vendar ga ne more prebrati (okrnjen ali poškodovan?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="150"/>
        <source>%1 is not a raster format GDAL can read</source>
        <translation>%1 ni rastrski format, ki ga GDAL zna prebrati</translation>
    </message>
</context>
<context>
    <name>urbis::RecordPrinter</name>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53"/>
        <location filename="../app/cli/recordprinter.cpp" line="67"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53"/>
        <source>TITLE</source>
        <translation>NASLOV</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53"/>
        <source>CITY</source>
        <translation>MESTO</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54"/>
        <source>DOMAIN</source>
        <translation>DOMENA</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54"/>
        <source>PERIOD</source>
        <translation>OBDOBJE</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/recordprinter.cpp" line="58"/>
        <source>%n dataset(s) shown of %1 matching</source>
        <translation>
            <numerusform>Prikazan je %n nabor podatkov od %1 ujemajočih se</numerusform>
            <numerusform>Prikazana sta %n nabora podatkov od %1 ujemajočih se</numerusform>
            <numerusform>Prikazani so %n nabori podatkov od %1 ujemajočih se</numerusform>
            <numerusform>Prikazanih je %n naborov podatkov od %1 ujemajočih se</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="68"/>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="69"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="70"/>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="71"/>
        <source>Publisher</source>
        <translation>Izdajatelj</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="72"/>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="73"/>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="74"/>
        <source>Keywords</source>
        <translation>Oznake</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="75"/>
        <source>License</source>
        <translation>Licenca</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="76"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="77"/>
        <source>Period</source>
        <translation>Obdobje</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="78"/>
        <source>Extent</source>
        <translation>Obseg</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="79"/>
        <source>CRS</source>
        <translation>Koord. sistem</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="80"/>
        <source>Features</source>
        <translation>Objekti</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81"/>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81"/>
        <source> bytes</source>
        <translation> bajtov</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="82"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="83"/>
        <source>Version</source>
        <translation>Različica</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="84"/>
        <source> (previous %1)</source>
        <translation> (prejšnja %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="85"/>
        <source>Validation</source>
        <translation>Preverjanje</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="86"/>
        <source>Modified</source>
        <translation>Spremenjeno</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="88"/>
        <source>Fields:</source>
        <translation>Polja:</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="93"/>
        <source>History:</source>
        <translation>Zgodovina:</translation>
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
        <translation>neznano</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="33"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="35"/>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="37"/>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="62"/>
        <source>W %1, S %2, E %3, N %4</source>
        <translation>Z %1, J %2, V %3, S %4</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="73"/>
        <source>valid</source>
        <translation>veljavno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="75"/>
        <source>warnings</source>
        <translation>opozorila</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="77"/>
        <source>invalid</source>
        <translation>neveljavno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="81"/>
        <source>not validated</source>
        <translation>ni preverjeno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="88"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="93"/>
        <source>unknown profile</source>
        <translation>neznan profil</translation>
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
        <translation>Naslov</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="116"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="117"/>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="118"/>
        <source>Publisher</source>
        <translation>Izdajatelj</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="119"/>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="120"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="121"/>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="122"/>
        <source>Keywords</source>
        <translation>Ključne besede</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="123"/>
        <source>License</source>
        <translation>Licenca</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="124"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="125"/>
        <source>Media type</source>
        <translation>Vrsta medija</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="126"/>
        <source>Temporal extent</source>
        <translation>Časovni obseg</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="127"/>
        <source>Bounding box</source>
        <translation>Omejevalni okvir</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="128"/>
        <source>CRS</source>
        <translation>Koordinatni sistem</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="129"/>
        <source>Features / rows</source>
        <translation>Objekti / vrstice</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="130"/>
        <source>Fields</source>
        <translation>Polja</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="131"/>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="132"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="133"/>
        <source>Stored files</source>
        <translation>Shranjene datoteke</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="134"/>
        <source>Validation</source>
        <translation>Preverjanje</translation>
    </message>
</context>
<context>
    <name>urbis::RecordValidator</name>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="17"/>
        <source>A title is required</source>
        <translation>Naslov je obvezen</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="19"/>
        <source>A description is required</source>
        <translation>Opis je obvezen</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="21"/>
        <source>A license is required (an SPDX id such as CC-BY-4.0, or a URL)</source>
        <translation>Licenca je obvezna (ID SPDX, kot je CC-BY-4.0, ali URL)</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="23"/>
        <source>A source is required (who or what produced the data)</source>
        <translation>Vir je obvezen (kdo ali kaj je ustvaril podatke)</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingCompletion</name>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="23"/>
        <location filename="../core/stream/recordingcompletion.cpp" line="34"/>
        <source>Cannot read the recording %1</source>
        <translation>Posnetka %1 ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="26"/>
        <source>Cannot flush the recording %1</source>
        <translation>Posnetka %1 ni mogoče izprazniti na disk</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="80"/>
        <location filename="../core/stream/recordingcompletion.cpp" line="101"/>
        <source>The data of the recording &quot;%1&quot; is missing</source>
        <translation>Podatki posnetka &quot;%1&quot; manjkajo</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="114"/>
        <source>The recording &quot;%1&quot; was deleted from the catalog</source>
        <translation>Posnetek &quot;%1&quot; je bil izbrisan iz kataloga</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingFile</name>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="76"/>
        <location filename="../core/stream/recordingfile.cpp" line="81"/>
        <source>Cannot prepare the recording&apos;s insert</source>
        <translation>Vstavljanja za posnetek ni mogoče pripraviti</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="88"/>
        <source>The recording is closed already</source>
        <translation>Posnetek je že zaprt</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="130"/>
        <source>The recording %1 exists already</source>
        <translation>Posnetek %1 že obstaja</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="163"/>
        <source>The recording %1 is missing</source>
        <translation>Posnetek %1 manjka</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="240"/>
        <source>Cannot write a row of the recording</source>
        <translation>Vrstice posnetka ni mogoče zapisati</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="258"/>
        <source>Cannot write a gap of the recording</source>
        <translation>Vrzeli posnetka ni mogoče zapisati</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingLayout</name>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="66"/>
        <source>Time of the reading (UTC)</source>
        <translation>Čas odčitka (UTC)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="70"/>
        <source>Station or entity that sent the reading</source>
        <translation>Postaja ali entiteta, ki je poslala odčitek</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="73"/>
        <source>Latitude (WGS84)</source>
        <translation>Zemljepisna širina (WGS84)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="76"/>
        <source>Longitude (WGS84)</source>
        <translation>Zemljepisna dolžina (WGS84)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="86"/>
        <source>When this computer received the message (UTC)</source>
        <translation>Kdaj je ta računalnik prejel sporočilo (UTC)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="119"/>
        <source>The layout of a recording has a bad column (%1, %2)</source>
        <translation>Postavitev posnetka ima neveljaven stolpec (%1, %2)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="126"/>
        <source>The layout of a recording has no time or id column</source>
        <translation>Postavitev posnetka nima stolpca za čas ali ID</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingSchema</name>
    <message>
        <location filename="../core/stream/recordingschema.cpp" line="89"/>
        <source>Times the stream was down</source>
        <translation>Časi, ko tok ni deloval</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingschema.cpp" line="114"/>
        <source>The recording has points but no lat/lon columns</source>
        <translation>Posnetek ima točke, nima pa stolpcev lat/lon</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingState</name>
    <message>
        <location filename="../core/stream/recordingstate.cpp" line="16"/>
        <source>Cannot read the recording state %1</source>
        <translation>Stanja posnetka %1 ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingstate.cpp" line="21"/>
        <source>The recording state %1 is not JSON</source>
        <translation>Stanje posnetka %1 ni JSON</translation>
    </message>
</context>
<context>
    <name>urbis::RejectedMessagesModel</name>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="98"/>
        <source>Received</source>
        <translation>Prejeto</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="100"/>
        <source>Stream</source>
        <translation>Tok</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="102"/>
        <source>Why it was dropped</source>
        <translation>Razlog za zavrženje</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="104"/>
        <source>Message (first bytes)</source>
        <translation>Sporočilo (prvi bajti)</translation>
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
        <translation type="vanished">uporaba: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                            [--virtual-host] [--replace]
         urbis remote list
         urbis remote remove NAME
         urbis remote test NAME      preveri dostop do vedra s ključi, ki bi jih uporabila sinhronizacija
ključi: sistemska zbirka ključev, sicer AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (in AWS_SESSION_TOKEN)</translation>
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
        <translation>uporaba: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                          [--virtual-host] [--sse AES256|aws:kms] [--ca-bundle PEM] [--replace]
         urbis remote list
         urbis remote remove NAME
         urbis remote test NAME      preveri dostop do vedra s ključi, ki bi jih uporabila sinhronizacija
ključi: sistemska zbirka ključev, sicer AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (in AWS_SESSION_TOKEN);
SSE-C: URBIS_SSE_CUSTOMER_KEY (base64 32-bajtnega ključa)</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="46"/>
        <source>Remote &quot;%1&quot; removed</source>
        <translation>Oddaljeni strežnik &quot;%1&quot; je odstranjen</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49"/>
        <source>remote needs add, list, remove or test</source>
        <translation>remote potrebuje add, list, remove ali test</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49"/>
        <source>unknown use of remote: %1</source>
        <translation>neznana uporaba ukaza remote: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="57"/>
        <source>remote add needs a NAME, --endpoint and --bucket</source>
        <translation>remote add potrebuje NAME, --endpoint in --bucket</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="75"/>
        <source>Remote &quot;%1&quot; added: %2, bucket %3</source>
        <translation>Oddaljeni strežnik &quot;%1&quot; je dodan: %2, vedro %3</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="98"/>
        <source>No remotes yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Oddaljenih strežnikov še ni: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="128"/>
        <source>%1: bucket %2 reachable (keys from the %3)</source>
        <translation>%1: vedro %2 je dosegljivo (vir ključev: %3)</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteCredentials</name>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="44"/>
        <source>No keys for &quot;%1&quot; in the keyring</source>
        <translation>V zbirki ključev ni ključev za &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="49"/>
        <source>The keyring entry of &quot;%1&quot; is incomplete</source>
        <translation>Vnos za &quot;%1&quot; v zbirki ključev je nepopoln</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="58"/>
        <source>No keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Ni ključev: nastavite AWS_ACCESS_KEY_ID in AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="70"/>
        <source>No keys for the remote &quot;%1&quot;: store them in the keyring (remote settings) or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Ni ključev za oddaljeni strežnik &quot;%1&quot;: shranite jih v zbirko ključev (nastavitve oddaljenega strežnika) ali nastavite AWS_ACCESS_KEY_ID in AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="91"/>
        <source>The keys could not be stored in the keyring</source>
        <translation>Ključev ni bilo mogoče shraniti v zbirko ključev</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteDialog</name>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="43"/>
        <source>&amp;Path-style addresses (MinIO, Ceph, s3rver)</source>
        <translation>Naslovi v slogu &amp;poti (MinIO, Ceph, s3rver)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="46"/>
        <location filename="../widgets/sync/remotedialog.cpp" line="207"/>
        <source>&amp;Test connection</source>
        <translation>P&amp;reizkusi povezavo</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="52"/>
        <source>Add remote</source>
        <translation>Dodaj oddaljeni strežnik</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="53"/>
        <source>e.g. city-minio</source>
        <translation>npr. city-minio</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="54"/>
        <source>https://minio.example.org:9000</source>
        <translation>https://minio.example.org:9000</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="56"/>
        <source>e.g. urbis-catalog</source>
        <translation>npr. urbis-catalog</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="57"/>
        <source>optional, e.g. city/air/</source>
        <translation>izbirno, npr. city/air/</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="61"/>
        <source>Address objects as endpoint/bucket/key; AWS also accepts bucket.endpoint/key</source>
        <translation>Naslavljanje objektov kot endpoint/bucket/key; AWS sprejema tudi bucket.endpoint/key</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="64"/>
        <location filename="../widgets/sync/remotedialog.cpp" line="65"/>
        <source>leave empty to keep the stored keys</source>
        <translation>pustite prazno, da ohranite shranjene ključe</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="69"/>
        <source>List the bucket once with these settings and keys</source>
        <translation>Enkrat izpiši vsebino vedra s temi nastavitvami in ključi</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="80"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="81"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Končna točka:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="82"/>
        <source>&amp;Region:</source>
        <translation>Re&amp;gija:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="83"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Vedro:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="84"/>
        <source>Key p&amp;refix:</source>
        <translation>Predp&amp;ona ključev:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="86"/>
        <source>&amp;Access key:</source>
        <translation>&amp;Dostopni ključ:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="87"/>
        <source>&amp;Secret key:</source>
        <translation>&amp;Skrivni ključ:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="114"/>
        <source>Edit remote &quot;%1&quot;</source>
        <translation>Uredi oddaljeni strežnik &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="165"/>
        <source>Keys are kept in the system keyring, never in settings files. Leave them empty to use keys stored earlier or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment.</source>
        <translation>Ključi so shranjeni v sistemski zbirki ključev, nikoli v datotekah z nastavitvami. Pustite jih prazne, da uporabite prej shranjene ključe ali AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY iz okolja.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="169"/>
        <source>AWS_ACCESS_KEY_ID is set here: the environment&apos;s keys are used first.</source>
        <translation>AWS_ACCESS_KEY_ID je nastavljen tukaj: najprej se uporabijo ključi iz okolja.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="179"/>
        <source>Enter both keys, or neither to use the stored keys or the environment</source>
        <translation>Vnesite oba ključa ali nobenega, da uporabite shranjene ključe ali okolje</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="194"/>
        <source>Asking %1…</source>
        <translation>Poizvedovanje pri %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="207"/>
        <source>Cancel &amp;test</source>
        <translation>Prekliči p&amp;reizkus</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="234"/>
        <source>Saving the keys in the keyring…</source>
        <translation>Shranjevanje ključev v zbirko ključev…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="252"/>
        <source>No keyring is available here, so the keys were not saved. Urbis will use AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from the environment. Press OK to save the remote without keys.</source>
        <translation>Zbirka ključev tukaj ni na voljo, zato ključi niso bili shranjeni. Urbis bo uporabil AWS_ACCESS_KEY_ID in AWS_SECRET_ACCESS_KEY iz okolja. Pritisnite V redu, da shranite oddaljeni strežnik brez ključev.</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListModel</name>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="56"/>
        <source>%1 at %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="69"/>
        <source>Syncing…</source>
        <translation>Sinhroniziranje…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="72"/>
        <source>never</source>
        <translation>nikoli</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="94"/>
        <source>Datasets changed here and not yet pushed</source>
        <translation>Nabori podatkov, spremenjeni tukaj in še ne poslani</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="117"/>
        <source>Remote</source>
        <translation>Oddaljeni strežnik</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="119"/>
        <source>Endpoint / bucket</source>
        <translation>Končna točka / vedro</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="121"/>
        <source>Last sync</source>
        <translation>Zadnja sinhronizacija</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="123"/>
        <source>Pending</source>
        <translation>Čakajoče</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="125"/>
        <source>Last error</source>
        <translation>Zadnja napaka</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListView</name>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="29"/>
        <source>Filter remotes</source>
        <translation>Filtriraj oddaljene strežnike</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="41"/>
        <source>Remotes</source>
        <translation>Oddaljeni strežniki</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="44"/>
        <source>No remote yet — Add remote… to share this catalog through S3/MinIO</source>
        <translation>Oddaljenega strežnika še ni — z Dodaj oddaljeni strežnik… lahko ta katalog delite prek S3/MinIO</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="47"/>
        <source>Add remote…</source>
        <translation>Dodaj oddaljeni strežnik…</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteOverview</name>
    <message>
        <location filename="../widgets/sync/remoteoverview.cpp" line="25"/>
        <source>Status unknown: %1</source>
        <translation>Stanje ni znano: %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfile</name>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="15"/>
        <source>The remote name &quot;%1&quot; is not valid: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64)</source>
        <translation>Ime oddaljenega strežnika &quot;%1&quot; ni veljavno: uporabite črke, števke, &apos;.&apos;, &apos;_&apos; ali &apos;-&apos; (največ 64)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="18"/>
        <source>The endpoint &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>Končna točka &quot;%1&quot; ni naslov http:// ali https://</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="21"/>
        <source>The bucket name &quot;%1&quot; is not valid: 3 to 63 lower-case letters, digits, &apos;.&apos; or &apos;-&apos;</source>
        <translation>Ime vedra &quot;%1&quot; ni veljavno: od 3 do 63 malih črk, števk, &apos;.&apos; ali &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="23"/>
        <source>The region is empty</source>
        <translation>Regija je prazna</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="26"/>
        <source>Server-side encryption &quot;%1&quot; is not known: use AES256 or aws:kms</source>
        <translation>Šifriranje na strani strežnika &quot;%1&quot; ni znano: uporabite AES256 ali aws:kms</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="28"/>
        <source>No PEM certificate could be read from %1</source>
        <translation>Iz %1 ni bilo mogoče prebrati nobenega potrdila PEM</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfiles</name>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="27"/>
        <source>Cannot read %1</source>
        <translation>Ni mogoče prebrati %1</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="31"/>
        <source>%1 is damaged: %2</source>
        <translation>Datoteka %1 je poškodovana: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="47"/>
        <source>There is no remote &quot;%1&quot; (urbis remote list shows them)</source>
        <translation>Oddaljeni strežnik &quot;%1&quot; ne obstaja (izpiše jih urbis remote list)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="59"/>
        <source>A remote named &quot;%1&quot; exists already</source>
        <translation>Oddaljeni strežnik z imenom &quot;%1&quot; že obstaja</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="75"/>
        <source>There is no remote &quot;%1&quot;</source>
        <translation>Oddaljeni strežnik &quot;%1&quot; ne obstaja</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteScan</name>
    <message>
        <location filename="../core/storage/sync/remotescan.cpp" line="32"/>
        <source>Sync cancelled</source>
        <translation>Sinhronizacija je preklicana</translation>
    </message>
</context>
<context>
    <name>urbis::ReplayReadAhead</name>
    <message>
        <location filename="../core/stream/replayreadahead.cpp" line="77"/>
        <location filename="../core/stream/replayreadahead.cpp" line="100"/>
        <source>Cannot read the rows to replay</source>
        <translation>Vrstic za predvajanje ni mogoče prebrati</translation>
    </message>
</context>
<context>
    <name>urbis::ReplayServer</name>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="89"/>
        <source>&quot;%1&quot; is not an IP address to listen on</source>
        <translation>&quot;%1&quot; ni naslov IP za poslušanje</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="92"/>
        <source>Cannot listen on %1 port %2</source>
        <translation>Na %1, vrata %2, ni mogoče poslušati</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="135"/>
        <source>closed by the client</source>
        <translation>zaprl odjemalec</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="142"/>
        <location filename="../core/stream/replayserver.cpp" line="225"/>
        <source>The replay has ended</source>
        <translation>Predvajanje se je končalo</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="158"/>
        <source>slow consumer: more than %1 bytes waiting to be sent</source>
        <translation>počasen odjemalec: več kot %1 bajtov čaka na pošiljanje</translation>
    </message>
</context>
<context>
    <name>urbis::ReplayTable</name>
    <message>
        <location filename="../core/stream/replaytable.cpp" line="35"/>
        <source>The data file %1 is missing</source>
        <translation>Podatkovna datoteka %1 manjka</translation>
    </message>
    <message>
        <location filename="../core/stream/replaytable.cpp" line="46"/>
        <source>The data of this dataset is not a GeoPackage table: it has no rows to replay</source>
        <translation>Podatki tega nabora podatkov niso tabela GeoPackage: nima vrstic za predvajanje</translation>
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
        <translation>Vrstica</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="98"/>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="99"/>
        <source>Error type</source>
        <translation>Vrsta napake</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="100"/>
        <source>Cell</source>
        <translation>Celica</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="101"/>
        <source>Message</source>
        <translation>Sporočilo</translation>
    </message>
</context>
<context>
    <name>urbis::ReportPage</name>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="33"/>
        <source>Validation report</source>
        <translation>Poročilo o preverjanju</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="34"/>
        <source>The whole file checked against the schema. Double-click an error to see its row in the preview.</source>
        <translation>Celotna datoteka je preverjena glede na shemo. Dvokliknite napako, da vidite njeno vrstico v predogledu.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="49"/>
        <source>Search the errors</source>
        <translation>Iskanje po napakah</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="65"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Izvozi poročilo…</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="67"/>
        <source>&amp;Validate again</source>
        <translation>&amp;Preveri znova</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="69"/>
        <source>&amp;Import even with errors (the report is kept with the dataset)</source>
        <translation>&amp;Uvozi kljub napakam (poročilo se shrani skupaj z naborom podatkov)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="76"/>
        <source>Show:</source>
        <translation>Prikaži:</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="142"/>
        <source>Add as a &amp;new version of the existing dataset &quot;%1&quot;</source>
        <translation>Dodaj kot &amp;novo različico obstoječega nabora podatkov &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="156"/>
        <source>&lt;b&gt;Raster:&lt;/b&gt; no rows to validate; the import converts it to a tiled GeoTIFF.</source>
        <translation>&lt;b&gt;Raster:&lt;/b&gt; ni vrstic za preverjanje; uvoz ga pretvori v GeoTIFF s ploščicami.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="165"/>
        <source>Validating %1</source>
        <translation>Preverjanje %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="182"/>
        <source>Validation did not finish. Press &quot;Validate again&quot; to retry.</source>
        <translation>Preverjanje se ni končalo. Za ponovni poskus pritisnite &quot;Preveri znova&quot;.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="195"/>
        <source>All findings (%1)</source>
        <translation>Vse ugotovitve (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="203"/>
        <source>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valid&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields, no errors.</source>
        <translation>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Veljavno&lt;/b&gt;&lt;/span&gt; — vrstic: %1, polj: %2, brez napak.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="206"/>
        <source>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valid with warnings&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields; %3 notes about missing metadata (they do not block the import).</source>
        <translation>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Veljavno z opozorili&lt;/b&gt;&lt;/span&gt; — vrstic: %1, polj: %2; opombe o manjkajočih metapodatkih: %3 (ne preprečujejo uvoza).</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="210"/>
        <source>&lt;span style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Not valid&lt;/b&gt;&lt;/span&gt; — %1 errors in %2 rows%3. Fix the schema or the file, or tick &quot;Import even with errors&quot;.</source>
        <translation>&lt;span style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Ni veljavno&lt;/b&gt;&lt;/span&gt; — napake: %1, vrstice z napakami: %2%3. Popravite shemo ali datoteko ali označite &quot;Uvozi kljub napakam&quot;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/reportpage.cpp" line="214"/>
        <source>, and %n note(s)</source>
        <translation>
            <numerusform>, in %n opomba</numerusform>
            <numerusform>, in %n opombi</numerusform>
            <numerusform>, in %n opombe</numerusform>
            <numerusform>, in %n opomb</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="225"/>
        <location filename="../widgets/import/reportpage.cpp" line="228"/>
        <source>Export validation report</source>
        <translation>Izvozi poročilo o preverjanju</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="226"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="228"/>
        <source>Cannot write %1</source>
        <translation>Ni mogoče zapisati %1</translation>
    </message>
</context>
<context>
    <name>urbis::ReportReader</name>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="37"/>
        <source>The stored validation report is not readable</source>
        <translation>Shranjenega poročila o preverjanju ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="60"/>
        <source>This dataset has no stored validation report.</source>
        <translation>Ta nabor podatkov nima shranjenega poročila o preverjanju.</translation>
    </message>
</context>
<context>
    <name>urbis::ReportTab</name>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="33"/>
        <source>Search the findings</source>
        <translation>Iskanje po ugotovitvah</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="49"/>
        <source>Sho&amp;w:</source>
        <translation>Pri&amp;kaži:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="98"/>
        <source>No data store is connected to this panel.</source>
        <translation>S tem podoknom ni povezana nobena shramba podatkov.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="102"/>
        <source>Reading the validation report…</source>
        <translation>Branje poročila o preverjanju…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="106"/>
        <source>Reading the validation report</source>
        <translation>Branje poročila o preverjanju</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="135"/>
        <source>Valid: %1 rows checked, no errors.</source>
        <translation>Veljavno: preverjenih vrstic: %1, brez napak.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="136"/>
        <source>%1 errors in %2 rows checked.</source>
        <translation>Napak: %1; preverjenih vrstic: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="139"/>
        <source>%1 notices (missing metadata; they never make data invalid).</source>
        <translation>Obvestil: %1 (manjkajoči metapodatki; podatkov nikoli ne naredijo neveljavnih).</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="145"/>
        <source>All findings</source>
        <translation>Vse ugotovitve</translation>
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
        <translation>Podatkovna datoteka %1 ne obstaja</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="143"/>
        <source>The data file %1 is not a file</source>
        <translation>Podatkovna datoteka %1 ni datoteka</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="146"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="164"/>
        <source>Cannot read the data file %1</source>
        <translation>Podatkovne datoteke %1 ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="202"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="274"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="294"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="218"/>
        <source>no answer within %1 ms</source>
        <translation>ni odgovora v %1 ms</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="232"/>
        <source>Cannot reach the ingestion endpoint %1: %2</source>
        <translation>Končna točka za zajem podatkov %1 ni dosegljiva: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="239"/>
        <source>The ingestion endpoint %1 requires an access token (HTTP %2)</source>
        <translation>Končna točka za zajem podatkov %1 zahteva žeton za dostop (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="240"/>
        <source>The ingestion endpoint %1 refused the access token (HTTP %2)</source>
        <translation>Končna točka za zajem podatkov %1 je zavrnila žeton za dostop (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="244"/>
        <source>The ingestion endpoint %1 redirects to %2; send to that address instead</source>
        <translation>Končna točka za zajem podatkov %1 preusmerja na %2; pošljite raje na ta naslov</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="245"/>
        <source>an unnamed address</source>
        <translation>neimenovan naslov</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="248"/>
        <source>The ingestion endpoint %1 failed (HTTP %2)</source>
        <translation>Končna točka za zajem podatkov %1 je vrnila napako (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="251"/>
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2)</source>
        <translation>Končna točka za zajem podatkov %1 je zavrnila nabor podatkov (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="252"/>
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2): %3</source>
        <translation>Končna točka za zajem podatkov %1 je zavrnila nabor podatkov (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="266"/>
        <source>The ingestion endpoint must be an http or https address, not &quot;%1&quot;</source>
        <translation>Končna točka za zajem podatkov mora biti naslov http ali https, ne &quot;%1&quot;</translation>
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
        <translation>Scenarij: &quot;%1&quot; (%2, %3) je zunaj mreže %4 x %5</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="135"/>
        <source>Scenario: &quot;%1&quot; is not a scenario id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>Scenarij: &quot;%1&quot; ni ID scenarija: uporabite male črke, števke in &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="137"/>
        <source>Scenario: it needs at least one step and one cell</source>
        <translation>Scenarij: potreben je vsaj en korak in ena celica</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="144"/>
        <source>Scenario: a wildfire needs at least one cell in &quot;ignitions&quot;</source>
        <translation>Scenarij: požar v naravi potrebuje vsaj eno celico v &quot;ignitions&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="151"/>
        <source>Scenario: a flood needs &quot;inflow&quot; (a hydrograph at a cell) or &quot;rainfall&quot;</source>
        <translation>Scenarij: poplava potrebuje &quot;inflow&quot; (hidrogram v celici) ali &quot;rainfall&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioAreaChart</name>
    <message>
        <location filename="../widgets/sim/scenarioareachart.cpp" line="36"/>
        <source>step</source>
        <translation>korak</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioareachart.cpp" line="38"/>
        <source>area (ha)</source>
        <translation>površina (ha)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioCompareView</name>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="78"/>
        <source>Compare</source>
        <translation>Primerjaj</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="79"/>
        <source>Run both scenarios and show them side by side</source>
        <translation>Zaženi oba scenarija in ju prikaži drugega ob drugem</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="80"/>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="89"/>
        <source>The figure the chart and the map titles compare; impact figures appear once both runs finished</source>
        <translation>Količina, ki jo primerjajo grafikon in naslovi zemljevidov; vrednosti vplivov se prikažejo, ko se obe izvajanji končata</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="90"/>
        <source>area (ha)</source>
        <translation>površina (ha)</translation>
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
        <translation>Izvajanje obeh scenarijev…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="314"/>
        <source>done</source>
        <translation>končano</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="316"/>
        <source>cancelled</source>
        <translation>preklicano</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="318"/>
        <source>failed: %1</source>
        <translation>ni uspelo: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="324"/>
        <source>Pick two scenarios and press Compare.</source>
        <translation>Izberite dva scenarija in pritisnite Primerjaj.</translation>
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
        <translation>Nov požar v naravi</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariodefaults.cpp" line="50"/>
        <source>New flood</source>
        <translation>Nova poplava</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariodefaults.cpp" line="63"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopija)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioEditDialog</name>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="37"/>
        <source>Wildfire scenario</source>
        <translation>Scenarij požara v naravi</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="37"/>
        <source>Flood scenario</source>
        <translation>Scenarij poplave</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="46"/>
        <source>The same scenario and seed give the same results, byte for byte</source>
        <translation>Enak scenarij in seme dajo bajtno enake rezultate</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="54"/>
        <source> cells</source>
        <translation> celic</translation>
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
        <translation>EPSG:4326 postavi mrežo v cono UTM njenega izhodišča; projicirani koordinatni sistem v metrih se uporabi, kakršen je</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="63"/>
        <source>Name:</source>
        <translation>Ime:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="64"/>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="65"/>
        <source>Random seed:</source>
        <translation>Naključno seme:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="66"/>
        <source>Steps:</source>
        <translation>Koraki:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="67"/>
        <source>Grid width:</source>
        <translation>Širina mreže:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="68"/>
        <source>Grid height:</source>
        <translation>Višina mreže:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="69"/>
        <source>Cell size:</source>
        <translation>Velikost celice:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="70"/>
        <source>North-west corner, longitude:</source>
        <translation>Severozahodni vogal, zemljepisna dolžina:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="71"/>
        <source>North-west corner, latitude:</source>
        <translation>Severozahodni vogal, zemljepisna širina:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="72"/>
        <source>Origin CRS:</source>
        <translation>Koordinatni sistem izhodišča:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="76"/>
        <source>flat (no dataset)</source>
        <translation>raven (brez nabora podatkov)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="77"/>
        <source>An elevation raster (DEM) of the catalog, by id or exact title</source>
        <translation>Rastrski model višin (DMR) iz kataloga, po ID-ju ali natančnem naslovu</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="79"/>
        <source>datasets, separated by commas</source>
        <translation>nabori podatkov, ločeni z vejicami</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="80"/>
        <source>Vector layers (roads, rivers) burnt onto the grid as barriers</source>
        <translation>Vektorski sloji (ceste, reke), vžgani v mrežo kot ovire</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="83"/>
        <source>one line per row: column, row; column, row; …</source>
        <translation>ena črta na vrstico besedila: stolpec, vrstica; stolpec, vrstica; …</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="86"/>
        <source>Terrain (DEM):</source>
        <translation>Teren (DMR):</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="86"/>
        <source>DEM:</source>
        <translation>DMR:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="87"/>
        <source>Barrier layers:</source>
        <translation>Sloji ovir:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="88"/>
        <source>Barrier lines:</source>
        <translation>Črte ovir:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="91"/>
        <source>General</source>
        <translation>Splošno</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="92"/>
        <source>Inputs</source>
        <translation>Vhodni podatki</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="96"/>
        <source>Wildfire</source>
        <translation>Požar v naravi</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="100"/>
        <source>Flood</source>
        <translation>Poplava</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="150"/>
        <source>Random seed: enter a whole number from 0 to 18446744073709551615</source>
        <translation>Naključno seme: vnesite celo število od 0 do 18446744073709551615</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="163"/>
        <source>Barrier lines</source>
        <translation>Črte ovir</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioFloodForm</name>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="18"/>
        <source>Local inertial (2-D shallow water)</source>
        <translation>Lokalna vztrajnostna shema (2D plitva voda)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="19"/>
        <source>Fill and spill</source>
        <translation>Polnjenje in prelivanje</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="23"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="28"/>
        <source>Manning&apos;s roughness n in s/m^(1/3): 0.02 paved, 0.035 grass, 0.1 dense vegetation</source>
        <translation>Manningov koeficient hrapavosti n v s/m^(1/3): 0.02 tlakovano, 0.035 trava, 0.1 gosto rastje</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="33"/>
        <source>column </source>
        <translation>stolpec </translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="34"/>
        <source>row </source>
        <translation>vrstica </translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="37"/>
        <source>hydrograph, one point per line: seconds, m³/s</source>
        <translation>hidrogram, ena točka na vrstico: sekunde, m³/s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="40"/>
        <source>one point per line: seconds, mm/h</source>
        <translation>ena točka na vrstico: sekunde, mm/h</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="43"/>
        <source>Water leaves the grid at its edges</source>
        <translation>Voda zapušča mrežo na njenih robovih</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="49"/>
        <source>Scheme:</source>
        <translation>Shema:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="50"/>
        <source>Time per step:</source>
        <translation>Čas na korak:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="51"/>
        <source>Roughness (Manning n):</source>
        <translation>Hrapavost (Manningov n):</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="52"/>
        <source>Inflow cell:</source>
        <translation>Celica dotoka:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="53"/>
        <source>Inflow:</source>
        <translation>Dotok:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="54"/>
        <source>Rainfall:</source>
        <translation>Padavine:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="72"/>
        <source>Inflow</source>
        <translation>Dotok</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="75"/>
        <source>Rainfall</source>
        <translation>Padavine</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioFrameOverlay</name>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="254"/>
        <source>Wildfire</source>
        <translation>Požar v naravi</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="254"/>
        <source>Flood</source>
        <translation>Poplava</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="255"/>
        <source>Step %1 / %2 · %3</source>
        <translation>Korak %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="256"/>
        <source>Arrival time</source>
        <translation>Čas prihoda</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="256"/>
        <source>Water depth</source>
        <translation>Globina vode</translation>
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
        <translation>Aktivna fronta</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioImpact</name>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="42"/>
        <source>{&quot;dataset&quot;: &quot;&lt;vector dataset&gt;&quot;, &quot;kind&quot;: &quot;assets&quot;, &quot;roads&quot; or &quot;population&quot;}</source>
        <translation>{&quot;dataset&quot;: &quot;&lt;vektorski nabor podatkov&gt;&quot;, &quot;kind&quot;: &quot;assets&quot;, &quot;roads&quot; ali &quot;population&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="58"/>
        <source>the id or exact title of a vector dataset</source>
        <translation>ID ali natančen naslov vektorskega nabora podatkov</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="62"/>
        <source>&quot;assets&quot;, &quot;roads&quot; or &quot;population&quot;</source>
        <translation>&quot;assets&quot;, &quot;roads&quot; ali &quot;population&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="66"/>
        <source>the field that holds each district&apos;s population</source>
        <translation>polje s številom prebivalcev posameznega okrožja</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioInputs</name>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="31"/>
        <source>The scenario&apos;s %1 names the dataset &quot;%2&quot;: it needs a workspace to run</source>
        <translation>Scenarij (%1) navaja nabor podatkov &quot;%2&quot;: za zagon potrebuje delovni prostor</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="38"/>
        <source>The scenario&apos;s %1: no dataset has the id or the exact title &quot;%2&quot;</source>
        <translation>Scenarij (%1): noben nabor podatkov nima ID-ja ali natančnega naslova &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="45"/>
        <source>The data of &quot;%1&quot; is not in this workspace (not downloaded yet?)</source>
        <translation>Podatkov &quot;%1&quot; ni v tem delovnem prostoru (še niso preneseni?)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="101"/>
        <source>terrain</source>
        <translation>teren</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="105"/>
        <source>The terrain &quot;%1&quot; is not a raster (it is %2): give a GeoTIFF elevation model</source>
        <translation>Teren &quot;%1&quot; ni raster (je %2): navedite višinski model GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="109"/>
        <source>The terrain &quot;%1&quot;: %2</source>
        <translation>Teren &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="111"/>
        <source>%1% of the grid lies outside the terrain &quot;%2&quot;: those cells take the nearest elevation</source>
        <translation>%1% mreže leži zunaj terena &quot;%2&quot;: te celice prevzamejo najbližjo nadmorsko višino</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="133"/>
        <source>Scenario: &quot;fuel.uniform&quot; %1 is not a fuel class (see docs/simulation.md)</source>
        <translation>Scenarij: &quot;fuel.uniform&quot; %1 ni razred goriva (glejte docs/simulation.md)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="137"/>
        <source>fuel</source>
        <translation>gorivo</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="141"/>
        <source>The fuel map &quot;%1&quot; is not a raster (it is %2): give a GeoTIFF of fuel classes</source>
        <translation>Karta goriv &quot;%1&quot; ni raster (je %2): navedite GeoTIFF z razredi goriv</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="145"/>
        <source>The fuel map &quot;%1&quot;: %2</source>
        <translation>Karta goriv &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="147"/>
        <source>%1% of the grid lies outside the fuel map &quot;%2&quot;: those cells do not burn</source>
        <translation>%1% mreže leži zunaj karte goriv &quot;%2&quot;: te celice ne gorijo</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="155"/>
        <source>The fuel map &quot;%1&quot; has the value %2 at cell (%3, %4), which is not a fuel class</source>
        <translation>Karta goriv &quot;%1&quot; ima v celici (%3, %4) vrednost %2, ki ni razred goriva</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="171"/>
        <source>barriers</source>
        <translation>ovire</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="175"/>
        <source>The barriers &quot;%1&quot; are not a vector layer (it is %2): give roads or rivers as lines</source>
        <translation>Ovire &quot;%1&quot; niso vektorski sloj (so %2): navedite ceste ali reke kot črte</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="179"/>
        <source>The barriers &quot;%1&quot;: %2</source>
        <translation>Ovire &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="191"/>
        <source>impact layer</source>
        <translation>sloj vplivov</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="196"/>
        <source>The impact layer &quot;%1&quot; is not a vector layer (it is %2)</source>
        <translation>Sloj vplivov &quot;%1&quot; ni vektorski sloj (je %2)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="213"/>
        <source>&quot;ignitions[%1]&quot; (%2, %3) lies on a barrier: it does not burn</source>
        <translation>&quot;ignitions[%1]&quot; (%2, %3) leži na oviri: ne gori</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="215"/>
        <source>&quot;ignitions[%1]&quot; (%2, %3) lies on fuel that does not burn (class %4)</source>
        <translation>&quot;ignitions[%1]&quot; (%2, %3) leži na gorivu, ki ne gori (razred %4)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="229"/>
        <source>Scenario grid: %1</source>
        <translation>Mreža scenarija: %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="234"/>
        <source>Reading the terrain</source>
        <translation>Branje terena</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="239"/>
        <location filename="../core/sim/scenarioinputs.cpp" line="246"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="241"/>
        <source>Reading the fuel map</source>
        <translation>Branje karte goriv</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="248"/>
        <source>Drawing the barriers</source>
        <translation>Izrisovanje ovir</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioJson</name>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="16"/>
        <source>Scenario: &quot;%1&quot; must be %2</source>
        <translation>Scenarij: &quot;%1&quot; mora biti %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="26"/>
        <source>a number from %1 to %2</source>
        <translation>število od %1 do %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="28"/>
        <location filename="../core/sim/scenariojson.cpp" line="43"/>
        <source>Scenario: &quot;%1&quot; is missing (%2)</source>
        <translation>Scenarij: &quot;%1&quot; manjka (%2)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="41"/>
        <source>a whole number from %1 to %2</source>
        <translation>celo število od %1 do %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="57"/>
        <source>a text</source>
        <translation>besedilo</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="66"/>
        <source>a cell [column, row] of two whole numbers</source>
        <translation>celica [stolpec, vrstica] iz dveh celih števil</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="74"/>
        <source>Scenario: unknown key &quot;%1&quot; (known here: %2)</source>
        <translation>Scenarij: neznan ključ &quot;%1&quot; (tu znani: %2)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioKpi</name>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="13"/>
        <source>area (ha)</source>
        <translation>površina (ha)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="13"/>
        <source>area</source>
        <translation>površina</translation>
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
        <translation>Prizadeto v koraku %1: %2</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioListModel</name>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="153"/>
        <source>Flood</source>
        <translation>Poplava</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="153"/>
        <source>Wildfire</source>
        <translation>Požar v naravi</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="155"/>
        <source>last run %1</source>
        <translation>zadnji zagon %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="156"/>
        <source>never run</source>
        <translation>še ni bil zagnan</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="159"/>
        <source>cannot be read</source>
        <translation>ni berljiv</translation>
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
        <translation>Ni mogoče prebrati %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="64"/>
        <source>Cannot create the folder %1</source>
        <translation>Mape %1 ni mogoče ustvariti</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="84"/>
        <source>The model reported a depth grid of another size</source>
        <translation>Model je sporočil mrežo globin drugačne velikosti</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="87"/>
        <source>step %1 (%2 s)</source>
        <translation>korak %1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="127"/>
        <source>arrival step</source>
        <translation>korak prihoda</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="157"/>
        <source>maximum depth (m)</source>
        <translation>največja globina (m)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioPage</name>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="53"/>
        <source>Search scenarios</source>
        <translation>Iskanje scenarijev</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="63"/>
        <source>New</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="63"/>
        <source>A new scenario where the main map looks</source>
        <translation>Nov scenarij na območju, ki ga prikazuje glavni zemljevid</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="66"/>
        <source>Wildfire…</source>
        <translation>Požar v naravi…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="68"/>
        <source>Flood…</source>
        <translation>Poplava…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="71"/>
        <source>Edit…</source>
        <translation>Uredi…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="71"/>
        <source>Change the selected scenario&apos;s parameters</source>
        <translation>Spremeni parametre izbranega scenarija</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="72"/>
        <source>Duplicate</source>
        <translation>Podvoji</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="72"/>
        <source>A copy of the selected scenario</source>
        <translation>Kopija izbranega scenarija</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="73"/>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="73"/>
        <source>Delete the selected scenario (its results stay in the catalog)</source>
        <translation>Izbriši izbrani scenarij (njegovi rezultati ostanejo v katalogu)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="92"/>
        <source>Run</source>
        <translation>Zaženi</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="93"/>
        <source>Compare</source>
        <translation>Primerjaj</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="227"/>
        <source>New wildfire scenario</source>
        <translation>Nov scenarij požara v naravi</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="227"/>
        <source>New flood scenario</source>
        <translation>Nov scenarij poplave</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="265"/>
        <source>Delete scenario</source>
        <translation>Izbriši scenarij</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="266"/>
        <source>Delete the scenario &quot;%1&quot;? Its results stay in the catalog.</source>
        <translation>Ali želite izbrisati scenarij &quot;%1&quot;? Njegovi rezultati ostanejo v katalogu.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="278"/>
        <source>Scenarios</source>
        <translation>Scenariji</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioReader</name>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="32"/>
        <source>&quot;%1&quot; or {&quot;dataset&quot;: &quot;&lt;dataset id or exact title&gt;&quot;}</source>
        <translation>&quot;%1&quot; ali {&quot;dataset&quot;: &quot;&lt;ID ali natančen naslov nabora podatkov&gt;&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="46"/>
        <source>a whole number from 0 (up to 2^64 - 1 when written as text)</source>
        <translation>celo število od 0 (do 2^64 - 1, če je zapisano kot besedilo)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="57"/>
        <source>&quot;wildfire&quot; or &quot;flood&quot;</source>
        <translation>&quot;wildfire&quot; ali &quot;flood&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="68"/>
        <source>lower-case letters, digits and &apos;-&apos; (at most 64)</source>
        <translation>male črke, števke in &apos;-&apos; (največ 64)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="78"/>
        <source>an object {&quot;width&quot;, &quot;height&quot;, &quot;cellSize&quot;, &quot;origin&quot;, &quot;crs&quot;}</source>
        <translation>objekt {&quot;width&quot;, &quot;height&quot;, &quot;cellSize&quot;, &quot;origin&quot;, &quot;crs&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="98"/>
        <source>Scenario: give &quot;terrain&quot; or &quot;dem&quot;, not both</source>
        <translation>Scenarij: navedite &quot;terrain&quot; ali &quot;dem&quot;, ne obojega</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="108"/>
        <source>a list of {&quot;dataset&quot;, &quot;kind&quot;}</source>
        <translation>seznam objektov {&quot;dataset&quot;, &quot;kind&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="124"/>
        <source>polylines [[[col, row], ...], ...], {&quot;dataset&quot;: &quot;&lt;vector dataset&gt;&quot;} or a list of both</source>
        <translation>lomljenke [[[col, row], ...], ...], {&quot;dataset&quot;: &quot;&lt;vektorski nabor podatkov&gt;&quot;} ali seznam obojega</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="175"/>
        <source>an object {&quot;speed&quot;: m/s, &quot;direction&quot;: degrees it blows from}</source>
        <translation>objekt {&quot;speed&quot;: m/s, &quot;direction&quot;: stopinje, od koder piha}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="194"/>
        <source>a list of cells [[col, row], ...]</source>
        <translation>seznam celic [[col, row], ...]</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="207"/>
        <source>a list [[seconds, %1], ...] with increasing times from 0 and values from 0</source>
        <translation>seznam [[sekunde, %1], ...] z naraščajočimi časi od 0 in vrednostmi od 0</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="248"/>
        <source>&quot;local-inertial&quot; or &quot;fill-and-spill&quot;</source>
        <translation>&quot;local-inertial&quot; ali &quot;fill-and-spill&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="255"/>
        <source>Scenario: give &quot;stepSeconds&quot; or &quot;stepMinutes&quot;, not both</source>
        <translation>Scenarij: navedite &quot;stepSeconds&quot; ali &quot;stepMinutes&quot;, ne obojega</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="264"/>
        <source>true or false</source>
        <translation>true ali false</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioResults</name>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="24"/>
        <source>%1: fire arrival step</source>
        <translation>%1: korak prihoda požara</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="26"/>
        <source>%1: maximum flood depth</source>
        <translation>%1: največja globina poplave</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="28"/>
        <source>%1: flood depth per step</source>
        <translation>%1: globina poplave po korakih</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="35"/>
        <source>The step at which each cell caught fire (-1 = unburned), one step = %1 min.</source>
        <translation>Korak, v katerem je posamezna celica zagorela (-1 = ni zgorela), en korak = %1 min.</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="38"/>
        <source>The deepest water on each cell during the run, in metres.</source>
        <translation>Največja globina vode v posamezni celici med izvajanjem, v metrih.</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="39"/>
        <source>Water depth in metres, one band per reported step (see summary.json).</source>
        <translation>Globina vode v metrih, en kanal na sporočeni korak (glejte summary.json).</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="40"/>
        <source>%1 Simulated by Urbis: scenario &quot;%2&quot; (%3, %4 steps, seed %5, engine version %6).</source>
        <translation>%1 Simulirano s programom Urbis: scenarij &quot;%2&quot; (%3, %4 korakov, seme %5, različica pogona %6).</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRun</name>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="50"/>
        <source>Starting %1…</source>
        <translation>Zaganjanje %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="130"/>
        <source>The run was removed before it finished.</source>
        <translation>Izvajanje je bilo odstranjeno, preden se je končalo.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="137"/>
        <source>Cancelled.</source>
        <translation>Preklicano.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="138"/>
        <source>Run cancelled</source>
        <translation>Izvajanje preklicano</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="138"/>
        <source>Run failed: %1</source>
        <translation>Izvajanje ni uspelo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sim/scenariorun.cpp" line="154"/>
        <source>Done: %n step(s) in %1 ms</source>
        <translation>
            <numerusform>Končano: %n korak v %1 ms</numerusform>
            <numerusform>Končano: %n koraka v %1 ms</numerusform>
            <numerusform>Končano: %n koraki v %1 ms</numerusform>
            <numerusform>Končano: %n korakov v %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRunView</name>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="26"/>
        <source>Run</source>
        <translation>Zaženi</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="27"/>
        <source>Run the selected scenario</source>
        <translation>Zaženi izbrani scenarij</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="28"/>
        <location filename="../widgets/sim/scenariorunview.cpp" line="214"/>
        <source>Pause</source>
        <translation>Premor</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="105"/>
        <source>Select a scenario and press Run.</source>
        <translation>Izberite scenarij in pritisnite Zaženi.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="200"/>
        <source>The results were not recorded in the catalog.</source>
        <translation>Rezultati niso bili zapisani v katalog.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="201"/>
        <source>Result datasets: %1</source>
        <translation>Nabori podatkov z rezultati: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="214"/>
        <source>Resume</source>
        <translation>Nadaljuj</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRunner</name>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="36"/>
        <location filename="../core/sim/scenariorunner.cpp" line="194"/>
        <source>Simulating %1</source>
        <translation>Simuliranje %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="149"/>
        <source>The results need a folder or the catalog to go to</source>
        <translation>Rezultati potrebujejo mapo ali katalog, kamor se shranijo</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="153"/>
        <source>Reading the inputs of %1</source>
        <translation>Branje vhodnih podatkov za %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="169"/>
        <source>Cannot create a work folder in %1</source>
        <translation>V %1 ni mogoče ustvariti delovne mape</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="175"/>
        <source>Reading the impact layers</source>
        <translation>Branje slojev vplivov</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="201"/>
        <source>Simulation cancelled</source>
        <translation>Simulacija preklicana</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="206"/>
        <source>Recording the results in the catalog</source>
        <translation>Zapisovanje rezultatov v katalog</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioStore</name>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="20"/>
        <source>&quot;%1&quot; is not a scenario id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; ni ID scenarija: uporabite male črke, števke in &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="41"/>
        <source>There is no scenario file %1</source>
        <translation>Datoteke scenarija %1 ni</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="43"/>
        <source>Cannot read %1</source>
        <translation>Ni mogoče prebrati %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="47"/>
        <source>%1 is not valid JSON (at character %2: %3)</source>
        <translation>%1 ni veljaven JSON (pri znaku %2: %3)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="50"/>
        <source>%1 does not hold a scenario object</source>
        <translation>%1 ne vsebuje objekta scenarija</translation>
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
        <translation>Scenarija &quot;%1&quot; ni</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="102"/>
        <source>Cannot create the folder %1</source>
        <translation>Mape %1 ni mogoče ustvariti</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="120"/>
        <source>Cannot remove the scenario &quot;%1&quot;</source>
        <translation>Scenarija &quot;%1&quot; ni mogoče odstraniti</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioTextFields</name>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="49"/>
        <source>%1, line %2: expected %3</source>
        <translation>%1, vrstica %2: pričakovano %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="71"/>
        <source>a cell as &quot;column, row&quot; (whole numbers)</source>
        <translation>celica kot &quot;stolpec, vrstica&quot; (celi števili)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="100"/>
        <source>cells as &quot;column, row; column, row; …&quot;</source>
        <translation>celice kot &quot;stolpec, vrstica; stolpec, vrstica; …&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="104"/>
        <source>at least two cells in a line</source>
        <translation>vsaj dve celici v vrstici</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="127"/>
        <source>&quot;seconds, value&quot; with numbers &gt;= 0</source>
        <translation>&quot;sekunde, vrednost&quot; s števili &gt;= 0</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="129"/>
        <source>a time later than the line before</source>
        <translation>čas, poznejši od prejšnje vrstice</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioTimeline</name>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="32"/>
        <source>Space: play or pause · Left / Right: one step · Home / End: first / newest step</source>
        <translation>Preslednica: predvajaj ali začasno ustavi · Levo / Desno: en korak · Home / End: prvi / najnovejši korak</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="39"/>
        <source>Playback speed (1x = %1 steps a second)</source>
        <translation>Hitrost predvajanja (1x = %1 korakov na sekundo)</translation>
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
        <translation>Korak %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="115"/>
        <source>No frames yet</source>
        <translation>Še ni okvirjev</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="230"/>
        <source>Pause (Space)</source>
        <translation>Premor (preslednica)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="230"/>
        <source>Play (Space)</source>
        <translation>Predvajaj (preslednica)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioWildfireForm</name>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="30"/>
        <source>uniform (no dataset)</source>
        <translation>enotno (brez nabora podatkov)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="31"/>
        <source>A fuel raster of the catalog, by id or exact title; empty for one fuel everywhere</source>
        <translation>Rastrska karta goriv iz kataloga, po ID-ju ali natančnem naslovu; prazno za eno gorivo povsod</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="34"/>
        <source>default (grass)</source>
        <translation>privzeto (trava)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="35"/>
        <source>The fuel class of a uniform fuel map (docs/simulation.md lists the classes)</source>
        <translation>Razred goriva za enotno karto goriv (razredi so našteti v docs/simulation.md)</translation>
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
        <translation>Od kod piha veter: 0 = sever, 90 = vzhod</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="42"/>
        <source>Dead-fuel moisture as a fraction (0.08 = 8 %)</source>
        <translation>Vlažnost mrtvega goriva kot delež (0.08 = 8 %)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="43"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="46"/>
        <source>Probability per burning cell and step of a spot fire downwind; 0 = none</source>
        <translation>Verjetnost preskoka ognja v smeri vetra na gorečo celico in korak; 0 = brez</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="49"/>
        <source>one cell per line: column, row</source>
        <translation>ena celica na vrstico: stolpec, vrstica</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="53"/>
        <source>Fuel map:</source>
        <translation>Karta goriv:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="54"/>
        <source>Uniform fuel class:</source>
        <translation>Enotni razred goriva:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="55"/>
        <source>Wind speed:</source>
        <translation>Hitrost vetra:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="56"/>
        <source>Wind from:</source>
        <translation>Veter od:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="57"/>
        <source>Fuel moisture:</source>
        <translation>Vlažnost goriva:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="58"/>
        <source>Time per step:</source>
        <translation>Čas na korak:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="59"/>
        <source>Spotting:</source>
        <translation>Preskoki ognja:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="60"/>
        <source>Ignitions:</source>
        <translation>Točke vžiga:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="77"/>
        <source>Ignitions</source>
        <translation>Točke vžiga</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaFieldsModel</name>
    <message numerus="yes">
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="75"/>
        <source>Detected: %1, %2% of %n sampled cells fit</source>
        <translation>
            <numerusform>Zaznano: %1, ustreza %2% od %n vzorčene celice</numerusform>
            <numerusform>Zaznano: %1, ustreza %2% od %n vzorčenih celic</numerusform>
            <numerusform>Zaznano: %1, ustreza %2% od %n vzorčenih celic</numerusform>
            <numerusform>Zaznano: %1, ustreza %2% od %n vzorčenih celic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="78"/>
        <source>%n cells empty or missing</source>
        <translation>
            <numerusform>%n celica je prazna ali manjka</numerusform>
            <numerusform>%n celici sta prazni ali manjkata</numerusform>
            <numerusform>%n celice so prazne ali manjkajo</numerusform>
            <numerusform>%n celic je praznih ali manjka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="80"/>
        <source>Examples: %1</source>
        <translation>Primeri: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="82"/>
        <source>Suggested unit: %1</source>
        <translation>Predlagana enota: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="194"/>
        <source>Share of the sampled cells that fit the detected type</source>
        <translation>Delež vzorčenih celic, ki ustrezajo zaznanemu tipu</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="198"/>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="199"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="200"/>
        <source>Unit</source>
        <translation>Enota</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="201"/>
        <source>Required</source>
        <translation>Obvezno</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="202"/>
        <source>Unique</source>
        <translation>Edinstveno</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="203"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="204"/>
        <source>Maximum</source>
        <translation>Maksimum</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="205"/>
        <source>Confidence</source>
        <translation>Zanesljivost</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="206"/>
        <source>Examples</source>
        <translation>Primeri</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaInference</name>
    <message>
        <location filename="../core/ingest/schemainference.cpp" line="296"/>
        <source>Schema inference was cancelled</source>
        <translation>Določanje sheme je preklicano</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaPage</name>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="22"/>
        <source>Schema and metadata</source>
        <translation>Shema in metapodatki</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="23"/>
        <source>Check the detected column types, add units and constraints, and describe the dataset. Hover a field for what the detection saw.</source>
        <translation>Preverite zaznane tipe stolpcev, dodajte enote in omejitve ter opišite nabor podatkov. Za podrobnosti zaznavanja postavite kazalec na polje.</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="41"/>
        <source>Fields</source>
        <translation>Polja</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="45"/>
        <source>Dataset</source>
        <translation>Nabor podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="70"/>
        <source>Types were detected from the first rows only; validation reads the whole file.</source>
        <translation>Tipi so bili zaznani le iz prvih vrstic; preverjanje prebere celotno datoteko.</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaTable</name>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Unit</source>
        <translation>Enota</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="28"/>
        <source>No unit given</source>
        <translation>Enota ni podana</translation>
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
        <translation>uporaba: urbis send ID --to URL [--token-env VAR]
  pošlje podatke nabora podatkov in njegov zapis v katalogu (multipart/form-data: &quot;metadata&quot;, &quot;file&quot;)
  končni točki REST za zajem podatkov URL (http ali https)
  --token-env VAR   okoljska spremenljivka z žetonom bearer (privzeto %1; none: brez žetona)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="37"/>
        <source>send needs one dataset ID and --to URL</source>
        <translation>send potrebuje en ID nabora podatkov in --to URL</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="43"/>
        <source>--token-env names %1, which is not set or empty</source>
        <translation>--token-env navaja spremenljivko %1, ki ni nastavljena ali je prazna</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="53"/>
        <source>Dataset %1 has no stored data to send</source>
        <translation>Nabor podatkov %1 nima shranjenih podatkov za pošiljanje</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="56"/>
        <source>The stored data of dataset %1 is missing (%2)</source>
        <translation>Shranjeni podatki nabora podatkov %1 manjkajo (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="67"/>
        <source>Sending %1</source>
        <translation>Pošiljanje %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="82"/>
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes</source>
        <translation>Poslano %1 (%2) na %3: HTTP %4, %5 bajtov</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="83"/>
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes, now at %6</source>
        <translation>Poslano %1 (%2) na %3: HTTP %4, %5 bajtov, zdaj na %6</translation>
    </message>
</context>
<context>
    <name>urbis::SimCommand</name>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="24"/>
        <source>%1: %2 cells burned (%3 km2) after %4 steps</source>
        <translation>%1: zgorelo je %2 celic (%3 km2) po %4 korakih</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="32"/>
        <source>%1: %2 km2 flooded at the end, deepest water %3 m, after %4 steps</source>
        <translation>%1: ob koncu poplavljenih %2 km2, največja globina vode %3 m, po %4 korakih</translation>
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
        <translation>uporaba: urbis sim run wildfire|flood --config SCENARIO.json [--out DIR] [--no-catalog]
         urbis sim list
  run     simulira datoteko scenarija (docs/simulation.md); enaka datoteka in seme dajo
          bajtno enake rezultate. Nabore podatkov, ki jih navaja, prebere iz delovnega prostora.
  --out DIR     rezultate zapiše tudi v DIR: summary.json in arrival.tif (požar v naravi) ali
                depth_max.tif + depth_frames.tif (poplava)
  --no-catalog  rezultatov ne zapiše v katalog (takrat je potreben --out)
          Brez --out gredo rezultati samo v katalog, kot nabori podatkov domene
          &quot;hazard&quot; s ključno besedo scenario:&lt;id&gt;; izpišejo se njihovi ID-ji. --json izpiše
          summary.json z dodanima &quot;datasets&quot; in &quot;out&quot;.
  list    scenariji, shranjeni v delovnem prostoru (&lt;data dir&gt;/scenarios/&lt;id&gt;.json)
izhodne kode: 0 končano, 1 neveljaven scenarij, 2 napaka uporabe, neberljiva datoteka ali neznan nabor podatkov,
              3 V/I napaka</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="68"/>
        <source>sim needs &quot;run wildfire|flood --config FILE&quot; or &quot;list&quot;</source>
        <translation>sim potrebuje &quot;run wildfire|flood --config FILE&quot; ali &quot;list&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="70"/>
        <source>&quot;%1&quot; is not a scenario type: wildfire or flood</source>
        <translation>&quot;%1&quot; ni vrsta scenarija: wildfire ali flood</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="94"/>
        <source>broken</source>
        <translation>pokvarjen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/simcommand.cpp" line="96"/>
        <source>%n scenario(s) in %1</source>
        <translation>
            <numerusform>%n scenarij v %1</numerusform>
            <numerusform>%n scenarija v %1</numerusform>
            <numerusform>%n scenariji v %1</numerusform>
            <numerusform>%n scenarijev v %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="104"/>
        <source>sim run needs --config SCENARIO.json</source>
        <translation>sim run potrebuje --config SCENARIO.json</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="108"/>
        <source>--no-catalog needs --out DIR: the results must go somewhere</source>
        <translation>--no-catalog potrebuje --out DIR: rezultati morajo nekam iti</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="117"/>
        <source>%1 holds a %2 scenario, not a %3 one</source>
        <translation>%1 vsebuje scenarij vrste %2, ne %3</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="127"/>
        <source>Simulating %1</source>
        <translation>Simuliranje %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="134"/>
        <source>warning: %1</source>
        <translation>opozorilo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="150"/>
        <source>Affected %1: %2 %3</source>
        <translation>Prizadeto (%1): %2 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="154"/>
        <source>Wrote %1 to %2</source>
        <translation>%1 zapisano v %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/simcommand.cpp" line="156"/>
        <source>%n result dataset(s) in the catalog (keyword scenario:%1)</source>
        <translation>
            <numerusform>%n nabor podatkov z rezultati v katalogu (ključna beseda scenario:%1)</numerusform>
            <numerusform>%n nabora podatkov z rezultati v katalogu (ključna beseda scenario:%1)</numerusform>
            <numerusform>%n nabori podatkov z rezultati v katalogu (ključna beseda scenario:%1)</numerusform>
            <numerusform>%n naborov podatkov z rezultati v katalogu (ključna beseda scenario:%1)</numerusform>
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
        <translation>%1 ni besedilna datoteka: vsebuje binarne podatke</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="133"/>
        <source>%1 does not exist</source>
        <translation>%1 ne obstaja</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="135"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 je mapa, ne datoteka</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="138"/>
        <source>Cannot open %1: %2</source>
        <translation>Ni mogoče odpreti %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="141"/>
        <source>The file is empty: %1</source>
        <translation>Datoteka je prazna: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="159"/>
        <source>%1 is a raster image, not a table or vector layer</source>
        <translation>%1 je rastrska slika, ne tabela ali vektorski sloj</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="168"/>
        <source>The format of %1 is not recognised</source>
        <translation>Formata datoteke %1 ni mogoče prepoznati</translation>
    </message>
</context>
<context>
    <name>urbis::SqliteTableFile</name>
    <message>
        <location filename="../core/kpi/sqlitetablefile.cpp" line="48"/>
        <source>Cannot open the data of a dataset: %1</source>
        <translation>Podatkov nabora podatkov ni mogoče odpreti: %1</translation>
    </message>
</context>
<context>
    <name>urbis::StacItemCodec</name>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="148"/>
        <source>%1 is not a STAC Item (needs &quot;type&quot;: &quot;Feature&quot; and an id)</source>
        <translation>%1 ni STAC Item (potrebuje &quot;type&quot;: &quot;Feature&quot; in id)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="158"/>
        <source>%1: a version record is unreadable: %2</source>
        <translation>%1: zapis različice je neberljiv: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="162"/>
        <source>%1: the versions do not start with the dataset %2</source>
        <translation>%1: različice se ne začnejo z naborom podatkov %2</translation>
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
        <translation>alarm</translation>
    </message>
</context>
<context>
    <name>urbis::StreamActions</name>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="26"/>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="26"/>
        <source>Watch a new WebSocket or MQTT feed (Ctrl+N)</source>
        <translation>Spremljaj nov vir WebSocket ali MQTT (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="27"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="28"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="28"/>
        <source>Change the selected stream&apos;s settings</source>
        <translation>Spremeni nastavitve izbranega toka</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="29"/>
        <source>&amp;Remove</source>
        <translation>&amp;Odstrani</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="29"/>
        <source>Stop watching the selected stream (Delete)</source>
        <translation>Prenehaj spremljati izbrani tok (Delete)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="31"/>
        <location filename="../widgets/stream/streamactions.cpp" line="57"/>
        <source>&amp;Start</source>
        <translation>&amp;Zaženi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="31"/>
        <source>Connect to or disconnect from the selected stream</source>
        <translation>Poveži se z izbranim tokom ali prekini povezavo</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="32"/>
        <location filename="../widgets/stream/streamactions.cpp" line="59"/>
        <source>Re&amp;cord…</source>
        <translation>&amp;Snemaj…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="32"/>
        <source>Record the selected stream into a new dataset</source>
        <translation>Posnemi izbrani tok v nov nabor podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="57"/>
        <source>S&amp;top</source>
        <translation>Us&amp;tavi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="59"/>
        <source>Stop re&amp;cording</source>
        <translation>Ustavi &amp;snemanje</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="69"/>
        <source>Add stream</source>
        <translation>Dodaj tok</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="73"/>
        <source>Added &quot;%1&quot;: Start connects to it</source>
        <translation>Dodano &quot;%1&quot;: Zaženi vzpostavi povezavo</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="82"/>
        <location filename="../widgets/stream/streamactions.cpp" line="90"/>
        <source>Edit stream</source>
        <translation>Uredi tok</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="82"/>
        <source>Stop the recording before changing the stream&apos;s settings.</source>
        <translation>Pred spreminjanjem nastavitev toka ustavite snemanje.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="101"/>
        <source>Stop watching &quot;%1&quot;? Its recording is finished and kept as a dataset.</source>
        <translation>Ali želite prenehati spremljati &quot;%1&quot;? Njegov posnetek se dokonča in ohrani kot nabor podatkov.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="102"/>
        <source>Stop watching &quot;%1&quot; and forget its settings and alert rules?</source>
        <translation>Ali želite prenehati spremljati &quot;%1&quot; in pozabiti njegove nastavitve in pravila alarmov?</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="103"/>
        <source>Remove stream</source>
        <translation>Odstrani tok</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="109"/>
        <source>Removed &quot;%1&quot;</source>
        <translation>Odstranjeno &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="120"/>
        <source>Connecting to &quot;%1&quot;…</source>
        <translation>Povezovanje s &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="123"/>
        <source>Disconnected from &quot;%1&quot;</source>
        <translation>Povezava s &quot;%1&quot; je prekinjena</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="135"/>
        <source>Finishing the recording of &quot;%1&quot;…</source>
        <translation>Dokončevanje posnetka &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="140"/>
        <source>Record stream</source>
        <translation>Posnemi tok</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="140"/>
        <source>Title of the new dataset:</source>
        <translation>Naslov novega nabora podatkov:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="141"/>
        <source>%1 recording %2</source>
        <translation>%1, posnetek %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="150"/>
        <source>Starting to record &quot;%1&quot;…</source>
        <translation>Začetek snemanja &quot;%1&quot;…</translation>
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
        <translation>Vse v medpomnilniku</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/stream/streamchartsview.cpp" line="49"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
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
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/stream/streamchartsview.cpp" line="53"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dan</numerusform>
            <numerusform>%n dneva</numerusform>
            <numerusform>%n dnevi</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="60"/>
        <location filename="../widgets/stream/streamchartsview.cpp" line="397"/>
        <source>Pause</source>
        <translation>Premor</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="61"/>
        <source>Freeze the charts while data keeps arriving (Space)</source>
        <translation>Zamrzni grafikone, medtem ko podatki še prihajajo (preslednica)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="67"/>
        <location filename="../widgets/stream/streamchartsview.cpp" line="304"/>
        <source>Select a stream to see its live values.</source>
        <translation>Izberite tok, da vidite njegove vrednosti v živo.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="69"/>
        <source>Scroll back within the buffered values (pauses the charts)</source>
        <translation>Pomikanje nazaj po vrednostih v medpomnilniku (začasno ustavi grafikone)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="72"/>
        <source>Statio&amp;n:</source>
        <translation>&amp;Postaja:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="74"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Meritev:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="76"/>
        <source>&amp;Window:</source>
        <translation>&amp;Okno:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="238"/>
        <source>All measures</source>
        <translation>Vse meritve</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="240"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="257"/>
        <source>(the stream)</source>
        <translation>(tok)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="304"/>
        <source>Waiting for the first values…</source>
        <translation>Čakanje na prve vrednosti…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="397"/>
        <source>Resume</source>
        <translation>Nadaljuj</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="417"/>
        <source>Paused: %1 – %2</source>
        <translation>Začasno ustavljeno: %1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="418"/>
        <source>Paused at %1</source>
        <translation>Začasno ustavljeno ob %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="420"/>
        <source>Live, newest %1</source>
        <translation>V živo, najnovejše %1</translation>
    </message>
</context>
<context>
    <name>urbis::StreamCommand</name>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="77"/>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation>Noben nabor podatkov nima ID-ja ali natančnega naslova &quot;%1&quot;</translation>
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
        <translation>uporaba: urbis stream record URL [--topic T] [--duration S] [--to TITLE] [--city C] [--domain D]
         urbis stream serve DATASET [--port P] [--rate MSGS_PER_S] [--loop]
         urbis stream recover
record   posname vir ws://, wss:// ali mqtt://host:port v nov nabor podatkov, dokler ne mine
         --duration sekund ali do Ctrl+C; izpiše ID nabora podatkov. --topic: filter tem MQTT
         (ponovljiv, nadomestna znaka + in #; privzeto #). Skrivnosti: URBIS_STREAM_TOKEN (žeton bearer),
         URBIS_STREAM_PASSWORD (geslo MQTT; uporabniško ime je del URL-ja)
serve    predvaja nabor podatkov (ID ali natančen naslov) kot ploska sporočila JSON na ws://127.0.0.1:PORT,
         v časovnem vrstnem redu, s hitrostjo --rate sporočil na sekundo (privzeto 10); konča se po zadnji vrstici,
         razen z --loop
recover  dokonča posnetke prekinjenih procesov (record to najprej naredi tudi sam)</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="124"/>
        <source>stream needs &quot;record URL&quot;, &quot;serve DATASET&quot; or &quot;recover&quot;</source>
        <translation>stream potrebuje &quot;record URL&quot;, &quot;serve DATASET&quot; ali &quot;recover&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="134"/>
        <source>--rate needs a number of messages per second above 0</source>
        <translation>--rate potrebuje število sporočil na sekundo, večje od 0</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="141"/>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port potrebuje število od 0 do 65535</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="154"/>
        <source>&quot;%1&quot; has no table of rows to replay (a raster, or metadata only)</source>
        <translation>&quot;%1&quot; nima tabele z vrsticami za predvajanje (je raster ali samo metapodatki)</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="173"/>
        <source>Serving %1 (%2 rows) on %3 at %4 msg/s</source>
        <translation>Strežem %1 (vrstic: %2) na %3 s hitrostjo %4 msg/s</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="188"/>
        <source>%1 connected</source>
        <translation>%1 povezan</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="191"/>
        <source>%1 disconnected: %2</source>
        <translation>%1 prekinjen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation type="vanished">
            <numerusform>Poslano %n sporočilo</numerusform>
            <numerusform>Poslani %n sporočili</numerusform>
            <numerusform>Poslana %n sporočila</numerusform>
            <numerusform>Poslanih %n sporočil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/streamcommand.cpp" line="200"/>
        <source>%n row(s) replayed</source>
        <translation>
            <numerusform>%n predvajana vrstica</numerusform>
            <numerusform>%n predvajani vrstici</numerusform>
            <numerusform>%n predvajane vrstice</numerusform>
            <numerusform>%n predvajanih vrstic</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="211"/>
        <source>&quot;%1&quot; is not a stream URL: give ws://, wss:// or mqtt://host:port</source>
        <translation>&quot;%1&quot; ni URL toka: navedite ws://, wss:// ali mqtt://host:port</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="224"/>
        <source>--duration needs a number of seconds above 0</source>
        <translation>--duration potrebuje število sekund, večje od 0</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="233"/>
        <source>Unknown domain &quot;%1&quot;; expected one of %2</source>
        <translation>Neznana domena &quot;%1&quot;; pričakovana je ena od %2</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="245"/>
        <source>Completed the recording %1 left by a stopped process</source>
        <translation>Dokončan posnetek %1, ki ga je pustil ustavljeni proces</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="249"/>
        <source>No stream source for %1</source>
        <translation>Ni vira toka za %1</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="266"/>
        <source>Recording %1 into the dataset %2</source>
        <translation>Snemanje %1 v nabor podatkov %2</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="289"/>
        <source>%1 rows, %2 msg/s, %3 errors</source>
        <translation>vrstic: %1, %2 msg/s, napak: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="317"/>
        <source>Nothing was recorded: no record arrived from %1</source>
        <translation>Nič ni bilo posneto: iz %1 ni prispel noben zapis</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="326"/>
        <source>%1 rows recorded into &quot;%2&quot; (%3 messages, %4 rejected, %5 reconnects)</source>
        <translation>V &quot;%2&quot; posnetih vrstic: %1 (sporočil: %3, zavrnjenih: %4, ponovnih povezav: %5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/streamcommand.cpp" line="351"/>
        <source>%n recording(s) completed</source>
        <translation>
            <numerusform>Dokončan %n posnetek</numerusform>
            <numerusform>Dokončana %n posnetka</numerusform>
            <numerusform>Dokončani %n posnetki</numerusform>
            <numerusform>Dokončanih %n posnetkov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::StreamConfig</name>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="41"/>
        <source>The address must start with ws://, wss://, mqtt:// or mqtts://: &quot;%1&quot;</source>
        <translation>Naslov se mora začeti z ws://, wss://, mqtt:// ali mqtts://: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="44"/>
        <source>The address &quot;%1&quot; names no host</source>
        <translation>Naslov &quot;%1&quot; ne navaja gostitelja</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="47"/>
        <source>The MQTT quality of service must be 0 or 1, not %1</source>
        <translation>Kakovost storitve (QoS) MQTT mora biti 0 ali 1, ne %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="51"/>
        <source>&quot;%1&quot; is not an MQTT topic filter: &apos;+&apos; and &apos;#&apos; must stand for a whole level, &apos;#&apos; only at the end</source>
        <translation>&quot;%1&quot; ni filter tem MQTT: &apos;+&apos; in &apos;#&apos; morata predstavljati celo raven, &apos;#&apos; samo na koncu</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="56"/>
        <source>The message size limit must be at least 1 byte</source>
        <translation>Omejitev velikosti sporočila mora biti vsaj 1 bajt</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="58"/>
        <source>The heartbeat must be at least 1 second</source>
        <translation>Utrip mora biti vsaj 1 sekunda</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="60"/>
        <source>The reconnect waits must be positive, the longest at least the first</source>
        <translation>Čakalni časi za ponovno povezavo morajo biti pozitivni, najdaljši vsaj tolikšen kot prvi</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="62"/>
        <source>The CA certificate file &quot;%1&quot; cannot be read</source>
        <translation>Datoteke potrdila CA &quot;%1&quot; ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="99"/>
        <source>Stream settings: &quot;%1&quot; must be %2</source>
        <translation>Nastavitve toka: &quot;%1&quot; mora biti %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="111"/>
        <source>text</source>
        <translation>besedilo</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="115"/>
        <source>an address such as wss://host/path or mqtt://host:1883</source>
        <translation>naslov, kot je wss://host/path ali mqtt://host:1883</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="119"/>
        <location filename="../core/stream/streamconfig.cpp" line="122"/>
        <source>a list of topic filters</source>
        <translation>seznam filtrov tem</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="142"/>
        <source>a whole number of at least %1</source>
        <translation>celo število, vsaj %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="151"/>
        <source>an object</source>
        <translation>objekt</translation>
    </message>
</context>
<context>
    <name>urbis::StreamDialog</name>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="46"/>
        <source>Add stream</source>
        <translation>Dodaj tok</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="47"/>
        <source>default: the host name</source>
        <translation>privzeto: ime gostitelja</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="48"/>
        <source>wss://oup.example.org/air or mqtt://broker:1883</source>
        <translation>wss://oup.example.org/air ali mqtt://broker:1883</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="49"/>
        <source>MQTT topic filters, comma-separated; default #</source>
        <translation>Filtri tem MQTT, ločeni z vejicami; privzeto #</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="51"/>
        <source>0: at most once</source>
        <translation>0: največ enkrat</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="52"/>
        <source>1: at least once</source>
        <translation>1: vsaj enkrat</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="55"/>
        <source>sent as Authorization: Bearer …; kept in memory only</source>
        <translation>poslano kot Authorization: Bearer …; hrani se samo v pomnilniku</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="56"/>
        <source>kept in memory only</source>
        <translation>hrani se samo v pomnilniku</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="58"/>
        <source>text sent after each connect, e.g. a JSON subscription</source>
        <translation>besedilo, poslano po vsaki vzpostavitvi povezave, npr. naročnina JSON</translation>
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
        <translation>Če toliko časa ni podatkov in ni odgovora na pinge, se povezava šteje za prekinjeno in se ponovno vzpostavi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
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
        <translation>&amp;Teme:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="87"/>
        <source>Us&amp;er / password:</source>
        <translation>Uporabnik / &amp;geslo:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="88"/>
        <source>&amp;Bearer token:</source>
        <translation>&amp;Žeton bearer:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="89"/>
        <source>Subscribe messa&amp;ge:</source>
        <translation>Sporočilo &amp;naročnine:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="92"/>
        <source>Heartbeat:</source>
        <translation>Utrip:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="95"/>
        <source>Max message si&amp;ze:</source>
        <translation>Največja &amp;velikost sporočila:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="96"/>
        <source>Field mapping</source>
        <translation>Preslikava polj</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="119"/>
        <source>Edit stream &quot;%1&quot;</source>
        <translation>Uredi tok &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="177"/>
        <source>Enter the stream&apos;s address</source>
        <translation>Vnesite naslov toka</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="181"/>
        <source>Map at least one measure, or let the mapping be inferred</source>
        <translation>Preslikajte vsaj eno meritev ali pustite, da se preslikava izpelje</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="186"/>
        <source>The measure &quot;%1&quot; is mapped twice</source>
        <translation>Meritev &quot;%1&quot; je preslikana dvakrat</translation>
    </message>
</context>
<context>
    <name>urbis::StreamListModel</name>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="40"/>
        <source>Not started</source>
        <translation>Ni zagnano</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="42"/>
        <source>Connecting…</source>
        <translation>Povezovanje…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="44"/>
        <source>Connected</source>
        <translation>Povezano</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="46"/>
        <source>Reconnecting…</source>
        <translation>Ponovno povezovanje…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="48"/>
        <source>Stopped</source>
        <translation>Ustavljeno</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="100"/>
        <source>%1 rows</source>
        <translation>Vrstic: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="116"/>
        <source>Last error: %1</source>
        <translation>Zadnja napaka: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="151"/>
        <source>Messages that were not JSON, not a record, or could not be mapped</source>
        <translation>Sporočila, ki niso bila JSON, niso bila zapis ali jih ni bilo mogoče preslikati</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="153"/>
        <source>Messages over the maximum size, dropped unread</source>
        <translation>Sporočila, večja od največje velikosti, zavržena neprebrana</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="155"/>
        <source>Successful connections after the first</source>
        <translation>Uspešne povezave po prvi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="164"/>
        <source>Stream</source>
        <translation>Tok</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="166"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="168"/>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="170"/>
        <source>msg/s</source>
        <translation>msg/s</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="172"/>
        <source>Samples</source>
        <translation>Vzorci</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="174"/>
        <source>Malformed</source>
        <translation>Napačno oblikovana</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="176"/>
        <source>Oversized</source>
        <translation>Prevelika</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="178"/>
        <source>Reconnects</source>
        <translation>Ponovne povezave</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="180"/>
        <source>Recording</source>
        <translation>Snemanje</translation>
    </message>
</context>
<context>
    <name>urbis::StreamListPanel</name>
    <message>
        <location filename="../widgets/stream/streamlistpanel.cpp" line="20"/>
        <source>Filter streams by name or address…</source>
        <translation>Filtriraj tokove po imenu ali naslovu…</translation>
    </message>
</context>
<context>
    <name>urbis::StreamMonitor</name>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="57"/>
        <source>&amp;Pause charts</source>
        <translation>&amp;Zamrzni grafikone</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="59"/>
        <source>Freeze or follow the live charts (Space)</source>
        <translation>Zamrzni grafikone v živo ali jim sledi (preslednica)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="77"/>
        <source>Charts</source>
        <translation>Grafikoni</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="78"/>
        <location filename="../widgets/stream/streammonitor.cpp" line="258"/>
        <source>Alerts</source>
        <translation>Alarmi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="79"/>
        <location filename="../widgets/stream/streammonitor.cpp" line="260"/>
        <source>Rejected</source>
        <translation>Zavrnjeno</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="120"/>
        <source>Alert rules saved</source>
        <translation>Pravila alarmov so shranjena</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="138"/>
        <source>Recording &quot;%1&quot;: the dataset grows in the catalog as it records</source>
        <translation>Snemanje &quot;%1&quot;: nabor podatkov med snemanjem raste v katalogu</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="144"/>
        <source>Recording of &quot;%1&quot; finished: %2 rows in the dataset</source>
        <translation>Snemanje &quot;%1&quot; je končano: vrstic v naboru podatkov: %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="152"/>
        <source>Recording of &quot;%1&quot; failed: %2</source>
        <translation>Snemanje &quot;%1&quot; ni uspelo: %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="191"/>
        <source>Cannot read the watched streams: %1</source>
        <translation>Spremljanih tokov ni mogoče prebrati: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="258"/>
        <source>Alerts (%1)</source>
        <translation>Alarmi (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="260"/>
        <source>Rejected (%1)</source>
        <translation>Zavrnjeno (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="267"/>
        <source>No streams yet: Add… (Ctrl+N) watches a WebSocket or MQTT feed.</source>
        <translation>Tokov še ni: Dodaj… (Ctrl+N) začne spremljati vir WebSocket ali MQTT.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="273"/>
        <source>%1 messages, %2 received, %3 link drops; buffers %4</source>
        <translation>sporočil: %1, prejeto: %2, prekinitev povezave: %3; medpomnilniki %4</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="277"/>
        <source>%1 stations over the limit not charted</source>
        <translation>Postaj nad omejitvijo, ki niso prikazane na grafikonu: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="279"/>
        <source>Last error: %1</source>
        <translation>Zadnja napaka: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="290"/>
        <source>Stations</source>
        <translation>Postaje</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="292"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="328"/>
        <source>(log)</source>
        <translation>(log)</translation>
    </message>
</context>
<context>
    <name>urbis::StreamRecorder</name>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="149"/>
        <source>Nothing to record: the stream&apos;s field mapping has no measure and no attribute</source>
        <translation>Ničesar ni za snemanje: preslikava polj toka nima nobene meritve in nobenega atributa</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="152"/>
        <source>Cannot create the folder %1</source>
        <translation>Mape %1 ni mogoče ustvariti</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="161"/>
        <source>Cannot lock the recording %1</source>
        <translation>Posnetka %1 ni mogoče zakleniti</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="174"/>
        <source>%1 recording %2</source>
        <translation>%1, posnetek %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="175"/>
        <source>Stream</source>
        <translation>Tok</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="178"/>
        <source>Recorded from the live stream %1</source>
        <translation>Posneto iz toka v živo %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="247"/>
        <location filename="../core/stream/streamrecorder.cpp" line="261"/>
        <location filename="../core/stream/streamrecorder.cpp" line="280"/>
        <source>The recording has been finished</source>
        <translation>Posnetek je bil dokončan</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSession</name>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="140"/>
        <source>This stream is already being recorded.</source>
        <translation>Ta tok se že snema.</translation>
    </message>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="175"/>
        <source>Recording stopped: %1</source>
        <translation>Snemanje ustavljeno: %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="196"/>
        <source>The recording could not be completed: %1. It is completed the next time Urbis starts.</source>
        <translation>Posnetka ni bilo mogoče dokončati: %1. Dokončan bo ob naslednjem zagonu programa Urbis.</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSessions</name>
    <message>
        <location filename="../widgets/stream/streamsessions.cpp" line="133"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="158"/>
        <source>A stream named &quot;%1&quot; is watched already</source>
        <translation>Tok z imenom &quot;%1&quot; se že spremlja</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamsessions.cpp" line="152"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="175"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="191"/>
        <source>No stream &quot;%1&quot;</source>
        <translation>Ni toka &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSource</name>
    <message>
        <location filename="../core/stream/streamsource.cpp" line="95"/>
        <source>The record has no value that could be a measure or an attribute</source>
        <translation>Zapis nima nobene vrednosti, ki bi lahko bila meritev ali atribut</translation>
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
        <translation>tok %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="50"/>
        <source>not an object</source>
        <translation>ni objekt</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="55"/>
        <source>&quot;%1&quot; is not a stream id</source>
        <translation>&quot;%1&quot; ni ID toka</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="57"/>
        <source>no config</source>
        <translation>ni nastavitev</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="64"/>
        <source>&quot;alertRules&quot; is not a list</source>
        <translation>&quot;alertRules&quot; ni seznam</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="73"/>
        <source>&quot;autoStart&quot; is not true or false</source>
        <translation>&quot;autoStart&quot; ni true ali false</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="94"/>
        <source>Cannot read %1</source>
        <translation>Ni mogoče prebrati %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="98"/>
        <source>not valid JSON (at character %1)</source>
        <translation>ni veljaven JSON (pri znaku %1)</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="101"/>
        <source>no list of streams</source>
        <translation>ni seznama tokov</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="110"/>
        <source>the stream id &quot;%1&quot; is used twice</source>
        <translation>ID toka &quot;%1&quot; je uporabljen dvakrat</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="126"/>
        <location filename="../core/stream/streamstore.cpp" line="172"/>
        <source>There is no stream &quot;%1&quot;</source>
        <translation>Toka &quot;%1&quot; ni</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="153"/>
        <source>&quot;%1&quot; is not a stream id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; ni ID toka: uporabite male črke, števke in &apos;-&apos;</translation>
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
        <translation>uporaba: urbis sync [NAME] [--push] [--pull] [--dry-run] [--with-data]
                    [--bbox W,S,E,N] [--from T] [--to T]
         urbis sync [NAME] --fetch ID              prenese podatke enega prejetega nabora podatkov
         urbis sync [NAME] --conflicts             izpiše nabore podatkov, spremenjene tukaj in tam
         urbis sync [NAME] --resolve ID --keep mine|theirs|both
prenosi: --part-size MIB (privzeto 8, vsaj 5), --concurrency N (privzeto 4),
         --bwlimit RATE (bajtov na sekundo; pripone K, M ali G: 10M)
Brez --push ali --pull se izvedeta obe smeri. Prejeti nabori podatkov prinesejo svoje metapodatke;
njihovi podatki pridejo z --with-data, za tiste znotraj --bbox / --from..--to, ali z --fetch.
NAME lahko izpustite, če obstaja samo en oddaljeni strežnik (urbis remote list).</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="48"/>
        <source>No remote yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Oddaljenega strežnika še ni: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="49"/>
        <source>Several remotes: name the one to sync with</source>
        <translation>Več oddaljenih strežnikov: navedite, s katerim naj se sinhronizira</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="57"/>
        <source>sync takes at most one remote name</source>
        <translation>sync sprejme največ eno ime oddaljenega strežnika</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="93"/>
        <source>--part-size is in MiB, from 5 to 5120</source>
        <translation>--part-size je v MiB, od 5 do 5120</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="100"/>
        <source>--concurrency is a number from 1 to 64</source>
        <translation>--concurrency je število od 1 do 64</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="112"/>
        <source>--bwlimit needs a rate such as 500K or 10M</source>
        <translation>--bwlimit potrebuje hitrost, kot je 500K ali 10M</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="123"/>
        <source>--resolve needs --keep mine, theirs or both</source>
        <translation>--resolve potrebuje --keep mine, theirs ali both</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="131"/>
        <source>Syncing with %1</source>
        <translation>Sinhronizacija s strežnikom %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="148"/>
        <source>%1%2 pushed, %3 pulled, %4 conflict(s), %5 failed; %6 blob(s) up (%7 already there), %8 down in %9 s</source>
        <translation>%1poslano: %2, prejeto: %3, sporov: %4, neuspešnih: %5; naloženih blobov: %6 (že tam: %7), prenesenih: %8 v %9 s</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="149"/>
        <source>dry run: would have </source>
        <translation>poskusni zagon, bilo bi </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="181"/>
        <source>%n conflict(s); %1 dataset(s) waiting to be pushed</source>
        <translation>
            <numerusform>%n spor; nabori podatkov, ki čakajo na pošiljanje: %1</numerusform>
            <numerusform>%n spora; nabori podatkov, ki čakajo na pošiljanje: %1</numerusform>
            <numerusform>%n spori; nabori podatkov, ki čakajo na pošiljanje: %1</numerusform>
            <numerusform>%n sporov; nabori podatkov, ki čakajo na pošiljanje: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::SyncEngine</name>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="63"/>
        <source>Sync cancelled</source>
        <translation>Sinhronizacija je preklicana</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="88"/>
        <source>Reading the remote catalog of %1…</source>
        <translation>Branje oddaljenega kataloga strežnika %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="118"/>
        <source>%1 is not JSON: %2</source>
        <translation>%1 ni JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="96"/>
        <source>Still unresolved: changed here and on %1</source>
        <translation>Še vedno nerešeno: spremenjeno tukaj in na %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="111"/>
        <source>Changed here (%1 version(s), last edit %2) and on %3 (%4 version(s), last edit %5)</source>
        <translation>Spremenjeno tukaj (različic: %1, zadnje urejanje %2) in na %3 (različic: %4, zadnje urejanje %5)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="164"/>
        <source>Changed on %1 while this sync ran</source>
        <translation>Spremenjeno na %1 med to sinhronizacijo</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="273"/>
        <source>Writing the STAC catalog of %1…</source>
        <translation>Zapisovanje kataloga STAC strežnika %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="94"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/syncengine.cpp" line="101"/>
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>Za %n nabor podatkov sinhronizacija ni uspela; naslednja sinhronizacija bo poskusila znova</numerusform>
            <numerusform>Za %n nabora podatkov sinhronizacija ni uspela; naslednja sinhronizacija bo poskusila znova</numerusform>
            <numerusform>Za %n nabore podatkov sinhronizacija ni uspela; naslednja sinhronizacija bo poskusila znova</numerusform>
            <numerusform>Za %n naborov podatkov sinhronizacija ni uspela; naslednja sinhronizacija bo poskusila znova</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="158"/>
        <source>&quot;%1&quot; changed on %2 again; look at it once more</source>
        <translation>&quot;%1&quot; se je na %2 znova spremenil; preglejte ga še enkrat</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="208"/>
        <source>&quot;%1&quot; was never synced with a remote: its data is not available</source>
        <translation>&quot;%1&quot; ni bil nikoli sinhroniziran z oddaljenim strežnikom: njegovi podatki niso na voljo</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPanel</name>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="51"/>
        <source>Transfers</source>
        <translation>Prenosi</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="52"/>
        <source>Preview</source>
        <translation>Predogled</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="53"/>
        <location filename="../widgets/sync/syncpanel.cpp" line="171"/>
        <source>Conflicts</source>
        <translation>Spori</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="95"/>
        <source>&amp;Add remote…</source>
        <translation>&amp;Dodaj oddaljeni strežnik…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="97"/>
        <source>Connect this catalog to an S3 / MinIO bucket</source>
        <translation>Poveži ta katalog z vedrom S3 / MinIO</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Odstrani</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="102"/>
        <source>Forget this remote here; nothing is deleted in the bucket</source>
        <translation>Pozabi ta oddaljeni strežnik tukaj; v vedru se nič ne izbriše</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="103"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinhroniziraj zdaj</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="105"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="106"/>
        <source>Push local changes and pull the remote&apos;s (Ctrl+Shift+S)</source>
        <translation>Pošlji lokalne spremembe in prejmi spremembe oddaljenega strežnika (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="107"/>
        <source>&amp;Preview</source>
        <translation>&amp;Predogled</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="109"/>
        <source>Dry run: list what a sync would move, changing nothing</source>
        <translation>Poskusni zagon: izpiše, kaj bi sinhronizacija prenesla, ne da bi karkoli spremenila</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="171"/>
        <source>Conflicts (%1)</source>
        <translation>Spori (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="205"/>
        <source>Remote &quot;%1&quot; updated</source>
        <translation>Oddaljeni strežnik &quot;%1&quot; je posodobljen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="206"/>
        <source>Remote &quot;%1&quot; added</source>
        <translation>Oddaljeni strežnik &quot;%1&quot; je dodan</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="235"/>
        <source>Remove remote</source>
        <translation>Odstrani oddaljeni strežnik</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="236"/>
        <source>Forget the remote &quot;%1&quot;? Nothing is deleted in the bucket, and the datasets stay in this catalog.</source>
        <translation>Želite pozabiti oddaljeni strežnik &quot;%1&quot;? V vedru se nič ne izbriše, nabori podatkov pa ostanejo v tem katalogu.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="245"/>
        <source>Remote &quot;%1&quot; removed</source>
        <translation>Oddaljeni strežnik &quot;%1&quot; je odstranjen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="256"/>
        <source>A sync of &quot;%1&quot; is already running</source>
        <translation>Sinhronizacija &quot;%1&quot; že poteka</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="270"/>
        <source>Syncing &quot;%1&quot;…</source>
        <translation>Sinhroniziranje &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="279"/>
        <source>&quot;%1&quot; is in sync</source>
        <translation>&quot;%1&quot; je sinhroniziran</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="281"/>
        <source>Sync of &quot;%1&quot; cancelled</source>
        <translation>Sinhronizacija &quot;%1&quot; je preklicana</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284"/>
        <source>Sync of &quot;%1&quot; failed: %2</source>
        <translation>Sinhronizacija &quot;%1&quot; ni uspela: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284"/>
        <source>see Transfers</source>
        <translation>glejte Prenosi</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="295"/>
        <source>Next try at %1</source>
        <translation>Naslednji poskus ob %1</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="331"/>
        <source>cancelled</source>
        <translation>preklicano</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="333"/>
        <source>Preview of &quot;%1&quot; failed: %2</source>
        <translation>Predogled &quot;%1&quot; ni uspel: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="353"/>
        <source>Conflict on &quot;%1&quot; settled</source>
        <translation>Spor pri &quot;%1&quot; je razrešen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="354"/>
        <source>Could not settle the conflict: %1</source>
        <translation>Spora ni bilo mogoče razrešiti: %1</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPlanModel</name>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="30"/>
        <source>Upload</source>
        <translation>Nalaganje</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="32"/>
        <source>Download</source>
        <translation>Prenos</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="34"/>
        <source>Fetch data</source>
        <translation>Pridobivanje podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="36"/>
        <source>Conflict</source>
        <translation>Spor</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="38"/>
        <source>Failed</source>
        <translation>Ni uspelo</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sync/syncplanmodel.cpp" line="72"/>
        <source>%1 (%n version(s))</source>
        <translation>
            <numerusform>%1 (%n različica)</numerusform>
            <numerusform>%1 (%n različici)</numerusform>
            <numerusform>%1 (%n različice)</numerusform>
            <numerusform>%1 (%n različic)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="92"/>
        <source>Action</source>
        <translation>Dejanje</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="94"/>
        <source>Dataset</source>
        <translation>Nabor podatkov</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="96"/>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="98"/>
        <source>Detail</source>
        <translation>Podrobnost</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPreviewView</name>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="18"/>
        <source>Preview lists what a sync would upload and download, without changing anything.</source>
        <translation>Predogled izpiše, kaj bi sinhronizacija naložila in prenesla, ne da bi karkoli spremenil.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="28"/>
        <source>What the sync would move</source>
        <translation>Kaj bi sinhronizacija prenesla</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="43"/>
        <source>Asking &quot;%1&quot; what a sync would move…</source>
        <translation>Poizvedovanje pri &quot;%1&quot;, kaj bi sinhronizacija prenesla…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="49"/>
        <source>Preview of &quot;%1&quot; failed: %2</source>
        <translation>Predogled &quot;%1&quot; ni uspel: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="57"/>
        <source>&quot;%1&quot; is in sync: nothing would move.</source>
        <translation>&quot;%1&quot; je sinhroniziran: nič se ne bi preneslo.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="61"/>
        <source>A sync with &quot;%1&quot; would upload %2 and download %3 dataset(s), %4 in all; %5 conflict(s). Nothing was changed.</source>
        <translation>Sinhronizacija s strežnikom &quot;%1&quot; bi naložila nabore podatkov: %2, prenesla: %3, skupaj %4; sporov: %5. Nič ni bilo spremenjeno.</translation>
    </message>
</context>
<context>
    <name>urbis::SyncTask</name>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9"/>
        <source>Preview sync with %1</source>
        <translation>Predogled sinhronizacije s strežnikom %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9"/>
        <source>Sync with %1</source>
        <translation>Sinhronizacija s strežnikom %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="30"/>
        <source>Download the data of a dataset</source>
        <translation>Prenesi podatke nabora podatkov</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/synctask.cpp" line="70"/>
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>Za %n nabor podatkov sinhronizacija ni uspela; naslednja sinhronizacija bo poskusila znova</numerusform>
            <numerusform>Za %n nabora podatkov sinhronizacija ni uspela; naslednja sinhronizacija bo poskusila znova</numerusform>
            <numerusform>Za %n nabore podatkov sinhronizacija ni uspela; naslednja sinhronizacija bo poskusila znova</numerusform>
            <numerusform>Za %n naborov podatkov sinhronizacija ni uspela; naslednja sinhronizacija bo poskusila znova</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TableChecker</name>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="113"/>
        <source>There is an extra label &quot;%1&quot; in the header at position %2</source>
        <translation>V glavi je na položaju %2 odvečna oznaka &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="119"/>
        <source>Label &quot;%1&quot; of the schema is missing from the header at position %2</source>
        <translation>Oznaka &quot;%1&quot; iz sheme manjka v glavi na položaju %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="124"/>
        <source>Label in the header at position %1 is blank</source>
        <translation>Oznaka v glavi na položaju %1 je prazna</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="126"/>
        <source>Label &quot;%1&quot; at position %2 is a duplicate</source>
        <translation>Oznaka &quot;%1&quot; na položaju %2 je podvojena</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="128"/>
        <source>Label &quot;%1&quot; at position %2 does not match the field name &quot;%3&quot; of the schema</source>
        <translation>Oznaka &quot;%1&quot; na položaju %2 se ne ujema z imenom polja &quot;%3&quot; iz sheme</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="173"/>
        <source>Row at position %1 is completely blank</source>
        <translation>Vrstica na položaju %1 je povsem prazna</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="187"/>
        <source>Type error in the cell &quot;%1&quot; in row %2 and field &quot;%3&quot; at position %4: type is &quot;%5/%6&quot;</source>
        <translation>Napaka tipa v celici &quot;%1&quot; v vrstici %2 in polju &quot;%3&quot; na položaju %4: tip je &quot;%5/%6&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="195"/>
        <source>The cell &quot;%1&quot; in row %2 and field &quot;%3&quot; at position %4 does not conform to the constraint &quot;%5&quot;</source>
        <translation>Celica &quot;%1&quot; v vrstici %2 in polju &quot;%3&quot; na položaju %4 ne ustreza omejitvi &quot;%5&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="205"/>
        <source>Row at position %1 has an extra value in field at position %2</source>
        <translation>Vrstica na položaju %1 ima odvečno vrednost v polju na položaju %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="210"/>
        <source>Row at position %1 has a missing cell in field &quot;%2&quot; at position %3</source>
        <translation>Vrstici na položaju %1 manjka celica v polju &quot;%2&quot; na položaju %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="217"/>
        <source>Row at position %1 has a unique constraint violation in field &quot;%2&quot; at position %3</source>
        <translation>Vrstica na položaju %1 krši omejitev edinstvenosti v polju &quot;%2&quot; na položaju %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="230"/>
        <source>Row at position %1 violates the primary key: all key cells are null or the key is not unique</source>
        <translation>Vrstica na položaju %1 krši primarni ključ: vse celice ključa so prazne ali ključ ni edinstven</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="247"/>
        <source>Row at position %1 is a duplicate of an earlier row</source>
        <translation>Vrstica na položaju %1 je dvojnik prejšnje vrstice</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="262"/>
        <source>Row at position %1 violates the foreign key: the referenced values are not in the table</source>
        <translation>Vrstica na položaju %1 krši tuji ključ: sklicevanih vrednosti ni v tabeli</translation>
    </message>
</context>
<context>
    <name>urbis::TableField</name>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="38"/>
        <location filename="../core/ingest/valuecast.cpp" line="41"/>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Polje &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="92"/>
        <source>constraint &quot;%1&quot; is not supported by type &quot;%2&quot;</source>
        <translation>tip &quot;%2&quot; ne podpira omejitve &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="98"/>
        <source>constraint &quot;%1&quot;: %2 is not a valid %3</source>
        <translation>omejitev &quot;%1&quot;: %2 ni veljavna vrednost tipa %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="106"/>
        <source>a length constraint is negative</source>
        <translation>omejitev dolžine je negativna</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="127"/>
        <source>pattern &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>vzorec &quot;%1&quot; ni veljaven regularni izraz: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="18"/>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is malformed</source>
        <translation>Polje &quot;%1&quot;: element &quot;%2&quot; je napačno oblikovan</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="50"/>
        <source>Field &quot;%1&quot;: unknown constraint &quot;%2&quot;</source>
        <translation>Polje &quot;%1&quot;: neznana omejitev &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="112"/>
        <source>A field has no name (&quot;name&quot; must be a string)</source>
        <translation>Polje nima imena (&quot;name&quot; mora biti niz)</translation>
    </message>
    <message>
        <location filename="../core/ingest/timepattern.cpp" line="113"/>
        <source>The date/time format &quot;%1&quot; uses &quot;%2&quot;, which is not a supported strptime directive</source>
        <translation>Oblika datuma/časa &quot;%1&quot; uporablja &quot;%2&quot;, ki ni podprta direktiva strptime</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="96"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation>neznan tip &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="114"/>
        <source>format &quot;%1&quot; is not valid for type &quot;%2&quot;</source>
        <translation>oblika &quot;%1&quot; ni veljavna za tip &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="131"/>
        <source>&quot;%1&quot; is malformed</source>
        <translation>element &quot;%1&quot; je napačno oblikovan</translation>
    </message>
</context>
<context>
    <name>urbis::TableSchema</name>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="51"/>
        <source>Foreign key %1 is malformed: it needs &quot;fields&quot; and a &quot;reference&quot; with &quot;resource&quot; and &quot;fields&quot;</source>
        <translation>Tuji ključ %1 je napačno oblikovan: potrebuje &quot;fields&quot; in &quot;reference&quot; z &quot;resource&quot; in &quot;fields&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="58"/>
        <source>Foreign key %1 lists %2 fields but references %3</source>
        <translation>Tuji ključ %1 navaja število polj %2, sklicuje pa se na %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="70"/>
        <source>Foreign key %1 names the field &quot;%2&quot;, which the schema does not have</source>
        <translation>Tuji ključ %1 navaja polje &quot;%2&quot;, ki ga shema nima</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="88"/>
        <location filename="../core/ingest/tableschema.cpp" line="95"/>
        <source>The schema&apos;s &quot;missingValues&quot; must be a list of strings</source>
        <translation>&quot;missingValues&quot; v shemi mora biti seznam nizov</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="103"/>
        <source>The schema has no &quot;fields&quot; list</source>
        <translation>Shema nima seznama &quot;fields&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="111"/>
        <source>Field %1 of the schema is not an object</source>
        <translation>Polje %1 sheme ni objekt</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="116"/>
        <source>Field %1 of the schema has no name</source>
        <translation>Polje %1 sheme nima imena</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="124"/>
        <source>The schema has two fields named &quot;%1&quot;</source>
        <translation>Shema ima dve polji z imenom &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="134"/>
        <source>The schema&apos;s &quot;primaryKey&quot; must be a field name or a list of them</source>
        <translation>&quot;primaryKey&quot; v shemi mora biti ime polja ali seznam imen polj</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="140"/>
        <source>The primary key names the field &quot;%1&quot;, which the schema does not have</source>
        <translation>Primarni ključ navaja polje &quot;%1&quot;, ki ga shema nima</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="150"/>
        <source>The schema&apos;s &quot;foreignKeys&quot; must be a list</source>
        <translation>&quot;foreignKeys&quot; v shemi mora biti seznam</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="163"/>
        <source>The schema&apos;s &quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; v shemi mora biti niz</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="177"/>
        <source>Cannot read the schema file %1</source>
        <translation>Datoteke sheme %1 ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="182"/>
        <source>The schema file %1 is not valid JSON (at byte %2)</source>
        <translation>Datoteka sheme %1 ni veljaven JSON (pri bajtu %2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="188"/>
        <source>The schema file %1 does not hold a JSON object</source>
        <translation>Datoteka sheme %1 ne vsebuje objekta JSON</translation>
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
        <translation>Preklicano pred začetkom</translation>
    </message>
</context>
<context>
    <name>urbis::TaskProgressWidget</name>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="20"/>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="22"/>
        <source>Stop this step</source>
        <translation>Ustavi ta korak</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="59"/>
        <source>Cancelling…</source>
        <translation>Preklicevanje…</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="83"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
</context>
<context>
    <name>urbis::TaskRow</name>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="35"/>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="37"/>
        <source>Stop this task; work done so far is rolled back</source>
        <translation>Ustavi to opravilo; doslej opravljeno delo se razveljavi</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="89"/>
        <source>Queued</source>
        <translation>V čakalni vrsti</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92"/>
        <source>Cancelling…</source>
        <translation>Preklicevanje…</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92"/>
        <source>Running</source>
        <translation>Se izvaja</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="95"/>
        <source>Done</source>
        <translation>Končano</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="98"/>
        <source>Failed</source>
        <translation>Ni uspelo</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="101"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
</context>
<context>
    <name>urbis::TasksPanel</name>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="18"/>
        <source>Clear finished</source>
        <translation>Počisti končana</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="20"/>
        <source>Remove finished, failed and cancelled tasks from the list</source>
        <translation>S seznama odstrani končana, neuspela in preklicana opravila</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="25"/>
        <source>No tasks. Imports, sync and clean-up jobs show their progress here.</source>
        <translation>Ni opravil. Tu je prikazan napredek uvozov, sinhronizacij in čiščenj.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="91"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n v teku</numerusform>
            <numerusform>%n v teku</numerusform>
            <numerusform>%n v teku</numerusform>
            <numerusform>%n v teku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="92"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n končano</numerusform>
            <numerusform>%n končani</numerusform>
            <numerusform>%n končana</numerusform>
            <numerusform>%n končanih</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TileDownloader</name>
    <message>
        <location filename="../core/map/tiledownloader.cpp" line="76"/>
        <source>The server sent something that is not an image</source>
        <translation>Strežnik je poslal nekaj, kar ni slika</translation>
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
        <translation>%1 bajtov</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="60"/>
        <source>%1 of %2</source>
        <translation>%1 od %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="63"/>
        <source>%1/s, %2:%3 left</source>
        <translation>%1/s, še %2:%3</translation>
    </message>
</context>
<context>
    <name>urbis::TransfersView</name>
    <message>
        <location filename="../widgets/sync/transfersview.cpp" line="15"/>
        <source>No transfer running. Sync now (Ctrl+Shift+S) or Preview to see what would move.</source>
        <translation>Noben prenos ne poteka. Sinhroniziraj zdaj (Ctrl+Shift+S) ali Predogled, da vidite, kaj bi se preneslo.</translation>
    </message>
</context>
<context>
    <name>urbis::ValidateCommand</name>
    <message>
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation type="vanished">uporaba: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                        [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
izhodne kode: 0 veljavno, 1 neveljavno, 2 napaka uporabe ali neberljiv vhod</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="31"/>
        <source>validate needs exactly one file</source>
        <translation>validate potrebuje natanko eno datoteko</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="38"/>
        <source>--limit-errors needs a positive whole number</source>
        <translation>--limit-errors potrebuje pozitivno celo število</translation>
    </message>
    <message>
        <source>Unknown check &quot;%1&quot;; available: duplicate-row</source>
        <translation type="vanished">Neznano preverjanje &quot;%1&quot;; na voljo: duplicate-row</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="21"/>
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
checks: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
        forbidden-value:FIELD=a|b|c (city-data checks always run; --no-city-checks turns them off)
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation>uporaba: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                        [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
preverjanja: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
             forbidden-value:FIELD=a|b|c (preverjanja mestnih podatkov se izvedejo vedno; --no-city-checks jih izklopi)
izhodne kode: 0 veljavno, 1 neveljavno, 2 napaka uporabe ali neberljiv vhod</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="48"/>
        <source>Unknown check &quot;%1&quot;; available: %2</source>
        <translation>Neznano preverjanje &quot;%1&quot;; na voljo: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="51"/>
        <source>The check %1 needs a field: --checks %1:FIELD</source>
        <translation>Preverjanje %1 potrebuje polje: --checks %1:FIELD</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="78"/>
        <source>Cannot read %1: no such file</source>
        <translation>Ni mogoče prebrati %1: datoteka ne obstaja</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="82"/>
        <source>Validating</source>
        <translation>Preverjanje</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="99"/>
        <source>, row %1</source>
        <translation>, vrstica %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="101"/>
        <source>, column %1</source>
        <translation>, stolpec %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="102"/>
        <source>, column %1 (%2)</source>
        <translation>, stolpec %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="106"/>
        <source>... and %1 more errors (use --json for all)</source>
        <translation>... in še dodatne napake: %1 (za vse uporabite --json)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="107"/>
        <source>%1: valid (%2 rows, %3 fields)</source>
        <translation>%1: veljavno (vrstic: %2, polj: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="108"/>
        <source>%1: invalid, %2 errors in %3 rows</source>
        <translation>%1: neveljavno, napake: %2, vrstice z napakami: %3</translation>
    </message>
</context>
<context>
    <name>urbis::Validator</name>
    <message>
        <source>Validation cancelled</source>
        <translation type="vanished">Preverjanje preklicano</translation>
    </message>
    <message>
        <source>The source is empty</source>
        <translation type="vanished">Vir je prazen</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="70"/>
        <source>Cannot create a temporary folder</source>
        <translation>Ni mogoče ustvariti začasne mape</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="74"/>
        <source>Cannot write a temporary file</source>
        <translation>Ni mogoče zapisati začasne datoteke</translation>
    </message>
</context>
<context>
    <name>urbis::VectorReader</name>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="77"/>
        <source>Cannot open %1 as a vector source</source>
        <translation>%1 ni mogoče odpreti kot vektorski vir</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="81"/>
        <source>%1 has no layer %2</source>
        <translation>%1 nima sloja %2</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="102"/>
        <source>Cannot transform %1 to WGS84</source>
        <translation>%1 ni mogoče pretvoriti v WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="190"/>
        <source>Reading %1 failed</source>
        <translation>Branje %1 ni uspelo</translation>
    </message>
</context>
<context>
    <name>urbis::VersionHistoryView</name>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="20"/>
        <source>Select a version to see what changed since the one before; double-click to open it</source>
        <translation>Izberite različico, da vidite, kaj se je spremenilo od prejšnje; dvokliknite, da jo odprete</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>Before</source>
        <translation>Prej</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>After</source>
        <translation>Potem</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="35"/>
        <source>Versions</source>
        <translation>Različice</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="37"/>
        <source>Changes in the metadata</source>
        <translation>Spremembe metapodatkov</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="41"/>
        <source>Change log of this version</source>
        <translation>Dnevnik sprememb te različice</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="67"/>
        <source>Version %1 · %2 · %3</source>
        <translation>Različica %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="103"/>
        <source>Version %1 is the first version: nothing to compare it with.</source>
        <translation>Različica %1 je prva različica: ni je mogoče primerjati z ničemer.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="109"/>
        <source>No metadata changed between version %1 and version %2.</source>
        <translation>Med različico %1 in različico %2 se metapodatki niso spremenili.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="110"/>
        <source>Version %1 compared with version %2:</source>
        <translation>Različica %1 v primerjavi z različico %2:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="114"/>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="115"/>
        <source>(none)</source>
        <translation>(brez)</translation>
    </message>
</context>
<context>
    <name>urbis::WebSocketSource</name>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="191"/>
        <source>No answer from %1 within %2 s</source>
        <translation>%1 ni odgovoril v %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="198"/>
        <source>No data and no answer to pings for %1 s: the link is dead, reconnecting</source>
        <translation>Že %1 s ni podatkov in ni odgovora na pinge: povezava je prekinjena, vnovično povezovanje</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="213"/>
        <source>A message over %1 bytes: the connection was closed and is reopened</source>
        <translation>Sporočilo, večje od %1 bajtov: povezava je bila zaprta in se ponovno odpira</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="245"/>
        <source>HTTP %1 from the server: check the token</source>
        <translation>HTTP %1 s strežnika: preverite žeton</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="246"/>
        <source>HTTP %1 %2 from the server: is %3 a WebSocket address?</source>
        <translation>HTTP %1 %2 s strežnika: ali je %3 naslov WebSocket?</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="252"/>
        <source>%1 refused the connection: is the server running?</source>
        <translation>%1 je zavrnil povezavo: ali strežnik deluje?</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="254"/>
        <source>Host %1 not found: check the address</source>
        <translation>Gostitelja %1 ni mogoče najti: preverite naslov</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="256"/>
        <source>Secure connection to %1 failed: %2. A private server needs its CA certificate in the CA file</source>
        <translation>Varna povezava z %1 ni uspela: %2. Zasebni strežnik potrebuje svoje potrdilo CA v datoteki CA</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="261"/>
        <source>Network error talking to %1: %2</source>
        <translation>Omrežna napaka pri komunikaciji z %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="266"/>
        <source>A message was too large: the connection was closed</source>
        <translation>Sporočilo je bilo preveliko: povezava je bila zaprta</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="268"/>
        <source>The server closed the connection: %1 (code %2)</source>
        <translation>Strežnik je zaprl povezavo: %1 (koda %2)</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="274"/>
        <source>The connection to %1 was lost</source>
        <translation>Povezava z %1 je bila prekinjena</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="275"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>Povezava z %1 je bila prekinjena: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="276"/>
        <source>The server closed the connection</source>
        <translation>Strežnik je zaprl povezavo</translation>
    </message>
</context>
<context>
    <name>urbis::WhatIf</name>
    <message>
        <location filename="../core/sim/whatif.cpp" line="40"/>
        <source>The KPI is by %1 and the driver by %2; they must share a grain</source>
        <translation>KPI je po %1, dejavnik pa po %2; imeti morata enako časovno ločljivost</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="43"/>
        <source>The change needs a start date</source>
        <translation>Sprememba potrebuje začetni datum</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="45"/>
        <source>The change ends before it starts</source>
        <translation>Sprememba se konča, preden se začne</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="47"/>
        <source>A driver cannot fall by more than 100 %</source>
        <translation>Dejavnik ne more pasti za več kot 100 %</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="65"/>
        <source>The KPI and the driver overlap in %1 periods with values; the model needs at least %2</source>
        <translation>KPI in dejavnik se prekrivata v %1 obdobjih z vrednostmi; model jih potrebuje vsaj %2</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="90"/>
        <source>The driver does not vary over the overlapping periods</source>
        <translation>Dejavnik se v prekrivajočih se obdobjih ne spreminja</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="163"/>
        <source>The change does not touch the analysed periods (%1 to %2)</source>
        <translation>Sprememba ne zajema analiziranih obdobij (%1 do %2)</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="170"/>
        <source>KPI = %1 + %2 x driver fitted on %3 overlapping periods (R² = %4). The fit shows association, not causation, and assumes a constant response per driver unit.</source>
        <translation>KPI = %1 + %2 x dejavnik, prilagojeno na %3 prekrivajočih se obdobjih (R² = %4). Prilagoditev kaže povezanost, ne vzročnosti, in predpostavlja stalen odziv na enoto dejavnika.</translation>
    </message>
</context>
<context>
    <name>urbis::WildfireModel</name>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="43"/>
        <source>The fuel grid is empty.</source>
        <translation>Mreža goriv je prazna.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="45"/>
        <source>The grid of %1 × %2 cells is too large.</source>
        <translation>Mreža %1 × %2 celic je prevelika.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="47"/>
        <source>The elevation grid (%1 × %2) does not match the fuel grid (%3 × %4).</source>
        <translation>Mreža nadmorskih višin (%1 × %2) se ne ujema z mrežo goriv (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="53"/>
        <source>The barrier grid (%1 × %2) does not match the fuel grid (%3 × %4).</source>
        <translation>Mreža ovir (%1 × %2) se ne ujema z mrežo goriv (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="59"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>Velikost celice mora biti pozitivno število metrov.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="61"/>
        <source>A wildfire run needs at least one step.</source>
        <translation>Izračun požara v naravi potrebuje vsaj en korak.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="63"/>
        <source>The step length must be a positive number of minutes.</source>
        <translation>Dolžina koraka mora biti pozitivno število minut.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="65"/>
        <source>The wind speed must be zero or more and its direction a number of degrees.</source>
        <translation>Hitrost vetra mora biti nič ali več, njegova smer pa število stopinj.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="67"/>
        <source>The fuel moisture must be a fraction of zero or more.</source>
        <translation>Vlažnost goriva mora biti delež, nič ali več.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="69"/>
        <source>The spotting probability must be between 0 and 1.</source>
        <translation>Verjetnost preskoka ognja mora biti med 0 in 1.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="73"/>
        <source>Fuel code %1 is out of range or listed twice.</source>
        <translation>Koda goriva %1 je zunaj obsega ali navedena dvakrat.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="77"/>
        <source>Fuel %1 needs a spread rate of zero or more and a positive extinction moisture.</source>
        <translation>Gorivo %1 potrebuje hitrost širjenja nič ali več in pozitivno vlažnost ugasnitve.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="86"/>
        <source>The fuel grid holds code %1, which is not in the fuel table.</source>
        <translation>Mreža goriv vsebuje kodo %1, ki je ni v tabeli goriv.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="90"/>
        <source>The elevation grid has cells without a value.</source>
        <translation>Mreža nadmorskih višin ima celice brez vrednosti.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="93"/>
        <source>A wildfire run needs at least one ignition point.</source>
        <translation>Izračun požara v naravi potrebuje vsaj eno točko vžiga.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="96"/>
        <source>The ignition at (%1, %2) is outside the grid.</source>
        <translation>Točka vžiga (%1, %2) je zunaj mreže.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="106"/>
        <source>The wildfire simulation was cancelled.</source>
        <translation>Simulacija požara v naravi je bila preklicana.</translation>
    </message>
</context>
<context>
    <name>urbis::WildfireParams</name>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="31"/>
        <source>Grass</source>
        <translation>Trava</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="32"/>
        <source>Shrub</source>
        <translation>Grmičevje</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="33"/>
        <source>Timber litter</source>
        <translation>Gozdni opad</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="34"/>
        <source>Urban vegetation</source>
        <translation>Urbano rastje</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="35"/>
        <source>Water or rock</source>
        <translation>Voda ali skala</translation>
    </message>
</context>
<context>
    <name>urbis::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="30"/>
        <source>Cannot create the data folder %1</source>
        <translation>Podatkovne mape %1 ni mogoče ustvariti</translation>
    </message>
</context>
<context>
    <name>urbis::XmlSource</name>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="31"/>
        <source>Row %1: the XML is not well-formed at line %2, column %3: %4</source>
        <translation>Vrstica %1: XML ni pravilno oblikovan v vrstici %2, stolpcu %3: %4</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="45"/>
        <source>Cannot open %1: %2</source>
        <translation>Ni mogoče odpreti %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="54"/>
        <source>%1 holds no XML element</source>
        <translation>%1 ne vsebuje elementa XML</translation>
    </message>
</context>
<context>
    <name>urbis::gdal</name>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="23"/>
        <source>Out of memory for %1</source>
        <translation>Za %1 ni dovolj pomnilnika</translation>
    </message>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="29"/>
        <source>Cannot create %1</source>
        <translation>%1 ni mogoče ustvariti</translation>
    </message>
</context>
<context>
    <name>urbis::isotime</name>
    <message>
        <location filename="../core/util/isotime.cpp" line="34"/>
        <source>&quot;%1&quot; is not an ISO 8601 date or time (e.g. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</source>
        <translation>&quot;%1&quot; ni datum ali čas po ISO 8601 (npr. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</translation>
    </message>
</context>
<context>
    <name>urbis::s3::FileSha256</name>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="14"/>
        <location filename="../core/storage/s3/filesha256.cpp" line="22"/>
        <source>Cannot read %1</source>
        <translation>Ni mogoče prebrati %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="19"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Client</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="vanished">Ni mogoče doseči %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="280"/>
        <source>Not found on the remote: %1</source>
        <translation>Ni najdeno na oddaljenem strežniku: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="282"/>
        <source>The remote refused %1: it was changed meanwhile</source>
        <translation>Oddaljeni strežnik je zavrnil %1: vmes je bil spremenjen</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="284"/>
        <source>The remote does not support %1</source>
        <translation>Oddaljeni strežnik ne podpira %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="286"/>
        <source>The remote is too busy for %1 (HTTP %2): try again later</source>
        <translation>Oddaljeni strežnik je preveč zaseden za %1 (HTTP %2): poskusite znova pozneje</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="288"/>
        <source>The remote failed on %1 (HTTP %2)</source>
        <translation>Oddaljeni strežnik ni uspel obdelati %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="289"/>
        <source>The remote refused %1: %2</source>
        <translation>Oddaljeni strežnik je zavrnil %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="329"/>
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>Datoteka %1 je prispela poškodovana: njena vsebina se ne ujema z njenim sha256</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="162"/>
        <location filename="../core/storage/s3/s3client.cpp" line="171"/>
        <location filename="../core/storage/s3/s3client.cpp" line="244"/>
        <location filename="../core/storage/s3/s3client.cpp" line="375"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="253"/>
        <source>the data could not be written</source>
        <translation>podatkov ni bilo mogoče zapisati</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="265"/>
        <source>the connection failed (%1)</source>
        <translation>povezava ni uspela (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="275"/>
        <source>Cannot reach %1 for %2: %3</source>
        <translation>%1 ni dosegljiv za %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="365"/>
        <source>The remote could not copy %1 to %2</source>
        <translation>Oddaljena shramba ni mogla kopirati %1 v %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="411"/>
        <source>The remote sent an unreadable listing</source>
        <translation>Oddaljeni strežnik je poslal neberljiv seznam</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="415"/>
        <source>The remote sent a truncated listing without a continuation token</source>
        <translation>Oddaljeni strežnik je poslal okrnjen seznam brez žetona za nadaljevanje</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="417"/>
        <source>The remote listing does not end</source>
        <translation>Seznam oddaljenega strežnika se ne konča</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Downloader</name>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="26"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="42"/>
        <source>Downloading %1</source>
        <translation>Prenašanje %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="51"/>
        <source>%1 carries no sha256 to verify it by</source>
        <translation>Za %1 ni sha256, s katerim bi ga bilo mogoče preveriti</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="59"/>
        <source>Cannot make room for %1 in %2</source>
        <translation>V %2 ni mogoče narediti prostora za %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="69"/>
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>Datoteka %1 je prispela poškodovana: njena vsebina se ne ujema z njenim sha256</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="103"/>
        <location filename="../core/storage/s3/s3downloader.cpp" line="129"/>
        <location filename="../core/storage/s3/s3downloader.cpp" line="136"/>
        <source>Cannot write %1</source>
        <translation>Ni mogoče zapisati %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="131"/>
        <source>%1 arrived damaged: a range came back with the wrong length</source>
        <translation>Datoteka %1 je prispela poškodovana: en obseg je prispel z napačno dolžino</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Multipart</name>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="41"/>
        <source>The remote did not start the upload of %1</source>
        <translation>Oddaljeni strežnik ni začel nalaganja %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="54"/>
        <source>The remote sent no ETag for part %1 of %2</source>
        <translation>Oddaljeni strežnik ni poslal oznake ETag za del %1 datoteke %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="90"/>
        <source>The remote could not assemble %1</source>
        <translation>Oddaljeni strežnik ni mogel sestaviti %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="141"/>
        <source>The remote sent an unreadable part list</source>
        <translation>Oddaljeni strežnik je poslal neberljiv seznam delov</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="145"/>
        <source>The remote part list does not end</source>
        <translation>Seznam delov oddaljenega strežnika se ne konča</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3UploadState</name>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="27"/>
        <source>No upload to resume at %1</source>
        <translation>V %1 ni nalaganja, ki bi ga bilo mogoče nadaljevati</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="29"/>
        <source>Cannot read %1</source>
        <translation>Ni mogoče prebrati %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="34"/>
        <source>The upload state %1 is unreadable</source>
        <translation>Stanje nalaganja %1 je neberljivo</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="50"/>
        <source>The upload state %1 is incomplete</source>
        <translation>Stanje nalaganja %1 je nepopolno</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Uploader</name>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="28"/>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="50"/>
        <source>Cannot upload %1: there is no such file</source>
        <translation>Ni mogoče naložiti %1: datoteka ne obstaja</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="58"/>
        <source>Uploading %1</source>
        <translation>Nalaganje %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="79"/>
        <source>%1 changed while it was uploaded</source>
        <translation>Datoteka %1 se je med nalaganjem spremenila</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="115"/>
        <location filename="../core/storage/s3/s3uploader.cpp" line="118"/>
        <location filename="../core/storage/s3/s3uploader.cpp" line="214"/>
        <source>Cannot read %1</source>
        <translation>Ni mogoče prebrati %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="228"/>
        <source>Cannot read part %1 of %2</source>
        <translation>Dela %1 datoteke %2 ni mogoče prebrati</translation>
    </message>
</context>
</TS>
