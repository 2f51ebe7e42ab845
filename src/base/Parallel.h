// Runs independent work items on a few threads. Each worker makes its own
// state once (caches that are not thread-safe), takes items in turn, and
// writes results to the item's own slot, so the result never depends on the
// number of threads or their timing. The first exception is rethrown here.
//
// A thread that cannot be started (std::system_error: a memory or process
// limit) is not an error: the workers already running, at least the calling
// thread, take its items. Fewer threads give the same result, later.
#pragma once

#include "base/CaughtSignals.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <new>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace heftsatz {

// The most threads -j accepts and the default (one per core) is capped at:
// beyond it, per-worker caches cost memory and no machine we build on has
// more cores.
constexpr unsigned kMaxThreads = 256;

// 0 means one thread per core.
inline unsigned worker_count(unsigned requested, std::size_t items) {
    unsigned n = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
    n = std::min(n, kMaxThreads);
    return static_cast<unsigned>(std::clamp<std::size_t>(n, 1, std::max<std::size_t>(items, 1)));
}

// How parallel_for starts a thread; tests pass one that fails. Workers never
// take the signals the main thread catches (base/CaughtSignals).
struct StartThread {
    template <class Function>
    std::thread operator()(Function&& f) const {
        return start_without_signals([&] { return std::thread(std::forward<Function>(f)); });
    }
};

template <class MakeState, class Work, class Start = StartThread>
void parallel_for(std::size_t count, unsigned threads, MakeState make_state, Work work, Start start = {}) {
    threads = worker_count(threads, count);
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> failures(threads);
    auto run = [&](unsigned w) {
        try {
            auto state = make_state();
            for (std::size_t i = next++; i < count; i = next++) work(state, i);
        } catch (...) {
            failures[w] = std::current_exception();
            next = count;  // the other workers stop after their current item
        }
    };
    std::vector<std::thread> pool;
    try {
        pool.reserve(threads - 1);
        for (unsigned w = 1; w < threads; ++w) pool.push_back(start([&run, w] { run(w); }));
    } catch (const std::system_error&) {
        // Run with the threads there are (a joinable thread left unjoined
        // would end the process in std::terminate).
    } catch (const std::bad_alloc&) {
    }
    run(0);
    for (auto& t : pool) t.join();
    for (auto& f : failures)
        if (f) std::rethrow_exception(f);
}

}  // namespace heftsatz
