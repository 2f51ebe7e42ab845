// WorkAhead: the layout's articles measured on background threads ahead of
// the planner. Every item is done once, whatever the threads; no worker goes
// further than `ahead` past the furthest item asked for; a worker's failure
// reaches the asking thread; with no thread started, the asking thread does
// the work itself.
#include "base/WorkAhead.h"

#include "support/FailingStart.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace heftsatz;

namespace {

using test::FailingStart;

// Items 0..n-1, asked for in reverse; each result is its square, each item
// counted as it is done.
std::vector<long> squares(unsigned threads, int allowed, std::vector<std::atomic<int>>& done_count) {
    const std::size_t n = done_count.size();
    std::vector<long> out(n, -1);
    std::vector<std::size_t> order(n);
    for (std::size_t k = 0; k < n; ++k) order[k] = n - 1 - k;
    int started = 0;
    WorkAhead<long, FailingStart> ahead(
        order, 5, threads, [] { return 0L; },
        [&](long& calls, std::size_t i) {
            ++calls;
            ++done_count[i];
            out[i] = static_cast<long>(i * i);
        },
        FailingStart{&started, allowed});
    std::vector<long> seen(n, -1);
    for (std::size_t item : order) {
        ahead.wait_for(item);
        seen[item] = out[item];
    }
    return seen;
}

}  // namespace

TEST_CASE("work ahead: each item once, the same results for any number of threads", "[base][parallel]") {
    for (auto [threads, allowed] : {std::pair{1u, 8}, std::pair{2u, 8}, std::pair{4u, 8}, std::pair{4u, 1}, std::pair{3u, 0}}) {
        INFO(threads << " threads, " << allowed << " may start");
        std::vector<std::atomic<int>> done(300);
        const std::vector<long> seen = squares(threads, allowed, done);
        for (std::size_t i = 0; i < done.size(); ++i) {
            CHECK(done[i] == 1);
            CHECK(seen[i] == static_cast<long>(i * i));
        }
    }
}

TEST_CASE("work ahead: no worker goes further than asked plus ahead", "[base][parallel]") {
    std::atomic<std::size_t> furthest_started{0};
    std::atomic<int> taken{0};
    std::vector<std::size_t> order(50);
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    WorkAhead<int> ahead(
        order, 3, 2, [] { return 0; },
        [&](int&, std::size_t i) {
            ++taken;
            std::size_t seen = furthest_started.load();
            while (i > seen && !furthest_started.compare_exchange_weak(seen, i)) {
            }
        });
    ahead.wait_for(0);
    // Give the workers time to run past the limit if they would.
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(furthest_started.load() <= 3);
    CHECK(taken.load() <= 4);
    ahead.wait_for(10);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(furthest_started.load() >= 10);
    CHECK(furthest_started.load() <= 13);
}

TEST_CASE("work ahead: a worker's exception reaches the asking thread", "[base][parallel]") {
    for (int allowed : {8, 0}) {
        int started = 0;
        std::vector<std::size_t> order{0, 1, 2, 3, 4, 5};
        WorkAhead<int, FailingStart> ahead(
            order, 2, 2, [] { return 0; },
            [](int&, std::size_t i) {
                if (i == 3) throw std::runtime_error("item 3 failed");
            },
            FailingStart{&started, allowed});
        ahead.wait_for(0);
        CHECK_THROWS_WITH(
            [&] {
                for (std::size_t i : order) ahead.wait_for(i);
            }(),
            "item 3 failed");
    }
}

TEST_CASE("work ahead: the asking thread looks again after making its state", "[base][parallel]") {
    // The asking thread makes its state with the lock released; a worker
    // takes every item meanwhile. Taking one more then read past the order's
    // end (CI's sanitizer build caught it on the layout's planner).
    const std::thread::id asking = std::this_thread::get_id();
    std::vector<std::size_t> order{0, 1, 2};
    std::vector<std::atomic<int>> done(order.size());
    std::atomic<int> out_of_range{0};
    std::atomic<int> finished{0};
    WorkAhead<int> ahead(
        order, order.size(), 2,
        [&] {
            // The asking thread waits (bounded) until the worker did all.
            if (std::this_thread::get_id() == asking)
                for (int k = 0; k < 400 && finished.load() < static_cast<int>(order.size()); ++k)
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
            return 0;
        },
        [&](int&, std::size_t i) {
            if (i >= done.size()) {
                ++out_of_range;
                return;
            }
            ++done[i];
            ++finished;
        });
    ahead.wait_for(2);
    ahead.stop();
    CHECK(out_of_range.load() == 0);
    for (std::size_t i = 0; i < done.size(); ++i) CHECK(done[i] == 1);
}
