#include "kpisourceseditor.h"

#include "commalist.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace urbis {

QList<QPair<QString, QString>> KpiSourcesEditor::domainChoices()
{
    return {{QStringLiteral("air"), tr("Air quality")},   {QStringLiteral("energy"), tr("Energy")},
            {QStringLiteral("mobility"), tr("Mobility")}, {QStringLiteral("waste"), tr("Waste")},
            {QStringLiteral("water"), tr("Water")},       {QStringLiteral("climate"), tr("Climate")},
            {QStringLiteral("hazard"), tr("Hazards")},    {QStringLiteral("other"), tr("Other")}};
}

KpiSourcesEditor::KpiSourcesEditor(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_add(new QPushButton(tr("Add source"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_alias(new QLineEdit(this)),
      m_picker(new QComboBox(this)), m_pick(new QPushButton(tr("Add"), this)),
      m_datasets(new QListWidget(this)),
      m_selection(new QGroupBox(tr("…or every dataset of the catalog with"), this)),
      m_domain(new QComboBox(this)), m_city(new QLineEdit(this)), m_required(new QLineEdit(this)),
      m_timeField(new QLineEdit(this)), m_detail(new QWidget(this))
{
    m_list->setMaximumHeight(72);
    m_list->setAccessibleName(tr("Sources"));
    m_alias->setPlaceholderText(tr("empty for the default source; e.g. pop"));
    m_alias->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z][a-z0-9_]*")), m_alias));
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->lineEdit()->setPlaceholderText(tr("dataset title or id"));
    m_picker->completer()->setFilterMode(Qt::MatchContains); // titles are long; any word finds them
    m_picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_datasets->setMaximumHeight(60);
    m_datasets->setToolTip(
        tr("Datasets read as one table (rows are unioned). Delete removes the selected one."));
    m_domain->addItem(tr("(any)"), QString());
    for (const auto &[code, label] : domainChoices())
        m_domain->addItem(label, code);
    m_city->setPlaceholderText(tr("all cities"));
    m_required->setPlaceholderText(tr("fields a dataset must have, comma separated"));
    m_timeField->setPlaceholderText(tr("first date field"));

    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_pick);
    auto *selForm = new QFormLayout(m_selection);
    selForm->addRow(tr("Domain:"), m_domain);
    selForm->addRow(tr("City:"), m_city);
    selForm->addRow(tr("Required fields:"), m_required);
    auto *form = new QFormLayout(m_detail);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Alias:"), m_alias);
    form->addRow(tr("Datasets:"), pickRow);
    form->addRow(QString(), m_datasets);
    form->addRow(m_selection);
    form->addRow(tr("Time field:"), m_timeField);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_detail);

    connect(m_add, &QPushButton::clicked, this, &KpiSourcesEditor::addSource);
    connect(m_remove, &QPushButton::clicked, this, &KpiSourcesEditor::removeSource);
    connect(m_list, &QListWidget::currentRowChanged, this, &KpiSourcesEditor::showCurrent);
    connect(m_pick, &QPushButton::clicked, this, &KpiSourcesEditor::addDataset);
    connect(m_picker->lineEdit(), &QLineEdit::returnPressed, this, &KpiSourcesEditor::addDataset);
    auto *del = new QShortcut(QKeySequence::Delete, m_datasets, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] {
        delete m_datasets->currentItem();
        storeCurrent();
    });
    for (QLineEdit *edit : {m_alias, m_city, m_required, m_timeField})
        connect(edit, &QLineEdit::textEdited, this, &KpiSourcesEditor::storeCurrent);
    connect(m_domain, &QComboBox::currentIndexChanged, this, &KpiSourcesEditor::storeCurrent);
    setSources({KpiSource{}});
}

void KpiSourcesEditor::setSources(const QList<KpiSource> &sources)
{
    m_sources = sources;
    refreshList();
    m_list->setCurrentRow(m_sources.isEmpty() ? -1 : 0);
    showCurrent();
}

void KpiSourcesEditor::setDatasetChoices(const QList<KpiCatalogProbe::DatasetChoice> &choices)
{
    const QString typed = m_picker->currentText();
    m_picker->clear();
    for (const KpiCatalogProbe::DatasetChoice &c : choices) {
        m_picker->addItem(c.title,
                          c.title); // by exact title: the latest version is read, even after re-imports
        m_picker->setItemData(m_picker->count() - 1, tr("%1 · %2 · id %3").arg(c.domain, c.city, c.id),
                              Qt::ToolTipRole);
    }
    m_picker->setCurrentIndex(-1);
    m_picker->setEditText(typed);
}

