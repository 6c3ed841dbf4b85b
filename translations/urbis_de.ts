<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Der Arbeitsbereich kann nicht geöffnet werden:
%1</translation>
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
    <name>urbis::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="63" />
        <source>Cannot open the catalog %1</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="76" />
        <source>A dataset needs a title</source>
        <translation>Ein Datensatz benötigt einen Titel</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="78" />
        <source>Unknown domain "%1"; expected one of %2</source>
        <translation>Unbekannter Bereich „%1“; erwartet wird einer von %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="81" />
        <source>The temporal extent ends before it starts</source>
        <translation>Die zeitliche Ausdehnung endet vor ihrem Beginn</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="84" />
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>Der Begrenzungsrahmen %1 ist keine gültige WGS84-Ausdehnung</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="115" />
        <location filename="../core/catalog/catalog.cpp" line="378" />
        <location filename="../core/catalog/catalog.cpp" line="396" />
        <source>No dataset with id %1</source>
        <translation>Kein Datensatz mit der ID %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="197" />
        <source>A dataset with id %1 exists already</source>
        <translation>Ein Datensatz mit der ID %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="251" />
        <source>Record %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="274" />
        <source>Dataset "%1" was changed by someone else since it was loaded</source>
        <translation>Der Datensatz „%1“ wurde seit dem Laden von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="314" />
        <source>Version %1 of "%2" already has a newer version</source>
        <translation>Version %1 von „%2“ hat bereits eine neuere Version</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsearch.cpp" line="50" />
        <source>The search text "%1" is not a valid query</source>
        <translation>Der Suchtext „%1“ ist keine gültige Abfrage</translation>
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
    <name>urbis::CatalogResultsModel</name>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="84" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="86" />
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="88" />
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="90" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="92" />
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="94" />
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSchema</name>
    <message>
        <location filename="../core/catalog/catalogschema.cpp" line="168" />
        <source>The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)</source>
        <translation>Der Katalog %1 wurde von einer neueren Urbis-Version geschrieben (Schema %2, diese Version kennt %3)</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSearchWidget</name>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="30" />
        <source>Search datasets: words, "a phrase", OR, NOT, title:word</source>
        <translation>Datensätze suchen: Wörter, "eine Phrase", OR, NOT, title:Wort</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="39" />
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="44" />
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="44" />
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="45" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="45" />
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="46" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="50" />
        <source>Check values to filter; several values in one list are alternatives</source>
        <translation>Zum Filtern Werte ankreuzen; mehrere Werte in einer Liste sind Alternativen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="149" />
        <source>%1. Check quotes and parentheses, or search for plain words.</source>
        <translation>%1. Prüfen Sie Anführungszeichen und Klammern oder suchen Sie nach einfachen Wörtern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="169" />
        <source>Showing %1 of %n datasets</source>
        <translation>
            <numerusform>%1 von %n Datensatz angezeigt</numerusform>
            <numerusform>%1 von %n Datensätzen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="173" />
        <source>1 dataset</source>
        <translation>1 Datensatz</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="174" />
        <source>%n datasets</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="194" />
        <source>%1 (%2 selected)</source>
        <translation>%1 (%2 ausgewählt)</translation>
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
        <translation>Aufruf: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
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
        <location filename="../app/cli/clirunner.cpp" line="84" />
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>--data-dir ist leer (eine nicht gesetzte Variable?); bitte einen Ordner angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="93" />
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="110" />
        <source>"%1" is not available in this build yet</source>
        <translation>„%1“ ist in dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="111" />
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
    <name>urbis::DatasetDetailsWidget</name>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="34" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="36" />
        <source>Change title, description, keywords, license and source</source>
        <translation>Titel, Beschreibung, Schlagwörter, Lizenz und Quelle ändern</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="91" />
        <source>Select a dataset to see its details.</source>
        <translation>Wählen Sie einen Datensatz aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="128" />
        <source>Cancel and open the dataset again to see the current version.</source>
        <translation>Brechen Sie ab und öffnen Sie den Datensatz erneut, um die aktuelle Version zu sehen.</translation>
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
        <location filename="../widgets/catalog/dataseteditor.cpp" line="41" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="42" />
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="43" />
        <source>&amp;Keywords</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="44" />
        <source>&amp;License</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="45" />
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetRecord</name>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="117" />
        <source>Field "%1" must be a string</source>
        <translation>Feld „%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="139" />
        <source>"%1" is not an ISO 8601 date or time: %2</source>
        <translation>„%1“ ist kein Datum und keine Uhrzeit nach ISO 8601: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="148" />
        <source>"bbox" must be [west, south, east, north]</source>
        <translation>"bbox" muss [West, Süd, Ost, Nord] sein</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetView</name>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="35" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="36" />
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="37" />
        <source>City / country</source>
        <translation>Stadt / Land</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="38" />
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="39" />
        <source>Keywords</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="40" />
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="41" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="42" />
        <source>Temporal extent</source>
        <translation>Zeitliche Ausdehnung</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="43" />
        <source>Bounding box</source>
        <translation>Begrenzungsrahmen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="44" />
        <source>CRS</source>
        <translation>KBS</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="45" />
        <source>Features / rows</source>
        <translation>Objekte / Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="46" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="47" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="49" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="50" />
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="51" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="52" />
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="53" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="62" />
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="68" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="116" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="125" />
        <source>%1 (superseded by %2)</source>
        <translation>%1 (ersetzt durch %2)</translation>
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
    <name>urbis::DemoWorkspace</name>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="105" />
        <source>%1 air quality, January 2023</source>
        <translation>Luftqualität %1, Januar 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="106" />
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>Stündliche Werte für PM10, PM2.5, NO2, Ozon, Temperatur und Luftfeuchtigkeit an zwei Messstationen in %1 (synthetische Demodaten im Format von CLIMABOROUGH Anhang B).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="117" />
        <source>Athens building energy consumption 2019-2023</source>
        <translation>Energieverbrauch der Gebäude in Athen 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="118" />
        <source>Monthly electricity consumption of municipal buildings per district (synthetic).</source>
        <translation>Monatlicher Stromverbrauch kommunaler Gebäude je Bezirk (synthetische Daten).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="122" />
        <source>Sofia city-centre traffic counts 2019-2023</source>
        <translation>Verkehrszählungen in der Innenstadt von Sofia 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="123" />
        <source>Monthly mean daily vehicle counts per district of the city centre (synthetic).</source>
        <translation>Monatsmittel der täglichen Fahrzeugzählungen je Bezirk der Innenstadt (synthetische Daten).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="127" />
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Sammlung von Elektroaltgeräten und Textilabfällen in Turin 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="128" />
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation>Monatlich gesammelte Elektro-Kleingeräte und Textilabfälle je Bezirk (synthetische Daten).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="132" />
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>CO2-Emissionen in Differdingen 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="133" />
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation>Monatlich geschätzte CO2-Emissionen je Bezirk (synthetische Daten).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="141" />
        <source>Demo workspace creation cancelled</source>
        <translation>Erstellung des Demo-Arbeitsbereichs abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="167" />
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
    <name>urbis::FootprintView</name>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="134" />
        <source>(no city)</source>
        <translation>(keine Stadt)</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="142" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="158" />
        <source>No datasets match the search.</source>
        <translation>Keine Datensätze entsprechen der Suche.</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="159" />
        <source>Dataset footprints (longitude / latitude); the map view comes later.</source>
        <translation>Ausdehnungen der Datensätze (Längengrad / Breitengrad); die Kartenansicht folgt später.</translation>
    </message>
