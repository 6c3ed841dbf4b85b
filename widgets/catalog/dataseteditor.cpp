#include "dataseteditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace urbis {

DatasetEditor::DatasetEditor(QWidget *parent) : QWidget(parent)
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("editTitle"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("editDescription"));
    m_description->setTabChangesFocus(true);
    m_keywords = new QLineEdit(this);
    m_keywords->setObjectName(QStringLiteral("editKeywords"));
    m_keywords->setPlaceholderText(tr("comma-separated, e.g. air quality, pm10"));
    m_license = new QLineEdit(this);
    m_license->setObjectName(QStringLiteral("editLicense"));
    m_license->setPlaceholderText(tr("SPDX id or URL, e.g. CC-BY-4.0"));
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("editSource"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("editError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelEditButton"));

    auto *form = new QFormLayout;
    // The asterisk marks what RecordValidator requires before a save.
    form->addRow(tr("&Title *"), m_title);
    form->addRow(tr("&Description *"), m_description);
    form->addRow(tr("&Keywords"), m_keywords);
    form->addRow(tr("&License *"), m_license);
    form->addRow(tr("&Source *"), m_source);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &DatasetEditor::saveRequested);
    connect(m_title, &QLineEdit::returnPressed, this, &DatasetEditor::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &DatasetEditor::cancelled);
    // A stale message next to a changed form is misleading.
    for (QLineEdit *e : {m_title, m_keywords, m_license, m_source})
        connect(e, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(m_description, &QPlainTextEdit::textChanged, m_error, &QLabel::hide);
}

void DatasetEditor::setRecord(const DatasetRecord &record)
{
    m_record = record;
    m_title->setText(record.title);
    m_description->setPlainText(record.description);
    m_keywords->setText(record.keywords.join(QStringLiteral(", ")));
    m_license->setText(record.license);
    m_source->setText(record.source);
    m_error->setVisible(false);
    clearMarks();
}

DatasetRecord DatasetEditor::editedRecord() const
{
    DatasetRecord r = m_record; // keeps `modified`, so the catalog can detect a concurrent change
    r.title = m_title->text().trimmed();
    r.description = m_description->toPlainText().trimmed();
    static const QRegularExpression comma(QStringLiteral("\\s*,\\s*"));
    r.keywords = m_keywords->text().trimmed().split(comma, Qt::SkipEmptyParts);
    r.license = m_license->text().trimmed();
    r.source = m_source->text().trimmed();
    return r;
}

QWidget *DatasetEditor::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("title"))
        return m_title;
    if (field == QLatin1String("description"))
        return m_description;
    if (field == QLatin1String("license"))
        return m_license;
    if (field == QLatin1String("source"))
        return m_source;
    return nullptr;
}

void DatasetEditor::clearMarks()
{
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_description),
                       static_cast<QWidget *>(m_license), static_cast<QWidget *>(m_source)}) {
        w->setStyleSheet(QString());
        w->setProperty("invalid", false);
    }
}

void DatasetEditor::showProblems(const QList<RecordValidator::Problem> &problems)
{
    clearMarks();
    QStringList lines;
    QWidget *first = nullptr;
    for (const RecordValidator::Problem &p : problems) {
        lines << p.message;
        if (QWidget *w = fieldWidget(p.field)) {
            w->setProperty("invalid", true);
            w->setStyleSheet(QStringLiteral("border: 1px solid #c62828;"));
            if (!first)
                first = w;
        }
    }
    showError(lines.join(QLatin1Char('\n')));
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void DatasetEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString DatasetEditor::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

} // namespace urbis
