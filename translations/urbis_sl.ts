<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sl">
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
        <translation>Delovnega prostora ni mogoče odpreti:
%1</translation>
    </message>
</context>
<context>
    <name>urbis::AboutDialog</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="20" />
        <source>About Urbis</source>
        <translation>O programu Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="22" />
        <source>Urbis %1</source>
        <translation>Urbis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="23" />
        <source>Desktop operator and data-curation application for city digital twins.</source>
        <translation>Namizni program za upravljanje in urejanje podatkov digitalnih dvojčkov mest.</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="27" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="36" />
        <source>Built with:</source>
        <translation>Zgrajeno z:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="39" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="40" />
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Kopiraj različice, npr. za poročilo o napaki</translation>
    </message>
</context>
<context>
    <name>urbis::AtomicFile</name>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="35" />
        <source>Cannot create folder %1</source>
        <translation>Mape %1 ni mogoče ustvariti</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="39" />
        <source>Cannot create a temporary file in %1</source>
        <translation>V %1 ni mogoče ustvariti začasne datoteke</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="71" />
        <source>Cannot write %1</source>
        <translation>Ni mogoče zapisati %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="84" />
        <source>Cannot flush %1 to disk</source>
        <translation>Ni mogoče zapisati %1 na disk</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="89" />
        <source>Cannot move %1 into place as %2</source>
        <translation>Ni mogoče premakniti %1 na končno mesto kot %2</translation>
    </message>
