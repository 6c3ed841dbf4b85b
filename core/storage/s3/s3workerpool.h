#pragma once

#include <functional>

namespace urbis::s3 {

/**
 * Runs `work` on `count` threads of their own and waits for all of them. Each thread builds its
 * own S3Client (a QNetworkAccessManager belongs to one thread) and pulls parts from shared
 * state until none is left; that is how uploads and downloads get their parallel requests while
 * the code of one request stays a plain blocking call.
 */
class S3WorkerPool
{
public:
    static void run(int count, const std::function<void()> &work);
};

} // namespace urbis::s3
