#pragma once

#include "kpi/dashboard.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace urbis {

class DesignerDocument;

/**
 * The dashboard-wide part of the designer's property panel: title, description, city and the
 * common filters every panel gets (cities, date range, grain override, domain). Each field changes
 * only its own property through DesignerDocument::apply. GUI thread only; does not own the document.
 */
class DesignerDashboardProperties : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerDashboardProperties(DesignerDocument *document, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }

private:
    void load();
    void edit(const QString &what, const std::function<void(Dashboard &)> &change, bool merge = false);

    DesignerDocument *m_document;
    bool m_loading = false;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_cities = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grain = nullptr;
    QComboBox *m_domain = nullptr;
};

} // namespace urbis