</context>
<context>
    <name>urbis::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="63" />
        <source>Cannot open the catalog %1</source>
        <translation>Ni mogoče odpreti kataloga %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="76" />
        <source>A dataset needs a title</source>
        <translation>Nabor podatkov potrebuje naslov</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="78" />
        <source>Unknown domain "%1"; expected one of %2</source>
        <translation>Neznana domena "%1"; pričakovana je ena od %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="81" />
        <source>The temporal extent ends before it starts</source>
        <translation>Časovni obseg se konča, preden se začne</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="84" />
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>Omejevalni okvir %1 ni veljaven obseg WGS84</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="115" />
        <location filename="../core/catalog/catalog.cpp" line="378" />
        <location filename="../core/catalog/catalog.cpp" line="396" />
        <source>No dataset with id %1</source>
        <translation>Ni nabora podatkov z ID-jem %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="197" />
        <source>A dataset with id %1 exists already</source>
        <translation>Nabor podatkov z ID-jem %1 že obstaja</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="251" />
        <source>Record %1: %2</source>
        <translation>Zapis %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="274" />
        <source>Dataset "%1" was changed by someone else since it was loaded</source>
        <translation>Nabor podatkov "%1" je od nalaganja spremenil nekdo drug</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="314" />
        <source>Version %1 of "%2" already has a newer version</source>
        <translation>Različica %1 za "%2" že ima novejšo različico</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsearch.cpp" line="50" />
        <source>The search text "%1" is not a valid query</source>
        <translation>Iskalno besedilo "%1" ni veljavna poizvedba</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogCommand</name>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="24" />
        <source>Unknown sort "%1"; use one of %2</source>
        <translation>Neznano razvrščanje "%1"; uporabite eno od %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="35" />
        <source>--%1 needs a non-negative whole number, not "%2"</source>
        <translation>--%1 potrebuje nenegativno celo število, ne "%2"</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="63" />
        <source>--from is after --to</source>
        <translation>--from je za --to</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="68" />
        <source>Unknown domain "%1"; use one of %2</source>
        <translation>Neznana domena "%1"; uporabite eno od %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="76" />
        <source>--year needs a year, not "%1"</source>
        <translation>--year potrebuje letnico, ne "%1"</translation>
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
        <translation>uporaba: urbis catalog list [options]
         urbis catalog search [TEXT] [--bbox W,S,E,N] [--from T] [--to T] [--city C] [--domain D]
                              [--format F] [--license L] [--year Y] [--sort relevance|title|modified|created|time]
                              [--desc] [--limit N] [--offset N] [--all-versions]
         urbis catalog show ID
         urbis catalog delete ID
         urbis catalog add [FILE.ndjson|-]   (en zapis JSON na vrstico; izpiše ID vsakega novega zapisa, ko je potrjen)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="123" />
        <source>catalog needs a subcommand</source>
        <translation>catalog potrebuje podukaz</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="136" />
        <source>unknown catalog subcommand "%1"</source>
        <translation>neznan podukaz catalog "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="142" />
        <source>catalog list takes no search text; use catalog search</source>
        <translation>catalog list ne sprejme iskalnega besedila; uporabite catalog search</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="164" />
        <source>catalog show needs exactly one dataset id</source>
        <translation>catalog show potrebuje natanko en ID nabora podatkov</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="191" />
        <source>catalog delete needs exactly one dataset id</source>
        <translation>catalog delete potrebuje natanko en ID nabora podatkov</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="200" />
        <source>Deleted %1 (its blob is removed by the next clean-up of the object store)</source>
        <translation>Izbrisano: %1 (njegov blob bo odstranjen ob naslednjem čiščenju shrambe objektov)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="207" />
        <source>catalog add takes one file (or - for standard input)</source>
        <translation>catalog add sprejme eno datoteko (ali - za standardni vhod)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="212" />
        <source>Cannot read %1</source>
        <translation>Ni mogoče prebrati %1</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="227" />
        <source>%1, line %2, column %3: not a JSON object</source>
        <translation>%1, vrstica %2, stolpec %3: ni objekt JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="231" />
        <location filename="../app/cli/catalogcommand.cpp" line="234" />
        <source>%1, line %2: %3</source>
        <translation>%1, vrstica %2: %3</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogResultsModel</name>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="84" />
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="86" />
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="88" />
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="90" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="92" />
        <source>Time range</source>
        <translation>Časovni razpon</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="94" />
        <source>Validation</source>
        <translation>Preverjanje</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSchema</name>
    <message>
        <location filename="../core/catalog/catalogschema.cpp" line="168" />
        <source>The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)</source>
        <translation>Katalog %1 je zapisala novejša različica programa Urbis (shema %2, ta gradnja pozna %3)</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSearchWidget</name>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="30" />
        <source>Search datasets: words, "a phrase", OR, NOT, title:word</source>
        <translation>Iskanje naborov podatkov: besede, "besedna zveza", OR, NOT, title:beseda</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="39" />
        <source>Clear filters</source>
        <translation>Počisti filtre</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="44" />
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="44" />
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="45" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="45" />
        <source>License</source>
        <translation>Licenca</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="46" />
        <source>Year</source>
        <translation>Leto</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="50" />
        <source>Check values to filter; several values in one list are alternatives</source>
        <translation>Označite vrednosti za filtriranje; več vrednosti na istem seznamu so alternative</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="149" />
        <source>%1. Check quotes and parentheses, or search for plain words.</source>
        <translation>%1. Preverite narekovaje in oklepaje ali iščite z navadnimi besedami.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="169" />
        <source>Showing %1 of %n datasets</source>
        <translation>
            <numerusform>Prikazano %1 od %n nabora podatkov</numerusform>
            <numerusform>Prikazano %1 od %n naborov podatkov</numerusform>
            <numerusform>Prikazano %1 od %n naborov podatkov</numerusform>
            <numerusform>Prikazano %1 od %n naborov podatkov</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="173" />
        <source>1 dataset</source>
        <translation>1 nabor podatkov</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="174" />
        <source>%n datasets</source>
        <translation>
            <numerusform>%n nabor podatkov</numerusform>
            <numerusform>%n nabora podatkov</numerusform>
            <numerusform>%n nabori podatkov</numerusform>
            <numerusform>%n naborov podatkov</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="194" />
        <source>%1 (%2 selected)</source>
        <translation>%1 (izbranih: %2)</translation>
    </message>
</context>
<context>
    <name>urbis::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="62" />
        <source>urbis: error: %1</source>
        <translation>urbis: napaka: %1</translation>
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
        <translation>uporaba: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
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
        <location filename="../app/cli/clirunner.cpp" line="84" />
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>--data-dir je prazen (nenastavljena spremenljivka?); navedite mapo</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="93" />
        <source>no command given</source>
        <translation>ukaz ni podan</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="110" />
        <source>"%1" is not available in this build yet</source>
        <translation>"%1" v tej gradnji še ni na voljo</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="111" />
        <source>unknown command "%1"</source>
        <translation>neznan ukaz "%1"</translation>
    </message>
