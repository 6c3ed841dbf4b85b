#include "fieldmappingeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace urbis {

namespace {
QLineEdit *keyEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

/** A form label for a row holding a layout: QFormLayout gives those no buddy, so the & would show. */
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    return out;
}
} // namespace

FieldMappingEditor::FieldMappingEditor(QWidget *parent)
    : QWidget(parent), m_infer(new QCheckBox(tr("&Infer from the first record"), this)),
      m_timeKey(keyEdit("mappingTimeKey", this)), m_timeFormat(new QComboBox(this)),
      m_entityKey(keyEdit("mappingEntityKey", this)), m_latKey(keyEdit("mappingLatKey", this)),
      m_lonKey(keyEdit("mappingLonKey", this)), m_measures(new QTableWidget(0, 2, this)),
      m_addMeasure(new QPushButton(tr("Add"), this)), m_removeMeasure(new QPushButton(tr("Remove"), this)),
      m_annexB(new QPushButton(tr("Annex B"), this)), m_attributes(keyEdit("mappingAttributes", this))
{
    m_infer->setObjectName(QStringLiteral("mappingInfer"));
    m_infer->setToolTip(tr("Time, station, position and every number of the first record become the mapping"));
    m_timeKey->setPlaceholderText(tr("empty: the time the message arrived"));
    m_timeFormat->setObjectName(QStringLiteral("mappingTimeFormat"));
    m_timeFormat->addItem(tr("Automatic"), int(FieldMapping::TimeFormat::Auto));
    m_timeFormat->addItem(tr("Seconds since 1970"), int(FieldMapping::TimeFormat::EpochSeconds));
    m_timeFormat->addItem(tr("Milliseconds since 1970"), int(FieldMapping::TimeFormat::EpochMillis));
    m_timeFormat->addItem(tr("ISO 8601 text"), int(FieldMapping::TimeFormat::Iso));
    m_entityKey->setPlaceholderText(tr("empty: one station; a|b: the first present"));
    m_measures->setObjectName(QStringLiteral("mappingMeasures"));
    m_measures->setHorizontalHeaderLabels({tr("Measure key"), tr("Unit")});
    m_measures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_measures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_measures->verticalHeader()->hide();
    m_measures->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_measures->setMinimumHeight(150);
    m_annexB->setObjectName(QStringLiteral("mappingAnnexB"));
    m_annexB->setToolTip(tr("Reset to the CLIMABOROUGH Annex B air-quality record"));
    m_attributes->setPlaceholderText(tr("text keys to keep, comma-separated"));

    auto *keys = new QFormLayout;
    keys->addRow(QString(), m_infer);
    auto *time = new QHBoxLayout;
    time->addWidget(m_timeKey, 1);
    time->addWidget(m_timeFormat);
    keys->addRow(buddyLabel(tr("&Time key:"), m_timeKey), time);
    keys->addRow(tr("&Station key:"), m_entityKey);
    auto *position = new QHBoxLayout;
    position->addWidget(m_latKey);
    position->addWidget(m_lonKey);
    keys->addRow(buddyLabel(tr("&Latitude / longitude keys:"), m_latKey), position);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addMeasure);
    buttons->addWidget(m_removeMeasure);
    buttons->addWidget(m_annexB);
    buttons->addStretch(1);
    auto *measures = new QHBoxLayout;
    measures->addWidget(m_measures, 1);
    measures->addLayout(buttons);
    keys->addRow(buddyLabel(tr("&Measures:"), m_measures), measures);
    keys->addRow(tr("Te&xt attributes:"), m_attributes);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(keys);

    connect(m_infer, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    for (QLineEdit *e : {m_timeKey, m_entityKey, m_latKey, m_lonKey, m_attributes})
        connect(e, &QLineEdit::textChanged, this, &FieldMappingEditor::changed);
    connect(m_timeFormat, &QComboBox::currentIndexChanged, this, &FieldMappingEditor::changed);
    connect(m_measures, &QTableWidget::itemChanged, this, &FieldMappingEditor::changed);
    connect(m_addMeasure, &QPushButton::clicked, this, [this] {
        addMeasureRow(QString(), QString());
        m_measures->setCurrentCell(m_measures->rowCount() - 1, 0);
        m_measures->editItem(m_measures->currentItem());
    });
    connect(m_removeMeasure, &QPushButton::clicked, this, [this] {
        if (m_measures->currentRow() >= 0) {
            m_measures->removeRow(m_measures->currentRow());
            emit changed();
        }
    });
    connect(m_annexB, &QPushButton::clicked, this, [this] { setMapping(FieldMapping::annexB()); });
    setMapping(FieldMapping::annexB());
}

void FieldMappingEditor::addMeasureRow(const QString &key, const QString &unit)
{
    const int row = m_measures->rowCount();
    m_measures->insertRow(row);
    m_measures->setItem(row, 0, new QTableWidgetItem(key));
    m_measures->setItem(row, 1, new QTableWidgetItem(unit));
}

void FieldMappingEditor::setMapping(const FieldMapping &mapping)
{
    const bool infer = mapping.isEmpty();
    // Inferring keeps the fields as they were, so unticking brings back something to edit.
    if (!infer) {
        const QSignalBlocker block(m_measures);
        m_timeKey->setText(mapping.timeKey);
        m_timeFormat->setCurrentIndex(m_timeFormat->findData(int(mapping.timeFormat)));
        m_entityKey->setText(mapping.entityKey);
        m_latKey->setText(mapping.latKey);
        m_lonKey->setText(mapping.lonKey);
        m_measures->setRowCount(0);
        for (const FieldMapping::Measure &m : mapping.measures)
            addMeasureRow(m.key, m.unit);
        m_attributes->setText(mapping.attributes.join(QStringLiteral(", ")));
    }
    m_infer->setChecked(infer);
    updateEnabled();
    emit changed();
}

FieldMapping FieldMappingEditor::mapping() const
{
    if (isInferred())
        return {};
    FieldMapping m;
    m.timeKey = m_timeKey->text().trimmed();
    m.timeFormat = FieldMapping::TimeFormat(m_timeFormat->currentData().toInt());
    m.entityKey = m_entityKey->text().trimmed();
    m.latKey = m_latKey->text().trimmed();
    m.lonKey = m_lonKey->text().trimmed();
    for (int row = 0; row < m_measures->rowCount(); ++row) {
        const QTableWidgetItem *key = m_measures->item(row, 0);
        const QTableWidgetItem *unit = m_measures->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            m.measures.append({key->text().trimmed(), unit ? unit->text().trimmed() : QString()});
    }
    m.attributes = splitList(m_attributes->text());
    return m;
}

bool FieldMappingEditor::isInferred() const
{
    return m_infer->isChecked();
}

void FieldMappingEditor::setInferred(bool inferred)
{
    m_infer->setChecked(inferred);
}

void FieldMappingEditor::updateEnabled()
{
    const bool edit = !m_infer->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_timeKey, m_timeFormat, m_entityKey, m_latKey, m_lonKey,
                                                        m_measures, m_addMeasure, m_removeMeasure, m_annexB,
                                                        m_attributes})
        w->setEnabled(edit);
}

} // namespace urbis
