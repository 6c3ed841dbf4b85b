#pragma once

#include "task.h"

#include <functional>

namespace urbis {

/** A Task whose work is a callable; handy for one-off jobs that need progress and cancel. */
class FunctionTask : public Task
{
    Q_OBJECT
public:
    using Work = std::function<Result<void>(Feedback &)>;
    FunctionTask(QString description, Work work, QObject *parent = nullptr)
        : Task(std::move(description), parent), m_work(std::move(work))
    {
    }

protected:
    Result<void> run(Feedback &feedback) override { return m_work(feedback); }

private:
    Work m_work;
};

} // namespace urbis
