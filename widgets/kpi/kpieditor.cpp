#include "kpieditor.h"

#include "formulaedit.h"
#include "kpi/kpicategory.h"
#include "kpipreviewpane.h"
#include "kpisourceseditor.h"
#include "kpitargetseditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace urbis {

namespace {

constexpr int kFieldsDebounceMs = 400;

// A source that names neither datasets nor a domain selects nothing yet: no catalog round trip.
bool namesData(const KpiDefinition &kpi)
{
    return std::any_of(kpi.sources.cbegin(), kpi.sources.cend(),
                       [](const KpiSource &s) { return !s.datasets.isEmpty() || !s.domain.isEmpty(); });
}

// A value the combo does not list (a domain from a newer file) is added, so saving keeps it.
void selectData(QComboBox *combo, const QString &value)
{
    if (combo->findData(value) < 0)
        combo->addItem(value, value);
    combo->setCurrentIndex(combo->findData(value));
}

} // namespace

KpiEditor::KpiEditor(QString dataDir, TaskManager *tasks, std::shared_ptr<KpiCache> cache, QWidget *parent)
    : QWidget(parent), m_probe(new KpiCatalogProbe(dataDir, cache, this)), m_validation(new QLabel(this)),
      m_fieldsState(new QLabel(this)), m_preview(new KpiPreviewPane(dataDir, tasks, cache, this)),
      m_fieldsDebounce(new QTimer(this))
{
    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addWidget(buildIdentity());
    formLayout->addWidget(buildData());
    m_targets = new KpiTargetsEditor(form);
    formLayout->addWidget(m_targets);
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_validation->setWordWrap(true);
    m_validation->setTextFormat(Qt::PlainText);
    m_validation->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_validation->setAccessibleName(tr("Validation"));
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scroll, 1);
    leftLayout->addWidget(m_validation);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_fieldsDebounce->setSingleShot(true);
    m_fieldsDebounce->setInterval(kFieldsDebounceMs);
    connect(m_fieldsDebounce, &QTimer::timeout, this, &KpiEditor::requestFields);
    connect(m_probe, &KpiCatalogProbe::fieldsLoaded, this, &KpiEditor::onFieldsLoaded);
    connect(m_probe, &KpiCatalogProbe::datasetsLoaded, m_sources, &KpiSourcesEditor::setDatasetChoices);
    connect(m_targets, &KpiTargetsEditor::changed, this, &KpiEditor::onEdited);
    connect(m_formula, &FormulaEdit::checked, this, &KpiEditor::onEdited);
    connect(m_sources, &KpiSourcesEditor::changed, this, &KpiEditor::onSourcesEdited);
    m_probe->loadDatasets();

    KpiDefinition fresh;
    fresh.sources << KpiSource{};
    setDefinition(fresh);
}

QWidget *KpiEditor::buildIdentity()
{
    auto *box = new QGroupBox(tr("Indicator"));
    m_id = new QLineEdit(box);
    m_id->setObjectName(QStringLiteral("kpiId"));
    m_id->setPlaceholderText(tr("letters, digits, . _ - e.g. pm10-monthly"));
    m_name = new QLineEdit(box);
    m_description = new QPlainTextEdit(box);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_domain = new QComboBox(box);
    m_domain->addItem(tr("(none)"), QString());
    for (const auto &[code, label] : KpiSourcesEditor::domainChoices())
        m_domain->addItem(label, code);
    m_category = new QComboBox(box);
    m_category->addItem(tr("(not classified)"), QString());
    for (const QString &code : KpiCategory::codes())
        m_category->addItem(KpiCategory::label(code), code);
    m_unit = new QLineEdit(box);
    m_unit->setPlaceholderText(tr("e.g. µg/m3, kWh, %"));

    auto *form = new QFormLayout(box);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Do&main:"), m_domain);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Unit:"), m_unit);

    for (QLineEdit *edit : {m_id, m_name, m_unit})
        connect(edit, &QLineEdit::textChanged, this, &KpiEditor::onEdited);
    connect(m_unit, &QLineEdit::textChanged, this,
            [this](const QString &unit) { m_formula->setDeclaredUnit(unit.trimmed()); });
    connect(m_description, &QPlainTextEdit::textChanged, this, &KpiEditor::onEdited);
    connect(m_domain, &QComboBox::currentIndexChanged, this, &KpiEditor::onEdited);
    connect(m_category, &QComboBox::currentIndexChanged, this, &KpiEditor::onEdited);
    return box;
}

