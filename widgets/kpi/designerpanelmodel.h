#pragma once

#include <QAbstractListModel>

namespace urbis {

class Dashboard;
class DesignerDocument;
struct DashboardPanel;

/**
 * The panels of the dashboard being designed, top to bottom and left to right (reading order),
 * for the designer's searchable panel list; follows the document. GUI thread only.
 */
class DesignerPanelModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit DesignerPanelModel(DesignerDocument *document, QObject *parent = nullptr);

    QString idAt(int row) const { return m_ids.value(row); }
    int rowOf(const QString &id) const { return int(m_ids.indexOf(id)); }
    /** The text a panel is listed and drawn with: its title, else its first KPI's name, else its type. */
    static QString displayTitle(const Dashboard &dashboard, const DashboardPanel &panel);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    DesignerDocument *m_document;
    QStringList m_ids;
    QStringList m_labels;
};

} // namespace urbis
