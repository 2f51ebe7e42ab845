// The benchmark: builds issues of real German prose with the parts of a real
// issue (write_issue below) at N copies, each several times with the heftsatz
// binary, and reports the medians of wall and CPU time, peak memory (RSS),
// pages per second and each stage's share (--timings), and the ratio of
// the time ratio of the two largest sizes against their pages' ratio.
//
//   build/bench/heftsatz_bench [--runs 5] [--keep DIR] [N ...]   (default N: 1 5 10 14)
//
// It also times the sample issue (issues/2020-12). Timing is per process, as
// a production editor or CI sees it, including start-up and font loading.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// The issue the benchmark builds: the corpus issue data/corpus/handbuch
// (34 articles, 32,682 words of real German prose from the Debian
// Administrator's Handbook, in 8 sections), `copies` times over, with the
// parts a real issue has, taken from the sample issue: the cover with its
// lines, a figure in every fourth article (column and page wide, JPEG and
// PNG), a quarter and a half ad in each copy, the magazine's house ads, the
// directory with logos, the imprint and the full-page ad on the back page.
struct CorpusSection {
    std::string title;
    std::vector<std::string> articles;  // file stems under articles/
};

std::vector<CorpusSection> corpus_sections(const fs::path& corpus) {
    std::ifstream in(corpus / "issue.xml");
    const std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<CorpusSection> out;
    static const std::regex item(R"re(<section title="([^"]*)"|<article src="articles/([^"]*)\.xml")re");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), item); it != std::sregex_iterator(); ++it) {
        if ((*it)[1].matched) out.push_back({(*it)[1].str(), {}});
        else if (!out.empty()) out.back().articles.push_back((*it)[2].str());
    }
    return out;
}

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Figures of the sample issue, with alt texts and captions written for the benchmark.
struct BenchFigure {
    const char* file;
    const char* span;
    const char* alt;
    const char* caption;
};
const BenchFigure kFigures[] = {
    {"fig-nrw-modellregionen.jpg", "page", "Netz aus fünf roten Knoten auf einer blauen Fläche",
     "Verbunden: Die Knoten stehen für Rechner, die Linien für ihre Verbindungen. Grafik: heftsatz-Projekt"},
    {"fig-kranichberg-e-akte.png", "column", "Blätter fliegen aus einem Regal zu einem Bildschirm",
     "Vom Papier auf den Bildschirm. Grafik: heftsatz-Projekt"},
    {"fig-brackenland-rechenzentrum.jpg", "page", "Reihe von Serverschränken mit leuchtenden Dioden",
     "Im Rechenzentrum laufen die Dienste rund um die Uhr. Grafik: heftsatz-Projekt"},
    {"fig-hohenbrueck-antraege.png", "column", "Ringdiagramm und Säulendiagramm neben einem Smartphone",
     "Wann die Anträge eingehen, über den Tag verteilt. Grafik: heftsatz-Projekt"},
};

