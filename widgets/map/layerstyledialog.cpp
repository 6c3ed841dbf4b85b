#include "layerstyledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace urbis {

LayerStyleDialog::LayerStyleDialog(const QString &layerName, const QStringList &fields, const QString &colourField,
                                   const QString &labelField, QWidget *parent)
    : QDialog(parent), m_colour(new QComboBox(this)), m_label(new QComboBox(this))
{
    setWindowTitle(tr("Style of %1").arg(layerName));
    m_colour->setObjectName(QStringLiteral("colourField"));
    m_label->setObjectName(QStringLiteral("labelField"));
    m_colour->addItem(tr("One colour"), QString());
    m_label->addItem(tr("No labels"), QString());
    for (const QString &f : fields) {
        m_colour->addItem(f, f);
        m_label->addItem(f, f);
    }
    m_colour->setCurrentIndex(qMax(0, m_colour->findData(colourField)));
    m_label->setCurrentIndex(qMax(0, m_label->findData(labelField)));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Colour by:"), m_colour);
    form->addRow(tr("&Labels:"), m_label);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString LayerStyleDialog::colourField() const
{
    return m_colour->currentData().toString();
}

QString LayerStyleDialog::labelField() const
{
    return m_label->currentData().toString();
}

} // namespace urbis
