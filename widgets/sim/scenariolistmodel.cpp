#include "scenariolistmodel.h"

#include "catalog/datasetrecord.h" // scenarioresults.h uses it without including it
#include "sim/scenarioresults.h"
#include "workspace/workspace.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtConcurrent/QtConcurrentRun>

namespace urbis {

namespace {

QList<ScenarioListModel::Row> readRows(const QString &dataDir)
{
    QList<ScenarioListModel::Row> rows;
    Result<QList<ScenarioStore::Entry>> entries = ScenarioStore(dataDir).list();
    if (!entries)
        return rows;
    for (const ScenarioStore::Entry &e : *entries)
        rows << ScenarioListModel::Row{e, {}, {}};
    if (rows.isEmpty())
        return rows;
    // Last runs come from the catalog; without one the list still shows the scenarios.
    Result<Workspace> ws = Workspace::open(dataDir);
    if (!ws)
        return rows;
    for (ScenarioListModel::Row &row : rows) {
        Result<QList<DatasetRecord>> results = ScenarioResults::of(ws->catalog(), row.entry.id);
        if (!results)
            continue;
        for (const DatasetRecord &r : *results) {
            row.resultIds << r.id;
            const QDateTime when = r.modified.isValid() ? r.modified : r.created;
            if (when.isValid() && (!row.lastRun.isValid() || when > row.lastRun))
                row.lastRun = when;
        }
    }
    return rows;
}

} // namespace

ScenarioListModel::ScenarioListModel(QString dataDir, QObject *parent)
    : QAbstractListModel(parent), m_dataDir(std::move(dataDir))
{
}

void ScenarioListModel::reload()
{
    const int generation = ++m_generation;
    ++m_loading;
    auto *watcher = new QFutureWatcher<QList<Row>>(this);
    connect(watcher, &QFutureWatcher<QList<Row>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_loading;
        if (generation != m_generation)
            return; // a newer reload is on its way
        apply(watcher->result());
        emit loaded();
    });
    watcher->setFuture(QtConcurrent::run([dir = m_dataDir] { return readRows(dir); }));
}

void ScenarioListModel::apply(QList<Row> rows)
{
    for (Row &r : rows) {
        const auto it = m_session.constFind(r.entry.id);
        if (it == m_session.cend())
            continue;
        // A deterministic re-run leaves the catalog unchanged, so this session's time is newer.
        if (!r.lastRun.isValid() || it->lastRun > r.lastRun)
            r.lastRun = it->lastRun;
        if (!it->resultIds.isEmpty())
            r.resultIds = it->resultIds;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ScenarioListModel::noteRun(const QString &id, const QDateTime &when, const QStringList &resultIds)
{
    m_session.insert(id, Row{{id, id, Scenario::Type::Wildfire, {}}, when, resultIds});
    const int r = rowOf(id);
    if (r < 0)
        return;
    m_rows[r].lastRun = when;
    if (!resultIds.isEmpty())
        m_rows[r].resultIds = resultIds;
    emit dataChanged(index(r), index(r));
}

int ScenarioListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).entry.id == id)
            return i;
    return -1;
}

QColor ScenarioListModel::typeColor(Scenario::Type type)
{
    return type == Scenario::Type::Flood ? QColor(33, 113, 181) : QColor(217, 72, 1);
}

QIcon ScenarioListModel::typeIcon(Scenario::Type type, bool broken)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(broken ? QColor(150, 150, 150) : typeColor(type));
    QPainterPath shape;
    if (type == Scenario::Type::Flood) { // a drop
        shape.moveTo(16, 3);
        shape.cubicTo(16, 3, 5, 16, 5, 21);
        shape.arcTo(QRectF(5, 10, 22, 22), 180, 180);
        shape.cubicTo(27, 16, 16, 3, 16, 3);
    } else { // a flame
        shape.moveTo(16, 2);
        shape.cubicTo(24, 10, 28, 16, 26, 23);
        shape.cubicTo(24, 30, 8, 30, 6, 23);
        shape.cubicTo(5, 17, 10, 13, 12, 8);
        shape.cubicTo(14, 12, 15, 14, 17, 15);
        shape.cubicTo(18, 10, 17, 6, 16, 2);
    }
    p.drawPath(shape);
    if (broken) {
        p.setPen(QPen(Qt::white, 3));
        p.drawLine(QPointF(16, 12), QPointF(16, 20));
        p.drawPoint(QPointF(16, 25));
    }
    p.end();
    return QIcon(pm);
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const QString type = r.entry.type == Scenario::Type::Flood ? tr("Flood") : tr("Wildfire");
    const QString lastRun = r.lastRun.isValid()
                                ? tr("last run %1").arg(QLocale().toString(r.lastRun.toLocalTime(), QLocale::ShortFormat))
                                : tr("never run");
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1\n%2 · %3").arg(r.entry.name, r.entry.error.isEmpty() ? type : tr("cannot be read"), lastRun);
    case Qt::DecorationRole: {
        // Views ask on every repaint: paint each icon once.
        const int key = int(r.entry.type) * 2 + int(!r.entry.error.isEmpty());
        auto it = m_icons.constFind(key);
        if (it == m_icons.cend())
            it = m_icons.insert(key, typeIcon(r.entry.type, !r.entry.error.isEmpty()));
        return *it;
    }
    case Qt::ToolTipRole:
        return r.entry.error.isEmpty() ? tr("%1 (%2)").arg(r.entry.name, r.entry.id) : r.entry.error;
    case IdRole:
        return r.entry.id;
    case TypeRole:
        return int(r.entry.type);
    case LastRunRole:
        return r.lastRun;
    case ErrorRole:
        return r.entry.error;
    case ResultIdsRole:
        return r.resultIds;
    case SearchRole:
        return QStringList{r.entry.name, r.entry.id, type}.join(QLatin1Char(' '));
    default:
        return {};
    }
}

} // namespace urbis
