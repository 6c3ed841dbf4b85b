#include "kpitargetseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <limits>

namespace urbis {

namespace {

constexpr double kRange = 1e12;
// The lowest value of an optional spin box shows "—" and means "not set"
// (QAbstractSpinBox::specialValueText).
const QDate kNoDate(1900, 1, 1);

QDoubleSpinBox *valueBox(QWidget *parent, const QString &none = {})
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(6); // enough that a definition read from JSON is written back unchanged
    box->setRange(none.isEmpty() ? -kRange : -kRange - 1, kRange);
    box->setSpecialValueText(none);
    box->setGroupSeparatorShown(true);
    box->setMinimumWidth(110);
    return box;
}

QHBoxLayout *row(std::initializer_list<QWidget *> widgets)
{
    auto *r = new QHBoxLayout;
    for (QWidget *w : widgets)
        r->addWidget(w);
    r->addStretch(1);
    return r;
}

} // namespace

KpiTargetsEditor::KpiTargetsEditor(QWidget *parent)
    : QGroupBox(tr("Judgement"), parent), m_hasTarget(new QCheckBox(tr("Target"), this)),
      m_target(valueBox(this)), m_targetDate(new QDateEdit(this)),
      m_hasBaseline(new QCheckBox(tr("Baseline"), this)), m_baseline(valueBox(this)),
      m_baselineYear(new QSpinBox(this)), m_direction(new QComboBox(this)),
      m_hasThresholds(new QCheckBox(tr("Traffic light"), this)),
      m_warnAt(valueBox(this, QStringLiteral("—"))), m_badAt(valueBox(this, QStringLiteral("—"))),
      m_frequency(new QComboBox(this)), m_divisionByZero(new QComboBox(this))
{
    m_targetDate->setMinimumDate(kNoDate);
    m_targetDate->setSpecialValueText(tr("no date"));
    m_targetDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_targetDate->setCalendarPopup(true);
    m_targetDate->setToolTip(tr("When the target should be reached"));
    m_baselineYear->setRange(0, 2200);
    m_baselineYear->setSpecialValueText(tr("no year"));
    m_baselineYear->setToolTip(tr("The year the baseline value describes"));
    m_direction->addItem(tr("Lower is better"), static_cast<int>(KpiDefinition::Direction::LowerIsBetter));
    m_direction->addItem(tr("Higher is better"), static_cast<int>(KpiDefinition::Direction::HigherIsBetter));
    m_warnAt->setToolTip(
        tr("First band limit (lower is better: good up to here; higher is better: warning from here)"));
    m_badAt->setToolTip(
        tr("Second band limit (lower is better: warning up to here; higher is better: good from here)"));
    m_frequency->setEditable(true);
    m_frequency->addItem(QString());
    for (const char *f : {"hourly", "daily", "weekly", "monthly", "quarterly", "yearly"})
        m_frequency->addItem(QString::fromLatin1(f));
    m_frequency->lineEdit()->setPlaceholderText(tr("how often it is recalculated"));
    m_divisionByZero->addItem(tr("No value for that period"),
                              static_cast<int>(KpiDefinition::DivisionByZero::Null));
    m_divisionByZero->addItem(tr("Fail the evaluation"),
                              static_cast<int>(KpiDefinition::DivisionByZero::Error));

    auto *form = new QFormLayout(this);
    form->addRow(m_hasTarget, row({m_target, new QLabel(tr("by"), this), m_targetDate}));
    form->addRow(m_hasBaseline, row({m_baseline, new QLabel(tr("in"), this), m_baselineYear}));
    form->addRow(tr("Direction:"), m_direction);
    form->addRow(m_hasThresholds, row({m_warnAt, new QLabel(tr("and"), this), m_badAt}));
    form->addRow(tr("Frequency:"), m_frequency);
    form->addRow(tr("Division by zero:"), m_divisionByZero);

    for (QCheckBox *box : {m_hasTarget, m_hasBaseline, m_hasThresholds})
        connect(box, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            emit changed();
        });
    for (QDoubleSpinBox *box : {m_target, m_baseline, m_warnAt, m_badAt})
        connect(box, &QDoubleSpinBox::valueChanged, this, &KpiTargetsEditor::changed);
    connect(m_targetDate, &QDateEdit::dateChanged, this, &KpiTargetsEditor::changed);
    connect(m_baselineYear, &QSpinBox::valueChanged, this, &KpiTargetsEditor::changed);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &KpiTargetsEditor::changed);
    connect(m_divisionByZero, &QComboBox::currentIndexChanged, this, &KpiTargetsEditor::changed);
    connect(m_frequency, &QComboBox::currentTextChanged, this, &KpiTargetsEditor::changed);
    updateEnabled();
}

void KpiTargetsEditor::setFrom(const KpiDefinition &kpi)
{
    const QSignalBlocker b(this); // one changed() from the owner's setDefinition is enough
    m_hasTarget->setChecked(kpi.target.has_value());
    m_target->setValue(kpi.target.value_or(0));
    m_targetDate->setDate(kpi.targetDate.isValid() ? kpi.targetDate : kNoDate);
    m_hasBaseline->setChecked(kpi.baseline.has_value());
    m_baseline->setValue(kpi.baseline.value_or(0));
    m_baselineYear->setValue(kpi.baselineYear);
    m_direction->setCurrentIndex(m_direction->findData(static_cast<int>(kpi.direction)));
    m_hasThresholds->setChecked(!kpi.thresholds.isEmpty());
    m_warnAt->setValue(kpi.thresholds.size() > 0 ? kpi.thresholds.at(0) : m_warnAt->minimum());
    m_badAt->setValue(kpi.thresholds.size() > 1 ? kpi.thresholds.at(1) : m_badAt->minimum());
    m_frequency->setCurrentText(kpi.frequency);
    m_divisionByZero->setCurrentIndex(m_divisionByZero->findData(static_cast<int>(kpi.divisionByZero)));
    updateEnabled();
}

void KpiTargetsEditor::applyTo(KpiDefinition &kpi) const
{
    kpi.target = m_hasTarget->isChecked() ? std::optional<double>(m_target->value()) : std::nullopt;
    kpi.targetDate = m_targetDate->date() == kNoDate ? QDate() : m_targetDate->date();
    kpi.baseline = m_hasBaseline->isChecked() ? std::optional<double>(m_baseline->value()) : std::nullopt;
    kpi.baselineYear = m_baselineYear->value();
    kpi.direction = static_cast<KpiDefinition::Direction>(m_direction->currentData().toInt());
    kpi.thresholds.clear();
    if (m_hasThresholds->isChecked()) {
        for (const QDoubleSpinBox *box : {m_warnAt, m_badAt})
            if (box->value() > box->minimum())
                kpi.thresholds << box->value();
    }
    kpi.frequency = m_frequency->currentText().trimmed();
    kpi.divisionByZero = static_cast<KpiDefinition::DivisionByZero>(m_divisionByZero->currentData().toInt());
}

void KpiTargetsEditor::setReadOnly(bool readOnly)
{
    for (QWidget *w : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        w->setEnabled(!readOnly);
    if (!readOnly)
        updateEnabled();
}

void KpiTargetsEditor::updateEnabled()
{
    m_target->setEnabled(m_hasTarget->isChecked());
    m_baseline->setEnabled(m_hasBaseline->isChecked());
    m_warnAt->setEnabled(m_hasThresholds->isChecked());
    m_badAt->setEnabled(m_hasThresholds->isChecked());
}

} // namespace urbis
