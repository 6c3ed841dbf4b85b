#pragma once

#include <QDialog>

class QLabel;

namespace urbis {

/**
 * Help > About: the app version and the versions of the libraries it runs on (Qt, GDAL, SQLite,
 * from urbis::libraryVersions()), so a bug report can quote them. GUI thread; owned by its parent.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /** The dialog's text as plain text (for tests and "copy to clipboard"). */
    QString text() const;
    static QString appVersion();

private:
    QLabel *m_text = nullptr;
    QString m_plain;
};

} // namespace urbis
