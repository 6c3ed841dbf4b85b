#pragma once

#include "designerpalettemodel.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QToolButton;

namespace urbis {

class DesignerDocument;
class DesignerPanelModel;

/**
 * The designer's left column: one search box over three lists — the dashboard's KPIs (with New,
 * Edit, Remove), the visualisation types, and the panels already placed. KPI and type entries are
 * dragged onto the grid; Return on a type (or Insert on a KPI) adds it at the first free cell, so
 * everything works from the keyboard too. The palette asks, the designer acts (signals).
 * GUI thread only; owns its models, not the document.
 */
class DesignerPalette : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerPalette(DesignerDocument *document, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    DesignerPaletteModel *kpiModel() const { return m_kpiModel; }
    DesignerPaletteModel *typeModel() const { return m_typeModel; }
    DesignerPanelModel *panelModel() const { return m_panelModel; }
    QListView *kpiView() const { return m_kpiView; }
    QListView *typeView() const { return m_typeView; }
    QListView *panelView() const { return m_panelView; }
    /** The KPI selected in the KPI list, or empty. */
    QString currentKpi() const;

signals:
    void newKpiRequested();
    void editKpiRequested(const QString &kpiId);
    void removeKpiRequested(const QString &kpiId);
    /** Add a panel for `item` wherever there is room. */
    void addRequested(const urbis::DesignerItem &item);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QListView *makeView(QAbstractItemModel *model, QSortFilterProxyModel *proxy, const QString &name);
    void updateButtons();
    void followSelection(const QString &panelId);

    DesignerDocument *m_document;
    QLineEdit *m_search = nullptr;
    DesignerPaletteModel *m_kpiModel = nullptr;
    DesignerPaletteModel *m_typeModel = nullptr;
    DesignerPanelModel *m_panelModel = nullptr;
    QSortFilterProxyModel *m_kpiProxy = nullptr;
    QSortFilterProxyModel *m_typeProxy = nullptr;
    QSortFilterProxyModel *m_panelProxy = nullptr;
    QListView *m_kpiView = nullptr;
    QListView *m_typeView = nullptr;
    QListView *m_panelView = nullptr;
    QToolButton *m_new = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace urbis
