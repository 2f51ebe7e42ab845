// heftsatz: typesets a magazine issue from its XML manifest into a PDF.
// Composes the stages (manifest → text → layout → pdf, or → plan), prints
// diagnostics and chooses the exit code; nothing else prints.
#include "base/CaughtSignals.h"
#include "base/Counted.h"
#include "base/OutputFile.h"
#include "cli/ArchiveCommand.h"
#include "cli/Arguments.h"
#include "cli/DataDirs.h"
#include "cli/DiagnosticPrinter.h"
#include "cli/LibraryVersions.h"
#include "cli/Json.h"
#include "cli/OutputGuard.h"
#include "cli/OutputName.h"
#include "cli/PageReport.h"
#include "cli/PathDisplay.h"
#include "cli/TypographyPrinter.h"
#include "cli/WatchCommand.h"
#include "layout/Layout.h"
#include "manifest/Manifest.h"
#include "pdf/Pdf.h"
#include "plan/Plan.h"
#include "text/FontLibrary.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <iostream>
#include <new>
#include <optional>

#ifndef HEFTSATZ_VERSION
#define HEFTSATZ_VERSION "0"
#endif

namespace heftsatz {
namespace {

namespace fs = std::filesystem;

enum ExitCode { kSuccess = 0, kWarnings = 1, kBadInput = 2, kInternal = 3 };

// What a run has made by its end; the summary line reports it.
struct Written {
    fs::path file;
    std::uintmax_t bytes = 0;
};

struct Outcome {
    int code = kSuccess;
    std::vector<Written> written;  // the PDFs (build) or the flatplan (plan)
    int pages = 0;
    std::string plan_lines;  // plan: one line per page
    const LayoutStatistics* statistics = nullptr;
};

std::vector<fs::path> root_paths(const DataSearchPath& search) {
    std::vector<fs::path> out;
    for (const ContainedFolder& root : search.roots) out.push_back(root.path());
    return out;
}

// One run of build, check or plan: reads, checks the outputs, lays out,
// writes, and at the end prints, in this order, the diagnostics (errors, and
// warnings unless --quiet), the typography table, the plan's lines and one
// summary line.
class Run {
public:
    explicit Run(const Arguments& args)
        : args_(args),
          started_(std::chrono::steady_clock::now()),
          lap_(started_),
          issue_folder_(fs::is_directory(args.issue, ignored_) ? args.issue : args.issue.parent_path()),
          guard_(issue_folder_, root_paths(DataSearchPath::for_issue(issue_folder_, args.data_dirs))) {
        display_.add_root(issue_folder_);
        for (const fs::path& dir : args.data_dirs) display_.add_root(dir);
        if (const char* env = std::getenv("HEFTSATZ_DATA"); env && *env) display_.add_root(env);
    }

    int run();

private:
    int fail(const Diagnostic& d) {
        diagnostics_.add(d);
        return failed(d.internal ? kInternal : kBadInput);
    }
    int failed(int code) {
        Outcome outcome;
        outcome.code = code;
        outcome.statistics = statistics_ ? &*statistics_ : nullptr;
        return finish(outcome);
    }
    // An error for each of -o and --report that names an input, the other,
    // a folder or a device (a refused report is not written either); true if
    // there is one. `complete`: every input is known, else only the kind.
    bool refuse_outputs(const std::vector<fs::path>& outputs, bool complete);
    // What build writes: one PDF per profile asked for, each with its name.
    std::vector<std::pair<PdfProfile, fs::path>> pdf_outputs(const fs::path& output) const;
    void phase(const char* name);
    int finish(Outcome outcome);
    void write_report(std::vector<Diagnostic>& shown, Outcome& outcome);
    void print_summary(const Outcome& outcome, std::size_t errors, std::size_t warnings) const;
    Result<std::size_t> write_plan(const Document& doc, const LayoutSpec& layout, OutputFile& file, Outcome& outcome);
    const char* command_name() const;