</context>
<context>
    <name>urbis::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45" />
        <source>Unknown option --%1</source>
        <translation>Neznana možnost --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48" />
        <source>Option --%1 needs a value</source>
        <translation>Možnost --%1 potrebuje vrednost</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51" />
        <source>Option --%1 takes no value</source>
        <translation>Možnost --%1 ne sprejme vrednosti</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54" />
        <source>Option --%1 given twice</source>
        <translation>Možnost --%1 je podana dvakrat</translation>
    </message>
</context>
<context>
    <name>urbis::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="55" />
        <source>Row %1 is longer than %2 bytes</source>
        <translation>Vrstica %1 je daljša od %2 bajtov</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="62" />
        <source>Row %1: a quote is never closed</source>
        <translation>Vrstica %1: narekovaj ni nikoli zaprt</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="70" />
        <source>Row %1 is not valid %2 text</source>
        <translation>Vrstica %1 ni veljavno besedilo %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="208" />
        <source>Cannot read the file</source>
        <translation>Datoteke ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="354" />
        <source>Cannot open %1: %2</source>
        <translation>Ni mogoče odpreti %1: %2</translation>
    </message>
</context>
<context>
    <name>urbis::Database</name>
    <message>
        <location filename="../core/util/database.cpp" line="35" />
        <source>Cannot open the database %1</source>
        <translation>Podatkovne zbirke %1 ni mogoče odpreti</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="84" />
        <location filename="../core/util/statement.cpp" line="104" />
        <source>The database refused the change</source>
        <translation>Podatkovna zbirka je zavrnila spremembo</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="98" />
        <source>The database could not run a query</source>
        <translation>Podatkovna zbirka ni mogla izvesti poizvedbe</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetDetailsWidget</name>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="34" />
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="36" />
        <source>Change title, description, keywords, license and source</source>
        <translation>Spremeni naslov, opis, ključne besede, licenco in vir</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="91" />
        <source>Select a dataset to see its details.</source>
        <translation>Izberite nabor podatkov za prikaz podrobnosti.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="128" />
        <source>Cancel and open the dataset again to see the current version.</source>
        <translation>Prekličite in znova odprite nabor podatkov, da vidite trenutno različico.</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetEditor</name>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="23" />
        <source>comma-separated, e.g. air quality, pm10</source>
        <translation>ločeno z vejicami, npr. kakovost zraka, pm10</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="26" />
        <source>SPDX id or URL, e.g. CC-BY-4.0</source>
        <translation>ID SPDX ali URL, npr. CC-BY-4.0</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="34" />
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="37" />
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="41" />
        <source>&amp;Title</source>
        <translation>&amp;Naslov</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="42" />
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="43" />
        <source>&amp;Keywords</source>
        <translation>&amp;Ključne besede</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="44" />
        <source>&amp;License</source>
        <translation>&amp;Licenca</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="45" />
        <source>&amp;Source</source>
        <translation>&amp;Vir</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetRecord</name>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="117" />
        <source>Field "%1" must be a string</source>
        <translation>Polje "%1" mora biti niz</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="139" />
        <source>"%1" is not an ISO 8601 date or time: %2</source>
        <translation>»%1« ni datum ali čas po ISO 8601: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="148" />
        <source>"bbox" must be [west, south, east, north]</source>
        <translation>"bbox" mora biti [zahod, jug, vzhod, sever]</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetView</name>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="35" />
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="36" />
        <source>Publisher</source>
        <translation>Izdajatelj</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="37" />
        <source>City / country</source>
        <translation>Mesto / država</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="38" />
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="39" />
        <source>Keywords</source>
        <translation>Ključne besede</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="40" />
        <source>License</source>
        <translation>Licenca</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="41" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="42" />
        <source>Temporal extent</source>
        <translation>Časovni obseg</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="43" />
        <source>Bounding box</source>
        <translation>Omejevalni okvir</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="44" />
        <source>CRS</source>
        <translation>Koordinatni sistem</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="45" />
        <source>Features / rows</source>
        <translation>Objekti / vrstice</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="46" />
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="47" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="49" />
        <source>Version</source>
        <translation>Različica</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="50" />
        <source>Validation</source>
        <translation>Preverjanje</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="51" />
        <source>Created</source>
        <translation>Ustvarjeno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="52" />
        <source>Modified</source>
        <translation>Spremenjeno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="53" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Unit</source>
        <translation>Enota</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="62" />
        <source>Fields</source>
        <translation>Polja</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="68" />
        <source>History</source>
        <translation>Zgodovina</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="116" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="125" />
        <source>%1 (superseded by %2)</source>
        <translation>%1 (nadomestila jo je %2)</translation>
    </message>
