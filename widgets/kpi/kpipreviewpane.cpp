#include "kpipreviewpane.h"

#include "kpi/kpievaluationtask.h"
#include "kpipreviewmodel.h"
#include "kpipreviewsparkline.h"
#include "util/taskmanager.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace urbis {

namespace {
constexpr int kDebounceMs = 400;
}

KpiPreviewPane::KpiPreviewPane(QString dataDir, TaskManager *tasks, std::shared_ptr<KpiCache> cache,
                               QWidget *parent)
    : QWidget(parent), m_dataDir(std::move(dataDir)), m_tasks(tasks), m_cache(std::move(cache)),
      m_debounce(new QTimer(this)), m_model(new KpiPreviewModel(this)),
      m_sparkline(new KpiPreviewSparkline(this)), m_table(new QTableView(this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this)), m_refresh(new QToolButton(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &KpiPreviewPane::start);

    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Preview values"));

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_status->fontMetrics().height() / 2 + 4);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the preview evaluation"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QToolButton::clicked, this, &KpiPreviewPane::cancel);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Evaluate the KPI again (F5)"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refresh, &QToolButton::clicked, this, &KpiPreviewPane::refreshNow);

    auto *title = new QLabel(tr("<b>Live preview</b>"), this);
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(m_refresh);
    head->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_sparkline);
    layout->addWidget(m_table, 1);
    setStatus(tr("The preview appears when the definition is complete."));
}

KpiPreviewPane::~KpiPreviewPane()
{
    // The TaskManager owns the task and may outlive us; stop the work nobody will look at.
    if (m_task)
        m_task->cancel();
}

void KpiPreviewPane::setDefinition(const KpiDefinition &kpi)
{
    if (m_haveKpi && kpi == m_kpi && m_shownCurrent)
        return;
    m_kpi = kpi;
    m_haveKpi = true;
    m_shownCurrent = false;
    m_debounce->start();
}

void KpiPreviewPane::setBlocked(const QString &reason)
{
    m_debounce->stop();
    cancel();
    m_haveKpi = false;
    m_shownCurrent = false;
    setStatus(reason);
}

void KpiPreviewPane::refreshNow()
{
    if (!m_haveKpi)
        return;
    m_debounce->stop();
    start();
}

void KpiPreviewPane::cancel()
{
    if (!m_task)
        return;
    m_task->cancel();
    m_task = nullptr; // its finished() is now ignored
    m_progress->hide();
    m_cancel->setEnabled(false);
    setStatus(tr("Preview cancelled."));
}

void KpiPreviewPane::start()
{
    if (!m_haveKpi || !m_tasks)
        return;
    if (m_task) { // a newer definition replaces the run in progress
        m_task->cancel();
        m_task = nullptr;
    }
    auto *task = new KpiEvaluationTask(m_dataDir, {m_kpi}, KpiFilter{}, m_cache);
    m_task = task;
    m_shownCurrent = true;
    connect(task->feedback(), &Feedback::progressChanged, m_progress,
            [this](double p) { m_progress->setValue(int(p)); });
    connect(task, &Task::finished, this, [this, task](bool ok) { onFinished(task, ok); });
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    setStatus(tr("Evaluating…"));
    m_tasks->submit(task);
}

void KpiPreviewPane::onFinished(KpiEvaluationTask *task, bool ok)
{
    if (task != m_task) // cancelled or superseded: a newer run (or none) owns the display
        return;
    m_task = nullptr;
    m_progress->hide();
    m_cancel->setEnabled(false);
    const QMap<QString, QString> errors = task->errors();
    const QList<KpiResult> results = task->results();
    QString message;
    if (!ok)
        message = task->error().message;
    else if (errors.contains(m_kpi.id))
        message = errors.value(m_kpi.id);
    else if (!errors.isEmpty())
        message = errors.first();
    if (!message.isEmpty() || results.isEmpty()) {
        m_model->clear();
        m_sparkline->setValues({});
        if (message.isEmpty())
            message = tr("The evaluation gave no result.");
        setStatus(message, true);
        emit evaluated(false, message);
        return;
    }
    const KpiResult &result = results.constFirst();
    m_model->setResult(result);
    // The sparkline follows one series: the first dimension tuple's values in period order.
    QList<std::optional<double>> series;
    const QMap<QString, QString> firstDims =
        result.values.isEmpty() ? QMap<QString, QString>() : result.values.first().dims;
    for (const KpiValue &v : result.values)
        if (v.dims == firstDims && series.size() < KpiPreviewModel::kDefaultLimit)
            series << v.value;
    m_sparkline->setValues(series);
    const int total = int(result.values.size());
    message = total == 0 ? tr("No values: the sources have no facts for this formula.")
              : total > m_model->rowCount()
                  ? tr("First %1 of %n value(s), %2 ms.", nullptr, total)
                        .arg(m_model->rowCount())
                        .arg(task->elapsedMs())
                  : tr("%n value(s), %1 ms.", nullptr, total).arg(task->elapsedMs());
    setStatus(message);
    emit evaluated(true, message);
}

QString KpiPreviewPane::statusText() const
{
    return m_status->text();
}

void KpiPreviewPane::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(pal);
}

} // namespace urbis