    const Arguments& args_;
    std::error_code ignored_;
    std::chrono::steady_clock::time_point started_, lap_;
    fs::path issue_folder_;  // as given
    PathDisplay display_;
    OutputGuard guard_;
    Diagnostics diagnostics_;
    bool report_refused_ = false;
    std::optional<LayoutStatistics> statistics_;
    ReportParts report_parts_;  // the pages, once laid out
};

const char* Run::command_name() const {
    switch (args_.command) {
        case Arguments::Command::Build: return "build";
        case Arguments::Command::Plan: return "plan";
        default: return "check";
    }
}

// The flatplan of the laid-out issue, with the warnings as they are printed.
Result<std::size_t> Run::write_plan(const Document& doc, const LayoutSpec& layout, OutputFile& file,
                                    Outcome& outcome) {
    std::vector<Diagnostic> shown;
    for (const Diagnostic& d : diagnostics_.items()) shown.push_back(display_.show(d));
    const Plan plan = make_plan(doc, layout.page, shown);
    std::string html = flatplan_html(plan);
    // A file name that is not UTF-8 (an ad's, as its advertiser) would make
    // the page invalid; HTML's own characters are ASCII.
    replace_invalid_utf8(html);
    outcome.plan_lines = flatplan_summary(plan);
    replace_invalid_utf8(outcome.plan_lines);
    if (auto written = file.write(html); !written) return written.failure();
    return file.commit();
}

void Run::phase(const char* name) {
    const auto now = std::chrono::steady_clock::now();
    if (args_.timings)
        std::fprintf(stderr, "timing: %-8s %7.1f ms\n", name,
                     std::chrono::duration<double, std::milli>(now - lap_).count());
    lap_ = now;
}

bool Run::refuse_outputs(const std::vector<fs::path>& outputs, bool complete) {
    bool refused = false;
    for (const fs::path& output : outputs)
        if (auto d = complete ? guard_.refuse(output, "-o") : guard_.refuse_kind(output, "-o")) {
            diagnostics_.add(*d);
            refused = true;
        }
    // The report is judged even when the PDF is refused: a failed run writes it too.
    if (!args_.report.empty()) {
        auto d = complete ? guard_.refuse(args_.report, "--report") : guard_.refuse_kind(args_.report, "--report");
        for (const fs::path& output : outputs)
            if (!d) d = OutputGuard::refuse_same(output, args_.report);
        if (d) {
            diagnostics_.add(*d);
            report_refused_ = refused = true;
        }
    }
    return refused;
}

std::vector<std::pair<PdfProfile, fs::path>> Run::pdf_outputs(const fs::path& output) const {
    if (!args_.all_profiles) return {{args_.profile, output}};
    std::vector<std::pair<PdfProfile, fs::path>> out;
    for (PdfProfile p : {PdfProfile::Reader, PdfProfile::Archive, PdfProfile::Print})
        out.emplace_back(p, profile_output(output, p));
    return out;
}

int Run::run() {
    // The dictionaries take longer to load than the issue takes to read:
    // they load meanwhile. With async | deferred, libstdc++ loads them in
    // get() when no thread can be started (a memory or process limit).
    // The loading thread never takes the signals this one catches (base/CaughtSignals).
    std::future<Result<Lexicon>> lexicon =
        start_without_signals([] { return std::async(std::launch::async | std::launch::deferred, Lexicon::load); });
    guard_.add_inputs({Hyphenator::default_dictionary(), CompoundSplitter::default_dictionary(),
                       fs::path(CompoundSplitter::default_dictionary()).replace_extension(".aff")});
    // Before anything is read: the checks that need no model.
    std::vector<fs::path> given;
    if (!args_.output.empty())
        for (const auto& [profile, file] : pdf_outputs(args_.output)) given.push_back(file);
    if (refuse_outputs(given, false)) return failed(kBadInput);

    auto issue = read_issue(args_.issue, diagnostics_);
    if (!issue) return fail(issue.failure());
    guard_.add_inputs(issue->inputs());
    const char* data_env = std::getenv("HEFTSATZ_DATA");
    auto search = DataSearchPath::for_issue(issue->folder, args_.data_dirs, data_env ? data_env : "", diagnostics_);
    if (!search) return fail(search.failure());
    auto layout = read_layout(args_.layout.empty() ? issue->layout : args_.layout, *search, diagnostics_);
    if (!layout) return fail(layout.failure());
    guard_.add_inputs(layout->inputs());
    guard_.all_inputs_known();
    const bool build = args_.command == Arguments::Command::Build;
    const bool plan = args_.command == Arguments::Command::Plan;
    const fs::path output = !args_.output.empty() ? args_.output
                            : build               ? default_output(*issue)
                            : plan                ? default_plan_output(*issue)
                                                  : fs::path();
    const std::vector<std::pair<PdfProfile, fs::path>> pdfs = build ? pdf_outputs(output) : decltype(pdf_outputs(output)){};
    std::vector<fs::path> targets;
    for (const auto& [profile, file] : pdfs) targets.push_back(file);
    if (plan) targets.push_back(output);
    if (refuse_outputs(targets, true)) return failed(kBadInput);
    // The temporary files are made now, not after the layout: a folder that
    // cannot be written is reported at once, and an interrupted run has its
    // files to remove.
    std::vector<OutputFile> out;
    for (const fs::path& target : targets) {
        auto file = OutputFile::create(target, build ? "PDF" : "flatplan");
        if (!file) return fail(file.failure());
        out.push_back(std::move(*file));
    }
    phase("read");
    auto fonts = FontLibrary::load(*layout);
    if (!fonts) return fail(fonts.failure());
    phase("fonts");
    Result<Lexicon> words = lexicon.get();
    if (!words) return fail(words.failure());
    phase("lexicon");
    statistics_.emplace();
    auto doc = lay_out_issue(*issue, *layout, *fonts, *words, diagnostics_, args_.jobs, &*statistics_);
    if (!doc) return fail(doc.failure());
    phase("layout");
    if (args_.timings)
        std::fprintf(stderr, "work:   %ld blocks, %ld paragraphs built, %ld breaker runs (%ld to copyfit)\n",
                     statistics_->blocks, statistics_->paragraphs_built, statistics_->breaker_runs,
                     statistics_->copyfit_runs);

    report_parts_.pages = pages_json(*doc, layout->page);
    report_parts_.page_count = doc->pages.size();

    Outcome outcome;
    outcome.statistics = &*statistics_;
    outcome.pages = static_cast<int>(doc->pages.size());
    if (plan) {
        auto written = write_plan(*doc, *layout, out.front(), outcome);
        phase("plan");
        if (!written) return fail(written.failure());
        outcome.written.push_back({output, *written});
        return finish(outcome);
    }
    if (!build) return finish(outcome);
    // Every profile's bytes are written before any file is renamed into
    // place: a failure leaves all the earlier PDFs as they were.
    // --all-profiles: the profiles embed the same fonts and images and paint
    // most pages alike. One PDF alone would only pay for the keys (digests
    // of every image, font and page).
    PdfCaches caches;
    PdfCaches* shared = pdfs.size() > 1 ? &caches : nullptr;
    for (std::size_t i = 0; i < pdfs.size(); ++i) {
        const PdfOptions options{pdfs[i].first, args_.jobs, args_.jpeg_quality, shared, args_.linearize};
        // The last PDF lets the pages go once it has them (Pdf.h).
        auto bytes = i + 1 < pdfs.size() ? render_pdf(*doc, diagnostics_, options)
                                         : render_pdf(std::move(*doc), diagnostics_, options);
        if (!bytes) return fail(bytes.failure());
        if (auto written = out[i].write(*bytes); !written) return fail(written.failure());
    }
    for (std::size_t i = 0; i < pdfs.size(); ++i) {
        auto committed = out[i].commit();
        if (!committed) return fail(committed.failure());
        outcome.written.push_back({pdfs[i].second, *committed});
    }
    phase("pdf");
    return finish(outcome);
}

void Run::write_report(std::vector<Diagnostic>& shown, Outcome& outcome) {
    if (args_.report.empty() || report_refused_) return;
    // Once more at the end: if reading failed half-way, the inputs are not
    // all known, and the guard is stricter.
    if (auto refused = guard_.refuse(args_.report, "--report")) {
        shown.push_back(display_.show(*refused));
        if (outcome.code == kSuccess) outcome.code = kBadInput;
        return;
    }
    ReportParts parts = report_parts_;
    if (outcome.statistics) parts.typography = typography_json(outcome.statistics->typography);
    auto written = heftsatz::write_report(args_.report, shown, parts);
    if (!written) {
        shown.push_back(display_.show(written.failure()));
        if (outcome.code == kSuccess) outcome.code = kBadInput;
    } else if (*written > 0) {
        shown.push_back(warning("the report shows " + counted(*written, "byte", "bytes") +
                                    " that are not UTF-8 as U+FFFD (\"invalid_utf8_replaced\")",
                                "JSON must be UTF-8; rename the files with names in another encoding")
                            .at({args_.report.string(), 0, 0}));
    }
}

int Run::finish(Outcome outcome) {
    std::vector<Diagnostic> shown;
    for (const Diagnostic& d : diagnostics_.items()) shown.push_back(display_.show(d));
    write_report(shown, outcome);
    std::size_t errors = 0, warnings = 0;
    for (const Diagnostic& d : shown) (d.severity == Severity::Error ? errors : warnings) += 1;
    if (outcome.code == kSuccess && args_.strict && warnings > 0) outcome.code = kWarnings;

    for (const Diagnostic& d : shown)
        if (d.severity == Severity::Error || !args_.quiet) print_diagnostic(std::cerr, d);
    std::cerr.flush();
    if (outcome.statistics && args_.typography) print_typography(std::cout, outcome.statistics->typography);
    if (!args_.quiet) std::cout << outcome.plan_lines;
    if (!args_.quiet) print_summary(outcome, errors, warnings);
    std::cout.flush();
    return outcome.code;
}

// The last line of every run: what was made, how big, how long, and how
// many warnings to read above it.
void Run::print_summary(const Outcome& outcome, std::size_t errors, std::size_t warnings) const {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    char time[32];
    std::snprintf(time, sizeof time, "%.2f s", seconds);
    const std::string warned = counted(warnings, "warning", "warnings");
    auto kilobytes = [](std::uintmax_t bytes) {
        char size[32];
        std::snprintf(size, sizeof size, "%.0f KB", static_cast<double>(bytes) / 1024.0);
        return std::string(size);
    };
    const std::string pages = counted(static_cast<std::size_t>(outcome.pages), "page", "pages");
    const std::string errored = errors ? ", " + counted(errors, "error", "errors") : "";
    if (outcome.written.size() == 1) {
        std::cout << "wrote " << outcome.written[0].file.string() << ": " << pages << ", "
                  << kilobytes(outcome.written[0].bytes) << " in " << time << ", " << warned << errored << '\n';
    } else if (!outcome.written.empty()) {
        std::cout << "wrote ";
        for (std::size_t i = 0; i < outcome.written.size(); ++i)
            std::cout << (i ? ", " : "") << outcome.written[i].file.string() << " (" << kilobytes(outcome.written[i].bytes)
                      << ")";
        std::cout << ": " << pages << " in " << time << ", " << warned << errored << '\n';
    } else if (outcome.code == kSuccess || outcome.code == kWarnings) {
        std::cout << "checked " << args_.issue.string() << ": " << counted(static_cast<std::size_t>(outcome.pages), "page", "pages") << " in "
                  << time << ", " << warned << '\n';
    } else {
        const char* nothing = args_.command == Arguments::Command::Build  ? "; no PDF written"
                              : args_.command == Arguments::Command::Plan ? "; no flatplan written"
                                                                          : "";
        std::cerr << command_name() << " failed: " << counted(errors, "error", "errors") << ", " << warned << nothing
                  << '\n';
    }
}

}  // namespace
}  // namespace heftsatz

