#!/usr/bin/env python3
"""Benchmark of the nightly job against poppler and qpdf on the same reports (issues 7 and 13).

    bench/benchmark.py [--candidats 300,1000,3000] [--work DIR] [--jar target/jury-e61.jar] [--reels DIR]

The night runs as in production: through jobs/nightly.sh (extracted jar, class-data archive
trained once, beforehand, on a small night: not timed), with the launcher's JVM options (JAVA_OPTS
unset; set it to measure others). For each N: generates a session of N candidates with Word-like reports (embedded
TrueType fonts, photos, ~30 pages), then measures, one after the other on this machine:
  cold       nightly on a fresh state
  unchanged  the next night, nothing new
  one        the next night with one report replaced by a new one
  poppler    pdfinfo + pdftotext over the same reports, 2 processes at a time
  qpdf       qpdf --empty --pages building each commission's merged PDF from the same files,
             compared with the job's "dossiers" step
and prints each ratio against its target and the peak RSS of each nightly JVM. Then the same
cold night on the real reports of --reels (../shared/realworld/pdfs): the evaluation step's time
per page against pdftotext's. Then check-report --format html (issue 16) on each real report and
on a generated 60-page one: time, peak RSS and page size of the slowest.
    bench/benchmark.py --check-report-seul    only that last part (no poppler or qpdf needed)
    bench/benchmark.py --reparti 1000         issue 17: the same cold night of N candidates with the state
                                              in PostgreSQL, single-machine, then manager + 2 workers on
                                              this machine (same cores: the overhead, target < 15 %);
                                              needs Debian's postgresql (apt-get install -y postgresql)
Needs poppler-utils and qpdf (apt-get install -y poppler-utils qpdf). Not a test: run it by hand.
"""
import argparse, csv, glob, os, re, shutil, subprocess, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor


def run(cmd, **kw):
    """Runs a command; returns (seconds, peak RSS in MiB of it or its largest child, stdout+stderr)."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kw)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - start
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{out.decode(errors='replace')[-3000:]}")
    return seconds, usage.ru_maxrss / 1024, out.decode(errors="replace")


# Unset: the launcher's own JVM options (jobs/nightly.sh); set (even empty): these instead.
JAVA_OPTS = os.environ.get("JAVA_OPTS")
OPTS_SHOWN = "(the launcher's)" if JAVA_OPTS is None else repr(JAVA_OPTS)
LAUNCHER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "jobs", "nightly.sh")


def nightly(jar, inp, out, state, cache):
    """The nightly job as jobs/nightly.sh runs it; returns (seconds, peak RSS, this night's log)."""
    logs = os.path.join(state, "logs")
    before = {f: os.path.getsize(os.path.join(logs, f)) for f in os.listdir(logs)} if os.path.isdir(logs) else {}
    env = dict(os.environ, CI="true", JURY_JAR=os.path.abspath(jar), JURY_INPUT=inp, JURY_OUTPUT=out,
               JURY_STATE=state, JURY_CACHE=cache)
    seconds, rss, _ = run([LAUNCHER], env=env, stdin=subprocess.DEVNULL)
    text = ""
    for f in sorted(os.listdir(logs)):
        if f.startswith("nightly-"):
            with open(os.path.join(logs, f), encoding="utf-8", errors="replace") as log:
                log.seek(before.get(f, 0))
                text += log.read()
    return seconds, rss, text


def train(jar, work, cache):
    """The class-data archive, trained by the launcher on its own small night (once; not timed)."""
    base = os.path.join(work, "entrainement")
    shutil.rmtree(base, ignore_errors=True)
    run(["java", "-jar", jar, "generate-sample", "--output", os.path.join(base, "input"), "--candidats", "5"])
    nightly(jar, os.path.join(base, "input"), os.path.join(base, "out"), os.path.join(base, "state"), cache)


def step_ms(log, step):
    m = re.search(rf"step {step} COMPLETED: .* in (\d+) ms", log)
    return int(m.group(1)) / 1000 if m else float("nan")


def reports(inp):
    with open(os.path.join(inp, "rapports", "depots.csv"), encoding="utf-8") as f:
        return [os.path.join(inp, "rapports", r["fichier"]) for r in csv.DictReader(f, delimiter=";")]


def poppler(files):
    def one(f):
        subprocess.run(["pdfinfo", f], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        subprocess.run(["pdftotext", f, "-"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(one, files))
    return time.monotonic() - start


def pages(f):
    out = subprocess.run(["pdfinfo", f], capture_output=True, text=True, errors="replace").stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else 0


def qpdf_packs(inp, out):
    """qpdf building each commission's merged PDF from the interviewed candidates' grid + report."""
    with open(os.path.join(out, "decisions.csv"), encoding="utf-8-sig") as f:
        rows = [r for r in csv.DictReader(f, delimiter=";") if r["decision"] == "INTERROGE"]
    total = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for code in sorted({r["commission"] for r in rows}):
            files = []
            for r in sorted((r for r in rows if r["commission"] == code), key=lambda r: r["numero_candidat"]):
                files += [os.path.join(out, "dossiers", code, "candidats", r["numero_candidat"], "grille.pdf"),
                          os.path.join(out, "dossiers", code, "candidats", r["numero_candidat"], "rapport.pdf")]
            seconds, _, _ = run(["qpdf", "--empty", "--pages", *files, "--", os.path.join(tmp, code + ".pdf")])
            total += seconds
    return total


def verdict(value, limit):
    return "OK " if value <= limit else "NOT MET"


def generate(jar, inp, n):
    run(["java", "-jar", jar, "generate-sample", "--output", inp, "--candidats", str(n), "--commissions",
         str(max(3, n // 25)), "--style", "word"])


def bench(jar, n, work, cache):
    base = os.path.join(work, f"n{n}")
    shutil.rmtree(base, ignore_errors=True)
    inp, out, state = (os.path.join(base, d) for d in ("input", "out", "state"))
    print(f"\n== N = {n}: generating a Word-like session ...", flush=True)
    generate(jar, inp, n)
    files = reports(inp)
    size = sum(os.path.getsize(f) for f in files) / 2**20
    print(f"   {len(files)} reports, {size:.0f} MiB", flush=True)

    cold, cold_rss, cold_log = nightly(jar, inp, out, state, cache)
    unchanged, unch_rss, unch_log = nightly(jar, inp, out, state, cache)
    if "Aucun changement" not in unch_log:
        print("   WARNING: the unchanged night ran in full")
    # one report replaced by a new one (another generated session's report: new content, new SHA-256)
    other = os.path.join(base, "other")
    run(["java", "-jar", jar, "generate-sample", "--output", other, "--candidats", "1", "--graine", "7",
         "--style", "word"])
    shutil.copyfile(os.path.join(other, "rapports", "E61-0001", "rapport.pdf"), files[0])
    one, one_rss, _ = nightly(jar, inp, out, state, cache)
    pop = poppler(files)
    qpdf = qpdf_packs(inp, out)
    packs = step_ms(cold_log, "dossiers")
    peak = max(cold_rss, unch_rss, one_rss)

    print(f"   cold nightly      {cold:7.1f} s   peak RSS {cold_rss:6.0f} MiB")
    print(f"   unchanged night   {unchanged:7.2f} s   peak RSS {unch_rss:6.0f} MiB")
    print(f"   one report new    {one:7.1f} s   peak RSS {one_rss:6.0f} MiB")
    print(f"   poppler (2 procs) {pop:7.1f} s   pdfinfo + pdftotext on {len(files)} reports")
    print(f"   qpdf packs        {qpdf:7.1f} s   vs the job's dossiers step {packs:.1f} s")
    print(f"   cold / poppler       = {cold / pop:5.2f}   target <= {1.5 if n < 1000 else 1.0}       "
          f"{verdict(cold / pop, 1.5 if n < 1000 else 1.0)}")
    print(f"   unchanged            = {unchanged:5.2f} s = {unchanged / cold:4.2f} x cold  target "
          f"{'<= 1.5 s' if n < 1000 else '<= 0.05 x cold'}  "
          f"{verdict(unchanged, 1.5) if n < 1000 else verdict(unchanged / cold, 0.05)}")
    print(f"   one new - unchanged  = {one - unchanged:5.1f} s  (a cold night's time per report: "
          f"{cold / max(1, len(files)):.2f} s)")
    print(f"   packs / qpdf         = {packs / qpdf:5.2f}   target <= 1.5           {verdict(packs / qpdf, 1.5)}")
    print(f"   peak RSS             = {peak:5.0f} MiB target <= 1024   {verdict(peak, 1024)}")
    return peak


def real_reports(jar, work, cache, folder):
    """A cold night whose reports are the real ones: the evaluation step per page against pdftotext."""
    pdfs = sorted(glob.glob(os.path.join(folder, "*.pdf")))
    if not pdfs:
        return
    base = os.path.join(work, "reels")
    shutil.rmtree(base, ignore_errors=True)
    inp, out, state = (os.path.join(base, d) for d in ("input", "out", "state"))
    generate(jar, inp, len(pdfs))
    files = reports(inp)
    for target, pdf in zip(files, pdfs):
        shutil.copyfile(pdf, target)
    total_pages = sum(pages(f) for f in files)
    _, rss, log = nightly(jar, inp, out, state, cache)
    evaluation = step_ms(log, "evaluation")
    pop = poppler(files)
    print(f"\n== real reports ({len(files)} files, {total_pages} pages, {folder})")
    print(f"   evaluation step   {evaluation:7.1f} s = {1000 * evaluation / total_pages:5.1f} ms/page "
          f"(rules, grids and the whole analysis included)")
    print(f"   poppler (2 procs) {pop:7.1f} s = {1000 * pop / total_pages:5.1f} ms/page")
    print(f"   evaluation / poppler = {evaluation / pop:5.2f}   peak RSS {rss:.0f} MiB")


def check_report_html(jar, work, folder):
    """check-report --format html: the slowest and largest report, against bounds a student's machine keeps."""
    base = os.path.join(work, "check-report-html")
    shutil.rmtree(base, ignore_errors=True)
    os.makedirs(base)
    sample = os.path.join(base, "session")
    generate(jar, sample, 4)
    files = sorted(glob.glob(os.path.join(folder, "*.pdf"))) + reports(sample)[:1]
    # a 60-page report: the generated one with its pages repeated (qpdf), as a long Word export
    long_pdf = os.path.join(base, "long-60-pages.pdf")
    if shutil.which("qpdf") and files:
        subprocess.run(["qpdf", "--empty", "--pages", files[-1], files[-1], "--", long_pdf], check=False)
        if os.path.exists(long_pdf):
            subprocess.run(["qpdf", long_pdf, "--pages", long_pdf, "1-60", "--", long_pdf + ".tmp"], check=False)
            if os.path.exists(long_pdf + ".tmp"):
                os.replace(long_pdf + ".tmp", long_pdf)
                files.append(long_pdf)
    rows = []
    for f in files:
        html = os.path.join(base, os.path.basename(f) + ".html")
        p = subprocess.Popen(["java", "-jar", jar, "check-report", "--format", "html", f, "-o", html],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        start = time.monotonic()
        _, _, usage = os.wait4(p.pid, 0)
        rows.append((time.monotonic() - start, usage.ru_maxrss / 1024, os.path.getsize(html) / 1e6, f))
    slowest = max(rows)
    biggest = max(rows, key=lambda r: r[1])
    largest = max(rows, key=lambda r: r[2])
    print(f"\n== check-report --format html ({len(rows)} reports, {folder} and a generated 60-page one)")
    print(f"   slowest   {slowest[0]:5.1f} s   target <= 10 s   {verdict(slowest[0], 10)}  ({os.path.basename(slowest[3])})")
    print(f"   peak RSS  {biggest[1]:5.0f} MiB target <= 512    {verdict(biggest[1], 512)}  ({os.path.basename(biggest[3])})")
    print(f"   page size {largest[2]:5.2f} MB  target <= 1.5    {verdict(largest[2], 1.5)}  ({os.path.basename(largest[3])})")


def postgres(work):
    """A PostgreSQL server of Debian's package in a folder of its own; returns (url of a new base, stop)."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins:
        sys.exit("PostgreSQL missing: apt-get install -y postgresql")
    bin_dir = bins[-1]
    folder = os.path.join(work, "postgres")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    root = os.geteuid() == 0
    as_server = ["runuser", "-u", "postgres", "--"] if root else []
    if root:
        shutil.chown(folder, "postgres")
    port = free_port()
    run(as_server + [f"{bin_dir}/initdb", "-D", f"{folder}/data", "-U", "jury", "-A", "trust", "-E", "UTF8",
                     "--locale=C.UTF-8"])
    run(as_server + [f"{bin_dir}/pg_ctl", "-D", f"{folder}/data", "-l", f"{folder}/journal.log", "-w", "-o",
                     f"-p {port} -k {folder} -h 127.0.0.1", "start"])
    run([f"{bin_dir}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "jury", "seul"])
    run([f"{bin_dir}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "jury", "reparti"])

    def stop():
        subprocess.run(as_server + [f"{bin_dir}/pg_ctl", "-D", f"{folder}/data", "-m", "immediate", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return f"jdbc:postgresql://127.0.0.1:{port}/", stop


def distributed(jar, n, work):
    """Issue 17: the cold night of N candidates, single-machine on PostgreSQL vs manager + 2 workers."""
    base = os.path.join(work, f"reparti-n{n}")
    shutil.rmtree(base, ignore_errors=True)
    inp = os.path.join(base, "input")
    print(f"\n== distributed night, N = {n}: generating a Word-like session ...", flush=True)
    generate(jar, inp, n)
    url, stop = postgres(base)
    env = dict(os.environ, JURY_BASE_UTILISATEUR="jury", JURY_BASE_MOT_DE_PASSE="")
    # a first, small night on each base (not timed): the workers, which run all session long, are
    # warm when the measured night comes; the two bases then hold the same history
    warm = os.path.join(base, "rodage")
    run(["java", "-jar", jar, "generate-sample", "--output", warm, "--candidats", "20", "--graine", "7", "--style",
         "word"])
    workers = []
    try:
        run(["java", "-jar", jar, "nightly", "--input", warm, "--output", os.path.join(base, "out-seul"), "--state",
             os.path.join(base, "etat-seul"), "--base", url + "seul"], env=env)
        single, single_rss, single_out = run(["java", "-jar", jar, "nightly", "--input", inp, "--output",
                                     os.path.join(base, "out-seul"), "--state", os.path.join(base, "etat-seul"),
                                     "--base", url + "seul"], env=env)
        port = free_port()
        # two workers on this machine: each takes its share of the cores, as a deployment would
        share = str(max(1, (os.cpu_count() or 2) // 2))
        for i in (1, 2):
            log = open(os.path.join(base, f"travailleur-{i}.txt"), "w")
            workers.append(subprocess.Popen(["java", "-jar", jar, "worker", "--base", url + "reparti", "--broker",
                                             f"tcp://localhost:{port}", "--state", os.path.join(base, f"etat-t{i}"),
                                             "--fils", share],
                                            env=env, stdout=log, stderr=subprocess.STDOUT))
        manager = ["java", "-jar", jar, "nightly", "--output", os.path.join(base, "out-reparti"), "--state",
                   os.path.join(base, "etat-reparti"), "--base", url + "reparti", "--workers", "--broker-port",
                   str(port), "--delai-travailleurs", "30"]
        run(manager + ["--input", warm], env=env)
        multi, multi_rss, out = run(manager + ["--input", inp], env=env)
    finally:
        for w in workers:
            w.kill()
        stop()
    same = subprocess.run(["diff", "-r", "-x", "rapport-audit.html", os.path.join(base, "out-seul", ".courant/"),
                           os.path.join(base, "out-reparti", ".courant/")], stdout=subprocess.PIPE).returncode == 0
    overhead = multi / single - 1
    print(f"   single machine (PostgreSQL)   {single:7.1f} s   peak RSS {single_rss:6.0f} MiB")
    print(f"   manager + 2 workers (same 2 cores) {multi:7.1f} s   manager peak RSS {multi_rss:6.0f} MiB")
    print(f"   overhead             = {overhead * 100:5.1f} %  target < 15 %          {verdict(overhead, 0.15)}")
    print(f"   outputs identical (audit report aside): {'yes' if same else 'NO'}")
    print(f"   reports per second: {n / multi:.1f} (2 workers sharing the manager's cores)")
    with open(os.path.join(base, "gestionnaire.txt"), "w") as f:
        f.write(out)
    with open(os.path.join(base, "seul.txt"), "w") as f:
        f.write(single_out)
    for line in out.splitlines():
        # each step's closing line (not its progress lines)
        if re.search(r"(Analyse des documents|Évaluation des candidats|Dossiers des commissions|Instantané)[^:]* : [^…%]*$",
                     line):
            print("   manager: " + line.strip())


def free_port():
    """A free TCP port on this machine (for the embedded broker)."""
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidats", default="300,1000,3000")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "jury-e61-bench"))
    parser.add_argument("--jar", default="target/jury-e61.jar")
    parser.add_argument("--reels", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                                        "shared", "realworld", "pdfs"))
    parser.add_argument("--check-report-seul", action="store_true")
    parser.add_argument("--reparti", type=int, metavar="N")
    args = parser.parse_args()
    if args.reparti:
        distributed(args.jar, args.reparti, args.work)
        return
    if args.check_report_seul:
        check_report_html(args.jar, args.work, os.path.abspath(args.reels))
        return
    for tool in ("pdfinfo", "pdftotext", "qpdf", "java"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} missing: apt-get install -y poppler-utils qpdf")
    if not os.path.exists(args.jar):
        sys.exit(f"no jar at {args.jar}: mvn -B -DskipTests package first")
    cache = os.path.join(args.work, "cache-jvm")
    shutil.rmtree(cache, ignore_errors=True)
    print(f"machine: {os.cpu_count()} cores; JAVA_OPTS {OPTS_SHOWN}; work folder {args.work}", flush=True)
    train(args.jar, args.work, cache)
    peaks = [(n, bench(args.jar, int(n), args.work, cache)) for n in args.candidats.split(",") if n]
    if len(peaks) > 1:
        print("\npeak RSS by N: " + ", ".join(f"N={n}: {rss:.0f} MiB" for n, rss in peaks))
    real_reports(args.jar, args.work, cache, os.path.abspath(args.reels))
    check_report_html(args.jar, args.work, os.path.abspath(args.reels))


if __name__ == "__main__":
    main()
