<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
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
        <translation>Δεν είναι δυνατό το άνοιγμα του χώρου εργασίας:
%1</translation>
    </message>
</context>
<context>
    <name>urbis::AboutDialog</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="20" />
        <source>About Urbis</source>
        <translation>Σχετικά με το Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="22" />
        <source>Urbis %1</source>
        <translation>Urbis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="23" />
        <source>Desktop operator and data-curation application for city digital twins.</source>
        <translation>Εφαρμογή επιφάνειας εργασίας για τη λειτουργία και την επιμέλεια δεδομένων ψηφιακών διδύμων πόλεων.</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="27" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="36" />
        <source>Built with:</source>
        <translation>Δημιουργήθηκε με:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="39" />
        <source>&amp;Copy</source>
        <translation>&amp;Αντιγραφή</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="40" />
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Αντιγραφή των εκδόσεων, π.χ. για αναφορά σφάλματος</translation>
    </message>
</context>
<context>
    <name>urbis::AtomicFile</name>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="35" />
        <source>Cannot create folder %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="39" />
        <source>Cannot create a temporary file in %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία προσωρινού αρχείου στο %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="71" />
        <source>Cannot write %1</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="84" />
        <source>Cannot flush %1 to disk</source>
        <translation>Δεν είναι δυνατή η οριστική εγγραφή του %1 στον δίσκο</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="89" />
        <source>Cannot move %1 into place as %2</source>
        <translation>Δεν είναι δυνατή η μετακίνηση του %1 στην τελική θέση ως %2</translation>
    </message>