QWidget *KpiEditor::buildData()
{
    auto *box = new QGroupBox(tr("Data"));
    m_sources = new KpiSourcesEditor(box);
    m_formula = new FormulaEdit(box);
    m_grain = new QComboBox(box);
    m_grain->addItem(tr("Day"), static_cast<int>(TimeGrain::Day));
    m_grain->addItem(tr("Week"), static_cast<int>(TimeGrain::Week));
    m_grain->addItem(tr("Month"), static_cast<int>(TimeGrain::Month));
    m_grain->addItem(tr("Year"), static_cast<int>(TimeGrain::Year));
    m_dimensions = new QListWidget(box);
    m_dimensions->setMaximumHeight(100);
    m_dimensions->setDragDropMode(
        QAbstractItemView::InternalMove); // the order of dimensions is the grouping order
    m_dimensions->setToolTip(tr("Fields of the default source to group by; drag to reorder."));
    auto *dimFilter = new QLineEdit(box);
    dimFilter->setPlaceholderText(tr("Filter fields…"));
    dimFilter->setClearButtonEnabled(true);
    connect(dimFilter, &QLineEdit::textChanged, m_dimensions, [this](const QString &text) {
        for (int i = 0; i < m_dimensions->count(); ++i)
            m_dimensions->item(i)->setHidden(
                !m_dimensions->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    m_fieldsState->setTextFormat(Qt::PlainText);
    m_fieldsState->setWordWrap(true);

    auto *form = new QFormLayout(box);
    form->addRow(tr("Sources:"), m_sources);
    form->addRow(QString(), m_fieldsState);
    form->addRow(tr("&Formula:"), m_formula);
    form->addRow(tr("&Grain:"), m_grain);
    auto *dims = new QVBoxLayout;
    dims->addWidget(dimFilter);
    dims->addWidget(m_dimensions);
    form->addRow(tr("Dimensions:"), dims);

    connect(m_grain, &QComboBox::currentIndexChanged, this, &KpiEditor::onEdited);
    connect(m_dimensions, &QListWidget::itemChanged, this, &KpiEditor::onEdited);
    connect(m_dimensions->model(), &QAbstractItemModel::rowsMoved, this, &KpiEditor::onEdited);
    return box;
}

void KpiEditor::setDefinition(const KpiDefinition &kpi)
{
    m_loading = true;
    m_id->setText(kpi.id);
    m_name->setText(kpi.name);
    m_description->setPlainText(kpi.description);
    selectData(m_domain, kpi.domain);
    selectData(m_category, kpi.category);
    m_unit->setText(kpi.unit);
    m_sources->setSources(kpi.sources);
    m_formula->setFormula(kpi.formula);
    m_formula->setDeclaredUnit(kpi.unit);
    m_grain->setCurrentIndex(m_grain->findData(static_cast<int>(kpi.grain)));
    fillDimensions(kpi.dimensions);
    m_targets->setFrom(kpi);
    m_loading = false;
    requestFields();
    onEdited();
}

void KpiEditor::requestFields()
{
    m_fieldsDebounce->stop();
    const KpiDefinition kpi = definition();
    if (!namesData(kpi)) {
        m_probe->dropFieldsRequest();
        onFieldsLoaded({}, QString());
        return;
    }
    m_fieldsState->setText(tr("Reading the sources' fields…"));
    m_fieldsState->show();
    m_probe->loadFields(kpi);
}

KpiDefinition KpiEditor::definition() const
{
    KpiDefinition kpi;
    kpi.id = m_id->text().trimmed();
    kpi.name = m_name->text().trimmed();
    kpi.description = m_description->toPlainText();
    kpi.domain = m_domain->currentData().toString();
    kpi.category = m_category->currentData().toString();
    kpi.unit = m_unit->text().trimmed();
    kpi.formula = m_formula->formula();
    kpi.sources = m_sources->sources();
    kpi.grain = static_cast<TimeGrain>(m_grain->currentData().toInt());
    kpi.dimensions = checkedDimensions();
    m_targets->applyTo(kpi);
    return kpi;
}

void KpiEditor::setTakenIds(const QStringList &ids)
{
    m_takenIds = ids;
    onEdited();
}

void KpiEditor::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_id, m_name, m_unit})
        edit->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_formula->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *>{m_domain, m_category, m_grain, m_dimensions})
        w->setEnabled(!readOnly);
    m_sources->setReadOnly(readOnly);
    m_targets->setReadOnly(readOnly);
}

QString KpiEditor::validationMessage() const
{
    const KpiDefinition kpi = definition();
    const Result<void> valid = kpi.validate();
    if (!valid)
        return valid.error().message;
    if (m_takenIds.contains(kpi.id))
        return tr("Another KPI of this dashboard already has the id “%1”.").arg(kpi.id);
    for (const FormulaDiagnostic &d : m_formula->diagnostics())
        if (d.severity == FormulaDiagnostic::Severity::Error)
            return tr("Formula: %1").arg(d.message);
    return {};
}

void KpiEditor::onSourcesEdited()
{
    m_fieldsDebounce->start();
    onEdited();
}

void KpiEditor::onFieldsLoaded(const KpiCatalogProbe::FieldMap &fields, const QString &error)
{
    m_fieldsState->setText(error.isEmpty() ? QString() : tr("Sources: %1").arg(error));
    m_fieldsState->setVisible(!error.isEmpty());
    m_defaultFields.clear();
    for (const FieldInfo &f : fields.value(QString()))
        m_defaultFields << f.name;
    fillDimensions(checkedDimensions());
    m_formula->setFields(fields); // re-checks, which re-validates through checked()
    onEdited();
}

void KpiEditor::onEdited()
{
    if (m_loading)
        return;
    const QString message = validationMessage();
    m_validation->setText(message);
    m_validation->setVisible(!message.isEmpty());
    if (m_probe->isLoadingFields() || m_fieldsDebounce->isActive())
        m_preview->setBlocked(tr("Reading the sources' fields…"));
    else if (!message.isEmpty())
        m_preview->setBlocked(tr("The preview runs once the definition is valid."));
    else
        m_preview->setDefinition(definition());
    emit changed();
}

void KpiEditor::fillDimensions(const QStringList &checked)
{
    const QSignalBlocker block(m_dimensions);
    m_dimensions->clear();
    // Checked dimensions first, in their order (it is the grouping order), then the other fields.
    QStringList names = checked;
    for (const QString &f : std::as_const(m_defaultFields))
        if (!names.contains(f))
            names << f;
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_dimensions);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList KpiEditor::checkedDimensions() const
{
    QStringList out;
    for (int i = 0; i < m_dimensions->count(); ++i)
        if (m_dimensions->item(i)->checkState() == Qt::Checked)
            out << m_dimensions->item(i)->text();
    return out;
}

} // namespace urbis
