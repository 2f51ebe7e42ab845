// The signals heftsatz catches to remove its temporary files: SIGINT,
// SIGTERM and SIGHUP (base/OutputFile installs the handler).
//
// A signal sent to a process goes to any thread that does not block it. So
// that blocking it in one thread really holds it off (while a temporary file
// is created and its name published), every thread heftsatz starts blocks
// these signals from its first instruction: the main thread alone takes
// them. A thread inherits its creator's mask, so the creator holds the
// signals while it starts one; blocking them in the new thread's body would
// leave a window.
#pragma once

#include <csignal>

namespace heftsatz {

inline constexpr int kCaughtSignals[] = {SIGINT, SIGTERM, SIGHUP};

// Blocks the caught signals in this thread for its lifetime; a signal that
// arrives meanwhile waits and is taken when the previous mask returns.
class CaughtSignalsHeld {
public:
    CaughtSignalsHeld();
    ~CaughtSignalsHeld();
    CaughtSignalsHeld(const CaughtSignalsHeld&) = delete;
    CaughtSignalsHeld& operator=(const CaughtSignalsHeld&) = delete;

private:
    sigset_t previous_;
};

// Runs `start` (which starts a thread: std::thread, std::async) with the
// caught signals held, so the new thread never takes them.
template <class Start>
decltype(auto) start_without_signals(Start&& start) {
    CaughtSignalsHeld held;
    return start();
}

}  // namespace heftsatz