</context>
<context>
    <name>urbis::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="63" />
        <source>Cannot open the catalog %1</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του καταλόγου %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="76" />
        <source>A dataset needs a title</source>
        <translation>Ένα σύνολο δεδομένων χρειάζεται τίτλο</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="78" />
        <source>Unknown domain "%1"; expected one of %2</source>
        <translation>Άγνωστος τομέας "%1", αναμενόταν ένας από τους: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="81" />
        <source>The temporal extent ends before it starts</source>
        <translation>Η χρονική έκταση τελειώνει πριν αρχίσει</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="84" />
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>Το πλαίσιο οριοθέτησης %1 δεν είναι έγκυρη έκταση WGS84</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="115" />
        <location filename="../core/catalog/catalog.cpp" line="378" />
        <location filename="../core/catalog/catalog.cpp" line="396" />
        <source>No dataset with id %1</source>
        <translation>Δεν υπάρχει σύνολο δεδομένων με αναγνωριστικό %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="197" />
        <source>A dataset with id %1 exists already</source>
        <translation>Υπάρχει ήδη σύνολο δεδομένων με αναγνωριστικό %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="251" />
        <source>Record %1: %2</source>
        <translation>Εγγραφή %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="274" />
        <source>Dataset "%1" was changed by someone else since it was loaded</source>
        <translation>Το σύνολο δεδομένων "%1" τροποποιήθηκε από άλλον χρήστη μετά τη φόρτωσή του</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="314" />
        <source>Version %1 of "%2" already has a newer version</source>
        <translation>Η έκδοση %1 του "%2" έχει ήδη νεότερη έκδοση</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsearch.cpp" line="50" />
        <source>The search text "%1" is not a valid query</source>
        <translation>Το κείμενο αναζήτησης "%1" δεν είναι έγκυρο ερώτημα</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogCommand</name>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="24" />
        <source>Unknown sort "%1"; use one of %2</source>
        <translation>Άγνωστη ταξινόμηση "%1", χρησιμοποιήστε μία από τις: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="35" />
        <source>--%1 needs a non-negative whole number, not "%2"</source>
        <translation>--%1: απαιτείται μη αρνητικός ακέραιος αριθμός, όχι "%2"</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="63" />
        <source>--from is after --to</source>
        <translation>--from: η τιμή είναι μεταγενέστερη του --to</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="68" />
        <source>Unknown domain "%1"; use one of %2</source>
        <translation>Άγνωστος τομέας "%1", χρησιμοποιήστε έναν από τους: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="76" />
        <source>--year needs a year, not "%1"</source>
        <translation>--year: απαιτείται έτος, όχι "%1"</translation>
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
        <translation>χρήση: urbis catalog list [επιλογές]
       urbis catalog search [TEXT] [--bbox W,S,E,N] [--from T] [--to T] [--city C] [--domain D]
                            [--format F] [--license L] [--year Y] [--sort relevance|title|modified|created|time]
                            [--desc] [--limit N] [--offset N] [--all-versions]
       urbis catalog show ID
       urbis catalog delete ID
       urbis catalog add [FILE.ndjson|-]   (μία εγγραφή JSON ανά γραμμή, εμφανίζει κάθε νέο αναγνωριστικό μόλις καταχωριστεί)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="123" />
        <source>catalog needs a subcommand</source>
        <translation>catalog: απαιτείται υποεντολή</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="136" />
        <source>unknown catalog subcommand "%1"</source>
        <translation>άγνωστη υποεντολή του catalog "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="142" />
        <source>catalog list takes no search text; use catalog search</source>
        <translation>catalog list: δεν δέχεται κείμενο αναζήτησης, χρησιμοποιήστε το catalog search</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="164" />
        <source>catalog show needs exactly one dataset id</source>
        <translation>catalog show: απαιτείται ακριβώς ένα αναγνωριστικό συνόλου δεδομένων</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="191" />
        <source>catalog delete needs exactly one dataset id</source>
        <translation>catalog delete: απαιτείται ακριβώς ένα αναγνωριστικό συνόλου δεδομένων</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="200" />
        <source>Deleted %1 (its blob is removed by the next clean-up of the object store)</source>
        <translation>Διαγράφηκε το %1 (το αρχείο δεδομένων του αφαιρείται στον επόμενο καθαρισμό του χώρου αποθήκευσης αντικειμένων)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="207" />
        <source>catalog add takes one file (or - for standard input)</source>
        <translation>catalog add: δέχεται ένα αρχείο (ή - για την τυπική είσοδο)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="212" />
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="227" />
        <source>%1, line %2, column %3: not a JSON object</source>
        <translation>%1, γραμμή %2, στήλη %3: δεν είναι αντικείμενο JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="231" />
        <location filename="../app/cli/catalogcommand.cpp" line="234" />
        <source>%1, line %2: %3</source>
        <translation>%1, γραμμή %2: %3</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogResultsModel</name>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="84" />
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="86" />
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="88" />
        <source>Domain</source>
        <translation>Τομέας</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="90" />
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="92" />
        <source>Time range</source>
        <translation>Χρονικό διάστημα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="94" />
        <source>Validation</source>
        <translation>Επικύρωση</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSchema</name>
    <message>
        <location filename="../core/catalog/catalogschema.cpp" line="168" />
        <source>The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)</source>
        <translation>Ο κατάλογος %1 γράφτηκε από νεότερη έκδοση του Urbis (σχήμα %2, αυτή η έκδοση γνωρίζει το %3)</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSearchWidget</name>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="30" />
        <source>Search datasets: words, "a phrase", OR, NOT, title:word</source>
        <translation>Αναζήτηση συνόλων δεδομένων: λέξεις, "μια φράση", OR, NOT, title:λέξη</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="39" />
        <source>Clear filters</source>
        <translation>Καθαρισμός φίλτρων</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="44" />
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="44" />
        <source>Domain</source>
        <translation>Τομέας</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="45" />
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="45" />
        <source>License</source>
        <translation>Άδεια χρήσης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="46" />
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="50" />
        <source>Check values to filter; several values in one list are alternatives</source>
        <translation>Επιλέξτε τιμές για φιλτράρισμα. Πολλές τιμές στην ίδια λίστα λειτουργούν ως εναλλακτικές</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="149" />
        <source>%1. Check quotes and parentheses, or search for plain words.</source>
        <translation>%1. Ελέγξτε τα εισαγωγικά και τις παρενθέσεις ή αναζητήστε απλές λέξεις.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="169" />
        <source>Showing %1 of %n datasets</source>
        <translation>
            <numerusform>Εμφανίζεται %1 από %n σύνολο δεδομένων</numerusform>
            <numerusform>Εμφανίζονται %1 από %n σύνολα δεδομένων</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="173" />
        <source>1 dataset</source>
        <translation>1 σύνολο δεδομένων</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="174" />
        <source>%n datasets</source>
        <translation>
            <numerusform>%n σύνολο δεδομένων</numerusform>
            <numerusform>%n σύνολα δεδομένων</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="194" />
        <source>%1 (%2 selected)</source>
        <translation>%1 (%2 επιλεγμένα)</translation>
    </message>
</context>
<context>
    <name>urbis::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="62" />
        <source>urbis: error: %1</source>
        <translation>urbis: σφάλμα: %1</translation>
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
        <translation>χρήση: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
       urbis                  ανοίγει την εφαρμογή επιφάνειας εργασίας
εντολές:
  catalog list|search|show|delete|add   ο κατάλογος συνόλων δεδομένων (urbis catalog --help)
  demo                                  δημιουργεί τον χώρο εργασίας επίδειξης στον φάκελο δεδομένων
  validate FILE [--schema S]            ελέγχει έναν πίνακα (αναφορά Frictionless· urbis validate --help)
καθολικές επιλογές:
  --data-dir DIR   φάκελος χώρου εργασίας (προεπιλογή: $URBIS_DATA_DIR ή ~/.local/share/urbis)
  --json           έξοδος αναγνώσιμη από μηχανή στο stdout
  --quiet          χωρίς μηνύματα στο stderr
  --version        εμφανίζει τις εκδόσεις και τερματίζει
