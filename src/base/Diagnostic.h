// Diagnostics: what every stage reports and only the CLI prints.
//
// Modelled on Typst's SourceDiagnostic: deep code produces a plain message,
// and the caller that knows the manifest location attaches it (`at`).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace heftsatz {

// A place in an input file. line/column are 1-based; 0 means "unknown".
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

enum class Severity { Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Error;
    SourceLocation where;
    std::string message;  // what is wrong
    std::string hint;     // what to do about it
    std::string article;  // article id, when the problem lies in one
    int page = 0;         // 1-based page number, once layout knows it
    bool internal = false;  // a bug in heftsatz, not in the input (exit code 3)

    Diagnostic& at(const SourceLocation& loc) {
        where = loc;
        return *this;
    }
};

inline Diagnostic error(std::string message, std::string hint = {}) {
    return Diagnostic{Severity::Error, {}, std::move(message), std::move(hint), {}, 0, false};
}

// A failure that no input should cause.
inline Diagnostic internal_error(std::string message) {
    return Diagnostic{Severity::Error, {}, std::move(message),
                      "this is a bug in heftsatz; please report it with the input", {}, 0, true};
}

inline Diagnostic warning(std::string message, std::string hint = {}) {
    return Diagnostic{Severity::Warning, {}, std::move(message), std::move(hint), {}, 0, false};
}

// Warnings collected along the pipeline; passed by reference to each stage.
class Diagnostics {
public:
    void add(Diagnostic d) { items_.push_back(std::move(d)); }
    const std::vector<Diagnostic>& items() const { return items_; }
    std::size_t count(Severity s) const {
        std::size_t n = 0;
        for (const auto& d : items_) n += d.severity == s;
        return n;
    }

private:
    std::vector<Diagnostic> items_;
};

// Thrown by a stage when it cannot go on (bad input). Carries the diagnostic
// up to the CLI; never used for warnings.
struct InputError {
    Diagnostic diagnostic;
};

}  // namespace heftsatz