int main(int argc, char** argv) {
    using namespace heftsatz;
    // Past a file size limit (ulimit -f) write() should fail with EFBIG and
    // be reported, not end the process with SIGXFSZ and a temporary file left.
    std::signal(SIGXFSZ, SIG_IGN);
    ParsedArguments parsed = parse_arguments(argc, argv);
    if (!parsed.usage_error.empty()) {
        std::cerr << "heftsatz: error: " << parsed.usage_error << "\n\n" << kUsage;
        return kBadInput;
    }
    switch (parsed.arguments.command) {
        case Arguments::Command::Help: std::cout << kUsage; return kSuccess;
        case Arguments::Command::Version:
            std::cout << "heftsatz " HEFTSATZ_VERSION "\n";
            for (const auto& [name, version] : library_versions()) std::cout << "  " << name << " " << version << "\n";
            return kSuccess;
        case Arguments::Command::DataDirs: return print_data_dirs(parsed.arguments, std::cout, std::cerr);
        default: break;
    }
    try {
        if (parsed.arguments.command == Arguments::Command::Archive) return run_archive_command(parsed.arguments);
        if (parsed.arguments.command == Arguments::Command::Watch) return run_watch_command(parsed.arguments);
        return Run(parsed.arguments).run();
    } catch (const InputError& e) {
        print_diagnostic(std::cerr, e.diagnostic);
        return kBadInput;
    } catch (const std::bad_alloc&) {
        std::cerr << "heftsatz: error: out of memory\n"
                     "  hint: run with fewer threads (-j 1) or allow more memory; nothing was written\n";
        return kInternal;
    } catch (const std::exception& e) {
        std::cerr << "heftsatz: internal error: " << e.what()
                  << "\n  hint: this is a bug in heftsatz; please report it with the input\n";
        return kInternal;
    }
}