κωδικοί εξόδου: 0 εντάξει, 1 μη έγκυρα δεδομένα, 2 σφάλμα χρήσης ή μη αναγνώσιμη είσοδος, 3 απομακρυσμένη αποτυχία ή αποτυχία I/O</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="84" />
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>Το --data-dir είναι κενό (μη ορισμένη μεταβλητή;)· δώστε έναν φάκελο</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="93" />
        <source>no command given</source>
        <translation>δεν δόθηκε εντολή</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="110" />
        <source>"%1" is not available in this build yet</source>
        <translation>"%1" δεν είναι ακόμη διαθέσιμο σε αυτή την έκδοση</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="111" />
        <source>unknown command "%1"</source>
        <translation>άγνωστη εντολή "%1"</translation>
    </message>
</context>
<context>
    <name>urbis::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45" />
        <source>Unknown option --%1</source>
        <translation>Άγνωστη επιλογή --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48" />
        <source>Option --%1 needs a value</source>
        <translation>Η επιλογή --%1 χρειάζεται τιμή</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51" />
        <source>Option --%1 takes no value</source>
        <translation>Η επιλογή --%1 δεν δέχεται τιμή</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54" />
        <source>Option --%1 given twice</source>
        <translation>Η επιλογή --%1 δόθηκε δύο φορές</translation>
    </message>
</context>
<context>
    <name>urbis::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="55" />
        <source>Row %1 is longer than %2 bytes</source>
        <translation>Η γραμμή %1 υπερβαίνει τα %2 byte</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="62" />
        <source>Row %1: a quote is never closed</source>
        <translation>Γραμμή %1: ένα εισαγωγικό δεν κλείνει ποτέ</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="70" />
        <source>Row %1 is not valid %2 text</source>
        <translation>Η γραμμή %1 δεν είναι έγκυρο κείμενο %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="208" />
        <source>Cannot read the file</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="354" />
        <source>Cannot open %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
</context>
<context>
    <name>urbis::Database</name>
    <message>
        <location filename="../core/util/database.cpp" line="35" />
        <source>Cannot open the database %1</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων %1</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="84" />
        <location filename="../core/util/statement.cpp" line="104" />
        <source>The database refused the change</source>
        <translation>Η βάση δεδομένων απέρριψε την αλλαγή</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="98" />
        <source>The database could not run a query</source>
        <translation>Η βάση δεδομένων δεν μπόρεσε να εκτελέσει ένα ερώτημα</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetDetailsWidget</name>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="34" />
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="36" />
        <source>Change title, description, keywords, license and source</source>
        <translation>Αλλαγή τίτλου, περιγραφής, λέξεων-κλειδιών, άδειας χρήσης και πηγής</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="91" />
        <source>Select a dataset to see its details.</source>
        <translation>Επιλέξτε ένα σύνολο δεδομένων για να δείτε τις λεπτομέρειές του.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="128" />
        <source>Cancel and open the dataset again to see the current version.</source>
        <translation>Ακυρώστε και ανοίξτε ξανά το σύνολο δεδομένων για να δείτε την τρέχουσα έκδοση.</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetEditor</name>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="23" />
        <source>comma-separated, e.g. air quality, pm10</source>
        <translation>διαχωρισμένες με κόμμα, π.χ. ποιότητα αέρα, pm10</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="26" />
        <source>SPDX id or URL, e.g. CC-BY-4.0</source>
        <translation>Αναγνωριστικό SPDX ή URL, π.χ. CC-BY-4.0</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="34" />
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="37" />
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="41" />
        <source>&amp;Title</source>
        <translation>&amp;Τίτλος</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="42" />
        <source>&amp;Description</source>
        <translation>&amp;Περιγραφή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="43" />
        <source>&amp;Keywords</source>
        <translation>&amp;Λέξεις-κλειδιά</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="44" />
        <source>&amp;License</source>
        <translation>Ά&amp;δεια χρήσης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="45" />
        <source>&amp;Source</source>
        <translation>Πη&amp;γή</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetRecord</name>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="117" />
        <source>Field "%1" must be a string</source>
        <translation>Το πεδίο "%1" πρέπει να είναι συμβολοσειρά</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="139" />
        <source>"%1" is not an ISO 8601 date or time: %2</source>
        <translation>Το "%1" δεν είναι ημερομηνία ή ώρα ISO 8601: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="148" />
        <source>"bbox" must be [west, south, east, north]</source>
        <translation>"bbox" πρέπει να είναι [δύση, νότος, ανατολή, βορράς]</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetView</name>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="35" />
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="36" />
        <source>Publisher</source>
        <translation>Εκδότης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="37" />
        <source>City / country</source>
        <translation>Πόλη / χώρα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="38" />
        <source>Domain</source>
        <translation>Τομέας</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="39" />
        <source>Keywords</source>
        <translation>Λέξεις-κλειδιά</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="40" />
        <source>License</source>
        <translation>Άδεια χρήσης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="41" />
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="42" />
        <source>Temporal extent</source>
        <translation>Χρονική έκταση</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="43" />
        <source>Bounding box</source>
        <translation>Πλαίσιο οριοθέτησης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="44" />
        <source>CRS</source>
        <translation>ΣΑΣ</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="45" />
        <source>Features / rows</source>
        <translation>Στοιχεία / γραμμές</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="46" />
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="47" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="49" />
        <source>Version</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="50" />
        <source>Validation</source>
        <translation>Επικύρωση</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="51" />
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="52" />
        <source>Modified</source>
        <translation>Τροποποίηση</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="53" />
        <source>Id</source>
        <translation>Αναγνωριστικό</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="62" />
        <source>Fields</source>
        <translation>Πεδία</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="68" />
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="116" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="125" />
        <source>%1 (superseded by %2)</source>
        <translation>%1 (αντικαταστάθηκε από %2)</translation>
    </message>
