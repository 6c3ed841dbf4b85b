#pragma once

#include "../util/result.h"
#include "recordsource.h"

#include <QCoreApplication>

#include <memory>

namespace urbis {

/**
 * Records from record-oriented XML (`<root><rec a="1"><b>2</b></rec>...</root>`), streamed with
 * QXmlStreamReader. The record element is the most frequent direct child of the root among the
 * first kSampleChildren children (or the first kSampleBytes); other children of the root are
 * skipped. A record's fields are its attributes and its simple child elements (text only; a child
 * holding elements is skipped, a repeated child keeps its first value). Labels are the union of the
 * field names of the first kLabelSampleRecords records in first-seen order; a field first seen later
 * is dropped. Record i is row i + 1. Used from one thread.
 */
class XmlSource : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(urbis::XmlSource)

public:
    static constexpr int kSampleChildren = 200;
    static constexpr qint64 kSampleBytes = 64 << 10;
    static constexpr int kLabelSampleRecords = 1000;

    /** Io if unreadable; InvalidData (with line and column) if the start of the file is not well-formed XML. */
    static Result<std::unique_ptr<XmlSource>> open(const QString &path);
    ~XmlSource() override;

    QString rootElement() const;
    QString recordElement() const; ///< empty when the root has no child elements

    QString format() const override { return QStringLiteral("XML"); }
    QString mediaType() const override { return QStringLiteral("application/xml"); }
    QStringList labels() const override;

    Result<bool> next(SourceRow &row) override;
    Result<void> rewind() override;

    qint64 bytesRead() const override;
    qint64 size() const override;

private:
    struct Impl;
    explicit XmlSource(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace urbis
