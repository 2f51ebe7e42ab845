// Runs independent work items on a few threads. Each worker makes its own
// state once (caches that are not thread-safe), takes items in turn, and
// writes results to the item's own slot, so the result never depends on the
// number of threads or their timing. The first exception is rethrown here.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace heftsatz {

// 0 means one thread per core.
inline unsigned worker_count(unsigned requested, std::size_t items) {
    unsigned n = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::clamp<std::size_t>(n, 1, std::max<std::size_t>(items, 1)));
}

template <class MakeState, class Work>
void parallel_for(std::size_t count, unsigned threads, MakeState make_state, Work work) {
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
    for (unsigned w = 1; w < threads; ++w) pool.emplace_back(run, w);
    run(0);
    for (auto& t : pool) t.join();
    for (auto& f : failures)
        if (f) std::rethrow_exception(f);
}

}  // namespace heftsatz
