#include "catalogcommand.h"

#include "recordprinter.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonParseError>

namespace urbis {

namespace {

Result<CatalogQuery::Sort> parseSort(const QString &s)
{
    static const QMap<QString, CatalogQuery::Sort> sorts{{QStringLiteral("relevance"), CatalogQuery::Sort::Relevance},
                                                         {QStringLiteral("title"), CatalogQuery::Sort::Title},
                                                         {QStringLiteral("modified"), CatalogQuery::Sort::Modified},
                                                         {QStringLiteral("created"), CatalogQuery::Sort::Created},
                                                         {QStringLiteral("time"), CatalogQuery::Sort::TimeStart}};
    if (!sorts.contains(s))
        return Error(Error::Code::InvalidArgument,
                     CatalogCommand::tr("Unknown sort \"%1\"; use one of %2").arg(s, QStringList(sorts.keys()).join(QStringLiteral(", "))));
    return sorts.value(s);
}

Result<int> parseCount(const QString &name, const QString &text, int fallback)
{
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0)
        return Error(Error::Code::InvalidArgument, CatalogCommand::tr("--%1 needs a non-negative whole number, not \"%2\"").arg(name, text));
    return n;
}

// Builds the query from the command line; every malformed value is a usage error.
Result<CatalogQuery> buildQuery(const CommandLine &cl, const QStringList &words)
{
    CatalogQuery q;
    q.text = words.join(QLatin1Char(' '));
    if (cl.isSet(QStringLiteral("bbox"))) {
        Result<Extent> e = Extent::parse(cl.value(QStringLiteral("bbox")));
        if (!e)
            return e.error();
        q.bbox = *e;
    }
    if (cl.isSet(QStringLiteral("from"))) {
        Result<QDateTime> t = isotime::parse(cl.value(QStringLiteral("from")), isotime::Bound::Start);
        if (!t)
            return t.error();
        q.from = *t;
    }
    if (cl.isSet(QStringLiteral("to"))) {
        Result<QDateTime> t = isotime::parse(cl.value(QStringLiteral("to")), isotime::Bound::End);
        if (!t)
            return t.error();
        q.to = *t;
    }
    if (q.from.isValid() && q.to.isValid() && q.from > q.to)
        return Error(Error::Code::InvalidArgument, CatalogCommand::tr("--from is after --to"));
    q.cities = cl.values(QStringLiteral("city"));
    q.domains = cl.values(QStringLiteral("domain"));
    for (const QString &d : std::as_const(q.domains))
        if (!DatasetRecord::domains().contains(d))
            return Error(Error::Code::InvalidArgument, CatalogCommand::tr("Unknown domain \"%1\"; use one of %2")
                                                           .arg(d, DatasetRecord::domains().join(QStringLiteral(", "))));
    q.formats = cl.values(QStringLiteral("format"));
    q.licenses = cl.values(QStringLiteral("license"));
    for (const QString &y : cl.values(QStringLiteral("year"))) {
        bool ok = false;
        q.years << y.toInt(&ok);
        if (!ok)
            return Error(Error::Code::InvalidArgument, CatalogCommand::tr("--year needs a year, not \"%1\"").arg(y));
    }
    q.includeSuperseded = cl.isSet(QStringLiteral("all-versions"));
    if (cl.isSet(QStringLiteral("sort"))) {
        Result<CatalogQuery::Sort> s = parseSort(cl.value(QStringLiteral("sort")));
        if (!s)
            return s.error();
        q.sort = *s;
    }
    q.descending = cl.isSet(QStringLiteral("desc"));
    Result<int> limit = parseCount(QStringLiteral("limit"), cl.value(QStringLiteral("limit")), 50);
    if (!limit)
        return limit.error();
    Result<int> offset = parseCount(QStringLiteral("offset"), cl.value(QStringLiteral("offset")), 0);
    if (!offset)
        return offset.error();
    q.limit = *limit;
    q.offset = *offset;
    return q;
}
} // namespace

QList<OptionSpec> CatalogCommand::options()
{
    return {{QStringLiteral("bbox"), true},          {QStringLiteral("from"), true},
            {QStringLiteral("to"), true},            {QStringLiteral("city"), true, true},
            {QStringLiteral("domain"), true, true},  {QStringLiteral("format"), true, true},
            {QStringLiteral("license"), true, true}, {QStringLiteral("year"), true, true},
            {QStringLiteral("sort"), true},          {QStringLiteral("desc"), false},
            {QStringLiteral("limit"), true},         {QStringLiteral("offset"), true},
            {QStringLiteral("all-versions"), false}};
}

QString CatalogCommand::usageText()
{
    return CatalogCommand::tr("usage: urbis catalog list [options]\n"
              "       urbis catalog search [TEXT] [--bbox W,S,E,N] [--from T] [--to T] [--city C] [--domain D]\n"
              "                            [--format F] [--license L] [--year Y] [--sort relevance|title|modified|created|time]\n"
              "                            [--desc] [--limit N] [--offset N] [--all-versions]\n"
              "       urbis catalog show ID\n"
              "       urbis catalog delete ID\n"
              "       urbis catalog add [FILE.ndjson|-]   (one JSON record per line; prints each new id once committed)");
}