void write_issue(const fs::path& dir, int copies) {
    const fs::path source = fs::path(HEFTSATZ_SOURCE_DIR);
    const fs::path corpus = source / "data/corpus/handbuch", sample = source / "issues/2020-12";
    fs::remove_all(dir);
    fs::create_directories(dir / "articles");
    for (const char* folder : {"images", "ads", "logos"})
        fs::copy(sample / folder, dir / folder, fs::copy_options::recursive);
    fs::copy_file(sample / "listings.xml", dir / "listings.xml");
    fs::copy_file(sample / "imprint.xml", dir / "imprint.xml");
    const std::vector<CorpusSection> sections = corpus_sections(corpus);

    std::ofstream issue(dir / "issue.xml");
    issue << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<issue magazine=\"Kommune21\" number=\"12\" "
             "year=\"2020\" date=\"2020-12-01\" lang=\"de-DE\" layout=\"kommune21\">\n"
             "<cover image=\"images/cover.jpg\" alt=\"Zeichnung: ein Rathaus bei Nacht\">\n";
    for (int k = 0; k < 3; ++k)
        issue << "  <line article=\"c1-" << sections[1 + k].articles.front() << "\">" << sections[1 + k].title
              << "</line>\n";
    issue << "</cover>\n<imprint src=\"imprint.xml\"/>\n";
    int n = 0;
    for (int c = 1; c <= copies; ++c)
        for (std::size_t s = 0; s < sections.size(); ++s) {
            issue << "<section title=\"" << sections[s].title << "\">\n";
            for (std::size_t a = 0; a < sections[s].articles.size(); ++a) {
                const std::string& stem = sections[s].articles[a];
                const std::string id = "c" + std::to_string(c) + "-" + stem;
                std::string xml = read_text(corpus / "articles" / (stem + ".xml"));
                xml.replace(xml.find("id=\"" + stem + "\""), stem.size() + 5, "id=\"" + id + "\"");
                if (++n % 4 == 0) {
                    const BenchFigure& f = kFigures[(n / 4) % 4];
                    const auto after = xml.find("</p>");
                    if (after != std::string::npos)
                        xml.insert(after + 4, std::string("\n    <figure src=\"../images/") + f.file + "\" alt=\"" + f.alt +
                                                  "\" span=\"" + f.span + "\"><caption>" + f.caption +
                                                  "</caption></figure>");
                }
                std::ofstream(dir / "articles" / (id + ".xml"), std::ios::binary) << xml;
                issue << "  <article src=\"articles/" << id << ".xml\"/>\n";
                if (a == 1 && s == 1)
                    issue << "  <ad src=\"ads/quarter.jpg\" size=\"quarter\" advertiser=\"Amtsfalke\" alt=\"Anzeige: rotes Schild mit Häkchen\"/>\n";
                if (a == 1 && s == 4)
                    issue << "  <ad src=\"ads/half.png\" size=\"half\" advertiser=\"Ökodata\" alt=\"Anzeige: gelbes Blatt über Dokumenten\"/>\n";
            }
            issue << "</section>\n";
        }
    issue << "<listings title=\"Anbieterverzeichnis\" src=\"listings.xml\"/>\n"
             "<ad src=\"ads/full.pdf\" size=\"full\" advertiser=\"Datenbrücke Süd\" alt=\"Anzeige: Brücke unter einem Datennetz\"/>\n";
    for (const char* house : {"abo", "naechste-ausgabe", "fachforum"})
        for (const char* size : {"half", "quarter"})
            issue << "<house-ad src=\"ads/" << house << "-" << size << ".png\" size=\"" << size
                  << "\" alt=\"Hausanzeige der Zeitschrift\"/>\n";
    issue << "</issue>\n";
}

// The stages --timings names, in order.
const char* const kStages[] = {"read", "fonts", "lexicon", "layout", "pdf"};
constexpr std::size_t kStageCount = std::size(kStages);

struct Run {
    double seconds = 0;  // wall
    double cpu = 0;      // user + system
    long peak_kib = 0;
    int pages = 0;
    double stage_ms[kStageCount] = {};
};

Run build(const fs::path& issue, const fs::path& pdf) {
    std::fflush(stdout);  // or the child would print our buffered lines again
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid == 0) {
        const std::string out = pdf.string() + ".log", err = pdf.string() + ".timings";
        if (!std::freopen(out.c_str(), "w", stdout) || !std::freopen(err.c_str(), "w", stderr)) _exit(127);
        execl(HEFTSATZ_BINARY, HEFTSATZ_BINARY, "build", issue.c_str(), "-o", pdf.c_str(), "--timings", "-q",
              nullptr);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run run;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
    run.peak_kib = usage.ru_maxrss;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::cerr << "heftsatz failed on " << issue << "\n" << read_text(pdf.string() + ".timings");
        std::exit(1);
    }
    std::ifstream timings(pdf.string() + ".timings");
    for (std::string line; std::getline(timings, line);) {
        std::smatch m;
        if (!std::regex_search(line, m, std::regex(R"(^timing: (\w+)\s+([0-9.]+) ms)"))) continue;
        for (std::size_t k = 0; k < kStageCount; ++k)
            if (m[1].str() == kStages[k]) run.stage_ms[k] = std::stod(m[2].str());
    }
    // -q prints no summary: the pages come from the PDF itself.
    const std::string info = [&] {
        std::string out;
        FILE* p = popen(("pdfinfo '" + pdf.string() + "'").c_str(), "r");
        if (!p) return out;
        char buffer[4096];
        while (std::size_t n = std::fread(buffer, 1, sizeof buffer, p)) out.append(buffer, n);
        pclose(p);
        return out;
    }();
    std::smatch m;
    if (std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))"))) run.pages = std::stoi(m[1].str());
    return run;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Each figure is the median of its own over the runs.
