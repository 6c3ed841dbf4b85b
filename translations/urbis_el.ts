<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
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
    <name>urbis::AlertEngine</name>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="32"/>
        <source>%1: %2 changes by %3 a minute</source>
        <translation>%1: το %2 μεταβάλλεται κατά %3 ανά λεπτό</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="34"/>
        <source>%1 cleared: %2 changes by %3 a minute</source>
        <translation>Λήξη %1: το %2 μεταβάλλεται κατά %3 ανά λεπτό</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="36"/>
        <source>%1: %2 changes by %3 a minute at %4</source>
        <translation>%1: το %2 μεταβάλλεται κατά %3 ανά λεπτό στον σταθμό %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="38"/>
        <source>%1 cleared: %2 changes by %3 a minute at %4</source>
        <translation>Λήξη %1: το %2 μεταβάλλεται κατά %3 ανά λεπτό στον σταθμό %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="42"/>
        <source>%1: %2 is %3</source>
        <translation>%1: το %2 είναι %3</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="43"/>
        <source>%1 cleared: %2 is %3</source>
        <translation>Λήξη %1: το %2 είναι %3</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="44"/>
        <source>%1: %2 is %3 at %4</source>
        <translation>%1: το %2 είναι %3 στον σταθμό %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="45"/>
        <source>%1 cleared: %2 is %3 at %4</source>
        <translation>Λήξη %1: το %2 είναι %3 στον σταθμό %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="124"/>
        <source>%1 cleared: data again</source>
        <translation>Λήξη %1: τα δεδομένα έρχονται ξανά</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="125"/>
        <source>%1 cleared: data from %2 again</source>
        <translation>Λήξη %1: τα δεδομένα από τον σταθμό %2 έρχονται ξανά</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="179"/>
        <source>%1: %2 is %3, outside the schema&apos;s %4</source>
        <translation>%1: το %2 είναι %3, εκτός των ορίων του σχήματος (%4)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="182"/>
        <source>%1: %2 is %3 at %4, outside the schema&apos;s %5</source>
        <translation>%1: το %2 είναι %3 στον σταθμό %4, εκτός των ορίων του σχήματος (%5)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="271"/>
        <source>%1: no data for %2 s</source>
        <translation>%1: χωρίς δεδομένα για %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="272"/>
        <source>%1: no data from %2 for %3 s</source>
        <translation>%1: χωρίς δεδομένα από τον σταθμό %2 για %3 s</translation>
    </message>
</context>
<context>
    <name>urbis::AlertListModel</name>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="58"/>
        <source>Critical</source>
        <translation>Κρίσιμη</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="60"/>
        <source>Warning</source>
        <translation>Προειδοποίηση</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="64"/>
        <source>Info</source>
        <translation>Πληροφορία</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="93"/>
        <source>raised</source>
        <translation>ενεργή</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="93"/>
        <source>cleared</source>
        <translation>έληξε</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="139"/>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="141"/>
        <source>Severity</source>
        <translation>Σοβαρότητα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="143"/>
        <source>Stream</source>
        <translation>Ροή</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="145"/>
        <source>Station</source>
        <translation>Σταθμός</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="147"/>
        <source>Rule</source>
        <translation>Κανόνας</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="149"/>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="151"/>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
</context>
<context>
    <name>urbis::AlertLog</name>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="47"/>
        <source>Cannot create the folder %1 for the alert log</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1 για το αρχείο καταγραφής ειδοποιήσεων</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="58"/>
        <location filename="../core/stream/alertlog.cpp" line="91"/>
        <source>Cannot write to the alert log %1</source>
        <translation>Δεν είναι δυνατή η εγγραφή στο αρχείο καταγραφής ειδοποιήσεων %1</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="67"/>
        <source>Cannot open the alert log %1</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του αρχείου καταγραφής ειδοποιήσεων %1</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="77"/>
        <source>Cannot rotate the alert log %1</source>
        <translation>Δεν είναι δυνατή η εναλλαγή του αρχείου καταγραφής ειδοποιήσεων %1</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="84"/>
        <source>The alert log %1 is not open</source>
        <translation>Το αρχείο καταγραφής ειδοποιήσεων %1 δεν είναι ανοιχτό</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="106"/>
        <source>Cannot read the alert log %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου καταγραφής ειδοποιήσεων %1</translation>
    </message>
</context>
<context>
    <name>urbis::AlertPanel</name>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="24"/>
        <source>Add r&amp;ule…</source>
        <translation>Προσθήκη &amp;κανόνα…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="24"/>
        <source>Edit rule…</source>
        <translation>Επεξεργασία κανόνα…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="25"/>
        <source>Remove rule</source>
        <translation>Αφαίρεση κανόνα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="26"/>
        <source>Raised &amp;only</source>
        <translation>&amp;Μόνο ενεργές</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Rule</source>
        <translation>Κανόνας</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Condition</source>
        <translation>Συνθήκη</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Severity</source>
        <translation>Σοβαρότητα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="44"/>
        <source>Search alerts: station, rule, message…</source>
        <translation>Αναζήτηση ειδοποιήσεων: σταθμός, κανόνας, μήνυμα…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="48"/>
        <source>All severities</source>
        <translation>Κάθε σοβαρότητα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="49"/>
        <source>Warning and critical</source>
        <translation>Προειδοποίηση και κρίσιμη</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="50"/>
        <source>Critical only</source>
        <translation>Μόνο κρίσιμες</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="115"/>
        <source>Select a stream to edit its alert rules.</source>
        <translation>Επιλέξτε μια ροή για να επεξεργαστείτε τους κανόνες ειδοποίησής της.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="116"/>
        <source>Alert rules of &quot;%1&quot;:</source>
        <translation>Κανόνες ειδοποίησης της ροής &quot;%1&quot;:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="193"/>
        <source>Remove alert rule</source>
        <translation>Αφαίρεση κανόνα ειδοποίησης</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="193"/>
        <source>Remove the rule &quot;%1&quot;?</source>
        <translation>Να αφαιρεθεί ο κανόνας &quot;%1&quot;;</translation>
    </message>
