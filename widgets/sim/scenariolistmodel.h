#pragma once

#include "sim/scenariostore.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>

namespace urbis {

/**
 * The workspace's scenarios as a list: type icon, name, type and when it last ran (the newest
 * result dataset of the scenario in the catalog, or a run of this session). reload() reads the
 * scenario files and the catalog on a pool thread (its own connection) and swaps the rows in when
 * done; broken files are listed with their error so they can be deleted. GUI thread.
 */
class ScenarioListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, TypeRole, LastRunRole, ErrorRole, ResultIdsRole, SearchRole };

    struct Row
    {
        ScenarioStore::Entry entry;
        QDateTime lastRun;      ///< invalid when it never ran
        QStringList resultIds;  ///< catalog ids of its latest results
    };

    explicit ScenarioListModel(QString dataDir, QObject *parent = nullptr);

    /** Reads the list again, off the GUI thread; loaded() follows. */
    void reload();
    bool isLoading() const { return m_loading > 0; }
    /** Records a run of this session (shown until a reload finds a newer one in the catalog). */
    void noteRun(const QString &id, const QDateTime &when, const QStringList &resultIds);

    int rowOf(const QString &id) const;
    const Row &row(int i) const { return m_rows.at(i); }
    QList<Row> rows() const { return m_rows; }

    static QColor typeColor(Scenario::Type type);
    static QIcon typeIcon(Scenario::Type type, bool broken = false);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

signals:
    void loaded();

private:
    void apply(QList<Row> rows);

    QString m_dataDir;
    QList<Row> m_rows;
    QHash<QString, Row> m_session; ///< runs of this session by scenario id
    mutable QHash<int, QIcon> m_icons; ///< by type and brokenness
    int m_generation = 0;
    int m_loading = 0;
};

} // namespace urbis
