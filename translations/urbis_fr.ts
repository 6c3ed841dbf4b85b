<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail :
%1</translation>
    </message>
</context>
<context>
    <name>urbis</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="29"/>
        <source>The built-in basemap file %1 is missing</source>
        <translation>Le fichier de fond de carte intégré %1 est introuvable</translation>
    </message>
</context>
<context>
    <name>urbis::AboutDialog</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="20"/>
        <source>About Urbis</source>
        <translation>À propos d&apos;Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="22"/>
        <source>Urbis %1</source>
        <translation>Urbis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="23"/>
        <source>Desktop operator and data-curation application for city digital twins.</source>
        <translation>Application de bureau d&apos;exploitation et de curation des données pour les jumeaux numériques de villes.</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="36"/>
        <source>Built with:</source>
        <translation>Compilé avec :</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="39"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="40"/>
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Copier les versions, par ex. pour un rapport de bogue</translation>
    </message>
</context>
<context>
    <name>urbis::AlertEngine</name>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="32"/>
        <source>%1: %2 changes by %3 a minute</source>
        <translation>%1 : %2 varie de %3 par minute</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="34"/>
        <source>%1 cleared: %2 changes by %3 a minute</source>
        <translation>Fin d&apos;alerte %1 : %2 varie de %3 par minute</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="36"/>
        <source>%1: %2 changes by %3 a minute at %4</source>
        <translation>%1 : %2 varie de %3 par minute à %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="38"/>
        <source>%1 cleared: %2 changes by %3 a minute at %4</source>
        <translation>Fin d&apos;alerte %1 : %2 varie de %3 par minute à %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="42"/>
        <source>%1: %2 is %3</source>
        <translation>%1 : %2 vaut %3</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="43"/>
        <source>%1 cleared: %2 is %3</source>
        <translation>Fin d&apos;alerte %1 : %2 vaut %3</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="44"/>
        <source>%1: %2 is %3 at %4</source>
        <translation>%1 : %2 vaut %3 à %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="45"/>
        <source>%1 cleared: %2 is %3 at %4</source>
        <translation>Fin d&apos;alerte %1 : %2 vaut %3 à %4</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="124"/>
        <source>%1 cleared: data again</source>
        <translation>Fin d&apos;alerte %1 : données de nouveau reçues</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="125"/>
        <source>%1 cleared: data from %2 again</source>
        <translation>Fin d&apos;alerte %1 : données de nouveau reçues de %2</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="179"/>
        <source>%1: %2 is %3, outside the schema&apos;s %4</source>
        <translation>%1 : %2 vaut %3, hors de la contrainte %4 du schéma</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="182"/>
        <source>%1: %2 is %3 at %4, outside the schema&apos;s %5</source>
        <translation>%1 : %2 vaut %3 à %4, hors de la contrainte %5 du schéma</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="271"/>
        <source>%1: no data for %2 s</source>
        <translation>%1 : aucune donnée depuis %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertengine.cpp" line="272"/>
        <source>%1: no data from %2 for %3 s</source>
        <translation>%1 : aucune donnée de %2 depuis %3 s</translation>
    </message>
</context>
<context>
    <name>urbis::AlertListModel</name>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="58"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="60"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="64"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="93"/>
        <source>raised</source>
        <translation>déclenchée</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="93"/>
        <source>cleared</source>
        <translation>levée</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="139"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="141"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="143"/>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="145"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="147"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="149"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertlistmodel.cpp" line="151"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>urbis::AlertLog</name>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="47"/>
        <source>Cannot create the folder %1 for the alert log</source>
        <translation>Impossible de créer le dossier %1 du journal des alertes</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="58"/>
        <location filename="../core/stream/alertlog.cpp" line="91"/>
        <source>Cannot write to the alert log %1</source>
        <translation>Impossible d&apos;écrire dans le journal des alertes %1</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="67"/>
        <source>Cannot open the alert log %1</source>
        <translation>Impossible d&apos;ouvrir le journal des alertes %1</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="77"/>
        <source>Cannot rotate the alert log %1</source>
        <translation>Impossible d&apos;effectuer la rotation du journal des alertes %1</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="84"/>
        <source>The alert log %1 is not open</source>
        <translation>Le journal des alertes %1 n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location filename="../core/stream/alertlog.cpp" line="106"/>
        <source>Cannot read the alert log %1</source>
        <translation>Impossible de lire le journal des alertes %1</translation>
    </message>
</context>
<context>
    <name>urbis::AlertPanel</name>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="24"/>
        <source>Add r&amp;ule…</source>
        <translation>Ajouter une &amp;règle…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="24"/>
        <source>Edit rule…</source>
        <translation>Modifier la règle…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="25"/>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="26"/>
        <source>Raised &amp;only</source>
        <translation>&amp;Déclenchées uniquement</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="31"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="44"/>
        <source>Search alerts: station, rule, message…</source>
        <translation>Rechercher des alertes : station, règle, message…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="48"/>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="49"/>
        <source>Warning and critical</source>
        <translation>Avertissement et critique</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="50"/>
        <source>Critical only</source>
        <translation>Critique uniquement</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="115"/>
        <source>Select a stream to edit its alert rules.</source>
        <translation>Sélectionnez un flux pour modifier ses règles d&apos;alerte.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="116"/>
        <source>Alert rules of &quot;%1&quot;:</source>
        <translation>Règles d&apos;alerte de « %1 » :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="193"/>
        <source>Remove alert rule</source>
        <translation>Supprimer la règle d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertpanel.cpp" line="193"/>
        <source>Remove the rule &quot;%1&quot;?</source>
        <translation>Supprimer la règle « %1 » ?</translation>
    </message>
