#include "designerpanelproperties.h"

#include "designerdocument.h"
#include "designerpanelmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace urbis {

namespace {

constexpr double kAuto = -1e12; ///< spin box minimum shown as "auto": the option is not set

QDoubleSpinBox *autoBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(kAuto, 1e12);
    box->setDecimals(3);
    box->setSpecialValueText(DesignerPanelProperties::tr("auto"));
    return box;
}

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) // keeps the cursor where it is while the user types
        edit->setText(text);
}

} // namespace

DesignerPanelProperties::DesignerPanelProperties(DesignerDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_header(new QLabel(this)), m_body(new QWidget(this))
{
    m_form = new QFormLayout(m_body);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_title = new QLineEdit(m_body);
    m_type = new QComboBox(m_body);
    for (DashboardPanel::Type t : DashboardPanel::allTypes())
        m_type->addItem(DashboardPanel::typeLabel(t), static_cast<int>(t));
    m_kpiFilter = new QLineEdit(m_body);
    m_kpiFilter->setPlaceholderText(tr("Filter KPIs…"));
    m_kpiFilter->setClearButtonEnabled(true);
    m_kpis = new QListWidget(m_body);
    m_kpis->setMaximumHeight(130);
    m_dimension = new QComboBox(m_body);
    m_dimension->setEditable(true);
    m_trend = new QCheckBox(tr("Trend vs. previous period"), m_body);
    m_gaugeMin = autoBox(m_body);
    m_gaugeMax = autoBox(m_body);
    m_mapMode = new QComboBox(m_body);
    m_mapMode->addItem(tr("Choropleth (areas)"), QStringLiteral("choropleth"));
    m_mapMode->addItem(tr("Points"), QStringLiteral("points"));
    m_boundaries = new QLineEdit(m_body);
    m_boundaries->setPlaceholderText(tr("boundary dataset id or title"));
    m_joinField = new QLineEdit(m_body);
    m_lat = new QLineEdit(m_body);
    m_lon = new QLineEdit(m_body);
    m_bins = new QSpinBox(m_body);
    m_bins->setRange(0, 500);
    m_bins->setSpecialValueText(tr("default (10)"));
    m_limit = new QSpinBox(m_body);
    m_limit->setRange(0, 1000000);
    m_limit->setSpecialValueText(tr("default (500)"));

    auto *kpiBox = new QVBoxLayout;
    kpiBox->addWidget(m_kpiFilter);
    kpiBox->addWidget(m_kpis);
    m_form->addRow(tr("Title:"), m_title);
    m_form->addRow(tr("Type:"), m_type);
    m_form->addRow(tr("KPIs:"), kpiBox);
    m_form->addRow(tr("Dimension:"), m_dimension);
    m_form->addRow(QString(), m_trend);
    m_form->addRow(tr("Gauge minimum:"), m_gaugeMin);
    m_form->addRow(tr("Gauge maximum:"), m_gaugeMax);
    m_form->addRow(tr("Map mode:"), m_mapMode);
    m_form->addRow(tr("Boundaries:"), m_boundaries);
    m_form->addRow(tr("Join field:"), m_joinField);
    m_form->addRow(tr("Latitude field:"), m_lat);
    m_form->addRow(tr("Longitude field:"), m_lon);
    m_form->addRow(tr("Bins:"), m_bins);
    m_form->addRow(tr("Row limit:"), m_limit);

    m_header->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_body);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit(
            tr("title"), [t](DashboardPanel &p) { p.title = t; }, true);
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        const auto type = static_cast<DashboardPanel::Type>(m_type->currentData().toInt());
        edit(tr("type"), [type](DashboardPanel &p) { p.type = type; });
    });
    connect(m_kpiFilter, &QLineEdit::textChanged, m_kpis, [this](const QString &text) {
        for (int i = 0; i < m_kpis->count(); ++i)
            m_kpis->item(i)->setHidden(!m_kpis->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(m_kpis, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        // Existing order is kept (it is the series order); a newly checked KPI goes last.
        edit(tr("KPIs"), [id, on](DashboardPanel &p) {
            p.kpis.removeAll(id);
            if (on)
                p.kpis << id;
        });
    });
    connect(m_dimension, &QComboBox::currentTextChanged, this, [this](const QString &t) {
        setOption(QStringLiteral("dimension"), t.trimmed().isEmpty() ? QJsonValue() : QJsonValue(t.trimmed()),
                  true);
    });
    connect(m_trend, &QCheckBox::toggled, this, [this](bool on) { setOption(QStringLiteral("trend"), on); });
    connect(m_gaugeMin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        setOption(QStringLiteral("min"), v <= kAuto ? QJsonValue() : QJsonValue(v), true);
    });
    connect(m_gaugeMax, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        setOption(QStringLiteral("max"), v <= kAuto ? QJsonValue() : QJsonValue(v), true);
    });
    connect(m_mapMode, &QComboBox::activated, this, [this] {
        setOption(QStringLiteral("mode"), m_mapMode->currentData().toString());
        updateRows(DashboardPanel::Type::Map);
    });
    const QList<QPair<QLineEdit *, QString>> texts{{m_boundaries, QStringLiteral("boundaries")},
                                                   {m_joinField, QStringLiteral("joinField")},
                                                   {m_lat, QStringLiteral("lat")},
                                                   {m_lon, QStringLiteral("lon")}};
    for (const auto &[edit, key] : texts)
        connect(edit, &QLineEdit::textEdited, this, [this, key = key](const QString &t) {
            setOption(key, t.trimmed().isEmpty() ? QJsonValue() : QJsonValue(t.trimmed()), true);
        });
    connect(m_bins, &QSpinBox::valueChanged, this, [this](int v) {
        setOption(QStringLiteral("bins"), v == 0 ? QJsonValue() : QJsonValue(v), true);
    });
    connect(m_limit, &QSpinBox::valueChanged, this, [this](int v) {
        setOption(QStringLiteral("limit"), v == 0 ? QJsonValue() : QJsonValue(v), true);
    });

    connect(m_document, &DesignerDocument::changed, this, &DesignerPanelProperties::load);
    connect(m_document, &DesignerDocument::selectionChanged, this, &DesignerPanelProperties::load);
    connect(m_document, &DesignerDocument::readOnlyChanged, this, &DesignerPanelProperties::load);
    load();
}

