#include "datasetdetailswidget.h"

#include "dataseteditor.h"
#include "datasetview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace urbis {

namespace {
enum Page { MessagePage, ViewPage, EditPage };
}

DatasetDetailsWidget::DatasetDetailsWidget(Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("detailsMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    m_view = new DatasetView;
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_view);
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setToolTip(tr("Change title, description, keywords, license and source"));
    m_viewPage = new QWidget;
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    auto *viewLayout = new QVBoxLayout(m_viewPage);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->addLayout(buttons);
    viewLayout->addWidget(scroll, 1);

    m_editor = new DatasetEditor;
    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(MessagePage, m_message);
    m_stack->insertWidget(ViewPage, m_viewPage);
    m_stack->insertWidget(EditPage, m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_edit, &QPushButton::clicked, this, &DatasetDetailsWidget::startEditing);
    connect(m_editor, &DatasetEditor::saveRequested, this, &DatasetDetailsWidget::save);
    connect(m_editor, &DatasetEditor::cancelled, this, [this] { m_stack->setCurrentIndex(ViewPage); });
    showDataset(QString());
}

bool DatasetDetailsWidget::isEditing() const
{
    return m_stack->currentIndex() == EditPage;
}

QString DatasetDetailsWidget::titleText() const
{
    return m_stack->currentIndex() == MessagePage ? QString() : m_view->titleText();
}

QString DatasetDetailsWidget::errorText() const
{
    if (isEditing())
        return m_editor->errorText();
    return m_message->property("isError").toBool() && m_stack->currentIndex() == MessagePage
               ? m_message->text()
               : QString();
}

void DatasetDetailsWidget::showMessage(const QString &text, bool isError)
{
    m_record = DatasetRecord();
    m_message->setText(text);
    m_message->setProperty("isError", isError);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    m_stack->setCurrentIndex(MessagePage);
}

void DatasetDetailsWidget::showDataset(const QString &id)
{
    if (id.isEmpty()) {
        showMessage(tr("Select a dataset to see its details."), false);
        return;
    }
    Result<DatasetRecord> r = m_catalog.get(id);
    if (!r) {
        showMessage(r.error().message, true);
        return;
    }
    Result<QList<HistoryEntry>> history = m_catalog.history(id);
    // Missing history should not hide the record itself.
    m_record = std::move(*r);
    m_view->setRecord(m_record, history ? *history : QList<HistoryEntry>());
    m_stack->setCurrentIndex(ViewPage);
}

void DatasetDetailsWidget::reload()
{
    if (isEditing() || m_record.id.isEmpty())
        return;
    showDataset(m_record.id);
}

void DatasetDetailsWidget::startEditing()
{
    if (m_record.id.isEmpty())
        return;
    m_editor->setRecord(m_record);
    m_stack->setCurrentIndex(EditPage);
    m_editor->titleEdit()->setFocus();
}

void DatasetDetailsWidget::save()
{
    Result<DatasetRecord> saved = m_catalog.update(m_editor->editedRecord());
    if (!saved) {
        QString text = saved.error().message;
        if (saved.error().code == Error::Code::Conflict)
            text += QLatin1Char(' ') + tr("Cancel and open the dataset again to see the current version.");
        m_editor->showError(text);
        return;
    }
    const QString id = saved->id;
    showDataset(id);
    emit datasetChanged(id);
}

} // namespace urbis
