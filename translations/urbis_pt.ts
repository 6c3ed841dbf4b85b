<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
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
        <translation>Não é possível abrir o espaço de trabalho:
%1</translation>
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
    <name>urbis::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="63" />
        <source>Cannot open the catalog %1</source>
        <translation>Não é possível abrir o catálogo %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="76" />
        <source>A dataset needs a title</source>
        <translation>Um conjunto de dados precisa de um título</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="78" />
        <source>Unknown domain "%1"; expected one of %2</source>
        <translation>Domínio desconhecido "%1"; esperava-se um de %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="81" />
        <source>The temporal extent ends before it starts</source>
        <translation>A extensão temporal termina antes de começar</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="84" />
        <source>The bounding box %1 is not a valid WGS84 extent</source>
        <translation>A caixa delimitadora %1 não é uma extensão WGS84 válida</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="115" />
        <location filename="../core/catalog/catalog.cpp" line="378" />
        <location filename="../core/catalog/catalog.cpp" line="396" />
        <source>No dataset with id %1</source>
        <translation>Não existe nenhum conjunto de dados com o id %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="197" />
        <source>A dataset with id %1 exists already</source>
        <translation>Já existe um conjunto de dados com o id %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="251" />
        <source>Record %1: %2</source>
        <translation>Registo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="274" />
        <source>Dataset "%1" was changed by someone else since it was loaded</source>
        <translation>O conjunto de dados "%1" foi alterado por outra pessoa desde que foi carregado</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="314" />
        <source>Version %1 of "%2" already has a newer version</source>
        <translation>A versão %1 de "%2" já tem uma versão mais recente</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsearch.cpp" line="50" />
        <source>The search text "%1" is not a valid query</source>
        <translation>O texto de pesquisa "%1" não é uma consulta válida</translation>
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
    <name>urbis::CatalogResultsModel</name>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="84" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="86" />
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="88" />
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="90" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="92" />
        <source>Time range</source>
        <translation>Intervalo temporal</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogresultsmodel.cpp" line="94" />
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSchema</name>
    <message>
        <location filename="../core/catalog/catalogschema.cpp" line="168" />
        <source>The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)</source>
        <translation>O catálogo %1 foi escrito por uma versão mais recente do Urbis (esquema %2, esta compilação conhece %3)</translation>
    </message>
</context>
<context>
    <name>urbis::CatalogSearchWidget</name>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="30" />
        <source>Search datasets: words, "a phrase", OR, NOT, title:word</source>
        <translation>Pesquisar conjuntos de dados: palavras, "uma frase", OR, NOT, title:palavra</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="39" />
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="44" />
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="44" />
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="45" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="45" />
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="46" />
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="50" />
        <source>Check values to filter; several values in one list are alternatives</source>
        <translation>Marque valores para filtrar; vários valores na mesma lista são alternativas</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="149" />
        <source>%1. Check quotes and parentheses, or search for plain words.</source>
        <translation>%1. Verifique as aspas e os parênteses, ou pesquise palavras simples.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="169" />
        <source>Showing %1 of %n datasets</source>
        <translation>
            <numerusform>A mostrar %1 de %n conjunto de dados</numerusform>
            <numerusform>A mostrar %1 de %n conjuntos de dados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="173" />
        <source>1 dataset</source>
        <translation>1 conjunto de dados</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="174" />
        <source>%n datasets</source>
        <translation>
            <numerusform>%n conjunto de dados</numerusform>
            <numerusform>%n conjuntos de dados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/catalog/catalogsearchwidget.cpp" line="194" />
        <source>%1 (%2 selected)</source>
        <translation>%1 (%2 selecionados)</translation>
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
        <translation>utilização: urbis [--data-dir DIR] [--json] [--quiet] [--lang LANG] COMMAND ...
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
        <location filename="../app/cli/clirunner.cpp" line="84" />
        <source>--data-dir is empty (an unset variable?); give a folder</source>
        <translation>--data-dir está vazio (uma variável não definida?); indique uma pasta</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="93" />
        <source>no command given</source>
        <translation>nenhum comando indicado</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="110" />
        <source>"%1" is not available in this build yet</source>
        <translation>"%1" ainda não está disponível nesta compilação</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="111" />
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
    <name>urbis::DatasetDetailsWidget</name>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="34" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="36" />
        <source>Change title, description, keywords, license and source</source>
        <translation>Alterar título, descrição, palavras-chave, licença e fonte</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="91" />
        <source>Select a dataset to see its details.</source>
        <translation>Selecione um conjunto de dados para ver os respetivos detalhes.</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetdetailswidget.cpp" line="128" />
        <source>Cancel and open the dataset again to see the current version.</source>
        <translation>Cancele e abra novamente o conjunto de dados para ver a versão atual.</translation>
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
        <location filename="../widgets/catalog/dataseteditor.cpp" line="41" />
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="42" />
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="43" />
        <source>&amp;Keywords</source>
        <translation>&amp;Palavras-chave</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="44" />
        <source>&amp;License</source>
        <translation>&amp;Licença</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/dataseteditor.cpp" line="45" />
        <source>&amp;Source</source>
        <translation>&amp;Fonte</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetRecord</name>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="117" />
        <source>Field "%1" must be a string</source>
        <translation>O campo "%1" tem de ser uma cadeia de texto</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="139" />
        <source>"%1" is not an ISO 8601 date or time: %2</source>
        <translation>"%1" não é uma data ou hora ISO 8601: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/datasetrecord.cpp" line="148" />
        <source>"bbox" must be [west, south, east, north]</source>
        <translation>"bbox" tem de ser [oeste, sul, este, norte]</translation>
    </message>
