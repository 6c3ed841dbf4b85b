#include "metadataform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace urbis {

MetadataForm::MetadataForm(QWidget *parent) : QWidget(parent)
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Required: how the dataset is listed in the catalog"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_city = new QLineEdit(this);
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_city->setPlaceholderText(tr("e.g. Athens"));
    m_domain = new QComboBox(this);
    m_domain->setObjectName(QStringLiteral("domainCombo"));
    for (const QString &d : DatasetRecord::domains())
        m_domain->addItem(d, d);
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(QStringLiteral("other")))); // the catalog needs one
    m_license = new QComboBox(this);
    m_license->setObjectName(QStringLiteral("licenseCombo"));
    m_license->setEditable(true);
    m_license->addItems({QString(), QStringLiteral("CC-BY-4.0"), QStringLiteral("CC0-1.0"), QStringLiteral("ODbL-1.0"),
                         QStringLiteral("CC-BY-SA-4.0"), QStringLiteral("proprietary")});
    m_license->lineEdit()->setPlaceholderText(tr("SPDX id or URL"));
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setPlaceholderText(tr("Who or what produced the data"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Title *"), m_title);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("C&ity"), m_city);
    form->addRow(tr("Do&main *"), m_domain);
    form->addRow(tr("&License"), m_license);
    form->addRow(tr("S&ource"), m_source);

    connect(m_title, &QLineEdit::textChanged, this, &MetadataForm::changed);
}

void MetadataForm::setDefaults(const DatasetRecord &record, bool overwrite)
{
    auto fill = [overwrite](QLineEdit *e, const QString &v) {
        if (overwrite || e->text().isEmpty())
            e->setText(v);
    };
    fill(m_title, record.title);
    fill(m_city, record.city);
    fill(m_source, record.source);
    if (overwrite || m_description->toPlainText().isEmpty())
        m_description->setPlainText(record.description);
    if (!record.domain.isEmpty() && (overwrite || m_domain->currentData() == QStringLiteral("other")))
        m_domain->setCurrentIndex(std::max(0, m_domain->findData(record.domain)));
    if (overwrite || m_license->currentText().isEmpty())
        m_license->setCurrentText(record.license);
}

DatasetRecord MetadataForm::metadata() const
{
    DatasetRecord r;
    r.title = m_title->text().trimmed();
    r.description = m_description->toPlainText().trimmed();
    r.city = m_city->text().trimmed();
    r.domain = m_domain->currentData().toString();
    r.license = m_license->currentText().trimmed();
    r.source = m_source->text().trimmed();
    return r;
}

bool MetadataForm::isComplete() const
{
    return !m_title->text().trimmed().isEmpty();
}

} // namespace urbis
