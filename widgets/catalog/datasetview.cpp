#include "datasetview.h"

#include "recordtext.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace urbis {

DatasetView::DatasetView(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("detailsDescription"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_description->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(QStringLiteral("source"), tr("Source"));
    addRow(QStringLiteral("publisher"), tr("Publisher"));
    addRow(QStringLiteral("place"), tr("City / country"));
    addRow(QStringLiteral("domain"), tr("Domain"));
    addRow(QStringLiteral("keywords"), tr("Keywords"));
    addRow(QStringLiteral("license"), tr("License"));
    addRow(QStringLiteral("format"), tr("Format"));
    addRow(QStringLiteral("time"), tr("Temporal extent"));
    addRow(QStringLiteral("bbox"), tr("Bounding box"));
    addRow(QStringLiteral("crs"), tr("CRS"));
    addRow(QStringLiteral("features"), tr("Features / rows"));
    addRow(QStringLiteral("size"), tr("Size"));
    addRow(QStringLiteral("sha256"), tr("SHA-256"))
        ->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addRow(QStringLiteral("version"), tr("Version"));
    addRow(QStringLiteral("validation"), tr("Validation"));
    addRow(QStringLiteral("created"), tr("Created"));
    addRow(QStringLiteral("modified"), tr("Modified"));
    addRow(QStringLiteral("id"), tr("Id"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

QLabel *DatasetView::addRow(const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(QStringLiteral("details_") + key);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Hashes and ids cannot wrap; clip them (full text in the tooltip) rather than widen the dock.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_form->addRow(label, value);
    m_values.insert(key, value);
    return value;
}

QString DatasetView::titleText() const
{
    return m_title->text();
}

QString DatasetView::valueText(const QString &key) const
{
    const QLabel *l = m_values.value(key);
    return l ? l->text() : QString();
}

void DatasetView::setRecord(const DatasetRecord &r)
{
    const auto orUnknown = [](const QString &s) { return s.isEmpty() ? RecordText::tr("unknown") : s; };
    m_title->setText(r.title);
    m_description->setText(r.description);
    m_description->setVisible(!r.description.isEmpty());
    m_values[QStringLiteral("source")]->setText(orUnknown(r.source));
    m_values[QStringLiteral("publisher")]->setText(orUnknown(r.publisher));
    m_values[QStringLiteral("place")]->setText(RecordText::place(r));
    m_values[QStringLiteral("domain")]->setText(r.domain);
    m_values[QStringLiteral("keywords")]->setText(r.keywords.join(QStringLiteral(", ")));
    m_values[QStringLiteral("license")]->setText(orUnknown(r.license));
    m_values[QStringLiteral("format")]->setText(
        r.mediaType.isEmpty() ? orUnknown(r.format) : tr("%1 (%2)").arg(orUnknown(r.format), r.mediaType));
    m_values[QStringLiteral("time")]->setText(RecordText::timeRange(r.timeStart, r.timeEnd));
    m_values[QStringLiteral("bbox")]->setText(RecordText::extent(r.bbox));
    m_values[QStringLiteral("crs")]->setText(orUnknown(r.crs));
    m_values[QStringLiteral("features")]->setText(RecordText::count(r.featureCount));
    m_values[QStringLiteral("size")]->setText(RecordText::byteSize(r.byteSize));
    m_values[QStringLiteral("sha256")]->setText(orUnknown(r.sha256));
    QString version = QString::number(r.version);
    if (!r.supersededBy.isEmpty())
        version = tr("%1 (superseded by %2)").arg(version, r.supersededBy);
    m_values[QStringLiteral("version")]->setText(version);
    m_values[QStringLiteral("validation")]->setText(RecordText::validation(r.validation));
    m_values[QStringLiteral("created")]->setText(RecordText::dateTime(r.created));
    m_values[QStringLiteral("modified")]->setText(RecordText::dateTime(r.modified));
    m_values[QStringLiteral("id")]->setText(r.id);
    for (QLabel *l : std::as_const(m_values))
        l->setToolTip(l->text());
}

} // namespace urbis
