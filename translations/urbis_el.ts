<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
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
        <translation>Δεν είναι δυνατό το άνοιγμα του χώρου εργασίας:
%1</translation>
    </message>
</context>
<context>
    <name>urbis</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="29"/>
        <source>The built-in basemap file %1 is missing</source>
        <translation>Λείπει το ενσωματωμένο αρχείο υποβάθρου %1</translation>
    </message>
</context>
<context>
    <name>urbis::AboutDialog</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="20"/>
        <source>About Urbis</source>
        <translation>Σχετικά με το Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="22"/>
        <source>Urbis %1</source>
        <translation>Urbis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="23"/>
        <source>Desktop operator and data-curation application for city digital twins.</source>
        <translation>Εφαρμογή επιφάνειας εργασίας για τη λειτουργία και την επιμέλεια δεδομένων ψηφιακών διδύμων πόλεων.</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="36"/>
        <source>Built with:</source>
        <translation>Δημιουργήθηκε με:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="39"/>
        <source>&amp;Copy</source>
        <translation>&amp;Αντιγραφή</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="40"/>
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Αντιγραφή των εκδόσεων, π.χ. για αναφορά σφάλματος</translation>
    </message>
</context>
<context>
    <name>urbis::AssetExport</name>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="12"/>
        <source>Export %1 to %2</source>
        <translation>Εξαγωγή του %1 στο %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="15"/>
        <source>No object store to export from</source>
        <translation>Δεν υπάρχει χώρος αποθήκευσης αντικειμένων για εξαγωγή</translation>
    </message>
</context>
<context>
    <name>urbis::AtomicFile</name>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="35"/>
        <source>Cannot create folder %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="39"/>
        <source>Cannot create a temporary file in %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία προσωρινού αρχείου στο %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="71"/>
        <source>Cannot write %1</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="84"/>
        <source>Cannot flush %1 to disk</source>
        <translation>Δεν είναι δυνατή η οριστική εγγραφή του %1 στον δίσκο</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="89"/>
        <source>Cannot move %1 into place as %2</source>
        <translation>Δεν είναι δυνατή η μετακίνηση του %1 στην τελική θέση ως %2</translation>
    </message>
</context>
<context>
    <name>urbis::BasemapLayers</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="46"/>
        <source>Land</source>
        <translation>Ξηρά</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="55"/>
        <source>Country borders</source>
        <translation>Σύνορα χωρών</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="63"/>
        <source>Places</source>
        <translation>Οικισμοί</translation>
    </message>
</context>
<context>
    <name>urbis::BlobTransfers</name>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="50"/>
        <source>The data of &quot;%1&quot; is not on this computer (blob %2): fetch it before pushing</source>
        <translation>Τα δεδομένα του &quot;%1&quot; δεν βρίσκονται σε αυτόν τον υπολογιστή (blob %2): κάντε λήψη τους πριν από την αποστολή</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="53"/>
        <source>Cannot create %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="77"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία φακέλου εργασίας στο %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="102"/>
        <source>%1 does not hold the data its catalog entry names (sha256 %2, expected %3)</source>
        <translation>Το %1 δεν περιέχει τα δεδομένα που ορίζει η καταχώρισή του στον κατάλογο (sha256 %2, αναμενόταν %3)</translation>
    </message>
</context>
<context>
    <name>urbis::BrowseOrder</name>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="8"/>
        <source>Relevance</source>
        <translation>Συνάφεια</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="9"/>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="10"/>
        <source>Newest first</source>
        <translation>Νεότερα πρώτα</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="11"/>
        <source>Oldest first</source>
        <translation>Παλαιότερα πρώτα</translation>
    </message>
</context>
<context>
    <name>urbis::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="72"/>
        <source>Cannot open the catalog %1</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του καταλόγου %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="85"/>
        <source>A dataset needs a title</source>
        <translation>Ένα σύνολο δεδομένων χρειάζεται τίτλο</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="87"/>
        <source>Unknown domain &quot;%1&quot;; expected one of %2</source>
        <translation>Άγνωστος τομέας &quot;%1&quot;, αναμενόταν ένας από τους: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="90"/>
        <source>The temporal extent ends before it starts</source>
        <translation>Η χρονική έκταση τελειώνει πριν αρχίσει</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="93"/>
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>Το πλαίσιο οριοθέτησης %1 δεν είναι έγκυρη έκταση WGS84</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="124"/>
        <location filename="../core/catalog/catalog.cpp" line="456"/>
        <location filename="../core/catalog/catalog.cpp" line="474"/>
        <source>No dataset with id %1</source>
        <translation>Δεν υπάρχει σύνολο δεδομένων με αναγνωριστικό %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="267"/>
        <source>A dataset with id %1 exists already</source>
        <translation>Υπάρχει ήδη σύνολο δεδομένων με αναγνωριστικό %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="328"/>
        <source>Record %1: %2</source>
        <translation>Εγγραφή %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="351"/>
        <source>Dataset &quot;%1&quot; was changed by someone else since it was loaded</source>
        <translation>Το σύνολο δεδομένων &quot;%1&quot; τροποποιήθηκε από άλλον χρήστη μετά τη φόρτωσή του</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="392"/>
        <source>Version %1 of &quot;%2&quot; already has a newer version</source>
        <translation>Η έκδοση %1 του &quot;%2&quot; έχει ήδη νεότερη έκδοση</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsearch.cpp" line="50"/>
        <source>The search text &quot;%1&quot; is not a valid query</source>
        <translation>Το κείμενο αναζήτησης &quot;%1&quot; δεν είναι έγκυρο ερώτημα</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="14"/>
        <source>A dataset needs at least one version</source>
        <translation>Ένα σύνολο δεδομένων χρειάζεται τουλάχιστον μία έκδοση</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="18"/>
        <source>A synced version of &quot;%1&quot; has no id</source>
        <translation>Μια συγχρονισμένη έκδοση του &quot;%1&quot; δεν έχει αναγνωριστικό</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogCommand</name>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="24"/>
        <source>Unknown sort &quot;%1&quot;; use one of %2</source>
        <translation>Άγνωστη ταξινόμηση &quot;%1&quot;, χρησιμοποιήστε μία από τις: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="35"/>
        <source>--%1 needs a non-negative whole number, not &quot;%2&quot;</source>
        <translation>--%1: απαιτείται μη αρνητικός ακέραιος αριθμός, όχι &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="63"/>
        <source>--from is after --to</source>
        <translation>--from: η τιμή είναι μεταγενέστερη του --to</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="68"/>
        <source>Unknown domain &quot;%1&quot;; use one of %2</source>
        <translation>Άγνωστος τομέας &quot;%1&quot;, χρησιμοποιήστε έναν από τους: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="76"/>
        <source>--year needs a year, not &quot;%1&quot;</source>
        <translation>--year: απαιτείται έτος, όχι &quot;%1&quot;</translation>
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
        <translation>χρήση: urbis catalog list [επιλογές]
       urbis catalog search [TEXT] [--bbox W,S,E,N] [--from T] [--to T] [--city C] [--domain D]
                            [--format F] [--license L] [--year Y] [--sort relevance|title|modified|created|time]
                            [--desc] [--limit N] [--offset N] [--all-versions]
       urbis catalog show ID
       urbis catalog delete ID
       urbis catalog add [FILE.ndjson|-]   (μία εγγραφή JSON ανά γραμμή, εμφανίζει κάθε νέο αναγνωριστικό μόλις καταχωριστεί)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="123"/>
        <source>catalog needs a subcommand</source>
        <translation>catalog: απαιτείται υποεντολή</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="136"/>
        <source>unknown catalog subcommand &quot;%1&quot;</source>
        <translation>άγνωστη υποεντολή του catalog &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="142"/>
        <source>catalog list takes no search text; use catalog search</source>
        <translation>catalog list: δεν δέχεται κείμενο αναζήτησης, χρησιμοποιήστε το catalog search</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="164"/>
        <source>catalog show needs exactly one dataset id</source>
        <translation>catalog show: απαιτείται ακριβώς ένα αναγνωριστικό συνόλου δεδομένων</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="191"/>
        <source>catalog delete needs exactly one dataset id</source>
        <translation>catalog delete: απαιτείται ακριβώς ένα αναγνωριστικό συνόλου δεδομένων</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="200"/>
        <source>Deleted %1 (its blob is removed by the next clean-up of the object store)</source>
        <translation>Διαγράφηκε το %1 (το αρχείο δεδομένων του αφαιρείται στον επόμενο καθαρισμό του χώρου αποθήκευσης αντικειμένων)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="207"/>
        <source>catalog add takes one file (or - for standard input)</source>
        <translation>catalog add: δέχεται ένα αρχείο (ή - για την τυπική είσοδο)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="212"/>
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="227"/>
        <source>%1, line %2, column %3: not a JSON object</source>
        <translation>%1, γραμμή %2, στήλη %3: δεν είναι αντικείμενο JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="231"/>
        <location filename="../app/cli/catalogcommand.cpp" line="234"/>
        <source>%1, line %2: %3</source>
        <translation>%1, γραμμή %2: %3</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogFilterBar</name>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="24"/>
        <source>Fr&amp;om</source>
        <translation>&amp;Από</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="26"/>
        <source>Only datasets with data on or after this day</source>
        <translation>Μόνο σύνολα δεδομένων με δεδομένα από αυτήν την ημέρα και μετά</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="28"/>
        <source>&amp;Until</source>
        <translation>Έ&amp;ως</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="30"/>
        <source>Only datasets with data on or before this day</source>
        <translation>Μόνο σύνολα δεδομένων με δεδομένα έως και αυτήν την ημέρα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="37"/>
        <source>Relevance ranks title matches first; newest and oldest go by when a dataset was added</source>
        <translation>Η συνάφεια κατατάσσει πρώτα τις αντιστοιχίες στον τίτλο· η ταξινόμηση κατά νεότερα και παλαιότερα βασίζεται στο πότε προστέθηκε το σύνολο δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="38"/>
        <source>Sort &amp;by</source>
        <translation>Ταξινόμηση &amp;κατά</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="41"/>
        <source>Only &amp;in the map view</source>
        <translation>Μόνο στην &amp;προβολή χάρτη</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="43"/>
        <source>Only datasets whose extent overlaps the area the map shows</source>
        <translation>Μόνο σύνολα δεδομένων των οποίων η έκταση επικαλύπτει την περιοχή που εμφανίζει ο χάρτης</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogResultsModel</name>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="112"/>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="114"/>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="116"/>
        <source>Domain</source>
        <translation>Τομέας</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="118"/>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="120"/>
        <source>Time range</source>
        <translation>Χρονικό διάστημα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="122"/>
        <source>Validation</source>
        <translation>Επικύρωση</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSchema</name>
    <message>
        <location filename="../core/catalog/catalogschema.cpp" line="226"/>
        <source>The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)</source>
        <translation>Ο κατάλογος %1 γράφτηκε από νεότερη έκδοση του Urbis (σχήμα %2, αυτή η έκδοση γνωρίζει το %3)</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSearchWidget</name>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="34"/>
        <source>Search datasets: words, &quot;a phrase&quot;, OR, NOT, title:word</source>
        <translation>Αναζήτηση συνόλων δεδομένων: λέξεις, &quot;μια φράση&quot;, OR, NOT, title:λέξη</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="43"/>
        <source>Clear filters</source>
        <translation>Καθαρισμός φίλτρων</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51"/>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51"/>
        <source>Domain</source>
        <translation>Τομέας</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52"/>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52"/>
        <source>License</source>
        <translation>Άδεια χρήσης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="53"/>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="57"/>
        <source>Check values to filter; several values in one list are alternatives</source>
        <translation>Επιλέξτε τιμές για φιλτράρισμα. Πολλές τιμές στην ίδια λίστα λειτουργούν ως εναλλακτικές</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="161"/>
        <source>%1. Check quotes and parentheses, or search for plain words.</source>
        <translation>%1. Ελέγξτε τα εισαγωγικά και τις παρενθέσεις ή αναζητήστε απλές λέξεις.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="183"/>
        <source>Showing %1 of %n datasets</source>
        <translation>
            <numerusform>Εμφανίζεται %1 από %n σύνολο δεδομένων</numerusform>
            <numerusform>Εμφανίζονται %1 από %n σύνολα δεδομένων</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="187"/>
        <source>1 dataset</source>
        <translation>1 σύνολο δεδομένων</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="188"/>
        <source>%n datasets</source>
        <translation>
            <numerusform>%n σύνολο δεδομένων</numerusform>
            <numerusform>%n σύνολα δεδομένων</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="208"/>
        <source>%1 (%2 selected)</source>
        <translation>%1 (%2 επιλεγμένα)</translation>
    </message>
