<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="67" />
        <source>Urbis</source>
        <translation>Urbis</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="68" />
        <source>Cannot open the workspace:
%1</source>
        <translation>Impossibile aprire l'area di lavoro:
%1</translation>
    </message>
</context>
<context>
    <name>urbis</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="29" />
        <source>The built-in basemap file %1 is missing</source>
        <translation>Manca il file della mappa di base integrata %1</translation>
    </message>
</context>
<context>
    <name>urbis::AboutDialog</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="20" />
        <source>About Urbis</source>
        <translation>Informazioni su Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="22" />
        <source>Urbis %1</source>
        <translation>Urbis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="23" />
        <source>Desktop operator and data-curation application for city digital twins.</source>
        <translation>Applicazione desktop per la gestione e la cura dei dati dei gemelli digitali urbani.</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="27" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="36" />
        <source>Built with:</source>
        <translation>Compilato con:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="39" />
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="40" />
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Copia le versioni, ad es. per una segnalazione di bug</translation>
    </message>
</context>
<context>
    <name>urbis::AssetExport</name>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="12" />
        <source>Export %1 to %2</source>
        <translation>Esporta %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="15" />
        <source>No object store to export from</source>
        <translation>Nessun archivio oggetti da cui esportare</translation>
    </message>
</context>
<context>
    <name>urbis::AtomicFile</name>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="35" />
        <source>Cannot create folder %1</source>
        <translation>Impossibile creare la cartella %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="39" />
        <source>Cannot create a temporary file in %1</source>
        <translation>Impossibile creare un file temporaneo in %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="71" />
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="84" />
        <source>Cannot flush %1 to disk</source>
        <translation>Impossibile sincronizzare %1 su disco</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="89" />
        <source>Cannot move %1 into place as %2</source>
        <translation>Impossibile spostare %1 nella posizione definitiva %2</translation>
    </message>
</context>
<context>
    <name>urbis::BasemapLayers</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="46" />
        <source>Land</source>
        <translation>Terre emerse</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="55" />
        <source>Country borders</source>
        <translation>Confini nazionali</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="63" />
        <source>Places</source>
        <translation>Località</translation>
    </message>
</context>
<context>
    <name>urbis::BlobTransfers</name>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="50" />
        <source>The data of "%1" is not on this computer (blob %2): fetch it before pushing</source>
        <translation>I dati di "%1" non sono su questo computer (blob %2): scaricali prima di inviare</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="53" />
        <source>Cannot create %1</source>
        <translation>Impossibile creare %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="77" />
        <source>Cannot create a work folder in %1</source>
        <translation>Impossibile creare una cartella di lavoro in %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="102" />
        <source>%1 does not hold the data its catalog entry names (sha256 %2, expected %3)</source>
        <translation>%1 non contiene i dati indicati dalla sua voce di catalogo (sha256 %2, atteso %3)</translation>
    </message>
</context>
<context>
    <name>urbis::BrowseOrder</name>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="8" />
        <source>Relevance</source>
        <translation>Rilevanza</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="9" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="10" />
        <source>Newest first</source>
        <translation>Più recenti prima</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="11" />
        <source>Oldest first</source>
        <translation>Meno recenti prima</translation>
    </message>
</context>
<context>
    <name>urbis::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="72" />
        <source>Cannot open the catalog %1</source>
        <translation>Impossibile aprire il catalogo %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="85" />
        <source>A dataset needs a title</source>
        <translation>Un set di dati deve avere un titolo</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="87" />
        <source>Unknown domain "%1"; expected one of %2</source>
        <translation>Dominio "%1" sconosciuto; atteso uno tra %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="90" />
        <source>The temporal extent ends before it starts</source>
        <translation>L'estensione temporale termina prima di iniziare</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="93" />
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>Il riquadro di delimitazione %1 non è un'estensione WGS84 valida</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="124" />
        <location filename="../core/catalog/catalog.cpp" line="456" />
        <location filename="../core/catalog/catalog.cpp" line="474" />
        <source>No dataset with id %1</source>
        <translation>Nessun set di dati con id %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="267" />
        <source>A dataset with id %1 exists already</source>
        <translation>Esiste già un set di dati con id %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="328" />
        <source>Record %1: %2</source>
        <translation>Record %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="351" />
        <source>Dataset "%1" was changed by someone else since it was loaded</source>
        <translation>Il set di dati "%1" è stato modificato da qualcun altro dopo il caricamento</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="392" />
        <source>Version %1 of "%2" already has a newer version</source>
        <translation>La versione %1 di "%2" ha già una versione più recente</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsearch.cpp" line="50" />
        <source>The search text "%1" is not a valid query</source>
        <translation>Il testo di ricerca "%1" non è una query valida</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="14" />
        <source>A dataset needs at least one version</source>
        <translation>Un set di dati deve avere almeno una versione</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="18" />
        <source>A synced version of "%1" has no id</source>
        <translation>Una versione sincronizzata di "%1" non ha un identificativo</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogCommand</name>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="24" />
        <source>Unknown sort "%1"; use one of %2</source>
        <translation>Ordinamento "%1" sconosciuto; usare uno tra %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="35" />
        <source>--%1 needs a non-negative whole number, not "%2"</source>
        <translation>--%1 richiede un numero intero non negativo, non "%2"</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="63" />
        <source>--from is after --to</source>
        <translation>--from è successivo a --to</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="68" />
        <source>Unknown domain "%1"; use one of %2</source>
        <translation>Dominio "%1" sconosciuto; usare uno tra %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="76" />
        <source>--year needs a year, not "%1"</source>
        <translation>--year richiede un anno, non "%1"</translation>
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
        <translation>uso: urbis catalog list [opzioni]
     urbis catalog search [TEXT] [--bbox W,S,E,N] [--from T] [--to T] [--city C] [--domain D]
                          [--format F] [--license L] [--year Y] [--sort relevance|title|modified|created|time]
                          [--desc] [--limit N] [--offset N] [--all-versions]
     urbis catalog show ID
     urbis catalog delete ID
     urbis catalog add [FILE.ndjson|-]   (un record JSON per riga; stampa ogni nuovo id una volta confermato)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="123" />
        <source>catalog needs a subcommand</source>
        <translation>catalog richiede un sottocomando</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="136" />
        <source>unknown catalog subcommand "%1"</source>
        <translation>sottocomando catalog sconosciuto "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="142" />
        <source>catalog list takes no search text; use catalog search</source>
        <translation>catalog list non accetta testo di ricerca; usare catalog search</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="164" />
        <source>catalog show needs exactly one dataset id</source>
        <translation>catalog show richiede esattamente un id di set di dati</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="191" />
        <source>catalog delete needs exactly one dataset id</source>
        <translation>catalog delete richiede esattamente un id di set di dati</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="200" />
        <source>Deleted %1 (its blob is removed by the next clean-up of the object store)</source>
        <translation>%1 eliminato (il suo blob verrà rimosso alla prossima pulizia dell'archivio oggetti)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="207" />
        <source>catalog add takes one file (or - for standard input)</source>
        <translation>catalog add accetta un solo file (o - per lo standard input)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="212" />
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="227" />
        <source>%1, line %2, column %3: not a JSON object</source>
        <translation>%1, riga %2, colonna %3: non è un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="231" />
        <location filename="../app/cli/catalogcommand.cpp" line="234" />
        <source>%1, line %2: %3</source>
        <translation>%1, riga %2: %3</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogFilterBar</name>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="24" />
        <source>Fr&amp;om</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="26" />
        <source>Only datasets with data on or after this day</source>
        <translation>Solo i set di dati con dati a partire da questo giorno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="28" />
        <source>&amp;Until</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="30" />
        <source>Only datasets with data on or before this day</source>
        <translation>Solo i set di dati con dati fino a questo giorno incluso</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="37" />
        <source>Relevance ranks title matches first; newest and oldest go by when a dataset was added</source>
        <translation>La rilevanza mette prima le corrispondenze nel titolo; più recenti e meno recenti si basano sulla data in cui il set di dati è stato aggiunto</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="38" />
        <source>Sort &amp;by</source>
        <translation>&amp;Ordina per</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="41" />
        <source>Only &amp;in the map view</source>
        <translation>Solo nella &amp;vista mappa</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="43" />
        <source>Only datasets whose extent overlaps the area the map shows</source>
        <translation>Solo i set di dati la cui estensione si sovrappone all'area mostrata dalla mappa</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogResultsModel</name>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="112" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="114" />
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="116" />
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="118" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="120" />
        <source>Time range</source>
        <translation>Intervallo temporale</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="122" />
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSchema</name>
    <message>
        <location filename="../core/catalog/catalogschema.cpp" line="226" />
        <source>The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)</source>
        <translation>Il catalogo %1 è stato scritto da una versione più recente di Urbis (schema %2, questa versione conosce %3)</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSearchWidget</name>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="34" />
        <source>Search datasets: words, "a phrase", OR, NOT, title:word</source>
        <translation>Cerca set di dati: parole, "una frase", OR, NOT, title:parola</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="43" />
        <source>Clear filters</source>
        <translation>Cancella filtri</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51" />
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51" />
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52" />
        <source>License</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="53" />
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="57" />
        <source>Check values to filter; several values in one list are alternatives</source>
        <translation>Seleziona i valori per filtrare; più valori nello stesso elenco sono alternativi</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="161" />
        <source>%1. Check quotes and parentheses, or search for plain words.</source>
        <translation>%1. Controlla virgolette e parentesi, oppure cerca parole semplici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="183" />
        <source>Showing %1 of %n datasets</source>
        <translation>
            <numerusform>Visualizzati %1 di %n set di dati</numerusform>
            <numerusform>Visualizzati %1 di %n set di dati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="187" />
        <source>1 dataset</source>
        <translation>1 set di dati</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="188" />
        <source>%n datasets</source>
        <translation>
            <numerusform>%n set di dati</numerusform>
            <numerusform>%n set di dati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="208" />
        <source>%1 (%2 selected)</source>
        <translation>%1 (selezionati: %2)</translation>
    </message>
