// The benchmark: generates synthetic issues of about N pages of German text,
// builds each with the heftsatz binary several times, and reports the median
// wall time, pages per second and peak memory (RSS) of the build.
//
//   build/bench/heftsatz_bench [--runs 5] [--keep DIR] [N ...]   (default N: 20 100 500)
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
#include <regex>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Sentences written for this benchmark; combined pseudo-randomly (fixed seed)
// so that every run measures the same text.
const char* const kSentences[] = {
    "Die Kreisverwaltung hat im vergangenen Jahr sämtliche Bauanträge auf ein digitales Verfahren umgestellt.",
    "Seitdem erreichen Unterlagen das Bauamt nicht mehr in Aktenordnern, sondern als strukturierte Datensätze.",
    "Für die Beschäftigten bedeutet das zunächst eine Umstellung, langfristig aber deutlich weniger Rückfragen.",
    "Das Onlinezugangsgesetz verpflichtet Bund, Länder und Kommunen, ihre Leistungen auch elektronisch anzubieten.",
    "Viele Gemeinden stehen dabei vor der Frage, welche Fachverfahren sie selbst betreiben und welche sie einkaufen.",
    "Ein gemeinsames Rechenzentrum kann kleinen Kommunen helfen, die Anforderungen an die Informationssicherheit zu erfüllen.",
    "Die Bürgerinnen und Bürger erwarten, dass sie einen Antrag am Abend vom Sofa aus stellen können.",
    "Im Rathaus wiederum soll der Antrag ohne Medienbruch in der elektronischen Akte landen.",
    "Nach Angaben des Landes stehen dafür in den kommenden Jahren rund 600 Millionen Euro zur Verfügung.",
    "Ein Teil der Mittel fließt in die Qualifizierung der Mitarbeiterinnen und Mitarbeiter.",
    "Gerade die Schulungen werden in vielen Projekten unterschätzt, berichten Praktiker aus den Modellregionen.",
    "Wer eine Software einführt, ohne die Abläufe zu überdenken, digitalisiert am Ende nur das Papier.",
    "Die Verantwortlichen setzen deshalb auf eine enge Zusammenarbeit mit den Fachämtern.",
    "Bereits nach wenigen Monaten zeigte sich, dass die Bearbeitungszeiten spürbar gesunken sind.",
    "Auch die Zahl der unvollständigen Anträge ging zurück, weil das Portal fehlende Angaben sofort meldet.",
    "Schwierig bleibt die Anbindung älterer Systeme, deren Hersteller keine offenen Schnittstellen anbieten.",
    "Hier sollen die XÖV-Standards Abhilfe schaffen, die der IT-Planungsrat für verbindlich erklärt hat.",
    "Die Stadt plant außerdem, das Serviceportal bis Ende 2022 um weitere Leistungen zu ergänzen.",
    "Dazu gehören z. B. die Anmeldung eines Wohnsitzes, die Beantragung von Parkausweisen und die Hundesteuer.",
    "Für Unternehmen soll ein eigener Bereich entstehen, in dem Gewerbeanmeldungen gebündelt werden.",
    "Der Landkreis hat dafür eine Arbeitsgruppe eingerichtet, in der auch die kreisangehörigen Gemeinden mitwirken.",
    "Die Finanzierung ist zunächst bis zum 31. Dezember 2023 gesichert.",
    "Danach muss der Kreistag über den weiteren Betrieb entscheiden.",
    "Datenschutz und Barrierefreiheit gelten von Anfang an als feste Anforderungen an jedes neue Verfahren.",
    "Die Oberbürgermeisterin betonte, die Verwaltung müsse für alle Menschen erreichbar bleiben, auch für jene ohne Internetzugang.",
    "Deshalb bleibt das Bürgerbüro geöffnet, und die Mitarbeitenden helfen dort bei Onlineanträgen.",
    "Rund 3 % der Anträge gehen nach wie vor auf Papier ein, Tendenz sinkend.",
    "Die Erfahrungen aus dem Pilotprojekt sollen nun anderen Kommunen zur Verfügung gestellt werden.",
    "Ein Leitfaden fasst die wichtigsten Schritte zusammen, von der Bestandsaufnahme bis zur Abnahme.",
    "Wichtig sei, so die Projektleiterin, dass die Führungsebene das Vorhaben sichtbar unterstützt.",
};
const char* const kHeads[] = {"Erste Ergebnisse", "Offene Schnittstellen", "Finanzierung gesichert",
                              "Blick nach vorn", "Erfahrungen teilen"};

struct Lcg {
    unsigned long long state;
    unsigned next(unsigned n) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<unsigned>((state >> 33) % n);
    }
};