</context>
<context>
    <name>urbis::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="15" />
        <source>demo takes no arguments</source>
        <translation>demo: δεν δέχεται ορίσματα</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="16" />
        <source>usage: urbis demo [--data-dir DIR]</source>
        <translation>χρήση: urbis demo [--data-dir DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="22" />
        <source>Creating demo</source>
        <translation>Δημιουργία δεδομένων επίδειξης</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34" />
        <source>%1 demo datasets created, %2 already present in %3</source>
        <translation>Δημιουργήθηκαν %1 σύνολα δεδομένων επίδειξης, %2 υπήρχαν ήδη στο %3</translation>
    </message>
</context>
<context>
    <name>urbis::DemoWorkspace</name>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="105" />
        <source>%1 air quality, January 2023</source>
        <translation>%1 – ποιότητα αέρα, Ιανουάριος 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="106" />
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>Ωριαίες τιμές PM10, PM2.5, NO2, όζοντος, θερμοκρασίας και υγρασίας σε δύο σταθμούς της πόλης %1 (συνθετικά δεδομένα επίδειξης στη μορφή του Παραρτήματος B του CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="117" />
        <source>Athens building energy consumption 2019-2023</source>
        <translation>Κατανάλωση ενέργειας κτιρίων στην Αθήνα 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="118" />
        <source>Monthly electricity consumption of municipal buildings per district (synthetic).</source>
        <translation>Μηνιαία κατανάλωση ηλεκτρικής ενέργειας των δημοτικών κτιρίων ανά συνοικία (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="122" />
        <source>Sofia city-centre traffic counts 2019-2023</source>
        <translation>Μετρήσεις κυκλοφορίας στο κέντρο της Σόφιας 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="123" />
        <source>Monthly mean daily vehicle counts per district of the city centre (synthetic).</source>
        <translation>Μηνιαίος μέσος ημερήσιος αριθμός οχημάτων ανά συνοικία του κέντρου της πόλης (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="127" />
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Συλλογή ΑΗΗΕ και κλωστοϋφαντουργικών αποβλήτων στο Τορίνο 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="128" />
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation>Μηνιαίες ποσότητες μικρών ΑΗΗΕ και κλωστοϋφαντουργικών αποβλήτων που συλλέχθηκαν ανά συνοικία (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="132" />
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>Εκπομπές CO2 στο Ντιφερντάνζ 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="133" />
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation>Μηνιαίες εκτιμώμενες εκπομπές CO2 ανά συνοικία (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="141" />
        <source>Demo workspace creation cancelled</source>
        <translation>Η δημιουργία του χώρου εργασίας επίδειξης ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="167" />
        <source>City of %1</source>
        <translation>Δήμος %1</translation>
    </message>
</context>
<context>
    <name>urbis::Extent</name>
    <message>
        <location filename="../core/geo/extent.cpp" line="67" />
        <source>Invalid bounding box "%1": %2</source>
        <translation>Μη έγκυρο πλαίσιο οριοθέτησης "%1": %2</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="70" />
        <source>expected W,S,E,N</source>
        <translation>αναμενόταν W,S,E,N</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="76" />
        <source>"%1" is not a number</source>
        <translation>"%1" δεν είναι αριθμός</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="79" />
        <source>longitude outside -180..180</source>
        <translation>γεωγραφικό μήκος εκτός του εύρους -180..180</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="81" />
        <source>latitude outside -90..90</source>
        <translation>γεωγραφικό πλάτος εκτός του εύρους -90..90</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="83" />
        <source>south is greater than north</source>
        <translation>το νότιο όριο είναι μεγαλύτερο από το βόρειο</translation>
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
        <translation>(χωρίς πόλη)</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="142" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="158" />
        <source>No datasets match the search.</source>
        <translation>Κανένα σύνολο δεδομένων δεν ταιριάζει με την αναζήτηση.</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="159" />
        <source>Dataset footprints (longitude / latitude); the map view comes later.</source>
        <translation>Αποτυπώματα συνόλων δεδομένων (γεωγραφικό μήκος / πλάτος). Η προβολή χάρτη θα προστεθεί αργότερα.</translation>
    </message>
</context>
<context>
    <name>urbis::LocalObjectStore</name>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="31" />
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="34" />
        <source>Read failed</source>
        <translation>Η ανάγνωση απέτυχε</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="86" />
        <location filename="../core/storage/localobjectstore.cpp" line="197" />
        <source>Cannot lock the object store %1</source>
        <translation>Δεν είναι δυνατό το κλείδωμα του χώρου αποθήκευσης αντικειμένων %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="92" />
        <source>Cannot create folder in %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία φακέλου στο %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="107" />
        <location filename="../core/storage/localobjectstore.cpp" line="114" />
        <location filename="../core/storage/localobjectstore.cpp" line="128" />
        <location filename="../core/storage/localobjectstore.cpp" line="147" />
        <location filename="../core/storage/localobjectstore.cpp" line="163" />
        <source>No object %1</source>
        <translation>Δεν υπάρχει αντικείμενο %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="117" />
        <location filename="../core/storage/localobjectstore.cpp" line="131" />
        <location filename="../core/storage/localobjectstore.cpp" line="150" />
        <source>Cannot read object %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αντικειμένου %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="121" />
        <location filename="../core/storage/localobjectstore.cpp" line="140" />
        <location filename="../core/storage/localobjectstore.cpp" line="156" />
        <source>Object %1 is corrupt: its content hashes to %2</source>
        <translation>Το αντικείμενο %1 είναι κατεστραμμένο: ο κατακερματισμός του περιεχομένου του είναι %2</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="165" />
        <source>Cannot remove object %1</source>
        <translation>Δεν είναι δυνατή η αφαίρεση του αντικειμένου %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="193" />
        <source>Garbage collection cancelled</source>
        <translation>Η συλλογή απορριμμάτων ακυρώθηκε</translation>
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
        <translation>Κατάλογος</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="39" />
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="40" />
        <source>Tasks</source>
        <translation>Εργασίες</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="47" />
        <source>Data: %1</source>
        <translation>Δεδομένα: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="87" />
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="88" />
        <source>&amp;Refresh</source>
        <translation>Ανα&amp;νέωση</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="92" />
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="94" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="97" />
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="98" />
        <source>&amp;Search the catalog</source>
        <translation>Ανα&amp;ζήτηση στον κατάλογο</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="108" />
        <source>&amp;Tools</source>
        <translation>&amp;Εργαλεία</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="109" />
        <source>Create &amp;demo datasets</source>
        <translation>Δημιουργία συνόλων δεδομένων επί&amp;δειξης</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="111" />
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>Προσθήκη μικρών συνθετικών συνόλων δεδομένων για τις πόλεις του CLIMABOROUGH σε αυτόν τον χώρο εργασίας</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="112" />
        <source>&amp;Clean up object store</source>
        <translation>&amp;Καθαρισμός χώρου αποθήκευσης αντικειμένων</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="114" />
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Διαγραφή αποθηκευμένων αρχείων στα οποία δεν αναφέρεται πλέον καμία εγγραφή του καταλόγου</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116" />
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117" />
        <source>&amp;About Urbis</source>
        <translation>&amp;Σχετικά με το Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="141" />
        <source>Create demo datasets</source>
        <translation>Δημιουργία συνόλων δεδομένων επίδειξης</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="148" />
        <source>Created: %1, already present: %2</source>
        <translation>Δημιουργήθηκαν: %1, υπήρχαν ήδη: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="159" />
        <source>Clean up object store</source>
        <translation>Καθαρισμός χώρου αποθήκευσης αντικειμένων</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="166" />
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>Αρχεία χωρίς αναφορές που αφαιρέθηκαν: %1, χώρος που ελευθερώθηκε: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="177" />
        <source>Started: %1</source>
        <translation>Ξεκίνησε: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="185" />
        <source>Finished: %1</source>
        <translation>Ολοκληρώθηκε: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187" />
        <source>Failed: %1 — %2</source>
        <translation>Απέτυχε: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="197" />
        <source>1 dataset in the catalog</source>
        <translation>1 σύνολο δεδομένων στον κατάλογο</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="198" />
        <source>%n datasets in the catalog</source>
        <translation>
            <numerusform>%n σύνολο δεδομένων στον κατάλογο</numerusform>
            <numerusform>%n σύνολα δεδομένων στον κατάλογο</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ObjectStore</name>
    <message>
        <location filename="../core/storage/objectstore.cpp" line="21" />
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
</context>
<context>
    <name>urbis::RecordPrinter</name>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53" />
        <location filename="../app/cli/recordprinter.cpp" line="67" />
        <source>ID</source>
        <translation>ΑΝΑΓΝΩΡΙΣΤΙΚΟ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53" />
        <source>TITLE</source>
        <translation>ΤΙΤΛΟΣ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53" />
        <source>CITY</source>
        <translation>ΠΟΛΗ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54" />
        <source>DOMAIN</source>
        <translation>ΤΟΜΕΑΣ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54" />
        <source>PERIOD</source>
        <translation>ΠΕΡΙΟΔΟΣ</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/recordprinter.cpp" line="58" />
        <source>%n dataset(s) shown of %1 matching</source>
        <translation>
            <numerusform>Εμφανίζεται %n σύνολο δεδομένων από %1 που ταιριάζουν</numerusform>
            <numerusform>Εμφανίζονται %n σύνολα δεδομένων από %1 που ταιριάζουν</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="68" />
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="69" />
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="70" />
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="71" />
        <source>Publisher</source>
        <translation>Εκδότης</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="72" />
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="73" />
        <source>Domain</source>
        <translation>Τομέας</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="74" />
        <source>Keywords</source>
        <translation>Λέξεις-κλειδιά</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="75" />
        <source>License</source>
        <translation>Άδεια χρήσης</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="76" />
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="77" />
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="78" />
        <source>Extent</source>
        <translation>Έκταση</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="79" />
        <source>CRS</source>
        <translation>ΣΑΣ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="80" />
        <source>Features</source>
        <translation>Στοιχεία</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81" />
        <source>Size</source>
        <translation>Μέγεθος</translation>
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
        <translation>Έκδοση</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="84" />
        <source> (previous %1)</source>
        <translation> (προηγούμενη %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="85" />
        <source>Validation</source>
        <translation>Επικύρωση</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="86" />
        <source>Modified</source>
        <translation>Τροποποίηση</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="88" />
        <source>Fields:</source>
        <translation>Πεδία:</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="93" />
        <source>History:</source>
        <translation>Ιστορικό:</translation>
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
        <translation>άγνωστο</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="32" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="34" />
        <source>from %1</source>
        <translation>από %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="36" />
        <source>until %1</source>
        <translation>έως %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="61" />
        <source>W %1, S %2, E %3, N %4</source>
        <translation>Δ %1, Ν %2, Α %3, Β %4</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="72" />
        <source>valid</source>
        <translation>έγκυρο</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="74" />
        <source>warnings</source>
        <translation>προειδοποιήσεις</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="76" />
        <source>invalid</source>
        <translation>μη έγκυρο</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="80" />
        <source>not validated</source>
        <translation>μη επικυρωμένο</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="87" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="92" />
        <source>unknown profile</source>
        <translation>άγνωστο προφίλ</translation>
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
        <translation>Υπάρχει επιπλέον ετικέτα "%1" στην κεφαλίδα στη θέση %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="119" />
        <source>Label "%1" of the schema is missing from the header at position %2</source>
        <translation>Η ετικέτα "%1" του σχήματος λείπει από την κεφαλίδα στη θέση %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="124" />
        <source>Label in the header at position %1 is blank</source>
        <translation>Η ετικέτα στην κεφαλίδα στη θέση %1 είναι κενή</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="126" />
        <source>Label "%1" at position %2 is a duplicate</source>
        <translation>Η ετικέτα "%1" στη θέση %2 είναι διπλότυπη</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="128" />
        <source>Label "%1" at position %2 does not match the field name "%3" of the schema</source>
        <translation>Η ετικέτα "%1" στη θέση %2 δεν αντιστοιχεί στο όνομα πεδίου "%3" του σχήματος</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="151" />
        <source>Row at position %1 is completely blank</source>
        <translation>Η γραμμή στη θέση %1 είναι εντελώς κενή</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="165" />
        <source>Type error in the cell "%1" in row %2 and field "%3" at position %4: type is "%5/%6"</source>
        <translation>Σφάλμα τύπου στο κελί "%1" στη γραμμή %2 και στο πεδίο "%3" στη θέση %4: ο τύπος είναι "%5/%6"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="173" />
        <source>The cell "%1" in row %2 and field "%3" at position %4 does not conform to the constraint "%5"</source>
        <translation>Το κελί "%1" στη γραμμή %2 και στο πεδίο "%3" στη θέση %4 δεν συμμορφώνεται με τον περιορισμό "%5"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="183" />
        <source>Row at position %1 has an extra value in field at position %2</source>
        <translation>Η γραμμή στη θέση %1 έχει επιπλέον τιμή στο πεδίο στη θέση %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="188" />
        <source>Row at position %1 has a missing cell in field "%2" at position %3</source>
        <translation>Στη γραμμή στη θέση %1 λείπει κελί στο πεδίο "%2" στη θέση %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="195" />
        <source>Row at position %1 has a unique constraint violation in field "%2" at position %3</source>
        <translation>Η γραμμή στη θέση %1 παραβιάζει τον περιορισμό μοναδικότητας στο πεδίο "%2" στη θέση %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="208" />
        <source>Row at position %1 violates the primary key: all key cells are null or the key is not unique</source>
        <translation>Η γραμμή στη θέση %1 παραβιάζει το πρωτεύον κλειδί: όλα τα κελιά του κλειδιού είναι κενά ή το κλειδί δεν είναι μοναδικό</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="225" />
        <source>Row at position %1 is a duplicate of an earlier row</source>
        <translation>Η γραμμή στη θέση %1 είναι διπλότυπο προηγούμενης γραμμής</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="239" />
        <source>Row at position %1 violates the foreign key: the referenced values are not in the table</source>
        <translation>Η γραμμή στη θέση %1 παραβιάζει το ξένο κλειδί: οι τιμές αναφοράς δεν υπάρχουν στον πίνακα</translation>
    </message>
</context>
<context>
    <name>urbis::TableField</name>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="36" />
        <location filename="../core/ingest/valuecast.cpp" line="41" />
        <source>Field "%1": %2</source>
        <translation>Πεδίο "%1": %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="90" />
        <source>constraint "%1" is not supported by type "%2"</source>
        <translation>ο περιορισμός "%1" δεν υποστηρίζεται από τον τύπο "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="96" />
        <source>constraint "%1": %2 is not a valid %3</source>
        <translation>περιορισμός "%1": το %2 δεν είναι έγκυρη τιμή %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="104" />
        <source>a length constraint is negative</source>
        <translation>ένας περιορισμός μήκους είναι αρνητικός</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="125" />
        <source>pattern "%1" is not a valid regular expression: %2</source>
        <translation>το μοτίβο "%1" δεν είναι έγκυρη κανονική έκφραση: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="18" />
        <source>Field "%1": "%2" is malformed</source>
        <translation>Πεδίο "%1": το "%2" δεν έχει σωστή μορφή</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="50" />
        <source>Field "%1": unknown constraint "%2"</source>
        <translation>Πεδίο "%1": άγνωστος περιορισμός "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="112" />
        <source>A field has no name ("name" must be a string)</source>
        <translation>Ένα πεδίο δεν έχει όνομα (το "name" πρέπει να είναι συμβολοσειρά)</translation>
    </message>
    <message>
        <location filename="../core/ingest/timepattern.cpp" line="113" />
        <source>The date/time format "%1" uses "%2", which is not a supported strptime directive</source>
        <translation>Η μορφή ημερομηνίας/ώρας "%1" χρησιμοποιεί το "%2", που δεν είναι υποστηριζόμενη οδηγία strptime</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="96" />
        <source>unknown type "%1"</source>
        <translation>άγνωστος τύπος "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="114" />
        <source>format "%1" is not valid for type "%2"</source>
        <translation>η μορφή "%1" δεν είναι έγκυρη για τον τύπο "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="131" />
        <source>"%1" is malformed</source>
        <translation>το "%1" δεν έχει σωστή μορφή</translation>
    </message>
</context>
<context>
    <name>urbis::TableSchema</name>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="51" />
        <source>Foreign key %1 is malformed: it needs "fields" and a "reference" with "resource" and "fields"</source>
        <translation>Το ξένο κλειδί %1 δεν έχει σωστή μορφή: χρειάζεται "fields" και ένα "reference" με "resource" και "fields"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="58" />
        <source>Foreign key %1 lists %2 fields but references %3</source>
        <translation>Το ξένο κλειδί %1 αναφέρει %2 πεδία αλλά παραπέμπει σε %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="70" />
        <source>Foreign key %1 names the field "%2", which the schema does not have</source>
        <translation>Το ξένο κλειδί %1 ονομάζει το πεδίο "%2", το οποίο δεν υπάρχει στο σχήμα</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="88" />
        <location filename="../core/ingest/tableschema.cpp" line="95" />
        <source>The schema's "missingValues" must be a list of strings</source>
        <translation>Το "missingValues" του σχήματος πρέπει να είναι λίστα συμβολοσειρών</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="103" />
        <source>The schema has no "fields" list</source>
        <translation>Το σχήμα δεν έχει λίστα "fields"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="111" />
        <source>Field %1 of the schema is not an object</source>
        <translation>Το πεδίο %1 του σχήματος δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="116" />
        <source>Field %1 of the schema has no name</source>
        <translation>Το πεδίο %1 του σχήματος δεν έχει όνομα</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="124" />
        <source>The schema has two fields named "%1"</source>
        <translation>Το σχήμα έχει δύο πεδία με όνομα "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="134" />
        <source>The schema's "primaryKey" must be a field name or a list of them</source>
        <translation>Το "primaryKey" του σχήματος πρέπει να είναι όνομα πεδίου ή λίστα ονομάτων πεδίων</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="140" />
        <source>The primary key names the field "%1", which the schema does not have</source>
        <translation>Το πρωτεύον κλειδί ονομάζει το πεδίο "%1", το οποίο δεν υπάρχει στο σχήμα</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="150" />
        <source>The schema's "foreignKeys" must be a list</source>
        <translation>Το "foreignKeys" του σχήματος πρέπει να είναι λίστα</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="163" />
        <source>The schema's "%1" must be a string</source>
        <translation>Το "%1" του σχήματος πρέπει να είναι συμβολοσειρά</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="177" />
        <source>Cannot read the schema file %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου σχήματος %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="182" />
        <source>The schema file %1 is not valid JSON (at byte %2)</source>
        <translation>Το αρχείο σχήματος %1 δεν είναι έγκυρο JSON (στο byte %2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="188" />
        <source>The schema file %1 does not hold a JSON object</source>
        <translation>Το αρχείο σχήματος %1 δεν περιέχει αντικείμενο JSON</translation>
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
        <translation>Ακυρώθηκε πριν ξεκινήσει</translation>
    </message>
</context>
<context>
    <name>urbis::TaskRow</name>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="35" />
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="37" />
        <source>Stop this task; work done so far is rolled back</source>
        <translation>Διακοπή αυτής της εργασίας. Ό,τι έχει γίνει μέχρι τώρα αναιρείται</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="89" />
        <source>Queued</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92" />
        <source>Cancelling…</source>
        <translation>Ακύρωση…</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92" />
        <source>Running</source>
        <translation>Εκτελείται</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="95" />
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="98" />
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="101" />
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>urbis::TasksPanel</name>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="18" />
        <source>Clear finished</source>
        <translation>Απαλοιφή ολοκληρωμένων</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="20" />
        <source>Remove finished, failed and cancelled tasks from the list</source>
        <translation>Αφαίρεση των ολοκληρωμένων, αποτυχημένων και ακυρωμένων εργασιών από τη λίστα</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="25" />
        <source>No tasks. Imports, sync and clean-up jobs show their progress here.</source>
        <translation>Δεν υπάρχουν εργασίες. Οι εισαγωγές, ο συγχρονισμός και οι εργασίες καθαρισμού εμφανίζουν εδώ την πρόοδό τους.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="91" />
        <source>%n running</source>
        <translation>
            <numerusform>%n σε εκτέλεση</numerusform>
            <numerusform>%n σε εκτέλεση</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="92" />
        <source>%n finished</source>
        <translation>
            <numerusform>%n ολοκληρωμένη</numerusform>
            <numerusform>%n ολοκληρωμένες</numerusform>
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
        <translation>χρήση: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
κωδικοί εξόδου: 0 έγκυρο, 1 μη έγκυρο, 2 σφάλμα χρήσης ή μη αναγνώσιμη είσοδος</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="27" />
        <source>validate needs exactly one file</source>
        <translation>το validate χρειάζεται ακριβώς ένα αρχείο</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="34" />
        <source>--limit-errors needs a positive whole number</source>
        <translation>το --limit-errors χρειάζεται θετικό ακέραιο αριθμό</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="39" />
        <source>Unknown check "%1"; available: duplicate-row</source>
        <translation>Άγνωστος έλεγχος "%1"· διαθέσιμοι: duplicate-row</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="56" />
        <source>Cannot read %1: no such file</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: το αρχείο δεν υπάρχει</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="60" />
        <source>Validating</source>
        <translation>Επικύρωση σε εξέλιξη</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="77" />
        <source>, row %1</source>
        <translation>, γραμμή %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="79" />
        <source>, column %1</source>
        <translation>, στήλη %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="80" />
        <source>, column %1 (%2)</source>
        <translation>, στήλη %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="84" />
        <source>... and %1 more errors (use --json for all)</source>
        <translation>... και %1 ακόμη σφάλματα (χρησιμοποιήστε --json για όλα)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="85" />
        <source>%1: valid (%2 rows, %3 fields)</source>
        <translation>%1: έγκυρο (%2 γραμμές, %3 πεδία)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="86" />
        <source>%1: invalid, %2 errors in %3 rows</source>
        <translation>%1: μη έγκυρο, %2 σφάλματα σε %3 γραμμές</translation>
    </message>
</context>
<context>
    <name>urbis::Validator</name>
    <message>
        <location filename="../core/ingest/validator.cpp" line="76" />
        <source>Validation cancelled</source>
        <translation>Η επικύρωση ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="99" />
        <source>The source is empty</source>
        <translation>Η πηγή είναι κενή</translation>
    </message>
</context>
<context>
    <name>urbis::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="29" />
        <source>Cannot create the data folder %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου δεδομένων %1</translation>
    </message>
</context>
<context>
    <name>urbis::isotime</name>
    <message>
        <location filename="../core/util/isotime.cpp" line="34" />
        <source>"%1" is not an ISO 8601 date or time (e.g. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</source>
        <translation>"%1" δεν είναι ημερομηνία ή ώρα ISO 8601 (π.χ. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</translation>
    </message>
</context>
</TS>