</context>
<context>
    <name>urbis::AlertRule</name>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="20"/>
        <source>Alert rule: &quot;%1&quot; is missing or malformed</source>
        <translation>Règle d&apos;alerte : « %1 » est manquant ou mal formé</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="119"/>
        <source>An alert rule needs a name</source>
        <translation>Une règle d&apos;alerte nécessite un nom</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="121"/>
        <source>Alert rule &quot;%1&quot; needs a measure</source>
        <translation>La règle d&apos;alerte « %1 » nécessite une mesure</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="123"/>
        <source>Alert rule &quot;%1&quot;: the threshold and hysteresis must be numbers</source>
        <translation>Règle d&apos;alerte « %1 » : le seuil et l&apos;hystérésis doivent être des nombres</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="125"/>
        <source>Alert rule &quot;%1&quot;: the hysteresis cannot be negative</source>
        <translation>Règle d&apos;alerte « %1 » : l&apos;hystérésis ne peut pas être négative</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="128"/>
        <source>Alert rule &quot;%1&quot;: a rate of change is compared as a magnitude, it cannot be negative</source>
        <translation>Règle d&apos;alerte « %1 » : un taux de variation est comparé en valeur absolue, il ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="131"/>
        <source>Alert rule &quot;%1&quot;: the no-data delay must be at least one second</source>
        <translation>Règle d&apos;alerte « %1 » : le délai sans données doit être d&apos;au moins une seconde</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="142"/>
        <source>%1 &gt; %2 (clears &lt; %3)</source>
        <translation>%1 &gt; %2 (levée si &lt; %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="143"/>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="147"/>
        <source>%1 &lt; %2 (clears &gt; %3)</source>
        <translation>%1 &lt; %2 (levée si &gt; %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="148"/>
        <source>%1 &lt; %2</source>
        <translation>%1 &lt; %2</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="151"/>
        <source>%1 changes by more than %2 a minute (clears below %3)</source>
        <translation>%1 varie de plus de %2 par minute (levée sous %3)</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="153"/>
        <source>%1 changes by more than %2 a minute</source>
        <translation>%1 varie de plus de %2 par minute</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="156"/>
        <source>no data for %1 s</source>
        <translation>aucune donnée depuis %1 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="157"/>
        <source>no data from %1 for %2 s</source>
        <translation>aucune donnée de %1 depuis %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="159"/>
        <source>%1 outside the dataset schema&apos;s constraints</source>
        <translation>%1 hors des contraintes du schéma du jeu de données</translation>
    </message>
    <message>
        <location filename="../core/stream/alertrule.cpp" line="162"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>urbis::AlertRuleDialog</name>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="33"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="37"/>
        <source>Add alert rule</source>
        <translation>Ajouter une règle d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="39"/>
        <source>e.g. PM10 above the EU daily limit</source>
        <translation>par ex. PM10 au-dessus de la valeur limite journalière de l&apos;UE</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="41"/>
        <source>Value above the threshold</source>
        <translation>Valeur au-dessus du seuil</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="42"/>
        <source>Value below the threshold</source>
        <translation>Valeur en dessous du seuil</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="43"/>
        <source>Change per minute above the threshold</source>
        <translation>Variation par minute au-dessus du seuil</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="44"/>
        <source>No data for some time</source>
        <translation>Aucune donnée pendant un certain temps</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="45"/>
        <source>Outside the dataset&apos;s constraints</source>
        <translation>Hors des contraintes du jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="52"/>
        <source>(every station)</source>
        <translation>(toutes les stations)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="57"/>
        <source>A raised alert clears only this far back past the threshold, so a value hovering at the threshold does not flap</source>
        <translation>Une alerte déclenchée n&apos;est levée que lorsque la valeur repasse le seuil de cet écart, afin qu&apos;une valeur oscillant autour du seuil ne bascule pas sans cesse</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="66"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="76"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="77"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="78"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="79"/>
        <source>S&amp;tation:</source>
        <translation>S&amp;tation :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="80"/>
        <source>&amp;Threshold:</source>
        <translation>&amp;Seuil :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="81"/>
        <source>&amp;Hysteresis:</source>
        <translation>&amp;Hystérésis :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="82"/>
        <source>No &amp;data for:</source>
        <translation>Aucune &amp;donnée depuis :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="83"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/alertruledialog.cpp" line="107"/>
        <source>Edit alert rule &quot;%1&quot;</source>
        <translation>Modifier la règle d&apos;alerte « %1 »</translation>
    </message>
</context>
<context>
    <name>urbis::AssetExport</name>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="12"/>
        <source>Export %1 to %2</source>
        <translation>Exporter %1 vers %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="15"/>
        <source>No object store to export from</source>
        <translation>Aucun stockage d&apos;objets à partir duquel exporter</translation>
    </message>
</context>
<context>
    <name>urbis::AtomicFile</name>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="35"/>
        <source>Cannot create folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="39"/>
        <source>Cannot create a temporary file in %1</source>
        <translation>Impossible de créer un fichier temporaire dans %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="71"/>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="84"/>
        <source>Cannot flush %1 to disk</source>
        <translation>Impossible de synchroniser %1 sur le disque</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="89"/>
        <source>Cannot move %1 into place as %2</source>
        <translation>Impossible de mettre %1 en place sous le nom %2</translation>
    </message>
</context>
<context>
    <name>urbis::BasemapLayers</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="46"/>
        <source>Land</source>
        <translation>Terres émergées</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="55"/>
        <source>Country borders</source>
        <translation>Frontières des pays</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="63"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
</context>
<context>
    <name>urbis::BlobConnection</name>
    <message>
        <location filename="../core/kpi/blobconnection.cpp" line="20"/>
        <source>Cannot open the data of a dataset: %1</source>
        <translation>Impossible d&apos;ouvrir les données d&apos;un jeu de données : %1</translation>
    </message>
</context>
<context>
    <name>urbis::BlobTransfers</name>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="50"/>
        <source>The data of &quot;%1&quot; is not on this computer (blob %2): fetch it before pushing</source>
        <translation>Les données de « %1 » ne sont pas sur cet ordinateur (blob %2) : téléchargez-les avant d&apos;envoyer</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="53"/>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="77"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Impossible de créer un dossier de travail dans %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="102"/>
        <source>%1 does not hold the data its catalog entry names (sha256 %2, expected %3)</source>
        <translation>%1 ne contient pas les données indiquées par son entrée de catalogue (sha256 %2, attendu %3)</translation>
    </message>
</context>
<context>
    <name>urbis::BrowseOrder</name>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="8"/>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="9"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="10"/>
        <source>Newest first</source>
        <translation>Plus récents d&apos;abord</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="11"/>
        <source>Oldest first</source>
        <translation>Plus anciens d&apos;abord</translation>
    </message>
</context>
<context>
    <name>urbis::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="71"/>
        <source>Cannot open the catalog %1</source>
        <translation>Impossible d&apos;ouvrir le catalogue %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="84"/>
        <source>A dataset needs a title</source>
        <translation>Un jeu de données doit avoir un titre</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="86"/>
        <source>Unknown domain &quot;%1&quot;; expected one of %2</source>
        <translation>Domaine « %1 » inconnu ; valeurs attendues : %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="89"/>
        <source>The temporal extent ends before it starts</source>
        <translation>L&apos;étendue temporelle se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="92"/>
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>L&apos;emprise %1 n&apos;est pas une étendue WGS84 valide</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="123"/>
        <location filename="../core/catalog/catalog.cpp" line="457"/>
        <location filename="../core/catalog/catalog.cpp" line="475"/>
        <source>No dataset with id %1</source>
        <translation>Aucun jeu de données avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="266"/>
        <source>A dataset with id %1 exists already</source>
        <translation>Un jeu de données avec l&apos;identifiant %1 existe déjà</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="327"/>
        <source>Record %1: %2</source>
        <translation>Enregistrement %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="350"/>
        <source>Dataset &quot;%1&quot; was changed by someone else since it was loaded</source>
        <translation>Le jeu de données « %1 » a été modifié par quelqu&apos;un d&apos;autre depuis son chargement</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="393"/>
        <source>Version %1 of &quot;%2&quot; already has a newer version</source>
        <translation>La version %1 de « %2 » a déjà une version plus récente</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsearch.cpp" line="50"/>
        <source>The search text &quot;%1&quot; is not a valid query</source>
        <translation>Le texte de recherche « %1 » n&apos;est pas une requête valide</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="14"/>
        <source>A dataset needs at least one version</source>
        <translation>Un jeu de données doit avoir au moins une version</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="18"/>
        <source>A synced version of &quot;%1&quot; has no id</source>
        <translation>Une version synchronisée de « %1 » n&apos;a pas d&apos;identifiant</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogCommand</name>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="24"/>
        <source>Unknown sort &quot;%1&quot;; use one of %2</source>
        <translation>Tri « %1 » inconnu ; utilisez une valeur parmi %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="35"/>
        <source>--%1 needs a non-negative whole number, not &quot;%2&quot;</source>
        <translation>--%1 exige un nombre entier positif ou nul, pas « %2 »</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="63"/>
        <source>--from is after --to</source>
        <translation>--from est postérieur à --to</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="68"/>
        <source>Unknown domain &quot;%1&quot;; use one of %2</source>
        <translation>Domaine « %1 » inconnu ; utilisez une valeur parmi %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="76"/>
        <source>--year needs a year, not &quot;%1&quot;</source>
        <translation>--year exige une année, pas « %1 »</translation>
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
        <translation>usage : urbis catalog list [options]
        urbis catalog search [TEXT] [--bbox W,S,E,N] [--from T] [--to T] [--city C] [--domain D]
                             [--format F] [--license L] [--year Y] [--sort relevance|title|modified|created|time]
                             [--desc] [--limit N] [--offset N] [--all-versions]
        urbis catalog show ID
        urbis catalog delete ID
        urbis catalog add [FILE.ndjson|-]   (un enregistrement JSON par ligne ; affiche chaque nouvel identifiant une fois validé)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="123"/>
        <source>catalog needs a subcommand</source>
        <translation>catalog exige une sous-commande</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="136"/>
        <source>unknown catalog subcommand &quot;%1&quot;</source>
        <translation>sous-commande catalog inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="142"/>
        <source>catalog list takes no search text; use catalog search</source>
        <translation>catalog list n&apos;accepte pas de texte de recherche ; utilisez catalog search</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="164"/>
        <source>catalog show needs exactly one dataset id</source>
        <translation>catalog show exige exactement un identifiant de jeu de données</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="191"/>
        <source>catalog delete needs exactly one dataset id</source>
        <translation>catalog delete exige exactement un identifiant de jeu de données</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="200"/>
        <source>Deleted %1 (its blob is removed by the next clean-up of the object store)</source>
        <translation>%1 supprimé (son blob sera retiré lors du prochain nettoyage du stockage d&apos;objets)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="207"/>
        <source>catalog add takes one file (or - for standard input)</source>
        <translation>catalog add accepte un seul fichier (ou - pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="212"/>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="227"/>
        <source>%1, line %2, column %3: not a JSON object</source>
        <translation>%1, ligne %2, colonne %3 : pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="231"/>
        <location filename="../app/cli/catalogcommand.cpp" line="234"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogFilterBar</name>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="24"/>
        <source>Fr&amp;om</source>
        <translation>&amp;Depuis</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="26"/>
        <source>Only datasets with data on or after this day</source>
        <translation>Uniquement les jeux de données ayant des données à partir de ce jour</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="28"/>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="30"/>
        <source>Only datasets with data on or before this day</source>
        <translation>Uniquement les jeux de données ayant des données jusqu&apos;à ce jour inclus</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="37"/>
        <source>Relevance ranks title matches first; newest and oldest go by when a dataset was added</source>
        <translation>La pertinence place d&apos;abord les correspondances dans le titre ; les plus récents et les plus anciens se basent sur la date d&apos;ajout du jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="38"/>
        <source>Sort &amp;by</source>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="41"/>
        <source>Only &amp;in the map view</source>
        <translation>Seulement dans la &amp;vue cartographique</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="43"/>
        <source>Only datasets whose extent overlaps the area the map shows</source>
        <translation>Uniquement les jeux de données dont l&apos;emprise recoupe la zone affichée par la carte</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogResultsModel</name>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="112"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="114"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="116"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="118"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="120"/>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="122"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSchema</name>
    <message>
        <location filename="../core/catalog/catalogschema.cpp" line="226"/>
        <source>The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)</source>
        <translation>Le catalogue %1 a été écrit par une version plus récente d&apos;Urbis (schéma %2, cette version connaît %3)</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSearchWidget</name>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="34"/>
        <source>Search datasets: words, &quot;a phrase&quot;, OR, NOT, title:word</source>
        <translation>Rechercher des jeux de données : mots, &quot;une expression&quot;, OR, NOT, title:mot</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="43"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="53"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="57"/>
        <source>Check values to filter; several values in one list are alternatives</source>
        <translation>Cochez des valeurs pour filtrer ; plusieurs valeurs d&apos;une même liste sont des alternatives</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="161"/>
        <source>%1. Check quotes and parentheses, or search for plain words.</source>
        <translation>%1. Vérifiez les guillemets et les parenthèses, ou recherchez des mots simples.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="183"/>
        <source>Showing %1 of %n datasets</source>
        <translation>
            <numerusform>Affichage de %1 sur %n jeu de données</numerusform>
            <numerusform>Affichage de %1 sur %n jeux de données</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="187"/>
        <source>1 dataset</source>
        <translation>1 jeu de données</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="188"/>
        <source>%n datasets</source>
        <translation>
            <numerusform>%n jeu de données</numerusform>
            <numerusform>%n jeux de données</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="208"/>
        <source>%1 (%2 selected)</source>
        <translation>%1 (sélection : %2)</translation>
    </message>
</context>
<context>
    <name>urbis::CityChecker</name>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="206"/>
        <source>The table has coordinates but does not declare their coordinate reference system</source>
        <translation>La table contient des coordonnées mais ne déclare pas leur système de coordonnées de référence</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="220"/>
        <source>Field &quot;%1&quot; at position %2 holds measurements but has no unit</source>
        <translation>Le champ « %1 » à la position %2 contient des mesures mais n&apos;a pas d&apos;unité</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="224"/>
        <source>The unit &quot;%1&quot; of field &quot;%2&quot; at position %3 is not a unit of its quantity</source>
        <translation>L&apos;unité « %1 » du champ « %2 » à la position %3 n&apos;est pas une unité de sa grandeur</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="240"/>
        <source>The geometry in row %1 is not valid</source>
        <translation>La géométrie de la ligne %1 n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="250"/>
        <source>The geometry in row %1 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>La géométrie de la ligne %1 a des coordonnées hors de la longitude [-180, 180] ou de la latitude [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="279"/>
        <source>The geometry in row %1 and field &quot;%2&quot; at position %3 is not valid</source>
        <translation>La géométrie de la ligne %1 et du champ « %2 » à la position %3 n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="293"/>
        <source>The geometry in row %1 and field &quot;%2&quot; at position %3 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>La géométrie de la ligne %1 et du champ « %2 » à la position %3 a des coordonnées hors de la longitude [-180, 180] ou de la latitude [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="308"/>
        <source>The latitude %1 in row %2 and field &quot;%3&quot; at position %4 is outside [-90, 90]</source>
        <translation>La latitude %1 de la ligne %2 et du champ « %3 » à la position %4 est hors de [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="318"/>
        <source>The longitude %1 in row %2 and field &quot;%3&quot; at position %4 is outside [-180, 180]</source>
        <translation>La longitude %1 de la ligne %2 et du champ « %3 » à la position %4 est hors de [-180, 180]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="333"/>
        <source>The point %1 in row %2 and field &quot;%3&quot; at position %4 is outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>Le point %1 de la ligne %2 et du champ « %3 » à la position %4 est hors de la longitude [-180, 180] ou de la latitude [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="358"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 is in the future</source>
        <translation>L&apos;horodatage %1 de la ligne %2 et du champ « %3 » à la position %4 est dans le futur</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="380"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 is earlier than the previous time of the same station</source>
        <translation>L&apos;horodatage %1 de la ligne %2 et du champ « %3 » à la position %4 est antérieur à l&apos;horodatage précédent de la même station</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="386"/>
        <source>The time %1 in row %2 and field &quot;%3&quot; at position %4 repeats the previous time of the same station</source>
        <translation>L&apos;horodatage %1 de la ligne %2 et du champ « %3 » à la position %4 répète l&apos;horodatage précédent de la même station</translation>
    </message>
</context>
<context>
    <name>urbis::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="62"/>
        <source>urbis: error: %1</source>
        <translation>urbis: erreur : %1</translation>
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
        <translation type="vanished">usage : urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
        urbis                  ouvrir l&apos;application de bureau
commandes :
  catalog list|search|show|delete|add   le catalogue de jeux de données (urbis catalog --help)
  demo                                  créer l&apos;espace de travail de démonstration dans le dossier de données
  validate FILE [--schema S]            vérifier une table (rapport Frictionless ; urbis validate --help)
options globales :
  --data-dir DIR   dossier de l&apos;espace de travail (par défaut : $URBIS_DATA_DIR ou ~/.local/share/urbis)
  --json           sortie lisible par machine sur stdout
  --quiet          aucun message sur stderr
  --version        afficher les versions et quitter
codes de sortie : 0 ok, 1 données non valides, 2 erreur d&apos;usage ou entrée illisible, 3 échec distant ou d&apos;E/S</translation>
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
        <translation type="vanished">usage : urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
        urbis                  ouvrir l&apos;application de bureau
commandes :
  catalog list|search|show|delete|add   le catalogue de jeux de données (urbis catalog --help)
  demo                                  créer l&apos;espace de travail de démonstration dans le dossier de données
  validate FILE [--schema S]            vérifier une table (rapport Frictionless ; urbis validate --help)
  import FILE... [--title T]            valider, normaliser et cataloguer des fichiers (urbis import --help)
options globales :
  --data-dir DIR   dossier de l&apos;espace de travail (par défaut : $URBIS_DATA_DIR ou ~/.local/share/urbis)
  --json           sortie lisible par machine sur stdout
  --quiet          aucun message sur stderr
  --version        afficher les versions et quitter
codes de sortie : 0 ok, 1 données non valides, 2 erreur d&apos;usage ou entrée illisible, 3 échec distant ou d&apos;E/S</translation>
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
        <translation type="vanished">usage : urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
        urbis                  ouvrir l&apos;application de bureau
commandes :
  catalog list|search|show|delete|add   le catalogue de jeux de données (urbis catalog --help)
  demo                                  créer l&apos;espace de travail de démonstration dans le dossier de données
  validate FILE [--schema S]            vérifier une table (rapport Frictionless ; urbis validate --help)
  import FILE... [--title T]            valider, normaliser et cataloguer des fichiers (urbis import --help)
  remote add|list|remove|test           stockages distants compatibles S3 (urbis remote --help)
options globales :
  --data-dir DIR   dossier de l&apos;espace de travail (par défaut : $URBIS_DATA_DIR ou ~/.local/share/urbis)
  --json           sortie lisible par machine sur stdout
  --quiet          aucun message sur stderr
  --version        afficher les versions et quitter
codes de sortie : 0 ok, 1 données non valides, 2 erreur d&apos;usage ou entrée illisible, 3 échec distant ou d&apos;E/S</translation>
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
        <translation type="vanished">usage : urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
        urbis                  ouvrir l&apos;application de bureau
commandes :
  catalog list|search|show|delete|add   le catalogue de jeux de données (urbis catalog --help)
  demo                                  créer l&apos;espace de travail de démonstration dans le dossier de données
  validate FILE [--schema S]            vérifier une table (rapport Frictionless ; urbis validate --help)
  import FILE... [--title T]            valider, normaliser et cataloguer des fichiers (urbis import --help)
  remote add|list|remove|test           stockages distants compatibles S3 (urbis remote --help)
  sync [NAME] [--push] [--pull]         partager le catalogue via un stockage distant (urbis sync --help)
  send ID --to URL [--token-env VAR]    envoyer un jeu de données à un point de terminaison d&apos;ingestion REST (urbis send --help)
options globales :
  --data-dir DIR   dossier de l&apos;espace de travail (par défaut : $URBIS_DATA_DIR ou ~/.local/share/urbis)
  --json           sortie lisible par machine sur stdout
  --quiet          aucun message sur stderr
  --version        afficher les versions et quitter
codes de sortie : 0 ok, 1 données non valides, 2 erreur d&apos;usage ou entrée illisible, 3 échec distant ou d&apos;E/S</translation>
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
        <translation type="vanished">usage : urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
        urbis                  ouvrir l&apos;application de bureau
commandes :
  catalog list|search|show|delete|add   le catalogue de jeux de données (urbis catalog --help)
  demo                                  créer l&apos;espace de travail de démonstration dans le dossier de données
  validate FILE [--schema S]            vérifier une table (rapport Frictionless ; urbis validate --help)
  import FILE... [--title T]            valider, normaliser et cataloguer des fichiers (urbis import --help)
  remote add|list|remove|test           stockages distants compatibles S3 (urbis remote --help)
  sync [NAME] [--push] [--pull]         partager le catalogue via un stockage distant (urbis sync --help)
  send ID --to URL [--token-env VAR]    envoyer un jeu de données à un point de terminaison d&apos;ingestion REST (urbis send --help)
  kpi eval FILE.json [--city C] [--grain G]  évaluer des définitions de KPI ou un tableau de bord (urbis kpi --help)
options globales :
  --data-dir DIR   dossier de l&apos;espace de travail (par défaut : $URBIS_DATA_DIR ou ~/.local/share/urbis)
  --json           sortie lisible par machine sur stdout
  --quiet          aucun message sur stderr
  --version        afficher les versions et quitter
codes de sortie : 0 ok, 1 données non valides, 2 erreur d&apos;usage ou entrée illisible, 3 échec distant ou d&apos;E/S</translation>
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
        <translation>usage : urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
        urbis                  ouvrir l&apos;application de bureau
commandes :
  catalog list|search|show|delete|add   le catalogue de jeux de données (urbis catalog --help)
  demo                                  créer l&apos;espace de travail de démonstration dans le dossier de données
  validate FILE [--schema S]            vérifier une table (rapport Frictionless ; urbis validate --help)
  import FILE... [--title T]            valider, normaliser et cataloguer des fichiers (urbis import --help)
  remote add|list|remove|test           stockages distants compatibles S3 (urbis remote --help)
  sync [NAME] [--push] [--pull]         partager le catalogue via un stockage distant (urbis sync --help)
  send ID --to URL [--token-env VAR]    envoyer un jeu de données à un point de terminaison d&apos;ingestion REST (urbis send --help)
  kpi eval FILE.json [--city C] [--grain G]  évaluer des définitions de KPI ou un tableau de bord (urbis kpi --help)
  stream record URL | serve DATASET     enregistrer un flux en direct, rejouer un jeu de données comme flux (urbis stream --help)
  sim run wildfire|flood --config S.json [--out DIR]  exécuter un scénario sans interface (urbis sim --help)
options globales :
  --data-dir DIR   dossier de l&apos;espace de travail (par défaut : $URBIS_DATA_DIR ou ~/.local/share/urbis)
  --json           sortie lisible par machine sur stdout
  --quiet          aucun message sur stderr
  --version        afficher les versions et quitter
codes de sortie : 0 ok, 1 données non valides, 2 erreur d&apos;usage ou entrée illisible, 3 échec distant ou d&apos;E/S</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="110"/>
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>--data-dir est vide (une variable non définie ?) ; indiquez un dossier</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="119"/>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="157"/>
        <source>&quot;%1&quot; is not available in this build yet</source>
        <translation>« %1 » n&apos;est pas encore disponible dans cette version</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="158"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>urbis::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45"/>
        <source>Unknown option --%1</source>
        <translation>Option inconnue --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48"/>
        <source>Option --%1 needs a value</source>
        <translation>L&apos;option --%1 exige une valeur</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51"/>
        <source>Option --%1 takes no value</source>
        <translation>L&apos;option --%1 n&apos;accepte pas de valeur</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54"/>
        <source>Option --%1 given twice</source>
        <translation>Option --%1 indiquée deux fois</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictListModel</name>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="54"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="56"/>
        <source>What differs</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="58"/>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictsView</name>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="25"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="27"/>
        <source>No conflicts: nothing changed here and on the remote at the same time.</source>
        <translation>Aucun conflit : rien n&apos;a été modifié en même temps ici et sur le stockage distant.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="32"/>
        <source>Keep &amp;mine</source>
        <translation>Garder &amp;ma version</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="33"/>
        <source>The remote gets this copy; theirs stays in the remote&apos;s blobs</source>
        <translation>Le stockage distant reçoit cette copie ; la sienne reste dans ses blobs</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="35"/>
        <source>Keep &amp;theirs</source>
        <translation>Garder &amp;leur version</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="36"/>
        <source>This catalog gets the remote&apos;s copy; your edits stay in the history</source>
        <translation>Ce catalogue reçoit la copie du stockage distant ; vos modifications restent dans l&apos;historique</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="38"/>
        <source>Keep &amp;both</source>
        <translation>Garder les &amp;deux</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="39"/>
        <source>Take the remote&apos;s versions and add your changes on top as new versions</source>
        <translation>Reprendre les versions du stockage distant et y ajouter vos modifications sous forme de nouvelles versions</translation>
    </message>
</context>
<context>
    <name>urbis::ConnectionTester</name>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="43"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="75"/>
        <source>Test cancelled</source>
        <translation>Test annulé</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="85"/>
        <source>The remote answered: the bucket can be listed with these keys</source>
        <translation>Le stockage distant a répondu : le bucket peut être listé avec ces clés</translation>
    </message>
</context>
<context>
    <name>urbis::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="55"/>
        <source>Row %1 is longer than %2 bytes</source>
        <translation>La ligne %1 dépasse %2 octets</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="62"/>
        <source>Row %1: a quote is never closed</source>
        <translation>Ligne %1 : un guillemet n&apos;est jamais fermé</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="70"/>
        <source>Row %1 is not valid %2 text</source>
        <translation>La ligne %1 n&apos;est pas un texte %2 valide</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="208"/>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="354"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>urbis::Dashboard</name>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="100"/>
        <source>This dashboard has format version %1; this Urbis reads version %2</source>
        <translation>Ce tableau de bord a la version de format %1 ; cette version d&apos;Urbis lit la version %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="105"/>
        <source>Dashboard id &quot;%1&quot; may only contain lower-case letters, digits and &apos;-&apos;</source>
        <translation>L&apos;identifiant de tableau de bord « %1 » ne peut contenir que des lettres minuscules, des chiffres et &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="113"/>
        <source>&quot;kpis&quot; must be a list of KPI definitions</source>
        <translation>« kpis » doit être une liste de définitions de KPI</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="117"/>
        <source>KPI %1 of the dashboard is not an object</source>
        <translation>Le KPI %1 du tableau de bord n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="120"/>
        <source>KPI %1 of the dashboard: %2</source>
        <translation>KPI %1 du tableau de bord : %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="122"/>
        <source>The KPI id &quot;%1&quot; is used twice</source>
        <translation>L&apos;identifiant de KPI « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="128"/>
        <source>&quot;panels&quot; must be a list of panels</source>
        <translation>« panels » doit être une liste de panneaux</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="135"/>
        <source>Panel %1 of the dashboard is not an object</source>
        <translation>Le panneau %1 du tableau de bord n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="138"/>
        <source>Panel &quot;%1&quot; has the unknown type &quot;%2&quot;</source>
        <translation>Le panneau « %1 » a le type inconnu « %2 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="141"/>
        <source>Panel %1 has no id</source>
        <translation>Le panneau %1 n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="143"/>
        <source>The panel id &quot;%1&quot; is used twice</source>
        <translation>L&apos;identifiant de panneau « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="146"/>
        <source>Panel &quot;%1&quot; shows the unknown KPI &quot;%2&quot;</source>
        <translation>Le panneau « %1 » affiche le KPI inconnu « %2 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboard.cpp" line="149"/>
        <source>Panel &quot;%1&quot; lies outside the %2-column grid</source>
        <translation>Le panneau « %1 » se trouve hors de la grille à %2 colonnes</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardBrowser</name>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="32"/>
        <source>Search dashboards</source>
        <translation>Rechercher des tableaux de bord</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="38"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="39"/>
        <source>New dashboard from a template or empty</source>
        <translation>Nouveau tableau de bord à partir d&apos;un modèle ou vide</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="43"/>
        <source>From template: %1</source>
        <translation>À partir du modèle : %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="45"/>
        <source>Empty dashboard</source>
        <translation>Tableau de bord vide</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="48"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="51"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="53"/>
        <source>Edit the dashboard&apos;s KPIs and layout (Ctrl+E)</source>
        <translation>Modifier les KPI et la disposition du tableau de bord (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="65"/>
        <source>&lt;h3&gt;No dashboard yet&lt;/h3&gt;&lt;p&gt;Start from one of the KPI sets of the climate-neutrality framework; they work on any workspace with matching data (the demo workspace has it).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun tableau de bord pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Partez de l&apos;un des ensembles de KPI du cadre pour la neutralité climatique ; ils fonctionnent avec tout espace de travail disposant des données correspondantes (l&apos;espace de travail de démonstration les contient).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="72"/>
        <source>Create &quot;%1&quot;</source>
        <translation>Créer « %1 »</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="102"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="122"/>
        <source>Saved &quot;%1&quot;</source>
        <translation>« %1 » enregistré</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="208"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="209"/>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="228"/>
        <source>This workspace is set up for viewing: dashboards can be filtered and exported, not changed.</source>
        <translation>Cet espace de travail est configuré pour la consultation : les tableaux de bord peuvent être filtrés et exportés, mais pas modifiés.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="275"/>
        <source>New dashboard</source>
        <translation>Nouveau tableau de bord</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="291"/>
        <source>Delete dashboard</source>
        <translation>Supprimer le tableau de bord</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardbrowser.cpp" line="291"/>
        <source>Delete the dashboard &quot;%1&quot;? Its KPIs go with it; the data stays.</source>
        <translation>Supprimer le tableau de bord « %1 » ? Ses KPI sont supprimés avec lui ; les données sont conservées.</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardDesigner</name>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="64"/>
        <source>Read-only: this workspace is set up for viewers (workspace.json, role &quot;viewer&quot;). You can look at the layout and the KPI definitions, but not change or save them.</source>
        <translation>Lecture seule : cet espace de travail est configuré pour les lecteurs (workspace.json, rôle « viewer »). Vous pouvez consulter la disposition et les définitions des KPI, mais pas les modifier ni les enregistrer.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="118"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="119"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="121"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="122"/>
        <source>Save the dashboard (Ctrl+S)</source>
        <translation>Enregistrer le tableau de bord (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="124"/>
        <source>New KPI…</source>
        <translation>Nouveau KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="125"/>
        <source>Define a new KPI for this dashboard (Ctrl+N)</source>
        <translation>Définir un nouveau KPI pour ce tableau de bord (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="127"/>
        <source>Remove panel</source>
        <translation>Retirer le panneau</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="128"/>
        <source>Remove the selected panel (Delete on the grid)</source>
        <translation>Retirer le panneau sélectionné (Suppr sur la grille)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="188"/>
        <source>Add %1 panel</source>
        <translation>Ajouter un panneau « %1 »</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="202"/>
        <source>Resize %1</source>
        <translation>Redimensionner %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="202"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="209"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="218"/>
        <source>Add KPI %1</source>
        <translation>Ajouter le KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="233"/>
        <source>Edit KPI %1</source>
        <translation>Modifier le KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="243"/>
        <source>Remove KPI %1</source>
        <translation>Retirer le KPI %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="262"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="270"/>
        <source>This workspace is read-only for viewers; the dashboard was not saved.</source>
        <translation>Cet espace de travail est en lecture seule pour les lecteurs ; le tableau de bord n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="277"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="281"/>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="310"/>
        <source>New KPI</source>
        <translation>Nouveau KPI</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboarddesigner.cpp" line="337"/>
        <source>%n panel(s)</source>
        <translation>
            <numerusform>%n panneau</numerusform>
            <numerusform>%n panneaux</numerusform>
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
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardExporter</name>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="27"/>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="85"/>
        <source>PNG encoding failed.</source>
        <translation>L&apos;encodage PNG a échoué.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="101"/>
        <source>Urbis dashboard panel</source>
        <translation>Panneau de tableau de bord Urbis</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="104"/>
        <source>Could not start the SVG painter.</source>
        <translation>Impossible de démarrer le rendu SVG.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="124"/>
        <source>Could not start the PDF painter.</source>
        <translation>Impossible de démarrer le rendu PDF.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="155"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="158"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardexporter.cpp" line="159"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardFilterBar</name>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="26"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="162"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="163"/>
        <source>open</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="38"/>
        <source>Cities whose datasets the KPIs read</source>
        <translation>Villes dont les KPI lisent les jeux de données</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="42"/>
        <source>First day (inclusive); the earliest date means no bound</source>
        <translation>Premier jour (inclus) ; la date la plus ancienne signifie « sans limite »</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="44"/>
        <source>Last day (inclusive); the earliest date means no bound</source>
        <translation>Dernier jour (inclus) ; la date la plus ancienne signifie « sans limite »</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="46"/>
        <source>KPI&apos;s own grain</source>
        <translation>Granularité propre au KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="48"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="52"/>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="58"/>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="61"/>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="63"/>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="66"/>
        <source>Grain:</source>
        <translation>Granularité :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="68"/>
        <source>Domain:</source>
        <translation>Domaine :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="98"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="121"/>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="160"/>
        <source>All cities</source>
        <translation>Toutes les villes</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="123"/>
        <source>%n cities</source>
        <translation>
            <numerusform>%n ville</numerusform>
            <numerusform>%n villes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="160"/>
        <source>Cities: %1</source>
        <translation>Villes : %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="162"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="165"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="167"/>
        <source>Grain: %1</source>
        <translation>Granularité : %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardfilterbar.cpp" line="169"/>
        <source>Domain: %1</source>
        <translation>Domaine : %1</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardPage</name>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="52"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="52"/>
        <source>Evaluate the KPIs again</source>
        <translation>Réévaluer les KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="53"/>
        <source>Export dashboard as PDF…</source>
        <translation>Exporter le tableau de bord en PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="54"/>
        <source>Edit dashboard…</source>
        <translation>Modifier le tableau de bord…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="158"/>
        <source>Evaluating %n KPI(s)…</source>
        <translation>
            <numerusform>Évaluation de %n KPI…</numerusform>
            <numerusform>Évaluation de %n KPI…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="177"/>
        <source>The evaluation was removed before it finished.</source>
        <translation>L&apos;évaluation a été supprimée avant la fin.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="182"/>
        <source>Evaluation cancelled.</source>
        <translation>Évaluation annulée.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="183"/>
        <source>Evaluation failed: %1</source>
        <translation>Échec de l&apos;évaluation : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="198"/>
        <source>%n KPI(s) evaluated in %1 ms</source>
        <translation>
            <numerusform>%n KPI évalué en %1 ms</numerusform>
            <numerusform>%n KPI évalués en %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/dashboardpage.cpp" line="200"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="239"/>
        <source>Export panel as SVG</source>
        <translation>Exporter le panneau en SVG</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="239"/>
        <source>Export panel as PNG</source>
        <translation>Exporter le panneau en PNG</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="240"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="240"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="245"/>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="260"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="247"/>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="262"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="252"/>
        <source>Export dashboard as PDF</source>
        <translation>Exporter le tableau de bord en PDF</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/dashboardpage.cpp" line="254"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardPanel</name>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="18"/>
        <source>Stat</source>
        <translation>Valeur unique</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="19"/>
        <source>Line chart</source>
        <translation>Graphique linéaire</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="20"/>
        <source>Bar chart</source>
        <translation>Graphique à barres</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="21"/>
        <source>Stacked bar chart</source>
        <translation>Graphique à barres empilées</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="22"/>
        <source>Pie chart</source>
        <translation>Graphique circulaire</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="23"/>
        <source>Gauge</source>
        <translation>Jauge</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="24"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="25"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardpanel.cpp" line="26"/>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
</context>
<context>
    <name>urbis::DashboardStore</name>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="35"/>
        <source>&quot;%1&quot; is not a dashboard id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>« %1 » n&apos;est pas un identifiant de tableau de bord : utilisez des lettres minuscules, des chiffres et &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="42"/>
        <source>There is no dashboard file %1</source>
        <translation>Le fichier de tableau de bord %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="44"/>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="49"/>
        <source>%1 is not valid JSON (at character %2)</source>
        <translation>%1 n&apos;est pas un JSON valide (au caractère %2)</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="52"/>
        <source>%1 does not hold a dashboard object</source>
        <translation>%1 ne contient pas d&apos;objet tableau de bord</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="114"/>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="145"/>
        <source>There is no dashboard &quot;%1&quot;</source>
        <translation>Le tableau de bord « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="147"/>
        <source>Cannot remove the dashboard &quot;%1&quot;</source>
        <translation>Impossible de supprimer le tableau de bord « %1 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/dashboardstore.cpp" line="164"/>
        <source>There is no dashboard template &quot;%1&quot;</source>
        <translation>Le modèle de tableau de bord « %1 » n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>urbis::DataPreviewTab</name>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="63"/>
        <source>No data store is connected to this panel.</source>
        <translation>Aucun stockage de données n&apos;est connecté à ce panneau.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="96"/>
        <source>Reading the data…</source>
        <translation>Lecture des données…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="100"/>
        <source>The data preview opens when this tab is shown.</source>
        <translation>L&apos;aperçu des données s&apos;ouvre lorsque cet onglet est affiché.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106"/>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106"/>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="108"/>
        <source>First %1 of %2 rows; scroll down to read more</source>
        <translation>%1 premières lignes sur %2 ; faites défiler vers le bas pour en lire davantage</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="110"/>
        <source>First %1 rows; scroll down to read more</source>
        <translation>%1 premières lignes ; faites défiler vers le bas pour en lire davantage</translation>
    </message>
</context>
<context>
    <name>urbis::Database</name>
    <message>
        <location filename="../core/util/database.cpp" line="35"/>
        <source>Cannot open the database %1</source>
        <translation>Impossible d&apos;ouvrir la base de données %1</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="84"/>
        <location filename="../core/util/statement.cpp" line="104"/>
        <source>The database refused the change</source>
        <translation>La base de données a refusé la modification</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="98"/>
        <source>The database could not run a query</source>
        <translation>La base de données n&apos;a pas pu exécuter une requête</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetActionBar</name>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="15"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="16"/>
        <source>Change title, description, keywords, license and source</source>
        <translation>Modifier le titre, la description, les mots-clés, la licence et la source</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="17"/>
        <source>Export the &amp;data…</source>
        <translation>Exporter les &amp;données…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18"/>
        <source>Save the stored data (GeoPackage or GeoTIFF) as a file</source>
        <translation>Enregistrer les données stockées (GeoPackage ou GeoTIFF) dans un fichier</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="19"/>
        <source>Export the &amp;original file…</source>
        <translation>Exporter le fichier d&apos;&amp;origine…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="20"/>
        <source>Save the file as it was imported</source>
        <translation>Enregistrer le fichier tel qu&apos;il a été importé</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="21"/>
        <source>Export the validation &amp;report…</source>
        <translation>Exporter le &amp;rapport de validation…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="22"/>
        <source>Save the validation report (JSON)</source>
        <translation>Enregistrer le rapport de validation (JSON)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23"/>
        <source>Ne&amp;w version…</source>
        <translation>Nou&amp;velle version…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="24"/>
        <source>Import a changed file as the next version of this dataset</source>
        <translation>Importer un fichier modifié comme version suivante de ce jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25"/>
        <source>Show on m&amp;ap</source>
        <translation>Afficher sur la &amp;carte</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="26"/>
        <source>Zoom the map to this dataset</source>
        <translation>Zoomer la carte sur ce jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="27"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="28"/>
        <source>Delete this version from the catalog (its history is kept)</source>
        <translation>Supprimer cette version du catalogue (son historique est conservé)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="38"/>
        <source>E&amp;xport</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58"/>
        <source>Download the &amp;data</source>
        <translation>Télécharger les &amp;données</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="59"/>
        <source>Bring this dataset&apos;s data from the remote it was synced with</source>
        <translation>Télécharger les données de ce jeu de données depuis le stockage distant avec lequel il a été synchronisé</translation>
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
        <translation>Ce jeu de données n&apos;a aucune donnée stockée à prévisualiser.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="40"/>
        <source>This dataset is a raster (%1): it has no table of rows to preview.</source>
        <translation>Ce jeu de données est un raster (%1) : il n&apos;a pas de table de lignes à prévisualiser.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="41"/>
        <source>This dataset has no table to preview (its data is %1).</source>
        <translation>Ce jeu de données n&apos;a pas de table à prévisualiser (type de média des données : %1).</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="46"/>
        <source>The data of this dataset is not stored on this computer.</source>
        <translation>Les données de ce jeu de données ne sont pas stockées sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="48"/>
        <source>The stored data of this dataset is missing (%1).</source>
        <translation>Les données stockées de ce jeu de données sont manquantes (%1).</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetDetailsWidget</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="vanished">&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change title, description, keywords, license and source</source>
        <translation type="vanished">Modifier le titre, la description, les mots-clés, la licence et la source</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="55"/>
        <source>&amp;Metadata</source>
        <translation>Mé&amp;tadonnées</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="56"/>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198"/>
        <source>S&amp;chema</source>
        <translation>&amp;Schéma</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="57"/>
        <source>Data &amp;preview</source>
        <translation>&amp;Aperçu des données</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="58"/>
        <source>Validation &amp;report</source>
        <translation>&amp;Rapport de validation</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="59"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="176"/>
        <source>Select a dataset to see its details.</source>
        <translation>Sélectionnez un jeu de données pour afficher ses détails.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198"/>
        <source>S&amp;chema (%1)</source>
        <translation>&amp;Schéma (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="244"/>
        <source>Cancel and open the dataset again to see the current version.</source>
        <translation>Annulez et rouvrez le jeu de données pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="258"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="268"/>
        <source>Nothing to export: this dataset has no stored file of that kind.</source>
        <translation>Rien à exporter : ce jeu de données n&apos;a aucun fichier stocké de ce type.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280"/>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280"/>
        <source>Export of %1 failed: %2</source>
        <translation>L&apos;exportation de %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="282"/>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="294"/>
        <source>Delete “%1” from the catalog?</source>
        <translation>Supprimer « %1 » du catalogue ?</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="295"/>
        <source>Delete version %1 of “%2”? Version %3 becomes the latest again.</source>
        <translation>Supprimer la version %1 de « %2 » ? La version %3 redevient la plus récente.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="297"/>
        <source>Delete dataset</source>
        <translation>Supprimer le jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="298"/>
        <source>The change history is kept.</source>
        <translation>L&apos;historique des modifications est conservé.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="307"/>
        <source>“%1” was deleted.</source>
        <translation>« %1 » a été supprimé.</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetEditor</name>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="23"/>
        <source>comma-separated, e.g. air quality, pm10</source>
        <translation>séparés par des virgules, par ex. qualité de l&apos;air, pm10</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="26"/>
        <source>SPDX id or URL, e.g. CC-BY-4.0</source>
        <translation>identifiant SPDX ou URL, par ex. CC-BY-4.0</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="34"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="37"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="42"/>
        <source>&amp;Title *</source>
        <translation>&amp;Titre *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="43"/>
        <source>&amp;Description *</source>
        <translation>&amp;Description *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="45"/>
        <source>&amp;License *</source>
        <translation>&amp;Licence *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="46"/>
        <source>&amp;Source *</source>
        <translation>&amp;Source *</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="vanished">&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="vanished">&amp;Description</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="44"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation type="vanished">&amp;Licence</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="vanished">&amp;Source</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetRecord</name>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="123"/>
        <source>Field &quot;%1&quot; must be a string</source>
        <translation>Le champ « %1 » doit être une chaîne de caractères</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="145"/>
        <source>&quot;%1&quot; is not an ISO 8601 date or time: %2</source>
        <translation>« %1 » n&apos;est pas une date ou une heure ISO 8601 : %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="154"/>
        <source>&quot;bbox&quot; must be [west, south, east, north]</source>
        <translation>&quot;bbox&quot; doit être [ouest, sud, est, nord]</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTable</name>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="84"/>
        <source>Cannot open the stored data as a GeoPackage</source>
        <translation>Impossible d&apos;ouvrir les données stockées en tant que GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="86"/>
        <source>The stored GeoPackage holds no table</source>
        <translation>Le GeoPackage stocké ne contient aucune table</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="131"/>
        <source>Reading cancelled</source>
        <translation>Lecture annulée</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="135"/>
        <source>Cannot read the stored data</source>
        <translation>Impossible de lire les données stockées</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTableModel</name>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="59"/>
        <source>Reading rows</source>
        <translation>Lecture des lignes</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="86"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="136"/>
        <source>empty (null)</source>
        <translation>vide (null)</translation>
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
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="32"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="33"/>
        <source>City / country</source>
        <translation>Ville / pays</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="34"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="35"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="36"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="37"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="38"/>
        <source>Temporal extent</source>
        <translation>Étendue temporelle</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="39"/>
        <source>Bounding box</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="40"/>
        <source>CRS</source>
        <translation>SCR</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="41"/>
        <source>Features / rows</source>
        <translation>Entités / lignes</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="42"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="43"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="45"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="46"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="47"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="48"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="49"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Unité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Description</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="vanished">Champs</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="vanished">Historique</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="95"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="104"/>
        <source>%1 (superseded by %2)</source>
        <translation>%1 (remplacée par %2)</translation>
    </message>
</context>
<context>
    <name>urbis::DemoAirQuality</name>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="70"/>
        <source>Dominant pollutant of the hour</source>
        <translation>Polluant dominant de l&apos;heure</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="73"/>
        <source>Source of the data provider</source>
        <translation>Source du fournisseur de données</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="74"/>
        <source>Name of the city</source>
        <translation>Nom de la ville</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="75"/>
        <source>Two letter country code</source>
        <translation>Code pays à deux lettres</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="76"/>
        <source>Postal code of the city centre</source>
        <translation>Code postal du centre-ville</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="77"/>
        <source>Latitude of the station</source>
        <translation>Latitude de la station</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="78"/>
        <source>Longitude of the station</source>
        <translation>Longitude de la station</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="80"/>
        <source>Relative humidity</source>
        <translation>Humidité relative</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="81"/>
        <source>Carbon monoxide</source>
        <translation>Monoxyde de carbone</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="82"/>
        <source>Nitrogen dioxide</source>
        <translation>Dioxyde d&apos;azote</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="83"/>
        <source>Air pressure at sea level</source>
        <translation>Pression atmosphérique au niveau de la mer</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="84"/>
        <source>Particulate matter up to 10 um</source>
        <translation>Particules jusqu&apos;à 10 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="85"/>
        <source>Particulate matter up to 2.5 um</source>
        <translation>Particules jusqu&apos;à 2,5 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="86"/>
        <source>Air temperature</source>
        <translation>Température de l&apos;air</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="87"/>
        <source>Wind speed</source>
        <translation>Vitesse du vent</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="88"/>
        <source>Start of the hour the values are means of (UTC)</source>
        <translation>Début de l&apos;heure dont les valeurs sont la moyenne (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="89"/>
        <source>Measuring station</source>
        <translation>Station de mesure</translation>
    </message>
</context>
<context>
    <name>urbis::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="15"/>
        <source>demo takes no arguments</source>
        <translation>demo n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="16"/>
        <source>usage: urbis demo [--data-dir DIR]</source>
        <translation>usage : urbis demo [--data-dir DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="22"/>
        <source>Creating demo</source>
        <translation>Création de la démo</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34"/>
        <source>%1 demo datasets created, %2 already present in %3</source>
        <translation>%1 jeux de données de démonstration créés, %2 déjà présents dans %3</translation>
    </message>
</context>
<context>
    <name>urbis::DemoDistricts</name>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="14"/>
        <source>Name of the city</source>
        <translation>Nom de la ville</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="15"/>
        <source>Name of the district</source>
        <translation>Nom du quartier</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="16"/>
        <source>Code of the district</source>
        <translation>Code du quartier</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="17"/>
        <source>Residents</source>
        <translation>Habitants</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="18"/>
        <source>Year the residents were counted</source>
        <translation>Année du recensement des habitants</translation>
    </message>
</context>
<context>
    <name>urbis::DemoMonthlyTable</name>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="19"/>
        <source>Name of the city</source>
        <translation>Nom de la ville</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="20"/>
        <source>Name of the district</source>
        <translation>Nom du quartier</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="21"/>
        <source>Code of the district</source>
        <translation>Code du quartier</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="22"/>
        <source>Latitude of the district centre</source>
        <translation>Latitude du centre du quartier</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="23"/>
        <source>Longitude of the district centre</source>
        <translation>Longitude du centre du quartier</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="24"/>
        <source>First day of the month</source>
        <translation>Premier jour du mois</translation>
    </message>
</context>
<context>
    <name>urbis::DemoTerrain</name>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="54"/>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="90"/>
        <source>Name of the road or river</source>
        <translation>Nom de la route ou de la rivière</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="91"/>
        <source>road or river</source>
        <translation>route ou rivière</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="123"/>
        <source>Building number</source>
        <translation>Numéro du bâtiment</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="124"/>
        <source>residential, farm or cabin</source>
        <translation>habitation, ferme ou cabane</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="237"/>
        <source>Athens north-east outskirts terrain (synthetic DEM)</source>
        <translation>Terrain de la périphérie nord-est d&apos;Athènes (MNT synthétique)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="238"/>
        <source>Elevation in metres on a 30 m grid (UTM zone 34N): made-up hills and a valley draining south with a river. Synthetic demo data, not a survey.</source>
        <translation>Altitude en mètres sur une grille de 30 m (UTM zone 34N) : collines inventées et vallée drainée vers le sud par une rivière. Données de démonstration synthétiques, pas un relevé.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="243"/>
        <source>elevation (m)</source>
        <translation>altitude (m)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="245"/>
        <source>Athens north-east outskirts fuel map (synthetic)</source>
        <translation>Carte des combustibles de la périphérie nord-est d&apos;Athènes (synthétique)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="246"/>
        <source>Wildfire fuel classes on the terrain&apos;s grid: 1 grass, 2 shrub, 3 timber litter, 4 urban vegetation, 5 water or rock (docs/simulation.md). Derived from the synthetic terrain.</source>
        <translation>Classes de combustible pour les feux de forêt sur la grille du terrain : 1 herbe, 2 arbustes, 3 litière forestière, 4 végétation urbaine, 5 eau ou roche (docs/simulation.md). Dérivée du terrain synthétique.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="251"/>
        <source>fuel class</source>
        <translation>classe de combustible</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="253"/>
        <source>Athens north-east outskirts roads and river (synthetic)</source>
        <translation>Routes et rivière de la périphérie nord-est d&apos;Athènes (synthétique)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="254"/>
        <source>Two roads and a river as lines: fire breaks for the wildfire scenario. Synthetic demo data.</source>
        <translation>Deux routes et une rivière sous forme de lignes : coupe-feu pour le scénario de feu de forêt. Données de démonstration synthétiques.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="257"/>
        <source>Athens north-east outskirts buildings (synthetic)</source>
        <translation>Bâtiments de la périphérie nord-est d&apos;Athènes (synthétique)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="258"/>
        <source>Houses, farms and cabins as points, with their use: what the scenarios count as affected. Synthetic demo data.</source>
        <translation>Maisons, fermes et cabanes sous forme de points, avec leur usage : ce que les scénarios comptent comme touché. Données de démonstration synthétiques.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="279"/>
        <source>Athens outskirts wildfire (demo)</source>
        <translation>Feu de forêt en périphérie d&apos;Athènes (démo)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="280"/>
        <source>A summer fire starting in the dry grass of the valley in a strong southerly wind; the ridge road and the river stop it. Synthetic terrain and fuel.</source>
        <translation>Un feu d&apos;été qui démarre dans l&apos;herbe sèche de la vallée par fort vent du sud ; la route de crête et la rivière l&apos;arrêtent. Terrain et combustible synthétiques.</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="302"/>
        <source>Athens outskirts river flood (demo)</source>
        <translation>Crue de rivière en périphérie d&apos;Athènes (démo)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoterrain.cpp" line="303"/>
        <source>A flood wave entering the valley from the north after a short storm; the river leaves its bed. Synthetic terrain.</source>
        <translation>Une onde de crue entre dans la vallée par le nord après un bref orage ; la rivière sort de son lit. Terrain synthétique.</translation>
    </message>
</context>
<context>
    <name>urbis::DemoTrafficCounts</name>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="31"/>
        <source>Counting station</source>
        <translation>Station de comptage</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="32"/>
        <source>Road the station counts on</source>
        <translation>Route sur laquelle la station compte</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="33"/>
        <source>Latitude of the station</source>
        <translation>Latitude de la station</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="34"/>
        <source>Longitude of the station</source>
        <translation>Longitude de la station</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="35"/>
        <source>Start of the hour (UTC)</source>
        <translation>Début de l&apos;heure (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="36"/>
        <source>Vehicles counted in the hour, both directions</source>
        <translation>Véhicules comptés dans l&apos;heure, deux sens confondus</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="37"/>
        <source>Lorries and buses among them</source>
        <translation>Dont poids lourds et bus</translation>
    </message>
</context>
<context>
    <name>urbis::DemoWorkspace</name>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="53"/>
        <source>%1 air quality, January 2023</source>
        <translation>Qualité de l&apos;air à %1, janvier 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="54"/>
        <source>Hourly PM10, PM2.5, NO2, CO, temperature, humidity, pressure and wind speed at three stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>PM10, PM2.5, NO2, CO, température, humidité, pression et vitesse du vent horaires à trois stations de %1 (données de démonstration synthétiques au format de l&apos;annexe B de CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="63"/>
        <source>Monthly electricity consumption of municipal buildings per district, in kWh (synthetic).</source>
        <translation>Consommation mensuelle d&apos;électricité des bâtiments municipaux par quartier, en kWh (données synthétiques).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="69"/>
        <source>Electricity used by municipal buildings in the month</source>
        <translation>Électricité consommée par les bâtiments municipaux dans le mois</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="78"/>
        <source>Sofia city-centre traffic counts, January 2023</source>
        <translation>Comptages de trafic du centre-ville de Sofia, janvier 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="79"/>
        <source>Hourly vehicle counts at four counting stations on the main roads into the city centre (synthetic).</source>
        <translation>Comptages horaires de véhicules à quatre stations de comptage sur les axes principaux menant au centre-ville (données synthétiques).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="88"/>
        <source>Monthly collected and recycled small WEEE and textile waste per district, in tonnes (synthetic).</source>
        <translation>Petits DEEE et déchets textiles collectés et recyclés chaque mois par quartier, en tonnes (données synthétiques).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="92"/>
        <source>Waste collected in the month</source>
        <translation>Déchets collectés dans le mois</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="93"/>
        <source>Part of it sent to recycling</source>
        <translation>Part envoyée au recyclage</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="103"/>
        <source>Monthly CO2 emissions estimated per district, in tonnes (synthetic).</source>
        <translation>Émissions mensuelles de CO2 estimées par quartier, en tonnes (données synthétiques).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="108"/>
        <source>CO2 emitted in the month</source>
        <translation>CO2 émis dans le mois</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="116"/>
        <source>%1 districts 2023</source>
        <translation>Quartiers de %1 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="117"/>
        <source>Boundaries of four central districts of %1 with their population (synthetic).</source>
        <translation>Limites de quatre quartiers centraux de %1 avec leur population (données synthétiques).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="187"/>
        <source>Cannot create the work folder %1</source>
        <translation>Impossible de créer le dossier de travail %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="190"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Impossible de créer un dossier de travail dans %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="193"/>
        <source>Creating %1</source>
        <translation>Création de %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="199"/>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="229"/>
        <source>The demo dataset &quot;%1&quot; does not pass validation: %2</source>
        <translation>Le jeu de données de démonstration « %1 » ne passe pas la validation : %2</translation>
    </message>
    <message>
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation type="vanished">PM10, PM2,5, NO2, ozone, température et humidité horaires à deux stations de %1 (données de démonstration synthétiques au format de l&apos;annexe B de CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="62"/>
        <source>Athens building energy consumption 2019-2023</source>
        <translation>Consommation énergétique des bâtiments d&apos;Athènes 2019-2023</translation>
    </message>
    <message>
        <source>Monthly electricity consumption of municipal buildings per district (synthetic).</source>
        <translation type="vanished">Consommation mensuelle d&apos;électricité des bâtiments municipaux par quartier (données synthétiques).</translation>
    </message>
    <message>
        <source>Sofia city-centre traffic counts 2019-2023</source>
        <translation type="vanished">Comptages de trafic du centre-ville de Sofia 2019-2023</translation>
    </message>
    <message>
        <source>Monthly mean daily vehicle counts per district of the city centre (synthetic).</source>
        <translation type="vanished">Moyenne mensuelle des comptages journaliers de véhicules par quartier du centre-ville (données synthétiques).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="87"/>
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Collecte des DEEE et des déchets textiles à Turin 2019-2023</translation>
    </message>
    <message>
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation type="vanished">Petits DEEE et déchets textiles collectés chaque mois par quartier (données synthétiques).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="102"/>
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>Émissions de CO2 de Differdange 2019-2023</translation>
    </message>
    <message>
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation type="vanished">Émissions mensuelles de CO2 estimées par quartier (données synthétiques).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="162"/>
        <source>Demo workspace creation cancelled</source>
        <translation>Création de l&apos;espace de travail de démonstration annulée</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="151"/>
        <source>City of %1</source>
        <translation>Ville de %1</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerDashboardProperties</name>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="36"/>
        <source>open</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="41"/>
        <source>all cities; or e.g. Athens, Sofia</source>
        <translation>toutes les villes ; ou par ex. Athènes, Sofia</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="42"/>
        <source>each KPI&apos;s own</source>
        <translation>celle de chaque KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="43"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="44"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="45"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="46"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="47"/>
        <source>all domains</source>
        <translation>tous les domaines</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="51"/>
        <source>&lt;b&gt;Dashboard&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tableau de bord&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="53"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="54"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="55"/>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="56"/>
        <source>&lt;b&gt;Common filters&lt;/b&gt; (applied to every panel)</source>
        <translation>&lt;b&gt;Filtres communs&lt;/b&gt; (appliqués à chaque panneau)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="59"/>
        <source>Cities:</source>
        <translation>Villes :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="60"/>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="61"/>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="62"/>
        <source>Grain:</source>
        <translation>Granularité :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="63"/>
        <source>Domain:</source>
        <translation>Domaine :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="71"/>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="76"/>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="80"/>
        <source>city</source>
        <translation>la ville</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="84"/>
        <source>cities filter</source>
        <translation>le filtre de villes</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="88"/>
        <source>start date</source>
        <translation>la date de début</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="93"/>
        <source>end date</source>
        <translation>la date de fin</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="97"/>
        <source>grain</source>
        <translation>la granularité</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="103"/>
        <source>domain</source>
        <translation>le domaine</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerdashboardproperties.cpp" line="142"/>
        <source>Change the dashboard %1</source>
        <translation>Modifier %1 du tableau de bord</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerGrid</name>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="36"/>
        <source>Dashboard layout</source>
        <translation>Disposition du tableau de bord</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="334"/>
        <source>This dashboard has no panels.</source>
        <translation>Ce tableau de bord n&apos;a aucun panneau.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designergrid.cpp" line="335"/>
        <source>Drag a KPI or a visualisation from the palette onto the grid.</source>
        <translation>Faites glisser un KPI ou une visualisation de la palette vers la grille.</translation>
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
            <numerusform>+ %n autre KPI</numerusform>
            <numerusform>+ %n autres KPI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPalette</name>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="45"/>
        <source>New KPI…</source>
        <translation>Nouveau KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="45"/>
        <source>Define a new KPI for this dashboard (Ctrl+N)</source>
        <translation>Définir un nouveau KPI pour ce tableau de bord (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="46"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="138"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="46"/>
        <source>Edit the selected KPI (Return)</source>
        <translation>Modifier le KPI sélectionné (Entrée)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="47"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="47"/>
        <source>Remove the selected KPI from the dashboard and its panels (Delete)</source>
        <translation>Retirer le KPI sélectionné du tableau de bord et de ses panneaux (Suppr)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="50"/>
        <source>Search KPIs, types, panels…</source>
        <translation>Rechercher des KPI, types, panneaux…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="52"/>
        <source>Search the palette</source>
        <translation>Rechercher dans la palette</translation>
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
        <translation>Visualisations</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="55"/>
        <location filename="../widgets/kpi/designerpalette.cpp" line="72"/>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalette.cpp" line="138"/>
        <source>View…</source>
        <translation>Affichage…</translation>
    </message>
</context>
<context>
    <name>urbis::DesignerPaletteModel</name>
    <message>
        <location filename="../widgets/kpi/designerpalettemodel.cpp" line="74"/>
        <source>Drag onto the grid to add a %1 panel</source>
        <translation>Faire glisser sur la grille pour ajouter un panneau « %1 »</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpalettemodel.cpp" line="77"/>
        <source>%1
%2
Drag onto the grid to chart it; double-click to edit.</source>
        <translation>%1
%2
Faites glisser sur la grille pour en faire un graphique ; double-cliquez pour le modifier.</translation>
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
        <translation>%1 : colonne %2, ligne %3, %4 × %5 cellules</translation>
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
        <translation>Filtrer les KPI…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="55"/>
        <source>Trend vs. previous period</source>
        <translation>Tendance par rapport à la période précédente</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="59"/>
        <source>Choropleth (areas)</source>
        <translation>Choroplèthe (zones)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="60"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="62"/>
        <source>boundary dataset id or title</source>
        <translation>identifiant ou titre du jeu de données des limites</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="68"/>
        <source>default (10)</source>
        <translation>par défaut (10)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="71"/>
        <source>default (500)</source>
        <translation>par défaut (500)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="76"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="77"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="78"/>
        <source>KPIs:</source>
        <translation>KPI :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="79"/>
        <source>Dimension:</source>
        <translation>Dimension :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="81"/>
        <source>Gauge minimum:</source>
        <translation>Minimum de la jauge :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="82"/>
        <source>Gauge maximum:</source>
        <translation>Maximum de la jauge :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="83"/>
        <source>Map mode:</source>
        <translation>Mode de carte :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="84"/>
        <source>Boundaries:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="85"/>
        <source>Join field:</source>
        <translation>Champ de jointure :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="86"/>
        <source>Latitude field:</source>
        <translation>Champ de latitude :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="87"/>
        <source>Longitude field:</source>
        <translation>Champ de longitude :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="88"/>
        <source>Bins:</source>
        <translation>Classes :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="89"/>
        <source>Row limit:</source>
        <translation>Nombre max. de lignes :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="99"/>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="103"/>
        <source>type</source>
        <translation>le type</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="113"/>
        <source>KPIs</source>
        <translation>les KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="162"/>
        <source>&lt;b&gt;Panel&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Panneau&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="163"/>
        <source>&lt;b&gt;Panel&lt;/b&gt;&lt;br&gt;Select a panel on the grid, or drag one from the palette.</source>
        <translation>&lt;b&gt;Panneau&lt;/b&gt;&lt;br&gt;Sélectionnez un panneau sur la grille ou faites-en glisser un depuis la palette.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="171"/>
        <source>default: %1</source>
        <translation>par défaut : %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/designerpanelproperties.cpp" line="244"/>
        <source>Change the %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
</context>
<context>
    <name>urbis::Extent</name>
    <message>
        <location filename="../core/geo/extent.cpp" line="67"/>
        <source>Invalid bounding box &quot;%1&quot;: %2</source>
        <translation>Emprise « %1 » invalide : %2</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="70"/>
        <source>expected W,S,E,N</source>
        <translation>W,S,E,N attendu</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="76"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="79"/>
        <source>longitude outside -180..180</source>
        <translation>longitude hors de -180..180</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="81"/>
        <source>latitude outside -90..90</source>
        <translation>latitude hors de -90..90</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="83"/>
        <source>south is greater than north</source>
        <translation>le sud est supérieur au nord</translation>
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
        <translation type="vanished">Annulé</translation>
    </message>
</context>
<context>
    <name>urbis::FactScan</name>
    <message>
        <source>Cannot open the data of a dataset: %1</source>
        <translation type="vanished">Impossible d&apos;ouvrir les données d&apos;un jeu de données : %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="75"/>
        <source>Cannot read the facts</source>
        <translation>Impossible de lire les faits</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="159"/>
        <source>Reading the facts failed</source>
        <translation>La lecture des faits a échoué</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="212"/>
        <source>The data of this dataset is not a GeoPackage table: KPIs need tabular facts</source>
        <translation>Les données de ce jeu de données ne sont pas une table GeoPackage : les KPI nécessitent des faits tabulaires</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="219"/>
        <source>The GeoPackage holds no table</source>
        <translation>Le GeoPackage ne contient aucune table</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="231"/>
        <source>Cannot read the columns of %1</source>
        <translation>Impossible de lire les colonnes de %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factscan.cpp" line="258"/>
        <source>Cannot read the facts of table %1</source>
        <translation>Impossible de lire les faits de la table %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/factworkers.h" line="38"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>urbis::FieldMapping</name>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="172"/>
        <source>&quot;%1&quot; is not a time: %2</source>
        <translation>« %1 » n&apos;est pas un horodatage : %2</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="200"/>
        <source>The record has none of the mapped measures or attributes</source>
        <translation>L&apos;entrée ne contient aucune des mesures ou attributs mis en correspondance</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="234"/>
        <source>Field mapping: &quot;%1&quot; must be %2</source>
        <translation>Correspondance des champs : « %1 » doit être %2</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="242"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="255"/>
        <source>one of auto, epochSeconds, epochMillis, iso</source>
        <translation>l&apos;une des valeurs auto, epochSeconds, epochMillis, iso</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="259"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="266"/>
        <source>a list of keys or {&quot;key&quot;, &quot;unit&quot;} objects</source>
        <translation>une liste de clés ou d&apos;objets {&quot;key&quot;, &quot;unit&quot;}</translation>
    </message>
    <message>
        <location filename="../core/stream/fieldmapping.cpp" line="271"/>
        <location filename="../core/stream/fieldmapping.cpp" line="274"/>
        <source>a list of keys</source>
        <translation>une liste de clés</translation>
    </message>
</context>
<context>
    <name>urbis::FieldMappingEditor</name>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="43"/>
        <source>&amp;Infer from the first record</source>
        <translation>&amp;Déduire de la première entrée</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="47"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="47"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="48"/>
        <source>Annex B</source>
        <translation>Annexe B</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="51"/>
        <source>Time, station, position and every number of the first record become the mapping</source>
        <translation>L&apos;heure, la station, la position et chaque nombre de la première entrée forment la correspondance</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="52"/>
        <source>empty: the time the message arrived</source>
        <translation>vide : l&apos;heure d&apos;arrivée du message</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="54"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="55"/>
        <source>Seconds since 1970</source>
        <translation>Secondes depuis 1970</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="56"/>
        <source>Milliseconds since 1970</source>
        <translation>Millisecondes depuis 1970</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="57"/>
        <source>ISO 8601 text</source>
        <translation>Texte ISO 8601</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="58"/>
        <source>empty: one station; a|b: the first present</source>
        <translation>vide : une seule station ; a|b : la première présente</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="60"/>
        <source>Measure key</source>
        <translation>Clé de mesure</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="60"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="67"/>
        <source>Reset to the CLIMABOROUGH Annex B air-quality record</source>
        <translation>Réinitialiser à l&apos;entrée de qualité de l&apos;air de l&apos;annexe B de CLIMABOROUGH</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="68"/>
        <source>text keys to keep, comma-separated</source>
        <translation>clés texte à conserver, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="75"/>
        <source>&amp;Time key:</source>
        <translation>Clé d&apos;&amp;heure :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="76"/>
        <source>&amp;Station key:</source>
        <translation>Clé de &amp;station :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="80"/>
        <source>&amp;Latitude / longitude keys:</source>
        <translation>Clés &amp;latitude / longitude :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="89"/>
        <source>&amp;Measures:</source>
        <translation>&amp;Mesures :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/fieldmappingeditor.cpp" line="90"/>
        <source>Te&amp;xt attributes:</source>
        <translation>Attributs te&amp;xte :</translation>
    </message>
</context>
<context>
    <name>urbis::FilePage</name>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="26"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="27"/>
        <source>vector layer</source>
        <translation>couche vecteur</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="28"/>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="31"/>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="38"/>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="39"/>
        <source>Add tables (CSV, JSON, XML), vector layers (GeoJSON, Shapefile, GeoPackage, KML, GML) or rasters (GeoTIFF, PNG, JPEG). You can also drop files here or on the main window.</source>
        <translation>Ajoutez des tables (CSV, JSON, XML), des couches vecteur (GeoJSON, Shapefile, GeoPackage, KML, GML) ou des rasters (GeoTIFF, PNG, JPEG). Vous pouvez aussi déposer des fichiers ici ou sur la fenêtre principale.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="47"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="49"/>
        <source>Choose files to import (%1)</source>
        <translation>Choisir les fichiers à importer (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="50"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="52"/>
        <source>Take the selected files off the list (Del)</source>
        <translation>Retirer les fichiers sélectionnés de la liste (Suppr)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="53"/>
        <source>The selected file is previewed and imported next; the others stay in the list.</source>
        <translation>Le fichier sélectionné est prévisualisé et importé en premier ; les autres restent dans la liste.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="91"/>
        <source>Supported files (%1)</source>
        <translation>Fichiers pris en charge (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92"/>
        <source>Tables (%1)</source>
        <translation>Tables (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92"/>
        <source>Vector layers (%1)</source>
        <translation>Couches vecteur (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93"/>
        <source>Rasters and photos (%1)</source>
        <translation>Rasters et photos (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="150"/>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
</context>
<context>
    <name>urbis::FloodModel</name>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="35"/>
        <source>The flood simulation was cancelled.</source>
        <translation>La simulation d&apos;inondation a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="75"/>
        <source>The elevation grid is empty.</source>
        <translation>La grille d&apos;altitude est vide.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="77"/>
        <source>The grid of %1 × %2 cells is too large.</source>
        <translation>La grille de %1 × %2 cellules est trop grande.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="80"/>
        <source>The barrier grid (%1 × %2) does not match the elevation grid (%3 × %4).</source>
        <translation>La grille des barrières (%1 × %2) ne correspond pas à la grille d&apos;altitude (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="86"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>La taille de cellule doit être un nombre positif de mètres.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="88"/>
        <source>A flood run needs at least one step.</source>
        <translation>Un calcul d&apos;inondation nécessite au moins un pas de temps.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="90"/>
        <source>The step length must be a positive number of seconds.</source>
        <translation>La durée du pas doit être un nombre positif de secondes.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="92"/>
        <source>Manning&apos;s n must be zero or more.</source>
        <translation>Le coefficient n de Manning doit être supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="94"/>
        <source>Inflow and rainfall need times in order and values of zero or more.</source>
        <translation>Le débit entrant et la pluie nécessitent des temps croissants et des valeurs supérieures ou égales à zéro.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="98"/>
        <source>The inflow cell (%1, %2) is outside the grid.</source>
        <translation>La cellule d&apos;entrée (%1, %2) est hors de la grille.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="100"/>
        <source>The inflow cell (%1, %2) is inside a wall.</source>
        <translation>La cellule d&apos;entrée (%1, %2) est à l&apos;intérieur d&apos;un mur.</translation>
    </message>
    <message>
        <location filename="../core/sim/floodmodel.cpp" line="104"/>
        <source>The elevation grid has cells without a value.</source>
        <translation>La grille d&apos;altitude contient des cellules sans valeur.</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintView</name>
    <message>
        <source>(no city)</source>
        <translation type="vanished">(aucune ville)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>No datasets match the search.</source>
        <translation type="vanished">Aucun jeu de données ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>Dataset footprints (longitude / latitude); the map view comes later.</source>
        <translation type="vanished">Emprises des jeux de données (longitude / latitude) ; la vue cartographique viendra plus tard.</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintsLayer</name>
    <message>
        <location filename="../core/map/footprintslayer.h" line="25"/>
        <source>Dataset footprints</source>
        <translation>Emprises des jeux de données</translation>
    </message>
</context>
<context>
    <name>urbis::ForecastSeries</name>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="50"/>
        <source>KPI %1: &quot;%2&quot; is not an ISO period (2023, 2023-01, 2023-W05, 2023-01-31)</source>
        <translation>KPI %1 : « %2 » n&apos;est pas une période ISO (2023, 2023-01, 2023-W05, 2023-01-31)</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="54"/>
        <source>KPI %1 mixes %2 and %3 periods</source>
        <translation>KPI %1 mélange des périodes de type %2 et %3</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="60"/>
        <source>KPI %1 has period %2 twice</source>
        <translation>KPI %1 contient deux fois la période %2</translation>
    </message>
    <message>
        <location filename="../core/sim/forecastseries.cpp" line="71"/>
        <source>KPI %1 has no values for the chosen dimensions</source>
        <translation>KPI %1 n&apos;a pas de valeurs pour les dimensions choisies</translation>
    </message>
</context>
<context>
    <name>urbis::Forecaster</name>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="17"/>
        <source>The forecast horizon must be at least 1 period</source>
        <translation>L&apos;horizon de prévision doit être d&apos;au moins 1 période</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="19"/>
        <source>The confidence level must lie between 0 and 1</source>
        <translation>Le niveau de confiance doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="21"/>
        <source>The season length cannot be negative</source>
        <translation>La longueur de saison ne peut pas être négative</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="24"/>
        <source>The series has no values to forecast from</source>
        <translation>La série n&apos;a aucune valeur à partir de laquelle prévoir</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="38"/>
        <source>Holt-Winters chosen: the history spans %1 full seasons of %2 periods.</source>
        <translation>Holt-Winters choisi : l&apos;historique couvre %1 saisons complètes de %2 périodes.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="42"/>
        <source>Linear trend chosen: the grain has no season.</source>
        <translation>Tendance linéaire choisie : la granularité n&apos;a pas de saisonnalité.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="43"/>
        <source>Linear trend chosen: the history is shorter than two seasons of %1 periods.</source>
        <translation>Tendance linéaire choisie : l&apos;historique est plus court que deux saisons de %1 périodes.</translation>
    </message>
    <message>
        <location filename="../core/sim/forecaster.cpp" line="45"/>
        <source>Leading or trailing periods without a value were left out; the forecast starts after the last value (%1).</source>
        <translation>Les périodes sans valeur en début ou en fin ont été ignorées ; la prévision commence après la dernière valeur (%1).</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaCheck</name>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="78"/>
        <source>cannot %1 values in %2 and in %3</source>
        <translation>on ne peut pas %1 des valeurs en %2 et en %3</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="79"/>
        <source>add</source>
        <translation>additionner</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="79"/>
        <source>subtract</source>
        <translation>soustraire</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="104"/>
        <source>the KPI has no default source</source>
        <translation>le KPI n&apos;a pas de source par défaut</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="105"/>
        <source>no source is called &quot;%1&quot;; sources: %2</source>
        <translation>aucune source ne s&apos;appelle « %1 » ; sources : %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="115"/>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (vouliez-vous dire « %1 » ?)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="116"/>
        <source>unknown field &quot;%1&quot;%2</source>
        <translation>champ inconnu « %1 »%2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="141"/>
        <source>&quot;%1&quot; is a %2 field: only count() and count_distinct() take it</source>
        <translation>« %1 » est un champ de type %2 : seuls count() et count_distinct() l&apos;acceptent</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="155"/>
        <source>one aggregate reads one source: combine sources with arithmetic between aggregates</source>
        <translation>un agrégat lit une seule source : combinez les sources par des opérations arithmétiques entre agrégats</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="197"/>
        <source>the formula is empty</source>
        <translation>la formule est vide</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="208"/>
        <source>the formula reads no data: use an aggregate such as avg(field)</source>
        <translation>la formule ne lit aucune donnée : utilisez un agrégat tel que avg(field)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="215"/>
        <source>the formula gives values in %1 but the KPI&apos;s unit is %2</source>
        <translation>la formule donne des valeurs en %1 mais l&apos;unité du KPI est %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="232"/>
        <source>Mean of the field&apos;s values in the period</source>
        <translation>Moyenne des valeurs du champ sur la période</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="233"/>
        <source>Total of the field&apos;s values</source>
        <translation>Somme des valeurs du champ</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="234"/>
        <source>Smallest value</source>
        <translation>Plus petite valeur</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="235"/>
        <source>Largest value</source>
        <translation>Plus grande valeur</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="236"/>
        <source>Number of rows; count(field) counts rows where the field has a value</source>
        <translation>Nombre de lignes ; count(field) compte les lignes où le champ a une valeur</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="237"/>
        <source>Number of different values</source>
        <translation>Nombre de valeurs distinctes</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="238"/>
        <source>Middle value</source>
        <translation>Valeur médiane</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="239"/>
        <source>Value below which the given percentage of values fall</source>
        <translation>Valeur en dessous de laquelle se situe le pourcentage de valeurs indiqué</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="240"/>
        <source>The expression&apos;s value in the previous period</source>
        <translation>Valeur de l&apos;expression sur la période précédente</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="241"/>
        <source>The expression&apos;s value in the same period a year earlier</source>
        <translation>Valeur de l&apos;expression sur la même période un an plus tôt</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="242"/>
        <source>Change in % against the previous period</source>
        <translation>Variation en % par rapport à la période précédente</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulacheck.cpp" line="243"/>
        <source>Change in % against the same period last year</source>
        <translation>Variation en % par rapport à la même période de l&apos;année précédente</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaEdit</name>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="65"/>
        <source>e.g. sum(recycled) / sum(collected)  —  Ctrl+Space completes</source>
        <translation>par ex. sum(recycled) / sum(collected)  —  Ctrl+Space pour compléter</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="66"/>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="71"/>
        <source>Formula check</source>
        <translation>Vérification de la formule</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="166"/>
        <source>keyword</source>
        <translation>mot-clé</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="300"/>
        <source>Type a formula; Ctrl+Space lists fields and functions.</source>
        <translation>Saisissez une formule ; Ctrl+Space liste les champs et les fonctions.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="301"/>
        <source>Formula OK</source>
        <translation>Formule correcte</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/formulaedit.cpp" line="302"/>
        <source>Formula OK — result unit: %1</source>
        <translation>Formule correcte — unité du résultat : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/formulaedit.cpp" line="307"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/formulaedit.cpp" line="307"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
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
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="81"/>
        <source>text is not closed: a &apos; is missing</source>
        <translation>texte non fermé : il manque un &apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="81"/>
        <source>name is not closed: a &quot; is missing</source>
        <translation>nom non fermé : il manque un &quot;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulalexer.cpp" line="107"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère inattendu &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaParser</name>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="66"/>
        <source>unexpected &quot;%1&quot; after the end of the formula</source>
        <translation>« %1 » inattendu après la fin de la formule</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="95"/>
        <source>%1 expected at the end</source>
        <translation>attendu à la fin : %1</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="95"/>
        <source>%1 expected, found &quot;%2&quot;</source>
        <translation>attendu : %1 ; trouvé : « %2 »</translation>
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
        <translation>« %1 » est une fonction : écrivez %1(…)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="186"/>
        <source>&quot;%1&quot; must be inside an aggregate such as avg(%1) or sum(%1)</source>
        <translation>« %1 » doit se trouver dans un agrégat tel que avg(%1) ou sum(%1)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="189"/>
        <source>the field &quot;%1&quot; must be inside an aggregate such as avg(…)</source>
        <translation>le champ « %1 » doit se trouver dans un agrégat tel que avg(…)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="192"/>
        <source>the formula ends too early: a value is missing</source>
        <translation>la formule se termine trop tôt : il manque une valeur</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="195"/>
        <source>a number, an aggregate or &apos;(&apos; expected, found &quot;%1&quot;</source>
        <translation>attendu : un nombre, un agrégat ou &apos;(&apos; ; trouvé : « %1 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="204"/>
        <source>unknown function &quot;%1&quot;</source>
        <translation>fonction inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="218"/>
        <source>only count(*) takes &apos;*&apos;</source>
        <translation>seul count(*) accepte &apos;*&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="224"/>
        <source>%1() needs a field, e.g. %1(pm10)</source>
        <translation>%1() nécessite un champ, par ex. %1(pm10)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="234"/>
        <source>&apos;,&apos; and the percentile (0–100)</source>
        <translation>&apos;,&apos; et le centile (0–100)</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="238"/>
        <source>the percentile must be a number from 0 to 100</source>
        <translation>le centile doit être un nombre de 0 à 100</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="295"/>
        <source>aggregates cannot be nested: %1(…) inside an aggregate</source>
        <translation>les agrégats ne peuvent pas être imbriqués : %1(…) dans un agrégat</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="305"/>
        <source>a field name expected at the end</source>
        <translation>nom de champ attendu à la fin</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="305"/>
        <source>a field name expected, found &quot;%1&quot;</source>
        <translation>attendu : un nom de champ ; trouvé : « %1 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="314"/>
        <source>a field name expected after &quot;%1.&quot;</source>
        <translation>nom de champ attendu après « %1. »</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="365"/>
        <source>&quot;%1&quot; is a field name; text values take single quotes: &apos;%1&apos;</source>
        <translation>« %1 » est un nom de champ ; les valeurs texte s&apos;écrivent entre apostrophes : &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="366"/>
        <source>a number or a &apos;text&apos; value expected, found &quot;%1&quot;</source>
        <translation>attendu : un nombre ou une valeur &apos;texte&apos; ; trouvé : « %1 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="387"/>
        <source>&apos;(&apos; and a list of values</source>
        <translation>&apos;(&apos; et une liste de valeurs</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="405"/>
        <source>&quot;null&quot; expected after &quot;is&quot;</source>
        <translation>« null » attendu après « is »</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulaparser.cpp" line="409"/>
        <source>a comparison (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, is null) expected after &quot;%1&quot;</source>
        <translation>comparaison (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, is null) attendue après « %1 »</translation>
    </message>
</context>
<context>
    <name>urbis::FormulaSql</name>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="14"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="55"/>
        <source>unknown comparison &quot;%1&quot;</source>
        <translation>comparaison inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/formulasql.cpp" line="96"/>
        <source>aggregates and time shifts cannot be used inside a row expression</source>
        <translation>les agrégats et les décalages temporels ne peuvent pas être utilisés dans une expression de ligne</translation>
    </message>
</context>
<context>
    <name>urbis::GpkgWriter</name>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="367"/>
        <source>The GeoPackage %1 exists already</source>
        <translation>Le GeoPackage %1 existe déjà</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="374"/>
        <source>This GDAL has no GeoPackage driver</source>
        <translation>Ce GDAL n&apos;a pas de pilote GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="384"/>
        <source>Cannot create the GeoPackage %1</source>
        <translation>Impossible de créer le GeoPackage %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="393"/>
        <source>Unknown coordinate reference system &quot;%1&quot;</source>
        <translation>Système de coordonnées de référence « %1 » inconnu</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="413"/>
        <source>Cannot create the layer %1</source>
        <translation>Impossible de créer la couche %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="435"/>
        <source>Cannot create the column &quot;%1&quot;</source>
        <translation>Impossible de créer la colonne « %1 »</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="442"/>
        <source>Cannot start writing the GeoPackage</source>
        <translation>Impossible de commencer l&apos;écriture du GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="456"/>
        <source>Cannot write row %1 to the GeoPackage</source>
        <translation>Impossible d&apos;écrire la ligne %1 dans le GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="467"/>
        <source>Cannot save the GeoPackage</source>
        <translation>Impossible d&apos;enregistrer le GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="470"/>
        <source>Building the spatial index</source>
        <translation>Construction de l&apos;index spatial</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="188"/>
        <location filename="../core/ingest/gpkgwriter.cpp" line="210"/>
        <source>Cannot build the spatial index</source>
        <translation>Impossible de construire l&apos;index spatial</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="122"/>
        <location filename="../core/ingest/gpkgwriter.cpp" line="142"/>
        <source>Cannot prepare the spatial index</source>
        <translation>Impossible de préparer l&apos;index spatial</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="150"/>
        <source>GDAL created the spatial index %1 without triggers</source>
        <translation>GDAL a créé l&apos;index spatial %1 sans déclencheurs</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="481"/>
        <source>Cannot close the GeoPackage</source>
        <translation>Impossible de fermer le GeoPackage</translation>
    </message>
</context>
<context>
    <name>urbis::GridGeoref</name>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="81"/>
        <source>&quot;%1&quot; is not a coordinate reference system GDAL knows</source>
        <translation>« %1 » n&apos;est pas un système de coordonnées de référence connu de GDAL</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="97"/>
        <source>The CRS &quot;%1&quot; is not in metres: cell sizes are metres, use a metric projection</source>
        <translation>Le SCR « %1 » n&apos;est pas en mètres : les tailles de cellule sont en mètres, utilisez une projection métrique</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="101"/>
        <source>The CRS &quot;%1&quot; is neither geographic nor projected</source>
        <translation>Le SCR « %1 » n&apos;est ni géographique ni projeté</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="106"/>
        <source>The origin %1, %2 cannot be placed in %3</source>
        <translation>L&apos;origine %1, %2 ne peut pas être placée dans %3</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="124"/>
        <source>The grid&apos;s corners cannot be transformed to WGS84</source>
        <translation>Les coins de la grille ne peuvent pas être transformés en WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="139"/>
        <source>Grid points cannot be transformed to WGS84</source>
        <translation>Les points de la grille ne peuvent pas être transformés en WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/gridgeoref.cpp" line="158"/>
        <source>The grid&apos;s extent cannot be transformed to WGS84</source>
        <translation>L&apos;emprise de la grille ne peut pas être transformée en WGS84</translation>
    </message>
</context>
<context>
    <name>urbis::GridRasterizer</name>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="27"/>
        <source>%1 is not a vector layer GDAL can read</source>
        <translation>%1 n&apos;est pas une couche vecteur lisible par GDAL</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="30"/>
        <source>%1 has no coordinate reference system: it cannot be placed on the grid</source>
        <translation>%1 n&apos;a pas de système de coordonnées de référence : impossible de le placer sur la grille</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="37"/>
        <source>Cannot create a %1 x %2 grid in memory</source>
        <translation>Impossible de créer une grille de %1 x %2 en mémoire</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="48"/>
        <source>Cannot draw %1 onto the scenario grid</source>
        <translation>Impossible de dessiner %1 sur la grille du scénario</translation>
    </message>
    <message>
        <location filename="../core/geo/gridrasterizer.cpp" line="52"/>
        <source>Reading the rasterised %1 failed</source>
        <translation>La lecture de %1 rastérisé a échoué</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/geo/gridrasterizer.cpp" line="56"/>
        <source>No feature of %1 (%n feature(s)) crosses the scenario grid</source>
        <translation>
            <numerusform>Aucune entité de %1 (%n entité) ne croise la grille du scénario</numerusform>
            <numerusform>Aucune entité de %1 (%n entités) ne croise la grille du scénario</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::GridSpec</name>
    <message>
        <location filename="../core/sim/gridspec.cpp" line="43"/>
        <source>[longitude, latitude] of the north-west corner in degrees (latitude -80 to 84)</source>
        <translation>[longitude, latitude] du coin nord-ouest en degrés (latitude de -80 à 84)</translation>
    </message>
    <message>
        <location filename="../core/sim/gridspec.cpp" line="48"/>
        <source>a CRS such as &quot;EPSG:4326&quot; or &quot;EPSG:32634&quot;</source>
        <translation>un SCR tel que « EPSG:4326 » ou « EPSG:32634 »</translation>
    </message>
</context>
<context>
    <name>urbis::GridTiffWriter</name>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="65"/>
        <source>A GeoTIFF needs at least one band and one cell</source>
        <translation>Un GeoTIFF nécessite au moins une bande et une cellule</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="84"/>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="92"/>
        <source>Cannot georeference %1</source>
        <translation>Impossible de géoréférencer %1</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="119"/>
        <source>The GeoTIFF writer is closed</source>
        <translation>Le module d&apos;écriture GeoTIFF est fermé</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="121"/>
        <source>%1 has no band %2 of that type</source>
        <translation>%1 n&apos;a pas de bande %2 de ce type</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="131"/>
        <source>Cannot write band %1 of %2</source>
        <translation>Impossible d&apos;écrire la bande %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/geo/gridtiffwriter.cpp" line="152"/>
        <source>Cannot finish %1</source>
        <translation>Impossible de finaliser %1</translation>
    </message>
</context>
<context>
    <name>urbis::GridWarp</name>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="57"/>
        <source>%1 is not a raster GDAL can read</source>
        <translation>%1 n&apos;est pas un raster lisible par GDAL</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="60"/>
        <source>%1 is not georeferenced: it cannot be placed on the grid</source>
        <translation>%1 n&apos;est pas géoréférencé : impossible de le placer sur la grille</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="63"/>
        <source>Cannot create a %1 x %2 grid in memory</source>
        <translation>Impossible de créer une grille de %1 x %2 en mémoire</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="68"/>
        <source>%1 has no raster band</source>
        <translation>%1 n&apos;a pas de bande raster</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="73"/>
        <location filename="../core/geo/gridwarp.cpp" line="92"/>
        <source>Reading %1 failed</source>
        <translation>La lecture de %1 a échoué</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="85"/>
        <source>Cannot resample %1 onto the scenario grid</source>
        <translation>Impossible de rééchantillonner %1 sur la grille du scénario</translation>
    </message>
    <message>
        <location filename="../core/geo/gridwarp.cpp" line="96"/>
        <source>%1 does not overlap the scenario grid</source>
        <translation>%1 ne chevauche pas la grille du scénario</translation>
    </message>
</context>
<context>
    <name>urbis::HoltWinters</name>
    <message>
        <location filename="../core/sim/holtwinters.cpp" line="167"/>
        <source>Holt-Winters needs a season of at least 2 periods</source>
        <translation>Holt-Winters nécessite une saison d&apos;au moins 2 périodes</translation>
    </message>
    <message>
        <location filename="../core/sim/holtwinters.cpp" line="172"/>
        <source>Holt-Winters needs at least %1 full seasons (%2 periods); the series has %3</source>
        <translation>Holt-Winters nécessite au moins %1 saisons complètes (%2 périodes) ; la série en a %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/holtwinters.cpp" line="216"/>
        <source>%n missing period(s) were interpolated linearly for Holt-Winters.</source>
        <translation>
            <numerusform>%n période manquante a été interpolée linéairement pour Holt-Winters.</numerusform>
            <numerusform>%n périodes manquantes ont été interpolées linéairement pour Holt-Winters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ImpactAnalysis</name>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="57"/>
        <source>The hazard grid is empty or too large</source>
        <translation>La grille d&apos;aléa est vide ou trop grande</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="75"/>
        <source>The population layer %1 needs a population field</source>
        <translation>La couche de population %1 nécessite un champ de population</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="89"/>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/impactanalysis.cpp" line="139"/>
        <source>%1: %n feature(s) without a usable geometry were skipped.</source>
        <translation>
            <numerusform>%1 : %n entité sans géométrie utilisable a été ignorée.</numerusform>
            <numerusform>%1 : %n entités sans géométrie utilisable ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/impactanalysis.cpp" line="143"/>
        <source>%1: %n district(s) without a population or an area were skipped.</source>
        <translation>
            <numerusform>%1 : %n quartier sans population ni superficie a été ignoré.</numerusform>
            <numerusform>%1 : %n quartiers sans population ni superficie ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="179"/>
        <source>The arrival grid is %1 x %2 cells; the analysis expects %3 x %4</source>
        <translation>La grille d&apos;arrivée fait %1 x %2 cellules ; l&apos;analyse attend %3 x %4</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="185"/>
        <source>At least one step is needed</source>
        <translation>Au moins un pas est nécessaire</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="214"/>
        <source>The hazard frame is %1 x %2 cells; the analysis expects %3 x %4</source>
        <translation>L&apos;image d&apos;aléa fait %1 x %2 cellules ; l&apos;analyse attend %3 x %4</translation>
    </message>
    <message>
        <location filename="../core/sim/impactanalysis.cpp" line="234"/>
        <source>The depth threshold must be above 0 m</source>
        <translation>Le seuil de profondeur doit être supérieur à 0 m</translation>
    </message>
</context>
<context>
    <name>urbis::ImpactLayerReader</name>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="116"/>
        <source>The hazard grid has no CRS</source>
        <translation>La grille d&apos;aléa n&apos;a pas de SCR</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="119"/>
        <location filename="../core/geo/impactlayerreader.cpp" line="166"/>
        <source>Unknown CRS &quot;%1&quot;</source>
        <translation>SCR « %1 » inconnu</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="123"/>
        <source>A geocentric CRS cannot hold a hazard grid</source>
        <translation>Un SCR géocentrique ne peut pas porter une grille d&apos;aléa</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="145"/>
        <source>Cannot open %1 as a vector source</source>
        <translation>Impossible d&apos;ouvrir %1 en tant que source vecteur</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="152"/>
        <source>%1 has no layer %2</source>
        <translation>%1 n&apos;a pas de couche %2</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="159"/>
        <source>Layer %1 of %2 has no field %3</source>
        <translation>La couche %1 de %2 n&apos;a pas de champ %3</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="179"/>
        <source>Cannot transform %1 to the hazard grid&apos;s CRS</source>
        <translation>Impossible de transformer %1 dans le SCR de la grille d&apos;aléa</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="212"/>
        <source>Impact analysis cancelled</source>
        <translation>Analyse d&apos;impact annulée</translation>
    </message>
    <message>
        <location filename="../core/geo/impactlayerreader.cpp" line="247"/>
        <source>Reading %1 failed</source>
        <translation>La lecture de %1 a échoué</translation>
    </message>
</context>
<context>
    <name>urbis::ImpactMeasure</name>
    <message>
        <location filename="../core/sim/impactmeasure.cpp" line="13"/>
        <source>The hazard grid&apos;s geotransform cannot be inverted</source>
        <translation>La géotransformation de la grille d&apos;aléa ne peut pas être inversée</translation>
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
        <translation>usage : urbis import FILE... [--title T] [--city C] [--domain D] [--schema SCHEMA.json] [--allow-invalid]
                     [--description T] [--license L] [--source S] [--layer NAME] [--new-version] [--allow-duplicate]
Valide, normalise (GeoPackage ou GeoTIFF tuilé) et stocke chaque fichier avec son original et son
rapport de validation ; affiche les identifiants des nouveaux jeux de données. Les données avec erreurs sont refusées sauf avec --allow-invalid.
Un fichier déjà importé (mêmes octets) n&apos;est pas stocké deux fois ; --new-version ajoute le fichier comme version suivante
du jeu de données le plus récent portant le même titre.
codes de sortie : 0 importé (ou déjà présent), 1 refusé (données non valides), 2 erreur d&apos;usage ou entrée illisible, 3 échec d&apos;E/S</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="50"/>
        <source>import needs at least one file</source>
        <translation>import nécessite au moins un fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="61"/>
        <source>Unknown domain &quot;%1&quot;; one of: %2</source>
        <translation>Domaine « %1 » inconnu ; valeurs possibles : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="79"/>
        <source>Cannot read %1: no such file</source>
        <translation>Impossible de lire %1 : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="102"/>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="152"/>
        <source>%1: already imported as %2 (&quot;%3&quot;, same sha256); nothing stored</source>
        <translation>%1 : déjà importé sous %2 (« %3 », même sha256) ; rien n&apos;a été stocké</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="160"/>
        <source>, row %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="162"/>
        <source>, column %1</source>
        <translation>, colonne %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="166"/>
        <source>... and %1 more errors (urbis validate %2 --json lists all)</source>
        <translation>... et %1 erreurs de plus (urbis validate %2 --json les liste toutes)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="167"/>
        <source>%1: not imported: %2 errors. Fix the file, or use --allow-invalid to store it with its report.</source>
        <translation>%1 : non importé : %2 erreurs. Corrigez le fichier ou utilisez --allow-invalid pour le stocker avec son rapport.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="173"/>
        <source>%1: imported as &quot;%2&quot; (%3 rows, %4 fields, %5)</source>
        <translation>%1 : importé sous « %2 » (%3 lignes, %4 champs, %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="178"/>
        <source>  column types were inferred from a sample of the rows</source>
        <translation>  les types de colonnes ont été déduits d&apos;un échantillon des lignes</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="180"/>
        <source>  %1 findings kept in the validation report (urbis catalog show %2)</source>
        <translation>  %1 constats conservés dans le rapport de validation (urbis catalog show %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="182"/>
        <source>  note: dataset %1 has the same title; use --new-version to add files as its next version</source>
        <translation>  remarque : le jeu de données %1 a le même titre ; utilisez --new-version pour ajouter des fichiers comme sa version suivante</translation>
    </message>
</context>
<context>
    <name>urbis::ImportJob</name>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="80"/>
        <source>Cannot read %1: no such file</source>
        <translation>Impossible de lire %1 : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="82"/>
        <source>Copying %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="109"/>
        <source>Cannot create the work folder %1</source>
        <translation>Impossible de créer le dossier de travail %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="112"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Impossible de créer un dossier de travail dans %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="140"/>
        <source>Detecting column types</source>
        <translation>Détection des types de colonnes</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="144"/>
        <location filename="../core/ingest/importjob.cpp" line="166"/>
        <location filename="../core/ingest/importjob.cpp" line="226"/>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="156"/>
        <source>Validating and converting</source>
        <translation>Validation et conversion</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="178"/>
        <source>Building the spatial index</source>
        <translation>Construction de l&apos;index spatial</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="208"/>
        <source>The raster is not georeferenced: it cannot be placed on the map</source>
        <translation>Le raster n&apos;est pas géoréférencé : il ne peut pas être placé sur la carte</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="213"/>
        <source>Converting to tiled GeoTIFF</source>
        <translation>Conversion en GeoTIFF tuilé</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="228"/>
        <source>Storing</source>
        <translation>Stockage</translation>
    </message>
</context>
<context>
    <name>urbis::ImportPage</name>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="24"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="25"/>
        <source>The file is converted, stored with its original and its validation report, and added to the catalog.</source>
        <translation>Le fichier est converti, stocké avec son original et son rapport de validation, puis ajouté au catalogue.</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="33"/>
        <source>Import the &amp;next file</source>
        <translation>Importer le fichier &amp;suivant</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="90"/>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="123"/>
        <source>&lt;p&gt;&lt;b&gt;%1 was not imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Go back to change the settings and try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 n&apos;a pas été importé.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Revenez en arrière pour modifier les paramètres, puis réessayez.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="131"/>
        <source>&lt;p style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 is in the catalog as &lt;b&gt;%2&lt;/b&gt;: %3 rows, %4 fields, %5.&lt;/p&gt;&lt;p&gt;Dataset id: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Importé&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 figure dans le catalogue sous &lt;b&gt;%2&lt;/b&gt; : %3 lignes, %4 champs, %5.&lt;/p&gt;&lt;p&gt;Identifiant du jeu de données : &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="138"/>
        <source>&lt;p&gt;It is the new version of dataset &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;C&apos;est la nouvelle version du jeu de données &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="140"/>
        <source>&lt;p&gt;%n finding(s) are kept in its validation report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n constat est conservé dans son rapport de validation.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n constats sont conservés dans son rapport de validation.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="142"/>
        <source>&lt;p&gt;Note: dataset &lt;tt&gt;%1&lt;/tt&gt; has the same title. Next time, tick &quot;Add as a new version&quot; on the report page to chain them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Remarque : le jeu de données &lt;tt&gt;%1&lt;/tt&gt; a le même titre. La prochaine fois, cochez « Ajouter comme nouvelle version » sur la page du rapport pour les chaîner.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="146"/>
        <source>&lt;p style=&apos;color:#b26a00; font-size:large&apos;&gt;&lt;b&gt;Already in the catalog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The same file (same bytes) was imported before as &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Nothing was stored.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b26a00; font-size:large&apos;&gt;&lt;b&gt;Déjà dans le catalogue&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Le même fichier (mêmes octets) a déjà été importé sous &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Rien n&apos;a été stocké.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="151"/>
        <source>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Not imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 has %n error(s). Go back to the report, fix the schema, or tick &quot;Import even with errors&quot; to store it with its report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Non importé&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 contient %n erreur. Revenez au rapport, corrigez le schéma ou cochez « Importer malgré les erreurs » pour le stocker avec son rapport.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Non importé&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 contient %n erreurs. Revenez au rapport, corrigez le schéma ou cochez « Importer malgré les erreurs » pour le stocker avec son rapport.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="160"/>
        <source>&lt;p&gt;%n more file(s) waiting in the list.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n autre fichier en attente dans la liste.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n autres fichiers en attente dans la liste.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ImportPreview</name>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="16"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="42"/>
        <source>Reading the preview was cancelled</source>
        <translation>La lecture de l&apos;aperçu a été annulée</translation>
    </message>
</context>
<context>
    <name>urbis::ImportWizard</name>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="23"/>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="27"/>
        <location filename="../widgets/import/importwizard.cpp" line="39"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>urbis::IngestPass</name>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="86"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="91"/>
        <source>Reading stopped at row %1: %2</source>
        <translation>Lecture arrêtée à la ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="108"/>
        <source>The source is empty</source>
        <translation>La source est vide</translation>
    </message>
</context>
<context>
    <name>urbis::JsonSource</name>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="132"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="148"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="183"/>
        <source>Row %1 is longer than %2 bytes</source>
        <translation>La ligne %1 dépasse %2 octets</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="192"/>
        <source>the JSON text ends inside a value (truncated file?)</source>
        <translation>le texte JSON se termine à l&apos;intérieur d&apos;une valeur (fichier tronqué ?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="239"/>
        <source>the JSON text ends too early</source>
        <translation>le texte JSON se termine trop tôt</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="273"/>
        <location filename="../core/ingest/jsonsource.cpp" line="281"/>
        <source>invalid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="299"/>
        <source>%1 is GeoJSON; it is read as vector data</source>
        <translation>%1 est du GeoJSON ; il est lu comme données vectorielles</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="314"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="331"/>
        <source>%1 is not UTF-8 text (JSON must be UTF-8)</source>
        <translation>%1 n&apos;est pas du texte UTF-8 (le JSON doit être en UTF-8)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="337"/>
        <source>%1 holds no JSON</source>
        <translation>%1 ne contient pas de JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="350"/>
        <source>%1 is not a JSON array or object</source>
        <translation>%1 n&apos;est ni un tableau ni un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="375"/>
        <source>the file holds a second array of objects (&quot;%1&quot; after &quot;%2&quot;)</source>
        <translation>le fichier contient un second tableau d&apos;objets (« %1 » après « %2 »)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="382"/>
        <source>unexpected data after the end of the JSON text</source>
        <translation>données inattendues après la fin du texte JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="394"/>
        <source>the JSON array is never closed (truncated file?)</source>
        <translation>le tableau JSON n&apos;est jamais fermé (fichier tronqué ?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="405"/>
        <source>invalid JSON: expected &apos;,&apos; or &apos;]&apos; between records</source>
        <translation>JSON non valide : &apos;,&apos; ou &apos;]&apos; attendu entre les enregistrements</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="412"/>
        <source>the record is not a JSON object</source>
        <translation>l&apos;enregistrement n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="430"/>
        <source>Row %1 is not valid UTF-8 text</source>
        <translation>La ligne %1 n&apos;est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="432"/>
        <source>Row %1: invalid JSON: %2</source>
        <translation>Ligne %1 : JSON non valide : %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiCategory</name>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="19"/>
        <source>SC1 – Solid waste</source>
        <translation>SC1 – Déchets solides</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="20"/>
        <source>SC2 – Water</source>
        <translation>SC2 – Eau</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="21"/>
        <source>SC3 – Energy</source>
        <translation>SC3 – Énergie</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="22"/>
        <source>SC4 – Soil</source>
        <translation>SC4 – Sol</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="23"/>
        <source>SC5 – Air</source>
        <translation>SC5 – Air</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="24"/>
        <source>EC1 – Carbon sequestration and storage</source>
        <translation>EC1 – Séquestration et stockage du carbone</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="25"/>
        <source>EC2 – Air purification</source>
        <translation>EC2 – Purification de l&apos;air</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="26"/>
        <source>EC3 – Habitat quality</source>
        <translation>EC3 – Qualité de l&apos;habitat</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="27"/>
        <source>EC4 – Cooling capacity</source>
        <translation>EC4 – Capacité de rafraîchissement</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="28"/>
        <source>EC5 – Water regulation (urban flood risk mitigation)</source>
        <translation>EC5 – Régulation de l&apos;eau (atténuation du risque d&apos;inondation urbaine)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="29"/>
        <source>Action assessment</source>
        <translation>Évaluation des actions</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpicategory.cpp" line="30"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
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
        <translation type="vanished">usage : urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  évalue les KPI de FILE ({&quot;kpis&quot;: [...]} ou un tableau de bord enregistré) sur les jeux de données de l&apos;espace de travail
  --city C    uniquement les jeux de données de cette ville (à répéter pour plusieurs)
  --from T    première période, ISO : 2023, 2023-01, 2023-01-31 ou une date et heure
  --to T      dernière période, mêmes formes
  --grain G   remplace la granularité de chaque KPI
  --ngsi-ld   affiche les valeurs sous forme d&apos;entités NGSI-LD KeyPerformanceIndicator (tableau JSON)
  formules : voir docs/kpi-formulas.md</translation>
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
        <translation type="vanished">usage : urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  évalue les KPI de FILE ({&quot;kpis&quot;: [...]} ou un tableau de bord enregistré) sur les jeux de données de l&apos;espace de travail
  --city C    uniquement les jeux de données de cette ville (à répéter pour plusieurs)
  --from T    première période, ISO : 2023, 2023-01, 2023-01-31 ou une date et heure
  --to T      dernière période, mêmes formes
  --grain G   remplace la granularité de chaque KPI
  --ngsi-ld   affiche les valeurs sous forme d&apos;entités NGSI-LD KeyPerformanceIndicator (tableau JSON)
  --forecast N  prévoit aussi N périodes après la dernière valeur de chaque série, avec des intervalles de prévision
              à 95 % (Holt-Winters si l&apos;historique couvre deux saisons complètes, sinon une tendance linéaire)
  formules : voir docs/kpi-formulas.md</translation>
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
        <translation>usage : urbis kpi eval FILE.json [--city C] [--from T] [--to T] [--grain day|week|month|year]
  évalue les KPI de FILE ({&quot;kpis&quot;: [...]} ou un tableau de bord enregistré) sur les jeux de données de l&apos;espace de travail
  --city C    uniquement les jeux de données de cette ville (à répéter pour plusieurs)
  --from T    première période, ISO : 2023, 2023-01, 2023-01-31 ou une date et heure
  --to T      dernière période, mêmes formes
  --grain G   remplace la granularité de chaque KPI
  --ngsi-ld   affiche les valeurs sous forme d&apos;entités NGSI-LD KeyPerformanceIndicator (tableau JSON)
  --forecast N  prévoit aussi N périodes après la dernière valeur de chaque série, avec des intervalles de prévision
              à 95 % (Holt-Winters si l&apos;historique couvre deux saisons complètes, sinon une tendance linéaire)
  --what-if DRIVER:CHANGE:FROM[:UNTIL]  modifie le KPI DRIVER de FILE (de -20% ou d&apos;une quantité exprimée dans son
              unité) à partir de la date FROM et montre comment réagit chacun des autres KPI (ajusté sur l&apos;historique)
  formules : voir docs/kpi-formulas.md</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="63"/>
        <source>kpi needs &quot;eval&quot; and one FILE.json</source>
        <translation>kpi attend « eval » et un FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="66"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="70"/>
        <source>%1 is not a JSON object: %2 at byte %3</source>
        <translation>%1 n&apos;est pas un objet JSON : %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="74"/>
        <source>%1 has no &quot;kpis&quot; array</source>
        <translation>%1 n&apos;a pas de tableau « kpis »</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="101"/>
        <source>--grain must be day, week, month or year</source>
        <translation>--grain doit valoir day, week, month ou year</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="109"/>
        <source>--forecast needs a number of periods from 1 to 1000</source>
        <translation>--forecast attend un nombre de périodes de 1 à 1000</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="118"/>
        <source>--what-if names the driver &quot;%1&quot;, which is not a KPI of %2</source>
        <translation>--what-if désigne le facteur « %1 », qui n&apos;est pas un KPI de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/kpicommand.cpp" line="128"/>
        <source>Evaluating %n KPI(s)</source>
        <translation>
            <numerusform>Évaluation de %n KPI</numerusform>
            <numerusform>Évaluation de %n KPI</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="176"/>
        <source>no unit</source>
        <translation>sans unité</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="178"/>
        <source>no values for these filters</source>
        <translation>aucune valeur pour ces filtres</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="189"/>
        <source>no forecast for %1: %2</source>
        <translation>pas de prévision pour %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="192"/>
        <source>forecast (%1, %2 % interval):</source>
        <translation>prévision (%1, intervalle à %2 %) :</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="201"/>
        <source>no what-if for %1: %2</source>
        <translation>pas de simulation pour %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/kpicommand.cpp" line="205"/>
        <source>what-if %1 %2 from %3: %4 in total [%5 – %6] (%7 per unit of %1, r² %8)</source>
        <translation>simulation %1 %2 à partir de %3 : %4 au total [%5 – %6] (%7 par unité de %1, r² %8)</translation>
    </message>
</context>
<context>
    <name>urbis::KpiDefinition</name>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="99"/>
        <source>KPI &quot;%1&quot;: every entry of &quot;sources&quot; must be an object</source>
        <translation>KPI « %1 » : chaque entrée de « sources » doit être un objet</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="105"/>
        <source>KPI &quot;%1&quot;: grain must be day, week, month or year, not &quot;%2&quot;</source>
        <translation>KPI « %1 » : grain doit valoir day, week, month ou year, et non « %2 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="123"/>
        <source>KPI &quot;%1&quot;: direction must be &quot;lower&quot; or &quot;higher&quot;, not &quot;%2&quot;</source>
        <translation>KPI « %1 » : direction doit valoir « lower » ou « higher », et non « %2 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="127"/>
        <source>KPI &quot;%1&quot;: thresholds must be numbers</source>
        <translation>KPI « %1 » : les seuils doivent être des nombres</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="133"/>
        <source>KPI &quot;%1&quot;: divisionByZero must be &quot;null&quot; or &quot;error&quot;</source>
        <translation>KPI « %1 » : divisionByZero doit valoir « null » ou « error »</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="145"/>
        <source>KPI id &quot;%1&quot; may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>L&apos;identifiant de KPI « %1 » ne peut contenir que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="147"/>
        <source>KPI &quot;%1&quot; has no formula</source>
        <translation>Le KPI « %1 » n&apos;a pas de formule</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="149"/>
        <source>KPI &quot;%1&quot; names no dataset: give &quot;dataset&quot; or &quot;sources&quot;</source>
        <translation>Le KPI « %1 » ne nomme aucun jeu de données : indiquez « dataset » ou « sources »</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="154"/>
        <source>KPI &quot;%1&quot;: source %2 names neither datasets nor a domain</source>
        <translation>KPI « %1 » : la source %2 ne nomme ni jeux de données ni domaine</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="156"/>
        <source>KPI &quot;%1&quot;: source %2 needs an alias of lower-case letters, digits and &apos;_&apos;</source>
        <translation>KPI « %1 » : la source %2 nécessite un alias composé de lettres minuscules, de chiffres et de &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="158"/>
        <source>KPI &quot;%1&quot;: the alias &quot;%2&quot; is used twice</source>
        <translation>KPI « %1 » : l&apos;alias « %2 » est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="163"/>
        <source>KPI &quot;%1&quot;: thresholds must be in ascending order</source>
        <translation>KPI « %1 » : les seuils doivent être dans l&apos;ordre croissant</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpidefinition.cpp" line="165"/>
        <source>KPI &quot;%1&quot;: unknown category &quot;%2&quot; (expected one of %3)</source>
        <translation>KPI « %1 » : catégorie inconnue « %2 » (valeurs attendues : %3)</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEditor</name>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="66"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="100"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="103"/>
        <source>letters, digits, . _ - e.g. pm10-monthly</source>
        <translation>lettres, chiffres, . _ - par ex. pm10-monthly</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="109"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="113"/>
        <source>(not classified)</source>
        <translation>(non classé)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="117"/>
        <source>e.g. µg/m3, kWh, %</source>
        <translation>par ex. µg/m3, kWh, %</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="120"/>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="121"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="122"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="123"/>
        <source>Do&amp;main:</source>
        <translation>Do&amp;maine :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="124"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="125"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="139"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="143"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="144"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="145"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="146"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="151"/>
        <source>Fields of the default source to group by; drag to reorder.</source>
        <translation>Champs de la source par défaut servant au regroupement ; faites glisser pour réordonner.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="153"/>
        <source>Filter fields…</source>
        <translation>Filtrer les champs…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="164"/>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="166"/>
        <source>&amp;Formula:</source>
        <translation>&amp;Formule :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="167"/>
        <source>&amp;Grain:</source>
        <translation>&amp;Granularité :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="171"/>
        <source>Dimensions:</source>
        <translation>Dimensions :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="208"/>
        <location filename="../widgets/kpi/kpieditor.cpp" line="288"/>
        <source>Reading the sources&apos; fields…</source>
        <translation>Lecture des champs des sources…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="255"/>
        <source>Another KPI of this dashboard already has the id “%1”.</source>
        <translation>Un autre KPI de ce tableau de bord a déjà l&apos;identifiant « %1 ».</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="258"/>
        <source>Formula: %1</source>
        <translation>Formule : %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="270"/>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditor.cpp" line="290"/>
        <source>The preview runs once the definition is valid.</source>
        <translation>L&apos;aperçu s&apos;exécute dès que la définition est valide.</translation>
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
        <translation>Conserver cette définition (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditordialog.cpp" line="39"/>
        <source>New KPI</source>
        <translation>Nouveau KPI</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpieditordialog.cpp" line="40"/>
        <source>KPI “%1”</source>
        <translation>KPI « %1 »</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEngine</name>
    <message>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation type="vanished">Aucun jeu de données n&apos;a l&apos;identifiant ou le titre exact « %1 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="66"/>
        <source>KPI &quot;%1&quot;: %2 (at character %3 of the formula)</source>
        <translation>KPI « %1 » : %2 (au caractère %3 de la formule)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="76"/>
        <source>KPI &quot;%1&quot;: no dataset matches its source &quot;%2&quot; (domain %3, fields %4)</source>
        <translation>KPI « %1 » : aucun jeu de données ne correspond à sa source « %2 » (domaine %3, champs %4)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="77"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="104"/>
        <source>The data of &quot;%1&quot; is not on this computer: download it first</source>
        <translation>Les données de « %1 » ne sont pas sur cet ordinateur : téléchargez-les d&apos;abord</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="106"/>
        <location filename="../core/kpi/kpiengine.cpp" line="148"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiengine.cpp" line="150"/>
        <source>Evaluating %1</source>
        <translation>Évaluation de %1</translation>
    </message>
</context>
<context>
    <name>urbis::KpiEvaluationTask</name>
    <message numerus="yes">
        <location filename="../core/kpi/kpievaluationtask.cpp" line="13"/>
        <source>Evaluating %n KPI(s)</source>
        <translation>
            <numerusform>Évaluation de %n KPI</numerusform>
            <numerusform>Évaluation de %n KPI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiEvaluator</name>
    <message>
        <location filename="../core/kpi/kpievaluator.cpp" line="24"/>
        <source>KPI &quot;%1&quot;: division by zero in period %2</source>
        <translation>KPI « %1 » : division par zéro pour la période %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiFiware</name>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="56"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="65"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="72"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="78"/>
        <source>attribute &quot;%1&quot; must be %2</source>
        <translation>l&apos;attribut « %1 » doit être %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="210"/>
        <source>NGSI-LD entity &quot;%1&quot;: %2</source>
        <translation>Entité NGSI-LD « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="215"/>
        <source>type must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>type doit valoir « %1 », et non « %2 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="217"/>
        <source>the id must start with &quot;%1&quot;</source>
        <translation>l&apos;identifiant doit commencer par « %1 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="228"/>
        <source>a list of text</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="238"/>
        <source>day, week, month or year</source>
        <translation>day, week, month ou year</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="243"/>
        <source>a list of field names</source>
        <translation>une liste de noms de champs</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="248"/>
        <source>a list of numbers</source>
        <translation>une liste de nombres</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="255"/>
        <source>an ISO date</source>
        <translation>une date ISO</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="261"/>
        <source>&quot;lower&quot; or &quot;higher&quot;</source>
        <translation>« lower » ou « higher »</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="266"/>
        <source>a list of source objects</source>
        <translation>une liste d&apos;objets source</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="272"/>
        <source>&quot;null&quot; or &quot;error&quot;</source>
        <translation>« null » ou « error »</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpifiware.cpp" line="282"/>
        <source>an ISO date and time</source>
        <translation>une date et heure ISO</translation>
    </message>
</context>
<context>
    <name>urbis::KpiHistogramPanel</name>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="45"/>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="65"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="81"/>
        <source>Range: %1 %2</source>
        <translation>Plage : %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpihistogrampanel.cpp" line="83"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiMapData</name>
    <message>
        <source>No dataset is called &quot;%1&quot;.</source>
        <translation type="vanished">Aucun jeu de données ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="41"/>
        <source>The map data has no field &quot;%1&quot;.</source>
        <translation>Les données cartographiques n&apos;ont pas de champ « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="150"/>
        <source>The map panel needs a dataset and a field to match the KPI&apos;s dimension values.</source>
        <translation>Le panneau de carte nécessite un jeu de données et un champ correspondant aux valeurs de dimension du KPI.</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpimapdata.cpp" line="165"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>urbis::KpiMapPanel</name>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="82"/>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="85"/>
        <source>The map dataset has no shapes.</source>
        <translation>Le jeu de données cartographique ne contient aucune géométrie.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpimappanel.cpp" line="200"/>
        <source>No value</source>
        <translation>Aucune valeur</translation>
    </message>
</context>
<context>
    <name>urbis::KpiNgsiLd</name>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="89"/>
        <source>kpiValue instance %1 is not an object</source>
        <translation>L&apos;instance kpiValue %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="91"/>
        <source>kpiValue instance %1: %2</source>
        <translation>Instance kpiValue %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="100"/>
        <source>kpiValue must be a list of Property instances</source>
        <translation>kpiValue doit être une liste d&apos;instances Property</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="110"/>
        <source>kpiValue entry %1 must be [value, observedAt]</source>
        <translation>L&apos;entrée kpiValue %1 doit être [value, observedAt]</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="114"/>
        <source>kpiValue entry %1: %2</source>
        <translation>Entrée kpiValue %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="127"/>
        <source>the value must be a number or &quot;%1&quot;</source>
        <translation>la valeur doit être un nombre ou « %1 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="132"/>
        <source>&quot;%1&quot; is not an ISO period (2023, 2023-01, 2023-W05, 2023-01-31)</source>
        <translation>« %1 » n&apos;est pas une période ISO (2023, 2023-01, 2023-W05, 2023-01-31)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="136"/>
        <source>neither urbis:period nor a valid observedAt</source>
        <translation>ni urbis:period ni observedAt valide</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="142"/>
        <source>urbis:status must be good, warn or bad</source>
        <translation>urbis:status doit valoir good, warn ou bad</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="233"/>
        <source>Expected an NGSI-LD entity or a list of entities</source>
        <translation>Une entité NGSI-LD ou une liste d&apos;entités est attendue</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="235"/>
        <source>The NGSI-LD document holds no entities</source>
        <translation>Le document NGSI-LD ne contient aucune entité</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="241"/>
        <source>Entity %1 is not a JSON object</source>
        <translation>L&apos;entité %1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="256"/>
        <source>Entity &quot;%1&quot; belongs to the KPI &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>L&apos;entité « %1 » appartient au KPI « %2 », et non à « %3 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="260"/>
        <source>NGSI-LD entity &quot;%1&quot;: urbis:dimensionValues must be an object</source>
        <translation>Entité NGSI-LD « %1 » : urbis:dimensionValues doit être un objet</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="265"/>
        <source>NGSI-LD entity &quot;%1&quot;: the value of dimension &quot;%2&quot; must be text</source>
        <translation>Entité NGSI-LD « %1 » : la valeur de la dimension « %2 » doit être du texte</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpingsild.cpp" line="273"/>
        <source>NGSI-LD entity &quot;%1&quot;: %2</source>
        <translation>Entité NGSI-LD « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPanelStyle</name>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="26"/>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="28"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="30"/>
        <source>Bad</source>
        <translation>Mauvais</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="31"/>
        <source>No status</source>
        <translation>Aucun statut</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="77"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="86"/>
        <source>Period: %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="89"/>
        <source>Value: %1</source>
        <translation>Valeur : %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="89"/>
        <source>No value</source>
        <translation>Aucune valeur</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelstyle.cpp" line="98"/>
        <source>No data for these filters</source>
        <translation>Aucune donnée pour ces filtres</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPanelWidget</name>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="87"/>
        <source>Panel</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="131"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="146"/>
        <source>Not shown: %1</source>
        <translation>Non affiché : %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="192"/>
        <source>Export panel as PNG…</source>
        <translation>Exporter le panneau en PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipanelwidget.cpp" line="193"/>
        <source>Export panel as SVG…</source>
        <translation>Exporter le panneau en SVG…</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPiePanel</name>
    <message>
        <location filename="../widgets/kpi/kpipiepanel.cpp" line="58"/>
        <source>Share: %1 %</source>
        <translation>Part : %1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipiepanel.cpp" line="76"/>
        <source>(%n value(s) without a slice)</source>
        <translation>
            <numerusform>(%n valeur sans secteur)</numerusform>
            <numerusform>(%n valeurs sans secteur)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiPlan</name>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="68"/>
        <source>%1 (at character %2)</source>
        <translation>%1 (au caractère %2)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="73"/>
        <source>the dimension &quot;%1&quot; is not a field of the source&apos;s data</source>
        <translation>la dimension « %1 » n&apos;est pas un champ des données de la source</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="76"/>
        <source>KPI &quot;%1&quot;: %2</source>
        <translation>KPI « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="97"/>
        <source>KPI &quot;%1&quot;: the time field &quot;%2&quot; is not in &quot;%3&quot;</source>
        <translation>KPI « %1 » : le champ temporel « %2 » n&apos;est pas dans « %3 »</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="137"/>
        <source>The data of &quot;%1&quot; is not on this computer: download it first</source>
        <translation>Les données de « %1 » ne sont pas sur cet ordinateur : téléchargez-les d&apos;abord</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="140"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="149"/>
        <source>&quot;%1&quot; has no column &quot;%2&quot; in its data</source>
        <translation>« %1 » n&apos;a pas de colonne « %2 » dans ses données</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="152"/>
        <source>KPI &quot;%1&quot;: &quot;%2&quot; lacks a dimension field (%3)</source>
        <translation>KPI « %1 » : il manque à « %2 » un champ de dimension (%3)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="156"/>
        <source>KPI &quot;%1&quot;: the datasets of one source differ in their time or dimension fields (&quot;%2&quot;)</source>
        <translation>KPI « %1 » : les jeux de données d&apos;une même source diffèrent par leurs champs temporels ou de dimension (« %2 »)</translation>
    </message>
    <message>
        <location filename="../core/kpi/kpiplan.cpp" line="182"/>
        <location filename="../core/kpi/kpiplan.cpp" line="187"/>
        <source>KPI &quot;%1&quot;, &quot;%2&quot;: %3</source>
        <translation>KPI « %1 », « %2 » : %3</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPreviewModel</name>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="67"/>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="69"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="71"/>
        <source>bad</source>
        <translation>mauvais</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="84"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="86"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="89"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="89"/>
        <source>Value (%1)</source>
        <translation>Valeur (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewmodel.cpp" line="91"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>urbis::KpiPreviewPane</name>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="42"/>
        <source>Preview values</source>
        <translation>Aperçu des valeurs</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="50"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="51"/>
        <source>Stop the preview evaluation</source>
        <translation>Arrêter l&apos;évaluation de l&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="54"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="55"/>
        <source>Evaluate the KPI again (F5)</source>
        <translation>Réévaluer le KPI (F5)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="59"/>
        <source>&lt;b&gt;Live preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu en direct&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="72"/>
        <source>The preview appears when the definition is complete.</source>
        <translation>L&apos;aperçu apparaît lorsque la définition est complète.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="117"/>
        <source>Preview cancelled.</source>
        <translation>Aperçu annulé.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="137"/>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="161"/>
        <source>The evaluation gave no result.</source>
        <translation>L&apos;évaluation n&apos;a donné aucun résultat.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="177"/>
        <source>No values: the sources have no facts for this formula.</source>
        <translation>Aucune valeur : les sources n&apos;ont aucun fait pour cette formule.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="179"/>
        <source>First %1 of %n value(s), %2 ms.</source>
        <translation>
            <numerusform>Les %1 premières valeurs sur %n, %2 ms.</numerusform>
            <numerusform>Les %1 premières valeurs sur %n, %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpipreviewpane.cpp" line="182"/>
        <source>%n value(s), %1 ms.</source>
        <translation>
            <numerusform>%n valeur, %1 ms.</numerusform>
            <numerusform>%n valeurs, %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::KpiPreviewSparkline</name>
    <message>
        <location filename="../widgets/kpi/kpipreviewsparkline.cpp" line="13"/>
        <source>Preview trend</source>
        <translation>Tendance de l&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpipreviewsparkline.cpp" line="40"/>
        <source>no values</source>
        <translation>aucune valeur</translation>
    </message>
</context>
<context>
    <name>urbis::KpiSourceResolver</name>
    <message>
        <location filename="../core/kpi/kpisourceresolver.cpp" line="21"/>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation>Aucun jeu de données n&apos;a l&apos;identifiant ou le titre exact « %1 »</translation>
    </message>
</context>
<context>
    <name>urbis::KpiSourcesEditor</name>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="22"/>
        <source>Air quality</source>
        <translation>Qualité de l&apos;air</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="22"/>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="23"/>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="23"/>
        <source>Waste</source>
        <translation>Déchets</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="24"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="24"/>
        <source>Climate</source>
        <translation>Climat</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="25"/>
        <source>Hazards</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="25"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="29"/>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="30"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="31"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="33"/>
        <source>…or every dataset of the catalog with</source>
        <translation>…ou tous les jeux de données du catalogue avec</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="38"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="39"/>
        <source>empty for the default source; e.g. pop</source>
        <translation>vide pour la source par défaut ; par ex. pop</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="44"/>
        <source>dataset title or id</source>
        <translation>titre ou identifiant du jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="49"/>
        <source>Datasets read as one table (rows are unioned). Delete removes the selected one.</source>
        <translation>Jeux de données lus comme une seule table (leurs lignes sont réunies). Suppr retire celui qui est sélectionné.</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="50"/>
        <source>(any)</source>
        <translation>(indifférent)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="53"/>
        <source>all cities</source>
        <translation>toutes les villes</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="54"/>
        <source>fields a dataset must have, comma separated</source>
        <translation>champs qu&apos;un jeu de données doit avoir, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="55"/>
        <source>first date field</source>
        <translation>premier champ de date</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="61"/>
        <source>Domain:</source>
        <translation>Domaine :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="62"/>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="63"/>
        <source>Required fields:</source>
        <translation>Champs obligatoires :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="66"/>
        <source>Alias:</source>
        <translation>Alias :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="67"/>
        <source>Datasets:</source>
        <translation>Jeux de données :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="70"/>
        <source>Time field:</source>
        <translation>Champ temporel :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="115"/>
        <source>%1 · %2 · id %3</source>
        <translation>%1 · %2 · identifiant %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="132"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="134"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="136"/>
        <source>%1 — all %2 datasets %3</source>
        <translation>%1 — tous les jeux de données du domaine %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="137"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpisourceseditor.cpp" line="138"/>
        <source>%1 — (no datasets yet)</source>
        <translation>%1 — (aucun jeu de données pour l&apos;instant)</translation>
    </message>
</context>
<context>
    <name>urbis::KpiStatPanel</name>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="93"/>
        <source>%1 %2 % vs %3</source>
        <translation>%1 %2 % par rapport à %3</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="113"/>
        <source>Target: %1 by %2</source>
        <translation>Objectif : %1 d&apos;ici %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="114"/>
        <source>Target: %1</source>
        <translation>Objectif : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/kpi/kpistatpanel.cpp" line="121"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
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
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitablemodel.cpp" line="116"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitablemodel.cpp" line="117"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>urbis::KpiTablePanel</name>
    <message>
        <location filename="../widgets/kpi/kpitablepanel.cpp" line="18"/>
        <source>Search rows…</source>
        <translation>Rechercher des lignes…</translation>
    </message>
</context>
<context>
    <name>urbis::KpiTargetsEditor</name>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="47"/>
        <source>Judgement</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="47"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="49"/>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="51"/>
        <source>Traffic light</source>
        <translation>Feux tricolores</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="56"/>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="59"/>
        <source>When the target should be reached</source>
        <translation>Date à laquelle l&apos;objectif doit être atteint</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="61"/>
        <source>no year</source>
        <translation>aucune année</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="62"/>
        <source>The year the baseline value describes</source>
        <translation>Année à laquelle se rapporte la valeur de référence</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="63"/>
        <source>Lower is better</source>
        <translation>Une valeur basse est meilleure</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="64"/>
        <source>Higher is better</source>
        <translation>Une valeur élevée est meilleure</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="66"/>
        <source>First band limit (lower is better: good up to here; higher is better: warning from here)</source>
        <translation>Premier seuil (valeur basse meilleure : bon jusqu&apos;ici ; valeur élevée meilleure : avertissement à partir d&apos;ici)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="68"/>
        <source>Second band limit (lower is better: warning up to here; higher is better: good from here)</source>
        <translation>Second seuil (valeur basse meilleure : avertissement jusqu&apos;ici ; valeur élevée meilleure : bon à partir d&apos;ici)</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="73"/>
        <source>how often it is recalculated</source>
        <translation>fréquence de recalcul</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="74"/>
        <source>No value for that period</source>
        <translation>Aucune valeur pour cette période</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="76"/>
        <source>Fail the evaluation</source>
        <translation>Faire échouer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="80"/>
        <source>by</source>
        <translation>d&apos;ici</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="81"/>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="82"/>
        <source>Direction:</source>
        <translation>Sens :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="83"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="84"/>
        <source>Frequency:</source>
        <translation>Fréquence :</translation>
    </message>
    <message>
        <location filename="../widgets/kpi/kpitargetseditor.cpp" line="85"/>
        <source>Division by zero:</source>
        <translation>Division par zéro :</translation>
    </message>
</context>
<context>
    <name>urbis::KpiWhatIfs</name>
    <message>
        <location filename="../core/sim/kpiwhatifs.cpp" line="14"/>
        <source>--what-if needs DRIVER:CHANGE:FROM[:UNTIL], e.g. traffic:-20%:2023-01-15 (got &quot;%1&quot;)</source>
        <translation>--what-if attend DRIVER:CHANGE:FROM[:UNTIL], par ex. traffic:-20%:2023-01-15 (reçu : « %1 »)</translation>
    </message>
    <message>
        <location filename="../core/sim/kpiwhatifs.cpp" line="49"/>
        <source>The driver %1 has no series for these dimensions: %2</source>
        <translation>Le facteur %1 n&apos;a pas de série pour ces dimensions : %2</translation>
    </message>
</context>
<context>
    <name>urbis::LayerPanel</name>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="28"/>
        <source>Map layers</source>
        <translation>Couches de la carte</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="32"/>
        <source>Move the layer up (Ctrl+Up)</source>
        <translation>Monter la couche (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="36"/>
        <source>Move the layer down (Ctrl+Down)</source>
        <translation>Descendre la couche (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="40"/>
        <source>&amp;Style…</source>
        <translation>&amp;Style…</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="41"/>
        <source>Colour the features by a field and label them</source>
        <translation>Colorer les entités selon un champ et les étiqueter</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="45"/>
        <source>Layer opacity</source>
        <translation>Opacité de la couche</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="46"/>
        <source>&amp;Opacity</source>
        <translation>&amp;Opacité</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="126"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
</context>
<context>
    <name>urbis::LayerStyleDialog</name>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="13"/>
        <source>Style of %1</source>
        <translation>Style de %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="16"/>
        <source>One colour</source>
        <translation>Une seule couleur</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="17"/>
        <source>No labels</source>
        <translation>Pas d’étiquettes</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="26"/>
        <source>&amp;Colour by:</source>
        <translation>&amp;Colorer selon :</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="27"/>
        <source>&amp;Labels:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
</context>
<context>
    <name>urbis::LayerTreeModel</name>
    <message>
        <location filename="../widgets/map/layertreemodel.cpp" line="111"/>
        <source>%1 (opacity %2 %)</source>
        <translation>%1 (opacité %2 %)</translation>
    </message>
</context>
<context>
    <name>urbis::LinearTrend</name>
    <message>
        <location filename="../core/sim/lineartrend.cpp" line="14"/>
        <source>A linear trend needs at least %1 values; the series has %2</source>
        <translation>Une tendance linéaire nécessite au moins %1 valeurs ; la série en a %2</translation>
    </message>
    <message>
        <location filename="../core/sim/lineartrend.cpp" line="32"/>
        <source>The values do not determine a line</source>
        <translation>Les valeurs ne déterminent pas une droite</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sim/lineartrend.cpp" line="59"/>
        <source>%n period(s) without a value were skipped by the trend fit.</source>
        <translation>
            <numerusform>%n période sans valeur a été ignorée par l&apos;ajustement de tendance.</numerusform>
            <numerusform>%n périodes sans valeur ont été ignorées par l&apos;ajustement de tendance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::LocalObjectStore</name>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="34"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="37"/>
        <source>Read failed</source>
        <translation>Échec de la lecture</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="89"/>
        <location filename="../core/storage/localobjectstore.cpp" line="134"/>
        <location filename="../core/storage/localobjectstore.cpp" line="254"/>
        <source>Cannot lock the object store %1</source>
        <translation>Impossible de verrouiller le magasin d&apos;objets %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="95"/>
        <location filename="../core/storage/localobjectstore.cpp" line="140"/>
        <source>Cannot create folder in %1</source>
        <translation>Impossible de créer un dossier dans %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="106"/>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="113"/>
        <source>Cannot flush %1</source>
        <translation>Impossible de synchroniser %1 sur le disque</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="151"/>
        <source>%1 is on another file system</source>
        <translation>%1 se trouve sur un autre système de fichiers</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="152"/>
        <source>Cannot move %1 into the object store</source>
        <translation>Impossible de déplacer %1 dans le stockage d&apos;objets</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="164"/>
        <location filename="../core/storage/localobjectstore.cpp" line="171"/>
        <location filename="../core/storage/localobjectstore.cpp" line="185"/>
        <location filename="../core/storage/localobjectstore.cpp" line="204"/>
        <location filename="../core/storage/localobjectstore.cpp" line="220"/>
        <source>No object %1</source>
        <translation>Aucun objet %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="174"/>
        <location filename="../core/storage/localobjectstore.cpp" line="188"/>
        <location filename="../core/storage/localobjectstore.cpp" line="207"/>
        <source>Cannot read object %1</source>
        <translation>Impossible de lire l&apos;objet %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="178"/>
        <location filename="../core/storage/localobjectstore.cpp" line="197"/>
        <location filename="../core/storage/localobjectstore.cpp" line="213"/>
        <source>Object %1 is corrupt: its content hashes to %2</source>
        <translation>L&apos;objet %1 est corrompu : l&apos;empreinte de son contenu est %2</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="222"/>
        <source>Cannot remove object %1</source>
        <translation>Impossible de supprimer l&apos;objet %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="250"/>
        <source>Garbage collection cancelled</source>
        <translation>Nettoyage des objets inutilisés annulé</translation>
    </message>
</context>
<context>
    <name>urbis::MBTilesLayer</name>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="24"/>
        <source>No MBTiles file at %1</source>
        <translation>Aucun fichier MBTiles à l&apos;emplacement %1</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="30"/>
        <source>%1 is not an MBTiles file</source>
        <translation>%1 n&apos;est pas un fichier MBTiles</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="35"/>
        <source>%1 has no tiles table</source>
        <translation>%1 n&apos;a pas de table tiles</translation>
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
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="63"/>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="66"/>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="70"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="75"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="76"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="77"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="78"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="85"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="94"/>
        <source>Data: %1</source>
        <translation>Données : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="120"/>
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="134"/>
        <source>Import the changed file with the title &quot;%1&quot;: it becomes the next version</source>
        <translation>Importer le fichier modifié avec le titre « %1 » : il devient la version suivante</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>Streams (%1)</source>
        <translation>Flux (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="192"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="194"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="195"/>
        <source>Preview, validate and import files into the catalog</source>
        <translation>Prévisualiser, valider et importer des fichiers dans le catalogue</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="196"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="202"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="205"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="206"/>
        <source>&amp;Search the catalog</source>
        <translation>&amp;Rechercher dans le catalogue</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="210"/>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="212"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="213"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Tableaux de bord</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="215"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="216"/>
        <source>&amp;Streams</source>
        <translation>&amp;Flux</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="218"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="219"/>
        <source>Live feeds: connections, charts, alerts and recording</source>
        <translation>Flux en direct : connexions, graphiques, alertes et enregistrement</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="220"/>
        <source>S&amp;cenarios</source>
        <translation>Scé&amp;narios</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="222"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="223"/>
        <source>Wildfire and flood scenarios: run, replay on the map, compare</source>
        <translation>Scénarios de feu de forêt et d&apos;inondation : exécuter, rejouer sur la carte, comparer</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="225"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="228"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;arrière</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231"/>
        <source>Zoom to the &amp;selected dataset</source>
        <translation>Zoomer sur le jeu de données &amp;sélectionné</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="234"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="235"/>
        <source>Show the selected dataset on the &amp;map</source>
        <translation>Afficher le jeu de données sélectionné sur la &amp;carte</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="238"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="246"/>
        <source>&amp;Layer</source>
        <translation>&amp;Couche</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="247"/>
        <source>Add &amp;file layer…</source>
        <translation>Ajouter une couche depuis un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="249"/>
        <source>Add a layer</source>
        <translation>Ajouter une couche</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="335"/>
        <source>Recover interrupted recordings</source>
        <translation>Récupérer les enregistrements interrompus</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="339"/>
        <source>Recovered recordings: %1</source>
        <translation>Enregistrements récupérés : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="552"/>
        <source>The data is on this computer now</source>
        <translation>Les données sont maintenant sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="555"/>
        <source>Downloading the data…</source>
        <translation>Téléchargement des données…</translation>
    </message>
    <message>
        <source>Downloading the data from %1…</source>
        <translation type="vanished">Téléchargement des données depuis %1…</translation>
    </message>
    <message>
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;All files (*)</source>
        <translation type="vanished">Géodonnées (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="250"/>
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;All files (*)</source>
        <translation>Géodonnées (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="vanished">%1 ajouté</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation type="vanished">Impossible d’ajouter %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="256"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="257"/>
        <source>Add &amp;tile layer (XYZ)…</source>
        <translation>Ajouter une couche de &amp;tuiles (XYZ)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259"/>
        <source>Add a tile layer</source>
        <translation>Ajouter une couche de tuiles</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="260"/>
        <source>Tile address with {z}, {x} and {y} (tiles are cached for offline use):</source>
        <translation>Adresse des tuiles avec {z}, {x} et {y} (les tuiles sont mises en cache pour l’usage hors ligne) :</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="271"/>
        <source>Work &amp;offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="274"/>
        <source>Tile layers show only cached tiles and download nothing</source>
        <translation>Les couches de tuiles n’affichent que les tuiles en cache et ne téléchargent rien</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="277"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="278"/>
        <source>Create &amp;demo datasets</source>
        <translation>Créer des jeux de données de dé&amp;mo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="280"/>
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>Ajouter de petits jeux de données synthétiques pour les villes CLIMABOROUGH à cet espace de travail</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="281"/>
        <source>&amp;Clean up object store</source>
        <translation>&amp;Nettoyer le stockage d&apos;objets</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="283"/>
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Supprimer les fichiers stockés auxquels plus aucun enregistrement du catalogue ne fait référence</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="290"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="291"/>
        <source>&amp;About Urbis</source>
        <translation>À &amp;propos d&apos;Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="370"/>
        <source>&quot;%1&quot; has no vector data to draw; its footprint is shown</source>
        <translation>« %1 » n&apos;a pas de données vecteur à dessiner ; son emprise est affichée</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="115"/>
        <source>&quot;%1&quot; is on the map</source>
        <translation>« %1 » est sur la carte</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117"/>
        <source>Cannot draw &quot;%1&quot;: %2</source>
        <translation>Impossible de dessiner « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="430"/>
        <source>Create demo datasets</source>
        <translation>Créer des jeux de données de démo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="437"/>
        <source>Created: %1, already present: %2</source>
        <translation>Créés : %1, déjà présents : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="448"/>
        <source>Clean up object store</source>
        <translation>Nettoyer le stockage d&apos;objets</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="455"/>
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>Fichiers non référencés supprimés : %1, espace libéré : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="466"/>
        <source>Started: %1</source>
        <translation>Démarrée : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="474"/>
        <source>Finished: %1</source>
        <translation>Terminée : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="476"/>
        <source>Failed: %1 — %2</source>
        <translation>Échec : %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="486"/>
        <source>1 dataset in the catalog</source>
        <translation>1 jeu de données dans le catalogue</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="487"/>
        <source>%n datasets in the catalog</source>
        <translation>
            <numerusform>%n jeu de données dans le catalogue</numerusform>
            <numerusform>%n jeux de données dans le catalogue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::MapCanvas</name>
    <message>
        <location filename="../widgets/map/mapcanvas.cpp" line="31"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
</context>
<context>
    <name>urbis::MapView</name>
    <message>
        <location filename="../app/gui/mapview.cpp" line="116"/>
        <source>The address needs {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>L’adresse doit contenir {z}, {x} et {y}, par ex. https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
</context>
<context>
    <name>urbis::MercatorRaster</name>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="47"/>
        <source>Cannot open %1 as a raster</source>
        <translation>Impossible d&apos;ouvrir %1 en tant que raster</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="49"/>
        <source>%1 has no band %2</source>
        <translation>%1 n&apos;a pas de bande %2</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="56"/>
        <location filename="../core/geo/mercatorraster.cpp" line="83"/>
        <source>Reading %1 failed</source>
        <translation>La lecture de %1 a échoué</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="68"/>
        <source>Cannot project %1 to web mercator</source>
        <translation>Impossible de projeter %1 en Web Mercator</translation>
    </message>
</context>
<context>
    <name>urbis::MessageParser</name>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="96"/>
        <source>The message has %1 bytes, more than the limit of %2</source>
        <translation>Le message fait %1 octets, au-delà de la limite de %2</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="103"/>
        <source>Malformed JSON at byte %1: %2</source>
        <translation>JSON mal formé à l&apos;octet %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="110"/>
        <source>An NGSI-LD notification without a &quot;data&quot; list</source>
        <translation>Une notification NGSI-LD sans liste « data »</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="116"/>
        <source>Entity %1 of the notification is not an object</source>
        <translation>L&apos;entité %1 de la notification n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="129"/>
        <source>Item %1 of the list is not an object</source>
        <translation>L&apos;élément %1 de la liste n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/stream/messageparser.cpp" line="136"/>
        <source>The message is JSON but neither an object nor a list of objects</source>
        <translation>Le message est du JSON mais n&apos;est ni un objet ni une liste d&apos;objets</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataExtractor</name>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="100"/>
        <source>Cannot open the GeoPackage %1</source>
        <translation>Impossible d&apos;ouvrir le GeoPackage %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="104"/>
        <source>The GeoPackage has no layer %1</source>
        <translation>Le GeoPackage n&apos;a pas de couche %1</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataForm</name>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="14"/>
        <source>Required: how the dataset is listed in the catalog</source>
        <translation>Obligatoire : nom du jeu de données dans le catalogue</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="21"/>
        <source>e.g. Athens</source>
        <translation>par ex. Athènes</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="32"/>
        <source>SPDX id or URL</source>
        <translation>Identifiant SPDX ou URL</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="35"/>
        <source>Who or what produced the data</source>
        <translation>Qui ou quoi a produit les données</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="39"/>
        <source>&amp;Title *</source>
        <translation>&amp;Titre *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="40"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="41"/>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="42"/>
        <source>Do&amp;main *</source>
        <translation>Do&amp;maine *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="43"/>
        <source>&amp;License</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="44"/>
        <source>S&amp;ource</source>
        <translation>S&amp;ource</translation>
    </message>
</context>
<context>
    <name>urbis::MqttSource</name>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="20"/>
        <source>The broker refused the login: check the user name and password</source>
        <translation>Le broker a refusé l&apos;authentification : vérifiez le nom d&apos;utilisateur et le mot de passe</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="22"/>
        <source>The broker refused the connection: %1</source>
        <translation>Le broker a refusé la connexion : %1</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="27"/>
        <source>%1 refused the connection: is the broker running?</source>
        <translation>%1 a refusé la connexion : le broker est-il démarré ?</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="28"/>
        <location filename="../core/stream/mqttsource.cpp" line="45"/>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="31"/>
        <source>Host %1 not found: check the address</source>
        <translation>Hôte %1 introuvable : vérifiez l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="33"/>
        <source>Secure connection to %1 failed: a private broker needs its CA certificate in the CA file</source>
        <translation>La connexion sécurisée à %1 a échoué : un broker privé nécessite son certificat d&apos;AC dans le fichier d&apos;AC</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="37"/>
        <source>No answer from the broker for %1 s: the link is dead, reconnecting</source>
        <translation>Aucune réponse du broker depuis %1 s : la liaison est rompue, reconnexion en cours</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="40"/>
        <source>No answer from %1 within %2 s</source>
        <translation>Aucune réponse de %1 dans les %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="43"/>
        <source>The connection to %1 was lost</source>
        <translation>La connexion à %1 a été perdue</translation>
    </message>
    <message>
        <location filename="../core/stream/mqttsource.cpp" line="132"/>
        <source>The broker refused the subscription to &quot;%1&quot;</source>
        <translation>Le broker a refusé l&apos;abonnement à « %1 »</translation>
    </message>
</context>
<context>
    <name>urbis::Normalizer</name>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="98"/>
        <source>GDAL cannot read %1 as a raster</source>
        <translation>GDAL ne peut pas lire %1 comme raster</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="112"/>
        <location filename="../core/ingest/normalizer.cpp" line="126"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="113"/>
        <source>Cannot convert %1 to GeoTIFF</source>
        <translation>Impossible de convertir %1 en GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="127"/>
        <source>Cannot build the overviews of %1</source>
        <translation>Impossible de construire les pyramides de %1</translation>
    </message>
</context>
<context>
    <name>urbis::ObjectStore</name>
    <message>
        <location filename="../core/storage/objectstore.cpp" line="21"/>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
</context>
<context>
    <name>urbis::OgrSource</name>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="205"/>
        <source>The %1 is truncated or corrupt: row %2 cannot be read</source>
        <translation>Le fichier %1 est tronqué ou corrompu : la ligne %2 ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="239"/>
        <source>The zip archive %1 is truncated or corrupt</source>
        <translation>L&apos;archive zip %1 est tronquée ou corrompue</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="263"/>
        <source>The zip archive holds no layer %1</source>
        <translation>L&apos;archive zip ne contient pas de couche %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="266"/>
        <source>The zip archive %1 holds no vector data (no Shapefile, GeoPackage, GeoJSON, KML or GML)</source>
        <translation>L&apos;archive zip %1 ne contient pas de données vectorielles (ni Shapefile, ni GeoPackage, ni GeoJSON, ni KML, ni GML)</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="278"/>
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>Impossible d&apos;ouvrir %1 : le fichier n&apos;existe pas ou n&apos;est pas lisible</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="306"/>
        <source>%1 cannot be read: it is not a valid .%2 file, or it is truncated or corrupt</source>
        <translation>%1 ne peut pas être lu : ce n&apos;est pas un fichier .%2 valide, ou il est tronqué ou corrompu</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="308"/>
        <source>%1 is not a vector format GDAL can read</source>
        <translation>%1 n&apos;est pas un format vecteur lisible par GDAL</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="314"/>
        <source>%1 has no layer %2</source>
        <translation>%1 n&apos;a pas de couche %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="319"/>
        <source>%1 holds no vector layer</source>
        <translation>%1 ne contient aucune couche vecteur</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="331"/>
        <source>%1 is truncated or corrupt</source>
        <translation>%1 est tronqué ou corrompu</translation>
    </message>
</context>
<context>
    <name>urbis::OptionalChecks</name>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="38"/>
        <source>The check &quot;%1&quot; cannot run: %2</source>
        <translation>La vérification « %1 » ne peut pas s&apos;exécuter : %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="181"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 is not sequential</source>
        <translation>La cellule « %1 » de la ligne à la position %2 et du champ « %3 » à la position %4 n&apos;est pas séquentielle</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="201"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 is probably truncated</source>
        <translation>La cellule « %1 » de la ligne à la position %2 et du champ « %3 » à la position %4 est probablement tronquée</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="215"/>
        <source>The cell &quot;%1&quot; in row at position %2 and field &quot;%3&quot; at position %4 holds a forbidden value</source>
        <translation>La cellule « %1 » de la ligne à la position %2 et du champ « %3 » à la position %4 contient une valeur interdite</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="260"/>
        <source>There is a possible error because the value is deviated: %1</source>
        <translation>Erreur possible, car la valeur s&apos;écarte : %1</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewPage</name>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="25"/>
        <source>Format: %1 (%2)</source>
        <translation>Format : %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/previewpage.cpp" line="26"/>
        <source>Size: %1 × %2 pixels, %n band(s)</source>
        <translation>
            <numerusform>Taille : %1 × %2 pixels, %n bande</numerusform>
            <numerusform>Taille : %1 × %2 pixels, %n bandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="27"/>
        <source>Band types: %1</source>
        <translation>Types de bande : %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28"/>
        <source>CRS: %1</source>
        <translation>SCR : %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28"/>
        <source>not georeferenced</source>
        <translation>non géoréférencé</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="30"/>
        <source>Extent (WGS84): %1, %2 — %3, %4</source>
        <translation>Emprise (WGS84) : %1, %2 — %3, %4</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="33"/>
        <source>No-data value: %1</source>
        <translation>Valeur NoData : %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="35"/>
        <source>GPS position: %1, %2</source>
        <translation>Position GPS : %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="37"/>
        <source>Taken at: %1</source>
        <translation>Date de prise de vue : %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="45"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="46"/>
        <source>The first rows of the file, with the type detected for each column. Check that the columns were split correctly.</source>
        <translation>Les premières lignes du fichier, avec le type détecté pour chaque colonne. Vérifiez que les colonnes ont été correctement séparées.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="101"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="126"/>
        <source>Nothing to show: %1</source>
        <translation>Rien à afficher : %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="135"/>
        <source>%1 is a raster: it is imported as a tiled GeoTIFF; there are no rows to check.</source>
        <translation>%1 est un raster : il est importé en GeoTIFF tuilé ; il n&apos;y a pas de lignes à vérifier.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="143"/>
        <source>%1 · %2 fields · showing the first %3 rows (the file has more)</source>
        <translation>%1 · %2 champs · affichage des %3 premières lignes (le fichier en contient davantage)</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="144"/>
        <source>%1 · %2 fields · %3 rows</source>
        <translation>%1 · %2 champs · %3 lignes</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="148"/>
        <source>· types detected from a sample</source>
        <translation>· types détectés sur un échantillon</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewRowsModel</name>
    <message>
        <location filename="../widgets/import/previewrowsmodel.cpp" line="100"/>
        <source>%1: detected %2 (%3 of %4 cells fit)</source>
        <translation>%1 : %2 détecté (%3 cellules conformes sur %4)</translation>
    </message>
</context>
<context>
    <name>urbis::RTreeBulkLoad</name>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="154"/>
        <source>The R*Tree %1 has no root node</source>
        <translation>Le R*Tree %1 n&apos;a pas de nœud racine</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="159"/>
        <source>The R*Tree %1 has a root node of %2 bytes</source>
        <translation>Le R*Tree %1 a un nœud racine de %2 octets</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="161"/>
        <location filename="../core/ingest/rtreebulkload.cpp" line="167"/>
        <source>The R*Tree %1 is not empty</source>
        <translation>Le R*Tree %1 n&apos;est pas vide</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="191"/>
        <source>Too many entries for the R*Tree %1</source>
        <translation>Trop d&apos;entrées pour le R*Tree %1</translation>
    </message>
</context>
<context>
    <name>urbis::RasterProbe</name>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="139"/>
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>Impossible d&apos;ouvrir %1 : le fichier n&apos;existe pas ou n&apos;est pas lisible</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="148"/>
        <source>%1 is a raster GDAL knows but cannot read (truncated or corrupt?)</source>
        <translation>%1 est un raster connu de GDAL mais illisible (tronqué ou corrompu ?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="150"/>
        <source>%1 is not a raster format GDAL can read</source>
        <translation>%1 n&apos;est pas un format raster lisible par GDAL</translation>
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
        <translation>TITRE</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53"/>
        <source>CITY</source>
        <translation>VILLE</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54"/>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54"/>
        <source>PERIOD</source>
        <translation>PÉRIODE</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/recordprinter.cpp" line="58"/>
        <source>%n dataset(s) shown of %1 matching</source>
        <translation>
            <numerusform>%n jeu de données affiché sur %1 correspondants</numerusform>
            <numerusform>%n jeux de données affichés sur %1 correspondants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="68"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="69"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="70"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="71"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="72"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="73"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="74"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="75"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="76"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="77"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="78"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="79"/>
        <source>CRS</source>
        <translation>SCR</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="80"/>
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81"/>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="82"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="83"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="84"/>
        <source> (previous %1)</source>
        <translation> (précédente %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="85"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="86"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="88"/>
        <source>Fields:</source>
        <translation>Champs :</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="93"/>
        <source>History:</source>
        <translation>Historique :</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="33"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="35"/>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="37"/>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="62"/>
        <source>W %1, S %2, E %3, N %4</source>
        <translation>O %1, S %2, E %3, N %4</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="73"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="75"/>
        <source>warnings</source>
        <translation>avertissements</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="77"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="81"/>
        <source>not validated</source>
        <translation>non validé</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="88"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="93"/>
        <source>unknown profile</source>
        <translation>profil inconnu</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="94"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="105"/>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="115"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="116"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="117"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="118"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="119"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="120"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="121"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="122"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="123"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="124"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="125"/>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="126"/>
        <source>Temporal extent</source>
        <translation>Étendue temporelle</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="127"/>
        <source>Bounding box</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="128"/>
        <source>CRS</source>
        <translation>SCR</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="129"/>
        <source>Features / rows</source>
        <translation>Entités / lignes</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="130"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="131"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="132"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="133"/>
        <source>Stored files</source>
        <translation>Fichiers stockés</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="134"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>urbis::RecordValidator</name>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="17"/>
        <source>A title is required</source>
        <translation>Un titre est obligatoire</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="19"/>
        <source>A description is required</source>
        <translation>Une description est obligatoire</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="21"/>
        <source>A license is required (an SPDX id such as CC-BY-4.0, or a URL)</source>
        <translation>Une licence est obligatoire (un identifiant SPDX tel que CC-BY-4.0, ou une URL)</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="23"/>
        <source>A source is required (who or what produced the data)</source>
        <translation>Une source est obligatoire (qui ou quoi a produit les données)</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingCompletion</name>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="23"/>
        <location filename="../core/stream/recordingcompletion.cpp" line="34"/>
        <source>Cannot read the recording %1</source>
        <translation>Impossible de lire l&apos;enregistrement %1</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="26"/>
        <source>Cannot flush the recording %1</source>
        <translation>Impossible d&apos;écrire l&apos;enregistrement %1 sur le disque</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="80"/>
        <location filename="../core/stream/recordingcompletion.cpp" line="101"/>
        <source>The data of the recording &quot;%1&quot; is missing</source>
        <translation>Les données de l&apos;enregistrement « %1 » sont manquantes</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingcompletion.cpp" line="114"/>
        <source>The recording &quot;%1&quot; was deleted from the catalog</source>
        <translation>L&apos;enregistrement « %1 » a été supprimé du catalogue</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingFile</name>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="76"/>
        <location filename="../core/stream/recordingfile.cpp" line="81"/>
        <source>Cannot prepare the recording&apos;s insert</source>
        <translation>Impossible de préparer l&apos;insertion dans l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="88"/>
        <source>The recording is closed already</source>
        <translation>L&apos;enregistrement est déjà fermé</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="130"/>
        <source>The recording %1 exists already</source>
        <translation>L&apos;enregistrement %1 existe déjà</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="163"/>
        <source>The recording %1 is missing</source>
        <translation>L&apos;enregistrement %1 est manquant</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="240"/>
        <source>Cannot write a row of the recording</source>
        <translation>Impossible d&apos;écrire une ligne de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingfile.cpp" line="258"/>
        <source>Cannot write a gap of the recording</source>
        <translation>Impossible d&apos;écrire une interruption de l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingLayout</name>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="66"/>
        <source>Time of the reading (UTC)</source>
        <translation>Heure de la mesure (UTC)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="70"/>
        <source>Station or entity that sent the reading</source>
        <translation>Station ou entité ayant envoyé la mesure</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="73"/>
        <source>Latitude (WGS84)</source>
        <translation>Latitude (WGS84)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="76"/>
        <source>Longitude (WGS84)</source>
        <translation>Longitude (WGS84)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="86"/>
        <source>When this computer received the message (UTC)</source>
        <translation>Moment où cet ordinateur a reçu le message (UTC)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="119"/>
        <source>The layout of a recording has a bad column (%1, %2)</source>
        <translation>La structure d&apos;un enregistrement a une colonne incorrecte (%1, %2)</translation>
    </message>
    <message>
        <location filename="../core/stream/recordinglayout.cpp" line="126"/>
        <source>The layout of a recording has no time or id column</source>
        <translation>La structure d&apos;un enregistrement n&apos;a pas de colonne d&apos;heure ou d&apos;identifiant</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingSchema</name>
    <message>
        <location filename="../core/stream/recordingschema.cpp" line="89"/>
        <source>Times the stream was down</source>
        <translation>Périodes où le flux était interrompu</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingschema.cpp" line="114"/>
        <source>The recording has points but no lat/lon columns</source>
        <translation>L&apos;enregistrement contient des points mais pas de colonnes lat/lon</translation>
    </message>
</context>
<context>
    <name>urbis::RecordingState</name>
    <message>
        <location filename="../core/stream/recordingstate.cpp" line="16"/>
        <source>Cannot read the recording state %1</source>
        <translation>Impossible de lire l&apos;état d&apos;enregistrement %1</translation>
    </message>
    <message>
        <location filename="../core/stream/recordingstate.cpp" line="21"/>
        <source>The recording state %1 is not JSON</source>
        <translation>L&apos;état d&apos;enregistrement %1 n&apos;est pas du JSON</translation>
    </message>
</context>
<context>
    <name>urbis::RejectedMessagesModel</name>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="98"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="100"/>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="102"/>
        <source>Why it was dropped</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location filename="../widgets/stream/rejectedmessagesmodel.cpp" line="104"/>
        <source>Message (first bytes)</source>
        <translation>Message (premiers octets)</translation>
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
        <translation type="vanished">usage : urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                           [--virtual-host] [--replace]
        urbis remote list
        urbis remote remove NAME
        urbis remote test NAME      joindre le bucket avec les clés qu&apos;utiliserait la synchronisation
clés d&apos;accès : trousseau du système, sinon AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (et AWS_SESSION_TOKEN)</translation>
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
        <translation>usage : urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                         [--virtual-host] [--sse AES256|aws:kms] [--ca-bundle PEM] [--replace]
        urbis remote list
        urbis remote remove NAME
        urbis remote test NAME      joindre le bucket avec les clés qu&apos;utiliserait la synchronisation
clés d&apos;accès : trousseau du système, sinon AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (et AWS_SESSION_TOKEN) ;
SSE-C : URBIS_SSE_CUSTOMER_KEY (clé de 32 octets encodée en base64)</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="46"/>
        <source>Remote &quot;%1&quot; removed</source>
        <translation>Stockage distant « %1 » supprimé</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49"/>
        <source>remote needs add, list, remove or test</source>
        <translation>remote attend add, list, remove ou test</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49"/>
        <source>unknown use of remote: %1</source>
        <translation>usage inconnu de remote : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="57"/>
        <source>remote add needs a NAME, --endpoint and --bucket</source>
        <translation>remote add attend un NAME, --endpoint et --bucket</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="75"/>
        <source>Remote &quot;%1&quot; added: %2, bucket %3</source>
        <translation>Stockage distant « %1 » ajouté : %2, bucket %3</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="98"/>
        <source>No remotes yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Aucun stockage distant pour l&apos;instant : urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="128"/>
        <source>%1: bucket %2 reachable (keys from the %3)</source>
        <translation>%1 : bucket %2 joignable (source des clés : %3)</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteCredentials</name>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="44"/>
        <source>No keys for &quot;%1&quot; in the keyring</source>
        <translation>Aucune clé d&apos;accès pour « %1 » dans le trousseau</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="49"/>
        <source>The keyring entry of &quot;%1&quot; is incomplete</source>
        <translation>L&apos;entrée du trousseau pour « %1 » est incomplète</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="58"/>
        <source>No keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Aucune clé d&apos;accès : définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="70"/>
        <source>No keys for the remote &quot;%1&quot;: store them in the keyring (remote settings) or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Aucune clé d&apos;accès pour le stockage distant « %1 » : enregistrez-les dans le trousseau (paramètres du stockage distant) ou définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="91"/>
        <source>The keys could not be stored in the keyring</source>
        <translation>Les clés d&apos;accès n&apos;ont pas pu être enregistrées dans le trousseau</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteDialog</name>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="43"/>
        <source>&amp;Path-style addresses (MinIO, Ceph, s3rver)</source>
        <translation>Adresses de type &amp;chemin (MinIO, Ceph, s3rver)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="46"/>
        <location filename="../widgets/sync/remotedialog.cpp" line="207"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="52"/>
        <source>Add remote</source>
        <translation>Ajouter un stockage distant</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="53"/>
        <source>e.g. city-minio</source>
        <translation>par ex. city-minio</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="54"/>
        <source>https://minio.example.org:9000</source>
        <translation>https://minio.example.org:9000</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="56"/>
        <source>e.g. urbis-catalog</source>
        <translation>par ex. urbis-catalog</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="57"/>
        <source>optional, e.g. city/air/</source>
        <translation>facultatif, par ex. city/air/</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="61"/>
        <source>Address objects as endpoint/bucket/key; AWS also accepts bucket.endpoint/key</source>
        <translation>Adresser les objets sous la forme endpoint/bucket/clé ; AWS accepte aussi bucket.endpoint/clé</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="64"/>
        <location filename="../widgets/sync/remotedialog.cpp" line="65"/>
        <source>leave empty to keep the stored keys</source>
        <translation>laisser vide pour conserver les clés enregistrées</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="69"/>
        <source>List the bucket once with these settings and keys</source>
        <translation>Lister une fois le bucket avec ces paramètres et ces clés</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="80"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="81"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Point de terminaison :</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="82"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="83"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket :</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="84"/>
        <source>Key p&amp;refix:</source>
        <translation>Pré&amp;fixe de clé :</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="86"/>
        <source>&amp;Access key:</source>
        <translation>Clé d&apos;&amp;accès :</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="87"/>
        <source>&amp;Secret key:</source>
        <translation>Clé &amp;secrète :</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="114"/>
        <source>Edit remote &quot;%1&quot;</source>
        <translation>Modifier le stockage distant « %1 »</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="165"/>
        <source>Keys are kept in the system keyring, never in settings files. Leave them empty to use keys stored earlier or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment.</source>
        <translation>Les clés sont conservées dans le trousseau du système, jamais dans des fichiers de paramètres. Laissez-les vides pour utiliser des clés enregistrées auparavant ou AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY de l&apos;environnement.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="169"/>
        <source>AWS_ACCESS_KEY_ID is set here: the environment&apos;s keys are used first.</source>
        <translation>AWS_ACCESS_KEY_ID est défini ici : les clés de l&apos;environnement sont utilisées en priorité.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="179"/>
        <source>Enter both keys, or neither to use the stored keys or the environment</source>
        <translation>Saisissez les deux clés, ou aucune pour utiliser les clés enregistrées ou l&apos;environnement</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="194"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="207"/>
        <source>Cancel &amp;test</source>
        <translation>Annuler le &amp;test</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="234"/>
        <source>Saving the keys in the keyring…</source>
        <translation>Enregistrement des clés dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="252"/>
        <source>No keyring is available here, so the keys were not saved. Urbis will use AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from the environment. Press OK to save the remote without keys.</source>
        <translation>Aucun trousseau n&apos;est disponible ici, les clés n&apos;ont donc pas été enregistrées. Urbis utilisera AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY de l&apos;environnement. Cliquez sur OK pour enregistrer le stockage distant sans clés.</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListModel</name>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="56"/>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="69"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="72"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="94"/>
        <source>Datasets changed here and not yet pushed</source>
        <translation>Jeux de données modifiés ici et pas encore envoyés</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="117"/>
        <source>Remote</source>
        <translation>Stockage distant</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="119"/>
        <source>Endpoint / bucket</source>
        <translation>Point de terminaison / bucket</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="121"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="123"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="125"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListView</name>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="29"/>
        <source>Filter remotes</source>
        <translation>Filtrer les stockages distants</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="41"/>
        <source>Remotes</source>
        <translation>Stockages distants</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="44"/>
        <source>No remote yet — Add remote… to share this catalog through S3/MinIO</source>
        <translation>Aucun stockage distant pour l&apos;instant — utilisez « Ajouter un stockage distant… » pour partager ce catalogue via S3/MinIO</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="47"/>
        <source>Add remote…</source>
        <translation>Ajouter un stockage distant…</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteOverview</name>
    <message>
        <location filename="../widgets/sync/remoteoverview.cpp" line="25"/>
        <source>Status unknown: %1</source>
        <translation>État inconnu : %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfile</name>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="15"/>
        <source>The remote name &quot;%1&quot; is not valid: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64)</source>
        <translation>Le nom de stockage distant « %1 » n&apos;est pas valide : utilisez des lettres, des chiffres, « . », « _ » ou « - » (64 au maximum)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="18"/>
        <source>The endpoint &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>Le point de terminaison « %1 » n&apos;est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="21"/>
        <source>The bucket name &quot;%1&quot; is not valid: 3 to 63 lower-case letters, digits, &apos;.&apos; or &apos;-&apos;</source>
        <translation>Le nom de bucket « %1 » n&apos;est pas valide : 3 à 63 lettres minuscules, chiffres, « . » ou « - »</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="23"/>
        <source>The region is empty</source>
        <translation>La région est vide</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="26"/>
        <source>Server-side encryption &quot;%1&quot; is not known: use AES256 or aws:kms</source>
        <translation>Le chiffrement côté serveur « %1 » est inconnu : utilisez AES256 ou aws:kms</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="28"/>
        <source>No PEM certificate could be read from %1</source>
        <translation>Aucun certificat PEM n&apos;a pu être lu depuis %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfiles</name>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="27"/>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="31"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="47"/>
        <source>There is no remote &quot;%1&quot; (urbis remote list shows them)</source>
        <translation>Il n&apos;existe aucun stockage distant « %1 » (urbis remote list les affiche)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="59"/>
        <source>A remote named &quot;%1&quot; exists already</source>
        <translation>Un stockage distant nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="75"/>
        <source>There is no remote &quot;%1&quot;</source>
        <translation>Il n&apos;existe aucun stockage distant « %1 »</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteScan</name>
    <message>
        <location filename="../core/storage/sync/remotescan.cpp" line="32"/>
        <source>Sync cancelled</source>
        <translation>Synchronisation annulée</translation>
    </message>
</context>
<context>
    <name>urbis::ReplayReadAhead</name>
    <message>
        <location filename="../core/stream/replayreadahead.cpp" line="77"/>
        <location filename="../core/stream/replayreadahead.cpp" line="100"/>
        <source>Cannot read the rows to replay</source>
        <translation>Impossible de lire les lignes à rejouer</translation>
    </message>
</context>
<context>
    <name>urbis::ReplayServer</name>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="89"/>
        <source>&quot;%1&quot; is not an IP address to listen on</source>
        <translation>« %1 » n&apos;est pas une adresse IP d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="92"/>
        <source>Cannot listen on %1 port %2</source>
        <translation>Impossible d&apos;écouter sur %1 port %2</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="135"/>
        <source>closed by the client</source>
        <translation>fermé par le client</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="142"/>
        <location filename="../core/stream/replayserver.cpp" line="225"/>
        <source>The replay has ended</source>
        <translation>La relecture est terminée</translation>
    </message>
    <message>
        <location filename="../core/stream/replayserver.cpp" line="158"/>
        <source>slow consumer: more than %1 bytes waiting to be sent</source>
        <translation>consommateur lent : plus de %1 octets en attente d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>urbis::ReplayTable</name>
    <message>
        <location filename="../core/stream/replaytable.cpp" line="35"/>
        <source>The data file %1 is missing</source>
        <translation>Le fichier de données %1 est manquant</translation>
    </message>
    <message>
        <location filename="../core/stream/replaytable.cpp" line="46"/>
        <source>The data of this dataset is not a GeoPackage table: it has no rows to replay</source>
        <translation>Les données de ce jeu de données ne sont pas une table GeoPackage : aucune ligne à rejouer</translation>
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
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="98"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="99"/>
        <source>Error type</source>
        <translation>Type d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="100"/>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="101"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>urbis::ReportPage</name>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="33"/>
        <source>Validation report</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="34"/>
        <source>The whole file checked against the schema. Double-click an error to see its row in the preview.</source>
        <translation>Le fichier entier, vérifié par rapport au schéma. Double-cliquez sur une erreur pour voir sa ligne dans l&apos;aperçu.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="49"/>
        <source>Search the errors</source>
        <translation>Rechercher dans les erreurs</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="65"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="67"/>
        <source>&amp;Validate again</source>
        <translation>&amp;Valider à nouveau</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="69"/>
        <source>&amp;Import even with errors (the report is kept with the dataset)</source>
        <translation>&amp;Importer malgré les erreurs (le rapport est conservé avec le jeu de données)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="76"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="142"/>
        <source>Add as a &amp;new version of the existing dataset &quot;%1&quot;</source>
        <translation>Ajouter comme &amp;nouvelle version du jeu de données existant « %1 »</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="156"/>
        <source>&lt;b&gt;Raster:&lt;/b&gt; no rows to validate; the import converts it to a tiled GeoTIFF.</source>
        <translation>&lt;b&gt;Raster :&lt;/b&gt; aucune ligne à valider ; l&apos;importation le convertit en GeoTIFF tuilé.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="165"/>
        <source>Validating %1</source>
        <translation>Validation de %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="182"/>
        <source>Validation did not finish. Press &quot;Validate again&quot; to retry.</source>
        <translation>La validation ne s&apos;est pas terminée. Cliquez sur « Valider à nouveau » pour réessayer.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="195"/>
        <source>All findings (%1)</source>
        <translation>Tous les constats (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="203"/>
        <source>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valid&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields, no errors.</source>
        <translation>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valide&lt;/b&gt;&lt;/span&gt; — %1 lignes, %2 champs, aucune erreur.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="206"/>
        <source>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valid with warnings&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields; %3 notes about missing metadata (they do not block the import).</source>
        <translation>&lt;span style=&apos;color:#2e7d32; font-size:large&apos;&gt;✔ &lt;b&gt;Valide avec avertissements&lt;/b&gt;&lt;/span&gt; — %1 lignes, %2 champs ; %3 remarques sur des métadonnées manquantes (elles ne bloquent pas l&apos;importation).</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="210"/>
        <source>&lt;span style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Not valid&lt;/b&gt;&lt;/span&gt; — %1 errors in %2 rows%3. Fix the schema or the file, or tick &quot;Import even with errors&quot;.</source>
        <translation>&lt;span style=&apos;color:#c62828; font-size:large&apos;&gt;✘ &lt;b&gt;Non valide&lt;/b&gt;&lt;/span&gt; — %1 erreurs dans %2 lignes%3. Corrigez le schéma ou le fichier, ou cochez « Importer malgré les erreurs ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/reportpage.cpp" line="214"/>
        <source>, and %n note(s)</source>
        <translation>
            <numerusform> et %n remarque</numerusform>
            <numerusform> et %n remarques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="225"/>
        <location filename="../widgets/import/reportpage.cpp" line="228"/>
        <source>Export validation report</source>
        <translation>Exporter le rapport de validation</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="226"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="228"/>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>urbis::ReportReader</name>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="37"/>
        <source>The stored validation report is not readable</source>
        <translation>Le rapport de validation stocké est illisible</translation>
    </message>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="60"/>
        <source>This dataset has no stored validation report.</source>
        <translation>Ce jeu de données n&apos;a aucun rapport de validation stocké.</translation>
    </message>
</context>
<context>
    <name>urbis::ReportTab</name>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="33"/>
        <source>Search the findings</source>
        <translation>Rechercher dans les constats</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="49"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="98"/>
        <source>No data store is connected to this panel.</source>
        <translation>Aucun stockage de données n&apos;est connecté à ce panneau.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="102"/>
        <source>Reading the validation report…</source>
        <translation>Lecture du rapport de validation…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="106"/>
        <source>Reading the validation report</source>
        <translation>Lecture du rapport de validation</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="135"/>
        <source>Valid: %1 rows checked, no errors.</source>
        <translation>Valide : %1 lignes vérifiées, aucune erreur.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="136"/>
        <source>%1 errors in %2 rows checked.</source>
        <translation>%1 erreurs dans %2 lignes vérifiées.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="139"/>
        <source>%1 notices (missing metadata; they never make data invalid).</source>
        <translation>%1 remarques (métadonnées manquantes ; elles ne rendent jamais les données non valides).</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="145"/>
        <source>All findings</source>
        <translation>Tous les constats</translation>
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
        <translation>Le fichier de données %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="143"/>
        <source>The data file %1 is not a file</source>
        <translation>Le fichier de données %1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="146"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="164"/>
        <source>Cannot read the data file %1</source>
        <translation>Impossible de lire le fichier de données %1</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="202"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="274"/>
        <location filename="../core/storage/rest/restingestclient.cpp" line="294"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="218"/>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="232"/>
        <source>Cannot reach the ingestion endpoint %1: %2</source>
        <translation>Impossible de joindre le point de terminaison d&apos;ingestion %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="239"/>
        <source>The ingestion endpoint %1 requires an access token (HTTP %2)</source>
        <translation>Le point de terminaison d&apos;ingestion %1 exige un jeton d&apos;accès (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="240"/>
        <source>The ingestion endpoint %1 refused the access token (HTTP %2)</source>
        <translation>Le point de terminaison d&apos;ingestion %1 a refusé le jeton d&apos;accès (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="244"/>
        <source>The ingestion endpoint %1 redirects to %2; send to that address instead</source>
        <translation>Le point de terminaison d&apos;ingestion %1 redirige vers %2 ; envoyez plutôt à cette adresse</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="245"/>
        <source>an unnamed address</source>
        <translation>une adresse sans nom</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="248"/>
        <source>The ingestion endpoint %1 failed (HTTP %2)</source>
        <translation>Échec du point de terminaison d&apos;ingestion %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="251"/>
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2)</source>
        <translation>Le point de terminaison d&apos;ingestion %1 a refusé le jeu de données (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="252"/>
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2): %3</source>
        <translation>Le point de terminaison d&apos;ingestion %1 a refusé le jeu de données (HTTP %2) : %3</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="266"/>
        <source>The ingestion endpoint must be an http or https address, not &quot;%1&quot;</source>
        <translation>Le point de terminaison d&apos;ingestion doit être une adresse http ou https, et non « %1 »</translation>
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
        <translation>Scénario : « %1 » (%2, %3) est hors de la grille de %4 x %5</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="135"/>
        <source>Scenario: &quot;%1&quot; is not a scenario id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>Scénario : « %1 » n&apos;est pas un identifiant de scénario : utilisez des lettres minuscules, des chiffres et &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="137"/>
        <source>Scenario: it needs at least one step and one cell</source>
        <translation>Scénario : il faut au moins un pas et une cellule</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="144"/>
        <source>Scenario: a wildfire needs at least one cell in &quot;ignitions&quot;</source>
        <translation>Scénario : un feu de forêt nécessite au moins une cellule dans « ignitions »</translation>
    </message>
    <message>
        <location filename="../core/sim/scenario.cpp" line="151"/>
        <source>Scenario: a flood needs &quot;inflow&quot; (a hydrograph at a cell) or &quot;rainfall&quot;</source>
        <translation>Scénario : une inondation nécessite « inflow » (un hydrogramme sur une cellule) ou « rainfall »</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioAreaChart</name>
    <message>
        <location filename="../widgets/sim/scenarioareachart.cpp" line="36"/>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioareachart.cpp" line="38"/>
        <source>area (ha)</source>
        <translation>surface (ha)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioCompareView</name>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="78"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="79"/>
        <source>Run both scenarios and show them side by side</source>
        <translation>Exécuter les deux scénarios et les afficher côte à côte</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="80"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="89"/>
        <source>The figure the chart and the map titles compare; impact figures appear once both runs finished</source>
        <translation>La grandeur que comparent le graphique et les titres des cartes ; les chiffres d&apos;impact apparaissent une fois les deux calculs terminés</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="90"/>
        <source>area (ha)</source>
        <translation>surface (ha)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="93"/>
        <source>A:</source>
        <translation>A :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="95"/>
        <source>B:</source>
        <translation>B :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="101"/>
        <source>KPI:</source>
        <translation>KPI :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="208"/>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="282"/>
        <source>A: %1</source>
        <translation>A : %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="209"/>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="283"/>
        <source>B: %1</source>
        <translation>B : %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="259"/>
        <source>%1: %2 · %3 %4</source>
        <translation>%1 : %2 · %3 %4</translation>
    </message>
    <message>
        <source>%1: %2 · %3 ha</source>
        <translation type="vanished">%1 : %2 · %3 ha</translation>
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
        <translation>Exécution des deux scénarios…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="314"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="316"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="318"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariocompareview.cpp" line="324"/>
        <source>Pick two scenarios and press Compare.</source>
        <translation>Choisissez deux scénarios et cliquez sur Comparer.</translation>
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
        <translation>Nouveau feu de forêt</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariodefaults.cpp" line="50"/>
        <source>New flood</source>
        <translation>Nouvelle inondation</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariodefaults.cpp" line="63"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioEditDialog</name>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="37"/>
        <source>Wildfire scenario</source>
        <translation>Scénario de feu de forêt</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="37"/>
        <source>Flood scenario</source>
        <translation>Scénario d&apos;inondation</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="46"/>
        <source>The same scenario and seed give the same results, byte for byte</source>
        <translation>Le même scénario avec la même graine donne les mêmes résultats, octet pour octet</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="54"/>
        <source> cells</source>
        <translation> cellules</translation>
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
        <translation>EPSG:4326 place la grille dans la zone UTM de son origine ; un SCR projeté en mètres est utilisé tel quel</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="63"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="64"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="65"/>
        <source>Random seed:</source>
        <translation>Graine aléatoire :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="66"/>
        <source>Steps:</source>
        <translation>Pas de temps :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="67"/>
        <source>Grid width:</source>
        <translation>Largeur de la grille :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="68"/>
        <source>Grid height:</source>
        <translation>Hauteur de la grille :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="69"/>
        <source>Cell size:</source>
        <translation>Taille de cellule :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="70"/>
        <source>North-west corner, longitude:</source>
        <translation>Coin nord-ouest, longitude :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="71"/>
        <source>North-west corner, latitude:</source>
        <translation>Coin nord-ouest, latitude :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="72"/>
        <source>Origin CRS:</source>
        <translation>SCR de l&apos;origine :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="76"/>
        <source>flat (no dataset)</source>
        <translation>plat (aucun jeu de données)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="77"/>
        <source>An elevation raster (DEM) of the catalog, by id or exact title</source>
        <translation>Un raster d&apos;altitude (MNT) du catalogue, par identifiant ou titre exact</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="79"/>
        <source>datasets, separated by commas</source>
        <translation>jeux de données, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="80"/>
        <source>Vector layers (roads, rivers) burnt onto the grid as barriers</source>
        <translation>Couches vecteur (routes, rivières) rastérisées sur la grille comme barrières</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="83"/>
        <source>one line per row: column, row; column, row; …</source>
        <translation>une polyligne par ligne : colonne, ligne ; colonne, ligne ; …</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="86"/>
        <source>Terrain (DEM):</source>
        <translation>Terrain (MNT) :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="86"/>
        <source>DEM:</source>
        <translation>MNT :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="87"/>
        <source>Barrier layers:</source>
        <translation>Couches de barrières :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="88"/>
        <source>Barrier lines:</source>
        <translation>Lignes de barrières :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="91"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="92"/>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="96"/>
        <source>Wildfire</source>
        <translation>Feu de forêt</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="100"/>
        <source>Flood</source>
        <translation>Inondation</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="150"/>
        <source>Random seed: enter a whole number from 0 to 18446744073709551615</source>
        <translation>Graine aléatoire : saisissez un nombre entier de 0 à 18446744073709551615</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioeditdialog.cpp" line="163"/>
        <source>Barrier lines</source>
        <translation>Lignes de barrières</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioFloodForm</name>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="18"/>
        <source>Local inertial (2-D shallow water)</source>
        <translation>Inertiel local (eaux peu profondes 2D)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="19"/>
        <source>Fill and spill</source>
        <translation>Remplissage et débordement</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="23"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="28"/>
        <source>Manning&apos;s roughness n in s/m^(1/3): 0.02 paved, 0.035 grass, 0.1 dense vegetation</source>
        <translation>Coefficient de rugosité n de Manning en s/m^(1/3) : 0.02 revêtement, 0.035 herbe, 0.1 végétation dense</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="33"/>
        <source>column </source>
        <translation>colonne </translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="34"/>
        <source>row </source>
        <translation>ligne </translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="37"/>
        <source>hydrograph, one point per line: seconds, m³/s</source>
        <translation>hydrogramme, un point par ligne : secondes, m³/s</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="40"/>
        <source>one point per line: seconds, mm/h</source>
        <translation>un point par ligne : secondes, mm/h</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="43"/>
        <source>Water leaves the grid at its edges</source>
        <translation>L&apos;eau quitte la grille par ses bords</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="49"/>
        <source>Scheme:</source>
        <translation>Schéma :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="50"/>
        <source>Time per step:</source>
        <translation>Durée par pas :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="51"/>
        <source>Roughness (Manning n):</source>
        <translation>Rugosité (n de Manning) :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="52"/>
        <source>Inflow cell:</source>
        <translation>Cellule d&apos;entrée :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="53"/>
        <source>Inflow:</source>
        <translation>Débit entrant :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="54"/>
        <source>Rainfall:</source>
        <translation>Pluie :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="72"/>
        <source>Inflow</source>
        <translation>Débit entrant</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariofloodform.cpp" line="75"/>
        <source>Rainfall</source>
        <translation>Pluie</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioFrameOverlay</name>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="254"/>
        <source>Wildfire</source>
        <translation>Feu de forêt</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="254"/>
        <source>Flood</source>
        <translation>Inondation</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="255"/>
        <source>Step %1 / %2 · %3</source>
        <translation>Pas %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="256"/>
        <source>Arrival time</source>
        <translation>Temps d&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenarioframeoverlay.cpp" line="256"/>
        <source>Water depth</source>
        <translation>Hauteur d&apos;eau</translation>
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
        <translation>Front actif</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioImpact</name>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="42"/>
        <source>{&quot;dataset&quot;: &quot;&lt;vector dataset&gt;&quot;, &quot;kind&quot;: &quot;assets&quot;, &quot;roads&quot; or &quot;population&quot;}</source>
        <translation>{&quot;dataset&quot;: &quot;&lt;jeu de données vecteur&gt;&quot;, &quot;kind&quot;: &quot;assets&quot;, &quot;roads&quot; ou &quot;population&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="58"/>
        <source>the id or exact title of a vector dataset</source>
        <translation>l&apos;identifiant ou le titre exact d&apos;un jeu de données vecteur</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="62"/>
        <source>&quot;assets&quot;, &quot;roads&quot; or &quot;population&quot;</source>
        <translation>« assets », « roads » ou « population »</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioimpact.cpp" line="66"/>
        <source>the field that holds each district&apos;s population</source>
        <translation>le champ qui contient la population de chaque quartier</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioInputs</name>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="31"/>
        <source>The scenario&apos;s %1 names the dataset &quot;%2&quot;: it needs a workspace to run</source>
        <translation>L&apos;entrée %1 du scénario désigne le jeu de données « %2 » : son exécution nécessite un espace de travail</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="38"/>
        <source>The scenario&apos;s %1: no dataset has the id or the exact title &quot;%2&quot;</source>
        <translation>Entrée %1 du scénario : aucun jeu de données n&apos;a l&apos;identifiant ou le titre exact « %2 »</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="45"/>
        <source>The data of &quot;%1&quot; is not in this workspace (not downloaded yet?)</source>
        <translation>Les données de « %1 » ne sont pas dans cet espace de travail (pas encore téléchargées ?)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="101"/>
        <source>terrain</source>
        <translation>terrain</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="105"/>
        <source>The terrain &quot;%1&quot; is not a raster (it is %2): give a GeoTIFF elevation model</source>
        <translation>Le terrain « %1 » n&apos;est pas un raster (c&apos;est %2) : fournissez un modèle d&apos;altitude GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="109"/>
        <source>The terrain &quot;%1&quot;: %2</source>
        <translation>Terrain « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="111"/>
        <source>%1% of the grid lies outside the terrain &quot;%2&quot;: those cells take the nearest elevation</source>
        <translation>%1% de la grille se trouve hors du terrain « %2 » : ces cellules prennent l&apos;altitude la plus proche</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="133"/>
        <source>Scenario: &quot;fuel.uniform&quot; %1 is not a fuel class (see docs/simulation.md)</source>
        <translation>Scénario : « fuel.uniform » %1 n&apos;est pas une classe de combustible (voir docs/simulation.md)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="137"/>
        <source>fuel</source>
        <translation>combustible</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="141"/>
        <source>The fuel map &quot;%1&quot; is not a raster (it is %2): give a GeoTIFF of fuel classes</source>
        <translation>La carte des combustibles « %1 » n&apos;est pas un raster (c&apos;est %2) : fournissez un GeoTIFF de classes de combustible</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="145"/>
        <source>The fuel map &quot;%1&quot;: %2</source>
        <translation>Carte des combustibles « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="147"/>
        <source>%1% of the grid lies outside the fuel map &quot;%2&quot;: those cells do not burn</source>
        <translation>%1% de la grille se trouve hors de la carte des combustibles « %2 » : ces cellules ne brûlent pas</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="155"/>
        <source>The fuel map &quot;%1&quot; has the value %2 at cell (%3, %4), which is not a fuel class</source>
        <translation>La carte des combustibles « %1 » a la valeur %2 dans la cellule (%3, %4), qui n&apos;est pas une classe de combustible</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="171"/>
        <source>barriers</source>
        <translation>barrières</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="175"/>
        <source>The barriers &quot;%1&quot; are not a vector layer (it is %2): give roads or rivers as lines</source>
        <translation>Les barrières « %1 » ne sont pas une couche vecteur (c&apos;est %2) : fournissez des routes ou des rivières sous forme de lignes</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="179"/>
        <source>The barriers &quot;%1&quot;: %2</source>
        <translation>Barrières « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="191"/>
        <source>impact layer</source>
        <translation>couche d&apos;impact</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="196"/>
        <source>The impact layer &quot;%1&quot; is not a vector layer (it is %2)</source>
        <translation>La couche d&apos;impact « %1 » n&apos;est pas une couche vecteur (c&apos;est %2)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="213"/>
        <source>&quot;ignitions[%1]&quot; (%2, %3) lies on a barrier: it does not burn</source>
        <translation>« ignitions[%1] » (%2, %3) se trouve sur une barrière : rien n&apos;y brûle</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="215"/>
        <source>&quot;ignitions[%1]&quot; (%2, %3) lies on fuel that does not burn (class %4)</source>
        <translation>« ignitions[%1] » (%2, %3) se trouve sur un combustible qui ne brûle pas (classe %4)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="229"/>
        <source>Scenario grid: %1</source>
        <translation>Grille du scénario : %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="234"/>
        <source>Reading the terrain</source>
        <translation>Lecture du terrain</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="239"/>
        <location filename="../core/sim/scenarioinputs.cpp" line="246"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="241"/>
        <source>Reading the fuel map</source>
        <translation>Lecture de la carte des combustibles</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioinputs.cpp" line="248"/>
        <source>Drawing the barriers</source>
        <translation>Dessin des barrières</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioJson</name>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="16"/>
        <source>Scenario: &quot;%1&quot; must be %2</source>
        <translation>Scénario : « %1 » doit être %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="26"/>
        <source>a number from %1 to %2</source>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="28"/>
        <location filename="../core/sim/scenariojson.cpp" line="43"/>
        <source>Scenario: &quot;%1&quot; is missing (%2)</source>
        <translation>Scénario : « %1 » est manquant (%2)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="41"/>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="57"/>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="66"/>
        <source>a cell [column, row] of two whole numbers</source>
        <translation>une cellule [colonne, ligne] de deux nombres entiers</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariojson.cpp" line="74"/>
        <source>Scenario: unknown key &quot;%1&quot; (known here: %2)</source>
        <translation>Scénario : clé inconnue « %1 » (clés connues ici : %2)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioKpi</name>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="13"/>
        <source>area (ha)</source>
        <translation>surface (ha)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariokpi.cpp" line="13"/>
        <source>area</source>
        <translation>surface</translation>
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
        <translation>Touchés au pas %1 : %2</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioListModel</name>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="153"/>
        <source>Flood</source>
        <translation>Inondation</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="153"/>
        <source>Wildfire</source>
        <translation>Feu de forêt</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="155"/>
        <source>last run %1</source>
        <translation>dernière exécution %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="156"/>
        <source>never run</source>
        <translation>jamais exécuté</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariolistmodel.cpp" line="159"/>
        <source>cannot be read</source>
        <translation>illisible</translation>
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
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="64"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="84"/>
        <source>The model reported a depth grid of another size</source>
        <translation>Le modèle a fourni une grille de hauteurs d&apos;eau d&apos;une autre taille</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="87"/>
        <source>step %1 (%2 s)</source>
        <translation>pas %1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="127"/>
        <source>arrival step</source>
        <translation>pas d&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariooutputs.cpp" line="157"/>
        <source>maximum depth (m)</source>
        <translation>hauteur d&apos;eau maximale (m)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioPage</name>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="53"/>
        <source>Search scenarios</source>
        <translation>Rechercher des scénarios</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="63"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="63"/>
        <source>A new scenario where the main map looks</source>
        <translation>Un nouveau scénario à l&apos;endroit affiché par la carte principale</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="66"/>
        <source>Wildfire…</source>
        <translation>Feu de forêt…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="68"/>
        <source>Flood…</source>
        <translation>Inondation…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="71"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="71"/>
        <source>Change the selected scenario&apos;s parameters</source>
        <translation>Modifier les paramètres du scénario sélectionné</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="72"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="72"/>
        <source>A copy of the selected scenario</source>
        <translation>Une copie du scénario sélectionné</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="73"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="73"/>
        <source>Delete the selected scenario (its results stay in the catalog)</source>
        <translation>Supprimer le scénario sélectionné (ses résultats restent dans le catalogue)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="92"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="93"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="227"/>
        <source>New wildfire scenario</source>
        <translation>Nouveau scénario de feu de forêt</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="227"/>
        <source>New flood scenario</source>
        <translation>Nouveau scénario d&apos;inondation</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="265"/>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="266"/>
        <source>Delete the scenario &quot;%1&quot;? Its results stay in the catalog.</source>
        <translation>Supprimer le scénario « %1 » ? Ses résultats restent dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariopage.cpp" line="278"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioReader</name>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="32"/>
        <source>&quot;%1&quot; or {&quot;dataset&quot;: &quot;&lt;dataset id or exact title&gt;&quot;}</source>
        <translation>« %1 » ou {&quot;dataset&quot;: &quot;&lt;identifiant ou titre exact du jeu de données&gt;&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="46"/>
        <source>a whole number from 0 (up to 2^64 - 1 when written as text)</source>
        <translation>un nombre entier à partir de 0 (jusqu&apos;à 2^64 - 1 s&apos;il est écrit sous forme de texte)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="57"/>
        <source>&quot;wildfire&quot; or &quot;flood&quot;</source>
        <translation>« wildfire » ou « flood »</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="68"/>
        <source>lower-case letters, digits and &apos;-&apos; (at most 64)</source>
        <translation>lettres minuscules, chiffres et &apos;-&apos; (64 au maximum)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="78"/>
        <source>an object {&quot;width&quot;, &quot;height&quot;, &quot;cellSize&quot;, &quot;origin&quot;, &quot;crs&quot;}</source>
        <translation>un objet {&quot;width&quot;, &quot;height&quot;, &quot;cellSize&quot;, &quot;origin&quot;, &quot;crs&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="98"/>
        <source>Scenario: give &quot;terrain&quot; or &quot;dem&quot;, not both</source>
        <translation>Scénario : indiquez « terrain » ou « dem », pas les deux</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="108"/>
        <source>a list of {&quot;dataset&quot;, &quot;kind&quot;}</source>
        <translation>une liste de {&quot;dataset&quot;, &quot;kind&quot;}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="124"/>
        <source>polylines [[[col, row], ...], ...], {&quot;dataset&quot;: &quot;&lt;vector dataset&gt;&quot;} or a list of both</source>
        <translation>des polylignes [[[col, row], ...], ...], {&quot;dataset&quot;: &quot;&lt;jeu de données vecteur&gt;&quot;} ou une liste des deux</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="175"/>
        <source>an object {&quot;speed&quot;: m/s, &quot;direction&quot;: degrees it blows from}</source>
        <translation>un objet {&quot;speed&quot;: m/s, &quot;direction&quot;: degrés d&apos;où il souffle}</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="194"/>
        <source>a list of cells [[col, row], ...]</source>
        <translation>une liste de cellules [[col, row], ...]</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="207"/>
        <source>a list [[seconds, %1], ...] with increasing times from 0 and values from 0</source>
        <translation>une liste [[secondes, %1], ...] avec des temps croissants à partir de 0 et des valeurs à partir de 0</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="248"/>
        <source>&quot;local-inertial&quot; or &quot;fill-and-spill&quot;</source>
        <translation>« local-inertial » ou « fill-and-spill »</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="255"/>
        <source>Scenario: give &quot;stepSeconds&quot; or &quot;stepMinutes&quot;, not both</source>
        <translation>Scénario : indiquez « stepSeconds » ou « stepMinutes », pas les deux</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioreader.cpp" line="264"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioResults</name>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="24"/>
        <source>%1: fire arrival step</source>
        <translation>%1 : pas d&apos;arrivée du feu</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="26"/>
        <source>%1: maximum flood depth</source>
        <translation>%1 : hauteur d&apos;eau maximale</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="28"/>
        <source>%1: flood depth per step</source>
        <translation>%1 : hauteur d&apos;eau par pas</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="29"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="35"/>
        <source>The step at which each cell caught fire (-1 = unburned), one step = %1 min.</source>
        <translation>Le pas auquel chaque cellule a pris feu (-1 = non brûlée), un pas = %1 min.</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="38"/>
        <source>The deepest water on each cell during the run, in metres.</source>
        <translation>La hauteur d&apos;eau maximale de chaque cellule pendant le calcul, en mètres.</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="39"/>
        <source>Water depth in metres, one band per reported step (see summary.json).</source>
        <translation>Hauteur d&apos;eau en mètres, une bande par pas restitué (voir summary.json).</translation>
    </message>
    <message>
        <location filename="../core/sim/scenarioresults.cpp" line="40"/>
        <source>%1 Simulated by Urbis: scenario &quot;%2&quot; (%3, %4 steps, seed %5, engine version %6).</source>
        <translation>%1 Simulé par Urbis : scénario « %2 » (%3, %4 pas, graine %5, version du moteur %6).</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRun</name>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="50"/>
        <source>Starting %1…</source>
        <translation>Démarrage de %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="130"/>
        <source>The run was removed before it finished.</source>
        <translation>Le calcul a été supprimé avant la fin.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="137"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="138"/>
        <source>Run cancelled</source>
        <translation>Calcul annulé</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorun.cpp" line="138"/>
        <source>Run failed: %1</source>
        <translation>Échec du calcul : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sim/scenariorun.cpp" line="154"/>
        <source>Done: %n step(s) in %1 ms</source>
        <translation>
            <numerusform>Terminé : %n pas en %1 ms</numerusform>
            <numerusform>Terminé : %n pas en %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRunView</name>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="26"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="27"/>
        <source>Run the selected scenario</source>
        <translation>Exécuter le scénario sélectionné</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="28"/>
        <location filename="../widgets/sim/scenariorunview.cpp" line="214"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="105"/>
        <source>Select a scenario and press Run.</source>
        <translation>Sélectionnez un scénario et cliquez sur Exécuter.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="200"/>
        <source>The results were not recorded in the catalog.</source>
        <translation>Les résultats n&apos;ont pas été enregistrés dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="201"/>
        <source>Result datasets: %1</source>
        <translation>Jeux de données de résultats : %1</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariorunview.cpp" line="214"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioRunner</name>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="36"/>
        <location filename="../core/sim/scenariorunner.cpp" line="194"/>
        <source>Simulating %1</source>
        <translation>Simulation de %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="149"/>
        <source>The results need a folder or the catalog to go to</source>
        <translation>Les résultats nécessitent un dossier ou le catalogue comme destination</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="153"/>
        <source>Reading the inputs of %1</source>
        <translation>Lecture des entrées de %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="169"/>
        <source>Cannot create a work folder in %1</source>
        <translation>Impossible de créer un dossier de travail dans %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="175"/>
        <source>Reading the impact layers</source>
        <translation>Lecture des couches d&apos;impact</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="201"/>
        <source>Simulation cancelled</source>
        <translation>Simulation annulée</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariorunner.cpp" line="206"/>
        <source>Recording the results in the catalog</source>
        <translation>Enregistrement des résultats dans le catalogue</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioStore</name>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="20"/>
        <source>&quot;%1&quot; is not a scenario id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>« %1 » n&apos;est pas un identifiant de scénario : utilisez des lettres minuscules, des chiffres et &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="41"/>
        <source>There is no scenario file %1</source>
        <translation>Le fichier de scénario %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="43"/>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="47"/>
        <source>%1 is not valid JSON (at character %2: %3)</source>
        <translation>%1 n&apos;est pas un JSON valide (au caractère %2 : %3)</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="50"/>
        <source>%1 does not hold a scenario object</source>
        <translation>%1 ne contient pas d&apos;objet scénario</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="53"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="88"/>
        <location filename="../core/sim/scenariostore.cpp" line="118"/>
        <source>There is no scenario &quot;%1&quot;</source>
        <translation>Le scénario « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="102"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../core/sim/scenariostore.cpp" line="120"/>
        <source>Cannot remove the scenario &quot;%1&quot;</source>
        <translation>Impossible de supprimer le scénario « %1 »</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioTextFields</name>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="49"/>
        <source>%1, line %2: expected %3</source>
        <translation>%1, ligne %2 : %3 attendu</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="71"/>
        <source>a cell as &quot;column, row&quot; (whole numbers)</source>
        <translation>une cellule sous la forme « colonne, ligne » (nombres entiers)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="100"/>
        <source>cells as &quot;column, row; column, row; …&quot;</source>
        <translation>des cellules sous la forme « colonne, ligne ; colonne, ligne ; … »</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="104"/>
        <source>at least two cells in a line</source>
        <translation>au moins deux cellules par ligne</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="127"/>
        <source>&quot;seconds, value&quot; with numbers &gt;= 0</source>
        <translation>« secondes, valeur » avec des nombres &gt;= 0</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotextfields.cpp" line="129"/>
        <source>a time later than the line before</source>
        <translation>un temps postérieur à celui de la ligne précédente</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioTimeline</name>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="32"/>
        <source>Space: play or pause · Left / Right: one step · Home / End: first / newest step</source>
        <translation>Espace : lecture ou pause · Gauche / Droite : un pas · Début / Fin : premier / dernier pas</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="39"/>
        <source>Playback speed (1x = %1 steps a second)</source>
        <translation>Vitesse de lecture (1x = %1 pas par seconde)</translation>
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
        <translation>Pas %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="115"/>
        <source>No frames yet</source>
        <translation>Pas encore d&apos;images</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="230"/>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariotimeline.cpp" line="230"/>
        <source>Play (Space)</source>
        <translation>Lecture (Espace)</translation>
    </message>
</context>
<context>
    <name>urbis::ScenarioWildfireForm</name>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="30"/>
        <source>uniform (no dataset)</source>
        <translation>uniforme (aucun jeu de données)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="31"/>
        <source>A fuel raster of the catalog, by id or exact title; empty for one fuel everywhere</source>
        <translation>Un raster de combustibles du catalogue, par identifiant ou titre exact ; vide pour un seul combustible partout</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="34"/>
        <source>default (grass)</source>
        <translation>par défaut (herbe)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="35"/>
        <source>The fuel class of a uniform fuel map (docs/simulation.md lists the classes)</source>
        <translation>La classe de combustible d&apos;une carte des combustibles uniforme (docs/simulation.md liste les classes)</translation>
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
        <translation>D&apos;où souffle le vent : 0 = nord, 90 = est</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="42"/>
        <source>Dead-fuel moisture as a fraction (0.08 = 8 %)</source>
        <translation>Humidité du combustible mort en fraction (0.08 = 8 %)</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="43"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="46"/>
        <source>Probability per burning cell and step of a spot fire downwind; 0 = none</source>
        <translation>Probabilité, par cellule en feu et par pas, d&apos;une saute de feu sous le vent ; 0 = aucune</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="49"/>
        <source>one cell per line: column, row</source>
        <translation>une cellule par ligne : colonne, ligne</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="53"/>
        <source>Fuel map:</source>
        <translation>Carte des combustibles :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="54"/>
        <source>Uniform fuel class:</source>
        <translation>Classe de combustible uniforme :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="55"/>
        <source>Wind speed:</source>
        <translation>Vitesse du vent :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="56"/>
        <source>Wind from:</source>
        <translation>Vent venant du :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="57"/>
        <source>Fuel moisture:</source>
        <translation>Humidité du combustible :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="58"/>
        <source>Time per step:</source>
        <translation>Durée par pas :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="59"/>
        <source>Spotting:</source>
        <translation>Sautes de feu :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="60"/>
        <source>Ignitions:</source>
        <translation>Points d&apos;allumage :</translation>
    </message>
    <message>
        <location filename="../widgets/sim/scenariowildfireform.cpp" line="77"/>
        <source>Ignitions</source>
        <translation>Points d&apos;allumage</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaFieldsModel</name>
    <message numerus="yes">
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="75"/>
        <source>Detected: %1, %2% of %n sampled cells fit</source>
        <translation>
            <numerusform>Détecté : %1, %2 % de %n cellule échantillonnée conforme</numerusform>
            <numerusform>Détecté : %1, %2 % des %n cellules échantillonnées conformes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="78"/>
        <source>%n cells empty or missing</source>
        <translation>
            <numerusform>%n cellule vide ou manquante</numerusform>
            <numerusform>%n cellules vides ou manquantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="80"/>
        <source>Examples: %1</source>
        <translation>Exemples : %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="82"/>
        <source>Suggested unit: %1</source>
        <translation>Unité suggérée : %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="194"/>
        <source>Share of the sampled cells that fit the detected type</source>
        <translation>Part des cellules échantillonnées conformes au type détecté</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="198"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="199"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="200"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="201"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="202"/>
        <source>Unique</source>
        <translation>Unique</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="203"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="204"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="205"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="206"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaInference</name>
    <message>
        <location filename="../core/ingest/schemainference.cpp" line="296"/>
        <source>Schema inference was cancelled</source>
        <translation>L&apos;inférence du schéma a été annulée</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaPage</name>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="22"/>
        <source>Schema and metadata</source>
        <translation>Schéma et métadonnées</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="23"/>
        <source>Check the detected column types, add units and constraints, and describe the dataset. Hover a field for what the detection saw.</source>
        <translation>Vérifiez les types de colonnes détectés, ajoutez des unités et des contraintes, et décrivez le jeu de données. Survolez un champ pour voir ce que la détection a trouvé.</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="41"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="45"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="70"/>
        <source>Types were detected from the first rows only; validation reads the whole file.</source>
        <translation>Les types ont été détectés sur les premières lignes seulement ; la validation lit le fichier entier.</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaTable</name>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="28"/>
        <source>No unit given</source>
        <translation>Aucune unité indiquée</translation>
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
        <translation>usage : urbis send ID --to URL [--token-env VAR]
  envoie les données du jeu de données et son enregistrement de catalogue (multipart/form-data : &quot;metadata&quot;, &quot;file&quot;)
  au point de terminaison d&apos;ingestion REST URL (http ou https)
  --token-env VAR   variable d&apos;environnement contenant le jeton bearer (par défaut %1 ; none : aucun jeton)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="37"/>
        <source>send needs one dataset ID and --to URL</source>
        <translation>send attend un ID de jeu de données et --to URL</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="43"/>
        <source>--token-env names %1, which is not set or empty</source>
        <translation>--token-env désigne %1, qui n&apos;est pas définie ou est vide</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="53"/>
        <source>Dataset %1 has no stored data to send</source>
        <translation>Le jeu de données %1 n&apos;a aucune donnée stockée à envoyer</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="56"/>
        <source>The stored data of dataset %1 is missing (%2)</source>
        <translation>Les données stockées du jeu de données %1 sont manquantes (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="67"/>
        <source>Sending %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="82"/>
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes</source>
        <translation>%1 (%2) envoyé à %3 : HTTP %4, %5 octets</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="83"/>
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes, now at %6</source>
        <translation>%1 (%2) envoyé à %3 : HTTP %4, %5 octets, désormais à %6</translation>
    </message>
</context>
<context>
    <name>urbis::SimCommand</name>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="24"/>
        <source>%1: %2 cells burned (%3 km2) after %4 steps</source>
        <translation>%1 : %2 cellules brûlées (%3 km2) après %4 pas</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="32"/>
        <source>%1: %2 km2 flooded at the end, deepest water %3 m, after %4 steps</source>
        <translation>%1 : %2 km2 inondés à la fin, hauteur d&apos;eau maximale %3 m, après %4 pas</translation>
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
        <translation>usage : urbis sim run wildfire|flood --config SCENARIO.json [--out DIR] [--no-catalog]
        urbis sim list
  run     simule le fichier de scénario (docs/simulation.md) ; le même fichier avec la même graine donne
          des résultats identiques à l&apos;octet près. Les jeux de données qu&apos;il cite sont lus dans l&apos;espace de travail.
  --out DIR     écrit aussi les résultats dans DIR : summary.json et arrival.tif (feu de forêt) ou
                depth_max.tif + depth_frames.tif (inondation)
  --no-catalog  n&apos;enregistre pas les résultats dans le catalogue (--out est alors nécessaire)
          Sans --out, les résultats vont uniquement dans le catalogue, sous forme de jeux de données du domaine
          « hazard » avec le mot-clé scenario:&lt;id&gt; ; leurs identifiants sont affichés. --json affiche
          summary.json complété par « datasets » et « out ».
  list    les scénarios enregistrés dans l&apos;espace de travail (&lt;data dir&gt;/scenarios/&lt;id&gt;.json)
codes de sortie : 0 terminé, 1 scénario non valide, 2 erreur d&apos;usage, fichier illisible ou jeu de données inconnu,
                  3 échec d&apos;E/S</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="68"/>
        <source>sim needs &quot;run wildfire|flood --config FILE&quot; or &quot;list&quot;</source>
        <translation>sim attend « run wildfire|flood --config FILE » ou « list »</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="70"/>
        <source>&quot;%1&quot; is not a scenario type: wildfire or flood</source>
        <translation>« %1 » n&apos;est pas un type de scénario : wildfire ou flood</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="94"/>
        <source>broken</source>
        <translation>défectueux</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/simcommand.cpp" line="96"/>
        <source>%n scenario(s) in %1</source>
        <translation>
            <numerusform>%n scénario dans %1</numerusform>
            <numerusform>%n scénarios dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="104"/>
        <source>sim run needs --config SCENARIO.json</source>
        <translation>sim run attend --config SCENARIO.json</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="108"/>
        <source>--no-catalog needs --out DIR: the results must go somewhere</source>
        <translation>--no-catalog attend --out DIR : les résultats doivent aller quelque part</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="117"/>
        <source>%1 holds a %2 scenario, not a %3 one</source>
        <translation>%1 contient un scénario %2, pas un scénario %3</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="127"/>
        <source>Simulating %1</source>
        <translation>Simulation de %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="134"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="150"/>
        <source>Affected %1: %2 %3</source>
        <translation>Touchés (%1) : %2 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="154"/>
        <source>Wrote %1 to %2</source>
        <translation>%1 écrit dans %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/simcommand.cpp" line="156"/>
        <source>%n result dataset(s) in the catalog (keyword scenario:%1)</source>
        <translation>
            <numerusform>%n jeu de données de résultats dans le catalogue (mot-clé scenario:%1)</numerusform>
            <numerusform>%n jeux de données de résultats dans le catalogue (mot-clé scenario:%1)</numerusform>
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
        <translation>%1 n&apos;est pas un fichier texte : il contient des données binaires</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="133"/>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="135"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="138"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="141"/>
        <source>The file is empty: %1</source>
        <translation>Le fichier est vide : %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="159"/>
        <source>%1 is a raster image, not a table or vector layer</source>
        <translation>%1 est une image raster, pas une table ni une couche vecteur</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="168"/>
        <source>The format of %1 is not recognised</source>
        <translation>Le format de %1 n&apos;est pas reconnu</translation>
    </message>
</context>
<context>
    <name>urbis::SqliteTableFile</name>
    <message>
        <location filename="../core/kpi/sqlitetablefile.cpp" line="48"/>
        <source>Cannot open the data of a dataset: %1</source>
        <translation>Impossible d&apos;ouvrir les données d&apos;un jeu de données : %1</translation>
    </message>
</context>
<context>
    <name>urbis::StacItemCodec</name>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="148"/>
        <source>%1 is not a STAC Item (needs &quot;type&quot;: &quot;Feature&quot; and an id)</source>
        <translation>%1 n&apos;est pas un STAC Item (il faut &quot;type&quot;: &quot;Feature&quot; et un id)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="158"/>
        <source>%1: a version record is unreadable: %2</source>
        <translation>%1 : un enregistrement de version est illisible : %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="162"/>
        <source>%1: the versions do not start with the dataset %2</source>
        <translation>%1 : les versions ne commencent pas par le jeu de données %2</translation>
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
        <translation>alerte</translation>
    </message>
</context>
<context>
    <name>urbis::StreamActions</name>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="26"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="26"/>
        <source>Watch a new WebSocket or MQTT feed (Ctrl+N)</source>
        <translation>Suivre un nouveau flux WebSocket ou MQTT (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="27"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="28"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="28"/>
        <source>Change the selected stream&apos;s settings</source>
        <translation>Modifier les paramètres du flux sélectionné</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="29"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="29"/>
        <source>Stop watching the selected stream (Delete)</source>
        <translation>Ne plus suivre le flux sélectionné (Suppr)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="31"/>
        <location filename="../widgets/stream/streamactions.cpp" line="57"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="31"/>
        <source>Connect to or disconnect from the selected stream</source>
        <translation>Se connecter au flux sélectionné ou s&apos;en déconnecter</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="32"/>
        <location filename="../widgets/stream/streamactions.cpp" line="59"/>
        <source>Re&amp;cord…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="32"/>
        <source>Record the selected stream into a new dataset</source>
        <translation>Enregistrer le flux sélectionné dans un nouveau jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="57"/>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="59"/>
        <source>Stop re&amp;cording</source>
        <translation>Arrêter l&apos;&amp;enregistrement</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="69"/>
        <source>Add stream</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="73"/>
        <source>Added &quot;%1&quot;: Start connects to it</source>
        <translation>« %1 » ajouté : Démarrer s&apos;y connecte</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="82"/>
        <location filename="../widgets/stream/streamactions.cpp" line="90"/>
        <source>Edit stream</source>
        <translation>Modifier le flux</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="82"/>
        <source>Stop the recording before changing the stream&apos;s settings.</source>
        <translation>Arrêtez l&apos;enregistrement avant de modifier les paramètres du flux.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="101"/>
        <source>Stop watching &quot;%1&quot;? Its recording is finished and kept as a dataset.</source>
        <translation>Ne plus suivre « %1 » ? Son enregistrement est finalisé et conservé comme jeu de données.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="102"/>
        <source>Stop watching &quot;%1&quot; and forget its settings and alert rules?</source>
        <translation>Ne plus suivre « %1 » et oublier ses paramètres et ses règles d&apos;alerte ?</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="103"/>
        <source>Remove stream</source>
        <translation>Retirer le flux</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="109"/>
        <source>Removed &quot;%1&quot;</source>
        <translation>« %1 » retiré</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="120"/>
        <source>Connecting to &quot;%1&quot;…</source>
        <translation>Connexion à « %1 »…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="123"/>
        <source>Disconnected from &quot;%1&quot;</source>
        <translation>Déconnecté de « %1 »</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="135"/>
        <source>Finishing the recording of &quot;%1&quot;…</source>
        <translation>Finalisation de l&apos;enregistrement de « %1 »…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="140"/>
        <source>Record stream</source>
        <translation>Enregistrer le flux</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="140"/>
        <source>Title of the new dataset:</source>
        <translation>Titre du nouveau jeu de données :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="141"/>
        <source>%1 recording %2</source>
        <translation>%1, enregistrement %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamactions.cpp" line="150"/>
        <source>Starting to record &quot;%1&quot;…</source>
        <translation>Démarrage de l&apos;enregistrement de « %1 »…</translation>
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
        <translation>Tout le tampon</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="60"/>
        <location filename="../widgets/stream/streamchartsview.cpp" line="397"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="61"/>
        <source>Freeze the charts while data keeps arriving (Space)</source>
        <translation>Figer les graphiques pendant que les données continuent d&apos;arriver (Espace)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="67"/>
        <location filename="../widgets/stream/streamchartsview.cpp" line="304"/>
        <source>Select a stream to see its live values.</source>
        <translation>Sélectionnez un flux pour voir ses valeurs en direct.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="69"/>
        <source>Scroll back within the buffered values (pauses the charts)</source>
        <translation>Remonter dans les valeurs en mémoire tampon (met les graphiques en pause)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="72"/>
        <source>Statio&amp;n:</source>
        <translation>Statio&amp;n :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="74"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="76"/>
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="238"/>
        <source>All measures</source>
        <translation>Toutes les mesures</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="240"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="257"/>
        <source>(the stream)</source>
        <translation>(le flux)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="304"/>
        <source>Waiting for the first values…</source>
        <translation>En attente des premières valeurs…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="397"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="417"/>
        <source>Paused: %1 – %2</source>
        <translation>En pause : %1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="418"/>
        <source>Paused at %1</source>
        <translation>En pause à %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamchartsview.cpp" line="420"/>
        <source>Live, newest %1</source>
        <translation>En direct, dernière valeur %1</translation>
    </message>
</context>
<context>
    <name>urbis::StreamCommand</name>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="77"/>
        <source>No dataset has the id or the exact title &quot;%1&quot;</source>
        <translation>Aucun jeu de données n&apos;a l&apos;identifiant ou le titre exact « %1 »</translation>
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
        <translation>usage : urbis stream record URL [--topic T] [--duration S] [--to TITLE] [--city C] [--domain D]
        urbis stream serve DATASET [--port P] [--rate MSGS_PER_S] [--loop]
        urbis stream recover
record   enregistre un flux ws://, wss:// ou mqtt://host:port dans un nouveau jeu de données jusqu&apos;à ce que --duration
         secondes soient écoulées ou Ctrl+C ; affiche l&apos;identifiant du jeu de données. --topic : filtre de topic MQTT
         (répétable, jokers + et # ; par défaut #). Secrets : URBIS_STREAM_TOKEN (jeton Bearer),
         URBIS_STREAM_PASSWORD (mot de passe MQTT ; le nom d&apos;utilisateur figure dans l&apos;URL)
serve    rejoue un jeu de données (identifiant ou titre exact) sous forme de messages JSON plats sur ws://127.0.0.1:PORT,
         dans l&apos;ordre chronologique, à --rate messages par seconde (par défaut 10) ; s&apos;arrête après la dernière ligne
         sauf avec --loop
recover  finalise les enregistrements des processus tués (record le fait aussi en premier)</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="124"/>
        <source>stream needs &quot;record URL&quot;, &quot;serve DATASET&quot; or &quot;recover&quot;</source>
        <translation>stream attend « record URL », « serve DATASET » ou « recover »</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="134"/>
        <source>--rate needs a number of messages per second above 0</source>
        <translation>--rate attend un nombre de messages par seconde supérieur à 0</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="141"/>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port attend un nombre de 0 à 65535</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="154"/>
        <source>&quot;%1&quot; has no table of rows to replay (a raster, or metadata only)</source>
        <translation>« %1 » n&apos;a pas de table de lignes à rejouer (un raster, ou uniquement des métadonnées)</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="173"/>
        <source>Serving %1 (%2 rows) on %3 at %4 msg/s</source>
        <translation>Diffusion de %1 (%2 lignes) sur %3 à %4 msg/s</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="188"/>
        <source>%1 connected</source>
        <translation>%1 connecté</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="191"/>
        <source>%1 disconnected: %2</source>
        <translation>%1 déconnecté : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation type="vanished">
            <numerusform>%n message envoyé</numerusform>
            <numerusform>%n messages envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/streamcommand.cpp" line="200"/>
        <source>%n row(s) replayed</source>
        <translation>
            <numerusform>%n ligne rejouée</numerusform>
            <numerusform>%n lignes rejouées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="211"/>
        <source>&quot;%1&quot; is not a stream URL: give ws://, wss:// or mqtt://host:port</source>
        <translation>« %1 » n&apos;est pas une URL de flux : indiquez ws://, wss:// ou mqtt://host:port</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="224"/>
        <source>--duration needs a number of seconds above 0</source>
        <translation>--duration attend un nombre de secondes supérieur à 0</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="233"/>
        <source>Unknown domain &quot;%1&quot;; expected one of %2</source>
        <translation>Domaine « %1 » inconnu ; valeurs attendues : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="245"/>
        <source>Completed the recording %1 left by a stopped process</source>
        <translation>L&apos;enregistrement %1 laissé par un processus arrêté a été finalisé</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="249"/>
        <source>No stream source for %1</source>
        <translation>Aucune source de flux pour %1</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="266"/>
        <source>Recording %1 into the dataset %2</source>
        <translation>Enregistrement de %1 dans le jeu de données %2</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="289"/>
        <source>%1 rows, %2 msg/s, %3 errors</source>
        <translation>%1 lignes, %2 msg/s, %3 erreurs</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="317"/>
        <source>Nothing was recorded: no record arrived from %1</source>
        <translation>Rien n&apos;a été enregistré : aucune entrée n&apos;est arrivée de %1</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="326"/>
        <source>%1 rows recorded into &quot;%2&quot; (%3 messages, %4 rejected, %5 reconnects)</source>
        <translation>%1 lignes enregistrées dans « %2 » (%3 messages, %4 rejetés, %5 reconnexions)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/streamcommand.cpp" line="351"/>
        <source>%n recording(s) completed</source>
        <translation>
            <numerusform>%n enregistrement finalisé</numerusform>
            <numerusform>%n enregistrements finalisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::StreamConfig</name>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="41"/>
        <source>The address must start with ws://, wss://, mqtt:// or mqtts://: &quot;%1&quot;</source>
        <translation>L&apos;adresse doit commencer par ws://, wss://, mqtt:// ou mqtts:// : « %1 »</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="44"/>
        <source>The address &quot;%1&quot; names no host</source>
        <translation>L&apos;adresse « %1 » ne désigne aucun hôte</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="47"/>
        <source>The MQTT quality of service must be 0 or 1, not %1</source>
        <translation>La qualité de service (QoS) MQTT doit être 0 ou 1, et non %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="51"/>
        <source>&quot;%1&quot; is not an MQTT topic filter: &apos;+&apos; and &apos;#&apos; must stand for a whole level, &apos;#&apos; only at the end</source>
        <translation>« %1 » n&apos;est pas un filtre de topic MQTT : &apos;+&apos; et &apos;#&apos; doivent représenter un niveau entier, &apos;#&apos; uniquement à la fin</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="56"/>
        <source>The message size limit must be at least 1 byte</source>
        <translation>La taille maximale des messages doit être d&apos;au moins 1 octet</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="58"/>
        <source>The heartbeat must be at least 1 second</source>
        <translation>Le signal de vie doit être d&apos;au moins 1 seconde</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="60"/>
        <source>The reconnect waits must be positive, the longest at least the first</source>
        <translation>Les délais de reconnexion doivent être positifs, le plus long au moins égal au premier</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="62"/>
        <source>The CA certificate file &quot;%1&quot; cannot be read</source>
        <translation>Le fichier de certificat d&apos;AC « %1 » ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="99"/>
        <source>Stream settings: &quot;%1&quot; must be %2</source>
        <translation>Paramètres du flux : « %1 » doit être %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="111"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="115"/>
        <source>an address such as wss://host/path or mqtt://host:1883</source>
        <translation>une adresse telle que wss://host/path ou mqtt://host:1883</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="119"/>
        <location filename="../core/stream/streamconfig.cpp" line="122"/>
        <source>a list of topic filters</source>
        <translation>une liste de filtres de topic</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="142"/>
        <source>a whole number of at least %1</source>
        <translation>un nombre entier d&apos;au moins %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamconfig.cpp" line="151"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
</context>
<context>
    <name>urbis::StreamDialog</name>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="46"/>
        <source>Add stream</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="47"/>
        <source>default: the host name</source>
        <translation>par défaut : le nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="48"/>
        <source>wss://oup.example.org/air or mqtt://broker:1883</source>
        <translation>wss://oup.example.org/air ou mqtt://broker:1883</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="49"/>
        <source>MQTT topic filters, comma-separated; default #</source>
        <translation>Filtres de topic MQTT, séparés par des virgules ; par défaut #</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="51"/>
        <source>0: at most once</source>
        <translation>0 : au plus une fois</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="52"/>
        <source>1: at least once</source>
        <translation>1 : au moins une fois</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="55"/>
        <source>sent as Authorization: Bearer …; kept in memory only</source>
        <translation>envoyé comme Authorization: Bearer … ; conservé en mémoire uniquement</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="56"/>
        <source>kept in memory only</source>
        <translation>conservé en mémoire uniquement</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="58"/>
        <source>text sent after each connect, e.g. a JSON subscription</source>
        <translation>texte envoyé après chaque connexion, par ex. un abonnement JSON</translation>
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
        <translation>Aucune donnée ni réponse aux pings pendant cette durée : la liaison est considérée comme rompue et reconnectée</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="78"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="81"/>
        <source>QoS:</source>
        <translation>QoS :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="83"/>
        <source>T&amp;opics:</source>
        <translation>T&amp;opics :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="87"/>
        <source>Us&amp;er / password:</source>
        <translation>Utilisat&amp;eur / mot de passe :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="88"/>
        <source>&amp;Bearer token:</source>
        <translation>Jeton &amp;Bearer :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="89"/>
        <source>Subscribe messa&amp;ge:</source>
        <translation>Messa&amp;ge d&apos;abonnement :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="92"/>
        <source>Heartbeat:</source>
        <translation>Signal de vie :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="95"/>
        <source>Max message si&amp;ze:</source>
        <translation>Taille ma&amp;x. des messages :</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="96"/>
        <source>Field mapping</source>
        <translation>Correspondance des champs</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="119"/>
        <source>Edit stream &quot;%1&quot;</source>
        <translation>Modifier le flux « %1 »</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="177"/>
        <source>Enter the stream&apos;s address</source>
        <translation>Saisissez l&apos;adresse du flux</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="181"/>
        <source>Map at least one measure, or let the mapping be inferred</source>
        <translation>Mettez en correspondance au moins une mesure, ou laissez la correspondance être déduite</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamdialog.cpp" line="186"/>
        <source>The measure &quot;%1&quot; is mapped twice</source>
        <translation>La mesure « %1 » est mise en correspondance deux fois</translation>
    </message>
</context>
<context>
    <name>urbis::StreamListModel</name>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="40"/>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="42"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="44"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="46"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="48"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="100"/>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="116"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="151"/>
        <source>Messages that were not JSON, not a record, or could not be mapped</source>
        <translation>Messages qui n&apos;étaient pas du JSON, pas une entrée, ou qui n&apos;ont pas pu être mis en correspondance</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="153"/>
        <source>Messages over the maximum size, dropped unread</source>
        <translation>Messages dépassant la taille maximale, rejetés sans lecture</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="155"/>
        <source>Successful connections after the first</source>
        <translation>Connexions réussies après la première</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="164"/>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="166"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="168"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="170"/>
        <source>msg/s</source>
        <translation>msg/s</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="172"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="174"/>
        <source>Malformed</source>
        <translation>Mal formés</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="176"/>
        <source>Oversized</source>
        <translation>Trop volumineux</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="178"/>
        <source>Reconnects</source>
        <translation>Reconnexions</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamlistmodel.cpp" line="180"/>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>urbis::StreamListPanel</name>
    <message>
        <location filename="../widgets/stream/streamlistpanel.cpp" line="20"/>
        <source>Filter streams by name or address…</source>
        <translation>Filtrer les flux par nom ou adresse…</translation>
    </message>
</context>
<context>
    <name>urbis::StreamMonitor</name>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="57"/>
        <source>&amp;Pause charts</source>
        <translation>&amp;Mettre les graphiques en pause</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="59"/>
        <source>Freeze or follow the live charts (Space)</source>
        <translation>Figer ou suivre les graphiques en direct (Espace)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="77"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="78"/>
        <location filename="../widgets/stream/streammonitor.cpp" line="258"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="79"/>
        <location filename="../widgets/stream/streammonitor.cpp" line="260"/>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="120"/>
        <source>Alert rules saved</source>
        <translation>Règles d&apos;alerte enregistrées</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="138"/>
        <source>Recording &quot;%1&quot;: the dataset grows in the catalog as it records</source>
        <translation>Enregistrement de « %1 » : le jeu de données grandit dans le catalogue au fil de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="144"/>
        <source>Recording of &quot;%1&quot; finished: %2 rows in the dataset</source>
        <translation>Enregistrement de « %1 » terminé : %2 lignes dans le jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="152"/>
        <source>Recording of &quot;%1&quot; failed: %2</source>
        <translation>Échec de l&apos;enregistrement de « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="191"/>
        <source>Cannot read the watched streams: %1</source>
        <translation>Impossible de lire les flux suivis : %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="258"/>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="260"/>
        <source>Rejected (%1)</source>
        <translation>Rejetés (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="267"/>
        <source>No streams yet: Add… (Ctrl+N) watches a WebSocket or MQTT feed.</source>
        <translation>Aucun flux pour l&apos;instant : Ajouter… (Ctrl+N) suit un flux WebSocket ou MQTT.</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="273"/>
        <source>%1 messages, %2 received, %3 link drops; buffers %4</source>
        <translation>%1 messages, %2 reçus, %3 coupures de liaison ; tampons %4</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="277"/>
        <source>%1 stations over the limit not charted</source>
        <translation>%1 stations au-delà de la limite non tracées</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="279"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="290"/>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="292"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streammonitor.cpp" line="328"/>
        <source>(log)</source>
        <translation>(journal)</translation>
    </message>
</context>
<context>
    <name>urbis::StreamRecorder</name>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="149"/>
        <source>Nothing to record: the stream&apos;s field mapping has no measure and no attribute</source>
        <translation>Rien à enregistrer : la correspondance des champs du flux n&apos;a ni mesure ni attribut</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="152"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="161"/>
        <source>Cannot lock the recording %1</source>
        <translation>Impossible de verrouiller l&apos;enregistrement %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="174"/>
        <source>%1 recording %2</source>
        <translation>%1, enregistrement %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="175"/>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="178"/>
        <source>Recorded from the live stream %1</source>
        <translation>Enregistré depuis le flux en direct %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamrecorder.cpp" line="247"/>
        <location filename="../core/stream/streamrecorder.cpp" line="261"/>
        <location filename="../core/stream/streamrecorder.cpp" line="280"/>
        <source>The recording has been finished</source>
        <translation>L&apos;enregistrement est terminé</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSession</name>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="140"/>
        <source>This stream is already being recorded.</source>
        <translation>Ce flux est déjà en cours d&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="175"/>
        <source>Recording stopped: %1</source>
        <translation>Enregistrement arrêté : %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamworker.cpp" line="196"/>
        <source>The recording could not be completed: %1. It is completed the next time Urbis starts.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être finalisé : %1. Il sera finalisé au prochain démarrage d&apos;Urbis.</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSessions</name>
    <message>
        <location filename="../widgets/stream/streamsessions.cpp" line="133"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="158"/>
        <source>A stream named &quot;%1&quot; is watched already</source>
        <translation>Un flux nommé « %1 » est déjà suivi</translation>
    </message>
    <message>
        <location filename="../widgets/stream/streamsessions.cpp" line="152"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="175"/>
        <location filename="../widgets/stream/streamsessions.cpp" line="191"/>
        <source>No stream &quot;%1&quot;</source>
        <translation>Aucun flux « %1 »</translation>
    </message>
</context>
<context>
    <name>urbis::StreamSource</name>
    <message>
        <location filename="../core/stream/streamsource.cpp" line="95"/>
        <source>The record has no value that could be a measure or an attribute</source>
        <translation>L&apos;entrée n&apos;a aucune valeur qui pourrait être une mesure ou un attribut</translation>
    </message>
</context>
<context>
    <name>urbis::StreamStore</name>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="30"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="47"/>
        <source>stream %1: %2</source>
        <translation>flux %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="50"/>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="55"/>
        <source>&quot;%1&quot; is not a stream id</source>
        <translation>« %1 » n&apos;est pas un identifiant de flux</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="57"/>
        <source>no config</source>
        <translation>aucune configuration</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="64"/>
        <source>&quot;alertRules&quot; is not a list</source>
        <translation>« alertRules » n&apos;est pas une liste</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="73"/>
        <source>&quot;autoStart&quot; is not true or false</source>
        <translation>« autoStart » n&apos;est pas true ou false</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="94"/>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="98"/>
        <source>not valid JSON (at character %1)</source>
        <translation>JSON non valide (au caractère %1)</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="101"/>
        <source>no list of streams</source>
        <translation>aucune liste de flux</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="110"/>
        <source>the stream id &quot;%1&quot; is used twice</source>
        <translation>l&apos;identifiant de flux « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="126"/>
        <location filename="../core/stream/streamstore.cpp" line="172"/>
        <source>There is no stream &quot;%1&quot;</source>
        <translation>Le flux « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/stream/streamstore.cpp" line="153"/>
        <source>&quot;%1&quot; is not a stream id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>« %1 » n&apos;est pas un identifiant de flux : utilisez des lettres minuscules, des chiffres et &apos;-&apos;</translation>
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
        <translation>usage : urbis sync [NAME] [--push] [--pull] [--dry-run] [--with-data]
                   [--bbox W,S,E,N] [--from T] [--to T]
        urbis sync [NAME] --fetch ID              télécharger les données d&apos;un jeu de données reçu
        urbis sync [NAME] --conflicts             lister les jeux de données modifiés ici et là-bas
        urbis sync [NAME] --resolve ID --keep mine|theirs|both
transferts : --part-size MIB (par défaut 8, au moins 5), --concurrency N (par défaut 4),
             --bwlimit RATE (octets par seconde ; suffixes K, M ou G : 10M)
Sans --push ni --pull, les deux sens sont exécutés. Les jeux de données reçus apportent leurs métadonnées ;
leurs données suivent avec --with-data, pour ceux situés dans --bbox / --from..--to, ou avec --fetch.
NAME peut être omis s&apos;il n&apos;y a qu&apos;un seul stockage distant (urbis remote list).</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="48"/>
        <source>No remote yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Aucun stockage distant pour l&apos;instant : urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="49"/>
        <source>Several remotes: name the one to sync with</source>
        <translation>Plusieurs stockages distants : indiquez celui avec lequel synchroniser</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="57"/>
        <source>sync takes at most one remote name</source>
        <translation>sync accepte au plus un nom de stockage distant</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="93"/>
        <source>--part-size is in MiB, from 5 to 5120</source>
        <translation>--part-size est en MiB, de 5 à 5120</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="100"/>
        <source>--concurrency is a number from 1 to 64</source>
        <translation>--concurrency est un nombre de 1 à 64</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="112"/>
        <source>--bwlimit needs a rate such as 500K or 10M</source>
        <translation>--bwlimit attend un débit tel que 500K ou 10M</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="123"/>
        <source>--resolve needs --keep mine, theirs or both</source>
        <translation>--resolve attend --keep mine, theirs ou both</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="131"/>
        <source>Syncing with %1</source>
        <translation>Synchronisation avec %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="148"/>
        <source>%1%2 pushed, %3 pulled, %4 conflict(s), %5 failed; %6 blob(s) up (%7 already there), %8 down in %9 s</source>
        <translation>%1%2 envoyé(s), %3 reçu(s), %4 conflit(s), %5 en échec ; %6 blob(s) envoyé(s) (%7 déjà présent(s)), %8 téléchargé(s) en %9 s</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="149"/>
        <source>dry run: would have </source>
        <translation>simulation (sans modification) : </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="181"/>
        <source>%n conflict(s); %1 dataset(s) waiting to be pushed</source>
        <translation>
            <numerusform>%n conflit ; jeux de données en attente d&apos;envoi : %1</numerusform>
            <numerusform>%n conflits ; jeux de données en attente d&apos;envoi : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::SyncEngine</name>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="63"/>
        <source>Sync cancelled</source>
        <translation>Synchronisation annulée</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="88"/>
        <source>Reading the remote catalog of %1…</source>
        <translation>Lecture du catalogue distant de %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="118"/>
        <source>%1 is not JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON : %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="96"/>
        <source>Still unresolved: changed here and on %1</source>
        <translation>Toujours non résolu : modifié ici et sur %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="111"/>
        <source>Changed here (%1 version(s), last edit %2) and on %3 (%4 version(s), last edit %5)</source>
        <translation>Modifié ici (%1 version(s), dernière modification %2) et sur %3 (%4 version(s), dernière modification %5)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="164"/>
        <source>Changed on %1 while this sync ran</source>
        <translation>Modifié sur %1 pendant cette synchronisation</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="273"/>
        <source>Writing the STAC catalog of %1…</source>
        <translation>Écriture du catalogue STAC de %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="94"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/syncengine.cpp" line="101"/>
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>%n jeu de données n&apos;a pas pu être synchronisé ; la prochaine synchronisation réessaiera</numerusform>
            <numerusform>%n jeux de données n&apos;ont pas pu être synchronisés ; la prochaine synchronisation réessaiera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="158"/>
        <source>&quot;%1&quot; changed on %2 again; look at it once more</source>
        <translation>« %1 » a de nouveau été modifié sur %2 ; examinez-le une nouvelle fois</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="208"/>
        <source>&quot;%1&quot; was never synced with a remote: its data is not available</source>
        <translation>« %1 » n&apos;a jamais été synchronisé avec un stockage distant : ses données ne sont pas disponibles</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPanel</name>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="51"/>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="52"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="53"/>
        <location filename="../widgets/sync/syncpanel.cpp" line="171"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="95"/>
        <source>&amp;Add remote…</source>
        <translation>&amp;Ajouter un stockage distant…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="97"/>
        <source>Connect this catalog to an S3 / MinIO bucket</source>
        <translation>Connecter ce catalogue à un bucket S3 / MinIO</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="102"/>
        <source>Forget this remote here; nothing is deleted in the bucket</source>
        <translation>Oublier ce stockage distant ici ; rien n&apos;est supprimé dans le bucket</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="103"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="105"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="106"/>
        <source>Push local changes and pull the remote&apos;s (Ctrl+Shift+S)</source>
        <translation>Envoyer les modifications locales et recevoir celles du stockage distant (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="107"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="109"/>
        <source>Dry run: list what a sync would move, changing nothing</source>
        <translation>Simulation : lister ce qu&apos;une synchronisation transférerait, sans rien modifier</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="171"/>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="205"/>
        <source>Remote &quot;%1&quot; updated</source>
        <translation>Stockage distant « %1 » mis à jour</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="206"/>
        <source>Remote &quot;%1&quot; added</source>
        <translation>Stockage distant « %1 » ajouté</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="235"/>
        <source>Remove remote</source>
        <translation>Retirer le stockage distant</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="236"/>
        <source>Forget the remote &quot;%1&quot;? Nothing is deleted in the bucket, and the datasets stay in this catalog.</source>
        <translation>Oublier le stockage distant « %1 » ? Rien n&apos;est supprimé dans le bucket et les jeux de données restent dans ce catalogue.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="245"/>
        <source>Remote &quot;%1&quot; removed</source>
        <translation>Stockage distant « %1 » retiré</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="256"/>
        <source>A sync of &quot;%1&quot; is already running</source>
        <translation>Une synchronisation de « %1 » est déjà en cours</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="270"/>
        <source>Syncing &quot;%1&quot;…</source>
        <translation>Synchronisation de « %1 »…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="279"/>
        <source>&quot;%1&quot; is in sync</source>
        <translation>« %1 » est synchronisé</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="281"/>
        <source>Sync of &quot;%1&quot; cancelled</source>
        <translation>Synchronisation de « %1 » annulée</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284"/>
        <source>Sync of &quot;%1&quot; failed: %2</source>
        <translation>Échec de la synchronisation de « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284"/>
        <source>see Transfers</source>
        <translation>voir Transferts</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="295"/>
        <source>Next try at %1</source>
        <translation>Prochaine tentative : %1</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="331"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="333"/>
        <source>Preview of &quot;%1&quot; failed: %2</source>
        <translation>Échec de l&apos;aperçu de « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="353"/>
        <source>Conflict on &quot;%1&quot; settled</source>
        <translation>Conflit sur « %1 » résolu</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="354"/>
        <source>Could not settle the conflict: %1</source>
        <translation>Impossible de résoudre le conflit : %1</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPlanModel</name>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="30"/>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="32"/>
        <source>Download</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="34"/>
        <source>Fetch data</source>
        <translation>Téléchargement des données</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="36"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="38"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sync/syncplanmodel.cpp" line="72"/>
        <source>%1 (%n version(s))</source>
        <translation>
            <numerusform>%1 (%n version)</numerusform>
            <numerusform>%1 (%n versions)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="92"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="94"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="96"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="98"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPreviewView</name>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="18"/>
        <source>Preview lists what a sync would upload and download, without changing anything.</source>
        <translation>L&apos;aperçu liste ce qu&apos;une synchronisation enverrait et recevrait, sans rien modifier.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="28"/>
        <source>What the sync would move</source>
        <translation>Ce que la synchronisation transférerait</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="43"/>
        <source>Asking &quot;%1&quot; what a sync would move…</source>
        <translation>Interrogation de « %1 » sur ce qu&apos;une synchronisation transférerait…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="49"/>
        <source>Preview of &quot;%1&quot; failed: %2</source>
        <translation>Échec de l&apos;aperçu de « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="57"/>
        <source>&quot;%1&quot; is in sync: nothing would move.</source>
        <translation>« %1 » est synchronisé : rien ne serait transféré.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="61"/>
        <source>A sync with &quot;%1&quot; would upload %2 and download %3 dataset(s), %4 in all; %5 conflict(s). Nothing was changed.</source>
        <translation>Une synchronisation avec « %1 » enverrait %2 et recevrait %3 jeu(x) de données, %4 au total ; %5 conflit(s). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>urbis::SyncTask</name>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9"/>
        <source>Preview sync with %1</source>
        <translation>Aperçu de la synchronisation avec %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9"/>
        <source>Sync with %1</source>
        <translation>Synchronisation avec %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="30"/>
        <source>Download the data of a dataset</source>
        <translation>Télécharger les données d’un jeu de données</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/synctask.cpp" line="70"/>
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>%n jeu de données n&apos;a pas pu être synchronisé ; la prochaine synchronisation réessaiera</numerusform>
            <numerusform>%n jeux de données n&apos;ont pas pu être synchronisés ; la prochaine synchronisation réessaiera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TableChecker</name>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="113"/>
        <source>There is an extra label &quot;%1&quot; in the header at position %2</source>
        <translation>L&apos;en-tête contient une étiquette supplémentaire « %1 » à la position %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="119"/>
        <source>Label &quot;%1&quot; of the schema is missing from the header at position %2</source>
        <translation>L&apos;étiquette « %1 » du schéma est absente de l&apos;en-tête à la position %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="124"/>
        <source>Label in the header at position %1 is blank</source>
        <translation>L&apos;étiquette de l&apos;en-tête à la position %1 est vide</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="126"/>
        <source>Label &quot;%1&quot; at position %2 is a duplicate</source>
        <translation>L&apos;étiquette « %1 » à la position %2 est un doublon</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="128"/>
        <source>Label &quot;%1&quot; at position %2 does not match the field name &quot;%3&quot; of the schema</source>
        <translation>L&apos;étiquette « %1 » à la position %2 ne correspond pas au nom de champ « %3 » du schéma</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="173"/>
        <source>Row at position %1 is completely blank</source>
        <translation>La ligne à la position %1 est entièrement vide</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="187"/>
        <source>Type error in the cell &quot;%1&quot; in row %2 and field &quot;%3&quot; at position %4: type is &quot;%5/%6&quot;</source>
        <translation>Erreur de type dans la cellule « %1 » à la ligne %2 et au champ « %3 » à la position %4 : le type est « %5/%6 »</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="195"/>
        <source>The cell &quot;%1&quot; in row %2 and field &quot;%3&quot; at position %4 does not conform to the constraint &quot;%5&quot;</source>
        <translation>La cellule « %1 » à la ligne %2 et au champ « %3 » à la position %4 ne respecte pas la contrainte « %5 »</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="205"/>
        <source>Row at position %1 has an extra value in field at position %2</source>
        <translation>La ligne à la position %1 a une valeur supplémentaire dans le champ à la position %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="210"/>
        <source>Row at position %1 has a missing cell in field &quot;%2&quot; at position %3</source>
        <translation>Il manque une cellule à la ligne à la position %1 dans le champ « %2 » à la position %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="217"/>
        <source>Row at position %1 has a unique constraint violation in field &quot;%2&quot; at position %3</source>
        <translation>La ligne à la position %1 viole la contrainte d&apos;unicité dans le champ « %2 » à la position %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="230"/>
        <source>Row at position %1 violates the primary key: all key cells are null or the key is not unique</source>
        <translation>La ligne à la position %1 viole la clé primaire : toutes les cellules de la clé sont nulles ou la clé n&apos;est pas unique</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="247"/>
        <source>Row at position %1 is a duplicate of an earlier row</source>
        <translation>La ligne à la position %1 est un doublon d&apos;une ligne précédente</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="262"/>
        <source>Row at position %1 violates the foreign key: the referenced values are not in the table</source>
        <translation>La ligne à la position %1 viole la clé étrangère : les valeurs référencées ne sont pas dans la table</translation>
    </message>
</context>
<context>
    <name>urbis::TableField</name>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="38"/>
        <location filename="../core/ingest/valuecast.cpp" line="41"/>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Champ « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="92"/>
        <source>constraint &quot;%1&quot; is not supported by type &quot;%2&quot;</source>
        <translation>la contrainte « %1 » n&apos;est pas prise en charge par le type « %2 »</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="98"/>
        <source>constraint &quot;%1&quot;: %2 is not a valid %3</source>
        <translation>contrainte « %1 » : %2 n&apos;est pas une valeur %3 valide</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="106"/>
        <source>a length constraint is negative</source>
        <translation>une contrainte de longueur est négative</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="127"/>
        <source>pattern &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>le motif « %1 » n&apos;est pas une expression régulière valide : %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="18"/>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is malformed</source>
        <translation>Champ « %1 » : « %2 » est mal formé</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="50"/>
        <source>Field &quot;%1&quot;: unknown constraint &quot;%2&quot;</source>
        <translation>Champ « %1 » : contrainte inconnue « %2 »</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="112"/>
        <source>A field has no name (&quot;name&quot; must be a string)</source>
        <translation>Un champ n&apos;a pas de nom (« name » doit être une chaîne)</translation>
    </message>
    <message>
        <location filename="../core/ingest/timepattern.cpp" line="113"/>
        <source>The date/time format &quot;%1&quot; uses &quot;%2&quot;, which is not a supported strptime directive</source>
        <translation>Le format de date/heure « %1 » utilise « %2 », qui n&apos;est pas une directive strptime prise en charge</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="96"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation>type inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="114"/>
        <source>format &quot;%1&quot; is not valid for type &quot;%2&quot;</source>
        <translation>le format « %1 » n&apos;est pas valide pour le type « %2 »</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="131"/>
        <source>&quot;%1&quot; is malformed</source>
        <translation>« %1 » est mal formé</translation>
    </message>
</context>
<context>
    <name>urbis::TableSchema</name>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="51"/>
        <source>Foreign key %1 is malformed: it needs &quot;fields&quot; and a &quot;reference&quot; with &quot;resource&quot; and &quot;fields&quot;</source>
        <translation>La clé étrangère %1 est mal formée : elle nécessite « fields » et une « reference » avec « resource » et « fields »</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="58"/>
        <source>Foreign key %1 lists %2 fields but references %3</source>
        <translation>La clé étrangère %1 liste %2 champs mais en référence %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="70"/>
        <source>Foreign key %1 names the field &quot;%2&quot;, which the schema does not have</source>
        <translation>La clé étrangère %1 nomme le champ « %2 », que le schéma ne contient pas</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="88"/>
        <location filename="../core/ingest/tableschema.cpp" line="95"/>
        <source>The schema&apos;s &quot;missingValues&quot; must be a list of strings</source>
        <translation>« missingValues » du schéma doit être une liste de chaînes</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="103"/>
        <source>The schema has no &quot;fields&quot; list</source>
        <translation>Le schéma n&apos;a pas de liste « fields »</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="111"/>
        <source>Field %1 of the schema is not an object</source>
        <translation>Le champ %1 du schéma n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="116"/>
        <source>Field %1 of the schema has no name</source>
        <translation>Le champ %1 du schéma n&apos;a pas de nom</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="124"/>
        <source>The schema has two fields named &quot;%1&quot;</source>
        <translation>Le schéma a deux champs nommés « %1 »</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="134"/>
        <source>The schema&apos;s &quot;primaryKey&quot; must be a field name or a list of them</source>
        <translation>« primaryKey » du schéma doit être un nom de champ ou une liste de noms de champs</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="140"/>
        <source>The primary key names the field &quot;%1&quot;, which the schema does not have</source>
        <translation>La clé primaire nomme le champ « %1 », que le schéma ne contient pas</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="150"/>
        <source>The schema&apos;s &quot;foreignKeys&quot; must be a list</source>
        <translation>« foreignKeys » du schéma doit être une liste</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="163"/>
        <source>The schema&apos;s &quot;%1&quot; must be a string</source>
        <translation>« %1 » du schéma doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="177"/>
        <source>Cannot read the schema file %1</source>
        <translation>Impossible de lire le fichier de schéma %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="182"/>
        <source>The schema file %1 is not valid JSON (at byte %2)</source>
        <translation>Le fichier de schéma %1 n&apos;est pas un JSON valide (à l&apos;octet %2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="188"/>
        <source>The schema file %1 does not hold a JSON object</source>
        <translation>Le fichier de schéma %1 ne contient pas d&apos;objet JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="195"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>urbis::Task</name>
    <message>
        <location filename="../core/util/task.cpp" line="39"/>
        <source>Cancelled before it started</source>
        <translation>Annulée avant son démarrage</translation>
    </message>
</context>
<context>
    <name>urbis::TaskProgressWidget</name>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="20"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="22"/>
        <source>Stop this step</source>
        <translation>Arrêter cette étape</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="59"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="83"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>urbis::TaskRow</name>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="35"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="37"/>
        <source>Stop this task; work done so far is rolled back</source>
        <translation>Arrêter cette tâche ; le travail déjà effectué est annulé</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="89"/>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="95"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="98"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="101"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>urbis::TasksPanel</name>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="18"/>
        <source>Clear finished</source>
        <translation>Effacer les terminées</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="20"/>
        <source>Remove finished, failed and cancelled tasks from the list</source>
        <translation>Retirer de la liste les tâches terminées, échouées et annulées</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="25"/>
        <source>No tasks. Imports, sync and clean-up jobs show their progress here.</source>
        <translation>Aucune tâche. Les importations, synchronisations et nettoyages affichent leur progression ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="91"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="92"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TileDownloader</name>
    <message>
        <location filename="../core/map/tiledownloader.cpp" line="76"/>
        <source>The server sent something that is not an image</source>
        <translation>Le serveur a envoyé autre chose qu&apos;une image</translation>
    </message>
</context>
<context>
    <name>urbis::TransferMeter</name>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="17"/>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="19"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="21"/>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="22"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="60"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="63"/>
        <source>%1/s, %2:%3 left</source>
        <translation>%1/s, temps restant %2:%3</translation>
    </message>
</context>
<context>
    <name>urbis::TransfersView</name>
    <message>
        <location filename="../widgets/sync/transfersview.cpp" line="15"/>
        <source>No transfer running. Sync now (Ctrl+Shift+S) or Preview to see what would move.</source>
        <translation>Aucun transfert en cours. « Synchroniser maintenant » (Ctrl+Shift+S) ou « Aperçu » montre ce qui serait transféré.</translation>
    </message>
</context>
<context>
    <name>urbis::ValidateCommand</name>
    <message>
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation type="vanished">usage : urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                       [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
codes de sortie : 0 valide, 1 non valide, 2 erreur d&apos;usage ou entrée illisible</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="31"/>
        <source>validate needs exactly one file</source>
        <translation>validate nécessite exactement un fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="38"/>
        <source>--limit-errors needs a positive whole number</source>
        <translation>--limit-errors nécessite un nombre entier positif</translation>
    </message>
    <message>
        <source>Unknown check &quot;%1&quot;; available: duplicate-row</source>
        <translation type="vanished">Vérification inconnue « %1 » ; disponible : duplicate-row</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="21"/>
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
checks: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
        forbidden-value:FIELD=a|b|c (city-data checks always run; --no-city-checks turns them off)
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation>usage : urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                       [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
vérifications : duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
                forbidden-value:FIELD=a|b|c (les vérifications des données urbaines s&apos;exécutent toujours ; --no-city-checks les désactive)
codes de sortie : 0 valide, 1 non valide, 2 erreur d&apos;usage ou entrée illisible</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="48"/>
        <source>Unknown check &quot;%1&quot;; available: %2</source>
        <translation>Vérification inconnue « %1 » ; disponibles : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="51"/>
        <source>The check %1 needs a field: --checks %1:FIELD</source>
        <translation>La vérification %1 nécessite un champ : --checks %1:FIELD</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="78"/>
        <source>Cannot read %1: no such file</source>
        <translation>Impossible de lire %1 : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="82"/>
        <source>Validating</source>
        <translation>Validation en cours</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="99"/>
        <source>, row %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="101"/>
        <source>, column %1</source>
        <translation>, colonne %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="102"/>
        <source>, column %1 (%2)</source>
        <translation>, colonne %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="106"/>
        <source>... and %1 more errors (use --json for all)</source>
        <translation>... et %1 erreurs de plus (utilisez --json pour toutes)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="107"/>
        <source>%1: valid (%2 rows, %3 fields)</source>
        <translation>%1 : valide (%2 lignes, %3 champs)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="108"/>
        <source>%1: invalid, %2 errors in %3 rows</source>
        <translation>%1 : non valide, %2 erreurs dans %3 lignes</translation>
    </message>
</context>
<context>
    <name>urbis::Validator</name>
    <message>
        <source>Validation cancelled</source>
        <translation type="vanished">Validation annulée</translation>
    </message>
    <message>
        <source>The source is empty</source>
        <translation type="vanished">La source est vide</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="70"/>
        <source>Cannot create a temporary folder</source>
        <translation>Impossible de créer un dossier temporaire</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="74"/>
        <source>Cannot write a temporary file</source>
        <translation>Impossible d&apos;écrire un fichier temporaire</translation>
    </message>
</context>
<context>
    <name>urbis::VectorReader</name>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="77"/>
        <source>Cannot open %1 as a vector source</source>
        <translation>Impossible d&apos;ouvrir %1 en tant que source vecteur</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="81"/>
        <source>%1 has no layer %2</source>
        <translation>%1 n&apos;a pas de couche %2</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="102"/>
        <source>Cannot transform %1 to WGS84</source>
        <translation>Impossible de transformer %1 en WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="190"/>
        <source>Reading %1 failed</source>
        <translation>La lecture de %1 a échoué</translation>
    </message>
</context>
<context>
    <name>urbis::VersionHistoryView</name>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="20"/>
        <source>Select a version to see what changed since the one before; double-click to open it</source>
        <translation>Sélectionnez une version pour voir ce qui a changé depuis la précédente ; double-cliquez pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="35"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="37"/>
        <source>Changes in the metadata</source>
        <translation>Modifications des métadonnées</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="41"/>
        <source>Change log of this version</source>
        <translation>Journal des modifications de cette version</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="67"/>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="103"/>
        <source>Version %1 is the first version: nothing to compare it with.</source>
        <translation>La version %1 est la première version : il n&apos;y a rien à quoi la comparer.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="109"/>
        <source>No metadata changed between version %1 and version %2.</source>
        <translation>Aucune métadonnée n&apos;a changé entre la version %1 et la version %2.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="110"/>
        <source>Version %1 compared with version %2:</source>
        <translation>Version %1 comparée à la version %2 :</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="114"/>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="115"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>urbis::WebSocketSource</name>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="191"/>
        <source>No answer from %1 within %2 s</source>
        <translation>Aucune réponse de %1 dans les %2 s</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="198"/>
        <source>No data and no answer to pings for %1 s: the link is dead, reconnecting</source>
        <translation>Aucune donnée ni réponse aux pings depuis %1 s : la liaison est rompue, reconnexion en cours</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="213"/>
        <source>A message over %1 bytes: the connection was closed and is reopened</source>
        <translation>Un message de plus de %1 octets : la connexion a été fermée et est rouverte</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="245"/>
        <source>HTTP %1 from the server: check the token</source>
        <translation>HTTP %1 du serveur : vérifiez le jeton</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="246"/>
        <source>HTTP %1 %2 from the server: is %3 a WebSocket address?</source>
        <translation>HTTP %1 %2 du serveur : %3 est-elle une adresse WebSocket ?</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="252"/>
        <source>%1 refused the connection: is the server running?</source>
        <translation>%1 a refusé la connexion : le serveur est-il démarré ?</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="254"/>
        <source>Host %1 not found: check the address</source>
        <translation>Hôte %1 introuvable : vérifiez l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="256"/>
        <source>Secure connection to %1 failed: %2. A private server needs its CA certificate in the CA file</source>
        <translation>La connexion sécurisée à %1 a échoué : %2. Un serveur privé nécessite son certificat d&apos;AC dans le fichier d&apos;AC</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="261"/>
        <source>Network error talking to %1: %2</source>
        <translation>Erreur réseau lors de la communication avec %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="266"/>
        <source>A message was too large: the connection was closed</source>
        <translation>Un message était trop volumineux : la connexion a été fermée</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="268"/>
        <source>The server closed the connection: %1 (code %2)</source>
        <translation>Le serveur a fermé la connexion : %1 (code %2)</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="274"/>
        <source>The connection to %1 was lost</source>
        <translation>La connexion à %1 a été perdue</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="275"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue : %2</translation>
    </message>
    <message>
        <location filename="../core/stream/websocketsource.cpp" line="276"/>
        <source>The server closed the connection</source>
        <translation>Le serveur a fermé la connexion</translation>
    </message>
</context>
<context>
    <name>urbis::WhatIf</name>
    <message>
        <location filename="../core/sim/whatif.cpp" line="40"/>
        <source>The KPI is by %1 and the driver by %2; they must share a grain</source>
        <translation>Le KPI est par %1 et le facteur par %2 ; ils doivent avoir la même granularité</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="43"/>
        <source>The change needs a start date</source>
        <translation>La modification nécessite une date de début</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="45"/>
        <source>The change ends before it starts</source>
        <translation>La modification se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="47"/>
        <source>A driver cannot fall by more than 100 %</source>
        <translation>Un facteur ne peut pas baisser de plus de 100 %</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="65"/>
        <source>The KPI and the driver overlap in %1 periods with values; the model needs at least %2</source>
        <translation>Le KPI et le facteur se recouvrent sur %1 périodes avec valeurs ; le modèle en nécessite au moins %2</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="90"/>
        <source>The driver does not vary over the overlapping periods</source>
        <translation>Le facteur ne varie pas sur les périodes communes</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="163"/>
        <source>The change does not touch the analysed periods (%1 to %2)</source>
        <translation>La modification ne touche pas les périodes analysées (%1 à %2)</translation>
    </message>
    <message>
        <location filename="../core/sim/whatif.cpp" line="170"/>
        <source>KPI = %1 + %2 x driver fitted on %3 overlapping periods (R² = %4). The fit shows association, not causation, and assumes a constant response per driver unit.</source>
        <translation>KPI = %1 + %2 x facteur, ajusté sur %3 périodes communes (R² = %4). L&apos;ajustement montre une association, pas une causalité, et suppose une réponse constante par unité du facteur.</translation>
    </message>
</context>
<context>
    <name>urbis::WildfireModel</name>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="43"/>
        <source>The fuel grid is empty.</source>
        <translation>La grille des combustibles est vide.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="45"/>
        <source>The grid of %1 × %2 cells is too large.</source>
        <translation>La grille de %1 × %2 cellules est trop grande.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="47"/>
        <source>The elevation grid (%1 × %2) does not match the fuel grid (%3 × %4).</source>
        <translation>La grille d&apos;altitude (%1 × %2) ne correspond pas à la grille des combustibles (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="53"/>
        <source>The barrier grid (%1 × %2) does not match the fuel grid (%3 × %4).</source>
        <translation>La grille des barrières (%1 × %2) ne correspond pas à la grille des combustibles (%3 × %4).</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="59"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>La taille de cellule doit être un nombre positif de mètres.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="61"/>
        <source>A wildfire run needs at least one step.</source>
        <translation>Un calcul de feu de forêt nécessite au moins un pas de temps.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="63"/>
        <source>The step length must be a positive number of minutes.</source>
        <translation>La durée du pas doit être un nombre positif de minutes.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="65"/>
        <source>The wind speed must be zero or more and its direction a number of degrees.</source>
        <translation>La vitesse du vent doit être supérieure ou égale à zéro et sa direction un nombre de degrés.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="67"/>
        <source>The fuel moisture must be a fraction of zero or more.</source>
        <translation>L&apos;humidité du combustible doit être une fraction supérieure ou égale à zéro.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="69"/>
        <source>The spotting probability must be between 0 and 1.</source>
        <translation>La probabilité de saute de feu doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="73"/>
        <source>Fuel code %1 is out of range or listed twice.</source>
        <translation>Le code de combustible %1 est hors limites ou listé deux fois.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="77"/>
        <source>Fuel %1 needs a spread rate of zero or more and a positive extinction moisture.</source>
        <translation>Le combustible %1 nécessite une vitesse de propagation supérieure ou égale à zéro et une humidité d&apos;extinction positive.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="86"/>
        <source>The fuel grid holds code %1, which is not in the fuel table.</source>
        <translation>La grille des combustibles contient le code %1, absent de la table des combustibles.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="90"/>
        <source>The elevation grid has cells without a value.</source>
        <translation>La grille d&apos;altitude contient des cellules sans valeur.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="93"/>
        <source>A wildfire run needs at least one ignition point.</source>
        <translation>Un calcul de feu de forêt nécessite au moins un point d&apos;allumage.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="96"/>
        <source>The ignition at (%1, %2) is outside the grid.</source>
        <translation>Le point d&apos;allumage (%1, %2) est hors de la grille.</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="106"/>
        <source>The wildfire simulation was cancelled.</source>
        <translation>La simulation de feu de forêt a été annulée.</translation>
    </message>
</context>
<context>
    <name>urbis::WildfireParams</name>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="31"/>
        <source>Grass</source>
        <translation>Herbe</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="32"/>
        <source>Shrub</source>
        <translation>Arbustes</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="33"/>
        <source>Timber litter</source>
        <translation>Litière forestière</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="34"/>
        <source>Urban vegetation</source>
        <translation>Végétation urbaine</translation>
    </message>
    <message>
        <location filename="../core/sim/wildfiremodel.cpp" line="35"/>
        <source>Water or rock</source>
        <translation>Eau ou roche</translation>
    </message>
</context>
<context>
    <name>urbis::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="30"/>
        <source>Cannot create the data folder %1</source>
        <translation>Impossible de créer le dossier de données %1</translation>
    </message>
</context>
<context>
    <name>urbis::XmlSource</name>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="31"/>
        <source>Row %1: the XML is not well-formed at line %2, column %3: %4</source>
        <translation>Ligne %1 : le XML n&apos;est pas bien formé à la ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="45"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="54"/>
        <source>%1 holds no XML element</source>
        <translation>%1 ne contient aucun élément XML</translation>
    </message>
</context>
<context>
    <name>urbis::gdal</name>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="23"/>
        <source>Out of memory for %1</source>
        <translation>Mémoire insuffisante pour %1</translation>
    </message>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="29"/>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>urbis::isotime</name>
    <message>
        <location filename="../core/util/isotime.cpp" line="34"/>
        <source>&quot;%1&quot; is not an ISO 8601 date or time (e.g. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</source>
        <translation>« %1 » n&apos;est pas une date ou une heure ISO 8601 (par ex. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</translation>
    </message>
</context>
<context>
    <name>urbis::s3::FileSha256</name>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="14"/>
        <location filename="../core/storage/s3/filesha256.cpp" line="22"/>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="19"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Client</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="vanished">Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="280"/>
        <source>Not found on the remote: %1</source>
        <translation>Introuvable sur le stockage distant : %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="282"/>
        <source>The remote refused %1: it was changed meanwhile</source>
        <translation>Le stockage distant a refusé %1 : il a été modifié entre-temps</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="284"/>
        <source>The remote does not support %1</source>
        <translation>Le stockage distant ne prend pas en charge %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="286"/>
        <source>The remote is too busy for %1 (HTTP %2): try again later</source>
        <translation>Le stockage distant est trop occupé pour %1 (HTTP %2) : réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="288"/>
        <source>The remote failed on %1 (HTTP %2)</source>
        <translation>Erreur du stockage distant sur %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="289"/>
        <source>The remote refused %1: %2</source>
        <translation>Le stockage distant a refusé %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="329"/>
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>%1 est arrivé endommagé : son contenu ne correspond pas à son sha256</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="162"/>
        <location filename="../core/storage/s3/s3client.cpp" line="171"/>
        <location filename="../core/storage/s3/s3client.cpp" line="244"/>
        <location filename="../core/storage/s3/s3client.cpp" line="375"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="253"/>
        <source>the data could not be written</source>
        <translation>les données n’ont pas pu être écrites</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="265"/>
        <source>the connection failed (%1)</source>
        <translation>la connexion a échoué (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="275"/>
        <source>Cannot reach %1 for %2: %3</source>
        <translation>Impossible de joindre %1 pour %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="365"/>
        <source>The remote could not copy %1 to %2</source>
        <translation>Le stockage distant n’a pas pu copier %1 vers %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="411"/>
        <source>The remote sent an unreadable listing</source>
        <translation>Le stockage distant a envoyé une liste illisible</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="415"/>
        <source>The remote sent a truncated listing without a continuation token</source>
        <translation>Le stockage distant a envoyé une liste tronquée sans jeton de continuation</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="417"/>
        <source>The remote listing does not end</source>
        <translation>La liste du stockage distant ne se termine pas</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Downloader</name>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="26"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="42"/>
        <source>Downloading %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="51"/>
        <source>%1 carries no sha256 to verify it by</source>
        <translation>%1 ne porte aucun sha256 permettant de le vérifier</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="59"/>
        <source>Cannot make room for %1 in %2</source>
        <translation>Impossible de réserver de la place pour %1 dans %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="69"/>
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>%1 est arrivé endommagé : son contenu ne correspond pas à son sha256</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="103"/>
        <location filename="../core/storage/s3/s3downloader.cpp" line="129"/>
        <location filename="../core/storage/s3/s3downloader.cpp" line="136"/>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="131"/>
        <source>%1 arrived damaged: a range came back with the wrong length</source>
        <translation>%1 est arrivé endommagé : une plage est revenue avec une longueur incorrecte</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Multipart</name>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="41"/>
        <source>The remote did not start the upload of %1</source>
        <translation>Le stockage distant n&apos;a pas démarré l&apos;envoi de %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="54"/>
        <source>The remote sent no ETag for part %1 of %2</source>
        <translation>Le stockage distant n&apos;a envoyé aucun ETag pour la partie %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="90"/>
        <source>The remote could not assemble %1</source>
        <translation>Le stockage distant n&apos;a pas pu assembler %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="141"/>
        <source>The remote sent an unreadable part list</source>
        <translation>Le stockage distant a envoyé une liste de parties illisible</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="145"/>
        <source>The remote part list does not end</source>
        <translation>La liste des parties du stockage distant ne se termine pas</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3UploadState</name>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="27"/>
        <source>No upload to resume at %1</source>
        <translation>Aucun envoi à reprendre dans %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="29"/>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="34"/>
        <source>The upload state %1 is unreadable</source>
        <translation>L&apos;état d&apos;envoi %1 est illisible</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="50"/>
        <source>The upload state %1 is incomplete</source>
        <translation>L&apos;état d&apos;envoi %1 est incomplet</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Uploader</name>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="28"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="50"/>
        <source>Cannot upload %1: there is no such file</source>
        <translation>Impossible d&apos;envoyer %1 : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="58"/>
        <source>Uploading %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="79"/>
        <source>%1 changed while it was uploaded</source>
        <translation>%1 a été modifié pendant l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="115"/>
        <location filename="../core/storage/s3/s3uploader.cpp" line="118"/>
        <location filename="../core/storage/s3/s3uploader.cpp" line="214"/>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="228"/>
        <source>Cannot read part %1 of %2</source>
        <translation>Impossible de lire la partie %1 de %2</translation>
    </message>
</context>
</TS>