</context>
<context>
    <name>urbis::CityChecker</name>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="206" />
        <source>The table has coordinates but does not declare their coordinate reference system</source>
        <translation>La tabella contiene coordinate ma non ne dichiara il sistema di riferimento delle coordinate</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="220" />
        <source>Field "%1" at position %2 holds measurements but has no unit</source>
        <translation>Il campo "%1" alla posizione %2 contiene misure ma non ha un'unità</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="224" />
        <source>The unit "%1" of field "%2" at position %3 is not a unit of its quantity</source>
        <translation>L'unità "%1" del campo "%2" alla posizione %3 non è un'unità della sua grandezza</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="240" />
        <source>The geometry in row %1 is not valid</source>
        <translation>La geometria nella riga %1 non è valida</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="250" />
        <source>The geometry in row %1 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>La geometria nella riga %1 ha coordinate fuori da longitudine [-180, 180] o latitudine [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="279" />
        <source>The geometry in row %1 and field "%2" at position %3 is not valid</source>
        <translation>La geometria nella riga %1 e nel campo "%2" alla posizione %3 non è valida</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="293" />
        <source>The geometry in row %1 and field "%2" at position %3 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>La geometria nella riga %1 e nel campo "%2" alla posizione %3 ha coordinate fuori da longitudine [-180, 180] o latitudine [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="308" />
        <source>The latitude %1 in row %2 and field "%3" at position %4 is outside [-90, 90]</source>
        <translation>La latitudine %1 nella riga %2 e nel campo "%3" alla posizione %4 è fuori da [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="318" />
        <source>The longitude %1 in row %2 and field "%3" at position %4 is outside [-180, 180]</source>
        <translation>La longitudine %1 nella riga %2 e nel campo "%3" alla posizione %4 è fuori da [-180, 180]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="333" />
        <source>The point %1 in row %2 and field "%3" at position %4 is outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Il punto %1 nella riga %2 e nel campo "%3" alla posizione %4 è fuori da longitudine [-180, 180] o latitudine [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="358" />
        <source>The time %1 in row %2 and field "%3" at position %4 is in the future</source>
        <translation>L'istante %1 nella riga %2 e nel campo "%3" alla posizione %4 è nel futuro</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="380" />
        <source>The time %1 in row %2 and field "%3" at position %4 is earlier than the previous time of the same station</source>
        <translation>L'istante %1 nella riga %2 e nel campo "%3" alla posizione %4 è anteriore all'istante precedente della stessa stazione</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="386" />
        <source>The time %1 in row %2 and field "%3" at position %4 repeats the previous time of the same station</source>
        <translation>L'istante %1 nella riga %2 e nel campo "%3" alla posizione %4 ripete l'istante precedente della stessa stazione</translation>
    </message>
</context>
<context>
    <name>urbis::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="62" />
        <source>urbis: error: %1</source>
        <translation>urbis: errore: %1</translation>
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
     urbis                  apre l'applicazione desktop
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
     urbis                  apre l'applicazione desktop
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
     urbis                  apre l'applicazione desktop
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
        <location filename="../app/cli/clirunner.cpp" line="73" />
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
        <translation>uso: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
     urbis                  apre l'applicazione desktop
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
        <location filename="../app/cli/clirunner.cpp" line="100" />
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>--data-dir è vuoto (una variabile non impostata?); indicare una cartella</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="109" />
        <source>no command given</source>
        <translation>nessun comando specificato</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="138" />
        <source>"%1" is not available in this build yet</source>
        <translation>"%1" non è ancora disponibile in questa versione</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="139" />
        <source>unknown command "%1"</source>
        <translation>comando sconosciuto "%1"</translation>
    </message>
</context>
<context>
    <name>urbis::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45" />
        <source>Unknown option --%1</source>
        <translation>Opzione sconosciuta --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48" />
        <source>Option --%1 needs a value</source>
        <translation>L'opzione --%1 richiede un valore</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51" />
        <source>Option --%1 takes no value</source>
        <translation>L'opzione --%1 non accetta valori</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54" />
        <source>Option --%1 given twice</source>
        <translation>Opzione --%1 specificata due volte</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictListModel</name>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="54" />
        <source>Dataset</source>
        <translation>Set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="56" />
        <source>What differs</source>
        <translation>Differenze</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="58" />
        <source>Detected</source>
        <translation>Rilevato</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictsView</name>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="25" />
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="27" />
        <source>No conflicts: nothing changed here and on the remote at the same time.</source>
        <translation>Nessun conflitto: niente è stato modificato contemporaneamente qui e nell'archivio remoto.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="32" />
        <source>Keep &amp;mine</source>
        <translation>Mantieni la &amp;mia versione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="33" />
        <source>The remote gets this copy; theirs stays in the remote's blobs</source>
        <translation>L'archivio remoto riceve questa copia; la sua resta tra i blob dell'archivio remoto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="35" />
        <source>Keep &amp;theirs</source>
        <translation>Mantieni la &amp;loro versione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="36" />
        <source>This catalog gets the remote's copy; your edits stay in the history</source>
        <translation>Questo catalogo riceve la copia dell'archivio remoto; le tue modifiche restano nella cronologia</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="38" />
        <source>Keep &amp;both</source>
        <translation>Mantieni &amp;entrambe</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="39" />
        <source>Take the remote's versions and add your changes on top as new versions</source>
        <translation>Prendi le versioni dell'archivio remoto e aggiungi sopra le tue modifiche come nuove versioni</translation>
    </message>
</context>
<context>
    <name>urbis::ConnectionTester</name>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="43" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="75" />
        <source>Test cancelled</source>
        <translation>Test annullato</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="85" />
        <source>The remote answered: the bucket can be listed with these keys</source>
        <translation>L'archivio remoto ha risposto: il bucket può essere elencato con queste chiavi</translation>
    </message>
</context>
<context>
    <name>urbis::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="55" />
        <source>Row %1 is longer than %2 bytes</source>
        <translation>La riga %1 supera %2 byte</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="62" />
        <source>Row %1: a quote is never closed</source>
        <translation>Riga %1: una virgoletta non viene mai chiusa</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="70" />
        <source>Row %1 is not valid %2 text</source>
        <translation>La riga %1 non è testo %2 valido</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="208" />
        <source>Cannot read the file</source>
        <translation>Impossibile leggere il file</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="354" />
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
</context>
<context>
    <name>urbis::DataPreviewTab</name>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="63" />
        <source>No data store is connected to this panel.</source>
        <translation>Nessun archivio dati è collegato a questo pannello.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="96" />
        <source>Reading the data…</source>
        <translation>Lettura dei dati…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="100" />
        <source>The data preview opens when this tab is shown.</source>
        <translation>L'anteprima dei dati si apre quando viene mostrata questa scheda.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106" />
        <source>1 row</source>
        <translation>1 riga</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106" />
        <source>%1 rows</source>
        <translation>%1 righe</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="108" />
        <source>First %1 of %2 rows; scroll down to read more</source>
        <translation>Prime %1 di %2 righe; scorrere verso il basso per leggerne altre</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="110" />
        <source>First %1 rows; scroll down to read more</source>
        <translation>Prime %1 righe; scorrere verso il basso per leggerne altre</translation>
    </message>
</context>
<context>
    <name>urbis::Database</name>
    <message>
        <location filename="../core/util/database.cpp" line="35" />
        <source>Cannot open the database %1</source>
        <translation>Impossibile aprire il database %1</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="84" />
        <location filename="../core/util/statement.cpp" line="104" />
        <source>The database refused the change</source>
        <translation>Il database ha rifiutato la modifica</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="98" />
        <source>The database could not run a query</source>
        <translation>Il database non ha potuto eseguire una query</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetActionBar</name>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="15" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="16" />
        <source>Change title, description, keywords, license and source</source>
        <translation>Modifica titolo, descrizione, parole chiave, licenza e fonte</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="17" />
        <source>Export the &amp;data…</source>
        <translation>Esporta i &amp;dati…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18" />
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18" />
        <source>Save the stored data (GeoPackage or GeoTIFF) as a file</source>
        <translation>Salva i dati archiviati (GeoPackage o GeoTIFF) come file</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="19" />
        <source>Export the &amp;original file…</source>
        <translation>Esporta il file &amp;originale…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="20" />
        <source>Save the file as it was imported</source>
        <translation>Salva il file così come è stato importato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="21" />
        <source>Export the validation &amp;report…</source>
        <translation>Esporta il &amp;rapporto di validazione…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="22" />
        <source>Save the validation report (JSON)</source>
        <translation>Salva il rapporto di validazione (JSON)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23" />
        <source>Ne&amp;w version…</source>
        <translation>Nuo&amp;va versione…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="24" />
        <source>Import a changed file as the next version of this dataset</source>
        <translation>Importa un file modificato come versione successiva di questo set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25" />
        <source>Show on m&amp;ap</source>
        <translation>Mostra sulla ma&amp;ppa</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25" />
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="26" />
        <source>Zoom the map to this dataset</source>
        <translation>Esegui lo zoom della mappa su questo set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="27" />
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="28" />
        <source>Delete this version from the catalog (its history is kept)</source>
        <translation>Elimina questa versione dal catalogo (la sua cronologia viene conservata)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="38" />
        <source>E&amp;xport</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58" />
        <source>Download the &amp;data</source>
        <translation>Scarica i &amp;dati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58" />
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="59" />
        <source>Bring this dataset's data from the remote it was synced with</source>
        <translation>Scarica i dati di questo set di dati dall'archivio remoto con cui è stato sincronizzato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="78" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetAssets</name>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="36" />
        <source>This dataset has no stored data to preview.</source>
        <translation>Questo set di dati non ha dati archiviati da mostrare in anteprima.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="40" />
        <source>This dataset is a raster (%1): it has no table of rows to preview.</source>
        <translation>Questo set di dati è un raster (%1): non ha una tabella di righe da mostrare in anteprima.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="41" />
        <source>This dataset has no table to preview (its data is %1).</source>
        <translation>Questo set di dati non ha una tabella da mostrare in anteprima (tipo di media dei dati: %1).</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="46" />
        <source>The data of this dataset is not stored on this computer.</source>
        <translation>I dati di questo set di dati non sono archiviati su questo computer.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="48" />
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
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="55" />
        <source>&amp;Metadata</source>
        <translation>Me&amp;tadati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="56" />
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198" />
        <source>S&amp;chema</source>
        <translation>&amp;Schema</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="57" />
        <source>Data &amp;preview</source>
        <translation>&amp;Anteprima dei dati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="58" />
        <source>Validation &amp;report</source>
        <translation>&amp;Rapporto di validazione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="59" />
        <source>Histor&amp;y</source>
        <translation>&amp;Cronologia</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="176" />
        <source>Select a dataset to see its details.</source>
        <translation>Seleziona un set di dati per vederne i dettagli.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198" />
        <source>S&amp;chema (%1)</source>
        <translation>&amp;Schema (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="244" />
        <source>Cancel and open the dataset again to see the current version.</source>
        <translation>Annulla e riapri il set di dati per vedere la versione attuale.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="258" />
        <source>Export</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="268" />
        <source>Nothing to export: this dataset has no stored file of that kind.</source>
        <translation>Niente da esportare: questo set di dati non ha alcun file archiviato di questo tipo.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280" />
        <source>Exported %1.</source>
        <translation>%1 esportato.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280" />
        <source>Export of %1 failed: %2</source>
        <translation>Esportazione di %1 non riuscita: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="282" />
        <source>Exporting %1…</source>
        <translation>Esportazione di %1…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="294" />
        <source>Delete “%1” from the catalog?</source>
        <translation>Eliminare “%1” dal catalogo?</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="295" />
        <source>Delete version %1 of “%2”? Version %3 becomes the latest again.</source>
        <translation>Eliminare la versione %1 di “%2”? La versione %3 torna a essere la più recente.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="297" />
        <source>Delete dataset</source>
        <translation>Elimina set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="298" />
        <source>The change history is kept.</source>
        <translation>La cronologia delle modifiche viene conservata.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="307" />
        <source>“%1” was deleted.</source>
        <translation>“%1” è stato eliminato.</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetEditor</name>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="23" />
        <source>comma-separated, e.g. air quality, pm10</source>
        <translation>separate da virgole, ad es. qualità dell'aria, pm10</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="26" />
        <source>SPDX id or URL, e.g. CC-BY-4.0</source>
        <translation>id SPDX o URL, ad es. CC-BY-4.0</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="34" />
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="37" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="42" />
        <source>&amp;Title *</source>
        <translation>&amp;Titolo *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="43" />
        <source>&amp;Description *</source>
        <translation>&amp;Descrizione *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="45" />
        <source>&amp;License *</source>
        <translation>&amp;Licenza *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="46" />
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
        <location filename="../widgets/catalog/dataseteditor.cpp" line="44" />
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
        <location filename="../core/catalog/datasetrecord.cpp" line="123" />
        <source>Field "%1" must be a string</source>
        <translation>Il campo "%1" deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="145" />
        <source>"%1" is not an ISO 8601 date or time: %2</source>
        <translation>"%1" non è una data o un'ora ISO 8601: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="154" />
        <source>"bbox" must be [west, south, east, north]</source>
        <translation>"bbox" deve essere [ovest, sud, est, nord]</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTable</name>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="84" />
        <source>Cannot open the stored data as a GeoPackage</source>
        <translation>Impossibile aprire i dati archiviati come GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="86" />
        <source>The stored GeoPackage holds no table</source>
        <translation>Il GeoPackage archiviato non contiene alcuna tabella</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="131" />
        <source>Reading cancelled</source>
        <translation>Lettura annullata</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="135" />
        <source>Cannot read the stored data</source>
        <translation>Impossibile leggere i dati archiviati</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTableModel</name>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="59" />
        <source>Reading rows</source>
        <translation>Lettura delle righe</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="86" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="136" />
        <source>empty (null)</source>
        <translation>vuoto (null)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="151" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetView</name>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="31" />
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="32" />
        <source>Publisher</source>
        <translation>Editore</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="33" />
        <source>City / country</source>
        <translation>Città / paese</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="34" />
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="35" />
        <source>Keywords</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="36" />
        <source>License</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="37" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="38" />
        <source>Temporal extent</source>
        <translation>Estensione temporale</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="39" />
        <source>Bounding box</source>
        <translation>Riquadro di delimitazione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="40" />
        <source>CRS</source>
        <translation>SR</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="41" />
        <source>Features / rows</source>
        <translation>Elementi / righe</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="42" />
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="43" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="45" />
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="46" />
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="47" />
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="48" />
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="49" />
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
        <location filename="../widgets/catalog/datasetview.cpp" line="95" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="104" />
        <source>%1 (superseded by %2)</source>
        <translation>%1 (sostituita da %2)</translation>
    </message>
</context>
<context>
    <name>urbis::DemoAirQuality</name>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="70" />
        <source>Dominant pollutant of the hour</source>
        <translation>Inquinante dominante dell'ora</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="73" />
        <source>Source of the data provider</source>
        <translation>Fonte del fornitore dei dati</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="74" />
        <source>Name of the city</source>
        <translation>Nome della città</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="75" />
        <source>Two letter country code</source>
        <translation>Codice del paese di due lettere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="76" />
        <source>Postal code of the city centre</source>
        <translation>Codice postale del centro città</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="77" />
        <source>Latitude of the station</source>
        <translation>Latitudine della stazione</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="78" />
        <source>Longitude of the station</source>
        <translation>Longitudine della stazione</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="80" />
        <source>Relative humidity</source>
        <translation>Umidità relativa</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="81" />
        <source>Carbon monoxide</source>
        <translation>Monossido di carbonio</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="82" />
        <source>Nitrogen dioxide</source>
        <translation>Biossido di azoto</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="83" />
        <source>Air pressure at sea level</source>
        <translation>Pressione atmosferica al livello del mare</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="84" />
        <source>Particulate matter up to 10 um</source>
        <translation>Particolato fino a 10 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="85" />
        <source>Particulate matter up to 2.5 um</source>
        <translation>Particolato fino a 2,5 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="86" />
        <source>Air temperature</source>
        <translation>Temperatura dell'aria</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="87" />
        <source>Wind speed</source>
        <translation>Velocità del vento</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="88" />
        <source>Start of the hour the values are means of (UTC)</source>
        <translation>Inizio dell'ora di cui i valori sono la media (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="89" />
        <source>Measuring station</source>
        <translation>Stazione di misura</translation>
    </message>
</context>
<context>
    <name>urbis::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="15" />
        <source>demo takes no arguments</source>
        <translation>demo non accetta argomenti</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="16" />
        <source>usage: urbis demo [--data-dir DIR]</source>
        <translation>uso: urbis demo [--data-dir DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="22" />
        <source>Creating demo</source>
        <translation>Creazione demo</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34" />
        <source>%1 demo datasets created, %2 already present in %3</source>
        <translation>%1 set di dati demo creati, %2 già presenti in %3</translation>
    </message>
</context>
<context>
    <name>urbis::DemoDistricts</name>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="14" />
        <source>Name of the city</source>
        <translation>Nome della città</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="15" />
        <source>Name of the district</source>
        <translation>Nome del quartiere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="16" />
        <source>Code of the district</source>
        <translation>Codice del quartiere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="17" />
        <source>Residents</source>
        <translation>Residenti</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="18" />
        <source>Year the residents were counted</source>
        <translation>Anno del conteggio dei residenti</translation>
    </message>
</context>
<context>
    <name>urbis::DemoMonthlyTable</name>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="19" />
        <source>Name of the city</source>
        <translation>Nome della città</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="20" />
        <source>Name of the district</source>
        <translation>Nome del quartiere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="21" />
        <source>Code of the district</source>
        <translation>Codice del quartiere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="22" />
        <source>Latitude of the district centre</source>
        <translation>Latitudine del centro del quartiere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="23" />
        <source>Longitude of the district centre</source>
        <translation>Longitudine del centro del quartiere</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="24" />
        <source>First day of the month</source>
        <translation>Primo giorno del mese</translation>
    </message>
</context>
<context>
    <name>urbis::DemoTrafficCounts</name>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="31" />
        <source>Counting station</source>
        <translation>Stazione di conteggio</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="32" />
        <source>Road the station counts on</source>
        <translation>Strada su cui conta la stazione</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="33" />
        <source>Latitude of the station</source>
        <translation>Latitudine della stazione</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="34" />
        <source>Longitude of the station</source>
        <translation>Longitudine della stazione</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="35" />
        <source>Start of the hour (UTC)</source>
        <translation>Inizio dell'ora (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="36" />
        <source>Vehicles counted in the hour, both directions</source>
        <translation>Veicoli contati nell'ora, in entrambe le direzioni</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="37" />
        <source>Lorries and buses among them</source>
        <translation>Di cui camion e autobus</translation>
    </message>
</context>
<context>
    <name>urbis::DemoWorkspace</name>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="52" />
        <source>%1 air quality, January 2023</source>
        <translation>Qualità dell'aria a %1, gennaio 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="53" />
        <source>Hourly PM10, PM2.5, NO2, CO, temperature, humidity, pressure and wind speed at three stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>PM10, PM2.5, NO2, CO, temperatura, umidità, pressione e velocità del vento orari in tre stazioni di %1 (dati demo sintetici nel formato dell'Allegato B di CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="62" />
        <source>Monthly electricity consumption of municipal buildings per district, in kWh (synthetic).</source>
        <translation>Consumo mensile di energia elettrica degli edifici comunali per quartiere, in kWh (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="68" />
        <source>Electricity used by municipal buildings in the month</source>
        <translation>Energia elettrica consumata dagli edifici comunali nel mese</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="77" />
        <source>Sofia city-centre traffic counts, January 2023</source>
        <translation>Conteggi del traffico nel centro di Sofia, gennaio 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="78" />
        <source>Hourly vehicle counts at four counting stations on the main roads into the city centre (synthetic).</source>
        <translation>Conteggi orari dei veicoli in quattro stazioni di conteggio sulle strade principali verso il centro (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="87" />
        <source>Monthly collected and recycled small WEEE and textile waste per district, in tonnes (synthetic).</source>
        <translation>Piccoli RAEE e rifiuti tessili raccolti e riciclati mensilmente per quartiere, in tonnellate (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="91" />
        <source>Waste collected in the month</source>
        <translation>Rifiuti raccolti nel mese</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="92" />
        <source>Part of it sent to recycling</source>
        <translation>Quota avviata al riciclo</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="102" />
        <source>Monthly CO2 emissions estimated per district, in tonnes (synthetic).</source>
        <translation>Emissioni mensili di CO2 stimate per quartiere, in tonnellate (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="107" />
        <source>CO2 emitted in the month</source>
        <translation>CO2 emessa nel mese</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="115" />
        <source>%1 districts 2023</source>
        <translation>Quartieri di %1 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="116" />
        <source>Boundaries of four central districts of %1 with their population (synthetic).</source>
        <translation>Confini di quattro quartieri centrali di %1 con la loro popolazione (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="183" />
        <source>Cannot create the work folder %1</source>
        <translation>Impossibile creare la cartella di lavoro %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="186" />
        <source>Cannot create a work folder in %1</source>
        <translation>Impossibile creare una cartella di lavoro in %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="189" />
        <source>Creating %1</source>
        <translation>Creazione di %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="195" />
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="225" />
        <source>The demo dataset "%1" does not pass validation: %2</source>
        <translation>Il set di dati demo "%1" non supera la validazione: %2</translation>
    </message>
    <message>
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation type="vanished">PM10, PM2.5, NO2, ozono, temperatura e umidità orari in due stazioni di %1 (dati demo sintetici nel formato dell'Allegato B di CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="61" />
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
        <location filename="../core/workspace/demoworkspace.cpp" line="86" />
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Raccolta di RAEE e rifiuti tessili a Torino 2019-2023</translation>
    </message>
    <message>
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation type="vanished">Piccoli RAEE e rifiuti tessili raccolti mensilmente per quartiere (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="101" />
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>Emissioni di CO2 di Differdange 2019-2023</translation>
    </message>
    <message>
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation type="vanished">Emissioni mensili di CO2 stimate per quartiere (dati sintetici).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="158" />
        <source>Demo workspace creation cancelled</source>
        <translation>Creazione dell'area di lavoro demo annullata</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="147" />
        <source>City of %1</source>
        <translation>Città di %1</translation>
    </message>
</context>
<context>
    <name>urbis::Extent</name>
    <message>
        <location filename="../core/geo/extent.cpp" line="67" />
        <source>Invalid bounding box "%1": %2</source>
        <translation>Riquadro di delimitazione "%1" non valido: %2</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="70" />
        <source>expected W,S,E,N</source>
        <translation>atteso W,S,E,N</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="76" />
        <source>"%1" is not a number</source>
        <translation>"%1" non è un numero</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="79" />
        <source>longitude outside -180..180</source>
        <translation>longitudine fuori da -180..180</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="81" />
        <source>latitude outside -90..90</source>
        <translation>latitudine fuori da -90..90</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="83" />
        <source>south is greater than north</source>
        <translation>sud è maggiore di nord</translation>
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
    <name>urbis::FilePage</name>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="26" />
        <source>table</source>
        <translation>tabella</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="27" />
        <source>vector layer</source>
        <translation>layer vettoriale</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="28" />
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="31" />
        <source>unknown format</source>
        <translation>formato sconosciuto</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="38" />
        <source>Files to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="39" />
        <source>Add tables (CSV, JSON, XML), vector layers (GeoJSON, Shapefile, GeoPackage, KML, GML) or rasters (GeoTIFF, PNG, JPEG). You can also drop files here or on the main window.</source>
        <translation>Aggiungi tabelle (CSV, JSON, XML), layer vettoriali (GeoJSON, Shapefile, GeoPackage, KML, GML) o raster (GeoTIFF, PNG, JPEG). Puoi anche trascinare i file qui o sulla finestra principale.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="47" />
        <source>&amp;Add files…</source>
        <translation>&amp;Aggiungi file…</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="49" />
        <source>Choose files to import (%1)</source>
        <translation>Scegli i file da importare (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="50" />
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="52" />
        <source>Take the selected files off the list (Del)</source>
        <translation>Togli i file selezionati dall'elenco (Canc)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="53" />
        <source>The selected file is previewed and imported next; the others stay in the list.</source>
        <translation>Il file selezionato viene mostrato in anteprima e importato per primo; gli altri restano nell'elenco.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="91" />
        <source>Supported files (%1)</source>
        <translation>File supportati (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92" />
        <source>Tables (%1)</source>
        <translation>Tabelle (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92" />
        <source>Vector layers (%1)</source>
        <translation>Layer vettoriali (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93" />
        <source>Rasters and photos (%1)</source>
        <translation>Raster e foto (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93" />
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="150" />
        <source>Import files</source>
        <translation>Importa file</translation>
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
        <location filename="../core/map/footprintslayer.h" line="25" />
        <source>Dataset footprints</source>
        <translation>Estensioni dei set di dati</translation>
    </message>
</context>
<context>
    <name>urbis::GpkgWriter</name>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="367" />
        <source>The GeoPackage %1 exists already</source>
        <translation>Il GeoPackage %1 esiste già</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="374" />
        <source>This GDAL has no GeoPackage driver</source>
        <translation>Questo GDAL non ha il driver GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="384" />
        <source>Cannot create the GeoPackage %1</source>
        <translation>Impossibile creare il GeoPackage %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="393" />
        <source>Unknown coordinate reference system "%1"</source>
        <translation>Sistema di riferimento delle coordinate "%1" sconosciuto</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="413" />
        <source>Cannot create the layer %1</source>
        <translation>Impossibile creare il layer %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="435" />
        <source>Cannot create the column "%1"</source>
        <translation>Impossibile creare la colonna "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="442" />
        <source>Cannot start writing the GeoPackage</source>
        <translation>Impossibile avviare la scrittura del GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="456" />
        <source>Cannot write row %1 to the GeoPackage</source>
        <translation>Impossibile scrivere la riga %1 nel GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="467" />
        <source>Cannot save the GeoPackage</source>
        <translation>Impossibile salvare il GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="470" />
        <source>Building the spatial index</source>
        <translation>Creazione dell'indice spaziale</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="188" />
        <location filename="../core/ingest/gpkgwriter.cpp" line="210" />
        <source>Cannot build the spatial index</source>
        <translation>Impossibile creare l'indice spaziale</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="122" />
        <location filename="../core/ingest/gpkgwriter.cpp" line="142" />
        <source>Cannot prepare the spatial index</source>
        <translation>Impossibile preparare l'indice spaziale</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="150" />
        <source>GDAL created the spatial index %1 without triggers</source>
        <translation>GDAL ha creato l'indice spaziale %1 senza trigger</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="481" />
        <source>Cannot close the GeoPackage</source>
        <translation>Impossibile chiudere il GeoPackage</translation>
    </message>
</context>
<context>
    <name>urbis::ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="38" />
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
        <location filename="../app/cli/importcommand.cpp" line="50" />
        <source>import needs at least one file</source>
        <translation>import richiede almeno un file</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="61" />
        <source>Unknown domain "%1"; one of: %2</source>
        <translation>Dominio "%1" sconosciuto; valori ammessi: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="79" />
        <source>Cannot read %1: no such file</source>
        <translation>Impossibile leggere %1: file inesistente</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="102" />
        <source>Importing %1</source>
        <translation>Importazione di %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="152" />
        <source>%1: already imported as %2 ("%3", same sha256); nothing stored</source>
        <translation>%1: già importato come %2 ("%3", stesso sha256); nulla archiviato</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="160" />
        <source>, row %1</source>
        <translation>, riga %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="162" />
        <source>, column %1</source>
        <translation>, colonna %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="166" />
        <source>... and %1 more errors (urbis validate %2 --json lists all)</source>
        <translation>... e altri %1 errori (urbis validate %2 --json li elenca tutti)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="167" />
        <source>%1: not imported: %2 errors. Fix the file, or use --allow-invalid to store it with its report.</source>
        <translation>%1: non importato: %2 errori. Correggere il file o usare --allow-invalid per archiviarlo con il suo rapporto.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="173" />
        <source>%1: imported as "%2" (%3 rows, %4 fields, %5)</source>
        <translation>%1: importato come "%2" (%3 righe, %4 campi, %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="178" />
        <source>  column types were inferred from a sample of the rows</source>
        <translation>  i tipi di colonna sono stati dedotti da un campione delle righe</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="180" />
        <source>  %1 findings kept in the validation report (urbis catalog show %2)</source>
        <translation>  %1 segnalazioni conservate nel rapporto di validazione (urbis catalog show %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="182" />
        <source>  note: dataset %1 has the same title; use --new-version to add files as its next version</source>
        <translation>  nota: il set di dati %1 ha lo stesso titolo; usare --new-version per aggiungere i file come sua versione successiva</translation>
    </message>
</context>
<context>
    <name>urbis::ImportJob</name>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="80" />
        <source>Cannot read %1: no such file</source>
        <translation>Impossibile leggere %1: file inesistente</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="82" />
        <source>Copying %1</source>
        <translation>Copia di %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="109" />
        <source>Cannot create the work folder %1</source>
        <translation>Impossibile creare la cartella di lavoro %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="112" />
        <source>Cannot create a work folder in %1</source>
        <translation>Impossibile creare una cartella di lavoro in %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="140" />
        <source>Detecting column types</source>
        <translation>Rilevamento dei tipi di colonna</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="144" />
        <location filename="../core/ingest/importjob.cpp" line="166" />
        <location filename="../core/ingest/importjob.cpp" line="226" />
        <source>Import cancelled</source>
        <translation>Importazione annullata</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="156" />
        <source>Validating and converting</source>
        <translation>Validazione e conversione</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="178" />
        <source>Building the spatial index</source>
        <translation>Creazione dell'indice spaziale</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="208" />
        <source>The raster is not georeferenced: it cannot be placed on the map</source>
        <translation>Il raster non è georeferenziato: non può essere posizionato sulla mappa</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="213" />
        <source>Converting to tiled GeoTIFF</source>
        <translation>Conversione in GeoTIFF tassellato</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="228" />
        <source>Storing</source>
        <translation>Archiviazione</translation>
    </message>
</context>
<context>
    <name>urbis::ImportPage</name>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="24" />
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="25" />
        <source>The file is converted, stored with its original and its validation report, and added to the catalog.</source>
        <translation>Il file viene convertito, archiviato con il suo originale e il suo rapporto di validazione e aggiunto al catalogo.</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="33" />
        <source>Import the &amp;next file</source>
        <translation>Importa il file &amp;successivo</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="90" />
        <source>Importing %1</source>
        <translation>Importazione di %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="123" />
        <source>&lt;p&gt;&lt;b&gt;%1 was not imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Go back to change the settings and try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 non è stato importato.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Torna indietro per modificare le impostazioni e riprova.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="131" />
        <source>&lt;p style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 is in the catalog as &lt;b&gt;%2&lt;/b&gt;: %3 rows, %4 fields, %5.&lt;/p&gt;&lt;p&gt;Dataset id: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Importato&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 è nel catalogo come &lt;b&gt;%2&lt;/b&gt;: %3 righe, %4 campi, %5.&lt;/p&gt;&lt;p&gt;Id del set di dati: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="138" />
        <source>&lt;p&gt;It is the new version of dataset &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;È la nuova versione del set di dati &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="140" />
        <source>&lt;p&gt;%n finding(s) are kept in its validation report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n segnalazione è conservata nel suo rapporto di validazione.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n segnalazioni sono conservate nel suo rapporto di validazione.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="142" />
        <source>&lt;p&gt;Note: dataset &lt;tt&gt;%1&lt;/tt&gt; has the same title. Next time, tick "Add as a new version" on the report page to chain them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nota: il set di dati &lt;tt&gt;%1&lt;/tt&gt; ha lo stesso titolo. La prossima volta, seleziona "Aggiungi come nuova versione" nella pagina del rapporto per concatenarli.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="146" />
        <source>&lt;p style='color:#b26a00; font-size:large'&gt;&lt;b&gt;Already in the catalog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The same file (same bytes) was imported before as &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Nothing was stored.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#b26a00; font-size:large'&gt;&lt;b&gt;Già nel catalogo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Lo stesso file (stessi byte) è già stato importato come &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Non è stato archiviato nulla.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="151" />
        <source>&lt;p style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Not imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 has %n error(s). Go back to the report, fix the schema, or tick "Import even with errors" to store it with its report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Non importato&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 ha %n errore. Torna al rapporto, correggi lo schema o seleziona "Importa anche con errori" per archiviarlo con il suo rapporto.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Non importato&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 ha %n errori. Torna al rapporto, correggi lo schema o seleziona "Importa anche con errori" per archiviarlo con il suo rapporto.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="160" />
        <source>&lt;p&gt;%n more file(s) waiting in the list.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n altro file in attesa nell'elenco.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Altri %n file in attesa nell'elenco.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ImportPreview</name>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="16" />
        <source>Reading %1</source>
        <translation>Lettura di %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="42" />
        <source>Reading the preview was cancelled</source>
        <translation>La lettura dell'anteprima è stata annullata</translation>
    </message>
</context>
<context>
    <name>urbis::ImportWizard</name>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="23" />
        <source>Import data</source>
        <translation>Importa dati</translation>
    </message>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="27" />
        <location filename="../widgets/import/importwizard.cpp" line="39" />
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
</context>
<context>
    <name>urbis::IngestPass</name>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="86" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="91" />
        <source>Reading stopped at row %1: %2</source>
        <translation>Lettura interrotta alla riga %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="108" />
        <source>The source is empty</source>
        <translation>La sorgente è vuota</translation>
    </message>
</context>
<context>
    <name>urbis::JsonSource</name>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="132" />
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="148" />
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="183" />
        <source>Row %1 is longer than %2 bytes</source>
        <translation>La riga %1 supera i %2 byte</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="192" />
        <source>the JSON text ends inside a value (truncated file?)</source>
        <translation>il testo JSON termina all'interno di un valore (file troncato?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="239" />
        <source>the JSON text ends too early</source>
        <translation>il testo JSON termina troppo presto</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="273" />
        <location filename="../core/ingest/jsonsource.cpp" line="281" />
        <source>invalid JSON</source>
        <translation>JSON non valido</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="299" />
        <source>%1 is GeoJSON; it is read as vector data</source>
        <translation>%1 è GeoJSON; viene letto come dati vettoriali</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="314" />
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="331" />
        <source>%1 is not UTF-8 text (JSON must be UTF-8)</source>
        <translation>%1 non è testo UTF-8 (il JSON deve essere UTF-8)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="337" />
        <source>%1 holds no JSON</source>
        <translation>%1 non contiene JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="350" />
        <source>%1 is not a JSON array or object</source>
        <translation>%1 non è né un array né un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="375" />
        <source>the file holds a second array of objects ("%1" after "%2")</source>
        <translation>il file contiene un secondo array di oggetti ("%1" dopo "%2")</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="382" />
        <source>unexpected data after the end of the JSON text</source>
        <translation>dati inattesi dopo la fine del testo JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="394" />
        <source>the JSON array is never closed (truncated file?)</source>
        <translation>l'array JSON non viene mai chiuso (file troncato?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="405" />
        <source>invalid JSON: expected ',' or ']' between records</source>
        <translation>JSON non valido: atteso ',' o ']' tra i record</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="412" />
        <source>the record is not a JSON object</source>
        <translation>il record non è un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="430" />
        <source>Row %1 is not valid UTF-8 text</source>
        <translation>La riga %1 non è testo UTF-8 valido</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="432" />
        <source>Row %1: invalid JSON: %2</source>
        <translation>Riga %1: JSON non valido: %2</translation>
    </message>
</context>
<context>
    <name>urbis::LayerPanel</name>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="28" />
        <source>Map layers</source>
        <translation>Layer della mappa</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="32" />
        <source>Move the layer up (Ctrl+Up)</source>
        <translation>Sposta il layer in alto (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="36" />
        <source>Move the layer down (Ctrl+Down)</source>
        <translation>Sposta il layer in basso (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="40" />
        <source>&amp;Style…</source>
        <translation>&amp;Stile…</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="41" />
        <source>Colour the features by a field and label them</source>
        <translation>Colora gli elementi secondo un campo ed etichettali</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="45" />
        <source>Layer opacity</source>
        <translation>Opacità del layer</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="46" />
        <source>&amp;Opacity</source>
        <translation>&amp;Opacità</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="126" />
        <source>Style</source>
        <translation>Stile</translation>
    </message>
</context>
<context>
    <name>urbis::LayerStyleDialog</name>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="13" />
        <source>Style of %1</source>
        <translation>Stile di %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="16" />
        <source>One colour</source>
        <translation>Un solo colore</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="17" />
        <source>No labels</source>
        <translation>Nessuna etichetta</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="26" />
        <source>&amp;Colour by:</source>
        <translation>&amp;Colora per:</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="27" />
        <source>&amp;Labels:</source>
        <translation>&amp;Etichette:</translation>
    </message>
</context>
<context>
    <name>urbis::LayerTreeModel</name>
    <message>
        <location filename="../widgets/map/layertreemodel.cpp" line="111" />
        <source>%1 (opacity %2 %)</source>
        <translation>%1 (opacità %2 %)</translation>
    </message>
</context>
<context>
    <name>urbis::LocalObjectStore</name>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="34" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="37" />
        <source>Read failed</source>
        <translation>Lettura non riuscita</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="89" />
        <location filename="../core/storage/localobjectstore.cpp" line="134" />
        <location filename="../core/storage/localobjectstore.cpp" line="254" />
        <source>Cannot lock the object store %1</source>
        <translation>Impossibile bloccare l'archivio oggetti %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="95" />
        <location filename="../core/storage/localobjectstore.cpp" line="140" />
        <source>Cannot create folder in %1</source>
        <translation>Impossibile creare la cartella in %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="106" />
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="113" />
        <source>Cannot flush %1</source>
        <translation>Impossibile sincronizzare %1 su disco</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="151" />
        <source>%1 is on another file system</source>
        <translation>%1 si trova su un altro file system</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="152" />
        <source>Cannot move %1 into the object store</source>
        <translation>Impossibile spostare %1 nell'archivio oggetti</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="164" />
        <location filename="../core/storage/localobjectstore.cpp" line="171" />
        <location filename="../core/storage/localobjectstore.cpp" line="185" />
        <location filename="../core/storage/localobjectstore.cpp" line="204" />
        <location filename="../core/storage/localobjectstore.cpp" line="220" />
        <source>No object %1</source>
        <translation>Nessun oggetto %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="174" />
        <location filename="../core/storage/localobjectstore.cpp" line="188" />
        <location filename="../core/storage/localobjectstore.cpp" line="207" />
        <source>Cannot read object %1</source>
        <translation>Impossibile leggere l'oggetto %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="178" />
        <location filename="../core/storage/localobjectstore.cpp" line="197" />
        <location filename="../core/storage/localobjectstore.cpp" line="213" />
        <source>Object %1 is corrupt: its content hashes to %2</source>
        <translation>L'oggetto %1 è danneggiato: l'hash del suo contenuto è %2</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="222" />
        <source>Cannot remove object %1</source>
        <translation>Impossibile rimuovere l'oggetto %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="250" />
        <source>Garbage collection cancelled</source>
        <translation>Pulizia degli oggetti inutilizzati annullata</translation>
    </message>
</context>
<context>
    <name>urbis::MBTilesLayer</name>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="24" />
        <source>No MBTiles file at %1</source>
        <translation>Nessun file MBTiles in %1</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="30" />
        <source>%1 is not an MBTiles file</source>
        <translation>%1 non è un file MBTiles</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="35" />
        <source>%1 has no tiles table</source>
        <translation>%1 non ha la tabella tiles</translation>
    </message>
</context>
<context>
    <name>urbis::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="46" />
        <source>Urbis — %1</source>
        <translation>Urbis — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="55" />
        <source>Catalog</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="56" />
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="57" />
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="58" />
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="65" />
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="74" />
        <source>Data: %1</source>
        <translation>Dati: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="100" />
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="114" />
        <source>Import the changed file with the title "%1": it becomes the next version</source>
        <translation>Importa il file modificato con il titolo "%1": diventa la versione successiva</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="157" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="158" />
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="160" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="161" />
        <source>Preview, validate and import files into the catalog</source>
        <translation>Visualizza in anteprima, valida e importa file nel catalogo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="162" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="166" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="168" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="171" />
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="172" />
        <source>&amp;Search the catalog</source>
        <translation>&amp;Cerca nel catalogo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="176" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="179" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="182" />
        <source>Zoom to the &amp;selected dataset</source>
        <translation>Zoom sul set di dati &amp;selezionato</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="185" />
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="186" />
        <source>Show the selected dataset on the &amp;map</source>
        <translation>Mostra il set di dati selezionato sulla &amp;mappa</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="189" />
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="197" />
        <source>&amp;Layer</source>
        <translation>&amp;Livello</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="198" />
        <source>Add &amp;file layer…</source>
        <translation>Aggiungi livello da &amp;file…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="200" />
        <source>Add a layer</source>
        <translation>Aggiungi un livello</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="440" />
        <source>The data is on this computer now</source>
        <translation>I dati sono ora su questo computer</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="443" />
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
        <location filename="../app/gui/mainwindow.cpp" line="201" />
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
        <location filename="../app/gui/mainwindow.cpp" line="207" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="208" />
        <source>Add &amp;tile layer (XYZ)…</source>
        <translation>Aggiungi livello di &amp;tile (XYZ)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="210" />
        <source>Add a tile layer</source>
        <translation>Aggiungi un livello di tile</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="211" />
        <source>Tile address with {z}, {x} and {y} (tiles are cached for offline use):</source>
        <translation>Indirizzo delle tile con {z}, {x} e {y} (le tile vengono memorizzate per l’uso offline):</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="222" />
        <source>Work &amp;offline</source>
        <translation>Lavora &amp;offline</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="225" />
        <source>Tile layers show only cached tiles and download nothing</source>
        <translation>I livelli di tile mostrano solo le tile in cache e non scaricano nulla</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="228" />
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="229" />
        <source>Create &amp;demo datasets</source>
        <translation>Crea set di dati &amp;demo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231" />
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>Aggiunge piccoli set di dati sintetici per le città CLIMABOROUGH a quest'area di lavoro</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="232" />
        <source>&amp;Clean up object store</source>
        <translation>&amp;Pulisci l'archivio oggetti</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="234" />
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Elimina i file archiviati a cui nessun record del catalogo fa più riferimento</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="241" />
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="242" />
        <source>&amp;About Urbis</source>
        <translation>&amp;Informazioni su Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259" />
        <source>"%1" has no vector data to draw; its footprint is shown</source>
        <translation>"%1" non ha dati vettoriali da disegnare; viene mostrata la sua estensione</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="95" />
        <source>"%1" is on the map</source>
        <translation>"%1" è sulla mappa</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="97" />
        <source>Cannot draw "%1": %2</source>
        <translation>Impossibile disegnare "%1": %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="318" />
        <source>Create demo datasets</source>
        <translation>Crea set di dati demo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="325" />
        <source>Created: %1, already present: %2</source>
        <translation>Creati: %1, già presenti: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="336" />
        <source>Clean up object store</source>
        <translation>Pulisci l'archivio oggetti</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="343" />
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>File non referenziati rimossi: %1, spazio liberato: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="354" />
        <source>Started: %1</source>
        <translation>Avviata: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="362" />
        <source>Finished: %1</source>
        <translation>Completata: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="364" />
        <source>Failed: %1 — %2</source>
        <translation>Non riuscita: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="374" />
        <source>1 dataset in the catalog</source>
        <translation>1 set di dati nel catalogo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="375" />
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
        <location filename="../widgets/map/mapcanvas.cpp" line="30" />
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
</context>
<context>
    <name>urbis::MapView</name>
    <message>
        <location filename="../app/gui/mapview.cpp" line="116" />
        <source>The address needs {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>L’indirizzo deve contenere {z}, {x} e {y}, ad es. https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
</context>
<context>
    <name>urbis::MercatorRaster</name>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="62" />
        <source>Cannot open %1 as a raster</source>
        <translation>Impossibile aprire %1 come raster</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="64" />
        <source>%1 has no band %2</source>
        <translation>%1 non ha la banda %2</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="71" />
        <location filename="../core/geo/mercatorraster.cpp" line="98" />
        <source>Reading %1 failed</source>
        <translation>Lettura di %1 non riuscita</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="83" />
        <source>Cannot project %1 to web mercator</source>
        <translation>Impossibile proiettare %1 in Web Mercator</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataExtractor</name>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="100" />
        <source>Cannot open the GeoPackage %1</source>
        <translation>Impossibile aprire il GeoPackage %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="104" />
        <source>The GeoPackage has no layer %1</source>
        <translation>Il GeoPackage non ha il layer %1</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataForm</name>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="14" />
        <source>Required: how the dataset is listed in the catalog</source>
        <translation>Obbligatorio: come il set di dati compare nel catalogo</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="21" />
        <source>e.g. Athens</source>
        <translation>ad es. Atene</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="32" />
        <source>SPDX id or URL</source>
        <translation>Id SPDX o URL</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="35" />
        <source>Who or what produced the data</source>
        <translation>Chi o che cosa ha prodotto i dati</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="39" />
        <source>&amp;Title *</source>
        <translation>&amp;Titolo *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="40" />
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="41" />
        <source>C&amp;ity</source>
        <translation>&amp;Città</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="42" />
        <source>Do&amp;main *</source>
        <translation>Do&amp;minio *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="43" />
        <source>&amp;License</source>
        <translation>&amp;Licenza</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="44" />
        <source>S&amp;ource</source>
        <translation>&amp;Fonte</translation>
    </message>
</context>
<context>
    <name>urbis::Normalizer</name>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="98" />
        <source>GDAL cannot read %1 as a raster</source>
        <translation>GDAL non può leggere %1 come raster</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="112" />
        <location filename="../core/ingest/normalizer.cpp" line="126" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="113" />
        <source>Cannot convert %1 to GeoTIFF</source>
        <translation>Impossibile convertire %1 in GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="127" />
        <source>Cannot build the overviews of %1</source>
        <translation>Impossibile creare le piramidi di %1</translation>
    </message>
</context>
<context>
    <name>urbis::ObjectStore</name>
    <message>
        <location filename="../core/storage/objectstore.cpp" line="21" />
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
</context>
<context>
    <name>urbis::OgrSource</name>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="205" />
        <source>The %1 is truncated or corrupt: row %2 cannot be read</source>
        <translation>Il file %1 è troncato o danneggiato: impossibile leggere la riga %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="239" />
        <source>The zip archive %1 is truncated or corrupt</source>
        <translation>L'archivio zip %1 è troncato o danneggiato</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="263" />
        <source>The zip archive holds no layer %1</source>
        <translation>L'archivio zip non contiene il layer %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="266" />
        <source>The zip archive %1 holds no vector data (no Shapefile, GeoPackage, GeoJSON, KML or GML)</source>
        <translation>L'archivio zip %1 non contiene dati vettoriali (nessun Shapefile, GeoPackage, GeoJSON, KML o GML)</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="278" />
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>Impossibile aprire %1: il file non esiste o non è leggibile</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="306" />
        <source>%1 cannot be read: it is not a valid .%2 file, or it is truncated or corrupt</source>
        <translation>Impossibile leggere %1: non è un file .%2 valido, oppure è troncato o danneggiato</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="308" />
        <source>%1 is not a vector format GDAL can read</source>
        <translation>%1 non è un formato vettoriale leggibile da GDAL</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="314" />
        <source>%1 has no layer %2</source>
        <translation>%1 non ha il layer %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="319" />
        <source>%1 holds no vector layer</source>
        <translation>%1 non contiene layer vettoriali</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="331" />
        <source>%1 is truncated or corrupt</source>
        <translation>%1 è troncato o danneggiato</translation>
    </message>
</context>
<context>
    <name>urbis::OptionalChecks</name>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="38" />
        <source>The check "%1" cannot run: %2</source>
        <translation>Il controllo "%1" non può essere eseguito: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="181" />
        <source>The cell "%1" in row at position %2 and field "%3" at position %4 is not sequential</source>
        <translation>La cella "%1" nella riga alla posizione %2 e nel campo "%3" alla posizione %4 non è sequenziale</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="201" />
        <source>The cell "%1" in row at position %2 and field "%3" at position %4 is probably truncated</source>
        <translation>La cella "%1" nella riga alla posizione %2 e nel campo "%3" alla posizione %4 è probabilmente troncata</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="215" />
        <source>The cell "%1" in row at position %2 and field "%3" at position %4 holds a forbidden value</source>
        <translation>La cella "%1" nella riga alla posizione %2 e nel campo "%3" alla posizione %4 contiene un valore non consentito</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="260" />
        <source>There is a possible error because the value is deviated: %1</source>
        <translation>Possibile errore perché il valore si discosta: %1</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewPage</name>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="25" />
        <source>Format: %1 (%2)</source>
        <translation>Formato: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/previewpage.cpp" line="26" />
        <source>Size: %1 × %2 pixels, %n band(s)</source>
        <translation>
            <numerusform>Dimensioni: %1 × %2 pixel, %n banda</numerusform>
            <numerusform>Dimensioni: %1 × %2 pixel, %n bande</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="27" />
        <source>Band types: %1</source>
        <translation>Tipi di banda: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28" />
        <source>CRS: %1</source>
        <translation>SR: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28" />
        <source>not georeferenced</source>
        <translation>non georeferenziato</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="30" />
        <source>Extent (WGS84): %1, %2 — %3, %4</source>
        <translation>Estensione (WGS84): %1, %2 — %3, %4</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="33" />
        <source>No-data value: %1</source>
        <translation>Valore NoData: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="35" />
        <source>GPS position: %1, %2</source>
        <translation>Posizione GPS: %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="37" />
        <source>Taken at: %1</source>
        <translation>Scattata il: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="45" />
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="46" />
        <source>The first rows of the file, with the type detected for each column. Check that the columns were split correctly.</source>
        <translation>Le prime righe del file, con il tipo rilevato per ogni colonna. Controlla che le colonne siano state separate correttamente.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="101" />
        <source>Reading %1</source>
        <translation>Lettura di %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="126" />
        <source>Nothing to show: %1</source>
        <translation>Niente da mostrare: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="135" />
        <source>%1 is a raster: it is imported as a tiled GeoTIFF; there are no rows to check.</source>
        <translation>%1 è un raster: viene importato come GeoTIFF tassellato; non ci sono righe da controllare.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="143" />
        <source>%1 · %2 fields · showing the first %3 rows (the file has more)</source>
        <translation>%1 · %2 campi · sono mostrate le prime %3 righe (il file ne contiene altre)</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="144" />
        <source>%1 · %2 fields · %3 rows</source>
        <translation>%1 · %2 campi · %3 righe</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="148" />
        <source>· types detected from a sample</source>
        <translation>· tipi rilevati da un campione</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewRowsModel</name>
    <message>
        <location filename="../widgets/import/previewrowsmodel.cpp" line="100" />
        <source>%1: detected %2 (%3 of %4 cells fit)</source>
        <translation>%1: rilevato %2 (%3 celle su %4 compatibili)</translation>
    </message>
</context>
<context>
    <name>urbis::RTreeBulkLoad</name>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="154" />
        <source>The R*Tree %1 has no root node</source>
        <translation>L'R*Tree %1 non ha un nodo radice</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="159" />
        <source>The R*Tree %1 has a root node of %2 bytes</source>
        <translation>L'R*Tree %1 ha un nodo radice di %2 byte</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="161" />
        <location filename="../core/ingest/rtreebulkload.cpp" line="167" />
        <source>The R*Tree %1 is not empty</source>
        <translation>L'R*Tree %1 non è vuoto</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="191" />
        <source>Too many entries for the R*Tree %1</source>
        <translation>Troppe voci per l'R*Tree %1</translation>
    </message>
</context>
<context>
    <name>urbis::RasterProbe</name>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="139" />
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>Impossibile aprire %1: il file non esiste o non è leggibile</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="148" />
        <source>%1 is a raster GDAL knows but cannot read (truncated or corrupt?)</source>
        <translation>%1 è un raster che GDAL conosce ma non riesce a leggere (troncato o danneggiato?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="150" />
        <source>%1 is not a raster format GDAL can read</source>
        <translation>%1 non è un formato raster leggibile da GDAL</translation>
    </message>
</context>
<context>
    <name>urbis::RecordPrinter</name>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53" />
        <location filename="../app/cli/recordprinter.cpp" line="67" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53" />
        <source>TITLE</source>
        <translation>TITOLO</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53" />
        <source>CITY</source>
        <translation>CITTÀ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54" />
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54" />
        <source>PERIOD</source>
        <translation>PERIODO</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/recordprinter.cpp" line="58" />
        <source>%n dataset(s) shown of %1 matching</source>
        <translation>
            <numerusform>%n set di dati mostrato su %1 corrispondenti</numerusform>
            <numerusform>%n set di dati mostrati su %1 corrispondenti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="68" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="69" />
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="70" />
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="71" />
        <source>Publisher</source>
        <translation>Editore</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="72" />
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="73" />
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="74" />
        <source>Keywords</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="75" />
        <source>License</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="76" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="77" />
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="78" />
        <source>Extent</source>
        <translation>Estensione</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="79" />
        <source>CRS</source>
        <translation>SR</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="80" />
        <source>Features</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81" />
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81" />
        <source> bytes</source>
        <translation> byte</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="82" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="83" />
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="84" />
        <source> (previous %1)</source>
        <translation> (precedente %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="85" />
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="86" />
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="88" />
        <source>Fields:</source>
        <translation>Campi:</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="93" />
        <source>History:</source>
        <translation>Cronologia:</translation>
    </message>
</context>
<context>
    <name>urbis::RecordText</name>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="84" />
        <location filename="../widgets/catalog/recordtext.cpp" line="38" />
        <location filename="../widgets/catalog/recordtext.cpp" line="43" />
        <location filename="../widgets/catalog/recordtext.cpp" line="49" />
        <location filename="../widgets/catalog/recordtext.cpp" line="55" />
        <location filename="../widgets/catalog/recordtext.cpp" line="61" />
        <location filename="../widgets/catalog/recordtext.cpp" line="87" />
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="33" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="35" />
        <source>from %1</source>
        <translation>da %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="37" />
        <source>until %1</source>
        <translation>fino a %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="62" />
        <source>W %1, S %2, E %3, N %4</source>
        <translation>O %1, S %2, E %3, N %4</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="73" />
        <source>valid</source>
        <translation>valido</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="75" />
        <source>warnings</source>
        <translation>avvisi</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="77" />
        <source>invalid</source>
        <translation>non valido</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="81" />
        <source>not validated</source>
        <translation>non validato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="88" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="93" />
        <source>unknown profile</source>
        <translation>profilo sconosciuto</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="94" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="105" />
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="115" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="116" />
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="117" />
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="118" />
        <source>Publisher</source>
        <translation>Editore</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="119" />
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="120" />
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="121" />
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="122" />
        <source>Keywords</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="123" />
        <source>License</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="124" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="125" />
        <source>Media type</source>
        <translation>Tipo di media</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="126" />
        <source>Temporal extent</source>
        <translation>Estensione temporale</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="127" />
        <source>Bounding box</source>
        <translation>Riquadro di delimitazione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="128" />
        <source>CRS</source>
        <translation>SR</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="129" />
        <source>Features / rows</source>
        <translation>Elementi / righe</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="130" />
        <source>Fields</source>
        <translation>Campi</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="131" />
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="132" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="133" />
        <source>Stored files</source>
        <translation>File archiviati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="134" />
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
</context>
<context>
    <name>urbis::RecordValidator</name>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="17" />
        <source>A title is required</source>
        <translation>Il titolo è obbligatorio</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="19" />
        <source>A description is required</source>
        <translation>La descrizione è obbligatoria</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="21" />
        <source>A license is required (an SPDX id such as CC-BY-4.0, or a URL)</source>
        <translation>La licenza è obbligatoria (un identificatore SPDX come CC-BY-4.0 o un URL)</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="23" />
        <source>A source is required (who or what produced the data)</source>
        <translation>La fonte è obbligatoria (chi o che cosa ha prodotto i dati)</translation>
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
        <location filename="../app/cli/remotecommand.cpp" line="21" />
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
        <location filename="../app/cli/remotecommand.cpp" line="46" />
        <source>Remote "%1" removed</source>
        <translation>Archivio remoto "%1" rimosso</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49" />
        <source>remote needs add, list, remove or test</source>
        <translation>remote richiede add, list, remove o test</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49" />
        <source>unknown use of remote: %1</source>
        <translation>uso sconosciuto di remote: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="57" />
        <source>remote add needs a NAME, --endpoint and --bucket</source>
        <translation>remote add richiede un NAME, --endpoint e --bucket</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="75" />
        <source>Remote "%1" added: %2, bucket %3</source>
        <translation>Archivio remoto "%1" aggiunto: %2, bucket %3</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="98" />
        <source>No remotes yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Ancora nessun archivio remoto: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="128" />
        <source>%1: bucket %2 reachable (keys from the %3)</source>
        <translation>%1: bucket %2 raggiungibile (origine delle chiavi: %3)</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteCredentials</name>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="44" />
        <source>No keys for "%1" in the keyring</source>
        <translation>Nessuna chiave di accesso per "%1" nel portachiavi</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="49" />
        <source>The keyring entry of "%1" is incomplete</source>
        <translation>La voce del portachiavi di "%1" è incompleta</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="58" />
        <source>No keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Nessuna chiave di accesso: imposta AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="70" />
        <source>No keys for the remote "%1": store them in the keyring (remote settings) or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Nessuna chiave di accesso per l'archivio remoto "%1": salvale nel portachiavi (impostazioni dell'archivio remoto) o imposta AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="91" />
        <source>The keys could not be stored in the keyring</source>
        <translation>Impossibile salvare le chiavi di accesso nel portachiavi</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteDialog</name>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="43" />
        <source>&amp;Path-style addresses (MinIO, Ceph, s3rver)</source>
        <translation>Indirizzi in stile &amp;percorso (MinIO, Ceph, s3rver)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="46" />
        <location filename="../widgets/sync/remotedialog.cpp" line="207" />
        <source>&amp;Test connection</source>
        <translation>&amp;Testa la connessione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="52" />
        <source>Add remote</source>
        <translation>Aggiungi archivio remoto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="53" />
        <source>e.g. city-minio</source>
        <translation>ad es. city-minio</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="54" />
        <source>https://minio.example.org:9000</source>
        <translation>https://minio.example.org:9000</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="56" />
        <source>e.g. urbis-catalog</source>
        <translation>ad es. urbis-catalog</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="57" />
        <source>optional, e.g. city/air/</source>
        <translation>facoltativo, ad es. city/air/</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="61" />
        <source>Address objects as endpoint/bucket/key; AWS also accepts bucket.endpoint/key</source>
        <translation>Indirizza gli oggetti come endpoint/bucket/chiave; AWS accetta anche bucket.endpoint/chiave</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="64" />
        <location filename="../widgets/sync/remotedialog.cpp" line="65" />
        <source>leave empty to keep the stored keys</source>
        <translation>lascia vuoto per mantenere le chiavi salvate</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="69" />
        <source>List the bucket once with these settings and keys</source>
        <translation>Elenca una volta il bucket con queste impostazioni e chiavi</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="80" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="81" />
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="82" />
        <source>&amp;Region:</source>
        <translation>&amp;Regione:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="83" />
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="84" />
        <source>Key p&amp;refix:</source>
        <translation>Pre&amp;fisso chiave:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="86" />
        <source>&amp;Access key:</source>
        <translation>Chiave di &amp;accesso:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="87" />
        <source>&amp;Secret key:</source>
        <translation>Chiave &amp;segreta:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="114" />
        <source>Edit remote "%1"</source>
        <translation>Modifica archivio remoto "%1"</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="165" />
        <source>Keys are kept in the system keyring, never in settings files. Leave them empty to use keys stored earlier or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment.</source>
        <translation>Le chiavi sono conservate nel portachiavi di sistema, mai nei file di impostazioni. Lasciale vuote per usare le chiavi salvate in precedenza o AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY dall'ambiente.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="169" />
        <source>AWS_ACCESS_KEY_ID is set here: the environment's keys are used first.</source>
        <translation>AWS_ACCESS_KEY_ID è impostata qui: le chiavi dell'ambiente vengono usate per prime.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="179" />
        <source>Enter both keys, or neither to use the stored keys or the environment</source>
        <translation>Inserisci entrambe le chiavi, oppure nessuna per usare le chiavi salvate o l'ambiente</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="194" />
        <source>Asking %1…</source>
        <translation>Interrogazione di %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="207" />
        <source>Cancel &amp;test</source>
        <translation>Annulla il &amp;test</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="234" />
        <source>Saving the keys in the keyring…</source>
        <translation>Salvataggio delle chiavi nel portachiavi…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="252" />
        <source>No keyring is available here, so the keys were not saved. Urbis will use AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from the environment. Press OK to save the remote without keys.</source>
        <translation>Qui non è disponibile alcun portachiavi, quindi le chiavi non sono state salvate. Urbis userà AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY dall'ambiente. Premi OK per salvare l'archivio remoto senza chiavi.</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListModel</name>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="56" />
        <source>%1 at %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="69" />
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="72" />
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="94" />
        <source>Datasets changed here and not yet pushed</source>
        <translation>Set di dati modificati qui e non ancora inviati</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="117" />
        <source>Remote</source>
        <translation>Archivio remoto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="119" />
        <source>Endpoint / bucket</source>
        <translation>Endpoint / bucket</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="121" />
        <source>Last sync</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="123" />
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="125" />
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListView</name>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="29" />
        <source>Filter remotes</source>
        <translation>Filtra archivi remoti</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="41" />
        <source>Remotes</source>
        <translation>Archivi remoti</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="44" />
        <source>No remote yet — Add remote… to share this catalog through S3/MinIO</source>
        <translation>Ancora nessun archivio remoto — usa "Aggiungi archivio remoto…" per condividere questo catalogo tramite S3/MinIO</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="47" />
        <source>Add remote…</source>
        <translation>Aggiungi archivio remoto…</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteOverview</name>
    <message>
        <location filename="../widgets/sync/remoteoverview.cpp" line="25" />
        <source>Status unknown: %1</source>
        <translation>Stato sconosciuto: %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfile</name>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="15" />
        <source>The remote name "%1" is not valid: use letters, digits, '.', '_' or '-' (at most 64)</source>
        <translation>Il nome dell'archivio remoto "%1" non è valido: usa lettere, cifre, '.', '_' o '-' (al massimo 64)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="18" />
        <source>The endpoint "%1" is not an http:// or https:// address</source>
        <translation>L'endpoint "%1" non è un indirizzo http:// o https://</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="21" />
        <source>The bucket name "%1" is not valid: 3 to 63 lower-case letters, digits, '.' or '-'</source>
        <translation>Il nome del bucket "%1" non è valido: da 3 a 63 lettere minuscole, cifre, '.' o '-'</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="23" />
        <source>The region is empty</source>
        <translation>La regione è vuota</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="26" />
        <source>Server-side encryption "%1" is not known: use AES256 or aws:kms</source>
        <translation>Crittografia lato server "%1" sconosciuta: usa AES256 o aws:kms</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="28" />
        <source>No PEM certificate could be read from %1</source>
        <translation>Impossibile leggere un certificato PEM da %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfiles</name>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="27" />
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="31" />
        <source>%1 is damaged: %2</source>
        <translation>%1 è danneggiato: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="47" />
        <source>There is no remote "%1" (urbis remote list shows them)</source>
        <translation>Non esiste alcun archivio remoto "%1" (urbis remote list li mostra)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="59" />
        <source>A remote named "%1" exists already</source>
        <translation>Esiste già un archivio remoto di nome "%1"</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="75" />
        <source>There is no remote "%1"</source>
        <translation>Non esiste alcun archivio remoto "%1"</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteScan</name>
    <message>
        <location filename="../core/storage/sync/remotescan.cpp" line="32" />
        <source>Sync cancelled</source>
        <translation>Sincronizzazione annullata</translation>
    </message>
</context>
<context>
    <name>urbis::ReportErrorsModel</name>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="73" />
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="77" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="97" />
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="98" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="99" />
        <source>Error type</source>
        <translation>Tipo di errore</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="100" />
        <source>Cell</source>
        <translation>Cella</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="101" />
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>urbis::ReportPage</name>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="33" />
        <source>Validation report</source>
        <translation>Rapporto di validazione</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="34" />
        <source>The whole file checked against the schema. Double-click an error to see its row in the preview.</source>
        <translation>L'intero file verificato rispetto allo schema. Fai doppio clic su un errore per vederne la riga nell'anteprima.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="49" />
        <source>Search the errors</source>
        <translation>Cerca negli errori</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="65" />
        <source>&amp;Export report…</source>
        <translation>&amp;Esporta rapporto…</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="67" />
        <source>&amp;Validate again</source>
        <translation>&amp;Valida di nuovo</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="69" />
        <source>&amp;Import even with errors (the report is kept with the dataset)</source>
        <translation>&amp;Importa anche con errori (il rapporto viene conservato con il set di dati)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="76" />
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="142" />
        <source>Add as a &amp;new version of the existing dataset "%1"</source>
        <translation>Aggiungi come &amp;nuova versione del set di dati esistente "%1"</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="156" />
        <source>&lt;b&gt;Raster:&lt;/b&gt; no rows to validate; the import converts it to a tiled GeoTIFF.</source>
        <translation>&lt;b&gt;Raster:&lt;/b&gt; nessuna riga da validare; l'importazione lo converte in un GeoTIFF tassellato.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="165" />
        <source>Validating %1</source>
        <translation>Validazione di %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="182" />
        <source>Validation did not finish. Press "Validate again" to retry.</source>
        <translation>La validazione non è terminata. Premi "Valida di nuovo" per riprovare.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="195" />
        <source>All findings (%1)</source>
        <translation>Tutte le segnalazioni (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="203" />
        <source>&lt;span style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Valid&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields, no errors.</source>
        <translation>&lt;span style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Valido&lt;/b&gt;&lt;/span&gt; — %1 righe, %2 campi, nessun errore.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="206" />
        <source>&lt;span style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Valid with warnings&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields; %3 notes about missing metadata (they do not block the import).</source>
        <translation>&lt;span style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Valido con avvisi&lt;/b&gt;&lt;/span&gt; — %1 righe, %2 campi; %3 note su metadati mancanti (non bloccano l'importazione).</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="210" />
        <source>&lt;span style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Not valid&lt;/b&gt;&lt;/span&gt; — %1 errors in %2 rows%3. Fix the schema or the file, or tick "Import even with errors".</source>
        <translation>&lt;span style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Non valido&lt;/b&gt;&lt;/span&gt; — %1 errori in %2 righe%3. Correggi lo schema o il file, oppure seleziona "Importa anche con errori".</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/reportpage.cpp" line="214" />
        <source>, and %n note(s)</source>
        <translation>
            <numerusform> e %n nota</numerusform>
            <numerusform> e %n note</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="225" />
        <location filename="../widgets/import/reportpage.cpp" line="228" />
        <source>Export validation report</source>
        <translation>Esporta il rapporto di validazione</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="226" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="228" />
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
</context>
<context>
    <name>urbis::ReportReader</name>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="37" />
        <source>The stored validation report is not readable</source>
        <translation>Il rapporto di validazione archiviato non è leggibile</translation>
    </message>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="60" />
        <source>This dataset has no stored validation report.</source>
        <translation>Questo set di dati non ha un rapporto di validazione archiviato.</translation>
    </message>
</context>
<context>
    <name>urbis::ReportTab</name>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="33" />
        <source>Search the findings</source>
        <translation>Cerca nelle segnalazioni</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="49" />
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="98" />
        <source>No data store is connected to this panel.</source>
        <translation>Nessun archivio dati è collegato a questo pannello.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="102" />
        <source>Reading the validation report…</source>
        <translation>Lettura del rapporto di validazione…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="106" />
        <source>Reading the validation report</source>
        <translation>Lettura del rapporto di validazione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="135" />
        <source>Valid: %1 rows checked, no errors.</source>
        <translation>Valido: %1 righe controllate, nessun errore.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="136" />
        <source>%1 errors in %2 rows checked.</source>
        <translation>%1 errori in %2 righe controllate.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="139" />
        <source>%1 notices (missing metadata; they never make data invalid).</source>
        <translation>%1 note (metadati mancanti; non rendono mai i dati non validi).</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="145" />
        <source>All findings</source>
        <translation>Tutte le segnalazioni</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="147" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>urbis::RestIngestClient</name>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="141" />
        <source>The data file %1 does not exist</source>
        <translation>Il file di dati %1 non esiste</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="143" />
        <source>The data file %1 is not a file</source>
        <translation>Il file di dati %1 non è un file</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="146" />
        <location filename="../core/storage/rest/restingestclient.cpp" line="164" />
        <source>Cannot read the data file %1</source>
        <translation>Impossibile leggere il file di dati %1</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="202" />
        <location filename="../core/storage/rest/restingestclient.cpp" line="274" />
        <location filename="../core/storage/rest/restingestclient.cpp" line="294" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="218" />
        <source>no answer within %1 ms</source>
        <translation>nessuna risposta entro %1 ms</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="232" />
        <source>Cannot reach the ingestion endpoint %1: %2</source>
        <translation>Impossibile raggiungere l'endpoint di ingestione %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="239" />
        <source>The ingestion endpoint %1 requires an access token (HTTP %2)</source>
        <translation>L'endpoint di ingestione %1 richiede un token di accesso (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="240" />
        <source>The ingestion endpoint %1 refused the access token (HTTP %2)</source>
        <translation>L'endpoint di ingestione %1 ha rifiutato il token di accesso (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="244" />
        <source>The ingestion endpoint %1 redirects to %2; send to that address instead</source>
        <translation>L'endpoint di ingestione %1 reindirizza a %2; invia invece a quell'indirizzo</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="245" />
        <source>an unnamed address</source>
        <translation>un indirizzo senza nome</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="248" />
        <source>The ingestion endpoint %1 failed (HTTP %2)</source>
        <translation>Errore dell'endpoint di ingestione %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="251" />
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2)</source>
        <translation>L'endpoint di ingestione %1 ha rifiutato il set di dati (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="252" />
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2): %3</source>
        <translation>L'endpoint di ingestione %1 ha rifiutato il set di dati (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="266" />
        <source>The ingestion endpoint must be an http or https address, not "%1"</source>
        <translation>L'endpoint di ingestione deve essere un indirizzo http o https, non "%1"</translation>
    </message>
</context>
<context>
    <name>urbis::ScaleBar</name>
    <message>
        <location filename="../widgets/map/scalebar.cpp" line="28" />
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../widgets/map/scalebar.cpp" line="29" />
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../widgets/map/scalebar.cpp" line="60" />
        <source>1:%1</source>
        <translation>1:%1</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaFieldsModel</name>
    <message numerus="yes">
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="75" />
        <source>Detected: %1, %2% of %n sampled cells fit</source>
        <translation>
            <numerusform>Rilevato: %1, %2% di %n cella campionata compatibile</numerusform>
            <numerusform>Rilevato: %1, %2% delle %n celle campionate compatibili</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="78" />
        <source>%n cells empty or missing</source>
        <translation>
            <numerusform>%n cella vuota o mancante</numerusform>
            <numerusform>%n celle vuote o mancanti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="80" />
        <source>Examples: %1</source>
        <translation>Esempi: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="82" />
        <source>Suggested unit: %1</source>
        <translation>Unità suggerita: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="194" />
        <source>Share of the sampled cells that fit the detected type</source>
        <translation>Quota delle celle campionate compatibili con il tipo rilevato</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="198" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="199" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="200" />
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="201" />
        <source>Required</source>
        <translation>Obbligatorio</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="202" />
        <source>Unique</source>
        <translation>Univoco</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="203" />
        <source>Minimum</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="204" />
        <source>Maximum</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="205" />
        <source>Confidence</source>
        <translation>Affidabilità</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="206" />
        <source>Examples</source>
        <translation>Esempi</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaInference</name>
    <message>
        <location filename="../core/ingest/schemainference.cpp" line="296" />
        <source>Schema inference was cancelled</source>
        <translation>L'inferenza dello schema è stata annullata</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaPage</name>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="22" />
        <source>Schema and metadata</source>
        <translation>Schema e metadati</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="23" />
        <source>Check the detected column types, add units and constraints, and describe the dataset. Hover a field for what the detection saw.</source>
        <translation>Controlla i tipi di colonna rilevati, aggiungi unità e vincoli e descrivi il set di dati. Passa il mouse su un campo per vedere cosa ha trovato il rilevamento.</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="41" />
        <source>Fields</source>
        <translation>Campi</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="45" />
        <source>Dataset</source>
        <translation>Set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="70" />
        <source>Types were detected from the first rows only; validation reads the whole file.</source>
        <translation>I tipi sono stati rilevati solo dalle prime righe; la validazione legge l'intero file.</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaTable</name>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10" />
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10" />
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="28" />
        <source>No unit given</source>
        <translation>Nessuna unità indicata</translation>
    </message>
</context>
<context>
    <name>urbis::SendCommand</name>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="26" />
        <source>usage: urbis send ID --to URL [--token-env VAR]
  posts the dataset's data and its catalog record (multipart/form-data: "metadata", "file")
  to the REST ingestion endpoint URL (http or https)
  --token-env VAR   environment variable holding the bearer token (default %1; none: no token)</source>
        <translation>uso: urbis send ID --to URL [--token-env VAR]
  invia i dati del set di dati e il suo record di catalogo (multipart/form-data: "metadata", "file")
  all'endpoint di ingestione REST URL (http o https)
  --token-env VAR   variabile d'ambiente che contiene il bearer token (predefinita %1; none: nessun token)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="37" />
        <source>send needs one dataset ID and --to URL</source>
        <translation>send richiede un ID di set di dati e --to URL</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="43" />
        <source>--token-env names %1, which is not set or empty</source>
        <translation>--token-env indica %1, che non è impostata o è vuota</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="53" />
        <source>Dataset %1 has no stored data to send</source>
        <translation>Il set di dati %1 non ha dati archiviati da inviare</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="56" />
        <source>The stored data of dataset %1 is missing (%2)</source>
        <translation>I dati archiviati del set di dati %1 mancano (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="67" />
        <source>Sending %1</source>
        <translation>Invio di %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="82" />
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes</source>
        <translation>%1 (%2) inviato a %3: HTTP %4, %5 byte</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="83" />
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes, now at %6</source>
        <translation>%1 (%2) inviato a %3: HTTP %4, %5 byte, ora in %6</translation>
    </message>
</context>
<context>
    <name>urbis::SourceOpener</name>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="89" />
        <source>%1 is not a text file: it holds binary data</source>
        <translation>%1 non è un file di testo: contiene dati binari</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="133" />
        <source>%1 does not exist</source>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="135" />
        <source>%1 is a folder, not a file</source>
        <translation>%1 è una cartella, non un file</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="138" />
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="141" />
        <source>The file is empty: %1</source>
        <translation>Il file è vuoto: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="159" />
        <source>%1 is a raster image, not a table or vector layer</source>
        <translation>%1 è un'immagine raster, non una tabella né un layer vettoriale</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="168" />
        <source>The format of %1 is not recognised</source>
        <translation>Il formato di %1 non è riconosciuto</translation>
    </message>
</context>
<context>
    <name>urbis::StacItemCodec</name>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="148" />
        <source>%1 is not a STAC Item (needs "type": "Feature" and an id)</source>
        <translation>%1 non è uno STAC Item (servono "type": "Feature" e un id)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="158" />
        <source>%1: a version record is unreadable: %2</source>
        <translation>%1: un record di versione è illeggibile: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="162" />
        <source>%1: the versions do not start with the dataset %2</source>
        <translation>%1: le versioni non iniziano con il set di dati %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="184" />
        <source>STAC Item %1</source>
        <translation>STAC Item %1</translation>
    </message>
</context>
<context>
    <name>urbis::SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="25" />
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
NAME può essere omesso quando c'è un solo archivio remoto (urbis remote list).</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="48" />
        <source>No remote yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Ancora nessun archivio remoto: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="49" />
        <source>Several remotes: name the one to sync with</source>
        <translation>Più archivi remoti: indica quello con cui sincronizzare</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="57" />
        <source>sync takes at most one remote name</source>
        <translation>sync accetta al massimo un nome di archivio remoto</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="93" />
        <source>--part-size is in MiB, from 5 to 5120</source>
        <translation>--part-size è in MiB, da 5 a 5120</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="100" />
        <source>--concurrency is a number from 1 to 64</source>
        <translation>--concurrency è un numero da 1 a 64</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="112" />
        <source>--bwlimit needs a rate such as 500K or 10M</source>
        <translation>--bwlimit richiede una velocità come 500K o 10M</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="123" />
        <source>--resolve needs --keep mine, theirs or both</source>
        <translation>--resolve richiede --keep mine, theirs o both</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="131" />
        <source>Syncing with %1</source>
        <translation>Sincronizzazione con %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="148" />
        <source>%1%2 pushed, %3 pulled, %4 conflict(s), %5 failed; %6 blob(s) up (%7 already there), %8 down in %9 s</source>
        <translation>%1inviati: %2, ricevuti: %3, conflitti: %4, non riusciti: %5; blob caricati: %6 (%7 già presenti), scaricati: %8 in %9 s</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="149" />
        <source>dry run: would have </source>
        <translation>simulazione (nessuna modifica): </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="181" />
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
        <location filename="../core/storage/sync/syncrun.h" line="63" />
        <source>Sync cancelled</source>
        <translation>Sincronizzazione annullata</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="88" />
        <source>Reading the remote catalog of %1…</source>
        <translation>Lettura del catalogo remoto di %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="118" />
        <source>%1 is not JSON: %2</source>
        <translation>%1 non è JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="96" />
        <source>Still unresolved: changed here and on %1</source>
        <translation>Ancora irrisolto: modificato qui e su %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="111" />
        <source>Changed here (%1 version(s), last edit %2) and on %3 (%4 version(s), last edit %5)</source>
        <translation>Modificato qui (versioni: %1, ultima modifica %2) e su %3 (versioni: %4, ultima modifica %5)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="164" />
        <source>Changed on %1 while this sync ran</source>
        <translation>Modificato su %1 durante questa sincronizzazione</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="273" />
        <source>Writing the STAC catalog of %1…</source>
        <translation>Scrittura del catalogo STAC di %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="94" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/syncengine.cpp" line="101" />
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>Non è stato possibile sincronizzare %n set di dati; la prossima sincronizzazione riproverà</numerusform>
            <numerusform>Non è stato possibile sincronizzare %n set di dati; la prossima sincronizzazione riproverà</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="158" />
        <source>"%1" changed on %2 again; look at it once more</source>
        <translation>"%1" è stato modificato di nuovo su %2; controllalo ancora una volta</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="208" />
        <source>"%1" was never synced with a remote: its data is not available</source>
        <translation>"%1" non è mai stato sincronizzato con un archivio remoto: i suoi dati non sono disponibili</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPanel</name>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="51" />
        <source>Transfers</source>
        <translation>Trasferimenti</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="52" />
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="53" />
        <location filename="../widgets/sync/syncpanel.cpp" line="171" />
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="95" />
        <source>&amp;Add remote…</source>
        <translation>&amp;Aggiungi archivio remoto…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="97" />
        <source>Connect this catalog to an S3 / MinIO bucket</source>
        <translation>Collega questo catalogo a un bucket S3 / MinIO</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="98" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="100" />
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="102" />
        <source>Forget this remote here; nothing is deleted in the bucket</source>
        <translation>Dimentica qui questo archivio remoto; nel bucket non viene eliminato nulla</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="103" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="105" />
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="106" />
        <source>Push local changes and pull the remote's (Ctrl+Shift+S)</source>
        <translation>Invia le modifiche locali e ricevi quelle dell'archivio remoto (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="107" />
        <source>&amp;Preview</source>
        <translation>Ante&amp;prima</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="109" />
        <source>Dry run: list what a sync would move, changing nothing</source>
        <translation>Simulazione: elenca cosa trasferirebbe una sincronizzazione, senza modificare nulla</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="171" />
        <source>Conflicts (%1)</source>
        <translation>Conflitti (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="205" />
        <source>Remote "%1" updated</source>
        <translation>Archivio remoto "%1" aggiornato</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="206" />
        <source>Remote "%1" added</source>
        <translation>Archivio remoto "%1" aggiunto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="235" />
        <source>Remove remote</source>
        <translation>Rimuovi archivio remoto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="236" />
        <source>Forget the remote "%1"? Nothing is deleted in the bucket, and the datasets stay in this catalog.</source>
        <translation>Dimenticare l'archivio remoto "%1"? Nel bucket non viene eliminato nulla e i set di dati restano in questo catalogo.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="245" />
        <source>Remote "%1" removed</source>
        <translation>Archivio remoto "%1" rimosso</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="256" />
        <source>A sync of "%1" is already running</source>
        <translation>Una sincronizzazione di "%1" è già in corso</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="270" />
        <source>Syncing "%1"…</source>
        <translation>Sincronizzazione di "%1"…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="279" />
        <source>"%1" is in sync</source>
        <translation>"%1" è sincronizzato</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="281" />
        <source>Sync of "%1" cancelled</source>
        <translation>Sincronizzazione di "%1" annullata</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284" />
        <source>Sync of "%1" failed: %2</source>
        <translation>Sincronizzazione di "%1" non riuscita: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284" />
        <source>see Transfers</source>
        <translation>vedi Trasferimenti</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="295" />
        <source>Next try at %1</source>
        <translation>Prossimo tentativo: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="331" />
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="333" />
        <source>Preview of "%1" failed: %2</source>
        <translation>Anteprima di "%1" non riuscita: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="353" />
        <source>Conflict on "%1" settled</source>
        <translation>Conflitto su "%1" risolto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="354" />
        <source>Could not settle the conflict: %1</source>
        <translation>Impossibile risolvere il conflitto: %1</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPlanModel</name>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="30" />
        <source>Upload</source>
        <translation>Invio</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="32" />
        <source>Download</source>
        <translation>Ricezione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="34" />
        <source>Fetch data</source>
        <translation>Scaricamento dati</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="36" />
        <source>Conflict</source>
        <translation>Conflitto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="38" />
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sync/syncplanmodel.cpp" line="72" />
        <source>%1 (%n version(s))</source>
        <translation>
            <numerusform>%1 (%n versione)</numerusform>
            <numerusform>%1 (%n versioni)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="92" />
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="94" />
        <source>Dataset</source>
        <translation>Set di dati</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="96" />
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="98" />
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPreviewView</name>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="18" />
        <source>Preview lists what a sync would upload and download, without changing anything.</source>
        <translation>L'anteprima elenca cosa una sincronizzazione invierebbe e riceverebbe, senza modificare nulla.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="28" />
        <source>What the sync would move</source>
        <translation>Cosa trasferirebbe la sincronizzazione</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="43" />
        <source>Asking "%1" what a sync would move…</source>
        <translation>Richiesta a "%1" di cosa trasferirebbe una sincronizzazione…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="49" />
        <source>Preview of "%1" failed: %2</source>
        <translation>Anteprima di "%1" non riuscita: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="57" />
        <source>"%1" is in sync: nothing would move.</source>
        <translation>"%1" è sincronizzato: non verrebbe trasferito nulla.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="61" />
        <source>A sync with "%1" would upload %2 and download %3 dataset(s), %4 in all; %5 conflict(s). Nothing was changed.</source>
        <translation>Una sincronizzazione con "%1" invierebbe %2 e riceverebbe %3 set di dati, %4 in totale; conflitti: %5. Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>urbis::SyncTask</name>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9" />
        <source>Preview sync with %1</source>
        <translation>Anteprima della sincronizzazione con %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9" />
        <source>Sync with %1</source>
        <translation>Sincronizzazione con %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="30" />
        <source>Download the data of a dataset</source>
        <translation>Scarica i dati di un dataset</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/synctask.cpp" line="70" />
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
        <location filename="../core/ingest/tablechecker.cpp" line="113" />
        <source>There is an extra label "%1" in the header at position %2</source>
        <translation>Nell'intestazione c'è un'etichetta in più "%1" alla posizione %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="119" />
        <source>Label "%1" of the schema is missing from the header at position %2</source>
        <translation>L'etichetta "%1" dello schema manca nell'intestazione alla posizione %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="124" />
        <source>Label in the header at position %1 is blank</source>
        <translation>L'etichetta nell'intestazione alla posizione %1 è vuota</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="126" />
        <source>Label "%1" at position %2 is a duplicate</source>
        <translation>L'etichetta "%1" alla posizione %2 è un duplicato</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="128" />
        <source>Label "%1" at position %2 does not match the field name "%3" of the schema</source>
        <translation>L'etichetta "%1" alla posizione %2 non corrisponde al nome di campo "%3" dello schema</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="173" />
        <source>Row at position %1 is completely blank</source>
        <translation>La riga alla posizione %1 è completamente vuota</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="187" />
        <source>Type error in the cell "%1" in row %2 and field "%3" at position %4: type is "%5/%6"</source>
        <translation>Errore di tipo nella cella "%1" nella riga %2 e nel campo "%3" alla posizione %4: il tipo è "%5/%6"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="195" />
        <source>The cell "%1" in row %2 and field "%3" at position %4 does not conform to the constraint "%5"</source>
        <translation>La cella "%1" nella riga %2 e nel campo "%3" alla posizione %4 non rispetta il vincolo "%5"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="205" />
        <source>Row at position %1 has an extra value in field at position %2</source>
        <translation>La riga alla posizione %1 ha un valore in più nel campo alla posizione %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="210" />
        <source>Row at position %1 has a missing cell in field "%2" at position %3</source>
        <translation>Nella riga alla posizione %1 manca una cella nel campo "%2" alla posizione %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="217" />
        <source>Row at position %1 has a unique constraint violation in field "%2" at position %3</source>
        <translation>La riga alla posizione %1 viola il vincolo di unicità nel campo "%2" alla posizione %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="230" />
        <source>Row at position %1 violates the primary key: all key cells are null or the key is not unique</source>
        <translation>La riga alla posizione %1 viola la chiave primaria: tutte le celle della chiave sono nulle o la chiave non è univoca</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="247" />
        <source>Row at position %1 is a duplicate of an earlier row</source>
        <translation>La riga alla posizione %1 è un duplicato di una riga precedente</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="262" />
        <source>Row at position %1 violates the foreign key: the referenced values are not in the table</source>
        <translation>La riga alla posizione %1 viola la chiave esterna: i valori referenziati non sono nella tabella</translation>
    </message>
</context>
<context>
    <name>urbis::TableField</name>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="38" />
        <location filename="../core/ingest/valuecast.cpp" line="41" />
        <source>Field "%1": %2</source>
        <translation>Campo "%1": %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="92" />
        <source>constraint "%1" is not supported by type "%2"</source>
        <translation>il vincolo "%1" non è supportato dal tipo "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="98" />
        <source>constraint "%1": %2 is not a valid %3</source>
        <translation>vincolo "%1": %2 non è un valore %3 valido</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="106" />
        <source>a length constraint is negative</source>
        <translation>un vincolo di lunghezza è negativo</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="127" />
        <source>pattern "%1" is not a valid regular expression: %2</source>
        <translation>il pattern "%1" non è un'espressione regolare valida: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="18" />
        <source>Field "%1": "%2" is malformed</source>
        <translation>Campo "%1": "%2" non è formato correttamente</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="50" />
        <source>Field "%1": unknown constraint "%2"</source>
        <translation>Campo "%1": vincolo sconosciuto "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="112" />
        <source>A field has no name ("name" must be a string)</source>
        <translation>Un campo non ha nome ("name" deve essere una stringa)</translation>
    </message>
    <message>
        <location filename="../core/ingest/timepattern.cpp" line="113" />
        <source>The date/time format "%1" uses "%2", which is not a supported strptime directive</source>
        <translation>Il formato data/ora "%1" usa "%2", che non è una direttiva strptime supportata</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="96" />
        <source>unknown type "%1"</source>
        <translation>tipo sconosciuto "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="114" />
        <source>format "%1" is not valid for type "%2"</source>
        <translation>il formato "%1" non è valido per il tipo "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="131" />
        <source>"%1" is malformed</source>
        <translation>"%1" non è formato correttamente</translation>
    </message>
</context>
<context>
    <name>urbis::TableSchema</name>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="51" />
        <source>Foreign key %1 is malformed: it needs "fields" and a "reference" with "resource" and "fields"</source>
        <translation>La chiave esterna %1 non è formata correttamente: richiede "fields" e un "reference" con "resource" e "fields"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="58" />
        <source>Foreign key %1 lists %2 fields but references %3</source>
        <translation>La chiave esterna %1 elenca %2 campi ma ne referenzia %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="70" />
        <source>Foreign key %1 names the field "%2", which the schema does not have</source>
        <translation>La chiave esterna %1 indica il campo "%2", che lo schema non contiene</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="88" />
        <location filename="../core/ingest/tableschema.cpp" line="95" />
        <source>The schema's "missingValues" must be a list of strings</source>
        <translation>"missingValues" dello schema deve essere un elenco di stringhe</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="103" />
        <source>The schema has no "fields" list</source>
        <translation>Lo schema non ha un elenco "fields"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="111" />
        <source>Field %1 of the schema is not an object</source>
        <translation>Il campo %1 dello schema non è un oggetto</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="116" />
        <source>Field %1 of the schema has no name</source>
        <translation>Il campo %1 dello schema non ha nome</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="124" />
        <source>The schema has two fields named "%1"</source>
        <translation>Lo schema ha due campi di nome "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="134" />
        <source>The schema's "primaryKey" must be a field name or a list of them</source>
        <translation>"primaryKey" dello schema deve essere un nome di campo o un elenco di nomi di campo</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="140" />
        <source>The primary key names the field "%1", which the schema does not have</source>
        <translation>La chiave primaria indica il campo "%1", che lo schema non contiene</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="150" />
        <source>The schema's "foreignKeys" must be a list</source>
        <translation>"foreignKeys" dello schema deve essere un elenco</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="163" />
        <source>The schema's "%1" must be a string</source>
        <translation>"%1" dello schema deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="177" />
        <source>Cannot read the schema file %1</source>
        <translation>Impossibile leggere il file di schema %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="182" />
        <source>The schema file %1 is not valid JSON (at byte %2)</source>
        <translation>Il file di schema %1 non è JSON valido (al byte %2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="188" />
        <source>The schema file %1 does not hold a JSON object</source>
        <translation>Il file di schema %1 non contiene un oggetto JSON</translation>
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
        <translation>Annullata prima dell'avvio</translation>
    </message>
</context>
<context>
    <name>urbis::TaskProgressWidget</name>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="20" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="22" />
        <source>Stop this step</source>
        <translation>Interrompi questo passaggio</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="59" />
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="83" />
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
</context>
<context>
    <name>urbis::TaskRow</name>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="35" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="37" />
        <source>Stop this task; work done so far is rolled back</source>
        <translation>Interrompe questa attività; il lavoro svolto finora viene annullato</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="89" />
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92" />
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92" />
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="95" />
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="98" />
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="101" />
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
</context>
<context>
    <name>urbis::TasksPanel</name>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="18" />
        <source>Clear finished</source>
        <translation>Rimuovi completate</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="20" />
        <source>Remove finished, failed and cancelled tasks from the list</source>
        <translation>Rimuove dall'elenco le attività completate, non riuscite e annullate</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="25" />
        <source>No tasks. Imports, sync and clean-up jobs show their progress here.</source>
        <translation>Nessuna attività. Importazioni, sincronizzazioni e pulizie mostrano qui il loro avanzamento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="91" />
        <source>%n running</source>
        <translation>
            <numerusform>%n in esecuzione</numerusform>
            <numerusform>%n in esecuzione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="92" />
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
        <location filename="../core/map/tiledownloader.cpp" line="76" />
        <source>The server sent something that is not an image</source>
        <translation>Il server ha inviato qualcosa che non è un'immagine</translation>
    </message>
</context>
<context>
    <name>urbis::TransferMeter</name>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="17" />
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="19" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="21" />
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="22" />
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="60" />
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="63" />
        <source>%1/s, %2:%3 left</source>
        <translation>%1/s, tempo rimanente %2:%3</translation>
    </message>
</context>
<context>
    <name>urbis::TransfersView</name>
    <message>
        <location filename="../widgets/sync/transfersview.cpp" line="15" />
        <source>No transfer running. Sync now (Ctrl+Shift+S) or Preview to see what would move.</source>
        <translation>Nessun trasferimento in corso. "Sincronizza ora" (Ctrl+Shift+S) o "Anteprima" mostra cosa verrebbe trasferito.</translation>
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
        <location filename="../app/cli/validatecommand.cpp" line="31" />
        <source>validate needs exactly one file</source>
        <translation>validate richiede esattamente un file</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="38" />
        <source>--limit-errors needs a positive whole number</source>
        <translation>--limit-errors richiede un numero intero positivo</translation>
    </message>
    <message>
        <source>Unknown check "%1"; available: duplicate-row</source>
        <translation type="vanished">Controllo sconosciuto "%1"; disponibili: duplicate-row</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="21" />
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
        <location filename="../app/cli/validatecommand.cpp" line="48" />
        <source>Unknown check "%1"; available: %2</source>
        <translation>Controllo sconosciuto "%1"; disponibili: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="51" />
        <source>The check %1 needs a field: --checks %1:FIELD</source>
        <translation>Il controllo %1 richiede un campo: --checks %1:FIELD</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="78" />
        <source>Cannot read %1: no such file</source>
        <translation>Impossibile leggere %1: file inesistente</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="82" />
        <source>Validating</source>
        <translation>Validazione in corso</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="99" />
        <source>, row %1</source>
        <translation>, riga %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="101" />
        <source>, column %1</source>
        <translation>, colonna %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="102" />
        <source>, column %1 (%2)</source>
        <translation>, colonna %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="106" />
        <source>... and %1 more errors (use --json for all)</source>
        <translation>... e altri %1 errori (usare --json per vederli tutti)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="107" />
        <source>%1: valid (%2 rows, %3 fields)</source>
        <translation>%1: valido (%2 righe, %3 campi)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="108" />
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
        <location filename="../core/ingest/validator.cpp" line="70" />
        <source>Cannot create a temporary folder</source>
        <translation>Impossibile creare una cartella temporanea</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="74" />
        <source>Cannot write a temporary file</source>
        <translation>Impossibile scrivere un file temporaneo</translation>
    </message>
</context>
<context>
    <name>urbis::VectorReader</name>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="77" />
        <source>Cannot open %1 as a vector source</source>
        <translation>Impossibile aprire %1 come sorgente vettoriale</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="81" />
        <source>%1 has no layer %2</source>
        <translation>%1 non ha il layer %2</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="102" />
        <source>Cannot transform %1 to WGS84</source>
        <translation>Impossibile trasformare %1 in WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="190" />
        <source>Reading %1 failed</source>
        <translation>Lettura di %1 non riuscita</translation>
    </message>
</context>
<context>
    <name>urbis::VersionHistoryView</name>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="20" />
        <source>Select a version to see what changed since the one before; double-click to open it</source>
        <translation>Selezionare una versione per vedere cosa è cambiato rispetto alla precedente; fare doppio clic per aprirla</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26" />
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26" />
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="35" />
        <source>Versions</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="37" />
        <source>Changes in the metadata</source>
        <translation>Modifiche ai metadati</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="41" />
        <source>Change log of this version</source>
        <translation>Registro delle modifiche di questa versione</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="67" />
        <source>Version %1 · %2 · %3</source>
        <translation>Versione %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="103" />
        <source>Version %1 is the first version: nothing to compare it with.</source>
        <translation>La versione %1 è la prima versione: non c'è nulla con cui confrontarla.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="109" />
        <source>No metadata changed between version %1 and version %2.</source>
        <translation>Nessun metadato è cambiato tra la versione %1 e la versione %2.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="110" />
        <source>Version %1 compared with version %2:</source>
        <translation>Versione %1 confrontata con la versione %2:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="114" />
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="115" />
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>urbis::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="30" />
        <source>Cannot create the data folder %1</source>
        <translation>Impossibile creare la cartella dati %1</translation>
    </message>
</context>
<context>
    <name>urbis::XmlSource</name>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="31" />
        <source>Row %1: the XML is not well-formed at line %2, column %3: %4</source>
        <translation>Riga %1: l'XML non è ben formato alla riga %2, colonna %3: %4</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="45" />
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="54" />
        <source>%1 holds no XML element</source>
        <translation>%1 non contiene elementi XML</translation>
    </message>
</context>
<context>
    <name>urbis::gdal</name>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="23" />
        <source>Out of memory for %1</source>
        <translation>Memoria insufficiente per %1</translation>
    </message>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="29" />
        <source>Cannot create %1</source>
        <translation>Impossibile creare %1</translation>
    </message>
</context>
<context>
    <name>urbis::isotime</name>
    <message>
        <location filename="../core/util/isotime.cpp" line="34" />
        <source>"%1" is not an ISO 8601 date or time (e.g. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</source>
        <translation>"%1" non è una data o un'ora ISO 8601 (ad es. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</translation>
    </message>
</context>
<context>
    <name>urbis::s3::FileSha256</name>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="14" />
        <location filename="../core/storage/s3/filesha256.cpp" line="22" />
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="19" />
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
        <location filename="../core/storage/s3/s3client.cpp" line="271" />
        <source>Not found on the remote: %1</source>
        <translation>Non trovato nell'archivio remoto: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="273" />
        <source>The remote refused %1: it was changed meanwhile</source>
        <translation>L'archivio remoto ha rifiutato %1: nel frattempo è stato modificato</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="275" />
        <source>The remote does not support %1</source>
        <translation>L'archivio remoto non supporta %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="277" />
        <source>The remote is too busy for %1 (HTTP %2): try again later</source>
        <translation>L'archivio remoto è troppo occupato per %1 (HTTP %2): riprova più tardi</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="279" />
        <source>The remote failed on %1 (HTTP %2)</source>
        <translation>Errore dell'archivio remoto su %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="280" />
        <source>The remote refused %1: %2</source>
        <translation>L'archivio remoto ha rifiutato %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="320" />
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>%1 è arrivato danneggiato: il contenuto non corrisponde al suo sha256</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="161" />
        <location filename="../core/storage/s3/s3client.cpp" line="170" />
        <location filename="../core/storage/s3/s3client.cpp" line="235" />
        <location filename="../core/storage/s3/s3client.cpp" line="366" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="244" />
        <source>the data could not be written</source>
        <translation>non è stato possibile scrivere i dati</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="256" />
        <source>the connection failed (%1)</source>
        <translation>la connessione non è riuscita (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="266" />
        <source>Cannot reach %1 for %2: %3</source>
        <translation>Impossibile raggiungere %1 per %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="356" />
        <source>The remote could not copy %1 to %2</source>
        <translation>L’archivio remoto non ha potuto copiare %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="402" />
        <source>The remote sent an unreadable listing</source>
        <translation>L'archivio remoto ha inviato un elenco illeggibile</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="406" />
        <source>The remote sent a truncated listing without a continuation token</source>
        <translation>L'archivio remoto ha inviato un elenco troncato senza token di continuazione</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="408" />
        <source>The remote listing does not end</source>
        <translation>L'elenco dell'archivio remoto non termina</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Downloader</name>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="26" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="42" />
        <source>Downloading %1</source>
        <translation>Scaricamento di %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="51" />
        <source>%1 carries no sha256 to verify it by</source>
        <translation>%1 non ha alcuno sha256 con cui verificarlo</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="59" />
        <source>Cannot make room for %1 in %2</source>
        <translation>Impossibile fare spazio per %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="69" />
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>%1 è arrivato danneggiato: il contenuto non corrisponde al suo sha256</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="103" />
        <location filename="../core/storage/s3/s3downloader.cpp" line="129" />
        <location filename="../core/storage/s3/s3downloader.cpp" line="136" />
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="131" />
        <source>%1 arrived damaged: a range came back with the wrong length</source>
        <translation>%1 è arrivato danneggiato: un intervallo è tornato con la lunghezza sbagliata</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Multipart</name>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="41" />
        <source>The remote did not start the upload of %1</source>
        <translation>L'archivio remoto non ha avviato il caricamento di %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="54" />
        <source>The remote sent no ETag for part %1 of %2</source>
        <translation>L'archivio remoto non ha inviato alcun ETag per la parte %1 di %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="90" />
        <source>The remote could not assemble %1</source>
        <translation>L'archivio remoto non è riuscito ad assemblare %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="141" />
        <source>The remote sent an unreadable part list</source>
        <translation>L'archivio remoto ha inviato un elenco delle parti illeggibile</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="145" />
        <source>The remote part list does not end</source>
        <translation>L'elenco delle parti dell'archivio remoto non termina</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3UploadState</name>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="27" />
        <source>No upload to resume at %1</source>
        <translation>Nessun caricamento da riprendere in %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="29" />
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="34" />
        <source>The upload state %1 is unreadable</source>
        <translation>Lo stato del caricamento %1 è illeggibile</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="50" />
        <source>The upload state %1 is incomplete</source>
        <translation>Lo stato del caricamento %1 è incompleto</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Uploader</name>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="28" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="50" />
        <source>Cannot upload %1: there is no such file</source>
        <translation>Impossibile caricare %1: file inesistente</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="58" />
        <source>Uploading %1</source>
        <translation>Caricamento di %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="79" />
        <source>%1 changed while it was uploaded</source>
        <translation>%1 è cambiato durante il caricamento</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="115" />
        <location filename="../core/storage/s3/s3uploader.cpp" line="118" />
        <location filename="../core/storage/s3/s3uploader.cpp" line="214" />
        <source>Cannot read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="228" />
        <source>Cannot read part %1 of %2</source>
        <translation>Impossibile leggere la parte %1 di %2</translation>
    </message>
</context>
</TS>