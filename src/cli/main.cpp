// heftsatz: typesets a magazine issue from its XML manifest into a PDF.
// Composes the stages (manifest → text → layout → pdf), prints diagnostics
// and chooses the exit code; nothing else prints.
#include "cli/Arguments.h"
#include "cli/DiagnosticPrinter.h"
#include "cli/TypographyPrinter.h"
#include "layout/Layout.h"
#include "manifest/Manifest.h"
#include "pdf/Pdf.h"
#include "text/FontLibrary.h"

#include <chrono>
#include <cstdlib>
#include <future>
#include <cstdio>
#include <iostream>

#ifndef HEFTSATZ_VERSION
#define HEFTSATZ_VERSION "0"
#endif

namespace heftsatz {
namespace {

enum ExitCode { kSuccess = 0, kWarnings = 1, kBadInput = 2, kInternal = 3 };

std::filesystem::path default_output(const Issue& issue) {
    std::string magazine;
    for (char c : issue.magazine) magazine += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    char name[96];
    std::snprintf(name, sizeof name, "%s-%04d-%02d.pdf", magazine.c_str(), issue.year, issue.number);
    return std::filesystem::path("out") / name;
}

// Prints the diagnostics, writes the report and picks the exit code; the
// layout's statistics are there once the issue was laid out.
int finish(const Arguments& args, Diagnostics& diagnostics, int code, const LayoutStatistics* statistics = nullptr) {
    for (const Diagnostic& d : diagnostics.items()) print_diagnostic(std::cerr, d);
    if (statistics && args.typography) print_typography(std::cout, statistics->typography);
    const std::string typography = statistics ? typography_json(statistics->typography) : std::string();
    if (!args.report.empty() && !write_report(args.report, diagnostics.items(), typography)) {
        print_diagnostic(std::cerr, error("cannot write the report", "check the --report path")
                                        .at({args.report.string(), 0, 0}));
        if (code == kSuccess) code = kBadInput;
    }
    if (code == kSuccess && args.strict && diagnostics.count(Severity::Warning) > 0) return kWarnings;
    return code;
}

int run(const Arguments& args) {
    const auto started = std::chrono::steady_clock::now();
    // The dictionaries take longer to load than the issue takes to read:
    // they load meanwhile.
    std::future<Result<Lexicon>> lexicon = std::async(std::launch::async, Lexicon::load);
    Diagnostics diagnostics;
    auto fail = [&](const Diagnostic& d) {
        diagnostics.add(d);
        return finish(args, diagnostics, kBadInput);
    };

    auto lap = started;
    auto phase = [&](const char* name) {
        const auto now = std::chrono::steady_clock::now();
        if (args.timings)
            std::fprintf(stderr, "timing: %-8s %7.1f ms\n", name,
                         std::chrono::duration<double, std::milli>(now - lap).count());
        lap = now;
    };

    auto issue = read_issue(args.issue, diagnostics);
    if (!issue) return fail(issue.failure());
    const char* data_env = std::getenv("HEFTSATZ_DATA");
    auto search = DataSearchPath::for_issue(issue->folder, args.data_dirs, data_env ? data_env : "", diagnostics);
    if (!search) return fail(search.failure());
    auto layout = read_layout(args.layout.empty() ? issue->layout : args.layout, *search, diagnostics);
    if (!layout) return fail(layout.failure());
    phase("read");
    auto fonts = FontLibrary::load(*layout);
    if (!fonts) return fail(fonts.failure());
    phase("fonts");
    Result<Lexicon> words = lexicon.get();
    if (!words) return fail(words.failure());
    phase("lexicon");
    LayoutStatistics statistics;
    auto doc = lay_out_issue(*issue, *layout, *fonts, *words, diagnostics, args.jobs, &statistics);
    if (!doc) return fail(doc.failure());
    phase("layout");
    if (args.timings)
        std::fprintf(stderr, "work:   %ld blocks, %ld paragraphs built, %ld breaker runs\n", statistics.blocks,
                     statistics.paragraphs_built, statistics.breaker_runs);

    if (args.command == Arguments::Command::Check) {
        if (!args.quiet)
            std::cout << "checked " << args.issue.string() << ": " << doc->pages.size() << " pages, "
                      << diagnostics.count(Severity::Warning) << " warnings\n";
        return finish(args, diagnostics, kSuccess, &statistics);
    }
    const std::filesystem::path output = args.output.empty() ? default_output(*issue) : args.output;
    auto written = write_pdf(*doc, output, diagnostics, args.jobs);
    phase("pdf");
    if (!written) {
        diagnostics.add(written.failure());
        return finish(args, diagnostics, written.failure().internal ? kInternal : kBadInput, &statistics);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!args.quiet) {
        char line[512];
        std::snprintf(line, sizeof line, "wrote %s: %d pages, %.0f KB in %.2f s\n", output.string().c_str(),
                      written->pages, static_cast<double>(written->bytes) / 1024.0, seconds);
        std::cout << line;
    }
    return finish(args, diagnostics, kSuccess, &statistics);
}

}  // namespace
}  // namespace heftsatz

int main(int argc, char** argv) {
    using namespace heftsatz;
    ParsedArguments parsed = parse_arguments(argc, argv);
    if (!parsed.usage_error.empty()) {
        std::cerr << "heftsatz: error: " << parsed.usage_error << "\n\n" << kUsage;
        return kBadInput;
    }
    switch (parsed.arguments.command) {
        case Arguments::Command::Help: std::cout << kUsage; return kSuccess;
        case Arguments::Command::Version: std::cout << "heftsatz " HEFTSATZ_VERSION "\n"; return kSuccess;
        default: break;
    }
    try {
        return run(parsed.arguments);
    } catch (const InputError& e) {
        print_diagnostic(std::cerr, e.diagnostic);
        return kBadInput;
    } catch (const std::exception& e) {
        std::cerr << "heftsatz: internal error: " << e.what()
                  << "\n  hint: this is a bug in heftsatz; please report it with the input\n";
        return kInternal;
    }
}
