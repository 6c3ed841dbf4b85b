<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
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
        <translation>Não é possível abrir o espaço de trabalho:
%1</translation>
    </message>
</context>
<context>
    <name>urbis</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="29" />
        <source>The built-in basemap file %1 is missing</source>
        <translation>O ficheiro do mapa de base incorporado %1 está em falta</translation>
    </message>
</context>
<context>
    <name>urbis::AboutDialog</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="20" />
        <source>About Urbis</source>
        <translation>Acerca do Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="22" />
        <source>Urbis %1</source>
        <translation>Urbis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="23" />
        <source>Desktop operator and data-curation application for city digital twins.</source>
        <translation>Aplicação de operação e curadoria de dados para gémeos digitais de cidades.</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="27" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="36" />
        <source>Built with:</source>
        <translation>Compilado com:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="39" />
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="40" />
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Copiar as versões, por exemplo para um relatório de erro</translation>
    </message>
</context>
<context>
    <name>urbis::AssetExport</name>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="12" />
        <source>Export %1 to %2</source>
        <translation>Exportar %1 para %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/assetexport.cpp" line="15" />
        <source>No object store to export from</source>
        <translation>Não existe nenhum armazenamento de objetos a partir do qual exportar</translation>
    </message>
</context>
<context>
    <name>urbis::AtomicFile</name>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="35" />
        <source>Cannot create folder %1</source>
        <translation>Não é possível criar a pasta %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="39" />
        <source>Cannot create a temporary file in %1</source>
        <translation>Não é possível criar um ficheiro temporário em %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="71" />
        <source>Cannot write %1</source>
        <translation>Não é possível escrever %1</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="84" />
        <source>Cannot flush %1 to disk</source>
        <translation>Não é possível gravar %1 no disco</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="89" />
        <source>Cannot move %1 into place as %2</source>
        <translation>Não é possível mover %1 para o lugar definitivo como %2</translation>
    </message>
</context>
<context>
    <name>urbis::BasemapLayers</name>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="46" />
        <source>Land</source>
        <translation>Terra</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="55" />
        <source>Country borders</source>
        <translation>Fronteiras dos países</translation>
    </message>
    <message>
        <location filename="../core/map/basemaplayers.cpp" line="63" />
        <source>Places</source>
        <translation>Localidades</translation>
    </message>
</context>
<context>
    <name>urbis::BlobTransfers</name>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="50" />
        <source>The data of "%1" is not on this computer (blob %2): fetch it before pushing</source>
        <translation>Os dados de "%1" não estão neste computador (blob %2): descarregue-os antes de enviar</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="53" />
        <source>Cannot create %1</source>
        <translation>Não é possível criar %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="77" />
        <source>Cannot create a work folder in %1</source>
        <translation>Não é possível criar uma pasta de trabalho em %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/blobtransfers.cpp" line="102" />
        <source>%1 does not hold the data its catalog entry names (sha256 %2, expected %3)</source>
        <translation>%1 não contém os dados indicados pela respetiva entrada do catálogo (sha256 %2, esperado %3)</translation>
    </message>
</context>
<context>
    <name>urbis::BrowseOrder</name>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="8" />
        <source>Relevance</source>
        <translation>Relevância</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="9" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="10" />
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../core/catalog/browseorder.cpp" line="11" />
        <source>Oldest first</source>
        <translation>Mais antigos primeiro</translation>
    </message>
</context>
<context>
    <name>urbis::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="72" />
        <source>Cannot open the catalog %1</source>
        <translation>Não é possível abrir o catálogo %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="85" />
        <source>A dataset needs a title</source>
        <translation>Um conjunto de dados precisa de um título</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="87" />
        <source>Unknown domain "%1"; expected one of %2</source>
        <translation>Domínio desconhecido "%1"; esperava-se um de %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="90" />
        <source>The temporal extent ends before it starts</source>
        <translation>A extensão temporal termina antes de começar</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="93" />
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>A caixa delimitadora %1 não é uma extensão WGS84 válida</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="124" />
        <location filename="../core/catalog/catalog.cpp" line="456" />
        <location filename="../core/catalog/catalog.cpp" line="474" />
        <source>No dataset with id %1</source>
        <translation>Não existe nenhum conjunto de dados com o id %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="267" />
        <source>A dataset with id %1 exists already</source>
        <translation>Já existe um conjunto de dados com o id %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="328" />
        <source>Record %1: %2</source>
        <translation>Registo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="351" />
        <source>Dataset "%1" was changed by someone else since it was loaded</source>
        <translation>O conjunto de dados "%1" foi alterado por outra pessoa desde que foi carregado</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="392" />
        <source>Version %1 of "%2" already has a newer version</source>
        <translation>A versão %1 de "%2" já tem uma versão mais recente</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsearch.cpp" line="50" />
        <source>The search text "%1" is not a valid query</source>
        <translation>O texto de pesquisa "%1" não é uma consulta válida</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="14" />
        <source>A dataset needs at least one version</source>
        <translation>Um conjunto de dados precisa de pelo menos uma versão</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogadopt.cpp" line="18" />
        <source>A synced version of "%1" has no id</source>
        <translation>Uma versão sincronizada de "%1" não tem identificador</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogCommand</name>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="24" />
        <source>Unknown sort "%1"; use one of %2</source>
        <translation>Ordenação desconhecida "%1"; use uma de %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="35" />
        <source>--%1 needs a non-negative whole number, not "%2"</source>
        <translation>--%1 precisa de um número inteiro não negativo, não "%2"</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="63" />
        <source>--from is after --to</source>
        <translation>--from é posterior a --to</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="68" />
        <source>Unknown domain "%1"; use one of %2</source>
        <translation>Domínio desconhecido "%1"; use um de %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="76" />
        <source>--year needs a year, not "%1"</source>
        <translation>--year precisa de um ano, não "%1"</translation>
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
        <translation>utilização: urbis catalog list [options]
            urbis catalog search [TEXT] [--bbox W,S,E,N] [--from T] [--to T] [--city C] [--domain D]
                                 [--format F] [--license L] [--year Y] [--sort relevance|title|modified|created|time]
                                 [--desc] [--limit N] [--offset N] [--all-versions]
            urbis catalog show ID
            urbis catalog delete ID
            urbis catalog add [FILE.ndjson|-]   (um registo JSON por linha; mostra cada novo id depois de confirmado)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="123" />
        <source>catalog needs a subcommand</source>
        <translation>catalog precisa de um subcomando</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="136" />
        <source>unknown catalog subcommand "%1"</source>
        <translation>subcomando de catalog desconhecido "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="142" />
        <source>catalog list takes no search text; use catalog search</source>
        <translation>catalog list não aceita texto de pesquisa; use catalog search</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="164" />
        <source>catalog show needs exactly one dataset id</source>
        <translation>catalog show precisa de exatamente um id de conjunto de dados</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="191" />
        <source>catalog delete needs exactly one dataset id</source>
        <translation>catalog delete precisa de exatamente um id de conjunto de dados</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="200" />
        <source>Deleted %1 (its blob is removed by the next clean-up of the object store)</source>
        <translation>%1 eliminado (o respetivo blob é removido na próxima limpeza do armazenamento de objetos)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="207" />
        <source>catalog add takes one file (or - for standard input)</source>
        <translation>catalog add aceita um ficheiro (ou - para a entrada padrão)</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="212" />
        <source>Cannot read %1</source>
        <translation>Não é possível ler %1</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="227" />
        <source>%1, line %2, column %3: not a JSON object</source>
        <translation>%1, linha %2, coluna %3: não é um objeto JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommand.cpp" line="231" />
        <location filename="../app/cli/catalogcommand.cpp" line="234" />
        <source>%1, line %2: %3</source>
        <translation>%1, linha %2: %3</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogFilterBar</name>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="24" />
        <source>Fr&amp;om</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="26" />
        <source>Only datasets with data on or after this day</source>
        <translation>Apenas conjuntos de dados com dados neste dia ou posteriores</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="28" />
        <source>&amp;Until</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="30" />
        <source>Only datasets with data on or before this day</source>
        <translation>Apenas conjuntos de dados com dados neste dia ou anteriores</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="37" />
        <source>Relevance ranks title matches first; newest and oldest go by when a dataset was added</source>
        <translation>A relevância coloca primeiro as correspondências no título; mais recentes e mais antigos baseiam-se na data em que o conjunto de dados foi adicionado</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="38" />
        <source>Sort &amp;by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="41" />
        <source>Only &amp;in the map view</source>
        <translation>Apenas na &amp;vista do mapa</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogfilterbar.cpp" line="43" />
        <source>Only datasets whose extent overlaps the area the map shows</source>
        <translation>Apenas conjuntos de dados cuja extensão se sobrepõe à área mostrada no mapa</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogResultsModel</name>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="112" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="114" />
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="116" />
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="118" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="120" />
        <source>Time range</source>
        <translation>Intervalo temporal</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="122" />
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSchema</name>
    <message>
        <location filename="../core/catalog/catalogschema.cpp" line="226" />
        <source>The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)</source>
        <translation>O catálogo %1 foi escrito por uma versão mais recente do Urbis (esquema %2, esta compilação conhece %3)</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSearchWidget</name>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="34" />
        <source>Search datasets: words, "a phrase", OR, NOT, title:word</source>
        <translation>Pesquisar conjuntos de dados: palavras, "uma frase", OR, NOT, title:palavra</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="43" />
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51" />
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="51" />
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="52" />
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="53" />
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="57" />
        <source>Check values to filter; several values in one list are alternatives</source>
        <translation>Marque valores para filtrar; vários valores na mesma lista são alternativas</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="161" />
        <source>%1. Check quotes and parentheses, or search for plain words.</source>
        <translation>%1. Verifique as aspas e os parênteses, ou pesquise palavras simples.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="183" />
        <source>Showing %1 of %n datasets</source>
        <translation>
            <numerusform>A mostrar %1 de %n conjunto de dados</numerusform>
            <numerusform>A mostrar %1 de %n conjuntos de dados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="187" />
        <source>1 dataset</source>
        <translation>1 conjunto de dados</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="188" />
        <source>%n datasets</source>
        <translation>
            <numerusform>%n conjunto de dados</numerusform>
            <numerusform>%n conjuntos de dados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="208" />
        <source>%1 (%2 selected)</source>
        <translation>%1 (%2 selecionados)</translation>
    </message>
