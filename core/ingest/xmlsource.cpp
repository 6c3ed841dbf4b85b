#include "xmlsource.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <optional>

namespace urbis {

struct XmlSource::Impl
{
    using Fields = QList<std::pair<QString, QString>>; // in document order

    QString path;
    QFile file;
    QXmlStreamReader xml;
    QString root;
    QString record;
    QStringList labels;
    QHash<QString, qsizetype> column;
    qint64 records = 0; // returned since the last rewind
    bool done = false;
    std::optional<Error> error; // sticky

    Error xmlError() const
    {
        const bool encoding = xml.errorString().contains(QLatin1String("encod"), Qt::CaseInsensitive);
        return Error(Error::Code::InvalidData,
                     tr("Row %1: the XML is not well-formed at line %2, column %3: %4")
                         .arg(records + 2).arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString()),
                     QStringLiteral("%1: row %2: line %3, column %4: %5")
                         .arg(encoding ? QStringLiteral("encoding-error") : QStringLiteral("source-error"))
                         .arg(records + 2).arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString()));
    }

    // Opens the file and reads up to the root element's start.
    Result<void> begin()
    {
        xml.clear();
        file.close();
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                         file.errorString());
        xml.setDevice(&file);
        records = 0;
        done = false;
        error.reset();
        if (!xml.readNextStartElement()) {
            if (xml.hasError())
                return xmlError();
            return Error(Error::Code::InvalidData, tr("%1 holds no XML element").arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("source-error: row 1: no root element"));
        }
        root = xml.name().toString();
        return {};
    }

    // The most frequent direct child of the root in the sample; the first seen wins a tie.
    Result<QString> detectRecordElement()
    {
        QStringList order;
        QHash<QString, int> count;
        int children = 0;
        while (children < kSampleChildren && xml.readNextStartElement()) {
            const QString name = xml.name().toString();
            if (!count.contains(name))
                order << name;
            ++count[name];
            ++children;
            if (xml.characterOffset() > kSampleBytes)
                break;
            xml.skipCurrentElement();
        }
        // Broken further on: decide from what came before; next() meets the error at its row.
        if (xml.hasError() && order.isEmpty())
            return xmlError();
        QString best;
        for (const QString &name : order) {
            if (best.isEmpty() || count.value(name) > count.value(best))
                best = name;
        }
        return best;
    }

    // The fields of the record element at the reader (its StartElement), reading to its end.
    Fields readFields()
    {
        Fields fields;
        for (const QXmlStreamAttribute &a : xml.attributes())
            fields.append({a.qualifiedName().toString(), a.value().toString()});
        while (xml.readNextStartElement()) {
            const QString name = xml.name().toString();
            QString text;
            bool simple = true;
            int depth = 1;
            while (depth > 0 && !xml.atEnd()) {
                switch (xml.readNext()) {
                case QXmlStreamReader::StartElement:
                    ++depth;
                    simple = false;
                    break;
                case QXmlStreamReader::EndElement:
                    --depth;
                    break;
                case QXmlStreamReader::Characters:
                    if (depth == 1)
                        text += xml.text();
                    break;
                default:
                    break;
                }
            }
            if (simple)
                fields.append({name, text});
        }
        return fields;
    }

    // The next record's fields, or an empty optional after the root element.
    Result<std::optional<Fields>> nextFields()
    {
        if (done)
            return std::optional<Fields>();
        while (xml.readNextStartElement()) {
            if (xml.name() == record) {
                Fields fields = readFields();
                if (xml.hasError())
                    return xmlError();
                ++records;
                return std::optional<Fields>(std::move(fields));
            }
            xml.skipCurrentElement();
        }
        if (xml.hasError())
            return xmlError();
        // The root has ended: the rest must be well-formed too (comments, processing instructions).
        while (!xml.atEnd())
            xml.readNext();
        if (xml.hasError())
            return xmlError();
        done = true;
        return std::optional<Fields>();
    }
};

XmlSource::XmlSource(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
XmlSource::~XmlSource() = default;

Result<std::unique_ptr<XmlSource>> XmlSource::open(const QString &path)
{
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    if (Result<void> r = impl->begin(); !r)
        return r.error();
    Result<QString> record = impl->detectRecordElement();
    if (!record)
        return record.error();
    impl->record = *record;
    if (Result<void> r = impl->begin(); !r)
        return r.error();
    // Labels pass: an error here is met again by next() at the same row.
    for (int i = 0; i < kLabelSampleRecords && !impl->record.isEmpty(); ++i) {
        Result<std::optional<Impl::Fields>> fields = impl->nextFields();
        if (!fields || !*fields)
            break;
        for (const auto &[name, value] : **fields) {
            if (!impl->column.contains(name)) {
                impl->column.insert(name, impl->labels.size());
                impl->labels << name;
            }
        }
    }
    if (Result<void> r = impl->begin(); !r)
        return r.error();
    return std::unique_ptr<XmlSource>(new XmlSource(std::move(impl)));
}

QString XmlSource::rootElement() const
{
    return d->root;
}

QString XmlSource::recordElement() const
{
    return d->record;
}

QStringList XmlSource::labels() const
{
    return d->labels;
}

Result<bool> XmlSource::next(SourceRow &row)
{
    if (d->error)
        return *d->error;
    if (d->record.isEmpty())
        return false;
    Result<std::optional<Impl::Fields>> fields = d->nextFields();
    if (!fields) {
        d->error = fields.error();
        return fields.error();
    }
    if (!*fields)
        return false;
    row.number = d->records + 1;
    row.wkb.clear();
    row.cells = QStringList(d->labels.size());
    QList<bool> seen(d->labels.size(), false);
    for (const auto &[name, value] : **fields) {
        const qsizetype i = d->column.value(name, -1);
        if (i >= 0 && !seen[i]) {
            row.cells[i] = value;
            seen[i] = true;
        }
    }
    return true;
}

Result<void> XmlSource::rewind()
{
    return d->begin();
}

qint64 XmlSource::bytesRead() const
{
    return d->file.isOpen() ? d->file.pos() : 0;
}

qint64 XmlSource::size() const
{
    return d->file.size();
}

} // namespace urbis
