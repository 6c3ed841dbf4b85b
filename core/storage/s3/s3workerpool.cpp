#include "s3workerpool.h"

#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace urbis::s3 {

void S3WorkerPool::run(int count, const std::function<void()> &work)
{
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < std::max(1, count); ++i) {
        threads.emplace_back(QThread::create(work));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        thread->wait();
}

} // namespace urbis::s3