</context>
<context>
    <name>urbis::CityChecker</name>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="206" />
        <source>The table has coordinates but does not declare their coordinate reference system</source>
        <translation>A tabela tem coordenadas mas não declara o respetivo sistema de referência de coordenadas</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="220" />
        <source>Field "%1" at position %2 holds measurements but has no unit</source>
        <translation>O campo "%1" na posição %2 contém medições mas não tem unidade</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="224" />
        <source>The unit "%1" of field "%2" at position %3 is not a unit of its quantity</source>
        <translation>A unidade "%1" do campo "%2" na posição %3 não é uma unidade da respetiva grandeza</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="240" />
        <source>The geometry in row %1 is not valid</source>
        <translation>A geometria na linha %1 não é válida</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="250" />
        <source>The geometry in row %1 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>A geometria na linha %1 tem coordenadas fora da longitude [-180, 180] ou da latitude [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="279" />
        <source>The geometry in row %1 and field "%2" at position %3 is not valid</source>
        <translation>A geometria na linha %1 e no campo "%2" na posição %3 não é válida</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="293" />
        <source>The geometry in row %1 and field "%2" at position %3 has coordinates outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>A geometria na linha %1 e no campo "%2" na posição %3 tem coordenadas fora da longitude [-180, 180] ou da latitude [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="308" />
        <source>The latitude %1 in row %2 and field "%3" at position %4 is outside [-90, 90]</source>
        <translation>A latitude %1 na linha %2 e no campo "%3" na posição %4 está fora de [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="318" />
        <source>The longitude %1 in row %2 and field "%3" at position %4 is outside [-180, 180]</source>
        <translation>A longitude %1 na linha %2 e no campo "%3" na posição %4 está fora de [-180, 180]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="333" />
        <source>The point %1 in row %2 and field "%3" at position %4 is outside longitude [-180, 180] or latitude [-90, 90]</source>
        <translation>O ponto %1 na linha %2 e no campo "%3" na posição %4 está fora da longitude [-180, 180] ou da latitude [-90, 90]</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="358" />
        <source>The time %1 in row %2 and field "%3" at position %4 is in the future</source>
        <translation>A hora %1 na linha %2 e no campo "%3" na posição %4 está no futuro</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="380" />
        <source>The time %1 in row %2 and field "%3" at position %4 is earlier than the previous time of the same station</source>
        <translation>A hora %1 na linha %2 e no campo "%3" na posição %4 é anterior à hora precedente da mesma estação</translation>
    </message>
    <message>
        <location filename="../core/ingest/citychecker.cpp" line="386" />
        <source>The time %1 in row %2 and field "%3" at position %4 repeats the previous time of the same station</source>
        <translation>A hora %1 na linha %2 e no campo "%3" na posição %4 repete a hora precedente da mesma estação</translation>
    </message>
</context>
<context>
    <name>urbis::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="62" />
        <source>urbis: error: %1</source>
        <translation>urbis: erro: %1</translation>
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
        <translation type="vanished">utilização: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
            urbis                  abrir a aplicação de ambiente de trabalho
comandos:
  catalog list|search|show|delete|add   o catálogo de conjuntos de dados (urbis catalog --help)
  demo                                  criar a área de trabalho de demonstração na pasta de dados
  validate FILE [--schema S]            verificar uma tabela (relatório Frictionless; urbis validate --help)
opções globais:
  --data-dir DIR   pasta da área de trabalho (predefinição: $URBIS_DATA_DIR ou ~/.local/share/urbis)
  --json           saída legível por máquina em stdout
  --quiet          sem mensagens em stderr
  --version        mostrar as versões e sair
códigos de saída: 0 ok, 1 dados inválidos, 2 erro de utilização ou entrada ilegível, 3 falha remota ou de E/S</translation>
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
        <translation type="vanished">utilização: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
            urbis                  abrir a aplicação de ambiente de trabalho
comandos:
  catalog list|search|show|delete|add   o catálogo de conjuntos de dados (urbis catalog --help)
  demo                                  criar a área de trabalho de demonstração na pasta de dados
  validate FILE [--schema S]            verificar uma tabela (relatório Frictionless; urbis validate --help)
  import FILE... [--title T]            validar, normalizar e catalogar ficheiros (urbis import --help)
opções globais:
  --data-dir DIR   pasta da área de trabalho (predefinição: $URBIS_DATA_DIR ou ~/.local/share/urbis)
  --json           saída legível por máquina em stdout
  --quiet          sem mensagens em stderr
  --version        mostrar as versões e sair
códigos de saída: 0 ok, 1 dados inválidos, 2 erro de utilização ou entrada ilegível, 3 falha remota ou de E/S</translation>
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
        <translation type="vanished">utilização: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
            urbis                  abrir a aplicação de ambiente de trabalho
comandos:
  catalog list|search|show|delete|add   o catálogo de conjuntos de dados (urbis catalog --help)
  demo                                  criar a área de trabalho de demonstração na pasta de dados
  validate FILE [--schema S]            verificar uma tabela (relatório Frictionless; urbis validate --help)
  import FILE... [--title T]            validar, normalizar e catalogar ficheiros (urbis import --help)
  remote add|list|remove|test           servidores remotos compatíveis com S3 (urbis remote --help)
opções globais:
  --data-dir DIR   pasta da área de trabalho (predefinição: $URBIS_DATA_DIR ou ~/.local/share/urbis)
  --json           saída legível por máquina em stdout
  --quiet          sem mensagens em stderr
  --version        mostrar as versões e sair
códigos de saída: 0 ok, 1 dados inválidos, 2 erro de utilização ou entrada ilegível, 3 falha remota ou de E/S</translation>
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
        <translation>utilização: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
            urbis                  abrir a aplicação de ambiente de trabalho
comandos:
  catalog list|search|show|delete|add   o catálogo de conjuntos de dados (urbis catalog --help)
  demo                                  criar a área de trabalho de demonstração na pasta de dados
  validate FILE [--schema S]            verificar uma tabela (relatório Frictionless; urbis validate --help)
  import FILE... [--title T]            validar, normalizar e catalogar ficheiros (urbis import --help)
  remote add|list|remove|test           servidores remotos compatíveis com S3 (urbis remote --help)
  sync [NAME] [--push] [--pull]         partilhar o catálogo através de um servidor remoto (urbis sync --help)
  send ID --to URL [--token-env VAR]    enviar um conjunto de dados para um endpoint de ingestão REST (urbis send --help)
opções globais:
  --data-dir DIR   pasta da área de trabalho (predefinição: $URBIS_DATA_DIR ou ~/.local/share/urbis)
  --json           saída legível por máquina em stdout
  --quiet          sem mensagens em stderr
  --version        mostrar as versões e sair
códigos de saída: 0 ok, 1 dados inválidos, 2 erro de utilização ou entrada ilegível, 3 falha remota ou de E/S</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="100" />
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>--data-dir está vazio (uma variável não definida?); indique uma pasta</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="109" />
        <source>no command given</source>
        <translation>nenhum comando indicado</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="138" />
        <source>"%1" is not available in this build yet</source>
        <translation>"%1" ainda não está disponível nesta compilação</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="139" />
        <source>unknown command "%1"</source>
        <translation>comando desconhecido "%1"</translation>
    </message>
</context>
<context>
    <name>urbis::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45" />
        <source>Unknown option --%1</source>
        <translation>Opção desconhecida --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48" />
        <source>Option --%1 needs a value</source>
        <translation>A opção --%1 precisa de um valor</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51" />
        <source>Option --%1 takes no value</source>
        <translation>A opção --%1 não aceita valor</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54" />
        <source>Option --%1 given twice</source>
        <translation>A opção --%1 foi indicada duas vezes</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictListModel</name>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="54" />
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="56" />
        <source>What differs</source>
        <translation>Diferenças</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictlistmodel.cpp" line="58" />
        <source>Detected</source>
        <translation>Detetado</translation>
    </message>
</context>
<context>
    <name>urbis::ConflictsView</name>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="25" />
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="27" />
        <source>No conflicts: nothing changed here and on the remote at the same time.</source>
        <translation>Sem conflitos: nada foi alterado ao mesmo tempo aqui e no servidor remoto.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="32" />
        <source>Keep &amp;mine</source>
        <translation>Manter a &amp;minha versão</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="33" />
        <source>The remote gets this copy; theirs stays in the remote's blobs</source>
        <translation>O servidor remoto recebe esta cópia; a versão remota fica nos blobs do servidor remoto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="35" />
        <source>Keep &amp;theirs</source>
        <translation>Manter a versão &amp;deles</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="36" />
        <source>This catalog gets the remote's copy; your edits stay in the history</source>
        <translation>Este catálogo recebe a cópia do servidor remoto; as suas alterações ficam no histórico</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="38" />
        <source>Keep &amp;both</source>
        <translation>Manter &amp;ambas</translation>
    </message>
    <message>
        <location filename="../widgets/sync/conflictsview.cpp" line="39" />
        <source>Take the remote's versions and add your changes on top as new versions</source>
        <translation>Usar as versões do servidor remoto e acrescentar as suas alterações como novas versões</translation>
    </message>
</context>
<context>
    <name>urbis::ConnectionTester</name>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="43" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="75" />
        <source>Test cancelled</source>
        <translation>Teste cancelado</translation>
    </message>
    <message>
        <location filename="../widgets/sync/connectiontester.cpp" line="85" />
        <source>The remote answered: the bucket can be listed with these keys</source>
        <translation>O servidor remoto respondeu: o bucket pode ser listado com estas chaves</translation>
    </message>
</context>
<context>
    <name>urbis::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="55" />
        <source>Row %1 is longer than %2 bytes</source>
        <translation>A linha %1 tem mais de %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="62" />
        <source>Row %1: a quote is never closed</source>
        <translation>Linha %1: uma aspa nunca é fechada</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="70" />
        <source>Row %1 is not valid %2 text</source>
        <translation>A linha %1 não é texto %2 válido</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="208" />
        <source>Cannot read the file</source>
        <translation>Não é possível ler o ficheiro</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="354" />
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>urbis::DataPreviewTab</name>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="63" />
        <source>No data store is connected to this panel.</source>
        <translation>Nenhum armazenamento de dados está ligado a este painel.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="96" />
        <source>Reading the data…</source>
        <translation>A ler os dados…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="100" />
        <source>The data preview opens when this tab is shown.</source>
        <translation>A pré-visualização dos dados abre quando este separador é apresentado.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106" />
        <source>1 row</source>
        <translation>1 linha</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="106" />
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="108" />
        <source>First %1 of %2 rows; scroll down to read more</source>
        <translation>Primeiras %1 de %2 linhas; desloque para baixo para ler mais</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datapreviewtab.cpp" line="110" />
        <source>First %1 rows; scroll down to read more</source>
        <translation>Primeiras %1 linhas; desloque para baixo para ler mais</translation>
    </message>
</context>
<context>
    <name>urbis::Database</name>
    <message>
        <location filename="../core/util/database.cpp" line="35" />
        <source>Cannot open the database %1</source>
        <translation>Não é possível abrir a base de dados %1</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="84" />
        <location filename="../core/util/statement.cpp" line="104" />
        <source>The database refused the change</source>
        <translation>A base de dados recusou a alteração</translation>
    </message>
    <message>
        <location filename="../core/util/database.cpp" line="98" />
        <source>The database could not run a query</source>
        <translation>A base de dados não conseguiu executar uma consulta</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetActionBar</name>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="15" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="16" />
        <source>Change title, description, keywords, license and source</source>
        <translation>Alterar título, descrição, palavras-chave, licença e fonte</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="17" />
        <source>Export the &amp;data…</source>
        <translation>Exportar os &amp;dados…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18" />
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="18" />
        <source>Save the stored data (GeoPackage or GeoTIFF) as a file</source>
        <translation>Guardar os dados armazenados (GeoPackage ou GeoTIFF) num ficheiro</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="19" />
        <source>Export the &amp;original file…</source>
        <translation>Exportar o ficheiro &amp;original…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="20" />
        <source>Save the file as it was imported</source>
        <translation>Guardar o ficheiro tal como foi importado</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="21" />
        <source>Export the validation &amp;report…</source>
        <translation>Exportar o &amp;relatório de validação…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="22" />
        <source>Save the validation report (JSON)</source>
        <translation>Guardar o relatório de validação (JSON)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23" />
        <source>Ne&amp;w version…</source>
        <translation>&amp;Nova versão…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="23" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="24" />
        <source>Import a changed file as the next version of this dataset</source>
        <translation>Importar um ficheiro alterado como a próxima versão deste conjunto de dados</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25" />
        <source>Show on m&amp;ap</source>
        <translation>Mostrar no &amp;mapa</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="25" />
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="26" />
        <source>Zoom the map to this dataset</source>
        <translation>Aproximar o mapa a este conjunto de dados</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="27" />
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="28" />
        <source>Delete this version from the catalog (its history is kept)</source>
        <translation>Eliminar esta versão do catálogo (o respetivo histórico é mantido)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="38" />
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58" />
        <source>Download the &amp;data</source>
        <translation>Descarregar os &amp;dados</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="58" />
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetactionbar.cpp" line="59" />
        <source>Bring this dataset's data from the remote it was synced with</source>
        <translation>Descarregar os dados deste conjunto de dados a partir do servidor remoto com o qual foi sincronizado</translation>
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
        <translation>Este conjunto de dados não tem dados armazenados para pré-visualizar.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="40" />
        <source>This dataset is a raster (%1): it has no table of rows to preview.</source>
        <translation>Este conjunto de dados é um raster (%1): não tem uma tabela de linhas para pré-visualizar.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="41" />
        <source>This dataset has no table to preview (its data is %1).</source>
        <translation>Este conjunto de dados não tem nenhuma tabela para pré-visualizar (os dados são %1).</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="46" />
        <source>The data of this dataset is not stored on this computer.</source>
        <translation>Os dados deste conjunto de dados não estão armazenados neste computador.</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetassets.cpp" line="48" />
        <source>The stored data of this dataset is missing (%1).</source>
        <translation>Os dados armazenados deste conjunto de dados estão em falta (%1).</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetDetailsWidget</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="vanished">&amp;Editar…</translation>
    </message>
    <message>
        <source>Change title, description, keywords, license and source</source>
        <translation type="vanished">Alterar título, descrição, palavras-chave, licença e fonte</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="55" />
        <source>&amp;Metadata</source>
        <translation>&amp;Metadados</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="56" />
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198" />
        <source>S&amp;chema</source>
        <translation>&amp;Esquema</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="57" />
        <source>Data &amp;preview</source>
        <translation>&amp;Pré-visualização dos dados</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="58" />
        <source>Validation &amp;report</source>
        <translation>&amp;Relatório de validação</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="59" />
        <source>Histor&amp;y</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="176" />
        <source>Select a dataset to see its details.</source>
        <translation>Selecione um conjunto de dados para ver os respetivos detalhes.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="198" />
        <source>S&amp;chema (%1)</source>
        <translation>&amp;Esquema (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="244" />
        <source>Cancel and open the dataset again to see the current version.</source>
        <translation>Cancele e abra novamente o conjunto de dados para ver a versão atual.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="258" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="268" />
        <source>Nothing to export: this dataset has no stored file of that kind.</source>
        <translation>Nada para exportar: este conjunto de dados não tem nenhum ficheiro armazenado desse tipo.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280" />
        <source>Exported %1.</source>
        <translation>%1 exportado.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="280" />
        <source>Export of %1 failed: %2</source>
        <translation>A exportação de %1 falhou: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="282" />
        <source>Exporting %1…</source>
        <translation>A exportar %1…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="294" />
        <source>Delete “%1” from the catalog?</source>
        <translation>Eliminar “%1” do catálogo?</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="295" />
        <source>Delete version %1 of “%2”? Version %3 becomes the latest again.</source>
        <translation>Eliminar a versão %1 de “%2”? A versão %3 volta a ser a mais recente.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="297" />
        <source>Delete dataset</source>
        <translation>Eliminar conjunto de dados</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="298" />
        <source>The change history is kept.</source>
        <translation>O histórico de alterações é mantido.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="307" />
        <source>“%1” was deleted.</source>
        <translation>“%1” foi eliminado.</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetEditor</name>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="23" />
        <source>comma-separated, e.g. air quality, pm10</source>
        <translation>separadas por vírgulas, p. ex. qualidade do ar, pm10</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="26" />
        <source>SPDX id or URL, e.g. CC-BY-4.0</source>
        <translation>id SPDX ou URL, p. ex. CC-BY-4.0</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="34" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="37" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="42" />
        <source>&amp;Title *</source>
        <translation>&amp;Título *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="43" />
        <source>&amp;Description *</source>
        <translation>&amp;Descrição *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="45" />
        <source>&amp;License *</source>
        <translation>&amp;Licença *</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="46" />
        <source>&amp;Source *</source>
        <translation>&amp;Fonte *</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="vanished">&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="vanished">&amp;Descrição</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="44" />
        <source>&amp;Keywords</source>
        <translation>&amp;Palavras-chave</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation type="vanished">&amp;Licença</translation>
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
        <translation>O campo "%1" tem de ser uma cadeia de texto</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="145" />
        <source>"%1" is not an ISO 8601 date or time: %2</source>
        <translation>"%1" não é uma data ou hora ISO 8601: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="154" />
        <source>"bbox" must be [west, south, east, north]</source>
        <translation>"bbox" tem de ser [oeste, sul, este, norte]</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTable</name>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="84" />
        <source>Cannot open the stored data as a GeoPackage</source>
        <translation>Não é possível abrir os dados armazenados como GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="86" />
        <source>The stored GeoPackage holds no table</source>
        <translation>O GeoPackage armazenado não contém nenhuma tabela</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="131" />
        <source>Reading cancelled</source>
        <translation>Leitura cancelada</translation>
    </message>
    <message>
        <location filename="../core/geo/datasettable.cpp" line="135" />
        <source>Cannot read the stored data</source>
        <translation>Não é possível ler os dados armazenados</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetTableModel</name>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="59" />
        <source>Reading rows</source>
        <translation>A ler linhas</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="86" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasettablemodel.cpp" line="136" />
        <source>empty (null)</source>
        <translation>vazio (null)</translation>
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
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="33" />
        <source>City / country</source>
        <translation>Cidade / país</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="34" />
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="35" />
        <source>Keywords</source>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="36" />
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="37" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="38" />
        <source>Temporal extent</source>
        <translation>Extensão temporal</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="39" />
        <source>Bounding box</source>
        <translation>Caixa delimitadora</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="40" />
        <source>CRS</source>
        <translation>SRC</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="41" />
        <source>Features / rows</source>
        <translation>Elementos / linhas</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="42" />
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="43" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="45" />
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="46" />
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="47" />
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="48" />
        <source>Modified</source>
        <translation>Modificado</translation>
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
        <translation type="vanished">Unidade</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Descrição</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="vanished">Campos</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="vanished">Histórico</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="95" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="104" />
        <source>%1 (superseded by %2)</source>
        <translation>%1 (substituída por %2)</translation>
    </message>
</context>
<context>
    <name>urbis::DemoAirQuality</name>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="70" />
        <source>Dominant pollutant of the hour</source>
        <translation>Poluente dominante da hora</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="73" />
        <source>Source of the data provider</source>
        <translation>Fonte do fornecedor de dados</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="74" />
        <source>Name of the city</source>
        <translation>Nome da cidade</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="75" />
        <source>Two letter country code</source>
        <translation>Código do país com duas letras</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="76" />
        <source>Postal code of the city centre</source>
        <translation>Código postal do centro da cidade</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="77" />
        <source>Latitude of the station</source>
        <translation>Latitude da estação</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="78" />
        <source>Longitude of the station</source>
        <translation>Longitude da estação</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="80" />
        <source>Relative humidity</source>
        <translation>Humidade relativa</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="81" />
        <source>Carbon monoxide</source>
        <translation>Monóxido de carbono</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="82" />
        <source>Nitrogen dioxide</source>
        <translation>Dióxido de azoto</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="83" />
        <source>Air pressure at sea level</source>
        <translation>Pressão atmosférica ao nível do mar</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="84" />
        <source>Particulate matter up to 10 um</source>
        <translation>Partículas até 10 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="85" />
        <source>Particulate matter up to 2.5 um</source>
        <translation>Partículas até 2,5 um</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="86" />
        <source>Air temperature</source>
        <translation>Temperatura do ar</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="87" />
        <source>Wind speed</source>
        <translation>Velocidade do vento</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="88" />
        <source>Start of the hour the values are means of (UTC)</source>
        <translation>Início da hora a que se referem as médias (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoairquality.cpp" line="89" />
        <source>Measuring station</source>
        <translation>Estação de medição</translation>
    </message>
</context>
<context>
    <name>urbis::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="15" />
        <source>demo takes no arguments</source>
        <translation>demo não aceita argumentos</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="16" />
        <source>usage: urbis demo [--data-dir DIR]</source>
        <translation>utilização: urbis demo [--data-dir DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="22" />
        <source>Creating demo</source>
        <translation>A criar a demonstração</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34" />
        <source>%1 demo datasets created, %2 already present in %3</source>
        <translation>%1 conjuntos de dados de demonstração criados, %2 já existentes em %3</translation>
    </message>
</context>
<context>
    <name>urbis::DemoDistricts</name>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="14" />
        <source>Name of the city</source>
        <translation>Nome da cidade</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="15" />
        <source>Name of the district</source>
        <translation>Nome do distrito</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="16" />
        <source>Code of the district</source>
        <translation>Código do distrito</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="17" />
        <source>Residents</source>
        <translation>Residentes</translation>
    </message>
    <message>
        <location filename="../core/workspace/demodistricts.cpp" line="18" />
        <source>Year the residents were counted</source>
        <translation>Ano da contagem dos residentes</translation>
    </message>
</context>
<context>
    <name>urbis::DemoMonthlyTable</name>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="19" />
        <source>Name of the city</source>
        <translation>Nome da cidade</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="20" />
        <source>Name of the district</source>
        <translation>Nome do distrito</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="21" />
        <source>Code of the district</source>
        <translation>Código do distrito</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="22" />
        <source>Latitude of the district centre</source>
        <translation>Latitude do centro do distrito</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="23" />
        <source>Longitude of the district centre</source>
        <translation>Longitude do centro do distrito</translation>
    </message>
    <message>
        <location filename="../core/workspace/demomonthlytable.cpp" line="24" />
        <source>First day of the month</source>
        <translation>Primeiro dia do mês</translation>
    </message>
</context>
<context>
    <name>urbis::DemoTrafficCounts</name>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="31" />
        <source>Counting station</source>
        <translation>Posto de contagem</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="32" />
        <source>Road the station counts on</source>
        <translation>Via em que o posto faz a contagem</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="33" />
        <source>Latitude of the station</source>
        <translation>Latitude do posto</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="34" />
        <source>Longitude of the station</source>
        <translation>Longitude do posto</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="35" />
        <source>Start of the hour (UTC)</source>
        <translation>Início da hora (UTC)</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="36" />
        <source>Vehicles counted in the hour, both directions</source>
        <translation>Veículos contados na hora, em ambos os sentidos</translation>
    </message>
    <message>
        <location filename="../core/workspace/demotrafficcounts.cpp" line="37" />
        <source>Lorries and buses among them</source>
        <translation>Dos quais camiões e autocarros</translation>
    </message>
</context>
<context>
    <name>urbis::DemoWorkspace</name>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="52" />
        <source>%1 air quality, January 2023</source>
        <translation>Qualidade do ar em %1, janeiro de 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="53" />
        <source>Hourly PM10, PM2.5, NO2, CO, temperature, humidity, pressure and wind speed at three stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>PM10, PM2.5, NO2, CO, temperatura, humidade, pressão e velocidade do vento horários em três estações em %1 (dados de demonstração sintéticos no formato do Anexo B do CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="62" />
        <source>Monthly electricity consumption of municipal buildings per district, in kWh (synthetic).</source>
        <translation>Consumo mensal de eletricidade dos edifícios municipais por distrito, em kWh (dados sintéticos).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="68" />
        <source>Electricity used by municipal buildings in the month</source>
        <translation>Eletricidade consumida pelos edifícios municipais no mês</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="77" />
        <source>Sofia city-centre traffic counts, January 2023</source>
        <translation>Contagens de tráfego no centro de Sófia, janeiro de 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="78" />
        <source>Hourly vehicle counts at four counting stations on the main roads into the city centre (synthetic).</source>
        <translation>Contagens horárias de veículos em quatro postos de contagem nas principais vias de acesso ao centro da cidade (dados sintéticos).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="87" />
        <source>Monthly collected and recycled small WEEE and textile waste per district, in tonnes (synthetic).</source>
        <translation>Pequenos REEE e resíduos têxteis recolhidos e reciclados mensalmente por distrito, em toneladas (dados sintéticos).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="91" />
        <source>Waste collected in the month</source>
        <translation>Resíduos recolhidos no mês</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="92" />
        <source>Part of it sent to recycling</source>
        <translation>Parte enviada para reciclagem</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="102" />
        <source>Monthly CO2 emissions estimated per district, in tonnes (synthetic).</source>
        <translation>Emissões mensais de CO2 estimadas por distrito, em toneladas (dados sintéticos).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="107" />
        <source>CO2 emitted in the month</source>
        <translation>CO2 emitido no mês</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="115" />
        <source>%1 districts 2023</source>
        <translation>Distritos de %1 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="116" />
        <source>Boundaries of four central districts of %1 with their population (synthetic).</source>
        <translation>Limites de quatro distritos centrais de %1 com a respetiva população (dados sintéticos).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="183" />
        <source>Cannot create the work folder %1</source>
        <translation>Não é possível criar a pasta de trabalho %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="186" />
        <source>Cannot create a work folder in %1</source>
        <translation>Não é possível criar uma pasta de trabalho em %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="189" />
        <source>Creating %1</source>
        <translation>A criar %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="195" />
        <source>Cannot write %1</source>
        <translation>Não é possível escrever %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="225" />
        <source>The demo dataset "%1" does not pass validation: %2</source>
        <translation>O conjunto de dados de demonstração "%1" não passa na validação: %2</translation>
    </message>
    <message>
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation type="vanished">PM10, PM2.5, NO2, ozono, temperatura e humidade horários em duas estações em %1 (dados de demonstração sintéticos no formato do Anexo B do CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="61" />
        <source>Athens building energy consumption 2019-2023</source>
        <translation>Consumo de energia dos edifícios de Atenas 2019-2023</translation>
    </message>
    <message>
        <source>Monthly electricity consumption of municipal buildings per district (synthetic).</source>
        <translation type="vanished">Consumo mensal de eletricidade dos edifícios municipais por distrito (dados sintéticos).</translation>
    </message>
    <message>
        <source>Sofia city-centre traffic counts 2019-2023</source>
        <translation type="vanished">Contagens de tráfego no centro de Sófia 2019-2023</translation>
    </message>
    <message>
        <source>Monthly mean daily vehicle counts per district of the city centre (synthetic).</source>
        <translation type="vanished">Média mensal das contagens diárias de veículos por distrito do centro da cidade (dados sintéticos).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="86" />
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Recolha de REEE e resíduos têxteis em Turim 2019-2023</translation>
    </message>
    <message>
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation type="vanished">Pequenos REEE e resíduos têxteis recolhidos mensalmente por distrito (dados sintéticos).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="101" />
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>Emissões de CO2 de Differdange 2019-2023</translation>
    </message>
    <message>
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation type="vanished">Emissões mensais de CO2 estimadas por distrito (dados sintéticos).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="158" />
        <source>Demo workspace creation cancelled</source>
        <translation>Criação do espaço de trabalho de demonstração cancelada</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="147" />
        <source>City of %1</source>
        <translation>Município de %1</translation>
    </message>
</context>
<context>
    <name>urbis::Extent</name>
    <message>
        <location filename="../core/geo/extent.cpp" line="67" />
        <source>Invalid bounding box "%1": %2</source>
        <translation>Caixa delimitadora inválida "%1": %2</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="70" />
        <source>expected W,S,E,N</source>
        <translation>esperado W,S,E,N</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="76" />
        <source>"%1" is not a number</source>
        <translation>"%1" não é um número</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="79" />
        <source>longitude outside -180..180</source>
        <translation>longitude fora de -180..180</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="81" />
        <source>latitude outside -90..90</source>
        <translation>latitude fora de -90..90</translation>
    </message>
    <message>
        <location filename="../core/geo/extent.cpp" line="83" />
        <source>south is greater than north</source>
        <translation>o sul é maior do que o norte</translation>
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
        <translation>tabela</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="27" />
        <source>vector layer</source>
        <translation>camada vetorial</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="28" />
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="31" />
        <source>unknown format</source>
        <translation>formato desconhecido</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="38" />
        <source>Files to import</source>
        <translation>Ficheiros a importar</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="39" />
        <source>Add tables (CSV, JSON, XML), vector layers (GeoJSON, Shapefile, GeoPackage, KML, GML) or rasters (GeoTIFF, PNG, JPEG). You can also drop files here or on the main window.</source>
        <translation>Adicione tabelas (CSV, JSON, XML), camadas vetoriais (GeoJSON, Shapefile, GeoPackage, KML, GML) ou rasters (GeoTIFF, PNG, JPEG). Também pode largar ficheiros aqui ou na janela principal.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="47" />
        <source>&amp;Add files…</source>
        <translation>&amp;Adicionar ficheiros…</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="49" />
        <source>Choose files to import (%1)</source>
        <translation>Escolher ficheiros a importar (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="50" />
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="52" />
        <source>Take the selected files off the list (Del)</source>
        <translation>Retirar os ficheiros selecionados da lista (Del)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="53" />
        <source>The selected file is previewed and imported next; the others stay in the list.</source>
        <translation>O ficheiro selecionado é pré-visualizado e importado a seguir; os restantes ficam na lista.</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="91" />
        <source>Supported files (%1)</source>
        <translation>Ficheiros suportados (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92" />
        <source>Tables (%1)</source>
        <translation>Tabelas (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="92" />
        <source>Vector layers (%1)</source>
        <translation>Camadas vetoriais (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93" />
        <source>Rasters and photos (%1)</source>
        <translation>Rasters e fotografias (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="93" />
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../widgets/import/filepage.cpp" line="150" />
        <source>Import files</source>
        <translation>Importar ficheiros</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintView</name>
    <message>
        <source>(no city)</source>
        <translation type="vanished">(sem cidade)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>No datasets match the search.</source>
        <translation type="vanished">Nenhum conjunto de dados corresponde à pesquisa.</translation>
    </message>
    <message>
        <source>Dataset footprints (longitude / latitude); the map view comes later.</source>
        <translation type="vanished">Áreas de cobertura dos conjuntos de dados (longitude / latitude); a vista de mapa virá mais tarde.</translation>
    </message>
</context>
<context>
    <name>urbis::FootprintsLayer</name>
    <message>
        <location filename="../core/map/footprintslayer.h" line="25" />
        <source>Dataset footprints</source>
        <translation>Áreas de cobertura dos conjuntos de dados</translation>
    </message>
</context>
<context>
    <name>urbis::GpkgWriter</name>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="367" />
        <source>The GeoPackage %1 exists already</source>
        <translation>O GeoPackage %1 já existe</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="374" />
        <source>This GDAL has no GeoPackage driver</source>
        <translation>Este GDAL não tem o controlador GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="384" />
        <source>Cannot create the GeoPackage %1</source>
        <translation>Não é possível criar o GeoPackage %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="393" />
        <source>Unknown coordinate reference system "%1"</source>
        <translation>Sistema de referência de coordenadas desconhecido "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="413" />
        <source>Cannot create the layer %1</source>
        <translation>Não é possível criar a camada %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="435" />
        <source>Cannot create the column "%1"</source>
        <translation>Não é possível criar a coluna "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="442" />
        <source>Cannot start writing the GeoPackage</source>
        <translation>Não é possível começar a escrever o GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="456" />
        <source>Cannot write row %1 to the GeoPackage</source>
        <translation>Não é possível escrever a linha %1 no GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="467" />
        <source>Cannot save the GeoPackage</source>
        <translation>Não é possível guardar o GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="470" />
        <source>Building the spatial index</source>
        <translation>A criar o índice espacial</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="188" />
        <location filename="../core/ingest/gpkgwriter.cpp" line="210" />
        <source>Cannot build the spatial index</source>
        <translation>Não é possível criar o índice espacial</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="122" />
        <location filename="../core/ingest/gpkgwriter.cpp" line="142" />
        <source>Cannot prepare the spatial index</source>
        <translation>Não é possível preparar o índice espacial</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="150" />
        <source>GDAL created the spatial index %1 without triggers</source>
        <translation>O GDAL criou o índice espacial %1 sem acionadores</translation>
    </message>
    <message>
        <location filename="../core/ingest/gpkgwriter.cpp" line="481" />
        <source>Cannot close the GeoPackage</source>
        <translation>Não é possível fechar o GeoPackage</translation>
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
        <translation>utilização: urbis import FILE... [--title T] [--city C] [--domain D] [--schema SCHEMA.json] [--allow-invalid]
                         [--description T] [--license L] [--source S] [--layer NAME] [--new-version] [--allow-duplicate]
Valida, normaliza (GeoPackage ou GeoTIFF em mosaico) e armazena cada ficheiro com o seu original e o seu
relatório de validação; mostra os ids dos novos conjuntos de dados. Os dados com erros são recusados, exceto com --allow-invalid.
Um ficheiro já importado (mesmos bytes) não é armazenado duas vezes; --new-version adiciona o ficheiro como a próxima
versão do conjunto de dados mais recente com o mesmo título.
códigos de saída: 0 importado (ou já existente), 1 recusado (dados inválidos), 2 erro de utilização ou entrada ilegível, 3 falha de E/S</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="50" />
        <source>import needs at least one file</source>
        <translation>import precisa de pelo menos um ficheiro</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="61" />
        <source>Unknown domain "%1"; one of: %2</source>
        <translation>Domínio desconhecido "%1"; um de: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="79" />
        <source>Cannot read %1: no such file</source>
        <translation>Não é possível ler %1: o ficheiro não existe</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="102" />
        <source>Importing %1</source>
        <translation>A importar %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="152" />
        <source>%1: already imported as %2 ("%3", same sha256); nothing stored</source>
        <translation>%1: já importado como %2 ("%3", mesmo sha256); nada foi armazenado</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="160" />
        <source>, row %1</source>
        <translation>, linha %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="162" />
        <source>, column %1</source>
        <translation>, coluna %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="166" />
        <source>... and %1 more errors (urbis validate %2 --json lists all)</source>
        <translation>... e mais %1 erros (urbis validate %2 --json lista todos)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="167" />
        <source>%1: not imported: %2 errors. Fix the file, or use --allow-invalid to store it with its report.</source>
        <translation>%1: não importado: %2 erros. Corrija o ficheiro ou use --allow-invalid para o armazenar com o respetivo relatório.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="173" />
        <source>%1: imported as "%2" (%3 rows, %4 fields, %5)</source>
        <translation>%1: importado como "%2" (%3 linhas, %4 campos, %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="178" />
        <source>  column types were inferred from a sample of the rows</source>
        <translation>  os tipos das colunas foram inferidos a partir de uma amostra das linhas</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="180" />
        <source>  %1 findings kept in the validation report (urbis catalog show %2)</source>
        <translation>  %1 ocorrências mantidas no relatório de validação (urbis catalog show %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="182" />
        <source>  note: dataset %1 has the same title; use --new-version to add files as its next version</source>
        <translation>  nota: o conjunto de dados %1 tem o mesmo título; use --new-version para adicionar ficheiros como a próxima versão dele</translation>
    </message>
</context>
<context>
    <name>urbis::ImportJob</name>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="80" />
        <source>Cannot read %1: no such file</source>
        <translation>Não é possível ler %1: o ficheiro não existe</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="82" />
        <source>Copying %1</source>
        <translation>A copiar %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="109" />
        <source>Cannot create the work folder %1</source>
        <translation>Não é possível criar a pasta de trabalho %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="112" />
        <source>Cannot create a work folder in %1</source>
        <translation>Não é possível criar uma pasta de trabalho em %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="140" />
        <source>Detecting column types</source>
        <translation>A detetar os tipos das colunas</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="144" />
        <location filename="../core/ingest/importjob.cpp" line="166" />
        <location filename="../core/ingest/importjob.cpp" line="226" />
        <source>Import cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="156" />
        <source>Validating and converting</source>
        <translation>A validar e converter</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="178" />
        <source>Building the spatial index</source>
        <translation>A criar o índice espacial</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="208" />
        <source>The raster is not georeferenced: it cannot be placed on the map</source>
        <translation>O raster não está georreferenciado: não pode ser colocado no mapa</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="213" />
        <source>Converting to tiled GeoTIFF</source>
        <translation>A converter para GeoTIFF em mosaico</translation>
    </message>
    <message>
        <location filename="../core/ingest/importjob.cpp" line="228" />
        <source>Storing</source>
        <translation>A armazenar</translation>
    </message>
</context>
<context>
    <name>urbis::ImportPage</name>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="24" />
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="25" />
        <source>The file is converted, stored with its original and its validation report, and added to the catalog.</source>
        <translation>O ficheiro é convertido, armazenado com o original e o relatório de validação, e adicionado ao catálogo.</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="33" />
        <source>Import the &amp;next file</source>
        <translation>Importar o &amp;próximo ficheiro</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="90" />
        <source>Importing %1</source>
        <translation>A importar %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="123" />
        <source>&lt;p&gt;&lt;b&gt;%1 was not imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Go back to change the settings and try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 não foi importado.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Volte atrás para alterar as definições e tente novamente.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="131" />
        <source>&lt;p style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 is in the catalog as &lt;b&gt;%2&lt;/b&gt;: %3 rows, %4 fields, %5.&lt;/p&gt;&lt;p&gt;Dataset id: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Importado&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 está no catálogo como &lt;b&gt;%2&lt;/b&gt;: %3 linhas, %4 campos, %5.&lt;/p&gt;&lt;p&gt;Id do conjunto de dados: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="138" />
        <source>&lt;p&gt;It is the new version of dataset &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;É a nova versão do conjunto de dados &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="140" />
        <source>&lt;p&gt;%n finding(s) are kept in its validation report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n ocorrência fica guardada no respetivo relatório de validação.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n ocorrências ficam guardadas no respetivo relatório de validação.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="142" />
        <source>&lt;p&gt;Note: dataset &lt;tt&gt;%1&lt;/tt&gt; has the same title. Next time, tick "Add as a new version" on the report page to chain them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nota: o conjunto de dados &lt;tt&gt;%1&lt;/tt&gt; tem o mesmo título. Da próxima vez, marque "Adicionar como nova versão" na página do relatório para os encadear.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/import/importpage.cpp" line="146" />
        <source>&lt;p style='color:#b26a00; font-size:large'&gt;&lt;b&gt;Already in the catalog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The same file (same bytes) was imported before as &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Nothing was stored.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#b26a00; font-size:large'&gt;&lt;b&gt;Já está no catálogo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;O mesmo ficheiro (mesmos bytes) já foi importado como &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;). Nada foi armazenado.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="151" />
        <source>&lt;p style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Not imported&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 has %n error(s). Go back to the report, fix the schema, or tick "Import even with errors" to store it with its report.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Não importado&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 tem %n erro. Volte ao relatório, corrija o esquema ou marque "Importar mesmo com erros" para o armazenar com o respetivo relatório.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Não importado&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 tem %n erros. Volte ao relatório, corrija o esquema ou marque "Importar mesmo com erros" para o armazenar com o respetivo relatório.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/importpage.cpp" line="160" />
        <source>&lt;p&gt;%n more file(s) waiting in the list.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Mais %n ficheiro à espera na lista.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Mais %n ficheiros à espera na lista.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::ImportPreview</name>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="16" />
        <source>Reading %1</source>
        <translation>A ler %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/importpreview.cpp" line="42" />
        <source>Reading the preview was cancelled</source>
        <translation>A leitura da pré-visualização foi cancelada</translation>
    </message>
</context>
<context>
    <name>urbis::ImportWizard</name>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="23" />
        <source>Import data</source>
        <translation>Importar dados</translation>
    </message>
    <message>
        <location filename="../widgets/import/importwizard.cpp" line="27" />
        <location filename="../widgets/import/importwizard.cpp" line="39" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>urbis::IngestPass</name>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="86" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="91" />
        <source>Reading stopped at row %1: %2</source>
        <translation>A leitura parou na linha %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ingestpass.cpp" line="108" />
        <source>The source is empty</source>
        <translation>A origem está vazia</translation>
    </message>
</context>
<context>
    <name>urbis::JsonSource</name>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="132" />
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="148" />
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="183" />
        <source>Row %1 is longer than %2 bytes</source>
        <translation>A linha %1 tem mais de %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="192" />
        <source>the JSON text ends inside a value (truncated file?)</source>
        <translation>o texto JSON termina dentro de um valor (ficheiro truncado?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="239" />
        <source>the JSON text ends too early</source>
        <translation>o texto JSON termina demasiado cedo</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="273" />
        <location filename="../core/ingest/jsonsource.cpp" line="281" />
        <source>invalid JSON</source>
        <translation>JSON inválido</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="299" />
        <source>%1 is GeoJSON; it is read as vector data</source>
        <translation>%1 é GeoJSON; é lido como dados vetoriais</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="314" />
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="331" />
        <source>%1 is not UTF-8 text (JSON must be UTF-8)</source>
        <translation>%1 não é texto UTF-8 (o JSON tem de ser UTF-8)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="337" />
        <source>%1 holds no JSON</source>
        <translation>%1 não contém JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="350" />
        <source>%1 is not a JSON array or object</source>
        <translation>%1 não é um array nem um objeto JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="375" />
        <source>the file holds a second array of objects ("%1" after "%2")</source>
        <translation>o ficheiro contém um segundo array de objetos ("%1" depois de "%2")</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="382" />
        <source>unexpected data after the end of the JSON text</source>
        <translation>dados inesperados após o fim do texto JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="394" />
        <source>the JSON array is never closed (truncated file?)</source>
        <translation>o array JSON nunca é fechado (ficheiro truncado?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="405" />
        <source>invalid JSON: expected ',' or ']' between records</source>
        <translation>JSON inválido: esperava-se ',' ou ']' entre registos</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="412" />
        <source>the record is not a JSON object</source>
        <translation>o registo não é um objeto JSON</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="430" />
        <source>Row %1 is not valid UTF-8 text</source>
        <translation>A linha %1 não é texto UTF-8 válido</translation>
    </message>
    <message>
        <location filename="../core/ingest/jsonsource.cpp" line="432" />
        <source>Row %1: invalid JSON: %2</source>
        <translation>Linha %1: JSON inválido: %2</translation>
    </message>
</context>
<context>
    <name>urbis::LayerPanel</name>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="28" />
        <source>Map layers</source>
        <translation>Camadas do mapa</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="32" />
        <source>Move the layer up (Ctrl+Up)</source>
        <translation>Mover a camada para cima (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="36" />
        <source>Move the layer down (Ctrl+Down)</source>
        <translation>Mover a camada para baixo (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="40" />
        <source>&amp;Style…</source>
        <translation>E&amp;stilo…</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="41" />
        <source>Colour the features by a field and label them</source>
        <translation>Colorir os elementos por um campo e rotulá-los</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="45" />
        <source>Layer opacity</source>
        <translation>Opacidade da camada</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="46" />
        <source>&amp;Opacity</source>
        <translation>&amp;Opacidade</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerpanel.cpp" line="126" />
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
</context>
<context>
    <name>urbis::LayerStyleDialog</name>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="13" />
        <source>Style of %1</source>
        <translation>Estilo de %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="16" />
        <source>One colour</source>
        <translation>Uma só cor</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="17" />
        <source>No labels</source>
        <translation>Sem rótulos</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="26" />
        <source>&amp;Colour by:</source>
        <translation>&amp;Colorir por:</translation>
    </message>
    <message>
        <location filename="../widgets/map/layerstyledialog.cpp" line="27" />
        <source>&amp;Labels:</source>
        <translation>&amp;Rótulos:</translation>
    </message>
</context>
<context>
    <name>urbis::LayerTreeModel</name>
    <message>
        <location filename="../widgets/map/layertreemodel.cpp" line="111" />
        <source>%1 (opacity %2 %)</source>
        <translation>%1 (opacidade %2 %)</translation>
    </message>
</context>
<context>
    <name>urbis::LocalObjectStore</name>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="34" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="37" />
        <source>Read failed</source>
        <translation>Falha na leitura</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="89" />
        <location filename="../core/storage/localobjectstore.cpp" line="134" />
        <location filename="../core/storage/localobjectstore.cpp" line="254" />
        <source>Cannot lock the object store %1</source>
        <translation>Não é possível bloquear o armazenamento de objetos %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="95" />
        <location filename="../core/storage/localobjectstore.cpp" line="140" />
        <source>Cannot create folder in %1</source>
        <translation>Não é possível criar uma pasta em %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="106" />
        <source>Cannot read %1</source>
        <translation>Não é possível ler %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="113" />
        <source>Cannot flush %1</source>
        <translation>Não é possível gravar %1 no disco</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="151" />
        <source>%1 is on another file system</source>
        <translation>%1 está noutro sistema de ficheiros</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="152" />
        <source>Cannot move %1 into the object store</source>
        <translation>Não é possível mover %1 para o armazenamento de objetos</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="164" />
        <location filename="../core/storage/localobjectstore.cpp" line="171" />
        <location filename="../core/storage/localobjectstore.cpp" line="185" />
        <location filename="../core/storage/localobjectstore.cpp" line="204" />
        <location filename="../core/storage/localobjectstore.cpp" line="220" />
        <source>No object %1</source>
        <translation>O objeto %1 não existe</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="174" />
        <location filename="../core/storage/localobjectstore.cpp" line="188" />
        <location filename="../core/storage/localobjectstore.cpp" line="207" />
        <source>Cannot read object %1</source>
        <translation>Não é possível ler o objeto %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="178" />
        <location filename="../core/storage/localobjectstore.cpp" line="197" />
        <location filename="../core/storage/localobjectstore.cpp" line="213" />
        <source>Object %1 is corrupt: its content hashes to %2</source>
        <translation>O objeto %1 está corrompido: o hash do seu conteúdo é %2</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="222" />
        <source>Cannot remove object %1</source>
        <translation>Não é possível remover o objeto %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="250" />
        <source>Garbage collection cancelled</source>
        <translation>Recolha de lixo cancelada</translation>
    </message>
</context>
<context>
    <name>urbis::MBTilesLayer</name>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="24" />
        <source>No MBTiles file at %1</source>
        <translation>Não existe nenhum ficheiro MBTiles em %1</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="30" />
        <source>%1 is not an MBTiles file</source>
        <translation>%1 não é um ficheiro MBTiles</translation>
    </message>
    <message>
        <location filename="../core/map/mbtileslayer.cpp" line="35" />
        <source>%1 has no tiles table</source>
        <translation>%1 não tem a tabela tiles</translation>
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
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="56" />
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="57" />
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="58" />
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="65" />
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="74" />
        <source>Data: %1</source>
        <translation>Dados: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="100" />
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="114" />
        <source>Import the changed file with the title "%1": it becomes the next version</source>
        <translation>Importe o ficheiro alterado com o título "%1": passa a ser a próxima versão</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="157" />
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="158" />
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="160" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="161" />
        <source>Preview, validate and import files into the catalog</source>
        <translation>Pré-visualizar, validar e importar ficheiros para o catálogo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="162" />
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="166" />
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="168" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="171" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="172" />
        <source>&amp;Search the catalog</source>
        <translation>&amp;Pesquisar no catálogo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="176" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Aproximar</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="179" />
        <source>Zoom &amp;out</source>
        <translation>A&amp;fastar</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="182" />
        <source>Zoom to the &amp;selected dataset</source>
        <translation>Aproximar ao conjunto de dados &amp;selecionado</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="185" />
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="186" />
        <source>Show the selected dataset on the &amp;map</source>
        <translation>Mostrar o conjunto de dados selecionado no &amp;mapa</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="189" />
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="197" />
        <source>&amp;Layer</source>
        <translation>&amp;Camada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="198" />
        <source>Add &amp;file layer…</source>
        <translation>Adicionar camada de &amp;ficheiro…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="200" />
        <source>Add a layer</source>
        <translation>Adicionar uma camada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="440" />
        <source>The data is on this computer now</source>
        <translation>Os dados estão agora neste computador</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="443" />
        <source>Downloading the data…</source>
        <translation>A transferir os dados…</translation>
    </message>
    <message>
        <source>Downloading the data from %1…</source>
        <translation type="vanished">A descarregar os dados de %1…</translation>
    </message>
    <message>
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;All files (*)</source>
        <translation type="vanished">Dados geográficos (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="201" />
        <source>Geodata (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;All files (*)</source>
        <translation>Dados geográficos (*.gpkg *.geojson *.json *.shp *.zip *.kml *.gml *.tif *.tiff *.mbtiles);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="vanished">%1 adicionado</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation type="vanished">Não é possível adicionar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="207" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="208" />
        <source>Add &amp;tile layer (XYZ)…</source>
        <translation>Adicionar camada de &amp;mosaicos (XYZ)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="210" />
        <source>Add a tile layer</source>
        <translation>Adicionar uma camada de mosaicos</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="211" />
        <source>Tile address with {z}, {x} and {y} (tiles are cached for offline use):</source>
        <translation>Endereço dos mosaicos com {z}, {x} e {y} (os mosaicos ficam em cache para uso offline):</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="222" />
        <source>Work &amp;offline</source>
        <translation>Trabalhar &amp;offline</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="225" />
        <source>Tile layers show only cached tiles and download nothing</source>
        <translation>As camadas de mosaicos mostram só os mosaicos em cache e não descarregam nada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="228" />
        <source>&amp;Tools</source>
        <translation>Ferramen&amp;tas</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="229" />
        <source>Create &amp;demo datasets</source>
        <translation>Criar conjuntos de &amp;dados de demonstração</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231" />
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>Adicionar pequenos conjuntos de dados sintéticos das cidades CLIMABOROUGH a este espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="232" />
        <source>&amp;Clean up object store</source>
        <translation>&amp;Limpar o armazenamento de objetos</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="234" />
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Eliminar ficheiros armazenados a que já nenhum registo do catálogo faz referência</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="241" />
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="242" />
        <source>&amp;About Urbis</source>
        <translation>&amp;Acerca do Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259" />
        <source>"%1" has no vector data to draw; its footprint is shown</source>
        <translation>"%1" não tem dados vetoriais para desenhar; é mostrada a respetiva área de cobertura</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="95" />
        <source>"%1" is on the map</source>
        <translation>"%1" está no mapa</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="97" />
        <source>Cannot draw "%1": %2</source>
        <translation>Não é possível desenhar "%1": %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="318" />
        <source>Create demo datasets</source>
        <translation>Criar conjuntos de dados de demonstração</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="325" />
        <source>Created: %1, already present: %2</source>
        <translation>Criados: %1, já existentes: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="336" />
        <source>Clean up object store</source>
        <translation>Limpar o armazenamento de objetos</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="343" />
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>Ficheiros não referenciados removidos: %1, espaço libertado: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="354" />
        <source>Started: %1</source>
        <translation>Iniciada: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="362" />
        <source>Finished: %1</source>
        <translation>Concluída: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="364" />
        <source>Failed: %1 — %2</source>
        <translation>Falhou: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="374" />
        <source>1 dataset in the catalog</source>
        <translation>1 conjunto de dados no catálogo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="375" />
        <source>%n datasets in the catalog</source>
        <translation>
            <numerusform>%n conjunto de dados no catálogo</numerusform>
            <numerusform>%n conjuntos de dados no catálogo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::MapCanvas</name>
    <message>
        <location filename="../widgets/map/mapcanvas.cpp" line="30" />
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
</context>
<context>
    <name>urbis::MapView</name>
    <message>
        <location filename="../app/gui/mapview.cpp" line="116" />
        <source>The address needs {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>O endereço precisa de {z}, {x} e {y}, p. ex. https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
</context>
<context>
    <name>urbis::MercatorRaster</name>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="62" />
        <source>Cannot open %1 as a raster</source>
        <translation>Não é possível abrir %1 como raster</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="64" />
        <source>%1 has no band %2</source>
        <translation>%1 não tem a banda %2</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="71" />
        <location filename="../core/geo/mercatorraster.cpp" line="98" />
        <source>Reading %1 failed</source>
        <translation>A leitura de %1 falhou</translation>
    </message>
    <message>
        <location filename="../core/geo/mercatorraster.cpp" line="83" />
        <source>Cannot project %1 to web mercator</source>
        <translation>Não é possível projetar %1 para Web Mercator</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataExtractor</name>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="100" />
        <source>Cannot open the GeoPackage %1</source>
        <translation>Não é possível abrir o GeoPackage %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/metadataextractor.cpp" line="104" />
        <source>The GeoPackage has no layer %1</source>
        <translation>O GeoPackage não tem a camada %1</translation>
    </message>
</context>
<context>
    <name>urbis::MetadataForm</name>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="14" />
        <source>Required: how the dataset is listed in the catalog</source>
        <translation>Obrigatório: como o conjunto de dados é apresentado no catálogo</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="21" />
        <source>e.g. Athens</source>
        <translation>p. ex. Atenas</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="32" />
        <source>SPDX id or URL</source>
        <translation>id SPDX ou URL</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="35" />
        <source>Who or what produced the data</source>
        <translation>Quem ou o que produziu os dados</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="39" />
        <source>&amp;Title *</source>
        <translation>&amp;Título *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="40" />
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="41" />
        <source>C&amp;ity</source>
        <translation>C&amp;idade</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="42" />
        <source>Do&amp;main *</source>
        <translation>Do&amp;mínio *</translation>
    </message>
    <message>
        <location filename="../widgets/import/metadataform.cpp" line="43" />
        <source>&amp;License</source>
        <translation>&amp;Licença</translation>
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
        <translation>O GDAL não consegue ler %1 como raster</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="112" />
        <location filename="../core/ingest/normalizer.cpp" line="126" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="113" />
        <source>Cannot convert %1 to GeoTIFF</source>
        <translation>Não é possível converter %1 para GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/ingest/normalizer.cpp" line="127" />
        <source>Cannot build the overviews of %1</source>
        <translation>Não é possível criar as pirâmides de %1</translation>
    </message>
</context>
<context>
    <name>urbis::ObjectStore</name>
    <message>
        <location filename="../core/storage/objectstore.cpp" line="21" />
        <source>Cannot read %1</source>
        <translation>Não é possível ler %1</translation>
    </message>
</context>
<context>
    <name>urbis::OgrSource</name>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="205" />
        <source>The %1 is truncated or corrupt: row %2 cannot be read</source>
        <translation>O ficheiro %1 está truncado ou corrompido: não é possível ler a linha %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="239" />
        <source>The zip archive %1 is truncated or corrupt</source>
        <translation>O arquivo zip %1 está truncado ou corrompido</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="263" />
        <source>The zip archive holds no layer %1</source>
        <translation>O arquivo zip não contém a camada %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="266" />
        <source>The zip archive %1 holds no vector data (no Shapefile, GeoPackage, GeoJSON, KML or GML)</source>
        <translation>O arquivo zip %1 não contém dados vetoriais (nenhum Shapefile, GeoPackage, GeoJSON, KML ou GML)</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="278" />
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>Não é possível abrir %1: o ficheiro não existe ou não é legível</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="306" />
        <source>%1 cannot be read: it is not a valid .%2 file, or it is truncated or corrupt</source>
        <translation>Não é possível ler %1: não é um ficheiro .%2 válido, ou está truncado ou corrompido</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="308" />
        <source>%1 is not a vector format GDAL can read</source>
        <translation>%1 não é um formato vetorial que o GDAL consiga ler</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="314" />
        <source>%1 has no layer %2</source>
        <translation>%1 não tem a camada %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="319" />
        <source>%1 holds no vector layer</source>
        <translation>%1 não contém nenhuma camada vetorial</translation>
    </message>
    <message>
        <location filename="../core/ingest/ogrsource.cpp" line="331" />
        <source>%1 is truncated or corrupt</source>
        <translation>%1 está truncado ou corrompido</translation>
    </message>
</context>
<context>
    <name>urbis::OptionalChecks</name>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="38" />
        <source>The check "%1" cannot run: %2</source>
        <translation>A verificação "%1" não pode ser executada: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="181" />
        <source>The cell "%1" in row at position %2 and field "%3" at position %4 is not sequential</source>
        <translation>A célula "%1" na linha na posição %2 e no campo "%3" na posição %4 não é sequencial</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="201" />
        <source>The cell "%1" in row at position %2 and field "%3" at position %4 is probably truncated</source>
        <translation>A célula "%1" na linha na posição %2 e no campo "%3" na posição %4 está provavelmente truncada</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="215" />
        <source>The cell "%1" in row at position %2 and field "%3" at position %4 holds a forbidden value</source>
        <translation>A célula "%1" na linha na posição %2 e no campo "%3" na posição %4 contém um valor proibido</translation>
    </message>
    <message>
        <location filename="../core/ingest/optionalchecks.cpp" line="260" />
        <source>There is a possible error because the value is deviated: %1</source>
        <translation>Existe um possível erro porque o valor é desviante: %1</translation>
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
            <numerusform>Tamanho: %1 × %2 píxeis, %n banda</numerusform>
            <numerusform>Tamanho: %1 × %2 píxeis, %n bandas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="27" />
        <source>Band types: %1</source>
        <translation>Tipos de banda: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28" />
        <source>CRS: %1</source>
        <translation>SRC: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="28" />
        <source>not georeferenced</source>
        <translation>não georreferenciado</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="30" />
        <source>Extent (WGS84): %1, %2 — %3, %4</source>
        <translation>Extensão (WGS84): %1, %2 — %3, %4</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="33" />
        <source>No-data value: %1</source>
        <translation>Valor sem dados: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="35" />
        <source>GPS position: %1, %2</source>
        <translation>Posição GPS: %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="37" />
        <source>Taken at: %1</source>
        <translation>Captada em: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="45" />
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="46" />
        <source>The first rows of the file, with the type detected for each column. Check that the columns were split correctly.</source>
        <translation>As primeiras linhas do ficheiro, com o tipo detetado para cada coluna. Verifique se as colunas foram separadas corretamente.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="101" />
        <source>Reading %1</source>
        <translation>A ler %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="126" />
        <source>Nothing to show: %1</source>
        <translation>Nada para mostrar: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="135" />
        <source>%1 is a raster: it is imported as a tiled GeoTIFF; there are no rows to check.</source>
        <translation>%1 é um raster: é importado como GeoTIFF em mosaico; não há linhas para verificar.</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="143" />
        <source>%1 · %2 fields · showing the first %3 rows (the file has more)</source>
        <translation>%1 · %2 campos · a mostrar as primeiras %3 linhas (o ficheiro tem mais)</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="144" />
        <source>%1 · %2 fields · %3 rows</source>
        <translation>%1 · %2 campos · %3 linhas</translation>
    </message>
    <message>
        <location filename="../widgets/import/previewpage.cpp" line="148" />
        <source>· types detected from a sample</source>
        <translation>· tipos detetados a partir de uma amostra</translation>
    </message>
</context>
<context>
    <name>urbis::PreviewRowsModel</name>
    <message>
        <location filename="../widgets/import/previewrowsmodel.cpp" line="100" />
        <source>%1: detected %2 (%3 of %4 cells fit)</source>
        <translation>%1: detetado %2 (%3 de %4 células correspondem)</translation>
    </message>
</context>
<context>
    <name>urbis::RTreeBulkLoad</name>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="154" />
        <source>The R*Tree %1 has no root node</source>
        <translation>A R*Tree %1 não tem nó raiz</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="159" />
        <source>The R*Tree %1 has a root node of %2 bytes</source>
        <translation>A R*Tree %1 tem um nó raiz de %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="161" />
        <location filename="../core/ingest/rtreebulkload.cpp" line="167" />
        <source>The R*Tree %1 is not empty</source>
        <translation>A R*Tree %1 não está vazia</translation>
    </message>
    <message>
        <location filename="../core/ingest/rtreebulkload.cpp" line="191" />
        <source>Too many entries for the R*Tree %1</source>
        <translation>Demasiadas entradas para a R*Tree %1</translation>
    </message>
</context>
<context>
    <name>urbis::RasterProbe</name>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="139" />
        <source>Cannot open %1: the file does not exist or is not readable</source>
        <translation>Não é possível abrir %1: o ficheiro não existe ou não é legível</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="148" />
        <source>%1 is a raster GDAL knows but cannot read (truncated or corrupt?)</source>
        <translation>%1 é um raster que o GDAL reconhece mas não consegue ler (truncado ou corrompido?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/rasterprobe.cpp" line="150" />
        <source>%1 is not a raster format GDAL can read</source>
        <translation>%1 não é um formato raster que o GDAL consiga ler</translation>
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
        <translation>TÍTULO</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="53" />
        <source>CITY</source>
        <translation>CIDADE</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54" />
        <source>DOMAIN</source>
        <translation>DOMÍNIO</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="54" />
        <source>PERIOD</source>
        <translation>PERÍODO</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/recordprinter.cpp" line="58" />
        <source>%n dataset(s) shown of %1 matching</source>
        <translation>
            <numerusform>%n conjunto de dados mostrado de %1 correspondentes</numerusform>
            <numerusform>%n conjuntos de dados mostrados de %1 correspondentes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="68" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="69" />
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="70" />
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="71" />
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="72" />
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="73" />
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="74" />
        <source>Keywords</source>
        <translation>Termos-chave</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="75" />
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="76" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="77" />
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="78" />
        <source>Extent</source>
        <translation>Extensão</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="79" />
        <source>CRS</source>
        <translation>SRC</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="80" />
        <source>Features</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81" />
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="81" />
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="82" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="83" />
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="84" />
        <source> (previous %1)</source>
        <translation> (anterior %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="85" />
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="86" />
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="88" />
        <source>Fields:</source>
        <translation>Campos:</translation>
    </message>
    <message>
        <location filename="../app/cli/recordprinter.cpp" line="93" />
        <source>History:</source>
        <translation>Histórico:</translation>
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
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="33" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="35" />
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="37" />
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="62" />
        <source>W %1, S %2, E %3, N %4</source>
        <translation>O %1, S %2, E %3, N %4</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="73" />
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="75" />
        <source>warnings</source>
        <translation>avisos</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="77" />
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="81" />
        <source>not validated</source>
        <translation>não validado</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="88" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="93" />
        <source>unknown profile</source>
        <translation>perfil desconhecido</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="116" />
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="117" />
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="118" />
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="119" />
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="120" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="121" />
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="122" />
        <source>Keywords</source>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="123" />
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="124" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="125" />
        <source>Media type</source>
        <translation>Tipo de média</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="126" />
        <source>Temporal extent</source>
        <translation>Extensão temporal</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="127" />
        <source>Bounding box</source>
        <translation>Caixa delimitadora</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="128" />
        <source>CRS</source>
        <translation>SRC</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="129" />
        <source>Features / rows</source>
        <translation>Elementos / linhas</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="130" />
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="131" />
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="132" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="133" />
        <source>Stored files</source>
        <translation>Ficheiros armazenados</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="134" />
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
</context>
<context>
    <name>urbis::RecordValidator</name>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="17" />
        <source>A title is required</source>
        <translation>É necessário um título</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="19" />
        <source>A description is required</source>
        <translation>É necessária uma descrição</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="21" />
        <source>A license is required (an SPDX id such as CC-BY-4.0, or a URL)</source>
        <translation>É necessária uma licença (um id SPDX como CC-BY-4.0, ou um URL)</translation>
    </message>
    <message>
        <location filename="../core/catalog/recordvalidator.cpp" line="23" />
        <source>A source is required (who or what produced the data)</source>
        <translation>É necessária uma fonte (quem ou o que produziu os dados)</translation>
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
        <translation type="vanished">utilização: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                               [--virtual-host] [--replace]
            urbis remote list
            urbis remote remove NAME
            urbis remote test NAME      testa o acesso ao bucket com as chaves que a sincronização usaria
chaves: o porta-chaves do sistema; caso contrário, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (e AWS_SESSION_TOKEN)</translation>
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
        <translation>utilização: urbis remote add NAME --endpoint URL --bucket B [--region R] [--prefix P]
                             [--virtual-host] [--sse AES256|aws:kms] [--ca-bundle PEM] [--replace]
            urbis remote list
            urbis remote remove NAME
            urbis remote test NAME      testa o acesso ao bucket com as chaves que a sincronização usaria
chaves: o porta-chaves do sistema; caso contrário, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (e AWS_SESSION_TOKEN);
SSE-C: URBIS_SSE_CUSTOMER_KEY (base64 de uma chave de 32 bytes)</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="46" />
        <source>Remote "%1" removed</source>
        <translation>Servidor remoto "%1" removido</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49" />
        <source>remote needs add, list, remove or test</source>
        <translation>remote requer add, list, remove ou test</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="49" />
        <source>unknown use of remote: %1</source>
        <translation>utilização desconhecida de remote: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="57" />
        <source>remote add needs a NAME, --endpoint and --bucket</source>
        <translation>remote add requer NAME, --endpoint e --bucket</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="75" />
        <source>Remote "%1" added: %2, bucket %3</source>
        <translation>Servidor remoto "%1" adicionado: %2, bucket %3</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="98" />
        <source>No remotes yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Ainda não há servidores remotos: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="128" />
        <source>%1: bucket %2 reachable (keys from the %3)</source>
        <translation>%1: bucket %2 acessível (origem das chaves: %3)</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteCredentials</name>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="44" />
        <source>No keys for "%1" in the keyring</source>
        <translation>Não há chaves para "%1" no porta-chaves</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="49" />
        <source>The keyring entry of "%1" is incomplete</source>
        <translation>A entrada de "%1" no porta-chaves está incompleta</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="58" />
        <source>No keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Sem chaves: defina AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="70" />
        <source>No keys for the remote "%1": store them in the keyring (remote settings) or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Não há chaves para o servidor remoto "%1": guarde-as no porta-chaves (definições do servidor remoto) ou defina AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remotecredentials.cpp" line="91" />
        <source>The keys could not be stored in the keyring</source>
        <translation>Não foi possível guardar as chaves no porta-chaves</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteDialog</name>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="43" />
        <source>&amp;Path-style addresses (MinIO, Ceph, s3rver)</source>
        <translation>Endereços em estilo de &amp;caminho (MinIO, Ceph, s3rver)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="46" />
        <location filename="../widgets/sync/remotedialog.cpp" line="207" />
        <source>&amp;Test connection</source>
        <translation>&amp;Testar a ligação</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="52" />
        <source>Add remote</source>
        <translation>Adicionar servidor remoto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="53" />
        <source>e.g. city-minio</source>
        <translation>p. ex. city-minio</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="54" />
        <source>https://minio.example.org:9000</source>
        <translation>https://minio.example.org:9000</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="56" />
        <source>e.g. urbis-catalog</source>
        <translation>p. ex. urbis-catalog</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="57" />
        <source>optional, e.g. city/air/</source>
        <translation>opcional, p. ex. city/air/</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="61" />
        <source>Address objects as endpoint/bucket/key; AWS also accepts bucket.endpoint/key</source>
        <translation>Endereçar os objetos como endpoint/bucket/chave; a AWS também aceita bucket.endpoint/chave</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="64" />
        <location filename="../widgets/sync/remotedialog.cpp" line="65" />
        <source>leave empty to keep the stored keys</source>
        <translation>deixe em branco para manter as chaves guardadas</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="69" />
        <source>List the bucket once with these settings and keys</source>
        <translation>Listar o bucket uma vez com estas definições e chaves</translation>
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
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="83" />
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="84" />
        <source>Key p&amp;refix:</source>
        <translation>Pre&amp;fixo da chave:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="86" />
        <source>&amp;Access key:</source>
        <translation>Chave de &amp;acesso:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="87" />
        <source>&amp;Secret key:</source>
        <translation>Chave &amp;secreta:</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="114" />
        <source>Edit remote "%1"</source>
        <translation>Editar servidor remoto "%1"</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="165" />
        <source>Keys are kept in the system keyring, never in settings files. Leave them empty to use keys stored earlier or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment.</source>
        <translation>As chaves são guardadas no porta-chaves do sistema, nunca em ficheiros de definições. Deixe-as em branco para usar chaves guardadas anteriormente ou AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY do ambiente.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="169" />
        <source>AWS_ACCESS_KEY_ID is set here: the environment's keys are used first.</source>
        <translation>AWS_ACCESS_KEY_ID está definida aqui: as chaves do ambiente são usadas primeiro.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="179" />
        <source>Enter both keys, or neither to use the stored keys or the environment</source>
        <translation>Introduza ambas as chaves, ou nenhuma para usar as chaves guardadas ou o ambiente</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="194" />
        <source>Asking %1…</source>
        <translation>A consultar %1…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="207" />
        <source>Cancel &amp;test</source>
        <translation>Cancelar o &amp;teste</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="234" />
        <source>Saving the keys in the keyring…</source>
        <translation>A guardar as chaves no porta-chaves…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotedialog.cpp" line="252" />
        <source>No keyring is available here, so the keys were not saved. Urbis will use AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from the environment. Press OK to save the remote without keys.</source>
        <translation>Não há nenhum porta-chaves disponível aqui, por isso as chaves não foram guardadas. O Urbis vai usar AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY do ambiente. Prima OK para guardar o servidor remoto sem chaves.</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListModel</name>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="56" />
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="69" />
        <source>Syncing…</source>
        <translation>A sincronizar…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="72" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="94" />
        <source>Datasets changed here and not yet pushed</source>
        <translation>Conjuntos de dados alterados aqui e ainda não enviados</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="117" />
        <source>Remote</source>
        <translation>Servidor remoto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="119" />
        <source>Endpoint / bucket</source>
        <translation>Endpoint / bucket</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="121" />
        <source>Last sync</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="123" />
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistmodel.cpp" line="125" />
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteListView</name>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="29" />
        <source>Filter remotes</source>
        <translation>Filtrar servidores remotos</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="41" />
        <source>Remotes</source>
        <translation>Servidores remotos</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="44" />
        <source>No remote yet — Add remote… to share this catalog through S3/MinIO</source>
        <translation>Ainda não há servidores remotos — use "Adicionar servidor remoto…" para partilhar este catálogo através de S3/MinIO</translation>
    </message>
    <message>
        <location filename="../widgets/sync/remotelistview.cpp" line="47" />
        <source>Add remote…</source>
        <translation>Adicionar servidor remoto…</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteOverview</name>
    <message>
        <location filename="../widgets/sync/remoteoverview.cpp" line="25" />
        <source>Status unknown: %1</source>
        <translation>Estado desconhecido: %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfile</name>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="15" />
        <source>The remote name "%1" is not valid: use letters, digits, '.', '_' or '-' (at most 64)</source>
        <translation>O nome de servidor remoto "%1" não é válido: use letras, algarismos, '.', '_' ou '-' (no máximo 64)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="18" />
        <source>The endpoint "%1" is not an http:// or https:// address</source>
        <translation>O endpoint "%1" não é um endereço http:// ou https://</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="21" />
        <source>The bucket name "%1" is not valid: 3 to 63 lower-case letters, digits, '.' or '-'</source>
        <translation>O nome de bucket "%1" não é válido: 3 a 63 letras minúsculas, algarismos, '.' ou '-'</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="23" />
        <source>The region is empty</source>
        <translation>A região está vazia</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="26" />
        <source>Server-side encryption "%1" is not known: use AES256 or aws:kms</source>
        <translation>A encriptação do lado do servidor "%1" é desconhecida: use AES256 ou aws:kms</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofile.cpp" line="28" />
        <source>No PEM certificate could be read from %1</source>
        <translation>Não foi possível ler nenhum certificado PEM de %1</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteProfiles</name>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="27" />
        <source>Cannot read %1</source>
        <translation>Não é possível ler %1</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="31" />
        <source>%1 is damaged: %2</source>
        <translation>%1 está danificado: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="47" />
        <source>There is no remote "%1" (urbis remote list shows them)</source>
        <translation>Não existe nenhum servidor remoto "%1" (urbis remote list mostra-os)</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="59" />
        <source>A remote named "%1" exists already</source>
        <translation>Já existe um servidor remoto com o nome "%1"</translation>
    </message>
    <message>
        <location filename="../core/storage/remote/remoteprofiles.cpp" line="75" />
        <source>There is no remote "%1"</source>
        <translation>Não existe nenhum servidor remoto "%1"</translation>
    </message>
</context>
<context>
    <name>urbis::RemoteScan</name>
    <message>
        <location filename="../core/storage/sync/remotescan.cpp" line="32" />
        <source>Sync cancelled</source>
        <translation>Sincronização cancelada</translation>
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
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="98" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="99" />
        <source>Error type</source>
        <translation>Tipo de erro</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="100" />
        <source>Cell</source>
        <translation>Célula</translation>
    </message>
    <message>
        <location filename="../widgets/import/reporterrorsmodel.cpp" line="101" />
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>urbis::ReportPage</name>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="33" />
        <source>Validation report</source>
        <translation>Relatório de validação</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="34" />
        <source>The whole file checked against the schema. Double-click an error to see its row in the preview.</source>
        <translation>O ficheiro inteiro foi verificado com base no esquema. Faça duplo clique num erro para ver a respetiva linha na pré-visualização.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="49" />
        <source>Search the errors</source>
        <translation>Pesquisar nos erros</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="65" />
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="67" />
        <source>&amp;Validate again</source>
        <translation>&amp;Validar novamente</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="69" />
        <source>&amp;Import even with errors (the report is kept with the dataset)</source>
        <translation>&amp;Importar mesmo com erros (o relatório é guardado com o conjunto de dados)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="76" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="142" />
        <source>Add as a &amp;new version of the existing dataset "%1"</source>
        <translation>Adicionar como &amp;nova versão do conjunto de dados existente "%1"</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="156" />
        <source>&lt;b&gt;Raster:&lt;/b&gt; no rows to validate; the import converts it to a tiled GeoTIFF.</source>
        <translation>&lt;b&gt;Raster:&lt;/b&gt; não há linhas para validar; a importação converte-o em GeoTIFF em mosaico.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="165" />
        <source>Validating %1</source>
        <translation>A validar %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="182" />
        <source>Validation did not finish. Press "Validate again" to retry.</source>
        <translation>A validação não terminou. Prima "Validar novamente" para tentar de novo.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="195" />
        <source>All findings (%1)</source>
        <translation>Todas as ocorrências (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="203" />
        <source>&lt;span style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Valid&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields, no errors.</source>
        <translation>&lt;span style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Válido&lt;/b&gt;&lt;/span&gt; — %1 linhas, %2 campos, sem erros.</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="206" />
        <source>&lt;span style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Valid with warnings&lt;/b&gt;&lt;/span&gt; — %1 rows, %2 fields; %3 notes about missing metadata (they do not block the import).</source>
        <translation>&lt;span style='color:#2e7d32; font-size:large'&gt;✔ &lt;b&gt;Válido com avisos&lt;/b&gt;&lt;/span&gt; — %1 linhas, %2 campos; %3 notas sobre metadados em falta (não impedem a importação).</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="210" />
        <source>&lt;span style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Not valid&lt;/b&gt;&lt;/span&gt; — %1 errors in %2 rows%3. Fix the schema or the file, or tick "Import even with errors".</source>
        <translation>&lt;span style='color:#c62828; font-size:large'&gt;✘ &lt;b&gt;Inválido&lt;/b&gt;&lt;/span&gt; — %1 erros em %2 linhas%3. Corrija o esquema ou o ficheiro, ou marque "Importar mesmo com erros".</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/reportpage.cpp" line="214" />
        <source>, and %n note(s)</source>
        <translation>
            <numerusform>, e %n nota</numerusform>
            <numerusform>, e %n notas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="225" />
        <location filename="../widgets/import/reportpage.cpp" line="228" />
        <source>Export validation report</source>
        <translation>Exportar relatório de validação</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="226" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/import/reportpage.cpp" line="228" />
        <source>Cannot write %1</source>
        <translation>Não é possível escrever %1</translation>
    </message>
</context>
<context>
    <name>urbis::ReportReader</name>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="37" />
        <source>The stored validation report is not readable</source>
        <translation>O relatório de validação armazenado não é legível</translation>
    </message>
    <message>
        <location filename="../core/catalog/reportreader.cpp" line="60" />
        <source>This dataset has no stored validation report.</source>
        <translation>Este conjunto de dados não tem nenhum relatório de validação armazenado.</translation>
    </message>
</context>
<context>
    <name>urbis::ReportTab</name>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="33" />
        <source>Search the findings</source>
        <translation>Pesquisar nas ocorrências</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="49" />
        <source>Sho&amp;w:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="98" />
        <source>No data store is connected to this panel.</source>
        <translation>Nenhum armazenamento de dados está ligado a este painel.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="102" />
        <source>Reading the validation report…</source>
        <translation>A ler o relatório de validação…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="106" />
        <source>Reading the validation report</source>
        <translation>A ler o relatório de validação</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="135" />
        <source>Valid: %1 rows checked, no errors.</source>
        <translation>Válido: %1 linhas verificadas, sem erros.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="136" />
        <source>%1 errors in %2 rows checked.</source>
        <translation>%1 erros em %2 linhas verificadas.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="139" />
        <source>%1 notices (missing metadata; they never make data invalid).</source>
        <translation>%1 avisos (metadados em falta; nunca tornam os dados inválidos).</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/reporttab.cpp" line="145" />
        <source>All findings</source>
        <translation>Todas as ocorrências</translation>
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
        <translation>O ficheiro de dados %1 não existe</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="143" />
        <source>The data file %1 is not a file</source>
        <translation>O ficheiro de dados %1 não é um ficheiro</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="146" />
        <location filename="../core/storage/rest/restingestclient.cpp" line="164" />
        <source>Cannot read the data file %1</source>
        <translation>Não é possível ler o ficheiro de dados %1</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="202" />
        <location filename="../core/storage/rest/restingestclient.cpp" line="274" />
        <location filename="../core/storage/rest/restingestclient.cpp" line="294" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="218" />
        <source>no answer within %1 ms</source>
        <translation>sem resposta em %1 ms</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="232" />
        <source>Cannot reach the ingestion endpoint %1: %2</source>
        <translation>Não é possível aceder ao endpoint de ingestão %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="239" />
        <source>The ingestion endpoint %1 requires an access token (HTTP %2)</source>
        <translation>O endpoint de ingestão %1 requer um token de acesso (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="240" />
        <source>The ingestion endpoint %1 refused the access token (HTTP %2)</source>
        <translation>O endpoint de ingestão %1 recusou o token de acesso (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="244" />
        <source>The ingestion endpoint %1 redirects to %2; send to that address instead</source>
        <translation>O endpoint de ingestão %1 redireciona para %2; envie antes para esse endereço</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="245" />
        <source>an unnamed address</source>
        <translation>um endereço sem nome</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="248" />
        <source>The ingestion endpoint %1 failed (HTTP %2)</source>
        <translation>O endpoint de ingestão %1 falhou (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="251" />
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2)</source>
        <translation>O endpoint de ingestão %1 recusou o conjunto de dados (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="252" />
        <source>The ingestion endpoint %1 refused the dataset (HTTP %2): %3</source>
        <translation>O endpoint de ingestão %1 recusou o conjunto de dados (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../core/storage/rest/restingestclient.cpp" line="266" />
        <source>The ingestion endpoint must be an http or https address, not "%1"</source>
        <translation>O endpoint de ingestão tem de ser um endereço http ou https, não "%1"</translation>
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
            <numerusform>Detetado: %1, %2% de %n célula da amostra corresponde</numerusform>
            <numerusform>Detetado: %1, %2% das %n células da amostra correspondem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="78" />
        <source>%n cells empty or missing</source>
        <translation>
            <numerusform>%n célula vazia ou em falta</numerusform>
            <numerusform>%n células vazias ou em falta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="80" />
        <source>Examples: %1</source>
        <translation>Exemplos: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="82" />
        <source>Suggested unit: %1</source>
        <translation>Unidade sugerida: %1</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="194" />
        <source>Share of the sampled cells that fit the detected type</source>
        <translation>Proporção das células da amostra que correspondem ao tipo detetado</translation>
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
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="201" />
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="202" />
        <source>Unique</source>
        <translation>Único</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="203" />
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="204" />
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="205" />
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemafieldsmodel.cpp" line="206" />
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaInference</name>
    <message>
        <location filename="../core/ingest/schemainference.cpp" line="296" />
        <source>Schema inference was cancelled</source>
        <translation>A inferência do esquema foi cancelada</translation>
    </message>
</context>
<context>
    <name>urbis::SchemaPage</name>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="22" />
        <source>Schema and metadata</source>
        <translation>Esquema e metadados</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="23" />
        <source>Check the detected column types, add units and constraints, and describe the dataset. Hover a field for what the detection saw.</source>
        <translation>Verifique os tipos de coluna detetados, adicione unidades e restrições e descreva o conjunto de dados. Passe o cursor sobre um campo para ver o que a deteção encontrou.</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="41" />
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="45" />
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <location filename="../widgets/import/schemapage.cpp" line="70" />
        <source>Types were detected from the first rows only; validation reads the whole file.</source>
        <translation>Os tipos foram detetados apenas a partir das primeiras linhas; a validação lê o ficheiro inteiro.</translation>
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
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="10" />
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/schematable.cpp" line="28" />
        <source>No unit given</source>
        <translation>Nenhuma unidade indicada</translation>
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
        <translation>utilização: urbis send ID --to URL [--token-env VAR]
  envia os dados do conjunto de dados e o respetivo registo do catálogo (multipart/form-data: "metadata", "file")
  para o endpoint de ingestão REST URL (http ou https)
  --token-env VAR   variável de ambiente que contém o token bearer (predefinição %1; none: sem token)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="37" />
        <source>send needs one dataset ID and --to URL</source>
        <translation>send requer um ID de conjunto de dados e --to URL</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="43" />
        <source>--token-env names %1, which is not set or empty</source>
        <translation>--token-env indica %1, que não está definida ou está vazia</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="53" />
        <source>Dataset %1 has no stored data to send</source>
        <translation>O conjunto de dados %1 não tem dados armazenados para enviar</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="56" />
        <source>The stored data of dataset %1 is missing (%2)</source>
        <translation>Os dados armazenados do conjunto de dados %1 estão em falta (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="67" />
        <source>Sending %1</source>
        <translation>A enviar %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="82" />
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes</source>
        <translation>%1 (%2) enviado para %3: HTTP %4, %5 bytes</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="83" />
        <source>Sent %1 (%2) to %3: HTTP %4, %5 bytes, now at %6</source>
        <translation>%1 (%2) enviado para %3: HTTP %4, %5 bytes, agora em %6</translation>
    </message>
</context>
<context>
    <name>urbis::SourceOpener</name>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="89" />
        <source>%1 is not a text file: it holds binary data</source>
        <translation>%1 não é um ficheiro de texto: contém dados binários</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="133" />
        <source>%1 does not exist</source>
        <translation>%1 não existe</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="135" />
        <source>%1 is a folder, not a file</source>
        <translation>%1 é uma pasta, não um ficheiro</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="138" />
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="141" />
        <source>The file is empty: %1</source>
        <translation>O ficheiro está vazio: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="159" />
        <source>%1 is a raster image, not a table or vector layer</source>
        <translation>%1 é uma imagem raster, não uma tabela nem uma camada vetorial</translation>
    </message>
    <message>
        <location filename="../core/ingest/sourceopener.cpp" line="168" />
        <source>The format of %1 is not recognised</source>
        <translation>O formato de %1 não é reconhecido</translation>
    </message>
</context>
<context>
    <name>urbis::StacItemCodec</name>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="148" />
        <source>%1 is not a STAC Item (needs "type": "Feature" and an id)</source>
        <translation>%1 não é um STAC Item (requer "type": "Feature" e um id)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="158" />
        <source>%1: a version record is unreadable: %2</source>
        <translation>%1: um registo de versão é ilegível: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/stacitemcodec.cpp" line="162" />
        <source>%1: the versions do not start with the dataset %2</source>
        <translation>%1: as versões não começam pelo conjunto de dados %2</translation>
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
        <translation>utilização: urbis sync [NAME] [--push] [--pull] [--dry-run] [--with-data]
                       [--bbox W,S,E,N] [--from T] [--to T]
            urbis sync [NAME] --fetch ID              descarregar os dados de um conjunto de dados recebido
            urbis sync [NAME] --conflicts             listar os conjuntos de dados alterados aqui e lá
            urbis sync [NAME] --resolve ID --keep mine|theirs|both
transferências: --part-size MIB (predefinição 8, no mínimo 5), --concurrency N (predefinição 4),
                --bwlimit RATE (bytes por segundo; sufixos K, M ou G: 10M)
Sem --push nem --pull, são executados ambos os sentidos. Os conjuntos de dados recebidos trazem os seus metadados;
os respetivos dados vêm com --with-data, para os que estão em --bbox / --from..--to, ou com --fetch.
NAME pode ser omitido quando existe apenas um servidor remoto (urbis remote list).</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="48" />
        <source>No remote yet: urbis remote add NAME --endpoint URL --bucket B</source>
        <translation>Ainda não há servidores remotos: urbis remote add NAME --endpoint URL --bucket B</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="49" />
        <source>Several remotes: name the one to sync with</source>
        <translation>Vários servidores remotos: indique aquele com que pretende sincronizar</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="57" />
        <source>sync takes at most one remote name</source>
        <translation>sync aceita no máximo um nome de servidor remoto</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="93" />
        <source>--part-size is in MiB, from 5 to 5120</source>
        <translation>--part-size é em MiB, de 5 a 5120</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="100" />
        <source>--concurrency is a number from 1 to 64</source>
        <translation>--concurrency é um número de 1 a 64</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="112" />
        <source>--bwlimit needs a rate such as 500K or 10M</source>
        <translation>--bwlimit requer uma taxa como 500K ou 10M</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="123" />
        <source>--resolve needs --keep mine, theirs or both</source>
        <translation>--resolve requer --keep mine, theirs ou both</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="131" />
        <source>Syncing with %1</source>
        <translation>A sincronizar com %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="148" />
        <source>%1%2 pushed, %3 pulled, %4 conflict(s), %5 failed; %6 blob(s) up (%7 already there), %8 down in %9 s</source>
        <translation>%1enviados: %2, recebidos: %3, conflitos: %4, falhados: %5; blobs carregados: %6 (%7 já existentes), descarregados: %8 em %9 s</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="149" />
        <source>dry run: would have </source>
        <translation>simulação (sem alterações): </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="181" />
        <source>%n conflict(s); %1 dataset(s) waiting to be pushed</source>
        <translation>
            <numerusform>%n conflito; conjuntos de dados à espera de envio: %1</numerusform>
            <numerusform>%n conflitos; conjuntos de dados à espera de envio: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::SyncEngine</name>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="63" />
        <source>Sync cancelled</source>
        <translation>Sincronização cancelada</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="88" />
        <source>Reading the remote catalog of %1…</source>
        <translation>A ler o catálogo remoto de %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.h" line="118" />
        <source>%1 is not JSON: %2</source>
        <translation>%1 não é JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="96" />
        <source>Still unresolved: changed here and on %1</source>
        <translation>Ainda por resolver: alterado aqui e em %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="111" />
        <source>Changed here (%1 version(s), last edit %2) and on %3 (%4 version(s), last edit %5)</source>
        <translation>Alterado aqui (versões: %1, última edição %2) e em %3 (versões: %4, última edição %5)</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="164" />
        <source>Changed on %1 while this sync ran</source>
        <translation>Alterado em %1 durante esta sincronização</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncrun.cpp" line="273" />
        <source>Writing the STAC catalog of %1…</source>
        <translation>A escrever o catálogo STAC de %1…</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="94" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/syncengine.cpp" line="101" />
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>Não foi possível sincronizar %n conjunto de dados; a próxima sincronização tenta novamente</numerusform>
            <numerusform>Não foi possível sincronizar %n conjuntos de dados; a próxima sincronização tenta novamente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="158" />
        <source>"%1" changed on %2 again; look at it once more</source>
        <translation>"%1" foi novamente alterado em %2; reveja-o mais uma vez</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/syncengine.cpp" line="208" />
        <source>"%1" was never synced with a remote: its data is not available</source>
        <translation>"%1" nunca foi sincronizado com um servidor remoto: os respetivos dados não estão disponíveis</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPanel</name>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="51" />
        <source>Transfers</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="52" />
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="53" />
        <location filename="../widgets/sync/syncpanel.cpp" line="171" />
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="95" />
        <source>&amp;Add remote…</source>
        <translation>&amp;Adicionar servidor remoto…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="97" />
        <source>Connect this catalog to an S3 / MinIO bucket</source>
        <translation>Ligar este catálogo a um bucket S3 / MinIO</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="98" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="100" />
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="102" />
        <source>Forget this remote here; nothing is deleted in the bucket</source>
        <translation>Esquecer este servidor remoto aqui; nada é eliminado no bucket</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="103" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="105" />
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="106" />
        <source>Push local changes and pull the remote's (Ctrl+Shift+S)</source>
        <translation>Enviar as alterações locais e receber as do servidor remoto (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="107" />
        <source>&amp;Preview</source>
        <translation>&amp;Pré-visualizar</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="109" />
        <source>Dry run: list what a sync would move, changing nothing</source>
        <translation>Simulação: listar o que uma sincronização transferiria, sem alterar nada</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="171" />
        <source>Conflicts (%1)</source>
        <translation>Conflitos (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="205" />
        <source>Remote "%1" updated</source>
        <translation>Servidor remoto "%1" atualizado</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="206" />
        <source>Remote "%1" added</source>
        <translation>Servidor remoto "%1" adicionado</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="235" />
        <source>Remove remote</source>
        <translation>Remover servidor remoto</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="236" />
        <source>Forget the remote "%1"? Nothing is deleted in the bucket, and the datasets stay in this catalog.</source>
        <translation>Esquecer o servidor remoto "%1"? Nada é eliminado no bucket e os conjuntos de dados ficam neste catálogo.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="245" />
        <source>Remote "%1" removed</source>
        <translation>Servidor remoto "%1" removido</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="256" />
        <source>A sync of "%1" is already running</source>
        <translation>Já está em curso uma sincronização de "%1"</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="270" />
        <source>Syncing "%1"…</source>
        <translation>A sincronizar "%1"…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="279" />
        <source>"%1" is in sync</source>
        <translation>"%1" está sincronizado</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="281" />
        <source>Sync of "%1" cancelled</source>
        <translation>Sincronização de "%1" cancelada</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284" />
        <source>Sync of "%1" failed: %2</source>
        <translation>A sincronização de "%1" falhou: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="284" />
        <source>see Transfers</source>
        <translation>ver Transferências</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="295" />
        <source>Next try at %1</source>
        <translation>Próxima tentativa: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="331" />
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="333" />
        <source>Preview of "%1" failed: %2</source>
        <translation>A pré-visualização de "%1" falhou: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="353" />
        <source>Conflict on "%1" settled</source>
        <translation>Conflito em "%1" resolvido</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpanel.cpp" line="354" />
        <source>Could not settle the conflict: %1</source>
        <translation>Não foi possível resolver o conflito: %1</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPlanModel</name>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="30" />
        <source>Upload</source>
        <translation>Envio</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="32" />
        <source>Download</source>
        <translation>Receção</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="34" />
        <source>Fetch data</source>
        <translation>Descarregar dados</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="36" />
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="38" />
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sync/syncplanmodel.cpp" line="72" />
        <source>%1 (%n version(s))</source>
        <translation>
            <numerusform>%1 (%n versão)</numerusform>
            <numerusform>%1 (%n versões)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="92" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="94" />
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="96" />
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncplanmodel.cpp" line="98" />
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
</context>
<context>
    <name>urbis::SyncPreviewView</name>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="18" />
        <source>Preview lists what a sync would upload and download, without changing anything.</source>
        <translation>A pré-visualização lista o que uma sincronização enviaria e receberia, sem alterar nada.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="28" />
        <source>What the sync would move</source>
        <translation>O que a sincronização transferiria</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="43" />
        <source>Asking "%1" what a sync would move…</source>
        <translation>A perguntar a "%1" o que uma sincronização transferiria…</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="49" />
        <source>Preview of "%1" failed: %2</source>
        <translation>A pré-visualização de "%1" falhou: %2</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="57" />
        <source>"%1" is in sync: nothing would move.</source>
        <translation>"%1" está sincronizado: nada seria transferido.</translation>
    </message>
    <message>
        <location filename="../widgets/sync/syncpreviewview.cpp" line="61" />
        <source>A sync with "%1" would upload %2 and download %3 dataset(s), %4 in all; %5 conflict(s). Nothing was changed.</source>
        <translation>Uma sincronização com "%1" enviaria %2 e receberia %3 conjunto(s) de dados, %4 no total; conflitos: %5. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>urbis::SyncTask</name>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9" />
        <source>Preview sync with %1</source>
        <translation>Pré-visualizar a sincronização com %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="9" />
        <source>Sync with %1</source>
        <translation>Sincronização com %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/synctask.cpp" line="30" />
        <source>Download the data of a dataset</source>
        <translation>Transferir os dados de um conjunto de dados</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/sync/synctask.cpp" line="70" />
        <source>%n dataset(s) could not be synced; the next sync tries again</source>
        <translation>
            <numerusform>Não foi possível sincronizar %n conjunto de dados; a próxima sincronização tenta novamente</numerusform>
            <numerusform>Não foi possível sincronizar %n conjuntos de dados; a próxima sincronização tenta novamente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TableChecker</name>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="113" />
        <source>There is an extra label "%1" in the header at position %2</source>
        <translation>Existe um rótulo adicional "%1" no cabeçalho na posição %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="119" />
        <source>Label "%1" of the schema is missing from the header at position %2</source>
        <translation>O rótulo "%1" do esquema está em falta no cabeçalho na posição %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="124" />
        <source>Label in the header at position %1 is blank</source>
        <translation>O rótulo no cabeçalho na posição %1 está vazio</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="126" />
        <source>Label "%1" at position %2 is a duplicate</source>
        <translation>O rótulo "%1" na posição %2 é um duplicado</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="128" />
        <source>Label "%1" at position %2 does not match the field name "%3" of the schema</source>
        <translation>O rótulo "%1" na posição %2 não corresponde ao nome de campo "%3" do esquema</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="173" />
        <source>Row at position %1 is completely blank</source>
        <translation>A linha na posição %1 está completamente vazia</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="187" />
        <source>Type error in the cell "%1" in row %2 and field "%3" at position %4: type is "%5/%6"</source>
        <translation>Erro de tipo na célula "%1" na linha %2 e no campo "%3" na posição %4: o tipo é "%5/%6"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="195" />
        <source>The cell "%1" in row %2 and field "%3" at position %4 does not conform to the constraint "%5"</source>
        <translation>A célula "%1" na linha %2 e no campo "%3" na posição %4 não cumpre a restrição "%5"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="205" />
        <source>Row at position %1 has an extra value in field at position %2</source>
        <translation>A linha na posição %1 tem um valor adicional no campo na posição %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="210" />
        <source>Row at position %1 has a missing cell in field "%2" at position %3</source>
        <translation>Falta uma célula na linha na posição %1 no campo "%2" na posição %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="217" />
        <source>Row at position %1 has a unique constraint violation in field "%2" at position %3</source>
        <translation>A linha na posição %1 viola a restrição de unicidade no campo "%2" na posição %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="230" />
        <source>Row at position %1 violates the primary key: all key cells are null or the key is not unique</source>
        <translation>A linha na posição %1 viola a chave primária: todas as células da chave são nulas ou a chave não é única</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="247" />
        <source>Row at position %1 is a duplicate of an earlier row</source>
        <translation>A linha na posição %1 é um duplicado de uma linha anterior</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="262" />
        <source>Row at position %1 violates the foreign key: the referenced values are not in the table</source>
        <translation>A linha na posição %1 viola a chave estrangeira: os valores referenciados não estão na tabela</translation>
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
        <translation>a restrição "%1" não é suportada pelo tipo "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="98" />
        <source>constraint "%1": %2 is not a valid %3</source>
        <translation>restrição "%1": %2 não é um valor %3 válido</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="106" />
        <source>a length constraint is negative</source>
        <translation>uma restrição de comprimento é negativa</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="127" />
        <source>pattern "%1" is not a valid regular expression: %2</source>
        <translation>o padrão "%1" não é uma expressão regular válida: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="18" />
        <source>Field "%1": "%2" is malformed</source>
        <translation>Campo "%1": "%2" está mal formado</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="50" />
        <source>Field "%1": unknown constraint "%2"</source>
        <translation>Campo "%1": restrição desconhecida "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablefield.cpp" line="112" />
        <source>A field has no name ("name" must be a string)</source>
        <translation>Um campo não tem nome ("name" tem de ser uma cadeia de caracteres)</translation>
    </message>
    <message>
        <location filename="../core/ingest/timepattern.cpp" line="113" />
        <source>The date/time format "%1" uses "%2", which is not a supported strptime directive</source>
        <translation>O formato de data/hora "%1" usa "%2", que não é uma diretiva strptime suportada</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="96" />
        <source>unknown type "%1"</source>
        <translation>tipo desconhecido "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="114" />
        <source>format "%1" is not valid for type "%2"</source>
        <translation>o formato "%1" não é válido para o tipo "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/valuecast.cpp" line="131" />
        <source>"%1" is malformed</source>
        <translation>"%1" está mal formado</translation>
    </message>
</context>
<context>
    <name>urbis::TableSchema</name>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="51" />
        <source>Foreign key %1 is malformed: it needs "fields" and a "reference" with "resource" and "fields"</source>
        <translation>A chave estrangeira %1 está mal formada: precisa de "fields" e de uma "reference" com "resource" e "fields"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="58" />
        <source>Foreign key %1 lists %2 fields but references %3</source>
        <translation>A chave estrangeira %1 lista %2 campos mas referencia %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="70" />
        <source>Foreign key %1 names the field "%2", which the schema does not have</source>
        <translation>A chave estrangeira %1 indica o campo "%2", que o esquema não tem</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="88" />
        <location filename="../core/ingest/tableschema.cpp" line="95" />
        <source>The schema's "missingValues" must be a list of strings</source>
        <translation>"missingValues" do esquema tem de ser uma lista de cadeias de caracteres</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="103" />
        <source>The schema has no "fields" list</source>
        <translation>O esquema não tem uma lista "fields"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="111" />
        <source>Field %1 of the schema is not an object</source>
        <translation>O campo %1 do esquema não é um objeto</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="116" />
        <source>Field %1 of the schema has no name</source>
        <translation>O campo %1 do esquema não tem nome</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="124" />
        <source>The schema has two fields named "%1"</source>
        <translation>O esquema tem dois campos com o nome "%1"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="134" />
        <source>The schema's "primaryKey" must be a field name or a list of them</source>
        <translation>"primaryKey" do esquema tem de ser um nome de campo ou uma lista de nomes de campos</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="140" />
        <source>The primary key names the field "%1", which the schema does not have</source>
        <translation>A chave primária indica o campo "%1", que o esquema não tem</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="150" />
        <source>The schema's "foreignKeys" must be a list</source>
        <translation>"foreignKeys" do esquema tem de ser uma lista</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="163" />
        <source>The schema's "%1" must be a string</source>
        <translation>"%1" do esquema tem de ser uma cadeia de caracteres</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="177" />
        <source>Cannot read the schema file %1</source>
        <translation>Não é possível ler o ficheiro de esquema %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="182" />
        <source>The schema file %1 is not valid JSON (at byte %2)</source>
        <translation>O ficheiro de esquema %1 não é JSON válido (no byte %2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/tableschema.cpp" line="188" />
        <source>The schema file %1 does not hold a JSON object</source>
        <translation>O ficheiro de esquema %1 não contém um objeto JSON</translation>
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
        <translation>Cancelada antes de começar</translation>
    </message>
</context>
<context>
    <name>urbis::TaskProgressWidget</name>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="20" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="22" />
        <source>Stop this step</source>
        <translation>Parar este passo</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="59" />
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <location filename="../widgets/import/taskprogresswidget.cpp" line="83" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>urbis::TaskRow</name>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="35" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="37" />
        <source>Stop this task; work done so far is rolled back</source>
        <translation>Parar esta tarefa; o trabalho feito até agora é revertido</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="89" />
        <source>Queued</source>
        <translation>Em fila</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92" />
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="92" />
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="95" />
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="98" />
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskrow.cpp" line="101" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>urbis::TasksPanel</name>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="18" />
        <source>Clear finished</source>
        <translation>Limpar concluídas</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="20" />
        <source>Remove finished, failed and cancelled tasks from the list</source>
        <translation>Remover da lista as tarefas concluídas, falhadas e canceladas</translation>
    </message>
    <message>
        <location filename="../widgets/common/taskspanel.cpp" line="25" />
        <source>No tasks. Imports, sync and clean-up jobs show their progress here.</source>
        <translation>Sem tarefas. As importações, sincronizações e limpezas mostram aqui o seu progresso.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="91" />
        <source>%n running</source>
        <translation>
            <numerusform>%n em execução</numerusform>
            <numerusform>%n em execução</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/taskspanel.cpp" line="92" />
        <source>%n finished</source>
        <translation>
            <numerusform>%n concluída</numerusform>
            <numerusform>%n concluídas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urbis::TileDownloader</name>
    <message>
        <location filename="../core/map/tiledownloader.cpp" line="76" />
        <source>The server sent something that is not an image</source>
        <translation>O servidor enviou algo que não é uma imagem</translation>
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
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="60" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sync/transfermeter.cpp" line="63" />
        <source>%1/s, %2:%3 left</source>
        <translation>%1/s, faltam %2:%3</translation>
    </message>
</context>
<context>
    <name>urbis::TransfersView</name>
    <message>
        <location filename="../widgets/sync/transfersview.cpp" line="15" />
        <source>No transfer running. Sync now (Ctrl+Shift+S) or Preview to see what would move.</source>
        <translation>Nenhuma transferência em curso. "Sincronizar agora" (Ctrl+Shift+S) ou "Pré-visualizar" mostra o que seria transferido.</translation>
    </message>
</context>
<context>
    <name>urbis::ValidateCommand</name>
    <message>
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation type="vanished">utilização: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                           [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
códigos de saída: 0 válido, 1 inválido, 2 erro de utilização ou entrada ilegível</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="31" />
        <source>validate needs exactly one file</source>
        <translation>validate precisa de exatamente um ficheiro</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="38" />
        <source>--limit-errors needs a positive whole number</source>
        <translation>--limit-errors precisa de um número inteiro positivo</translation>
    </message>
    <message>
        <source>Unknown check "%1"; available: duplicate-row</source>
        <translation type="vanished">Verificação desconhecida "%1"; disponível: duplicate-row</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="21" />
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
checks: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
        forbidden-value:FIELD=a|b|c (city-data checks always run; --no-city-checks turns them off)
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation>utilização: urbis validate FILE [--schema SCHEMA.json] [--checks CHECK,...] [--limit-errors N]
                           [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
verificações: duplicate-row, truncated-value, deviated-value:FIELD, sequential-value:FIELD,
              forbidden-value:FIELD=a|b|c (as verificações de dados urbanos são sempre executadas; --no-city-checks desativa-as)
códigos de saída: 0 válido, 1 inválido, 2 erro de utilização ou entrada ilegível</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="48" />
        <source>Unknown check "%1"; available: %2</source>
        <translation>Verificação desconhecida "%1"; disponíveis: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="51" />
        <source>The check %1 needs a field: --checks %1:FIELD</source>
        <translation>A verificação %1 precisa de um campo: --checks %1:FIELD</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="78" />
        <source>Cannot read %1: no such file</source>
        <translation>Não é possível ler %1: o ficheiro não existe</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="82" />
        <source>Validating</source>
        <translation>A validar</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="99" />
        <source>, row %1</source>
        <translation>, linha %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="101" />
        <source>, column %1</source>
        <translation>, coluna %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="102" />
        <source>, column %1 (%2)</source>
        <translation>, coluna %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="106" />
        <source>... and %1 more errors (use --json for all)</source>
        <translation>... e mais %1 erros (use --json para ver todos)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="107" />
        <source>%1: valid (%2 rows, %3 fields)</source>
        <translation>%1: válido (%2 linhas, %3 campos)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="108" />
        <source>%1: invalid, %2 errors in %3 rows</source>
        <translation>%1: inválido, %2 erros em %3 linhas</translation>
    </message>
</context>
<context>
    <name>urbis::Validator</name>
    <message>
        <source>Validation cancelled</source>
        <translation type="vanished">Validação cancelada</translation>
    </message>
    <message>
        <source>The source is empty</source>
        <translation type="vanished">A origem está vazia</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="70" />
        <source>Cannot create a temporary folder</source>
        <translation>Não é possível criar uma pasta temporária</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="74" />
        <source>Cannot write a temporary file</source>
        <translation>Não é possível escrever um ficheiro temporário</translation>
    </message>
</context>
<context>
    <name>urbis::VectorReader</name>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="77" />
        <source>Cannot open %1 as a vector source</source>
        <translation>Não é possível abrir %1 como fonte vetorial</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="81" />
        <source>%1 has no layer %2</source>
        <translation>%1 não tem a camada %2</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="102" />
        <source>Cannot transform %1 to WGS84</source>
        <translation>Não é possível transformar %1 para WGS84</translation>
    </message>
    <message>
        <location filename="../core/geo/vectorreader.cpp" line="190" />
        <source>Reading %1 failed</source>
        <translation>A leitura de %1 falhou</translation>
    </message>
</context>
<context>
    <name>urbis::VersionHistoryView</name>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="20" />
        <source>Select a version to see what changed since the one before; double-click to open it</source>
        <translation>Selecione uma versão para ver o que mudou desde a anterior; faça duplo clique para a abrir</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26" />
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="26" />
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="35" />
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="37" />
        <source>Changes in the metadata</source>
        <translation>Alterações nos metadados</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="41" />
        <source>Change log of this version</source>
        <translation>Registo de alterações desta versão</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="67" />
        <source>Version %1 · %2 · %3</source>
        <translation>Versão %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="103" />
        <source>Version %1 is the first version: nothing to compare it with.</source>
        <translation>A versão %1 é a primeira versão: não há nada com que a comparar.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="109" />
        <source>No metadata changed between version %1 and version %2.</source>
        <translation>Nenhum metadado foi alterado entre a versão %1 e a versão %2.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="110" />
        <source>Version %1 compared with version %2:</source>
        <translation>Versão %1 comparada com a versão %2:</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="114" />
        <location filename="../widgets/catalog/versionhistoryview.cpp" line="115" />
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>urbis::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="30" />
        <source>Cannot create the data folder %1</source>
        <translation>Não é possível criar a pasta de dados %1</translation>
    </message>
</context>
<context>
    <name>urbis::XmlSource</name>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="31" />
        <source>Row %1: the XML is not well-formed at line %2, column %3: %4</source>
        <translation>Linha %1: o XML não está bem formado na linha %2, coluna %3: %4</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="45" />
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/xmlsource.cpp" line="54" />
        <source>%1 holds no XML element</source>
        <translation>%1 não contém nenhum elemento XML</translation>
    </message>
</context>
<context>
    <name>urbis::gdal</name>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="23" />
        <source>Out of memory for %1</source>
        <translation>Memória insuficiente para %1</translation>
    </message>
    <message>
        <location filename="../core/geo/vsimemfile.cpp" line="29" />
        <source>Cannot create %1</source>
        <translation>Não é possível criar %1</translation>
    </message>
</context>
<context>
    <name>urbis::isotime</name>
    <message>
        <location filename="../core/util/isotime.cpp" line="34" />
        <source>"%1" is not an ISO 8601 date or time (e.g. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</source>
        <translation>"%1" não é uma data ou hora ISO 8601 (p. ex. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)</translation>
    </message>
</context>
<context>
    <name>urbis::s3::FileSha256</name>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="14" />
        <location filename="../core/storage/s3/filesha256.cpp" line="22" />
        <source>Cannot read %1</source>
        <translation>Não é possível ler %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/filesha256.cpp" line="19" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Client</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="vanished">Não é possível contactar %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="271" />
        <source>Not found on the remote: %1</source>
        <translation>Não encontrado no servidor remoto: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="273" />
        <source>The remote refused %1: it was changed meanwhile</source>
        <translation>O servidor remoto recusou %1: foi alterado entretanto</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="275" />
        <source>The remote does not support %1</source>
        <translation>O servidor remoto não suporta %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="277" />
        <source>The remote is too busy for %1 (HTTP %2): try again later</source>
        <translation>O servidor remoto está demasiado ocupado para %1 (HTTP %2): tente novamente mais tarde</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="279" />
        <source>The remote failed on %1 (HTTP %2)</source>
        <translation>O servidor remoto falhou em %1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="280" />
        <source>The remote refused %1: %2</source>
        <translation>O servidor remoto recusou %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="320" />
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>%1 chegou danificado: o conteúdo não corresponde ao respetivo sha256</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="161" />
        <location filename="../core/storage/s3/s3client.cpp" line="170" />
        <location filename="../core/storage/s3/s3client.cpp" line="235" />
        <location filename="../core/storage/s3/s3client.cpp" line="366" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="244" />
        <source>the data could not be written</source>
        <translation>não foi possível escrever os dados</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="256" />
        <source>the connection failed (%1)</source>
        <translation>a ligação falhou (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="266" />
        <source>Cannot reach %1 for %2: %3</source>
        <translation>Não é possível aceder a %1 para %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="356" />
        <source>The remote could not copy %1 to %2</source>
        <translation>O servidor remoto não conseguiu copiar %1 para %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="402" />
        <source>The remote sent an unreadable listing</source>
        <translation>O servidor remoto enviou uma listagem ilegível</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="406" />
        <source>The remote sent a truncated listing without a continuation token</source>
        <translation>O servidor remoto enviou uma listagem truncada sem token de continuação</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3client.cpp" line="408" />
        <source>The remote listing does not end</source>
        <translation>A listagem remota não termina</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Downloader</name>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="26" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="42" />
        <source>Downloading %1</source>
        <translation>A descarregar %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="51" />
        <source>%1 carries no sha256 to verify it by</source>
        <translation>%1 não tem sha256 com que possa ser verificado</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="59" />
        <source>Cannot make room for %1 in %2</source>
        <translation>Não é possível criar espaço para %1 em %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="69" />
        <source>%1 arrived damaged: its content does not match its sha256</source>
        <translation>%1 chegou danificado: o conteúdo não corresponde ao respetivo sha256</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="103" />
        <location filename="../core/storage/s3/s3downloader.cpp" line="129" />
        <location filename="../core/storage/s3/s3downloader.cpp" line="136" />
        <source>Cannot write %1</source>
        <translation>Não é possível escrever %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3downloader.cpp" line="131" />
        <source>%1 arrived damaged: a range came back with the wrong length</source>
        <translation>%1 chegou danificado: um intervalo veio com o comprimento errado</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Multipart</name>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="41" />
        <source>The remote did not start the upload of %1</source>
        <translation>O servidor remoto não iniciou o carregamento de %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="54" />
        <source>The remote sent no ETag for part %1 of %2</source>
        <translation>O servidor remoto não enviou ETag para a parte %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="90" />
        <source>The remote could not assemble %1</source>
        <translation>O servidor remoto não conseguiu montar %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="141" />
        <source>The remote sent an unreadable part list</source>
        <translation>O servidor remoto enviou uma lista de partes ilegível</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3multipart.cpp" line="145" />
        <source>The remote part list does not end</source>
        <translation>A lista remota de partes não termina</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3UploadState</name>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="27" />
        <source>No upload to resume at %1</source>
        <translation>Não há nenhum carregamento a retomar em %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="29" />
        <source>Cannot read %1</source>
        <translation>Não é possível ler %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="34" />
        <source>The upload state %1 is unreadable</source>
        <translation>O estado de carregamento %1 é ilegível</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploadstate.cpp" line="50" />
        <source>The upload state %1 is incomplete</source>
        <translation>O estado de carregamento %1 está incompleto</translation>
    </message>
</context>
<context>
    <name>urbis::s3::S3Uploader</name>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="28" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="50" />
        <source>Cannot upload %1: there is no such file</source>
        <translation>Não é possível carregar %1: o ficheiro não existe</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="58" />
        <source>Uploading %1</source>
        <translation>A carregar %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="79" />
        <source>%1 changed while it was uploaded</source>
        <translation>%1 foi alterado durante o carregamento</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="115" />
        <location filename="../core/storage/s3/s3uploader.cpp" line="118" />
        <location filename="../core/storage/s3/s3uploader.cpp" line="214" />
        <source>Cannot read %1</source>
        <translation>Não é possível ler %1</translation>
    </message>
    <message>
        <location filename="../core/storage/s3/s3uploader.cpp" line="228" />
        <source>Cannot read part %1 of %2</source>
        <translation>Não é possível ler a parte %1 de %2</translation>
    </message>
</context>
</TS>