void DesignerPanelProperties::load()
{
    const Dashboard &d = m_document->dashboard();
    const DashboardPanel *panel = d.panel(m_document->selectedPanel());
    m_panelId = panel ? panel->id : QString();
    m_body->setVisible(panel);
    m_header->setText(panel
                          ? tr("<b>Panel</b> %1").arg(panel->id)
                          : tr("<b>Panel</b><br>Select a panel on the grid, or drag one from the palette."));
    if (!panel)
        return;
    m_loading = true;
    m_body->setEnabled(!m_document->isReadOnly());
    setTextIfDifferent(m_title, panel->title);
    DashboardPanel untitled = *panel; // what an empty title falls back to
    untitled.title.clear();
    m_title->setPlaceholderText(tr("default: %1").arg(DesignerPanelModel::displayTitle(d, untitled)));
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(panel->type)));

    // KPI checklist: the dashboard's KPIs; the panel's own first, in its order.
    QStringList order = panel->kpis;
    QStringList dims;
    for (const KpiDefinition &k : d.kpis)
        if (!order.contains(k.id))
            order << k.id;
    m_kpis->clear();
    for (const QString &id : std::as_const(order)) {
        const KpiDefinition *k = d.kpi(id);
        auto *item = new QListWidgetItem(k ? (k->name.isEmpty() ? k->id : k->name) : id, m_kpis);
        item->setData(Qt::UserRole, id);
        item->setToolTip(id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(panel->kpis.contains(id) ? Qt::Checked : Qt::Unchecked);
        item->setHidden(!item->text().contains(m_kpiFilter->text(), Qt::CaseInsensitive));
        if (k && panel->kpis.contains(id))
            for (const QString &dim : k->dimensions)
                if (!dims.contains(dim))
                    dims << dim;
    }

    const QJsonObject &o = panel->options;
    const QString dimension = o.value(QStringLiteral("dimension")).toString();
    m_dimension->clear();
    m_dimension->addItem(QString());
    m_dimension->addItems(dims);
    m_dimension->setCurrentText(dimension);
    m_trend->setChecked(o.value(QStringLiteral("trend")).toBool(true));
    m_gaugeMin->setValue(o.contains(QStringLiteral("min")) ? o.value(QStringLiteral("min")).toDouble()
                                                           : kAuto);
    m_gaugeMax->setValue(o.contains(QStringLiteral("max")) ? o.value(QStringLiteral("max")).toDouble()
                                                           : kAuto);
    const int mode =
        m_mapMode->findData(o.value(QStringLiteral("mode")).toString(QStringLiteral("choropleth")));
    m_mapMode->setCurrentIndex(std::max(mode, 0));
    setTextIfDifferent(m_boundaries, o.value(QStringLiteral("boundaries")).toString());
    setTextIfDifferent(m_joinField, o.value(QStringLiteral("joinField")).toString());
    setTextIfDifferent(m_lat, o.value(QStringLiteral("lat")).toString());
    setTextIfDifferent(m_lon, o.value(QStringLiteral("lon")).toString());
    m_bins->setValue(o.value(QStringLiteral("bins")).toInt(0));
    m_limit->setValue(o.value(QStringLiteral("limit")).toInt(0));
    updateRows(panel->type);
    m_loading = false;
}

void DesignerPanelProperties::updateRows(DashboardPanel::Type type)
{
    using T = DashboardPanel::Type;
    const bool points = m_mapMode->currentData().toString() == u"points";
    m_form->setRowVisible(m_trend, type == T::Stat);
    m_form->setRowVisible(m_gaugeMin, type == T::Gauge);
    m_form->setRowVisible(m_gaugeMax, type == T::Gauge);
    m_form->setRowVisible(m_mapMode, type == T::Map);
    m_form->setRowVisible(m_boundaries, type == T::Map && !points);
    m_form->setRowVisible(m_joinField, type == T::Map && !points);
    m_form->setRowVisible(m_lat, type == T::Map && points);
    m_form->setRowVisible(m_lon, type == T::Map && points);
    m_form->setRowVisible(m_bins, type == T::Histogram);
    m_form->setRowVisible(m_limit, type == T::Table);
}

void DesignerPanelProperties::edit(const QString &what, const std::function<void(DashboardPanel &)> &change,
                                   bool merge)
{
    if (m_loading || m_panelId.isEmpty())
        return;
    Dashboard d = m_document->dashboard();
    for (DashboardPanel &p : d.panels)
        if (p.id == m_panelId)
            change(p);
    m_document->apply(d, tr("Change the %1 of %2").arg(what, m_panelId),
                      merge ? DesignerDocument::PropertyMerge : DesignerDocument::NoMerge,
                      m_panelId + u'/' + what);
}

void DesignerPanelProperties::setOption(const QString &key, const QJsonValue &value, bool merge)
{
    edit(
        key,
        [key, value](DashboardPanel &p) {
            if (value.isUndefined() || value.isNull())
                p.options.remove(key);
            else
                p.options[key] = value;
        },
        merge);
}

} // namespace urbis
