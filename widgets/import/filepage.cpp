#include "filepage.h"

#include "ingest/sourceopener.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace urbis {

namespace {

QString kindName(SourceKind k)
{
    switch (k) {
    case SourceKind::Table: return FilePage::tr("table");
    case SourceKind::Vector: return FilePage::tr("vector layer");
    case SourceKind::Raster: return FilePage::tr("raster");
    case SourceKind::Unknown: break;
    }
    return FilePage::tr("unknown format");
}

} // namespace

FilePage::FilePage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Files to import"));
    setSubTitle(tr("Add tables (CSV, JSON, XML), vector layers (GeoJSON, Shapefile, GeoPackage, KML, GML) "
                   "or rasters (GeoTIFF, PNG, JPEG). You can also drop files here or on the main window."));
    setAcceptDrops(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("fileList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_add = new QPushButton(tr("&Add files…"), this);
    m_add->setObjectName(QStringLiteral("addFilesButton"));
    m_add->setToolTip(tr("Choose files to import (%1)").arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeFilesButton"));
    m_remove->setToolTip(tr("Take the selected files off the list (Del)"));
    auto *hint = new QLabel(tr("The selected file is previewed and imported next; the others stay in the list."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *open = new QAction(this);
    open->setShortcut(QKeySequence::Open);
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(open);
    connect(open, &QAction::triggered, this, &FilePage::browse);
    auto *del = new QAction(m_list);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(del);
    connect(del, &QAction::triggered, this, &FilePage::removeSelected);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(hint);

    connect(m_add, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_remove, &QPushButton::clicked, this, &FilePage::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &FilePage::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &FilePage::completeChanged);
    updateButtons();
}

QString FilePage::fileFilter()
{
    const QString tables = QStringLiteral("*.csv *.tsv *.txt *.tab *.json *.ndjson *.jsonl *.xml");
    const QString vectors = QStringLiteral("*.geojson *.geojsonl *.shp *.zip *.gpkg *.kml *.kmz *.gml *.fgb *.gpx");
    const QString rasters = QStringLiteral("*.tif *.tiff *.png *.jpg *.jpeg *.jp2 *.asc *.vrt");
    return QStringList{tr("Supported files (%1)").arg(tables + QLatin1Char(' ') + vectors + QLatin1Char(' ') + rasters),
                       tr("Tables (%1)").arg(tables), tr("Vector layers (%1)").arg(vectors),
                       tr("Rasters and photos (%1)").arg(rasters), tr("All files (*)")}
        .join(QStringLiteral(";;"));
}

void FilePage::addFiles(const QStringList &paths)
{
    const QStringList known = files();
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (!info.isFile() || known.contains(info.absoluteFilePath()))
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1  —  %2, %3")
                                             .arg(info.fileName(), kindName(SourceOpener::kindOf(p)),
                                                  QLocale().formattedDataSize(info.size())),
                                         m_list);
        item->setData(Qt::UserRole, info.absoluteFilePath());
        item->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
    emit completeChanged();
}

QStringList FilePage::files() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

QString FilePage::currentFile() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void FilePage::removeFile(const QString &path)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == path) {
            delete m_list->takeItem(i);
            break;
        }
    }
    updateButtons();
    emit completeChanged();
}

bool FilePage::isComplete() const
{
    return !currentFile().isEmpty();
}

void FilePage::browse()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import files"), QString(), fileFilter());
    addFiles(paths);
}

void FilePage::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
    emit completeChanged();
}

void FilePage::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

void FilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void FilePage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    addFiles(paths);
    event->acceptProposedAction();
}

} // namespace urbis