int CatalogCommand::run(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(CatalogCommand::tr("catalog needs a subcommand"), usageText());
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return search(ctx, rest, true);
    if (sub == QLatin1String("search"))
        return search(ctx, rest, false);
    if (sub == QLatin1String("show"))
        return show(ctx, rest);
    if (sub == QLatin1String("delete"))
        return remove(ctx, rest);
    if (sub == QLatin1String("add"))
        return add(ctx, rest);
    return ctx.usage(CatalogCommand::tr("unknown catalog subcommand \"%1\"").arg(sub), usageText());
}

int CatalogCommand::search(CliContext &ctx, const QStringList &words, bool listAll)
{
    if (listAll && !words.isEmpty())
        return ctx.usage(CatalogCommand::tr("catalog list takes no search text; use catalog search"), usageText());
    Result<CatalogQuery> q = buildQuery(ctx.line(), words);
    if (!q)
        return ctx.usage(q.error().message, usageText());
    if (listAll && !ctx.line().isSet(QStringLiteral("sort")))
        q->sort = CatalogQuery::Sort::Title;
    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Result<SearchResult> r = (*ws)->catalog().search(*q);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json())
        ctx.printJson(QJsonDocument(RecordPrinter::searchJson(*r, q->offset, q->limit)));
    else
        RecordPrinter::printTable(ctx.out(), *r);
    return ExitOk;
}

int CatalogCommand::show(CliContext &ctx, const QStringList &words)
{
    if (words.size() != 1)
        return ctx.usage(CatalogCommand::tr("catalog show needs exactly one dataset id"), usageText());
    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Catalog &catalog = (*ws)->catalog();
    Result<DatasetRecord> r = catalog.get(words.first());
    if (!r)
        return ctx.fail(r.error());
    Result<QList<HistoryEntry>> history = catalog.history(r->id);
    if (!history)
        return ctx.fail(history.error());
    if (ctx.json()) {
        QJsonObject o = r->toJson();
        QJsonArray h;
        for (const HistoryEntry &e : std::as_const(*history))
            h.append(RecordPrinter::historyJson(e));
        o.insert(QStringLiteral("history"), h);
        ctx.printJson(QJsonDocument(o));
    } else {
        RecordPrinter::printDetails(ctx.out(), *r, *history);
    }
    return ExitOk;
}

int CatalogCommand::remove(CliContext &ctx, const QStringList &words)
{
    if (words.size() != 1)
        return ctx.usage(CatalogCommand::tr("catalog delete needs exactly one dataset id"), usageText());
    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    if (Result<void> r = (*ws)->catalog().remove(words.first()); !r)
        return ctx.fail(r.error());
    if (ctx.json())
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("deleted"), words.first()}}));
    else
        ctx.info(CatalogCommand::tr("Deleted %1 (its blob is removed by the next clean-up of the object store)").arg(words.first()));
    return ExitOk;
}

int CatalogCommand::add(CliContext &ctx, const QStringList &words)
{
    if (words.size() > 1)
        return ctx.usage(CatalogCommand::tr("catalog add takes one file (or - for standard input)"), usageText());
    QFile in;
    const QString name = words.value(0, QStringLiteral("-"));
    const bool ok = name == QLatin1String("-") ? in.open(stdin, QIODevice::ReadOnly) : (in.setFileName(name), in.open(QIODevice::ReadOnly));
    if (!ok)
        return ctx.fail(Error(Error::Code::InvalidArgument, CatalogCommand::tr("Cannot read %1").arg(name), in.errorString()));
    Result<Workspace *> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    int lineNo = 0;
    // One transaction per record: each printed id is durable, whatever happens to the process next.
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (!doc.isObject())
            return ctx.fail(Error(Error::Code::InvalidData,
                                  CatalogCommand::tr("%1, line %2, column %3: not a JSON object").arg(name).arg(lineNo).arg(pe.offset + 1),
                                  pe.errorString()));
        Result<DatasetRecord> rec = DatasetRecord::fromJson(doc.object());
        if (!rec)
            return ctx.fail(Error(Error::Code::InvalidData, CatalogCommand::tr("%1, line %2: %3").arg(name).arg(lineNo).arg(rec.error().message)));
        Result<DatasetRecord> stored = (*ws)->catalog().insert(*rec);
        if (!stored)
            return ctx.fail(Error(stored.error().code, CatalogCommand::tr("%1, line %2: %3").arg(name).arg(lineNo).arg(stored.error().message),
                                  stored.error().detail));
        ctx.out() << (ctx.json() ? QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), stored->id}})
                                                        .toJson(QJsonDocument::Compact))
                                 : stored->id)
                  << Qt::endl; // endl flushes: the caller may rely on seeing the id right after the commit
    }
    return ExitOk;
}

} // namespace urbis
