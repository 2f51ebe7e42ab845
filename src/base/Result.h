// Result<T>: a value or the diagnostic that explains why there is none.
// C++20 has no std::expected; this is the small part of it we need.
#pragma once

#include "base/Diagnostic.h"

#include <optional>
#include <utility>
#include <variant>

namespace heftsatz {

template <class T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Diagnostic failure) : state_(std::move(failure)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    T& value() { return std::get<T>(state_); }
    const T& value() const { return std::get<T>(state_); }
    T& operator*() { return value(); }
    T* operator->() { return &value(); }

    const Diagnostic& failure() const { return std::get<Diagnostic>(state_); }

    // Turns a failure into an InputError for code that cannot recover.
    T take() {
        if (!ok()) throw InputError{failure()};
        return std::move(value());
    }

private:
    std::variant<T, Diagnostic> state_;
};

}  // namespace heftsatz
