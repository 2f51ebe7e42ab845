// A thread starter for parallel_for and WorkAhead (base/Parallel.h) that
// starts `allowed` threads, then fails as std::thread does when the system
// has no more (EAGAIN).
#pragma once

#include <cerrno>
#include <system_error>
#include <thread>
#include <utility>

namespace heftsatz::test {

struct FailingStart {
    int* started;
    int allowed;
    template <class Function>
    std::thread operator()(Function&& f) const {
        if (*started >= allowed) throw std::system_error(EAGAIN, std::generic_category(), "thread");
        ++*started;
        return std::thread(std::forward<Function>(f));
    }
};

}  // namespace heftsatz::test