</context>
<context>
    <name>urbis::DatasetView</name>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="35" />
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="36" />
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="37" />
        <source>City / country</source>
        <translation>Cidade / país</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="38" />
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="39" />
        <source>Keywords</source>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="40" />
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="41" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="42" />
        <source>Temporal extent</source>
        <translation>Extensão temporal</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="43" />
        <source>Bounding box</source>
        <translation>Caixa delimitadora</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="44" />
        <source>CRS</source>
        <translation>SRC</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="45" />
        <source>Features / rows</source>
        <translation>Elementos / linhas</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="46" />
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="47" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="49" />
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="50" />
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="51" />
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="52" />
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="53" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="57" />
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="62" />
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="68" />
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="116" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/datasetview.cpp" line="125" />
        <source>%1 (superseded by %2)</source>
        <translation>%1 (substituída por %2)</translation>
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
    <name>urbis::DemoWorkspace</name>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="105" />
        <source>%1 air quality, January 2023</source>
        <translation>Qualidade do ar em %1, janeiro de 2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="106" />
        <source>Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).</source>
        <translation>PM10, PM2.5, NO2, ozono, temperatura e humidade horários em duas estações em %1 (dados de demonstração sintéticos no formato do Anexo B do CLIMABOROUGH).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="117" />
        <source>Athens building energy consumption 2019-2023</source>
        <translation>Consumo de energia dos edifícios de Atenas 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="118" />
        <source>Monthly electricity consumption of municipal buildings per district (synthetic).</source>
        <translation>Consumo mensal de eletricidade dos edifícios municipais por distrito (dados sintéticos).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="122" />
        <source>Sofia city-centre traffic counts 2019-2023</source>
        <translation>Contagens de tráfego no centro de Sófia 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="123" />
        <source>Monthly mean daily vehicle counts per district of the city centre (synthetic).</source>
        <translation>Média mensal das contagens diárias de veículos por distrito do centro da cidade (dados sintéticos).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="127" />
        <source>Torino WEEE and textile waste collection 2019-2023</source>
        <translation>Recolha de REEE e resíduos têxteis em Turim 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="128" />
        <source>Monthly collected small WEEE and textile waste per district (synthetic).</source>
        <translation>Pequenos REEE e resíduos têxteis recolhidos mensalmente por distrito (dados sintéticos).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="132" />
        <source>Differdange CO2 emissions 2019-2023</source>
        <translation>Emissões de CO2 de Differdange 2019-2023</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="133" />
        <source>Monthly CO2 emissions estimated per district (synthetic).</source>
        <translation>Emissões mensais de CO2 estimadas por distrito (dados sintéticos).</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="141" />
        <source>Demo workspace creation cancelled</source>
        <translation>Criação do espaço de trabalho de demonstração cancelada</translation>
    </message>
    <message>
        <location filename="../core/workspace/demoworkspace.cpp" line="167" />
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
    <name>urbis::FootprintView</name>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="134" />
        <source>(no city)</source>
        <translation>(sem cidade)</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="142" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="158" />
        <source>No datasets match the search.</source>
        <translation>Nenhum conjunto de dados corresponde à pesquisa.</translation>
    </message>
    <message>
        <location filename="../app/gui/footprintview.cpp" line="159" />
        <source>Dataset footprints (longitude / latitude); the map view comes later.</source>
        <translation>Áreas de cobertura dos conjuntos de dados (longitude / latitude); a vista de mapa virá mais tarde.</translation>
    </message>
