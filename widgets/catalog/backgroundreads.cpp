#include "backgroundreads.h"

namespace urbis {

BackgroundReads::BackgroundReads(QObject *parent) : QObject(parent), m_tasks(new TaskManager(this))
{
    // One at a time: the reads of one model share a GDAL handle, which must not be used concurrently.
    m_tasks->setMaxThreadCount(1);
}

void BackgroundReads::invalidate()
{
    ++m_generation;
    m_tasks->cancelAll();
}

} // namespace urbis