void write_issue(const fs::path& dir, int pages) {
    fs::remove_all(dir);
    fs::create_directories(dir / "articles");
    // Measured: an article of ~2,000 words fills three pages (each article
    // starts on a new page and ends with balanced columns).
    const int articles = std::max(1, pages / 3);
    Lcg rng{static_cast<unsigned long long>(pages) * 7919u};
    std::ofstream issue(dir / "issue.xml");
    issue << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<issue magazine=\"Kommune21\" number=\"12\" "
             "year=\"2020\" date=\"2020-12-01\" lang=\"de-DE\" layout=\"kommune21\">\n<section title=\"Praxis\">\n";
    for (int a = 0; a < articles; ++a) {
        const std::string id = "artikel-" + std::to_string(a + 1);
        issue << "  <article src=\"articles/" << id << ".xml\"/>\n";
        std::ofstream art(dir / "articles" / (id + ".xml"));
        art << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article id=\"" << id
            << "\" date=\"2020-11-20\" author=\"bm\">\n<kicker>Musterkreis</kicker>\n<title>Verwaltung im Wandel, Teil "
            << a + 1 << "</title>\n<lead>" << kSentences[rng.next(30)] << "</lead>\n<body>\n";
        int words = 0;
        for (int p = 0; words < 2000; ++p) {
            if (p > 0 && p % 6 == 0) art << "<h2>" << kHeads[rng.next(5)] << "</h2>\n";
            art << "<p>";
            const int sentences = 3 + static_cast<int>(rng.next(5));
            for (int s = 0; s < sentences; ++s) {
                std::string sentence = kSentences[rng.next(30)];
                words += static_cast<int>(std::count(sentence.begin(), sentence.end(), ' ')) + 1;
                art << (s ? " " : "") << sentence;
            }
            art << "</p>\n";
        }
        art << "</body>\n<keywords>Praxis, Benchmark</keywords>\n</article>\n";
    }
    issue << "</section>\n</issue>\n";
}

struct Run {
    double seconds = 0;
    long peak_kib = 0;
    int pages = 0;
};

Run build(const fs::path& issue, const fs::path& pdf) {
    std::fflush(stdout);  // or the child would print our buffered lines again
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid == 0) {
        std::string out = pdf.string() + ".log";
        if (!std::freopen(out.c_str(), "w", stdout) || !std::freopen("/dev/null", "w", stderr)) _exit(127);
        execl(HEFTSATZ_BINARY, HEFTSATZ_BINARY, "build", issue.c_str(), "-o", pdf.c_str(), nullptr);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run run;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.peak_kib = usage.ru_maxrss;
    std::ifstream log(pdf.string() + ".log");
    std::string line;
    std::getline(log, line);
    std::smatch m;
    if (std::regex_search(line, m, std::regex(": (\\d+) pages"))) run.pages = std::stoi(m[1].str());
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::cerr << "heftsatz failed on " << issue << "\n";
        std::exit(1);
    }
    return run;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

Run measure(const fs::path& issue, const fs::path& pdf, int runs) {
    std::vector<double> times, peaks;
    Run last;
    for (int r = 0; r < runs; ++r) {
        last = build(issue, pdf);
        times.push_back(last.seconds);
        peaks.push_back(static_cast<double>(last.peak_kib));
    }
    last.seconds = median(times);
    last.peak_kib = static_cast<long>(median(peaks));
    return last;
}

void report(const std::string& name, const Run& r) {
    std::printf("%-14s %6d pages  %8.3f s  %8.1f pages/s  %7.1f MiB peak RSS\n", name.c_str(), r.pages,
                r.seconds, r.pages / r.seconds, r.peak_kib / 1024.0);
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
    if (sizes.empty()) sizes = {20, 100, 500};
    const fs::path work =
        keep.empty() ? fs::temp_directory_path() / ("heftsatz-bench-" + std::to_string(getpid())) : keep;
    fs::create_directories(work);
    std::printf("median of %d runs each\n", runs);
    report("sample issue", measure(fs::path(HEFTSATZ_SOURCE_DIR) / "issues/2020-12", work / "sample.pdf", runs));
    std::vector<Run> results;
    for (int n : sizes) {
        const fs::path dir = work / ("issue-" + std::to_string(n));
        write_issue(dir, n);
        results.push_back(measure(dir, work / ("n" + std::to_string(n) + ".pdf"), runs));
        report("N = " + std::to_string(n), results.back());
    }
    for (std::size_t i = 0; i < sizes.size(); ++i)
        for (std::size_t j = 0; j < sizes.size(); ++j)
            if (sizes[i] == 100 && sizes[j] == 500)
                std::printf("time(N=500) / time(N=100) = %.2f (pages %d / %d)\n",
                            results[j].seconds / results[i].seconds, results[j].pages, results[i].pages);
    if (keep.empty()) fs::remove_all(work);
    return 0;
}