void KpiSourcesEditor::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_add, m_remove, m_pick, m_picker, m_domain})
        w->setEnabled(!readOnly);
    for (QLineEdit *edit : {m_alias, m_city, m_required, m_timeField})
        edit->setReadOnly(readOnly);
}

QString KpiSourcesEditor::summary(const KpiSource &s) const
{
    const QString alias = s.alias.isEmpty() ? tr("(default)") : s.alias;
    if (!s.datasets.isEmpty())
        return tr("%1 — %2").arg(alias, s.datasets.join(QStringLiteral("; ")));
    if (!s.domain.isEmpty() || !s.city.isEmpty())
        return tr("%1 — all %2 datasets %3")
            .arg(alias, s.domain, s.city.isEmpty() ? QString() : tr("of %1").arg(s.city));
    return tr("%1 — (no datasets yet)").arg(alias);
}

void KpiSourcesEditor::refreshList()
{
    const int row = m_list->currentRow();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const KpiSource &s : std::as_const(m_sources))
        m_list->addItem(summary(s));
    m_list->setCurrentRow(std::min(row, int(m_sources.size()) - 1));
    m_remove->setEnabled(m_sources.size() > 1);
}

void KpiSourcesEditor::showCurrent()
{
    const int row = m_list->currentRow();
    m_detail->setEnabled(row >= 0);
    const KpiSource s = row >= 0 && row < m_sources.size() ? m_sources.at(row) : KpiSource{};
    m_loading = true;
    m_alias->setText(s.alias);
    m_datasets->clear();
    m_datasets->addItems(s.datasets);
    const int domain = m_domain->findData(s.domain);
    if (domain < 0 && !s.domain.isEmpty())
        m_domain->addItem(s.domain, s.domain); // a domain from a newer file: keep it, do not lose it on save
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(s.domain)));
    m_city->setText(s.city);
    m_required->setText(s.requiredFields.join(QStringLiteral(", ")));
    m_timeField->setText(s.timeField);
    m_selection->setEnabled(s.datasets.isEmpty());
    m_loading = false;
}

void KpiSourcesEditor::storeCurrent()
{
    const int row = m_list->currentRow();
    if (m_loading || row < 0 || row >= m_sources.size())
        return;
    KpiSource &s = m_sources[row];
    s.alias = m_alias->text().trimmed();
    s.datasets.clear();
    for (int i = 0; i < m_datasets->count(); ++i)
        s.datasets << m_datasets->item(i)->text();
    s.domain = m_domain->currentData().toString();
    s.city = m_city->text().trimmed();
    s.requiredFields = splitCommaList(m_required->text());
    s.timeField = m_timeField->text().trimmed();
    m_selection->setEnabled(s.datasets.isEmpty());
    m_list->item(row)->setText(summary(s));
    emit changed();
}

void KpiSourcesEditor::addSource()
{
    KpiSource s;
    // Later sources need an alias to be named in the formula; propose a free one.
    for (int n = int(m_sources.size()); s.alias.isEmpty(); ++n) {
        const QString alias = QStringLiteral("src%1").arg(n);
        if (std::none_of(m_sources.cbegin(), m_sources.cend(),
                         [&](const KpiSource &o) { return o.alias == alias; }))
            s.alias = alias;
    }
    m_sources << s;
    refreshList();
    m_list->setCurrentRow(int(m_sources.size()) - 1);
    m_alias->setFocus();
    m_alias->selectAll();
    emit changed();
}

void KpiSourcesEditor::removeSource()
{
    const int row = m_list->currentRow();
    if (row < 0 ||
        m_sources.size() <= 1) // a KPI needs a source; clearing the last one is an edit, not a removal
        return;
    m_sources.removeAt(row);
    refreshList();
    showCurrent();
    emit changed();
}

void KpiSourcesEditor::addDataset()
{
    const QString text = m_picker->currentText().trimmed();
    if (text.isEmpty())
        return;
    const QList<QListWidgetItem *> existing = m_datasets->findItems(text, Qt::MatchExactly);
    if (existing.isEmpty())
        m_datasets->addItem(text);
    m_picker->setEditText(QString());
    storeCurrent();
}

} // namespace urbis
