#include "alertpanel.h"

#include "alertfiltermodel.h"
#include "alertlistmodel.h"
#include "alertruledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace urbis {

AlertPanel::AlertPanel(AlertListModel *alerts, QWidget *parent)
    : QWidget(parent), m_rulesTitle(new QLabel(this)), m_rulesTable(new QTableWidget(0, 3, this)),
      m_add(new QPushButton(tr("Add r&ule…"), this)), m_edit(new QPushButton(tr("Edit rule…"), this)),
      m_remove(new QPushButton(tr("Remove rule"), this)), m_search(new QLineEdit(this)),
      m_raisedOnly(new QCheckBox(tr("Raised &only"), this)), m_severity(new QComboBox(this)),
      m_filter(new AlertFilterModel(this)), m_view(new QTableView(this))
{
    m_rulesTitle->setObjectName(QStringLiteral("rulesTitle"));
    m_rulesTable->setObjectName(QStringLiteral("alertRules"));
    m_rulesTable->setHorizontalHeaderLabels({tr("Rule"), tr("Condition"), tr("Severity")});
    m_rulesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rulesTable->verticalHeader()->hide();
    m_rulesTable->horizontalHeader()->setStretchLastSection(true);
    m_rulesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_rulesTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_add->setObjectName(QStringLiteral("addRuleButton"));
    m_edit->setObjectName(QStringLiteral("editRuleButton"));
    m_remove->setObjectName(QStringLiteral("removeRuleButton"));

    m_search->setObjectName(QStringLiteral("alertSearch"));
    m_search->setPlaceholderText(tr("Search alerts: station, rule, message…"));
    m_search->setClearButtonEnabled(true);
    m_raisedOnly->setObjectName(QStringLiteral("alertRaisedOnly"));
    m_severity->setObjectName(QStringLiteral("alertSeverity"));
    m_severity->addItem(tr("All severities"), int(AlertRule::Severity::Info));
    m_severity->addItem(tr("Warning and critical"), int(AlertRule::Severity::Warning));
    m_severity->addItem(tr("Critical only"), int(AlertRule::Severity::Critical));
    m_filter->setSourceModel(alerts);
    m_view->setObjectName(QStringLiteral("alertList"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AlertListModel::MessageColumn, QHeaderView::Stretch);

    auto *rulesBox = new QWidget(this);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *rulesRow = new QHBoxLayout;
    rulesRow->addWidget(m_rulesTable, 1);
    rulesRow->addLayout(buttons);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(m_rulesTitle);
    rulesLayout->addLayout(rulesRow);

    auto *listBox = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_severity);
    filters->addWidget(m_raisedOnly);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_view, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(rulesBox);
    split->addWidget(listBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_add, &QPushButton::clicked, this, &AlertPanel::addRule);
    connect(m_edit, &QPushButton::clicked, this, &AlertPanel::editRule);
    connect(m_remove, &QPushButton::clicked, this, &AlertPanel::removeRule);
    connect(m_rulesTable, &QTableWidget::itemSelectionChanged, this, &AlertPanel::updateButtons);
    connect(m_rulesTable, &QTableWidget::cellDoubleClicked, this, &AlertPanel::editRule);
    connect(m_search, &QLineEdit::textChanged, m_filter, &AlertFilterModel::setText);
    connect(m_raisedOnly, &QCheckBox::toggled, m_filter, &AlertFilterModel::setRaisedOnly);
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMinimumSeverity(AlertRule::Severity(m_severity->currentData().toInt())); });
    setStream(QString(), {}, {}, {});
}

void AlertPanel::setStream(const QString &name, const QList<AlertRule> &rules, const FieldMapping &mapping,
                           const QStringList &stations)
{
    m_stream = name;
    m_rules = rules;
    m_mapping = mapping;
    m_stations = stations;
    m_rulesTitle->setText(name.isEmpty() ? tr("Select a stream to edit its alert rules.")
                                         : tr("Alert rules of \"%1\":").arg(name));
    showRules();
}

void AlertPanel::setChoices(const FieldMapping &mapping, const QStringList &stations)
{
    m_mapping = mapping;
    m_stations = stations;
}

void AlertPanel::showRules()
{
    m_rulesTable->setRowCount(int(m_rules.size()));
    for (int i = 0; i < m_rules.size(); ++i) {
        const AlertRule &r = m_rules.at(i);
        auto *name = new QTableWidgetItem(r.name);
        name->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        name->setFlags(name->flags() & ~Qt::ItemIsUserCheckable); // shown; changed in the dialog
        m_rulesTable->setItem(i, 0, name);
        m_rulesTable->setItem(i, 1, new QTableWidgetItem(r.describe()));
        auto *severity = new QTableWidgetItem(AlertListModel::severityText(r.severity));
        severity->setForeground(AlertListModel::severityColor(r.severity));
        m_rulesTable->setItem(i, 2, severity);
    }
    updateButtons();
}

void AlertPanel::updateButtons()
{
    const bool has = !m_stream.isEmpty();
    const bool selected = has && m_rulesTable->currentRow() >= 0 && !m_rulesTable->selectedItems().isEmpty();
    m_add->setEnabled(has);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_rulesTable->setEnabled(has);
}

void AlertPanel::commit(const QList<AlertRule> &rules)
{
    m_rules = rules;
    showRules();
    emit rulesEdited(m_rules);
}

void AlertPanel::addRule()
{
    if (m_stream.isEmpty())
        return;
    AlertRuleDialog dialog(m_mapping, m_stations, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<AlertRule> rules = m_rules;
    rules << dialog.rule();
    commit(rules);
    m_rulesTable->selectRow(int(rules.size()) - 1);
}

void AlertPanel::editRule()
{
    const int row = m_rulesTable->currentRow();
    if (m_stream.isEmpty() || row < 0 || row >= m_rules.size())
        return;
    AlertRuleDialog dialog(m_mapping, m_stations, this);
    dialog.setRule(m_rules.at(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<AlertRule> rules = m_rules;
    rules[row] = dialog.rule();
    commit(rules);
    m_rulesTable->selectRow(row);
}

void AlertPanel::removeRule()
{
    const int row = m_rulesTable->currentRow();
    if (m_stream.isEmpty() || row < 0 || row >= m_rules.size())
        return;
    if (QMessageBox::question(this, tr("Remove alert rule"), tr("Remove the rule \"%1\"?").arg(m_rules.at(row).name))
        != QMessageBox::Yes)
        return;
    QList<AlertRule> rules = m_rules;
    rules.removeAt(row);
    commit(rules);
}

} // namespace urbis