</context>
<context>
    <name>urbis::CityChecker</name>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="206"/>
        <source>The table has coordinates but does not declare their coordinate reference system</source>
        <translation>Ο πίνακας έχει συντεταγμένες αλλά δεν δηλώνει το σύστημα αναφοράς συντεταγμένων τους</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="220"/>
        <source>Field &quot;%1&quot; at position %2 holds measurements but has no unit</source>
        <translation>Το πεδίο &quot;%1&quot; στη θέση %2 περιέχει μετρήσεις αλλά δεν έχει μονάδα</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="224"/>
        <source>The unit &quot;%1&quot; of field &quot;%2&quot; at position %3 is not a unit of its quantity</source>
        <translation>Η μονάδα &quot;%1&quot; του πεδίου &quot;%2&quot; στη θέση %3 δεν είναι μονάδα του μεγέθους του</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="240"/>
        <source>The geometry in row %1 is not valid</source>
        <translation>Η γεωμετρία στη γραμμή %1 δεν είναι έγκυρη</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="250"/>
        <source>The geometry in row %1 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Η γεωμετρία στη γραμμή %1 έχει συντεταγμένες εκτός γεωγραφικού μήκους [-180, 180] ή γεωγραφικού πλάτους [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="279"/>
        <source>The geometry in row %1 and field &quot;%2&quot; at position %3 is not valid</source>
        <translation>Η γεωμετρία στη γραμμή %1 και στο πεδίο &quot;%2&quot; στη θέση %3 δεν είναι έγκυρη</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="293"/>
        <source>The geometry in row %1 and field &quot;%2&quot; at position %3 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Η γεωμετρία στη γραμμή %1 και στο πεδίο &quot;%2&quot; στη θέση %3 έχει συντεταγμένες εκτός γεωγραφικού μήκους [-180, 180] ή γεωγραφικού πλάτους [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="308"/>
        <source>The latitude %1 in row %2 and field &quot;%3&quot; at position %4 is outside [-90, 90]</source>
        <translation>Το γεωγραφικό πλάτος %1 στη γραμμή %2 και στο πεδίο &quot;%3&quot; στη θέση %4 είναι εκτός [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="318"/>
        <source>The longitude %1 in row %2 and field &quot;%3&quot; at position %4 is outside [-180, 180]</source>
        <translation>Το γεωγραφικό μήκος %1 στη γραμμή %2 και στο πεδίο &quot;%3&quot; στη θέση %4 είναι εκτός [-180, 180]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="333"/>
        <source>The point %1 in row %2 and field &quot;%3&quot; at position %4 is outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Το σημείο %1 στη γραμμή %2 και στο πεδίο &quot;%3&quot; στη θέση %4 είναι εκτός γεωγραφικού μήκους [-180, 180] ή γεωγραφικού πλάτους [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="358"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 is in the future</source>
        <translation>Η χρονική στιγμή %1 στη γραμμή %2 και στο πεδίο &quot;%3&quot; στη θέση %4 βρίσκεται στο μέλλον</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="380"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 is earlier than the previous time of the same station</source>
        <translation>Η χρονική στιγμή %1 στη γραμμή %2 και στο πεδίο &quot;%3&quot; στη θέση %4 είναι προγενέστερη της προηγούμενης χρονικής στιγμής του ίδιου σταθμού</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="386"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 repeats the previous time of the same station</source>
        <translation>Η χρονική στιγμή %1 στη γραμμή %2 και στο πεδίο &quot;%3&quot; στη θέση %4 επαναλαμβάνει την προηγούμενη χρονική στιγμή του ίδιου σταθμού</translation>
    </message>
</context>
<context>
    <name>urbis::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="62"/>
        <source>urbis: error: %1</source>
        <translation>urbis: σφάλμα: %1</translation>
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
        <translation type="vanished">χρήση: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
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
        <translation type="vanished">χρήση: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
       urbis                  ανοίγει την εφαρμογή επιφάνειας εργασίας
εντολές:
  catalog list|search|show|delete|add   ο κατάλογος συνόλων δεδομένων (urbis catalog --help)
  demo                                  δημιουργεί τον χώρο εργασίας επίδειξης στον φάκελο δεδομένων
  validate FILE [--schema S]            ελέγχει έναν πίνακα (αναφορά Frictionless· urbis validate --help)
  import FILE... [--title T]            επικυρώνει, κανονικοποιεί και καταχωρίζει αρχεία στον κατάλογο (urbis import --help)
καθολικές επιλογές:
  --data-dir DIR   φάκελος χώρου εργασίας (προεπιλογή: $URBIS_DATA_DIR ή ~/.local/share/urbis)
  --json           έξοδος αναγνώσιμη από μηχανή στο stdout
  --quiet          χωρίς μηνύματα στο stderr
  --version        εμφανίζει τις εκδόσεις και τερματίζει
κωδικοί εξόδου: 0 εντάξει, 1 μη έγκυρα δεδομένα, 2 σφάλμα χρήσης ή μη αναγνώσιμη είσοδος, 3 απομακρυσμένη αποτυχία ή αποτυχία I/O</translation>
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
        <translation type="vanished">χρήση: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
       urbis                  ανοίγει την εφαρμογή επιφάνειας εργασίας
εντολές:
  catalog list|search|show|delete|add   ο κατάλογος συνόλων δεδομένων (urbis catalog --help)
  demo                                  δημιουργεί τον χώρο εργασίας επίδειξης στον φάκελο δεδομένων
  validate FILE [--schema S]            ελέγχει έναν πίνακα (αναφορά Frictionless· urbis validate --help)
  import FILE... [--title T]            επικυρώνει, κανονικοποιεί και καταχωρίζει αρχεία στον κατάλογο (urbis import --help)
  remote add|list|remove|test           απομακρυσμένοι διακομιστές συμβατοί με S3 (urbis remote --help)
καθολικές επιλογές:
  --data-dir DIR   φάκελος χώρου εργασίας (προεπιλογή: $URBIS_DATA_DIR ή ~/.local/share/urbis)
  --json           έξοδος αναγνώσιμη από μηχανή στο stdout
  --quiet          χωρίς μηνύματα στο stderr
  --version        εμφανίζει τις εκδόσεις και τερματίζει
κωδικοί εξόδου: 0 εντάξει, 1 μη έγκυρα δεδομένα, 2 σφάλμα χρήσης ή μη αναγνώσιμη είσοδος, 3 απομακρυσμένη αποτυχία ή αποτυχία I/O</translation>
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
        <translation type="vanished">χρήση: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
       urbis                  ανοίγει την εφαρμογή επιφάνειας εργασίας
εντολές:
  catalog list|search|show|delete|add   ο κατάλογος συνόλων δεδομένων (urbis catalog --help)
  demo                                  δημιουργεί τον χώρο εργασίας επίδειξης στον φάκελο δεδομένων
  validate FILE [--schema S]            ελέγχει έναν πίνακα (αναφορά Frictionless· urbis validate --help)
  import FILE... [--title T]            επικυρώνει, κανονικοποιεί και καταχωρίζει αρχεία στον κατάλογο (urbis import --help)
  remote add|list|remove|test           απομακρυσμένοι διακομιστές συμβατοί με S3 (urbis remote --help)
  sync [NAME] [--push] [--pull]         μοιράζεται τον κατάλογο μέσω απομακρυσμένου διακομιστή (urbis sync --help)
  send ID --to URL [--token-env VAR]    αποστέλλει ένα σύνολο δεδομένων σε τελικό σημείο πρόσληψης δεδομένων REST (urbis send --help)
καθολικές επιλογές:
  --data-dir DIR   φάκελος χώρου εργασίας (προεπιλογή: $URBIS_DATA_DIR ή ~/.local/share/urbis)
  --json           έξοδος αναγνώσιμη από μηχανή στο stdout
  --quiet          χωρίς μηνύματα στο stderr
  --version        εμφανίζει τις εκδόσεις και τερματίζει
κωδικοί εξόδου: 0 εντάξει, 1 μη έγκυρα δεδομένα, 2 σφάλμα χρήσης ή μη αναγνώσιμη είσοδος, 3 απομακρυσμένη αποτυχία ή αποτυχία I/O</translation>
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
        <translation>χρήση: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
       urbis                  ανοίγει την εφαρμογή επιφάνειας εργασίας
εντολές:
  catalog list|search|show|delete|add   ο κατάλογος συνόλων δεδομένων (urbis catalog --help)
  demo                                  δημιουργεί τον χώρο εργασίας επίδειξης στον φάκελο δεδομένων
  validate FILE [--schema S]            ελέγχει έναν πίνακα (αναφορά Frictionless· urbis validate --help)
  import FILE... [--title T]            επικυρώνει, κανονικοποιεί και καταχωρίζει αρχεία στον κατάλογο (urbis import --help)
  remote add|list|remove|test           απομακρυσμένοι διακομιστές συμβατοί με S3 (urbis remote --help)
  sync [NAME] [--push] [--pull]         μοιράζεται τον κατάλογο μέσω απομακρυσμένου διακομιστή (urbis sync --help)
  send ID --to URL [--token-env VAR]    αποστέλλει ένα σύνολο δεδομένων σε τελικό σημείο πρόσληψης δεδομένων REST (urbis send --help)
  kpi eval FILE.json [--city C] [--grain G]  υπολογίζει ορισμούς KPI ή έναν πίνακα ελέγχου (urbis kpi --help)
καθολικές επιλογές:
  --data-dir DIR   φάκελος χώρου εργασίας (προεπιλογή: $URBIS_DATA_DIR ή ~/.local/share/urbis)
  --json           έξοδος αναγνώσιμη από μηχανή στο stdout
  --quiet          χωρίς μηνύματα στο stderr
  --version        εμφανίζει τις εκδόσεις και τερματίζει
κωδικοί εξόδου: 0 εντάξει, 1 μη έγκυρα δεδομένα, 2 σφάλμα χρήσης ή μη αναγνώσιμη είσοδος, 3 απομακρυσμένη αποτυχία ή αποτυχία I/O</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="103"/>
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>Το --data-dir είναι κενό (μη ορισμένη μεταβλητή;)· δώστε έναν φάκελο</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="112"/>
        <source>no command given</source>
        <translation>δεν δόθηκε εντολή</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="144"/>
        <source>&quot;%1&quot; is not available in this build yet</source>
        <translation>&quot;%1&quot; δεν είναι ακόμη διαθέσιμο σε αυτή την έκδοση</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="145"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>άγνωστη εντολή &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45"/>
        <source>Unknown option --%1</source>
        <translation>Άγνωστη επιλογή --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48"/>
        <source>Option --%1 needs a value</source>
        <translation>Η επιλογή --%1 χρειάζεται τιμή</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51"/>
        <source>Option --%1 takes no value</source>
        <translation>Η επιλογή --%1 δεν δέχεται τιμή</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54"/>
        <source>Option --%1 given twice</source>
        <translation>Η επιλογή --%1 δόθηκε δύο φορές</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictListModel</name>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="54"/>
        <source>Dataset</source>
        <translation>Σύνολο δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="56"/>
        <source>What differs</source>
        <translation>Τι διαφέρει</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="58"/>
        <source>Detected</source>
        <translation>Εντοπίστηκε</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictsView</name>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="25"/>
        <source>Conflicts</source>
        <translation>Διενέξεις</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="27"/>
        <source>No conflicts: nothing changed here and on the remote at the same time.</source>
        <translation>Καμία διένεξη: τίποτα δεν άλλαξε ταυτόχρονα εδώ και στον απομακρυσμένο διακομιστή.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="32"/>
        <source>Keep &amp;mine</source>
        <translation>Διατήρηση του &amp;δικού μου</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="33"/>
        <source>The remote gets this copy; theirs stays in the remote&apos;s blobs</source>
        <translation>Ο απομακρυσμένος διακομιστής λαμβάνει αυτό το αντίγραφο· το δικό τους παραμένει στα blob του απομακρυσμένου διακομιστή</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="35"/>
        <source>Keep &amp;theirs</source>
        <translation>Διατήρηση του δικού &amp;τους</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="36"/>
        <source>This catalog gets the remote&apos;s copy; your edits stay in the history</source>
        <translation>Αυτός ο κατάλογος λαμβάνει το αντίγραφο του απομακρυσμένου διακομιστή· οι αλλαγές σας παραμένουν στο ιστορικό</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="38"/>
        <source>Keep &amp;both</source>
        <translation>Διατήρηση &amp;και των δύο</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="39"/>
        <source>Take the remote&apos;s versions and add your changes on top as new versions</source>
        <translation>Λήψη των εκδόσεων του απομακρυσμένου διακομιστή και προσθήκη των αλλαγών σας από πάνω ως νέες εκδόσεις</translation>
    </message>
</context>
<context>
    <name>urbis::ConnectionTester</name>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="43"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="75"/>
        <source>Test cancelled</source>
        <translation>Ο έλεγχος ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="85"/>
        <source>The remote answered: the bucket can be listed with these keys</source>
        <translation>Ο απομακρυσμένος διακομιστής απάντησε: τα περιεχόμενα του κάδου μπορούν να απαριθμηθούν με αυτά τα κλειδιά</translation>
    </message>
</context>
<context>
    <name>urbis::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="55"/>
        <source>Row %1 is longer than %2 bytes</source>
        <translation>Η γραμμή %1 υπερβαίνει τα %2 byte</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="62"/>
        <source>Row %1: a quote is never closed</source>
        <translation>Γραμμή %1: ένα εισαγωγικό δεν κλείνει ποτέ</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="70"/>
        <source>Row %1 is not valid %2 text</source>
        <translation>Η γραμμή %1 δεν είναι έγκυρο κείμενο %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="208"/>
        <source>Cannot read the file</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="354"/>
        <source>Cannot open %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
</context>
<context>
    <name>urbis::Dashboard</name>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="100"/>
        <source>This dashboard has format version %1; this Urbis reads version %2</source>
        <translation>Αυτός ο πίνακας ελέγχου έχει έκδοση μορφής %1· αυτή η έκδοση του Urbis διαβάζει την έκδοση %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="105"/>
        <source>Dashboard id &quot;%1&quot; may only contain lower-case letters, digits and &apos;-&apos;</source>
        <translation>Το αναγνωριστικό πίνακα ελέγχου &quot;%1&quot; μπορεί να περιέχει μόνο πεζά γράμματα, ψηφία και &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="113"/>
        <source>&quot;kpis&quot; must be a list of KPI definitions</source>
        <translation>Το &quot;kpis&quot; πρέπει να είναι λίστα ορισμών KPI</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="117"/>
        <source>KPI %1 of the dashboard is not an object</source>
        <translation>Το KPI %1 του πίνακα ελέγχου δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="120"/>
        <source>KPI %1 of the dashboard: %2</source>
        <translation>KPI %1 του πίνακα ελέγχου: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="122"/>
        <source>The KPI id &quot;%1&quot; is used twice</source>
        <translation>Το αναγνωριστικό KPI &quot;%1&quot; χρησιμοποιείται δύο φορές</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="128"/>
        <source>&quot;panels&quot; must be a list of panels</source>
        <translation>Το &quot;panels&quot; πρέπει να είναι λίστα πλαισίων</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="135"/>
        <source>Panel %1 of the dashboard is not an object</source>
        <translation>Το πλαίσιο %1 του πίνακα ελέγχου δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="138"/>
        <source>Panel &quot;%1&quot; has the unknown type &quot;%2&quot;</source>
        <translation>Το πλαίσιο &quot;%1&quot; έχει το άγνωστο είδος &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="141"/>
        <source>Panel %1 has no id</source>
        <translation>Το πλαίσιο %1 δεν έχει αναγνωριστικό</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="143"/>
        <source>The panel id &quot;%1&quot; is used twice</source>
        <translation>Το αναγνωριστικό πλαισίου &quot;%1&quot; χρησιμοποιείται δύο φορές</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="146"/>
        <source>Panel &quot;%1&quot; shows the unknown KPI &quot;%2&quot;</source>
        <translation>Το πλαίσιο &quot;%1&quot; εμφανίζει το άγνωστο KPI &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="149"/>
        <source>Panel &quot;%1&quot; lies outside the %2-column grid</source>
        <translation>Το πλαίσιο &quot;%1&quot; βρίσκεται εκτός του πλέγματος %2 στηλών</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardBrowser</name>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="32"/>
        <source>Search dashboards</source>
        <translation>Αναζήτηση πινάκων ελέγχου</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="38"/>
        <source>New</source>
        <translation>Νέος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="39"/>
        <source>New dashboard from a template or empty</source>
        <translation>Νέος πίνακας ελέγχου από πρότυπο ή κενός</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="43"/>
        <source>From template: %1</source>
        <translation>Από πρότυπο: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="45"/>
        <source>Empty dashboard</source>
        <translation>Κενός πίνακας ελέγχου</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="48"/>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="51"/>
        <source>Edit</source>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="53"/>
        <source>Edit the dashboard&apos;s KPIs and layout (Ctrl+E)</source>
        <translation>Επεξεργασία των KPI και της διάταξης του πίνακα ελέγχου (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="65"/>
        <source>&lt;h3&gt;No dashboard yet&lt;/h3&gt;&lt;p&gt;Start from one of the KPI sets of the climate-neutrality framework; they work on any workspace with matching data (the demo workspace has it).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Δεν υπάρχει ακόμη πίνακας ελέγχου&lt;/h3&gt;&lt;p&gt;Ξεκινήστε από ένα από τα σύνολα KPI του πλαισίου αναφοράς για την κλιματική ουδετερότητα· λειτουργούν σε οποιονδήποτε χώρο εργασίας με αντίστοιχα δεδομένα (ο χώρος εργασίας επίδειξης τα διαθέτει).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="72"/>
        <source>Create &quot;%1&quot;</source>
        <translation>Δημιουργία &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="102"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="122"/>
        <source>Saved &quot;%1&quot;</source>
        <translation>Αποθηκεύτηκε το &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="208"/>
        <source>Unsaved changes</source>
        <translation>Μη αποθηκευμένες αλλαγές</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="209"/>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Αποθήκευση των αλλαγών στο &quot;%1&quot;;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="228"/>
        <source>This workspace is set up for viewing: dashboards can be filtered and exported, not changed.</source>
        <translation>Αυτός ο χώρος εργασίας έχει ρυθμιστεί για προβολή: οι πίνακες ελέγχου μπορούν να φιλτραριστούν και να εξαχθούν, αλλά όχι να τροποποιηθούν.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="275"/>
        <source>New dashboard</source>
        <translation>Νέος πίνακας ελέγχου</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="291"/>
        <source>Delete dashboard</source>
        <translation>Διαγραφή πίνακα ελέγχου</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="291"/>
        <source>Delete the dashboard &quot;%1&quot;? Its KPIs go with it; the data stays.</source>
        <translation>Διαγραφή του πίνακα ελέγχου &quot;%1&quot;; Τα KPI του διαγράφονται μαζί του· τα δεδομένα παραμένουν.</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardDesigner</name>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="64"/>
        <source>Read-only: this workspace is set up for viewers (workspace.json, role &quot;viewer&quot;). You can look at the layout and the KPI definitions, but not change or save them.</source>
        <translation>Μόνο για ανάγνωση: αυτός ο χώρος εργασίας έχει ρυθμιστεί για θεατές (workspace.json, ρόλος &quot;viewer&quot;). Μπορείτε να δείτε τη διάταξη και τους ορισμούς των KPI, αλλά όχι να τους τροποποιήσετε ή να τους αποθηκεύσετε.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="118"/>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="119"/>
        <source>Redo</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="121"/>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="122"/>
        <source>Save the dashboard (Ctrl+S)</source>
        <translation>Αποθήκευση του πίνακα ελέγχου (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="124"/>
        <source>New KPI…</source>
        <translation>Νέο KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="125"/>
        <source>Define a new KPI for this dashboard (Ctrl+N)</source>
        <translation>Ορισμός νέου KPI για αυτόν τον πίνακα ελέγχου (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="127"/>
        <source>Remove panel</source>
        <translation>Αφαίρεση πλαισίου</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="128"/>
        <source>Remove the selected panel (Delete on the grid)</source>
        <translation>Αφαίρεση του επιλεγμένου πλαισίου (Delete στο πλέγμα)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="188"/>
        <source>Add %1 panel</source>
        <translation>Προσθήκη πλαισίου %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="202"/>
        <source>Resize %1</source>
        <translation>Αλλαγή μεγέθους %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="202"/>
        <source>Move %1</source>
        <translation>Μετακίνηση %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="209"/>
        <source>Remove %1</source>
        <translation>Αφαίρεση %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="218"/>
        <source>Add KPI %1</source>
        <translation>Προσθήκη KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="233"/>
        <source>Edit KPI %1</source>
        <translation>Επεξεργασία KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="243"/>
        <source>Remove KPI %1</source>
        <translation>Αφαίρεση KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="262"/>
        <source>Change %1</source>
        <translation>Αλλαγή %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="270"/>
        <source>This workspace is read-only for viewers; the dashboard was not saved.</source>
        <translation>Αυτός ο χώρος εργασίας είναι μόνο για ανάγνωση για θεατές· ο πίνακας ελέγχου δεν αποθηκεύτηκε.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="277"/>
        <source>Not saved: %1</source>
        <translation>Δεν αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="281"/>
        <source>Saved “%1”.</source>
        <translation>Αποθηκεύτηκε το «%1».</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="310"/>
        <source>New KPI</source>
        <translation>Νέο KPI</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="337"/>
        <source>%n panel(s)</source>
        <translation>
            <numerusform>%n πλαίσιο</numerusform>
            <numerusform>%n πλαίσια</numerusform>
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
        <translation>τροποποιήθηκε</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardExporter</name>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="27"/>
        <source>Could not write %1.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του %1.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="85"/>
        <source>PNG encoding failed.</source>
        <translation>Η κωδικοποίηση PNG απέτυχε.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="101"/>
        <source>Urbis dashboard panel</source>
        <translation>Πλαίσιο πίνακα ελέγχου Urbis</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="104"/>
        <source>Could not start the SVG painter.</source>
        <translation>Δεν ήταν δυνατή η εκκίνηση της σχεδίασης SVG.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="124"/>
        <source>Could not start the PDF painter.</source>
        <translation>Δεν ήταν δυνατή η εκκίνηση της σχεδίασης PDF.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="155"/>
        <source>Dashboard</source>
        <translation>Πίνακας ελέγχου</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="158"/>
        <source>Exported %1</source>
        <translation>Εξήχθη το %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="159"/>
        <source>Page %1 of %2</source>
        <translation>Σελίδα %1 από %2</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardFilterBar</name>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="26"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="162"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="163"/>
        <source>open</source>
        <translation>ανοιχτό</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="38"/>
        <source>Cities whose datasets the KPIs read</source>
        <translation>Πόλεις των οποίων τα σύνολα δεδομένων διαβάζουν τα KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="42"/>
        <source>First day (inclusive); the earliest date means no bound</source>
        <translation>Πρώτη ημέρα (συμπεριλαμβάνεται)· η παλαιότερη ημερομηνία σημαίνει χωρίς όριο</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="44"/>
        <source>Last day (inclusive); the earliest date means no bound</source>
        <translation>Τελευταία ημέρα (συμπεριλαμβάνεται)· η παλαιότερη ημερομηνία σημαίνει χωρίς όριο</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="46"/>
        <source>KPI&apos;s own grain</source>
        <translation>Χρονική ανάλυση του ίδιου του KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Day</source>
        <translation>Ημέρα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Week</source>
        <translation>Εβδομάδα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="52"/>
        <source>All domains</source>
        <translation>Όλοι οι τομείς</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="58"/>
        <source>City:</source>
        <translation>Πόλη:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="61"/>
        <source>From:</source>
        <translation>Από:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="63"/>
        <source>To:</source>
        <translation>Έως:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="66"/>
        <source>Grain:</source>
        <translation>Χρονική ανάλυση:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="68"/>
        <source>Domain:</source>
        <translation>Τομέας:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="98"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="121"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="160"/>
        <source>All cities</source>
        <translation>Όλες οι πόλεις</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="123"/>
        <source>%n cities</source>
        <translation>
            <numerusform>%n πόλη</numerusform>
            <numerusform>%n πόλεις</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="160"/>
        <source>Cities: %1</source>
        <translation>Πόλεις: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="162"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="165"/>
        <source>All dates</source>
        <translation>Όλες οι ημερομηνίες</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="167"/>
        <source>Grain: %1</source>
        <translation>Χρονική ανάλυση: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="169"/>
        <source>Domain: %1</source>
        <translation>Τομέας: %1</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardPage</name>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="52"/>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="52"/>
        <source>Evaluate the KPIs again</source>
        <translation>Επανυπολογισμός των KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="53"/>
        <source>Export dashboard as PDF…</source>
        <translation>Εξαγωγή πίνακα ελέγχου σε PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="54"/>
        <source>Edit dashboard…</source>
        <translation>Επεξεργασία πίνακα ελέγχου…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="158"/>
        <source>Evaluating %n KPI(s)…</source>
        <translation>
            <numerusform>Υπολογισμός %n KPI…</numerusform>
            <numerusform>Υπολογισμός %n KPI…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="177"/>
        <source>The evaluation was removed before it finished.</source>
        <translation>Ο υπολογισμός αφαιρέθηκε πριν ολοκληρωθεί.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="182"/>
        <source>Evaluation cancelled.</source>
        <translation>Ο υπολογισμός ακυρώθηκε.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="183"/>
        <source>Evaluation failed: %1</source>
        <translation>Ο υπολογισμός απέτυχε: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="198"/>
        <source>%n KPI(s) evaluated in %1 ms</source>
        <translation>
            <numerusform>%n KPI υπολογίστηκε σε %1 ms</numerusform>
            <numerusform>%n KPI υπολογίστηκαν σε %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="200"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n απέτυχε</numerusform>
            <numerusform>%n απέτυχαν</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="239"/>
        <source>Export panel as SVG</source>
        <translation>Εξαγωγή πλαισίου ως SVG</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="239"/>
        <source>Export panel as PNG</source>
        <translation>Εξαγωγή πλαισίου ως PNG</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="240"/>
        <source>SVG images (*.svg)</source>
        <translation>Εικόνες SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="240"/>
        <source>PNG images (*.png)</source>
        <translation>Εικόνες PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="245"/>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="260"/>
        <source>Export failed</source>
        <translation>Η εξαγωγή απέτυχε</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="247"/>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="262"/>
        <source>Exported %1</source>
        <translation>Εξήχθη το %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="252"/>
        <source>Export dashboard as PDF</source>
        <translation>Εξαγωγή πίνακα ελέγχου σε PDF</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="254"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardPanel</name>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="18"/>
        <source>Stat</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="19"/>
        <source>Line chart</source>
        <translation>Γράφημα γραμμών</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="20"/>
        <source>Bar chart</source>
        <translation>Ραβδόγραμμα</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="21"/>
        <source>Stacked bar chart</source>
        <translation>Στοιβαγμένο ραβδόγραμμα</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="22"/>
        <source>Pie chart</source>
        <translation>Γράφημα πίτας</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="23"/>
        <source>Gauge</source>
        <translation>Μετρητής</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="24"/>
        <source>Table</source>
        <translation>Πίνακας</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="25"/>
        <source>Map</source>
        <translation>Χάρτης</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="26"/>
        <source>Histogram</source>
        <translation>Ιστόγραμμα</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardStore</name>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="35"/>
        <source>&quot;%1&quot; is not a dashboard id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>Το &quot;%1&quot; δεν είναι αναγνωριστικό πίνακα ελέγχου: χρησιμοποιήστε πεζά γράμματα, ψηφία και &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="42"/>
        <source>There is no dashboard file %1</source>
        <translation>Δεν υπάρχει αρχείο πίνακα ελέγχου %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="44"/>
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="49"/>
        <source>%1 is not valid JSON (at character %2)</source>
        <translation>Το %1 δεν είναι έγκυρο JSON (στον χαρακτήρα %2)</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="52"/>
        <source>%1 does not hold a dashboard object</source>
        <translation>Το %1 δεν περιέχει αντικείμενο πίνακα ελέγχου</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="114"/>
        <source>%1 is not a folder</source>
        <translation>Το %1 δεν είναι φάκελος</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="145"/>
        <source>There is no dashboard &quot;%1&quot;</source>
        <translation>Δεν υπάρχει πίνακας ελέγχου &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="147"/>
        <source>Cannot remove the dashboard &quot;%1&quot;</source>
        <translation>Δεν είναι δυνατή η αφαίρεση του πίνακα ελέγχου &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="164"/>
        <source>There is no dashboard template &quot;%1&quot;</source>
        <translation>Δεν υπάρχει πρότυπο πίνακα ελέγχου &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::DataPreviewTab</name>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="63"/>
        <source>No data store is connected to this panel.</source>
        <translation>Κανένας χώρος αποθήκευσης δεδομένων δεν είναι συνδεδεμένος με αυτό το πλαίσιο.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="96"/>
        <source>Reading the data…</source>
        <translation>Ανάγνωση των δεδομένων…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="100"/>
        <source>The data preview opens when this tab is shown.</source>
        <translation>Η προεπισκόπηση δεδομένων ανοίγει όταν εμφανιστεί αυτή η καρτέλα.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106"/>
        <source>1 row</source>
        <translation>1 γραμμή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106"/>
        <source>%1 rows</source>
        <translation>%1 γραμμές</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="108"/>
        <source>First %1 of %2 rows; scroll down to read more</source>
        <translation>Πρώτες %1 από %2 γραμμές· κάντε κύλιση προς τα κάτω για να διαβάσετε περισσότερες</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="110"/>
        <source>First %1 rows; scroll down to read more</source>
        <translation>Πρώτες %1 γραμμές· κάντε κύλιση προς τα κάτω για να διαβάσετε περισσότερες</translation>
    </message>
</context>
<context>
    <name>urbis::Database</name>
    <message>
        <location filename="../core/util/database.cpp" line="35"/>
        <source>Cannot open the database %1</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων %1</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="84"/>
        <location filename="../core/util/statement.cpp" line="104"/>
        <source>The database refused the change</source>
        <translation>Η βάση δεδομένων απέρριψε την αλλαγή</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="98"/>
        <source>The database could not run a query</source>
        <translation>Η βάση δεδομένων δεν μπόρεσε να εκτελέσει ένα ερώτημα</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetActionBar</name>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="15"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="16"/>
        <source>Change title, description, keywords, license and source</source>
        <translation>Αλλαγή τίτλου, περιγραφής, λέξεων-κλειδιών, άδειας χρήσης και πηγής</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="17"/>
        <source>Export the &amp;data…</source>
        <translation>Εξαγωγή των &amp;δεδομένων…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18"/>
        <source>Save the stored data (GeoPackage or GeoTIFF) as a file</source>
        <translation>Αποθήκευση των αποθηκευμένων δεδομένων (GeoPackage ή GeoTIFF) σε αρχείο</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="19"/>
        <source>Export the &amp;original file…</source>
        <translation>Εξαγωγή του &amp;πρωτότυπου αρχείου…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="20"/>
        <source>Save the file as it was imported</source>
        <translation>Αποθήκευση του αρχείου όπως εισήχθη</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="21"/>
        <source>Export the validation &amp;report…</source>
        <translation>Εξαγωγή της &amp;αναφοράς επικύρωσης…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="22"/>
        <source>Save the validation report (JSON)</source>
        <translation>Αποθήκευση της αναφοράς επικύρωσης (JSON)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23"/>
        <source>Ne&amp;w version…</source>
        <translation>&amp;Νέα έκδοση…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="24"/>
        <source>Import a changed file as the next version of this dataset</source>
        <translation>Εισαγωγή ενός τροποποιημένου αρχείου ως επόμενης έκδοσης αυτού του συνόλου δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25"/>
        <source>Show on m&amp;ap</source>
        <translation>Εμφάνιση στον &amp;χάρτη</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="26"/>
        <source>Zoom the map to this dataset</source>
        <translation>Εστίαση του χάρτη σε αυτό το σύνολο δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="27"/>
        <source>Delete…</source>
        <translation>Διαγραφή…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="28"/>
        <source>Delete this version from the catalog (its history is kept)</source>
        <translation>Διαγραφή αυτής της έκδοσης από τον κατάλογο (το ιστορικό της διατηρείται)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="38"/>
        <source>E&amp;xport</source>
        <translation>Ε&amp;ξαγωγή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58"/>
        <source>Download the &amp;data</source>
        <translation>&amp;Λήψη των δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="59"/>
        <source>Bring this dataset&apos;s data from the remote it was synced with</source>
        <translation>Λήψη των δεδομένων αυτού του συνόλου δεδομένων από τον απομακρυσμένο διακομιστή με τον οποίο συγχρονίστηκε</translation>
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
        <translation>Αυτό το σύνολο δεδομένων δεν έχει αποθηκευμένα δεδομένα για προεπισκόπηση.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="40"/>
        <source>This dataset is a raster (%1): it has no table of rows to preview.</source>
        <translation>Αυτό το σύνολο δεδομένων είναι ψηφιδωτό (%1): δεν έχει πίνακα γραμμών για προεπισκόπηση.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="41"/>
        <source>This dataset has no table to preview (its data is %1).</source>
        <translation>Αυτό το σύνολο δεδομένων δεν έχει πίνακα για προεπισκόπηση (τα δεδομένα του είναι %1).</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="46"/>
        <source>The data of this dataset is not stored on this computer.</source>
        <translation>Τα δεδομένα αυτού του συνόλου δεδομένων δεν είναι αποθηκευμένα σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="48"/>
        <source>The stored data of this dataset is missing (%1).</source>
        <translation>Τα αποθηκευμένα δεδομένα αυτού του συνόλου δεδομένων λείπουν (%1).</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetDetailsWidget</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="vanished">&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <source>Change title, description, keywords, license and source</source>
        <translation type="vanished">Αλλαγή τίτλου, περιγραφής, λέξεων-κλειδιών, άδειας χρήσης και πηγής</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="55"/>
        <source>&amp;Metadata</source>
        <translation>&amp;Μεταδεδομένα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="56"/>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198"/>
        <source>S&amp;chema</source>
        <translation>&amp;Σχήμα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="57"/>
        <source>Data &amp;preview</source>
        <translation>&amp;Προεπισκόπηση δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="58"/>
        <source>Validation &amp;report</source>
        <translation>&amp;Αναφορά επικύρωσης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="59"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Ιστορικό</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="176"/>
        <source>Select a dataset to see its details.</source>
        <translation>Επιλέξτε ένα σύνολο δεδομένων για να δείτε τις λεπτομέρειές του.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198"/>
        <source>S&amp;chema (%1)</source>
        <translation>&amp;Σχήμα (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="244"/>
        <source>Cancel and open the dataset again to see the current version.</source>
        <translation>Ακυρώστε και ανοίξτε ξανά το σύνολο δεδομένων για να δείτε την τρέχουσα έκδοση.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="258"/>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="268"/>
        <source>Nothing to export: this dataset has no stored file of that kind.</source>
        <translation>Δεν υπάρχει τίποτα για εξαγωγή: αυτό το σύνολο δεδομένων δεν έχει αποθηκευμένο αρχείο αυτού του είδους.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280"/>
        <source>Exported %1.</source>
        <translation>Εξήχθη το %1.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280"/>
        <source>Export of %1 failed: %2</source>
        <translation>Η εξαγωγή του %1 απέτυχε: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="282"/>
        <source>Exporting %1…</source>
        <translation>Εξαγωγή του %1…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="294"/>
        <source>Delete “%1” from the catalog?</source>
        <translation>Διαγραφή του «%1» από τον κατάλογο;</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="295"/>
        <source>Delete version %1 of “%2”? Version %3 becomes the latest again.</source>
        <translation>Διαγραφή της έκδοσης %1 του «%2»; Η έκδοση %3 γίνεται ξανά η πιο πρόσφατη.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="297"/>
        <source>Delete dataset</source>
        <translation>Διαγραφή συνόλου δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="298"/>
        <source>The change history is kept.</source>
        <translation>Το ιστορικό αλλαγών διατηρείται.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="307"/>
        <source>“%1” was deleted.</source>
        <translation>Το «%1» διαγράφηκε.</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetEditor</name>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="23"/>
        <source>comma-separated, e.g. air quality, pm10</source>
        <translation>διαχωρισμένες με κόμμα, π.χ. ποιότητα αέρα, pm10</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="26"/>
        <source>SPDX id or URL, e.g. CC-BY-4.0</source>
        <translation>Αναγνωριστικό SPDX ή URL, π.χ. CC-BY-4.0</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="34"/>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="37"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="42"/>
        <source>&amp;Title *</source>
        <translation>&amp;Τίτλος *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="43"/>
        <source>&amp;Description *</source>
        <translation>&amp;Περιγραφή *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="45"/>
        <source>&amp;License *</source>
        <translation>Ά&amp;δεια χρήσης *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="46"/>
        <source>&amp;Source *</source>
        <translation>Πη&amp;γή *</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="vanished">&amp;Τίτλος</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="vanished">&amp;Περιγραφή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="44"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Λέξεις-κλειδιά</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation type="vanished">Ά&amp;δεια χρήσης</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="vanished">Πη&amp;γή</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetRecord</name>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="123"/>
        <source>Field &quot;%1&quot; must be a string</source>
        <translation>Το πεδίο &quot;%1&quot; πρέπει να είναι συμβολοσειρά</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="145"/>
        <source>&quot;%1&quot; is not an ISO 8601 date or time: %2</source>
        <translation>Το &quot;%1&quot; δεν είναι ημερομηνία ή ώρα ISO 8601: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="154"/>
        <source>&quot;bbox&quot; must be [west, south, east, north]</source>
        <translation>&quot;bbox&quot; πρέπει να είναι [δύση, νότος, ανατολή, βορράς]</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTable</name>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="84"/>
        <source>Cannot open the stored data as a GeoPackage</source>
        <translation>Δεν είναι δυνατό το άνοιγμα των αποθηκευμένων δεδομένων ως GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="86"/>
        <source>The stored GeoPackage holds no table</source>
        <translation>Το αποθηκευμένο GeoPackage δεν περιέχει πίνακα</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="131"/>
        <source>Reading cancelled</source>
        <translation>Η ανάγνωση ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="135"/>
        <source>Cannot read the stored data</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των αποθηκευμένων δεδομένων</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTableModel</name>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="59"/>
        <source>Reading rows</source>
        <translation>Ανάγνωση γραμμών</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="86"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="136"/>
        <source>empty (null)</source>
        <translation>κενό (null)</translation>
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
        <translation>Πηγή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="32"/>
        <source>Publisher</source>
        <translation>Εκδότης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="33"/>
        <source>City / country</source>
        <translation>Πόλη / χώρα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="34"/>
        <source>Domain</source>
        <translation>Τομέας</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="35"/>
        <source>Keywords</source>
        <translation>Λέξεις-κλειδιά</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="36"/>
        <source>License</source>
        <translation>Άδεια χρήσης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="37"/>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="38"/>
        <source>Temporal extent</source>
        <translation>Χρονική έκταση</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="39"/>
        <source>Bounding box</source>
        <translation>Πλαίσιο οριοθέτησης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="40"/>
        <source>CRS</source>
        <translation>ΣΑΣ</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="41"/>
        <source>Features / rows</source>
        <translation>Στοιχεία / γραμμές</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="42"/>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="43"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="45"/>
        <source>Version</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="46"/>
        <source>Validation</source>
        <translation>Επικύρωση</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="47"/>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="48"/>
        <source>Modified</source>
        <translation>Τροποποίηση</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="49"/>
        <source>Id</source>
        <translation>Αναγνωριστικό</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Όνομα</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Τύπος</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Μονάδα</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Περιγραφή</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="vanished">Πεδία</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="vanished">Ιστορικό</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="95"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="104"/>
        <source>%1 (superseded by %2)</source>
        <translation>%1 (αντικαταστάθηκε από %2)</translation>
    </message>
</context>
<context>
    <name>urbis::DemoAirQuality</name>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="70"/>
        <source>Dominant pollutant of the hour</source>
        <translation>Κυρίαρχος ρύπος της ώρας</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="73"/>
        <source>Source of the data provider</source>
        <translation>Πηγή του παρόχου δεδομένων</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="74"/>
        <source>Name of the city</source>
        <translation>Όνομα της πόλης</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="75"/>
        <source>Two letter country code</source>
        <translation>Διψήφιος κωδικός χώρας</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="76"/>
        <source>Postal code of the city centre</source>
        <translation>Ταχυδρομικός κώδικας του κέντρου της πόλης</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="77"/>
        <source>Latitude of the station</source>
        <translation>Γεωγραφικό πλάτος του σταθμού</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="78"/>
        <source>Longitude of the station</source>
        <translation>Γεωγραφικό μήκος του σταθμού</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="80"/>
        <source>Relative humidity</source>
        <translation>Σχετική υγρασία</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="81"/>
        <source>Carbon monoxide</source>
        <translation>Μονοξείδιο του άνθρακα</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="82"/>
        <source>Nitrogen dioxide</source>
        <translation>Διοξείδιο του αζώτου</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="83"/>
        <source>Air pressure at sea level</source>
        <translation>Ατμοσφαιρική πίεση στο επίπεδο της θάλασσας</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="84"/>
        <source>Particulate matter up to 10 um</source>
        <translation>Αιωρούμενα σωματίδια έως 10 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="85"/>
        <source>Particulate matter up to 2.5 um</source>
        <translation>Αιωρούμενα σωματίδια έως 2,5 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="86"/>
        <source>Air temperature</source>
        <translation>Θερμοκρασία αέρα</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="87"/>
        <source>Wind speed</source>
        <translation>Ταχύτητα ανέμου</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="88"/>
        <source>Start of the hour the values are means of (UTC)</source>
        <translation>Έναρξη της ώρας στην οποία αντιστοιχούν οι μέσες τιμές (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="89"/>
        <source>Measuring station</source>
        <translation>Σταθμός μέτρησης</translation>
    </message>
</context>
<context>
    <name>urbis::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="15"/>
        <source>demo takes no arguments</source>
        <translation>demo: δεν δέχεται ορίσματα</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="16"/>
        <source>usage: urbis demo [--data-dir DIR]</source>
        <translation>χρήση: urbis demo [--data-dir DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="22"/>
        <source>Creating demo</source>
        <translation>Δημιουργία δεδομένων επίδειξης</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34"/>
        <source>%1 demo datasets created, %2 already present in %3</source>
        <translation>Δημιουργήθηκαν %1 σύνολα δεδομένων επίδειξης, %2 υπήρχαν ήδη στο %3</translation>
    </message>
</context>
<context>
    <name>urbis::DemoDistricts</name>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="14"/>
        <source>Name of the city</source>
        <translation>Όνομα της πόλης</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="15"/>
        <source>Name of the district</source>
        <translation>Όνομα της συνοικίας</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="16"/>
        <source>Code of the district</source>
        <translation>Κωδικός της συνοικίας</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="17"/>
        <source>Residents</source>
        <translation>Κάτοικοι</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="18"/>
        <source>Year the residents were counted</source>
        <translation>Έτος καταμέτρησης των κατοίκων</translation>
    </message>
</context>
<context>
    <name>urbis::DemoMonthlyTable</name>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="19"/>
        <source>Name of the city</source>
        <translation>Όνομα της πόλης</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="20"/>
        <source>Name of the district</source>
        <translation>Όνομα της συνοικίας</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="21"/>
        <source>Code of the district</source>
        <translation>Κωδικός της συνοικίας</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="22"/>
        <source>Latitude of the district centre</source>
        <translation>Γεωγραφικό πλάτος του κέντρου της συνοικίας</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="23"/>
        <source>Longitude of the district centre</source>
        <translation>Γεωγραφικό μήκος του κέντρου της συνοικίας</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="24"/>
        <source>First day of the month</source>
        <translation>Πρώτη ημέρα του μήνα</translation>
    </message>
</context>
<context>
    <name>urbis::DemoTrafficCounts</name>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="31"/>
        <source>Counting station</source>
        <translation>Σταθμός καταμέτρησης</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="32"/>
        <source>Road the station counts on</source>
        <translation>Οδός στην οποία μετρά ο σταθμός</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="33"/>
        <source>Latitude of the station</source>
        <translation>Γεωγραφικό πλάτος του σταθμού</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="34"/>
        <source>Longitude of the station</source>
        <translation>Γεωγραφικό μήκος του σταθμού</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="35"/>
        <source>Start of the hour (UTC)</source>
        <translation>Έναρξη της ώρας (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="36"/>
        <source>Vehicles counted in the hour, both directions</source>
        <translation>Οχήματα που καταμετρήθηκαν μέσα στην ώρα, και στις δύο κατευθύνσεις</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="37"/>
        <source>Lorries and buses among them</source>
        <translation>Φορτηγά και λεωφορεία μεταξύ αυτών</translation>
    </message>
</context>
<context>
    <name>urbis::DemoWorkspace</name>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="52"/>
        <source>%1 air quality, January 2023</source>
        <translation>%1 – ποιότητα αέρα, Ιανουάριος 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="53"/>
        <source>Hourly PM10, PM2.5, NO2, CO, temperature, humidity, pressure and wind speed at three stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>Ωριαίες τιμές PM10, PM2.5, NO2, CO, θερμοκρασίας, υγρασίας, πίεσης και ταχύτητας ανέμου σε τρεις σταθμούς της πόλης %1 (συνθετικά δεδομένα επίδειξης στη μορφή του Παραρτήματος B του CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="62"/>
        <source>Monthly electricity consumption of municipal buildings per district, in kWh (synthetic).</source>
        <translation>Μηνιαία κατανάλωση ηλεκτρικής ενέργειας των δημοτικών κτιρίων ανά συνοικία, σε kWh (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="68"/>
        <source>Electricity used by municipal buildings in the month</source>
        <translation>Ηλεκτρική ενέργεια που κατανάλωσαν τα δημοτικά κτίρια μέσα στον μήνα</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="77"/>
        <source>Sofia city-centre traffic counts, January 2023</source>
        <translation>Μετρήσεις κυκλοφορίας στο κέντρο της Σόφιας, Ιανουάριος 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="78"/>
        <source>Hourly vehicle counts at four counting stations on the main roads into the city centre (synthetic).</source>
        <translation>Ωριαίες καταμετρήσεις οχημάτων σε τέσσερις σταθμούς καταμέτρησης στους κύριους δρόμους προς το κέντρο της πόλης (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="87"/>
        <source>Monthly collected and recycled small WEEE and textile waste per district, in tonnes (synthetic).</source>
        <translation>Μηνιαίες ποσότητες μικρών ΑΗΗΕ και κλωστοϋφαντουργικών αποβλήτων που συλλέχθηκαν και ανακυκλώθηκαν ανά συνοικία, σε τόνους (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="91"/>
        <source>Waste collected in the month</source>
        <translation>Απόβλητα που συλλέχθηκαν μέσα στον μήνα</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="92"/>
        <source>Part of it sent to recycling</source>
        <translation>Μέρος τους που στάλθηκε για ανακύκλωση</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="102"/>
        <source>Monthly CO2 emissions estimated per district, in tonnes (synthetic).</source>
        <translation>Μηνιαίες εκτιμώμενες εκπομπές CO2 ανά συνοικία, σε τόνους (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="107"/>
        <source>CO2 emitted in the month</source>
        <translation>CO2 που εκπέμφθηκε μέσα στον μήνα</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="115"/>
        <source>%1 districts 2023</source>
        <translation>%1 – συνοικίες 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="116"/>
        <source>Boundaries of four central districts of %1 with their population (synthetic).</source>
        <translation>Όρια τεσσάρων κεντρικών συνοικιών της πόλης %1 με τον πληθυσμό τους (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="183"/>
        <source>Cannot create the work folder %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου εργασίας %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="186"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία φακέλου εργασίας στο %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="189"/>
        <source>Creating %1</source>
        <translation>Δημιουργία του %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="195"/>
        <source>Cannot write %1</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="225"/>
        <source>The demo dataset &quot;%1&quot; does not pass validation: %2</source>
        <translation>Το σύνολο δεδομένων επίδειξης &quot;%1&quot; δεν περνά την επικύρωση: %2</translation>
    </message>
    <message>
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation type="vanished">Ωριαίες τιμές PM10, PM2.5, NO2, όζοντος, θερμοκρασίας και υγρασίας σε δύο σταθμούς της πόλης %1 (συνθετικά δεδομένα επίδειξης στη μορφή του Παραρτήματος B του CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="61"/>
        <source>Athens building energy consumption 2019-2023</source>
        <translation>Κατανάλωση ενέργειας κτιρίων στην Αθήνα 2019-2023</translation>
    </message>
    <message>
        <source>Monthly electricity consumption of municipal buildings per district (synthetic).</source>
        <translation type="vanished">Μηνιαία κατανάλωση ηλεκτρικής ενέργειας των δημοτικών κτιρίων ανά συνοικία (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <source>Sofia city-centre traffic counts 2019-2023</source>
        <translation type="vanished">Μετρήσεις κυκλοφορίας στο κέντρο της Σόφιας 2019-2023</translation>
    </message>
    <message>
        <source>Monthly mean daily vehicle counts per district of the city centre (synthetic).</source>
        <translation type="vanished">Μηνιαίος μέσος ημερήσιος αριθμός οχημάτων ανά συνοικία του κέντρου της πόλης (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="86"/>
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Συλλογή ΑΗΗΕ και κλωστοϋφαντουργικών αποβλήτων στο Τορίνο 2019-2023</translation>
    </message>
    <message>
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation type="vanished">Μηνιαίες ποσότητες μικρών ΑΗΗΕ και κλωστοϋφαντουργικών αποβλήτων που συλλέχθηκαν ανά συνοικία (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="101"/>
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>Εκπομπές CO2 στο Ντιφερντάνζ 2019-2023</translation>
    </message>
    <message>
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation type="vanished">Μηνιαίες εκτιμώμενες εκπομπές CO2 ανά συνοικία (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="158"/>
        <source>Demo workspace creation cancelled</source>
        <translation>Η δημιουργία του χώρου εργασίας επίδειξης ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="147"/>
        <source>City of %1</source>
        <translation>Δήμος %1</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerDashboardProperties</name>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="36"/>
        <source>open</source>
        <translation>ανοιχτό</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="41"/>
        <source>all cities; or e.g. Athens, Sofia</source>
        <translation>όλες οι πόλεις· ή π.χ. Αθήνα, Σόφια</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="42"/>
        <source>each KPI&apos;s own</source>
        <translation>η χρονική ανάλυση κάθε KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="43"/>
        <source>Day</source>
        <translation>Ημέρα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="44"/>
        <source>Week</source>
        <translation>Εβδομάδα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="45"/>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="46"/>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="47"/>
        <source>all domains</source>
        <translation>όλοι οι τομείς</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="51"/>
        <source>&lt;b&gt;Dashboard&lt;/b&gt;</source>
        <translation>&lt;b&gt;Πίνακας ελέγχου&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="53"/>
        <source>Title:</source>
        <translation>Τίτλος:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="54"/>
        <source>Description:</source>
        <translation>Περιγραφή:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="55"/>
        <source>City:</source>
        <translation>Πόλη:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="56"/>
        <source>&lt;b&gt;Common filters&lt;/b&gt; (applied to every panel)</source>
        <translation>&lt;b&gt;Κοινά φίλτρα&lt;/b&gt; (εφαρμόζονται σε κάθε πλαίσιο)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="59"/>
        <source>Cities:</source>
        <translation>Πόλεις:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="60"/>
        <source>From:</source>
        <translation>Από:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="61"/>
        <source>To:</source>
        <translation>Έως:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="62"/>
        <source>Grain:</source>
        <translation>Χρονική ανάλυση:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="63"/>
        <source>Domain:</source>
        <translation>Τομέας:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="71"/>
        <source>title</source>
        <translation>τίτλος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="76"/>
        <source>description</source>
        <translation>περιγραφή</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="80"/>
        <source>city</source>
        <translation>πόλη</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="84"/>
        <source>cities filter</source>
        <translation>φίλτρο πόλεων</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="88"/>
        <source>start date</source>
        <translation>ημερομηνία έναρξης</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="93"/>
        <source>end date</source>
        <translation>ημερομηνία λήξης</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="97"/>
        <source>grain</source>
        <translation>χρονική ανάλυση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="103"/>
        <source>domain</source>
        <translation>τομέας</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="142"/>
        <source>Change the dashboard %1</source>
        <translation>Αλλαγή ιδιότητας «%1» του πίνακα ελέγχου</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerGrid</name>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="36"/>
        <source>Dashboard layout</source>
        <translation>Διάταξη πίνακα ελέγχου</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="334"/>
        <source>This dashboard has no panels.</source>
        <translation>Αυτός ο πίνακας ελέγχου δεν έχει πλαίσια.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="335"/>
        <source>Drag a KPI or a visualisation from the palette onto the grid.</source>
        <translation>Σύρετε ένα KPI ή μια απεικόνιση από την παλέτα στο πλέγμα.</translation>
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
            <numerusform>+ %n ακόμη KPI</numerusform>
            <numerusform>+ %n ακόμη KPI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPalette</name>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="45"/>
        <source>New KPI…</source>
        <translation>Νέο KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="45"/>
        <source>Define a new KPI for this dashboard (Ctrl+N)</source>
        <translation>Ορισμός νέου KPI για αυτόν τον πίνακα ελέγχου (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="46"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="138"/>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="46"/>
        <source>Edit the selected KPI (Return)</source>
        <translation>Επεξεργασία του επιλεγμένου KPI (Enter)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="47"/>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="47"/>
        <source>Remove the selected KPI from the dashboard and its panels (Delete)</source>
        <translation>Αφαίρεση του επιλεγμένου KPI από τον πίνακα ελέγχου και τα πλαίσιά του (Delete)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="50"/>
        <source>Search KPIs, types, panels…</source>
        <translation>Αναζήτηση KPI, ειδών, πλαισίων…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="52"/>
        <source>Search the palette</source>
        <translation>Αναζήτηση στην παλέτα</translation>
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
        <translation>Απεικονίσεις</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="55"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="72"/>
        <source>Panels</source>
        <translation>Πλαίσια</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="138"/>
        <source>View…</source>
        <translation>Προβολή…</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPaletteModel</name>
    <message>
        <location filename="../widgets/kpi/designerpalettemodel.cpp" line="74"/>
        <source>Drag onto the grid to add a %1 panel</source>
        <translation>Σύρετε στο πλέγμα για να προσθέσετε πλαίσιο %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalettemodel.cpp" line="77"/>
        <source>%1
%2
Drag onto the grid to chart it; double-click to edit.</source>
        <translation>%1
%2
Σύρετε στο πλέγμα για να το απεικονίσετε σε γράφημα· διπλό κλικ για επεξεργασία.</translation>
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
        <translation>%1: στήλη %2, γραμμή %3, %4 × %5 κελιά</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPanelProperties</name>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="27"/>
        <source>auto</source>
        <translation>αυτόματο</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="49"/>
        <source>Filter KPIs…</source>
        <translation>Φιλτράρισμα KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="55"/>
        <source>Trend vs. previous period</source>
        <translation>Τάση σε σχέση με την προηγούμενη περίοδο</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="59"/>
        <source>Choropleth (areas)</source>
        <translation>Χωροπληθής (περιοχές)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="60"/>
        <source>Points</source>
        <translation>Σημεία</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="62"/>
        <source>boundary dataset id or title</source>
        <translation>αναγνωριστικό ή τίτλος συνόλου δεδομένων ορίων</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="68"/>
        <source>default (10)</source>
        <translation>προεπιλογή (10)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="71"/>
        <source>default (500)</source>
        <translation>προεπιλογή (500)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="76"/>
        <source>Title:</source>
        <translation>Τίτλος:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="77"/>
        <source>Type:</source>
        <translation>Είδος:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="78"/>
        <source>KPIs:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="79"/>
        <source>Dimension:</source>
        <translation>Διάσταση:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="81"/>
        <source>Gauge minimum:</source>
        <translation>Ελάχιστο μετρητή:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="82"/>
        <source>Gauge maximum:</source>
        <translation>Μέγιστο μετρητή:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="83"/>
        <source>Map mode:</source>
        <translation>Λειτουργία χάρτη:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="84"/>
        <source>Boundaries:</source>
        <translation>Όρια:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="85"/>
        <source>Join field:</source>
        <translation>Πεδίο ένωσης:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="86"/>
        <source>Latitude field:</source>
        <translation>Πεδίο γεωγραφικού πλάτους:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="87"/>
        <source>Longitude field:</source>
        <translation>Πεδίο γεωγραφικού μήκους:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="88"/>
        <source>Bins:</source>
        <translation>Κλάσεις:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="89"/>
        <source>Row limit:</source>
        <translation>Όριο γραμμών:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="99"/>
        <source>title</source>
        <translation>τίτλος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="103"/>
        <source>type</source>
        <translation>είδος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="113"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="162"/>
        <source>&lt;b&gt;Panel&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Πλαίσιο&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="163"/>
        <source>&lt;b&gt;Panel&lt;/b&gt;&lt;br&gt;Select a panel on the grid, or drag one from the palette.</source>
        <translation>&lt;b&gt;Πλαίσιο&lt;/b&gt;&lt;br&gt;Επιλέξτε ένα πλαίσιο στο πλέγμα ή σύρετε ένα από την παλέτα.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="171"/>
        <source>default: %1</source>
        <translation>προεπιλογή: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="244"/>
        <source>Change the %1 of %2</source>
        <translation>Αλλαγή ιδιότητας «%1» του %2</translation>
    </message>
</context>
<context>
    <name>urbis::Extent</name>
    <message>
        <location filename="../core/geo/extent.cpp" line="67"/>
        <source>Invalid bounding box &quot;%1&quot;: %2</source>
        <translation>Μη έγκυρο πλαίσιο οριοθέτησης &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="70"/>
        <source>expected W,S,E,N</source>
        <translation>αναμενόταν W,S,E,N</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="76"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; δεν είναι αριθμός</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="79"/>
        <source>longitude outside -180..180</source>
        <translation>γεωγραφικό μήκος εκτός του εύρους -180..180</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="81"/>
        <source>latitude outside -90..90</source>
        <translation>γεωγραφικό πλάτος εκτός του εύρους -90..90</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="83"/>
        <source>south is greater than north</source>
        <translation>το νότιο όριο είναι μεγαλύτερο από το βόρειο</translation>
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
        <translation>Δεν είναι δυνατό το άνοιγμα των δεδομένων ενός συνόλου δεδομένων: %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="98"/>
        <source>Cannot read the facts</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των γεγονότων</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="182"/>
        <source>Reading the facts failed</source>
        <translation>Η ανάγνωση των γεγονότων απέτυχε</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="235"/>
        <source>The data of this dataset is not a GeoPackage table: KPIs need tabular facts</source>
        <translation>Τα δεδομένα αυτού του συνόλου δεδομένων δεν είναι πίνακας GeoPackage: τα KPI χρειάζονται γεγονότα σε μορφή πίνακα</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="242"/>
        <source>The GeoPackage holds no table</source>
        <translation>Το GeoPackage δεν περιέχει πίνακα</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="254"/>
        <source>Cannot read the columns of %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των στηλών του %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="272"/>
        <source>Cannot read the facts of table %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των γεγονότων του πίνακα %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="303"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>urbis::FilePage</name>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="26"/>
        <source>table</source>
        <translation>πίνακας</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="27"/>
        <source>vector layer</source>
        <translation>διανυσματικό επίπεδο</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="28"/>
        <source>raster</source>
        <translation>ψηφιδωτό</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="31"/>
        <source>unknown format</source>
        <translation>άγνωστη μορφή</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="38"/>
        <source>Files to import</source>
        <translation>Αρχεία για εισαγωγή</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="39"/>
        <source>Add tables (CSV, JSON, XML), vector layers (GeoJSON, Shapefile, GeoPackage, KML, GML) or rasters (GeoTIFF, PNG, JPEG). You can also drop files here or on the main window.</source>
        <translation>Προσθέστε πίνακες (CSV, JSON, XML), διανυσματικά επίπεδα (GeoJSON, Shapefile, GeoPackage, KML, GML) ή ψηφιδωτά (GeoTIFF, PNG, JPEG). Μπορείτε επίσης να αποθέσετε αρχεία εδώ ή στο κύριο παράθυρο.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="47"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Προσθήκη αρχείων…</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="49"/>
        <source>Choose files to import (%1)</source>
        <translation>Επιλογή αρχείων για εισαγωγή (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="50"/>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="52"/>
        <source>Take the selected files off the list (Del)</source>
        <translation>Αφαίρεση των επιλεγμένων αρχείων από τη λίστα (Del)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="53"/>
        <source>The selected file is previewed and imported next; the others stay in the list.</source>
        <translation>Το επιλεγμένο αρχείο εμφανίζεται σε προεπισκόπηση και εισάγεται στη συνέχεια· τα υπόλοιπα παραμένουν στη λίστα.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="91"/>
        <source>Supported files (%1)</source>
        <translation>Υποστηριζόμενα αρχεία (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92"/>
        <source>Tables (%1)</source>
        <translation>Πίνακες (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92"/>
        <source>Vector layers (%1)</source>
        <translation>Διανυσματικά επίπεδα (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93"/>
        <source>Rasters and photos (%1)</source>
        <translation>Ψηφιδωτά και φωτογραφίες (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93"/>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="150"/>
        <source>Import files</source>
        <translation>Εισαγωγή αρχείων</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintView</name>
    <message>
        <source>(no city)</source>
        <translation type="vanished">(χωρίς πόλη)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>No datasets match the search.</source>
        <translation type="vanished">Κανένα σύνολο δεδομένων δεν ταιριάζει με την αναζήτηση.</translation>
    </message>
    <message>
        <source>Dataset footprints (longitude / latitude); the map view comes later.</source>
        <translation type="vanished">Αποτυπώματα συνόλων δεδομένων (γεωγραφικό μήκος / πλάτος). Η προβολή χάρτη θα προστεθεί αργότερα.</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintsLayer</name>
    <message>
        <location filename="../core/map/footprintslayer.h" line="25"/>
        <source>Dataset footprints</source>
        <translation>Αποτυπώματα συνόλων δεδομένων</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaCheck</name>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="78"/>
        <source>cannot %1 values in %2 and in %3</source>
        <translation>δεν είναι δυνατή η %1 τιμών σε %2 και σε %3</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="79"/>
        <source>add</source>
        <translation>πρόσθεση</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="79"/>
        <source>subtract</source>
        <translation>αφαίρεση</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="104"/>
        <source>the KPI has no default source</source>
        <translation>το KPI δεν έχει προεπιλεγμένη πηγή</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="105"/>
        <source>no source is called &quot;%1&quot;; sources: %2</source>
        <translation>καμία πηγή δεν ονομάζεται &quot;%1&quot;· πηγές: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="115"/>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (μήπως εννοούσατε &quot;%1&quot;;)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="116"/>
        <source>unknown field &quot;%1&quot;%2</source>
        <translation>άγνωστο πεδίο &quot;%1&quot;%2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="141"/>
        <source>&quot;%1&quot; is a %2 field: only count() and count_distinct() take it</source>
        <translation>το &quot;%1&quot; είναι πεδίο τύπου %2: μόνο οι count() και count_distinct() το δέχονται</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="155"/>
        <source>one aggregate reads one source: combine sources with arithmetic between aggregates</source>
        <translation>μια συνάρτηση συνάθροισης διαβάζει μία πηγή: συνδυάστε πηγές με αριθμητικές πράξεις μεταξύ συναρτήσεων συνάθροισης</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="197"/>
        <source>the formula is empty</source>
        <translation>ο τύπος είναι κενός</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="208"/>
        <source>the formula reads no data: use an aggregate such as avg(field)</source>
        <translation>ο τύπος δεν διαβάζει δεδομένα: χρησιμοποιήστε μια συνάρτηση συνάθροισης όπως avg(field)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="215"/>
        <source>the formula gives values in %1 but the KPI&apos;s unit is %2</source>
        <translation>ο τύπος δίνει τιμές σε %1 αλλά η μονάδα του KPI είναι %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="232"/>
        <source>Mean of the field&apos;s values in the period</source>
        <translation>Μέσος όρος των τιμών του πεδίου στην περίοδο</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="233"/>
        <source>Total of the field&apos;s values</source>
        <translation>Άθροισμα των τιμών του πεδίου</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="234"/>
        <source>Smallest value</source>
        <translation>Μικρότερη τιμή</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="235"/>
        <source>Largest value</source>
        <translation>Μεγαλύτερη τιμή</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="236"/>
        <source>Number of rows; count(field) counts rows where the field has a value</source>
        <translation>Πλήθος γραμμών· το count(field) μετρά τις γραμμές όπου το πεδίο έχει τιμή</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="237"/>
        <source>Number of different values</source>
        <translation>Πλήθος διαφορετικών τιμών</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="238"/>
        <source>Middle value</source>
        <translation>Διάμεση τιμή</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="239"/>
        <source>Value below which the given percentage of values fall</source>
        <translation>Τιμή κάτω από την οποία βρίσκεται το δεδομένο ποσοστό των τιμών</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="240"/>
        <source>The expression&apos;s value in the previous period</source>
        <translation>Η τιμή της έκφρασης στην προηγούμενη περίοδο</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="241"/>
        <source>The expression&apos;s value in the same period a year earlier</source>
        <translation>Η τιμή της έκφρασης στην ίδια περίοδο ένα έτος νωρίτερα</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="242"/>
        <source>Change in % against the previous period</source>
        <translation>Μεταβολή σε % σε σχέση με την προηγούμενη περίοδο</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="243"/>
        <source>Change in % against the same period last year</source>
        <translation>Μεταβολή σε % σε σχέση με την ίδια περίοδο του προηγούμενου έτους</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaEdit</name>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="65"/>
        <source>e.g. sum(recycled) / sum(collected)  —  Ctrl+Space completes</source>
        <translation>π.χ. sum(recycled) / sum(collected)  —  Ctrl+Space για συμπλήρωση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="66"/>
        <source>Formula</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="71"/>
        <source>Formula check</source>
        <translation>Έλεγχος τύπου</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="166"/>
        <source>keyword</source>
        <translation>λέξη-κλειδί</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="300"/>
        <source>Type a formula; Ctrl+Space lists fields and functions.</source>
        <translation>Πληκτρολογήστε έναν τύπο· το Ctrl+Space εμφανίζει πεδία και συναρτήσεις.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="301"/>
        <source>Formula OK</source>
        <translation>Ο τύπος είναι σωστός</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="302"/>
        <source>Formula OK — result unit: %1</source>
        <translation>Ο τύπος είναι σωστός — μονάδα αποτελέσματος: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/formulaedit.cpp" line="307"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n σφάλμα</numerusform>
            <numerusform>%n σφάλματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/formulaedit.cpp" line="307"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n προειδοποίηση</numerusform>
            <numerusform>%n προειδοποιήσεις</numerusform>
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
        <translation>Το &quot;%1&quot; δεν είναι αριθμός</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="81"/>
        <source>text is not closed: a &apos; is missing</source>
        <translation>το κείμενο δεν έχει κλείσει: λείπει ένα &apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="81"/>
        <source>name is not closed: a &quot; is missing</source>
        <translation>το όνομα δεν έχει κλείσει: λείπει ένα &quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="107"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>μη αναμενόμενος χαρακτήρας &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaParser</name>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="66"/>
        <source>unexpected &quot;%1&quot; after the end of the formula</source>
        <translation>μη αναμενόμενο &quot;%1&quot; μετά το τέλος του τύπου</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="95"/>
        <source>%1 expected at the end</source>
        <translation>αναμενόταν %1 στο τέλος</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="95"/>
        <source>%1 expected, found &quot;%2&quot;</source>
        <translation>αναμενόταν %1, βρέθηκε &quot;%2&quot;</translation>
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
        <translation>Το &quot;%1&quot; είναι συνάρτηση: γράψτε %1(…)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="186"/>
        <source>&quot;%1&quot; must be inside an aggregate such as avg(%1) or sum(%1)</source>
        <translation>Το &quot;%1&quot; πρέπει να βρίσκεται μέσα σε συνάρτηση συνάθροισης όπως avg(%1) ή sum(%1)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="189"/>
        <source>the field &quot;%1&quot; must be inside an aggregate such as avg(…)</source>
        <translation>το πεδίο &quot;%1&quot; πρέπει να βρίσκεται μέσα σε συνάρτηση συνάθροισης όπως avg(…)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="192"/>
        <source>the formula ends too early: a value is missing</source>
        <translation>ο τύπος τελειώνει πολύ νωρίς: λείπει μια τιμή</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="195"/>
        <source>a number, an aggregate or &apos;(&apos; expected, found &quot;%1&quot;</source>
        <translation>αναμενόταν αριθμός, συνάρτηση συνάθροισης ή &apos;(&apos;, βρέθηκε &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="204"/>
        <source>unknown function &quot;%1&quot;</source>
        <translation>άγνωστη συνάρτηση &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="218"/>
        <source>only count(*) takes &apos;*&apos;</source>
        <translation>μόνο η count(*) δέχεται &apos;*&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="224"/>
        <source>%1() needs a field, e.g. %1(pm10)</source>
        <translation>η %1() χρειάζεται πεδίο, π.χ. %1(pm10)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="234"/>
        <source>&apos;,&apos; and the percentile (0–100)</source>
        <translation>&apos;,&apos; και το εκατοστημόριο (0–100)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="238"/>
        <source>the percentile must be a number from 0 to 100</source>
        <translation>το εκατοστημόριο πρέπει να είναι αριθμός από 0 έως 100</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="295"/>
        <source>aggregates cannot be nested: %1(…) inside an aggregate</source>
        <translation>οι συναρτήσεις συνάθροισης δεν μπορούν να είναι εμφωλευμένες: %1(…) μέσα σε συνάρτηση συνάθροισης</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="305"/>
        <source>a field name expected at the end</source>
        <translation>αναμενόταν όνομα πεδίου στο τέλος</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="305"/>
        <source>a field name expected, found &quot;%1&quot;</source>
        <translation>αναμενόταν όνομα πεδίου, βρέθηκε &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="314"/>
        <source>a field name expected after &quot;%1.&quot;</source>
        <translation>αναμενόταν όνομα πεδίου μετά το &quot;%1.&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="365"/>
        <source>&quot;%1&quot; is a field name; text values take single quotes: &apos;%1&apos;</source>
        <translation>Το &quot;%1&quot; είναι όνομα πεδίου· οι τιμές κειμένου γράφονται σε απλά εισαγωγικά: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="366"/>
        <source>a number or a &apos;text&apos; value expected, found &quot;%1&quot;</source>
        <translation>αναμενόταν αριθμός ή τιμή &apos;κειμένου&apos;, βρέθηκε &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="387"/>
        <source>&apos;(&apos; and a list of values</source>
        <translation>&apos;(&apos; και μια λίστα τιμών</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="405"/>
        <source>&quot;null&quot; expected after &quot;is&quot;</source>
        <translation>αναμενόταν &quot;null&quot; μετά το &quot;is&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="409"/>
        <source>a comparison (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, is null) expected after &quot;%1&quot;</source>
        <translation>αναμενόταν σύγκριση (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, is null) μετά το &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaSql</name>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="14"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>άγνωστο πεδίο &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="55"/>
        <source>unknown comparison &quot;%1&quot;</source>
        <translation>άγνωστη σύγκριση &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="96"/>
        <source>aggregates and time shifts cannot be used inside a row expression</source>
        <translation>οι συναρτήσεις συνάθροισης και οι χρονικές μετατοπίσεις δεν μπορούν να χρησιμοποιηθούν μέσα σε έκφραση γραμμής</translation>
    </message>
</context>
<context>
    <name>urbis::GpkgWriter</name>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="367"/>
        <source>The GeoPackage %1 exists already</source>
        <translation>Το GeoPackage %1 υπάρχει ήδη</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="374"/>
        <source>This GDAL has no GeoPackage driver</source>
        <translation>Αυτή η έκδοση του GDAL δεν διαθέτει πρόγραμμα οδήγησης GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="384"/>
        <source>Cannot create the GeoPackage %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του GeoPackage %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="393"/>
        <source>Unknown coordinate reference system &quot;%1&quot;</source>
        <translation>Άγνωστο σύστημα αναφοράς συντεταγμένων &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="413"/>
        <source>Cannot create the layer %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του επιπέδου %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="435"/>
        <source>Cannot create the column &quot;%1&quot;</source>
        <translation>Δεν είναι δυνατή η δημιουργία της στήλης &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="442"/>
        <source>Cannot start writing the GeoPackage</source>
        <translation>Δεν είναι δυνατή η έναρξη της εγγραφής στο GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="456"/>
        <source>Cannot write row %1 to the GeoPackage</source>
        <translation>Δεν είναι δυνατή η εγγραφή της γραμμής %1 στο GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="467"/>
        <source>Cannot save the GeoPackage</source>
        <translation>Δεν είναι δυνατή η αποθήκευση του GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="470"/>
        <source>Building the spatial index</source>
        <translation>Δημιουργία του χωρικού ευρετηρίου</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="188"/>
        <location filename="../core/ingest/gpkgwriter.cpp" line="210"/>
        <source>Cannot build the spatial index</source>
        <translation>Δεν είναι δυνατή η δημιουργία του χωρικού ευρετηρίου</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="122"/>
        <location filename="../core/ingest/gpkgwriter.cpp" line="142"/>
        <source>Cannot prepare the spatial index</source>
        <translation>Δεν είναι δυνατή η προετοιμασία του χωρικού ευρετηρίου</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="150"/>
        <source>GDAL created the spatial index %1 without triggers</source>
        <translation>Το GDAL δημιούργησε το χωρικό ευρετήριο %1 χωρίς εναύσματα (triggers)</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="481"/>
        <source>Cannot close the GeoPackage</source>
        <translation>Δεν είναι δυνατό το κλείσιμο του GeoPackage</translation>
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
        <translation>χρήση: urbis import FILE... [--title T] [--city C] [--domain D] [--schema SCHEMA.json] [--allow-invalid]
                    [--description T] [--license L] [--source S] [--layer NAME] [--new-version] [--allow-duplicate]
Επικυρώνει, κανονικοποιεί (GeoPackage ή GeoTIFF με πλακίδια) και αποθηκεύει κάθε αρχείο μαζί με το πρωτότυπο και την
αναφορά επικύρωσής του· εμφανίζει τα αναγνωριστικά των νέων συνόλων δεδομένων. Δεδομένα με σφάλματα απορρίπτονται, εκτός αν δοθεί --allow-invalid.
Ένα αρχείο που έχει ήδη εισαχθεί (ίδια byte) δεν αποθηκεύεται δύο φορές· το --new-version προσθέτει το αρχείο ως την επόμενη
έκδοση του πιο πρόσφατου συνόλου δεδομένων με τον ίδιο τίτλο.
κωδικοί εξόδου: 0 εισήχθη (ή υπήρχε ήδη), 1 απορρίφθηκε (μη έγκυρα δεδομένα), 2 σφάλμα χρήσης ή μη αναγνώσιμη είσοδος, 3 αποτυχία I/O</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="50"/>
        <source>import needs at least one file</source>
        <translation>το import χρειάζεται τουλάχιστον ένα αρχείο</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="61"/>
        <source>Unknown domain &quot;%1&quot;; one of: %2</source>
        <translation>Άγνωστος τομέας &quot;%1&quot;· επιτρέπονται: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="79"/>
        <source>Cannot read %1: no such file</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: το αρχείο δεν υπάρχει</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="102"/>
        <source>Importing %1</source>
        <translation>Εισαγωγή του %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="152"/>
        <source>%1: already imported as %2 (&quot;%3&quot;, same sha256); nothing stored</source>
        <translation>%1: έχει ήδη εισαχθεί ως %2 (&quot;%3&quot;, ίδιο sha256)· δεν αποθηκεύτηκε τίποτα</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="160"/>
        <source>, row %1</source>
        <translation>, γραμμή %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="162"/>
        <source>, column %1</source>
        <translation>, στήλη %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="166"/>
        <source>... and %1 more errors (urbis validate %2 --json lists all)</source>
        <translation>... και %1 ακόμη σφάλματα (το urbis validate %2 --json τα εμφανίζει όλα)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="167"/>
        <source>%1: not imported: %2 errors. Fix the file, or use --allow-invalid to store it with its report.</source>
        <translation>%1: δεν εισήχθη: %2 σφάλματα. Διορθώστε το αρχείο ή χρησιμοποιήστε --allow-invalid για να αποθηκευτεί μαζί με την αναφορά του.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="173"/>
        <source>%1: imported as &quot;%2&quot; (%3 rows, %4 fields, %5)</source>
        <translation>%1: εισήχθη ως &quot;%2&quot; (%3 γραμμές, %4 πεδία, %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="178"/>
        <source>  column types were inferred from a sample of the rows</source>
        <translation>  οι τύποι των στηλών προέκυψαν από δείγμα των γραμμών</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="180"/>
        <source>  %1 findings kept in the validation report (urbis catalog show %2)</source>
        <translation>  %1 ευρήματα διατηρούνται στην αναφορά επικύρωσης (urbis catalog show %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="182"/>
        <source>  note: dataset %1 has the same title; use --new-version to add files as its next version</source>
        <translation>  σημείωση: το σύνολο δεδομένων %1 έχει τον ίδιο τίτλο· χρησιμοποιήστε --new-version για να προσθέσετε αρχεία ως επόμενη έκδοσή του</translation>
    </message>
</context>
<context>
    <name>urbis::ImportJob</name>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="80"/>
        <source>Cannot read %1: no such file</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: το αρχείο δεν υπάρχει</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="82"/>
        <source>Copying %1</source>
        <translation>Αντιγραφή του %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="109"/>
        <source>Cannot create the work folder %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου εργασίας %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="112"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία φακέλου εργασίας στο %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="140"/>
        <source>Detecting column types</source>
        <translation>Ανίχνευση τύπων στηλών</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="144"/>
        <location filename="../core/ingest/importjob.cpp" line="166"/>
        <location filename="../core/ingest/importjob.cpp" line="226"/>
        <source>Import cancelled</source>
        <translation>Η εισαγωγή ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="156"/>
        <source>Validating and converting</source>
        <translation>Επικύρωση και μετατροπή</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="178"/>
        <source>Building the spatial index</source>
        <translation>Δημιουργία του χωρικού ευρετηρίου</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="208"/>
        <source>The raster is not georeferenced: it cannot be placed on the map</source>
        <translation>Το ψηφιδωτό δεν είναι γεωαναφερμένο: δεν μπορεί να τοποθετηθεί στον χάρτη</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="213"/>
        <source>Converting to tiled GeoTIFF</source>
        <translation>Μετατροπή σε GeoTIFF με πλακίδια</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="228"/>
        <source>Storing</source>
        <translation>Αποθήκευση</translation>
    </message>
</context>
<context>
    <name>urbis::ImportPage</name>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="24"/>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="25"/>
        <source>The file is converted, stored with its original and its validation report, and added to the catalog.</source>
        <translation>Το αρχείο μετατρέπεται, αποθηκεύεται μαζί με το πρωτότυπο και την αναφορά επικύρωσής του και προστίθεται στον κατάλογο.</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="33"/>
        <source>Import the &amp;next file</source>
        <translation>Εισαγωγή του &amp;επόμενου αρχείου</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="90"/>
        <source>Importing %1</source>
        <translation>Εισαγωγή του %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="123"/>
        <source>&lt;p&gt;&lt;b&gt;%1 was not imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Go back to change the settings and try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Το %1 δεν εισήχθη.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Επιστρέψτε για να αλλάξετε τις ρυθμίσεις και δοκιμάστε ξανά.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="131"/>
        <source>&lt;p style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 is in the catalog as &lt;b&gt;%2&lt;/b&gt;: %3 rows, %4 fields, %5.&lt;/p&gt;&lt;p&gt;Dataset id: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Εισήχθη&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Το %1 βρίσκεται στον κατάλογο ως &lt;b&gt;%2&lt;/b&gt;: %3 γραμμές, %4 πεδία, %5.&lt;/p&gt;&lt;p&gt;Αναγνωριστικό συνόλου δεδομένων: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="138"/>
        <source>&lt;p&gt;It is the new version of dataset &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Είναι η νέα έκδοση του συνόλου δεδομένων &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="140"/>
        <source>&lt;p&gt;%n finding(s) are kept in its validation report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n εύρημα διατηρείται στην αναφορά επικύρωσής του.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n ευρήματα διατηρούνται στην αναφορά επικύρωσής του.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="142"/>
        <source>&lt;p&gt;Note: dataset &lt;tt&gt;%1&lt;/tt&gt; has the same title. Next time, tick &quot;Add as a new version&quot; on the report page to chain them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Σημείωση: το σύνολο δεδομένων &lt;tt&gt;%1&lt;/tt&gt; έχει τον ίδιο τίτλο. Την επόμενη φορά, επιλέξτε &quot;Προσθήκη ως νέας έκδοσης&quot; στη σελίδα της αναφοράς για να συνδεθούν.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="146"/>
        <source>&lt;p style=&apos;color:#b26a00; font-size:large&apos;&gt;&lt;b&gt;Already in the catalog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The same file (same bytes) was imported before as &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Nothing was stored.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b26a00; font-size:large&apos;&gt;&lt;b&gt;Υπάρχει ήδη στον κατάλογο&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Το ίδιο αρχείο (ίδια byte) εισήχθη προηγουμένως ως &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Δεν αποθηκεύτηκε τίποτα.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="151"/>
        <source>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Not imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 has %n error(s). Go back to the report, fix the schema, or tick &quot;Import even with errors&quot; to store it with its report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Δεν εισήχθη&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Το %1 έχει %n σφάλμα. Επιστρέψτε στην αναφορά, διορθώστε το σχήμα ή επιλέξτε &quot;Εισαγωγή ακόμη και με σφάλματα&quot; για να αποθηκευτεί μαζί με την αναφορά του.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Δεν εισήχθη&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Το %1 έχει %n σφάλματα. Επιστρέψτε στην αναφορά, διορθώστε το σχήμα ή επιλέξτε &quot;Εισαγωγή ακόμη και με σφάλματα&quot; για να αποθηκευτεί μαζί με την αναφορά του.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="160"/>
        <source>&lt;p&gt;%n more file(s) waiting in the list.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n ακόμη αρχείο αναμένει στη λίστα.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n ακόμη αρχεία αναμένουν στη λίστα.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ImportPreview</name>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="16"/>
        <source>Reading %1</source>
        <translation>Ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="42"/>
        <source>Reading the preview was cancelled</source>
        <translation>Η ανάγνωση της προεπισκόπησης ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>urbis::ImportWizard</name>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="23"/>
        <source>Import data</source>
        <translation>Εισαγωγή δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="27"/>
        <location filename="../widgets/import/importwizard.cpp" line="39"/>
        <source>&amp;Import</source>
        <translation>&amp;Εισαγωγή</translation>
    </message>
</context>
<context>
    <name>urbis::IngestPass</name>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="86"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="91"/>
        <source>Reading stopped at row %1: %2</source>
        <translation>Η ανάγνωση σταμάτησε στη γραμμή %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="108"/>
        <source>The source is empty</source>
        <translation>Η πηγή είναι κενή</translation>
    </message>
</context>
<context>
    <name>urbis::JsonSource</name>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="132"/>
        <source>Row %1: %2</source>
        <translation>Γραμμή %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="148"/>
        <source>Cannot read %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="183"/>
        <source>Row %1 is longer than %2 bytes</source>
        <translation>Η γραμμή %1 υπερβαίνει τα %2 byte</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="192"/>
        <source>the JSON text ends inside a value (truncated file?)</source>
        <translation>το κείμενο JSON τελειώνει μέσα σε μια τιμή (περικομμένο αρχείο;)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="239"/>
        <source>the JSON text ends too early</source>
        <translation>το κείμενο JSON τελειώνει πρόωρα</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="273"/>
        <location filename="../core/ingest/jsonsource.cpp" line="281"/>
        <source>invalid JSON</source>
        <translation>μη έγκυρο JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="299"/>
        <source>%1 is GeoJSON; it is read as vector data</source>
        <translation>Το %1 είναι GeoJSON· διαβάζεται ως διανυσματικά δεδομένα</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="314"/>
        <source>Cannot open %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="331"/>
        <source>%1 is not UTF-8 text (JSON must be UTF-8)</source>
        <translation>Το %1 δεν είναι κείμενο UTF-8 (το JSON πρέπει να είναι UTF-8)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="337"/>
        <source>%1 holds no JSON</source>
        <translation>Το %1 δεν περιέχει JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="350"/>
        <source>%1 is not a JSON array or object</source>
        <translation>Το %1 δεν είναι πίνακας (array) ή αντικείμενο JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="375"/>
        <source>the file holds a second array of objects (&quot;%1&quot; after &quot;%2&quot;)</source>
        <translation>το αρχείο περιέχει δεύτερο πίνακα αντικειμένων (&quot;%1&quot; μετά το &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="382"/>
        <source>unexpected data after the end of the JSON text</source>
        <translation>μη αναμενόμενα δεδομένα μετά το τέλος του κειμένου JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="394"/>
        <source>the JSON array is never closed (truncated file?)</source>
        <translation>ο πίνακας JSON δεν κλείνει ποτέ (περικομμένο αρχείο;)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="405"/>
        <source>invalid JSON: expected &apos;,&apos; or &apos;]&apos; between records</source>
        <translation>μη έγκυρο JSON: αναμενόταν &apos;,&apos; ή &apos;]&apos; μεταξύ των εγγραφών</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="412"/>
        <source>the record is not a JSON object</source>
        <translation>η εγγραφή δεν είναι αντικείμενο JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="430"/>
        <source>Row %1 is not valid UTF-8 text</source>
        <translation>Η γραμμή %1 δεν είναι έγκυρο κείμενο UTF-8</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="432"/>
        <source>Row %1: invalid JSON: %2</source>
        <translation>Γραμμή %1: μη έγκυρο JSON: %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiCategory</name>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="19"/>
        <source>SC1 – Solid waste</source>
        <translation>SC1 – Στερεά απόβλητα</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="20"/>
        <source>SC2 – Water</source>
        <translation>SC2 – Νερό</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="21"/>
        <source>SC3 – Energy</source>
        <translation>SC3 – Ενέργεια</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="22"/>
        <source>SC4 – Soil</source>
        <translation>SC4 – Έδαφος</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="23"/>
        <source>SC5 – Air</source>
        <translation>SC5 – Αέρας</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="24"/>
        <source>EC1 – Carbon sequestration and storage</source>
        <translation>EC1 – Δέσμευση και αποθήκευση άνθρακα</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="25"/>
        <source>EC2 – Air purification</source>
        <translation>EC2 – Καθαρισμός του αέρα</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="26"/>
        <source>EC3 – Habitat quality</source>
        <translation>EC3 – Ποιότητα οικοτόπων</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="27"/>
        <source>EC4 – Cooling capacity</source>
        <translation>EC4 – Ικανότητα ψύξης</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="28"/>
        <source>EC5 – Water regulation (urban flood risk mitigation)</source>
        <translation>EC5 – Ρύθμιση υδάτων (μετριασμός του κινδύνου αστικών πλημμυρών)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="29"/>
        <source>Action assessment</source>
        <translation>Αξιολόγηση δράσεων</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="30"/>
        <source>Governance</source>
        <translation>Διακυβέρνηση</translation>
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
        <translation>χρήση: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  υπολογίζει τα KPI του FILE ({&quot;kpis&quot;: [...]} ή αποθηκευμένος πίνακας ελέγχου) στα σύνολα δεδομένων του χώρου εργασίας
  --city C    μόνο σύνολα δεδομένων αυτής της πόλης (επαναλάβετε για περισσότερες)
  --from T    πρώτη περίοδος, ISO: 2023, 2023-01, 2023-01-31 ή ημερομηνία-ώρα
  --to T      τελευταία περίοδος, ίδιες μορφές
  --grain G   αντικαθιστά τη χρονική ανάλυση κάθε KPI
  --ngsi-ld   εμφανίζει τις τιμές ως οντότητες NGSI-LD KeyPerformanceIndicator (πίνακας JSON)
  τύποι: βλ. docs/kpi-formulas.md</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="58"/>
        <source>kpi needs &quot;eval&quot; and one FILE.json</source>
        <translation>Το kpi χρειάζεται &quot;eval&quot; και ένα FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="61"/>
        <source>Cannot read %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="65"/>
        <source>%1 is not a JSON object: %2 at byte %3</source>
        <translation>Το %1 δεν είναι αντικείμενο JSON: %2 στο byte %3</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="69"/>
        <source>%1 has no &quot;kpis&quot; array</source>
        <translation>Το %1 δεν έχει πίνακα (array) &quot;kpis&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="96"/>
        <source>--grain must be day, week, month or year</source>
        <translation>Το --grain πρέπει να είναι day, week, month ή year</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/kpicommand.cpp" line="105"/>
        <source>Evaluating %n KPI(s)</source>
        <translation>
            <numerusform>Υπολογισμός %n KPI</numerusform>
            <numerusform>Υπολογισμός %n KPI</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="129"/>
        <source>no unit</source>
        <translation>χωρίς μονάδα</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="131"/>
        <source>no values for these filters</source>
        <translation>καμία τιμή για αυτά τα φίλτρα</translation>
    </message>
</context>
<context>
    <name>urbis::KpiDefinition</name>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="99"/>
        <source>KPI &quot;%1&quot;: every entry of &quot;sources&quot; must be an object</source>
        <translation>KPI &quot;%1&quot;: κάθε καταχώριση του &quot;sources&quot; πρέπει να είναι αντικείμενο</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="105"/>
        <source>KPI &quot;%1&quot;: grain must be day, week, month or year, not &quot;%2&quot;</source>
        <translation>KPI &quot;%1&quot;: το grain πρέπει να είναι day, week, month ή year, όχι &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="123"/>
        <source>KPI &quot;%1&quot;: direction must be &quot;lower&quot; or &quot;higher&quot;, not &quot;%2&quot;</source>
        <translation>KPI &quot;%1&quot;: το direction πρέπει να είναι &quot;lower&quot; ή &quot;higher&quot;, όχι &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="127"/>
        <source>KPI &quot;%1&quot;: thresholds must be numbers</source>
        <translation>KPI &quot;%1&quot;: τα κατώφλια πρέπει να είναι αριθμοί</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="133"/>
        <source>KPI &quot;%1&quot;: divisionByZero must be &quot;null&quot; or &quot;error&quot;</source>
        <translation>KPI &quot;%1&quot;: το divisionByZero πρέπει να είναι &quot;null&quot; ή &quot;error&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="145"/>
        <source>KPI id &quot;%1&quot; may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Το αναγνωριστικό KPI &quot;%1&quot; μπορεί να περιέχει μόνο γράμματα, ψηφία, &apos;.&apos;, &apos;_&apos; και &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="147"/>
        <source>KPI &quot;%1&quot; has no formula</source>
        <translation>Το KPI &quot;%1&quot; δεν έχει τύπο</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="149"/>
        <source>KPI &quot;%1&quot; names no dataset: give &quot;dataset&quot; or &quot;sources&quot;</source>
        <translation>Το KPI &quot;%1&quot; δεν ορίζει σύνολο δεδομένων: δώστε &quot;dataset&quot; ή &quot;sources&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="154"/>
        <source>KPI &quot;%1&quot;: source %2 names neither datasets nor a domain</source>
        <translation>KPI &quot;%1&quot;: η πηγή %2 δεν ορίζει ούτε σύνολα δεδομένων ούτε τομέα</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="156"/>
        <source>KPI &quot;%1&quot;: source %2 needs an alias of lower-case letters, digits and &apos;_&apos;</source>
        <translation>KPI &quot;%1&quot;: η πηγή %2 χρειάζεται ψευδώνυμο από πεζά γράμματα, ψηφία και &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="158"/>
        <source>KPI &quot;%1&quot;: the alias &quot;%2&quot; is used twice</source>
        <translation>KPI &quot;%1&quot;: το ψευδώνυμο &quot;%2&quot; χρησιμοποιείται δύο φορές</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="163"/>
        <source>KPI &quot;%1&quot;: thresholds must be in ascending order</source>
        <translation>KPI &quot;%1&quot;: τα κατώφλια πρέπει να είναι σε αύξουσα σειρά</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="165"/>
        <source>KPI &quot;%1&quot;: unknown category &quot;%2&quot; (expected one of %3)</source>
        <translation>KPI &quot;%1&quot;: άγνωστη κατηγορία &quot;%2&quot; (αναμενόταν μία από τις: %3)</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEditor</name>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="66"/>
        <source>Validation</source>
        <translation>Επικύρωση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="100"/>
        <source>Indicator</source>
        <translation>Δείκτης</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="103"/>
        <source>letters, digits, . _ - e.g. pm10-monthly</source>
        <translation>γράμματα, ψηφία, . _ - π.χ. pm10-monthly</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="109"/>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="113"/>
        <source>(not classified)</source>
        <translation>(χωρίς κατηγοριοποίηση)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="117"/>
        <source>e.g. µg/m3, kWh, %</source>
        <translation>π.χ. µg/m3, kWh, %</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="120"/>
        <source>&amp;Id:</source>
        <translation>&amp;Αναγνωριστικό:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="121"/>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="122"/>
        <source>Description:</source>
        <translation>Περιγραφή:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="123"/>
        <source>Do&amp;main:</source>
        <translation>Το&amp;μέας:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="124"/>
        <source>&amp;Category:</source>
        <translation>&amp;Κατηγορία:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="125"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Μονάδα:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="139"/>
        <source>Data</source>
        <translation>Δεδομένα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="143"/>
        <source>Day</source>
        <translation>Ημέρα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="144"/>
        <source>Week</source>
        <translation>Εβδομάδα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="145"/>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="146"/>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="151"/>
        <source>Fields of the default source to group by; drag to reorder.</source>
        <translation>Πεδία της προεπιλεγμένης πηγής για ομαδοποίηση· σύρετε για αναδιάταξη.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="153"/>
        <source>Filter fields…</source>
        <translation>Φιλτράρισμα πεδίων…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="164"/>
        <source>Sources:</source>
        <translation>Πηγές:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="166"/>
        <source>&amp;Formula:</source>
        <translation>&amp;Τύπος:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="167"/>
        <source>&amp;Grain:</source>
        <translation>&amp;Χρονική ανάλυση:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="171"/>
        <source>Dimensions:</source>
        <translation>Διαστάσεις:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="208"/>
        <location filename="../widgets/kpi/kpieditor.cpp" line="288"/>
        <source>Reading the sources&apos; fields…</source>
        <translation>Ανάγνωση των πεδίων των πηγών…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="255"/>
        <source>Another KPI of this dashboard already has the id “%1”.</source>
        <translation>Ένα άλλο KPI αυτού του πίνακα ελέγχου έχει ήδη το αναγνωριστικό «%1».</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="258"/>
        <source>Formula: %1</source>
        <translation>Τύπος: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="270"/>
        <source>Sources: %1</source>
        <translation>Πηγές: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="290"/>
        <source>The preview runs once the definition is valid.</source>
        <translation>Η προεπισκόπηση εκτελείται μόλις ο ορισμός γίνει έγκυρος.</translation>
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
        <translation>Διατήρηση αυτού του ορισμού (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditordialog.cpp" line="39"/>
        <source>New KPI</source>
        <translation>Νέο KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditordialog.cpp" line="40"/>
        <source>KPI “%1”</source>
        <translation>KPI «%1»</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEngine</name>
    <message>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation type="vanished">Κανένα σύνολο δεδομένων δεν έχει το αναγνωριστικό ή τον ακριβή τίτλο &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="66"/>
        <source>KPI &quot;%1&quot;: %2 (at character %3 of the formula)</source>
        <translation>KPI &quot;%1&quot;: %2 (στον χαρακτήρα %3 του τύπου)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="76"/>
        <source>KPI &quot;%1&quot;: no dataset matches its source &quot;%2&quot; (domain %3, fields %4)</source>
        <translation>KPI &quot;%1&quot;: κανένα σύνολο δεδομένων δεν αντιστοιχεί στην πηγή του &quot;%2&quot; (τομέας %3, πεδία %4)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="77"/>
        <source>default</source>
        <translation>προεπιλογή</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="104"/>
        <source>The data of &quot;%1&quot; is not on this computer: download it first</source>
        <translation>Τα δεδομένα του &quot;%1&quot; δεν βρίσκονται σε αυτόν τον υπολογιστή: κάντε πρώτα λήψη τους</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="106"/>
        <location filename="../core/kpi/kpiengine.cpp" line="148"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="150"/>
        <source>Evaluating %1</source>
        <translation>Υπολογισμός %1</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEvaluationTask</name>
    <message numerus="yes">
        <location filename="../core/kpi/kpievaluationtask.cpp" line="13"/>
        <source>Evaluating %n KPI(s)</source>
        <translation>
            <numerusform>Υπολογισμός %n KPI</numerusform>
            <numerusform>Υπολογισμός %n KPI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiEvaluator</name>
    <message>
        <location filename="../core/kpi/kpievaluator.cpp" line="24"/>
        <source>KPI &quot;%1&quot;: division by zero in period %2</source>
        <translation>KPI &quot;%1&quot;: διαίρεση με το μηδέν στην περίοδο %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiFiware</name>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="56"/>
        <source>text</source>
        <translation>κείμενο</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="65"/>
        <source>a number</source>
        <translation>αριθμός</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="72"/>
        <source>a list</source>
        <translation>λίστα</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="78"/>
        <source>attribute &quot;%1&quot; must be %2</source>
        <translation>το χαρακτηριστικό &quot;%1&quot; πρέπει να είναι %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="210"/>
        <source>NGSI-LD entity &quot;%1&quot;: %2</source>
        <translation>Οντότητα NGSI-LD &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="215"/>
        <source>type must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>ο τύπος πρέπει να είναι &quot;%1&quot;, όχι &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="217"/>
        <source>the id must start with &quot;%1&quot;</source>
        <translation>το αναγνωριστικό πρέπει να ξεκινά με &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="228"/>
        <source>a list of text</source>
        <translation>λίστα κειμένων</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="238"/>
        <source>day, week, month or year</source>
        <translation>day, week, month ή year</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="243"/>
        <source>a list of field names</source>
        <translation>λίστα ονομάτων πεδίων</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="248"/>
        <source>a list of numbers</source>
        <translation>λίστα αριθμών</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="255"/>
        <source>an ISO date</source>
        <translation>ημερομηνία ISO</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="261"/>
        <source>&quot;lower&quot; or &quot;higher&quot;</source>
        <translation>&quot;lower&quot; ή &quot;higher&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="266"/>
        <source>a list of source objects</source>
        <translation>λίστα αντικειμένων πηγής</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="272"/>
        <source>&quot;null&quot; or &quot;error&quot;</source>
        <translation>&quot;null&quot; ή &quot;error&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="282"/>
        <source>an ISO date and time</source>
        <translation>ημερομηνία και ώρα ISO</translation>
    </message>
</context>
<context>
    <name>urbis::KpiHistogramPanel</name>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="45"/>
        <source>Periods</source>
        <translation>Περίοδοι</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="65"/>
        <source>Count</source>
        <translation>Πλήθος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="81"/>
        <source>Range: %1 %2</source>
        <translation>Εύρος: %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="83"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n τιμή</numerusform>
            <numerusform>%n τιμές</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiMapData</name>
    <message>
        <source>No dataset is called &quot;%1&quot;.</source>
        <translation type="vanished">Κανένα σύνολο δεδομένων δεν ονομάζεται &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="41"/>
        <source>The map data has no field &quot;%1&quot;.</source>
        <translation>Τα δεδομένα του χάρτη δεν έχουν πεδίο &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="150"/>
        <source>The map panel needs a dataset and a field to match the KPI&apos;s dimension values.</source>
        <translation>Το πλαίσιο χάρτη χρειάζεται ένα σύνολο δεδομένων και ένα πεδίο που να αντιστοιχεί στις τιμές διάστασης του KPI.</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="165"/>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
</context>
<context>
    <name>urbis::KpiMapPanel</name>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="82"/>
        <source>Loading the map…</source>
        <translation>Φόρτωση του χάρτη…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="85"/>
        <source>The map dataset has no shapes.</source>
        <translation>Το σύνολο δεδομένων του χάρτη δεν έχει γεωμετρίες.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="200"/>
        <source>No value</source>
        <translation>Χωρίς τιμή</translation>
    </message>
</context>
<context>
    <name>urbis::KpiNgsiLd</name>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="89"/>
        <source>kpiValue instance %1 is not an object</source>
        <translation>Το στιγμιότυπο kpiValue %1 δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="91"/>
        <source>kpiValue instance %1: %2</source>
        <translation>Στιγμιότυπο kpiValue %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="100"/>
        <source>kpiValue must be a list of Property instances</source>
        <translation>Το kpiValue πρέπει να είναι λίστα στιγμιοτύπων Property</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="110"/>
        <source>kpiValue entry %1 must be [value, observedAt]</source>
        <translation>Η καταχώριση kpiValue %1 πρέπει να είναι [value, observedAt]</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="114"/>
        <source>kpiValue entry %1: %2</source>
        <translation>Καταχώριση kpiValue %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="127"/>
        <source>the value must be a number or &quot;%1&quot;</source>
        <translation>η τιμή πρέπει να είναι αριθμός ή &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="132"/>
        <source>&quot;%1&quot; is not an ISO period (2023, 2023-01, 2023-W05, 2023-01-31)</source>
        <translation>Το &quot;%1&quot; δεν είναι περίοδος ISO (2023, 2023-01, 2023-W05, 2023-01-31)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="136"/>
        <source>neither urbis:period nor a valid observedAt</source>
        <translation>ούτε urbis:period ούτε έγκυρο observedAt</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="142"/>
        <source>urbis:status must be good, warn or bad</source>
        <translation>το urbis:status πρέπει να είναι good, warn ή bad</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="233"/>
        <source>Expected an NGSI-LD entity or a list of entities</source>
        <translation>Αναμενόταν οντότητα NGSI-LD ή λίστα οντοτήτων</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="235"/>
        <source>The NGSI-LD document holds no entities</source>
        <translation>Το έγγραφο NGSI-LD δεν περιέχει οντότητες</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="241"/>
        <source>Entity %1 is not a JSON object</source>
        <translation>Η οντότητα %1 δεν είναι αντικείμενο JSON</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="256"/>
        <source>Entity &quot;%1&quot; belongs to the KPI &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>Η οντότητα &quot;%1&quot; ανήκει στο KPI &quot;%2&quot;, όχι στο &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="260"/>
        <source>NGSI-LD entity &quot;%1&quot;: urbis:dimensionValues must be an object</source>
        <translation>Οντότητα NGSI-LD &quot;%1&quot;: το urbis:dimensionValues πρέπει να είναι αντικείμενο</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="265"/>
        <source>NGSI-LD entity &quot;%1&quot;: the value of dimension &quot;%2&quot; must be text</source>
        <translation>Οντότητα NGSI-LD &quot;%1&quot;: η τιμή της διάστασης &quot;%2&quot; πρέπει να είναι κείμενο</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="273"/>
        <source>NGSI-LD entity &quot;%1&quot;: %2</source>
        <translation>Οντότητα NGSI-LD &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPanelStyle</name>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="26"/>
        <source>Good</source>
        <translation>Καλή</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="28"/>
        <source>Warning</source>
        <translation>Προειδοποίηση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="30"/>
        <source>Bad</source>
        <translation>Κακή</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="31"/>
        <source>No status</source>
        <translation>Χωρίς κατάσταση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="77"/>
        <source>(empty)</source>
        <translation>(κενό)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="86"/>
        <source>Period: %1</source>
        <translation>Περίοδος: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="89"/>
        <source>Value: %1</source>
        <translation>Τιμή: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="89"/>
        <source>No value</source>
        <translation>Χωρίς τιμή</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="98"/>
        <source>No data for these filters</source>
        <translation>Δεν υπάρχουν δεδομένα για αυτά τα φίλτρα</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPanelWidget</name>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="87"/>
        <source>Panel</source>
        <translation>Πλαίσιο</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="131"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="146"/>
        <source>Not shown: %1</source>
        <translation>Δεν εμφανίζονται: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="192"/>
        <source>Export panel as PNG…</source>
        <translation>Εξαγωγή πλαισίου ως PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="193"/>
        <source>Export panel as SVG…</source>
        <translation>Εξαγωγή πλαισίου ως SVG…</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPiePanel</name>
    <message>
        <location filename="../widgets/kpi/kpipiepanel.cpp" line="58"/>
        <source>Share: %1 %</source>
        <translation>Μερίδιο: %1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipiepanel.cpp" line="76"/>
        <source>(%n value(s) without a slice)</source>
        <translation>
            <numerusform>(%n τιμή χωρίς τμήμα πίτας)</numerusform>
            <numerusform>(%n τιμές χωρίς τμήμα πίτας)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiPlan</name>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="68"/>
        <source>%1 (at character %2)</source>
        <translation>%1 (στον χαρακτήρα %2)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="73"/>
        <source>the dimension &quot;%1&quot; is not a field of the source&apos;s data</source>
        <translation>η διάσταση &quot;%1&quot; δεν είναι πεδίο των δεδομένων της πηγής</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="76"/>
        <source>KPI &quot;%1&quot;: %2</source>
        <translation>KPI &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="97"/>
        <source>KPI &quot;%1&quot;: the time field &quot;%2&quot; is not in &quot;%3&quot;</source>
        <translation>KPI &quot;%1&quot;: το χρονικό πεδίο &quot;%2&quot; δεν υπάρχει στο &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="137"/>
        <source>The data of &quot;%1&quot; is not on this computer: download it first</source>
        <translation>Τα δεδομένα του &quot;%1&quot; δεν βρίσκονται σε αυτόν τον υπολογιστή: κάντε πρώτα λήψη τους</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="140"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="149"/>
        <source>&quot;%1&quot; has no column &quot;%2&quot; in its data</source>
        <translation>Το &quot;%1&quot; δεν έχει στήλη &quot;%2&quot; στα δεδομένα του</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="152"/>
        <source>KPI &quot;%1&quot;: &quot;%2&quot; lacks a dimension field (%3)</source>
        <translation>KPI &quot;%1&quot;: στο &quot;%2&quot; λείπει πεδίο διάστασης (%3)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="156"/>
        <source>KPI &quot;%1&quot;: the datasets of one source differ in their time or dimension fields (&quot;%2&quot;)</source>
        <translation>KPI &quot;%1&quot;: τα σύνολα δεδομένων μίας πηγής διαφέρουν ως προς τα χρονικά πεδία ή τα πεδία διάστασης (&quot;%2&quot;)</translation>
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
        <translation>καλή</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="69"/>
        <source>warning</source>
        <translation>προειδοποίηση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="71"/>
        <source>bad</source>
        <translation>κακή</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="84"/>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="86"/>
        <source>Dimensions</source>
        <translation>Διαστάσεις</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="89"/>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="89"/>
        <source>Value (%1)</source>
        <translation>Τιμή (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="91"/>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPreviewPane</name>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="42"/>
        <source>Preview values</source>
        <translation>Προεπισκόπηση τιμών</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="50"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="51"/>
        <source>Stop the preview evaluation</source>
        <translation>Διακοπή του υπολογισμού της προεπισκόπησης</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="54"/>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="55"/>
        <source>Evaluate the KPI again (F5)</source>
        <translation>Επανυπολογισμός του KPI (F5)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="59"/>
        <source>&lt;b&gt;Live preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ζωντανή προεπισκόπηση&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="72"/>
        <source>The preview appears when the definition is complete.</source>
        <translation>Η προεπισκόπηση εμφανίζεται όταν ο ορισμός είναι πλήρης.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="117"/>
        <source>Preview cancelled.</source>
        <translation>Η προεπισκόπηση ακυρώθηκε.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="137"/>
        <source>Evaluating…</source>
        <translation>Υπολογισμός…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="161"/>
        <source>The evaluation gave no result.</source>
        <translation>Ο υπολογισμός δεν έδωσε αποτέλεσμα.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="177"/>
        <source>No values: the sources have no facts for this formula.</source>
        <translation>Χωρίς τιμές: οι πηγές δεν έχουν γεγονότα για αυτόν τον τύπο.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="179"/>
        <source>First %1 of %n value(s), %2 ms.</source>
        <translation>
            <numerusform>Πρώτες %1 από %n τιμή, %2 ms.</numerusform>
            <numerusform>Πρώτες %1 από %n τιμές, %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="182"/>
        <source>%n value(s), %1 ms.</source>
        <translation>
            <numerusform>%n τιμή, %1 ms.</numerusform>
            <numerusform>%n τιμές, %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiPreviewSparkline</name>
    <message>
        <location filename="../widgets/kpi/kpipreviewsparkline.cpp" line="13"/>
        <source>Preview trend</source>
        <translation>Τάση προεπισκόπησης</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewsparkline.cpp" line="40"/>
        <source>no values</source>
        <translation>χωρίς τιμές</translation>
    </message>
</context>
<context>
    <name>urbis::KpiSourceResolver</name>
    <message>
        <location filename="../core/kpi/kpisourceresolver.cpp" line="21"/>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation>Κανένα σύνολο δεδομένων δεν έχει το αναγνωριστικό ή τον ακριβή τίτλο &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::KpiSourcesEditor</name>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="22"/>
        <source>Air quality</source>
        <translation>Ποιότητα αέρα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="22"/>
        <source>Energy</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="23"/>
        <source>Mobility</source>
        <translation>Κινητικότητα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="23"/>
        <source>Waste</source>
        <translation>Απόβλητα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="24"/>
        <source>Water</source>
        <translation>Νερό</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="24"/>
        <source>Climate</source>
        <translation>Κλίμα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="25"/>
        <source>Hazards</source>
        <translation>Κίνδυνοι</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="25"/>
        <source>Other</source>
        <translation>Άλλο</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="29"/>
        <source>Add source</source>
        <translation>Προσθήκη πηγής</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="30"/>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="31"/>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="33"/>
        <source>…or every dataset of the catalog with</source>
        <translation>…ή κάθε σύνολο δεδομένων του καταλόγου με</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="38"/>
        <source>Sources</source>
        <translation>Πηγές</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="39"/>
        <source>empty for the default source; e.g. pop</source>
        <translation>κενό για την προεπιλεγμένη πηγή· π.χ. pop</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="44"/>
        <source>dataset title or id</source>
        <translation>τίτλος ή αναγνωριστικό συνόλου δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="49"/>
        <source>Datasets read as one table (rows are unioned). Delete removes the selected one.</source>
        <translation>Σύνολα δεδομένων που διαβάζονται ως ένας πίνακας (οι γραμμές συνενώνονται). Το Delete αφαιρεί το επιλεγμένο.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="50"/>
        <source>(any)</source>
        <translation>(οποιοσδήποτε)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="53"/>
        <source>all cities</source>
        <translation>όλες οι πόλεις</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="54"/>
        <source>fields a dataset must have, comma separated</source>
        <translation>πεδία που πρέπει να έχει ένα σύνολο δεδομένων, χωρισμένα με κόμμα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="55"/>
        <source>first date field</source>
        <translation>πρώτο πεδίο ημερομηνίας</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="61"/>
        <source>Domain:</source>
        <translation>Τομέας:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="62"/>
        <source>City:</source>
        <translation>Πόλη:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="63"/>
        <source>Required fields:</source>
        <translation>Απαιτούμενα πεδία:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="66"/>
        <source>Alias:</source>
        <translation>Ψευδώνυμο:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="67"/>
        <source>Datasets:</source>
        <translation>Σύνολα δεδομένων:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="70"/>
        <source>Time field:</source>
        <translation>Χρονικό πεδίο:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="115"/>
        <source>%1 · %2 · id %3</source>
        <translation>%1 · %2 · αναγνωριστικό %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="132"/>
        <source>(default)</source>
        <translation>(προεπιλογή)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="134"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="136"/>
        <source>%1 — all %2 datasets %3</source>
        <translation>%1 — όλα τα σύνολα δεδομένων %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="137"/>
        <source>of %1</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="138"/>
        <source>%1 — (no datasets yet)</source>
        <translation>%1 — (δεν υπάρχουν ακόμη σύνολα δεδομένων)</translation>
    </message>
</context>
<context>
    <name>urbis::KpiStatPanel</name>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="93"/>
        <source>%1 %2 % vs %3</source>
        <translation>%1 %2 % έναντι %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="113"/>
        <source>Target: %1 by %2</source>
        <translation>Στόχος: %1 έως %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="114"/>
        <source>Target: %1</source>
        <translation>Στόχος: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="121"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n ακόμη)</numerusform>
            <numerusform>(+%n ακόμη)</numerusform>
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
        <translation>Περίοδος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitablemodel.cpp" line="116"/>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitablemodel.cpp" line="117"/>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
</context>
<context>
    <name>urbis::KpiTablePanel</name>
    <message>
        <location filename="../widgets/kpi/kpitablepanel.cpp" line="18"/>
        <source>Search rows…</source>
        <translation>Αναζήτηση γραμμών…</translation>
    </message>
</context>
<context>
    <name>urbis::KpiTargetsEditor</name>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="47"/>
        <source>Judgement</source>
        <translation>Αξιολόγηση</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="47"/>
        <source>Target</source>
        <translation>Στόχος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="49"/>
        <source>Baseline</source>
        <translation>Τιμή αναφοράς</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="51"/>
        <source>Traffic light</source>
        <translation>Σηματοδότης</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="56"/>
        <source>no date</source>
        <translation>χωρίς ημερομηνία</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="59"/>
        <source>When the target should be reached</source>
        <translation>Πότε πρέπει να επιτευχθεί ο στόχος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="61"/>
        <source>no year</source>
        <translation>χωρίς έτος</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="62"/>
        <source>The year the baseline value describes</source>
        <translation>Το έτος στο οποίο αναφέρεται η τιμή αναφοράς</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="63"/>
        <source>Lower is better</source>
        <translation>Όσο χαμηλότερα τόσο καλύτερα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="64"/>
        <source>Higher is better</source>
        <translation>Όσο υψηλότερα τόσο καλύτερα</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="66"/>
        <source>First band limit (lower is better: good up to here; higher is better: warning from here)</source>
        <translation>Πρώτο όριο ζώνης (όσο χαμηλότερα τόσο καλύτερα: καλή έως εδώ· όσο υψηλότερα τόσο καλύτερα: προειδοποίηση από εδώ)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="68"/>
        <source>Second band limit (lower is better: warning up to here; higher is better: good from here)</source>
        <translation>Δεύτερο όριο ζώνης (όσο χαμηλότερα τόσο καλύτερα: προειδοποίηση έως εδώ· όσο υψηλότερα τόσο καλύτερα: καλή από εδώ)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="73"/>
        <source>how often it is recalculated</source>
        <translation>πόσο συχνά επανυπολογίζεται</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="74"/>
        <source>No value for that period</source>
        <translation>Χωρίς τιμή για εκείνη την περίοδο</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="76"/>
        <source>Fail the evaluation</source>
        <translation>Αποτυχία του υπολογισμού</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="80"/>
        <source>by</source>
        <translation>έως</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="81"/>
        <source>in</source>
        <translation>το</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="82"/>
        <source>Direction:</source>
        <translation>Κατεύθυνση:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="83"/>
        <source>and</source>
        <translation>και</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="84"/>
        <source>Frequency:</source>
        <translation>Συχνότητα:</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="85"/>
        <source>Division by zero:</source>
        <translation>Διαίρεση με το μηδέν:</translation>
    </message>
</context>
<context>
    <name>urbis::LayerPanel</name>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="28"/>
        <source>Map layers</source>
        <translation>Επίπεδα χάρτη</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="32"/>
        <source>Move the layer up (Ctrl+Up)</source>
        <translation>Μετακίνηση του επιπέδου προς τα πάνω (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="36"/>
        <source>Move the layer down (Ctrl+Down)</source>
        <translation>Μετακίνηση του επιπέδου προς τα κάτω (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="40"/>
        <source>&amp;Style…</source>
        <translation>&amp;Στυλ…</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="41"/>
        <source>Colour the features by a field and label them</source>
        <translation>Χρωματισμός των στοιχείων κατά πεδίο και ετικέτες</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="45"/>
        <source>Layer opacity</source>
        <translation>Αδιαφάνεια επιπέδου</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="46"/>
        <source>&amp;Opacity</source>
        <translation>&amp;Αδιαφάνεια</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="126"/>
        <source>Style</source>
        <translation>Στυλ</translation>
    </message>
</context>
<context>
    <name>urbis::LayerStyleDialog</name>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="13"/>
        <source>Style of %1</source>
        <translation>Στυλ του %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="16"/>
        <source>One colour</source>
        <translation>Ένα χρώμα</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="17"/>
        <source>No labels</source>
        <translation>Χωρίς ετικέτες</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="26"/>
        <source>&amp;Colour by:</source>
        <translation>&amp;Χρωματισμός κατά:</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="27"/>
        <source>&amp;Labels:</source>
        <translation>&amp;Ετικέτες:</translation>
    </message>
</context>
<context>
    <name>urbis::LayerTreeModel</name>
    <message>
        <location filename="../widgets/map/layertreemodel.cpp" line="111"/>
        <source>%1 (opacity %2 %)</source>
        <translation>%1 (αδιαφάνεια %2 %)</translation>
    </message>
</context>
<context>
    <name>urbis::LocalObjectStore</name>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="34"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="37"/>
        <source>Read failed</source>
        <translation>Η ανάγνωση απέτυχε</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="89"/>
        <location filename="../core/storage/localobjectstore.cpp" line="134"/>
        <location filename="../core/storage/localobjectstore.cpp" line="254"/>
        <source>Cannot lock the object store %1</source>
        <translation>Δεν είναι δυνατό το κλείδωμα του χώρου αποθήκευσης αντικειμένων %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="95"/>
        <location filename="../core/storage/localobjectstore.cpp" line="140"/>
        <source>Cannot create folder in %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία φακέλου στο %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="106"/>
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="113"/>
        <source>Cannot flush %1</source>
        <translation>Δεν είναι δυνατή η οριστική εγγραφή του %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="151"/>
        <source>%1 is on another file system</source>
        <translation>Το %1 βρίσκεται σε άλλο σύστημα αρχείων</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="152"/>
        <source>Cannot move %1 into the object store</source>
        <translation>Δεν είναι δυνατή η μετακίνηση του %1 στον χώρο αποθήκευσης αντικειμένων</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="164"/>
        <location filename="../core/storage/localobjectstore.cpp" line="171"/>
        <location filename="../core/storage/localobjectstore.cpp" line="185"/>
        <location filename="../core/storage/localobjectstore.cpp" line="204"/>
        <location filename="../core/storage/localobjectstore.cpp" line="220"/>
        <source>No object %1</source>
        <translation>Δεν υπάρχει αντικείμενο %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="174"/>
        <location filename="../core/storage/localobjectstore.cpp" line="188"/>
        <location filename="../core/storage/localobjectstore.cpp" line="207"/>
        <source>Cannot read object %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αντικειμένου %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="178"/>
        <location filename="../core/storage/localobjectstore.cpp" line="197"/>
        <location filename="../core/storage/localobjectstore.cpp" line="213"/>
        <source>Object %1 is corrupt: its content hashes to %2</source>
        <translation>Το αντικείμενο %1 είναι κατεστραμμένο: ο κατακερματισμός του περιεχομένου του είναι %2</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="222"/>
        <source>Cannot remove object %1</source>
        <translation>Δεν είναι δυνατή η αφαίρεση του αντικειμένου %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="250"/>
        <source>Garbage collection cancelled</source>
        <translation>Η συλλογή απορριμμάτων ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>urbis::MBTilesLayer</name>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="24"/>
        <source>No MBTiles file at %1</source>
        <translation>Δεν υπάρχει αρχείο MBTiles στο %1</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="30"/>
        <source>%1 is not an MBTiles file</source>
        <translation>Το %1 δεν είναι αρχείο MBTiles</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="35"/>
        <source>%1 has no tiles table</source>
        <translation>Το %1 δεν έχει πίνακα tiles</translation>
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
        <translation>Χάρτης</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="59"/>
        <source>Dashboards</source>
        <translation>Πίνακες ελέγχου</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="64"/>
        <source>Catalog</source>
        <translation>Κατάλογος</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="65"/>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="66"/>
        <source>Tasks</source>
        <translation>Εργασίες</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="67"/>
        <source>Layers</source>
        <translation>Επίπεδα</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="74"/>
        <source>Sync</source>
        <translation>Συγχρονισμός</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="83"/>
        <source>Data: %1</source>
        <translation>Δεδομένα: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="109"/>
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="123"/>
        <source>Import the changed file with the title &quot;%1&quot;: it becomes the next version</source>
        <translation>Εισαγάγετε το τροποποιημένο αρχείο με τον τίτλο &quot;%1&quot;: θα γίνει η επόμενη έκδοση</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="166"/>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="167"/>
        <source>&amp;Import…</source>
        <translation>&amp;Εισαγωγή…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="169"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="170"/>
        <source>Preview, validate and import files into the catalog</source>
        <translation>Προεπισκόπηση, επικύρωση και εισαγωγή αρχείων στον κατάλογο</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="171"/>
        <source>&amp;Refresh</source>
        <translation>Ανα&amp;νέωση</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="175"/>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="177"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="180"/>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="181"/>
        <source>&amp;Search the catalog</source>
        <translation>Ανα&amp;ζήτηση στον κατάλογο</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="185"/>
        <source>&amp;Map</source>
        <translation>&amp;Χάρτης</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="188"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Πίνακες ελέγχου</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="190"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="192"/>
        <source>Zoom &amp;in</source>
        <translation>Μεγέ&amp;θυνση</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="195"/>
        <source>Zoom &amp;out</source>
        <translation>Σμί&amp;κρυνση</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="198"/>
        <source>Zoom to the &amp;selected dataset</source>
        <translation>Εστίαση στο &amp;επιλεγμένο σύνολο δεδομένων</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="201"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="202"/>
        <source>Show the selected dataset on the &amp;map</source>
        <translation>Εμφάνιση του επιλεγμένου συνόλου δεδομένων στον &amp;χάρτη</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="205"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="213"/>
        <source>&amp;Layer</source>
        <translation>&amp;Επίπεδο</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="214"/>
        <source>Add &amp;file layer…</source>
        <translation>Προσθήκη επιπέδου από &amp;αρχείο…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="216"/>
        <source>Add a layer</source>
        <translation>Προσθήκη επιπέδου</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="473"/>
        <source>The data is on this computer now</source>
        <translation>Τα δεδομένα βρίσκονται τώρα σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="476"/>
        <source>Downloading the data…</source>
        <translation>Λήψη των δεδομένων…</translation>
    </message>
    <message>
        <source>Downloading the data from %1…</source>
        <translation type="vanished">Λήψη των δεδομένων από %1…</translation>
    </message>
    <message>
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;All files (*)</source>
        <translation type="vanished">Γεωχωρικά δεδομένα (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="217"/>
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;All files (*)</source>
        <translation>Γεωχωρικά δεδομένα (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="vanished">Προστέθηκε το %1</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation type="vanished">Δεν είναι δυνατή η προσθήκη του %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="223"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="224"/>
        <source>Add &amp;tile layer (XYZ)…</source>
        <translation>Προσθήκη επιπέδου &amp;πλακιδίων (XYZ)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="226"/>
        <source>Add a tile layer</source>
        <translation>Προσθήκη επιπέδου πλακιδίων</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="227"/>
        <source>Tile address with {z}, {x} and {y} (tiles are cached for offline use):</source>
        <translation>Διεύθυνση πλακιδίων με {z}, {x} και {y} (τα πλακίδια αποθηκεύονται για χρήση εκτός σύνδεσης):</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="238"/>
        <source>Work &amp;offline</source>
        <translation>Εργασία &amp;εκτός σύνδεσης</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="241"/>
        <source>Tile layers show only cached tiles and download nothing</source>
        <translation>Τα επίπεδα πλακιδίων δείχνουν μόνο αποθηκευμένα πλακίδια και δεν κατεβάζουν τίποτα</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="244"/>
        <source>&amp;Tools</source>
        <translation>&amp;Εργαλεία</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="245"/>
        <source>Create &amp;demo datasets</source>
        <translation>Δημιουργία συνόλων δεδομένων επί&amp;δειξης</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="247"/>
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>Προσθήκη μικρών συνθετικών συνόλων δεδομένων για τις πόλεις του CLIMABOROUGH σε αυτόν τον χώρο εργασίας</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="248"/>
        <source>&amp;Clean up object store</source>
        <translation>&amp;Καθαρισμός χώρου αποθήκευσης αντικειμένων</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="250"/>
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Διαγραφή αποθηκευμένων αρχείων στα οποία δεν αναφέρεται πλέον καμία εγγραφή του καταλόγου</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="257"/>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="258"/>
        <source>&amp;About Urbis</source>
        <translation>&amp;Σχετικά με το Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="292"/>
        <source>&quot;%1&quot; has no vector data to draw; its footprint is shown</source>
        <translation>Το &quot;%1&quot; δεν έχει διανυσματικά δεδομένα για σχεδίαση· εμφανίζεται το αποτύπωμά του</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="104"/>
        <source>&quot;%1&quot; is on the map</source>
        <translation>Το &quot;%1&quot; εμφανίζεται στον χάρτη</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="106"/>
        <source>Cannot draw &quot;%1&quot;: %2</source>
        <translation>Δεν είναι δυνατή η σχεδίαση του &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="351"/>
        <source>Create demo datasets</source>
        <translation>Δημιουργία συνόλων δεδομένων επίδειξης</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="358"/>
        <source>Created: %1, already present: %2</source>
        <translation>Δημιουργήθηκαν: %1, υπήρχαν ήδη: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="369"/>
        <source>Clean up object store</source>
        <translation>Καθαρισμός χώρου αποθήκευσης αντικειμένων</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="376"/>
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>Αρχεία χωρίς αναφορές που αφαιρέθηκαν: %1, χώρος που ελευθερώθηκε: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="387"/>
        <source>Started: %1</source>
        <translation>Ξεκίνησε: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="395"/>
        <source>Finished: %1</source>
        <translation>Ολοκληρώθηκε: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="397"/>
        <source>Failed: %1 — %2</source>
        <translation>Απέτυχε: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="407"/>
        <source>1 dataset in the catalog</source>
        <translation>1 σύνολο δεδομένων στον κατάλογο</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="408"/>
        <source>%n datasets in the catalog</source>
        <translation>
            <numerusform>%n σύνολο δεδομένων στον κατάλογο</numerusform>
            <numerusform>%n σύνολα δεδομένων στον κατάλογο</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::MapCanvas</name>
    <message>
        <location filename="../widgets/map/mapcanvas.cpp" line="30"/>
        <source>Map</source>
        <translation>Χάρτης</translation>
    </message>
</context>
<context>
    <name>urbis::MapView</name>
    <message>
        <location filename="../app/gui/mapview.cpp" line="116"/>
        <source>The address needs {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>Η διεύθυνση χρειάζεται {z}, {x} και {y}, π.χ. https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
</context>
<context>
    <name>urbis::MercatorRaster</name>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="62"/>
        <source>Cannot open %1 as a raster</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1 ως ψηφιδωτού</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="64"/>
        <source>%1 has no band %2</source>
        <translation>Το %1 δεν έχει κανάλι %2</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="71"/>
        <location filename="../core/geo/mercatorraster.cpp" line="98"/>
        <source>Reading %1 failed</source>
        <translation>Η ανάγνωση του %1 απέτυχε</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="83"/>
        <source>Cannot project %1 to web mercator</source>
        <translation>Δεν είναι δυνατή η προβολή του %1 σε Web Mercator</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataExtractor</name>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="100"/>
        <source>Cannot open the GeoPackage %1</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του GeoPackage %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="104"/>
        <source>The GeoPackage has no layer %1</source>
        <translation>Το GeoPackage δεν έχει επίπεδο %1</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataForm</name>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="14"/>
        <source>Required: how the dataset is listed in the catalog</source>
        <translation>Υποχρεωτικό: πώς εμφανίζεται το σύνολο δεδομένων στον κατάλογο</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="21"/>
        <source>e.g. Athens</source>
        <translation>π.χ. Αθήνα</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="32"/>
        <source>SPDX id or URL</source>
        <translation>Αναγνωριστικό SPDX ή URL</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="35"/>
        <source>Who or what produced the data</source>
        <translation>Ποιος ή τι παρήγαγε τα δεδομένα</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="39"/>
        <source>&amp;Title *</source>
        <translation>&amp;Τίτλος *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="40"/>
        <source>&amp;Description</source>
        <translation>&amp;Περιγραφή</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="41"/>
        <source>C&amp;ity</source>
        <translation>Πό&amp;λη</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="42"/>
        <source>Do&amp;main *</source>
        <translation>Το&amp;μέας *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="43"/>
        <source>&amp;License</source>
        <translation>Ά&amp;δεια χρήσης</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="44"/>
        <source>S&amp;ource</source>
        <translation>Πη&amp;γή</translation>
    </message>
</context>
<context>
    <name>urbis::Normalizer</name>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="98"/>
        <source>GDAL cannot read %1 as a raster</source>
        <translation>Το GDAL δεν μπορεί να διαβάσει το %1 ως ψηφιδωτό</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="112"/>
        <location filename="../core/ingest/normalizer.cpp" line="126"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="113"/>
        <source>Cannot convert %1 to GeoTIFF</source>
        <translation>Δεν είναι δυνατή η μετατροπή του %1 σε GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="127"/>
        <source>Cannot build the overviews of %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία των επισκοπήσεων του %1</translation>
    </message>
</context>
<context>
    <name>urbis::ObjectStore</name>
    <message>
        <location filename="../core/storage/objectstore.cpp" line="21"/>
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
</context>
<context>
    <name>urbis::OgrSource</name>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="205"/>
        <source>The %1 is truncated or corrupt: row %2 cannot be read</source>
        <translation>Το αρχείο %1 είναι περικομμένο ή κατεστραμμένο: η γραμμή %2 δεν μπορεί να διαβαστεί</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="239"/>
        <source>The zip archive %1 is truncated or corrupt</source>
        <translation>Το αρχείο zip %1 είναι περικομμένο ή κατεστραμμένο</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="263"/>
        <source>The zip archive holds no layer %1</source>
        <translation>Το αρχείο zip δεν περιέχει επίπεδο %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="266"/>
        <source>The zip archive %1 holds no vector data (no Shapefile, GeoPackage, GeoJSON, KML or GML)</source>
        <translation>Το αρχείο zip %1 δεν περιέχει διανυσματικά δεδομένα (κανένα Shapefile, GeoPackage, GeoJSON, KML ή GML)</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="278"/>
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: το αρχείο δεν υπάρχει ή δεν είναι αναγνώσιμο</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="306"/>
        <source>%1 cannot be read: it is not a valid .%2 file, or it is truncated or corrupt</source>
        <translation>Το %1 δεν μπορεί να διαβαστεί: δεν είναι έγκυρο αρχείο .%2 ή είναι περικομμένο ή κατεστραμμένο</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="308"/>
        <source>%1 is not a vector format GDAL can read</source>
        <translation>Το %1 δεν είναι διανυσματική μορφή που μπορεί να διαβάσει το GDAL</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="314"/>
        <source>%1 has no layer %2</source>
        <translation>Το %1 δεν έχει επίπεδο %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="319"/>
        <source>%1 holds no vector layer</source>
        <translation>Το %1 δεν περιέχει διανυσματικό επίπεδο</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="331"/>
        <source>%1 is truncated or corrupt</source>
        <translation>Το %1 είναι περικομμένο ή κατεστραμμένο</translation>
    </message>
</context>
<context>
    <name>urbis::OptionalChecks</name>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="38"/>
        <source>The check &quot;%1&quot; cannot run: %2</source>
        <translation>Ο έλεγχος &quot;%1&quot; δεν μπορεί να εκτελεστεί: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="181"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 is not sequential</source>
        <translation>Το κελί &quot;%1&quot; στη γραμμή στη θέση %2 και στο πεδίο &quot;%3&quot; στη θέση %4 δεν είναι διαδοχικό</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="201"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 is probably truncated</source>
        <translation>Το κελί &quot;%1&quot; στη γραμμή στη θέση %2 και στο πεδίο &quot;%3&quot; στη θέση %4 είναι πιθανώς περικομμένο</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="215"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 holds a forbidden value</source>
        <translation>Το κελί &quot;%1&quot; στη γραμμή στη θέση %2 και στο πεδίο &quot;%3&quot; στη θέση %4 περιέχει μη επιτρεπτή τιμή</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="260"/>
        <source>There is a possible error because the value is deviated: %1</source>
        <translation>Υπάρχει πιθανό σφάλμα επειδή η τιμή αποκλίνει: %1</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewPage</name>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="25"/>
        <source>Format: %1 (%2)</source>
        <translation>Μορφή: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/previewpage.cpp" line="26"/>
        <source>Size: %1 × %2 pixels, %n band(s)</source>
        <translation>
            <numerusform>Μέγεθος: %1 × %2 εικονοστοιχεία, %n κανάλι</numerusform>
            <numerusform>Μέγεθος: %1 × %2 εικονοστοιχεία, %n κανάλια</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="27"/>
        <source>Band types: %1</source>
        <translation>Τύποι καναλιών: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28"/>
        <source>CRS: %1</source>
        <translation>ΣΑΣ: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28"/>
        <source>not georeferenced</source>
        <translation>χωρίς γεωαναφορά</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="30"/>
        <source>Extent (WGS84): %1, %2 — %3, %4</source>
        <translation>Έκταση (WGS84): %1, %2 — %3, %4</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="33"/>
        <source>No-data value: %1</source>
        <translation>Τιμή απουσίας δεδομένων: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="35"/>
        <source>GPS position: %1, %2</source>
        <translation>Θέση GPS: %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="37"/>
        <source>Taken at: %1</source>
        <translation>Λήψη: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="45"/>
        <source>Preview</source>
        <translation>Προεπισκόπηση</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="46"/>
        <source>The first rows of the file, with the type detected for each column. Check that the columns were split correctly.</source>
        <translation>Οι πρώτες γραμμές του αρχείου, με τον τύπο που ανιχνεύθηκε για κάθε στήλη. Ελέγξτε ότι οι στήλες διαχωρίστηκαν σωστά.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="101"/>
        <source>Reading %1</source>
        <translation>Ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="126"/>
        <source>Nothing to show: %1</source>
        <translation>Τίποτα για εμφάνιση: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="135"/>
        <source>%1 is a raster: it is imported as a tiled GeoTIFF; there are no rows to check.</source>
        <translation>Το %1 είναι ψηφιδωτό: εισάγεται ως GeoTIFF με πλακίδια· δεν υπάρχουν γραμμές για έλεγχο.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="143"/>
        <source>%1 · %2 fields · showing the first %3 rows (the file has more)</source>
        <translation>%1 · %2 πεδία · εμφανίζονται οι πρώτες %3 γραμμές (το αρχείο έχει περισσότερες)</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="144"/>
        <source>%1 · %2 fields · %3 rows</source>
        <translation>%1 · %2 πεδία · %3 γραμμές</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="148"/>
        <source>· types detected from a sample</source>
        <translation>· οι τύποι ανιχνεύθηκαν από δείγμα</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewRowsModel</name>
    <message>
        <location filename="../widgets/import/previewrowsmodel.cpp" line="100"/>
        <source>%1: detected %2 (%3 of %4 cells fit)</source>
        <translation>%1: ανιχνεύθηκε %2 (ταιριάζουν %3 από %4 κελιά)</translation>
    </message>
</context>
<context>
    <name>urbis::RTreeBulkLoad</name>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="154"/>
        <source>The R*Tree %1 has no root node</source>
        <translation>Το R*Tree %1 δεν έχει ριζικό κόμβο</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="159"/>
        <source>The R*Tree %1 has a root node of %2 bytes</source>
        <translation>Το R*Tree %1 έχει ριζικό κόμβο %2 byte</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="161"/>
        <location filename="../core/ingest/rtreebulkload.cpp" line="167"/>
        <source>The R*Tree %1 is not empty</source>
        <translation>Το R*Tree %1 δεν είναι κενό</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="191"/>
        <source>Too many entries for the R*Tree %1</source>
        <translation>Πάρα πολλές εγγραφές για το R*Tree %1</translation>
    </message>
</context>
<context>
    <name>urbis::RasterProbe</name>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="139"/>
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: το αρχείο δεν υπάρχει ή δεν είναι αναγνώσιμο</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="148"/>
        <source>%1 is a raster GDAL knows but cannot read (truncated or corrupt?)</source>
        <translation>Το %1 είναι ψηφιδωτό που το GDAL αναγνωρίζει αλλά δεν μπορεί να διαβάσει (περικομμένο ή κατεστραμμένο;)</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="150"/>
        <source>%1 is not a raster format GDAL can read</source>
        <translation>Το %1 δεν είναι μορφή ψηφιδωτού που μπορεί να διαβάσει το GDAL</translation>
    </message>
</context>
<context>
    <name>urbis::RecordPrinter</name>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53"/>
        <location filename="../app/cli/recordprinter.cpp" line="67"/>
        <source>ID</source>
        <translation>ΑΝΑΓΝΩΡΙΣΤΙΚΟ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53"/>
        <source>TITLE</source>
        <translation>ΤΙΤΛΟΣ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53"/>
        <source>CITY</source>
        <translation>ΠΟΛΗ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54"/>
        <source>DOMAIN</source>
        <translation>ΤΟΜΕΑΣ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54"/>
        <source>PERIOD</source>
        <translation>ΠΕΡΙΟΔΟΣ</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/recordprinter.cpp" line="58"/>
        <source>%n dataset(s) shown of %1 matching</source>
        <translation>
            <numerusform>Εμφανίζεται %n σύνολο δεδομένων από %1 που ταιριάζουν</numerusform>
            <numerusform>Εμφανίζονται %n σύνολα δεδομένων από %1 που ταιριάζουν</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="68"/>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="69"/>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="70"/>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="71"/>
        <source>Publisher</source>
        <translation>Εκδότης</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="72"/>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="73"/>
        <source>Domain</source>
        <translation>Τομέας</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="74"/>
        <source>Keywords</source>
        <translation>Λέξεις-κλειδιά</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="75"/>
        <source>License</source>
        <translation>Άδεια χρήσης</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="76"/>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="77"/>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="78"/>
        <source>Extent</source>
        <translation>Έκταση</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="79"/>
        <source>CRS</source>
        <translation>ΣΑΣ</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="80"/>
        <source>Features</source>
        <translation>Στοιχεία</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81"/>
        <source>Size</source>
        <translation>Μέγεθος</translation>
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
        <translation>Έκδοση</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="84"/>
        <source> (previous %1)</source>
        <translation> (προηγούμενη %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="85"/>
        <source>Validation</source>
        <translation>Επικύρωση</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="86"/>
        <source>Modified</source>
        <translation>Τροποποίηση</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="88"/>
        <source>Fields:</source>
        <translation>Πεδία:</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="93"/>
        <source>History:</source>
        <translation>Ιστορικό:</translation>
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
        <translation>άγνωστο</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="33"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="35"/>
        <source>from %1</source>
        <translation>από %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="37"/>
        <source>until %1</source>
        <translation>έως %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="62"/>
        <source>W %1, S %2, E %3, N %4</source>
        <translation>Δ %1, Ν %2, Α %3, Β %4</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="73"/>
        <source>valid</source>
        <translation>έγκυρο</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="75"/>
        <source>warnings</source>
        <translation>προειδοποιήσεις</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="77"/>
        <source>invalid</source>
        <translation>μη έγκυρο</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="81"/>
        <source>not validated</source>
        <translation>μη επικυρωμένο</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="88"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="93"/>
        <source>unknown profile</source>
        <translation>άγνωστο προφίλ</translation>
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
        <translation>Τίτλος</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="116"/>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="117"/>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="118"/>
        <source>Publisher</source>
        <translation>Εκδότης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="119"/>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="120"/>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="121"/>
        <source>Domain</source>
        <translation>Τομέας</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="122"/>
        <source>Keywords</source>
        <translation>Λέξεις-κλειδιά</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="123"/>
        <source>License</source>
        <translation>Άδεια χρήσης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="124"/>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="125"/>
        <source>Media type</source>
        <translation>Τύπος μέσου</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="126"/>
        <source>Temporal extent</source>
        <translation>Χρονική έκταση</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="127"/>
        <source>Bounding box</source>
        <translation>Πλαίσιο οριοθέτησης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="128"/>
        <source>CRS</source>
        <translation>ΣΑΣ</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="129"/>
        <source>Features / rows</source>
        <translation>Στοιχεία / γραμμές</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="130"/>
        <source>Fields</source>
        <translation>Πεδία</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="131"/>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="132"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="133"/>
        <source>Stored files</source>
        <translation>Αποθηκευμένα αρχεία</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="134"/>
        <source>Validation</source>
        <translation>Επικύρωση</translation>
    </message>
</context>
<context>
    <name>urbis::RecordValidator</name>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="17"/>
        <source>A title is required</source>
        <translation>Απαιτείται τίτλος</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="19"/>
        <source>A description is required</source>
        <translation>Απαιτείται περιγραφή</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="21"/>
        <source>A license is required (an SPDX id such as CC-BY-4.0, or a URL)</source>
        <translation>Απαιτείται άδεια χρήσης (αναγνωριστικό SPDX όπως CC-BY-4.0 ή URL)</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="23"/>
        <source>A source is required (who or what produced the data)</source>
        <translation>Απαιτείται πηγή (ποιος ή τι παρήγαγε τα δεδομένα)</translation>
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
        <translation type="vanished">χρήση: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                          [--virtual-host] [--replace]
       urbis remote list
       urbis remote remove NAME
       urbis remote test NAME      ελέγχει την πρόσβαση στον κάδο με τα κλειδιά που θα χρησιμοποιούσε ο συγχρονισμός
κλειδιά: η κλειδοθήκη του συστήματος, αλλιώς AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (και AWS_SESSION_TOKEN)</translation>
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
        <translation>χρήση: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                        [--virtual-host] [--sse AES256|aws:kms] [--ca-bundle PEM] [--replace]
       urbis remote list
       urbis remote remove NAME
       urbis remote test NAME      ελέγχει την πρόσβαση στον κάδο με τα κλειδιά που θα χρησιμοποιούσε ο συγχρονισμός
κλειδιά: η κλειδοθήκη του συστήματος, αλλιώς AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (και AWS_SESSION_TOKEN);
SSE-C: URBIS_SSE_CUSTOMER_KEY (base64 ενός κλειδιού 32 byte)</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="46"/>
        <source>Remote &quot;%1&quot; removed</source>
        <translation>Ο απομακρυσμένος διακομιστής &quot;%1&quot; αφαιρέθηκε</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49"/>
        <source>remote needs add, list, remove or test</source>
        <translation>το remote χρειάζεται add, list, remove ή test</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49"/>
        <source>unknown use of remote: %1</source>
        <translation>άγνωστη χρήση του remote: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="57"/>
        <source>remote add needs a NAME, --endpoint and --bucket</source>
        <translation>το remote add χρειάζεται NAME, --endpoint και --bucket</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="75"/>
        <source>Remote &quot;%1&quot; added: %2, bucket %3</source>
        <translation>Ο απομακρυσμένος διακομιστής &quot;%1&quot; προστέθηκε: %2, κάδος %3</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="98"/>
        <source>No remotes yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Δεν υπάρχουν ακόμη απομακρυσμένοι διακομιστές: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="128"/>
        <source>%1: bucket %2 reachable (keys from the %3)</source>
        <translation>%1: ο κάδος %2 είναι προσβάσιμος (πηγή κλειδιών: %3)</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteCredentials</name>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="44"/>
        <source>No keys for &quot;%1&quot; in the keyring</source>
        <translation>Δεν υπάρχουν κλειδιά για το &quot;%1&quot; στην κλειδοθήκη</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="49"/>
        <source>The keyring entry of &quot;%1&quot; is incomplete</source>
        <translation>Η καταχώριση του &quot;%1&quot; στην κλειδοθήκη είναι ελλιπής</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="58"/>
        <source>No keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Δεν υπάρχουν κλειδιά: ορίστε τα AWS_ACCESS_KEY_ID και AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="70"/>
        <source>No keys for the remote &quot;%1&quot;: store them in the keyring (remote settings) or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Δεν υπάρχουν κλειδιά για τον απομακρυσμένο διακομιστή &quot;%1&quot;: αποθηκεύστε τα στην κλειδοθήκη (ρυθμίσεις απομακρυσμένου διακομιστή) ή ορίστε τα AWS_ACCESS_KEY_ID και AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="91"/>
        <source>The keys could not be stored in the keyring</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση των κλειδιών στην κλειδοθήκη</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteDialog</name>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="43"/>
        <source>&amp;Path-style addresses (MinIO, Ceph, s3rver)</source>
        <translation>Διευθύνσεις &amp;τύπου διαδρομής (MinIO, Ceph, s3rver)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="46"/>
        <location filename="../widgets/sync/remotedialog.cpp" line="207"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Έλεγχος σύνδεσης</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="52"/>
        <source>Add remote</source>
        <translation>Προσθήκη απομακρυσμένου διακομιστή</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="53"/>
        <source>e.g. city-minio</source>
        <translation>π.χ. city-minio</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="54"/>
        <source>https://minio.example.org:9000</source>
        <translation>https://minio.example.org:9000</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="56"/>
        <source>e.g. urbis-catalog</source>
        <translation>π.χ. urbis-catalog</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="57"/>
        <source>optional, e.g. city/air/</source>
        <translation>προαιρετικό, π.χ. city/air/</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="61"/>
        <source>Address objects as endpoint/bucket/key; AWS also accepts bucket.endpoint/key</source>
        <translation>Διευθυνσιοδότηση αντικειμένων ως endpoint/bucket/key· το AWS δέχεται επίσης bucket.endpoint/key</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="64"/>
        <location filename="../widgets/sync/remotedialog.cpp" line="65"/>
        <source>leave empty to keep the stored keys</source>
        <translation>αφήστε κενό για να διατηρηθούν τα αποθηκευμένα κλειδιά</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="69"/>
        <source>List the bucket once with these settings and keys</source>
        <translation>Απαρίθμηση των περιεχομένων του κάδου μία φορά με αυτές τις ρυθμίσεις και αυτά τα κλειδιά</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="80"/>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="81"/>
        <source>&amp;Endpoint:</source>
        <translation>Τελικό &amp;σημείο:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="82"/>
        <source>&amp;Region:</source>
        <translation>Πε&amp;ριοχή:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="83"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Κάδος:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="84"/>
        <source>Key p&amp;refix:</source>
        <translation>Πρόθεμα κλει&amp;διών:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="86"/>
        <source>&amp;Access key:</source>
        <translation>Κλειδί &amp;πρόσβασης:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="87"/>
        <source>&amp;Secret key:</source>
        <translation>&amp;Μυστικό κλειδί:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="114"/>
        <source>Edit remote &quot;%1&quot;</source>
        <translation>Επεξεργασία απομακρυσμένου διακομιστή &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="165"/>
        <source>Keys are kept in the system keyring, never in settings files. Leave them empty to use keys stored earlier or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment.</source>
        <translation>Τα κλειδιά φυλάσσονται στην κλειδοθήκη του συστήματος, ποτέ σε αρχεία ρυθμίσεων. Αφήστε τα κενά για να χρησιμοποιηθούν κλειδιά που αποθηκεύτηκαν νωρίτερα ή τα AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY από το περιβάλλον.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="169"/>
        <source>AWS_ACCESS_KEY_ID is set here: the environment&apos;s keys are used first.</source>
        <translation>Το AWS_ACCESS_KEY_ID είναι ορισμένο εδώ: χρησιμοποιούνται πρώτα τα κλειδιά του περιβάλλοντος.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="179"/>
        <source>Enter both keys, or neither to use the stored keys or the environment</source>
        <translation>Εισαγάγετε και τα δύο κλειδιά ή κανένα, για να χρησιμοποιηθούν τα αποθηκευμένα κλειδιά ή το περιβάλλον</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="194"/>
        <source>Asking %1…</source>
        <translation>Ερώτημα προς %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="207"/>
        <source>Cancel &amp;test</source>
        <translation>Ακύρωση &amp;ελέγχου</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="234"/>
        <source>Saving the keys in the keyring…</source>
        <translation>Αποθήκευση των κλειδιών στην κλειδοθήκη…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="252"/>
        <source>No keyring is available here, so the keys were not saved. Urbis will use AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from the environment. Press OK to save the remote without keys.</source>
        <translation>Δεν υπάρχει διαθέσιμη κλειδοθήκη εδώ, οπότε τα κλειδιά δεν αποθηκεύτηκαν. Το Urbis θα χρησιμοποιεί τα AWS_ACCESS_KEY_ID και AWS_SECRET_ACCESS_KEY από το περιβάλλον. Πατήστε OK για να αποθηκευτεί ο απομακρυσμένος διακομιστής χωρίς κλειδιά.</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListModel</name>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="56"/>
        <source>%1 at %2</source>
        <translation>%1 στο %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="69"/>
        <source>Syncing…</source>
        <translation>Συγχρονισμός…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="72"/>
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="94"/>
        <source>Datasets changed here and not yet pushed</source>
        <translation>Σύνολα δεδομένων που άλλαξαν εδώ και δεν έχουν αποσταλεί ακόμη</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="117"/>
        <source>Remote</source>
        <translation>Απομακρυσμένος διακομιστής</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="119"/>
        <source>Endpoint / bucket</source>
        <translation>Τελικό σημείο / κάδος</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="121"/>
        <source>Last sync</source>
        <translation>Τελευταίος συγχρονισμός</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="123"/>
        <source>Pending</source>
        <translation>Σε εκκρεμότητα</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="125"/>
        <source>Last error</source>
        <translation>Τελευταίο σφάλμα</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListView</name>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="29"/>
        <source>Filter remotes</source>
        <translation>Φιλτράρισμα απομακρυσμένων διακομιστών</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="41"/>
        <source>Remotes</source>
        <translation>Απομακρυσμένοι διακομιστές</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="44"/>
        <source>No remote yet — Add remote… to share this catalog through S3/MinIO</source>
        <translation>Δεν υπάρχει ακόμη απομακρυσμένος διακομιστής — Προσθήκη απομακρυσμένου διακομιστή… για κοινή χρήση αυτού του καταλόγου μέσω S3/MinIO</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="47"/>
        <source>Add remote…</source>
        <translation>Προσθήκη απομακρυσμένου διακομιστή…</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteOverview</name>
    <message>
        <location filename="../widgets/sync/remoteoverview.cpp" line="25"/>
        <source>Status unknown: %1</source>
        <translation>Άγνωστη κατάσταση: %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfile</name>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="15"/>
        <source>The remote name &quot;%1&quot; is not valid: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64)</source>
        <translation>Το όνομα απομακρυσμένου διακομιστή &quot;%1&quot; δεν είναι έγκυρο: χρησιμοποιήστε γράμματα, ψηφία, &apos;.&apos;, &apos;_&apos; ή &apos;-&apos; (έως 64)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="18"/>
        <source>The endpoint &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>Το τελικό σημείο &quot;%1&quot; δεν είναι διεύθυνση http:// ή https://</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="21"/>
        <source>The bucket name &quot;%1&quot; is not valid: 3 to 63 lower-case letters, digits, &apos;.&apos; or &apos;-&apos;</source>
        <translation>Το όνομα κάδου &quot;%1&quot; δεν είναι έγκυρο: 3 έως 63 πεζά γράμματα, ψηφία, &apos;.&apos; ή &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="23"/>
        <source>The region is empty</source>
        <translation>Η περιοχή είναι κενή</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="26"/>
        <source>Server-side encryption &quot;%1&quot; is not known: use AES256 or aws:kms</source>
        <translation>Η κρυπτογράφηση από την πλευρά του διακομιστή &quot;%1&quot; δεν είναι γνωστή: χρησιμοποιήστε AES256 ή aws:kms</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="28"/>
        <source>No PEM certificate could be read from %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση πιστοποιητικού PEM από το %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfiles</name>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="27"/>
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="31"/>
        <source>%1 is damaged: %2</source>
        <translation>Το %1 είναι κατεστραμμένο: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="47"/>
        <source>There is no remote &quot;%1&quot; (urbis remote list shows them)</source>
        <translation>Δεν υπάρχει απομακρυσμένος διακομιστής &quot;%1&quot; (το urbis remote list τους εμφανίζει)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="59"/>
        <source>A remote named &quot;%1&quot; exists already</source>
        <translation>Υπάρχει ήδη απομακρυσμένος διακομιστής με όνομα &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="75"/>
        <source>There is no remote &quot;%1&quot;</source>
        <translation>Δεν υπάρχει απομακρυσμένος διακομιστής &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteScan</name>
    <message>
        <location filename="../core/storage/sync/remotescan.cpp" line="32"/>
        <source>Sync cancelled</source>
        <translation>Ο συγχρονισμός ακυρώθηκε</translation>
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
        <translation>Γραμμή</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="98"/>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="99"/>
        <source>Error type</source>
        <translation>Τύπος σφάλματος</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="100"/>
        <source>Cell</source>
        <translation>Κελί</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="101"/>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
</context>
<context>
    <name>urbis::ReportPage</name>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="33"/>
        <source>Validation report</source>
        <translation>Αναφορά επικύρωσης</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="34"/>
        <source>The whole file checked against the schema. Double-click an error to see its row in the preview.</source>
        <translation>Ολόκληρο το αρχείο ελέγχθηκε με βάση το σχήμα. Κάντε διπλό κλικ σε ένα σφάλμα για να δείτε τη γραμμή του στην προεπισκόπηση.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="49"/>
        <source>Search the errors</source>
        <translation>Αναζήτηση στα σφάλματα</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="65"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Εξαγωγή αναφοράς…</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="67"/>
        <source>&amp;Validate again</source>
        <translation>Νέα &amp;επικύρωση</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="69"/>
        <source>&amp;Import even with errors (the report is kept with the dataset)</source>
        <translation>&amp;Εισαγωγή ακόμη και με σφάλματα (η αναφορά διατηρείται μαζί με το σύνολο δεδομένων)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="76"/>
        <source>Show:</source>
        <translation>Εμφάνιση:</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="142"/>
        <source>Add as a &amp;new version of the existing dataset &quot;%1&quot;</source>
        <translation>Προσθήκη ως &amp;νέας έκδοσης του υπάρχοντος συνόλου δεδομένων &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="156"/>
        <source>&lt;b&gt;Raster:&lt;/b&gt; no rows to validate; the import converts it to a tiled GeoTIFF.</source>
        <translation>&lt;b&gt;Ψηφιδωτό:&lt;/b&gt; δεν υπάρχουν γραμμές για επικύρωση· η εισαγωγή το μετατρέπει σε GeoTIFF με πλακίδια.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="165"/>
        <source>Validating %1</source>
        <translation>Επικύρωση του %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="182"/>
        <source>Validation did not finish. Press &quot;Validate again&quot; to retry.</source>
        <translation>Η επικύρωση δεν ολοκληρώθηκε. Πατήστε &quot;Νέα επικύρωση&quot; για να δοκιμάσετε ξανά.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="195"/>
        <source>All findings (%1)</source>
        <translation>Όλα τα ευρήματα (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="203"/>
        <source>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valid&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields, no errors.</source>
        <translation>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Έγκυρο&lt;/b&gt;&lt;/span&gt; — %1 γραμμές, %2 πεδία, κανένα σφάλμα.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="206"/>
        <source>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valid with warnings&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields; %3 notes about missing metadata (they do not block the import).</source>
        <translation>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Έγκυρο με προειδοποιήσεις&lt;/b&gt;&lt;/span&gt; — %1 γραμμές, %2 πεδία· %3 σημειώσεις για μεταδεδομένα που λείπουν (δεν εμποδίζουν την εισαγωγή).</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="210"/>
        <source>&lt;span style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Not valid&lt;/b&gt;&lt;/span&gt; — %1 errors in %2 rows%3. Fix the schema or the file, or tick &quot;Import even with errors&quot;.</source>
        <translation>&lt;span style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Μη έγκυρο&lt;/b&gt;&lt;/span&gt; — %1 σφάλματα σε %2 γραμμές%3. Διορθώστε το σχήμα ή το αρχείο ή επιλέξτε &quot;Εισαγωγή ακόμη και με σφάλματα&quot;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/reportpage.cpp" line="214"/>
        <source>, and %n note(s)</source>
        <translation>
            <numerusform>, και %n σημείωση</numerusform>
            <numerusform>, και %n σημειώσεις</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="225"/>
        <location filename="../widgets/import/reportpage.cpp" line="228"/>
        <source>Export validation report</source>
        <translation>Εξαγωγή αναφοράς επικύρωσης</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="226"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="228"/>
        <source>Cannot write %1</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1</translation>
    </message>
</context>
<context>
    <name>urbis::ReportReader</name>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="37"/>
        <source>The stored validation report is not readable</source>
        <translation>Η αποθηκευμένη αναφορά επικύρωσης δεν είναι αναγνώσιμη</translation>
    </message>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="60"/>
        <source>This dataset has no stored validation report.</source>
        <translation>Αυτό το σύνολο δεδομένων δεν έχει αποθηκευμένη αναφορά επικύρωσης.</translation>
    </message>
</context>
<context>
    <name>urbis::ReportTab</name>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="33"/>
        <source>Search the findings</source>
        <translation>Αναζήτηση στα ευρήματα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="49"/>
        <source>Sho&amp;w:</source>
        <translation>Εμ&amp;φάνιση:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="98"/>
        <source>No data store is connected to this panel.</source>
        <translation>Κανένας χώρος αποθήκευσης δεδομένων δεν είναι συνδεδεμένος με αυτό το πλαίσιο.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="102"/>
        <source>Reading the validation report…</source>
        <translation>Ανάγνωση της αναφοράς επικύρωσης…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="106"/>
        <source>Reading the validation report</source>
        <translation>Ανάγνωση της αναφοράς επικύρωσης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="135"/>
        <source>Valid: %1 rows checked, no errors.</source>
        <translation>Έγκυρο: ελέγχθηκαν %1 γραμμές, κανένα σφάλμα.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="136"/>
        <source>%1 errors in %2 rows checked.</source>
        <translation>%1 σφάλματα σε %2 γραμμές που ελέγχθηκαν.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="139"/>
        <source>%1 notices (missing metadata; they never make data invalid).</source>
        <translation>%1 επισημάνσεις (ελλιπή μεταδεδομένα· δεν καθιστούν ποτέ τα δεδομένα μη έγκυρα).</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="145"/>
        <source>All findings</source>
        <translation>Όλα τα ευρήματα</translation>
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
        <translation>Το αρχείο δεδομένων %1 δεν υπάρχει</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="143"/>
        <source>The data file %1 is not a file</source>
        <translation>Το αρχείο δεδομένων %1 δεν είναι αρχείο</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="146"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="164"/>
        <source>Cannot read the data file %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου δεδομένων %1</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="202"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="274"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="294"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="218"/>
        <source>no answer within %1 ms</source>
        <translation>καμία απάντηση εντός %1 ms</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="232"/>
        <source>Cannot reach the ingestion endpoint %1: %2</source>
        <translation>Δεν είναι δυνατή η πρόσβαση στο τελικό σημείο πρόσληψης δεδομένων %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="239"/>
        <source>The ingestion endpoint %1 requires an access token (HTTP %2)</source>
        <translation>Το τελικό σημείο πρόσληψης δεδομένων %1 απαιτεί διακριτικό πρόσβασης (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="240"/>
        <source>The ingestion endpoint %1 refused the access token (HTTP %2)</source>
        <translation>Το τελικό σημείο πρόσληψης δεδομένων %1 απέρριψε το διακριτικό πρόσβασης (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="244"/>
        <source>The ingestion endpoint %1 redirects to %2; send to that address instead</source>
        <translation>Το τελικό σημείο πρόσληψης δεδομένων %1 ανακατευθύνει στο %2· στείλτε σε εκείνη τη διεύθυνση</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="245"/>
        <source>an unnamed address</source>
        <translation>μια διεύθυνση χωρίς όνομα</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="248"/>
        <source>The ingestion endpoint %1 failed (HTTP %2)</source>
        <translation>Το τελικό σημείο πρόσληψης δεδομένων %1 απέτυχε (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="251"/>
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2)</source>
        <translation>Το τελικό σημείο πρόσληψης δεδομένων %1 απέρριψε το σύνολο δεδομένων (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="252"/>
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2): %3</source>
        <translation>Το τελικό σημείο πρόσληψης δεδομένων %1 απέρριψε το σύνολο δεδομένων (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="266"/>
        <source>The ingestion endpoint must be an http or https address, not &quot;%1&quot;</source>
        <translation>Το τελικό σημείο πρόσληψης δεδομένων πρέπει να είναι διεύθυνση http ή https, όχι &quot;%1&quot;</translation>
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
            <numerusform>Ανιχνεύθηκε: %1, ταιριάζει το %2% από %n κελί του δείγματος</numerusform>
            <numerusform>Ανιχνεύθηκε: %1, ταιριάζει το %2% από %n κελιά του δείγματος</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="78"/>
        <source>%n cells empty or missing</source>
        <translation>
            <numerusform>%n κενό ή ελλείπον κελί</numerusform>
            <numerusform>%n κενά ή ελλείποντα κελιά</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="80"/>
        <source>Examples: %1</source>
        <translation>Παραδείγματα: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="82"/>
        <source>Suggested unit: %1</source>
        <translation>Προτεινόμενη μονάδα: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="194"/>
        <source>Share of the sampled cells that fit the detected type</source>
        <translation>Ποσοστό των κελιών του δείγματος που ταιριάζουν με τον τύπο που ανιχνεύθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="198"/>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="199"/>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="200"/>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="201"/>
        <source>Required</source>
        <translation>Υποχρεωτικό</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="202"/>
        <source>Unique</source>
        <translation>Μοναδικό</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="203"/>
        <source>Minimum</source>
        <translation>Ελάχιστο</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="204"/>
        <source>Maximum</source>
        <translation>Μέγιστο</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="205"/>
        <source>Confidence</source>
        <translation>Βεβαιότητα</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="206"/>
        <source>Examples</source>
        <translation>Παραδείγματα</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaInference</name>
    <message>
        <location filename="../core/ingest/schemainference.cpp" line="296"/>
        <source>Schema inference was cancelled</source>
        <translation>Η αυτόματη εξαγωγή του σχήματος ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaPage</name>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="22"/>
        <source>Schema and metadata</source>
        <translation>Σχήμα και μεταδεδομένα</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="23"/>
        <source>Check the detected column types, add units and constraints, and describe the dataset. Hover a field for what the detection saw.</source>
        <translation>Ελέγξτε τους τύπους στηλών που ανιχνεύθηκαν, προσθέστε μονάδες και περιορισμούς και περιγράψτε το σύνολο δεδομένων. Τοποθετήστε τον δείκτη πάνω σε ένα πεδίο για να δείτε τι εντόπισε η ανίχνευση.</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="41"/>
        <source>Fields</source>
        <translation>Πεδία</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="45"/>
        <source>Dataset</source>
        <translation>Σύνολο δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="70"/>
        <source>Types were detected from the first rows only; validation reads the whole file.</source>
        <translation>Οι τύποι ανιχνεύθηκαν μόνο από τις πρώτες γραμμές· η επικύρωση διαβάζει ολόκληρο το αρχείο.</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaTable</name>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="28"/>
        <source>No unit given</source>
        <translation>Δεν έχει οριστεί μονάδα</translation>
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
        <translation>χρήση: urbis send ID --to URL [--token-env VAR]
  αποστέλλει τα δεδομένα του συνόλου δεδομένων και την εγγραφή του στον κατάλογο (multipart/form-data: &quot;metadata&quot;, &quot;file&quot;)
  στο τελικό σημείο πρόσληψης δεδομένων REST URL (http ή https)
  --token-env VAR   μεταβλητή περιβάλλοντος που περιέχει το διακριτικό bearer (προεπιλογή %1· none: χωρίς διακριτικό)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="37"/>
        <source>send needs one dataset ID and --to URL</source>
        <translation>το send χρειάζεται ένα ID συνόλου δεδομένων και --to URL</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="43"/>
        <source>--token-env names %1, which is not set or empty</source>
        <translation>Το --token-env παραπέμπει στο %1, το οποίο δεν έχει οριστεί ή είναι κενό</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="53"/>
        <source>Dataset %1 has no stored data to send</source>
        <translation>Το σύνολο δεδομένων %1 δεν έχει αποθηκευμένα δεδομένα για αποστολή</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="56"/>
        <source>The stored data of dataset %1 is missing (%2)</source>
        <translation>Τα αποθηκευμένα δεδομένα του συνόλου δεδομένων %1 λείπουν (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="67"/>
        <source>Sending %1</source>
        <translation>Αποστολή του %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="82"/>
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes</source>
        <translation>Στάλθηκε το %1 (%2) στο %3: HTTP %4, %5 byte</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="83"/>
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes, now at %6</source>
        <translation>Στάλθηκε το %1 (%2) στο %3: HTTP %4, %5 byte, τώρα στο %6</translation>
    </message>
</context>
<context>
    <name>urbis::SourceOpener</name>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="89"/>
        <source>%1 is not a text file: it holds binary data</source>
        <translation>Το %1 δεν είναι αρχείο κειμένου: περιέχει δυαδικά δεδομένα</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="133"/>
        <source>%1 does not exist</source>
        <translation>Το %1 δεν υπάρχει</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="135"/>
        <source>%1 is a folder, not a file</source>
        <translation>Το %1 είναι φάκελος, όχι αρχείο</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="138"/>
        <source>Cannot open %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="141"/>
        <source>The file is empty: %1</source>
        <translation>Το αρχείο είναι κενό: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="159"/>
        <source>%1 is a raster image, not a table or vector layer</source>
        <translation>Το %1 είναι εικόνα ψηφιδωτού, όχι πίνακας ή διανυσματικό επίπεδο</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="168"/>
        <source>The format of %1 is not recognised</source>
        <translation>Η μορφή του %1 δεν αναγνωρίζεται</translation>
    </message>
</context>
<context>
    <name>urbis::StacItemCodec</name>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="148"/>
        <source>%1 is not a STAC Item (needs &quot;type&quot;: &quot;Feature&quot; and an id)</source>
        <translation>Το %1 δεν είναι STAC Item (χρειάζεται &quot;type&quot;: &quot;Feature&quot; και ένα id)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="158"/>
        <source>%1: a version record is unreadable: %2</source>
        <translation>%1: μια εγγραφή έκδοσης δεν είναι αναγνώσιμη: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="162"/>
        <source>%1: the versions do not start with the dataset %2</source>
        <translation>%1: οι εκδόσεις δεν ξεκινούν με το σύνολο δεδομένων %2</translation>
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
        <translation>χρήση: urbis sync [NAME] [--push] [--pull] [--dry-run] [--with-data]
                  [--bbox W,S,E,N] [--from T] [--to T]
       urbis sync [NAME] --fetch ID              φέρνει τα δεδομένα ενός συνόλου δεδομένων που παραλήφθηκε
       urbis sync [NAME] --conflicts             εμφανίζει τα σύνολα δεδομένων που άλλαξαν και εδώ και εκεί
       urbis sync [NAME] --resolve ID --keep mine|theirs|both
μεταφορές: --part-size MIB (προεπιλογή 8, τουλάχιστον 5), --concurrency N (προεπιλογή 4),
           --bwlimit RATE (byte ανά δευτερόλεπτο· επιθήματα K, M ή G: 10M)
Χωρίς --push ή --pull εκτελούνται και οι δύο κατευθύνσεις. Τα σύνολα δεδομένων που παραλαμβάνονται φέρνουν τα μεταδεδομένα τους·
τα δεδομένα τους έρχονται με --with-data, για όσα εμπίπτουν στα --bbox / --from..--to, ή με --fetch.
Το NAME μπορεί να παραλειφθεί όταν υπάρχει ένας μόνο απομακρυσμένος διακομιστής (urbis remote list).</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="48"/>
        <source>No remote yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Δεν υπάρχει ακόμη απομακρυσμένος διακομιστής: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="49"/>
        <source>Several remotes: name the one to sync with</source>
        <translation>Πολλοί απομακρυσμένοι διακομιστές: ορίστε με ποιον θα γίνει ο συγχρονισμός</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="57"/>
        <source>sync takes at most one remote name</source>
        <translation>το sync δέχεται το πολύ ένα όνομα απομακρυσμένου διακομιστή</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="93"/>
        <source>--part-size is in MiB, from 5 to 5120</source>
        <translation>Το --part-size ορίζεται σε MiB, από 5 έως 5120</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="100"/>
        <source>--concurrency is a number from 1 to 64</source>
        <translation>Το --concurrency είναι αριθμός από 1 έως 64</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="112"/>
        <source>--bwlimit needs a rate such as 500K or 10M</source>
        <translation>Το --bwlimit χρειάζεται έναν ρυθμό, όπως 500K ή 10M</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="123"/>
        <source>--resolve needs --keep mine, theirs or both</source>
        <translation>Το --resolve χρειάζεται --keep mine, theirs ή both</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="131"/>
        <source>Syncing with %1</source>
        <translation>Συγχρονισμός με %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="148"/>
        <source>%1%2 pushed, %3 pulled, %4 conflict(s), %5 failed; %6 blob(s) up (%7 already there), %8 down in %9 s</source>
        <translation>%1%2 αποστολή(-ές), %3 παραλαβή(-ές), %4 διένεξη(-εις), %5 αποτυχία(-ες)· %6 blob ανέβηκαν (%7 υπήρχαν ήδη), %8 κατέβηκαν σε %9 s</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="149"/>
        <source>dry run: would have </source>
        <translation>δοκιμαστική εκτέλεση, θα γίνονταν: </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="181"/>
        <source>%n conflict(s); %1 dataset(s) waiting to be pushed</source>
        <translation>
            <numerusform>%n διένεξη· σύνολα δεδομένων σε αναμονή αποστολής: %1</numerusform>
            <numerusform>%n διενέξεις· σύνολα δεδομένων σε αναμονή αποστολής: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::SyncEngine</name>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="63"/>
        <source>Sync cancelled</source>
        <translation>Ο συγχρονισμός ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="88"/>
        <source>Reading the remote catalog of %1…</source>
        <translation>Ανάγνωση του απομακρυσμένου καταλόγου του %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="118"/>
        <source>%1 is not JSON: %2</source>
        <translation>Το %1 δεν είναι JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="96"/>
        <source>Still unresolved: changed here and on %1</source>
        <translation>Ακόμη ανεπίλυτο: άλλαξε εδώ και στο %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="111"/>
        <source>Changed here (%1 version(s), last edit %2) and on %3 (%4 version(s), last edit %5)</source>
        <translation>Άλλαξε εδώ (εκδόσεις: %1, τελευταία επεξεργασία %2) και στο %3 (εκδόσεις: %4, τελευταία επεξεργασία %5)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="164"/>
        <source>Changed on %1 while this sync ran</source>
        <translation>Άλλαξε στο %1 ενώ εκτελούνταν αυτός ο συγχρονισμός</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="273"/>
        <source>Writing the STAC catalog of %1…</source>
        <translation>Εγγραφή του καταλόγου STAC του %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="94"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/syncengine.cpp" line="101"/>
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>%n σύνολο δεδομένων δεν ήταν δυνατό να συγχρονιστεί· ο επόμενος συγχρονισμός θα προσπαθήσει ξανά</numerusform>
            <numerusform>%n σύνολα δεδομένων δεν ήταν δυνατό να συγχρονιστούν· ο επόμενος συγχρονισμός θα προσπαθήσει ξανά</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="158"/>
        <source>&quot;%1&quot; changed on %2 again; look at it once more</source>
        <translation>Το &quot;%1&quot; άλλαξε ξανά στο %2· ελέγξτε το άλλη μία φορά</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="208"/>
        <source>&quot;%1&quot; was never synced with a remote: its data is not available</source>
        <translation>Το &quot;%1&quot; δεν συγχρονίστηκε ποτέ με απομακρυσμένο διακομιστή: τα δεδομένα του δεν είναι διαθέσιμα</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPanel</name>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="51"/>
        <source>Transfers</source>
        <translation>Μεταφορές</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="52"/>
        <source>Preview</source>
        <translation>Προεπισκόπηση</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="53"/>
        <location filename="../widgets/sync/syncpanel.cpp" line="171"/>
        <source>Conflicts</source>
        <translation>Διενέξεις</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="95"/>
        <source>&amp;Add remote…</source>
        <translation>&amp;Προσθήκη απομακρυσμένου διακομιστή…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="97"/>
        <source>Connect this catalog to an S3 / MinIO bucket</source>
        <translation>Σύνδεση αυτού του καταλόγου με κάδο S3 / MinIO</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="102"/>
        <source>Forget this remote here; nothing is deleted in the bucket</source>
        <translation>Κατάργηση αυτού του απομακρυσμένου διακομιστή μόνο από εδώ· δεν διαγράφεται τίποτα στον κάδο</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="103"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="105"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="106"/>
        <source>Push local changes and pull the remote&apos;s (Ctrl+Shift+S)</source>
        <translation>Αποστολή των τοπικών αλλαγών και παραλαβή των αλλαγών του απομακρυσμένου διακομιστή (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="107"/>
        <source>&amp;Preview</source>
        <translation>Π&amp;ροεπισκόπηση</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="109"/>
        <source>Dry run: list what a sync would move, changing nothing</source>
        <translation>Δοκιμαστική εκτέλεση: εμφανίζει τι θα μετέφερε ένας συγχρονισμός, χωρίς να αλλάξει τίποτα</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="171"/>
        <source>Conflicts (%1)</source>
        <translation>Διενέξεις (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="205"/>
        <source>Remote &quot;%1&quot; updated</source>
        <translation>Ο απομακρυσμένος διακομιστής &quot;%1&quot; ενημερώθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="206"/>
        <source>Remote &quot;%1&quot; added</source>
        <translation>Ο απομακρυσμένος διακομιστής &quot;%1&quot; προστέθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="235"/>
        <source>Remove remote</source>
        <translation>Αφαίρεση απομακρυσμένου διακομιστή</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="236"/>
        <source>Forget the remote &quot;%1&quot;? Nothing is deleted in the bucket, and the datasets stay in this catalog.</source>
        <translation>Να καταργηθεί ο απομακρυσμένος διακομιστής &quot;%1&quot;; Δεν διαγράφεται τίποτα στον κάδο και τα σύνολα δεδομένων παραμένουν σε αυτόν τον κατάλογο.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="245"/>
        <source>Remote &quot;%1&quot; removed</source>
        <translation>Ο απομακρυσμένος διακομιστής &quot;%1&quot; αφαιρέθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="256"/>
        <source>A sync of &quot;%1&quot; is already running</source>
        <translation>Ένας συγχρονισμός του &quot;%1&quot; εκτελείται ήδη</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="270"/>
        <source>Syncing &quot;%1&quot;…</source>
        <translation>Συγχρονισμός του &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="279"/>
        <source>&quot;%1&quot; is in sync</source>
        <translation>Το &quot;%1&quot; είναι συγχρονισμένο</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="281"/>
        <source>Sync of &quot;%1&quot; cancelled</source>
        <translation>Ο συγχρονισμός του &quot;%1&quot; ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284"/>
        <source>Sync of &quot;%1&quot; failed: %2</source>
        <translation>Ο συγχρονισμός του &quot;%1&quot; απέτυχε: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284"/>
        <source>see Transfers</source>
        <translation>δείτε τις Μεταφορές</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="295"/>
        <source>Next try at %1</source>
        <translation>Επόμενη προσπάθεια στις %1</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="331"/>
        <source>cancelled</source>
        <translation>ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="333"/>
        <source>Preview of &quot;%1&quot; failed: %2</source>
        <translation>Η προεπισκόπηση του &quot;%1&quot; απέτυχε: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="353"/>
        <source>Conflict on &quot;%1&quot; settled</source>
        <translation>Η διένεξη στο &quot;%1&quot; επιλύθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="354"/>
        <source>Could not settle the conflict: %1</source>
        <translation>Δεν ήταν δυνατή η επίλυση της διένεξης: %1</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPlanModel</name>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="30"/>
        <source>Upload</source>
        <translation>Μεταφόρτωση</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="32"/>
        <source>Download</source>
        <translation>Λήψη</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="34"/>
        <source>Fetch data</source>
        <translation>Λήψη δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="36"/>
        <source>Conflict</source>
        <translation>Διένεξη</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="38"/>
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sync/syncplanmodel.cpp" line="72"/>
        <source>%1 (%n version(s))</source>
        <translation>
            <numerusform>%1 (%n έκδοση)</numerusform>
            <numerusform>%1 (%n εκδόσεις)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="92"/>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="94"/>
        <source>Dataset</source>
        <translation>Σύνολο δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="96"/>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="98"/>
        <source>Detail</source>
        <translation>Λεπτομέρεια</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPreviewView</name>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="18"/>
        <source>Preview lists what a sync would upload and download, without changing anything.</source>
        <translation>Η προεπισκόπηση εμφανίζει τι θα ανέβαζε και τι θα κατέβαζε ένας συγχρονισμός, χωρίς να αλλάξει τίποτα.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="28"/>
        <source>What the sync would move</source>
        <translation>Τι θα μετέφερε ο συγχρονισμός</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="43"/>
        <source>Asking &quot;%1&quot; what a sync would move…</source>
        <translation>Ερώτημα προς το &quot;%1&quot; για το τι θα μετέφερε ένας συγχρονισμός…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="49"/>
        <source>Preview of &quot;%1&quot; failed: %2</source>
        <translation>Η προεπισκόπηση του &quot;%1&quot; απέτυχε: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="57"/>
        <source>&quot;%1&quot; is in sync: nothing would move.</source>
        <translation>Το &quot;%1&quot; είναι συγχρονισμένο: δεν θα μεταφερόταν τίποτα.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="61"/>
        <source>A sync with &quot;%1&quot; would upload %2 and download %3 dataset(s), %4 in all; %5 conflict(s). Nothing was changed.</source>
        <translation>Ένας συγχρονισμός με το &quot;%1&quot; θα ανέβαζε %2 και θα κατέβαζε %3 σύνολο(-α) δεδομένων, %4 συνολικά· %5 διένεξη(-εις). Δεν άλλαξε τίποτα.</translation>
    </message>
</context>
<context>
    <name>urbis::SyncTask</name>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9"/>
        <source>Preview sync with %1</source>
        <translation>Προεπισκόπηση συγχρονισμού με %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9"/>
        <source>Sync with %1</source>
        <translation>Συγχρονισμός με %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="30"/>
        <source>Download the data of a dataset</source>
        <translation>Λήψη των δεδομένων ενός συνόλου δεδομένων</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/synctask.cpp" line="70"/>
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>%n σύνολο δεδομένων δεν ήταν δυνατό να συγχρονιστεί· ο επόμενος συγχρονισμός θα προσπαθήσει ξανά</numerusform>
            <numerusform>%n σύνολα δεδομένων δεν ήταν δυνατό να συγχρονιστούν· ο επόμενος συγχρονισμός θα προσπαθήσει ξανά</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TableChecker</name>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="113"/>
        <source>There is an extra label &quot;%1&quot; in the header at position %2</source>
        <translation>Υπάρχει επιπλέον ετικέτα &quot;%1&quot; στην κεφαλίδα στη θέση %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="119"/>
        <source>Label &quot;%1&quot; of the schema is missing from the header at position %2</source>
        <translation>Η ετικέτα &quot;%1&quot; του σχήματος λείπει από την κεφαλίδα στη θέση %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="124"/>
        <source>Label in the header at position %1 is blank</source>
        <translation>Η ετικέτα στην κεφαλίδα στη θέση %1 είναι κενή</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="126"/>
        <source>Label &quot;%1&quot; at position %2 is a duplicate</source>
        <translation>Η ετικέτα &quot;%1&quot; στη θέση %2 είναι διπλότυπη</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="128"/>
        <source>Label &quot;%1&quot; at position %2 does not match the field name &quot;%3&quot; of the schema</source>
        <translation>Η ετικέτα &quot;%1&quot; στη θέση %2 δεν αντιστοιχεί στο όνομα πεδίου &quot;%3&quot; του σχήματος</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="173"/>
        <source>Row at position %1 is completely blank</source>
        <translation>Η γραμμή στη θέση %1 είναι εντελώς κενή</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="187"/>
        <source>Type error in the cell &quot;%1&quot; in row %2 and field &quot;%3&quot; at position %4: type is &quot;%5/%6&quot;</source>
        <translation>Σφάλμα τύπου στο κελί &quot;%1&quot; στη γραμμή %2 και στο πεδίο &quot;%3&quot; στη θέση %4: ο τύπος είναι &quot;%5/%6&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="195"/>
        <source>The cell &quot;%1&quot; in row %2 and field &quot;%3&quot; at position %4 does not conform to the constraint &quot;%5&quot;</source>
        <translation>Το κελί &quot;%1&quot; στη γραμμή %2 και στο πεδίο &quot;%3&quot; στη θέση %4 δεν συμμορφώνεται με τον περιορισμό &quot;%5&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="205"/>
        <source>Row at position %1 has an extra value in field at position %2</source>
        <translation>Η γραμμή στη θέση %1 έχει επιπλέον τιμή στο πεδίο στη θέση %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="210"/>
        <source>Row at position %1 has a missing cell in field &quot;%2&quot; at position %3</source>
        <translation>Στη γραμμή στη θέση %1 λείπει κελί στο πεδίο &quot;%2&quot; στη θέση %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="217"/>
        <source>Row at position %1 has a unique constraint violation in field &quot;%2&quot; at position %3</source>
        <translation>Η γραμμή στη θέση %1 παραβιάζει τον περιορισμό μοναδικότητας στο πεδίο &quot;%2&quot; στη θέση %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="230"/>
        <source>Row at position %1 violates the primary key: all key cells are null or the key is not unique</source>
        <translation>Η γραμμή στη θέση %1 παραβιάζει το πρωτεύον κλειδί: όλα τα κελιά του κλειδιού είναι κενά ή το κλειδί δεν είναι μοναδικό</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="247"/>
        <source>Row at position %1 is a duplicate of an earlier row</source>
        <translation>Η γραμμή στη θέση %1 είναι διπλότυπο προηγούμενης γραμμής</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="262"/>
        <source>Row at position %1 violates the foreign key: the referenced values are not in the table</source>
        <translation>Η γραμμή στη θέση %1 παραβιάζει το ξένο κλειδί: οι τιμές αναφοράς δεν υπάρχουν στον πίνακα</translation>
    </message>
</context>
<context>
    <name>urbis::TableField</name>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="38"/>
        <location filename="../core/ingest/valuecast.cpp" line="41"/>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Πεδίο &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="92"/>
        <source>constraint &quot;%1&quot; is not supported by type &quot;%2&quot;</source>
        <translation>ο περιορισμός &quot;%1&quot; δεν υποστηρίζεται από τον τύπο &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="98"/>
        <source>constraint &quot;%1&quot;: %2 is not a valid %3</source>
        <translation>περιορισμός &quot;%1&quot;: το %2 δεν είναι έγκυρη τιμή %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="106"/>
        <source>a length constraint is negative</source>
        <translation>ένας περιορισμός μήκους είναι αρνητικός</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="127"/>
        <source>pattern &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>το μοτίβο &quot;%1&quot; δεν είναι έγκυρη κανονική έκφραση: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="18"/>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is malformed</source>
        <translation>Πεδίο &quot;%1&quot;: το &quot;%2&quot; δεν έχει σωστή μορφή</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="50"/>
        <source>Field &quot;%1&quot;: unknown constraint &quot;%2&quot;</source>
        <translation>Πεδίο &quot;%1&quot;: άγνωστος περιορισμός &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="112"/>
        <source>A field has no name (&quot;name&quot; must be a string)</source>
        <translation>Ένα πεδίο δεν έχει όνομα (το &quot;name&quot; πρέπει να είναι συμβολοσειρά)</translation>
    </message>
    <message>
        <location filename="../core/ingest/timepattern.cpp" line="113"/>
        <source>The date/time format &quot;%1&quot; uses &quot;%2&quot;, which is not a supported strptime directive</source>
        <translation>Η μορφή ημερομηνίας/ώρας &quot;%1&quot; χρησιμοποιεί το &quot;%2&quot;, που δεν είναι υποστηριζόμενη οδηγία strptime</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="96"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation>άγνωστος τύπος &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="114"/>
        <source>format &quot;%1&quot; is not valid for type &quot;%2&quot;</source>
        <translation>η μορφή &quot;%1&quot; δεν είναι έγκυρη για τον τύπο &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="131"/>
        <source>&quot;%1&quot; is malformed</source>
        <translation>το &quot;%1&quot; δεν έχει σωστή μορφή</translation>
    </message>
</context>
<context>
    <name>urbis::TableSchema</name>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="51"/>
        <source>Foreign key %1 is malformed: it needs &quot;fields&quot; and a &quot;reference&quot; with &quot;resource&quot; and &quot;fields&quot;</source>
        <translation>Το ξένο κλειδί %1 δεν έχει σωστή μορφή: χρειάζεται &quot;fields&quot; και ένα &quot;reference&quot; με &quot;resource&quot; και &quot;fields&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="58"/>
        <source>Foreign key %1 lists %2 fields but references %3</source>
        <translation>Το ξένο κλειδί %1 αναφέρει %2 πεδία αλλά παραπέμπει σε %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="70"/>
        <source>Foreign key %1 names the field &quot;%2&quot;, which the schema does not have</source>
        <translation>Το ξένο κλειδί %1 ονομάζει το πεδίο &quot;%2&quot;, το οποίο δεν υπάρχει στο σχήμα</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="88"/>
        <location filename="../core/ingest/tableschema.cpp" line="95"/>
        <source>The schema&apos;s &quot;missingValues&quot; must be a list of strings</source>
        <translation>Το &quot;missingValues&quot; του σχήματος πρέπει να είναι λίστα συμβολοσειρών</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="103"/>
        <source>The schema has no &quot;fields&quot; list</source>
        <translation>Το σχήμα δεν έχει λίστα &quot;fields&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="111"/>
        <source>Field %1 of the schema is not an object</source>
        <translation>Το πεδίο %1 του σχήματος δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="116"/>
        <source>Field %1 of the schema has no name</source>
        <translation>Το πεδίο %1 του σχήματος δεν έχει όνομα</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="124"/>
        <source>The schema has two fields named &quot;%1&quot;</source>
        <translation>Το σχήμα έχει δύο πεδία με όνομα &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="134"/>
        <source>The schema&apos;s &quot;primaryKey&quot; must be a field name or a list of them</source>
        <translation>Το &quot;primaryKey&quot; του σχήματος πρέπει να είναι όνομα πεδίου ή λίστα ονομάτων πεδίων</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="140"/>
        <source>The primary key names the field &quot;%1&quot;, which the schema does not have</source>
        <translation>Το πρωτεύον κλειδί ονομάζει το πεδίο &quot;%1&quot;, το οποίο δεν υπάρχει στο σχήμα</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="150"/>
        <source>The schema&apos;s &quot;foreignKeys&quot; must be a list</source>
        <translation>Το &quot;foreignKeys&quot; του σχήματος πρέπει να είναι λίστα</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="163"/>
        <source>The schema&apos;s &quot;%1&quot; must be a string</source>
        <translation>Το &quot;%1&quot; του σχήματος πρέπει να είναι συμβολοσειρά</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="177"/>
        <source>Cannot read the schema file %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου σχήματος %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="182"/>
        <source>The schema file %1 is not valid JSON (at byte %2)</source>
        <translation>Το αρχείο σχήματος %1 δεν είναι έγκυρο JSON (στο byte %2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="188"/>
        <source>The schema file %1 does not hold a JSON object</source>
        <translation>Το αρχείο σχήματος %1 δεν περιέχει αντικείμενο JSON</translation>
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
        <translation>Ακυρώθηκε πριν ξεκινήσει</translation>
    </message>
</context>
<context>
    <name>urbis::TaskProgressWidget</name>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="20"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="22"/>
        <source>Stop this step</source>
        <translation>Διακοπή αυτού του βήματος</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="59"/>
        <source>Cancelling…</source>
        <translation>Ακύρωση…</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="83"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>urbis::TaskRow</name>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="35"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="37"/>
        <source>Stop this task; work done so far is rolled back</source>
        <translation>Διακοπή αυτής της εργασίας. Ό,τι έχει γίνει μέχρι τώρα αναιρείται</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="89"/>
        <source>Queued</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92"/>
        <source>Cancelling…</source>
        <translation>Ακύρωση…</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92"/>
        <source>Running</source>
        <translation>Εκτελείται</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="95"/>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="98"/>
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="101"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>urbis::TasksPanel</name>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="18"/>
        <source>Clear finished</source>
        <translation>Απαλοιφή ολοκληρωμένων</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="20"/>
        <source>Remove finished, failed and cancelled tasks from the list</source>
        <translation>Αφαίρεση των ολοκληρωμένων, αποτυχημένων και ακυρωμένων εργασιών από τη λίστα</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="25"/>
        <source>No tasks. Imports, sync and clean-up jobs show their progress here.</source>
        <translation>Δεν υπάρχουν εργασίες. Οι εισαγωγές, ο συγχρονισμός και οι εργασίες καθαρισμού εμφανίζουν εδώ την πρόοδό τους.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="91"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n σε εκτέλεση</numerusform>
            <numerusform>%n σε εκτέλεση</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="92"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n ολοκληρωμένη</numerusform>
            <numerusform>%n ολοκληρωμένες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TileDownloader</name>
    <message>
        <location filename="../core/map/tiledownloader.cpp" line="76"/>
        <source>The server sent something that is not an image</source>
        <translation>Ο διακομιστής έστειλε κάτι που δεν είναι εικόνα</translation>
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
        <translation>%1 από %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="63"/>
        <source>%1/s, %2:%3 left</source>
        <translation>%1/s, απομένουν %2:%3</translation>
    </message>
</context>
<context>
    <name>urbis::TransfersView</name>
    <message>
        <location filename="../widgets/sync/transfersview.cpp" line="15"/>
        <source>No transfer running. Sync now (Ctrl+Shift+S) or Preview to see what would move.</source>
        <translation>Καμία μεταφορά σε εξέλιξη. Συγχρονισμός τώρα (Ctrl+Shift+S) ή Προεπισκόπηση για να δείτε τι θα μεταφερόταν.</translation>
    </message>
</context>
<context>
    <name>urbis::ValidateCommand</name>
    <message>
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation type="vanished">χρήση: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
κωδικοί εξόδου: 0 έγκυρο, 1 μη έγκυρο, 2 σφάλμα χρήσης ή μη αναγνώσιμη είσοδος</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="31"/>
        <source>validate needs exactly one file</source>
        <translation>το validate χρειάζεται ακριβώς ένα αρχείο</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="38"/>
        <source>--limit-errors needs a positive whole number</source>
        <translation>το --limit-errors χρειάζεται θετικό ακέραιο αριθμό</translation>
    </message>
    <message>
        <source>Unknown check &quot;%1&quot;; available: duplicate-row</source>
        <translation type="vanished">Άγνωστος έλεγχος &quot;%1&quot;· διαθέσιμοι: duplicate-row</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="21"/>
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
checks: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
        forbidden-value:FIELD=a|b|c (city-data checks always run; --no-city-checks turns them off)
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation>χρήση: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
έλεγχοι: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
         forbidden-value:FIELD=a|b|c (οι έλεγχοι δεδομένων πόλης εκτελούνται πάντα· το --no-city-checks τους απενεργοποιεί)
κωδικοί εξόδου: 0 έγκυρο, 1 μη έγκυρο, 2 σφάλμα χρήσης ή μη αναγνώσιμη είσοδος</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="48"/>
        <source>Unknown check &quot;%1&quot;; available: %2</source>
        <translation>Άγνωστος έλεγχος &quot;%1&quot;· διαθέσιμοι: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="51"/>
        <source>The check %1 needs a field: --checks %1:FIELD</source>
        <translation>Ο έλεγχος %1 χρειάζεται ένα πεδίο: --checks %1:FIELD</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="78"/>
        <source>Cannot read %1: no such file</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: το αρχείο δεν υπάρχει</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="82"/>
        <source>Validating</source>
        <translation>Επικύρωση σε εξέλιξη</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="99"/>
        <source>, row %1</source>
        <translation>, γραμμή %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="101"/>
        <source>, column %1</source>
        <translation>, στήλη %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="102"/>
        <source>, column %1 (%2)</source>
        <translation>, στήλη %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="106"/>
        <source>... and %1 more errors (use --json for all)</source>
        <translation>... και %1 ακόμη σφάλματα (χρησιμοποιήστε --json για όλα)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="107"/>
        <source>%1: valid (%2 rows, %3 fields)</source>
        <translation>%1: έγκυρο (%2 γραμμές, %3 πεδία)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="108"/>
        <source>%1: invalid, %2 errors in %3 rows</source>
        <translation>%1: μη έγκυρο, %2 σφάλματα σε %3 γραμμές</translation>
    </message>
</context>
<context>
    <name>urbis::Validator</name>
    <message>
        <source>Validation cancelled</source>
        <translation type="vanished">Η επικύρωση ακυρώθηκε</translation>
    </message>
    <message>
        <source>The source is empty</source>
        <translation type="vanished">Η πηγή είναι κενή</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="70"/>
        <source>Cannot create a temporary folder</source>
        <translation>Δεν είναι δυνατή η δημιουργία προσωρινού φακέλου</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="74"/>
        <source>Cannot write a temporary file</source>
        <translation>Δεν είναι δυνατή η εγγραφή προσωρινού αρχείου</translation>
    </message>
</context>
<context>
    <name>urbis::VectorReader</name>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="77"/>
        <source>Cannot open %1 as a vector source</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1 ως διανυσματικής πηγής</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="81"/>
        <source>%1 has no layer %2</source>
        <translation>Το %1 δεν έχει επίπεδο %2</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="102"/>
        <source>Cannot transform %1 to WGS84</source>
        <translation>Δεν είναι δυνατός ο μετασχηματισμός του %1 σε WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="190"/>
        <source>Reading %1 failed</source>
        <translation>Η ανάγνωση του %1 απέτυχε</translation>
    </message>
</context>
<context>
    <name>urbis::VersionHistoryView</name>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="20"/>
        <source>Select a version to see what changed since the one before; double-click to open it</source>
        <translation>Επιλέξτε μια έκδοση για να δείτε τι άλλαξε σε σχέση με την προηγούμενη· κάντε διπλό κλικ για να την ανοίξετε</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>Before</source>
        <translation>Πριν</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>After</source>
        <translation>Μετά</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="35"/>
        <source>Versions</source>
        <translation>Εκδόσεις</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="37"/>
        <source>Changes in the metadata</source>
        <translation>Αλλαγές στα μεταδεδομένα</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="41"/>
        <source>Change log of this version</source>
        <translation>Αρχείο αλλαγών αυτής της έκδοσης</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="67"/>
        <source>Version %1 · %2 · %3</source>
        <translation>Έκδοση %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="103"/>
        <source>Version %1 is the first version: nothing to compare it with.</source>
        <translation>Η έκδοση %1 είναι η πρώτη έκδοση: δεν υπάρχει κάτι για σύγκριση.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="109"/>
        <source>No metadata changed between version %1 and version %2.</source>
        <translation>Δεν άλλαξαν μεταδεδομένα μεταξύ της έκδοσης %1 και της έκδοσης %2.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="110"/>
        <source>Version %1 compared with version %2:</source>
        <translation>Η έκδοση %1 σε σύγκριση με την έκδοση %2:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="114"/>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="115"/>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
</context>
<context>
    <name>urbis::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="30"/>
        <source>Cannot create the data folder %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου δεδομένων %1</translation>
    </message>
</context>
<context>
    <name>urbis::XmlSource</name>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="31"/>
        <source>Row %1: the XML is not well-formed at line %2, column %3: %4</source>
        <translation>Γραμμή %1: το XML δεν είναι καλοσχηματισμένο στη γραμμή %2, στήλη %3: %4</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="45"/>
        <source>Cannot open %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="54"/>
        <source>%1 holds no XML element</source>
        <translation>Το %1 δεν περιέχει στοιχείο XML</translation>
    </message>
</context>
<context>
    <name>urbis::gdal</name>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="23"/>
        <source>Out of memory for %1</source>
        <translation>Ανεπαρκής μνήμη για το %1</translation>
    </message>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="29"/>
        <source>Cannot create %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του %1</translation>
    </message>
</context>
<context>
    <name>urbis::isotime</name>
    <message>
        <location filename="../core/util/isotime.cpp" line="34"/>
        <source>&quot;%1&quot; is not an ISO 8601 date or time (e.g. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</source>
        <translation>&quot;%1&quot; δεν είναι ημερομηνία ή ώρα ISO 8601 (π.χ. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</translation>
    </message>
</context>
<context>
    <name>urbis::s3::FileSha256</name>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="14"/>
        <location filename="../core/storage/s3/filesha256.cpp" line="22"/>
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="19"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Client</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="vanished">Δεν είναι δυνατή η σύνδεση με το %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="271"/>
        <source>Not found on the remote: %1</source>
        <translation>Δεν βρέθηκε στον απομακρυσμένο διακομιστή: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="273"/>
        <source>The remote refused %1: it was changed meanwhile</source>
        <translation>Ο απομακρυσμένος διακομιστής απέρριψε το %1: τροποποιήθηκε στο μεταξύ</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="275"/>
        <source>The remote does not support %1</source>
        <translation>Ο απομακρυσμένος διακομιστής δεν υποστηρίζει το %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="277"/>
        <source>The remote is too busy for %1 (HTTP %2): try again later</source>
        <translation>Ο απομακρυσμένος διακομιστής είναι υπερβολικά απασχολημένος για το %1 (HTTP %2): δοκιμάστε ξανά αργότερα</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="279"/>
        <source>The remote failed on %1 (HTTP %2)</source>
        <translation>Ο απομακρυσμένος διακομιστής απέτυχε στο %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="280"/>
        <source>The remote refused %1: %2</source>
        <translation>Ο απομακρυσμένος διακομιστής απέρριψε το %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="320"/>
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>Το %1 έφτασε κατεστραμμένο: το περιεχόμενό του δεν ταιριάζει με το sha256 του</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="161"/>
        <location filename="../core/storage/s3/s3client.cpp" line="170"/>
        <location filename="../core/storage/s3/s3client.cpp" line="235"/>
        <location filename="../core/storage/s3/s3client.cpp" line="366"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="244"/>
        <source>the data could not be written</source>
        <translation>δεν ήταν δυνατή η εγγραφή των δεδομένων</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="256"/>
        <source>the connection failed (%1)</source>
        <translation>η σύνδεση απέτυχε (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="266"/>
        <source>Cannot reach %1 for %2: %3</source>
        <translation>Δεν είναι δυνατή η πρόσβαση στο %1 για το %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="356"/>
        <source>The remote could not copy %1 to %2</source>
        <translation>Ο απομακρυσμένος χώρος δεν μπόρεσε να αντιγράψει το %1 στο %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="402"/>
        <source>The remote sent an unreadable listing</source>
        <translation>Ο απομακρυσμένος διακομιστής έστειλε μη αναγνώσιμη λίστα</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="406"/>
        <source>The remote sent a truncated listing without a continuation token</source>
        <translation>Ο απομακρυσμένος διακομιστής έστειλε περικομμένη λίστα χωρίς διακριτικό συνέχισης</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="408"/>
        <source>The remote listing does not end</source>
        <translation>Η λίστα του απομακρυσμένου διακομιστή δεν τελειώνει</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Downloader</name>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="26"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="42"/>
        <source>Downloading %1</source>
        <translation>Λήψη του %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="51"/>
        <source>%1 carries no sha256 to verify it by</source>
        <translation>Το %1 δεν φέρει sha256 με το οποίο να επαληθευτεί</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="59"/>
        <source>Cannot make room for %1 in %2</source>
        <translation>Δεν είναι δυνατή η δημιουργία χώρου για το %1 στο %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="69"/>
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>Το %1 έφτασε κατεστραμμένο: το περιεχόμενό του δεν ταιριάζει με το sha256 του</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="103"/>
        <location filename="../core/storage/s3/s3downloader.cpp" line="129"/>
        <location filename="../core/storage/s3/s3downloader.cpp" line="136"/>
        <source>Cannot write %1</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="131"/>
        <source>%1 arrived damaged: a range came back with the wrong length</source>
        <translation>Το %1 έφτασε κατεστραμμένο: ένα τμήμα επέστρεψε με λάθος μήκος</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Multipart</name>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="41"/>
        <source>The remote did not start the upload of %1</source>
        <translation>Ο απομακρυσμένος διακομιστής δεν ξεκίνησε τη μεταφόρτωση του %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="54"/>
        <source>The remote sent no ETag for part %1 of %2</source>
        <translation>Ο απομακρυσμένος διακομιστής δεν έστειλε ETag για το τμήμα %1 του %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="90"/>
        <source>The remote could not assemble %1</source>
        <translation>Ο απομακρυσμένος διακομιστής δεν μπόρεσε να συναρμολογήσει το %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="141"/>
        <source>The remote sent an unreadable part list</source>
        <translation>Ο απομακρυσμένος διακομιστής έστειλε μη αναγνώσιμη λίστα τμημάτων</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="145"/>
        <source>The remote part list does not end</source>
        <translation>Η λίστα τμημάτων του απομακρυσμένου διακομιστή δεν τελειώνει</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3UploadState</name>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="27"/>
        <source>No upload to resume at %1</source>
        <translation>Δεν υπάρχει μεταφόρτωση προς συνέχιση στο %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="29"/>
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="34"/>
        <source>The upload state %1 is unreadable</source>
        <translation>Η κατάσταση μεταφόρτωσης %1 δεν είναι αναγνώσιμη</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="50"/>
        <source>The upload state %1 is incomplete</source>
        <translation>Η κατάσταση μεταφόρτωσης %1 είναι ελλιπής</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Uploader</name>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="28"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="50"/>
        <source>Cannot upload %1: there is no such file</source>
        <translation>Δεν είναι δυνατή η μεταφόρτωση του %1: το αρχείο δεν υπάρχει</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="58"/>
        <source>Uploading %1</source>
        <translation>Μεταφόρτωση του %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="79"/>
        <source>%1 changed while it was uploaded</source>
        <translation>Το %1 άλλαξε κατά τη μεταφόρτωσή του</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="115"/>
        <location filename="../core/storage/s3/s3uploader.cpp" line="118"/>
        <location filename="../core/storage/s3/s3uploader.cpp" line="214"/>
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="228"/>
        <source>Cannot read part %1 of %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του τμήματος %1 του %2</translation>
    </message>
</context>
</TS>
