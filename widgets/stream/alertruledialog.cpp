#include "alertruledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace urbis {

namespace {
QDoubleSpinBox *numberBox(const char *name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(-1e9, 1e9);
    box->setDecimals(3);
    return box;
}
} // namespace

AlertRuleDialog::AlertRuleDialog(const FieldMapping &mapping, const QStringList &stations, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_kind(new QComboBox(this)), m_measure(new QComboBox(this)),
      m_station(new QComboBox(this)), m_threshold(numberBox("ruleThreshold", this)),
      m_hysteresis(numberBox("ruleHysteresis", this)), m_noData(new QSpinBox(this)), m_severity(new QComboBox(this)),
      m_enabled(new QCheckBox(tr("&Enabled"), this)), m_describe(new QLabel(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("AlertRuleDialog"));
    setWindowTitle(tr("Add alert rule"));
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setPlaceholderText(tr("e.g. PM10 above the EU daily limit"));
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    m_kind->addItem(tr("Value above the threshold"), int(AlertRule::Kind::Above));
    m_kind->addItem(tr("Value below the threshold"), int(AlertRule::Kind::Below));
    m_kind->addItem(tr("Change per minute above the threshold"), int(AlertRule::Kind::RateOfChange));
    m_kind->addItem(tr("No data for some time"), int(AlertRule::Kind::NoData));
    m_kind->addItem(tr("Outside the dataset's constraints"), int(AlertRule::Kind::OutsideConstraints));
    m_measure->setObjectName(QStringLiteral("ruleMeasure"));
    m_measure->setEditable(true); // before the first record the mapping may not be known
    for (const FieldMapping::Measure &m : mapping.measures)
        m_measure->addItem(m.key);
    m_station->setObjectName(QStringLiteral("ruleStation"));
    m_station->setEditable(true);
    m_station->addItem(tr("(every station)"), QString());
    for (const QString &s : stations)
        if (!s.isEmpty())
            m_station->addItem(s, s);
    m_hysteresis->setMinimum(0);
    m_hysteresis->setToolTip(tr("A raised alert clears only this far back past the threshold, so a value "
                                "hovering at the threshold does not flap"));
    m_noData->setObjectName(QStringLiteral("ruleNoData"));
    m_noData->setRange(1, 7 * 86'400);
    m_noData->setValue(AlertRule().noDataSecs);
    m_noData->setSuffix(tr(" s"));
    m_severity->setObjectName(QStringLiteral("ruleSeverity"));
    m_severity->addItem(tr("Info"), int(AlertRule::Severity::Info));
    m_severity->addItem(tr("Warning"), int(AlertRule::Severity::Warning));
    m_severity->addItem(tr("Critical"), int(AlertRule::Severity::Critical));
    m_severity->setCurrentIndex(1);
    m_enabled->setObjectName(QStringLiteral("ruleEnabled"));
    m_enabled->setChecked(true);
    m_describe->setObjectName(QStringLiteral("ruleDescription"));
    m_problem->setObjectName(QStringLiteral("validationMessage"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Measure:"), m_measure);
    form->addRow(tr("S&tation:"), m_station);
    form->addRow(tr("&Threshold:"), m_threshold);
    form->addRow(tr("&Hysteresis:"), m_hysteresis);
    form->addRow(tr("No &data for:"), m_noData);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_describe);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &AlertRuleDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertRuleDialog::validate);
    connect(m_measure, &QComboBox::currentTextChanged, this, &AlertRuleDialog::validate);
    connect(m_station, &QComboBox::currentTextChanged, this, &AlertRuleDialog::validate);
    for (QDoubleSpinBox *box : {m_threshold, m_hysteresis})
        connect(box, &QDoubleSpinBox::valueChanged, this, &AlertRuleDialog::validate);
    connect(m_noData, &QSpinBox::valueChanged, this, &AlertRuleDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
    validate();
}

void AlertRuleDialog::setRule(const AlertRule &rule)
{
    setWindowTitle(tr("Edit alert rule \"%1\"").arg(rule.name));
    m_id = rule.id;
    m_name->setText(rule.name);
    m_kind->setCurrentIndex(m_kind->findData(int(rule.kind)));
    m_measure->setCurrentText(rule.measure);
    const int station = m_station->findData(rule.entity);
    if (station >= 0)
        m_station->setCurrentIndex(station);
    else
        m_station->setCurrentText(rule.entity);
    m_threshold->setValue(rule.threshold);
    m_hysteresis->setValue(rule.hysteresis);
    m_noData->setValue(rule.noDataSecs);
    m_severity->setCurrentIndex(m_severity->findData(int(rule.severity)));
    m_enabled->setChecked(rule.enabled);
    validate();
}

AlertRule AlertRuleDialog::rule() const
{
    AlertRule r;
    r.id = m_id;
    r.name = m_name->text().trimmed();
    r.kind = AlertRule::Kind(m_kind->currentData().toInt());
    r.measure = r.kind == AlertRule::Kind::NoData ? QString() : m_measure->currentText().trimmed();
    // The "every station" item carries an empty key; a typed name is taken as it is.
    const int station = m_station->findText(m_station->currentText());
    r.entity = station >= 0 ? m_station->itemData(station).toString() : m_station->currentText().trimmed();
    r.threshold = m_threshold->value();
    r.hysteresis = m_hysteresis->value();
    r.noDataSecs = m_noData->value();
    r.severity = AlertRule::Severity(m_severity->currentData().toInt());
    r.enabled = m_enabled->isChecked();
    return r;
}

QString AlertRuleDialog::validationMessage() const
{
    return m_problem->text();
}

QPushButton *AlertRuleDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AlertRuleDialog::validate()
{
    const auto kind = AlertRule::Kind(m_kind->currentData().toInt());
    const bool valued = kind == AlertRule::Kind::Above || kind == AlertRule::Kind::Below
                        || kind == AlertRule::Kind::RateOfChange;
    m_measure->setEnabled(kind != AlertRule::Kind::NoData);
    m_threshold->setEnabled(valued);
    m_hysteresis->setEnabled(valued);
    m_noData->setEnabled(kind == AlertRule::Kind::NoData);
    const AlertRule r = rule();
    const Result<void> ok = r.check();
    m_problem->setText(ok ? QString() : ok.error().message);
    m_problem->setVisible(!ok);
    m_describe->setText(ok ? r.describe() : QString());
    okButton()->setEnabled(bool(ok));
}

} // namespace urbis
