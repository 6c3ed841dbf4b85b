<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Der Arbeitsbereich kann nicht geöffnet werden:
%1</translation>
    </message>
</context>
<context>
    <name>urbis</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="29" />
        <source>The built-in basemap file %1 is missing</source>
        <translation>Die integrierte Grundkartendatei %1 fehlt</translation>
    </message>
</context>
<context>
    <name>urbis::AboutDialog</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="20" />
        <source>About Urbis</source>
        <translation>Über Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="22" />
        <source>Urbis %1</source>
        <translation>Urbis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="23" />
        <source>Desktop operator and data-curation application for city digital twins.</source>
        <translation>Desktop-Anwendung für Betrieb und Datenpflege digitaler Stadtzwillinge.</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="27" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="36" />
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="39" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="40" />
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Versionen kopieren, z. B. für einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>urbis::AssetExport</name>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="12" />
        <source>Export %1 to %2</source>
        <translation>%1 nach %2 exportieren</translation>
    </message>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="15" />
        <source>No object store to export from</source>
        <translation>Kein Objektspeicher zum Exportieren vorhanden</translation>
    </message>
</context>
<context>
    <name>urbis::AtomicFile</name>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="35" />
        <source>Cannot create folder %1</source>
        <translation>Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="39" />
        <source>Cannot create a temporary file in %1</source>
        <translation>In %1 kann keine temporäre Datei erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="71" />
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="84" />
        <source>Cannot flush %1 to disk</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="89" />
        <source>Cannot move %1 into place as %2</source>
        <translation>%1 kann nicht als %2 an seinen Platz verschoben werden</translation>
    </message>
</context>
<context>
    <name>urbis::BasemapLayers</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="46" />
        <source>Land</source>
        <translation>Landflächen</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="55" />
        <source>Country borders</source>
        <translation>Ländergrenzen</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="63" />
        <source>Places</source>
        <translation>Orte</translation>
    </message>
</context>
<context>
    <name>urbis::BlobTransfers</name>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="50" />
        <source>The data of "%1" is not on this computer (blob %2): fetch it before pushing</source>
        <translation>Die Daten von „%1“ befinden sich nicht auf diesem Computer (Blob %2): Rufen Sie sie vor dem Hochladen ab</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="53" />
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="77" />
        <source>Cannot create a work folder in %1</source>
        <translation>In %1 kann kein Arbeitsordner erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="102" />
        <source>%1 does not hold the data its catalog entry names (sha256 %2, expected %3)</source>
        <translation>%1 enthält nicht die Daten, die sein Katalogeintrag angibt (sha256 %2, erwartet %3)</translation>
    </message>
</context>
<context>
    <name>urbis::BrowseOrder</name>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="8" />
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="9" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="10" />
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="11" />
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
</context>
<context>
    <name>urbis::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="72" />
        <source>Cannot open the catalog %1</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="85" />
        <source>A dataset needs a title</source>
        <translation>Ein Datensatz benötigt einen Titel</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="87" />
        <source>Unknown domain "%1"; expected one of %2</source>
        <translation>Unbekannter Bereich „%1“; erwartet wird einer von %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="90" />
        <source>The temporal extent ends before it starts</source>
        <translation>Die zeitliche Ausdehnung endet vor ihrem Beginn</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="93" />
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>Der Begrenzungsrahmen %1 ist keine gültige WGS84-Ausdehnung</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="124" />
        <location filename="../core/catalog/catalog.cpp" line="456" />
        <location filename="../core/catalog/catalog.cpp" line="474" />
        <source>No dataset with id %1</source>
        <translation>Kein Datensatz mit der ID %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="267" />
        <source>A dataset with id %1 exists already</source>
        <translation>Ein Datensatz mit der ID %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="328" />
        <source>Record %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="351" />
        <source>Dataset "%1" was changed by someone else since it was loaded</source>
        <translation>Der Datensatz „%1“ wurde seit dem Laden von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="392" />
        <source>Version %1 of "%2" already has a newer version</source>
        <translation>Version %1 von „%2“ hat bereits eine neuere Version</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsearch.cpp" line="50" />
        <source>The search text "%1" is not a valid query</source>
        <translation>Der Suchtext „%1“ ist keine gültige Abfrage</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="14" />
        <source>A dataset needs at least one version</source>
        <translation>Ein Datensatz benötigt mindestens eine Version</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="18" />
        <source>A synced version of "%1" has no id</source>
        <translation>Eine synchronisierte Version von „%1“ hat keine Kennung</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogCommand</name>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="24" />
        <source>Unknown sort "%1"; use one of %2</source>
        <translation>Unbekannte Sortierung „%1“; verwenden Sie eine von %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="35" />
        <source>--%1 needs a non-negative whole number, not "%2"</source>
        <translation>--%1 benötigt eine nicht negative ganze Zahl, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="63" />
        <source>--from is after --to</source>
        <translation>--from liegt nach --to</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="68" />
        <source>Unknown domain "%1"; use one of %2</source>
        <translation>Unbekannter Bereich „%1“; verwenden Sie einen von %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="76" />
        <source>--year needs a year, not "%1"</source>
        <translation>--year benötigt eine Jahreszahl, nicht „%1“</translation>
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
        <translation>Aufruf: urbis catalog list [Optionen]
        urbis catalog search [TEXT] [--bbox W,S,E,N] [--from T] [--to T] [--city C] [--domain D]
                             [--format F] [--license L] [--year Y] [--sort relevance|title|modified|created|time]
                             [--desc] [--limit N] [--offset N] [--all-versions]
        urbis catalog show ID
        urbis catalog delete ID
        urbis catalog add [FILE.ndjson|-]   (ein JSON-Eintrag pro Zeile; gibt jede neue ID aus, sobald sie festgeschrieben ist)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="123" />
        <source>catalog needs a subcommand</source>
        <translation>catalog benötigt einen Unterbefehl</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="136" />
        <source>unknown catalog subcommand "%1"</source>
        <translation>unbekannter catalog-Unterbefehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="142" />
        <source>catalog list takes no search text; use catalog search</source>
        <translation>catalog list akzeptiert keinen Suchtext; verwenden Sie catalog search</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="164" />
        <source>catalog show needs exactly one dataset id</source>
        <translation>catalog show benötigt genau eine Datensatz-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="191" />
        <source>catalog delete needs exactly one dataset id</source>
        <translation>catalog delete benötigt genau eine Datensatz-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="200" />
        <source>Deleted %1 (its blob is removed by the next clean-up of the object store)</source>
        <translation>%1 gelöscht (die zugehörige Blob-Datei wird bei der nächsten Bereinigung des Objektspeichers entfernt)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="207" />
        <source>catalog add takes one file (or - for standard input)</source>
        <translation>catalog add akzeptiert eine Datei (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="212" />
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="227" />
        <source>%1, line %2, column %3: not a JSON object</source>
        <translation>%1, Zeile %2, Spalte %3: kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="231" />
        <location filename="../app/cli/catalogcommand.cpp" line="234" />
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogFilterBar</name>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="24" />
        <source>Fr&amp;om</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="26" />
        <source>Only datasets with data on or after this day</source>
        <translation>Nur Datensätze mit Daten ab diesem Tag</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="28" />
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="30" />
        <source>Only datasets with data on or before this day</source>
        <translation>Nur Datensätze mit Daten bis zu diesem Tag (einschließlich)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="37" />
        <source>Relevance ranks title matches first; newest and oldest go by when a dataset was added</source>
        <translation>Relevanz stellt Treffer im Titel an den Anfang; „Neueste“ und „Älteste“ richten sich danach, wann ein Datensatz hinzugefügt wurde</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="38" />
        <source>Sort &amp;by</source>
        <translation>Sortieren &amp;nach</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="41" />
        <source>Only &amp;in the map view</source>
        <translation>Nur im &amp;Kartenausschnitt</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="43" />
        <source>Only datasets whose extent overlaps the area the map shows</source>
        <translation>Nur Datensätze, deren Ausdehnung den angezeigten Kartenausschnitt überschneidet</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogResultsModel</name>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="112" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="114" />
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="116" />
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="118" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="120" />
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="122" />
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSchema</name>
    <message>
        <location filename="../core/catalog/catalogschema.cpp" line="226" />
        <source>The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)</source>
        <translation>Der Katalog %1 wurde von einer neueren Urbis-Version geschrieben (Schema %2, diese Version kennt %3)</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSearchWidget</name>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="34" />
        <source>Search datasets: words, "a phrase", OR, NOT, title:word</source>
        <translation>Datensätze suchen: Wörter, "eine Phrase", OR, NOT, title:Wort</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="43" />
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51" />
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51" />
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52" />
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="53" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="57" />
        <source>Check values to filter; several values in one list are alternatives</source>
        <translation>Zum Filtern Werte ankreuzen; mehrere Werte in einer Liste sind Alternativen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="161" />
        <source>%1. Check quotes and parentheses, or search for plain words.</source>
        <translation>%1. Prüfen Sie Anführungszeichen und Klammern oder suchen Sie nach einfachen Wörtern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="183" />
        <source>Showing %1 of %n datasets</source>
        <translation>
            <numerusform>%1 von %n Datensatz angezeigt</numerusform>
            <numerusform>%1 von %n Datensätzen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="187" />
        <source>1 dataset</source>
        <translation>1 Datensatz</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="188" />
        <source>%n datasets</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="208" />
        <source>%1 (%2 selected)</source>
        <translation>%1 (%2 ausgewählt)</translation>
    </message>
