#include "designerdashboardproperties.h"

#include "commalist.h"
#include "designerdocument.h"
#include "kpisourceseditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace urbis {

namespace {

const QDate kNoDate(1900, 1, 1); ///< a date edit's minimum shows "open": no bound

QDateEdit *dateBox(QWidget *parent, const QString &none)
{
    auto *box = new QDateEdit(parent);
    box->setMinimumDate(kNoDate);
    box->setSpecialValueText(none);
    box->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    box->setCalendarPopup(true);
    return box;
}

} // namespace

DesignerDashboardProperties::DesignerDashboardProperties(DesignerDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_city(new QLineEdit(this)), m_cities(new QLineEdit(this)),
      m_from(dateBox(this, tr("open"))), m_to(dateBox(this, tr("open"))), m_grain(new QComboBox(this)),
      m_domain(new QComboBox(this))
{
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_cities->setPlaceholderText(tr("all cities; or e.g. Athens, Sofia"));
    m_grain->addItem(tr("each KPI's own"), -1);
    m_grain->addItem(tr("Day"), static_cast<int>(TimeGrain::Day));
    m_grain->addItem(tr("Week"), static_cast<int>(TimeGrain::Week));
    m_grain->addItem(tr("Month"), static_cast<int>(TimeGrain::Month));
    m_grain->addItem(tr("Year"), static_cast<int>(TimeGrain::Year));
    m_domain->addItem(tr("all domains"), QString());
    for (const auto &[code, label] : KpiSourcesEditor::domainChoices())
        m_domain->addItem(label, code);

    auto *header = new QLabel(tr("<b>Dashboard</b>"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("City:"), m_city);
    auto *filters = new QLabel(tr("<b>Common filters</b> (applied to every panel)"), this);
    filters->setWordWrap(true);
    form->addRow(filters);
    form->addRow(tr("Cities:"), m_cities);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Grain:"), m_grain);
    form->addRow(tr("Domain:"), m_domain);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addLayout(form);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit(
            tr("title"), [t](Dashboard &d) { d.title = t; }, true);
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const QString t = m_description->toPlainText();
        edit(
            tr("description"), [t](Dashboard &d) { d.description = t; }, true);
    });
    connect(m_city, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit(
            tr("city"), [t](Dashboard &d) { d.city = t.trimmed(); }, true);
    });
    connect(m_cities, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit(
            tr("cities filter"), [t](Dashboard &d) { d.filters.cities = splitCommaList(t); }, true);
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate date) {
        edit(
            tr("start date"), [date](Dashboard &d) { d.filters.from = date == kNoDate ? QDate() : date; },
            true);
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate date) {
        edit(
            tr("end date"), [date](Dashboard &d) { d.filters.to = date == kNoDate ? QDate() : date; }, true);
    });
    connect(m_grain, &QComboBox::activated, this, [this] {
        const int g = m_grain->currentData().toInt();
        edit(tr("grain"), [g](Dashboard &d) {
            d.filters.grain = g < 0 ? std::nullopt : std::optional<TimeGrain>(static_cast<TimeGrain>(g));
        });
    });
    connect(m_domain, &QComboBox::activated, this, [this] {
        const QString domain = m_domain->currentData().toString();
        edit(tr("domain"), [domain](Dashboard &d) { d.filters.domain = domain; });
    });
    connect(m_document, &DesignerDocument::changed, this, &DesignerDashboardProperties::load);
    connect(m_document, &DesignerDocument::readOnlyChanged, this, &DesignerDashboardProperties::load);
    load();
}

void DesignerDashboardProperties::load()
{
    const Dashboard &d = m_document->dashboard();
    m_loading = true;
    for (QWidget *w : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (!qobject_cast<QLabel *>(w))
            w->setEnabled(!m_document->isReadOnly());
    if (m_title->text() != d.title) // keeps the cursor where it is while the user types
        m_title->setText(d.title);
    if (m_description->toPlainText() != d.description)
        m_description->setPlainText(d.description);
    if (m_city->text() != d.city)
        m_city->setText(d.city);
    if (splitCommaList(m_cities->text()) != d.filters.cities)
        m_cities->setText(d.filters.cities.join(QStringLiteral(", ")));
    m_from->setDate(d.filters.from.isValid() ? d.filters.from : kNoDate);
    m_to->setDate(d.filters.to.isValid() ? d.filters.to : kNoDate);
    m_grain->setCurrentIndex(
        std::max(0, m_grain->findData(d.filters.grain ? static_cast<int>(*d.filters.grain) : -1)));
    if (m_domain->findData(d.filters.domain) < 0)
        m_domain->addItem(d.filters.domain, d.filters.domain);
    m_domain->setCurrentIndex(m_domain->findData(d.filters.domain));
    m_loading = false;
}

void DesignerDashboardProperties::edit(const QString &what, const std::function<void(Dashboard &)> &change,
                                       bool merge)
{
    if (m_loading)
        return;
    Dashboard d = m_document->dashboard();
    change(d);
    m_document->apply(d, tr("Change the dashboard %1").arg(what),
                      merge ? DesignerDocument::PropertyMerge : DesignerDocument::NoMerge,
                      QStringLiteral("dashboard/") + what);
}

} // namespace urbis