</context>
<context>
    <name>urbis::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="15" />
        <source>demo takes no arguments</source>
        <translation>demo ne sprejme argumentov</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="16" />
        <source>usage: urbis demo [--data-dir DIR]</source>
        <translation>uporaba: urbis demo [--data-dir DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="22" />
        <source>Creating demo</source>
        <translation>Ustvarjanje predstavitvenih podatkov</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34" />
        <source>%1 demo datasets created, %2 already present in %3</source>
        <translation>Ustvarjeni predstavitveni nabori podatkov: %1, že prisotni v %3: %2</translation>
    </message>
</context>
<context>
    <name>urbis::DemoWorkspace</name>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="105" />
        <source>%1 air quality, January 2023</source>
        <translation>%1: kakovost zraka, januar 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="106" />
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>Urne vrednosti PM10, PM2.5, NO2, ozona, temperature in vlažnosti na dveh postajah v kraju %1 (sintetični predstavitveni podatki v obliki Priloge B projekta CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="117" />
        <source>Athens building energy consumption 2019-2023</source>
        <translation>Atene: poraba energije v stavbah 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="118" />
        <source>Monthly electricity consumption of municipal buildings per district (synthetic).</source>
        <translation>Mesečna poraba električne energije v občinskih stavbah po okrožjih (sintetični podatki).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="122" />
        <source>Sofia city-centre traffic counts 2019-2023</source>
        <translation>Sofija: štetje prometa v središču mesta 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="123" />
        <source>Monthly mean daily vehicle counts per district of the city centre (synthetic).</source>
        <translation>Mesečno povprečno dnevno število vozil po okrožjih mestnega središča (sintetični podatki).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="127" />
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Torino: zbiranje OEEO in tekstilnih odpadkov 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="128" />
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation>Mesečno zbrane količine male OEEO in tekstilnih odpadkov po okrožjih (sintetični podatki).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="132" />
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>Differdange: emisije CO2 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="133" />
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation>Mesečne ocenjene emisije CO2 po okrožjih (sintetični podatki).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="141" />
        <source>Demo workspace creation cancelled</source>
        <translation>Ustvarjanje predstavitvenega delovnega prostora je preklicano</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="167" />
        <source>City of %1</source>
        <translation>Mestna občina %1</translation>
    </message>
</context>
<context>
    <name>urbis::Extent</name>
    <message>
        <location filename="../core/geo/extent.cpp" line="67" />
        <source>Invalid bounding box "%1": %2</source>
        <translation>Neveljaven omejevalni okvir "%1": %2</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="70" />
        <source>expected W,S,E,N</source>
        <translation>pričakovano W,S,E,N</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="76" />
        <source>"%1" is not a number</source>
        <translation>"%1" ni število</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="79" />
        <source>longitude outside -180..180</source>
        <translation>zemljepisna dolžina zunaj -180..180</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="81" />
        <source>latitude outside -90..90</source>
        <translation>zemljepisna širina zunaj -90..90</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="83" />
        <source>south is greater than north</source>
        <translation>jug je večji od severa</translation>
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
        <translation>(brez mesta)</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="142" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="158" />
        <source>No datasets match the search.</source>
        <translation>Iskanju ne ustreza noben nabor podatkov.</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="159" />
        <source>Dataset footprints (longitude / latitude); the map view comes later.</source>
        <translation>Območja naborov podatkov (zemljepisna dolžina / širina); pogled zemljevida bo dodan pozneje.</translation>
    </message>
</context>
<context>
    <name>urbis::LocalObjectStore</name>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="31" />
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="34" />
        <source>Read failed</source>
        <translation>Branje ni uspelo</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="86" />
        <location filename="../core/storage/localobjectstore.cpp" line="197" />
        <source>Cannot lock the object store %1</source>
        <translation>Shrambe objektov %1 ni mogoče zakleniti</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="92" />
        <source>Cannot create folder in %1</source>
        <translation>V %1 ni mogoče ustvariti mape</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="107" />
        <location filename="../core/storage/localobjectstore.cpp" line="114" />
        <location filename="../core/storage/localobjectstore.cpp" line="128" />
        <location filename="../core/storage/localobjectstore.cpp" line="147" />
        <location filename="../core/storage/localobjectstore.cpp" line="163" />
        <source>No object %1</source>
        <translation>Objekt %1 ne obstaja</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="117" />
        <location filename="../core/storage/localobjectstore.cpp" line="131" />
        <location filename="../core/storage/localobjectstore.cpp" line="150" />
        <source>Cannot read object %1</source>
        <translation>Objekta %1 ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="121" />
        <location filename="../core/storage/localobjectstore.cpp" line="140" />
        <location filename="../core/storage/localobjectstore.cpp" line="156" />
        <source>Object %1 is corrupt: its content hashes to %2</source>
        <translation>Objekt %1 je poškodovan: zgoščena vrednost njegove vsebine je %2</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="165" />
        <source>Cannot remove object %1</source>
        <translation>Objekta %1 ni mogoče odstraniti</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="193" />
        <source>Garbage collection cancelled</source>
        <translation>Zbiranje smeti je preklicano</translation>
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
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="40" />
        <source>Tasks</source>
        <translation>Opravila</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="47" />
        <source>Data: %1</source>
        <translation>Podatki: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="87" />
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="88" />
        <source>&amp;Refresh</source>
        <translation>&amp;Osveži</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="92" />
        <source>&amp;Quit</source>
        <translation>&amp;Končaj</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="94" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="97" />
        <source>&amp;View</source>
        <translation>Po&amp;gled</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="98" />
        <source>&amp;Search the catalog</source>
        <translation>&amp;Iskanje po katalogu</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="108" />
        <source>&amp;Tools</source>
        <translation>&amp;Orodja</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="109" />
        <source>Create &amp;demo datasets</source>
        <translation>Ustvari pre&amp;dstavitvene nabore podatkov</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="111" />
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>V ta delovni prostor doda majhne sintetične nabore podatkov za mesta CLIMABOROUGH</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="112" />
        <source>&amp;Clean up object store</source>
        <translation>&amp;Počisti shrambo objektov</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="114" />
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Izbriše shranjene datoteke, na katere se ne sklicuje več noben zapis v katalogu</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116" />
        <source>&amp;Help</source>
        <translation>&amp;Pomoč</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117" />
        <source>&amp;About Urbis</source>
        <translation>&amp;O programu Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="141" />
        <source>Create demo datasets</source>
        <translation>Ustvari predstavitvene nabore podatkov</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="148" />
        <source>Created: %1, already present: %2</source>
        <translation>Ustvarjeno: %1, že prisotno: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="159" />
        <source>Clean up object store</source>
        <translation>Počisti shrambo objektov</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="166" />
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>Odstranjene datoteke brez sklicev: %1, sproščeni prostor: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="177" />
        <source>Started: %1</source>
        <translation>Začeto: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="185" />
        <source>Finished: %1</source>
        <translation>Končano: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187" />
        <source>Failed: %1 — %2</source>
        <translation>Ni uspelo: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="197" />
        <source>1 dataset in the catalog</source>
        <translation>1 nabor podatkov v katalogu</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="198" />
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
    <name>urbis::ObjectStore</name>
    <message>
        <location filename="../core/storage/objectstore.cpp" line="21" />
        <source>Cannot read %1</source>
        <translation>Ni mogoče prebrati %1</translation>
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
        <translation>NASLOV</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53" />
        <source>CITY</source>
        <translation>MESTO</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54" />
        <source>DOMAIN</source>
        <translation>DOMENA</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54" />
        <source>PERIOD</source>
        <translation>OBDOBJE</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/recordprinter.cpp" line="58" />
        <source>%n dataset(s) shown of %1 matching</source>
        <translation>
            <numerusform>Prikazan je %n nabor podatkov od %1 ujemajočih se</numerusform>
            <numerusform>Prikazana sta %n nabora podatkov od %1 ujemajočih se</numerusform>
            <numerusform>Prikazani so %n nabori podatkov od %1 ujemajočih se</numerusform>
            <numerusform>Prikazanih je %n naborov podatkov od %1 ujemajočih se</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="68" />
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="69" />
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="70" />
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="71" />
        <source>Publisher</source>
        <translation>Izdajatelj</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="72" />
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="73" />
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="74" />
        <source>Keywords</source>
        <translation>Oznake</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="75" />
        <source>License</source>
        <translation>Licenca</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="76" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="77" />
        <source>Period</source>
        <translation>Obdobje</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="78" />
        <source>Extent</source>
        <translation>Obseg</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="79" />
        <source>CRS</source>
        <translation>Koord. sistem</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="80" />
        <source>Features</source>
        <translation>Objekti</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81" />
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81" />
        <source> bytes</source>
        <translation> bajtov</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="82" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="83" />
        <source>Version</source>
        <translation>Različica</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="84" />
        <source> (previous %1)</source>
        <translation> (prejšnja %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="85" />
        <source>Validation</source>
        <translation>Preverjanje</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="86" />
        <source>Modified</source>
        <translation>Spremenjeno</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="88" />
        <source>Fields:</source>
        <translation>Polja:</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="93" />
        <source>History:</source>
        <translation>Zgodovina:</translation>
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
        <translation>neznano</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="32" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="34" />
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="36" />
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="61" />
        <source>W %1, S %2, E %3, N %4</source>
        <translation>Z %1, J %2, V %3, S %4</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="72" />
        <source>valid</source>
        <translation>veljavno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="74" />
        <source>warnings</source>
        <translation>opozorila</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="76" />
        <source>invalid</source>
        <translation>neveljavno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="80" />
        <source>not validated</source>
        <translation>ni preverjeno</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="87" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="92" />
        <source>unknown profile</source>
        <translation>neznan profil</translation>
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
        <translation>V glavi je na položaju %2 odvečna oznaka "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="119" />
        <source>Label "%1" of the schema is missing from the header at position %2</source>
        <translation>Oznaka "%1" iz sheme manjka v glavi na položaju %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="124" />
        <source>Label in the header at position %1 is blank</source>
        <translation>Oznaka v glavi na položaju %1 je prazna</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="126" />
        <source>Label "%1" at position %2 is a duplicate</source>
        <translation>Oznaka "%1" na položaju %2 je podvojena</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="128" />
        <source>Label "%1" at position %2 does not match the field name "%3" of the schema</source>
        <translation>Oznaka "%1" na položaju %2 se ne ujema z imenom polja "%3" iz sheme</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="151" />
        <source>Row at position %1 is completely blank</source>
        <translation>Vrstica na položaju %1 je povsem prazna</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="165" />
        <source>Type error in the cell "%1" in row %2 and field "%3" at position %4: type is "%5/%6"</source>
        <translation>Napaka tipa v celici "%1" v vrstici %2 in polju "%3" na položaju %4: tip je "%5/%6"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="173" />
        <source>The cell "%1" in row %2 and field "%3" at position %4 does not conform to the constraint "%5"</source>
        <translation>Celica "%1" v vrstici %2 in polju "%3" na položaju %4 ne ustreza omejitvi "%5"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="183" />
        <source>Row at position %1 has an extra value in field at position %2</source>
        <translation>Vrstica na položaju %1 ima odvečno vrednost v polju na položaju %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="188" />
        <source>Row at position %1 has a missing cell in field "%2" at position %3</source>
        <translation>Vrstici na položaju %1 manjka celica v polju "%2" na položaju %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="195" />
        <source>Row at position %1 has a unique constraint violation in field "%2" at position %3</source>
        <translation>Vrstica na položaju %1 krši omejitev edinstvenosti v polju "%2" na položaju %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="208" />
        <source>Row at position %1 violates the primary key: all key cells are null or the key is not unique</source>
        <translation>Vrstica na položaju %1 krši primarni ključ: vse celice ključa so prazne ali ključ ni edinstven</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="225" />
        <source>Row at position %1 is a duplicate of an earlier row</source>
        <translation>Vrstica na položaju %1 je dvojnik prejšnje vrstice</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="239" />
        <source>Row at position %1 violates the foreign key: the referenced values are not in the table</source>
        <translation>Vrstica na položaju %1 krši tuji ključ: sklicevanih vrednosti ni v tabeli</translation>
    </message>
</context>
<context>
    <name>urbis::TableField</name>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="36" />
        <location filename="../core/ingest/valuecast.cpp" line="41" />
        <source>Field "%1": %2</source>
        <translation>Polje "%1": %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="90" />
        <source>constraint "%1" is not supported by type "%2"</source>
        <translation>tip "%2" ne podpira omejitve "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="96" />
        <source>constraint "%1": %2 is not a valid %3</source>
        <translation>omejitev "%1": %2 ni veljavna vrednost tipa %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="104" />
        <source>a length constraint is negative</source>
        <translation>omejitev dolžine je negativna</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="125" />
        <source>pattern "%1" is not a valid regular expression: %2</source>
        <translation>vzorec "%1" ni veljaven regularni izraz: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="18" />
        <source>Field "%1": "%2" is malformed</source>
        <translation>Polje "%1": element "%2" je napačno oblikovan</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="50" />
        <source>Field "%1": unknown constraint "%2"</source>
        <translation>Polje "%1": neznana omejitev "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="112" />
        <source>A field has no name ("name" must be a string)</source>
        <translation>Polje nima imena ("name" mora biti niz)</translation>
    </message>
    <message>
        <location filename="../core/ingest/timepattern.cpp" line="113" />
        <source>The date/time format "%1" uses "%2", which is not a supported strptime directive</source>
        <translation>Oblika datuma/časa "%1" uporablja "%2", ki ni podprta direktiva strptime</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="96" />
        <source>unknown type "%1"</source>
        <translation>neznan tip "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="114" />
        <source>format "%1" is not valid for type "%2"</source>
        <translation>oblika "%1" ni veljavna za tip "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="131" />
        <source>"%1" is malformed</source>
        <translation>element "%1" je napačno oblikovan</translation>
    </message>
</context>
<context>
    <name>urbis::TableSchema</name>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="51" />
        <source>Foreign key %1 is malformed: it needs "fields" and a "reference" with "resource" and "fields"</source>
        <translation>Tuji ključ %1 je napačno oblikovan: potrebuje "fields" in "reference" z "resource" in "fields"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="58" />
        <source>Foreign key %1 lists %2 fields but references %3</source>
        <translation>Tuji ključ %1 navaja število polj %2, sklicuje pa se na %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="70" />
        <source>Foreign key %1 names the field "%2", which the schema does not have</source>
        <translation>Tuji ključ %1 navaja polje "%2", ki ga shema nima</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="88" />
        <location filename="../core/ingest/tableschema.cpp" line="95" />
        <source>The schema's "missingValues" must be a list of strings</source>
        <translation>"missingValues" v shemi mora biti seznam nizov</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="103" />
        <source>The schema has no "fields" list</source>
        <translation>Shema nima seznama "fields"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="111" />
        <source>Field %1 of the schema is not an object</source>
        <translation>Polje %1 sheme ni objekt</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="116" />
        <source>Field %1 of the schema has no name</source>
        <translation>Polje %1 sheme nima imena</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="124" />
        <source>The schema has two fields named "%1"</source>
        <translation>Shema ima dve polji z imenom "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="134" />
        <source>The schema's "primaryKey" must be a field name or a list of them</source>
        <translation>"primaryKey" v shemi mora biti ime polja ali seznam imen polj</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="140" />
        <source>The primary key names the field "%1", which the schema does not have</source>
        <translation>Primarni ključ navaja polje "%1", ki ga shema nima</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="150" />
        <source>The schema's "foreignKeys" must be a list</source>
        <translation>"foreignKeys" v shemi mora biti seznam</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="163" />
        <source>The schema's "%1" must be a string</source>
        <translation>"%1" v shemi mora biti niz</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="177" />
        <source>Cannot read the schema file %1</source>
        <translation>Datoteke sheme %1 ni mogoče prebrati</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="182" />
        <source>The schema file %1 is not valid JSON (at byte %2)</source>
        <translation>Datoteka sheme %1 ni veljaven JSON (pri bajtu %2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="188" />
        <source>The schema file %1 does not hold a JSON object</source>
        <translation>Datoteka sheme %1 ne vsebuje objekta JSON</translation>
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
        <translation>Preklicano pred začetkom</translation>
    </message>
</context>
<context>
    <name>urbis::TaskRow</name>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="35" />
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="37" />
        <source>Stop this task; work done so far is rolled back</source>
        <translation>Ustavi to opravilo; doslej opravljeno delo se razveljavi</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="89" />
        <source>Queued</source>
        <translation>V čakalni vrsti</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92" />
        <source>Cancelling…</source>
        <translation>Preklicevanje…</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92" />
        <source>Running</source>
        <translation>Se izvaja</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="95" />
        <source>Done</source>
        <translation>Končano</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="98" />
        <source>Failed</source>
        <translation>Ni uspelo</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="101" />
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
</context>
<context>
    <name>urbis::TasksPanel</name>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="18" />
        <source>Clear finished</source>
        <translation>Počisti končana</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="20" />
        <source>Remove finished, failed and cancelled tasks from the list</source>
        <translation>S seznama odstrani končana, neuspela in preklicana opravila</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="25" />
        <source>No tasks. Imports, sync and clean-up jobs show their progress here.</source>
        <translation>Ni opravil. Tu je prikazan napredek uvozov, sinhronizacij in čiščenj.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="91" />
        <source>%n running</source>
        <translation>
            <numerusform>%n v teku</numerusform>
            <numerusform>%n v teku</numerusform>
            <numerusform>%n v teku</numerusform>
            <numerusform>%n v teku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="92" />
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
    <name>urbis::ValidateCommand</name>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="19" />
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation>uporaba: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                        [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
izhodne kode: 0 veljavno, 1 neveljavno, 2 napaka uporabe ali neberljiv vhod</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="27" />
        <source>validate needs exactly one file</source>
        <translation>validate potrebuje natanko eno datoteko</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="34" />
        <source>--limit-errors needs a positive whole number</source>
        <translation>--limit-errors potrebuje pozitivno celo število</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="39" />
        <source>Unknown check "%1"; available: duplicate-row</source>
        <translation>Neznano preverjanje "%1"; na voljo: duplicate-row</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="56" />
        <source>Cannot read %1: no such file</source>
        <translation>Ni mogoče prebrati %1: datoteka ne obstaja</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="60" />
        <source>Validating</source>
        <translation>Preverjanje</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="77" />
        <source>, row %1</source>
        <translation>, vrstica %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="79" />
        <source>, column %1</source>
        <translation>, stolpec %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="80" />
        <source>, column %1 (%2)</source>
        <translation>, stolpec %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="84" />
        <source>... and %1 more errors (use --json for all)</source>
        <translation>... in še dodatne napake: %1 (za vse uporabite --json)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="85" />
        <source>%1: valid (%2 rows, %3 fields)</source>
        <translation>%1: veljavno (vrstic: %2, polj: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="86" />
        <source>%1: invalid, %2 errors in %3 rows</source>
        <translation>%1: neveljavno, napake: %2, vrstice z napakami: %3</translation>
    </message>
</context>
<context>
    <name>urbis::Validator</name>
    <message>
        <location filename="../core/ingest/validator.cpp" line="76" />
        <source>Validation cancelled</source>
        <translation>Preverjanje preklicano</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="99" />
        <source>The source is empty</source>
        <translation>Vir je prazen</translation>
    </message>
</context>
<context>
    <name>urbis::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="29" />
        <source>Cannot create the data folder %1</source>
        <translation>Podatkovne mape %1 ni mogoče ustvariti</translation>
    </message>
</context>
<context>
    <name>urbis::isotime</name>
    <message>
        <location filename="../core/util/isotime.cpp" line="34" />
        <source>"%1" is not an ISO 8601 date or time (e.g. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</source>
        <translation>"%1" ni datum ali čas po ISO 8601 (npr. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</translation>
    </message>
</context>
</TS>