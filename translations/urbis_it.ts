<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
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
        <translation>Impossibile aprire l&apos;area di lavoro:
%1</translation>
    </message>
</context>
<context>
    <name>urbis</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="29"/>
        <source>The built-in basemap file %1 is missing</source>
        <translation>Manca il file della mappa di base integrata %1</translation>
    </message>
</context>
<context>
    <name>urbis::AboutDialog</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="20"/>
        <source>About Urbis</source>
        <translation>Informazioni su Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="22"/>
        <source>Urbis %1</source>
        <translation>Urbis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="23"/>
        <source>Desktop operator and data-curation application for city digital twins.</source>
        <translation>Applicazione desktop per la gestione e la cura dei dati dei gemelli digitali urbani.</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="36"/>
        <source>Built with:</source>
        <translation>Compilato con:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="39"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="40"/>
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Copia le versioni, ad es. per una segnalazione di bug</translation>
    </message>
</context>
<context>
    <name>urbis::AlertEngine</name>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="32"/>
        <source>%1: %2 changes by %3 a minute</source>
        <translation>%1: %2 varia di %3 al minuto</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="34"/>
        <source>%1 cleared: %2 changes by %3 a minute</source>
        <translation>%1 rientrato: %2 varia di %3 al minuto</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="36"/>
        <source>%1: %2 changes by %3 a minute at %4</source>
        <translation>%1: %2 varia di %3 al minuto presso %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="38"/>
        <source>%1 cleared: %2 changes by %3 a minute at %4</source>
        <translation>%1 rientrato: %2 varia di %3 al minuto presso %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="42"/>
        <source>%1: %2 is %3</source>
        <translation>%1: %2 è %3</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="43"/>
        <source>%1 cleared: %2 is %3</source>
        <translation>%1 rientrato: %2 è %3</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="44"/>
        <source>%1: %2 is %3 at %4</source>
        <translation>%1: %2 è %3 presso %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="45"/>
        <source>%1 cleared: %2 is %3 at %4</source>
        <translation>%1 rientrato: %2 è %3 presso %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="124"/>
        <source>%1 cleared: data again</source>
        <translation>%1 rientrato: i dati arrivano di nuovo</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="125"/>
        <source>%1 cleared: data from %2 again</source>
        <translation>%1 rientrato: i dati di %2 arrivano di nuovo</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="179"/>
        <source>%1: %2 is %3, outside the schema&apos;s %4</source>
        <translation>%1: %2 è %3, fuori dai limiti dello schema (%4)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="182"/>
        <source>%1: %2 is %3 at %4, outside the schema&apos;s %5</source>
        <translation>%1: %2 è %3 presso %4, fuori dai limiti dello schema (%5)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="271"/>
        <source>%1: no data for %2 s</source>
        <translation>%1: nessun dato per %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="272"/>
        <source>%1: no data from %2 for %3 s</source>
        <translation>%1: nessun dato da %2 per %3 s</translation>
    </message>
</context>
<context>
    <name>urbis::AlertListModel</name>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="58"/>
        <source>Critical</source>
        <translation>Critico</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="60"/>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="64"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="93"/>
        <source>raised</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="93"/>
        <source>cleared</source>
        <translation>rientrato</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="139"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="141"/>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="143"/>
        <source>Stream</source>
        <translation>Flusso</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="145"/>
        <source>Station</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="147"/>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="149"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="151"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>urbis::AlertLog</name>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="47"/>
        <source>Cannot create the folder %1 for the alert log</source>
        <translation>Impossibile creare la cartella %1 per il registro degli allarmi</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="58"/>
        <location filename="../core/stream/alertlog.cpp" line="91"/>
        <source>Cannot write to the alert log %1</source>
        <translation>Impossibile scrivere nel registro degli allarmi %1</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="67"/>
        <source>Cannot open the alert log %1</source>
        <translation>Impossibile aprire il registro degli allarmi %1</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="77"/>
        <source>Cannot rotate the alert log %1</source>
        <translation>Impossibile ruotare il registro degli allarmi %1</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="84"/>
        <source>The alert log %1 is not open</source>
        <translation>Il registro degli allarmi %1 non è aperto</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="106"/>
        <source>Cannot read the alert log %1</source>
        <translation>Impossibile leggere il registro degli allarmi %1</translation>
    </message>
