#include "recordvalidator.h"

namespace urbis {

const QStringList &RecordValidator::requiredFields()
{
    static const QStringList f{QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("license"),
                               QStringLiteral("source")};
    return f;
}

QList<RecordValidator::Problem> RecordValidator::problems(const DatasetRecord &r)
{
    QList<Problem> out;
    // Whitespace only is as empty as nothing: it would show as a blank line in every listing.
    if (r.title.trimmed().isEmpty())
        out << Problem{QStringLiteral("title"), tr("A title is required")};
    if (r.description.trimmed().isEmpty())
        out << Problem{QStringLiteral("description"), tr("A description is required")};
    if (r.license.trimmed().isEmpty())
        out << Problem{QStringLiteral("license"), tr("A license is required (an SPDX id such as CC-BY-4.0, or a URL)")};
    if (r.source.trimmed().isEmpty())
        out << Problem{QStringLiteral("source"), tr("A source is required (who or what produced the data)")};
    return out;
}

Result<void> RecordValidator::check(const DatasetRecord &record)
{
    const QList<Problem> found = problems(record);
    if (found.isEmpty())
        return {};
    QStringList lines;
    for (const Problem &p : found)
        lines << p.message;
    return Error(Error::Code::InvalidData, lines.join(QLatin1Char('\n')));
}

} // namespace urbis
