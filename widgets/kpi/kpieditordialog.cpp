#include "kpieditordialog.h"

#include "kpieditor.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace urbis {

KpiEditorDialog::KpiEditorDialog(QString dataDir, TaskManager *tasks, std::shared_ptr<KpiCache> cache,
                                 QWidget *parent)
    : QDialog(parent), m_editor(new KpiEditor(std::move(dataDir), tasks, std::move(cache), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("KPI"));
    resize(1000, 720);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Keep this definition (Ctrl+Return)"));
    // Return belongs to the multi-line formula box; Ctrl+Return accepts from anywhere.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    auto *accept = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(accept, &QShortcut::activated, this, [this] {
        if (m_editor->isAcceptable())
            QDialog::accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &KpiEditor::changed, this, &KpiEditorDialog::updateOk);
    updateOk();
}

void KpiEditorDialog::setDefinition(const KpiDefinition &kpi)
{
    m_editor->setDefinition(kpi);
    setWindowTitle(kpi.id.isEmpty() ? tr("New KPI")
                                    : tr("KPI “%1”").arg(kpi.name.isEmpty() ? kpi.id : kpi.name));
    updateOk();
}

KpiDefinition KpiEditorDialog::definition() const
{
    return m_editor->definition();
}

void KpiEditorDialog::setTakenIds(const QStringList &ids)
{
    m_editor->setTakenIds(ids);
}

void KpiEditorDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_editor->isAcceptable());
}

} // namespace urbis
