#include "schemapage.h"

#include "fieldtypedelegate.h"
#include "importwizard.h"
#include "ingest/importpreview.h"
#include "metadataform.h"
#include "previewpage.h"
#include "schemafieldsmodel.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace urbis {

SchemaPage::SchemaPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Schema and metadata"));
    setSubTitle(tr("Check the detected column types, add units and constraints, and describe the dataset. "
                   "Hover a field for what the detection saw."));
    m_model = new SchemaFieldsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("schemaTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(SchemaFieldsModel::TypeColumn, new FieldTypeDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("schemaNote"));
    m_note->setWordWrap(true);
    m_form = new MetadataForm(this);

    auto *schemaBox = new QGroupBox(tr("Fields"), this);
    auto *schemaLayout = new QVBoxLayout(schemaBox);
    schemaLayout->addWidget(m_table, 1);
    schemaLayout->addWidget(m_note);
    auto *metaBox = new QGroupBox(tr("Dataset"), this);
    auto *metaLayout = new QVBoxLayout(metaBox);
    metaLayout->addWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(schemaBox, 3);
    layout->addWidget(metaBox, 0);

    connect(m_form, &MetadataForm::changed, this, &SchemaPage::completeChanged);
    connect(m_model, &SchemaFieldsModel::schemaEdited, this, [this] {
        if (auto *w = static_cast<ImportWizard *>(wizard()))
            w->previewPage()->setTypes(m_model->fieldTypes());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SchemaPage::openTypeEditors);
}

void SchemaPage::initializePage()
{
    auto *w = static_cast<ImportWizard *>(wizard());
    const ImportPreview *p = w->preview();
    if (!p || p->path == m_seededFor)
        return;
    m_seededFor = p->path;
    m_model->setInference(p->schema, p->guesses);
    const bool raster = p->raster.has_value();
    m_table->parentWidget()->setVisible(!raster);
    m_note->setText(p->schemaSampled ? tr("Types were detected from the first rows only; validation reads the whole file.")
                                     : QString());
    m_note->setVisible(!m_note->text().isEmpty());
    m_table->resizeColumnsToContents();
    for (int c : {SchemaFieldsModel::TypeColumn, SchemaFieldsModel::UnitColumn, SchemaFieldsModel::MinimumColumn,
                  SchemaFieldsModel::MaximumColumn})
        m_table->setColumnWidth(c, std::max(m_table->columnWidth(c), 110));
    m_form->titleEdit()->setText(QFileInfo(p->path).completeBaseName()); // a new file, a new title; the rest stays
}

bool SchemaPage::isComplete() const
{
    return m_form->isComplete();
}

void SchemaPage::openTypeEditors()
{
    // Combos always visible: the type is the thing most often corrected.
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_table->openPersistentEditor(m_model->index(r, SchemaFieldsModel::TypeColumn));
}

} // namespace urbis