</context>
<context>
    <name>urbis::LocalObjectStore</name>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="31" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="34" />
        <source>Read failed</source>
        <translation>Lesen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="86" />
        <location filename="../core/storage/localobjectstore.cpp" line="197" />
        <source>Cannot lock the object store %1</source>
        <translation>Der Objektspeicher %1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="92" />
        <source>Cannot create folder in %1</source>
        <translation>In %1 kann kein Ordner erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="107" />
        <location filename="../core/storage/localobjectstore.cpp" line="114" />
        <location filename="../core/storage/localobjectstore.cpp" line="128" />
        <location filename="../core/storage/localobjectstore.cpp" line="147" />
        <location filename="../core/storage/localobjectstore.cpp" line="163" />
        <source>No object %1</source>
        <translation>Kein Objekt %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="117" />
        <location filename="../core/storage/localobjectstore.cpp" line="131" />
        <location filename="../core/storage/localobjectstore.cpp" line="150" />
        <source>Cannot read object %1</source>
        <translation>Objekt %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="121" />
        <location filename="../core/storage/localobjectstore.cpp" line="140" />
        <location filename="../core/storage/localobjectstore.cpp" line="156" />
        <source>Object %1 is corrupt: its content hashes to %2</source>
        <translation>Objekt %1 ist beschädigt: Der Hash seines Inhalts ist %2</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="165" />
        <source>Cannot remove object %1</source>
        <translation>Objekt %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="193" />
        <source>Garbage collection cancelled</source>
        <translation>Speicherbereinigung abgebrochen</translation>
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
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="39" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="40" />
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="47" />
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="87" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="88" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="92" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="94" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="97" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="98" />
        <source>&amp;Search the catalog</source>
        <translation>Im Katalog &amp;suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="108" />
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="109" />
        <source>Create &amp;demo datasets</source>
        <translation>Demo-Datensätze &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="111" />
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>Kleine synthetische Datensätze für die CLIMABOROUGH-Städte zu diesem Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="112" />
        <source>&amp;Clean up object store</source>
        <translation>Objektspeicher be&amp;reinigen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="114" />
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Gespeicherte Dateien löschen, auf die kein Katalogeintrag mehr verweist</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117" />
        <source>&amp;About Urbis</source>
        <translation>&amp;Über Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="141" />
        <source>Create demo datasets</source>
        <translation>Demo-Datensätze erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="148" />
        <source>Created: %1, already present: %2</source>
        <translation>Erstellt: %1, bereits vorhanden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="159" />
        <source>Clean up object store</source>
        <translation>Objektspeicher bereinigen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="166" />
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>Nicht referenzierte Dateien entfernt: %1, freigegebener Speicherplatz: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="177" />
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="185" />
        <source>Finished: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187" />
        <source>Failed: %1 — %2</source>
        <translation>Fehlgeschlagen: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="197" />
        <source>1 dataset in the catalog</source>
        <translation>1 Datensatz im Katalog</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="198" />
        <source>%n datasets in the catalog</source>
        <translation>
            <numerusform>%n Datensatz im Katalog</numerusform>
            <numerusform>%n Datensätze im Katalog</numerusform>
        </translation>
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
        <location filename="../widgets/catalog/datasetview.cpp" line="105" />
        <location filename="../widgets/catalog/recordtext.cpp" line="37" />
        <location filename="../widgets/catalog/recordtext.cpp" line="42" />
        <location filename="../widgets/catalog/recordtext.cpp" line="48" />
        <location filename="../widgets/catalog/recordtext.cpp" line="54" />
        <location filename="../widgets/catalog/recordtext.cpp" line="60" />
        <location filename="../widgets/catalog/recordtext.cpp" line="86" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="32" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="34" />
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="36" />
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="61" />
        <source>W %1, S %2, E %3, N %4</source>
        <translation>W %1, S %2, O %3, N %4</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="72" />
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="74" />
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="76" />
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="80" />
        <source>not validated</source>
        <translation>nicht validiert</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="87" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="92" />
        <source>unknown profile</source>
        <translation>unbekanntes Profil</translation>
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
        <location filename="../core/ingest/tablechecker.cpp" line="151" />
        <source>Row at position %1 is completely blank</source>
        <translation>Die Zeile an Position %1 ist vollständig leer</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="165" />
        <source>Type error in the cell "%1" in row %2 and field "%3" at position %4: type is "%5/%6"</source>
        <translation>Typfehler in der Zelle „%1“ in Zeile %2 und Feld „%3“ an Position %4: Typ ist „%5/%6“</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="173" />
        <source>The cell "%1" in row %2 and field "%3" at position %4 does not conform to the constraint "%5"</source>
        <translation>Die Zelle „%1“ in Zeile %2 und Feld „%3“ an Position %4 entspricht nicht der Einschränkung „%5“</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="183" />
        <source>Row at position %1 has an extra value in field at position %2</source>
        <translation>Die Zeile an Position %1 hat einen zusätzlichen Wert im Feld an Position %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="188" />
        <source>Row at position %1 has a missing cell in field "%2" at position %3</source>
        <translation>In der Zeile an Position %1 fehlt eine Zelle im Feld „%2“ an Position %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="195" />
        <source>Row at position %1 has a unique constraint violation in field "%2" at position %3</source>
        <translation>Die Zeile an Position %1 verletzt die Eindeutigkeitseinschränkung im Feld „%2“ an Position %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="208" />
        <source>Row at position %1 violates the primary key: all key cells are null or the key is not unique</source>
        <translation>Die Zeile an Position %1 verletzt den Primärschlüssel: alle Schlüsselzellen sind leer oder der Schlüssel ist nicht eindeutig</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="225" />
        <source>Row at position %1 is a duplicate of an earlier row</source>
        <translation>Die Zeile an Position %1 ist ein Duplikat einer früheren Zeile</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="239" />
        <source>Row at position %1 violates the foreign key: the referenced values are not in the table</source>
        <translation>Die Zeile an Position %1 verletzt den Fremdschlüssel: die referenzierten Werte sind nicht in der Tabelle</translation>
    </message>