</context>
<context>
    <name>urbis::LocalObjectStore</name>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="31" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="34" />
        <source>Read failed</source>
        <translation>Falha na leitura</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="86" />
        <location filename="../core/storage/localobjectstore.cpp" line="197" />
        <source>Cannot lock the object store %1</source>
        <translation>Não é possível bloquear o armazenamento de objetos %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="92" />
        <source>Cannot create folder in %1</source>
        <translation>Não é possível criar uma pasta em %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="107" />
        <location filename="../core/storage/localobjectstore.cpp" line="114" />
        <location filename="../core/storage/localobjectstore.cpp" line="128" />
        <location filename="../core/storage/localobjectstore.cpp" line="147" />
        <location filename="../core/storage/localobjectstore.cpp" line="163" />
        <source>No object %1</source>
        <translation>O objeto %1 não existe</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="117" />
        <location filename="../core/storage/localobjectstore.cpp" line="131" />
        <location filename="../core/storage/localobjectstore.cpp" line="150" />
        <source>Cannot read object %1</source>
        <translation>Não é possível ler o objeto %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="121" />
        <location filename="../core/storage/localobjectstore.cpp" line="140" />
        <location filename="../core/storage/localobjectstore.cpp" line="156" />
        <source>Object %1 is corrupt: its content hashes to %2</source>
        <translation>O objeto %1 está corrompido: o hash do seu conteúdo é %2</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="165" />
        <source>Cannot remove object %1</source>
        <translation>Não é possível remover o objeto %1</translation>
    </message>
    <message>
        <location filename="../core/storage/localobjectstore.cpp" line="193" />
        <source>Garbage collection cancelled</source>
        <translation>Recolha de lixo cancelada</translation>
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
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="39" />
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="40" />
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="47" />
        <source>Data: %1</source>
        <translation>Dados: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="87" />
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="88" />
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="92" />
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="94" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="97" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="98" />
        <source>&amp;Search the catalog</source>
        <translation>&amp;Pesquisar no catálogo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="108" />
        <source>&amp;Tools</source>
        <translation>Ferramen&amp;tas</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="109" />
        <source>Create &amp;demo datasets</source>
        <translation>Criar conjuntos de &amp;dados de demonstração</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="111" />
        <source>Add small synthetic datasets for the CLIMABOROUGH cities to this workspace</source>
        <translation>Adicionar pequenos conjuntos de dados sintéticos das cidades CLIMABOROUGH a este espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="112" />
        <source>&amp;Clean up object store</source>
        <translation>&amp;Limpar o armazenamento de objetos</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="114" />
        <source>Delete stored files that no catalog record refers to any more</source>
        <translation>Eliminar ficheiros armazenados a que já nenhum registo do catálogo faz referência</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116" />
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="117" />
        <source>&amp;About Urbis</source>
        <translation>&amp;Acerca do Urbis</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="141" />
        <source>Create demo datasets</source>
        <translation>Criar conjuntos de dados de demonstração</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="148" />
        <source>Created: %1, already present: %2</source>
        <translation>Criados: %1, já existentes: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="159" />
        <source>Clean up object store</source>
        <translation>Limpar o armazenamento de objetos</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="166" />
        <source>Unreferenced files removed: %1, space freed: %2</source>
        <translation>Ficheiros não referenciados removidos: %1, espaço libertado: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="177" />
        <source>Started: %1</source>
        <translation>Iniciada: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="185" />
        <source>Finished: %1</source>
        <translation>Concluída: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187" />
        <source>Failed: %1 — %2</source>
        <translation>Falhou: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="197" />
        <source>1 dataset in the catalog</source>
        <translation>1 conjunto de dados no catálogo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="198" />
        <source>%n datasets in the catalog</source>
        <translation>
            <numerusform>%n conjunto de dados no catálogo</numerusform>
            <numerusform>%n conjuntos de dados no catálogo</numerusform>
        </translation>
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
        <location filename="../widgets/catalog/datasetview.cpp" line="105" />
        <location filename="../widgets/catalog/recordtext.cpp" line="37" />
        <location filename="../widgets/catalog/recordtext.cpp" line="42" />
        <location filename="../widgets/catalog/recordtext.cpp" line="48" />
        <location filename="../widgets/catalog/recordtext.cpp" line="54" />
        <location filename="../widgets/catalog/recordtext.cpp" line="60" />
        <location filename="../widgets/catalog/recordtext.cpp" line="86" />
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="32" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="34" />
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="36" />
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="61" />
        <source>W %1, S %2, E %3, N %4</source>
        <translation>O %1, S %2, E %3, N %4</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="72" />
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="74" />
        <source>warnings</source>
        <translation>avisos</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="76" />
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="80" />
        <source>not validated</source>
        <translation>não validado</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="87" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalog/recordtext.cpp" line="92" />
        <source>unknown profile</source>
        <translation>perfil desconhecido</translation>
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
        <location filename="../core/ingest/tablechecker.cpp" line="151" />
        <source>Row at position %1 is completely blank</source>
        <translation>A linha na posição %1 está completamente vazia</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="165" />
        <source>Type error in the cell "%1" in row %2 and field "%3" at position %4: type is "%5/%6"</source>
        <translation>Erro de tipo na célula "%1" na linha %2 e no campo "%3" na posição %4: o tipo é "%5/%6"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="173" />
        <source>The cell "%1" in row %2 and field "%3" at position %4 does not conform to the constraint "%5"</source>
        <translation>A célula "%1" na linha %2 e no campo "%3" na posição %4 não cumpre a restrição "%5"</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="183" />
        <source>Row at position %1 has an extra value in field at position %2</source>
        <translation>A linha na posição %1 tem um valor adicional no campo na posição %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="188" />
        <source>Row at position %1 has a missing cell in field "%2" at position %3</source>
        <translation>Falta uma célula na linha na posição %1 no campo "%2" na posição %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="195" />
        <source>Row at position %1 has a unique constraint violation in field "%2" at position %3</source>
        <translation>A linha na posição %1 viola a restrição de unicidade no campo "%2" na posição %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="208" />
        <source>Row at position %1 violates the primary key: all key cells are null or the key is not unique</source>
        <translation>A linha na posição %1 viola a chave primária: todas as células da chave são nulas ou a chave não é única</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="225" />
        <source>Row at position %1 is a duplicate of an earlier row</source>
        <translation>A linha na posição %1 é um duplicado de uma linha anterior</translation>
    </message>
    <message>
        <location filename="../core/ingest/tablechecker.cpp" line="239" />
        <source>Row at position %1 violates the foreign key: the referenced values are not in the table</source>
        <translation>A linha na posição %1 viola a chave estrangeira: os valores referenciados não estão na tabela</translation>
    </message>