</context>
<context>
    <name>urbis::CityChecker</name>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="206" />
        <source>The table has coordinates but does not declare their coordinate reference system</source>
        <translation>Die Tabelle enthält Koordinaten, gibt aber ihr Koordinatenreferenzsystem nicht an</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="220" />
        <source>Field "%1" at position %2 holds measurements but has no unit</source>
        <translation>Das Feld „%1“ an Position %2 enthält Messwerte, hat aber keine Einheit</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="224" />
        <source>The unit "%1" of field "%2" at position %3 is not a unit of its quantity</source>
        <translation>Die Einheit „%1“ des Felds „%2“ an Position %3 ist keine Einheit seiner Größe</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="240" />
        <source>The geometry in row %1 is not valid</source>
        <translation>Die Geometrie in Zeile %1 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="250" />
        <source>The geometry in row %1 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Die Geometrie in Zeile %1 hat Koordinaten außerhalb von Länge [-180, 180] oder Breite [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="279" />
        <source>The geometry in row %1 and field "%2" at position %3 is not valid</source>
        <translation>Die Geometrie in Zeile %1 und Feld „%2“ an Position %3 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="293" />
        <source>The geometry in row %1 and field "%2" at position %3 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Die Geometrie in Zeile %1 und Feld „%2“ an Position %3 hat Koordinaten außerhalb von Länge [-180, 180] oder Breite [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="308" />
        <source>The latitude %1 in row %2 and field "%3" at position %4 is outside [-90, 90]</source>
        <translation>Die Breite %1 in Zeile %2 und Feld „%3“ an Position %4 liegt außerhalb von [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="318" />
        <source>The longitude %1 in row %2 and field "%3" at position %4 is outside [-180, 180]</source>
        <translation>Die Länge %1 in Zeile %2 und Feld „%3“ an Position %4 liegt außerhalb von [-180, 180]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="333" />
        <source>The point %1 in row %2 and field "%3" at position %4 is outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Der Punkt %1 in Zeile %2 und Feld „%3“ an Position %4 liegt außerhalb von Länge [-180, 180] oder Breite [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="358" />
        <source>The time %1 in row %2 and field "%3" at position %4 is in the future</source>
        <translation>Der Zeitpunkt %1 in Zeile %2 und Feld „%3“ an Position %4 liegt in der Zukunft</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="380" />
        <source>The time %1 in row %2 and field "%3" at position %4 is earlier than the previous time of the same station</source>
        <translation>Der Zeitpunkt %1 in Zeile %2 und Feld „%3“ an Position %4 liegt vor dem vorherigen Zeitpunkt derselben Station</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="386" />
        <source>The time %1 in row %2 and field "%3" at position %4 repeats the previous time of the same station</source>
        <translation>Der Zeitpunkt %1 in Zeile %2 und Feld „%3“ an Position %4 wiederholt den vorherigen Zeitpunkt derselben Station</translation>
    </message>
</context>
<context>
    <name>urbis::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="62" />
        <source>urbis: error: %1</source>
        <translation>urbis: Fehler: %1</translation>
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
        <translation type="vanished">Aufruf: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
        urbis                  Desktop-Anwendung öffnen
Befehle:
  catalog list|search|show|delete|add   der Datensatzkatalog (urbis catalog --help)
  demo                                  Demo-Arbeitsbereich im Datenverzeichnis anlegen
  validate FILE [--schema S]            Tabelle prüfen (Frictionless-Bericht; urbis validate --help)
Globale Optionen:
  --data-dir DIR   Arbeitsbereichsordner (Standard: $URBIS_DATA_DIR oder ~/.local/share/urbis)
  --json           maschinenlesbare Ausgabe auf stdout
  --quiet          keine Meldungen auf stderr
  --version        Versionen ausgeben und beenden
Exit-Codes: 0 ok, 1 ungültige Daten, 2 Aufruffehler oder unlesbare Eingabe, 3 Fern- oder E/A-Fehler</translation>
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
        <translation type="vanished">Aufruf: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
        urbis                  Desktop-Anwendung öffnen
Befehle:
  catalog list|search|show|delete|add   der Datensatzkatalog (urbis catalog --help)
  demo                                  Demo-Arbeitsbereich im Datenverzeichnis anlegen
  validate FILE [--schema S]            Tabelle prüfen (Frictionless-Bericht; urbis validate --help)
  import FILE... [--title T]            Dateien validieren, normalisieren und katalogisieren (urbis import --help)
Globale Optionen:
  --data-dir DIR   Arbeitsbereichsordner (Standard: $URBIS_DATA_DIR oder ~/.local/share/urbis)
  --json           maschinenlesbare Ausgabe auf stdout
  --quiet          keine Meldungen auf stderr
  --version        Versionen ausgeben und beenden
Exit-Codes: 0 ok, 1 ungültige Daten, 2 Aufruffehler oder unlesbare Eingabe, 3 Fern- oder E/A-Fehler</translation>
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
        <translation type="vanished">Aufruf: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
        urbis                  Desktop-Anwendung öffnen
Befehle:
  catalog list|search|show|delete|add   der Datensatzkatalog (urbis catalog --help)
  demo                                  Demo-Arbeitsbereich im Datenverzeichnis anlegen
  validate FILE [--schema S]            Tabelle prüfen (Frictionless-Bericht; urbis validate --help)
  import FILE... [--title T]            Dateien validieren, normalisieren und katalogisieren (urbis import --help)
  remote add|list|remove|test           S3-kompatible entfernte Speicher (urbis remote --help)
Globale Optionen:
  --data-dir DIR   Arbeitsbereichsordner (Standard: $URBIS_DATA_DIR oder ~/.local/share/urbis)
  --json           maschinenlesbare Ausgabe auf stdout
  --quiet          keine Meldungen auf stderr
  --version        Versionen ausgeben und beenden
Exit-Codes: 0 ok, 1 ungültige Daten, 2 Aufruffehler oder unlesbare Eingabe, 3 Fern- oder E/A-Fehler</translation>
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
        <translation>Aufruf: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
        urbis                  Desktop-Anwendung öffnen
Befehle:
  catalog list|search|show|delete|add   der Datensatzkatalog (urbis catalog --help)
  demo                                  Demo-Arbeitsbereich im Datenverzeichnis anlegen
  validate FILE [--schema S]            Tabelle prüfen (Frictionless-Bericht; urbis validate --help)
  import FILE... [--title T]            Dateien validieren, normalisieren und katalogisieren (urbis import --help)
  remote add|list|remove|test           S3-kompatible entfernte Speicher (urbis remote --help)
  sync [NAME] [--push] [--pull]         Katalog über einen entfernten Speicher teilen (urbis sync --help)
  send ID --to URL [--token-env VAR]    Datensatz an einen REST-Ingest-Endpunkt senden (urbis send --help)
Globale Optionen:
  --data-dir DIR   Arbeitsbereichsordner (Standard: $URBIS_DATA_DIR oder ~/.local/share/urbis)
  --json           maschinenlesbare Ausgabe auf stdout
  --quiet          keine Meldungen auf stderr
  --version        Versionen ausgeben und beenden
Exit-Codes: 0 ok, 1 ungültige Daten, 2 Aufruffehler oder unlesbare Eingabe, 3 Fern- oder E/A-Fehler</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="100" />
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>--data-dir ist leer (eine nicht gesetzte Variable?); bitte einen Ordner angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="109" />
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="138" />
        <source>"%1" is not available in this build yet</source>
        <translation>„%1“ ist in dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="139" />
        <source>unknown command "%1"</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>urbis::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45" />
        <source>Unknown option --%1</source>
        <translation>Unbekannte Option --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48" />
        <source>Option --%1 needs a value</source>
        <translation>Option --%1 benötigt einen Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51" />
        <source>Option --%1 takes no value</source>
        <translation>Option --%1 akzeptiert keinen Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54" />
        <source>Option --%1 given twice</source>
        <translation>Option --%1 wurde doppelt angegeben</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictListModel</name>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="54" />
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="56" />
        <source>What differs</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="58" />
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictsView</name>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="25" />
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="27" />
        <source>No conflicts: nothing changed here and on the remote at the same time.</source>
        <translation>Keine Konflikte: Nichts wurde gleichzeitig hier und auf dem entfernten Speicher geändert.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="32" />
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="33" />
        <source>The remote gets this copy; theirs stays in the remote's blobs</source>
        <translation>Der entfernte Speicher erhält diese Kopie; die andere bleibt in seinen Blobs erhalten</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="35" />
        <source>Keep &amp;theirs</source>
        <translation>&amp;Deren behalten</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="36" />
        <source>This catalog gets the remote's copy; your edits stay in the history</source>
        <translation>Dieser Katalog erhält die Kopie des entfernten Speichers; Ihre Änderungen bleiben im Verlauf erhalten</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="38" />
        <source>Keep &amp;both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="39" />
        <source>Take the remote's versions and add your changes on top as new versions</source>
        <translation>Die Versionen des entfernten Speichers übernehmen und Ihre Änderungen als neue Versionen darauf aufsetzen</translation>
    </message>
</context>
<context>
    <name>urbis::ConnectionTester</name>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="43" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="75" />
        <source>Test cancelled</source>
        <translation>Test abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="85" />
        <source>The remote answered: the bucket can be listed with these keys</source>
        <translation>Der entfernte Speicher hat geantwortet: Der Bucket kann mit diesen Schlüsseln aufgelistet werden</translation>
    </message>
</context>
<context>
    <name>urbis::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="55" />
        <source>Row %1 is longer than %2 bytes</source>
        <translation>Zeile %1 ist länger als %2 Byte</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="62" />
        <source>Row %1: a quote is never closed</source>
        <translation>Zeile %1: ein Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="70" />
        <source>Row %1 is not valid %2 text</source>
        <translation>Zeile %1 ist kein gültiger %2-Text</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="208" />
        <source>Cannot read the file</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="354" />
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>urbis::DataPreviewTab</name>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="63" />
        <source>No data store is connected to this panel.</source>
        <translation>Mit diesem Bereich ist kein Datenspeicher verbunden.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="96" />
        <source>Reading the data…</source>
        <translation>Daten werden gelesen…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="100" />
        <source>The data preview opens when this tab is shown.</source>
        <translation>Die Datenvorschau wird geöffnet, sobald dieser Reiter angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106" />
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106" />
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="108" />
        <source>First %1 of %2 rows; scroll down to read more</source>
        <translation>Erste %1 von %2 Zeilen; nach unten scrollen, um mehr zu lesen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="110" />
        <source>First %1 rows; scroll down to read more</source>
        <translation>Erste %1 Zeilen; nach unten scrollen, um mehr zu lesen</translation>
    </message>
</context>
<context>
    <name>urbis::Database</name>
    <message>
        <location filename="../core/util/database.cpp" line="35" />
        <source>Cannot open the database %1</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="84" />
        <location filename="../core/util/statement.cpp" line="104" />
        <source>The database refused the change</source>
        <translation>Die Datenbank hat die Änderung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="98" />
        <source>The database could not run a query</source>
        <translation>Die Datenbank konnte eine Abfrage nicht ausführen</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetActionBar</name>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="15" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="16" />
        <source>Change title, description, keywords, license and source</source>
        <translation>Titel, Beschreibung, Schlagwörter, Lizenz und Quelle ändern</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="17" />
        <source>Export the &amp;data…</source>
        <translation>&amp;Daten exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18" />
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18" />
        <source>Save the stored data (GeoPackage or GeoTIFF) as a file</source>
        <translation>Die gespeicherten Daten (GeoPackage oder GeoTIFF) als Datei speichern</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="19" />
        <source>Export the &amp;original file…</source>
        <translation>&amp;Originaldatei exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="20" />
        <source>Save the file as it was imported</source>
        <translation>Die Datei so speichern, wie sie importiert wurde</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="21" />
        <source>Export the validation &amp;report…</source>
        <translation>Validierungsbe&amp;richt exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="22" />
        <source>Save the validation report (JSON)</source>
        <translation>Den Validierungsbericht speichern (JSON)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23" />
        <source>Ne&amp;w version…</source>
        <translation>Neue &amp;Version…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="24" />
        <source>Import a changed file as the next version of this dataset</source>
        <translation>Eine geänderte Datei als nächste Version dieses Datensatzes importieren</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25" />
        <source>Show on m&amp;ap</source>
        <translation>Auf der &amp;Karte anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25" />
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="26" />
        <source>Zoom the map to this dataset</source>
        <translation>Die Karte auf diesen Datensatz zoomen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="27" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="28" />
        <source>Delete this version from the catalog (its history is kept)</source>
        <translation>Diese Version aus dem Katalog löschen (ihr Verlauf bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="38" />
        <source>E&amp;xport</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58" />
        <source>Download the &amp;data</source>
        <translation>Daten &amp;herunterladen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58" />
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="59" />
        <source>Bring this dataset's data from the remote it was synced with</source>
        <translation>Die Daten dieses Datensatzes von dem entfernten Speicher holen, mit dem er synchronisiert wurde</translation>
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
        <translation>Dieser Datensatz hat keine gespeicherten Daten für eine Vorschau.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="40" />
        <source>This dataset is a raster (%1): it has no table of rows to preview.</source>
        <translation>Dieser Datensatz ist ein Raster (%1): Er hat keine Zeilentabelle für eine Vorschau.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="41" />
        <source>This dataset has no table to preview (its data is %1).</source>
        <translation>Dieser Datensatz hat keine Tabelle für eine Vorschau (Medientyp der Daten: %1).</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="46" />
        <source>The data of this dataset is not stored on this computer.</source>
        <translation>Die Daten dieses Datensatzes sind nicht auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="48" />
        <source>The stored data of this dataset is missing (%1).</source>
        <translation>Die gespeicherten Daten dieses Datensatzes fehlen (%1).</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetDetailsWidget</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="vanished">&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change title, description, keywords, license and source</source>
        <translation type="vanished">Titel, Beschreibung, Schlagwörter, Lizenz und Quelle ändern</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="55" />
        <source>&amp;Metadata</source>
        <translation>&amp;Metadaten</translation>
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
        <translation>D&amp;atenvorschau</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="58" />
        <source>Validation &amp;report</source>
        <translation>Validierungsbe&amp;richt</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="59" />
        <source>Histor&amp;y</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="176" />
        <source>Select a dataset to see its details.</source>
        <translation>Wählen Sie einen Datensatz aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198" />
        <source>S&amp;chema (%1)</source>
        <translation>&amp;Schema (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="244" />
        <source>Cancel and open the dataset again to see the current version.</source>
        <translation>Brechen Sie ab und öffnen Sie den Datensatz erneut, um die aktuelle Version zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="258" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="268" />
        <source>Nothing to export: this dataset has no stored file of that kind.</source>
        <translation>Nichts zu exportieren: Dieser Datensatz hat keine gespeicherte Datei dieser Art.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280" />
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280" />
        <source>Export of %1 failed: %2</source>
        <translation>Export von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="282" />
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="294" />
        <source>Delete “%1” from the catalog?</source>
        <translation>„%1“ aus dem Katalog löschen?</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="295" />
        <source>Delete version %1 of “%2”? Version %3 becomes the latest again.</source>
        <translation>Version %1 von „%2“ löschen? Version %3 wird wieder die neueste.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="297" />
        <source>Delete dataset</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="298" />
        <source>The change history is kept.</source>
        <translation>Der Änderungsverlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="307" />
        <source>“%1” was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetEditor</name>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="23" />
        <source>comma-separated, e.g. air quality, pm10</source>
        <translation>durch Kommas getrennt, z. B. Luftqualität, pm10</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="26" />
        <source>SPDX id or URL, e.g. CC-BY-4.0</source>
        <translation>SPDX-ID oder URL, z. B. CC-BY-4.0</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="34" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="37" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="42" />
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="43" />
        <source>&amp;Description *</source>
        <translation>&amp;Beschreibung *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="45" />
        <source>&amp;License *</source>
        <translation>&amp;Lizenz *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="46" />
        <source>&amp;Source *</source>
        <translation>&amp;Quelle *</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="vanished">&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="vanished">&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="44" />
        <source>&amp;Keywords</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation type="vanished">&amp;Lizenz</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="vanished">&amp;Quelle</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetRecord</name>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="123" />
        <source>Field "%1" must be a string</source>
        <translation>Feld „%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="145" />
        <source>"%1" is not an ISO 8601 date or time: %2</source>
        <translation>„%1“ ist kein Datum und keine Uhrzeit nach ISO 8601: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="154" />
        <source>"bbox" must be [west, south, east, north]</source>
        <translation>"bbox" muss [West, Süd, Ost, Nord] sein</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTable</name>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="84" />
        <source>Cannot open the stored data as a GeoPackage</source>
        <translation>Die gespeicherten Daten können nicht als GeoPackage geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="86" />
        <source>The stored GeoPackage holds no table</source>
        <translation>Das gespeicherte GeoPackage enthält keine Tabelle</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="131" />
        <source>Reading cancelled</source>
        <translation>Lesen abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="135" />
        <source>Cannot read the stored data</source>
        <translation>Die gespeicherten Daten können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTableModel</name>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="59" />
        <source>Reading rows</source>
        <translation>Zeilen werden gelesen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="86" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="136" />
        <source>empty (null)</source>
        <translation>leer (null)</translation>
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
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="32" />
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="33" />
        <source>City / country</source>
        <translation>Stadt / Land</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="34" />
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="35" />
        <source>Keywords</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="36" />
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="37" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="38" />
        <source>Temporal extent</source>
        <translation>Zeitliche Ausdehnung</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="39" />
        <source>Bounding box</source>
        <translation>Begrenzungsrahmen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="40" />
        <source>CRS</source>
        <translation>KBS</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="41" />
        <source>Features / rows</source>
        <translation>Objekte / Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="42" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="43" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="45" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="46" />
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="47" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="48" />
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="49" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Typ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Einheit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Beschreibung</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="vanished">Felder</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="vanished">Verlauf</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="95" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="104" />
        <source>%1 (superseded by %2)</source>
        <translation>%1 (ersetzt durch %2)</translation>
    </message>
</context>
<context>
    <name>urbis::DemoAirQuality</name>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="70" />
        <source>Dominant pollutant of the hour</source>
        <translation>Vorherrschender Schadstoff der Stunde</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="73" />
        <source>Source of the data provider</source>
        <translation>Quelle des Datenanbieters</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="74" />
        <source>Name of the city</source>
        <translation>Name der Stadt</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="75" />
        <source>Two letter country code</source>
        <translation>Zweistelliger Ländercode</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="76" />
        <source>Postal code of the city centre</source>
        <translation>Postleitzahl des Stadtzentrums</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="77" />
        <source>Latitude of the station</source>
        <translation>Breitengrad der Station</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="78" />
        <source>Longitude of the station</source>
        <translation>Längengrad der Station</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="80" />
        <source>Relative humidity</source>
        <translation>Relative Luftfeuchtigkeit</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="81" />
        <source>Carbon monoxide</source>
        <translation>Kohlenmonoxid</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="82" />
        <source>Nitrogen dioxide</source>
        <translation>Stickstoffdioxid</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="83" />
        <source>Air pressure at sea level</source>
        <translation>Luftdruck auf Meereshöhe</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="84" />
        <source>Particulate matter up to 10 um</source>
        <translation>Feinstaub bis 10 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="85" />
        <source>Particulate matter up to 2.5 um</source>
        <translation>Feinstaub bis 2,5 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="86" />
        <source>Air temperature</source>
        <translation>Lufttemperatur</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="87" />
        <source>Wind speed</source>
        <translation>Windgeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="88" />
        <source>Start of the hour the values are means of (UTC)</source>
        <translation>Beginn der Stunde, über die die Werte gemittelt sind (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="89" />
        <source>Measuring station</source>
        <translation>Messstation</translation>
    </message>
</context>
<context>
    <name>urbis::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="15" />
        <source>demo takes no arguments</source>
        <translation>demo akzeptiert keine Argumente</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="16" />
        <source>usage: urbis demo [--data-dir DIR]</source>
        <translation>Aufruf: urbis demo [--data-dir DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="22" />
        <source>Creating demo</source>
        <translation>Demo wird erstellt</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34" />
        <source>%1 demo datasets created, %2 already present in %3</source>
        <translation>%1 Demo-Datensätze erstellt, %2 bereits in %3 vorhanden</translation>
    </message>
</context>
<context>
    <name>urbis::DemoDistricts</name>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="14" />
        <source>Name of the city</source>
        <translation>Name der Stadt</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="15" />
        <source>Name of the district</source>
        <translation>Name des Bezirks</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="16" />
        <source>Code of the district</source>
        <translation>Code des Bezirks</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="17" />
        <source>Residents</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="18" />
        <source>Year the residents were counted</source>
        <translation>Jahr der Einwohnerzählung</translation>
    </message>
</context>
<context>
    <name>urbis::DemoMonthlyTable</name>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="19" />
        <source>Name of the city</source>
        <translation>Name der Stadt</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="20" />
        <source>Name of the district</source>
        <translation>Name des Bezirks</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="21" />
        <source>Code of the district</source>
        <translation>Code des Bezirks</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="22" />
        <source>Latitude of the district centre</source>
        <translation>Breitengrad des Bezirkszentrums</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="23" />
        <source>Longitude of the district centre</source>
        <translation>Längengrad des Bezirkszentrums</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="24" />
        <source>First day of the month</source>
        <translation>Erster Tag des Monats</translation>
    </message>
</context>
<context>
    <name>urbis::DemoTrafficCounts</name>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="31" />
        <source>Counting station</source>
        <translation>Zählstelle</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="32" />
        <source>Road the station counts on</source>
        <translation>Straße, an der die Station zählt</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="33" />
        <source>Latitude of the station</source>
        <translation>Breitengrad der Station</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="34" />
        <source>Longitude of the station</source>
        <translation>Längengrad der Station</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="35" />
        <source>Start of the hour (UTC)</source>
        <translation>Beginn der Stunde (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="36" />
        <source>Vehicles counted in the hour, both directions</source>
        <translation>In der Stunde gezählte Fahrzeuge, beide Richtungen</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="37" />
        <source>Lorries and buses among them</source>
        <translation>Davon Lkw und Busse</translation>
    </message>
</context>
<context>
    <name>urbis::DemoWorkspace</name>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="52" />
        <source>%1 air quality, January 2023</source>
        <translation>Luftqualität %1, Januar 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="53" />
        <source>Hourly PM10, PM2.5, NO2, CO, temperature, humidity, pressure and wind speed at three stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>Stündliche Werte für PM10, PM2.5, NO2, CO, Temperatur, Luftfeuchtigkeit, Luftdruck und Windgeschwindigkeit an drei Stationen in %1 (synthetische Demodaten im Format von CLIMABOROUGH Anhang B).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="62" />
        <source>Monthly electricity consumption of municipal buildings per district, in kWh (synthetic).</source>
        <translation>Monatlicher Stromverbrauch kommunaler Gebäude je Bezirk, in kWh (synthetische Daten).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="68" />
        <source>Electricity used by municipal buildings in the month</source>
        <translation>Stromverbrauch kommunaler Gebäude im Monat</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="77" />
        <source>Sofia city-centre traffic counts, January 2023</source>
        <translation>Verkehrszählungen in der Innenstadt von Sofia, Januar 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="78" />
        <source>Hourly vehicle counts at four counting stations on the main roads into the city centre (synthetic).</source>
        <translation>Stündliche Fahrzeugzählungen an vier Zählstellen an den Hauptstraßen in die Innenstadt (synthetische Daten).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="87" />
        <source>Monthly collected and recycled small WEEE and textile waste per district, in tonnes (synthetic).</source>
        <translation>Monatlich gesammelte und recycelte Elektro-Kleingeräte und Textilabfälle je Bezirk, in Tonnen (synthetische Daten).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="91" />
        <source>Waste collected in the month</source>
        <translation>Im Monat gesammelte Abfälle</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="92" />
        <source>Part of it sent to recycling</source>
        <translation>Davon dem Recycling zugeführt</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="102" />
        <source>Monthly CO2 emissions estimated per district, in tonnes (synthetic).</source>
        <translation>Monatlich geschätzte CO2-Emissionen je Bezirk, in Tonnen (synthetische Daten).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="107" />
        <source>CO2 emitted in the month</source>
        <translation>Im Monat ausgestoßenes CO2</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="115" />
        <source>%1 districts 2023</source>
        <translation>Bezirke von %1 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="116" />
        <source>Boundaries of four central districts of %1 with their population (synthetic).</source>
        <translation>Grenzen von vier zentralen Bezirken von %1 mit ihrer Einwohnerzahl (synthetische Daten).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="183" />
        <source>Cannot create the work folder %1</source>
        <translation>Der Arbeitsordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="186" />
        <source>Cannot create a work folder in %1</source>
        <translation>In %1 kann kein Arbeitsordner erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="189" />
        <source>Creating %1</source>
        <translation>%1 wird erstellt</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="195" />
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="225" />
        <source>The demo dataset "%1" does not pass validation: %2</source>
        <translation>Der Demo-Datensatz „%1“ besteht die Validierung nicht: %2</translation>
    </message>
    <message>
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation type="vanished">Stündliche Werte für PM10, PM2.5, NO2, Ozon, Temperatur und Luftfeuchtigkeit an zwei Messstationen in %1 (synthetische Demodaten im Format von CLIMABOROUGH Anhang B).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="61" />
        <source>Athens building energy consumption 2019-2023</source>
        <translation>Energieverbrauch der Gebäude in Athen 2019-2023</translation>
    </message>
    <message>
        <source>Monthly electricity consumption of municipal buildings per district (synthetic).</source>
        <translation type="vanished">Monatlicher Stromverbrauch kommunaler Gebäude je Bezirk (synthetische Daten).</translation>
    </message>
    <message>
        <source>Sofia city-centre traffic counts 2019-2023</source>
        <translation type="vanished">Verkehrszählungen in der Innenstadt von Sofia 2019-2023</translation>
    </message>
    <message>
        <source>Monthly mean daily vehicle counts per district of the city centre (synthetic).</source>
        <translation type="vanished">Monatsmittel der täglichen Fahrzeugzählungen je Bezirk der Innenstadt (synthetische Daten).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="86" />
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Sammlung von Elektroaltgeräten und Textilabfällen in Turin 2019-2023</translation>
    </message>
    <message>
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation type="vanished">Monatlich gesammelte Elektro-Kleingeräte und Textilabfälle je Bezirk (synthetische Daten).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="101" />
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>CO2-Emissionen in Differdingen 2019-2023</translation>
    </message>
    <message>
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation type="vanished">Monatlich geschätzte CO2-Emissionen je Bezirk (synthetische Daten).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="158" />
        <source>Demo workspace creation cancelled</source>
        <translation>Erstellung des Demo-Arbeitsbereichs abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="147" />
        <source>City of %1</source>
        <translation>Stadt %1</translation>
    </message>
</context>
<context>
    <name>urbis::Extent</name>
    <message>
        <location filename="../core/geo/extent.cpp" line="67" />
        <source>Invalid bounding box "%1": %2</source>
        <translation>Ungültiger Begrenzungsrahmen „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="70" />
        <source>expected W,S,E,N</source>
        <translation>W,S,E,N erwartet</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="76" />
        <source>"%1" is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="79" />
        <source>longitude outside -180..180</source>
        <translation>Längengrad außerhalb von -180..180</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="81" />
        <source>latitude outside -90..90</source>
        <translation>Breitengrad außerhalb von -90..90</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="83" />
        <source>south is greater than north</source>
        <translation>Süd ist größer als Nord</translation>
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
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="27" />
        <source>vector layer</source>
        <translation>Vektorlayer</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="28" />
        <source>raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="31" />
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="38" />
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="39" />
        <source>Add tables (CSV, JSON, XML), vector layers (GeoJSON, Shapefile, GeoPackage, KML, GML) or rasters (GeoTIFF, PNG, JPEG). You can also drop files here or on the main window.</source>
        <translation>Fügen Sie Tabellen (CSV, JSON, XML), Vektorlayer (GeoJSON, Shapefile, GeoPackage, KML, GML) oder Raster (GeoTIFF, PNG, JPEG) hinzu. Sie können Dateien auch hierher oder auf das Hauptfenster ziehen.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="47" />
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="49" />
        <source>Choose files to import (%1)</source>
        <translation>Zu importierende Dateien auswählen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="50" />
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="52" />
        <source>Take the selected files off the list (Del)</source>
        <translation>Ausgewählte Dateien aus der Liste entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="53" />
        <source>The selected file is previewed and imported next; the others stay in the list.</source>
        <translation>Die ausgewählte Datei wird in der Vorschau angezeigt und als Nächstes importiert; die anderen bleiben in der Liste.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="91" />
        <source>Supported files (%1)</source>
        <translation>Unterstützte Dateien (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92" />
        <source>Tables (%1)</source>
        <translation>Tabellen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92" />
        <source>Vector layers (%1)</source>
        <translation>Vektorlayer (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93" />
        <source>Rasters and photos (%1)</source>
        <translation>Raster und Fotos (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="150" />
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintView</name>
    <message>
        <source>(no city)</source>
        <translation type="vanished">(keine Stadt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>No datasets match the search.</source>
        <translation type="vanished">Keine Datensätze entsprechen der Suche.</translation>
    </message>
    <message>
        <source>Dataset footprints (longitude / latitude); the map view comes later.</source>
        <translation type="vanished">Ausdehnungen der Datensätze (Längengrad / Breitengrad); die Kartenansicht folgt später.</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintsLayer</name>
    <message>
        <location filename="../core/map/footprintslayer.h" line="25" />
        <source>Dataset footprints</source>
        <translation>Ausdehnungen der Datensätze</translation>
    </message>
</context>
<context>
    <name>urbis::GpkgWriter</name>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="367" />
        <source>The GeoPackage %1 exists already</source>
        <translation>Das GeoPackage %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="374" />
        <source>This GDAL has no GeoPackage driver</source>
        <translation>Dieses GDAL hat keinen GeoPackage-Treiber</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="384" />
        <source>Cannot create the GeoPackage %1</source>
        <translation>Das GeoPackage %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="393" />
        <source>Unknown coordinate reference system "%1"</source>
        <translation>Unbekanntes Koordinatenreferenzsystem „%1“</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="413" />
        <source>Cannot create the layer %1</source>
        <translation>Der Layer %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="435" />
        <source>Cannot create the column "%1"</source>
        <translation>Die Spalte „%1“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="442" />
        <source>Cannot start writing the GeoPackage</source>
        <translation>Das Schreiben des GeoPackage kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="456" />
        <source>Cannot write row %1 to the GeoPackage</source>
        <translation>Zeile %1 kann nicht in das GeoPackage geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="467" />
        <source>Cannot save the GeoPackage</source>
        <translation>Das GeoPackage kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="470" />
        <source>Building the spatial index</source>
        <translation>Räumlicher Index wird erstellt</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="188" />
        <location filename="../core/ingest/gpkgwriter.cpp" line="210" />
        <source>Cannot build the spatial index</source>
        <translation>Der räumliche Index kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="122" />
        <location filename="../core/ingest/gpkgwriter.cpp" line="142" />
        <source>Cannot prepare the spatial index</source>
        <translation>Der räumliche Index kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="150" />
        <source>GDAL created the spatial index %1 without triggers</source>
        <translation>GDAL hat den räumlichen Index %1 ohne Trigger erstellt</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="481" />
        <source>Cannot close the GeoPackage</source>
        <translation>Das GeoPackage kann nicht geschlossen werden</translation>
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
        <translation>Aufruf: urbis import FILE... [--title T] [--city C] [--domain D] [--schema SCHEMA.json] [--allow-invalid]
                     [--description T] [--license L] [--source S] [--layer NAME] [--new-version] [--allow-duplicate]
Validiert und normalisiert jede Datei (GeoPackage oder gekacheltes GeoTIFF) und speichert sie mit ihrem Original und
ihrem Validierungsbericht; gibt die neuen Datensatz-IDs aus. Daten mit Fehlern werden abgelehnt, außer mit --allow-invalid.
Eine bereits importierte Datei (gleiche Bytes) wird nicht doppelt gespeichert; --new-version fügt die Datei als nächste
Version des neuesten Datensatzes mit demselben Titel hinzu.
Exit-Codes: 0 importiert (oder bereits vorhanden), 1 abgelehnt (ungültige Daten), 2 Aufruffehler oder unlesbare Eingabe, 3 E/A-Fehler</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="50" />
        <source>import needs at least one file</source>
        <translation>import benötigt mindestens eine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="61" />
        <source>Unknown domain "%1"; one of: %2</source>
        <translation>Unbekannter Bereich „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="79" />
        <source>Cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="102" />
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="152" />
        <source>%1: already imported as %2 ("%3", same sha256); nothing stored</source>
        <translation>%1: bereits importiert als %2 („%3“, gleicher sha256); nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="160" />
        <source>, row %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="162" />
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="166" />
        <source>... and %1 more errors (urbis validate %2 --json lists all)</source>
        <translation>... und %1 weitere Fehler (urbis validate %2 --json listet alle auf)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="167" />
        <source>%1: not imported: %2 errors. Fix the file, or use --allow-invalid to store it with its report.</source>
        <translation>%1: nicht importiert: %2 Fehler. Korrigieren Sie die Datei oder verwenden Sie --allow-invalid, um sie mit ihrem Bericht zu speichern.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="173" />
        <source>%1: imported as "%2" (%3 rows, %4 fields, %5)</source>
        <translation>%1: importiert als „%2“ (%3 Zeilen, %4 Felder, %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="178" />
        <source>  column types were inferred from a sample of the rows</source>
        <translation>  Spaltentypen wurden aus einer Stichprobe der Zeilen abgeleitet</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="180" />
        <source>  %1 findings kept in the validation report (urbis catalog show %2)</source>
        <translation>  %1 Befunde im Validierungsbericht gespeichert (urbis catalog show %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="182" />
        <source>  note: dataset %1 has the same title; use --new-version to add files as its next version</source>
        <translation>  Hinweis: Datensatz %1 hat denselben Titel; verwenden Sie --new-version, um Dateien als dessen nächste Version hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>urbis::ImportJob</name>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="80" />
        <source>Cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="82" />
        <source>Copying %1</source>
        <translation>%1 wird kopiert</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="109" />
        <source>Cannot create the work folder %1</source>
        <translation>Der Arbeitsordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="112" />
        <source>Cannot create a work folder in %1</source>
        <translation>In %1 kann kein Arbeitsordner erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="140" />
        <source>Detecting column types</source>
        <translation>Spaltentypen werden erkannt</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="144" />
        <location filename="../core/ingest/importjob.cpp" line="166" />
        <location filename="../core/ingest/importjob.cpp" line="226" />
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="156" />
        <source>Validating and converting</source>
        <translation>Wird validiert und konvertiert</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="178" />
        <source>Building the spatial index</source>
        <translation>Räumlicher Index wird erstellt</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="208" />
        <source>The raster is not georeferenced: it cannot be placed on the map</source>
        <translation>Das Raster ist nicht georeferenziert: Es kann nicht auf der Karte platziert werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="213" />
        <source>Converting to tiled GeoTIFF</source>
        <translation>Wird in gekacheltes GeoTIFF konvertiert</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="228" />
        <source>Storing</source>
        <translation>Wird gespeichert</translation>
    </message>
</context>
<context>
    <name>urbis::ImportPage</name>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="24" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="25" />
        <source>The file is converted, stored with its original and its validation report, and added to the catalog.</source>
        <translation>Die Datei wird konvertiert, mit ihrem Original und ihrem Validierungsbericht gespeichert und in den Katalog aufgenommen.</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="33" />
        <source>Import the &amp;next file</source>
        <translation>&amp;Nächste Datei importieren</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="90" />
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="123" />
        <source>&lt;p&gt;&lt;b&gt;%1 was not imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Go back to change the settings and try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 wurde nicht importiert.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gehen Sie zurück, um die Einstellungen zu ändern, und versuchen Sie es erneut.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="131" />
        <source>&lt;p style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 is in the catalog as &lt;b&gt;%2&lt;/b&gt;: %3 rows, %4 fields, %5.&lt;/p&gt;&lt;p&gt;Dataset id: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Importiert&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 ist im Katalog als &lt;b&gt;%2&lt;/b&gt;: %3 Zeilen, %4 Felder, %5.&lt;/p&gt;&lt;p&gt;Datensatz-ID: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="138" />
        <source>&lt;p&gt;It is the new version of dataset &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es ist die neue Version des Datensatzes &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="140" />
        <source>&lt;p&gt;%n finding(s) are kept in its validation report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Befund ist im Validierungsbericht gespeichert.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Befunde sind im Validierungsbericht gespeichert.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="142" />
        <source>&lt;p&gt;Note: dataset &lt;tt&gt;%1&lt;/tt&gt; has the same title. Next time, tick "Add as a new version" on the report page to chain them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hinweis: Der Datensatz &lt;tt&gt;%1&lt;/tt&gt; hat denselben Titel. Aktivieren Sie beim nächsten Mal auf der Berichtsseite „Als neue Version hinzufügen“, um sie zu verketten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="146" />
        <source>&lt;p style='color:#b26a00; font-size:large'&gt;&lt;b&gt;Already in the catalog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The same file (same bytes) was imported before as &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Nothing was stored.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#b26a00; font-size:large'&gt;&lt;b&gt;Bereits im Katalog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dieselbe Datei (gleiche Bytes) wurde bereits als &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;) importiert. Es wurde nichts gespeichert.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="151" />
        <source>&lt;p style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Not imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 has %n error(s). Go back to the report, fix the schema, or tick "Import even with errors" to store it with its report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Nicht importiert&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 hat %n Fehler. Gehen Sie zurück zum Bericht, korrigieren Sie das Schema oder aktivieren Sie „Trotz Fehlern importieren“, um die Datei mit ihrem Bericht zu speichern.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Nicht importiert&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 hat %n Fehler. Gehen Sie zurück zum Bericht, korrigieren Sie das Schema oder aktivieren Sie „Trotz Fehlern importieren“, um die Datei mit ihrem Bericht zu speichern.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="160" />
        <source>&lt;p&gt;%n more file(s) waiting in the list.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n weitere Datei wartet in der Liste.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n weitere Dateien warten in der Liste.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ImportPreview</name>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="16" />
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="42" />
        <source>Reading the preview was cancelled</source>
        <translation>Das Lesen der Vorschau wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>urbis::ImportWizard</name>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="23" />
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="27" />
        <location filename="../widgets/import/importwizard.cpp" line="39" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>urbis::IngestPass</name>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="86" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="91" />
        <source>Reading stopped at row %1: %2</source>
        <translation>Lesen bei Zeile %1 gestoppt: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="108" />
        <source>The source is empty</source>
        <translation>Die Quelle ist leer</translation>
    </message>
</context>
<context>
    <name>urbis::JsonSource</name>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="132" />
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="148" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="183" />
        <source>Row %1 is longer than %2 bytes</source>
        <translation>Zeile %1 ist länger als %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="192" />
        <source>the JSON text ends inside a value (truncated file?)</source>
        <translation>der JSON-Text endet innerhalb eines Werts (abgeschnittene Datei?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="239" />
        <source>the JSON text ends too early</source>
        <translation>der JSON-Text endet zu früh</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="273" />
        <location filename="../core/ingest/jsonsource.cpp" line="281" />
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="299" />
        <source>%1 is GeoJSON; it is read as vector data</source>
        <translation>%1 ist GeoJSON; es wird als Vektordaten gelesen</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="314" />
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="331" />
        <source>%1 is not UTF-8 text (JSON must be UTF-8)</source>
        <translation>%1 ist kein UTF-8-Text (JSON muss UTF-8 sein)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="337" />
        <source>%1 holds no JSON</source>
        <translation>%1 enthält kein JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="350" />
        <source>%1 is not a JSON array or object</source>
        <translation>%1 ist weder ein JSON-Array noch ein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="375" />
        <source>the file holds a second array of objects ("%1" after "%2")</source>
        <translation>die Datei enthält ein zweites Array von Objekten („%1“ nach „%2“)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="382" />
        <source>unexpected data after the end of the JSON text</source>
        <translation>unerwartete Daten nach dem Ende des JSON-Texts</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="394" />
        <source>the JSON array is never closed (truncated file?)</source>
        <translation>das JSON-Array wird nie geschlossen (abgeschnittene Datei?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="405" />
        <source>invalid JSON: expected ',' or ']' between records</source>
        <translation>ungültiges JSON: ',' oder ']' zwischen Einträgen erwartet</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="412" />
        <source>the record is not a JSON object</source>
        <translation>der Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="430" />
        <source>Row %1 is not valid UTF-8 text</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="432" />
        <source>Row %1: invalid JSON: %2</source>
        <translation>Zeile %1: ungültiges JSON: %2</translation>
    </message>
</context>
<context>
    <name>urbis::LayerPanel</name>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="28" />
        <source>Map layers</source>
        <translation>Kartenlayer</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="32" />
        <source>Move the layer up (Ctrl+Up)</source>
        <translation>Layer nach oben verschieben (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="36" />
        <source>Move the layer down (Ctrl+Down)</source>
        <translation>Layer nach unten verschieben (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="40" />
        <source>&amp;Style…</source>
        <translation>&amp;Stil…</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="41" />
        <source>Colour the features by a field and label them</source>
        <translation>Objekte nach einem Feld einfärben und beschriften</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="45" />
        <source>Layer opacity</source>
        <translation>Layer-Deckkraft</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="46" />
        <source>&amp;Opacity</source>
        <translation>&amp;Deckkraft</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="126" />
        <source>Style</source>
        <translation>Stil</translation>
    </message>
</context>
<context>
    <name>urbis::LayerStyleDialog</name>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="13" />
        <source>Style of %1</source>
        <translation>Stil von %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="16" />
        <source>One colour</source>
        <translation>Eine Farbe</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="17" />
        <source>No labels</source>
        <translation>Keine Beschriftung</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="26" />
        <source>&amp;Colour by:</source>
        <translation>&amp;Einfärben nach:</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="27" />
        <source>&amp;Labels:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
</context>
<context>
    <name>urbis::LayerTreeModel</name>
    <message>
        <location filename="../widgets/map/layertreemodel.cpp" line="111" />
        <source>%1 (opacity %2 %)</source>
        <translation>%1 (Deckkraft %2 %)</translation>
    </message>
</context>
<context>
    <name>urbis::LocalObjectStore</name>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="34" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="37" />
        <source>Read failed</source>
        <translation>Lesen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="89" />
        <location filename="../core/storage/localobjectstore.cpp" line="134" />
        <location filename="../core/storage/localobjectstore.cpp" line="254" />
        <source>Cannot lock the object store %1</source>
        <translation>Der Objektspeicher %1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="95" />
        <location filename="../core/storage/localobjectstore.cpp" line="140" />
        <source>Cannot create folder in %1</source>
        <translation>In %1 kann kein Ordner erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="106" />
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="113" />
        <source>Cannot flush %1</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="151" />
        <source>%1 is on another file system</source>
        <translation>%1 liegt auf einem anderen Dateisystem</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="152" />
        <source>Cannot move %1 into the object store</source>
        <translation>%1 kann nicht in den Objektspeicher verschoben werden</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="164" />
        <location filename="../core/storage/localobjectstore.cpp" line="171" />
        <location filename="../core/storage/localobjectstore.cpp" line="185" />
        <location filename="../core/storage/localobjectstore.cpp" line="204" />
        <location filename="../core/storage/localobjectstore.cpp" line="220" />
        <source>No object %1</source>
        <translation>Kein Objekt %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="174" />
        <location filename="../core/storage/localobjectstore.cpp" line="188" />
        <location filename="../core/storage/localobjectstore.cpp" line="207" />
        <source>Cannot read object %1</source>
        <translation>Objekt %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="178" />
        <location filename="../core/storage/localobjectstore.cpp" line="197" />
        <location filename="../core/storage/localobjectstore.cpp" line="213" />
        <source>Object %1 is corrupt: its content hashes to %2</source>
        <translation>Objekt %1 ist beschädigt: Der Hash seines Inhalts ist %2</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="222" />
        <source>Cannot remove object %1</source>
        <translation>Objekt %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="250" />
        <source>Garbage collection cancelled</source>
        <translation>Speicherbereinigung abgebrochen</translation>
    </message>
</context>
<context>
    <name>urbis::MBTilesLayer</name>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="24" />
        <source>No MBTiles file at %1</source>
        <translation>Keine MBTiles-Datei unter %1</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="30" />
        <source>%1 is not an MBTiles file</source>
        <translation>%1 ist keine MBTiles-Datei</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="35" />
        <source>%1 has no tiles table</source>
        <translation>%1 hat keine tiles-Tabelle</translation>
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
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="56" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="57" />
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="58" />
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="65" />
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="74" />
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="100" />
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="114" />
        <source>Import the changed file with the title "%1": it becomes the next version</source>
        <translation>Die geänderte Datei mit dem Titel „%1“ importieren: Sie wird zur nächsten Version</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="157" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="158" />
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="160" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="161" />
        <source>Preview, validate and import files into the catalog</source>
        <translation>Dateien in der Vorschau ansehen, validieren und in den Katalog importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="162" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="166" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="168" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="171" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="172" />
        <source>&amp;Search the catalog</source>
        <translation>Im Katalog &amp;suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="176" />
        <source>Zoom &amp;in</source>
        <translation>H&amp;ineinzoomen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="179" />
        <source>Zoom &amp;out</source>
        <translation>Hera&amp;uszoomen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="182" />
        <source>Zoom to the &amp;selected dataset</source>
        <translation>Auf den &amp;ausgewählten Datensatz zoomen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="185" />
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="186" />
        <source>Show the selected dataset on the &amp;map</source>
        <translation>Ausgewählten Datensatz auf der &amp;Karte anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="189" />
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="197" />
        <source>&amp;Layer</source>
        <translation>&amp;Ebene</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="198" />
        <source>Add &amp;file layer…</source>
        <translation>&amp;Datei als Ebene hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="200" />
        <source>Add a layer</source>
        <translation>Ebene hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="440" />
        <source>The data is on this computer now</source>
        <translation>Die Daten sind jetzt auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="443" />
        <source>Downloading the data…</source>
        <translation>Die Daten werden heruntergeladen…</translation>
    </message>
    <message>
        <source>Downloading the data from %1…</source>
        <translation type="vanished">Daten werden von %1 heruntergeladen…</translation>
    </message>
    <message>
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;All files (*)</source>
        <translation type="vanished">Geodaten (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="201" />
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;All files (*)</source>
        <translation>Geodaten (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="vanished">%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation type="vanished">%1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="207" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="208" />
        <source>Add &amp;tile layer (XYZ)…</source>
        <translation>&amp;Kachelebene (XYZ) hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="210" />
        <source>Add a tile layer</source>
        <translation>Kachelebene hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="211" />
        <source>Tile address with {z}, {x} and {y} (tiles are cached for offline use):</source>
        <translation>Kacheladresse mit {z}, {x} und {y} (Kacheln werden für die Offline-Nutzung zwischengespeichert):</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="222" />
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="225" />
        <source>Tile layers show only cached tiles and download nothing</source>
        <translation>Kachelebenen zeigen nur zwischengespeicherte Kacheln und laden nichts herunter</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="228" />
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="229" />
        <source>Create &amp;demo datasets</source>
        <translation>Demo-Datensätze &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231" />
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>Kleine synthetische Datensätze für die CLIMABOROUGH-Städte zu diesem Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="232" />
        <source>&amp;Clean up object store</source>
        <translation>Objektspeicher be&amp;reinigen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="234" />
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Gespeicherte Dateien löschen, auf die kein Katalogeintrag mehr verweist</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="241" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="242" />
        <source>&amp;About Urbis</source>
        <translation>&amp;Über Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259" />
        <source>"%1" has no vector data to draw; its footprint is shown</source>
        <translation>„%1“ hat keine Vektordaten zum Zeichnen; seine Ausdehnung wird angezeigt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="95" />
        <source>"%1" is on the map</source>
        <translation>„%1“ ist auf der Karte</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="97" />
        <source>Cannot draw "%1": %2</source>
        <translation>„%1“ kann nicht gezeichnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="318" />
        <source>Create demo datasets</source>
        <translation>Demo-Datensätze erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="325" />
        <source>Created: %1, already present: %2</source>
        <translation>Erstellt: %1, bereits vorhanden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="336" />
        <source>Clean up object store</source>
        <translation>Objektspeicher bereinigen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="343" />
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>Nicht referenzierte Dateien entfernt: %1, freigegebener Speicherplatz: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="354" />
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="362" />
        <source>Finished: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="364" />
        <source>Failed: %1 — %2</source>
        <translation>Fehlgeschlagen: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="374" />
        <source>1 dataset in the catalog</source>
        <translation>1 Datensatz im Katalog</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="375" />
        <source>%n datasets in the catalog</source>
        <translation>
            <numerusform>%n Datensatz im Katalog</numerusform>
            <numerusform>%n Datensätze im Katalog</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::MapCanvas</name>
    <message>
        <location filename="../widgets/map/mapcanvas.cpp" line="30" />
        <source>Map</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>urbis::MapView</name>
    <message>
        <location filename="../app/gui/mapview.cpp" line="116" />
        <source>The address needs {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>Die Adresse braucht {z}, {x} und {y}, z. B. https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
</context>
<context>
    <name>urbis::MercatorRaster</name>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="62" />
        <source>Cannot open %1 as a raster</source>
        <translation>%1 kann nicht als Raster geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="64" />
        <source>%1 has no band %2</source>
        <translation>%1 hat kein Band %2</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="71" />
        <location filename="../core/geo/mercatorraster.cpp" line="98" />
        <source>Reading %1 failed</source>
        <translation>Lesen von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="83" />
        <source>Cannot project %1 to web mercator</source>
        <translation>%1 kann nicht nach Web Mercator projiziert werden</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataExtractor</name>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="100" />
        <source>Cannot open the GeoPackage %1</source>
        <translation>Das GeoPackage %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="104" />
        <source>The GeoPackage has no layer %1</source>
        <translation>Das GeoPackage hat keinen Layer %1</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataForm</name>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="14" />
        <source>Required: how the dataset is listed in the catalog</source>
        <translation>Pflichtfeld: wie der Datensatz im Katalog aufgeführt wird</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="21" />
        <source>e.g. Athens</source>
        <translation>z. B. Athen</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="32" />
        <source>SPDX id or URL</source>
        <translation>SPDX-ID oder URL</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="35" />
        <source>Who or what produced the data</source>
        <translation>Wer oder was die Daten erzeugt hat</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="39" />
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="40" />
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="41" />
        <source>C&amp;ity</source>
        <translation>&amp;Stadt</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="42" />
        <source>Do&amp;main *</source>
        <translation>Be&amp;reich *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="43" />
        <source>&amp;License</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="44" />
        <source>S&amp;ource</source>
        <translation>&amp;Quelle</translation>
    </message>
</context>
<context>
    <name>urbis::Normalizer</name>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="98" />
        <source>GDAL cannot read %1 as a raster</source>
        <translation>GDAL kann %1 nicht als Raster lesen</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="112" />
        <location filename="../core/ingest/normalizer.cpp" line="126" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="113" />
        <source>Cannot convert %1 to GeoTIFF</source>
        <translation>%1 kann nicht in GeoTIFF konvertiert werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="127" />
        <source>Cannot build the overviews of %1</source>
        <translation>Die Übersichten von %1 können nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>urbis::ObjectStore</name>
    <message>
        <location filename="../core/storage/objectstore.cpp" line="21" />
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>urbis::OgrSource</name>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="205" />
        <source>The %1 is truncated or corrupt: row %2 cannot be read</source>
        <translation>%1 ist abgeschnitten oder beschädigt: Zeile %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="239" />
        <source>The zip archive %1 is truncated or corrupt</source>
        <translation>Das ZIP-Archiv %1 ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="263" />
        <source>The zip archive holds no layer %1</source>
        <translation>Das ZIP-Archiv enthält keinen Layer %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="266" />
        <source>The zip archive %1 holds no vector data (no Shapefile, GeoPackage, GeoJSON, KML or GML)</source>
        <translation>Das ZIP-Archiv %1 enthält keine Vektordaten (kein Shapefile, GeoPackage, GeoJSON, KML oder GML)</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="278" />
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht oder ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="306" />
        <source>%1 cannot be read: it is not a valid .%2 file, or it is truncated or corrupt</source>
        <translation>%1 kann nicht gelesen werden: Es ist keine gültige .%2-Datei, oder sie ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="308" />
        <source>%1 is not a vector format GDAL can read</source>
        <translation>%1 ist kein Vektorformat, das GDAL lesen kann</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="314" />
        <source>%1 has no layer %2</source>
        <translation>%1 hat keinen Layer %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="319" />
        <source>%1 holds no vector layer</source>
        <translation>%1 enthält keinen Vektorlayer</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="331" />
        <source>%1 is truncated or corrupt</source>
        <translation>%1 ist abgeschnitten oder beschädigt</translation>
    </message>
</context>
<context>
    <name>urbis::OptionalChecks</name>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="38" />
        <source>The check "%1" cannot run: %2</source>
        <translation>Die Prüfung „%1“ kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="181" />
        <source>The cell "%1" in row at position %2 and field "%3" at position %4 is not sequential</source>
        <translation>Die Zelle „%1“ in der Zeile an Position %2 und im Feld „%3“ an Position %4 ist nicht fortlaufend</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="201" />
        <source>The cell "%1" in row at position %2 and field "%3" at position %4 is probably truncated</source>
        <translation>Die Zelle „%1“ in der Zeile an Position %2 und im Feld „%3“ an Position %4 ist wahrscheinlich abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="215" />
        <source>The cell "%1" in row at position %2 and field "%3" at position %4 holds a forbidden value</source>
        <translation>Die Zelle „%1“ in der Zeile an Position %2 und im Feld „%3“ an Position %4 enthält einen unzulässigen Wert</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="260" />
        <source>There is a possible error because the value is deviated: %1</source>
        <translation>Möglicher Fehler, da der Wert abweicht: %1</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewPage</name>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="25" />
        <source>Format: %1 (%2)</source>
        <translation>Format: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/previewpage.cpp" line="26" />
        <source>Size: %1 × %2 pixels, %n band(s)</source>
        <translation>
            <numerusform>Größe: %1 × %2 Pixel, %n Band</numerusform>
            <numerusform>Größe: %1 × %2 Pixel, %n Bänder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="27" />
        <source>Band types: %1</source>
        <translation>Bandtypen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28" />
        <source>CRS: %1</source>
        <translation>KBS: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28" />
        <source>not georeferenced</source>
        <translation>nicht georeferenziert</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="30" />
        <source>Extent (WGS84): %1, %2 — %3, %4</source>
        <translation>Ausdehnung (WGS84): %1, %2 — %3, %4</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="33" />
        <source>No-data value: %1</source>
        <translation>NoData-Wert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="35" />
        <source>GPS position: %1, %2</source>
        <translation>GPS-Position: %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="37" />
        <source>Taken at: %1</source>
        <translation>Aufgenommen am: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="45" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="46" />
        <source>The first rows of the file, with the type detected for each column. Check that the columns were split correctly.</source>
        <translation>Die ersten Zeilen der Datei mit dem für jede Spalte erkannten Typ. Prüfen Sie, ob die Spalten richtig getrennt wurden.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="101" />
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="126" />
        <source>Nothing to show: %1</source>
        <translation>Nichts anzuzeigen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="135" />
        <source>%1 is a raster: it is imported as a tiled GeoTIFF; there are no rows to check.</source>
        <translation>%1 ist ein Raster: Es wird als gekacheltes GeoTIFF importiert; es gibt keine Zeilen zu prüfen.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="143" />
        <source>%1 · %2 fields · showing the first %3 rows (the file has more)</source>
        <translation>%1 · %2 Felder · die ersten %3 Zeilen werden angezeigt (die Datei hat mehr)</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="144" />
        <source>%1 · %2 fields · %3 rows</source>
        <translation>%1 · %2 Felder · %3 Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="148" />
        <source>· types detected from a sample</source>
        <translation>· Typen anhand einer Stichprobe erkannt</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewRowsModel</name>
    <message>
        <location filename="../widgets/import/previewrowsmodel.cpp" line="100" />
        <source>%1: detected %2 (%3 of %4 cells fit)</source>
        <translation>%1: %2 erkannt (%3 von %4 Zellen passen)</translation>
    </message>
</context>
<context>
    <name>urbis::RTreeBulkLoad</name>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="154" />
        <source>The R*Tree %1 has no root node</source>
        <translation>Der R*Tree %1 hat keinen Wurzelknoten</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="159" />
        <source>The R*Tree %1 has a root node of %2 bytes</source>
        <translation>Der R*Tree %1 hat einen Wurzelknoten von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="161" />
        <location filename="../core/ingest/rtreebulkload.cpp" line="167" />
        <source>The R*Tree %1 is not empty</source>
        <translation>Der R*Tree %1 ist nicht leer</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="191" />
        <source>Too many entries for the R*Tree %1</source>
        <translation>Zu viele Einträge für den R*Tree %1</translation>
    </message>
</context>
<context>
    <name>urbis::RasterProbe</name>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="139" />
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht oder ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="148" />
        <source>%1 is a raster GDAL knows but cannot read (truncated or corrupt?)</source>
        <translation>%1 ist ein Raster, das GDAL kennt, aber nicht lesen kann (abgeschnitten oder beschädigt?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="150" />
        <source>%1 is not a raster format GDAL can read</source>
        <translation>%1 ist kein Rasterformat, das GDAL lesen kann</translation>
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
        <translation>TITEL</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53" />
        <source>CITY</source>
        <translation>STADT</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54" />
        <source>DOMAIN</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54" />
        <source>PERIOD</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/recordprinter.cpp" line="58" />
        <source>%n dataset(s) shown of %1 matching</source>
        <translation>
            <numerusform>%n Datensatz von %1 Treffern angezeigt</numerusform>
            <numerusform>%n Datensätze von %1 Treffern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="68" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="69" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="70" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="71" />
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="72" />
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="73" />
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="74" />
        <source>Keywords</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="75" />
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="76" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="77" />
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="78" />
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="79" />
        <source>CRS</source>
        <translation>KBS</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="80" />
        <source>Features</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81" />
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="82" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="83" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="84" />
        <source> (previous %1)</source>
        <translation> (vorherige %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="85" />
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="86" />
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="88" />
        <source>Fields:</source>
        <translation>Felder:</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="93" />
        <source>History:</source>
        <translation>Verlauf:</translation>
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
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="33" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="35" />
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="37" />
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="62" />
        <source>W %1, S %2, E %3, N %4</source>
        <translation>W %1, S %2, O %3, N %4</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="73" />
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="75" />
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="77" />
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="81" />
        <source>not validated</source>
        <translation>nicht validiert</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="88" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="93" />
        <source>unknown profile</source>
        <translation>unbekanntes Profil</translation>
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
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="116" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="117" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="118" />
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="119" />
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="120" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="121" />
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="122" />
        <source>Keywords</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="123" />
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="124" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="125" />
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="126" />
        <source>Temporal extent</source>
        <translation>Zeitliche Ausdehnung</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="127" />
        <source>Bounding box</source>
        <translation>Begrenzungsrahmen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="128" />
        <source>CRS</source>
        <translation>KBS</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="129" />
        <source>Features / rows</source>
        <translation>Objekte / Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="130" />
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="131" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="132" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="133" />
        <source>Stored files</source>
        <translation>Gespeicherte Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="134" />
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
</context>
<context>
    <name>urbis::RecordValidator</name>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="17" />
        <source>A title is required</source>
        <translation>Ein Titel ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="19" />
        <source>A description is required</source>
        <translation>Eine Beschreibung ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="21" />
        <source>A license is required (an SPDX id such as CC-BY-4.0, or a URL)</source>
        <translation>Eine Lizenz ist erforderlich (eine SPDX-ID wie CC-BY-4.0 oder eine URL)</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="23" />
        <source>A source is required (who or what produced the data)</source>
        <translation>Eine Quelle ist erforderlich (wer oder was die Daten erzeugt hat)</translation>
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
        <translation type="vanished">Aufruf: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                           [--virtual-host] [--replace]
        urbis remote list
        urbis remote remove NAME
        urbis remote test NAME      Bucket mit den Schlüsseln erreichen, die die Synchronisierung verwenden würde
Zugangsschlüssel: Schlüsselbund des Systems, sonst AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (und AWS_SESSION_TOKEN)</translation>
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
        <translation>Aufruf: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                         [--virtual-host] [--sse AES256|aws:kms] [--ca-bundle PEM] [--replace]
        urbis remote list
        urbis remote remove NAME
        urbis remote test NAME      Bucket mit den Schlüsseln erreichen, die die Synchronisierung verwenden würde
Zugangsschlüssel: Schlüsselbund des Systems, sonst AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (und AWS_SESSION_TOKEN);
SSE-C: URBIS_SSE_CUSTOMER_KEY (Base64 eines 32-Byte-Schlüssels)</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="46" />
        <source>Remote "%1" removed</source>
        <translation>Entfernter Speicher „%1“ wurde entfernt</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49" />
        <source>remote needs add, list, remove or test</source>
        <translation>remote benötigt add, list, remove oder test</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49" />
        <source>unknown use of remote: %1</source>
        <translation>unbekannte Verwendung von remote: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="57" />
        <source>remote add needs a NAME, --endpoint and --bucket</source>
        <translation>remote add benötigt NAME, --endpoint und --bucket</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="75" />
        <source>Remote "%1" added: %2, bucket %3</source>
        <translation>Entfernter Speicher „%1“ hinzugefügt: %2, Bucket %3</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="98" />
        <source>No remotes yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Noch keine entfernten Speicher: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="128" />
        <source>%1: bucket %2 reachable (keys from the %3)</source>
        <translation>%1: Bucket %2 erreichbar (Schlüsselquelle: %3)</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteCredentials</name>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="44" />
        <source>No keys for "%1" in the keyring</source>
        <translation>Keine Zugangsschlüssel für „%1“ im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="49" />
        <source>The keyring entry of "%1" is incomplete</source>
        <translation>Der Schlüsselbund-Eintrag von „%1“ ist unvollständig</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="58" />
        <source>No keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Keine Zugangsschlüssel: Setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="70" />
        <source>No keys for the remote "%1": store them in the keyring (remote settings) or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Keine Zugangsschlüssel für den entfernten Speicher „%1“: Speichern Sie sie im Schlüsselbund (Einstellungen des entfernten Speichers) oder setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="91" />
        <source>The keys could not be stored in the keyring</source>
        <translation>Die Zugangsschlüssel konnten nicht im Schlüsselbund gespeichert werden</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteDialog</name>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="43" />
        <source>&amp;Path-style addresses (MinIO, Ceph, s3rver)</source>
        <translation>&amp;Pfadbasierte Adressen (MinIO, Ceph, s3rver)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="46" />
        <location filename="../widgets/sync/remotedialog.cpp" line="207" />
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="52" />
        <source>Add remote</source>
        <translation>Entfernten Speicher hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="53" />
        <source>e.g. city-minio</source>
        <translation>z. B. city-minio</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="54" />
        <source>https://minio.example.org:9000</source>
        <translation>https://minio.example.org:9000</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="56" />
        <source>e.g. urbis-catalog</source>
        <translation>z. B. urbis-catalog</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="57" />
        <source>optional, e.g. city/air/</source>
        <translation>optional, z. B. city/air/</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="61" />
        <source>Address objects as endpoint/bucket/key; AWS also accepts bucket.endpoint/key</source>
        <translation>Objekte als Endpunkt/Bucket/Schlüssel adressieren; AWS akzeptiert auch Bucket.Endpunkt/Schlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="64" />
        <location filename="../widgets/sync/remotedialog.cpp" line="65" />
        <source>leave empty to keep the stored keys</source>
        <translation>leer lassen, um die gespeicherten Schlüssel beizubehalten</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="69" />
        <source>List the bucket once with these settings and keys</source>
        <translation>Den Bucket einmal mit diesen Einstellungen und Schlüsseln auflisten</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="80" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="81" />
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="82" />
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="83" />
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="84" />
        <source>Key p&amp;refix:</source>
        <translation>Schlüsselprä&amp;fix:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="86" />
        <source>&amp;Access key:</source>
        <translation>&amp;Zugriffsschlüssel:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="87" />
        <source>&amp;Secret key:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="114" />
        <source>Edit remote "%1"</source>
        <translation>Entfernten Speicher „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="165" />
        <source>Keys are kept in the system keyring, never in settings files. Leave them empty to use keys stored earlier or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment.</source>
        <translation>Die Schlüssel werden im Schlüsselbund des Systems aufbewahrt, nie in Einstellungsdateien. Lassen Sie die Felder leer, um früher gespeicherte Schlüssel oder AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY aus der Umgebung zu verwenden.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="169" />
        <source>AWS_ACCESS_KEY_ID is set here: the environment's keys are used first.</source>
        <translation>AWS_ACCESS_KEY_ID ist hier gesetzt: Die Schlüssel aus der Umgebung werden zuerst verwendet.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="179" />
        <source>Enter both keys, or neither to use the stored keys or the environment</source>
        <translation>Geben Sie beide Schlüssel ein oder keinen, um die gespeicherten Schlüssel oder die Umgebung zu verwenden</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="194" />
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="207" />
        <source>Cancel &amp;test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="234" />
        <source>Saving the keys in the keyring…</source>
        <translation>Schlüssel werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="252" />
        <source>No keyring is available here, so the keys were not saved. Urbis will use AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from the environment. Press OK to save the remote without keys.</source>
        <translation>Hier ist kein Schlüsselbund verfügbar, daher wurden die Schlüssel nicht gespeichert. Urbis verwendet AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY aus der Umgebung. Klicken Sie auf OK, um den entfernten Speicher ohne Schlüssel zu speichern.</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListModel</name>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="56" />
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="69" />
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="72" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="94" />
        <source>Datasets changed here and not yet pushed</source>
        <translation>Hier geänderte, noch nicht hochgeladene Datensätze</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="117" />
        <source>Remote</source>
        <translation>Entfernter Speicher</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="119" />
        <source>Endpoint / bucket</source>
        <translation>Endpunkt / Bucket</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="121" />
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="123" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="125" />
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListView</name>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="29" />
        <source>Filter remotes</source>
        <translation>Entfernte Speicher filtern</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="41" />
        <source>Remotes</source>
        <translation>Entfernte Speicher</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="44" />
        <source>No remote yet — Add remote… to share this catalog through S3/MinIO</source>
        <translation>Noch kein entfernter Speicher — mit „Entfernten Speicher hinzufügen…“ diesen Katalog über S3/MinIO teilen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="47" />
        <source>Add remote…</source>
        <translation>Entfernten Speicher hinzufügen…</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteOverview</name>
    <message>
        <location filename="../widgets/sync/remoteoverview.cpp" line="25" />
        <source>Status unknown: %1</source>
        <translation>Status unbekannt: %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfile</name>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="15" />
        <source>The remote name "%1" is not valid: use letters, digits, '.', '_' or '-' (at most 64)</source>
        <translation>Der Name „%1“ für den entfernten Speicher ist ungültig: Verwenden Sie Buchstaben, Ziffern, „.“, „_“ oder „-“ (höchstens 64)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="18" />
        <source>The endpoint "%1" is not an http:// or https:// address</source>
        <translation>Der Endpunkt „%1“ ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="21" />
        <source>The bucket name "%1" is not valid: 3 to 63 lower-case letters, digits, '.' or '-'</source>
        <translation>Der Bucket-Name „%1“ ist ungültig: 3 bis 63 Kleinbuchstaben, Ziffern, „.“ oder „-“</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="23" />
        <source>The region is empty</source>
        <translation>Die Region ist leer</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="26" />
        <source>Server-side encryption "%1" is not known: use AES256 or aws:kms</source>
        <translation>Serverseitige Verschlüsselung „%1“ ist unbekannt: Verwenden Sie AES256 oder aws:kms</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="28" />
        <source>No PEM certificate could be read from %1</source>
        <translation>Aus %1 konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfiles</name>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="27" />
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="31" />
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="47" />
        <source>There is no remote "%1" (urbis remote list shows them)</source>
        <translation>Es gibt keinen entfernten Speicher „%1“ (urbis remote list zeigt sie an)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="59" />
        <source>A remote named "%1" exists already</source>
        <translation>Ein entfernter Speicher namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="75" />
        <source>There is no remote "%1"</source>
        <translation>Es gibt keinen entfernten Speicher „%1“</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteScan</name>
    <message>
        <location filename="../core/storage/sync/remotescan.cpp" line="32" />
        <source>Sync cancelled</source>
        <translation>Synchronisierung abgebrochen</translation>
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
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="98" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="99" />
        <source>Error type</source>
        <translation>Fehlertyp</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="100" />
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="101" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>urbis::ReportPage</name>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="33" />
        <source>Validation report</source>
        <translation>Validierungsbericht</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="34" />
        <source>The whole file checked against the schema. Double-click an error to see its row in the preview.</source>
        <translation>Die gesamte Datei wurde anhand des Schemas geprüft. Doppelklicken Sie auf einen Fehler, um seine Zeile in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="49" />
        <source>Search the errors</source>
        <translation>Fehler durchsuchen</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="65" />
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="67" />
        <source>&amp;Validate again</source>
        <translation>Erneut &amp;validieren</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="69" />
        <source>&amp;Import even with errors (the report is kept with the dataset)</source>
        <translation>Trotz Fehlern &amp;importieren (der Bericht wird mit dem Datensatz gespeichert)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="76" />
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="142" />
        <source>Add as a &amp;new version of the existing dataset "%1"</source>
        <translation>Als &amp;neue Version des vorhandenen Datensatzes „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="156" />
        <source>&lt;b&gt;Raster:&lt;/b&gt; no rows to validate; the import converts it to a tiled GeoTIFF.</source>
        <translation>&lt;b&gt;Raster:&lt;/b&gt; keine Zeilen zu validieren; beim Import wird es in ein gekacheltes GeoTIFF konvertiert.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="165" />
        <source>Validating %1</source>
        <translation>%1 wird validiert</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="182" />
        <source>Validation did not finish. Press "Validate again" to retry.</source>
        <translation>Die Validierung wurde nicht abgeschlossen. Klicken Sie auf „Erneut validieren“, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="195" />
        <source>All findings (%1)</source>
        <translation>Alle Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="203" />
        <source>&lt;span style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Valid&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields, no errors.</source>
        <translation>&lt;span style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Gültig&lt;/b&gt;&lt;/span&gt; — %1 Zeilen, %2 Felder, keine Fehler.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="206" />
        <source>&lt;span style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Valid with warnings&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields; %3 notes about missing metadata (they do not block the import).</source>
        <translation>&lt;span style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Gültig mit Warnungen&lt;/b&gt;&lt;/span&gt; — %1 Zeilen, %2 Felder; %3 Hinweise zu fehlenden Metadaten (sie blockieren den Import nicht).</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="210" />
        <source>&lt;span style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Not valid&lt;/b&gt;&lt;/span&gt; — %1 errors in %2 rows%3. Fix the schema or the file, or tick "Import even with errors".</source>
        <translation>&lt;span style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Ungültig&lt;/b&gt;&lt;/span&gt; — %1 Fehler in %2 Zeilen%3. Korrigieren Sie das Schema oder die Datei, oder aktivieren Sie „Trotz Fehlern importieren“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/reportpage.cpp" line="214" />
        <source>, and %n note(s)</source>
        <translation>
            <numerusform> und %n Hinweis</numerusform>
            <numerusform> und %n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="225" />
        <location filename="../widgets/import/reportpage.cpp" line="228" />
        <source>Export validation report</source>
        <translation>Validierungsbericht exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="226" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="228" />
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>urbis::ReportReader</name>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="37" />
        <source>The stored validation report is not readable</source>
        <translation>Der gespeicherte Validierungsbericht ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="60" />
        <source>This dataset has no stored validation report.</source>
        <translation>Dieser Datensatz hat keinen gespeicherten Validierungsbericht.</translation>
    </message>
</context>
<context>
    <name>urbis::ReportTab</name>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="33" />
        <source>Search the findings</source>
        <translation>Befunde durchsuchen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="49" />
        <source>Sho&amp;w:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="98" />
        <source>No data store is connected to this panel.</source>
        <translation>Mit diesem Bereich ist kein Datenspeicher verbunden.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="102" />
        <source>Reading the validation report…</source>
        <translation>Validierungsbericht wird gelesen…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="106" />
        <source>Reading the validation report</source>
        <translation>Validierungsbericht wird gelesen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="135" />
        <source>Valid: %1 rows checked, no errors.</source>
        <translation>Gültig: %1 Zeilen geprüft, keine Fehler.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="136" />
        <source>%1 errors in %2 rows checked.</source>
        <translation>%1 Fehler in %2 geprüften Zeilen.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="139" />
        <source>%1 notices (missing metadata; they never make data invalid).</source>
        <translation>%1 Hinweise (fehlende Metadaten; sie machen Daten nie ungültig).</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="145" />
        <source>All findings</source>
        <translation>Alle Befunde</translation>
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
        <translation>Die Datendatei %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="143" />
        <source>The data file %1 is not a file</source>
        <translation>Die Datendatei %1 ist keine Datei</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="146" />
        <location filename="../core/storage/rest/restingestclient.cpp" line="164" />
        <source>Cannot read the data file %1</source>
        <translation>Die Datendatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="202" />
        <location filename="../core/storage/rest/restingestclient.cpp" line="274" />
        <location filename="../core/storage/rest/restingestclient.cpp" line="294" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="218" />
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="232" />
        <source>Cannot reach the ingestion endpoint %1: %2</source>
        <translation>Der Ingest-Endpunkt %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="239" />
        <source>The ingestion endpoint %1 requires an access token (HTTP %2)</source>
        <translation>Der Ingest-Endpunkt %1 erfordert ein Zugriffstoken (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="240" />
        <source>The ingestion endpoint %1 refused the access token (HTTP %2)</source>
        <translation>Der Ingest-Endpunkt %1 hat das Zugriffstoken abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="244" />
        <source>The ingestion endpoint %1 redirects to %2; send to that address instead</source>
        <translation>Der Ingest-Endpunkt %1 leitet auf %2 um; senden Sie stattdessen an diese Adresse</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="245" />
        <source>an unnamed address</source>
        <translation>eine unbenannte Adresse</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="248" />
        <source>The ingestion endpoint %1 failed (HTTP %2)</source>
        <translation>Der Ingest-Endpunkt %1 ist fehlgeschlagen (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="251" />
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2)</source>
        <translation>Der Ingest-Endpunkt %1 hat den Datensatz abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="252" />
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2): %3</source>
        <translation>Der Ingest-Endpunkt %1 hat den Datensatz abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="266" />
        <source>The ingestion endpoint must be an http or https address, not "%1"</source>
        <translation>Der Ingest-Endpunkt muss eine http- oder https-Adresse sein, nicht „%1“</translation>
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
            <numerusform>Erkannt: %1, %2% von %n Stichprobenzelle passen</numerusform>
            <numerusform>Erkannt: %1, %2% von %n Stichprobenzellen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="78" />
        <source>%n cells empty or missing</source>
        <translation>
            <numerusform>%n Zelle leer oder fehlend</numerusform>
            <numerusform>%n Zellen leer oder fehlend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="80" />
        <source>Examples: %1</source>
        <translation>Beispiele: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="82" />
        <source>Suggested unit: %1</source>
        <translation>Vorgeschlagene Einheit: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="194" />
        <source>Share of the sampled cells that fit the detected type</source>
        <translation>Anteil der Stichprobenzellen, die zum erkannten Typ passen</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="198" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="199" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="200" />
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="201" />
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="202" />
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="203" />
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="204" />
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="205" />
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="206" />
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaInference</name>
    <message>
        <location filename="../core/ingest/schemainference.cpp" line="296" />
        <source>Schema inference was cancelled</source>
        <translation>Die Schemaableitung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaPage</name>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="22" />
        <source>Schema and metadata</source>
        <translation>Schema und Metadaten</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="23" />
        <source>Check the detected column types, add units and constraints, and describe the dataset. Hover a field for what the detection saw.</source>
        <translation>Prüfen Sie die erkannten Spaltentypen, fügen Sie Einheiten und Einschränkungen hinzu und beschreiben Sie den Datensatz. Zeigen Sie mit der Maus auf ein Feld, um zu sehen, was die Erkennung gefunden hat.</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="41" />
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="45" />
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="70" />
        <source>Types were detected from the first rows only; validation reads the whole file.</source>
        <translation>Die Typen wurden nur anhand der ersten Zeilen erkannt; die Validierung liest die gesamte Datei.</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaTable</name>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10" />
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="28" />
        <source>No unit given</source>
        <translation>Keine Einheit angegeben</translation>
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
        <translation>Aufruf: urbis send ID --to URL [--token-env VAR]
  sendet die Daten des Datensatzes und seinen Katalogeintrag (multipart/form-data: "metadata", "file")
  an den REST-Ingest-Endpunkt URL (http oder https)
  --token-env VAR   Umgebungsvariable mit dem Bearer-Token (Standard %1; none: kein Token)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="37" />
        <source>send needs one dataset ID and --to URL</source>
        <translation>send benötigt die ID eines Datensatzes und --to URL</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="43" />
        <source>--token-env names %1, which is not set or empty</source>
        <translation>--token-env nennt %1, die nicht gesetzt oder leer ist</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="53" />
        <source>Dataset %1 has no stored data to send</source>
        <translation>Datensatz %1 hat keine gespeicherten Daten zum Senden</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="56" />
        <source>The stored data of dataset %1 is missing (%2)</source>
        <translation>Die gespeicherten Daten von Datensatz %1 fehlen (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="67" />
        <source>Sending %1</source>
        <translation>%1 wird gesendet</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="82" />
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes</source>
        <translation>%1 (%2) an %3 gesendet: HTTP %4, %5 Bytes</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="83" />
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes, now at %6</source>
        <translation>%1 (%2) an %3 gesendet: HTTP %4, %5 Bytes, jetzt unter %6</translation>
    </message>
</context>
<context>
    <name>urbis::SourceOpener</name>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="89" />
        <source>%1 is not a text file: it holds binary data</source>
        <translation>%1 ist keine Textdatei: Sie enthält Binärdaten</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="133" />
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="135" />
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="138" />
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="141" />
        <source>The file is empty: %1</source>
        <translation>Die Datei ist leer: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="159" />
        <source>%1 is a raster image, not a table or vector layer</source>
        <translation>%1 ist ein Rasterbild, keine Tabelle und kein Vektorlayer</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="168" />
        <source>The format of %1 is not recognised</source>
        <translation>Das Format von %1 wird nicht erkannt</translation>
    </message>
</context>
<context>
    <name>urbis::StacItemCodec</name>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="148" />
        <source>%1 is not a STAC Item (needs "type": "Feature" and an id)</source>
        <translation>%1 ist kein STAC Item (benötigt "type": "Feature" und eine id)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="158" />
        <source>%1: a version record is unreadable: %2</source>
        <translation>%1: Ein Versionseintrag ist unlesbar: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="162" />
        <source>%1: the versions do not start with the dataset %2</source>
        <translation>%1: Die Versionen beginnen nicht mit dem Datensatz %2</translation>
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
        <translation>Aufruf: urbis sync [NAME] [--push] [--pull] [--dry-run] [--with-data]
                   [--bbox W,S,E,N] [--from T] [--to T]
        urbis sync [NAME] --fetch ID              Daten eines heruntergeladenen Datensatzes abrufen
        urbis sync [NAME] --conflicts             hier und dort geänderte Datensätze auflisten
        urbis sync [NAME] --resolve ID --keep mine|theirs|both
Übertragungen: --part-size MIB (Standard 8, mindestens 5), --concurrency N (Standard 4),
               --bwlimit RATE (Bytes pro Sekunde; Suffixe K, M oder G: 10M)
Ohne --push oder --pull laufen beide Richtungen. Heruntergeladene Datensätze bringen ihre Metadaten mit;
ihre Daten folgen mit --with-data, für Datensätze in --bbox / --from..--to oder mit --fetch.
NAME kann weggelassen werden, wenn es nur einen entfernten Speicher gibt (urbis remote list).</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="48" />
        <source>No remote yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Noch kein entfernter Speicher: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="49" />
        <source>Several remotes: name the one to sync with</source>
        <translation>Mehrere entfernte Speicher: Geben Sie den an, mit dem synchronisiert werden soll</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="57" />
        <source>sync takes at most one remote name</source>
        <translation>sync akzeptiert höchstens einen Namen eines entfernten Speichers</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="93" />
        <source>--part-size is in MiB, from 5 to 5120</source>
        <translation>--part-size wird in MiB angegeben, von 5 bis 5120</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="100" />
        <source>--concurrency is a number from 1 to 64</source>
        <translation>--concurrency ist eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="112" />
        <source>--bwlimit needs a rate such as 500K or 10M</source>
        <translation>--bwlimit benötigt eine Rate wie 500K oder 10M</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="123" />
        <source>--resolve needs --keep mine, theirs or both</source>
        <translation>--resolve benötigt --keep mine, theirs oder both</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="131" />
        <source>Syncing with %1</source>
        <translation>Synchronisierung mit %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="148" />
        <source>%1%2 pushed, %3 pulled, %4 conflict(s), %5 failed; %6 blob(s) up (%7 already there), %8 down in %9 s</source>
        <translation>%1%2 hochgeladen, %3 heruntergeladen, %4 Konflikt(e), %5 fehlgeschlagen; %6 Blob(s) hochgeladen (%7 bereits vorhanden), %8 heruntergeladen in %9 s</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="149" />
        <source>dry run: would have </source>
        <translation>Probelauf (ohne Änderungen): </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="181" />
        <source>%n conflict(s); %1 dataset(s) waiting to be pushed</source>
        <translation>
            <numerusform>%n Konflikt; zum Hochladen ausstehende Datensätze: %1</numerusform>
            <numerusform>%n Konflikte; zum Hochladen ausstehende Datensätze: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::SyncEngine</name>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="63" />
        <source>Sync cancelled</source>
        <translation>Synchronisierung abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="88" />
        <source>Reading the remote catalog of %1…</source>
        <translation>Entfernter Katalog von %1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="118" />
        <source>%1 is not JSON: %2</source>
        <translation>%1 ist kein JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="96" />
        <source>Still unresolved: changed here and on %1</source>
        <translation>Noch ungelöst: hier und auf %1 geändert</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="111" />
        <source>Changed here (%1 version(s), last edit %2) and on %3 (%4 version(s), last edit %5)</source>
        <translation>Hier geändert (%1 Version(en), letzte Bearbeitung %2) und auf %3 (%4 Version(en), letzte Bearbeitung %5)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="164" />
        <source>Changed on %1 while this sync ran</source>
        <translation>Auf %1 geändert, während diese Synchronisierung lief</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="273" />
        <source>Writing the STAC catalog of %1…</source>
        <translation>STAC-Katalog von %1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="94" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/syncengine.cpp" line="101" />
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>%n Datensatz konnte nicht synchronisiert werden; die nächste Synchronisierung versucht es erneut</numerusform>
            <numerusform>%n Datensätze konnten nicht synchronisiert werden; die nächste Synchronisierung versucht es erneut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="158" />
        <source>"%1" changed on %2 again; look at it once more</source>
        <translation>„%1“ wurde auf %2 erneut geändert; sehen Sie es sich noch einmal an</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="208" />
        <source>"%1" was never synced with a remote: its data is not available</source>
        <translation>„%1“ wurde nie mit einem entfernten Speicher synchronisiert: Seine Daten sind nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPanel</name>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="51" />
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="52" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="53" />
        <location filename="../widgets/sync/syncpanel.cpp" line="171" />
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="95" />
        <source>&amp;Add remote…</source>
        <translation>Entfernten Speicher &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="97" />
        <source>Connect this catalog to an S3 / MinIO bucket</source>
        <translation>Diesen Katalog mit einem S3-/MinIO-Bucket verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="98" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="100" />
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="102" />
        <source>Forget this remote here; nothing is deleted in the bucket</source>
        <translation>Diesen entfernten Speicher hier vergessen; im Bucket wird nichts gelöscht</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="103" />
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="105" />
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="106" />
        <source>Push local changes and pull the remote's (Ctrl+Shift+S)</source>
        <translation>Lokale Änderungen hochladen und die des entfernten Speichers herunterladen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="107" />
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="109" />
        <source>Dry run: list what a sync would move, changing nothing</source>
        <translation>Probelauf: auflisten, was eine Synchronisierung übertragen würde, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="171" />
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="205" />
        <source>Remote "%1" updated</source>
        <translation>Entfernter Speicher „%1“ wurde aktualisiert</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="206" />
        <source>Remote "%1" added</source>
        <translation>Entfernter Speicher „%1“ wurde hinzugefügt</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="235" />
        <source>Remove remote</source>
        <translation>Entfernten Speicher entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="236" />
        <source>Forget the remote "%1"? Nothing is deleted in the bucket, and the datasets stay in this catalog.</source>
        <translation>Den entfernten Speicher „%1“ vergessen? Im Bucket wird nichts gelöscht, und die Datensätze bleiben in diesem Katalog.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="245" />
        <source>Remote "%1" removed</source>
        <translation>Entfernter Speicher „%1“ wurde entfernt</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="256" />
        <source>A sync of "%1" is already running</source>
        <translation>Eine Synchronisierung von „%1“ läuft bereits</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="270" />
        <source>Syncing "%1"…</source>
        <translation>„%1“ wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="279" />
        <source>"%1" is in sync</source>
        <translation>„%1“ ist synchron</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="281" />
        <source>Sync of "%1" cancelled</source>
        <translation>Synchronisierung von „%1“ abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284" />
        <source>Sync of "%1" failed: %2</source>
        <translation>Synchronisierung von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284" />
        <source>see Transfers</source>
        <translation>siehe Übertragungen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="295" />
        <source>Next try at %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="331" />
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="333" />
        <source>Preview of "%1" failed: %2</source>
        <translation>Vorschau von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="353" />
        <source>Conflict on "%1" settled</source>
        <translation>Konflikt bei „%1“ gelöst</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="354" />
        <source>Could not settle the conflict: %1</source>
        <translation>Der Konflikt konnte nicht gelöst werden: %1</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPlanModel</name>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="30" />
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="32" />
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="34" />
        <source>Fetch data</source>
        <translation>Daten abrufen</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="36" />
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="38" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sync/syncplanmodel.cpp" line="72" />
        <source>%1 (%n version(s))</source>
        <translation>
            <numerusform>%1 (%n Version)</numerusform>
            <numerusform>%1 (%n Versionen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="92" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="94" />
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="96" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="98" />
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPreviewView</name>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="18" />
        <source>Preview lists what a sync would upload and download, without changing anything.</source>
        <translation>Die Vorschau listet auf, was eine Synchronisierung hoch- und herunterladen würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="28" />
        <source>What the sync would move</source>
        <translation>Was die Synchronisierung übertragen würde</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="43" />
        <source>Asking "%1" what a sync would move…</source>
        <translation>„%1“ wird gefragt, was eine Synchronisierung übertragen würde…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="49" />
        <source>Preview of "%1" failed: %2</source>
        <translation>Vorschau von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="57" />
        <source>"%1" is in sync: nothing would move.</source>
        <translation>„%1“ ist synchron: Es würde nichts übertragen.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="61" />
        <source>A sync with "%1" would upload %2 and download %3 dataset(s), %4 in all; %5 conflict(s). Nothing was changed.</source>
        <translation>Eine Synchronisierung mit „%1“ würde Datensätze hochladen: %2, herunterladen: %3, insgesamt %4; Konflikte: %5. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>urbis::SyncTask</name>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9" />
        <source>Preview sync with %1</source>
        <translation>Vorschau der Synchronisierung mit %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9" />
        <source>Sync with %1</source>
        <translation>Synchronisierung mit %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="30" />
        <source>Download the data of a dataset</source>
        <translation>Die Daten eines Datensatzes herunterladen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/synctask.cpp" line="70" />
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>%n Datensatz konnte nicht synchronisiert werden; die nächste Synchronisierung versucht es erneut</numerusform>
            <numerusform>%n Datensätze konnten nicht synchronisiert werden; die nächste Synchronisierung versucht es erneut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TableChecker</name>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="113" />
        <source>There is an extra label "%1" in the header at position %2</source>
        <translation>Die Kopfzeile enthält an Position %2 eine zusätzliche Beschriftung „%1“</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="119" />
        <source>Label "%1" of the schema is missing from the header at position %2</source>
        <translation>Die Beschriftung „%1“ des Schemas fehlt in der Kopfzeile an Position %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="124" />
        <source>Label in the header at position %1 is blank</source>
        <translation>Die Beschriftung in der Kopfzeile an Position %1 ist leer</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="126" />
        <source>Label "%1" at position %2 is a duplicate</source>
        <translation>Die Beschriftung „%1“ an Position %2 ist ein Duplikat</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="128" />
        <source>Label "%1" at position %2 does not match the field name "%3" of the schema</source>
        <translation>Die Beschriftung „%1“ an Position %2 stimmt nicht mit dem Feldnamen „%3“ des Schemas überein</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="173" />
        <source>Row at position %1 is completely blank</source>
        <translation>Die Zeile an Position %1 ist vollständig leer</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="187" />
        <source>Type error in the cell "%1" in row %2 and field "%3" at position %4: type is "%5/%6"</source>
        <translation>Typfehler in der Zelle „%1“ in Zeile %2 und Feld „%3“ an Position %4: Typ ist „%5/%6“</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="195" />
        <source>The cell "%1" in row %2 and field "%3" at position %4 does not conform to the constraint "%5"</source>
        <translation>Die Zelle „%1“ in Zeile %2 und Feld „%3“ an Position %4 entspricht nicht der Einschränkung „%5“</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="205" />
        <source>Row at position %1 has an extra value in field at position %2</source>
        <translation>Die Zeile an Position %1 hat einen zusätzlichen Wert im Feld an Position %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="210" />
        <source>Row at position %1 has a missing cell in field "%2" at position %3</source>
        <translation>In der Zeile an Position %1 fehlt eine Zelle im Feld „%2“ an Position %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="217" />
        <source>Row at position %1 has a unique constraint violation in field "%2" at position %3</source>
        <translation>Die Zeile an Position %1 verletzt die Eindeutigkeitseinschränkung im Feld „%2“ an Position %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="230" />
        <source>Row at position %1 violates the primary key: all key cells are null or the key is not unique</source>
        <translation>Die Zeile an Position %1 verletzt den Primärschlüssel: alle Schlüsselzellen sind leer oder der Schlüssel ist nicht eindeutig</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="247" />
        <source>Row at position %1 is a duplicate of an earlier row</source>
        <translation>Die Zeile an Position %1 ist ein Duplikat einer früheren Zeile</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="262" />
        <source>Row at position %1 violates the foreign key: the referenced values are not in the table</source>
        <translation>Die Zeile an Position %1 verletzt den Fremdschlüssel: die referenzierten Werte sind nicht in der Tabelle</translation>
    </message>
</context>
<context>
    <name>urbis::TableField</name>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="38" />
        <location filename="../core/ingest/valuecast.cpp" line="41" />
        <source>Field "%1": %2</source>
        <translation>Feld „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="92" />
        <source>constraint "%1" is not supported by type "%2"</source>
        <translation>Einschränkung „%1“ wird vom Typ „%2“ nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="98" />
        <source>constraint "%1": %2 is not a valid %3</source>
        <translation>Einschränkung „%1“: %2 ist kein gültiger Wert vom Typ %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="106" />
        <source>a length constraint is negative</source>
        <translation>eine Längeneinschränkung ist negativ</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="127" />
        <source>pattern "%1" is not a valid regular expression: %2</source>
        <translation>Muster „%1“ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="18" />
        <source>Field "%1": "%2" is malformed</source>
        <translation>Feld „%1“: „%2“ ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="50" />
        <source>Field "%1": unknown constraint "%2"</source>
        <translation>Feld „%1“: unbekannte Einschränkung „%2“</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="112" />
        <source>A field has no name ("name" must be a string)</source>
        <translation>Ein Feld hat keinen Namen („name“ muss eine Zeichenkette sein)</translation>
    </message>
    <message>
        <location filename="../core/ingest/timepattern.cpp" line="113" />
        <source>The date/time format "%1" uses "%2", which is not a supported strptime directive</source>
        <translation>Das Datums-/Zeitformat „%1“ verwendet „%2“, was keine unterstützte strptime-Direktive ist</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="96" />
        <source>unknown type "%1"</source>
        <translation>unbekannter Typ „%1“</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="114" />
        <source>format "%1" is not valid for type "%2"</source>
        <translation>Format „%1“ ist für den Typ „%2“ nicht gültig</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="131" />
        <source>"%1" is malformed</source>
        <translation>„%1“ ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>urbis::TableSchema</name>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="51" />
        <source>Foreign key %1 is malformed: it needs "fields" and a "reference" with "resource" and "fields"</source>
        <translation>Fremdschlüssel %1 ist fehlerhaft: er benötigt „fields“ und eine „reference“ mit „resource“ und „fields“</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="58" />
        <source>Foreign key %1 lists %2 fields but references %3</source>
        <translation>Fremdschlüssel %1 listet %2 Felder auf, referenziert aber %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="70" />
        <source>Foreign key %1 names the field "%2", which the schema does not have</source>
        <translation>Fremdschlüssel %1 nennt das Feld „%2“, das im Schema nicht vorhanden ist</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="88" />
        <location filename="../core/ingest/tableschema.cpp" line="95" />
        <source>The schema's "missingValues" must be a list of strings</source>
        <translation>„missingValues“ des Schemas muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="103" />
        <source>The schema has no "fields" list</source>
        <translation>Das Schema hat keine „fields“-Liste</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="111" />
        <source>Field %1 of the schema is not an object</source>
        <translation>Feld %1 des Schemas ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="116" />
        <source>Field %1 of the schema has no name</source>
        <translation>Feld %1 des Schemas hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="124" />
        <source>The schema has two fields named "%1"</source>
        <translation>Das Schema hat zwei Felder mit dem Namen „%1“</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="134" />
        <source>The schema's "primaryKey" must be a field name or a list of them</source>
        <translation>„primaryKey“ des Schemas muss ein Feldname oder eine Liste von Feldnamen sein</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="140" />
        <source>The primary key names the field "%1", which the schema does not have</source>
        <translation>Der Primärschlüssel nennt das Feld „%1“, das im Schema nicht vorhanden ist</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="150" />
        <source>The schema's "foreignKeys" must be a list</source>
        <translation>„foreignKeys“ des Schemas muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="163" />
        <source>The schema's "%1" must be a string</source>
        <translation>„%1“ des Schemas muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="177" />
        <source>Cannot read the schema file %1</source>
        <translation>Die Schemadatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="182" />
        <source>The schema file %1 is not valid JSON (at byte %2)</source>
        <translation>Die Schemadatei %1 ist kein gültiges JSON (bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="188" />
        <source>The schema file %1 does not hold a JSON object</source>
        <translation>Die Schemadatei %1 enthält kein JSON-Objekt</translation>
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
        <translation>Vor dem Start abgebrochen</translation>
    </message>
</context>
<context>
    <name>urbis::TaskProgressWidget</name>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="20" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="22" />
        <source>Stop this step</source>
        <translation>Diesen Schritt anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="59" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="83" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>urbis::TaskRow</name>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="35" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="37" />
        <source>Stop this task; work done so far is rolled back</source>
        <translation>Diese Aufgabe abbrechen; bisher erledigte Arbeit wird rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="89" />
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="95" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="98" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="101" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>urbis::TasksPanel</name>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="18" />
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="20" />
        <source>Remove finished, failed and cancelled tasks from the list</source>
        <translation>Abgeschlossene, fehlgeschlagene und abgebrochene Aufgaben aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="25" />
        <source>No tasks. Imports, sync and clean-up jobs show their progress here.</source>
        <translation>Keine Aufgaben. Importe, Synchronisierungen und Bereinigungen zeigen hier ihren Fortschritt an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="91" />
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="92" />
        <source>%n finished</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TileDownloader</name>
    <message>
        <location filename="../core/map/tiledownloader.cpp" line="76" />
        <source>The server sent something that is not an image</source>
        <translation>Der Server hat etwas gesendet, das kein Bild ist</translation>
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
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="60" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="63" />
        <source>%1/s, %2:%3 left</source>
        <translation>%1/s, noch %2:%3</translation>
    </message>
</context>
<context>
    <name>urbis::TransfersView</name>
    <message>
        <location filename="../widgets/sync/transfersview.cpp" line="15" />
        <source>No transfer running. Sync now (Ctrl+Shift+S) or Preview to see what would move.</source>
        <translation>Keine Übertragung aktiv. „Jetzt synchronisieren“ (Ctrl+Shift+S) oder „Vorschau“ zeigt, was übertragen würde.</translation>
    </message>
</context>
<context>
    <name>urbis::ValidateCommand</name>
    <message>
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation type="vanished">Aufruf: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                       [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
Exit-Codes: 0 gültig, 1 ungültig, 2 Aufruffehler oder unlesbare Eingabe</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="31" />
        <source>validate needs exactly one file</source>
        <translation>validate benötigt genau eine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="38" />
        <source>--limit-errors needs a positive whole number</source>
        <translation>--limit-errors benötigt eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>Unknown check "%1"; available: duplicate-row</source>
        <translation type="vanished">Unbekannte Prüfung „%1“; verfügbar: duplicate-row</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="21" />
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
checks: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
        forbidden-value:FIELD=a|b|c (city-data checks always run; --no-city-checks turns them off)
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation>Aufruf: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                       [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
Prüfungen: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
           forbidden-value:FIELD=a|b|c (Stadtdaten-Prüfungen laufen immer; --no-city-checks schaltet sie ab)
Exit-Codes: 0 gültig, 1 ungültig, 2 Aufruffehler oder unlesbare Eingabe</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="48" />
        <source>Unknown check "%1"; available: %2</source>
        <translation>Unbekannte Prüfung „%1“; verfügbar: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="51" />
        <source>The check %1 needs a field: --checks %1:FIELD</source>
        <translation>Die Prüfung %1 benötigt ein Feld: --checks %1:FIELD</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="78" />
        <source>Cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="82" />
        <source>Validating</source>
        <translation>Validierung läuft</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="99" />
        <source>, row %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="101" />
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="102" />
        <source>, column %1 (%2)</source>
        <translation>, Spalte %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="106" />
        <source>... and %1 more errors (use --json for all)</source>
        <translation>... und %1 weitere Fehler (--json für alle verwenden)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="107" />
        <source>%1: valid (%2 rows, %3 fields)</source>
        <translation>%1: gültig (%2 Zeilen, %3 Felder)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="108" />
        <source>%1: invalid, %2 errors in %3 rows</source>
        <translation>%1: ungültig, %2 Fehler in %3 Zeilen</translation>
    </message>
</context>
<context>
    <name>urbis::Validator</name>
    <message>
        <source>Validation cancelled</source>
        <translation type="vanished">Validierung abgebrochen</translation>
    </message>
    <message>
        <source>The source is empty</source>
        <translation type="vanished">Die Quelle ist leer</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="70" />
        <source>Cannot create a temporary folder</source>
        <translation>Es kann kein temporärer Ordner erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="74" />
        <source>Cannot write a temporary file</source>
        <translation>Es kann keine temporäre Datei geschrieben werden</translation>
    </message>
</context>
<context>
    <name>urbis::VectorReader</name>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="77" />
        <source>Cannot open %1 as a vector source</source>
        <translation>%1 kann nicht als Vektorquelle geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="81" />
        <source>%1 has no layer %2</source>
        <translation>%1 hat keinen Layer %2</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="102" />
        <source>Cannot transform %1 to WGS84</source>
        <translation>%1 kann nicht nach WGS84 transformiert werden</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="190" />
        <source>Reading %1 failed</source>
        <translation>Lesen von %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>urbis::VersionHistoryView</name>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="20" />
        <source>Select a version to see what changed since the one before; double-click to open it</source>
        <translation>Wählen Sie eine Version aus, um zu sehen, was sich seit der vorherigen geändert hat; Doppelklick zum Öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26" />
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26" />
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="35" />
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="37" />
        <source>Changes in the metadata</source>
        <translation>Änderungen an den Metadaten</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="41" />
        <source>Change log of this version</source>
        <translation>Änderungsprotokoll dieser Version</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="67" />
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="103" />
        <source>Version %1 is the first version: nothing to compare it with.</source>
        <translation>Version %1 ist die erste Version: Es gibt nichts zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="109" />
        <source>No metadata changed between version %1 and version %2.</source>
        <translation>Zwischen Version %1 und Version %2 haben sich keine Metadaten geändert.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="110" />
        <source>Version %1 compared with version %2:</source>
        <translation>Version %1 im Vergleich zu Version %2:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="114" />
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="115" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>urbis::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="30" />
        <source>Cannot create the data folder %1</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>urbis::XmlSource</name>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="31" />
        <source>Row %1: the XML is not well-formed at line %2, column %3: %4</source>
        <translation>Zeile %1: Das XML ist in Zeile %2, Spalte %3 nicht wohlgeformt: %4</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="45" />
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="54" />
        <source>%1 holds no XML element</source>
        <translation>%1 enthält kein XML-Element</translation>
    </message>
</context>
<context>
    <name>urbis::gdal</name>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="23" />
        <source>Out of memory for %1</source>
        <translation>Nicht genügend Speicher für %1</translation>
    </message>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="29" />
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>urbis::isotime</name>
    <message>
        <location filename="../core/util/isotime.cpp" line="34" />
        <source>"%1" is not an ISO 8601 date or time (e.g. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</source>
        <translation>„%1“ ist keine Datums- oder Zeitangabe nach ISO 8601 (z. B. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</translation>
    </message>
</context>
<context>
    <name>urbis::s3::FileSha256</name>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="14" />
        <location filename="../core/storage/s3/filesha256.cpp" line="22" />
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="19" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Client</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="vanished">%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="271" />
        <source>Not found on the remote: %1</source>
        <translation>Auf dem entfernten Speicher nicht gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="273" />
        <source>The remote refused %1: it was changed meanwhile</source>
        <translation>Der entfernte Speicher hat %1 abgelehnt: Es wurde inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="275" />
        <source>The remote does not support %1</source>
        <translation>Der entfernte Speicher unterstützt %1 nicht</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="277" />
        <source>The remote is too busy for %1 (HTTP %2): try again later</source>
        <translation>Der entfernte Speicher ist für %1 zu ausgelastet (HTTP %2): Versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="279" />
        <source>The remote failed on %1 (HTTP %2)</source>
        <translation>Fehler des entfernten Speichers bei %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="280" />
        <source>The remote refused %1: %2</source>
        <translation>Der entfernte Speicher hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="320" />
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>%1 ist beschädigt angekommen: Der Inhalt stimmt nicht mit seinem sha256 überein</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="161" />
        <location filename="../core/storage/s3/s3client.cpp" line="170" />
        <location filename="../core/storage/s3/s3client.cpp" line="235" />
        <location filename="../core/storage/s3/s3client.cpp" line="366" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="244" />
        <source>the data could not be written</source>
        <translation>die Daten konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="256" />
        <source>the connection failed (%1)</source>
        <translation>die Verbindung ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="266" />
        <source>Cannot reach %1 for %2: %3</source>
        <translation>%1 ist für %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="356" />
        <source>The remote could not copy %1 to %2</source>
        <translation>Der entfernte Speicher konnte %1 nicht nach %2 kopieren</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="402" />
        <source>The remote sent an unreadable listing</source>
        <translation>Der entfernte Speicher hat eine unlesbare Auflistung gesendet</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="406" />
        <source>The remote sent a truncated listing without a continuation token</source>
        <translation>Der entfernte Speicher hat eine abgeschnittene Auflistung ohne Fortsetzungstoken gesendet</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="408" />
        <source>The remote listing does not end</source>
        <translation>Die Auflistung des entfernten Speichers endet nicht</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Downloader</name>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="26" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="42" />
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="51" />
        <source>%1 carries no sha256 to verify it by</source>
        <translation>%1 hat keinen sha256, mit dem es sich prüfen ließe</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="59" />
        <source>Cannot make room for %1 in %2</source>
        <translation>In %2 kann kein Platz für %1 geschaffen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="69" />
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>%1 ist beschädigt angekommen: Der Inhalt stimmt nicht mit seinem sha256 überein</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="103" />
        <location filename="../core/storage/s3/s3downloader.cpp" line="129" />
        <location filename="../core/storage/s3/s3downloader.cpp" line="136" />
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="131" />
        <source>%1 arrived damaged: a range came back with the wrong length</source>
        <translation>%1 ist beschädigt angekommen: Ein Bereich kam mit falscher Länge zurück</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Multipart</name>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="41" />
        <source>The remote did not start the upload of %1</source>
        <translation>Der entfernte Speicher hat den Upload von %1 nicht gestartet</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="54" />
        <source>The remote sent no ETag for part %1 of %2</source>
        <translation>Der entfernte Speicher hat kein ETag für Teil %1 von %2 gesendet</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="90" />
        <source>The remote could not assemble %1</source>
        <translation>Der entfernte Speicher konnte %1 nicht zusammensetzen</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="141" />
        <source>The remote sent an unreadable part list</source>
        <translation>Der entfernte Speicher hat eine unlesbare Teileliste gesendet</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="145" />
        <source>The remote part list does not end</source>
        <translation>Die Teileliste des entfernten Speichers endet nicht</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3UploadState</name>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="27" />
        <source>No upload to resume at %1</source>
        <translation>Kein fortsetzbarer Upload unter %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="29" />
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="34" />
        <source>The upload state %1 is unreadable</source>
        <translation>Der Upload-Status %1 ist unlesbar</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="50" />
        <source>The upload state %1 is incomplete</source>
        <translation>Der Upload-Status %1 ist unvollständig</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Uploader</name>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="28" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="50" />
        <source>Cannot upload %1: there is no such file</source>
        <translation>%1 kann nicht hochgeladen werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="58" />
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="79" />
        <source>%1 changed while it was uploaded</source>
        <translation>%1 wurde während des Hochladens geändert</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="115" />
        <location filename="../core/storage/s3/s3uploader.cpp" line="118" />
        <location filename="../core/storage/s3/s3uploader.cpp" line="214" />
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="228" />
        <source>Cannot read part %1 of %2</source>
        <translation>Teil %1 von %2 kann nicht gelesen werden</translation>
    </message>
</context>
</TS>