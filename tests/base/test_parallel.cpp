// parallel_for: the same result for any number of threads, and fewer
// threads, not an abort, when threads cannot be started (issue 8: -j 1000
// under a memory limit ended in "terminate called without an active
// exception").
#include "base/Parallel.h"

#include "support/FailingStart.h"

#include <catch2/catch.hpp>

#include <numeric>

using namespace heftsatz;

namespace {

using test::FailingStart;

std::vector<long> squares(unsigned threads, int allowed, int* started) {
    std::vector<long> out(1000, -1);
    parallel_for(
        out.size(), threads, [] { return 0L; },
        [&](long& calls, std::size_t i) {
            ++calls;
            out[i] = static_cast<long>(i * i);
        },
        FailingStart{started, allowed});
    return out;
}

}  // namespace

TEST_CASE("threads that cannot be started leave their items to the others", "[base][parallel]") {
    std::vector<long> expected(1000);
    for (std::size_t i = 0; i < expected.size(); ++i) expected[i] = static_cast<long>(i * i);
    for (int allowed : {0, 1, 3}) {
        INFO("threads the system grants besides the caller: " << allowed);
        int started = 0;
        CHECK(squares(16, allowed, &started) == expected);
        CHECK(started == allowed);
    }
}

TEST_CASE("a failing item is still reported when threads are missing", "[base][parallel]") {
    int started = 0;
    CHECK_THROWS_AS(parallel_for(
                        100, 8, [] { return 0; },
                        [](int, std::size_t i) {
                            if (i == 42) throw std::runtime_error("item 42");
                        },
                        FailingStart{&started, 2}),
                    std::runtime_error);
}

TEST_CASE("the number of workers is capped", "[base][parallel]") {
    CHECK(worker_count(1000, 5000) == kMaxThreads);
    CHECK(worker_count(0, 5000) <= kMaxThreads);
    CHECK(worker_count(0, 5000) >= 1);
    CHECK(worker_count(8, 3) == 3);
    CHECK(worker_count(8, 0) == 1);
}
