// Work items done in a given order on background threads, ahead of a
// consumer that asks for them one by one: the layout measures an issue's
// articles while its planner places the ones measured before.
//
// Why not parallel_for window by window: each window ended with one thread
// waiting for the other's last article, and the planner's own work between
// windows left a core idle (on the corpus issue, -j 2 set the articles only
// 1.3 times as fast as -j 1). Here the workers keep going while the planner
// places pages, and stop `ahead` items past the furthest one asked for, so
// a long issue is still never held measured whole.
//
// Each worker makes its own state once and writes results to the item's own
// slot, so the result never depends on the number of threads or their
// timing (as with parallel_for). The asking thread counts as one of the
// threads and takes items while it waits, so -j 1 starts no thread; a
// thread that cannot be started leaves its items to the others.
#pragma once

#include "base/Parallel.h"

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace heftsatz {

template <class State, class Start = StartThread>
class WorkAhead {
public:
    using MakeState = std::function<State()>;
    using Work = std::function<void(State&, std::size_t)>;

    // `order`: the items (indices) in the order they will be asked for.
    WorkAhead(std::vector<std::size_t> order, std::size_t ahead, unsigned threads, MakeState make_state, Work work,
              Start start = {})
        : order_(std::move(order)),
          ahead_(std::max<std::size_t>(ahead, 1)),
          make_state_(std::move(make_state)),
          work_(std::move(work)) {
        std::size_t largest = 0;
        for (std::size_t item : order_) largest = std::max(largest, item + 1);
        done_.assign(largest, false);
        position_.assign(largest, 0);
        for (std::size_t k = 0; k < order_.size(); ++k) position_[order_[k]] = k;
        limit_ = std::min(order_.size(), ahead_);
        // The asking thread is one of the threads: it works while it waits.
        const unsigned n = worker_count(threads, order_.size()) - 1;
        try {
            for (unsigned w = 0; w < n; ++w) workers_.push_back(start([this] { run(); }));
        } catch (const std::system_error&) {
        } catch (const std::bad_alloc&) {
        }
    }

    WorkAhead(const WorkAhead&) = delete;
    WorkAhead& operator=(const WorkAhead&) = delete;

    ~WorkAhead() { stop(); }

    // Returns once `item` is done, and lets the workers go `ahead` past it.
    // Until then the asking thread takes items too. Rethrows the first
    // exception a worker met.
    void wait_for(std::size_t item) {
        std::unique_lock<std::mutex> lock(mutex_);
        limit_ = std::max(limit_, std::min(order_.size(), position_.at(item) + 1 + ahead_));
        more_.notify_all();
        while (!done_[item] && !failure_) {
            if (next_ < limit_) {
                if (!own_) {
                    lock.unlock();
                    auto made = std::make_unique<OwnState>(make_state_);
                    lock.lock();
                    own_ = std::move(made);
                    // The workers went on meanwhile: they may have taken
                    // every item up to the limit, or `item` itself.
                    continue;
                }
                take_and_do(lock, own_->state);
            } else {
                finished_.wait(lock);  // a worker has it
            }
        }
        if (failure_) std::rethrow_exception(failure_);
    }

    // Lets the workers finish their current items and joins them.
    void stop() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stopping_ = true;
        }
        more_.notify_all();
        for (auto& t : workers_) t.join();
        workers_.clear();
    }

private:
    void run() {
        try {
            State state = make_state_();
            std::unique_lock<std::mutex> lock(mutex_);
            while (true) {
                more_.wait(lock, [&] { return stopping_ || failure_ || next_ < limit_ || next_ == order_.size(); });
                if (stopping_ || failure_ || next_ == order_.size()) return;
                take_and_do(lock, state);
            }
        } catch (...) {  // the state could not be made
            std::lock_guard<std::mutex> lock(mutex_);
            if (!failure_) failure_ = std::current_exception();
            finished_.notify_all();
        }
    }

    // Takes the next item (the caller saw next_ < limit_) and does it with
    // the lock released; `lock` is held on entry and on return.
    void take_and_do(std::unique_lock<std::mutex>& lock, State& state) {
        const std::size_t item = order_[next_++];
        lock.unlock();
        std::exception_ptr failed;
        try {
            work_(state, item);
        } catch (...) {
            failed = std::current_exception();
        }
        lock.lock();
        if (failed && !failure_) failure_ = failed;
        done_[item] = true;
        finished_.notify_all();
        more_.notify_all();
    }

    // The asking thread's state, made when it first takes an item (a
    // State need not be movable: made in place).
    struct OwnState {
        State state;
        explicit OwnState(const MakeState& make) : state(make()) {}
    };

    std::vector<std::size_t> order_;
    std::size_t ahead_;
    MakeState make_state_;
    Work work_;
    std::vector<std::thread> workers_;
    std::unique_ptr<OwnState> own_;  // used by the asking thread alone

    std::mutex mutex_;  // guards everything below
    std::condition_variable more_;      // an item may be taken, or stop
    std::condition_variable finished_;  // an item is done, or failed
    std::vector<bool> done_;            // by item
    std::vector<std::size_t> position_;  // by item: its place in order_
    std::size_t next_ = 0;               // the place in order_ to take next
    std::size_t limit_ = 0;              // places before this may be taken
    bool stopping_ = false;
    std::exception_ptr failure_;
};

}  // namespace heftsatz
