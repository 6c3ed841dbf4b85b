#include "aboutdialog.h"

#include "util/libraryversions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#ifndef URBIS_VERSION
#define URBIS_VERSION "unknown"
#endif

namespace urbis {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Urbis"));
    QString rows;
    QStringList plain{tr("Urbis %1").arg(appVersion()),
                      tr("Desktop operator and data-curation application for city digital twins.")};
    for (const auto &[name, version] : libraryVersions()) {
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;%2</td></tr>")
                    .arg(name.toHtmlEscaped(), version.toHtmlEscaped());
        plain << tr("%1 %2").arg(name, version);
    }
    m_plain = plain.join(QLatin1Char('\n'));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setText(QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><table>%4</table>")
                        .arg(plain.at(0).toHtmlEscaped(), plain.at(1).toHtmlEscaped(),
                             tr("Built with:").toHtmlEscaped(), rows));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the versions, e.g. for a bug report"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_plain); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_plain;
}

QString AboutDialog::appVersion()
{
    return QStringLiteral(URBIS_VERSION);
}

} // namespace urbis
