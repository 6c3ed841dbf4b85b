#pragma once

#include <QWizardPage>

class QListWidget;
class QPushButton;

namespace urbis {

/**
 * First page of the import wizard: the files to import. Add… opens a file dialog filtered by the
 * supported formats (Ctrl+O), files can be dropped on the page, Remove (Del) takes them off. The
 * current file is the one the next pages preview, validate and import.
 */
class FilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FilePage(QWidget *parent = nullptr);

    /** The file dialog filter: every supported format, then per kind, then all files. */
    static QString fileFilter();

    void addFiles(const QStringList &paths);
    QStringList files() const;
    QString currentFile() const;
    void removeFile(const QString &path);
    QListWidget *list() const { return m_list; }

    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void removeSelected();
    void updateButtons();

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace urbis