Run measure(const fs::path& issue, const fs::path& pdf, int runs) {
    std::vector<Run> all;
    for (int r = 0; r < runs; ++r) all.push_back(build(issue, pdf));
    auto med = [&](auto field) {
        std::vector<double> v;
        for (const Run& r : all) v.push_back(field(r));
        return median(v);
    };
    Run m = all.back();
    m.seconds = med([](const Run& r) { return r.seconds; });
    m.cpu = med([](const Run& r) { return r.cpu; });
    m.peak_kib = static_cast<long>(med([](const Run& r) { return static_cast<double>(r.peak_kib); }));
    for (std::size_t k = 0; k < kStageCount; ++k) m.stage_ms[k] = med([k](const Run& r) { return r.stage_ms[k]; });
    return m;
}

void report(const std::string& name, const Run& r) {
    double staged = 0;
    for (double ms : r.stage_ms) staged += ms;
    std::printf("%-12s %5d pages %7.3f s wall %7.3f s CPU %7.1f MiB %8.1f pages/s  |", name.c_str(), r.pages,
                r.seconds, r.cpu, r.peak_kib / 1024.0, r.pages / r.seconds);
    for (std::size_t k = 0; k < kStageCount; ++k)
        std::printf(" %s %.0f%%", kStages[k], staged > 0 ? 100.0 * r.stage_ms[k] / staged : 0.0);
    std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 5;
    fs::path keep;  // --keep DIR: generate the issues there and leave them (for profiling)
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc) runs = std::atoi(argv[++i]);
        else if (arg == "--keep" && i + 1 < argc) keep = argv[++i];
        else sizes.push_back(std::atoi(argv[i]));
    }
    // 14 copies are 476 articles: the most an issue may have (docs/limits.md,
    // 500, for the memory every page holds); 20 and 100 copies need the
    // limits raised (bench/large-issues.patch, bench/README.md).
    if (sizes.empty()) sizes = {1, 5, 10, 14};
    const fs::path work =
        keep.empty() ? fs::temp_directory_path() / ("heftsatz-bench-" + std::to_string(getpid())) : keep;
    fs::create_directories(work);
    std::printf("median of %d runs each; copies of the corpus issue (32,682 words) with the sample's parts\n", runs);
    std::printf("stages: share of the time --timings reports (read, fonts, lexicon, layout, pdf)\n");
    report("sample", measure(fs::path(HEFTSATZ_SOURCE_DIR) / "issues/2020-12", work / "sample.pdf", runs));
    std::vector<Run> results;
    for (int n : sizes) {
        const fs::path dir = work / ("copies-" + std::to_string(n));
        write_issue(dir, n);
        results.push_back(measure(dir, work / ("copies-" + std::to_string(n) + ".pdf"), runs));
        report(std::to_string(n) + (n == 1 ? " copy" : " copies"), results.back());
    }
    // Linear or not: the two largest sizes' time ratio against their pages' ratio.
    if (results.size() >= 2) {
        const Run& a = results[results.size() - 2];
        const Run& b = results.back();
        std::printf("time(%d copies) / time(%d copies) = %.2f for %.2f times the pages (%d / %d)\n", sizes.back(),
                    sizes[sizes.size() - 2], b.seconds / a.seconds, static_cast<double>(b.pages) / a.pages, b.pages,
                    a.pages);
    }
    if (keep.empty()) fs::remove_all(work);
    return 0;
}
