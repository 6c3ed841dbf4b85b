#include "commandline.h"

#include <QCoreApplication>

namespace urbis {

namespace {
} // namespace

const QList<OptionSpec> &CommandLine::globalOptions()
{
    static const QList<OptionSpec> opts{
        {QStringLiteral("data-dir"), true}, {QStringLiteral("json"), false},    {QStringLiteral("quiet"), false},
        {QStringLiteral("version"), false}, {QStringLiteral("help"), false},    {QStringLiteral("lang"), true},
        {QStringLiteral("screenshot"), true}, {QStringLiteral("show-on-map"), true}, {QStringLiteral("show-dock"), true}, {QStringLiteral("show-dashboard"), true}, {QStringLiteral("edit-dashboard"), false}, {QStringLiteral("window-size"), true}, {QStringLiteral("hide-docks"), true},
    };
    return opts;
}

Result<CommandLine> CommandLine::parse(const QStringList &args, const QList<OptionSpec> &commandOptions)
{
    CommandLine cl;
    const QList<OptionSpec> specs = globalOptions() + commandOptions;
    bool onlyPositional = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (onlyPositional || !a.startsWith(QLatin1String("--")) || a == QLatin1String("-")) {
            cl.m_positional << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        const auto spec = std::find_if(specs.cbegin(), specs.cend(), [&](const OptionSpec &s) { return s.name == name; });
        if (spec == specs.cend())
            return Error(Error::Code::InvalidArgument, CommandLine::tr("Unknown option --%1").arg(name));
        if (spec->takesValue && !hasInlineValue) {
            if (i + 1 >= args.size())
                return Error(Error::Code::InvalidArgument, CommandLine::tr("Option --%1 needs a value").arg(name));
            value = args.at(++i);
        } else if (!spec->takesValue && hasInlineValue) {
            return Error(Error::Code::InvalidArgument, CommandLine::tr("Option --%1 takes no value").arg(name));
        }
        if (cl.m_values.contains(name) && spec->takesValue && !spec->repeatable)
            return Error(Error::Code::InvalidArgument, CommandLine::tr("Option --%1 given twice").arg(name));
        cl.m_values[name] << value;
    }
    return cl;
}

QString CommandLine::value(const QString &name, const QString &fallback) const
{
    const auto it = m_values.constFind(name);
    return it == m_values.cend() || it->isEmpty() ? fallback : it->last();
}

QStringList CommandLine::values(const QString &name) const
{
    QStringList out;
    for (const QString &v : m_values.value(name))
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

} // namespace urbis