</context>
<context>
    <name>urbis::AlertRule</name>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="20"/>
        <source>Alert rule: &quot;%1&quot; is missing or malformed</source>
        <translation>Κανόνας ειδοποίησης: το &quot;%1&quot; λείπει ή δεν έχει σωστή μορφή</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="119"/>
        <source>An alert rule needs a name</source>
        <translation>Ένας κανόνας ειδοποίησης χρειάζεται όνομα</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="121"/>
        <source>Alert rule &quot;%1&quot; needs a measure</source>
        <translation>Ο κανόνας ειδοποίησης &quot;%1&quot; χρειάζεται μέγεθος</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="123"/>
        <source>Alert rule &quot;%1&quot;: the threshold and hysteresis must be numbers</source>
        <translation>Κανόνας ειδοποίησης &quot;%1&quot;: το κατώφλι και η υστέρηση πρέπει να είναι αριθμοί</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="125"/>
        <source>Alert rule &quot;%1&quot;: the hysteresis cannot be negative</source>
        <translation>Κανόνας ειδοποίησης &quot;%1&quot;: η υστέρηση δεν μπορεί να είναι αρνητική</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="128"/>
        <source>Alert rule &quot;%1&quot;: a rate of change is compared as a magnitude, it cannot be negative</source>
        <translation>Κανόνας ειδοποίησης &quot;%1&quot;: ο ρυθμός μεταβολής συγκρίνεται ως απόλυτη τιμή, δεν μπορεί να είναι αρνητικός</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="131"/>
        <source>Alert rule &quot;%1&quot;: the no-data delay must be at least one second</source>
        <translation>Κανόνας ειδοποίησης &quot;%1&quot;: η καθυστέρηση απουσίας δεδομένων πρέπει να είναι τουλάχιστον ένα δευτερόλεπτο</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="142"/>
        <source>%1 &gt; %2 (clears &lt; %3)</source>
        <translation>%1 &gt; %2 (λήξη &lt; %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="143"/>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="147"/>
        <source>%1 &lt; %2 (clears &gt; %3)</source>
        <translation>%1 &lt; %2 (λήξη &gt; %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="148"/>
        <source>%1 &lt; %2</source>
        <translation>%1 &lt; %2</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="151"/>
        <source>%1 changes by more than %2 a minute (clears below %3)</source>
        <translation>το %1 μεταβάλλεται κατά περισσότερο από %2 ανά λεπτό (λήξη κάτω από %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="153"/>
        <source>%1 changes by more than %2 a minute</source>
        <translation>το %1 μεταβάλλεται κατά περισσότερο από %2 ανά λεπτό</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="156"/>
        <source>no data for %1 s</source>
        <translation>χωρίς δεδομένα για %1 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="157"/>
        <source>no data from %1 for %2 s</source>
        <translation>χωρίς δεδομένα από τον σταθμό %1 για %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="159"/>
        <source>%1 outside the dataset schema&apos;s constraints</source>
        <translation>%1 εκτός των περιορισμών του σχήματος του συνόλου δεδομένων</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="162"/>
        <source>%1 at %2</source>
        <translation>%1 στον σταθμό %2</translation>
    </message>
</context>
<context>
    <name>urbis::AlertRuleDialog</name>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="33"/>
        <source>&amp;Enabled</source>
        <translation>Ενε&amp;ργός</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="37"/>
        <source>Add alert rule</source>
        <translation>Προσθήκη κανόνα ειδοποίησης</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="39"/>
        <source>e.g. PM10 above the EU daily limit</source>
        <translation>π.χ. PM10 πάνω από το ημερήσιο όριο της ΕΕ</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="41"/>
        <source>Value above the threshold</source>
        <translation>Τιμή πάνω από το κατώφλι</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="42"/>
        <source>Value below the threshold</source>
        <translation>Τιμή κάτω από το κατώφλι</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="43"/>
        <source>Change per minute above the threshold</source>
        <translation>Μεταβολή ανά λεπτό πάνω από το κατώφλι</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="44"/>
        <source>No data for some time</source>
        <translation>Χωρίς δεδομένα για κάποιο διάστημα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="45"/>
        <source>Outside the dataset&apos;s constraints</source>
        <translation>Εκτός των περιορισμών του συνόλου δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="52"/>
        <source>(every station)</source>
        <translation>(κάθε σταθμός)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="57"/>
        <source>A raised alert clears only this far back past the threshold, so a value hovering at the threshold does not flap</source>
        <translation>Μια ενεργή ειδοποίηση λήγει μόνο όταν η τιμή επιστρέψει τόσο πέρα από το κατώφλι, ώστε μια τιμή που κυμαίνεται γύρω από το κατώφλι να μην την ενεργοποιεί και απενεργοποιεί συνεχώς</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="64"/>
        <source>Info</source>
        <translation>Πληροφορία</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="65"/>
        <source>Warning</source>
        <translation>Προειδοποίηση</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="66"/>
        <source>Critical</source>
        <translation>Κρίσιμη</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="76"/>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="77"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Είδος:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="78"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Μέγεθος:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="79"/>
        <source>S&amp;tation:</source>
        <translation>&amp;Σταθμός:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="80"/>
        <source>&amp;Threshold:</source>
        <translation>&amp;Κατώφλι:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="81"/>
        <source>&amp;Hysteresis:</source>
        <translation>&amp;Υστέρηση:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="82"/>
        <source>No &amp;data for:</source>
        <translation>Χωρίς &amp;δεδομένα για:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="83"/>
        <source>&amp;Severity:</source>
        <translation>Σο&amp;βαρότητα:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="107"/>
        <source>Edit alert rule &quot;%1&quot;</source>
        <translation>Επεξεργασία κανόνα ειδοποίησης &quot;%1&quot;</translation>
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
    <name>urbis::BlobConnection</name>
    <message>
        <location filename="../core/kpi/blobconnection.cpp" line="20"/>
        <source>Cannot open the data of a dataset: %1</source>
        <translation>Δεν είναι δυνατό το άνοιγμα των δεδομένων ενός συνόλου δεδομένων: %1</translation>
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
        <location filename="../core/catalog/catalog.cpp" line="71"/>
        <source>Cannot open the catalog %1</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του καταλόγου %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="84"/>
        <source>A dataset needs a title</source>
        <translation>Ένα σύνολο δεδομένων χρειάζεται τίτλο</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="86"/>
        <source>Unknown domain &quot;%1&quot;; expected one of %2</source>
        <translation>Άγνωστος τομέας &quot;%1&quot;, αναμενόταν ένας από τους: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="89"/>
        <source>The temporal extent ends before it starts</source>
        <translation>Η χρονική έκταση τελειώνει πριν αρχίσει</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="92"/>
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>Το πλαίσιο οριοθέτησης %1 δεν είναι έγκυρη έκταση WGS84</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="123"/>
        <location filename="../core/catalog/catalog.cpp" line="457"/>
        <location filename="../core/catalog/catalog.cpp" line="475"/>
        <source>No dataset with id %1</source>
        <translation>Δεν υπάρχει σύνολο δεδομένων με αναγνωριστικό %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="266"/>
        <source>A dataset with id %1 exists already</source>
        <translation>Υπάρχει ήδη σύνολο δεδομένων με αναγνωριστικό %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="327"/>
        <source>Record %1: %2</source>
        <translation>Εγγραφή %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="350"/>
        <source>Dataset &quot;%1&quot; was changed by someone else since it was loaded</source>
        <translation>Το σύνολο δεδομένων &quot;%1&quot; τροποποιήθηκε από άλλον χρήστη μετά τη φόρτωσή του</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="393"/>
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
  kpi eval FILE.json [--city C] [--grain G]  υπολογίζει ορισμούς KPI ή έναν πίνακα ελέγχου (urbis kpi --help)
καθολικές επιλογές:
  --data-dir DIR   φάκελος χώρου εργασίας (προεπιλογή: $URBIS_DATA_DIR ή ~/.local/share/urbis)
  --json           έξοδος αναγνώσιμη από μηχανή στο stdout
  --quiet          χωρίς μηνύματα στο stderr
  --version        εμφανίζει τις εκδόσεις και τερματίζει
κωδικοί εξόδου: 0 εντάξει, 1 μη έγκυρα δεδομένα, 2 σφάλμα χρήσης ή μη αναγνώσιμη είσοδος, 3 απομακρυσμένη αποτυχία ή αποτυχία I/O</translation>
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
        <translation>χρήση: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
       urbis                  ανοίγει την εφαρμογή επιφάνειας εργασίας
εντολές:
  catalog list|search|show|delete|add   ο κατάλογος συνόλων δεδομένων (urbis catalog --help)
  demo                                  δημιουργεί τον χώρο εργασίας επίδειξης στον φάκελο δεδομένων
  validate FILE [--schema S]            ελέγχει έναν πίνακα (αναφορά Frictionless· urbis validate --help)
  import FILE... [--title T]            επικυρώνει, κανονικοποιεί και καταχωρίζει αρχεία στον κατάλογο (urbis import --help)
  remote add|list|remove|test           απομακρυσμένοι διακομιστές συμβατοί με S3 (urbis remote --help)
  sync [NAME] [--push] [--pull]         κοινή χρήση του καταλόγου μέσω απομακρυσμένου διακομιστή (urbis sync --help)
  send ID --to URL [--token-env VAR]    αποστέλλει ένα σύνολο δεδομένων σε τελικό σημείο πρόσληψης REST (urbis send --help)
  kpi eval FILE.json [--city C] [--grain G]  υπολογίζει ορισμούς KPI ή έναν πίνακα ελέγχου (urbis kpi --help)
  stream record URL | serve DATASET     καταγράφει μια ζωντανή ροή, αναπαράγει ένα σύνολο δεδομένων ως ροή (urbis stream --help)
  sim run wildfire|flood --config S.json [--out DIR]  εκτελεί ένα σενάριο χωρίς γραφικό περιβάλλον (urbis sim --help)
γενικές επιλογές:
  --data-dir DIR   φάκελος του χώρου εργασίας (προεπιλογή: $URBIS_DATA_DIR ή ~/.local/share/urbis)
  --json           έξοδος αναγνώσιμη από μηχανή στο stdout
  --quiet          χωρίς μηνύματα στο stderr
  --version        εμφανίζει τις εκδόσεις και τερματίζει
κωδικοί εξόδου: 0 ok, 1 μη έγκυρα δεδομένα, 2 σφάλμα χρήσης ή μη αναγνώσιμη είσοδος, 3 αποτυχία απομακρυσμένου διακομιστή ή I/O</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="110"/>
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>Το --data-dir είναι κενό (μη ορισμένη μεταβλητή;)· δώστε έναν φάκελο</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="119"/>
        <source>no command given</source>
        <translation>δεν δόθηκε εντολή</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="157"/>
        <source>&quot;%1&quot; is not available in this build yet</source>
        <translation>&quot;%1&quot; δεν είναι ακόμη διαθέσιμο σε αυτή την έκδοση</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="158"/>
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
    <name>urbis::DemoTerrain</name>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="54"/>
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="90"/>
        <source>Name of the road or river</source>
        <translation>Όνομα του δρόμου ή του ποταμού</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="91"/>
        <source>road or river</source>
        <translation>δρόμος ή ποταμός</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="123"/>
        <source>Building number</source>
        <translation>Αριθμός κτιρίου</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="124"/>
        <source>residential, farm or cabin</source>
        <translation>κατοικία, αγρόκτημα ή καλύβα</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="237"/>
        <source>Athens north-east outskirts terrain (synthetic DEM)</source>
        <translation>Ανάγλυφο των βορειοανατολικών προαστίων της Αθήνας (συνθετικό DEM)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="238"/>
        <source>Elevation in metres on a 30 m grid (UTM zone 34N): made-up hills and a valley draining south with a river. Synthetic demo data, not a survey.</source>
        <translation>Υψόμετρο σε μέτρα σε πλέγμα 30 m (UTM ζώνη 34N): επινοημένοι λόφοι και μια κοιλάδα που αποστραγγίζεται προς τα νότια μέσω ενός ποταμού. Συνθετικά δεδομένα επίδειξης, όχι τοπογραφική αποτύπωση.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="243"/>
        <source>elevation (m)</source>
        <translation>υψόμετρο (m)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="245"/>
        <source>Athens north-east outskirts fuel map (synthetic)</source>
        <translation>Χάρτης καύσιμης ύλης των βορειοανατολικών προαστίων της Αθήνας (συνθετικός)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="246"/>
        <source>Wildfire fuel classes on the terrain&apos;s grid: 1 grass, 2 shrub, 3 timber litter, 4 urban vegetation, 5 water or rock (docs/simulation.md). Derived from the synthetic terrain.</source>
        <translation>Κατηγορίες καύσιμης ύλης δασικών πυρκαγιών στο πλέγμα του ανάγλυφου: 1 χόρτα, 2 θάμνοι, 3 φυλλοστρωμνή δάσους, 4 αστική βλάστηση, 5 νερό ή βράχος (docs/simulation.md). Προέρχονται από το συνθετικό ανάγλυφο.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="251"/>
        <source>fuel class</source>
        <translation>κατηγορία καύσιμης ύλης</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="253"/>
        <source>Athens north-east outskirts roads and river (synthetic)</source>
        <translation>Δρόμοι και ποταμός των βορειοανατολικών προαστίων της Αθήνας (συνθετικά)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="254"/>
        <source>Two roads and a river as lines: fire breaks for the wildfire scenario. Synthetic demo data.</source>
        <translation>Δύο δρόμοι και ένας ποταμός ως γραμμές: αντιπυρικές ζώνες για το σενάριο δασικής πυρκαγιάς. Συνθετικά δεδομένα επίδειξης.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="257"/>
        <source>Athens north-east outskirts buildings (synthetic)</source>
        <translation>Κτίρια των βορειοανατολικών προαστίων της Αθήνας (συνθετικά)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="258"/>
        <source>Houses, farms and cabins as points, with their use: what the scenarios count as affected. Synthetic demo data.</source>
        <translation>Σπίτια, αγροκτήματα και καλύβες ως σημεία, με τη χρήση τους: ό,τι μετρούν τα σενάρια ως επηρεασμένο. Συνθετικά δεδομένα επίδειξης.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="279"/>
        <source>Athens outskirts wildfire (demo)</source>
        <translation>Δασική πυρκαγιά στα προάστια της Αθήνας (επίδειξη)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="280"/>
        <source>A summer fire starting in the dry grass of the valley in a strong southerly wind; the ridge road and the river stop it. Synthetic terrain and fuel.</source>
        <translation>Μια καλοκαιρινή πυρκαγιά που ξεκινά από τα ξερά χόρτα της κοιλάδας με ισχυρό νότιο άνεμο· ο δρόμος της κορυφογραμμής και ο ποταμός τη σταματούν. Συνθετικό ανάγλυφο και καύσιμη ύλη.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="302"/>
        <source>Athens outskirts river flood (demo)</source>
        <translation>Πλημμύρα ποταμού στα προάστια της Αθήνας (επίδειξη)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="303"/>
        <source>A flood wave entering the valley from the north after a short storm; the river leaves its bed. Synthetic terrain.</source>
        <translation>Ένα πλημμυρικό κύμα εισέρχεται στην κοιλάδα από τα βόρεια μετά από μια σύντομη καταιγίδα· ο ποταμός βγαίνει από την κοίτη του. Συνθετικό ανάγλυφο.</translation>
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
        <location filename="../core/workspace/demoworkspace.cpp" line="53"/>
        <source>%1 air quality, January 2023</source>
        <translation>%1 – ποιότητα αέρα, Ιανουάριος 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="54"/>
        <source>Hourly PM10, PM2.5, NO2, CO, temperature, humidity, pressure and wind speed at three stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>Ωριαίες τιμές PM10, PM2.5, NO2, CO, θερμοκρασίας, υγρασίας, πίεσης και ταχύτητας ανέμου σε τρεις σταθμούς της πόλης %1 (συνθετικά δεδομένα επίδειξης στη μορφή του Παραρτήματος B του CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="63"/>
        <source>Monthly electricity consumption of municipal buildings per district, in kWh (synthetic).</source>
        <translation>Μηνιαία κατανάλωση ηλεκτρικής ενέργειας των δημοτικών κτιρίων ανά συνοικία, σε kWh (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="69"/>
        <source>Electricity used by municipal buildings in the month</source>
        <translation>Ηλεκτρική ενέργεια που κατανάλωσαν τα δημοτικά κτίρια μέσα στον μήνα</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="78"/>
        <source>Sofia city-centre traffic counts, January 2023</source>
        <translation>Μετρήσεις κυκλοφορίας στο κέντρο της Σόφιας, Ιανουάριος 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="79"/>
        <source>Hourly vehicle counts at four counting stations on the main roads into the city centre (synthetic).</source>
        <translation>Ωριαίες καταμετρήσεις οχημάτων σε τέσσερις σταθμούς καταμέτρησης στους κύριους δρόμους προς το κέντρο της πόλης (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="88"/>
        <source>Monthly collected and recycled small WEEE and textile waste per district, in tonnes (synthetic).</source>
        <translation>Μηνιαίες ποσότητες μικρών ΑΗΗΕ και κλωστοϋφαντουργικών αποβλήτων που συλλέχθηκαν και ανακυκλώθηκαν ανά συνοικία, σε τόνους (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="92"/>
        <source>Waste collected in the month</source>
        <translation>Απόβλητα που συλλέχθηκαν μέσα στον μήνα</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="93"/>
        <source>Part of it sent to recycling</source>
        <translation>Μέρος τους που στάλθηκε για ανακύκλωση</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="103"/>
        <source>Monthly CO2 emissions estimated per district, in tonnes (synthetic).</source>
        <translation>Μηνιαίες εκτιμώμενες εκπομπές CO2 ανά συνοικία, σε τόνους (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="108"/>
        <source>CO2 emitted in the month</source>
        <translation>CO2 που εκπέμφθηκε μέσα στον μήνα</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="116"/>
        <source>%1 districts 2023</source>
        <translation>%1 – συνοικίες 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="117"/>
        <source>Boundaries of four central districts of %1 with their population (synthetic).</source>
        <translation>Όρια τεσσάρων κεντρικών συνοικιών της πόλης %1 με τον πληθυσμό τους (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="187"/>
        <source>Cannot create the work folder %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου εργασίας %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="190"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία φακέλου εργασίας στο %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="193"/>
        <source>Creating %1</source>
        <translation>Δημιουργία του %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="199"/>
        <source>Cannot write %1</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="229"/>
        <source>The demo dataset &quot;%1&quot; does not pass validation: %2</source>
        <translation>Το σύνολο δεδομένων επίδειξης &quot;%1&quot; δεν περνά την επικύρωση: %2</translation>
    </message>
    <message>
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation type="vanished">Ωριαίες τιμές PM10, PM2.5, NO2, όζοντος, θερμοκρασίας και υγρασίας σε δύο σταθμούς της πόλης %1 (συνθετικά δεδομένα επίδειξης στη μορφή του Παραρτήματος B του CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="62"/>
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
        <location filename="../core/workspace/demoworkspace.cpp" line="87"/>
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Συλλογή ΑΗΗΕ και κλωστοϋφαντουργικών αποβλήτων στο Τορίνο 2019-2023</translation>
    </message>
    <message>
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation type="vanished">Μηνιαίες ποσότητες μικρών ΑΗΗΕ και κλωστοϋφαντουργικών αποβλήτων που συλλέχθηκαν ανά συνοικία (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="102"/>
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>Εκπομπές CO2 στο Ντιφερντάνζ 2019-2023</translation>
    </message>
    <message>
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation type="vanished">Μηνιαίες εκτιμώμενες εκπομπές CO2 ανά συνοικία (συνθετικά δεδομένα).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="162"/>
        <source>Demo workspace creation cancelled</source>
        <translation>Η δημιουργία του χώρου εργασίας επίδειξης ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="151"/>
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
    <name>urbis::FactPageScan</name>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">Ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>urbis::FactScan</name>
    <message>
        <source>Cannot open the data of a dataset: %1</source>
        <translation type="vanished">Δεν είναι δυνατό το άνοιγμα των δεδομένων ενός συνόλου δεδομένων: %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="75"/>
        <source>Cannot read the facts</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των γεγονότων</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="159"/>
        <source>Reading the facts failed</source>
        <translation>Η ανάγνωση των γεγονότων απέτυχε</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="212"/>
        <source>The data of this dataset is not a GeoPackage table: KPIs need tabular facts</source>
        <translation>Τα δεδομένα αυτού του συνόλου δεδομένων δεν είναι πίνακας GeoPackage: τα KPI χρειάζονται γεγονότα σε μορφή πίνακα</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="219"/>
        <source>The GeoPackage holds no table</source>
        <translation>Το GeoPackage δεν περιέχει πίνακα</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="231"/>
        <source>Cannot read the columns of %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των στηλών του %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="258"/>
        <source>Cannot read the facts of table %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των γεγονότων του πίνακα %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factworkers.h" line="38"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>urbis::FieldMapping</name>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="172"/>
        <source>&quot;%1&quot; is not a time: %2</source>
        <translation>Το &quot;%1&quot; δεν είναι χρονική τιμή: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="200"/>
        <source>The record has none of the mapped measures or attributes</source>
        <translation>Η εγγραφή δεν έχει κανένα από τα αντιστοιχισμένα μεγέθη ή χαρακτηριστικά</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="234"/>
        <source>Field mapping: &quot;%1&quot; must be %2</source>
        <translation>Αντιστοίχιση πεδίων: το &quot;%1&quot; πρέπει να είναι %2</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="242"/>
        <source>text</source>
        <translation>κείμενο</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="255"/>
        <source>one of auto, epochSeconds, epochMillis, iso</source>
        <translation>ένα από τα auto, epochSeconds, epochMillis, iso</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="259"/>
        <source>a list</source>
        <translation>λίστα</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="266"/>
        <source>a list of keys or {&quot;key&quot;, &quot;unit&quot;} objects</source>
        <translation>λίστα κλειδιών ή αντικειμένων {&quot;key&quot;, &quot;unit&quot;}</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="271"/>
        <location filename="../core/stream/fieldmapping.cpp" line="274"/>
        <source>a list of keys</source>
        <translation>λίστα κλειδιών</translation>
    </message>
</context>
<context>
    <name>urbis::FieldMappingEditor</name>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="43"/>
        <source>&amp;Infer from the first record</source>
        <translation>Συνα&amp;γωγή από την πρώτη εγγραφή</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="47"/>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="47"/>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="48"/>
        <source>Annex B</source>
        <translation>Παράρτημα B</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="51"/>
        <source>Time, station, position and every number of the first record become the mapping</source>
        <translation>Η ώρα, ο σταθμός, η θέση και κάθε αριθμός της πρώτης εγγραφής γίνονται η αντιστοίχιση</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="52"/>
        <source>empty: the time the message arrived</source>
        <translation>κενό: η ώρα άφιξης του μηνύματος</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="54"/>
        <source>Automatic</source>
        <translation>Αυτόματο</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="55"/>
        <source>Seconds since 1970</source>
        <translation>Δευτερόλεπτα από το 1970</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="56"/>
        <source>Milliseconds since 1970</source>
        <translation>Χιλιοστά του δευτερολέπτου από το 1970</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="57"/>
        <source>ISO 8601 text</source>
        <translation>Κείμενο ISO 8601</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="58"/>
        <source>empty: one station; a|b: the first present</source>
        <translation>κενό: ένας σταθμός· a|b: το πρώτο που υπάρχει</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="60"/>
        <source>Measure key</source>
        <translation>Κλειδί μεγέθους</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="60"/>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="67"/>
        <source>Reset to the CLIMABOROUGH Annex B air-quality record</source>
        <translation>Επαναφορά στην εγγραφή ποιότητας αέρα του Παραρτήματος B του CLIMABOROUGH</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="68"/>
        <source>text keys to keep, comma-separated</source>
        <translation>κλειδιά κειμένου προς διατήρηση, χωρισμένα με κόμμα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="75"/>
        <source>&amp;Time key:</source>
        <translation>Κλειδί ώ&amp;ρας:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="76"/>
        <source>&amp;Station key:</source>
        <translation>Κλειδί &amp;σταθμού:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="80"/>
        <source>&amp;Latitude / longitude keys:</source>
        <translation>Κλειδιά γεωγραφικού &amp;πλάτους / μήκους:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="89"/>
        <source>&amp;Measures:</source>
        <translation>&amp;Μεγέθη:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="90"/>
        <source>Te&amp;xt attributes:</source>
        <translation>Χαρακτηριστικά &amp;κειμένου:</translation>
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
    <name>urbis::FloodModel</name>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="35"/>
        <source>The flood simulation was cancelled.</source>
        <translation>Η προσομοίωση πλημμύρας ακυρώθηκε.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="75"/>
        <source>The elevation grid is empty.</source>
        <translation>Το πλέγμα υψομέτρων είναι κενό.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="77"/>
        <source>The grid of %1 × %2 cells is too large.</source>
        <translation>Το πλέγμα των %1 × %2 κελιών είναι πολύ μεγάλο.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="80"/>
        <source>The barrier grid (%1 × %2) does not match the elevation grid (%3 × %4).</source>
        <translation>Το πλέγμα φραγμών (%1 × %2) δεν ταιριάζει με το πλέγμα υψομέτρων (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="86"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>Το μέγεθος κελιού πρέπει να είναι θετικός αριθμός μέτρων.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="88"/>
        <source>A flood run needs at least one step.</source>
        <translation>Μια προσομοίωση πλημμύρας χρειάζεται τουλάχιστον ένα βήμα.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="90"/>
        <source>The step length must be a positive number of seconds.</source>
        <translation>Η διάρκεια του βήματος πρέπει να είναι θετικός αριθμός δευτερολέπτων.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="92"/>
        <source>Manning&apos;s n must be zero or more.</source>
        <translation>Ο συντελεστής n του Manning πρέπει να είναι μηδέν ή μεγαλύτερος.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="94"/>
        <source>Inflow and rainfall need times in order and values of zero or more.</source>
        <translation>Η εισροή και η βροχόπτωση χρειάζονται χρόνους σε αύξουσα σειρά και τιμές μηδέν ή μεγαλύτερες.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="98"/>
        <source>The inflow cell (%1, %2) is outside the grid.</source>
        <translation>Το κελί εισροής (%1, %2) βρίσκεται εκτός πλέγματος.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="100"/>
        <source>The inflow cell (%1, %2) is inside a wall.</source>
        <translation>Το κελί εισροής (%1, %2) βρίσκεται μέσα σε τοίχο.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="104"/>
        <source>The elevation grid has cells without a value.</source>
        <translation>Το πλέγμα υψομέτρων έχει κελιά χωρίς τιμή.</translation>
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
    <name>urbis::ForecastSeries</name>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="50"/>
        <source>KPI %1: &quot;%2&quot; is not an ISO period (2023, 2023-01, 2023-W05, 2023-01-31)</source>
        <translation>KPI %1: το &quot;%2&quot; δεν είναι περίοδος ISO (2023, 2023-01, 2023-W05, 2023-01-31)</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="54"/>
        <source>KPI %1 mixes %2 and %3 periods</source>
        <translation>Το KPI %1 αναμειγνύει περιόδους %2 και %3</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="60"/>
        <source>KPI %1 has period %2 twice</source>
        <translation>Το KPI %1 έχει την περίοδο %2 δύο φορές</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="71"/>
        <source>KPI %1 has no values for the chosen dimensions</source>
        <translation>Το KPI %1 δεν έχει τιμές για τις επιλεγμένες διαστάσεις</translation>
    </message>
</context>
<context>
    <name>urbis::Forecaster</name>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="17"/>
        <source>The forecast horizon must be at least 1 period</source>
        <translation>Ο ορίζοντας πρόβλεψης πρέπει να είναι τουλάχιστον 1 περίοδος</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="19"/>
        <source>The confidence level must lie between 0 and 1</source>
        <translation>Το επίπεδο εμπιστοσύνης πρέπει να βρίσκεται μεταξύ 0 και 1</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="21"/>
        <source>The season length cannot be negative</source>
        <translation>Το μήκος της εποχής δεν μπορεί να είναι αρνητικό</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="24"/>
        <source>The series has no values to forecast from</source>
        <translation>Η σειρά δεν έχει τιμές από τις οποίες να γίνει πρόβλεψη</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="38"/>
        <source>Holt-Winters chosen: the history spans %1 full seasons of %2 periods.</source>
        <translation>Επιλέχθηκε Holt-Winters: το ιστορικό καλύπτει %1 πλήρεις εποχές των %2 περιόδων.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="42"/>
        <source>Linear trend chosen: the grain has no season.</source>
        <translation>Επιλέχθηκε γραμμική τάση: η χρονική ανάλυση δεν έχει εποχικότητα.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="43"/>
        <source>Linear trend chosen: the history is shorter than two seasons of %1 periods.</source>
        <translation>Επιλέχθηκε γραμμική τάση: το ιστορικό είναι μικρότερο από δύο εποχές των %1 περιόδων.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="45"/>
        <source>Leading or trailing periods without a value were left out; the forecast starts after the last value (%1).</source>
        <translation>Οι αρχικές ή τελικές περίοδοι χωρίς τιμή παραλείφθηκαν· η πρόβλεψη ξεκινά μετά την τελευταία τιμή (%1).</translation>
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
    <name>urbis::GridGeoref</name>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="81"/>
        <source>&quot;%1&quot; is not a coordinate reference system GDAL knows</source>
        <translation>Το &quot;%1&quot; δεν είναι σύστημα αναφοράς συντεταγμένων που γνωρίζει το GDAL</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="97"/>
        <source>The CRS &quot;%1&quot; is not in metres: cell sizes are metres, use a metric projection</source>
        <translation>Το ΣΑΣ &quot;%1&quot; δεν είναι σε μέτρα: τα μεγέθη κελιών είναι σε μέτρα, χρησιμοποιήστε μετρική προβολή</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="101"/>
        <source>The CRS &quot;%1&quot; is neither geographic nor projected</source>
        <translation>Το ΣΑΣ &quot;%1&quot; δεν είναι ούτε γεωγραφικό ούτε προβολικό</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="106"/>
        <source>The origin %1, %2 cannot be placed in %3</source>
        <translation>Η αρχή %1, %2 δεν μπορεί να τοποθετηθεί στο %3</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="124"/>
        <source>The grid&apos;s corners cannot be transformed to WGS84</source>
        <translation>Οι γωνίες του πλέγματος δεν μπορούν να μετασχηματιστούν σε WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="139"/>
        <source>Grid points cannot be transformed to WGS84</source>
        <translation>Τα σημεία του πλέγματος δεν μπορούν να μετασχηματιστούν σε WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="158"/>
        <source>The grid&apos;s extent cannot be transformed to WGS84</source>
        <translation>Η έκταση του πλέγματος δεν μπορεί να μετασχηματιστεί σε WGS84</translation>
    </message>
</context>
<context>
    <name>urbis::GridRasterizer</name>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="27"/>
        <source>%1 is not a vector layer GDAL can read</source>
        <translation>Το %1 δεν είναι διανυσματικό επίπεδο που μπορεί να διαβάσει το GDAL</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="30"/>
        <source>%1 has no coordinate reference system: it cannot be placed on the grid</source>
        <translation>Το %1 δεν έχει σύστημα αναφοράς συντεταγμένων: δεν μπορεί να τοποθετηθεί στο πλέγμα</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="37"/>
        <source>Cannot create a %1 x %2 grid in memory</source>
        <translation>Δεν είναι δυνατή η δημιουργία πλέγματος %1 x %2 στη μνήμη</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="48"/>
        <source>Cannot draw %1 onto the scenario grid</source>
        <translation>Δεν είναι δυνατή η σχεδίαση του %1 στο πλέγμα του σεναρίου</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="52"/>
        <source>Reading the rasterised %1 failed</source>
        <translation>Η ανάγνωση του ψηφιδοποιημένου %1 απέτυχε</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/geo/gridrasterizer.cpp" line="56"/>
        <source>No feature of %1 (%n feature(s)) crosses the scenario grid</source>
        <translation>
            <numerusform>Κανένα στοιχείο του %1 (%n στοιχείο) δεν τέμνει το πλέγμα του σεναρίου</numerusform>
            <numerusform>Κανένα στοιχείο του %1 (%n στοιχεία) δεν τέμνει το πλέγμα του σεναρίου</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::GridSpec</name>
    <message>
        <location filename="../core/sim/gridspec.cpp" line="43"/>
        <source>[longitude, latitude] of the north-west corner in degrees (latitude -80 to 84)</source>
        <translation>[γεωγραφικό μήκος, γεωγραφικό πλάτος] της βορειοδυτικής γωνίας σε μοίρες (πλάτος από -80 έως 84)</translation>
    </message>
    <message>
        <location filename="../core/sim/gridspec.cpp" line="48"/>
        <source>a CRS such as &quot;EPSG:4326&quot; or &quot;EPSG:32634&quot;</source>
        <translation>ένα ΣΑΣ όπως &quot;EPSG:4326&quot; ή &quot;EPSG:32634&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::GridTiffWriter</name>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="65"/>
        <source>A GeoTIFF needs at least one band and one cell</source>
        <translation>Ένα GeoTIFF χρειάζεται τουλάχιστον μία ζώνη και ένα κελί</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="84"/>
        <source>Cannot create %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του %1</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="92"/>
        <source>Cannot georeference %1</source>
        <translation>Δεν είναι δυνατή η γεωαναφορά του %1</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="119"/>
        <source>The GeoTIFF writer is closed</source>
        <translation>Ο εγγραφέας GeoTIFF είναι κλειστός</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="121"/>
        <source>%1 has no band %2 of that type</source>
        <translation>Το %1 δεν έχει ζώνη %2 αυτού του τύπου</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="131"/>
        <source>Cannot write band %1 of %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή της ζώνης %1 του %2</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="152"/>
        <source>Cannot finish %1</source>
        <translation>Δεν είναι δυνατή η ολοκλήρωση του %1</translation>
    </message>
</context>
<context>
    <name>urbis::GridWarp</name>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="57"/>
        <source>%1 is not a raster GDAL can read</source>
        <translation>Το %1 δεν είναι ψηφιδωτό που μπορεί να διαβάσει το GDAL</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="60"/>
        <source>%1 is not georeferenced: it cannot be placed on the grid</source>
        <translation>Το %1 δεν είναι γεωαναφερμένο: δεν μπορεί να τοποθετηθεί στο πλέγμα</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="63"/>
        <source>Cannot create a %1 x %2 grid in memory</source>
        <translation>Δεν είναι δυνατή η δημιουργία πλέγματος %1 x %2 στη μνήμη</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="68"/>
        <source>%1 has no raster band</source>
        <translation>Το %1 δεν έχει ζώνη ψηφιδωτού</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="73"/>
        <location filename="../core/geo/gridwarp.cpp" line="92"/>
        <source>Reading %1 failed</source>
        <translation>Η ανάγνωση του %1 απέτυχε</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="85"/>
        <source>Cannot resample %1 onto the scenario grid</source>
        <translation>Δεν είναι δυνατή η επαναδειγματοληψία του %1 στο πλέγμα του σεναρίου</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="96"/>
        <source>%1 does not overlap the scenario grid</source>
        <translation>Το %1 δεν επικαλύπτει το πλέγμα του σεναρίου</translation>
    </message>
</context>
<context>
    <name>urbis::HoltWinters</name>
    <message>
        <location filename="../core/sim/holtwinters.cpp" line="167"/>
        <source>Holt-Winters needs a season of at least 2 periods</source>
        <translation>Το Holt-Winters χρειάζεται εποχή τουλάχιστον 2 περιόδων</translation>
    </message>
    <message>
        <location filename="../core/sim/holtwinters.cpp" line="172"/>
        <source>Holt-Winters needs at least %1 full seasons (%2 periods); the series has %3</source>
        <translation>Το Holt-Winters χρειάζεται τουλάχιστον %1 πλήρεις εποχές (%2 περιόδους)· η σειρά έχει %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/holtwinters.cpp" line="216"/>
        <source>%n missing period(s) were interpolated linearly for Holt-Winters.</source>
        <translation>
            <numerusform>%n περίοδος που έλειπε παρεμβλήθηκε γραμμικά για το Holt-Winters.</numerusform>
            <numerusform>%n περίοδοι που έλειπαν παρεμβλήθηκαν γραμμικά για το Holt-Winters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ImpactAnalysis</name>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="57"/>
        <source>The hazard grid is empty or too large</source>
        <translation>Το πλέγμα κινδύνου είναι κενό ή πολύ μεγάλο</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="75"/>
        <source>The population layer %1 needs a population field</source>
        <translation>Το επίπεδο πληθυσμού %1 χρειάζεται πεδίο πληθυσμού</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="89"/>
        <source>(no value)</source>
        <translation>(χωρίς τιμή)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/impactanalysis.cpp" line="139"/>
        <source>%1: %n feature(s) without a usable geometry were skipped.</source>
        <translation>
            <numerusform>%1: παραλείφθηκε %n στοιχείο χωρίς αξιοποιήσιμη γεωμετρία.</numerusform>
            <numerusform>%1: παραλείφθηκαν %n στοιχεία χωρίς αξιοποιήσιμη γεωμετρία.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/impactanalysis.cpp" line="143"/>
        <source>%1: %n district(s) without a population or an area were skipped.</source>
        <translation>
            <numerusform>%1: παραλείφθηκε %n περιοχή χωρίς πληθυσμό ή έκταση.</numerusform>
            <numerusform>%1: παραλείφθηκαν %n περιοχές χωρίς πληθυσμό ή έκταση.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="179"/>
        <source>The arrival grid is %1 x %2 cells; the analysis expects %3 x %4</source>
        <translation>Το πλέγμα χρόνων άφιξης είναι %1 x %2 κελιά· η ανάλυση αναμένει %3 x %4</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="185"/>
        <source>At least one step is needed</source>
        <translation>Απαιτείται τουλάχιστον ένα βήμα</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="214"/>
        <source>The hazard frame is %1 x %2 cells; the analysis expects %3 x %4</source>
        <translation>Το καρέ κινδύνου είναι %1 x %2 κελιά· η ανάλυση αναμένει %3 x %4</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="234"/>
        <source>The depth threshold must be above 0 m</source>
        <translation>Το κατώφλι βάθους πρέπει να είναι πάνω από 0 m</translation>
    </message>
</context>
<context>
    <name>urbis::ImpactLayerReader</name>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="116"/>
        <source>The hazard grid has no CRS</source>
        <translation>Το πλέγμα κινδύνου δεν έχει ΣΑΣ</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="119"/>
        <location filename="../core/geo/impactlayerreader.cpp" line="166"/>
        <source>Unknown CRS &quot;%1&quot;</source>
        <translation>Άγνωστο ΣΑΣ &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="123"/>
        <source>A geocentric CRS cannot hold a hazard grid</source>
        <translation>Ένα γεωκεντρικό ΣΑΣ δεν μπορεί να περιέχει πλέγμα κινδύνου</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="145"/>
        <source>Cannot open %1 as a vector source</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1 ως διανυσματικής πηγής</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="152"/>
        <source>%1 has no layer %2</source>
        <translation>Το %1 δεν έχει επίπεδο %2</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="159"/>
        <source>Layer %1 of %2 has no field %3</source>
        <translation>Το επίπεδο %1 του %2 δεν έχει πεδίο %3</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="179"/>
        <source>Cannot transform %1 to the hazard grid&apos;s CRS</source>
        <translation>Δεν είναι δυνατός ο μετασχηματισμός του %1 στο ΣΑΣ του πλέγματος κινδύνου</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="212"/>
        <source>Impact analysis cancelled</source>
        <translation>Η ανάλυση επιπτώσεων ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="247"/>
        <source>Reading %1 failed</source>
        <translation>Η ανάγνωση του %1 απέτυχε</translation>
    </message>
</context>
<context>
    <name>urbis::ImpactMeasure</name>
    <message>
        <location filename="../core/sim/impactmeasure.cpp" line="13"/>
        <source>The hazard grid&apos;s geotransform cannot be inverted</source>
        <translation>Ο γεωμετασχηματισμός του πλέγματος κινδύνου δεν μπορεί να αντιστραφεί</translation>
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
        <source>usage: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  evaluates the KPIs of FILE ({&quot;kpis&quot;: [...]} or a saved dashboard) on the workspace&apos;s datasets
  --city C    only datasets of this city (repeat for several)
  --from T    first period, ISO: 2023, 2023-01, 2023-01-31 or a date-time
  --to T      last period, same forms
  --grain G   overrides each KPI&apos;s grain
  --ngsi-ld   print the values as NGSI-LD KeyPerformanceIndicator entities (JSON array)
  formulas: see docs/kpi-formulas.md</source>
        <translation type="vanished">χρήση: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  υπολογίζει τα KPI του FILE ({&quot;kpis&quot;: [...]} ή αποθηκευμένος πίνακας ελέγχου) στα σύνολα δεδομένων του χώρου εργασίας
  --city C    μόνο σύνολα δεδομένων αυτής της πόλης (επαναλάβετε για περισσότερες)
  --from T    πρώτη περίοδος, ISO: 2023, 2023-01, 2023-01-31 ή ημερομηνία-ώρα
  --to T      τελευταία περίοδος, ίδιες μορφές
  --grain G   αντικαθιστά τη χρονική ανάλυση κάθε KPI
  --ngsi-ld   εμφανίζει τις τιμές ως οντότητες NGSI-LD KeyPerformanceIndicator (πίνακας JSON)
  τύποι: βλ. docs/kpi-formulas.md</translation>
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
        <translation type="vanished">χρήση: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  υπολογίζει τα KPI του FILE ({&quot;kpis&quot;: [...]} ή αποθηκευμένος πίνακας ελέγχου) στα σύνολα δεδομένων του χώρου εργασίας
  --city C    μόνο σύνολα δεδομένων αυτής της πόλης (επαναλάβετε για περισσότερες)
  --from T    πρώτη περίοδος, ISO: 2023, 2023-01, 2023-01-31 ή ημερομηνία-ώρα
  --to T      τελευταία περίοδος, ίδιες μορφές
  --grain G   αντικαθιστά τη χρονική ανάλυση κάθε KPI
  --ngsi-ld   εμφανίζει τις τιμές ως οντότητες NGSI-LD KeyPerformanceIndicator (πίνακας JSON)
  --forecast N  προβλέπει επιπλέον N περιόδους μετά την τελευταία τιμή κάθε σειράς, με διαστήματα πρόβλεψης
              95% (Holt-Winters με ιστορικό δύο πλήρων εποχών, αλλιώς γραμμική τάση)
  τύποι: βλ. docs/kpi-formulas.md</translation>
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
        <translation>χρήση: urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  υπολογίζει τα KPI του FILE ({&quot;kpis&quot;: [...]} ή αποθηκευμένος πίνακας ελέγχου) στα σύνολα δεδομένων του χώρου εργασίας
  --city C    μόνο σύνολα δεδομένων αυτής της πόλης (επαναλάβετε για περισσότερες)
  --from T    πρώτη περίοδος, ISO: 2023, 2023-01, 2023-01-31 ή ημερομηνία-ώρα
  --to T      τελευταία περίοδος, ίδιες μορφές
  --grain G   αντικαθιστά τη χρονική ανάλυση κάθε KPI
  --ngsi-ld   εμφανίζει τις τιμές ως οντότητες NGSI-LD KeyPerformanceIndicator (πίνακας JSON)
  --forecast N  προβλέπει επιπλέον N περιόδους μετά την τελευταία τιμή κάθε σειράς, με διαστήματα πρόβλεψης
              95% (Holt-Winters με ιστορικό δύο πλήρων εποχών, αλλιώς γραμμική τάση)
  --what-if DRIVER:CHANGE:FROM[:UNTIL]  μεταβάλλει το KPI DRIVER του FILE (κατά -20% ή κατά μια ποσότητα στη
              μονάδα του) από την ημερομηνία FROM και δείχνει πώς αποκρίνεται κάθε άλλο KPI (προσαρμογή στο ιστορικό)
  τύποι: βλ. docs/kpi-formulas.md</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="63"/>
        <source>kpi needs &quot;eval&quot; and one FILE.json</source>
        <translation>Το kpi χρειάζεται &quot;eval&quot; και ένα FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="66"/>
        <source>Cannot read %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="70"/>
        <source>%1 is not a JSON object: %2 at byte %3</source>
        <translation>Το %1 δεν είναι αντικείμενο JSON: %2 στο byte %3</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="74"/>
        <source>%1 has no &quot;kpis&quot; array</source>
        <translation>Το %1 δεν έχει πίνακα (array) &quot;kpis&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="101"/>
        <source>--grain must be day, week, month or year</source>
        <translation>Το --grain πρέπει να είναι day, week, month ή year</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="109"/>
        <source>--forecast needs a number of periods from 1 to 1000</source>
        <translation>Το --forecast χρειάζεται αριθμό περιόδων από 1 έως 1000</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="118"/>
        <source>--what-if names the driver &quot;%1&quot;, which is not a KPI of %2</source>
        <translation>Το --what-if ορίζει τον παράγοντα &quot;%1&quot;, ο οποίος δεν είναι KPI του %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/kpicommand.cpp" line="128"/>
        <source>Evaluating %n KPI(s)</source>
        <translation>
            <numerusform>Υπολογισμός %n KPI</numerusform>
            <numerusform>Υπολογισμός %n KPI</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="176"/>
        <source>no unit</source>
        <translation>χωρίς μονάδα</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="178"/>
        <source>no values for these filters</source>
        <translation>καμία τιμή για αυτά τα φίλτρα</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="189"/>
        <source>no forecast for %1: %2</source>
        <translation>δεν υπάρχει πρόβλεψη για %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="192"/>
        <source>forecast (%1, %2 % interval):</source>
        <translation>πρόβλεψη (%1, διάστημα %2%):</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="201"/>
        <source>no what-if for %1: %2</source>
        <translation>δεν υπάρχει προσομοίωση για %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="205"/>
        <source>what-if %1 %2 from %3: %4 in total [%5 – %6] (%7 per unit of %1, r² %8)</source>
        <translation>προσομοίωση %1 %2 από %3: %4 συνολικά [%5 – %6] (%7 ανά μονάδα του %1, r² %8)</translation>
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
    <name>urbis::KpiWhatIfs</name>
    <message>
        <location filename="../core/sim/kpiwhatifs.cpp" line="14"/>
        <source>--what-if needs DRIVER:CHANGE:FROM[:UNTIL], e.g. traffic:-20%:2023-01-15 (got &quot;%1&quot;)</source>
        <translation>Το --what-if χρειάζεται DRIVER:CHANGE:FROM[:UNTIL], π.χ. traffic:-20%:2023-01-15 (δόθηκε &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../core/sim/kpiwhatifs.cpp" line="49"/>
        <source>The driver %1 has no series for these dimensions: %2</source>
        <translation>Ο παράγοντας %1 δεν έχει σειρά για αυτές τις διαστάσεις: %2</translation>
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
    <name>urbis::LinearTrend</name>
    <message>
        <location filename="../core/sim/lineartrend.cpp" line="14"/>
        <source>A linear trend needs at least %1 values; the series has %2</source>
        <translation>Η γραμμική τάση χρειάζεται τουλάχιστον %1 τιμές· η σειρά έχει %2</translation>
    </message>
    <message>
        <location filename="../core/sim/lineartrend.cpp" line="32"/>
        <source>The values do not determine a line</source>
        <translation>Οι τιμές δεν ορίζουν ευθεία</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/lineartrend.cpp" line="59"/>
        <source>%n period(s) without a value were skipped by the trend fit.</source>
        <translation>
            <numerusform>%n περίοδος χωρίς τιμή παραλείφθηκε από την προσαρμογή της τάσης.</numerusform>
            <numerusform>%n περίοδοι χωρίς τιμή παραλείφθηκαν από την προσαρμογή της τάσης.</numerusform>
        </translation>
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
        <location filename="../app/gui/mainwindow.cpp" line="52"/>
        <source>Urbis — %1</source>
        <translation>Urbis — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="61"/>
        <source>Map</source>
        <translation>Χάρτης</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="63"/>
        <source>Dashboards</source>
        <translation>Πίνακες ελέγχου</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="66"/>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>Streams</source>
        <translation>Ροές</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="70"/>
        <source>Scenarios</source>
        <translation>Σενάρια</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="75"/>
        <source>Catalog</source>
        <translation>Κατάλογος</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="76"/>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="77"/>
        <source>Tasks</source>
        <translation>Εργασίες</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="78"/>
        <source>Layers</source>
        <translation>Επίπεδα</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="85"/>
        <source>Sync</source>
        <translation>Συγχρονισμός</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="94"/>
        <source>Data: %1</source>
        <translation>Δεδομένα: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="120"/>
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="134"/>
        <source>Import the changed file with the title &quot;%1&quot;: it becomes the next version</source>
        <translation>Εισαγάγετε το τροποποιημένο αρχείο με τον τίτλο &quot;%1&quot;: θα γίνει η επόμενη έκδοση</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>Streams (%1)</source>
        <translation>Ροές (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="192"/>
        <source>&amp;Import…</source>
        <translation>&amp;Εισαγωγή…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="194"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="195"/>
        <source>Preview, validate and import files into the catalog</source>
        <translation>Προεπισκόπηση, επικύρωση και εισαγωγή αρχείων στον κατάλογο</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="196"/>
        <source>&amp;Refresh</source>
        <translation>Ανα&amp;νέωση</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="202"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="205"/>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="206"/>
        <source>&amp;Search the catalog</source>
        <translation>Ανα&amp;ζήτηση στον κατάλογο</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="210"/>
        <source>&amp;Map</source>
        <translation>&amp;Χάρτης</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="212"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="213"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Πίνακες ελέγχου</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="215"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="216"/>
        <source>&amp;Streams</source>
        <translation>&amp;Ροές</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="218"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="219"/>
        <source>Live feeds: connections, charts, alerts and recording</source>
        <translation>Ζωντανές ροές: συνδέσεις, γραφήματα, ειδοποιήσεις και καταγραφή</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="220"/>
        <source>S&amp;cenarios</source>
        <translation>&amp;Σενάρια</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="222"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="223"/>
        <source>Wildfire and flood scenarios: run, replay on the map, compare</source>
        <translation>Σενάρια δασικής πυρκαγιάς και πλημμύρας: εκτέλεση, αναπαραγωγή στον χάρτη, σύγκριση</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="225"/>
        <source>Zoom &amp;in</source>
        <translation>Μεγέ&amp;θυνση</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="228"/>
        <source>Zoom &amp;out</source>
        <translation>Σμί&amp;κρυνση</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231"/>
        <source>Zoom to the &amp;selected dataset</source>
        <translation>Εστίαση στο &amp;επιλεγμένο σύνολο δεδομένων</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="234"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="235"/>
        <source>Show the selected dataset on the &amp;map</source>
        <translation>Εμφάνιση του επιλεγμένου συνόλου δεδομένων στον &amp;χάρτη</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="238"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="246"/>
        <source>&amp;Layer</source>
        <translation>&amp;Επίπεδο</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="247"/>
        <source>Add &amp;file layer…</source>
        <translation>Προσθήκη επιπέδου από &amp;αρχείο…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="249"/>
        <source>Add a layer</source>
        <translation>Προσθήκη επιπέδου</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="335"/>
        <source>Recover interrupted recordings</source>
        <translation>Ανάκτηση διακοπεισών καταγραφών</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="339"/>
        <source>Recovered recordings: %1</source>
        <translation>Καταγραφές που ανακτήθηκαν: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="552"/>
        <source>The data is on this computer now</source>
        <translation>Τα δεδομένα βρίσκονται τώρα σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="555"/>
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
        <location filename="../app/gui/mainwindow.cpp" line="250"/>
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
        <location filename="../app/gui/mainwindow.cpp" line="256"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="257"/>
        <source>Add &amp;tile layer (XYZ)…</source>
        <translation>Προσθήκη επιπέδου &amp;πλακιδίων (XYZ)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259"/>
        <source>Add a tile layer</source>
        <translation>Προσθήκη επιπέδου πλακιδίων</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="260"/>
        <source>Tile address with {z}, {x} and {y} (tiles are cached for offline use):</source>
        <translation>Διεύθυνση πλακιδίων με {z}, {x} και {y} (τα πλακίδια αποθηκεύονται για χρήση εκτός σύνδεσης):</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="271"/>
        <source>Work &amp;offline</source>
        <translation>Εργασία &amp;εκτός σύνδεσης</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="274"/>
        <source>Tile layers show only cached tiles and download nothing</source>
        <translation>Τα επίπεδα πλακιδίων δείχνουν μόνο αποθηκευμένα πλακίδια και δεν κατεβάζουν τίποτα</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="277"/>
        <source>&amp;Tools</source>
        <translation>&amp;Εργαλεία</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="278"/>
        <source>Create &amp;demo datasets</source>
        <translation>Δημιουργία συνόλων δεδομένων επί&amp;δειξης</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="280"/>
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>Προσθήκη μικρών συνθετικών συνόλων δεδομένων για τις πόλεις του CLIMABOROUGH σε αυτόν τον χώρο εργασίας</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="281"/>
        <source>&amp;Clean up object store</source>
        <translation>&amp;Καθαρισμός χώρου αποθήκευσης αντικειμένων</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="283"/>
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Διαγραφή αποθηκευμένων αρχείων στα οποία δεν αναφέρεται πλέον καμία εγγραφή του καταλόγου</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="290"/>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="291"/>
        <source>&amp;About Urbis</source>
        <translation>&amp;Σχετικά με το Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="370"/>
        <source>&quot;%1&quot; has no vector data to draw; its footprint is shown</source>
        <translation>Το &quot;%1&quot; δεν έχει διανυσματικά δεδομένα για σχεδίαση· εμφανίζεται το αποτύπωμά του</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="115"/>
        <source>&quot;%1&quot; is on the map</source>
        <translation>Το &quot;%1&quot; εμφανίζεται στον χάρτη</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117"/>
        <source>Cannot draw &quot;%1&quot;: %2</source>
        <translation>Δεν είναι δυνατή η σχεδίαση του &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="430"/>
        <source>Create demo datasets</source>
        <translation>Δημιουργία συνόλων δεδομένων επίδειξης</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="437"/>
        <source>Created: %1, already present: %2</source>
        <translation>Δημιουργήθηκαν: %1, υπήρχαν ήδη: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="448"/>
        <source>Clean up object store</source>
        <translation>Καθαρισμός χώρου αποθήκευσης αντικειμένων</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="455"/>
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>Αρχεία χωρίς αναφορές που αφαιρέθηκαν: %1, χώρος που ελευθερώθηκε: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="466"/>
        <source>Started: %1</source>
        <translation>Ξεκίνησε: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="474"/>
        <source>Finished: %1</source>
        <translation>Ολοκληρώθηκε: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="476"/>
        <source>Failed: %1 — %2</source>
        <translation>Απέτυχε: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="486"/>
        <source>1 dataset in the catalog</source>
        <translation>1 σύνολο δεδομένων στον κατάλογο</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="487"/>
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
        <location filename="../widgets/map/mapcanvas.cpp" line="31"/>
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
        <location filename="../core/geo/mercatorraster.cpp" line="47"/>
        <source>Cannot open %1 as a raster</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1 ως ψηφιδωτού</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="49"/>
        <source>%1 has no band %2</source>
        <translation>Το %1 δεν έχει κανάλι %2</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="56"/>
        <location filename="../core/geo/mercatorraster.cpp" line="83"/>
        <source>Reading %1 failed</source>
        <translation>Η ανάγνωση του %1 απέτυχε</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="68"/>
        <source>Cannot project %1 to web mercator</source>
        <translation>Δεν είναι δυνατή η προβολή του %1 σε Web Mercator</translation>
    </message>
</context>
<context>
    <name>urbis::MessageParser</name>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="96"/>
        <source>The message has %1 bytes, more than the limit of %2</source>
        <translation>Το μήνυμα έχει %1 byte, περισσότερα από το όριο των %2</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="103"/>
        <source>Malformed JSON at byte %1: %2</source>
        <translation>Μη έγκυρο JSON στο byte %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="110"/>
        <source>An NGSI-LD notification without a &quot;data&quot; list</source>
        <translation>Γνωστοποίηση NGSI-LD χωρίς λίστα &quot;data&quot;</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="116"/>
        <source>Entity %1 of the notification is not an object</source>
        <translation>Η οντότητα %1 της γνωστοποίησης δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="129"/>
        <source>Item %1 of the list is not an object</source>
        <translation>Το στοιχείο %1 της λίστας δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="136"/>
        <source>The message is JSON but neither an object nor a list of objects</source>
        <translation>Το μήνυμα είναι JSON αλλά ούτε αντικείμενο ούτε λίστα αντικειμένων</translation>
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
    <name>urbis::MqttSource</name>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="20"/>
        <source>The broker refused the login: check the user name and password</source>
        <translation>Ο broker απέρριψε τη σύνδεση χρήστη: ελέγξτε το όνομα χρήστη και τον κωδικό πρόσβασης</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="22"/>
        <source>The broker refused the connection: %1</source>
        <translation>Ο broker απέρριψε τη σύνδεση: %1</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="27"/>
        <source>%1 refused the connection: is the broker running?</source>
        <translation>Το %1 απέρριψε τη σύνδεση: εκτελείται ο broker;</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="28"/>
        <location filename="../core/stream/mqttsource.cpp" line="45"/>
        <source>The connection to %1 failed: %2</source>
        <translation>Η σύνδεση με το %1 απέτυχε: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="31"/>
        <source>Host %1 not found: check the address</source>
        <translation>Ο κεντρικός υπολογιστής %1 δεν βρέθηκε: ελέγξτε τη διεύθυνση</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="33"/>
        <source>Secure connection to %1 failed: a private broker needs its CA certificate in the CA file</source>
        <translation>Η ασφαλής σύνδεση με το %1 απέτυχε: ένας ιδιωτικός broker χρειάζεται το πιστοποιητικό CA του στο αρχείο CA</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="37"/>
        <source>No answer from the broker for %1 s: the link is dead, reconnecting</source>
        <translation>Καμία απάντηση από τον broker για %1 s: η σύνδεση θεωρείται νεκρή, γίνεται επανασύνδεση</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="40"/>
        <source>No answer from %1 within %2 s</source>
        <translation>Καμία απάντηση από το %1 εντός %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="43"/>
        <source>The connection to %1 was lost</source>
        <translation>Η σύνδεση με το %1 χάθηκε</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="132"/>
        <source>The broker refused the subscription to &quot;%1&quot;</source>
        <translation>Ο broker απέρριψε τη συνδρομή στο &quot;%1&quot;</translation>
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
    <name>urbis::RecordingCompletion</name>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="23"/>
        <location filename="../core/stream/recordingcompletion.cpp" line="34"/>
        <source>Cannot read the recording %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της καταγραφής %1</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="26"/>
        <source>Cannot flush the recording %1</source>
        <translation>Δεν είναι δυνατή η αποθήκευση στον δίσκο της καταγραφής %1</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="80"/>
        <location filename="../core/stream/recordingcompletion.cpp" line="101"/>
        <source>The data of the recording &quot;%1&quot; is missing</source>
        <translation>Τα δεδομένα της καταγραφής &quot;%1&quot; λείπουν</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="114"/>
        <source>The recording &quot;%1&quot; was deleted from the catalog</source>
        <translation>Η καταγραφή &quot;%1&quot; διαγράφηκε από τον κατάλογο</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingFile</name>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="76"/>
        <location filename="../core/stream/recordingfile.cpp" line="81"/>
        <source>Cannot prepare the recording&apos;s insert</source>
        <translation>Δεν είναι δυνατή η προετοιμασία της εισαγωγής γραμμών της καταγραφής</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="88"/>
        <source>The recording is closed already</source>
        <translation>Η καταγραφή έχει ήδη κλείσει</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="130"/>
        <source>The recording %1 exists already</source>
        <translation>Η καταγραφή %1 υπάρχει ήδη</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="163"/>
        <source>The recording %1 is missing</source>
        <translation>Η καταγραφή %1 λείπει</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="240"/>
        <source>Cannot write a row of the recording</source>
        <translation>Δεν είναι δυνατή η εγγραφή μιας γραμμής της καταγραφής</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="258"/>
        <source>Cannot write a gap of the recording</source>
        <translation>Δεν είναι δυνατή η εγγραφή ενός κενού της καταγραφής</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingLayout</name>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="66"/>
        <source>Time of the reading (UTC)</source>
        <translation>Ώρα της μέτρησης (UTC)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="70"/>
        <source>Station or entity that sent the reading</source>
        <translation>Σταθμός ή οντότητα που έστειλε τη μέτρηση</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="73"/>
        <source>Latitude (WGS84)</source>
        <translation>Γεωγραφικό πλάτος (WGS84)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="76"/>
        <source>Longitude (WGS84)</source>
        <translation>Γεωγραφικό μήκος (WGS84)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="86"/>
        <source>When this computer received the message (UTC)</source>
        <translation>Πότε έλαβε το μήνυμα αυτός ο υπολογιστής (UTC)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="119"/>
        <source>The layout of a recording has a bad column (%1, %2)</source>
        <translation>Η διάταξη μιας καταγραφής έχει μη έγκυρη στήλη (%1, %2)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="126"/>
        <source>The layout of a recording has no time or id column</source>
        <translation>Η διάταξη μιας καταγραφής δεν έχει στήλη ώρας ή αναγνωριστικού</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingSchema</name>
    <message>
        <location filename="../core/stream/recordingschema.cpp" line="89"/>
        <source>Times the stream was down</source>
        <translation>Διαστήματα κατά τα οποία η ροή ήταν εκτός λειτουργίας</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingschema.cpp" line="114"/>
        <source>The recording has points but no lat/lon columns</source>
        <translation>Η καταγραφή έχει σημεία αλλά όχι στήλες lat/lon</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingState</name>
    <message>
        <location filename="../core/stream/recordingstate.cpp" line="16"/>
        <source>Cannot read the recording state %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της κατάστασης καταγραφής %1</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingstate.cpp" line="21"/>
        <source>The recording state %1 is not JSON</source>
        <translation>Η κατάσταση καταγραφής %1 δεν είναι JSON</translation>
    </message>
</context>
<context>
    <name>urbis::RejectedMessagesModel</name>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="98"/>
        <source>Received</source>
        <translation>Λήψη</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="100"/>
        <source>Stream</source>
        <translation>Ροή</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="102"/>
        <source>Why it was dropped</source>
        <translation>Λόγος απόρριψης</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="104"/>
        <source>Message (first bytes)</source>
        <translation>Μήνυμα (πρώτα byte)</translation>
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
    <name>urbis::ReplayReadAhead</name>
    <message>
        <location filename="../core/stream/replayreadahead.cpp" line="77"/>
        <location filename="../core/stream/replayreadahead.cpp" line="100"/>
        <source>Cannot read the rows to replay</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των γραμμών προς αναπαραγωγή</translation>
    </message>
</context>
<context>
    <name>urbis::ReplayServer</name>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="89"/>
        <source>&quot;%1&quot; is not an IP address to listen on</source>
        <translation>Το &quot;%1&quot; δεν είναι διεύθυνση IP για ακρόαση</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="92"/>
        <source>Cannot listen on %1 port %2</source>
        <translation>Δεν είναι δυνατή η ακρόαση στο %1 θύρα %2</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="135"/>
        <source>closed by the client</source>
        <translation>έκλεισε από τον πελάτη</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="142"/>
        <location filename="../core/stream/replayserver.cpp" line="225"/>
        <source>The replay has ended</source>
        <translation>Η αναπαραγωγή ολοκληρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="158"/>
        <source>slow consumer: more than %1 bytes waiting to be sent</source>
        <translation>αργός καταναλωτής: περισσότερα από %1 byte σε αναμονή αποστολής</translation>
    </message>
</context>
<context>
    <name>urbis::ReplayTable</name>
    <message>
        <location filename="../core/stream/replaytable.cpp" line="35"/>
        <source>The data file %1 is missing</source>
        <translation>Το αρχείο δεδομένων %1 λείπει</translation>
    </message>
    <message>
        <location filename="../core/stream/replaytable.cpp" line="46"/>
        <source>The data of this dataset is not a GeoPackage table: it has no rows to replay</source>
        <translation>Τα δεδομένα αυτού του συνόλου δεδομένων δεν είναι πίνακας GeoPackage: δεν έχει γραμμές για αναπαραγωγή</translation>
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
    <name>urbis::Scenario</name>
    <message>
        <location filename="../core/sim/scenario.cpp" line="41"/>
        <source>Scenario: &quot;%1&quot; (%2, %3) is outside the %4 x %5 grid</source>
        <translation>Σενάριο: το &quot;%1&quot; (%2, %3) βρίσκεται εκτός του πλέγματος %4 x %5</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="135"/>
        <source>Scenario: &quot;%1&quot; is not a scenario id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>Σενάριο: το &quot;%1&quot; δεν είναι αναγνωριστικό σεναρίου: χρησιμοποιήστε πεζά λατινικά γράμματα, ψηφία και &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="137"/>
        <source>Scenario: it needs at least one step and one cell</source>
        <translation>Σενάριο: χρειάζεται τουλάχιστον ένα βήμα και ένα κελί</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="144"/>
        <source>Scenario: a wildfire needs at least one cell in &quot;ignitions&quot;</source>
        <translation>Σενάριο: μια δασική πυρκαγιά χρειάζεται τουλάχιστον ένα κελί στο &quot;ignitions&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="151"/>
        <source>Scenario: a flood needs &quot;inflow&quot; (a hydrograph at a cell) or &quot;rainfall&quot;</source>
        <translation>Σενάριο: μια πλημμύρα χρειάζεται &quot;inflow&quot; (υδρογράφημα σε ένα κελί) ή &quot;rainfall&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioAreaChart</name>
    <message>
        <location filename="../widgets/sim/scenarioareachart.cpp" line="36"/>
        <source>step</source>
        <translation>βήμα</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioareachart.cpp" line="38"/>
        <source>area (ha)</source>
        <translation>έκταση (ha)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioCompareView</name>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="78"/>
        <source>Compare</source>
        <translation>Σύγκριση</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="79"/>
        <source>Run both scenarios and show them side by side</source>
        <translation>Εκτελεί και τα δύο σενάρια και τα εμφανίζει δίπλα-δίπλα</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="80"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="89"/>
        <source>The figure the chart and the map titles compare; impact figures appear once both runs finished</source>
        <translation>Το μέγεθος που συγκρίνουν το γράφημα και οι τίτλοι των χαρτών· τα μεγέθη επιπτώσεων εμφανίζονται μόλις ολοκληρωθούν και οι δύο εκτελέσεις</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="90"/>
        <source>area (ha)</source>
        <translation>έκταση (ha)</translation>
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
        <translation>Εκτέλεση και των δύο σεναρίων…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="314"/>
        <source>done</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="316"/>
        <source>cancelled</source>
        <translation>ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="318"/>
        <source>failed: %1</source>
        <translation>απέτυχε: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="324"/>
        <source>Pick two scenarios and press Compare.</source>
        <translation>Επιλέξτε δύο σενάρια και πατήστε Σύγκριση.</translation>
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
        <translation>Νέα δασική πυρκαγιά</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariodefaults.cpp" line="50"/>
        <source>New flood</source>
        <translation>Νέα πλημμύρα</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariodefaults.cpp" line="63"/>
        <source>%1 (copy)</source>
        <translation>%1 (αντίγραφο)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioEditDialog</name>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="37"/>
        <source>Wildfire scenario</source>
        <translation>Σενάριο δασικής πυρκαγιάς</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="37"/>
        <source>Flood scenario</source>
        <translation>Σενάριο πλημμύρας</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="46"/>
        <source>The same scenario and seed give the same results, byte for byte</source>
        <translation>Το ίδιο σενάριο και ο ίδιος σπόρος δίνουν τα ίδια αποτελέσματα, byte προς byte</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="54"/>
        <source> cells</source>
        <translation> κελιά</translation>
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
        <translation>Το EPSG:4326 τοποθετεί το πλέγμα στη ζώνη UTM της αρχής του· ένα προβολικό ΣΑΣ σε μέτρα χρησιμοποιείται ως έχει</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="63"/>
        <source>Name:</source>
        <translation>Όνομα:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="64"/>
        <source>Description:</source>
        <translation>Περιγραφή:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="65"/>
        <source>Random seed:</source>
        <translation>Τυχαίος σπόρος:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="66"/>
        <source>Steps:</source>
        <translation>Βήματα:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="67"/>
        <source>Grid width:</source>
        <translation>Πλάτος πλέγματος:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="68"/>
        <source>Grid height:</source>
        <translation>Ύψος πλέγματος:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="69"/>
        <source>Cell size:</source>
        <translation>Μέγεθος κελιού:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="70"/>
        <source>North-west corner, longitude:</source>
        <translation>Βορειοδυτική γωνία, γεωγραφικό μήκος:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="71"/>
        <source>North-west corner, latitude:</source>
        <translation>Βορειοδυτική γωνία, γεωγραφικό πλάτος:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="72"/>
        <source>Origin CRS:</source>
        <translation>ΣΑΣ της αρχής:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="76"/>
        <source>flat (no dataset)</source>
        <translation>επίπεδο έδαφος (χωρίς σύνολο δεδομένων)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="77"/>
        <source>An elevation raster (DEM) of the catalog, by id or exact title</source>
        <translation>Ένα ψηφιδωτό υψομέτρων (DEM) του καταλόγου, με αναγνωριστικό ή ακριβή τίτλο</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="79"/>
        <source>datasets, separated by commas</source>
        <translation>σύνολα δεδομένων, χωρισμένα με κόμμα</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="80"/>
        <source>Vector layers (roads, rivers) burnt onto the grid as barriers</source>
        <translation>Διανυσματικά επίπεδα (δρόμοι, ποτάμια) που αποτυπώνονται στο πλέγμα ως φραγμοί</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="83"/>
        <source>one line per row: column, row; column, row; …</source>
        <translation>μία γραμμή φραγμού ανά σειρά: στήλη, γραμμή; στήλη, γραμμή; …</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="86"/>
        <source>Terrain (DEM):</source>
        <translation>Ανάγλυφο (DEM):</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="86"/>
        <source>DEM:</source>
        <translation>DEM:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="87"/>
        <source>Barrier layers:</source>
        <translation>Επίπεδα φραγμών:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="88"/>
        <source>Barrier lines:</source>
        <translation>Γραμμές φραγμών:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="91"/>
        <source>General</source>
        <translation>Γενικά</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="92"/>
        <source>Inputs</source>
        <translation>Δεδομένα εισόδου</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="96"/>
        <source>Wildfire</source>
        <translation>Δασική πυρκαγιά</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="100"/>
        <source>Flood</source>
        <translation>Πλημμύρα</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="150"/>
        <source>Random seed: enter a whole number from 0 to 18446744073709551615</source>
        <translation>Τυχαίος σπόρος: εισαγάγετε έναν ακέραιο από 0 έως 18446744073709551615</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="163"/>
        <source>Barrier lines</source>
        <translation>Γραμμές φραγμών</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioFloodForm</name>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="18"/>
        <source>Local inertial (2-D shallow water)</source>
        <translation>Τοπική αδρανειακή (2Δ ρηχά νερά)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="19"/>
        <source>Fill and spill</source>
        <translation>Πλήρωση και υπερχείλιση</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="23"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="28"/>
        <source>Manning&apos;s roughness n in s/m^(1/3): 0.02 paved, 0.035 grass, 0.1 dense vegetation</source>
        <translation>Συντελεστής τραχύτητας n του Manning σε s/m^(1/3): 0,02 ασφαλτοστρωμένο, 0,035 χόρτο, 0,1 πυκνή βλάστηση</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="33"/>
        <source>column </source>
        <translation>στήλη </translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="34"/>
        <source>row </source>
        <translation>γραμμή </translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="37"/>
        <source>hydrograph, one point per line: seconds, m³/s</source>
        <translation>υδρογράφημα, ένα σημείο ανά σειρά: δευτερόλεπτα, m³/s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="40"/>
        <source>one point per line: seconds, mm/h</source>
        <translation>ένα σημείο ανά σειρά: δευτερόλεπτα, mm/h</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="43"/>
        <source>Water leaves the grid at its edges</source>
        <translation>Το νερό εξέρχεται από το πλέγμα στα άκρα του</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="49"/>
        <source>Scheme:</source>
        <translation>Σχήμα:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="50"/>
        <source>Time per step:</source>
        <translation>Χρόνος ανά βήμα:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="51"/>
        <source>Roughness (Manning n):</source>
        <translation>Τραχύτητα (n του Manning):</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="52"/>
        <source>Inflow cell:</source>
        <translation>Κελί εισροής:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="53"/>
        <source>Inflow:</source>
        <translation>Εισροή:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="54"/>
        <source>Rainfall:</source>
        <translation>Βροχόπτωση:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="72"/>
        <source>Inflow</source>
        <translation>Εισροή</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="75"/>
        <source>Rainfall</source>
        <translation>Βροχόπτωση</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioFrameOverlay</name>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="254"/>
        <source>Wildfire</source>
        <translation>Δασική πυρκαγιά</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="254"/>
        <source>Flood</source>
        <translation>Πλημμύρα</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="255"/>
        <source>Step %1 / %2 · %3</source>
        <translation>Βήμα %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="256"/>
        <source>Arrival time</source>
        <translation>Χρόνος άφιξης</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="256"/>
        <source>Water depth</source>
        <translation>Βάθος νερού</translation>
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
        <translation>Ενεργό μέτωπο</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioImpact</name>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="42"/>
        <source>{&quot;dataset&quot;: &quot;&lt;vector dataset&gt;&quot;, &quot;kind&quot;: &quot;assets&quot;, &quot;roads&quot; or &quot;population&quot;}</source>
        <translation>{&quot;dataset&quot;: &quot;&lt;διανυσματικό σύνολο δεδομένων&gt;&quot;, &quot;kind&quot;: &quot;assets&quot;, &quot;roads&quot; ή &quot;population&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="58"/>
        <source>the id or exact title of a vector dataset</source>
        <translation>το αναγνωριστικό ή ο ακριβής τίτλος ενός διανυσματικού συνόλου δεδομένων</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="62"/>
        <source>&quot;assets&quot;, &quot;roads&quot; or &quot;population&quot;</source>
        <translation>&quot;assets&quot;, &quot;roads&quot; ή &quot;population&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="66"/>
        <source>the field that holds each district&apos;s population</source>
        <translation>το πεδίο που περιέχει τον πληθυσμό κάθε περιοχής</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioInputs</name>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="31"/>
        <source>The scenario&apos;s %1 names the dataset &quot;%2&quot;: it needs a workspace to run</source>
        <translation>Η παράμετρος %1 του σεναρίου ονομάζει το σύνολο δεδομένων &quot;%2&quot;: για την εκτέλεση χρειάζεται χώρος εργασίας</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="38"/>
        <source>The scenario&apos;s %1: no dataset has the id or the exact title &quot;%2&quot;</source>
        <translation>Η παράμετρος %1 του σεναρίου: κανένα σύνολο δεδομένων δεν έχει το αναγνωριστικό ή τον ακριβή τίτλο &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="45"/>
        <source>The data of &quot;%1&quot; is not in this workspace (not downloaded yet?)</source>
        <translation>Τα δεδομένα του &quot;%1&quot; δεν βρίσκονται σε αυτόν τον χώρο εργασίας (δεν έχουν ληφθεί ακόμη;)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="101"/>
        <source>terrain</source>
        <translation>ανάγλυφο</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="105"/>
        <source>The terrain &quot;%1&quot; is not a raster (it is %2): give a GeoTIFF elevation model</source>
        <translation>Το ανάγλυφο &quot;%1&quot; δεν είναι ψηφιδωτό (είναι %2): δώστε ένα μοντέλο υψομέτρων GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="109"/>
        <source>The terrain &quot;%1&quot;: %2</source>
        <translation>Το ανάγλυφο &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="111"/>
        <source>%1% of the grid lies outside the terrain &quot;%2&quot;: those cells take the nearest elevation</source>
        <translation>Το %1% του πλέγματος βρίσκεται εκτός του ανάγλυφου &quot;%2&quot;: αυτά τα κελιά παίρνουν το πλησιέστερο υψόμετρο</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="133"/>
        <source>Scenario: &quot;fuel.uniform&quot; %1 is not a fuel class (see docs/simulation.md)</source>
        <translation>Σενάριο: το &quot;fuel.uniform&quot; %1 δεν είναι κατηγορία καύσιμης ύλης (βλ. docs/simulation.md)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="137"/>
        <source>fuel</source>
        <translation>καύσιμη ύλη</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="141"/>
        <source>The fuel map &quot;%1&quot; is not a raster (it is %2): give a GeoTIFF of fuel classes</source>
        <translation>Ο χάρτης καύσιμης ύλης &quot;%1&quot; δεν είναι ψηφιδωτό (είναι %2): δώστε ένα GeoTIFF κατηγοριών καύσιμης ύλης</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="145"/>
        <source>The fuel map &quot;%1&quot;: %2</source>
        <translation>Ο χάρτης καύσιμης ύλης &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="147"/>
        <source>%1% of the grid lies outside the fuel map &quot;%2&quot;: those cells do not burn</source>
        <translation>Το %1% του πλέγματος βρίσκεται εκτός του χάρτη καύσιμης ύλης &quot;%2&quot;: αυτά τα κελιά δεν καίγονται</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="155"/>
        <source>The fuel map &quot;%1&quot; has the value %2 at cell (%3, %4), which is not a fuel class</source>
        <translation>Ο χάρτης καύσιμης ύλης &quot;%1&quot; έχει την τιμή %2 στο κελί (%3, %4), η οποία δεν είναι κατηγορία καύσιμης ύλης</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="171"/>
        <source>barriers</source>
        <translation>φραγμοί</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="175"/>
        <source>The barriers &quot;%1&quot; are not a vector layer (it is %2): give roads or rivers as lines</source>
        <translation>Οι φραγμοί &quot;%1&quot; δεν είναι διανυσματικό επίπεδο (είναι %2): δώστε δρόμους ή ποτάμια ως γραμμές</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="179"/>
        <source>The barriers &quot;%1&quot;: %2</source>
        <translation>Οι φραγμοί &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="191"/>
        <source>impact layer</source>
        <translation>επίπεδο επιπτώσεων</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="196"/>
        <source>The impact layer &quot;%1&quot; is not a vector layer (it is %2)</source>
        <translation>Το επίπεδο επιπτώσεων &quot;%1&quot; δεν είναι διανυσματικό επίπεδο (είναι %2)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="213"/>
        <source>&quot;ignitions[%1]&quot; (%2, %3) lies on a barrier: it does not burn</source>
        <translation>Το &quot;ignitions[%1]&quot; (%2, %3) βρίσκεται πάνω σε φραγμό: δεν καίγεται</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="215"/>
        <source>&quot;ignitions[%1]&quot; (%2, %3) lies on fuel that does not burn (class %4)</source>
        <translation>Το &quot;ignitions[%1]&quot; (%2, %3) βρίσκεται σε καύσιμη ύλη που δεν καίγεται (κατηγορία %4)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="229"/>
        <source>Scenario grid: %1</source>
        <translation>Πλέγμα σεναρίου: %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="234"/>
        <source>Reading the terrain</source>
        <translation>Ανάγνωση του ανάγλυφου</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="239"/>
        <location filename="../core/sim/scenarioinputs.cpp" line="246"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="241"/>
        <source>Reading the fuel map</source>
        <translation>Ανάγνωση του χάρτη καύσιμης ύλης</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="248"/>
        <source>Drawing the barriers</source>
        <translation>Σχεδίαση των φραγμών</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioJson</name>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="16"/>
        <source>Scenario: &quot;%1&quot; must be %2</source>
        <translation>Σενάριο: το &quot;%1&quot; πρέπει να είναι %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="26"/>
        <source>a number from %1 to %2</source>
        <translation>αριθμός από %1 έως %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="28"/>
        <location filename="../core/sim/scenariojson.cpp" line="43"/>
        <source>Scenario: &quot;%1&quot; is missing (%2)</source>
        <translation>Σενάριο: το &quot;%1&quot; λείπει (%2)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="41"/>
        <source>a whole number from %1 to %2</source>
        <translation>ακέραιος από %1 έως %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="57"/>
        <source>a text</source>
        <translation>κείμενο</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="66"/>
        <source>a cell [column, row] of two whole numbers</source>
        <translation>ένα κελί [στήλη, γραμμή] από δύο ακεραίους</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="74"/>
        <source>Scenario: unknown key &quot;%1&quot; (known here: %2)</source>
        <translation>Σενάριο: άγνωστο κλειδί &quot;%1&quot; (γνωστά εδώ: %2)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioKpi</name>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="13"/>
        <source>area (ha)</source>
        <translation>έκταση (ha)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="13"/>
        <source>area</source>
        <translation>έκταση</translation>
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
        <translation>Επηρεασμένα στο βήμα %1: %2</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioListModel</name>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="153"/>
        <source>Flood</source>
        <translation>Πλημμύρα</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="153"/>
        <source>Wildfire</source>
        <translation>Δασική πυρκαγιά</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="155"/>
        <source>last run %1</source>
        <translation>τελευταία εκτέλεση %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="156"/>
        <source>never run</source>
        <translation>δεν έχει εκτελεστεί</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="159"/>
        <source>cannot be read</source>
        <translation>δεν είναι αναγνώσιμο</translation>
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
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="64"/>
        <source>Cannot create the folder %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="84"/>
        <source>The model reported a depth grid of another size</source>
        <translation>Το μοντέλο επέστρεψε πλέγμα βάθους διαφορετικού μεγέθους</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="87"/>
        <source>step %1 (%2 s)</source>
        <translation>βήμα %1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="127"/>
        <source>arrival step</source>
        <translation>βήμα άφιξης</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="157"/>
        <source>maximum depth (m)</source>
        <translation>μέγιστο βάθος (m)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioPage</name>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="53"/>
        <source>Search scenarios</source>
        <translation>Αναζήτηση σεναρίων</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="63"/>
        <source>New</source>
        <translation>Νέο</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="63"/>
        <source>A new scenario where the main map looks</source>
        <translation>Νέο σενάριο στο σημείο όπου δείχνει ο κύριος χάρτης</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="66"/>
        <source>Wildfire…</source>
        <translation>Δασική πυρκαγιά…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="68"/>
        <source>Flood…</source>
        <translation>Πλημμύρα…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="71"/>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="71"/>
        <source>Change the selected scenario&apos;s parameters</source>
        <translation>Αλλαγή των παραμέτρων του επιλεγμένου σεναρίου</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="72"/>
        <source>Duplicate</source>
        <translation>Δημιουργία αντιγράφου</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="72"/>
        <source>A copy of the selected scenario</source>
        <translation>Ένα αντίγραφο του επιλεγμένου σεναρίου</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="73"/>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="73"/>
        <source>Delete the selected scenario (its results stay in the catalog)</source>
        <translation>Διαγραφή του επιλεγμένου σεναρίου (τα αποτελέσματά του παραμένουν στον κατάλογο)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="92"/>
        <source>Run</source>
        <translation>Εκτέλεση</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="93"/>
        <source>Compare</source>
        <translation>Σύγκριση</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="227"/>
        <source>New wildfire scenario</source>
        <translation>Νέο σενάριο δασικής πυρκαγιάς</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="227"/>
        <source>New flood scenario</source>
        <translation>Νέο σενάριο πλημμύρας</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="265"/>
        <source>Delete scenario</source>
        <translation>Διαγραφή σεναρίου</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="266"/>
        <source>Delete the scenario &quot;%1&quot;? Its results stay in the catalog.</source>
        <translation>Να διαγραφεί το σενάριο &quot;%1&quot;; Τα αποτελέσματά του παραμένουν στον κατάλογο.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="278"/>
        <source>Scenarios</source>
        <translation>Σενάρια</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioReader</name>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="32"/>
        <source>&quot;%1&quot; or {&quot;dataset&quot;: &quot;&lt;dataset id or exact title&gt;&quot;}</source>
        <translation>&quot;%1&quot; ή {&quot;dataset&quot;: &quot;&lt;αναγνωριστικό ή ακριβής τίτλος συνόλου δεδομένων&gt;&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="46"/>
        <source>a whole number from 0 (up to 2^64 - 1 when written as text)</source>
        <translation>ακέραιος από 0 (έως 2^64 - 1 όταν γράφεται ως κείμενο)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="57"/>
        <source>&quot;wildfire&quot; or &quot;flood&quot;</source>
        <translation>&quot;wildfire&quot; ή &quot;flood&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="68"/>
        <source>lower-case letters, digits and &apos;-&apos; (at most 64)</source>
        <translation>πεζά λατινικά γράμματα, ψηφία και &apos;-&apos; (έως 64)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="78"/>
        <source>an object {&quot;width&quot;, &quot;height&quot;, &quot;cellSize&quot;, &quot;origin&quot;, &quot;crs&quot;}</source>
        <translation>αντικείμενο {&quot;width&quot;, &quot;height&quot;, &quot;cellSize&quot;, &quot;origin&quot;, &quot;crs&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="98"/>
        <source>Scenario: give &quot;terrain&quot; or &quot;dem&quot;, not both</source>
        <translation>Σενάριο: δώστε &quot;terrain&quot; ή &quot;dem&quot;, όχι και τα δύο</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="108"/>
        <source>a list of {&quot;dataset&quot;, &quot;kind&quot;}</source>
        <translation>λίστα από {&quot;dataset&quot;, &quot;kind&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="124"/>
        <source>polylines [[[col, row], ...], ...], {&quot;dataset&quot;: &quot;&lt;vector dataset&gt;&quot;} or a list of both</source>
        <translation>πολυγραμμές [[[col, row], ...], ...], {&quot;dataset&quot;: &quot;&lt;διανυσματικό σύνολο δεδομένων&gt;&quot;} ή λίστα και των δύο</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="175"/>
        <source>an object {&quot;speed&quot;: m/s, &quot;direction&quot;: degrees it blows from}</source>
        <translation>αντικείμενο {&quot;speed&quot;: m/s, &quot;direction&quot;: μοίρες από όπου πνέει}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="194"/>
        <source>a list of cells [[col, row], ...]</source>
        <translation>λίστα κελιών [[col, row], ...]</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="207"/>
        <source>a list [[seconds, %1], ...] with increasing times from 0 and values from 0</source>
        <translation>λίστα [[δευτερόλεπτα, %1], ...] με αύξοντες χρόνους από 0 και τιμές από 0</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="248"/>
        <source>&quot;local-inertial&quot; or &quot;fill-and-spill&quot;</source>
        <translation>&quot;local-inertial&quot; ή &quot;fill-and-spill&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="255"/>
        <source>Scenario: give &quot;stepSeconds&quot; or &quot;stepMinutes&quot;, not both</source>
        <translation>Σενάριο: δώστε &quot;stepSeconds&quot; ή &quot;stepMinutes&quot;, όχι και τα δύο</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="264"/>
        <source>true or false</source>
        <translation>true ή false</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioResults</name>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="24"/>
        <source>%1: fire arrival step</source>
        <translation>%1: βήμα άφιξης της φωτιάς</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="26"/>
        <source>%1: maximum flood depth</source>
        <translation>%1: μέγιστο βάθος πλημμύρας</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="28"/>
        <source>%1: flood depth per step</source>
        <translation>%1: βάθος πλημμύρας ανά βήμα</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="35"/>
        <source>The step at which each cell caught fire (-1 = unburned), one step = %1 min.</source>
        <translation>Το βήμα στο οποίο κάθε κελί πήρε φωτιά (-1 = δεν κάηκε), ένα βήμα = %1 min.</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="38"/>
        <source>The deepest water on each cell during the run, in metres.</source>
        <translation>Το μέγιστο βάθος νερού σε κάθε κελί κατά την εκτέλεση, σε μέτρα.</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="39"/>
        <source>Water depth in metres, one band per reported step (see summary.json).</source>
        <translation>Βάθος νερού σε μέτρα, μία ζώνη ανά καταγεγραμμένο βήμα (βλ. summary.json).</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="40"/>
        <source>%1 Simulated by Urbis: scenario &quot;%2&quot; (%3, %4 steps, seed %5, engine version %6).</source>
        <translation>%1 Προσομοίωση από το Urbis: σενάριο &quot;%2&quot; (%3, %4 βήματα, σπόρος %5, έκδοση μηχανής %6).</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRun</name>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="50"/>
        <source>Starting %1…</source>
        <translation>Έναρξη %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="130"/>
        <source>The run was removed before it finished.</source>
        <translation>Η εκτέλεση αφαιρέθηκε πριν ολοκληρωθεί.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="137"/>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="138"/>
        <source>Run cancelled</source>
        <translation>Η εκτέλεση ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="138"/>
        <source>Run failed: %1</source>
        <translation>Η εκτέλεση απέτυχε: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sim/scenariorun.cpp" line="154"/>
        <source>Done: %n step(s) in %1 ms</source>
        <translation>
            <numerusform>Ολοκληρώθηκε: %n βήμα σε %1 ms</numerusform>
            <numerusform>Ολοκληρώθηκε: %n βήματα σε %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRunView</name>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="26"/>
        <source>Run</source>
        <translation>Εκτέλεση</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="27"/>
        <source>Run the selected scenario</source>
        <translation>Εκτέλεση του επιλεγμένου σεναρίου</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="28"/>
        <location filename="../widgets/sim/scenariorunview.cpp" line="214"/>
        <source>Pause</source>
        <translation>Παύση</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="105"/>
        <source>Select a scenario and press Run.</source>
        <translation>Επιλέξτε ένα σενάριο και πατήστε Εκτέλεση.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="200"/>
        <source>The results were not recorded in the catalog.</source>
        <translation>Τα αποτελέσματα δεν καταχωρίστηκαν στον κατάλογο.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="201"/>
        <source>Result datasets: %1</source>
        <translation>Σύνολα δεδομένων αποτελεσμάτων: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="214"/>
        <source>Resume</source>
        <translation>Συνέχιση</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRunner</name>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="36"/>
        <location filename="../core/sim/scenariorunner.cpp" line="194"/>
        <source>Simulating %1</source>
        <translation>Προσομοίωση του %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="149"/>
        <source>The results need a folder or the catalog to go to</source>
        <translation>Τα αποτελέσματα χρειάζονται φάκελο ή τον κατάλογο ως προορισμό</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="153"/>
        <source>Reading the inputs of %1</source>
        <translation>Ανάγνωση των δεδομένων εισόδου του %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="169"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία φακέλου εργασίας στο %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="175"/>
        <source>Reading the impact layers</source>
        <translation>Ανάγνωση των επιπέδων επιπτώσεων</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="201"/>
        <source>Simulation cancelled</source>
        <translation>Η προσομοίωση ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="206"/>
        <source>Recording the results in the catalog</source>
        <translation>Καταχώριση των αποτελεσμάτων στον κατάλογο</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioStore</name>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="20"/>
        <source>&quot;%1&quot; is not a scenario id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>Το &quot;%1&quot; δεν είναι αναγνωριστικό σεναρίου: χρησιμοποιήστε πεζά λατινικά γράμματα, ψηφία και &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="41"/>
        <source>There is no scenario file %1</source>
        <translation>Δεν υπάρχει αρχείο σεναρίου %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="43"/>
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="47"/>
        <source>%1 is not valid JSON (at character %2: %3)</source>
        <translation>Το %1 δεν είναι έγκυρο JSON (στον χαρακτήρα %2: %3)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="50"/>
        <source>%1 does not hold a scenario object</source>
        <translation>Το %1 δεν περιέχει αντικείμενο σεναρίου</translation>
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
        <translation>Δεν υπάρχει σενάριο &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="102"/>
        <source>Cannot create the folder %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="120"/>
        <source>Cannot remove the scenario &quot;%1&quot;</source>
        <translation>Δεν είναι δυνατή η αφαίρεση του σεναρίου &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioTextFields</name>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="49"/>
        <source>%1, line %2: expected %3</source>
        <translation>%1, σειρά %2: αναμενόταν %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="71"/>
        <source>a cell as &quot;column, row&quot; (whole numbers)</source>
        <translation>ένα κελί ως &quot;στήλη, γραμμή&quot; (ακέραιοι)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="100"/>
        <source>cells as &quot;column, row; column, row; …&quot;</source>
        <translation>κελιά ως &quot;στήλη, γραμμή; στήλη, γραμμή; …&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="104"/>
        <source>at least two cells in a line</source>
        <translation>τουλάχιστον δύο κελιά σε μια γραμμή φραγμού</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="127"/>
        <source>&quot;seconds, value&quot; with numbers &gt;= 0</source>
        <translation>&quot;δευτερόλεπτα, τιμή&quot; με αριθμούς &gt;= 0</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="129"/>
        <source>a time later than the line before</source>
        <translation>χρόνος μεταγενέστερος από εκείνον της προηγούμενης σειράς</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioTimeline</name>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="32"/>
        <source>Space: play or pause · Left / Right: one step · Home / End: first / newest step</source>
        <translation>Διάστημα: αναπαραγωγή ή παύση · Αριστερό / Δεξί βέλος: ένα βήμα · Home / End: πρώτο / νεότερο βήμα</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="39"/>
        <source>Playback speed (1x = %1 steps a second)</source>
        <translation>Ταχύτητα αναπαραγωγής (1x = %1 βήματα ανά δευτερόλεπτο)</translation>
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
        <translation>Βήμα %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="115"/>
        <source>No frames yet</source>
        <translation>Δεν υπάρχουν ακόμη καρέ</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="230"/>
        <source>Pause (Space)</source>
        <translation>Παύση (Διάστημα)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="230"/>
        <source>Play (Space)</source>
        <translation>Αναπαραγωγή (Διάστημα)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioWildfireForm</name>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="30"/>
        <source>uniform (no dataset)</source>
        <translation>ομοιόμορφη (χωρίς σύνολο δεδομένων)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="31"/>
        <source>A fuel raster of the catalog, by id or exact title; empty for one fuel everywhere</source>
        <translation>Ένα ψηφιδωτό καύσιμης ύλης του καταλόγου, με αναγνωριστικό ή ακριβή τίτλο· κενό για μία καύσιμη ύλη παντού</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="34"/>
        <source>default (grass)</source>
        <translation>προεπιλογή (χόρτα)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="35"/>
        <source>The fuel class of a uniform fuel map (docs/simulation.md lists the classes)</source>
        <translation>Η κατηγορία καύσιμης ύλης ενός ομοιόμορφου χάρτη καύσιμης ύλης (οι κατηγορίες αναφέρονται στο docs/simulation.md)</translation>
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
        <translation>Από πού πνέει ο άνεμος: 0 = βορράς, 90 = ανατολή</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="42"/>
        <source>Dead-fuel moisture as a fraction (0.08 = 8 %)</source>
        <translation>Υγρασία νεκρής καύσιμης ύλης ως κλάσμα (0,08 = 8 %)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="43"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="46"/>
        <source>Probability per burning cell and step of a spot fire downwind; 0 = none</source>
        <translation>Πιθανότητα, ανά φλεγόμενο κελί και βήμα, δευτερογενούς εστίας κατά τη φορά του ανέμου· 0 = καμία</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="49"/>
        <source>one cell per line: column, row</source>
        <translation>ένα κελί ανά σειρά: στήλη, γραμμή</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="53"/>
        <source>Fuel map:</source>
        <translation>Χάρτης καύσιμης ύλης:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="54"/>
        <source>Uniform fuel class:</source>
        <translation>Ομοιόμορφη κατηγορία καύσιμης ύλης:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="55"/>
        <source>Wind speed:</source>
        <translation>Ταχύτητα ανέμου:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="56"/>
        <source>Wind from:</source>
        <translation>Άνεμος από:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="57"/>
        <source>Fuel moisture:</source>
        <translation>Υγρασία καύσιμης ύλης:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="58"/>
        <source>Time per step:</source>
        <translation>Χρόνος ανά βήμα:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="59"/>
        <source>Spotting:</source>
        <translation>Δευτερογενείς εστίες:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="60"/>
        <source>Ignitions:</source>
        <translation>Σημεία ανάφλεξης:</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="77"/>
        <source>Ignitions</source>
        <translation>Σημεία ανάφλεξης</translation>
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
    <name>urbis::SimCommand</name>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="24"/>
        <source>%1: %2 cells burned (%3 km2) after %4 steps</source>
        <translation>%1: %2 κελιά κάηκαν (%3 km2) μετά από %4 βήματα</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="32"/>
        <source>%1: %2 km2 flooded at the end, deepest water %3 m, after %4 steps</source>
        <translation>%1: %2 km2 πλημμυρισμένα στο τέλος, μέγιστο βάθος νερού %3 m, μετά από %4 βήματα</translation>
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
        <translation>χρήση: urbis sim run wildfire|flood --config SCENARIO.json [--out DIR] [--no-catalog]
       urbis sim list
  run     προσομοιώνει το αρχείο σεναρίου (docs/simulation.md)· το ίδιο αρχείο και ο ίδιος σπόρος δίνουν
          πανομοιότυπα αποτελέσματα byte προς byte. Τα σύνολα δεδομένων που ονομάζει διαβάζονται από τον χώρο εργασίας.
  --out DIR     γράφει τα αποτελέσματα και στον DIR: summary.json και arrival.tif (δασική πυρκαγιά) ή
                depth_max.tif + depth_frames.tif (πλημμύρα)
  --no-catalog  δεν καταχωρίζει τα αποτελέσματα στον κατάλογο (τότε απαιτείται το --out)
          Χωρίς --out τα αποτελέσματα πηγαίνουν μόνο στον κατάλογο, ως σύνολα δεδομένων του τομέα
          &quot;hazard&quot; με τη λέξη-κλειδί scenario:&lt;id&gt;· εμφανίζονται τα αναγνωριστικά τους. Το --json εμφανίζει
          το summary.json με προσθήκη των &quot;datasets&quot; και &quot;out&quot;.
  list    τα σενάρια που είναι αποθηκευμένα στον χώρο εργασίας (&lt;data dir&gt;/scenarios/&lt;id&gt;.json)
κωδικοί εξόδου: 0 ολοκληρώθηκε, 1 μη έγκυρο σενάριο, 2 σφάλμα χρήσης, μη αναγνώσιμο αρχείο ή άγνωστο σύνολο δεδομένων,
                3 αποτυχία I/O</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="68"/>
        <source>sim needs &quot;run wildfire|flood --config FILE&quot; or &quot;list&quot;</source>
        <translation>το sim χρειάζεται &quot;run wildfire|flood --config FILE&quot; ή &quot;list&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="70"/>
        <source>&quot;%1&quot; is not a scenario type: wildfire or flood</source>
        <translation>Το &quot;%1&quot; δεν είναι τύπος σεναρίου: wildfire ή flood</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="94"/>
        <source>broken</source>
        <translation>κατεστραμμένο</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/simcommand.cpp" line="96"/>
        <source>%n scenario(s) in %1</source>
        <translation>
            <numerusform>%n σενάριο στο %1</numerusform>
            <numerusform>%n σενάρια στο %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="104"/>
        <source>sim run needs --config SCENARIO.json</source>
        <translation>το sim run χρειάζεται --config SCENARIO.json</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="108"/>
        <source>--no-catalog needs --out DIR: the results must go somewhere</source>
        <translation>Το --no-catalog χρειάζεται --out DIR: τα αποτελέσματα πρέπει να πάνε κάπου</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="117"/>
        <source>%1 holds a %2 scenario, not a %3 one</source>
        <translation>Το %1 περιέχει σενάριο %2, όχι %3</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="127"/>
        <source>Simulating %1</source>
        <translation>Προσομοίωση του %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="134"/>
        <source>warning: %1</source>
        <translation>προειδοποίηση: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="150"/>
        <source>Affected %1: %2 %3</source>
        <translation>Επηρεασμένα (%1): %2 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="154"/>
        <source>Wrote %1 to %2</source>
        <translation>Γράφτηκε το %1 στο %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/simcommand.cpp" line="156"/>
        <source>%n result dataset(s) in the catalog (keyword scenario:%1)</source>
        <translation>
            <numerusform>%n σύνολο δεδομένων αποτελεσμάτων στον κατάλογο (λέξη-κλειδί scenario:%1)</numerusform>
            <numerusform>%n σύνολα δεδομένων αποτελεσμάτων στον κατάλογο (λέξη-κλειδί scenario:%1)</numerusform>
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
        <translation>%1 ημ. %2 h</translation>
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
    <name>urbis::SqliteTableFile</name>
    <message>
        <location filename="../core/kpi/sqlitetablefile.cpp" line="48"/>
        <source>Cannot open the data of a dataset: %1</source>
        <translation>Δεν είναι δυνατό το άνοιγμα των δεδομένων ενός συνόλου δεδομένων: %1</translation>
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
    <name>urbis::StationOverlay</name>
    <message>
        <location filename="../widgets/stream/stationoverlay.cpp" line="121"/>
        <source>alert</source>
        <translation>ειδοποίηση</translation>
    </message>
</context>
<context>
    <name>urbis::StreamActions</name>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="26"/>
        <source>&amp;Add…</source>
        <translation>&amp;Προσθήκη…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="26"/>
        <source>Watch a new WebSocket or MQTT feed (Ctrl+N)</source>
        <translation>Παρακολούθηση νέας ροής WebSocket ή MQTT (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="27"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="28"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="28"/>
        <source>Change the selected stream&apos;s settings</source>
        <translation>Αλλαγή των ρυθμίσεων της επιλεγμένης ροής</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="29"/>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="29"/>
        <source>Stop watching the selected stream (Delete)</source>
        <translation>Διακοπή παρακολούθησης της επιλεγμένης ροής (Delete)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="31"/>
        <location filename="../widgets/stream/streamactions.cpp" line="57"/>
        <source>&amp;Start</source>
        <translation>Έναρ&amp;ξη</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="31"/>
        <source>Connect to or disconnect from the selected stream</source>
        <translation>Σύνδεση ή αποσύνδεση της επιλεγμένης ροής</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="32"/>
        <location filename="../widgets/stream/streamactions.cpp" line="59"/>
        <source>Re&amp;cord…</source>
        <translation>&amp;Καταγραφή…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="32"/>
        <source>Record the selected stream into a new dataset</source>
        <translation>Καταγραφή της επιλεγμένης ροής σε νέο σύνολο δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="57"/>
        <source>S&amp;top</source>
        <translation>&amp;Διακοπή</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="59"/>
        <source>Stop re&amp;cording</source>
        <translation>Διακοπή &amp;καταγραφής</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="69"/>
        <source>Add stream</source>
        <translation>Προσθήκη ροής</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="73"/>
        <source>Added &quot;%1&quot;: Start connects to it</source>
        <translation>Προστέθηκε η &quot;%1&quot;: η Έναρξη συνδέεται σε αυτήν</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="82"/>
        <location filename="../widgets/stream/streamactions.cpp" line="90"/>
        <source>Edit stream</source>
        <translation>Επεξεργασία ροής</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="82"/>
        <source>Stop the recording before changing the stream&apos;s settings.</source>
        <translation>Διακόψτε την καταγραφή πριν αλλάξετε τις ρυθμίσεις της ροής.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="101"/>
        <source>Stop watching &quot;%1&quot;? Its recording is finished and kept as a dataset.</source>
        <translation>Να διακοπεί η παρακολούθηση της &quot;%1&quot;; Η καταγραφή της ολοκληρώνεται και διατηρείται ως σύνολο δεδομένων.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="102"/>
        <source>Stop watching &quot;%1&quot; and forget its settings and alert rules?</source>
        <translation>Να διακοπεί η παρακολούθηση της &quot;%1&quot; και να διαγραφούν οι ρυθμίσεις και οι κανόνες ειδοποίησής της;</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="103"/>
        <source>Remove stream</source>
        <translation>Αφαίρεση ροής</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="109"/>
        <source>Removed &quot;%1&quot;</source>
        <translation>Αφαιρέθηκε η &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="120"/>
        <source>Connecting to &quot;%1&quot;…</source>
        <translation>Σύνδεση στη &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="123"/>
        <source>Disconnected from &quot;%1&quot;</source>
        <translation>Αποσύνδεση από τη &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="135"/>
        <source>Finishing the recording of &quot;%1&quot;…</source>
        <translation>Ολοκλήρωση της καταγραφής της &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="140"/>
        <source>Record stream</source>
        <translation>Καταγραφή ροής</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="140"/>
        <source>Title of the new dataset:</source>
        <translation>Τίτλος του νέου συνόλου δεδομένων:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="141"/>
        <source>%1 recording %2</source>
        <translation>%1 καταγραφή %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="150"/>
        <source>Starting to record &quot;%1&quot;…</source>
        <translation>Έναρξη καταγραφής της &quot;%1&quot;…</translation>
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
        <translation>Όλη η προσωρινή μνήμη</translation>
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
            <numerusform>%n ημέρα</numerusform>
            <numerusform>%n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="60"/>
        <location filename="../widgets/stream/streamchartsview.cpp" line="397"/>
        <source>Pause</source>
        <translation>Παύση</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="61"/>
        <source>Freeze the charts while data keeps arriving (Space)</source>
        <translation>Πάγωμα των γραφημάτων ενώ τα δεδομένα συνεχίζουν να έρχονται (Διάστημα)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="67"/>
        <location filename="../widgets/stream/streamchartsview.cpp" line="304"/>
        <source>Select a stream to see its live values.</source>
        <translation>Επιλέξτε μια ροή για να δείτε τις ζωντανές τιμές της.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="69"/>
        <source>Scroll back within the buffered values (pauses the charts)</source>
        <translation>Κύλιση προς τα πίσω στις τιμές της προσωρινής μνήμης (θέτει τα γραφήματα σε παύση)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="72"/>
        <source>Statio&amp;n:</source>
        <translation>&amp;Σταθμός:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="74"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Μέγεθος:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="76"/>
        <source>&amp;Window:</source>
        <translation>&amp;Παράθυρο:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="238"/>
        <source>All measures</source>
        <translation>Όλα τα μεγέθη</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="240"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="257"/>
        <source>(the stream)</source>
        <translation>(η ροή)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="304"/>
        <source>Waiting for the first values…</source>
        <translation>Αναμονή για τις πρώτες τιμές…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="397"/>
        <source>Resume</source>
        <translation>Συνέχιση</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="417"/>
        <source>Paused: %1 – %2</source>
        <translation>Σε παύση: %1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="418"/>
        <source>Paused at %1</source>
        <translation>Σε παύση στις %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="420"/>
        <source>Live, newest %1</source>
        <translation>Ζωντανά, πιο πρόσφατο %1</translation>
    </message>
</context>
<context>
    <name>urbis::StreamCommand</name>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="77"/>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation>Κανένα σύνολο δεδομένων δεν έχει το αναγνωριστικό ή τον ακριβή τίτλο &quot;%1&quot;</translation>
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
        <translation>χρήση: urbis stream record URL [--topic T] [--duration S] [--to TITLE] [--city C] [--domain D]
       urbis stream serve DATASET [--port P] [--rate MSGS_PER_S] [--loop]
       urbis stream recover
record   καταγράφει μια ροή ws://, wss:// ή mqtt://host:port σε νέο σύνολο δεδομένων μέχρι να περάσουν
         τα δευτερόλεπτα του --duration ή μέχρι Ctrl+C· εμφανίζει το αναγνωριστικό του συνόλου δεδομένων. --topic: φίλτρο θεμάτων MQTT
         (επαναλαμβανόμενο, μπαλαντέρ + και #· προεπιλογή #). Μυστικά: URBIS_STREAM_TOKEN (διακριτικό bearer),
         URBIS_STREAM_PASSWORD (κωδικός MQTT· το όνομα χρήστη μπαίνει στο URL)
serve    αναπαράγει ένα σύνολο δεδομένων (αναγνωριστικό ή ακριβής τίτλος) ως επίπεδα μηνύματα JSON στο ws://127.0.0.1:PORT,
         σε χρονική σειρά, με ρυθμό --rate μηνύματα ανά δευτερόλεπτο (προεπιλογή 10)· τερματίζει μετά την τελευταία γραμμή
         εκτός αν δοθεί --loop
recover  ολοκληρώνει τις καταγραφές διεργασιών που τερματίστηκαν βίαια (το record το κάνει επίσης πρώτα)</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="124"/>
        <source>stream needs &quot;record URL&quot;, &quot;serve DATASET&quot; or &quot;recover&quot;</source>
        <translation>το stream χρειάζεται &quot;record URL&quot;, &quot;serve DATASET&quot; ή &quot;recover&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="134"/>
        <source>--rate needs a number of messages per second above 0</source>
        <translation>Το --rate χρειάζεται αριθμό μηνυμάτων ανά δευτερόλεπτο μεγαλύτερο από 0</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="141"/>
        <source>--port needs a number from 0 to 65535</source>
        <translation>Το --port χρειάζεται αριθμό από 0 έως 65535</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="154"/>
        <source>&quot;%1&quot; has no table of rows to replay (a raster, or metadata only)</source>
        <translation>Το &quot;%1&quot; δεν έχει πίνακα γραμμών για αναπαραγωγή (ψηφιδωτό ή μόνο μεταδεδομένα)</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="173"/>
        <source>Serving %1 (%2 rows) on %3 at %4 msg/s</source>
        <translation>Αναπαραγωγή του %1 (%2 γραμμές) στο %3 με %4 msg/s</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="188"/>
        <source>%1 connected</source>
        <translation>%1 συνδέθηκε</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="191"/>
        <source>%1 disconnected: %2</source>
        <translation>%1 αποσυνδέθηκε: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation type="vanished">
            <numerusform>Στάλθηκε %n μήνυμα</numerusform>
            <numerusform>Στάλθηκαν %n μηνύματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/streamcommand.cpp" line="200"/>
        <source>%n row(s) replayed</source>
        <translation>
            <numerusform>Αναπαράχθηκε %n γραμμή</numerusform>
            <numerusform>Αναπαράχθηκαν %n γραμμές</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="211"/>
        <source>&quot;%1&quot; is not a stream URL: give ws://, wss:// or mqtt://host:port</source>
        <translation>Το &quot;%1&quot; δεν είναι URL ροής: δώστε ws://, wss:// ή mqtt://host:port</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="224"/>
        <source>--duration needs a number of seconds above 0</source>
        <translation>Το --duration χρειάζεται αριθμό δευτερολέπτων μεγαλύτερο από 0</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="233"/>
        <source>Unknown domain &quot;%1&quot;; expected one of %2</source>
        <translation>Άγνωστος τομέας &quot;%1&quot;· αναμενόταν ένας από τους %2</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="245"/>
        <source>Completed the recording %1 left by a stopped process</source>
        <translation>Ολοκληρώθηκε η καταγραφή %1 που άφησε μια διεργασία που διακόπηκε</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="249"/>
        <source>No stream source for %1</source>
        <translation>Καμία πηγή ροής για το %1</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="266"/>
        <source>Recording %1 into the dataset %2</source>
        <translation>Καταγραφή του %1 στο σύνολο δεδομένων %2</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="289"/>
        <source>%1 rows, %2 msg/s, %3 errors</source>
        <translation>%1 γραμμές, %2 msg/s, %3 σφάλματα</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="317"/>
        <source>Nothing was recorded: no record arrived from %1</source>
        <translation>Δεν καταγράφηκε τίποτα: δεν έφτασε καμία εγγραφή από το %1</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="326"/>
        <source>%1 rows recorded into &quot;%2&quot; (%3 messages, %4 rejected, %5 reconnects)</source>
        <translation>%1 γραμμές καταγράφηκαν στο &quot;%2&quot; (%3 μηνύματα, %4 απορρίφθηκαν, %5 επανασυνδέσεις)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/streamcommand.cpp" line="351"/>
        <source>%n recording(s) completed</source>
        <translation>
            <numerusform>Ολοκληρώθηκε %n καταγραφή</numerusform>
            <numerusform>Ολοκληρώθηκαν %n καταγραφές</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::StreamConfig</name>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="41"/>
        <source>The address must start with ws://, wss://, mqtt:// or mqtts://: &quot;%1&quot;</source>
        <translation>Η διεύθυνση πρέπει να ξεκινά με ws://, wss://, mqtt:// ή mqtts://: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="44"/>
        <source>The address &quot;%1&quot; names no host</source>
        <translation>Η διεύθυνση &quot;%1&quot; δεν ορίζει κεντρικό υπολογιστή</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="47"/>
        <source>The MQTT quality of service must be 0 or 1, not %1</source>
        <translation>Η ποιότητα υπηρεσίας MQTT πρέπει να είναι 0 ή 1, όχι %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="51"/>
        <source>&quot;%1&quot; is not an MQTT topic filter: &apos;+&apos; and &apos;#&apos; must stand for a whole level, &apos;#&apos; only at the end</source>
        <translation>Το &quot;%1&quot; δεν είναι φίλτρο θεμάτων MQTT: τα &apos;+&apos; και &apos;#&apos; πρέπει να καλύπτουν ολόκληρο επίπεδο, το &apos;#&apos; μόνο στο τέλος</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="56"/>
        <source>The message size limit must be at least 1 byte</source>
        <translation>Το όριο μεγέθους μηνύματος πρέπει να είναι τουλάχιστον 1 byte</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="58"/>
        <source>The heartbeat must be at least 1 second</source>
        <translation>Το heartbeat πρέπει να είναι τουλάχιστον 1 δευτερόλεπτο</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="60"/>
        <source>The reconnect waits must be positive, the longest at least the first</source>
        <translation>Οι αναμονές επανασύνδεσης πρέπει να είναι θετικές, η μεγαλύτερη τουλάχιστον όση η πρώτη</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="62"/>
        <source>The CA certificate file &quot;%1&quot; cannot be read</source>
        <translation>Το αρχείο πιστοποιητικού CA &quot;%1&quot; δεν μπορεί να διαβαστεί</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="99"/>
        <source>Stream settings: &quot;%1&quot; must be %2</source>
        <translation>Ρυθμίσεις ροής: το &quot;%1&quot; πρέπει να είναι %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="111"/>
        <source>text</source>
        <translation>κείμενο</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="115"/>
        <source>an address such as wss://host/path or mqtt://host:1883</source>
        <translation>διεύθυνση όπως wss://host/path ή mqtt://host:1883</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="119"/>
        <location filename="../core/stream/streamconfig.cpp" line="122"/>
        <source>a list of topic filters</source>
        <translation>λίστα φίλτρων θεμάτων</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="142"/>
        <source>a whole number of at least %1</source>
        <translation>ακέραιος τουλάχιστον %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="151"/>
        <source>an object</source>
        <translation>αντικείμενο</translation>
    </message>
</context>
<context>
    <name>urbis::StreamDialog</name>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="46"/>
        <source>Add stream</source>
        <translation>Προσθήκη ροής</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="47"/>
        <source>default: the host name</source>
        <translation>προεπιλογή: το όνομα του κεντρικού υπολογιστή</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="48"/>
        <source>wss://oup.example.org/air or mqtt://broker:1883</source>
        <translation>wss://oup.example.org/air ή mqtt://broker:1883</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="49"/>
        <source>MQTT topic filters, comma-separated; default #</source>
        <translation>Φίλτρα θεμάτων MQTT, χωρισμένα με κόμμα· προεπιλογή #</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="51"/>
        <source>0: at most once</source>
        <translation>0: το πολύ μία φορά</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="52"/>
        <source>1: at least once</source>
        <translation>1: τουλάχιστον μία φορά</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="55"/>
        <source>sent as Authorization: Bearer …; kept in memory only</source>
        <translation>αποστέλλεται ως Authorization: Bearer …· διατηρείται μόνο στη μνήμη</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="56"/>
        <source>kept in memory only</source>
        <translation>διατηρείται μόνο στη μνήμη</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="58"/>
        <source>text sent after each connect, e.g. a JSON subscription</source>
        <translation>κείμενο που αποστέλλεται μετά από κάθε σύνδεση, π.χ. συνδρομή JSON</translation>
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
        <translation>Χωρίς δεδομένα και χωρίς απάντηση σε ping για τόσο διάστημα: η σύνδεση θεωρείται νεκρή και αποκαθίσταται</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="77"/>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
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
        <translation>&amp;Θέματα:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="87"/>
        <source>Us&amp;er / password:</source>
        <translation>&amp;Χρήστης / κωδικός:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="88"/>
        <source>&amp;Bearer token:</source>
        <translation>Διακριτικό &amp;bearer:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="89"/>
        <source>Subscribe messa&amp;ge:</source>
        <translation>Μήνυμα συν&amp;δρομής:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="92"/>
        <source>Heartbeat:</source>
        <translation>Heartbeat:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="95"/>
        <source>Max message si&amp;ze:</source>
        <translation>Μέγιστο &amp;μέγεθος μηνύματος:</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="96"/>
        <source>Field mapping</source>
        <translation>Αντιστοίχιση πεδίων</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="119"/>
        <source>Edit stream &quot;%1&quot;</source>
        <translation>Επεξεργασία ροής &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="177"/>
        <source>Enter the stream&apos;s address</source>
        <translation>Εισαγάγετε τη διεύθυνση της ροής</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="181"/>
        <source>Map at least one measure, or let the mapping be inferred</source>
        <translation>Αντιστοιχίστε τουλάχιστον ένα μέγεθος ή αφήστε την αντιστοίχιση να συναχθεί αυτόματα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="186"/>
        <source>The measure &quot;%1&quot; is mapped twice</source>
        <translation>Το μέγεθος &quot;%1&quot; έχει αντιστοιχιστεί δύο φορές</translation>
    </message>
</context>
<context>
    <name>urbis::StreamListModel</name>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="40"/>
        <source>Not started</source>
        <translation>Δεν ξεκίνησε</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="42"/>
        <source>Connecting…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="44"/>
        <source>Connected</source>
        <translation>Συνδέθηκε</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="46"/>
        <source>Reconnecting…</source>
        <translation>Επανασύνδεση…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="48"/>
        <source>Stopped</source>
        <translation>Διακόπηκε</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="100"/>
        <source>%1 rows</source>
        <translation>%1 γραμμές</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="116"/>
        <source>Last error: %1</source>
        <translation>Τελευταίο σφάλμα: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="151"/>
        <source>Messages that were not JSON, not a record, or could not be mapped</source>
        <translation>Μηνύματα που δεν ήταν JSON, δεν ήταν εγγραφή ή δεν μπορούσαν να αντιστοιχιστούν</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="153"/>
        <source>Messages over the maximum size, dropped unread</source>
        <translation>Μηνύματα πάνω από το μέγιστο μέγεθος, απορρίφθηκαν χωρίς ανάγνωση</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="155"/>
        <source>Successful connections after the first</source>
        <translation>Επιτυχείς συνδέσεις μετά την πρώτη</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="164"/>
        <source>Stream</source>
        <translation>Ροή</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="166"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="168"/>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="170"/>
        <source>msg/s</source>
        <translation>msg/s</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="172"/>
        <source>Samples</source>
        <translation>Δείγματα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="174"/>
        <source>Malformed</source>
        <translation>Μη έγκυρα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="176"/>
        <source>Oversized</source>
        <translation>Υπερμεγέθη</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="178"/>
        <source>Reconnects</source>
        <translation>Επανασυνδέσεις</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="180"/>
        <source>Recording</source>
        <translation>Καταγραφή</translation>
    </message>
</context>
<context>
    <name>urbis::StreamListPanel</name>
    <message>
        <location filename="../widgets/stream/streamlistpanel.cpp" line="20"/>
        <source>Filter streams by name or address…</source>
        <translation>Φιλτράρισμα ροών κατά όνομα ή διεύθυνση…</translation>
    </message>
</context>
<context>
    <name>urbis::StreamMonitor</name>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="57"/>
        <source>&amp;Pause charts</source>
        <translation>&amp;Παύση γραφημάτων</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="59"/>
        <source>Freeze or follow the live charts (Space)</source>
        <translation>Πάγωμα ή παρακολούθηση των ζωντανών γραφημάτων (Διάστημα)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="77"/>
        <source>Charts</source>
        <translation>Γραφήματα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="78"/>
        <location filename="../widgets/stream/streammonitor.cpp" line="258"/>
        <source>Alerts</source>
        <translation>Ειδοποιήσεις</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="79"/>
        <location filename="../widgets/stream/streammonitor.cpp" line="260"/>
        <source>Rejected</source>
        <translation>Απορριφθέντα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="120"/>
        <source>Alert rules saved</source>
        <translation>Οι κανόνες ειδοποίησης αποθηκεύτηκαν</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="138"/>
        <source>Recording &quot;%1&quot;: the dataset grows in the catalog as it records</source>
        <translation>Καταγραφή της &quot;%1&quot;: το σύνολο δεδομένων μεγαλώνει στον κατάλογο όσο διαρκεί η καταγραφή</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="144"/>
        <source>Recording of &quot;%1&quot; finished: %2 rows in the dataset</source>
        <translation>Η καταγραφή της &quot;%1&quot; ολοκληρώθηκε: %2 γραμμές στο σύνολο δεδομένων</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="152"/>
        <source>Recording of &quot;%1&quot; failed: %2</source>
        <translation>Η καταγραφή της &quot;%1&quot; απέτυχε: %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="191"/>
        <source>Cannot read the watched streams: %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των παρακολουθούμενων ροών: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="258"/>
        <source>Alerts (%1)</source>
        <translation>Ειδοποιήσεις (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="260"/>
        <source>Rejected (%1)</source>
        <translation>Απορριφθέντα (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="267"/>
        <source>No streams yet: Add… (Ctrl+N) watches a WebSocket or MQTT feed.</source>
        <translation>Δεν υπάρχουν ακόμη ροές: η Προσθήκη… (Ctrl+N) παρακολουθεί μια ροή WebSocket ή MQTT.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="273"/>
        <source>%1 messages, %2 received, %3 link drops; buffers %4</source>
        <translation>%1 μηνύματα, λήψη %2, %3 διακοπές σύνδεσης· προσωρινή μνήμη %4</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="277"/>
        <source>%1 stations over the limit not charted</source>
        <translation>%1 σταθμοί πάνω από το όριο δεν εμφανίζονται στα γραφήματα</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="279"/>
        <source>Last error: %1</source>
        <translation>Τελευταίο σφάλμα: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="290"/>
        <source>Stations</source>
        <translation>Σταθμοί</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="292"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="328"/>
        <source>(log)</source>
        <translation>(ιστορικό)</translation>
    </message>
</context>
<context>
    <name>urbis::StreamRecorder</name>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="149"/>
        <source>Nothing to record: the stream&apos;s field mapping has no measure and no attribute</source>
        <translation>Τίποτα για καταγραφή: η αντιστοίχιση πεδίων της ροής δεν έχει ούτε μέγεθος ούτε χαρακτηριστικό</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="152"/>
        <source>Cannot create the folder %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="161"/>
        <source>Cannot lock the recording %1</source>
        <translation>Δεν είναι δυνατό το κλείδωμα της καταγραφής %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="174"/>
        <source>%1 recording %2</source>
        <translation>%1 καταγραφή %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="175"/>
        <source>Stream</source>
        <translation>Ροή</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="178"/>
        <source>Recorded from the live stream %1</source>
        <translation>Καταγράφηκε από τη ζωντανή ροή %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="247"/>
        <location filename="../core/stream/streamrecorder.cpp" line="261"/>
        <location filename="../core/stream/streamrecorder.cpp" line="280"/>
        <source>The recording has been finished</source>
        <translation>Η καταγραφή έχει ολοκληρωθεί</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSession</name>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="140"/>
        <source>This stream is already being recorded.</source>
        <translation>Αυτή η ροή καταγράφεται ήδη.</translation>
    </message>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="175"/>
        <source>Recording stopped: %1</source>
        <translation>Η καταγραφή διακόπηκε: %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="196"/>
        <source>The recording could not be completed: %1. It is completed the next time Urbis starts.</source>
        <translation>Η καταγραφή δεν μπόρεσε να ολοκληρωθεί: %1. Θα ολοκληρωθεί την επόμενη φορά που θα ξεκινήσει το Urbis.</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSessions</name>
    <message>
        <location filename="../widgets/stream/streamsessions.cpp" line="133"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="158"/>
        <source>A stream named &quot;%1&quot; is watched already</source>
        <translation>Μια ροή με όνομα &quot;%1&quot; παρακολουθείται ήδη</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamsessions.cpp" line="152"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="175"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="191"/>
        <source>No stream &quot;%1&quot;</source>
        <translation>Δεν υπάρχει ροή &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSource</name>
    <message>
        <location filename="../core/stream/streamsource.cpp" line="95"/>
        <source>The record has no value that could be a measure or an attribute</source>
        <translation>Η εγγραφή δεν έχει καμία τιμή που θα μπορούσε να είναι μέγεθος ή χαρακτηριστικό</translation>
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
        <translation>ροή %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="50"/>
        <source>not an object</source>
        <translation>δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="55"/>
        <source>&quot;%1&quot; is not a stream id</source>
        <translation>Το &quot;%1&quot; δεν είναι αναγνωριστικό ροής</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="57"/>
        <source>no config</source>
        <translation>χωρίς ρυθμίσεις</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="64"/>
        <source>&quot;alertRules&quot; is not a list</source>
        <translation>το &quot;alertRules&quot; δεν είναι λίστα</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="73"/>
        <source>&quot;autoStart&quot; is not true or false</source>
        <translation>το &quot;autoStart&quot; δεν είναι true ή false</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="94"/>
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="98"/>
        <source>not valid JSON (at character %1)</source>
        <translation>μη έγκυρο JSON (στον χαρακτήρα %1)</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="101"/>
        <source>no list of streams</source>
        <translation>καμία λίστα ροών</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="110"/>
        <source>the stream id &quot;%1&quot; is used twice</source>
        <translation>το αναγνωριστικό ροής &quot;%1&quot; χρησιμοποιείται δύο φορές</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="126"/>
        <location filename="../core/stream/streamstore.cpp" line="172"/>
        <source>There is no stream &quot;%1&quot;</source>
        <translation>Δεν υπάρχει ροή &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="153"/>
        <source>&quot;%1&quot; is not a stream id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>Το &quot;%1&quot; δεν είναι αναγνωριστικό ροής: χρησιμοποιήστε πεζά λατινικά γράμματα, ψηφία και &apos;-&apos;</translation>
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
    <name>urbis::WebSocketSource</name>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="191"/>
        <source>No answer from %1 within %2 s</source>
        <translation>Καμία απάντηση από το %1 εντός %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="198"/>
        <source>No data and no answer to pings for %1 s: the link is dead, reconnecting</source>
        <translation>Χωρίς δεδομένα και χωρίς απάντηση σε ping για %1 s: η σύνδεση θεωρείται νεκρή, γίνεται επανασύνδεση</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="213"/>
        <source>A message over %1 bytes: the connection was closed and is reopened</source>
        <translation>Μήνυμα πάνω από %1 byte: η σύνδεση έκλεισε και ανοίγει ξανά</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="245"/>
        <source>HTTP %1 from the server: check the token</source>
        <translation>HTTP %1 από τον διακομιστή: ελέγξτε το διακριτικό</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="246"/>
        <source>HTTP %1 %2 from the server: is %3 a WebSocket address?</source>
        <translation>HTTP %1 %2 από τον διακομιστή: είναι το %3 διεύθυνση WebSocket;</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="252"/>
        <source>%1 refused the connection: is the server running?</source>
        <translation>Το %1 απέρριψε τη σύνδεση: εκτελείται ο διακομιστής;</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="254"/>
        <source>Host %1 not found: check the address</source>
        <translation>Ο κεντρικός υπολογιστής %1 δεν βρέθηκε: ελέγξτε τη διεύθυνση</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="256"/>
        <source>Secure connection to %1 failed: %2. A private server needs its CA certificate in the CA file</source>
        <translation>Η ασφαλής σύνδεση με το %1 απέτυχε: %2. Ένας ιδιωτικός διακομιστής χρειάζεται το πιστοποιητικό CA του στο αρχείο CA</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="261"/>
        <source>Network error talking to %1: %2</source>
        <translation>Σφάλμα δικτύου κατά την επικοινωνία με το %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="266"/>
        <source>A message was too large: the connection was closed</source>
        <translation>Ένα μήνυμα ήταν πολύ μεγάλο: η σύνδεση έκλεισε</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="268"/>
        <source>The server closed the connection: %1 (code %2)</source>
        <translation>Ο διακομιστής έκλεισε τη σύνδεση: %1 (κωδικός %2)</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="274"/>
        <source>The connection to %1 was lost</source>
        <translation>Η σύνδεση με το %1 χάθηκε</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="275"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>Η σύνδεση με το %1 χάθηκε: %2</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="276"/>
        <source>The server closed the connection</source>
        <translation>Ο διακομιστής έκλεισε τη σύνδεση</translation>
    </message>
</context>
<context>
    <name>urbis::WhatIf</name>
    <message>
        <location filename="../core/sim/whatif.cpp" line="40"/>
        <source>The KPI is by %1 and the driver by %2; they must share a grain</source>
        <translation>Το KPI είναι ανά %1 και ο παράγοντας ανά %2· πρέπει να έχουν κοινή χρονική ανάλυση</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="43"/>
        <source>The change needs a start date</source>
        <translation>Η μεταβολή χρειάζεται ημερομηνία έναρξης</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="45"/>
        <source>The change ends before it starts</source>
        <translation>Η μεταβολή τελειώνει πριν ξεκινήσει</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="47"/>
        <source>A driver cannot fall by more than 100 %</source>
        <translation>Ένας παράγοντας δεν μπορεί να μειωθεί περισσότερο από 100 %</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="65"/>
        <source>The KPI and the driver overlap in %1 periods with values; the model needs at least %2</source>
        <translation>Το KPI και ο παράγοντας επικαλύπτονται σε %1 περιόδους με τιμές· το μοντέλο χρειάζεται τουλάχιστον %2</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="90"/>
        <source>The driver does not vary over the overlapping periods</source>
        <translation>Ο παράγοντας δεν μεταβάλλεται στις περιόδους επικάλυψης</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="163"/>
        <source>The change does not touch the analysed periods (%1 to %2)</source>
        <translation>Η μεταβολή δεν αγγίζει τις περιόδους που αναλύθηκαν (%1 έως %2)</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="170"/>
        <source>KPI = %1 + %2 x driver fitted on %3 overlapping periods (R² = %4). The fit shows association, not causation, and assumes a constant response per driver unit.</source>
        <translation>KPI = %1 + %2 x παράγοντας, προσαρμοσμένο σε %3 περιόδους επικάλυψης (R² = %4). Η προσαρμογή δείχνει συσχέτιση, όχι αιτιότητα, και υποθέτει σταθερή απόκριση ανά μονάδα του παράγοντα.</translation>
    </message>
</context>
<context>
    <name>urbis::WildfireModel</name>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="43"/>
        <source>The fuel grid is empty.</source>
        <translation>Το πλέγμα καύσιμης ύλης είναι κενό.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="45"/>
        <source>The grid of %1 × %2 cells is too large.</source>
        <translation>Το πλέγμα των %1 × %2 κελιών είναι πολύ μεγάλο.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="47"/>
        <source>The elevation grid (%1 × %2) does not match the fuel grid (%3 × %4).</source>
        <translation>Το πλέγμα υψομέτρων (%1 × %2) δεν ταιριάζει με το πλέγμα καύσιμης ύλης (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="53"/>
        <source>The barrier grid (%1 × %2) does not match the fuel grid (%3 × %4).</source>
        <translation>Το πλέγμα φραγμών (%1 × %2) δεν ταιριάζει με το πλέγμα καύσιμης ύλης (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="59"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>Το μέγεθος κελιού πρέπει να είναι θετικός αριθμός μέτρων.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="61"/>
        <source>A wildfire run needs at least one step.</source>
        <translation>Μια προσομοίωση δασικής πυρκαγιάς χρειάζεται τουλάχιστον ένα βήμα.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="63"/>
        <source>The step length must be a positive number of minutes.</source>
        <translation>Η διάρκεια του βήματος πρέπει να είναι θετικός αριθμός λεπτών.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="65"/>
        <source>The wind speed must be zero or more and its direction a number of degrees.</source>
        <translation>Η ταχύτητα του ανέμου πρέπει να είναι μηδέν ή μεγαλύτερη και η διεύθυνσή του αριθμός μοιρών.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="67"/>
        <source>The fuel moisture must be a fraction of zero or more.</source>
        <translation>Η υγρασία της καύσιμης ύλης πρέπει να είναι κλάσμα μηδέν ή μεγαλύτερο.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="69"/>
        <source>The spotting probability must be between 0 and 1.</source>
        <translation>Η πιθανότητα δευτερογενών εστιών πρέπει να είναι μεταξύ 0 και 1.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="73"/>
        <source>Fuel code %1 is out of range or listed twice.</source>
        <translation>Ο κωδικός καύσιμης ύλης %1 είναι εκτός εύρους ή αναφέρεται δύο φορές.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="77"/>
        <source>Fuel %1 needs a spread rate of zero or more and a positive extinction moisture.</source>
        <translation>Η καύσιμη ύλη %1 χρειάζεται ρυθμό εξάπλωσης μηδέν ή μεγαλύτερο και θετική υγρασία απόσβεσης.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="86"/>
        <source>The fuel grid holds code %1, which is not in the fuel table.</source>
        <translation>Το πλέγμα καύσιμης ύλης περιέχει τον κωδικό %1, ο οποίος δεν υπάρχει στον πίνακα καύσιμης ύλης.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="90"/>
        <source>The elevation grid has cells without a value.</source>
        <translation>Το πλέγμα υψομέτρων έχει κελιά χωρίς τιμή.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="93"/>
        <source>A wildfire run needs at least one ignition point.</source>
        <translation>Μια προσομοίωση δασικής πυρκαγιάς χρειάζεται τουλάχιστον ένα σημείο ανάφλεξης.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="96"/>
        <source>The ignition at (%1, %2) is outside the grid.</source>
        <translation>Το σημείο ανάφλεξης στο (%1, %2) βρίσκεται εκτός πλέγματος.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="106"/>
        <source>The wildfire simulation was cancelled.</source>
        <translation>Η προσομοίωση δασικής πυρκαγιάς ακυρώθηκε.</translation>
    </message>
</context>
<context>
    <name>urbis::WildfireParams</name>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="31"/>
        <source>Grass</source>
        <translation>Χόρτα</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="32"/>
        <source>Shrub</source>
        <translation>Θάμνοι</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="33"/>
        <source>Timber litter</source>
        <translation>Φυλλοστρωμνή δάσους</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="34"/>
        <source>Urban vegetation</source>
        <translation>Αστική βλάστηση</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="35"/>
        <source>Water or rock</source>
        <translation>Νερό ή βράχος</translation>
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
        <location filename="../core/storage/s3/s3client.cpp" line="280"/>
        <source>Not found on the remote: %1</source>
        <translation>Δεν βρέθηκε στον απομακρυσμένο διακομιστή: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="282"/>
        <source>The remote refused %1: it was changed meanwhile</source>
        <translation>Ο απομακρυσμένος διακομιστής απέρριψε το %1: τροποποιήθηκε στο μεταξύ</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="284"/>
        <source>The remote does not support %1</source>
        <translation>Ο απομακρυσμένος διακομιστής δεν υποστηρίζει το %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="286"/>
        <source>The remote is too busy for %1 (HTTP %2): try again later</source>
        <translation>Ο απομακρυσμένος διακομιστής είναι υπερβολικά απασχολημένος για το %1 (HTTP %2): δοκιμάστε ξανά αργότερα</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="288"/>
        <source>The remote failed on %1 (HTTP %2)</source>
        <translation>Ο απομακρυσμένος διακομιστής απέτυχε στο %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="289"/>
        <source>The remote refused %1: %2</source>
        <translation>Ο απομακρυσμένος διακομιστής απέρριψε το %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="329"/>
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>Το %1 έφτασε κατεστραμμένο: το περιεχόμενό του δεν ταιριάζει με το sha256 του</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="162"/>
        <location filename="../core/storage/s3/s3client.cpp" line="171"/>
        <location filename="../core/storage/s3/s3client.cpp" line="244"/>
        <location filename="../core/storage/s3/s3client.cpp" line="375"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="253"/>
        <source>the data could not be written</source>
        <translation>δεν ήταν δυνατή η εγγραφή των δεδομένων</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="265"/>
        <source>the connection failed (%1)</source>
        <translation>η σύνδεση απέτυχε (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="275"/>
        <source>Cannot reach %1 for %2: %3</source>
        <translation>Δεν είναι δυνατή η πρόσβαση στο %1 για το %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="365"/>
        <source>The remote could not copy %1 to %2</source>
        <translation>Ο απομακρυσμένος χώρος δεν μπόρεσε να αντιγράψει το %1 στο %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="411"/>
        <source>The remote sent an unreadable listing</source>
        <translation>Ο απομακρυσμένος διακομιστής έστειλε μη αναγνώσιμη λίστα</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="415"/>
        <source>The remote sent a truncated listing without a continuation token</source>
        <translation>Ο απομακρυσμένος διακομιστής έστειλε περικομμένη λίστα χωρίς διακριτικό συνέχισης</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="417"/>
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
