#include "base/CaughtSignals.h"

#include <pthread.h>

namespace heftsatz {

CaughtSignalsHeld::CaughtSignalsHeld() {
    sigset_t set;
    sigemptyset(&set);
    for (int s : kCaughtSignals) sigaddset(&set, s);
    pthread_sigmask(SIG_BLOCK, &set, &previous_);
}

CaughtSignalsHeld::~CaughtSignalsHeld() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

}  // namespace heftsatz