</context>
<context>
    <name>urbis::AlertPanel</name>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="24"/>
        <source>Add r&amp;ule…</source>
        <translation>Aggiungi re&amp;gola…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="24"/>
        <source>Edit rule…</source>
        <translation>Modifica regola…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="25"/>
        <source>Remove rule</source>
        <translation>Rimuovi regola</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="26"/>
        <source>Raised &amp;only</source>
        <translation>Solo &amp;attivi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Condition</source>
        <translation>Condizione</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="44"/>
        <source>Search alerts: station, rule, message…</source>
        <translation>Cerca allarmi: stazione, regola, messaggio…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="48"/>
        <source>All severities</source>
        <translation>Tutte le gravità</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="49"/>
        <source>Warning and critical</source>
        <translation>Avviso e critico</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="50"/>
        <source>Critical only</source>
        <translation>Solo critici</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="115"/>
        <source>Select a stream to edit its alert rules.</source>
        <translation>Selezionare un flusso per modificarne le regole di allarme.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="116"/>
        <source>Alert rules of &quot;%1&quot;:</source>
        <translation>Regole di allarme di &quot;%1&quot;:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="193"/>
        <source>Remove alert rule</source>
        <translation>Rimuovi regola di allarme</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="193"/>
        <source>Remove the rule &quot;%1&quot;?</source>
        <translation>Rimuovere la regola &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>urbis::AlertRule</name>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="20"/>
        <source>Alert rule: &quot;%1&quot; is missing or malformed</source>
        <translation>Regola di allarme: &quot;%1&quot; è mancante o non valido</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="119"/>
        <source>An alert rule needs a name</source>
        <translation>Una regola di allarme richiede un nome</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="121"/>
        <source>Alert rule &quot;%1&quot; needs a measure</source>
        <translation>La regola di allarme &quot;%1&quot; richiede una misura</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="123"/>
        <source>Alert rule &quot;%1&quot;: the threshold and hysteresis must be numbers</source>
        <translation>Regola di allarme &quot;%1&quot;: la soglia e l&apos;isteresi devono essere numeri</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="125"/>
        <source>Alert rule &quot;%1&quot;: the hysteresis cannot be negative</source>
        <translation>Regola di allarme &quot;%1&quot;: l&apos;isteresi non può essere negativa</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="128"/>
        <source>Alert rule &quot;%1&quot;: a rate of change is compared as a magnitude, it cannot be negative</source>
        <translation>Regola di allarme &quot;%1&quot;: una velocità di variazione è confrontata in valore assoluto, non può essere negativa</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="131"/>
        <source>Alert rule &quot;%1&quot;: the no-data delay must be at least one second</source>
        <translation>Regola di allarme &quot;%1&quot;: il ritardo per assenza di dati deve essere di almeno un secondo</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="142"/>
        <source>%1 &gt; %2 (clears &lt; %3)</source>
        <translation>%1 &gt; %2 (rientra &lt; %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="143"/>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="147"/>
        <source>%1 &lt; %2 (clears &gt; %3)</source>
        <translation>%1 &lt; %2 (rientra &gt; %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="148"/>
        <source>%1 &lt; %2</source>
        <translation>%1 &lt; %2</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="151"/>
        <source>%1 changes by more than %2 a minute (clears below %3)</source>
        <translation>%1 varia di più di %2 al minuto (rientra sotto %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="153"/>
        <source>%1 changes by more than %2 a minute</source>
        <translation>%1 varia di più di %2 al minuto</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="156"/>
        <source>no data for %1 s</source>
        <translation>nessun dato per %1 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="157"/>
        <source>no data from %1 for %2 s</source>
        <translation>nessun dato da %1 per %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="159"/>
        <source>%1 outside the dataset schema&apos;s constraints</source>
        <translation>%1 fuori dai vincoli dello schema del set di dati</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="162"/>
        <source>%1 at %2</source>
        <translation>%1 presso %2</translation>
    </message>
</context>
<context>
    <name>urbis::AlertRuleDialog</name>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="33"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Attiva</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="37"/>
        <source>Add alert rule</source>
        <translation>Aggiungi regola di allarme</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="39"/>
        <source>e.g. PM10 above the EU daily limit</source>
        <translation>ad es. PM10 oltre il limite giornaliero UE</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="41"/>
        <source>Value above the threshold</source>
        <translation>Valore sopra la soglia</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="42"/>
        <source>Value below the threshold</source>
        <translation>Valore sotto la soglia</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="43"/>
        <source>Change per minute above the threshold</source>
        <translation>Variazione al minuto sopra la soglia</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="44"/>
        <source>No data for some time</source>
        <translation>Nessun dato per un certo tempo</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="45"/>
        <source>Outside the dataset&apos;s constraints</source>
        <translation>Fuori dai vincoli del set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="52"/>
        <source>(every station)</source>
        <translation>(ogni stazione)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="57"/>
        <source>A raised alert clears only this far back past the threshold, so a value hovering at the threshold does not flap</source>
        <translation>Un allarme attivo rientra solo quando il valore torna indietro di questa quantità oltre la soglia, così un valore che oscilla intorno alla soglia non lo fa scattare di continuo</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="64"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="65"/>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="66"/>
        <source>Critical</source>
        <translation>Critico</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="76"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="77"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="78"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Misura:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="79"/>
        <source>S&amp;tation:</source>
        <translation>Sta&amp;zione:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="80"/>
        <source>&amp;Threshold:</source>
        <translation>S&amp;oglia:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="81"/>
        <source>&amp;Hysteresis:</source>
        <translation>&amp;Isteresi:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="82"/>
        <source>No &amp;data for:</source>
        <translation>Nessun &amp;dato per:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="83"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravità:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="107"/>
        <source>Edit alert rule &quot;%1&quot;</source>
        <translation>Modifica regola di allarme &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::AssetExport</name>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="12"/>
        <source>Export %1 to %2</source>
        <translation>Esporta %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="15"/>
        <source>No object store to export from</source>
        <translation>Nessun archivio oggetti da cui esportare</translation>
    </message>
</context>
<context>
    <name>urbis::AtomicFile</name>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="35"/>
        <source>Cannot create folder %1</source>
        <translation>Impossibile creare la cartella %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="39"/>
        <source>Cannot create a temporary file in %1</source>
        <translation>Impossibile creare un file temporaneo in %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="71"/>
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="84"/>
        <source>Cannot flush %1 to disk</source>
        <translation>Impossibile sincronizzare %1 su disco</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="89"/>
        <source>Cannot move %1 into place as %2</source>
        <translation>Impossibile spostare %1 nella posizione definitiva %2</translation>
    </message>
</context>
<context>
    <name>urbis::BasemapLayers</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="46"/>
        <source>Land</source>
        <translation>Terre emerse</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="55"/>
        <source>Country borders</source>
        <translation>Confini nazionali</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="63"/>
        <source>Places</source>
        <translation>Località</translation>
    </message>
</context>
<context>
    <name>urbis::BlobConnection</name>
    <message>
        <location filename="../core/kpi/blobconnection.cpp" line="20"/>
        <source>Cannot open the data of a dataset: %1</source>
        <translation>Impossibile aprire i dati di un set di dati: %1</translation>
    </message>
</context>
<context>
    <name>urbis::BlobTransfers</name>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="50"/>
        <source>The data of &quot;%1&quot; is not on this computer (blob %2): fetch it before pushing</source>
        <translation>I dati di &quot;%1&quot; non sono su questo computer (blob %2): scaricali prima di inviare</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="53"/>
        <source>Cannot create %1</source>
        <translation>Impossibile creare %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="77"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Impossibile creare una cartella di lavoro in %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="102"/>
        <source>%1 does not hold the data its catalog entry names (sha256 %2, expected %3)</source>
        <translation>%1 non contiene i dati indicati dalla sua voce di catalogo (sha256 %2, atteso %3)</translation>
    </message>
</context>
<context>
    <name>urbis::BrowseOrder</name>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="8"/>
        <source>Relevance</source>
        <translation>Rilevanza</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="9"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="10"/>
        <source>Newest first</source>
        <translation>Più recenti prima</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="11"/>
        <source>Oldest first</source>
        <translation>Meno recenti prima</translation>
    </message>
</context>
<context>
    <name>urbis::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="71"/>
        <source>Cannot open the catalog %1</source>
        <translation>Impossibile aprire il catalogo %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="84"/>
        <source>A dataset needs a title</source>
        <translation>Un set di dati deve avere un titolo</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="86"/>
        <source>Unknown domain &quot;%1&quot;; expected one of %2</source>
        <translation>Dominio &quot;%1&quot; sconosciuto; atteso uno tra %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="89"/>
        <source>The temporal extent ends before it starts</source>
        <translation>L&apos;estensione temporale termina prima di iniziare</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="92"/>
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>Il riquadro di delimitazione %1 non è un&apos;estensione WGS84 valida</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="123"/>
        <location filename="../core/catalog/catalog.cpp" line="457"/>
        <location filename="../core/catalog/catalog.cpp" line="475"/>
        <source>No dataset with id %1</source>
        <translation>Nessun set di dati con id %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="266"/>
        <source>A dataset with id %1 exists already</source>
        <translation>Esiste già un set di dati con id %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="327"/>
        <source>Record %1: %2</source>
        <translation>Record %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="350"/>
        <source>Dataset &quot;%1&quot; was changed by someone else since it was loaded</source>
        <translation>Il set di dati &quot;%1&quot; è stato modificato da qualcun altro dopo il caricamento</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="393"/>
        <source>Version %1 of &quot;%2&quot; already has a newer version</source>
        <translation>La versione %1 di &quot;%2&quot; ha già una versione più recente</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsearch.cpp" line="50"/>
        <source>The search text &quot;%1&quot; is not a valid query</source>
        <translation>Il testo di ricerca &quot;%1&quot; non è una query valida</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="14"/>
        <source>A dataset needs at least one version</source>
        <translation>Un set di dati deve avere almeno una versione</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="18"/>
        <source>A synced version of &quot;%1&quot; has no id</source>
        <translation>Una versione sincronizzata di &quot;%1&quot; non ha un identificativo</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogCommand</name>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="24"/>
        <source>Unknown sort &quot;%1&quot;; use one of %2</source>
        <translation>Ordinamento &quot;%1&quot; sconosciuto; usare uno tra %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="35"/>
        <source>--%1 needs a non-negative whole number, not &quot;%2&quot;</source>
        <translation>--%1 richiede un numero intero non negativo, non &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="63"/>
        <source>--from is after --to</source>
        <translation>--from è successivo a --to</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="68"/>
        <source>Unknown domain &quot;%1&quot;; use one of %2</source>
        <translation>Dominio &quot;%1&quot; sconosciuto; usare uno tra %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="76"/>
        <source>--year needs a year, not &quot;%1&quot;</source>
        <translation>--year richiede un anno, non &quot;%1&quot;</translation>
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
        <translation>uso: urbis catalog list [opzioni]
     urbis catalog search [TEXT] [--bbox W,S,E,N] [--from T] [--to T] [--city C] [--domain D]
                          [--format F] [--license L] [--year Y] [--sort relevance|title|modified|created|time]
                          [--desc] [--limit N] [--offset N] [--all-versions]
     urbis catalog show ID
     urbis catalog delete ID
     urbis catalog add [FILE.ndjson|-]   (un record JSON per riga; stampa ogni nuovo id una volta confermato)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="123"/>
        <source>catalog needs a subcommand</source>
        <translation>catalog richiede un sottocomando</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="136"/>
        <source>unknown catalog subcommand &quot;%1&quot;</source>
        <translation>sottocomando catalog sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="142"/>
        <source>catalog list takes no search text; use catalog search</source>
        <translation>catalog list non accetta testo di ricerca; usare catalog search</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="164"/>
        <source>catalog show needs exactly one dataset id</source>
        <translation>catalog show richiede esattamente un id di set di dati</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="191"/>
        <source>catalog delete needs exactly one dataset id</source>
        <translation>catalog delete richiede esattamente un id di set di dati</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="200"/>
        <source>Deleted %1 (its blob is removed by the next clean-up of the object store)</source>
        <translation>%1 eliminato (il suo blob verrà rimosso alla prossima pulizia dell&apos;archivio oggetti)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="207"/>
        <source>catalog add takes one file (or - for standard input)</source>
        <translation>catalog add accetta un solo file (o - per lo standard input)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="212"/>
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="227"/>
        <source>%1, line %2, column %3: not a JSON object</source>
        <translation>%1, riga %2, colonna %3: non è un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="231"/>
        <location filename="../app/cli/catalogcommand.cpp" line="234"/>
        <source>%1, line %2: %3</source>
        <translation>%1, riga %2: %3</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogFilterBar</name>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="24"/>
        <source>Fr&amp;om</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="26"/>
        <source>Only datasets with data on or after this day</source>
        <translation>Solo i set di dati con dati a partire da questo giorno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="28"/>
        <source>&amp;Until</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="30"/>
        <source>Only datasets with data on or before this day</source>
        <translation>Solo i set di dati con dati fino a questo giorno incluso</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="37"/>
        <source>Relevance ranks title matches first; newest and oldest go by when a dataset was added</source>
        <translation>La rilevanza mette prima le corrispondenze nel titolo; più recenti e meno recenti si basano sulla data in cui il set di dati è stato aggiunto</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="38"/>
        <source>Sort &amp;by</source>
        <translation>&amp;Ordina per</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="41"/>
        <source>Only &amp;in the map view</source>
        <translation>Solo nella &amp;vista mappa</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="43"/>
        <source>Only datasets whose extent overlaps the area the map shows</source>
        <translation>Solo i set di dati la cui estensione si sovrappone all&apos;area mostrata dalla mappa</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogResultsModel</name>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="112"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="114"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="116"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="118"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="120"/>
        <source>Time range</source>
        <translation>Intervallo temporale</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="122"/>
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSchema</name>
    <message>
        <location filename="../core/catalog/catalogschema.cpp" line="226"/>
        <source>The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)</source>
        <translation>Il catalogo %1 è stato scritto da una versione più recente di Urbis (schema %2, questa versione conosce %3)</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSearchWidget</name>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="34"/>
        <source>Search datasets: words, &quot;a phrase&quot;, OR, NOT, title:word</source>
        <translation>Cerca set di dati: parole, &quot;una frase&quot;, OR, NOT, title:parola</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="43"/>
        <source>Clear filters</source>
        <translation>Cancella filtri</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52"/>
        <source>License</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="53"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="57"/>
        <source>Check values to filter; several values in one list are alternatives</source>
        <translation>Seleziona i valori per filtrare; più valori nello stesso elenco sono alternativi</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="161"/>
        <source>%1. Check quotes and parentheses, or search for plain words.</source>
        <translation>%1. Controlla virgolette e parentesi, oppure cerca parole semplici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="183"/>
        <source>Showing %1 of %n datasets</source>
        <translation>
            <numerusform>Visualizzati %1 di %n set di dati</numerusform>
            <numerusform>Visualizzati %1 di %n set di dati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="187"/>
        <source>1 dataset</source>
        <translation>1 set di dati</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="188"/>
        <source>%n datasets</source>
        <translation>
            <numerusform>%n set di dati</numerusform>
            <numerusform>%n set di dati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="208"/>
        <source>%1 (%2 selected)</source>
        <translation>%1 (selezionati: %2)</translation>
    </message>
</context>
<context>
    <name>urbis::CityChecker</name>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="206"/>
        <source>The table has coordinates but does not declare their coordinate reference system</source>
        <translation>La tabella contiene coordinate ma non ne dichiara il sistema di riferimento delle coordinate</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="220"/>
        <source>Field &quot;%1&quot; at position %2 holds measurements but has no unit</source>
        <translation>Il campo &quot;%1&quot; alla posizione %2 contiene misure ma non ha un&apos;unità</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="224"/>
        <source>The unit &quot;%1&quot; of field &quot;%2&quot; at position %3 is not a unit of its quantity</source>
        <translation>L&apos;unità &quot;%1&quot; del campo &quot;%2&quot; alla posizione %3 non è un&apos;unità della sua grandezza</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="240"/>
        <source>The geometry in row %1 is not valid</source>
        <translation>La geometria nella riga %1 non è valida</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="250"/>
        <source>The geometry in row %1 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>La geometria nella riga %1 ha coordinate fuori da longitudine [-180, 180] o latitudine [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="279"/>
        <source>The geometry in row %1 and field &quot;%2&quot; at position %3 is not valid</source>
        <translation>La geometria nella riga %1 e nel campo &quot;%2&quot; alla posizione %3 non è valida</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="293"/>
        <source>The geometry in row %1 and field &quot;%2&quot; at position %3 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>La geometria nella riga %1 e nel campo &quot;%2&quot; alla posizione %3 ha coordinate fuori da longitudine [-180, 180] o latitudine [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="308"/>
        <source>The latitude %1 in row %2 and field &quot;%3&quot; at position %4 is outside [-90, 90]</source>
        <translation>La latitudine %1 nella riga %2 e nel campo &quot;%3&quot; alla posizione %4 è fuori da [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="318"/>
        <source>The longitude %1 in row %2 and field &quot;%3&quot; at position %4 is outside [-180, 180]</source>
        <translation>La longitudine %1 nella riga %2 e nel campo &quot;%3&quot; alla posizione %4 è fuori da [-180, 180]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="333"/>
        <source>The point %1 in row %2 and field &quot;%3&quot; at position %4 is outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Il punto %1 nella riga %2 e nel campo &quot;%3&quot; alla posizione %4 è fuori da longitudine [-180, 180] o latitudine [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="358"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 is in the future</source>
        <translation>L&apos;istante %1 nella riga %2 e nel campo &quot;%3&quot; alla posizione %4 è nel futuro</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="380"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 is earlier than the previous time of the same station</source>
        <translation>L&apos;istante %1 nella riga %2 e nel campo &quot;%3&quot; alla posizione %4 è anteriore all&apos;istante precedente della stessa stazione</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="386"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 repeats the previous time of the same station</source>
        <translation>L&apos;istante %1 nella riga %2 e nel campo &quot;%3&quot; alla posizione %4 ripete l&apos;istante precedente della stessa stazione</translation>
    </message>
</context>
<context>
    <name>urbis::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="62"/>
        <source>urbis: error: %1</source>
        <translation>urbis: errore: %1</translation>
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
        <translation type="vanished">uso: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
     urbis                  apre l&apos;applicazione desktop
comandi:
  catalog list|search|show|delete|add   il catalogo dei set di dati (urbis catalog --help)
  demo                                  crea lo spazio di lavoro demo nella cartella dati
  validate FILE [--schema S]            verifica una tabella (rapporto Frictionless; urbis validate --help)
opzioni globali:
  --data-dir DIR   cartella dello spazio di lavoro (predefinita: $URBIS_DATA_DIR o ~/.local/share/urbis)
  --json           output leggibile dalla macchina su stdout
  --quiet          nessun messaggio su stderr
  --version        stampa le versioni ed esce
codici di uscita: 0 ok, 1 dati non validi, 2 errore di utilizzo o input illeggibile, 3 errore remoto o di I/O</translation>
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
        <translation type="vanished">uso: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
     urbis                  apre l&apos;applicazione desktop
comandi:
  catalog list|search|show|delete|add   il catalogo dei set di dati (urbis catalog --help)
  demo                                  crea lo spazio di lavoro demo nella cartella dati
  validate FILE [--schema S]            verifica una tabella (rapporto Frictionless; urbis validate --help)
  import FILE... [--title T]            valida, normalizza e cataloga i file (urbis import --help)
opzioni globali:
  --data-dir DIR   cartella dello spazio di lavoro (predefinita: $URBIS_DATA_DIR o ~/.local/share/urbis)
  --json           output leggibile dalla macchina su stdout
  --quiet          nessun messaggio su stderr
  --version        stampa le versioni ed esce
codici di uscita: 0 ok, 1 dati non validi, 2 errore di utilizzo o input illeggibile, 3 errore remoto o di I/O</translation>
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
        <translation type="vanished">uso: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
     urbis                  apre l&apos;applicazione desktop
comandi:
  catalog list|search|show|delete|add   il catalogo dei set di dati (urbis catalog --help)
  demo                                  crea lo spazio di lavoro demo nella cartella dati
  validate FILE [--schema S]            verifica una tabella (rapporto Frictionless; urbis validate --help)
  import FILE... [--title T]            valida, normalizza e cataloga i file (urbis import --help)
  remote add|list|remove|test           archivi remoti compatibili con S3 (urbis remote --help)
opzioni globali:
  --data-dir DIR   cartella dello spazio di lavoro (predefinita: $URBIS_DATA_DIR o ~/.local/share/urbis)
  --json           output leggibile dalla macchina su stdout
  --quiet          nessun messaggio su stderr
  --version        stampa le versioni ed esce
codici di uscita: 0 ok, 1 dati non validi, 2 errore di utilizzo o input illeggibile, 3 errore remoto o di I/O</translation>
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
        <translation type="vanished">uso: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
     urbis                  apre l&apos;applicazione desktop
comandi:
  catalog list|search|show|delete|add   il catalogo dei set di dati (urbis catalog --help)
  demo                                  crea lo spazio di lavoro demo nella cartella dati
  validate FILE [--schema S]            verifica una tabella (rapporto Frictionless; urbis validate --help)
  import FILE... [--title T]            valida, normalizza e cataloga i file (urbis import --help)
  remote add|list|remove|test           archivi remoti compatibili con S3 (urbis remote --help)
  sync [NAME] [--push] [--pull]         condivide il catalogo tramite un archivio remoto (urbis sync --help)
  send ID --to URL [--token-env VAR]    invia un set di dati a un endpoint di ingestione REST (urbis send --help)
opzioni globali:
  --data-dir DIR   cartella dello spazio di lavoro (predefinita: $URBIS_DATA_DIR o ~/.local/share/urbis)
  --json           output leggibile dalla macchina su stdout
  --quiet          nessun messaggio su stderr
  --version        stampa le versioni ed esce
codici di uscita: 0 ok, 1 dati non validi, 2 errore di utilizzo o input illeggibile, 3 errore remoto o di I/O</translation>
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
        <translation type="vanished">uso: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
       urbis                  apre l&apos;applicazione desktop
comandi:
  catalog list|search|show|delete|add   il catalogo dei set di dati (urbis catalog --help)
  demo                                  crea lo spazio di lavoro demo nella cartella dati
  validate FILE [--schema S]            verifica una tabella (rapporto Frictionless; urbis validate --help)
  import FILE... [--title T]            valida, normalizza e cataloga i file (urbis import --help)
  remote add|list|remove|test           archivi remoti compatibili con S3 (urbis remote --help)
  sync [NAME] [--push] [--pull]         condivide il catalogo tramite un archivio remoto (urbis sync --help)
  send ID --to URL [--token-env VAR]    invia un set di dati a un endpoint di ingestione REST (urbis send --help)
  kpi eval FILE.json [--city C] [--grain G]  calcola definizioni di KPI o una dashboard (urbis kpi --help)
opzioni globali:
  --data-dir DIR   cartella dello spazio di lavoro (predefinita: $URBIS_DATA_DIR o ~/.local/share/urbis)
  --json           output leggibile dalla macchina su stdout
  --quiet          nessun messaggio su stderr
  --version        stampa le versioni ed esce
codici di uscita: 0 ok, 1 dati non validi, 2 errore di utilizzo o input illeggibile, 3 errore remoto o di I/O</translation>
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
        <translation>uso: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
     urbis                  apre l&apos;applicazione desktop
comandi:
  catalog list|search|show|delete|add   il catalogo dei set di dati (urbis catalog --help)
  demo                                  crea l&apos;area di lavoro demo nella cartella dei dati
  validate FILE [--schema S]            controlla una tabella (rapporto Frictionless; urbis validate --help)
  import FILE... [--title T]            valida, normalizza e cataloga file (urbis import --help)
  remote add|list|remove|test           archivi remoti compatibili S3 (urbis remote --help)
  sync [NAME] [--push] [--pull]         condivide il catalogo tramite un archivio remoto (urbis sync --help)
  send ID --to URL [--token-env VAR]    invia un set di dati a un endpoint di ingestione REST (urbis send --help)
  kpi eval FILE.json [--city C] [--grain G]  calcola definizioni di KPI o una dashboard (urbis kpi --help)
  stream record URL | serve DATASET     registra un flusso in tempo reale, riproduce un set di dati come flusso (urbis stream --help)
  sim run wildfire|flood --config S.json [--out DIR]  esegue uno scenario senza interfaccia grafica (urbis sim --help)
opzioni globali:
  --data-dir DIR   cartella dell&apos;area di lavoro (predefinita: $URBIS_DATA_DIR o ~/.local/share/urbis)
  --json           output leggibile da una macchina su stdout
  --quiet          nessun messaggio su stderr
  --version        stampa le versioni ed esce
codici di uscita: 0 ok, 1 dati non validi, 2 errore di utilizzo o input illeggibile, 3 errore remoto o di I/O</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="110"/>
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>--data-dir è vuoto (una variabile non impostata?); indicare una cartella</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="119"/>
        <source>no command given</source>
        <translation>nessun comando specificato</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="157"/>
        <source>&quot;%1&quot; is not available in this build yet</source>
        <translation>&quot;%1&quot; non è ancora disponibile in questa versione</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="158"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando sconosciuto &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45"/>
        <source>Unknown option --%1</source>
        <translation>Opzione sconosciuta --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48"/>
        <source>Option --%1 needs a value</source>
        <translation>L&apos;opzione --%1 richiede un valore</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51"/>
        <source>Option --%1 takes no value</source>
        <translation>L&apos;opzione --%1 non accetta valori</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54"/>
        <source>Option --%1 given twice</source>
        <translation>Opzione --%1 specificata due volte</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictListModel</name>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="54"/>
        <source>Dataset</source>
        <translation>Set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="56"/>
        <source>What differs</source>
        <translation>Differenze</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="58"/>
        <source>Detected</source>
        <translation>Rilevato</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictsView</name>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="25"/>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="27"/>
        <source>No conflicts: nothing changed here and on the remote at the same time.</source>
        <translation>Nessun conflitto: niente è stato modificato contemporaneamente qui e nell&apos;archivio remoto.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="32"/>
        <source>Keep &amp;mine</source>
        <translation>Mantieni la &amp;mia versione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="33"/>
        <source>The remote gets this copy; theirs stays in the remote&apos;s blobs</source>
        <translation>L&apos;archivio remoto riceve questa copia; la sua resta tra i blob dell&apos;archivio remoto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="35"/>
        <source>Keep &amp;theirs</source>
        <translation>Mantieni la &amp;loro versione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="36"/>
        <source>This catalog gets the remote&apos;s copy; your edits stay in the history</source>
        <translation>Questo catalogo riceve la copia dell&apos;archivio remoto; le tue modifiche restano nella cronologia</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="38"/>
        <source>Keep &amp;both</source>
        <translation>Mantieni &amp;entrambe</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="39"/>
        <source>Take the remote&apos;s versions and add your changes on top as new versions</source>
        <translation>Prendi le versioni dell&apos;archivio remoto e aggiungi sopra le tue modifiche come nuove versioni</translation>
    </message>
</context>
<context>
    <name>urbis::ConnectionTester</name>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="43"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="75"/>
        <source>Test cancelled</source>
        <translation>Test annullato</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="85"/>
        <source>The remote answered: the bucket can be listed with these keys</source>
        <translation>L&apos;archivio remoto ha risposto: il bucket può essere elencato con queste chiavi</translation>
    </message>
</context>
<context>
    <name>urbis::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="55"/>
        <source>Row %1 is longer than %2 bytes</source>
        <translation>La riga %1 supera %2 byte</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="62"/>
        <source>Row %1: a quote is never closed</source>
        <translation>Riga %1: una virgoletta non viene mai chiusa</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="70"/>
        <source>Row %1 is not valid %2 text</source>
        <translation>La riga %1 non è testo %2 valido</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="208"/>
        <source>Cannot read the file</source>
        <translation>Impossibile leggere il file</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="354"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
</context>
<context>
    <name>urbis::Dashboard</name>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="100"/>
        <source>This dashboard has format version %1; this Urbis reads version %2</source>
        <translation>Questa dashboard ha la versione di formato %1; questa versione di Urbis legge la versione %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="105"/>
        <source>Dashboard id &quot;%1&quot; may only contain lower-case letters, digits and &apos;-&apos;</source>
        <translation>L&apos;id della dashboard &quot;%1&quot; può contenere solo lettere minuscole, cifre e &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="113"/>
        <source>&quot;kpis&quot; must be a list of KPI definitions</source>
        <translation>&quot;kpis&quot; deve essere un elenco di definizioni di KPI</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="117"/>
        <source>KPI %1 of the dashboard is not an object</source>
        <translation>Il KPI %1 della dashboard non è un oggetto</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="120"/>
        <source>KPI %1 of the dashboard: %2</source>
        <translation>KPI %1 della dashboard: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="122"/>
        <source>The KPI id &quot;%1&quot; is used twice</source>
        <translation>L&apos;id KPI &quot;%1&quot; è usato due volte</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="128"/>
        <source>&quot;panels&quot; must be a list of panels</source>
        <translation>&quot;panels&quot; deve essere un elenco di pannelli</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="135"/>
        <source>Panel %1 of the dashboard is not an object</source>
        <translation>Il pannello %1 della dashboard non è un oggetto</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="138"/>
        <source>Panel &quot;%1&quot; has the unknown type &quot;%2&quot;</source>
        <translation>Il pannello &quot;%1&quot; ha il tipo sconosciuto &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="141"/>
        <source>Panel %1 has no id</source>
        <translation>Il pannello %1 non ha un id</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="143"/>
        <source>The panel id &quot;%1&quot; is used twice</source>
        <translation>L&apos;id di pannello &quot;%1&quot; è usato due volte</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="146"/>
        <source>Panel &quot;%1&quot; shows the unknown KPI &quot;%2&quot;</source>
        <translation>Il pannello &quot;%1&quot; mostra il KPI sconosciuto &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="149"/>
        <source>Panel &quot;%1&quot; lies outside the %2-column grid</source>
        <translation>Il pannello &quot;%1&quot; si trova al di fuori della griglia a %2 colonne</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardBrowser</name>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="32"/>
        <source>Search dashboards</source>
        <translation>Cerca dashboard</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="38"/>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="39"/>
        <source>New dashboard from a template or empty</source>
        <translation>Nuova dashboard da un modello o vuota</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="43"/>
        <source>From template: %1</source>
        <translation>Da modello: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="45"/>
        <source>Empty dashboard</source>
        <translation>Dashboard vuota</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="48"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="51"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="53"/>
        <source>Edit the dashboard&apos;s KPIs and layout (Ctrl+E)</source>
        <translation>Modifica i KPI e il layout della dashboard (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="65"/>
        <source>&lt;h3&gt;No dashboard yet&lt;/h3&gt;&lt;p&gt;Start from one of the KPI sets of the climate-neutrality framework; they work on any workspace with matching data (the demo workspace has it).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ancora nessuna dashboard&lt;/h3&gt;&lt;p&gt;Inizi da uno dei set di KPI del quadro di riferimento per la neutralità climatica; funzionano con qualsiasi spazio di lavoro che disponga dei dati corrispondenti (lo spazio di lavoro demo li contiene).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="72"/>
        <source>Create &quot;%1&quot;</source>
        <translation>Crea &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="102"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="122"/>
        <source>Saved &quot;%1&quot;</source>
        <translation>&quot;%1&quot; salvata</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="208"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="209"/>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Salvare le modifiche a &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="228"/>
        <source>This workspace is set up for viewing: dashboards can be filtered and exported, not changed.</source>
        <translation>Questo spazio di lavoro è configurato per la sola consultazione: le dashboard possono essere filtrate ed esportate, ma non modificate.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="275"/>
        <source>New dashboard</source>
        <translation>Nuova dashboard</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="291"/>
        <source>Delete dashboard</source>
        <translation>Elimina dashboard</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="291"/>
        <source>Delete the dashboard &quot;%1&quot;? Its KPIs go with it; the data stays.</source>
        <translation>Eliminare la dashboard &quot;%1&quot;? Anche i suoi KPI verranno eliminati; i dati restano.</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardDesigner</name>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="64"/>
        <source>Read-only: this workspace is set up for viewers (workspace.json, role &quot;viewer&quot;). You can look at the layout and the KPI definitions, but not change or save them.</source>
        <translation>Sola lettura: questo spazio di lavoro è configurato per i visualizzatori (workspace.json, ruolo &quot;viewer&quot;). È possibile esaminare il layout e le definizioni dei KPI, ma non modificarli né salvarli.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="118"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="119"/>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="121"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="122"/>
        <source>Save the dashboard (Ctrl+S)</source>
        <translation>Salva la dashboard (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="124"/>
        <source>New KPI…</source>
        <translation>Nuovo KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="125"/>
        <source>Define a new KPI for this dashboard (Ctrl+N)</source>
        <translation>Definisce un nuovo KPI per questa dashboard (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="127"/>
        <source>Remove panel</source>
        <translation>Rimuovi pannello</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="128"/>
        <source>Remove the selected panel (Delete on the grid)</source>
        <translation>Rimuove il pannello selezionato (Canc sulla griglia)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="188"/>
        <source>Add %1 panel</source>
        <translation>Aggiungi pannello %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="202"/>
        <source>Resize %1</source>
        <translation>Ridimensiona %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="202"/>
        <source>Move %1</source>
        <translation>Sposta %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="209"/>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="218"/>
        <source>Add KPI %1</source>
        <translation>Aggiungi KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="233"/>
        <source>Edit KPI %1</source>
        <translation>Modifica KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="243"/>
        <source>Remove KPI %1</source>
        <translation>Rimuovi KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="262"/>
        <source>Change %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="270"/>
        <source>This workspace is read-only for viewers; the dashboard was not saved.</source>
        <translation>Questo spazio di lavoro è in sola lettura per i visualizzatori; la dashboard non è stata salvata.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="277"/>
        <source>Not saved: %1</source>
        <translation>Non salvata: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="281"/>
        <source>Saved “%1”.</source>
        <translation>“%1” salvata.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="310"/>
        <source>New KPI</source>
        <translation>Nuovo KPI</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="337"/>
        <source>%n panel(s)</source>
        <translation>
            <numerusform>%n pannello</numerusform>
            <numerusform>%n pannelli</numerusform>
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
        <translation>modificata</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardExporter</name>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="27"/>
        <source>Could not write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="85"/>
        <source>PNG encoding failed.</source>
        <translation>Codifica PNG non riuscita.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="101"/>
        <source>Urbis dashboard panel</source>
        <translation>Pannello di dashboard Urbis</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="104"/>
        <source>Could not start the SVG painter.</source>
        <translation>Impossibile avviare il motore di disegno SVG.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="124"/>
        <source>Could not start the PDF painter.</source>
        <translation>Impossibile avviare il motore di disegno PDF.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="155"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="158"/>
        <source>Exported %1</source>
        <translation>%1 esportato</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="159"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardFilterBar</name>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="26"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="162"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="163"/>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="38"/>
        <source>Cities whose datasets the KPIs read</source>
        <translation>Città i cui set di dati vengono letti dai KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="42"/>
        <source>First day (inclusive); the earliest date means no bound</source>
        <translation>Primo giorno (incluso); la data minima indica nessun limite</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="44"/>
        <source>Last day (inclusive); the earliest date means no bound</source>
        <translation>Ultimo giorno (incluso); la data minima indica nessun limite</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="46"/>
        <source>KPI&apos;s own grain</source>
        <translation>Granularità propria del KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="52"/>
        <source>All domains</source>
        <translation>Tutti i domini</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="58"/>
        <source>City:</source>
        <translation>Città:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="61"/>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="63"/>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="66"/>
        <source>Grain:</source>
        <translation>Granularità:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="68"/>
        <source>Domain:</source>
        <translation>Dominio:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="98"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="121"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="160"/>
        <source>All cities</source>
        <translation>Tutte le città</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="123"/>
        <source>%n cities</source>
        <translation>
            <numerusform>%n città</numerusform>
            <numerusform>%n città</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="160"/>
        <source>Cities: %1</source>
        <translation>Città: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="162"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="165"/>
        <source>All dates</source>
        <translation>Tutte le date</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="167"/>
        <source>Grain: %1</source>
        <translation>Granularità: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="169"/>
        <source>Domain: %1</source>
        <translation>Dominio: %1</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardPage</name>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="52"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="52"/>
        <source>Evaluate the KPIs again</source>
        <translation>Ricalcola i KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="53"/>
        <source>Export dashboard as PDF…</source>
        <translation>Esporta dashboard in PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="54"/>
        <source>Edit dashboard…</source>
        <translation>Modifica dashboard…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="158"/>
        <source>Evaluating %n KPI(s)…</source>
        <translation>
            <numerusform>Calcolo di %n KPI…</numerusform>
            <numerusform>Calcolo di %n KPI…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="177"/>
        <source>The evaluation was removed before it finished.</source>
        <translation>Il calcolo è stato rimosso prima del termine.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="182"/>
        <source>Evaluation cancelled.</source>
        <translation>Calcolo annullato.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="183"/>
        <source>Evaluation failed: %1</source>
        <translation>Calcolo non riuscito: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="198"/>
        <source>%n KPI(s) evaluated in %1 ms</source>
        <translation>
            <numerusform>%n KPI calcolato in %1 ms</numerusform>
            <numerusform>%n KPI calcolati in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="200"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscito</numerusform>
            <numerusform>%n non riusciti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="239"/>
        <source>Export panel as SVG</source>
        <translation>Esporta pannello come SVG</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="239"/>
        <source>Export panel as PNG</source>
        <translation>Esporta pannello come PNG</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="240"/>
        <source>SVG images (*.svg)</source>
        <translation>Immagini SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="240"/>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="245"/>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="260"/>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="247"/>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="262"/>
        <source>Exported %1</source>
        <translation>%1 esportato</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="252"/>
        <source>Export dashboard as PDF</source>
        <translation>Esporta dashboard in PDF</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="254"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardPanel</name>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="18"/>
        <source>Stat</source>
        <translation>Statistica</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="19"/>
        <source>Line chart</source>
        <translation>Grafico a linee</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="20"/>
        <source>Bar chart</source>
        <translation>Grafico a barre</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="21"/>
        <source>Stacked bar chart</source>
        <translation>Grafico a barre in pila</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="22"/>
        <source>Pie chart</source>
        <translation>Grafico a torta</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="23"/>
        <source>Gauge</source>
        <translation>Indicatore a quadrante</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="24"/>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="25"/>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="26"/>
        <source>Histogram</source>
        <translation>Istogramma</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardStore</name>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="35"/>
        <source>&quot;%1&quot; is not a dashboard id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; non è un id di dashboard: usi lettere minuscole, cifre e &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="42"/>
        <source>There is no dashboard file %1</source>
        <translation>Il file di dashboard %1 non esiste</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="44"/>
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="49"/>
        <source>%1 is not valid JSON (at character %2)</source>
        <translation>%1 non è un JSON valido (al carattere %2)</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="52"/>
        <source>%1 does not hold a dashboard object</source>
        <translation>%1 non contiene un oggetto dashboard</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="114"/>
        <source>%1 is not a folder</source>
        <translation>%1 non è una cartella</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="145"/>
        <source>There is no dashboard &quot;%1&quot;</source>
        <translation>La dashboard &quot;%1&quot; non esiste</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="147"/>
        <source>Cannot remove the dashboard &quot;%1&quot;</source>
        <translation>Impossibile rimuovere la dashboard &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="164"/>
        <source>There is no dashboard template &quot;%1&quot;</source>
        <translation>Il modello di dashboard &quot;%1&quot; non esiste</translation>
    </message>
</context>
<context>
    <name>urbis::DataPreviewTab</name>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="63"/>
        <source>No data store is connected to this panel.</source>
        <translation>Nessun archivio dati è collegato a questo pannello.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="96"/>
        <source>Reading the data…</source>
        <translation>Lettura dei dati…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="100"/>
        <source>The data preview opens when this tab is shown.</source>
        <translation>L&apos;anteprima dei dati si apre quando viene mostrata questa scheda.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106"/>
        <source>1 row</source>
        <translation>1 riga</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106"/>
        <source>%1 rows</source>
        <translation>%1 righe</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="108"/>
        <source>First %1 of %2 rows; scroll down to read more</source>
        <translation>Prime %1 di %2 righe; scorrere verso il basso per leggerne altre</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="110"/>
        <source>First %1 rows; scroll down to read more</source>
        <translation>Prime %1 righe; scorrere verso il basso per leggerne altre</translation>
    </message>
</context>
<context>
    <name>urbis::Database</name>
    <message>
        <location filename="../core/util/database.cpp" line="35"/>
        <source>Cannot open the database %1</source>
        <translation>Impossibile aprire il database %1</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="84"/>
        <location filename="../core/util/statement.cpp" line="104"/>
        <source>The database refused the change</source>
        <translation>Il database ha rifiutato la modifica</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="98"/>
        <source>The database could not run a query</source>
        <translation>Il database non ha potuto eseguire una query</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetActionBar</name>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="15"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="16"/>
        <source>Change title, description, keywords, license and source</source>
        <translation>Modifica titolo, descrizione, parole chiave, licenza e fonte</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="17"/>
        <source>Export the &amp;data…</source>
        <translation>Esporta i &amp;dati…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18"/>
        <source>Save the stored data (GeoPackage or GeoTIFF) as a file</source>
        <translation>Salva i dati archiviati (GeoPackage o GeoTIFF) come file</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="19"/>
        <source>Export the &amp;original file…</source>
        <translation>Esporta il file &amp;originale…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="20"/>
        <source>Save the file as it was imported</source>
        <translation>Salva il file così come è stato importato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="21"/>
        <source>Export the validation &amp;report…</source>
        <translation>Esporta il &amp;rapporto di validazione…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="22"/>
        <source>Save the validation report (JSON)</source>
        <translation>Salva il rapporto di validazione (JSON)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23"/>
        <source>Ne&amp;w version…</source>
        <translation>Nuo&amp;va versione…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="24"/>
        <source>Import a changed file as the next version of this dataset</source>
        <translation>Importa un file modificato come versione successiva di questo set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25"/>
        <source>Show on m&amp;ap</source>
        <translation>Mostra sulla ma&amp;ppa</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="26"/>
        <source>Zoom the map to this dataset</source>
        <translation>Esegui lo zoom della mappa su questo set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="27"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="28"/>
        <source>Delete this version from the catalog (its history is kept)</source>
        <translation>Elimina questa versione dal catalogo (la sua cronologia viene conservata)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="38"/>
        <source>E&amp;xport</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58"/>
        <source>Download the &amp;data</source>
        <translation>Scarica i &amp;dati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="59"/>
        <source>Bring this dataset&apos;s data from the remote it was synced with</source>
        <translation>Scarica i dati di questo set di dati dall&apos;archivio remoto con cui è stato sincronizzato</translation>
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
        <translation>Questo set di dati non ha dati archiviati da mostrare in anteprima.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="40"/>
        <source>This dataset is a raster (%1): it has no table of rows to preview.</source>
        <translation>Questo set di dati è un raster (%1): non ha una tabella di righe da mostrare in anteprima.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="41"/>
        <source>This dataset has no table to preview (its data is %1).</source>
        <translation>Questo set di dati non ha una tabella da mostrare in anteprima (tipo di media dei dati: %1).</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="46"/>
        <source>The data of this dataset is not stored on this computer.</source>
        <translation>I dati di questo set di dati non sono archiviati su questo computer.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="48"/>
        <source>The stored data of this dataset is missing (%1).</source>
        <translation>I dati archiviati di questo set di dati sono mancanti (%1).</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetDetailsWidget</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="vanished">&amp;Modifica…</translation>
    </message>
    <message>
        <source>Change title, description, keywords, license and source</source>
        <translation type="vanished">Modifica titolo, descrizione, parole chiave, licenza e fonte</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="55"/>
        <source>&amp;Metadata</source>
        <translation>Me&amp;tadati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="56"/>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198"/>
        <source>S&amp;chema</source>
        <translation>&amp;Schema</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="57"/>
        <source>Data &amp;preview</source>
        <translation>&amp;Anteprima dei dati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="58"/>
        <source>Validation &amp;report</source>
        <translation>&amp;Rapporto di validazione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="59"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Cronologia</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="176"/>
        <source>Select a dataset to see its details.</source>
        <translation>Seleziona un set di dati per vederne i dettagli.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198"/>
        <source>S&amp;chema (%1)</source>
        <translation>&amp;Schema (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="244"/>
        <source>Cancel and open the dataset again to see the current version.</source>
        <translation>Annulla e riapri il set di dati per vedere la versione attuale.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="258"/>
        <source>Export</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="268"/>
        <source>Nothing to export: this dataset has no stored file of that kind.</source>
        <translation>Niente da esportare: questo set di dati non ha alcun file archiviato di questo tipo.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280"/>
        <source>Exported %1.</source>
        <translation>%1 esportato.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280"/>
        <source>Export of %1 failed: %2</source>
        <translation>Esportazione di %1 non riuscita: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="282"/>
        <source>Exporting %1…</source>
        <translation>Esportazione di %1…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="294"/>
        <source>Delete “%1” from the catalog?</source>
        <translation>Eliminare “%1” dal catalogo?</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="295"/>
        <source>Delete version %1 of “%2”? Version %3 becomes the latest again.</source>
        <translation>Eliminare la versione %1 di “%2”? La versione %3 torna a essere la più recente.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="297"/>
        <source>Delete dataset</source>
        <translation>Elimina set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="298"/>
        <source>The change history is kept.</source>
        <translation>La cronologia delle modifiche viene conservata.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="307"/>
        <source>“%1” was deleted.</source>
        <translation>“%1” è stato eliminato.</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetEditor</name>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="23"/>
        <source>comma-separated, e.g. air quality, pm10</source>
        <translation>separate da virgole, ad es. qualità dell&apos;aria, pm10</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="26"/>
        <source>SPDX id or URL, e.g. CC-BY-4.0</source>
        <translation>id SPDX o URL, ad es. CC-BY-4.0</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="34"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="37"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="42"/>
        <source>&amp;Title *</source>
        <translation>&amp;Titolo *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="43"/>
        <source>&amp;Description *</source>
        <translation>&amp;Descrizione *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="45"/>
        <source>&amp;License *</source>
        <translation>&amp;Licenza *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="46"/>
        <source>&amp;Source *</source>
        <translation>&amp;Fonte *</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="vanished">&amp;Titolo</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="vanished">&amp;Descrizione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="44"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Parole chiave</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation type="vanished">&amp;Licenza</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="vanished">&amp;Fonte</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetRecord</name>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="123"/>
        <source>Field &quot;%1&quot; must be a string</source>
        <translation>Il campo &quot;%1&quot; deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="145"/>
        <source>&quot;%1&quot; is not an ISO 8601 date or time: %2</source>
        <translation>&quot;%1&quot; non è una data o un&apos;ora ISO 8601: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="154"/>
        <source>&quot;bbox&quot; must be [west, south, east, north]</source>
        <translation>&quot;bbox&quot; deve essere [ovest, sud, est, nord]</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTable</name>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="84"/>
        <source>Cannot open the stored data as a GeoPackage</source>
        <translation>Impossibile aprire i dati archiviati come GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="86"/>
        <source>The stored GeoPackage holds no table</source>
        <translation>Il GeoPackage archiviato non contiene alcuna tabella</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="131"/>
        <source>Reading cancelled</source>
        <translation>Lettura annullata</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="135"/>
        <source>Cannot read the stored data</source>
        <translation>Impossibile leggere i dati archiviati</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTableModel</name>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="59"/>
        <source>Reading rows</source>
        <translation>Lettura delle righe</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="86"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="136"/>
        <source>empty (null)</source>
        <translation>vuoto (null)</translation>
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
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="32"/>
        <source>Publisher</source>
        <translation>Editore</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="33"/>
        <source>City / country</source>
        <translation>Città / paese</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="34"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="35"/>
        <source>Keywords</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="36"/>
        <source>License</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="37"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="38"/>
        <source>Temporal extent</source>
        <translation>Estensione temporale</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="39"/>
        <source>Bounding box</source>
        <translation>Riquadro di delimitazione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="40"/>
        <source>CRS</source>
        <translation>SR</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="41"/>
        <source>Features / rows</source>
        <translation>Elementi / righe</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="42"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="43"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="45"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="46"/>
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="47"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="48"/>
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="49"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Tipo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Unità</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Descrizione</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="vanished">Campi</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="vanished">Cronologia</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="95"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="104"/>
        <source>%1 (superseded by %2)</source>
        <translation>%1 (sostituita da %2)</translation>
    </message>
</context>
<context>
    <name>urbis::DemoAirQuality</name>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="70"/>
        <source>Dominant pollutant of the hour</source>
        <translation>Inquinante dominante dell&apos;ora</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="73"/>
        <source>Source of the data provider</source>
        <translation>Fonte del fornitore dei dati</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="74"/>
        <source>Name of the city</source>
        <translation>Nome della città</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="75"/>
        <source>Two letter country code</source>
        <translation>Codice del paese di due lettere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="76"/>
        <source>Postal code of the city centre</source>
        <translation>Codice postale del centro città</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="77"/>
        <source>Latitude of the station</source>
        <translation>Latitudine della stazione</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="78"/>
        <source>Longitude of the station</source>
        <translation>Longitudine della stazione</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="80"/>
        <source>Relative humidity</source>
        <translation>Umidità relativa</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="81"/>
        <source>Carbon monoxide</source>
        <translation>Monossido di carbonio</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="82"/>
        <source>Nitrogen dioxide</source>
        <translation>Biossido di azoto</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="83"/>
        <source>Air pressure at sea level</source>
        <translation>Pressione atmosferica al livello del mare</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="84"/>
        <source>Particulate matter up to 10 um</source>
        <translation>Particolato fino a 10 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="85"/>
        <source>Particulate matter up to 2.5 um</source>
        <translation>Particolato fino a 2,5 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="86"/>
        <source>Air temperature</source>
        <translation>Temperatura dell&apos;aria</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="87"/>
        <source>Wind speed</source>
        <translation>Velocità del vento</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="88"/>
        <source>Start of the hour the values are means of (UTC)</source>
        <translation>Inizio dell&apos;ora di cui i valori sono la media (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="89"/>
        <source>Measuring station</source>
        <translation>Stazione di misura</translation>
    </message>
</context>
<context>
    <name>urbis::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="15"/>
        <source>demo takes no arguments</source>
        <translation>demo non accetta argomenti</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="16"/>
        <source>usage: urbis demo [--data-dir DIR]</source>
        <translation>uso: urbis demo [--data-dir DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="22"/>
        <source>Creating demo</source>
        <translation>Creazione demo</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34"/>
        <source>%1 demo datasets created, %2 already present in %3</source>
        <translation>%1 set di dati demo creati, %2 già presenti in %3</translation>
    </message>
</context>
<context>
    <name>urbis::DemoDistricts</name>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="14"/>
        <source>Name of the city</source>
        <translation>Nome della città</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="15"/>
        <source>Name of the district</source>
        <translation>Nome del quartiere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="16"/>
        <source>Code of the district</source>
        <translation>Codice del quartiere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="17"/>
        <source>Residents</source>
        <translation>Residenti</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="18"/>
        <source>Year the residents were counted</source>
        <translation>Anno del conteggio dei residenti</translation>
    </message>
</context>
<context>
    <name>urbis::DemoMonthlyTable</name>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="19"/>
        <source>Name of the city</source>
        <translation>Nome della città</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="20"/>
        <source>Name of the district</source>
        <translation>Nome del quartiere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="21"/>
        <source>Code of the district</source>
        <translation>Codice del quartiere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="22"/>
        <source>Latitude of the district centre</source>
        <translation>Latitudine del centro del quartiere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="23"/>
        <source>Longitude of the district centre</source>
        <translation>Longitudine del centro del quartiere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="24"/>
        <source>First day of the month</source>
        <translation>Primo giorno del mese</translation>
    </message>
</context>
<context>
    <name>urbis::DemoTerrain</name>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="54"/>
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="90"/>
        <source>Name of the road or river</source>
        <translation>Nome della strada o del fiume</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="91"/>
        <source>road or river</source>
        <translation>strada o fiume</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="123"/>
        <source>Building number</source>
        <translation>Numero dell&apos;edificio</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="124"/>
        <source>residential, farm or cabin</source>
        <translation>abitazione, fattoria o baita</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="237"/>
        <source>Athens north-east outskirts terrain (synthetic DEM)</source>
        <translation>Terreno della periferia nord-orientale di Atene (DEM sintetico)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="238"/>
        <source>Elevation in metres on a 30 m grid (UTM zone 34N): made-up hills and a valley draining south with a river. Synthetic demo data, not a survey.</source>
        <translation>Quota in metri su una griglia di 30 m (UTM zona 34N): colline inventate e una valle che drena verso sud con un fiume. Dati demo sintetici, non un rilievo.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="243"/>
        <source>elevation (m)</source>
        <translation>quota (m)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="245"/>
        <source>Athens north-east outskirts fuel map (synthetic)</source>
        <translation>Mappa del combustibile della periferia nord-orientale di Atene (sintetica)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="246"/>
        <source>Wildfire fuel classes on the terrain&apos;s grid: 1 grass, 2 shrub, 3 timber litter, 4 urban vegetation, 5 water or rock (docs/simulation.md). Derived from the synthetic terrain.</source>
        <translation>Classi di combustibile per incendi boschivi sulla griglia del terreno: 1 erba, 2 arbusti, 3 lettiera forestale, 4 vegetazione urbana, 5 acqua o roccia (docs/simulation.md). Derivate dal terreno sintetico.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="251"/>
        <source>fuel class</source>
        <translation>classe di combustibile</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="253"/>
        <source>Athens north-east outskirts roads and river (synthetic)</source>
        <translation>Strade e fiume della periferia nord-orientale di Atene (sintetici)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="254"/>
        <source>Two roads and a river as lines: fire breaks for the wildfire scenario. Synthetic demo data.</source>
        <translation>Due strade e un fiume come linee: barriere tagliafuoco per lo scenario di incendio boschivo. Dati demo sintetici.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="257"/>
        <source>Athens north-east outskirts buildings (synthetic)</source>
        <translation>Edifici della periferia nord-orientale di Atene (sintetici)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="258"/>
        <source>Houses, farms and cabins as points, with their use: what the scenarios count as affected. Synthetic demo data.</source>
        <translation>Case, fattorie e baite come punti, con il loro uso: ciò che gli scenari contano come coinvolto. Dati demo sintetici.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="279"/>
        <source>Athens outskirts wildfire (demo)</source>
        <translation>Incendio boschivo alla periferia di Atene (demo)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="280"/>
        <source>A summer fire starting in the dry grass of the valley in a strong southerly wind; the ridge road and the river stop it. Synthetic terrain and fuel.</source>
        <translation>Un incendio estivo che parte dall&apos;erba secca della valle con un forte vento da sud; la strada di crinale e il fiume lo fermano. Terreno e combustibile sintetici.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="302"/>
        <source>Athens outskirts river flood (demo)</source>
        <translation>Alluvione fluviale alla periferia di Atene (demo)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="303"/>
        <source>A flood wave entering the valley from the north after a short storm; the river leaves its bed. Synthetic terrain.</source>
        <translation>Un&apos;onda di piena che entra nella valle da nord dopo un breve temporale; il fiume esce dal suo alveo. Terreno sintetico.</translation>
    </message>
</context>
<context>
    <name>urbis::DemoTrafficCounts</name>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="31"/>
        <source>Counting station</source>
        <translation>Stazione di conteggio</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="32"/>
        <source>Road the station counts on</source>
        <translation>Strada su cui conta la stazione</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="33"/>
        <source>Latitude of the station</source>
        <translation>Latitudine della stazione</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="34"/>
        <source>Longitude of the station</source>
        <translation>Longitudine della stazione</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="35"/>
        <source>Start of the hour (UTC)</source>
        <translation>Inizio dell&apos;ora (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="36"/>
        <source>Vehicles counted in the hour, both directions</source>
        <translation>Veicoli contati nell&apos;ora, in entrambe le direzioni</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="37"/>
        <source>Lorries and buses among them</source>
        <translation>Di cui camion e autobus</translation>
    </message>
</context>
<context>
    <name>urbis::DemoWorkspace</name>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="53"/>
        <source>%1 air quality, January 2023</source>
        <translation>Qualità dell&apos;aria a %1, gennaio 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="54"/>
        <source>Hourly PM10, PM2.5, NO2, CO, temperature, humidity, pressure and wind speed at three stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>PM10, PM2.5, NO2, CO, temperatura, umidità, pressione e velocità del vento orari in tre stazioni di %1 (dati demo sintetici nel formato dell&apos;Allegato B di CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="63"/>
        <source>Monthly electricity consumption of municipal buildings per district, in kWh (synthetic).</source>
        <translation>Consumo mensile di energia elettrica degli edifici comunali per quartiere, in kWh (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="69"/>
        <source>Electricity used by municipal buildings in the month</source>
        <translation>Energia elettrica consumata dagli edifici comunali nel mese</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="78"/>
        <source>Sofia city-centre traffic counts, January 2023</source>
        <translation>Conteggi del traffico nel centro di Sofia, gennaio 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="79"/>
        <source>Hourly vehicle counts at four counting stations on the main roads into the city centre (synthetic).</source>
        <translation>Conteggi orari dei veicoli in quattro stazioni di conteggio sulle strade principali verso il centro (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="88"/>
        <source>Monthly collected and recycled small WEEE and textile waste per district, in tonnes (synthetic).</source>
        <translation>Piccoli RAEE e rifiuti tessili raccolti e riciclati mensilmente per quartiere, in tonnellate (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="92"/>
        <source>Waste collected in the month</source>
        <translation>Rifiuti raccolti nel mese</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="93"/>
        <source>Part of it sent to recycling</source>
        <translation>Quota avviata al riciclo</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="103"/>
        <source>Monthly CO2 emissions estimated per district, in tonnes (synthetic).</source>
        <translation>Emissioni mensili di CO2 stimate per quartiere, in tonnellate (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="108"/>
        <source>CO2 emitted in the month</source>
        <translation>CO2 emessa nel mese</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="116"/>
        <source>%1 districts 2023</source>
        <translation>Quartieri di %1 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="117"/>
        <source>Boundaries of four central districts of %1 with their population (synthetic).</source>
        <translation>Confini di quattro quartieri centrali di %1 con la loro popolazione (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="187"/>
        <source>Cannot create the work folder %1</source>
        <translation>Impossibile creare la cartella di lavoro %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="190"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Impossibile creare una cartella di lavoro in %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="193"/>
        <source>Creating %1</source>
        <translation>Creazione di %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="199"/>
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="229"/>
        <source>The demo dataset &quot;%1&quot; does not pass validation: %2</source>
        <translation>Il set di dati demo &quot;%1&quot; non supera la validazione: %2</translation>
    </message>
    <message>
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation type="vanished">PM10, PM2.5, NO2, ozono, temperatura e umidità orari in due stazioni di %1 (dati demo sintetici nel formato dell&apos;Allegato B di CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="62"/>
        <source>Athens building energy consumption 2019-2023</source>
        <translation>Consumi energetici degli edifici di Atene 2019-2023</translation>
    </message>
    <message>
        <source>Monthly electricity consumption of municipal buildings per district (synthetic).</source>
        <translation type="vanished">Consumo mensile di energia elettrica degli edifici comunali per quartiere (dati sintetici).</translation>
    </message>
    <message>
        <source>Sofia city-centre traffic counts 2019-2023</source>
        <translation type="vanished">Conteggi del traffico nel centro di Sofia 2019-2023</translation>
    </message>
    <message>
        <source>Monthly mean daily vehicle counts per district of the city centre (synthetic).</source>
        <translation type="vanished">Media mensile dei conteggi giornalieri dei veicoli per quartiere del centro (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="87"/>
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Raccolta di RAEE e rifiuti tessili a Torino 2019-2023</translation>
    </message>
    <message>
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation type="vanished">Piccoli RAEE e rifiuti tessili raccolti mensilmente per quartiere (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="102"/>
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>Emissioni di CO2 di Differdange 2019-2023</translation>
    </message>
    <message>
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation type="vanished">Emissioni mensili di CO2 stimate per quartiere (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="162"/>
        <source>Demo workspace creation cancelled</source>
        <translation>Creazione dell&apos;area di lavoro demo annullata</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="151"/>
        <source>City of %1</source>
        <translation>Città di %1</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerDashboardProperties</name>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="36"/>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="41"/>
        <source>all cities; or e.g. Athens, Sofia</source>
        <translation>tutte le città; oppure ad es. Atene, Sofia</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="42"/>
        <source>each KPI&apos;s own</source>
        <translation>quella di ciascun KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="43"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="44"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="45"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="46"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="47"/>
        <source>all domains</source>
        <translation>tutti i domini</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="51"/>
        <source>&lt;b&gt;Dashboard&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dashboard&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="53"/>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="54"/>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="55"/>
        <source>City:</source>
        <translation>Città:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="56"/>
        <source>&lt;b&gt;Common filters&lt;/b&gt; (applied to every panel)</source>
        <translation>&lt;b&gt;Filtri comuni&lt;/b&gt; (applicati a ogni pannello)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="59"/>
        <source>Cities:</source>
        <translation>Città:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="60"/>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="61"/>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="62"/>
        <source>Grain:</source>
        <translation>Granularità:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="63"/>
        <source>Domain:</source>
        <translation>Dominio:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="71"/>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="76"/>
        <source>description</source>
        <translation>descrizione</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="80"/>
        <source>city</source>
        <translation>città</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="84"/>
        <source>cities filter</source>
        <translation>filtro città</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="88"/>
        <source>start date</source>
        <translation>data di inizio</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="93"/>
        <source>end date</source>
        <translation>data di fine</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="97"/>
        <source>grain</source>
        <translation>granularità</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="103"/>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="142"/>
        <source>Change the dashboard %1</source>
        <translation>Modifica dashboard: %1</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerGrid</name>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="36"/>
        <source>Dashboard layout</source>
        <translation>Layout della dashboard</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="334"/>
        <source>This dashboard has no panels.</source>
        <translation>Questa dashboard non ha pannelli.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="335"/>
        <source>Drag a KPI or a visualisation from the palette onto the grid.</source>
        <translation>Trascini un KPI o una visualizzazione dalla tavolozza sulla griglia.</translation>
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
            <numerusform>+ %n altro KPI</numerusform>
            <numerusform>+ altri %n KPI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPalette</name>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="45"/>
        <source>New KPI…</source>
        <translation>Nuovo KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="45"/>
        <source>Define a new KPI for this dashboard (Ctrl+N)</source>
        <translation>Definisce un nuovo KPI per questa dashboard (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="46"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="138"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="46"/>
        <source>Edit the selected KPI (Return)</source>
        <translation>Modifica il KPI selezionato (Invio)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="47"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="47"/>
        <source>Remove the selected KPI from the dashboard and its panels (Delete)</source>
        <translation>Rimuove il KPI selezionato dalla dashboard e dai suoi pannelli (Canc)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="50"/>
        <source>Search KPIs, types, panels…</source>
        <translation>Cerca KPI, tipi, pannelli…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="52"/>
        <source>Search the palette</source>
        <translation>Cerca nella tavolozza</translation>
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
        <translation>Visualizzazioni</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="55"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="72"/>
        <source>Panels</source>
        <translation>Pannelli</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="138"/>
        <source>View…</source>
        <translation>Visualizza…</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPaletteModel</name>
    <message>
        <location filename="../widgets/kpi/designerpalettemodel.cpp" line="74"/>
        <source>Drag onto the grid to add a %1 panel</source>
        <translation>Trascini sulla griglia per aggiungere un pannello %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalettemodel.cpp" line="77"/>
        <source>%1
%2
Drag onto the grid to chart it; double-click to edit.</source>
        <translation>%1
%2
Trascini sulla griglia per rappresentarlo in un grafico; doppio clic per modificarlo.</translation>
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
        <translation>%1: colonna %2, riga %3, %4 × %5 celle</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPanelProperties</name>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="27"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="49"/>
        <source>Filter KPIs…</source>
        <translation>Filtra KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="55"/>
        <source>Trend vs. previous period</source>
        <translation>Andamento rispetto al periodo precedente</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="59"/>
        <source>Choropleth (areas)</source>
        <translation>Coropletica (aree)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="60"/>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="62"/>
        <source>boundary dataset id or title</source>
        <translation>id o titolo del set di dati dei confini</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="68"/>
        <source>default (10)</source>
        <translation>predefinito (10)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="71"/>
        <source>default (500)</source>
        <translation>predefinito (500)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="76"/>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="77"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="78"/>
        <source>KPIs:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="79"/>
        <source>Dimension:</source>
        <translation>Dimensione:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="81"/>
        <source>Gauge minimum:</source>
        <translation>Minimo del quadrante:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="82"/>
        <source>Gauge maximum:</source>
        <translation>Massimo del quadrante:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="83"/>
        <source>Map mode:</source>
        <translation>Modalità mappa:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="84"/>
        <source>Boundaries:</source>
        <translation>Confini:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="85"/>
        <source>Join field:</source>
        <translation>Campo di unione:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="86"/>
        <source>Latitude field:</source>
        <translation>Campo latitudine:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="87"/>
        <source>Longitude field:</source>
        <translation>Campo longitudine:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="88"/>
        <source>Bins:</source>
        <translation>Classi:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="89"/>
        <source>Row limit:</source>
        <translation>Limite di righe:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="99"/>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="103"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="113"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="162"/>
        <source>&lt;b&gt;Panel&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pannello&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="163"/>
        <source>&lt;b&gt;Panel&lt;/b&gt;&lt;br&gt;Select a panel on the grid, or drag one from the palette.</source>
        <translation>&lt;b&gt;Pannello&lt;/b&gt;&lt;br&gt;Selezioni un pannello sulla griglia o ne trascini uno dalla tavolozza.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="171"/>
        <source>default: %1</source>
        <translation>predefinito: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="244"/>
        <source>Change the %1 of %2</source>
        <translation>Modifica %1 di %2</translation>
    </message>
</context>
<context>
    <name>urbis::Extent</name>
    <message>
        <location filename="../core/geo/extent.cpp" line="67"/>
        <source>Invalid bounding box &quot;%1&quot;: %2</source>
        <translation>Riquadro di delimitazione &quot;%1&quot; non valido: %2</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="70"/>
        <source>expected W,S,E,N</source>
        <translation>atteso W,S,E,N</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="76"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; non è un numero</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="79"/>
        <source>longitude outside -180..180</source>
        <translation>longitudine fuori da -180..180</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="81"/>
        <source>latitude outside -90..90</source>
        <translation>latitudine fuori da -90..90</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="83"/>
        <source>south is greater than north</source>
        <translation>sud è maggiore di nord</translation>
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
        <translation type="vanished">Annullato</translation>
    </message>
</context>
<context>
    <name>urbis::FactScan</name>
    <message>
        <source>Cannot open the data of a dataset: %1</source>
        <translation type="vanished">Impossibile aprire i dati di un set di dati: %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="75"/>
        <source>Cannot read the facts</source>
        <translation>Impossibile leggere i fatti</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="159"/>
        <source>Reading the facts failed</source>
        <translation>Lettura dei fatti non riuscita</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="212"/>
        <source>The data of this dataset is not a GeoPackage table: KPIs need tabular facts</source>
        <translation>I dati di questo set di dati non sono una tabella GeoPackage: i KPI richiedono fatti in forma tabellare</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="219"/>
        <source>The GeoPackage holds no table</source>
        <translation>Il GeoPackage non contiene alcuna tabella</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="231"/>
        <source>Cannot read the columns of %1</source>
        <translation>Impossibile leggere le colonne di %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="258"/>
        <source>Cannot read the facts of table %1</source>
        <translation>Impossibile leggere i fatti della tabella %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factworkers.h" line="38"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
</context>
<context>
    <name>urbis::FieldMapping</name>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="172"/>
        <source>&quot;%1&quot; is not a time: %2</source>
        <translation>&quot;%1&quot; non è un istante temporale: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="200"/>
        <source>The record has none of the mapped measures or attributes</source>
        <translation>Il record non contiene nessuna delle misure o degli attributi mappati</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="234"/>
        <source>Field mapping: &quot;%1&quot; must be %2</source>
        <translation>Mappatura dei campi: &quot;%1&quot; deve essere %2</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="242"/>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="255"/>
        <source>one of auto, epochSeconds, epochMillis, iso</source>
        <translation>uno tra auto, epochSeconds, epochMillis, iso</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="259"/>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="266"/>
        <source>a list of keys or {&quot;key&quot;, &quot;unit&quot;} objects</source>
        <translation>un elenco di chiavi o di oggetti {&quot;key&quot;, &quot;unit&quot;}</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="271"/>
        <location filename="../core/stream/fieldmapping.cpp" line="274"/>
        <source>a list of keys</source>
        <translation>un elenco di chiavi</translation>
    </message>
</context>
<context>
    <name>urbis::FieldMappingEditor</name>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="43"/>
        <source>&amp;Infer from the first record</source>
        <translation>&amp;Deduci dal primo record</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="47"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="47"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="48"/>
        <source>Annex B</source>
        <translation>Allegato B</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="51"/>
        <source>Time, station, position and every number of the first record become the mapping</source>
        <translation>Ora, stazione, posizione e ogni numero del primo record diventano la mappatura</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="52"/>
        <source>empty: the time the message arrived</source>
        <translation>vuoto: l&apos;ora di arrivo del messaggio</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="54"/>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="55"/>
        <source>Seconds since 1970</source>
        <translation>Secondi dal 1970</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="56"/>
        <source>Milliseconds since 1970</source>
        <translation>Millisecondi dal 1970</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="57"/>
        <source>ISO 8601 text</source>
        <translation>Testo ISO 8601</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="58"/>
        <source>empty: one station; a|b: the first present</source>
        <translation>vuoto: una sola stazione; a|b: la prima presente</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="60"/>
        <source>Measure key</source>
        <translation>Chiave della misura</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="60"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="67"/>
        <source>Reset to the CLIMABOROUGH Annex B air-quality record</source>
        <translation>Ripristina il record di qualità dell&apos;aria dell&apos;allegato B di CLIMABOROUGH</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="68"/>
        <source>text keys to keep, comma-separated</source>
        <translation>chiavi di testo da conservare, separate da virgole</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="75"/>
        <source>&amp;Time key:</source>
        <translation>Chiave dell&apos;&amp;ora:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="76"/>
        <source>&amp;Station key:</source>
        <translation>Chiave della &amp;stazione:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="80"/>
        <source>&amp;Latitude / longitude keys:</source>
        <translation>Chiavi di &amp;latitudine / longitudine:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="89"/>
        <source>&amp;Measures:</source>
        <translation>&amp;Misure:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="90"/>
        <source>Te&amp;xt attributes:</source>
        <translation>Attributi di &amp;testo:</translation>
    </message>
</context>
<context>
    <name>urbis::FilePage</name>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="26"/>
        <source>table</source>
        <translation>tabella</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="27"/>
        <source>vector layer</source>
        <translation>layer vettoriale</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="28"/>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="31"/>
        <source>unknown format</source>
        <translation>formato sconosciuto</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="38"/>
        <source>Files to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="39"/>
        <source>Add tables (CSV, JSON, XML), vector layers (GeoJSON, Shapefile, GeoPackage, KML, GML) or rasters (GeoTIFF, PNG, JPEG). You can also drop files here or on the main window.</source>
        <translation>Aggiungi tabelle (CSV, JSON, XML), layer vettoriali (GeoJSON, Shapefile, GeoPackage, KML, GML) o raster (GeoTIFF, PNG, JPEG). Puoi anche trascinare i file qui o sulla finestra principale.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="47"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Aggiungi file…</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="49"/>
        <source>Choose files to import (%1)</source>
        <translation>Scegli i file da importare (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="50"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="52"/>
        <source>Take the selected files off the list (Del)</source>
        <translation>Togli i file selezionati dall&apos;elenco (Canc)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="53"/>
        <source>The selected file is previewed and imported next; the others stay in the list.</source>
        <translation>Il file selezionato viene mostrato in anteprima e importato per primo; gli altri restano nell&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="91"/>
        <source>Supported files (%1)</source>
        <translation>File supportati (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92"/>
        <source>Tables (%1)</source>
        <translation>Tabelle (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92"/>
        <source>Vector layers (%1)</source>
        <translation>Layer vettoriali (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93"/>
        <source>Rasters and photos (%1)</source>
        <translation>Raster e foto (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="150"/>
        <source>Import files</source>
        <translation>Importa file</translation>
    </message>
</context>
<context>
    <name>urbis::FloodModel</name>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="35"/>
        <source>The flood simulation was cancelled.</source>
        <translation>La simulazione dell&apos;alluvione è stata annullata.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="75"/>
        <source>The elevation grid is empty.</source>
        <translation>La griglia delle quote è vuota.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="77"/>
        <source>The grid of %1 × %2 cells is too large.</source>
        <translation>La griglia di %1 × %2 celle è troppo grande.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="80"/>
        <source>The barrier grid (%1 × %2) does not match the elevation grid (%3 × %4).</source>
        <translation>La griglia delle barriere (%1 × %2) non corrisponde alla griglia delle quote (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="86"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>La dimensione della cella deve essere un numero positivo di metri.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="88"/>
        <source>A flood run needs at least one step.</source>
        <translation>Una simulazione di alluvione richiede almeno un passo.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="90"/>
        <source>The step length must be a positive number of seconds.</source>
        <translation>La durata del passo deve essere un numero positivo di secondi.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="92"/>
        <source>Manning&apos;s n must be zero or more.</source>
        <translation>Il coefficiente n di Manning deve essere pari o superiore a zero.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="94"/>
        <source>Inflow and rainfall need times in order and values of zero or more.</source>
        <translation>Afflusso e pioggia richiedono tempi in ordine crescente e valori pari o superiori a zero.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="98"/>
        <source>The inflow cell (%1, %2) is outside the grid.</source>
        <translation>La cella di afflusso (%1, %2) è fuori dalla griglia.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="100"/>
        <source>The inflow cell (%1, %2) is inside a wall.</source>
        <translation>La cella di afflusso (%1, %2) si trova dentro un muro.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="104"/>
        <source>The elevation grid has cells without a value.</source>
        <translation>La griglia delle quote ha celle senza valore.</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintView</name>
    <message>
        <source>(no city)</source>
        <translation type="vanished">(nessuna città)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>No datasets match the search.</source>
        <translation type="vanished">Nessun set di dati corrisponde alla ricerca.</translation>
    </message>
    <message>
        <source>Dataset footprints (longitude / latitude); the map view comes later.</source>
        <translation type="vanished">Estensioni dei set di dati (longitudine / latitudine); la vista mappa arriverà in seguito.</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintsLayer</name>
    <message>
        <location filename="../core/map/footprintslayer.h" line="25"/>
        <source>Dataset footprints</source>
        <translation>Estensioni dei set di dati</translation>
    </message>
</context>
<context>
    <name>urbis::ForecastSeries</name>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="50"/>
        <source>KPI %1: &quot;%2&quot; is not an ISO period (2023, 2023-01, 2023-W05, 2023-01-31)</source>
        <translation>KPI %1: &quot;%2&quot; non è un periodo ISO (2023, 2023-01, 2023-W05, 2023-01-31)</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="54"/>
        <source>KPI %1 mixes %2 and %3 periods</source>
        <translation>Il KPI %1 mescola periodi %2 e %3</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="60"/>
        <source>KPI %1 has period %2 twice</source>
        <translation>Il KPI %1 ha il periodo %2 due volte</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="71"/>
        <source>KPI %1 has no values for the chosen dimensions</source>
        <translation>Il KPI %1 non ha valori per le dimensioni scelte</translation>
    </message>
</context>
<context>
    <name>urbis::Forecaster</name>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="17"/>
        <source>The forecast horizon must be at least 1 period</source>
        <translation>L&apos;orizzonte di previsione deve essere di almeno 1 periodo</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="19"/>
        <source>The confidence level must lie between 0 and 1</source>
        <translation>Il livello di confidenza deve essere compreso tra 0 e 1</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="21"/>
        <source>The season length cannot be negative</source>
        <translation>La lunghezza della stagione non può essere negativa</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="24"/>
        <source>The series has no values to forecast from</source>
        <translation>La serie non ha valori da cui fare una previsione</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="38"/>
        <source>Holt-Winters chosen: the history spans %1 full seasons of %2 periods.</source>
        <translation>Scelto Holt-Winters: lo storico copre %1 stagioni complete di %2 periodi.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="42"/>
        <source>Linear trend chosen: the grain has no season.</source>
        <translation>Scelto il trend lineare: la granularità non ha stagionalità.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="43"/>
        <source>Linear trend chosen: the history is shorter than two seasons of %1 periods.</source>
        <translation>Scelto il trend lineare: lo storico è più corto di due stagioni di %1 periodi.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="45"/>
        <source>Leading or trailing periods without a value were left out; the forecast starts after the last value (%1).</source>
        <translation>I periodi senza valore all&apos;inizio o alla fine sono stati esclusi; la previsione parte dopo l&apos;ultimo valore (%1).</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaCheck</name>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="78"/>
        <source>cannot %1 values in %2 and in %3</source>
        <translation>impossibile %1 valori in %2 e in %3</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="79"/>
        <source>add</source>
        <translation>sommare</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="79"/>
        <source>subtract</source>
        <translation>sottrarre</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="104"/>
        <source>the KPI has no default source</source>
        <translation>il KPI non ha una fonte predefinita</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="105"/>
        <source>no source is called &quot;%1&quot;; sources: %2</source>
        <translation>nessuna fonte si chiama &quot;%1&quot;; fonti: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="115"/>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (intendeva &quot;%1&quot;?)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="116"/>
        <source>unknown field &quot;%1&quot;%2</source>
        <translation>campo sconosciuto &quot;%1&quot;%2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="141"/>
        <source>&quot;%1&quot; is a %2 field: only count() and count_distinct() take it</source>
        <translation>&quot;%1&quot; è un campo %2: solo count() e count_distinct() lo accettano</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="155"/>
        <source>one aggregate reads one source: combine sources with arithmetic between aggregates</source>
        <translation>un aggregato legge una sola fonte: combini le fonti con operazioni aritmetiche tra aggregati</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="197"/>
        <source>the formula is empty</source>
        <translation>la formula è vuota</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="208"/>
        <source>the formula reads no data: use an aggregate such as avg(field)</source>
        <translation>la formula non legge alcun dato: usi un aggregato come avg(field)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="215"/>
        <source>the formula gives values in %1 but the KPI&apos;s unit is %2</source>
        <translation>la formula restituisce valori in %1 ma l&apos;unità del KPI è %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="232"/>
        <source>Mean of the field&apos;s values in the period</source>
        <translation>Media dei valori del campo nel periodo</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="233"/>
        <source>Total of the field&apos;s values</source>
        <translation>Totale dei valori del campo</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="234"/>
        <source>Smallest value</source>
        <translation>Valore minimo</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="235"/>
        <source>Largest value</source>
        <translation>Valore massimo</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="236"/>
        <source>Number of rows; count(field) counts rows where the field has a value</source>
        <translation>Numero di righe; count(field) conta le righe in cui il campo ha un valore</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="237"/>
        <source>Number of different values</source>
        <translation>Numero di valori distinti</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="238"/>
        <source>Middle value</source>
        <translation>Valore mediano</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="239"/>
        <source>Value below which the given percentage of values fall</source>
        <translation>Valore al di sotto del quale ricade la percentuale indicata dei valori</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="240"/>
        <source>The expression&apos;s value in the previous period</source>
        <translation>Il valore dell&apos;espressione nel periodo precedente</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="241"/>
        <source>The expression&apos;s value in the same period a year earlier</source>
        <translation>Il valore dell&apos;espressione nello stesso periodo dell&apos;anno precedente</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="242"/>
        <source>Change in % against the previous period</source>
        <translation>Variazione in % rispetto al periodo precedente</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="243"/>
        <source>Change in % against the same period last year</source>
        <translation>Variazione in % rispetto allo stesso periodo dell&apos;anno precedente</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaEdit</name>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="65"/>
        <source>e.g. sum(recycled) / sum(collected)  —  Ctrl+Space completes</source>
        <translation>ad es. sum(recycled) / sum(collected)  —  Ctrl+Space per completare</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="66"/>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="71"/>
        <source>Formula check</source>
        <translation>Verifica della formula</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="166"/>
        <source>keyword</source>
        <translation>parola chiave</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="300"/>
        <source>Type a formula; Ctrl+Space lists fields and functions.</source>
        <translation>Digiti una formula; Ctrl+Space elenca campi e funzioni.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="301"/>
        <source>Formula OK</source>
        <translation>Formula corretta</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="302"/>
        <source>Formula OK — result unit: %1</source>
        <translation>Formula corretta — unità del risultato: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/formulaedit.cpp" line="307"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n errore</numerusform>
            <numerusform>%n errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/formulaedit.cpp" line="307"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
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
        <translation>&quot;%1&quot; non è un numero</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="81"/>
        <source>text is not closed: a &apos; is missing</source>
        <translation>testo non chiuso: manca un &apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="81"/>
        <source>name is not closed: a &quot; is missing</source>
        <translation>nome non chiuso: manca un &quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="107"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carattere inatteso &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaParser</name>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="66"/>
        <source>unexpected &quot;%1&quot; after the end of the formula</source>
        <translation>&quot;%1&quot; inatteso dopo la fine della formula</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="95"/>
        <source>%1 expected at the end</source>
        <translation>alla fine si attendeva %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="95"/>
        <source>%1 expected, found &quot;%2&quot;</source>
        <translation>si attendeva %1, trovato &quot;%2&quot;</translation>
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
        <translation>&quot;%1&quot; è una funzione: scriva %1(…)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="186"/>
        <source>&quot;%1&quot; must be inside an aggregate such as avg(%1) or sum(%1)</source>
        <translation>&quot;%1&quot; deve trovarsi all&apos;interno di un aggregato come avg(%1) o sum(%1)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="189"/>
        <source>the field &quot;%1&quot; must be inside an aggregate such as avg(…)</source>
        <translation>il campo &quot;%1&quot; deve trovarsi all&apos;interno di un aggregato come avg(…)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="192"/>
        <source>the formula ends too early: a value is missing</source>
        <translation>la formula termina troppo presto: manca un valore</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="195"/>
        <source>a number, an aggregate or &apos;(&apos; expected, found &quot;%1&quot;</source>
        <translation>si attendeva un numero, un aggregato o &apos;(&apos;, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="204"/>
        <source>unknown function &quot;%1&quot;</source>
        <translation>funzione sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="218"/>
        <source>only count(*) takes &apos;*&apos;</source>
        <translation>solo count(*) accetta &apos;*&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="224"/>
        <source>%1() needs a field, e.g. %1(pm10)</source>
        <translation>%1() richiede un campo, ad es. %1(pm10)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="234"/>
        <source>&apos;,&apos; and the percentile (0–100)</source>
        <translation>&apos;,&apos; e il percentile (0–100)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="238"/>
        <source>the percentile must be a number from 0 to 100</source>
        <translation>il percentile deve essere un numero da 0 a 100</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="295"/>
        <source>aggregates cannot be nested: %1(…) inside an aggregate</source>
        <translation>gli aggregati non possono essere annidati: %1(…) all&apos;interno di un aggregato</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="305"/>
        <source>a field name expected at the end</source>
        <translation>alla fine si attendeva un nome di campo</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="305"/>
        <source>a field name expected, found &quot;%1&quot;</source>
        <translation>si attendeva un nome di campo, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="314"/>
        <source>a field name expected after &quot;%1.&quot;</source>
        <translation>si attendeva un nome di campo dopo &quot;%1.&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="365"/>
        <source>&quot;%1&quot; is a field name; text values take single quotes: &apos;%1&apos;</source>
        <translation>&quot;%1&quot; è un nome di campo; i valori di testo vanno tra apici singoli: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="366"/>
        <source>a number or a &apos;text&apos; value expected, found &quot;%1&quot;</source>
        <translation>si attendeva un numero o un valore &apos;testo&apos;, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="387"/>
        <source>&apos;(&apos; and a list of values</source>
        <translation>&apos;(&apos; e un elenco di valori</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="405"/>
        <source>&quot;null&quot; expected after &quot;is&quot;</source>
        <translation>dopo &quot;is&quot; si attendeva &quot;null&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="409"/>
        <source>a comparison (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, is null) expected after &quot;%1&quot;</source>
        <translation>dopo &quot;%1&quot; si attendeva un confronto (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, is null)</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaSql</name>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="14"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="55"/>
        <source>unknown comparison &quot;%1&quot;</source>
        <translation>confronto sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="96"/>
        <source>aggregates and time shifts cannot be used inside a row expression</source>
        <translation>aggregati e spostamenti temporali non possono essere usati in un&apos;espressione di riga</translation>
    </message>
</context>
<context>
    <name>urbis::GpkgWriter</name>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="367"/>
        <source>The GeoPackage %1 exists already</source>
        <translation>Il GeoPackage %1 esiste già</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="374"/>
        <source>This GDAL has no GeoPackage driver</source>
        <translation>Questo GDAL non ha il driver GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="384"/>
        <source>Cannot create the GeoPackage %1</source>
        <translation>Impossibile creare il GeoPackage %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="393"/>
        <source>Unknown coordinate reference system &quot;%1&quot;</source>
        <translation>Sistema di riferimento delle coordinate &quot;%1&quot; sconosciuto</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="413"/>
        <source>Cannot create the layer %1</source>
        <translation>Impossibile creare il layer %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="435"/>
        <source>Cannot create the column &quot;%1&quot;</source>
        <translation>Impossibile creare la colonna &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="442"/>
        <source>Cannot start writing the GeoPackage</source>
        <translation>Impossibile avviare la scrittura del GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="456"/>
        <source>Cannot write row %1 to the GeoPackage</source>
        <translation>Impossibile scrivere la riga %1 nel GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="467"/>
        <source>Cannot save the GeoPackage</source>
        <translation>Impossibile salvare il GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="470"/>
        <source>Building the spatial index</source>
        <translation>Creazione dell&apos;indice spaziale</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="188"/>
        <location filename="../core/ingest/gpkgwriter.cpp" line="210"/>
        <source>Cannot build the spatial index</source>
        <translation>Impossibile creare l&apos;indice spaziale</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="122"/>
        <location filename="../core/ingest/gpkgwriter.cpp" line="142"/>
        <source>Cannot prepare the spatial index</source>
        <translation>Impossibile preparare l&apos;indice spaziale</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="150"/>
        <source>GDAL created the spatial index %1 without triggers</source>
        <translation>GDAL ha creato l&apos;indice spaziale %1 senza trigger</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="481"/>
        <source>Cannot close the GeoPackage</source>
        <translation>Impossibile chiudere il GeoPackage</translation>
    </message>
</context>
<context>
    <name>urbis::GridGeoref</name>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="81"/>
        <source>&quot;%1&quot; is not a coordinate reference system GDAL knows</source>
        <translation>&quot;%1&quot; non è un sistema di riferimento delle coordinate noto a GDAL</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="97"/>
        <source>The CRS &quot;%1&quot; is not in metres: cell sizes are metres, use a metric projection</source>
        <translation>Il SR &quot;%1&quot; non è in metri: le dimensioni delle celle sono in metri, usare una proiezione metrica</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="101"/>
        <source>The CRS &quot;%1&quot; is neither geographic nor projected</source>
        <translation>Il SR &quot;%1&quot; non è né geografico né proiettato</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="106"/>
        <source>The origin %1, %2 cannot be placed in %3</source>
        <translation>L&apos;origine %1, %2 non può essere collocata in %3</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="124"/>
        <source>The grid&apos;s corners cannot be transformed to WGS84</source>
        <translation>Gli angoli della griglia non possono essere trasformati in WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="139"/>
        <source>Grid points cannot be transformed to WGS84</source>
        <translation>I punti della griglia non possono essere trasformati in WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="158"/>
        <source>The grid&apos;s extent cannot be transformed to WGS84</source>
        <translation>L&apos;estensione della griglia non può essere trasformata in WGS84</translation>
    </message>
</context>
<context>
    <name>urbis::GridRasterizer</name>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="27"/>
        <source>%1 is not a vector layer GDAL can read</source>
        <translation>%1 non è un layer vettoriale leggibile da GDAL</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="30"/>
        <source>%1 has no coordinate reference system: it cannot be placed on the grid</source>
        <translation>%1 non ha un sistema di riferimento delle coordinate: non può essere collocato sulla griglia</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="37"/>
        <source>Cannot create a %1 x %2 grid in memory</source>
        <translation>Impossibile creare in memoria una griglia di %1 x %2</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="48"/>
        <source>Cannot draw %1 onto the scenario grid</source>
        <translation>Impossibile disegnare %1 sulla griglia dello scenario</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="52"/>
        <source>Reading the rasterised %1 failed</source>
        <translation>Lettura di %1 rasterizzato non riuscita</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/geo/gridrasterizer.cpp" line="56"/>
        <source>No feature of %1 (%n feature(s)) crosses the scenario grid</source>
        <translation>
            <numerusform>Nessun elemento di %1 (%n elemento) interseca la griglia dello scenario</numerusform>
            <numerusform>Nessun elemento di %1 (%n elementi) interseca la griglia dello scenario</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::GridSpec</name>
    <message>
        <location filename="../core/sim/gridspec.cpp" line="43"/>
        <source>[longitude, latitude] of the north-west corner in degrees (latitude -80 to 84)</source>
        <translation>[longitudine, latitudine] dell&apos;angolo nord-ovest in gradi (latitudine da -80 a 84)</translation>
    </message>
    <message>
        <location filename="../core/sim/gridspec.cpp" line="48"/>
        <source>a CRS such as &quot;EPSG:4326&quot; or &quot;EPSG:32634&quot;</source>
        <translation>un SR come &quot;EPSG:4326&quot; o &quot;EPSG:32634&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::GridTiffWriter</name>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="65"/>
        <source>A GeoTIFF needs at least one band and one cell</source>
        <translation>Un GeoTIFF richiede almeno una banda e una cella</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="84"/>
        <source>Cannot create %1</source>
        <translation>Impossibile creare %1</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="92"/>
        <source>Cannot georeference %1</source>
        <translation>Impossibile georeferenziare %1</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="119"/>
        <source>The GeoTIFF writer is closed</source>
        <translation>Il writer GeoTIFF è chiuso</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="121"/>
        <source>%1 has no band %2 of that type</source>
        <translation>%1 non ha una banda %2 di quel tipo</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="131"/>
        <source>Cannot write band %1 of %2</source>
        <translation>Impossibile scrivere la banda %1 di %2</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="152"/>
        <source>Cannot finish %1</source>
        <translation>Impossibile completare %1</translation>
    </message>
</context>
<context>
    <name>urbis::GridWarp</name>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="57"/>
        <source>%1 is not a raster GDAL can read</source>
        <translation>%1 non è un raster leggibile da GDAL</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="60"/>
        <source>%1 is not georeferenced: it cannot be placed on the grid</source>
        <translation>%1 non è georeferenziato: non può essere collocato sulla griglia</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="63"/>
        <source>Cannot create a %1 x %2 grid in memory</source>
        <translation>Impossibile creare in memoria una griglia di %1 x %2</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="68"/>
        <source>%1 has no raster band</source>
        <translation>%1 non ha bande raster</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="73"/>
        <location filename="../core/geo/gridwarp.cpp" line="92"/>
        <source>Reading %1 failed</source>
        <translation>Lettura di %1 non riuscita</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="85"/>
        <source>Cannot resample %1 onto the scenario grid</source>
        <translation>Impossibile ricampionare %1 sulla griglia dello scenario</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="96"/>
        <source>%1 does not overlap the scenario grid</source>
        <translation>%1 non si sovrappone alla griglia dello scenario</translation>
    </message>
</context>
<context>
    <name>urbis::HoltWinters</name>
    <message>
        <location filename="../core/sim/holtwinters.cpp" line="167"/>
        <source>Holt-Winters needs a season of at least 2 periods</source>
        <translation>Holt-Winters richiede una stagione di almeno 2 periodi</translation>
    </message>
    <message>
        <location filename="../core/sim/holtwinters.cpp" line="172"/>
        <source>Holt-Winters needs at least %1 full seasons (%2 periods); the series has %3</source>
        <translation>Holt-Winters richiede almeno %1 stagioni complete (%2 periodi); la serie ne ha %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/holtwinters.cpp" line="216"/>
        <source>%n missing period(s) were interpolated linearly for Holt-Winters.</source>
        <translation>
            <numerusform>%n periodo mancante è stato interpolato linearmente per Holt-Winters.</numerusform>
            <numerusform>%n periodi mancanti sono stati interpolati linearmente per Holt-Winters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ImpactAnalysis</name>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="57"/>
        <source>The hazard grid is empty or too large</source>
        <translation>La griglia di pericolosità è vuota o troppo grande</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="75"/>
        <source>The population layer %1 needs a population field</source>
        <translation>Il layer della popolazione %1 richiede un campo popolazione</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="89"/>
        <source>(no value)</source>
        <translation>(nessun valore)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/impactanalysis.cpp" line="139"/>
        <source>%1: %n feature(s) without a usable geometry were skipped.</source>
        <translation>
            <numerusform>%1: %n elemento senza una geometria utilizzabile è stato ignorato.</numerusform>
            <numerusform>%1: %n elementi senza una geometria utilizzabile sono stati ignorati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/impactanalysis.cpp" line="143"/>
        <source>%1: %n district(s) without a population or an area were skipped.</source>
        <translation>
            <numerusform>%1: %n distretto senza popolazione o superficie è stato ignorato.</numerusform>
            <numerusform>%1: %n distretti senza popolazione o superficie sono stati ignorati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="179"/>
        <source>The arrival grid is %1 x %2 cells; the analysis expects %3 x %4</source>
        <translation>La griglia dei tempi di arrivo è di %1 x %2 celle; l&apos;analisi si aspetta %3 x %4</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="185"/>
        <source>At least one step is needed</source>
        <translation>È necessario almeno un passo</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="214"/>
        <source>The hazard frame is %1 x %2 cells; the analysis expects %3 x %4</source>
        <translation>Il fotogramma di pericolosità è di %1 x %2 celle; l&apos;analisi si aspetta %3 x %4</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="234"/>
        <source>The depth threshold must be above 0 m</source>
        <translation>La soglia di profondità deve essere superiore a 0 m</translation>
    </message>
</context>
<context>
    <name>urbis::ImpactLayerReader</name>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="116"/>
        <source>The hazard grid has no CRS</source>
        <translation>La griglia di pericolosità non ha un SR</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="119"/>
        <location filename="../core/geo/impactlayerreader.cpp" line="166"/>
        <source>Unknown CRS &quot;%1&quot;</source>
        <translation>SR sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="123"/>
        <source>A geocentric CRS cannot hold a hazard grid</source>
        <translation>Un SR geocentrico non può contenere una griglia di pericolosità</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="145"/>
        <source>Cannot open %1 as a vector source</source>
        <translation>Impossibile aprire %1 come sorgente vettoriale</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="152"/>
        <source>%1 has no layer %2</source>
        <translation>%1 non ha il layer %2</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="159"/>
        <source>Layer %1 of %2 has no field %3</source>
        <translation>Il layer %1 di %2 non ha il campo %3</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="179"/>
        <source>Cannot transform %1 to the hazard grid&apos;s CRS</source>
        <translation>Impossibile trasformare %1 nel SR della griglia di pericolosità</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="212"/>
        <source>Impact analysis cancelled</source>
        <translation>Analisi di impatto annullata</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="247"/>
        <source>Reading %1 failed</source>
        <translation>Lettura di %1 non riuscita</translation>
    </message>
</context>
<context>
    <name>urbis::ImpactMeasure</name>
    <message>
        <location filename="../core/sim/impactmeasure.cpp" line="13"/>
        <source>The hazard grid&apos;s geotransform cannot be inverted</source>
        <translation>La geotrasformazione della griglia di pericolosità non può essere invertita</translation>
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
        <translation>uso: urbis import FILE... [--title T] [--city C] [--domain D] [--schema SCHEMA.json] [--allow-invalid]
                  [--description T] [--license L] [--source S] [--layer NAME] [--new-version] [--allow-duplicate]
Valida, normalizza (GeoPackage o GeoTIFF tassellato) e archivia ogni file con il suo originale e il suo
rapporto di validazione; stampa gli id dei nuovi set di dati. I dati con errori vengono rifiutati, salvo con --allow-invalid.
Un file già importato (stessi byte) non viene archiviato due volte; --new-version aggiunge il file come versione
successiva del set di dati più recente con lo stesso titolo.
codici di uscita: 0 importato (o già presente), 1 rifiutato (dati non validi), 2 errore di utilizzo o input illeggibile, 3 errore di I/O</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="50"/>
        <source>import needs at least one file</source>
        <translation>import richiede almeno un file</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="61"/>
        <source>Unknown domain &quot;%1&quot;; one of: %2</source>
        <translation>Dominio &quot;%1&quot; sconosciuto; valori ammessi: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="79"/>
        <source>Cannot read %1: no such file</source>
        <translation>Impossibile leggere %1: file inesistente</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="102"/>
        <source>Importing %1</source>
        <translation>Importazione di %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="152"/>
        <source>%1: already imported as %2 (&quot;%3&quot;, same sha256); nothing stored</source>
        <translation>%1: già importato come %2 (&quot;%3&quot;, stesso sha256); nulla archiviato</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="160"/>
        <source>, row %1</source>
        <translation>, riga %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="162"/>
        <source>, column %1</source>
        <translation>, colonna %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="166"/>
        <source>... and %1 more errors (urbis validate %2 --json lists all)</source>
        <translation>... e altri %1 errori (urbis validate %2 --json li elenca tutti)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="167"/>
        <source>%1: not imported: %2 errors. Fix the file, or use --allow-invalid to store it with its report.</source>
        <translation>%1: non importato: %2 errori. Correggere il file o usare --allow-invalid per archiviarlo con il suo rapporto.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="173"/>
        <source>%1: imported as &quot;%2&quot; (%3 rows, %4 fields, %5)</source>
        <translation>%1: importato come &quot;%2&quot; (%3 righe, %4 campi, %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="178"/>
        <source>  column types were inferred from a sample of the rows</source>
        <translation>  i tipi di colonna sono stati dedotti da un campione delle righe</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="180"/>
        <source>  %1 findings kept in the validation report (urbis catalog show %2)</source>
        <translation>  %1 segnalazioni conservate nel rapporto di validazione (urbis catalog show %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="182"/>
        <source>  note: dataset %1 has the same title; use --new-version to add files as its next version</source>
        <translation>  nota: il set di dati %1 ha lo stesso titolo; usare --new-version per aggiungere i file come sua versione successiva</translation>
    </message>
</context>
<context>
    <name>urbis::ImportJob</name>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="80"/>
        <source>Cannot read %1: no such file</source>
        <translation>Impossibile leggere %1: file inesistente</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="82"/>
        <source>Copying %1</source>
        <translation>Copia di %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="109"/>
        <source>Cannot create the work folder %1</source>
        <translation>Impossibile creare la cartella di lavoro %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="112"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Impossibile creare una cartella di lavoro in %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="140"/>
        <source>Detecting column types</source>
        <translation>Rilevamento dei tipi di colonna</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="144"/>
        <location filename="../core/ingest/importjob.cpp" line="166"/>
        <location filename="../core/ingest/importjob.cpp" line="226"/>
        <source>Import cancelled</source>
        <translation>Importazione annullata</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="156"/>
        <source>Validating and converting</source>
        <translation>Validazione e conversione</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="178"/>
        <source>Building the spatial index</source>
        <translation>Creazione dell&apos;indice spaziale</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="208"/>
        <source>The raster is not georeferenced: it cannot be placed on the map</source>
        <translation>Il raster non è georeferenziato: non può essere posizionato sulla mappa</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="213"/>
        <source>Converting to tiled GeoTIFF</source>
        <translation>Conversione in GeoTIFF tassellato</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="228"/>
        <source>Storing</source>
        <translation>Archiviazione</translation>
    </message>
</context>
<context>
    <name>urbis::ImportPage</name>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="24"/>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="25"/>
        <source>The file is converted, stored with its original and its validation report, and added to the catalog.</source>
        <translation>Il file viene convertito, archiviato con il suo originale e il suo rapporto di validazione e aggiunto al catalogo.</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="33"/>
        <source>Import the &amp;next file</source>
        <translation>Importa il file &amp;successivo</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="90"/>
        <source>Importing %1</source>
        <translation>Importazione di %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="123"/>
        <source>&lt;p&gt;&lt;b&gt;%1 was not imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Go back to change the settings and try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 non è stato importato.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Torna indietro per modificare le impostazioni e riprova.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="131"/>
        <source>&lt;p style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 is in the catalog as &lt;b&gt;%2&lt;/b&gt;: %3 rows, %4 fields, %5.&lt;/p&gt;&lt;p&gt;Dataset id: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Importato&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 è nel catalogo come &lt;b&gt;%2&lt;/b&gt;: %3 righe, %4 campi, %5.&lt;/p&gt;&lt;p&gt;Id del set di dati: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="138"/>
        <source>&lt;p&gt;It is the new version of dataset &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;È la nuova versione del set di dati &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="140"/>
        <source>&lt;p&gt;%n finding(s) are kept in its validation report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n segnalazione è conservata nel suo rapporto di validazione.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n segnalazioni sono conservate nel suo rapporto di validazione.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="142"/>
        <source>&lt;p&gt;Note: dataset &lt;tt&gt;%1&lt;/tt&gt; has the same title. Next time, tick &quot;Add as a new version&quot; on the report page to chain them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nota: il set di dati &lt;tt&gt;%1&lt;/tt&gt; ha lo stesso titolo. La prossima volta, seleziona &quot;Aggiungi come nuova versione&quot; nella pagina del rapporto per concatenarli.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="146"/>
        <source>&lt;p style=&apos;color:#b26a00; font-size:large&apos;&gt;&lt;b&gt;Already in the catalog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The same file (same bytes) was imported before as &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Nothing was stored.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b26a00; font-size:large&apos;&gt;&lt;b&gt;Già nel catalogo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Lo stesso file (stessi byte) è già stato importato come &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Non è stato archiviato nulla.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="151"/>
        <source>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Not imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 has %n error(s). Go back to the report, fix the schema, or tick &quot;Import even with errors&quot; to store it with its report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Non importato&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 ha %n errore. Torna al rapporto, correggi lo schema o seleziona &quot;Importa anche con errori&quot; per archiviarlo con il suo rapporto.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Non importato&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 ha %n errori. Torna al rapporto, correggi lo schema o seleziona &quot;Importa anche con errori&quot; per archiviarlo con il suo rapporto.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="160"/>
        <source>&lt;p&gt;%n more file(s) waiting in the list.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n altro file in attesa nell&apos;elenco.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Altri %n file in attesa nell&apos;elenco.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ImportPreview</name>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="16"/>
        <source>Reading %1</source>
        <translation>Lettura di %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="42"/>
        <source>Reading the preview was cancelled</source>
        <translation>La lettura dell&apos;anteprima è stata annullata</translation>
    </message>
</context>
<context>
    <name>urbis::ImportWizard</name>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="23"/>
        <source>Import data</source>
        <translation>Importa dati</translation>
    </message>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="27"/>
        <location filename="../widgets/import/importwizard.cpp" line="39"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
</context>
<context>
    <name>urbis::IngestPass</name>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="86"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="91"/>
        <source>Reading stopped at row %1: %2</source>
        <translation>Lettura interrotta alla riga %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="108"/>
        <source>The source is empty</source>
        <translation>La sorgente è vuota</translation>
    </message>
</context>
<context>
    <name>urbis::JsonSource</name>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="132"/>
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="148"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="183"/>
        <source>Row %1 is longer than %2 bytes</source>
        <translation>La riga %1 supera i %2 byte</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="192"/>
        <source>the JSON text ends inside a value (truncated file?)</source>
        <translation>il testo JSON termina all&apos;interno di un valore (file troncato?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="239"/>
        <source>the JSON text ends too early</source>
        <translation>il testo JSON termina troppo presto</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="273"/>
        <location filename="../core/ingest/jsonsource.cpp" line="281"/>
        <source>invalid JSON</source>
        <translation>JSON non valido</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="299"/>
        <source>%1 is GeoJSON; it is read as vector data</source>
        <translation>%1 è GeoJSON; viene letto come dati vettoriali</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="314"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="331"/>
        <source>%1 is not UTF-8 text (JSON must be UTF-8)</source>
        <translation>%1 non è testo UTF-8 (il JSON deve essere UTF-8)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="337"/>
        <source>%1 holds no JSON</source>
        <translation>%1 non contiene JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="350"/>
        <source>%1 is not a JSON array or object</source>
        <translation>%1 non è né un array né un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="375"/>
        <source>the file holds a second array of objects (&quot;%1&quot; after &quot;%2&quot;)</source>
        <translation>il file contiene un secondo array di oggetti (&quot;%1&quot; dopo &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="382"/>
        <source>unexpected data after the end of the JSON text</source>
        <translation>dati inattesi dopo la fine del testo JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="394"/>
        <source>the JSON array is never closed (truncated file?)</source>
        <translation>l&apos;array JSON non viene mai chiuso (file troncato?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="405"/>
        <source>invalid JSON: expected &apos;,&apos; or &apos;]&apos; between records</source>
        <translation>JSON non valido: atteso &apos;,&apos; o &apos;]&apos; tra i record</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="412"/>
        <source>the record is not a JSON object</source>
        <translation>il record non è un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="430"/>
        <source>Row %1 is not valid UTF-8 text</source>
        <translation>La riga %1 non è testo UTF-8 valido</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="432"/>
        <source>Row %1: invalid JSON: %2</source>
        <translation>Riga %1: JSON non valido: %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiCategory</name>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="19"/>
        <source>SC1 – Solid waste</source>
        <translation>SC1 – Rifiuti solidi</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="20"/>
        <source>SC2 – Water</source>
        <translation>SC2 – Acqua</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="21"/>
        <source>SC3 – Energy</source>
        <translation>SC3 – Energia</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="22"/>
        <source>SC4 – Soil</source>
        <translation>SC4 – Suolo</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="23"/>
        <source>SC5 – Air</source>
        <translation>SC5 – Aria</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="24"/>
        <source>EC1 – Carbon sequestration and storage</source>
        <translation>EC1 – Sequestro e stoccaggio del carbonio</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="25"/>
        <source>EC2 – Air purification</source>
        <translation>EC2 – Depurazione dell&apos;aria</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="26"/>
        <source>EC3 – Habitat quality</source>
        <translation>EC3 – Qualità degli habitat</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="27"/>
        <source>EC4 – Cooling capacity</source>
        <translation>EC4 – Capacità di raffrescamento</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="28"/>
        <source>EC5 – Water regulation (urban flood risk mitigation)</source>
        <translation>EC5 – Regolazione delle acque (mitigazione del rischio di alluvioni urbane)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="29"/>
        <source>Action assessment</source>
        <translation>Valutazione delle azioni</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="30"/>
        <source>Governance</source>
        <translation>Governance</translation>
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
        <translation type="vanished">uso: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  calcola i KPI di FILE ({&quot;kpis&quot;: [...]} o una dashboard salvata) sui set di dati dello spazio di lavoro
  --city C    solo i set di dati di questa città (ripetibile per più città)
  --from T    primo periodo, ISO: 2023, 2023-01, 2023-01-31 o una data e ora
  --to T      ultimo periodo, stessi formati
  --grain G   sostituisce la granularità di ciascun KPI
  --ngsi-ld   stampa i valori come entità NGSI-LD KeyPerformanceIndicator (array JSON)
  formule: vedere docs/kpi-formulas.md</translation>
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
        <translation type="vanished">uso: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  calcola i KPI di FILE ({&quot;kpis&quot;: [...]} o una dashboard salvata) sui set di dati dello spazio di lavoro
  --city C    solo i set di dati di questa città (ripetibile per più città)
  --from T    primo periodo, ISO: 2023, 2023-01, 2023-01-31 o una data e ora
  --to T      ultimo periodo, stessi formati
  --grain G   sostituisce la granularità di ciascun KPI
  --ngsi-ld   stampa i valori come entità NGSI-LD KeyPerformanceIndicator (array JSON)
  --forecast N  prevede anche N periodi dopo l&apos;ultimo valore di ciascuna serie, con intervalli di previsione
              al 95% (Holt-Winters con uno storico di due stagioni complete, altrimenti un trend lineare)
  formule: vedere docs/kpi-formulas.md</translation>
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
        <translation>uso: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  calcola i KPI di FILE ({&quot;kpis&quot;: [...]} o una dashboard salvata) sui set di dati dello spazio di lavoro
  --city C    solo i set di dati di questa città (ripetibile per più città)
  --from T    primo periodo, ISO: 2023, 2023-01, 2023-01-31 o una data e ora
  --to T      ultimo periodo, stessi formati
  --grain G   sostituisce la granularità di ciascun KPI
  --ngsi-ld   stampa i valori come entità NGSI-LD KeyPerformanceIndicator (array JSON)
  --forecast N  prevede anche N periodi dopo l&apos;ultimo valore di ciascuna serie, con intervalli di previsione
              al 95% (Holt-Winters con uno storico di due stagioni complete, altrimenti un trend lineare)
  --what-if DRIVER:CHANGE:FROM[:UNTIL]  varia il KPI DRIVER di FILE (del -20% o di una quantità nella sua
              unità) dalla data FROM e mostra come risponde ciascuno degli altri KPI (stima sullo storico)
  formule: vedere docs/kpi-formulas.md</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="63"/>
        <source>kpi needs &quot;eval&quot; and one FILE.json</source>
        <translation>kpi richiede &quot;eval&quot; e un FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="66"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="70"/>
        <source>%1 is not a JSON object: %2 at byte %3</source>
        <translation>%1 non è un oggetto JSON: %2 al byte %3</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="74"/>
        <source>%1 has no &quot;kpis&quot; array</source>
        <translation>%1 non ha un array &quot;kpis&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="101"/>
        <source>--grain must be day, week, month or year</source>
        <translation>--grain deve essere day, week, month o year</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="109"/>
        <source>--forecast needs a number of periods from 1 to 1000</source>
        <translation>--forecast richiede un numero di periodi da 1 a 1000</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="118"/>
        <source>--what-if names the driver &quot;%1&quot;, which is not a KPI of %2</source>
        <translation>--what-if indica il fattore &quot;%1&quot;, che non è un KPI di %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/kpicommand.cpp" line="128"/>
        <source>Evaluating %n KPI(s)</source>
        <translation>
            <numerusform>Calcolo di %n KPI</numerusform>
            <numerusform>Calcolo di %n KPI</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="176"/>
        <source>no unit</source>
        <translation>nessuna unità</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="178"/>
        <source>no values for these filters</source>
        <translation>nessun valore per questi filtri</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="189"/>
        <source>no forecast for %1: %2</source>
        <translation>nessuna previsione per %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="192"/>
        <source>forecast (%1, %2 % interval):</source>
        <translation>previsione (%1, intervallo al %2%):</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="201"/>
        <source>no what-if for %1: %2</source>
        <translation>nessuna simulazione per %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="205"/>
        <source>what-if %1 %2 from %3: %4 in total [%5 – %6] (%7 per unit of %1, r² %8)</source>
        <translation>simulazione %1 %2 da %3: %4 in totale [%5 – %6] (%7 per unità di %1, r² %8)</translation>
    </message>
</context>
<context>
    <name>urbis::KpiDefinition</name>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="99"/>
        <source>KPI &quot;%1&quot;: every entry of &quot;sources&quot; must be an object</source>
        <translation>KPI &quot;%1&quot;: ogni voce di &quot;sources&quot; deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="105"/>
        <source>KPI &quot;%1&quot;: grain must be day, week, month or year, not &quot;%2&quot;</source>
        <translation>KPI &quot;%1&quot;: grain deve essere day, week, month o year, non &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="123"/>
        <source>KPI &quot;%1&quot;: direction must be &quot;lower&quot; or &quot;higher&quot;, not &quot;%2&quot;</source>
        <translation>KPI &quot;%1&quot;: direction deve essere &quot;lower&quot; o &quot;higher&quot;, non &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="127"/>
        <source>KPI &quot;%1&quot;: thresholds must be numbers</source>
        <translation>KPI &quot;%1&quot;: le soglie devono essere numeri</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="133"/>
        <source>KPI &quot;%1&quot;: divisionByZero must be &quot;null&quot; or &quot;error&quot;</source>
        <translation>KPI &quot;%1&quot;: divisionByZero deve essere &quot;null&quot; o &quot;error&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="145"/>
        <source>KPI id &quot;%1&quot; may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>L&apos;id KPI &quot;%1&quot; può contenere solo lettere, cifre, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="147"/>
        <source>KPI &quot;%1&quot; has no formula</source>
        <translation>Il KPI &quot;%1&quot; non ha una formula</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="149"/>
        <source>KPI &quot;%1&quot; names no dataset: give &quot;dataset&quot; or &quot;sources&quot;</source>
        <translation>Il KPI &quot;%1&quot; non indica alcun set di dati: specifichi &quot;dataset&quot; o &quot;sources&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="154"/>
        <source>KPI &quot;%1&quot;: source %2 names neither datasets nor a domain</source>
        <translation>KPI &quot;%1&quot;: la fonte %2 non indica né set di dati né un dominio</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="156"/>
        <source>KPI &quot;%1&quot;: source %2 needs an alias of lower-case letters, digits and &apos;_&apos;</source>
        <translation>KPI &quot;%1&quot;: la fonte %2 richiede un alias composto da lettere minuscole, cifre e &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="158"/>
        <source>KPI &quot;%1&quot;: the alias &quot;%2&quot; is used twice</source>
        <translation>KPI &quot;%1&quot;: l&apos;alias &quot;%2&quot; è usato due volte</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="163"/>
        <source>KPI &quot;%1&quot;: thresholds must be in ascending order</source>
        <translation>KPI &quot;%1&quot;: le soglie devono essere in ordine crescente</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="165"/>
        <source>KPI &quot;%1&quot;: unknown category &quot;%2&quot; (expected one of %3)</source>
        <translation>KPI &quot;%1&quot;: categoria sconosciuta &quot;%2&quot; (valori ammessi: %3)</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEditor</name>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="66"/>
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="100"/>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="103"/>
        <source>letters, digits, . _ - e.g. pm10-monthly</source>
        <translation>lettere, cifre, . _ - ad es. pm10-monthly</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="109"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="113"/>
        <source>(not classified)</source>
        <translation>(non classificato)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="117"/>
        <source>e.g. µg/m3, kWh, %</source>
        <translation>ad es. µg/m3, kWh, %</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="120"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="121"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="122"/>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="123"/>
        <source>Do&amp;main:</source>
        <translation>Do&amp;minio:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="124"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="125"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="139"/>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="143"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="144"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="145"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="146"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="151"/>
        <source>Fields of the default source to group by; drag to reorder.</source>
        <translation>Campi della fonte predefinita per cui raggruppare; trascini per riordinarli.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="153"/>
        <source>Filter fields…</source>
        <translation>Filtra campi…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="164"/>
        <source>Sources:</source>
        <translation>Fonti:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="166"/>
        <source>&amp;Formula:</source>
        <translation>&amp;Formula:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="167"/>
        <source>&amp;Grain:</source>
        <translation>&amp;Granularità:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="171"/>
        <source>Dimensions:</source>
        <translation>Dimensioni:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="208"/>
        <location filename="../widgets/kpi/kpieditor.cpp" line="288"/>
        <source>Reading the sources&apos; fields…</source>
        <translation>Lettura dei campi delle fonti…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="255"/>
        <source>Another KPI of this dashboard already has the id “%1”.</source>
        <translation>Un altro KPI di questa dashboard ha già l&apos;id “%1”.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="258"/>
        <source>Formula: %1</source>
        <translation>Formula: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="270"/>
        <source>Sources: %1</source>
        <translation>Fonti: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="290"/>
        <source>The preview runs once the definition is valid.</source>
        <translation>L&apos;anteprima viene eseguita quando la definizione è valida.</translation>
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
        <translation>Mantieni questa definizione (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditordialog.cpp" line="39"/>
        <source>New KPI</source>
        <translation>Nuovo KPI</translation>
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
        <translation type="vanished">Nessun set di dati ha l&apos;id o il titolo esatto &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="66"/>
        <source>KPI &quot;%1&quot;: %2 (at character %3 of the formula)</source>
        <translation>KPI &quot;%1&quot;: %2 (al carattere %3 della formula)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="76"/>
        <source>KPI &quot;%1&quot;: no dataset matches its source &quot;%2&quot; (domain %3, fields %4)</source>
        <translation>KPI &quot;%1&quot;: nessun set di dati corrisponde alla sua fonte &quot;%2&quot; (dominio %3, campi %4)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="77"/>
        <source>default</source>
        <translation>predefinita</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="104"/>
        <source>The data of &quot;%1&quot; is not on this computer: download it first</source>
        <translation>I dati di &quot;%1&quot; non sono su questo computer: li scarichi prima</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="106"/>
        <location filename="../core/kpi/kpiengine.cpp" line="148"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="150"/>
        <source>Evaluating %1</source>
        <translation>Calcolo di %1</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEvaluationTask</name>
    <message numerus="yes">
        <location filename="../core/kpi/kpievaluationtask.cpp" line="13"/>
        <source>Evaluating %n KPI(s)</source>
        <translation>
            <numerusform>Calcolo di %n KPI</numerusform>
            <numerusform>Calcolo di %n KPI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiEvaluator</name>
    <message>
        <location filename="../core/kpi/kpievaluator.cpp" line="24"/>
        <source>KPI &quot;%1&quot;: division by zero in period %2</source>
        <translation>KPI &quot;%1&quot;: divisione per zero nel periodo %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiFiware</name>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="56"/>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="65"/>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="72"/>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="78"/>
        <source>attribute &quot;%1&quot; must be %2</source>
        <translation>l&apos;attributo &quot;%1&quot; deve essere %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="210"/>
        <source>NGSI-LD entity &quot;%1&quot;: %2</source>
        <translation>Entità NGSI-LD &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="215"/>
        <source>type must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>il tipo deve essere &quot;%1&quot;, non &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="217"/>
        <source>the id must start with &quot;%1&quot;</source>
        <translation>l&apos;id deve iniziare con &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="228"/>
        <source>a list of text</source>
        <translation>un elenco di testi</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="238"/>
        <source>day, week, month or year</source>
        <translation>day, week, month o year</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="243"/>
        <source>a list of field names</source>
        <translation>un elenco di nomi di campo</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="248"/>
        <source>a list of numbers</source>
        <translation>un elenco di numeri</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="255"/>
        <source>an ISO date</source>
        <translation>una data ISO</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="261"/>
        <source>&quot;lower&quot; or &quot;higher&quot;</source>
        <translation>&quot;lower&quot; o &quot;higher&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="266"/>
        <source>a list of source objects</source>
        <translation>un elenco di oggetti fonte</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="272"/>
        <source>&quot;null&quot; or &quot;error&quot;</source>
        <translation>&quot;null&quot; o &quot;error&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="282"/>
        <source>an ISO date and time</source>
        <translation>una data e ora ISO</translation>
    </message>
</context>
<context>
    <name>urbis::KpiHistogramPanel</name>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="45"/>
        <source>Periods</source>
        <translation>Periodi</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="65"/>
        <source>Count</source>
        <translation>Conteggio</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="81"/>
        <source>Range: %1 %2</source>
        <translation>Intervallo: %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="83"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valore</numerusform>
            <numerusform>%n valori</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiMapData</name>
    <message>
        <source>No dataset is called &quot;%1&quot;.</source>
        <translation type="vanished">Nessun set di dati si chiama &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="41"/>
        <source>The map data has no field &quot;%1&quot;.</source>
        <translation>I dati della mappa non hanno il campo &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="150"/>
        <source>The map panel needs a dataset and a field to match the KPI&apos;s dimension values.</source>
        <translation>Il pannello mappa richiede un set di dati e un campo che corrisponda ai valori di dimensione del KPI.</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="165"/>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
</context>
<context>
    <name>urbis::KpiMapPanel</name>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="82"/>
        <source>Loading the map…</source>
        <translation>Caricamento della mappa…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="85"/>
        <source>The map dataset has no shapes.</source>
        <translation>Il set di dati della mappa non ha geometrie.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="200"/>
        <source>No value</source>
        <translation>Nessun valore</translation>
    </message>
</context>
<context>
    <name>urbis::KpiNgsiLd</name>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="89"/>
        <source>kpiValue instance %1 is not an object</source>
        <translation>L&apos;istanza kpiValue %1 non è un oggetto</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="91"/>
        <source>kpiValue instance %1: %2</source>
        <translation>Istanza kpiValue %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="100"/>
        <source>kpiValue must be a list of Property instances</source>
        <translation>kpiValue deve essere un elenco di istanze Property</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="110"/>
        <source>kpiValue entry %1 must be [value, observedAt]</source>
        <translation>La voce kpiValue %1 deve essere [value, observedAt]</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="114"/>
        <source>kpiValue entry %1: %2</source>
        <translation>Voce kpiValue %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="127"/>
        <source>the value must be a number or &quot;%1&quot;</source>
        <translation>il valore deve essere un numero o &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="132"/>
        <source>&quot;%1&quot; is not an ISO period (2023, 2023-01, 2023-W05, 2023-01-31)</source>
        <translation>&quot;%1&quot; non è un periodo ISO (2023, 2023-01, 2023-W05, 2023-01-31)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="136"/>
        <source>neither urbis:period nor a valid observedAt</source>
        <translation>né urbis:period né un observedAt valido</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="142"/>
        <source>urbis:status must be good, warn or bad</source>
        <translation>urbis:status deve essere good, warn o bad</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="233"/>
        <source>Expected an NGSI-LD entity or a list of entities</source>
        <translation>Era attesa un&apos;entità NGSI-LD o un elenco di entità</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="235"/>
        <source>The NGSI-LD document holds no entities</source>
        <translation>Il documento NGSI-LD non contiene entità</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="241"/>
        <source>Entity %1 is not a JSON object</source>
        <translation>L&apos;entità %1 non è un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="256"/>
        <source>Entity &quot;%1&quot; belongs to the KPI &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>L&apos;entità &quot;%1&quot; appartiene al KPI &quot;%2&quot;, non a &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="260"/>
        <source>NGSI-LD entity &quot;%1&quot;: urbis:dimensionValues must be an object</source>
        <translation>Entità NGSI-LD &quot;%1&quot;: urbis:dimensionValues deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="265"/>
        <source>NGSI-LD entity &quot;%1&quot;: the value of dimension &quot;%2&quot; must be text</source>
        <translation>Entità NGSI-LD &quot;%1&quot;: il valore della dimensione &quot;%2&quot; deve essere testo</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="273"/>
        <source>NGSI-LD entity &quot;%1&quot;: %2</source>
        <translation>Entità NGSI-LD &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPanelStyle</name>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="26"/>
        <source>Good</source>
        <translation>Buono</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="28"/>
        <source>Warning</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="30"/>
        <source>Bad</source>
        <translation>Critico</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="31"/>
        <source>No status</source>
        <translation>Nessuno stato</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="77"/>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="86"/>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="89"/>
        <source>Value: %1</source>
        <translation>Valore: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="89"/>
        <source>No value</source>
        <translation>Nessun valore</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="98"/>
        <source>No data for these filters</source>
        <translation>Nessun dato per questi filtri</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPanelWidget</name>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="87"/>
        <source>Panel</source>
        <translation>Pannello</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="131"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="146"/>
        <source>Not shown: %1</source>
        <translation>Non visualizzati: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="192"/>
        <source>Export panel as PNG…</source>
        <translation>Esporta pannello come PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="193"/>
        <source>Export panel as SVG…</source>
        <translation>Esporta pannello come SVG…</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPiePanel</name>
    <message>
        <location filename="../widgets/kpi/kpipiepanel.cpp" line="58"/>
        <source>Share: %1 %</source>
        <translation>Quota: %1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipiepanel.cpp" line="76"/>
        <source>(%n value(s) without a slice)</source>
        <translation>
            <numerusform>(%n valore senza settore)</numerusform>
            <numerusform>(%n valori senza settore)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiPlan</name>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="68"/>
        <source>%1 (at character %2)</source>
        <translation>%1 (al carattere %2)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="73"/>
        <source>the dimension &quot;%1&quot; is not a field of the source&apos;s data</source>
        <translation>la dimensione &quot;%1&quot; non è un campo dei dati della fonte</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="76"/>
        <source>KPI &quot;%1&quot;: %2</source>
        <translation>KPI &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="97"/>
        <source>KPI &quot;%1&quot;: the time field &quot;%2&quot; is not in &quot;%3&quot;</source>
        <translation>KPI &quot;%1&quot;: il campo temporale &quot;%2&quot; non è presente in &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="137"/>
        <source>The data of &quot;%1&quot; is not on this computer: download it first</source>
        <translation>I dati di &quot;%1&quot; non sono su questo computer: li scarichi prima</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="140"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="149"/>
        <source>&quot;%1&quot; has no column &quot;%2&quot; in its data</source>
        <translation>&quot;%1&quot; non ha la colonna &quot;%2&quot; nei suoi dati</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="152"/>
        <source>KPI &quot;%1&quot;: &quot;%2&quot; lacks a dimension field (%3)</source>
        <translation>KPI &quot;%1&quot;: a &quot;%2&quot; manca un campo di dimensione (%3)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="156"/>
        <source>KPI &quot;%1&quot;: the datasets of one source differ in their time or dimension fields (&quot;%2&quot;)</source>
        <translation>KPI &quot;%1&quot;: i set di dati di una stessa fonte differiscono nei campi temporali o di dimensione (&quot;%2&quot;)</translation>
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
        <translation>buono</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="69"/>
        <source>warning</source>
        <translation>attenzione</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="71"/>
        <source>bad</source>
        <translation>critico</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="84"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="86"/>
        <source>Dimensions</source>
        <translation>Dimensioni</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="89"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="89"/>
        <source>Value (%1)</source>
        <translation>Valore (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="91"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPreviewPane</name>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="42"/>
        <source>Preview values</source>
        <translation>Anteprima dei valori</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="50"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="51"/>
        <source>Stop the preview evaluation</source>
        <translation>Interrompe il calcolo dell&apos;anteprima</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="54"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="55"/>
        <source>Evaluate the KPI again (F5)</source>
        <translation>Ricalcola il KPI (F5)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="59"/>
        <source>&lt;b&gt;Live preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anteprima in tempo reale&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="72"/>
        <source>The preview appears when the definition is complete.</source>
        <translation>L&apos;anteprima compare quando la definizione è completa.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="117"/>
        <source>Preview cancelled.</source>
        <translation>Anteprima annullata.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="137"/>
        <source>Evaluating…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="161"/>
        <source>The evaluation gave no result.</source>
        <translation>Il calcolo non ha prodotto risultati.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="177"/>
        <source>No values: the sources have no facts for this formula.</source>
        <translation>Nessun valore: le fonti non contengono fatti per questa formula.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="179"/>
        <source>First %1 of %n value(s), %2 ms.</source>
        <translation>
            <numerusform>Primi %1 di %n valore, %2 ms.</numerusform>
            <numerusform>Primi %1 di %n valori, %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="182"/>
        <source>%n value(s), %1 ms.</source>
        <translation>
            <numerusform>%n valore, %1 ms.</numerusform>
            <numerusform>%n valori, %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiPreviewSparkline</name>
    <message>
        <location filename="../widgets/kpi/kpipreviewsparkline.cpp" line="13"/>
        <source>Preview trend</source>
        <translation>Andamento in anteprima</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewsparkline.cpp" line="40"/>
        <source>no values</source>
        <translation>nessun valore</translation>
    </message>
</context>
<context>
    <name>urbis::KpiSourceResolver</name>
    <message>
        <location filename="../core/kpi/kpisourceresolver.cpp" line="21"/>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation>Nessun set di dati ha l&apos;id o il titolo esatto &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::KpiSourcesEditor</name>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="22"/>
        <source>Air quality</source>
        <translation>Qualità dell&apos;aria</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="22"/>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="23"/>
        <source>Mobility</source>
        <translation>Mobilità</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="23"/>
        <source>Waste</source>
        <translation>Rifiuti</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="24"/>
        <source>Water</source>
        <translation>Acqua</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="24"/>
        <source>Climate</source>
        <translation>Clima</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="25"/>
        <source>Hazards</source>
        <translation>Rischi</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="25"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="29"/>
        <source>Add source</source>
        <translation>Aggiungi fonte</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="30"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="31"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="33"/>
        <source>…or every dataset of the catalog with</source>
        <translation>…oppure ogni set di dati del catalogo con</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="38"/>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="39"/>
        <source>empty for the default source; e.g. pop</source>
        <translation>vuoto per la fonte predefinita; ad es. pop</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="44"/>
        <source>dataset title or id</source>
        <translation>titolo o id del set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="49"/>
        <source>Datasets read as one table (rows are unioned). Delete removes the selected one.</source>
        <translation>Set di dati letti come un&apos;unica tabella (le righe vengono unite). Canc rimuove quello selezionato.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="50"/>
        <source>(any)</source>
        <translation>(qualsiasi)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="53"/>
        <source>all cities</source>
        <translation>tutte le città</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="54"/>
        <source>fields a dataset must have, comma separated</source>
        <translation>campi che un set di dati deve avere, separati da virgole</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="55"/>
        <source>first date field</source>
        <translation>primo campo data</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="61"/>
        <source>Domain:</source>
        <translation>Dominio:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="62"/>
        <source>City:</source>
        <translation>Città:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="63"/>
        <source>Required fields:</source>
        <translation>Campi obbligatori:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="66"/>
        <source>Alias:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="67"/>
        <source>Datasets:</source>
        <translation>Set di dati:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="70"/>
        <source>Time field:</source>
        <translation>Campo temporale:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="115"/>
        <source>%1 · %2 · id %3</source>
        <translation>%1 · %2 · id %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="132"/>
        <source>(default)</source>
        <translation>(predefinita)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="134"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="136"/>
        <source>%1 — all %2 datasets %3</source>
        <translation>%1 — tutti i set di dati %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="137"/>
        <source>of %1</source>
        <translation>di %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="138"/>
        <source>%1 — (no datasets yet)</source>
        <translation>%1 — (ancora nessun set di dati)</translation>
    </message>
</context>
<context>
    <name>urbis::KpiStatPanel</name>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="93"/>
        <source>%1 %2 % vs %3</source>
        <translation>%1 %2 % rispetto a %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="113"/>
        <source>Target: %1 by %2</source>
        <translation>Obiettivo: %1 entro %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="114"/>
        <source>Target: %1</source>
        <translation>Obiettivo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="121"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n altro)</numerusform>
            <numerusform>(+%n altri)</numerusform>
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
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitablemodel.cpp" line="116"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitablemodel.cpp" line="117"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>urbis::KpiTablePanel</name>
    <message>
        <location filename="../widgets/kpi/kpitablepanel.cpp" line="18"/>
        <source>Search rows…</source>
        <translation>Cerca righe…</translation>
    </message>
</context>
<context>
    <name>urbis::KpiTargetsEditor</name>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="47"/>
        <source>Judgement</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="47"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="49"/>
        <source>Baseline</source>
        <translation>Valore di riferimento</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="51"/>
        <source>Traffic light</source>
        <translation>Semaforo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="56"/>
        <source>no date</source>
        <translation>nessuna data</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="59"/>
        <source>When the target should be reached</source>
        <translation>Quando deve essere raggiunto l&apos;obiettivo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="61"/>
        <source>no year</source>
        <translation>nessun anno</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="62"/>
        <source>The year the baseline value describes</source>
        <translation>L&apos;anno a cui si riferisce il valore di riferimento</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="63"/>
        <source>Lower is better</source>
        <translation>Più basso è meglio</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="64"/>
        <source>Higher is better</source>
        <translation>Più alto è meglio</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="66"/>
        <source>First band limit (lower is better: good up to here; higher is better: warning from here)</source>
        <translation>Primo limite di fascia (più basso è meglio: buono fino a qui; più alto è meglio: attenzione da qui)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="68"/>
        <source>Second band limit (lower is better: warning up to here; higher is better: good from here)</source>
        <translation>Secondo limite di fascia (più basso è meglio: attenzione fino a qui; più alto è meglio: buono da qui)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="73"/>
        <source>how often it is recalculated</source>
        <translation>con quale frequenza viene ricalcolato</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="74"/>
        <source>No value for that period</source>
        <translation>Nessun valore per quel periodo</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="76"/>
        <source>Fail the evaluation</source>
        <translation>Interrompi il calcolo con un errore</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="80"/>
        <source>by</source>
        <translation>entro</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="81"/>
        <source>in</source>
        <translation>nel</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="82"/>
        <source>Direction:</source>
        <translation>Direzione:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="83"/>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="84"/>
        <source>Frequency:</source>
        <translation>Frequenza:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="85"/>
        <source>Division by zero:</source>
        <translation>Divisione per zero:</translation>
    </message>
</context>
<context>
    <name>urbis::KpiWhatIfs</name>
    <message>
        <location filename="../core/sim/kpiwhatifs.cpp" line="14"/>
        <source>--what-if needs DRIVER:CHANGE:FROM[:UNTIL], e.g. traffic:-20%:2023-01-15 (got &quot;%1&quot;)</source>
        <translation>--what-if richiede DRIVER:CHANGE:FROM[:UNTIL], ad es. traffic:-20%:2023-01-15 (ricevuto &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../core/sim/kpiwhatifs.cpp" line="49"/>
        <source>The driver %1 has no series for these dimensions: %2</source>
        <translation>Il fattore %1 non ha serie per queste dimensioni: %2</translation>
    </message>
</context>
<context>
    <name>urbis::LayerPanel</name>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="28"/>
        <source>Map layers</source>
        <translation>Layer della mappa</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="32"/>
        <source>Move the layer up (Ctrl+Up)</source>
        <translation>Sposta il layer in alto (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="36"/>
        <source>Move the layer down (Ctrl+Down)</source>
        <translation>Sposta il layer in basso (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="40"/>
        <source>&amp;Style…</source>
        <translation>&amp;Stile…</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="41"/>
        <source>Colour the features by a field and label them</source>
        <translation>Colora gli elementi secondo un campo ed etichettali</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="45"/>
        <source>Layer opacity</source>
        <translation>Opacità del layer</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="46"/>
        <source>&amp;Opacity</source>
        <translation>&amp;Opacità</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="126"/>
        <source>Style</source>
        <translation>Stile</translation>
    </message>
</context>
<context>
    <name>urbis::LayerStyleDialog</name>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="13"/>
        <source>Style of %1</source>
        <translation>Stile di %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="16"/>
        <source>One colour</source>
        <translation>Un solo colore</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="17"/>
        <source>No labels</source>
        <translation>Nessuna etichetta</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="26"/>
        <source>&amp;Colour by:</source>
        <translation>&amp;Colora per:</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="27"/>
        <source>&amp;Labels:</source>
        <translation>&amp;Etichette:</translation>
    </message>
</context>
<context>
    <name>urbis::LayerTreeModel</name>
    <message>
        <location filename="../widgets/map/layertreemodel.cpp" line="111"/>
        <source>%1 (opacity %2 %)</source>
        <translation>%1 (opacità %2 %)</translation>
    </message>
</context>
<context>
    <name>urbis::LinearTrend</name>
    <message>
        <location filename="../core/sim/lineartrend.cpp" line="14"/>
        <source>A linear trend needs at least %1 values; the series has %2</source>
        <translation>Un trend lineare richiede almeno %1 valori; la serie ne ha %2</translation>
    </message>
    <message>
        <location filename="../core/sim/lineartrend.cpp" line="32"/>
        <source>The values do not determine a line</source>
        <translation>I valori non determinano una retta</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/lineartrend.cpp" line="59"/>
        <source>%n period(s) without a value were skipped by the trend fit.</source>
        <translation>
            <numerusform>%n periodo senza valore è stato ignorato dalla stima del trend.</numerusform>
            <numerusform>%n periodi senza valore sono stati ignorati dalla stima del trend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::LocalObjectStore</name>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="34"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="37"/>
        <source>Read failed</source>
        <translation>Lettura non riuscita</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="89"/>
        <location filename="../core/storage/localobjectstore.cpp" line="134"/>
        <location filename="../core/storage/localobjectstore.cpp" line="254"/>
        <source>Cannot lock the object store %1</source>
        <translation>Impossibile bloccare l&apos;archivio oggetti %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="95"/>
        <location filename="../core/storage/localobjectstore.cpp" line="140"/>
        <source>Cannot create folder in %1</source>
        <translation>Impossibile creare la cartella in %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="106"/>
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="113"/>
        <source>Cannot flush %1</source>
        <translation>Impossibile sincronizzare %1 su disco</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="151"/>
        <source>%1 is on another file system</source>
        <translation>%1 si trova su un altro file system</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="152"/>
        <source>Cannot move %1 into the object store</source>
        <translation>Impossibile spostare %1 nell&apos;archivio oggetti</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="164"/>
        <location filename="../core/storage/localobjectstore.cpp" line="171"/>
        <location filename="../core/storage/localobjectstore.cpp" line="185"/>
        <location filename="../core/storage/localobjectstore.cpp" line="204"/>
        <location filename="../core/storage/localobjectstore.cpp" line="220"/>
        <source>No object %1</source>
        <translation>Nessun oggetto %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="174"/>
        <location filename="../core/storage/localobjectstore.cpp" line="188"/>
        <location filename="../core/storage/localobjectstore.cpp" line="207"/>
        <source>Cannot read object %1</source>
        <translation>Impossibile leggere l&apos;oggetto %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="178"/>
        <location filename="../core/storage/localobjectstore.cpp" line="197"/>
        <location filename="../core/storage/localobjectstore.cpp" line="213"/>
        <source>Object %1 is corrupt: its content hashes to %2</source>
        <translation>L&apos;oggetto %1 è danneggiato: l&apos;hash del suo contenuto è %2</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="222"/>
        <source>Cannot remove object %1</source>
        <translation>Impossibile rimuovere l&apos;oggetto %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="250"/>
        <source>Garbage collection cancelled</source>
        <translation>Pulizia degli oggetti inutilizzati annullata</translation>
    </message>
</context>
<context>
    <name>urbis::MBTilesLayer</name>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="24"/>
        <source>No MBTiles file at %1</source>
        <translation>Nessun file MBTiles in %1</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="30"/>
        <source>%1 is not an MBTiles file</source>
        <translation>%1 non è un file MBTiles</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="35"/>
        <source>%1 has no tiles table</source>
        <translation>%1 non ha la tabella tiles</translation>
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
        <translation>Mappa</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="63"/>
        <source>Dashboards</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="66"/>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>Streams</source>
        <translation>Flussi</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="70"/>
        <source>Scenarios</source>
        <translation>Scenari</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="75"/>
        <source>Catalog</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="76"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="77"/>
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="78"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="85"/>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="94"/>
        <source>Data: %1</source>
        <translation>Dati: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="120"/>
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="134"/>
        <source>Import the changed file with the title &quot;%1&quot;: it becomes the next version</source>
        <translation>Importa il file modificato con il titolo &quot;%1&quot;: diventa la versione successiva</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>Streams (%1)</source>
        <translation>Flussi (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="192"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="194"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="195"/>
        <source>Preview, validate and import files into the catalog</source>
        <translation>Visualizza in anteprima, valida e importa file nel catalogo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="196"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="202"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="205"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="206"/>
        <source>&amp;Search the catalog</source>
        <translation>&amp;Cerca nel catalogo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="210"/>
        <source>&amp;Map</source>
        <translation>&amp;Mappa</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="212"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="213"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="215"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="216"/>
        <source>&amp;Streams</source>
        <translation>&amp;Flussi</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="218"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="219"/>
        <source>Live feeds: connections, charts, alerts and recording</source>
        <translation>Flussi in tempo reale: connessioni, grafici, allarmi e registrazione</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="220"/>
        <source>S&amp;cenarios</source>
        <translation>Sce&amp;nari</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="222"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="223"/>
        <source>Wildfire and flood scenarios: run, replay on the map, compare</source>
        <translation>Scenari di incendio boschivo e alluvione: esecuzione, riproduzione sulla mappa, confronto</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="225"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="228"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231"/>
        <source>Zoom to the &amp;selected dataset</source>
        <translation>Zoom sul set di dati &amp;selezionato</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="234"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="235"/>
        <source>Show the selected dataset on the &amp;map</source>
        <translation>Mostra il set di dati selezionato sulla &amp;mappa</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="238"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="246"/>
        <source>&amp;Layer</source>
        <translation>&amp;Livello</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="247"/>
        <source>Add &amp;file layer…</source>
        <translation>Aggiungi livello da &amp;file…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="249"/>
        <source>Add a layer</source>
        <translation>Aggiungi un livello</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="335"/>
        <source>Recover interrupted recordings</source>
        <translation>Recupera le registrazioni interrotte</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="339"/>
        <source>Recovered recordings: %1</source>
        <translation>Registrazioni recuperate: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="552"/>
        <source>The data is on this computer now</source>
        <translation>I dati sono ora su questo computer</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="555"/>
        <source>Downloading the data…</source>
        <translation>Download dei dati…</translation>
    </message>
    <message>
        <source>Downloading the data from %1…</source>
        <translation type="vanished">Scaricamento dei dati da %1…</translation>
    </message>
    <message>
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;All files (*)</source>
        <translation type="vanished">Dati geografici (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="250"/>
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;All files (*)</source>
        <translation>Dati geografici (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="vanished">%1 aggiunto</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation type="vanished">Impossibile aggiungere %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="256"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="257"/>
        <source>Add &amp;tile layer (XYZ)…</source>
        <translation>Aggiungi livello di &amp;tile (XYZ)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259"/>
        <source>Add a tile layer</source>
        <translation>Aggiungi un livello di tile</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="260"/>
        <source>Tile address with {z}, {x} and {y} (tiles are cached for offline use):</source>
        <translation>Indirizzo delle tile con {z}, {x} e {y} (le tile vengono memorizzate per l’uso offline):</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="271"/>
        <source>Work &amp;offline</source>
        <translation>Lavora &amp;offline</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="274"/>
        <source>Tile layers show only cached tiles and download nothing</source>
        <translation>I livelli di tile mostrano solo le tile in cache e non scaricano nulla</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="277"/>
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="278"/>
        <source>Create &amp;demo datasets</source>
        <translation>Crea set di dati &amp;demo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="280"/>
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>Aggiunge piccoli set di dati sintetici per le città CLIMABOROUGH a quest&apos;area di lavoro</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="281"/>
        <source>&amp;Clean up object store</source>
        <translation>&amp;Pulisci l&apos;archivio oggetti</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="283"/>
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Elimina i file archiviati a cui nessun record del catalogo fa più riferimento</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="290"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="291"/>
        <source>&amp;About Urbis</source>
        <translation>&amp;Informazioni su Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="370"/>
        <source>&quot;%1&quot; has no vector data to draw; its footprint is shown</source>
        <translation>&quot;%1&quot; non ha dati vettoriali da disegnare; viene mostrata la sua estensione</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="115"/>
        <source>&quot;%1&quot; is on the map</source>
        <translation>&quot;%1&quot; è sulla mappa</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117"/>
        <source>Cannot draw &quot;%1&quot;: %2</source>
        <translation>Impossibile disegnare &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="430"/>
        <source>Create demo datasets</source>
        <translation>Crea set di dati demo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="437"/>
        <source>Created: %1, already present: %2</source>
        <translation>Creati: %1, già presenti: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="448"/>
        <source>Clean up object store</source>
        <translation>Pulisci l&apos;archivio oggetti</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="455"/>
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>File non referenziati rimossi: %1, spazio liberato: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="466"/>
        <source>Started: %1</source>
        <translation>Avviata: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="474"/>
        <source>Finished: %1</source>
        <translation>Completata: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="476"/>
        <source>Failed: %1 — %2</source>
        <translation>Non riuscita: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="486"/>
        <source>1 dataset in the catalog</source>
        <translation>1 set di dati nel catalogo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="487"/>
        <source>%n datasets in the catalog</source>
        <translation>
            <numerusform>%n set di dati nel catalogo</numerusform>
            <numerusform>%n set di dati nel catalogo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::MapCanvas</name>
    <message>
        <location filename="../widgets/map/mapcanvas.cpp" line="31"/>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
</context>
<context>
    <name>urbis::MapView</name>
    <message>
        <location filename="../app/gui/mapview.cpp" line="116"/>
        <source>The address needs {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>L’indirizzo deve contenere {z}, {x} e {y}, ad es. https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
</context>
<context>
    <name>urbis::MercatorRaster</name>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="47"/>
        <source>Cannot open %1 as a raster</source>
        <translation>Impossibile aprire %1 come raster</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="49"/>
        <source>%1 has no band %2</source>
        <translation>%1 non ha la banda %2</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="56"/>
        <location filename="../core/geo/mercatorraster.cpp" line="83"/>
        <source>Reading %1 failed</source>
        <translation>Lettura di %1 non riuscita</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="68"/>
        <source>Cannot project %1 to web mercator</source>
        <translation>Impossibile proiettare %1 in Web Mercator</translation>
    </message>
</context>
<context>
    <name>urbis::MessageParser</name>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="96"/>
        <source>The message has %1 bytes, more than the limit of %2</source>
        <translation>Il messaggio ha %1 byte, oltre il limite di %2</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="103"/>
        <source>Malformed JSON at byte %1: %2</source>
        <translation>JSON non valido al byte %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="110"/>
        <source>An NGSI-LD notification without a &quot;data&quot; list</source>
        <translation>Una notifica NGSI-LD senza un elenco &quot;data&quot;</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="116"/>
        <source>Entity %1 of the notification is not an object</source>
        <translation>L&apos;entità %1 della notifica non è un oggetto</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="129"/>
        <source>Item %1 of the list is not an object</source>
        <translation>L&apos;elemento %1 dell&apos;elenco non è un oggetto</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="136"/>
        <source>The message is JSON but neither an object nor a list of objects</source>
        <translation>Il messaggio è JSON ma non è né un oggetto né un elenco di oggetti</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataExtractor</name>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="100"/>
        <source>Cannot open the GeoPackage %1</source>
        <translation>Impossibile aprire il GeoPackage %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="104"/>
        <source>The GeoPackage has no layer %1</source>
        <translation>Il GeoPackage non ha il layer %1</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataForm</name>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="14"/>
        <source>Required: how the dataset is listed in the catalog</source>
        <translation>Obbligatorio: come il set di dati compare nel catalogo</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="21"/>
        <source>e.g. Athens</source>
        <translation>ad es. Atene</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="32"/>
        <source>SPDX id or URL</source>
        <translation>Id SPDX o URL</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="35"/>
        <source>Who or what produced the data</source>
        <translation>Chi o che cosa ha prodotto i dati</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="39"/>
        <source>&amp;Title *</source>
        <translation>&amp;Titolo *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="40"/>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="41"/>
        <source>C&amp;ity</source>
        <translation>&amp;Città</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="42"/>
        <source>Do&amp;main *</source>
        <translation>Do&amp;minio *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="43"/>
        <source>&amp;License</source>
        <translation>&amp;Licenza</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="44"/>
        <source>S&amp;ource</source>
        <translation>&amp;Fonte</translation>
    </message>
</context>
<context>
    <name>urbis::MqttSource</name>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="20"/>
        <source>The broker refused the login: check the user name and password</source>
        <translation>Il broker ha rifiutato l&apos;accesso: controllare nome utente e password</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="22"/>
        <source>The broker refused the connection: %1</source>
        <translation>Il broker ha rifiutato la connessione: %1</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="27"/>
        <source>%1 refused the connection: is the broker running?</source>
        <translation>%1 ha rifiutato la connessione: il broker è in esecuzione?</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="28"/>
        <location filename="../core/stream/mqttsource.cpp" line="45"/>
        <source>The connection to %1 failed: %2</source>
        <translation>La connessione a %1 non è riuscita: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="31"/>
        <source>Host %1 not found: check the address</source>
        <translation>Host %1 non trovato: controllare l&apos;indirizzo</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="33"/>
        <source>Secure connection to %1 failed: a private broker needs its CA certificate in the CA file</source>
        <translation>Connessione sicura a %1 non riuscita: un broker privato richiede il proprio certificato CA nel file CA</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="37"/>
        <source>No answer from the broker for %1 s: the link is dead, reconnecting</source>
        <translation>Nessuna risposta dal broker da %1 s: il collegamento è interrotto, riconnessione in corso</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="40"/>
        <source>No answer from %1 within %2 s</source>
        <translation>Nessuna risposta da %1 entro %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="43"/>
        <source>The connection to %1 was lost</source>
        <translation>La connessione a %1 è stata persa</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="132"/>
        <source>The broker refused the subscription to &quot;%1&quot;</source>
        <translation>Il broker ha rifiutato la sottoscrizione a &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::Normalizer</name>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="98"/>
        <source>GDAL cannot read %1 as a raster</source>
        <translation>GDAL non può leggere %1 come raster</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="112"/>
        <location filename="../core/ingest/normalizer.cpp" line="126"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="113"/>
        <source>Cannot convert %1 to GeoTIFF</source>
        <translation>Impossibile convertire %1 in GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="127"/>
        <source>Cannot build the overviews of %1</source>
        <translation>Impossibile creare le piramidi di %1</translation>
    </message>
</context>
<context>
    <name>urbis::ObjectStore</name>
    <message>
        <location filename="../core/storage/objectstore.cpp" line="21"/>
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
</context>
<context>
    <name>urbis::OgrSource</name>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="205"/>
        <source>The %1 is truncated or corrupt: row %2 cannot be read</source>
        <translation>Il file %1 è troncato o danneggiato: impossibile leggere la riga %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="239"/>
        <source>The zip archive %1 is truncated or corrupt</source>
        <translation>L&apos;archivio zip %1 è troncato o danneggiato</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="263"/>
        <source>The zip archive holds no layer %1</source>
        <translation>L&apos;archivio zip non contiene il layer %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="266"/>
        <source>The zip archive %1 holds no vector data (no Shapefile, GeoPackage, GeoJSON, KML or GML)</source>
        <translation>L&apos;archivio zip %1 non contiene dati vettoriali (nessun Shapefile, GeoPackage, GeoJSON, KML o GML)</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="278"/>
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>Impossibile aprire %1: il file non esiste o non è leggibile</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="306"/>
        <source>%1 cannot be read: it is not a valid .%2 file, or it is truncated or corrupt</source>
        <translation>Impossibile leggere %1: non è un file .%2 valido, oppure è troncato o danneggiato</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="308"/>
        <source>%1 is not a vector format GDAL can read</source>
        <translation>%1 non è un formato vettoriale leggibile da GDAL</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="314"/>
        <source>%1 has no layer %2</source>
        <translation>%1 non ha il layer %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="319"/>
        <source>%1 holds no vector layer</source>
        <translation>%1 non contiene layer vettoriali</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="331"/>
        <source>%1 is truncated or corrupt</source>
        <translation>%1 è troncato o danneggiato</translation>
    </message>
</context>
<context>
    <name>urbis::OptionalChecks</name>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="38"/>
        <source>The check &quot;%1&quot; cannot run: %2</source>
        <translation>Il controllo &quot;%1&quot; non può essere eseguito: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="181"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 is not sequential</source>
        <translation>La cella &quot;%1&quot; nella riga alla posizione %2 e nel campo &quot;%3&quot; alla posizione %4 non è sequenziale</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="201"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 is probably truncated</source>
        <translation>La cella &quot;%1&quot; nella riga alla posizione %2 e nel campo &quot;%3&quot; alla posizione %4 è probabilmente troncata</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="215"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 holds a forbidden value</source>
        <translation>La cella &quot;%1&quot; nella riga alla posizione %2 e nel campo &quot;%3&quot; alla posizione %4 contiene un valore non consentito</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="260"/>
        <source>There is a possible error because the value is deviated: %1</source>
        <translation>Possibile errore perché il valore si discosta: %1</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewPage</name>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="25"/>
        <source>Format: %1 (%2)</source>
        <translation>Formato: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/previewpage.cpp" line="26"/>
        <source>Size: %1 × %2 pixels, %n band(s)</source>
        <translation>
            <numerusform>Dimensioni: %1 × %2 pixel, %n banda</numerusform>
            <numerusform>Dimensioni: %1 × %2 pixel, %n bande</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="27"/>
        <source>Band types: %1</source>
        <translation>Tipi di banda: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28"/>
        <source>CRS: %1</source>
        <translation>SR: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28"/>
        <source>not georeferenced</source>
        <translation>non georeferenziato</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="30"/>
        <source>Extent (WGS84): %1, %2 — %3, %4</source>
        <translation>Estensione (WGS84): %1, %2 — %3, %4</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="33"/>
        <source>No-data value: %1</source>
        <translation>Valore NoData: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="35"/>
        <source>GPS position: %1, %2</source>
        <translation>Posizione GPS: %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="37"/>
        <source>Taken at: %1</source>
        <translation>Scattata il: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="45"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="46"/>
        <source>The first rows of the file, with the type detected for each column. Check that the columns were split correctly.</source>
        <translation>Le prime righe del file, con il tipo rilevato per ogni colonna. Controlla che le colonne siano state separate correttamente.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="101"/>
        <source>Reading %1</source>
        <translation>Lettura di %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="126"/>
        <source>Nothing to show: %1</source>
        <translation>Niente da mostrare: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="135"/>
        <source>%1 is a raster: it is imported as a tiled GeoTIFF; there are no rows to check.</source>
        <translation>%1 è un raster: viene importato come GeoTIFF tassellato; non ci sono righe da controllare.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="143"/>
        <source>%1 · %2 fields · showing the first %3 rows (the file has more)</source>
        <translation>%1 · %2 campi · sono mostrate le prime %3 righe (il file ne contiene altre)</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="144"/>
        <source>%1 · %2 fields · %3 rows</source>
        <translation>%1 · %2 campi · %3 righe</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="148"/>
        <source>· types detected from a sample</source>
        <translation>· tipi rilevati da un campione</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewRowsModel</name>
    <message>
        <location filename="../widgets/import/previewrowsmodel.cpp" line="100"/>
        <source>%1: detected %2 (%3 of %4 cells fit)</source>
        <translation>%1: rilevato %2 (%3 celle su %4 compatibili)</translation>
    </message>
</context>
<context>
    <name>urbis::RTreeBulkLoad</name>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="154"/>
        <source>The R*Tree %1 has no root node</source>
        <translation>L&apos;R*Tree %1 non ha un nodo radice</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="159"/>
        <source>The R*Tree %1 has a root node of %2 bytes</source>
        <translation>L&apos;R*Tree %1 ha un nodo radice di %2 byte</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="161"/>
        <location filename="../core/ingest/rtreebulkload.cpp" line="167"/>
        <source>The R*Tree %1 is not empty</source>
        <translation>L&apos;R*Tree %1 non è vuoto</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="191"/>
        <source>Too many entries for the R*Tree %1</source>
        <translation>Troppe voci per l&apos;R*Tree %1</translation>
    </message>
</context>
<context>
    <name>urbis::RasterProbe</name>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="139"/>
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>Impossibile aprire %1: il file non esiste o non è leggibile</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="148"/>
        <source>%1 is a raster GDAL knows but cannot read (truncated or corrupt?)</source>
        <translation>%1 è un raster che GDAL conosce ma non riesce a leggere (troncato o danneggiato?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="150"/>
        <source>%1 is not a raster format GDAL can read</source>
        <translation>%1 non è un formato raster leggibile da GDAL</translation>
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
        <translation>TITOLO</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53"/>
        <source>CITY</source>
        <translation>CITTÀ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54"/>
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54"/>
        <source>PERIOD</source>
        <translation>PERIODO</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/recordprinter.cpp" line="58"/>
        <source>%n dataset(s) shown of %1 matching</source>
        <translation>
            <numerusform>%n set di dati mostrato su %1 corrispondenti</numerusform>
            <numerusform>%n set di dati mostrati su %1 corrispondenti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="68"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="69"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="70"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="71"/>
        <source>Publisher</source>
        <translation>Editore</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="72"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="73"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="74"/>
        <source>Keywords</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="75"/>
        <source>License</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="76"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="77"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="78"/>
        <source>Extent</source>
        <translation>Estensione</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="79"/>
        <source>CRS</source>
        <translation>SR</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="80"/>
        <source>Features</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81"/>
        <source> bytes</source>
        <translation> byte</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="82"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="83"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="84"/>
        <source> (previous %1)</source>
        <translation> (precedente %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="85"/>
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="86"/>
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="88"/>
        <source>Fields:</source>
        <translation>Campi:</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="93"/>
        <source>History:</source>
        <translation>Cronologia:</translation>
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
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="33"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="35"/>
        <source>from %1</source>
        <translation>da %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="37"/>
        <source>until %1</source>
        <translation>fino a %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="62"/>
        <source>W %1, S %2, E %3, N %4</source>
        <translation>O %1, S %2, E %3, N %4</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="73"/>
        <source>valid</source>
        <translation>valido</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="75"/>
        <source>warnings</source>
        <translation>avvisi</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="77"/>
        <source>invalid</source>
        <translation>non valido</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="81"/>
        <source>not validated</source>
        <translation>non validato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="88"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="93"/>
        <source>unknown profile</source>
        <translation>profilo sconosciuto</translation>
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
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="116"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="117"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="118"/>
        <source>Publisher</source>
        <translation>Editore</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="119"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="120"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="121"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="122"/>
        <source>Keywords</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="123"/>
        <source>License</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="124"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="125"/>
        <source>Media type</source>
        <translation>Tipo di media</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="126"/>
        <source>Temporal extent</source>
        <translation>Estensione temporale</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="127"/>
        <source>Bounding box</source>
        <translation>Riquadro di delimitazione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="128"/>
        <source>CRS</source>
        <translation>SR</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="129"/>
        <source>Features / rows</source>
        <translation>Elementi / righe</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="130"/>
        <source>Fields</source>
        <translation>Campi</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="131"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="132"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="133"/>
        <source>Stored files</source>
        <translation>File archiviati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="134"/>
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
</context>
<context>
    <name>urbis::RecordValidator</name>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="17"/>
        <source>A title is required</source>
        <translation>Il titolo è obbligatorio</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="19"/>
        <source>A description is required</source>
        <translation>La descrizione è obbligatoria</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="21"/>
        <source>A license is required (an SPDX id such as CC-BY-4.0, or a URL)</source>
        <translation>La licenza è obbligatoria (un identificatore SPDX come CC-BY-4.0 o un URL)</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="23"/>
        <source>A source is required (who or what produced the data)</source>
        <translation>La fonte è obbligatoria (chi o che cosa ha prodotto i dati)</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingCompletion</name>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="23"/>
        <location filename="../core/stream/recordingcompletion.cpp" line="34"/>
        <source>Cannot read the recording %1</source>
        <translation>Impossibile leggere la registrazione %1</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="26"/>
        <source>Cannot flush the recording %1</source>
        <translation>Impossibile scrivere su disco la registrazione %1</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="80"/>
        <location filename="../core/stream/recordingcompletion.cpp" line="101"/>
        <source>The data of the recording &quot;%1&quot; is missing</source>
        <translation>I dati della registrazione &quot;%1&quot; sono mancanti</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="114"/>
        <source>The recording &quot;%1&quot; was deleted from the catalog</source>
        <translation>La registrazione &quot;%1&quot; è stata eliminata dal catalogo</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingFile</name>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="76"/>
        <location filename="../core/stream/recordingfile.cpp" line="81"/>
        <source>Cannot prepare the recording&apos;s insert</source>
        <translation>Impossibile preparare l&apos;inserimento della registrazione</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="88"/>
        <source>The recording is closed already</source>
        <translation>La registrazione è già chiusa</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="130"/>
        <source>The recording %1 exists already</source>
        <translation>La registrazione %1 esiste già</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="163"/>
        <source>The recording %1 is missing</source>
        <translation>La registrazione %1 è mancante</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="240"/>
        <source>Cannot write a row of the recording</source>
        <translation>Impossibile scrivere una riga della registrazione</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="258"/>
        <source>Cannot write a gap of the recording</source>
        <translation>Impossibile scrivere un&apos;interruzione della registrazione</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingLayout</name>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="66"/>
        <source>Time of the reading (UTC)</source>
        <translation>Ora della lettura (UTC)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="70"/>
        <source>Station or entity that sent the reading</source>
        <translation>Stazione o entità che ha inviato la lettura</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="73"/>
        <source>Latitude (WGS84)</source>
        <translation>Latitudine (WGS84)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="76"/>
        <source>Longitude (WGS84)</source>
        <translation>Longitudine (WGS84)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="86"/>
        <source>When this computer received the message (UTC)</source>
        <translation>Quando questo computer ha ricevuto il messaggio (UTC)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="119"/>
        <source>The layout of a recording has a bad column (%1, %2)</source>
        <translation>La struttura di una registrazione ha una colonna non valida (%1, %2)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="126"/>
        <source>The layout of a recording has no time or id column</source>
        <translation>La struttura di una registrazione non ha una colonna dell&apos;ora o dell&apos;id</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingSchema</name>
    <message>
        <location filename="../core/stream/recordingschema.cpp" line="89"/>
        <source>Times the stream was down</source>
        <translation>Periodi in cui il flusso era interrotto</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingschema.cpp" line="114"/>
        <source>The recording has points but no lat/lon columns</source>
        <translation>La registrazione ha punti ma nessuna colonna lat/lon</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingState</name>
    <message>
        <location filename="../core/stream/recordingstate.cpp" line="16"/>
        <source>Cannot read the recording state %1</source>
        <translation>Impossibile leggere lo stato della registrazione %1</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingstate.cpp" line="21"/>
        <source>The recording state %1 is not JSON</source>
        <translation>Lo stato della registrazione %1 non è JSON</translation>
    </message>
</context>
<context>
    <name>urbis::RejectedMessagesModel</name>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="98"/>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="100"/>
        <source>Stream</source>
        <translation>Flusso</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="102"/>
        <source>Why it was dropped</source>
        <translation>Motivo dello scarto</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="104"/>
        <source>Message (first bytes)</source>
        <translation>Messaggio (primi byte)</translation>
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
        <translation type="vanished">uso: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                        [--virtual-host] [--replace]
     urbis remote list
     urbis remote remove NAME
     urbis remote test NAME      raggiunge il bucket con le chiavi che userebbe la sincronizzazione
chiavi di accesso: portachiavi di sistema, altrimenti AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (e AWS_SESSION_TOKEN)</translation>
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
        <translation>uso: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                      [--virtual-host] [--sse AES256|aws:kms] [--ca-bundle PEM] [--replace]
     urbis remote list
     urbis remote remove NAME
     urbis remote test NAME      raggiunge il bucket con le chiavi che userebbe la sincronizzazione
chiavi di accesso: portachiavi di sistema, altrimenti AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (e AWS_SESSION_TOKEN);
SSE-C: URBIS_SSE_CUSTOMER_KEY (base64 di una chiave di 32 byte)</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="46"/>
        <source>Remote &quot;%1&quot; removed</source>
        <translation>Archivio remoto &quot;%1&quot; rimosso</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49"/>
        <source>remote needs add, list, remove or test</source>
        <translation>remote richiede add, list, remove o test</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49"/>
        <source>unknown use of remote: %1</source>
        <translation>uso sconosciuto di remote: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="57"/>
        <source>remote add needs a NAME, --endpoint and --bucket</source>
        <translation>remote add richiede un NAME, --endpoint e --bucket</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="75"/>
        <source>Remote &quot;%1&quot; added: %2, bucket %3</source>
        <translation>Archivio remoto &quot;%1&quot; aggiunto: %2, bucket %3</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="98"/>
        <source>No remotes yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Ancora nessun archivio remoto: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="128"/>
        <source>%1: bucket %2 reachable (keys from the %3)</source>
        <translation>%1: bucket %2 raggiungibile (origine delle chiavi: %3)</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteCredentials</name>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="44"/>
        <source>No keys for &quot;%1&quot; in the keyring</source>
        <translation>Nessuna chiave di accesso per &quot;%1&quot; nel portachiavi</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="49"/>
        <source>The keyring entry of &quot;%1&quot; is incomplete</source>
        <translation>La voce del portachiavi di &quot;%1&quot; è incompleta</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="58"/>
        <source>No keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Nessuna chiave di accesso: imposta AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="70"/>
        <source>No keys for the remote &quot;%1&quot;: store them in the keyring (remote settings) or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Nessuna chiave di accesso per l&apos;archivio remoto &quot;%1&quot;: salvale nel portachiavi (impostazioni dell&apos;archivio remoto) o imposta AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="91"/>
        <source>The keys could not be stored in the keyring</source>
        <translation>Impossibile salvare le chiavi di accesso nel portachiavi</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteDialog</name>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="43"/>
        <source>&amp;Path-style addresses (MinIO, Ceph, s3rver)</source>
        <translation>Indirizzi in stile &amp;percorso (MinIO, Ceph, s3rver)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="46"/>
        <location filename="../widgets/sync/remotedialog.cpp" line="207"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa la connessione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="52"/>
        <source>Add remote</source>
        <translation>Aggiungi archivio remoto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="53"/>
        <source>e.g. city-minio</source>
        <translation>ad es. city-minio</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="54"/>
        <source>https://minio.example.org:9000</source>
        <translation>https://minio.example.org:9000</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="56"/>
        <source>e.g. urbis-catalog</source>
        <translation>ad es. urbis-catalog</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="57"/>
        <source>optional, e.g. city/air/</source>
        <translation>facoltativo, ad es. city/air/</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="61"/>
        <source>Address objects as endpoint/bucket/key; AWS also accepts bucket.endpoint/key</source>
        <translation>Indirizza gli oggetti come endpoint/bucket/chiave; AWS accetta anche bucket.endpoint/chiave</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="64"/>
        <location filename="../widgets/sync/remotedialog.cpp" line="65"/>
        <source>leave empty to keep the stored keys</source>
        <translation>lascia vuoto per mantenere le chiavi salvate</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="69"/>
        <source>List the bucket once with these settings and keys</source>
        <translation>Elenca una volta il bucket con queste impostazioni e chiavi</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="80"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="81"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="82"/>
        <source>&amp;Region:</source>
        <translation>&amp;Regione:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="83"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="84"/>
        <source>Key p&amp;refix:</source>
        <translation>Pre&amp;fisso chiave:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="86"/>
        <source>&amp;Access key:</source>
        <translation>Chiave di &amp;accesso:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="87"/>
        <source>&amp;Secret key:</source>
        <translation>Chiave &amp;segreta:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="114"/>
        <source>Edit remote &quot;%1&quot;</source>
        <translation>Modifica archivio remoto &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="165"/>
        <source>Keys are kept in the system keyring, never in settings files. Leave them empty to use keys stored earlier or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment.</source>
        <translation>Le chiavi sono conservate nel portachiavi di sistema, mai nei file di impostazioni. Lasciale vuote per usare le chiavi salvate in precedenza o AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY dall&apos;ambiente.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="169"/>
        <source>AWS_ACCESS_KEY_ID is set here: the environment&apos;s keys are used first.</source>
        <translation>AWS_ACCESS_KEY_ID è impostata qui: le chiavi dell&apos;ambiente vengono usate per prime.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="179"/>
        <source>Enter both keys, or neither to use the stored keys or the environment</source>
        <translation>Inserisci entrambe le chiavi, oppure nessuna per usare le chiavi salvate o l&apos;ambiente</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="194"/>
        <source>Asking %1…</source>
        <translation>Interrogazione di %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="207"/>
        <source>Cancel &amp;test</source>
        <translation>Annulla il &amp;test</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="234"/>
        <source>Saving the keys in the keyring…</source>
        <translation>Salvataggio delle chiavi nel portachiavi…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="252"/>
        <source>No keyring is available here, so the keys were not saved. Urbis will use AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from the environment. Press OK to save the remote without keys.</source>
        <translation>Qui non è disponibile alcun portachiavi, quindi le chiavi non sono state salvate. Urbis userà AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY dall&apos;ambiente. Premi OK per salvare l&apos;archivio remoto senza chiavi.</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListModel</name>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="56"/>
        <source>%1 at %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="69"/>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="72"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="94"/>
        <source>Datasets changed here and not yet pushed</source>
        <translation>Set di dati modificati qui e non ancora inviati</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="117"/>
        <source>Remote</source>
        <translation>Archivio remoto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="119"/>
        <source>Endpoint / bucket</source>
        <translation>Endpoint / bucket</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="121"/>
        <source>Last sync</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="123"/>
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="125"/>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListView</name>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="29"/>
        <source>Filter remotes</source>
        <translation>Filtra archivi remoti</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="41"/>
        <source>Remotes</source>
        <translation>Archivi remoti</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="44"/>
        <source>No remote yet — Add remote… to share this catalog through S3/MinIO</source>
        <translation>Ancora nessun archivio remoto — usa &quot;Aggiungi archivio remoto…&quot; per condividere questo catalogo tramite S3/MinIO</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="47"/>
        <source>Add remote…</source>
        <translation>Aggiungi archivio remoto…</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteOverview</name>
    <message>
        <location filename="../widgets/sync/remoteoverview.cpp" line="25"/>
        <source>Status unknown: %1</source>
        <translation>Stato sconosciuto: %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfile</name>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="15"/>
        <source>The remote name &quot;%1&quot; is not valid: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64)</source>
        <translation>Il nome dell&apos;archivio remoto &quot;%1&quot; non è valido: usa lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (al massimo 64)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="18"/>
        <source>The endpoint &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>L&apos;endpoint &quot;%1&quot; non è un indirizzo http:// o https://</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="21"/>
        <source>The bucket name &quot;%1&quot; is not valid: 3 to 63 lower-case letters, digits, &apos;.&apos; or &apos;-&apos;</source>
        <translation>Il nome del bucket &quot;%1&quot; non è valido: da 3 a 63 lettere minuscole, cifre, &apos;.&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="23"/>
        <source>The region is empty</source>
        <translation>La regione è vuota</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="26"/>
        <source>Server-side encryption &quot;%1&quot; is not known: use AES256 or aws:kms</source>
        <translation>Crittografia lato server &quot;%1&quot; sconosciuta: usa AES256 o aws:kms</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="28"/>
        <source>No PEM certificate could be read from %1</source>
        <translation>Impossibile leggere un certificato PEM da %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfiles</name>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="27"/>
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="31"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 è danneggiato: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="47"/>
        <source>There is no remote &quot;%1&quot; (urbis remote list shows them)</source>
        <translation>Non esiste alcun archivio remoto &quot;%1&quot; (urbis remote list li mostra)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="59"/>
        <source>A remote named &quot;%1&quot; exists already</source>
        <translation>Esiste già un archivio remoto di nome &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="75"/>
        <source>There is no remote &quot;%1&quot;</source>
        <translation>Non esiste alcun archivio remoto &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteScan</name>
    <message>
        <location filename="../core/storage/sync/remotescan.cpp" line="32"/>
        <source>Sync cancelled</source>
        <translation>Sincronizzazione annullata</translation>
    </message>
</context>
<context>
    <name>urbis::ReplayReadAhead</name>
    <message>
        <location filename="../core/stream/replayreadahead.cpp" line="77"/>
        <location filename="../core/stream/replayreadahead.cpp" line="100"/>
        <source>Cannot read the rows to replay</source>
        <translation>Impossibile leggere le righe da riprodurre</translation>
    </message>
</context>
<context>
    <name>urbis::ReplayServer</name>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="89"/>
        <source>&quot;%1&quot; is not an IP address to listen on</source>
        <translation>&quot;%1&quot; non è un indirizzo IP su cui mettersi in ascolto</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="92"/>
        <source>Cannot listen on %1 port %2</source>
        <translation>Impossibile mettersi in ascolto su %1 porta %2</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="135"/>
        <source>closed by the client</source>
        <translation>chiusa dal client</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="142"/>
        <location filename="../core/stream/replayserver.cpp" line="225"/>
        <source>The replay has ended</source>
        <translation>La riproduzione è terminata</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="158"/>
        <source>slow consumer: more than %1 bytes waiting to be sent</source>
        <translation>client lento: più di %1 byte in attesa di invio</translation>
    </message>
</context>
<context>
    <name>urbis::ReplayTable</name>
    <message>
        <location filename="../core/stream/replaytable.cpp" line="35"/>
        <source>The data file %1 is missing</source>
        <translation>Il file di dati %1 è mancante</translation>
    </message>
    <message>
        <location filename="../core/stream/replaytable.cpp" line="46"/>
        <source>The data of this dataset is not a GeoPackage table: it has no rows to replay</source>
        <translation>I dati di questo set di dati non sono una tabella GeoPackage: non ha righe da riprodurre</translation>
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
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="98"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="99"/>
        <source>Error type</source>
        <translation>Tipo di errore</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="100"/>
        <source>Cell</source>
        <translation>Cella</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="101"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>urbis::ReportPage</name>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="33"/>
        <source>Validation report</source>
        <translation>Rapporto di validazione</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="34"/>
        <source>The whole file checked against the schema. Double-click an error to see its row in the preview.</source>
        <translation>L&apos;intero file verificato rispetto allo schema. Fai doppio clic su un errore per vederne la riga nell&apos;anteprima.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="49"/>
        <source>Search the errors</source>
        <translation>Cerca negli errori</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="65"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Esporta rapporto…</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="67"/>
        <source>&amp;Validate again</source>
        <translation>&amp;Valida di nuovo</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="69"/>
        <source>&amp;Import even with errors (the report is kept with the dataset)</source>
        <translation>&amp;Importa anche con errori (il rapporto viene conservato con il set di dati)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="76"/>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="142"/>
        <source>Add as a &amp;new version of the existing dataset &quot;%1&quot;</source>
        <translation>Aggiungi come &amp;nuova versione del set di dati esistente &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="156"/>
        <source>&lt;b&gt;Raster:&lt;/b&gt; no rows to validate; the import converts it to a tiled GeoTIFF.</source>
        <translation>&lt;b&gt;Raster:&lt;/b&gt; nessuna riga da validare; l&apos;importazione lo converte in un GeoTIFF tassellato.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="165"/>
        <source>Validating %1</source>
        <translation>Validazione di %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="182"/>
        <source>Validation did not finish. Press &quot;Validate again&quot; to retry.</source>
        <translation>La validazione non è terminata. Premi &quot;Valida di nuovo&quot; per riprovare.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="195"/>
        <source>All findings (%1)</source>
        <translation>Tutte le segnalazioni (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="203"/>
        <source>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valid&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields, no errors.</source>
        <translation>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valido&lt;/b&gt;&lt;/span&gt; — %1 righe, %2 campi, nessun errore.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="206"/>
        <source>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valid with warnings&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields; %3 notes about missing metadata (they do not block the import).</source>
        <translation>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valido con avvisi&lt;/b&gt;&lt;/span&gt; — %1 righe, %2 campi; %3 note su metadati mancanti (non bloccano l&apos;importazione).</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="210"/>
        <source>&lt;span style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Not valid&lt;/b&gt;&lt;/span&gt; — %1 errors in %2 rows%3. Fix the schema or the file, or tick &quot;Import even with errors&quot;.</source>
        <translation>&lt;span style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Non valido&lt;/b&gt;&lt;/span&gt; — %1 errori in %2 righe%3. Correggi lo schema o il file, oppure seleziona &quot;Importa anche con errori&quot;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/reportpage.cpp" line="214"/>
        <source>, and %n note(s)</source>
        <translation>
            <numerusform> e %n nota</numerusform>
            <numerusform> e %n note</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="225"/>
        <location filename="../widgets/import/reportpage.cpp" line="228"/>
        <source>Export validation report</source>
        <translation>Esporta il rapporto di validazione</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="226"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="228"/>
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
</context>
<context>
    <name>urbis::ReportReader</name>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="37"/>
        <source>The stored validation report is not readable</source>
        <translation>Il rapporto di validazione archiviato non è leggibile</translation>
    </message>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="60"/>
        <source>This dataset has no stored validation report.</source>
        <translation>Questo set di dati non ha un rapporto di validazione archiviato.</translation>
    </message>
</context>
<context>
    <name>urbis::ReportTab</name>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="33"/>
        <source>Search the findings</source>
        <translation>Cerca nelle segnalazioni</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="49"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="98"/>
        <source>No data store is connected to this panel.</source>
        <translation>Nessun archivio dati è collegato a questo pannello.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="102"/>
        <source>Reading the validation report…</source>
        <translation>Lettura del rapporto di validazione…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="106"/>
        <source>Reading the validation report</source>
        <translation>Lettura del rapporto di validazione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="135"/>
        <source>Valid: %1 rows checked, no errors.</source>
        <translation>Valido: %1 righe controllate, nessun errore.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="136"/>
        <source>%1 errors in %2 rows checked.</source>
        <translation>%1 errori in %2 righe controllate.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="139"/>
        <source>%1 notices (missing metadata; they never make data invalid).</source>
        <translation>%1 note (metadati mancanti; non rendono mai i dati non validi).</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="145"/>
        <source>All findings</source>
        <translation>Tutte le segnalazioni</translation>
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
        <translation>Il file di dati %1 non esiste</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="143"/>
        <source>The data file %1 is not a file</source>
        <translation>Il file di dati %1 non è un file</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="146"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="164"/>
        <source>Cannot read the data file %1</source>
        <translation>Impossibile leggere il file di dati %1</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="202"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="274"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="294"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="218"/>
        <source>no answer within %1 ms</source>
        <translation>nessuna risposta entro %1 ms</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="232"/>
        <source>Cannot reach the ingestion endpoint %1: %2</source>
        <translation>Impossibile raggiungere l&apos;endpoint di ingestione %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="239"/>
        <source>The ingestion endpoint %1 requires an access token (HTTP %2)</source>
        <translation>L&apos;endpoint di ingestione %1 richiede un token di accesso (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="240"/>
        <source>The ingestion endpoint %1 refused the access token (HTTP %2)</source>
        <translation>L&apos;endpoint di ingestione %1 ha rifiutato il token di accesso (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="244"/>
        <source>The ingestion endpoint %1 redirects to %2; send to that address instead</source>
        <translation>L&apos;endpoint di ingestione %1 reindirizza a %2; invia invece a quell&apos;indirizzo</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="245"/>
        <source>an unnamed address</source>
        <translation>un indirizzo senza nome</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="248"/>
        <source>The ingestion endpoint %1 failed (HTTP %2)</source>
        <translation>Errore dell&apos;endpoint di ingestione %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="251"/>
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2)</source>
        <translation>L&apos;endpoint di ingestione %1 ha rifiutato il set di dati (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="252"/>
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2): %3</source>
        <translation>L&apos;endpoint di ingestione %1 ha rifiutato il set di dati (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="266"/>
        <source>The ingestion endpoint must be an http or https address, not &quot;%1&quot;</source>
        <translation>L&apos;endpoint di ingestione deve essere un indirizzo http o https, non &quot;%1&quot;</translation>
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
        <translation>Scenario: &quot;%1&quot; (%2, %3) è fuori dalla griglia %4 x %5</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="135"/>
        <source>Scenario: &quot;%1&quot; is not a scenario id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>Scenario: &quot;%1&quot; non è un id di scenario: usare lettere minuscole, cifre e &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="137"/>
        <source>Scenario: it needs at least one step and one cell</source>
        <translation>Scenario: richiede almeno un passo e una cella</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="144"/>
        <source>Scenario: a wildfire needs at least one cell in &quot;ignitions&quot;</source>
        <translation>Scenario: un incendio boschivo richiede almeno una cella in &quot;ignitions&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="151"/>
        <source>Scenario: a flood needs &quot;inflow&quot; (a hydrograph at a cell) or &quot;rainfall&quot;</source>
        <translation>Scenario: un&apos;alluvione richiede &quot;inflow&quot; (un idrogramma in una cella) o &quot;rainfall&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioAreaChart</name>
    <message>
        <location filename="../widgets/sim/scenarioareachart.cpp" line="36"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioareachart.cpp" line="38"/>
        <source>area (ha)</source>
        <translation>superficie (ha)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioCompareView</name>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="78"/>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="79"/>
        <source>Run both scenarios and show them side by side</source>
        <translation>Esegue entrambi gli scenari e li mostra affiancati</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="80"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="89"/>
        <source>The figure the chart and the map titles compare; impact figures appear once both runs finished</source>
        <translation>La grandezza confrontata dal grafico e dai titoli delle mappe; i valori di impatto compaiono quando entrambe le esecuzioni sono terminate</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="90"/>
        <source>area (ha)</source>
        <translation>superficie (ha)</translation>
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
        <translation>Esecuzione di entrambi gli scenari…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="314"/>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="316"/>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="318"/>
        <source>failed: %1</source>
        <translation>non riuscito: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="324"/>
        <source>Pick two scenarios and press Compare.</source>
        <translation>Scegliere due scenari e premere Confronta.</translation>
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
        <translation>Nuovo incendio boschivo</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariodefaults.cpp" line="50"/>
        <source>New flood</source>
        <translation>Nuova alluvione</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariodefaults.cpp" line="63"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioEditDialog</name>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="37"/>
        <source>Wildfire scenario</source>
        <translation>Scenario di incendio boschivo</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="37"/>
        <source>Flood scenario</source>
        <translation>Scenario di alluvione</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="46"/>
        <source>The same scenario and seed give the same results, byte for byte</source>
        <translation>Lo stesso scenario e lo stesso seme danno gli stessi risultati, byte per byte</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="54"/>
        <source> cells</source>
        <translation> celle</translation>
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
        <translation>EPSG:4326 colloca la griglia nella zona UTM della sua origine; un SR proiettato in metri viene usato così com&apos;è</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="63"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="64"/>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="65"/>
        <source>Random seed:</source>
        <translation>Seme casuale:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="66"/>
        <source>Steps:</source>
        <translation>Passi:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="67"/>
        <source>Grid width:</source>
        <translation>Larghezza della griglia:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="68"/>
        <source>Grid height:</source>
        <translation>Altezza della griglia:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="69"/>
        <source>Cell size:</source>
        <translation>Dimensione della cella:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="70"/>
        <source>North-west corner, longitude:</source>
        <translation>Angolo nord-ovest, longitudine:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="71"/>
        <source>North-west corner, latitude:</source>
        <translation>Angolo nord-ovest, latitudine:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="72"/>
        <source>Origin CRS:</source>
        <translation>SR dell&apos;origine:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="76"/>
        <source>flat (no dataset)</source>
        <translation>piatto (nessun set di dati)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="77"/>
        <source>An elevation raster (DEM) of the catalog, by id or exact title</source>
        <translation>Un raster delle quote (DEM) del catalogo, per id o titolo esatto</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="79"/>
        <source>datasets, separated by commas</source>
        <translation>set di dati, separati da virgole</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="80"/>
        <source>Vector layers (roads, rivers) burnt onto the grid as barriers</source>
        <translation>Layer vettoriali (strade, fiumi) impressi sulla griglia come barriere</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="83"/>
        <source>one line per row: column, row; column, row; …</source>
        <translation>una linea per riga: colonna, riga; colonna, riga; …</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="86"/>
        <source>Terrain (DEM):</source>
        <translation>Terreno (DEM):</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="86"/>
        <source>DEM:</source>
        <translation>DEM:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="87"/>
        <source>Barrier layers:</source>
        <translation>Layer di barriere:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="88"/>
        <source>Barrier lines:</source>
        <translation>Linee di barriera:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="91"/>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="92"/>
        <source>Inputs</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="96"/>
        <source>Wildfire</source>
        <translation>Incendio boschivo</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="100"/>
        <source>Flood</source>
        <translation>Alluvione</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="150"/>
        <source>Random seed: enter a whole number from 0 to 18446744073709551615</source>
        <translation>Seme casuale: inserire un numero intero da 0 a 18446744073709551615</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="163"/>
        <source>Barrier lines</source>
        <translation>Linee di barriera</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioFloodForm</name>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="18"/>
        <source>Local inertial (2-D shallow water)</source>
        <translation>Inerziale locale (acque basse 2D)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="19"/>
        <source>Fill and spill</source>
        <translation>Riempimento e sfioro</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="23"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="28"/>
        <source>Manning&apos;s roughness n in s/m^(1/3): 0.02 paved, 0.035 grass, 0.1 dense vegetation</source>
        <translation>Scabrezza n di Manning in s/m^(1/3): 0,02 pavimentato, 0,035 erba, 0,1 vegetazione fitta</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="33"/>
        <source>column </source>
        <translation>colonna </translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="34"/>
        <source>row </source>
        <translation>riga </translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="37"/>
        <source>hydrograph, one point per line: seconds, m³/s</source>
        <translation>idrogramma, un punto per riga: secondi, m³/s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="40"/>
        <source>one point per line: seconds, mm/h</source>
        <translation>un punto per riga: secondi, mm/h</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="43"/>
        <source>Water leaves the grid at its edges</source>
        <translation>L&apos;acqua esce dalla griglia ai suoi bordi</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="49"/>
        <source>Scheme:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="50"/>
        <source>Time per step:</source>
        <translation>Tempo per passo:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="51"/>
        <source>Roughness (Manning n):</source>
        <translation>Scabrezza (n di Manning):</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="52"/>
        <source>Inflow cell:</source>
        <translation>Cella di afflusso:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="53"/>
        <source>Inflow:</source>
        <translation>Afflusso:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="54"/>
        <source>Rainfall:</source>
        <translation>Pioggia:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="72"/>
        <source>Inflow</source>
        <translation>Afflusso</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="75"/>
        <source>Rainfall</source>
        <translation>Pioggia</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioFrameOverlay</name>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="254"/>
        <source>Wildfire</source>
        <translation>Incendio boschivo</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="254"/>
        <source>Flood</source>
        <translation>Alluvione</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="255"/>
        <source>Step %1 / %2 · %3</source>
        <translation>Passo %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="256"/>
        <source>Arrival time</source>
        <translation>Tempo di arrivo</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="256"/>
        <source>Water depth</source>
        <translation>Profondità dell&apos;acqua</translation>
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
        <translation>Fronte attivo</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioImpact</name>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="42"/>
        <source>{&quot;dataset&quot;: &quot;&lt;vector dataset&gt;&quot;, &quot;kind&quot;: &quot;assets&quot;, &quot;roads&quot; or &quot;population&quot;}</source>
        <translation>{&quot;dataset&quot;: &quot;&lt;set di dati vettoriale&gt;&quot;, &quot;kind&quot;: &quot;assets&quot;, &quot;roads&quot; o &quot;population&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="58"/>
        <source>the id or exact title of a vector dataset</source>
        <translation>l&apos;id o il titolo esatto di un set di dati vettoriale</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="62"/>
        <source>&quot;assets&quot;, &quot;roads&quot; or &quot;population&quot;</source>
        <translation>&quot;assets&quot;, &quot;roads&quot; o &quot;population&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="66"/>
        <source>the field that holds each district&apos;s population</source>
        <translation>il campo che contiene la popolazione di ciascun distretto</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioInputs</name>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="31"/>
        <source>The scenario&apos;s %1 names the dataset &quot;%2&quot;: it needs a workspace to run</source>
        <translation>Il parametro %1 dello scenario indica il set di dati &quot;%2&quot;: per l&apos;esecuzione serve un&apos;area di lavoro</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="38"/>
        <source>The scenario&apos;s %1: no dataset has the id or the exact title &quot;%2&quot;</source>
        <translation>Il parametro %1 dello scenario: nessun set di dati ha l&apos;id o il titolo esatto &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="45"/>
        <source>The data of &quot;%1&quot; is not in this workspace (not downloaded yet?)</source>
        <translation>I dati di &quot;%1&quot; non sono in questa area di lavoro (non ancora scaricati?)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="101"/>
        <source>terrain</source>
        <translation>terreno</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="105"/>
        <source>The terrain &quot;%1&quot; is not a raster (it is %2): give a GeoTIFF elevation model</source>
        <translation>Il terreno &quot;%1&quot; non è un raster (è %2): fornire un modello altimetrico GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="109"/>
        <source>The terrain &quot;%1&quot;: %2</source>
        <translation>Il terreno &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="111"/>
        <source>%1% of the grid lies outside the terrain &quot;%2&quot;: those cells take the nearest elevation</source>
        <translation>Il %1% della griglia è fuori dal terreno &quot;%2&quot;: quelle celle assumono la quota più vicina</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="133"/>
        <source>Scenario: &quot;fuel.uniform&quot; %1 is not a fuel class (see docs/simulation.md)</source>
        <translation>Scenario: &quot;fuel.uniform&quot; %1 non è una classe di combustibile (vedere docs/simulation.md)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="137"/>
        <source>fuel</source>
        <translation>combustibile</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="141"/>
        <source>The fuel map &quot;%1&quot; is not a raster (it is %2): give a GeoTIFF of fuel classes</source>
        <translation>La mappa del combustibile &quot;%1&quot; non è un raster (è %2): fornire un GeoTIFF di classi di combustibile</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="145"/>
        <source>The fuel map &quot;%1&quot;: %2</source>
        <translation>La mappa del combustibile &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="147"/>
        <source>%1% of the grid lies outside the fuel map &quot;%2&quot;: those cells do not burn</source>
        <translation>Il %1% della griglia è fuori dalla mappa del combustibile &quot;%2&quot;: quelle celle non bruciano</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="155"/>
        <source>The fuel map &quot;%1&quot; has the value %2 at cell (%3, %4), which is not a fuel class</source>
        <translation>La mappa del combustibile &quot;%1&quot; ha il valore %2 nella cella (%3, %4), che non è una classe di combustibile</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="171"/>
        <source>barriers</source>
        <translation>barriere</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="175"/>
        <source>The barriers &quot;%1&quot; are not a vector layer (it is %2): give roads or rivers as lines</source>
        <translation>Le barriere &quot;%1&quot; non sono un layer vettoriale (è %2): fornire strade o fiumi come linee</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="179"/>
        <source>The barriers &quot;%1&quot;: %2</source>
        <translation>Le barriere &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="191"/>
        <source>impact layer</source>
        <translation>layer di impatto</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="196"/>
        <source>The impact layer &quot;%1&quot; is not a vector layer (it is %2)</source>
        <translation>Il layer di impatto &quot;%1&quot; non è un layer vettoriale (è %2)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="213"/>
        <source>&quot;ignitions[%1]&quot; (%2, %3) lies on a barrier: it does not burn</source>
        <translation>&quot;ignitions[%1]&quot; (%2, %3) si trova su una barriera: non brucia</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="215"/>
        <source>&quot;ignitions[%1]&quot; (%2, %3) lies on fuel that does not burn (class %4)</source>
        <translation>&quot;ignitions[%1]&quot; (%2, %3) si trova su un combustibile che non brucia (classe %4)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="229"/>
        <source>Scenario grid: %1</source>
        <translation>Griglia dello scenario: %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="234"/>
        <source>Reading the terrain</source>
        <translation>Lettura del terreno</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="239"/>
        <location filename="../core/sim/scenarioinputs.cpp" line="246"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="241"/>
        <source>Reading the fuel map</source>
        <translation>Lettura della mappa del combustibile</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="248"/>
        <source>Drawing the barriers</source>
        <translation>Disegno delle barriere</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioJson</name>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="16"/>
        <source>Scenario: &quot;%1&quot; must be %2</source>
        <translation>Scenario: &quot;%1&quot; deve essere %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="26"/>
        <source>a number from %1 to %2</source>
        <translation>un numero da %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="28"/>
        <location filename="../core/sim/scenariojson.cpp" line="43"/>
        <source>Scenario: &quot;%1&quot; is missing (%2)</source>
        <translation>Scenario: &quot;%1&quot; è mancante (%2)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="41"/>
        <source>a whole number from %1 to %2</source>
        <translation>un numero intero da %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="57"/>
        <source>a text</source>
        <translation>un testo</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="66"/>
        <source>a cell [column, row] of two whole numbers</source>
        <translation>una cella [colonna, riga] di due numeri interi</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="74"/>
        <source>Scenario: unknown key &quot;%1&quot; (known here: %2)</source>
        <translation>Scenario: chiave sconosciuta &quot;%1&quot; (qui sono note: %2)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioKpi</name>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="13"/>
        <source>area (ha)</source>
        <translation>superficie (ha)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="13"/>
        <source>area</source>
        <translation>area</translation>
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
        <translation>Coinvolti al passo %1: %2</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioListModel</name>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="153"/>
        <source>Flood</source>
        <translation>Alluvione</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="153"/>
        <source>Wildfire</source>
        <translation>Incendio boschivo</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="155"/>
        <source>last run %1</source>
        <translation>ultima esecuzione %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="156"/>
        <source>never run</source>
        <translation>mai eseguito</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="159"/>
        <source>cannot be read</source>
        <translation>non leggibile</translation>
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
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="64"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossibile creare la cartella %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="84"/>
        <source>The model reported a depth grid of another size</source>
        <translation>Il modello ha restituito una griglia di profondità di dimensioni diverse</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="87"/>
        <source>step %1 (%2 s)</source>
        <translation>passo %1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="127"/>
        <source>arrival step</source>
        <translation>passo di arrivo</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="157"/>
        <source>maximum depth (m)</source>
        <translation>profondità massima (m)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioPage</name>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="53"/>
        <source>Search scenarios</source>
        <translation>Cerca scenari</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="63"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="63"/>
        <source>A new scenario where the main map looks</source>
        <translation>Un nuovo scenario nel punto inquadrato dalla mappa principale</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="66"/>
        <source>Wildfire…</source>
        <translation>Incendio boschivo…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="68"/>
        <source>Flood…</source>
        <translation>Alluvione…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="71"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="71"/>
        <source>Change the selected scenario&apos;s parameters</source>
        <translation>Modifica i parametri dello scenario selezionato</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="72"/>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="72"/>
        <source>A copy of the selected scenario</source>
        <translation>Una copia dello scenario selezionato</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="73"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="73"/>
        <source>Delete the selected scenario (its results stay in the catalog)</source>
        <translation>Elimina lo scenario selezionato (i suoi risultati restano nel catalogo)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="92"/>
        <source>Run</source>
        <translation>Esegui</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="93"/>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="227"/>
        <source>New wildfire scenario</source>
        <translation>Nuovo scenario di incendio boschivo</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="227"/>
        <source>New flood scenario</source>
        <translation>Nuovo scenario di alluvione</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="265"/>
        <source>Delete scenario</source>
        <translation>Elimina scenario</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="266"/>
        <source>Delete the scenario &quot;%1&quot;? Its results stay in the catalog.</source>
        <translation>Eliminare lo scenario &quot;%1&quot;? I suoi risultati restano nel catalogo.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="278"/>
        <source>Scenarios</source>
        <translation>Scenari</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioReader</name>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="32"/>
        <source>&quot;%1&quot; or {&quot;dataset&quot;: &quot;&lt;dataset id or exact title&gt;&quot;}</source>
        <translation>&quot;%1&quot; o {&quot;dataset&quot;: &quot;&lt;id o titolo esatto del set di dati&gt;&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="46"/>
        <source>a whole number from 0 (up to 2^64 - 1 when written as text)</source>
        <translation>un numero intero da 0 (fino a 2^64 - 1 se scritto come testo)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="57"/>
        <source>&quot;wildfire&quot; or &quot;flood&quot;</source>
        <translation>&quot;wildfire&quot; o &quot;flood&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="68"/>
        <source>lower-case letters, digits and &apos;-&apos; (at most 64)</source>
        <translation>lettere minuscole, cifre e &apos;-&apos; (al massimo 64)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="78"/>
        <source>an object {&quot;width&quot;, &quot;height&quot;, &quot;cellSize&quot;, &quot;origin&quot;, &quot;crs&quot;}</source>
        <translation>un oggetto {&quot;width&quot;, &quot;height&quot;, &quot;cellSize&quot;, &quot;origin&quot;, &quot;crs&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="98"/>
        <source>Scenario: give &quot;terrain&quot; or &quot;dem&quot;, not both</source>
        <translation>Scenario: indicare &quot;terrain&quot; o &quot;dem&quot;, non entrambi</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="108"/>
        <source>a list of {&quot;dataset&quot;, &quot;kind&quot;}</source>
        <translation>un elenco di {&quot;dataset&quot;, &quot;kind&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="124"/>
        <source>polylines [[[col, row], ...], ...], {&quot;dataset&quot;: &quot;&lt;vector dataset&gt;&quot;} or a list of both</source>
        <translation>polilinee [[[col, row], ...], ...], {&quot;dataset&quot;: &quot;&lt;set di dati vettoriale&gt;&quot;} o un elenco di entrambi</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="175"/>
        <source>an object {&quot;speed&quot;: m/s, &quot;direction&quot;: degrees it blows from}</source>
        <translation>un oggetto {&quot;speed&quot;: m/s, &quot;direction&quot;: gradi da cui soffia}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="194"/>
        <source>a list of cells [[col, row], ...]</source>
        <translation>un elenco di celle [[col, row], ...]</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="207"/>
        <source>a list [[seconds, %1], ...] with increasing times from 0 and values from 0</source>
        <translation>un elenco [[secondi, %1], ...] con tempi crescenti da 0 e valori da 0</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="248"/>
        <source>&quot;local-inertial&quot; or &quot;fill-and-spill&quot;</source>
        <translation>&quot;local-inertial&quot; o &quot;fill-and-spill&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="255"/>
        <source>Scenario: give &quot;stepSeconds&quot; or &quot;stepMinutes&quot;, not both</source>
        <translation>Scenario: indicare &quot;stepSeconds&quot; o &quot;stepMinutes&quot;, non entrambi</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="264"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioResults</name>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="24"/>
        <source>%1: fire arrival step</source>
        <translation>%1: passo di arrivo del fuoco</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="26"/>
        <source>%1: maximum flood depth</source>
        <translation>%1: profondità massima dell&apos;alluvione</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="28"/>
        <source>%1: flood depth per step</source>
        <translation>%1: profondità dell&apos;alluvione per passo</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="35"/>
        <source>The step at which each cell caught fire (-1 = unburned), one step = %1 min.</source>
        <translation>Il passo in cui ogni cella ha preso fuoco (-1 = non bruciata), un passo = %1 min.</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="38"/>
        <source>The deepest water on each cell during the run, in metres.</source>
        <translation>La massima profondità dell&apos;acqua in ogni cella durante la simulazione, in metri.</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="39"/>
        <source>Water depth in metres, one band per reported step (see summary.json).</source>
        <translation>Profondità dell&apos;acqua in metri, una banda per ogni passo riportato (vedere summary.json).</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="40"/>
        <source>%1 Simulated by Urbis: scenario &quot;%2&quot; (%3, %4 steps, seed %5, engine version %6).</source>
        <translation>%1 Simulato da Urbis: scenario &quot;%2&quot; (%3, %4 passi, seme %5, versione del motore %6).</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRun</name>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="50"/>
        <source>Starting %1…</source>
        <translation>Avvio di %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="130"/>
        <source>The run was removed before it finished.</source>
        <translation>L&apos;esecuzione è stata rimossa prima del termine.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="137"/>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="138"/>
        <source>Run cancelled</source>
        <translation>Esecuzione annullata</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="138"/>
        <source>Run failed: %1</source>
        <translation>Esecuzione non riuscita: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sim/scenariorun.cpp" line="154"/>
        <source>Done: %n step(s) in %1 ms</source>
        <translation>
            <numerusform>Completato: %n passo in %1 ms</numerusform>
            <numerusform>Completato: %n passi in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRunView</name>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="26"/>
        <source>Run</source>
        <translation>Esegui</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="27"/>
        <source>Run the selected scenario</source>
        <translation>Esegue lo scenario selezionato</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="28"/>
        <location filename="../widgets/sim/scenariorunview.cpp" line="214"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="105"/>
        <source>Select a scenario and press Run.</source>
        <translation>Selezionare uno scenario e premere Esegui.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="200"/>
        <source>The results were not recorded in the catalog.</source>
        <translation>I risultati non sono stati registrati nel catalogo.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="201"/>
        <source>Result datasets: %1</source>
        <translation>Set di dati dei risultati: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="214"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRunner</name>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="36"/>
        <location filename="../core/sim/scenariorunner.cpp" line="194"/>
        <source>Simulating %1</source>
        <translation>Simulazione di %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="149"/>
        <source>The results need a folder or the catalog to go to</source>
        <translation>I risultati richiedono una cartella o il catalogo di destinazione</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="153"/>
        <source>Reading the inputs of %1</source>
        <translation>Lettura degli input di %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="169"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Impossibile creare una cartella di lavoro in %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="175"/>
        <source>Reading the impact layers</source>
        <translation>Lettura dei layer di impatto</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="201"/>
        <source>Simulation cancelled</source>
        <translation>Simulazione annullata</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="206"/>
        <source>Recording the results in the catalog</source>
        <translation>Registrazione dei risultati nel catalogo</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioStore</name>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="20"/>
        <source>&quot;%1&quot; is not a scenario id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; non è un id di scenario: usare lettere minuscole, cifre e &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="41"/>
        <source>There is no scenario file %1</source>
        <translation>Non esiste il file di scenario %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="43"/>
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="47"/>
        <source>%1 is not valid JSON (at character %2: %3)</source>
        <translation>%1 non è un JSON valido (al carattere %2: %3)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="50"/>
        <source>%1 does not hold a scenario object</source>
        <translation>%1 non contiene un oggetto scenario</translation>
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
        <translation>Non esiste lo scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="102"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossibile creare la cartella %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="120"/>
        <source>Cannot remove the scenario &quot;%1&quot;</source>
        <translation>Impossibile rimuovere lo scenario &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioTextFields</name>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="49"/>
        <source>%1, line %2: expected %3</source>
        <translation>%1, riga %2: atteso %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="71"/>
        <source>a cell as &quot;column, row&quot; (whole numbers)</source>
        <translation>una cella come &quot;colonna, riga&quot; (numeri interi)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="100"/>
        <source>cells as &quot;column, row; column, row; …&quot;</source>
        <translation>celle come &quot;colonna, riga; colonna, riga; …&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="104"/>
        <source>at least two cells in a line</source>
        <translation>almeno due celle in una linea</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="127"/>
        <source>&quot;seconds, value&quot; with numbers &gt;= 0</source>
        <translation>&quot;secondi, valore&quot; con numeri &gt;= 0</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="129"/>
        <source>a time later than the line before</source>
        <translation>un tempo successivo a quello della riga precedente</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioTimeline</name>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="32"/>
        <source>Space: play or pause · Left / Right: one step · Home / End: first / newest step</source>
        <translation>Spazio: riproduci o metti in pausa · Sinistra / Destra: un passo · Home / Fine: primo / ultimo passo</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="39"/>
        <source>Playback speed (1x = %1 steps a second)</source>
        <translation>Velocità di riproduzione (1x = %1 passi al secondo)</translation>
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
        <translation>Passo %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="115"/>
        <source>No frames yet</source>
        <translation>Ancora nessun fotogramma</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="230"/>
        <source>Pause (Space)</source>
        <translation>Pausa (Spazio)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="230"/>
        <source>Play (Space)</source>
        <translation>Riproduci (Spazio)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioWildfireForm</name>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="30"/>
        <source>uniform (no dataset)</source>
        <translation>uniforme (nessun set di dati)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="31"/>
        <source>A fuel raster of the catalog, by id or exact title; empty for one fuel everywhere</source>
        <translation>Un raster del combustibile del catalogo, per id o titolo esatto; vuoto per un unico combustibile ovunque</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="34"/>
        <source>default (grass)</source>
        <translation>predefinito (erba)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="35"/>
        <source>The fuel class of a uniform fuel map (docs/simulation.md lists the classes)</source>
        <translation>La classe di combustibile di una mappa del combustibile uniforme (le classi sono elencate in docs/simulation.md)</translation>
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
        <translation>Direzione da cui soffia il vento: 0 = nord, 90 = est</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="42"/>
        <source>Dead-fuel moisture as a fraction (0.08 = 8 %)</source>
        <translation>Umidità del combustibile morto come frazione (0,08 = 8 %)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="43"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="46"/>
        <source>Probability per burning cell and step of a spot fire downwind; 0 = none</source>
        <translation>Probabilità, per cella in fiamme e per passo, di un focolaio secondario sottovento; 0 = nessuno</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="49"/>
        <source>one cell per line: column, row</source>
        <translation>una cella per riga: colonna, riga</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="53"/>
        <source>Fuel map:</source>
        <translation>Mappa del combustibile:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="54"/>
        <source>Uniform fuel class:</source>
        <translation>Classe di combustibile uniforme:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="55"/>
        <source>Wind speed:</source>
        <translation>Velocità del vento:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="56"/>
        <source>Wind from:</source>
        <translation>Vento da:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="57"/>
        <source>Fuel moisture:</source>
        <translation>Umidità del combustibile:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="58"/>
        <source>Time per step:</source>
        <translation>Tempo per passo:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="59"/>
        <source>Spotting:</source>
        <translation>Focolai secondari:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="60"/>
        <source>Ignitions:</source>
        <translation>Punti di innesco:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="77"/>
        <source>Ignitions</source>
        <translation>Punti di innesco</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaFieldsModel</name>
    <message numerus="yes">
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="75"/>
        <source>Detected: %1, %2% of %n sampled cells fit</source>
        <translation>
            <numerusform>Rilevato: %1, %2% di %n cella campionata compatibile</numerusform>
            <numerusform>Rilevato: %1, %2% delle %n celle campionate compatibili</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="78"/>
        <source>%n cells empty or missing</source>
        <translation>
            <numerusform>%n cella vuota o mancante</numerusform>
            <numerusform>%n celle vuote o mancanti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="80"/>
        <source>Examples: %1</source>
        <translation>Esempi: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="82"/>
        <source>Suggested unit: %1</source>
        <translation>Unità suggerita: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="194"/>
        <source>Share of the sampled cells that fit the detected type</source>
        <translation>Quota delle celle campionate compatibili con il tipo rilevato</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="198"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="199"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="200"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="201"/>
        <source>Required</source>
        <translation>Obbligatorio</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="202"/>
        <source>Unique</source>
        <translation>Univoco</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="203"/>
        <source>Minimum</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="204"/>
        <source>Maximum</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="205"/>
        <source>Confidence</source>
        <translation>Affidabilità</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="206"/>
        <source>Examples</source>
        <translation>Esempi</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaInference</name>
    <message>
        <location filename="../core/ingest/schemainference.cpp" line="296"/>
        <source>Schema inference was cancelled</source>
        <translation>L&apos;inferenza dello schema è stata annullata</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaPage</name>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="22"/>
        <source>Schema and metadata</source>
        <translation>Schema e metadati</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="23"/>
        <source>Check the detected column types, add units and constraints, and describe the dataset. Hover a field for what the detection saw.</source>
        <translation>Controlla i tipi di colonna rilevati, aggiungi unità e vincoli e descrivi il set di dati. Passa il mouse su un campo per vedere cosa ha trovato il rilevamento.</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="41"/>
        <source>Fields</source>
        <translation>Campi</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="45"/>
        <source>Dataset</source>
        <translation>Set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="70"/>
        <source>Types were detected from the first rows only; validation reads the whole file.</source>
        <translation>I tipi sono stati rilevati solo dalle prime righe; la validazione legge l&apos;intero file.</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaTable</name>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="28"/>
        <source>No unit given</source>
        <translation>Nessuna unità indicata</translation>
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
        <translation>uso: urbis send ID --to URL [--token-env VAR]
  invia i dati del set di dati e il suo record di catalogo (multipart/form-data: &quot;metadata&quot;, &quot;file&quot;)
  all&apos;endpoint di ingestione REST URL (http o https)
  --token-env VAR   variabile d&apos;ambiente che contiene il bearer token (predefinita %1; none: nessun token)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="37"/>
        <source>send needs one dataset ID and --to URL</source>
        <translation>send richiede un ID di set di dati e --to URL</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="43"/>
        <source>--token-env names %1, which is not set or empty</source>
        <translation>--token-env indica %1, che non è impostata o è vuota</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="53"/>
        <source>Dataset %1 has no stored data to send</source>
        <translation>Il set di dati %1 non ha dati archiviati da inviare</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="56"/>
        <source>The stored data of dataset %1 is missing (%2)</source>
        <translation>I dati archiviati del set di dati %1 mancano (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="67"/>
        <source>Sending %1</source>
        <translation>Invio di %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="82"/>
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes</source>
        <translation>%1 (%2) inviato a %3: HTTP %4, %5 byte</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="83"/>
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes, now at %6</source>
        <translation>%1 (%2) inviato a %3: HTTP %4, %5 byte, ora in %6</translation>
    </message>
</context>
<context>
    <name>urbis::SimCommand</name>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="24"/>
        <source>%1: %2 cells burned (%3 km2) after %4 steps</source>
        <translation>%1: %2 celle bruciate (%3 km2) dopo %4 passi</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="32"/>
        <source>%1: %2 km2 flooded at the end, deepest water %3 m, after %4 steps</source>
        <translation>%1: %2 km2 allagati alla fine, acqua più profonda %3 m, dopo %4 passi</translation>
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
        <translation>uso: urbis sim run wildfire|flood --config SCENARIO.json [--out DIR] [--no-catalog]
     urbis sim list
  run     simula il file di scenario (docs/simulation.md); lo stesso file e lo stesso seme danno
          risultati identici byte per byte. I set di dati che nomina vengono letti dall&apos;area di lavoro.
  --out DIR     scrive i risultati anche in DIR: summary.json e arrival.tif (incendio boschivo) o
                depth_max.tif + depth_frames.tif (alluvione)
  --no-catalog  non registra i risultati nel catalogo (in tal caso serve --out)
          Senza --out i risultati vanno solo nel catalogo, come set di dati del dominio
          &quot;hazard&quot; con la parola chiave scenario:&lt;id&gt;; i loro id vengono stampati. --json stampa
          summary.json con l&apos;aggiunta di &quot;datasets&quot; e &quot;out&quot;.
  list    gli scenari salvati nell&apos;area di lavoro (&lt;data dir&gt;/scenarios/&lt;id&gt;.json)
codici di uscita: 0 completato, 1 scenario non valido, 2 errore di utilizzo, file illeggibile o set di dati sconosciuto,
                  3 errore di I/O</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="68"/>
        <source>sim needs &quot;run wildfire|flood --config FILE&quot; or &quot;list&quot;</source>
        <translation>sim richiede &quot;run wildfire|flood --config FILE&quot; o &quot;list&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="70"/>
        <source>&quot;%1&quot; is not a scenario type: wildfire or flood</source>
        <translation>&quot;%1&quot; non è un tipo di scenario: wildfire o flood</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="94"/>
        <source>broken</source>
        <translation>danneggiato</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/simcommand.cpp" line="96"/>
        <source>%n scenario(s) in %1</source>
        <translation>
            <numerusform>%n scenario in %1</numerusform>
            <numerusform>%n scenari in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="104"/>
        <source>sim run needs --config SCENARIO.json</source>
        <translation>sim run richiede --config SCENARIO.json</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="108"/>
        <source>--no-catalog needs --out DIR: the results must go somewhere</source>
        <translation>--no-catalog richiede --out DIR: i risultati devono andare da qualche parte</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="117"/>
        <source>%1 holds a %2 scenario, not a %3 one</source>
        <translation>%1 contiene uno scenario %2, non %3</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="127"/>
        <source>Simulating %1</source>
        <translation>Simulazione di %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="134"/>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="150"/>
        <source>Affected %1: %2 %3</source>
        <translation>Coinvolti (%1): %2 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="154"/>
        <source>Wrote %1 to %2</source>
        <translation>Scritto %1 in %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/simcommand.cpp" line="156"/>
        <source>%n result dataset(s) in the catalog (keyword scenario:%1)</source>
        <translation>
            <numerusform>%n set di dati di risultato nel catalogo (parola chiave scenario:%1)</numerusform>
            <numerusform>%n set di dati di risultato nel catalogo (parola chiave scenario:%1)</numerusform>
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
        <translation>%1 g %2 h</translation>
    </message>
</context>
<context>
    <name>urbis::SourceOpener</name>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="89"/>
        <source>%1 is not a text file: it holds binary data</source>
        <translation>%1 non è un file di testo: contiene dati binari</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="133"/>
        <source>%1 does not exist</source>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="135"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 è una cartella, non un file</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="138"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="141"/>
        <source>The file is empty: %1</source>
        <translation>Il file è vuoto: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="159"/>
        <source>%1 is a raster image, not a table or vector layer</source>
        <translation>%1 è un&apos;immagine raster, non una tabella né un layer vettoriale</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="168"/>
        <source>The format of %1 is not recognised</source>
        <translation>Il formato di %1 non è riconosciuto</translation>
    </message>
</context>
<context>
    <name>urbis::SqliteTableFile</name>
    <message>
        <location filename="../core/kpi/sqlitetablefile.cpp" line="48"/>
        <source>Cannot open the data of a dataset: %1</source>
        <translation>Impossibile aprire i dati di un set di dati: %1</translation>
    </message>
</context>
<context>
    <name>urbis::StacItemCodec</name>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="148"/>
        <source>%1 is not a STAC Item (needs &quot;type&quot;: &quot;Feature&quot; and an id)</source>
        <translation>%1 non è uno STAC Item (servono &quot;type&quot;: &quot;Feature&quot; e un id)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="158"/>
        <source>%1: a version record is unreadable: %2</source>
        <translation>%1: un record di versione è illeggibile: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="162"/>
        <source>%1: the versions do not start with the dataset %2</source>
        <translation>%1: le versioni non iniziano con il set di dati %2</translation>
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
        <translation>allarme</translation>
    </message>
</context>
<context>
    <name>urbis::StreamActions</name>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="26"/>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="26"/>
        <source>Watch a new WebSocket or MQTT feed (Ctrl+N)</source>
        <translation>Monitora un nuovo flusso WebSocket o MQTT (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="27"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="28"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="28"/>
        <source>Change the selected stream&apos;s settings</source>
        <translation>Modifica le impostazioni del flusso selezionato</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="29"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="29"/>
        <source>Stop watching the selected stream (Delete)</source>
        <translation>Smette di monitorare il flusso selezionato (Canc)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="31"/>
        <location filename="../widgets/stream/streamactions.cpp" line="57"/>
        <source>&amp;Start</source>
        <translation>A&amp;vvia</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="31"/>
        <source>Connect to or disconnect from the selected stream</source>
        <translation>Connette o disconnette il flusso selezionato</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="32"/>
        <location filename="../widgets/stream/streamactions.cpp" line="59"/>
        <source>Re&amp;cord…</source>
        <translation>Re&amp;gistra…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="32"/>
        <source>Record the selected stream into a new dataset</source>
        <translation>Registra il flusso selezionato in un nuovo set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="57"/>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="59"/>
        <source>Stop re&amp;cording</source>
        <translation>Interrompi re&amp;gistrazione</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="69"/>
        <source>Add stream</source>
        <translation>Aggiungi flusso</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="73"/>
        <source>Added &quot;%1&quot;: Start connects to it</source>
        <translation>Aggiunto &quot;%1&quot;: Avvia si connette</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="82"/>
        <location filename="../widgets/stream/streamactions.cpp" line="90"/>
        <source>Edit stream</source>
        <translation>Modifica flusso</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="82"/>
        <source>Stop the recording before changing the stream&apos;s settings.</source>
        <translation>Interrompere la registrazione prima di modificare le impostazioni del flusso.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="101"/>
        <source>Stop watching &quot;%1&quot;? Its recording is finished and kept as a dataset.</source>
        <translation>Smettere di monitorare &quot;%1&quot;? La sua registrazione viene completata e conservata come set di dati.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="102"/>
        <source>Stop watching &quot;%1&quot; and forget its settings and alert rules?</source>
        <translation>Smettere di monitorare &quot;%1&quot; e dimenticarne le impostazioni e le regole di allarme?</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="103"/>
        <source>Remove stream</source>
        <translation>Rimuovi flusso</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="109"/>
        <source>Removed &quot;%1&quot;</source>
        <translation>Rimosso &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="120"/>
        <source>Connecting to &quot;%1&quot;…</source>
        <translation>Connessione a &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="123"/>
        <source>Disconnected from &quot;%1&quot;</source>
        <translation>Disconnesso da &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="135"/>
        <source>Finishing the recording of &quot;%1&quot;…</source>
        <translation>Completamento della registrazione di &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="140"/>
        <source>Record stream</source>
        <translation>Registra flusso</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="140"/>
        <source>Title of the new dataset:</source>
        <translation>Titolo del nuovo set di dati:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="141"/>
        <source>%1 recording %2</source>
        <translation>%1 registrazione %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="150"/>
        <source>Starting to record &quot;%1&quot;…</source>
        <translation>Avvio della registrazione di &quot;%1&quot;…</translation>
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
        <translation>Tutto il buffer</translation>
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
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="60"/>
        <location filename="../widgets/stream/streamchartsview.cpp" line="397"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="61"/>
        <source>Freeze the charts while data keeps arriving (Space)</source>
        <translation>Blocca i grafici mentre i dati continuano ad arrivare (Spazio)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="67"/>
        <location filename="../widgets/stream/streamchartsview.cpp" line="304"/>
        <source>Select a stream to see its live values.</source>
        <translation>Selezionare un flusso per vederne i valori in tempo reale.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="69"/>
        <source>Scroll back within the buffered values (pauses the charts)</source>
        <translation>Scorre indietro tra i valori nel buffer (mette in pausa i grafici)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="72"/>
        <source>Statio&amp;n:</source>
        <translation>Stazio&amp;ne:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="74"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Misura:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="76"/>
        <source>&amp;Window:</source>
        <translation>&amp;Finestra:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="238"/>
        <source>All measures</source>
        <translation>Tutte le misure</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="240"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="257"/>
        <source>(the stream)</source>
        <translation>(il flusso)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="304"/>
        <source>Waiting for the first values…</source>
        <translation>In attesa dei primi valori…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="397"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="417"/>
        <source>Paused: %1 – %2</source>
        <translation>In pausa: %1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="418"/>
        <source>Paused at %1</source>
        <translation>In pausa alle %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="420"/>
        <source>Live, newest %1</source>
        <translation>In tempo reale, ultimo %1</translation>
    </message>
</context>
<context>
    <name>urbis::StreamCommand</name>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="77"/>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation>Nessun set di dati ha l&apos;id o il titolo esatto &quot;%1&quot;</translation>
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
        <translation>uso: urbis stream record URL [--topic T] [--duration S] [--to TITLE] [--city C] [--domain D]
     urbis stream serve DATASET [--port P] [--rate MSGS_PER_S] [--loop]
     urbis stream recover
record   registra un flusso ws://, wss:// o mqtt://host:port in un nuovo set di dati finché non sono trascorsi
         i secondi di --duration o fino a Ctrl+C; stampa l&apos;id del set di dati. --topic: filtro di topic MQTT
         (ripetibile, caratteri jolly + e #; predefinito #). Segreti: URBIS_STREAM_TOKEN (token bearer),
         URBIS_STREAM_PASSWORD (password MQTT; il nome utente va nell&apos;URL)
serve    riproduce un set di dati (id o titolo esatto) come messaggi JSON piatti su ws://127.0.0.1:PORT,
         in ordine temporale, a --rate messaggi al secondo (predefinito 10); termina dopo l&apos;ultima riga
         salvo con --loop
recover  completa le registrazioni dei processi terminati (anche record lo fa prima di iniziare)</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="124"/>
        <source>stream needs &quot;record URL&quot;, &quot;serve DATASET&quot; or &quot;recover&quot;</source>
        <translation>stream richiede &quot;record URL&quot;, &quot;serve DATASET&quot; o &quot;recover&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="134"/>
        <source>--rate needs a number of messages per second above 0</source>
        <translation>--rate richiede un numero di messaggi al secondo maggiore di 0</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="141"/>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port richiede un numero da 0 a 65535</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="154"/>
        <source>&quot;%1&quot; has no table of rows to replay (a raster, or metadata only)</source>
        <translation>&quot;%1&quot; non ha una tabella di righe da riprodurre (è un raster o contiene solo metadati)</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="173"/>
        <source>Serving %1 (%2 rows) on %3 at %4 msg/s</source>
        <translation>Riproduzione di %1 (%2 righe) su %3 a %4 msg/s</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="188"/>
        <source>%1 connected</source>
        <translation>%1 connesso</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="191"/>
        <source>%1 disconnected: %2</source>
        <translation>%1 disconnesso: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation type="vanished">
            <numerusform>%n messaggio inviato</numerusform>
            <numerusform>%n messaggi inviati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/streamcommand.cpp" line="200"/>
        <source>%n row(s) replayed</source>
        <translation>
            <numerusform>%n riga riprodotta</numerusform>
            <numerusform>%n righe riprodotte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="211"/>
        <source>&quot;%1&quot; is not a stream URL: give ws://, wss:// or mqtt://host:port</source>
        <translation>&quot;%1&quot; non è un URL di flusso: indicare ws://, wss:// o mqtt://host:port</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="224"/>
        <source>--duration needs a number of seconds above 0</source>
        <translation>--duration richiede un numero di secondi maggiore di 0</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="233"/>
        <source>Unknown domain &quot;%1&quot;; expected one of %2</source>
        <translation>Dominio sconosciuto &quot;%1&quot;; atteso uno tra %2</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="245"/>
        <source>Completed the recording %1 left by a stopped process</source>
        <translation>Completata la registrazione %1 lasciata da un processo interrotto</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="249"/>
        <source>No stream source for %1</source>
        <translation>Nessuna sorgente di flusso per %1</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="266"/>
        <source>Recording %1 into the dataset %2</source>
        <translation>Registrazione di %1 nel set di dati %2</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="289"/>
        <source>%1 rows, %2 msg/s, %3 errors</source>
        <translation>%1 righe, %2 msg/s, %3 errori</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="317"/>
        <source>Nothing was recorded: no record arrived from %1</source>
        <translation>Non è stato registrato nulla: nessun record è arrivato da %1</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="326"/>
        <source>%1 rows recorded into &quot;%2&quot; (%3 messages, %4 rejected, %5 reconnects)</source>
        <translation>%1 righe registrate in &quot;%2&quot; (%3 messaggi, %4 scartati, %5 riconnessioni)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/streamcommand.cpp" line="351"/>
        <source>%n recording(s) completed</source>
        <translation>
            <numerusform>%n registrazione completata</numerusform>
            <numerusform>%n registrazioni completate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::StreamConfig</name>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="41"/>
        <source>The address must start with ws://, wss://, mqtt:// or mqtts://: &quot;%1&quot;</source>
        <translation>L&apos;indirizzo deve iniziare con ws://, wss://, mqtt:// o mqtts://: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="44"/>
        <source>The address &quot;%1&quot; names no host</source>
        <translation>L&apos;indirizzo &quot;%1&quot; non indica alcun host</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="47"/>
        <source>The MQTT quality of service must be 0 or 1, not %1</source>
        <translation>La qualità del servizio MQTT deve essere 0 o 1, non %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="51"/>
        <source>&quot;%1&quot; is not an MQTT topic filter: &apos;+&apos; and &apos;#&apos; must stand for a whole level, &apos;#&apos; only at the end</source>
        <translation>&quot;%1&quot; non è un filtro di topic MQTT: &apos;+&apos; e &apos;#&apos; devono occupare un intero livello, &apos;#&apos; solo alla fine</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="56"/>
        <source>The message size limit must be at least 1 byte</source>
        <translation>Il limite di dimensione dei messaggi deve essere di almeno 1 byte</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="58"/>
        <source>The heartbeat must be at least 1 second</source>
        <translation>L&apos;heartbeat deve essere di almeno 1 secondo</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="60"/>
        <source>The reconnect waits must be positive, the longest at least the first</source>
        <translation>Le attese di riconnessione devono essere positive, la più lunga almeno pari alla prima</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="62"/>
        <source>The CA certificate file &quot;%1&quot; cannot be read</source>
        <translation>Il file del certificato CA &quot;%1&quot; non può essere letto</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="99"/>
        <source>Stream settings: &quot;%1&quot; must be %2</source>
        <translation>Impostazioni del flusso: &quot;%1&quot; deve essere %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="111"/>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="115"/>
        <source>an address such as wss://host/path or mqtt://host:1883</source>
        <translation>un indirizzo come wss://host/path o mqtt://host:1883</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="119"/>
        <location filename="../core/stream/streamconfig.cpp" line="122"/>
        <source>a list of topic filters</source>
        <translation>un elenco di filtri di topic</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="142"/>
        <source>a whole number of at least %1</source>
        <translation>un numero intero di almeno %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="151"/>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
</context>
<context>
    <name>urbis::StreamDialog</name>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="46"/>
        <source>Add stream</source>
        <translation>Aggiungi flusso</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="47"/>
        <source>default: the host name</source>
        <translation>predefinito: il nome host</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="48"/>
        <source>wss://oup.example.org/air or mqtt://broker:1883</source>
        <translation>wss://oup.example.org/air o mqtt://broker:1883</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="49"/>
        <source>MQTT topic filters, comma-separated; default #</source>
        <translation>Filtri di topic MQTT, separati da virgole; predefinito #</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="51"/>
        <source>0: at most once</source>
        <translation>0: al massimo una volta</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="52"/>
        <source>1: at least once</source>
        <translation>1: almeno una volta</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="55"/>
        <source>sent as Authorization: Bearer …; kept in memory only</source>
        <translation>inviato come Authorization: Bearer …; conservato solo in memoria</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="56"/>
        <source>kept in memory only</source>
        <translation>conservato solo in memoria</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="58"/>
        <source>text sent after each connect, e.g. a JSON subscription</source>
        <translation>testo inviato dopo ogni connessione, ad es. una sottoscrizione JSON</translation>
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
        <translation>Nessun dato e nessuna risposta ai ping per questo tempo: il collegamento è considerato interrotto e viene ristabilito</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
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
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="87"/>
        <source>Us&amp;er / password:</source>
        <translation>Ut&amp;ente / password:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="88"/>
        <source>&amp;Bearer token:</source>
        <translation>Token &amp;bearer:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="89"/>
        <source>Subscribe messa&amp;ge:</source>
        <translation>Messaggio di sottoscri&amp;zione:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="92"/>
        <source>Heartbeat:</source>
        <translation>Heartbeat:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="95"/>
        <source>Max message si&amp;ze:</source>
        <translation>Dimensione massima &amp;messaggio:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="96"/>
        <source>Field mapping</source>
        <translation>Mappatura dei campi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="119"/>
        <source>Edit stream &quot;%1&quot;</source>
        <translation>Modifica flusso &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="177"/>
        <source>Enter the stream&apos;s address</source>
        <translation>Inserire l&apos;indirizzo del flusso</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="181"/>
        <source>Map at least one measure, or let the mapping be inferred</source>
        <translation>Mappare almeno una misura o lasciare che la mappatura venga dedotta</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="186"/>
        <source>The measure &quot;%1&quot; is mapped twice</source>
        <translation>La misura &quot;%1&quot; è mappata due volte</translation>
    </message>
</context>
<context>
    <name>urbis::StreamListModel</name>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="40"/>
        <source>Not started</source>
        <translation>Non avviato</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="42"/>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="44"/>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="46"/>
        <source>Reconnecting…</source>
        <translation>Riconnessione…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="48"/>
        <source>Stopped</source>
        <translation>Fermato</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="100"/>
        <source>%1 rows</source>
        <translation>%1 righe</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="116"/>
        <source>Last error: %1</source>
        <translation>Ultimo errore: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="151"/>
        <source>Messages that were not JSON, not a record, or could not be mapped</source>
        <translation>Messaggi che non erano JSON, non erano un record o non potevano essere mappati</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="153"/>
        <source>Messages over the maximum size, dropped unread</source>
        <translation>Messaggi oltre la dimensione massima, scartati senza leggerli</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="155"/>
        <source>Successful connections after the first</source>
        <translation>Connessioni riuscite dopo la prima</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="164"/>
        <source>Stream</source>
        <translation>Flusso</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="166"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="168"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="170"/>
        <source>msg/s</source>
        <translation>msg/s</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="172"/>
        <source>Samples</source>
        <translation>Campioni</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="174"/>
        <source>Malformed</source>
        <translation>Non validi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="176"/>
        <source>Oversized</source>
        <translation>Troppo grandi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="178"/>
        <source>Reconnects</source>
        <translation>Riconnessioni</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="180"/>
        <source>Recording</source>
        <translation>Registrazione</translation>
    </message>
</context>
<context>
    <name>urbis::StreamListPanel</name>
    <message>
        <location filename="../widgets/stream/streamlistpanel.cpp" line="20"/>
        <source>Filter streams by name or address…</source>
        <translation>Filtra i flussi per nome o indirizzo…</translation>
    </message>
</context>
<context>
    <name>urbis::StreamMonitor</name>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="57"/>
        <source>&amp;Pause charts</source>
        <translation>&amp;Pausa grafici</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="59"/>
        <source>Freeze or follow the live charts (Space)</source>
        <translation>Blocca o segue i grafici in tempo reale (Spazio)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="77"/>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="78"/>
        <location filename="../widgets/stream/streammonitor.cpp" line="258"/>
        <source>Alerts</source>
        <translation>Allarmi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="79"/>
        <location filename="../widgets/stream/streammonitor.cpp" line="260"/>
        <source>Rejected</source>
        <translation>Scartati</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="120"/>
        <source>Alert rules saved</source>
        <translation>Regole di allarme salvate</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="138"/>
        <source>Recording &quot;%1&quot;: the dataset grows in the catalog as it records</source>
        <translation>Registrazione di &quot;%1&quot;: il set di dati cresce nel catalogo durante la registrazione</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="144"/>
        <source>Recording of &quot;%1&quot; finished: %2 rows in the dataset</source>
        <translation>Registrazione di &quot;%1&quot; completata: %2 righe nel set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="152"/>
        <source>Recording of &quot;%1&quot; failed: %2</source>
        <translation>Registrazione di &quot;%1&quot; non riuscita: %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="191"/>
        <source>Cannot read the watched streams: %1</source>
        <translation>Impossibile leggere i flussi monitorati: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="258"/>
        <source>Alerts (%1)</source>
        <translation>Allarmi (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="260"/>
        <source>Rejected (%1)</source>
        <translation>Scartati (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="267"/>
        <source>No streams yet: Add… (Ctrl+N) watches a WebSocket or MQTT feed.</source>
        <translation>Ancora nessun flusso: Aggiungi… (Ctrl+N) monitora un flusso WebSocket o MQTT.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="273"/>
        <source>%1 messages, %2 received, %3 link drops; buffers %4</source>
        <translation>%1 messaggi, %2 ricevuti, %3 interruzioni del collegamento; buffer %4</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="277"/>
        <source>%1 stations over the limit not charted</source>
        <translation>%1 stazioni oltre il limite non rappresentate nei grafici</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="279"/>
        <source>Last error: %1</source>
        <translation>Ultimo errore: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="290"/>
        <source>Stations</source>
        <translation>Stazioni</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="292"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="328"/>
        <source>(log)</source>
        <translation>(registro)</translation>
    </message>
</context>
<context>
    <name>urbis::StreamRecorder</name>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="149"/>
        <source>Nothing to record: the stream&apos;s field mapping has no measure and no attribute</source>
        <translation>Niente da registrare: la mappatura dei campi del flusso non ha né misure né attributi</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="152"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossibile creare la cartella %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="161"/>
        <source>Cannot lock the recording %1</source>
        <translation>Impossibile bloccare la registrazione %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="174"/>
        <source>%1 recording %2</source>
        <translation>%1 registrazione %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="175"/>
        <source>Stream</source>
        <translation>Flusso</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="178"/>
        <source>Recorded from the live stream %1</source>
        <translation>Registrato dal flusso in tempo reale %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="247"/>
        <location filename="../core/stream/streamrecorder.cpp" line="261"/>
        <location filename="../core/stream/streamrecorder.cpp" line="280"/>
        <source>The recording has been finished</source>
        <translation>La registrazione è stata completata</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSession</name>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="140"/>
        <source>This stream is already being recorded.</source>
        <translation>Questo flusso è già in fase di registrazione.</translation>
    </message>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="175"/>
        <source>Recording stopped: %1</source>
        <translation>Registrazione interrotta: %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="196"/>
        <source>The recording could not be completed: %1. It is completed the next time Urbis starts.</source>
        <translation>Non è stato possibile completare la registrazione: %1. Verrà completata al prossimo avvio di Urbis.</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSessions</name>
    <message>
        <location filename="../widgets/stream/streamsessions.cpp" line="133"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="158"/>
        <source>A stream named &quot;%1&quot; is watched already</source>
        <translation>Un flusso denominato &quot;%1&quot; è già monitorato</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamsessions.cpp" line="152"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="175"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="191"/>
        <source>No stream &quot;%1&quot;</source>
        <translation>Nessun flusso &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSource</name>
    <message>
        <location filename="../core/stream/streamsource.cpp" line="95"/>
        <source>The record has no value that could be a measure or an attribute</source>
        <translation>Il record non ha alcun valore che possa essere una misura o un attributo</translation>
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
        <translation>flusso %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="50"/>
        <source>not an object</source>
        <translation>non è un oggetto</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="55"/>
        <source>&quot;%1&quot; is not a stream id</source>
        <translation>&quot;%1&quot; non è un id di flusso</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="57"/>
        <source>no config</source>
        <translation>nessuna configurazione</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="64"/>
        <source>&quot;alertRules&quot; is not a list</source>
        <translation>&quot;alertRules&quot; non è un elenco</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="73"/>
        <source>&quot;autoStart&quot; is not true or false</source>
        <translation>&quot;autoStart&quot; non è true o false</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="94"/>
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="98"/>
        <source>not valid JSON (at character %1)</source>
        <translation>JSON non valido (al carattere %1)</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="101"/>
        <source>no list of streams</source>
        <translation>nessun elenco di flussi</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="110"/>
        <source>the stream id &quot;%1&quot; is used twice</source>
        <translation>l&apos;id di flusso &quot;%1&quot; è usato due volte</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="126"/>
        <location filename="../core/stream/streamstore.cpp" line="172"/>
        <source>There is no stream &quot;%1&quot;</source>
        <translation>Non esiste il flusso &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="153"/>
        <source>&quot;%1&quot; is not a stream id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; non è un id di flusso: usare lettere minuscole, cifre e &apos;-&apos;</translation>
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
        <translation>uso: urbis sync [NAME] [--push] [--pull] [--dry-run] [--with-data]
                [--bbox W,S,E,N] [--from T] [--to T]
     urbis sync [NAME] --fetch ID              scarica i dati di un set di dati ricevuto
     urbis sync [NAME] --conflicts             elenca i set di dati modificati sia qui sia là
     urbis sync [NAME] --resolve ID --keep mine|theirs|both
trasferimenti: --part-size MIB (predefinito 8, almeno 5), --concurrency N (predefinito 4),
               --bwlimit RATE (byte al secondo; suffissi K, M o G: 10M)
Senza --push o --pull vengono eseguite entrambe le direzioni. I set di dati ricevuti portano i loro metadati;
i loro dati arrivano con --with-data, per quelli in --bbox / --from..--to, o con --fetch.
NAME può essere omesso quando c&apos;è un solo archivio remoto (urbis remote list).</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="48"/>
        <source>No remote yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Ancora nessun archivio remoto: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="49"/>
        <source>Several remotes: name the one to sync with</source>
        <translation>Più archivi remoti: indica quello con cui sincronizzare</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="57"/>
        <source>sync takes at most one remote name</source>
        <translation>sync accetta al massimo un nome di archivio remoto</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="93"/>
        <source>--part-size is in MiB, from 5 to 5120</source>
        <translation>--part-size è in MiB, da 5 a 5120</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="100"/>
        <source>--concurrency is a number from 1 to 64</source>
        <translation>--concurrency è un numero da 1 a 64</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="112"/>
        <source>--bwlimit needs a rate such as 500K or 10M</source>
        <translation>--bwlimit richiede una velocità come 500K o 10M</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="123"/>
        <source>--resolve needs --keep mine, theirs or both</source>
        <translation>--resolve richiede --keep mine, theirs o both</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="131"/>
        <source>Syncing with %1</source>
        <translation>Sincronizzazione con %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="148"/>
        <source>%1%2 pushed, %3 pulled, %4 conflict(s), %5 failed; %6 blob(s) up (%7 already there), %8 down in %9 s</source>
        <translation>%1inviati: %2, ricevuti: %3, conflitti: %4, non riusciti: %5; blob caricati: %6 (%7 già presenti), scaricati: %8 in %9 s</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="149"/>
        <source>dry run: would have </source>
        <translation>simulazione (nessuna modifica): </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="181"/>
        <source>%n conflict(s); %1 dataset(s) waiting to be pushed</source>
        <translation>
            <numerusform>%n conflitto; set di dati in attesa di invio: %1</numerusform>
            <numerusform>%n conflitti; set di dati in attesa di invio: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::SyncEngine</name>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="63"/>
        <source>Sync cancelled</source>
        <translation>Sincronizzazione annullata</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="88"/>
        <source>Reading the remote catalog of %1…</source>
        <translation>Lettura del catalogo remoto di %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="118"/>
        <source>%1 is not JSON: %2</source>
        <translation>%1 non è JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="96"/>
        <source>Still unresolved: changed here and on %1</source>
        <translation>Ancora irrisolto: modificato qui e su %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="111"/>
        <source>Changed here (%1 version(s), last edit %2) and on %3 (%4 version(s), last edit %5)</source>
        <translation>Modificato qui (versioni: %1, ultima modifica %2) e su %3 (versioni: %4, ultima modifica %5)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="164"/>
        <source>Changed on %1 while this sync ran</source>
        <translation>Modificato su %1 durante questa sincronizzazione</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="273"/>
        <source>Writing the STAC catalog of %1…</source>
        <translation>Scrittura del catalogo STAC di %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="94"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/syncengine.cpp" line="101"/>
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>Non è stato possibile sincronizzare %n set di dati; la prossima sincronizzazione riproverà</numerusform>
            <numerusform>Non è stato possibile sincronizzare %n set di dati; la prossima sincronizzazione riproverà</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="158"/>
        <source>&quot;%1&quot; changed on %2 again; look at it once more</source>
        <translation>&quot;%1&quot; è stato modificato di nuovo su %2; controllalo ancora una volta</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="208"/>
        <source>&quot;%1&quot; was never synced with a remote: its data is not available</source>
        <translation>&quot;%1&quot; non è mai stato sincronizzato con un archivio remoto: i suoi dati non sono disponibili</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPanel</name>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="51"/>
        <source>Transfers</source>
        <translation>Trasferimenti</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="52"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="53"/>
        <location filename="../widgets/sync/syncpanel.cpp" line="171"/>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="95"/>
        <source>&amp;Add remote…</source>
        <translation>&amp;Aggiungi archivio remoto…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="97"/>
        <source>Connect this catalog to an S3 / MinIO bucket</source>
        <translation>Collega questo catalogo a un bucket S3 / MinIO</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="102"/>
        <source>Forget this remote here; nothing is deleted in the bucket</source>
        <translation>Dimentica qui questo archivio remoto; nel bucket non viene eliminato nulla</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="103"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="105"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="106"/>
        <source>Push local changes and pull the remote&apos;s (Ctrl+Shift+S)</source>
        <translation>Invia le modifiche locali e ricevi quelle dell&apos;archivio remoto (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="107"/>
        <source>&amp;Preview</source>
        <translation>Ante&amp;prima</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="109"/>
        <source>Dry run: list what a sync would move, changing nothing</source>
        <translation>Simulazione: elenca cosa trasferirebbe una sincronizzazione, senza modificare nulla</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="171"/>
        <source>Conflicts (%1)</source>
        <translation>Conflitti (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="205"/>
        <source>Remote &quot;%1&quot; updated</source>
        <translation>Archivio remoto &quot;%1&quot; aggiornato</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="206"/>
        <source>Remote &quot;%1&quot; added</source>
        <translation>Archivio remoto &quot;%1&quot; aggiunto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="235"/>
        <source>Remove remote</source>
        <translation>Rimuovi archivio remoto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="236"/>
        <source>Forget the remote &quot;%1&quot;? Nothing is deleted in the bucket, and the datasets stay in this catalog.</source>
        <translation>Dimenticare l&apos;archivio remoto &quot;%1&quot;? Nel bucket non viene eliminato nulla e i set di dati restano in questo catalogo.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="245"/>
        <source>Remote &quot;%1&quot; removed</source>
        <translation>Archivio remoto &quot;%1&quot; rimosso</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="256"/>
        <source>A sync of &quot;%1&quot; is already running</source>
        <translation>Una sincronizzazione di &quot;%1&quot; è già in corso</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="270"/>
        <source>Syncing &quot;%1&quot;…</source>
        <translation>Sincronizzazione di &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="279"/>
        <source>&quot;%1&quot; is in sync</source>
        <translation>&quot;%1&quot; è sincronizzato</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="281"/>
        <source>Sync of &quot;%1&quot; cancelled</source>
        <translation>Sincronizzazione di &quot;%1&quot; annullata</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284"/>
        <source>Sync of &quot;%1&quot; failed: %2</source>
        <translation>Sincronizzazione di &quot;%1&quot; non riuscita: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284"/>
        <source>see Transfers</source>
        <translation>vedi Trasferimenti</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="295"/>
        <source>Next try at %1</source>
        <translation>Prossimo tentativo: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="331"/>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="333"/>
        <source>Preview of &quot;%1&quot; failed: %2</source>
        <translation>Anteprima di &quot;%1&quot; non riuscita: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="353"/>
        <source>Conflict on &quot;%1&quot; settled</source>
        <translation>Conflitto su &quot;%1&quot; risolto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="354"/>
        <source>Could not settle the conflict: %1</source>
        <translation>Impossibile risolvere il conflitto: %1</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPlanModel</name>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="30"/>
        <source>Upload</source>
        <translation>Invio</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="32"/>
        <source>Download</source>
        <translation>Ricezione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="34"/>
        <source>Fetch data</source>
        <translation>Scaricamento dati</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="36"/>
        <source>Conflict</source>
        <translation>Conflitto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="38"/>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sync/syncplanmodel.cpp" line="72"/>
        <source>%1 (%n version(s))</source>
        <translation>
            <numerusform>%1 (%n versione)</numerusform>
            <numerusform>%1 (%n versioni)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="92"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="94"/>
        <source>Dataset</source>
        <translation>Set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="96"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="98"/>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPreviewView</name>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="18"/>
        <source>Preview lists what a sync would upload and download, without changing anything.</source>
        <translation>L&apos;anteprima elenca cosa una sincronizzazione invierebbe e riceverebbe, senza modificare nulla.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="28"/>
        <source>What the sync would move</source>
        <translation>Cosa trasferirebbe la sincronizzazione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="43"/>
        <source>Asking &quot;%1&quot; what a sync would move…</source>
        <translation>Richiesta a &quot;%1&quot; di cosa trasferirebbe una sincronizzazione…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="49"/>
        <source>Preview of &quot;%1&quot; failed: %2</source>
        <translation>Anteprima di &quot;%1&quot; non riuscita: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="57"/>
        <source>&quot;%1&quot; is in sync: nothing would move.</source>
        <translation>&quot;%1&quot; è sincronizzato: non verrebbe trasferito nulla.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="61"/>
        <source>A sync with &quot;%1&quot; would upload %2 and download %3 dataset(s), %4 in all; %5 conflict(s). Nothing was changed.</source>
        <translation>Una sincronizzazione con &quot;%1&quot; invierebbe %2 e riceverebbe %3 set di dati, %4 in totale; conflitti: %5. Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>urbis::SyncTask</name>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9"/>
        <source>Preview sync with %1</source>
        <translation>Anteprima della sincronizzazione con %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9"/>
        <source>Sync with %1</source>
        <translation>Sincronizzazione con %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="30"/>
        <source>Download the data of a dataset</source>
        <translation>Scarica i dati di un dataset</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/synctask.cpp" line="70"/>
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>Non è stato possibile sincronizzare %n set di dati; la prossima sincronizzazione riproverà</numerusform>
            <numerusform>Non è stato possibile sincronizzare %n set di dati; la prossima sincronizzazione riproverà</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TableChecker</name>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="113"/>
        <source>There is an extra label &quot;%1&quot; in the header at position %2</source>
        <translation>Nell&apos;intestazione c&apos;è un&apos;etichetta in più &quot;%1&quot; alla posizione %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="119"/>
        <source>Label &quot;%1&quot; of the schema is missing from the header at position %2</source>
        <translation>L&apos;etichetta &quot;%1&quot; dello schema manca nell&apos;intestazione alla posizione %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="124"/>
        <source>Label in the header at position %1 is blank</source>
        <translation>L&apos;etichetta nell&apos;intestazione alla posizione %1 è vuota</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="126"/>
        <source>Label &quot;%1&quot; at position %2 is a duplicate</source>
        <translation>L&apos;etichetta &quot;%1&quot; alla posizione %2 è un duplicato</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="128"/>
        <source>Label &quot;%1&quot; at position %2 does not match the field name &quot;%3&quot; of the schema</source>
        <translation>L&apos;etichetta &quot;%1&quot; alla posizione %2 non corrisponde al nome di campo &quot;%3&quot; dello schema</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="173"/>
        <source>Row at position %1 is completely blank</source>
        <translation>La riga alla posizione %1 è completamente vuota</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="187"/>
        <source>Type error in the cell &quot;%1&quot; in row %2 and field &quot;%3&quot; at position %4: type is &quot;%5/%6&quot;</source>
        <translation>Errore di tipo nella cella &quot;%1&quot; nella riga %2 e nel campo &quot;%3&quot; alla posizione %4: il tipo è &quot;%5/%6&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="195"/>
        <source>The cell &quot;%1&quot; in row %2 and field &quot;%3&quot; at position %4 does not conform to the constraint &quot;%5&quot;</source>
        <translation>La cella &quot;%1&quot; nella riga %2 e nel campo &quot;%3&quot; alla posizione %4 non rispetta il vincolo &quot;%5&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="205"/>
        <source>Row at position %1 has an extra value in field at position %2</source>
        <translation>La riga alla posizione %1 ha un valore in più nel campo alla posizione %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="210"/>
        <source>Row at position %1 has a missing cell in field &quot;%2&quot; at position %3</source>
        <translation>Nella riga alla posizione %1 manca una cella nel campo &quot;%2&quot; alla posizione %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="217"/>
        <source>Row at position %1 has a unique constraint violation in field &quot;%2&quot; at position %3</source>
        <translation>La riga alla posizione %1 viola il vincolo di unicità nel campo &quot;%2&quot; alla posizione %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="230"/>
        <source>Row at position %1 violates the primary key: all key cells are null or the key is not unique</source>
        <translation>La riga alla posizione %1 viola la chiave primaria: tutte le celle della chiave sono nulle o la chiave non è univoca</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="247"/>
        <source>Row at position %1 is a duplicate of an earlier row</source>
        <translation>La riga alla posizione %1 è un duplicato di una riga precedente</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="262"/>
        <source>Row at position %1 violates the foreign key: the referenced values are not in the table</source>
        <translation>La riga alla posizione %1 viola la chiave esterna: i valori referenziati non sono nella tabella</translation>
    </message>
</context>
<context>
    <name>urbis::TableField</name>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="38"/>
        <location filename="../core/ingest/valuecast.cpp" line="41"/>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Campo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="92"/>
        <source>constraint &quot;%1&quot; is not supported by type &quot;%2&quot;</source>
        <translation>il vincolo &quot;%1&quot; non è supportato dal tipo &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="98"/>
        <source>constraint &quot;%1&quot;: %2 is not a valid %3</source>
        <translation>vincolo &quot;%1&quot;: %2 non è un valore %3 valido</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="106"/>
        <source>a length constraint is negative</source>
        <translation>un vincolo di lunghezza è negativo</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="127"/>
        <source>pattern &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>il pattern &quot;%1&quot; non è un&apos;espressione regolare valida: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="18"/>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is malformed</source>
        <translation>Campo &quot;%1&quot;: &quot;%2&quot; non è formato correttamente</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="50"/>
        <source>Field &quot;%1&quot;: unknown constraint &quot;%2&quot;</source>
        <translation>Campo &quot;%1&quot;: vincolo sconosciuto &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="112"/>
        <source>A field has no name (&quot;name&quot; must be a string)</source>
        <translation>Un campo non ha nome (&quot;name&quot; deve essere una stringa)</translation>
    </message>
    <message>
        <location filename="../core/ingest/timepattern.cpp" line="113"/>
        <source>The date/time format &quot;%1&quot; uses &quot;%2&quot;, which is not a supported strptime directive</source>
        <translation>Il formato data/ora &quot;%1&quot; usa &quot;%2&quot;, che non è una direttiva strptime supportata</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="96"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation>tipo sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="114"/>
        <source>format &quot;%1&quot; is not valid for type &quot;%2&quot;</source>
        <translation>il formato &quot;%1&quot; non è valido per il tipo &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="131"/>
        <source>&quot;%1&quot; is malformed</source>
        <translation>&quot;%1&quot; non è formato correttamente</translation>
    </message>
</context>
<context>
    <name>urbis::TableSchema</name>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="51"/>
        <source>Foreign key %1 is malformed: it needs &quot;fields&quot; and a &quot;reference&quot; with &quot;resource&quot; and &quot;fields&quot;</source>
        <translation>La chiave esterna %1 non è formata correttamente: richiede &quot;fields&quot; e un &quot;reference&quot; con &quot;resource&quot; e &quot;fields&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="58"/>
        <source>Foreign key %1 lists %2 fields but references %3</source>
        <translation>La chiave esterna %1 elenca %2 campi ma ne referenzia %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="70"/>
        <source>Foreign key %1 names the field &quot;%2&quot;, which the schema does not have</source>
        <translation>La chiave esterna %1 indica il campo &quot;%2&quot;, che lo schema non contiene</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="88"/>
        <location filename="../core/ingest/tableschema.cpp" line="95"/>
        <source>The schema&apos;s &quot;missingValues&quot; must be a list of strings</source>
        <translation>&quot;missingValues&quot; dello schema deve essere un elenco di stringhe</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="103"/>
        <source>The schema has no &quot;fields&quot; list</source>
        <translation>Lo schema non ha un elenco &quot;fields&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="111"/>
        <source>Field %1 of the schema is not an object</source>
        <translation>Il campo %1 dello schema non è un oggetto</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="116"/>
        <source>Field %1 of the schema has no name</source>
        <translation>Il campo %1 dello schema non ha nome</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="124"/>
        <source>The schema has two fields named &quot;%1&quot;</source>
        <translation>Lo schema ha due campi di nome &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="134"/>
        <source>The schema&apos;s &quot;primaryKey&quot; must be a field name or a list of them</source>
        <translation>&quot;primaryKey&quot; dello schema deve essere un nome di campo o un elenco di nomi di campo</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="140"/>
        <source>The primary key names the field &quot;%1&quot;, which the schema does not have</source>
        <translation>La chiave primaria indica il campo &quot;%1&quot;, che lo schema non contiene</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="150"/>
        <source>The schema&apos;s &quot;foreignKeys&quot; must be a list</source>
        <translation>&quot;foreignKeys&quot; dello schema deve essere un elenco</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="163"/>
        <source>The schema&apos;s &quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; dello schema deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="177"/>
        <source>Cannot read the schema file %1</source>
        <translation>Impossibile leggere il file di schema %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="182"/>
        <source>The schema file %1 is not valid JSON (at byte %2)</source>
        <translation>Il file di schema %1 non è JSON valido (al byte %2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="188"/>
        <source>The schema file %1 does not hold a JSON object</source>
        <translation>Il file di schema %1 non contiene un oggetto JSON</translation>
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
        <translation>Annullata prima dell&apos;avvio</translation>
    </message>
</context>
<context>
    <name>urbis::TaskProgressWidget</name>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="20"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="22"/>
        <source>Stop this step</source>
        <translation>Interrompi questo passaggio</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="59"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="83"/>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
</context>
<context>
    <name>urbis::TaskRow</name>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="35"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="37"/>
        <source>Stop this task; work done so far is rolled back</source>
        <translation>Interrompe questa attività; il lavoro svolto finora viene annullato</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="89"/>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92"/>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="95"/>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="98"/>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="101"/>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
</context>
<context>
    <name>urbis::TasksPanel</name>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="18"/>
        <source>Clear finished</source>
        <translation>Rimuovi completate</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="20"/>
        <source>Remove finished, failed and cancelled tasks from the list</source>
        <translation>Rimuove dall&apos;elenco le attività completate, non riuscite e annullate</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="25"/>
        <source>No tasks. Imports, sync and clean-up jobs show their progress here.</source>
        <translation>Nessuna attività. Importazioni, sincronizzazioni e pulizie mostrano qui il loro avanzamento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="91"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n in esecuzione</numerusform>
            <numerusform>%n in esecuzione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="92"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n completata</numerusform>
            <numerusform>%n completate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TileDownloader</name>
    <message>
        <location filename="../core/map/tiledownloader.cpp" line="76"/>
        <source>The server sent something that is not an image</source>
        <translation>Il server ha inviato qualcosa che non è un&apos;immagine</translation>
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
        <translation>%1 byte</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="60"/>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="63"/>
        <source>%1/s, %2:%3 left</source>
        <translation>%1/s, tempo rimanente %2:%3</translation>
    </message>
</context>
<context>
    <name>urbis::TransfersView</name>
    <message>
        <location filename="../widgets/sync/transfersview.cpp" line="15"/>
        <source>No transfer running. Sync now (Ctrl+Shift+S) or Preview to see what would move.</source>
        <translation>Nessun trasferimento in corso. &quot;Sincronizza ora&quot; (Ctrl+Shift+S) o &quot;Anteprima&quot; mostra cosa verrebbe trasferito.</translation>
    </message>
</context>
<context>
    <name>urbis::ValidateCommand</name>
    <message>
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation type="vanished">uso: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                    [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
codici di uscita: 0 valido, 1 non valido, 2 errore di utilizzo o input illeggibile</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="31"/>
        <source>validate needs exactly one file</source>
        <translation>validate richiede esattamente un file</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="38"/>
        <source>--limit-errors needs a positive whole number</source>
        <translation>--limit-errors richiede un numero intero positivo</translation>
    </message>
    <message>
        <source>Unknown check &quot;%1&quot;; available: duplicate-row</source>
        <translation type="vanished">Controllo sconosciuto &quot;%1&quot;; disponibili: duplicate-row</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="21"/>
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
checks: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
        forbidden-value:FIELD=a|b|c (city-data checks always run; --no-city-checks turns them off)
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation>uso: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                    [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
controlli: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
           forbidden-value:FIELD=a|b|c (i controlli sui dati urbani vengono sempre eseguiti; --no-city-checks li disattiva)
codici di uscita: 0 valido, 1 non valido, 2 errore di utilizzo o input illeggibile</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="48"/>
        <source>Unknown check &quot;%1&quot;; available: %2</source>
        <translation>Controllo sconosciuto &quot;%1&quot;; disponibili: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="51"/>
        <source>The check %1 needs a field: --checks %1:FIELD</source>
        <translation>Il controllo %1 richiede un campo: --checks %1:FIELD</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="78"/>
        <source>Cannot read %1: no such file</source>
        <translation>Impossibile leggere %1: file inesistente</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="82"/>
        <source>Validating</source>
        <translation>Validazione in corso</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="99"/>
        <source>, row %1</source>
        <translation>, riga %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="101"/>
        <source>, column %1</source>
        <translation>, colonna %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="102"/>
        <source>, column %1 (%2)</source>
        <translation>, colonna %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="106"/>
        <source>... and %1 more errors (use --json for all)</source>
        <translation>... e altri %1 errori (usare --json per vederli tutti)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="107"/>
        <source>%1: valid (%2 rows, %3 fields)</source>
        <translation>%1: valido (%2 righe, %3 campi)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="108"/>
        <source>%1: invalid, %2 errors in %3 rows</source>
        <translation>%1: non valido, %2 errori in %3 righe</translation>
    </message>
</context>
<context>
    <name>urbis::Validator</name>
    <message>
        <source>Validation cancelled</source>
        <translation type="vanished">Validazione annullata</translation>
    </message>
    <message>
        <source>The source is empty</source>
        <translation type="vanished">La sorgente è vuota</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="70"/>
        <source>Cannot create a temporary folder</source>
        <translation>Impossibile creare una cartella temporanea</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="74"/>
        <source>Cannot write a temporary file</source>
        <translation>Impossibile scrivere un file temporaneo</translation>
    </message>
</context>
<context>
    <name>urbis::VectorReader</name>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="77"/>
        <source>Cannot open %1 as a vector source</source>
        <translation>Impossibile aprire %1 come sorgente vettoriale</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="81"/>
        <source>%1 has no layer %2</source>
        <translation>%1 non ha il layer %2</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="102"/>
        <source>Cannot transform %1 to WGS84</source>
        <translation>Impossibile trasformare %1 in WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="190"/>
        <source>Reading %1 failed</source>
        <translation>Lettura di %1 non riuscita</translation>
    </message>
</context>
<context>
    <name>urbis::VersionHistoryView</name>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="20"/>
        <source>Select a version to see what changed since the one before; double-click to open it</source>
        <translation>Selezionare una versione per vedere cosa è cambiato rispetto alla precedente; fare doppio clic per aprirla</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="35"/>
        <source>Versions</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="37"/>
        <source>Changes in the metadata</source>
        <translation>Modifiche ai metadati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="41"/>
        <source>Change log of this version</source>
        <translation>Registro delle modifiche di questa versione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="67"/>
        <source>Version %1 · %2 · %3</source>
        <translation>Versione %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="103"/>
        <source>Version %1 is the first version: nothing to compare it with.</source>
        <translation>La versione %1 è la prima versione: non c&apos;è nulla con cui confrontarla.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="109"/>
        <source>No metadata changed between version %1 and version %2.</source>
        <translation>Nessun metadato è cambiato tra la versione %1 e la versione %2.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="110"/>
        <source>Version %1 compared with version %2:</source>
        <translation>Versione %1 confrontata con la versione %2:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="114"/>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="115"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>urbis::WebSocketSource</name>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="191"/>
        <source>No answer from %1 within %2 s</source>
        <translation>Nessuna risposta da %1 entro %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="198"/>
        <source>No data and no answer to pings for %1 s: the link is dead, reconnecting</source>
        <translation>Nessun dato e nessuna risposta ai ping da %1 s: il collegamento è interrotto, riconnessione in corso</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="213"/>
        <source>A message over %1 bytes: the connection was closed and is reopened</source>
        <translation>Un messaggio oltre %1 byte: la connessione è stata chiusa e viene riaperta</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="245"/>
        <source>HTTP %1 from the server: check the token</source>
        <translation>HTTP %1 dal server: controllare il token</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="246"/>
        <source>HTTP %1 %2 from the server: is %3 a WebSocket address?</source>
        <translation>HTTP %1 %2 dal server: %3 è un indirizzo WebSocket?</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="252"/>
        <source>%1 refused the connection: is the server running?</source>
        <translation>%1 ha rifiutato la connessione: il server è in esecuzione?</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="254"/>
        <source>Host %1 not found: check the address</source>
        <translation>Host %1 non trovato: controllare l&apos;indirizzo</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="256"/>
        <source>Secure connection to %1 failed: %2. A private server needs its CA certificate in the CA file</source>
        <translation>Connessione sicura a %1 non riuscita: %2. Un server privato richiede il proprio certificato CA nel file CA</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="261"/>
        <source>Network error talking to %1: %2</source>
        <translation>Errore di rete nella comunicazione con %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="266"/>
        <source>A message was too large: the connection was closed</source>
        <translation>Un messaggio era troppo grande: la connessione è stata chiusa</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="268"/>
        <source>The server closed the connection: %1 (code %2)</source>
        <translation>Il server ha chiuso la connessione: %1 (codice %2)</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="274"/>
        <source>The connection to %1 was lost</source>
        <translation>La connessione a %1 è stata persa</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="275"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connessione a %1 è stata persa: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="276"/>
        <source>The server closed the connection</source>
        <translation>Il server ha chiuso la connessione</translation>
    </message>
</context>
<context>
    <name>urbis::WhatIf</name>
    <message>
        <location filename="../core/sim/whatif.cpp" line="40"/>
        <source>The KPI is by %1 and the driver by %2; they must share a grain</source>
        <translation>Il KPI è per %1 e il fattore per %2; devono avere la stessa granularità</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="43"/>
        <source>The change needs a start date</source>
        <translation>La variazione richiede una data di inizio</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="45"/>
        <source>The change ends before it starts</source>
        <translation>La variazione termina prima di iniziare</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="47"/>
        <source>A driver cannot fall by more than 100 %</source>
        <translation>Un fattore non può diminuire di più del 100 %</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="65"/>
        <source>The KPI and the driver overlap in %1 periods with values; the model needs at least %2</source>
        <translation>Il KPI e il fattore si sovrappongono in %1 periodi con valori; il modello ne richiede almeno %2</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="90"/>
        <source>The driver does not vary over the overlapping periods</source>
        <translation>Il fattore non varia nei periodi sovrapposti</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="163"/>
        <source>The change does not touch the analysed periods (%1 to %2)</source>
        <translation>La variazione non interessa i periodi analizzati (da %1 a %2)</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="170"/>
        <source>KPI = %1 + %2 x driver fitted on %3 overlapping periods (R² = %4). The fit shows association, not causation, and assumes a constant response per driver unit.</source>
        <translation>KPI = %1 + %2 x fattore, stimato su %3 periodi sovrapposti (R² = %4). La stima mostra un&apos;associazione, non una causalità, e presuppone una risposta costante per unità del fattore.</translation>
    </message>
</context>
<context>
    <name>urbis::WildfireModel</name>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="43"/>
        <source>The fuel grid is empty.</source>
        <translation>La griglia del combustibile è vuota.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="45"/>
        <source>The grid of %1 × %2 cells is too large.</source>
        <translation>La griglia di %1 × %2 celle è troppo grande.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="47"/>
        <source>The elevation grid (%1 × %2) does not match the fuel grid (%3 × %4).</source>
        <translation>La griglia delle quote (%1 × %2) non corrisponde alla griglia del combustibile (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="53"/>
        <source>The barrier grid (%1 × %2) does not match the fuel grid (%3 × %4).</source>
        <translation>La griglia delle barriere (%1 × %2) non corrisponde alla griglia del combustibile (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="59"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>La dimensione della cella deve essere un numero positivo di metri.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="61"/>
        <source>A wildfire run needs at least one step.</source>
        <translation>Una simulazione di incendio boschivo richiede almeno un passo.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="63"/>
        <source>The step length must be a positive number of minutes.</source>
        <translation>La durata del passo deve essere un numero positivo di minuti.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="65"/>
        <source>The wind speed must be zero or more and its direction a number of degrees.</source>
        <translation>La velocità del vento deve essere pari o superiore a zero e la sua direzione un numero di gradi.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="67"/>
        <source>The fuel moisture must be a fraction of zero or more.</source>
        <translation>L&apos;umidità del combustibile deve essere una frazione pari o superiore a zero.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="69"/>
        <source>The spotting probability must be between 0 and 1.</source>
        <translation>La probabilità di focolai secondari deve essere compresa tra 0 e 1.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="73"/>
        <source>Fuel code %1 is out of range or listed twice.</source>
        <translation>Il codice di combustibile %1 è fuori intervallo o elencato due volte.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="77"/>
        <source>Fuel %1 needs a spread rate of zero or more and a positive extinction moisture.</source>
        <translation>Il combustibile %1 richiede una velocità di propagazione pari o superiore a zero e un&apos;umidità di estinzione positiva.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="86"/>
        <source>The fuel grid holds code %1, which is not in the fuel table.</source>
        <translation>La griglia del combustibile contiene il codice %1, che non è nella tabella dei combustibili.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="90"/>
        <source>The elevation grid has cells without a value.</source>
        <translation>La griglia delle quote ha celle senza valore.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="93"/>
        <source>A wildfire run needs at least one ignition point.</source>
        <translation>Una simulazione di incendio boschivo richiede almeno un punto di innesco.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="96"/>
        <source>The ignition at (%1, %2) is outside the grid.</source>
        <translation>Il punto di innesco in (%1, %2) è fuori dalla griglia.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="106"/>
        <source>The wildfire simulation was cancelled.</source>
        <translation>La simulazione dell&apos;incendio boschivo è stata annullata.</translation>
    </message>
</context>
<context>
    <name>urbis::WildfireParams</name>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="31"/>
        <source>Grass</source>
        <translation>Erba</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="32"/>
        <source>Shrub</source>
        <translation>Arbusti</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="33"/>
        <source>Timber litter</source>
        <translation>Lettiera forestale</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="34"/>
        <source>Urban vegetation</source>
        <translation>Vegetazione urbana</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="35"/>
        <source>Water or rock</source>
        <translation>Acqua o roccia</translation>
    </message>
</context>
<context>
    <name>urbis::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="30"/>
        <source>Cannot create the data folder %1</source>
        <translation>Impossibile creare la cartella dati %1</translation>
    </message>
</context>
<context>
    <name>urbis::XmlSource</name>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="31"/>
        <source>Row %1: the XML is not well-formed at line %2, column %3: %4</source>
        <translation>Riga %1: l&apos;XML non è ben formato alla riga %2, colonna %3: %4</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="45"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="54"/>
        <source>%1 holds no XML element</source>
        <translation>%1 non contiene elementi XML</translation>
    </message>
</context>
<context>
    <name>urbis::gdal</name>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="23"/>
        <source>Out of memory for %1</source>
        <translation>Memoria insufficiente per %1</translation>
    </message>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="29"/>
        <source>Cannot create %1</source>
        <translation>Impossibile creare %1</translation>
    </message>
</context>
<context>
    <name>urbis::isotime</name>
    <message>
        <location filename="../core/util/isotime.cpp" line="34"/>
        <source>&quot;%1&quot; is not an ISO 8601 date or time (e.g. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</source>
        <translation>&quot;%1&quot; non è una data o un&apos;ora ISO 8601 (ad es. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</translation>
    </message>
</context>
<context>
    <name>urbis::s3::FileSha256</name>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="14"/>
        <location filename="../core/storage/s3/filesha256.cpp" line="22"/>
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="19"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Client</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="vanished">Impossibile raggiungere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="280"/>
        <source>Not found on the remote: %1</source>
        <translation>Non trovato nell&apos;archivio remoto: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="282"/>
        <source>The remote refused %1: it was changed meanwhile</source>
        <translation>L&apos;archivio remoto ha rifiutato %1: nel frattempo è stato modificato</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="284"/>
        <source>The remote does not support %1</source>
        <translation>L&apos;archivio remoto non supporta %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="286"/>
        <source>The remote is too busy for %1 (HTTP %2): try again later</source>
        <translation>L&apos;archivio remoto è troppo occupato per %1 (HTTP %2): riprova più tardi</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="288"/>
        <source>The remote failed on %1 (HTTP %2)</source>
        <translation>Errore dell&apos;archivio remoto su %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="289"/>
        <source>The remote refused %1: %2</source>
        <translation>L&apos;archivio remoto ha rifiutato %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="329"/>
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>%1 è arrivato danneggiato: il contenuto non corrisponde al suo sha256</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="162"/>
        <location filename="../core/storage/s3/s3client.cpp" line="171"/>
        <location filename="../core/storage/s3/s3client.cpp" line="244"/>
        <location filename="../core/storage/s3/s3client.cpp" line="375"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="253"/>
        <source>the data could not be written</source>
        <translation>non è stato possibile scrivere i dati</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="265"/>
        <source>the connection failed (%1)</source>
        <translation>la connessione non è riuscita (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="275"/>
        <source>Cannot reach %1 for %2: %3</source>
        <translation>Impossibile raggiungere %1 per %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="365"/>
        <source>The remote could not copy %1 to %2</source>
        <translation>L’archivio remoto non ha potuto copiare %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="411"/>
        <source>The remote sent an unreadable listing</source>
        <translation>L&apos;archivio remoto ha inviato un elenco illeggibile</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="415"/>
        <source>The remote sent a truncated listing without a continuation token</source>
        <translation>L&apos;archivio remoto ha inviato un elenco troncato senza token di continuazione</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="417"/>
        <source>The remote listing does not end</source>
        <translation>L&apos;elenco dell&apos;archivio remoto non termina</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Downloader</name>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="26"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="42"/>
        <source>Downloading %1</source>
        <translation>Scaricamento di %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="51"/>
        <source>%1 carries no sha256 to verify it by</source>
        <translation>%1 non ha alcuno sha256 con cui verificarlo</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="59"/>
        <source>Cannot make room for %1 in %2</source>
        <translation>Impossibile fare spazio per %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="69"/>
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>%1 è arrivato danneggiato: il contenuto non corrisponde al suo sha256</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="103"/>
        <location filename="../core/storage/s3/s3downloader.cpp" line="129"/>
        <location filename="../core/storage/s3/s3downloader.cpp" line="136"/>
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="131"/>
        <source>%1 arrived damaged: a range came back with the wrong length</source>
        <translation>%1 è arrivato danneggiato: un intervallo è tornato con la lunghezza sbagliata</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Multipart</name>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="41"/>
        <source>The remote did not start the upload of %1</source>
        <translation>L&apos;archivio remoto non ha avviato il caricamento di %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="54"/>
        <source>The remote sent no ETag for part %1 of %2</source>
        <translation>L&apos;archivio remoto non ha inviato alcun ETag per la parte %1 di %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="90"/>
        <source>The remote could not assemble %1</source>
        <translation>L&apos;archivio remoto non è riuscito ad assemblare %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="141"/>
        <source>The remote sent an unreadable part list</source>
        <translation>L&apos;archivio remoto ha inviato un elenco delle parti illeggibile</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="145"/>
        <source>The remote part list does not end</source>
        <translation>L&apos;elenco delle parti dell&apos;archivio remoto non termina</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3UploadState</name>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="27"/>
        <source>No upload to resume at %1</source>
        <translation>Nessun caricamento da riprendere in %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="29"/>
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="34"/>
        <source>The upload state %1 is unreadable</source>
        <translation>Lo stato del caricamento %1 è illeggibile</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="50"/>
        <source>The upload state %1 is incomplete</source>
        <translation>Lo stato del caricamento %1 è incompleto</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Uploader</name>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="28"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="50"/>
        <source>Cannot upload %1: there is no such file</source>
        <translation>Impossibile caricare %1: file inesistente</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="58"/>
        <source>Uploading %1</source>
        <translation>Caricamento di %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="79"/>
        <source>%1 changed while it was uploaded</source>
        <translation>%1 è cambiato durante il caricamento</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="115"/>
        <location filename="../core/storage/s3/s3uploader.cpp" line="118"/>
        <location filename="../core/storage/s3/s3uploader.cpp" line="214"/>
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="228"/>
        <source>Cannot read part %1 of %2</source>
        <translation>Impossibile leggere la parte %1 di %2</translation>
    </message>
</context>
</TS>