</context>
<context>
    <name>urbis::TableField</name>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="36" />
        <location filename="../core/ingest/valuecast.cpp" line="41" />
        <source>Field "%1": %2</source>
        <translation>Campo "%1": %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="90" />
        <source>constraint "%1" is not supported by type "%2"</source>
        <translation>a restrição "%1" não é suportada pelo tipo "%2"</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="96" />
        <source>constraint "%1": %2 is not a valid %3</source>
        <translation>restrição "%1": %2 não é um valor %3 válido</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="104" />
        <source>a length constraint is negative</source>
        <translation>uma restrição de comprimento é negativa</translation>
    </message>
    <message>
        <location filename="../core/ingest/cellcast.cpp" line="125" />
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
    <name>urbis::ValidateCommand</name>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="19" />
        <source>usage: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                      [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input</source>
        <translation>utilização: urbis validate FILE [--schema SCHEMA.json] [--checks duplicate-row,...] [--limit-errors N]
                           [--pick-errors TYPES] [--skip-errors TYPES] [--no-header]
códigos de saída: 0 válido, 1 inválido, 2 erro de utilização ou entrada ilegível</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="27" />
        <source>validate needs exactly one file</source>
        <translation>validate precisa de exatamente um ficheiro</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="34" />
        <source>--limit-errors needs a positive whole number</source>
        <translation>--limit-errors precisa de um número inteiro positivo</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="39" />
        <source>Unknown check "%1"; available: duplicate-row</source>
        <translation>Verificação desconhecida "%1"; disponível: duplicate-row</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="56" />
        <source>Cannot read %1: no such file</source>
        <translation>Não é possível ler %1: o ficheiro não existe</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="60" />
        <source>Validating</source>
        <translation>A validar</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="77" />
        <source>, row %1</source>
        <translation>, linha %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="79" />
        <source>, column %1</source>
        <translation>, coluna %1</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="80" />
        <source>, column %1 (%2)</source>
        <translation>, coluna %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="84" />
        <source>... and %1 more errors (use --json for all)</source>
        <translation>... e mais %1 erros (use --json para ver todos)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="85" />
        <source>%1: valid (%2 rows, %3 fields)</source>
        <translation>%1: válido (%2 linhas, %3 campos)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="86" />
        <source>%1: invalid, %2 errors in %3 rows</source>
        <translation>%1: inválido, %2 erros em %3 linhas</translation>
    </message>
</context>
<context>
    <name>urbis::Validator</name>
    <message>
        <location filename="../core/ingest/validator.cpp" line="76" />
        <source>Validation cancelled</source>
        <translation>Validação cancelada</translation>
    </message>
    <message>
        <location filename="../core/ingest/validator.cpp" line="99" />
        <source>The source is empty</source>
        <translation>A origem está vazia</translation>
    </message>
</context>
<context>
    <name>urbis::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="29" />
        <source>Cannot create the data folder %1</source>
        <translation>Não é possível criar a pasta de dados %1</translation>
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
</TS>