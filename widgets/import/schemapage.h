#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace urbis {

class MetadataForm;
class SchemaFieldsModel;

/**
 * Third page: the Table Schema (type, unit, required, unique, minimum, maximum per field, with the
 * inference's confidence and examples as hints) and the dataset metadata (title required). Seeded
 * from the preview once per file, so going back and forth keeps the user's edits.
 */
class SchemaPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SchemaPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;

    SchemaFieldsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MetadataForm *metadataForm() const { return m_form; }

private:
    void openTypeEditors();

    QString m_seededFor;
    SchemaFieldsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_note = nullptr;
    MetadataForm *m_form = nullptr;
};

} // namespace urbis