</context>
<context>
    <name>urbis::TableField</name>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="36" />
        <location filename="../core/ingest/valuecast.cpp" line="41" />
        <source>Field "%1": %2</source>
        <translation>Feld „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="90" />
        <source>constraint "%1" is not supported by type "%2"</source>
        <translation>Einschränkung „%1“ wird vom Typ „%2“ nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="96" />
        <source>constraint "%1": %2 is not a valid %3</source>
        <translation>Einschränkung „%1“: %2 ist kein gültiger Wert vom Typ %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="104" />
        <source>a length constraint is negative</source>
        <translation>eine Längeneinschränkung ist negativ</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="125" />
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
    <name>urbis::ValidateCommand</name>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="19" />
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation>Aufruf: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                       [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
Exit-Codes: 0 gültig, 1 ungültig, 2 Aufruffehler oder unlesbare Eingabe</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="27" />
        <source>validate needs exactly one file</source>
        <translation>validate benötigt genau eine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="34" />
        <source>--limit-errors needs a positive whole number</source>
        <translation>--limit-errors benötigt eine positive ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="39" />
        <source>Unknown check "%1"; available: duplicate-row</source>
        <translation>Unbekannte Prüfung „%1“; verfügbar: duplicate-row</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="56" />
        <source>Cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="60" />
        <source>Validating</source>
        <translation>Validierung läuft</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="77" />
        <source>, row %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="79" />
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="80" />
        <source>, column %1 (%2)</source>
        <translation>, Spalte %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="84" />
        <source>... and %1 more errors (use --json for all)</source>
        <translation>... und %1 weitere Fehler (--json für alle verwenden)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="85" />
        <source>%1: valid (%2 rows, %3 fields)</source>
        <translation>%1: gültig (%2 Zeilen, %3 Felder)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="86" />
        <source>%1: invalid, %2 errors in %3 rows</source>
        <translation>%1: ungültig, %2 Fehler in %3 Zeilen</translation>
    </message>
</context>
<context>
    <name>urbis::Validator</name>
    <message>
        <location filename="../core/ingest/validator.cpp" line="76" />
        <source>Validation cancelled</source>
        <translation>Validierung abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="99" />
        <source>The source is empty</source>
        <translation>Die Quelle ist leer</translation>
    </message>
</context>
<context>
    <name>urbis::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="29" />
        <source>Cannot create the data folder %1</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden</translation>
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
</TS>