#!/usr/bin/env python3
"""Benchmark of the nightly job against poppler and qpdf on the same reports (issue 7).

    bench/benchmark.py [--candidats 300[,1000]] [--work DIR] [--jar target/jury-e61.jar]

For each N: generates a session of N candidates with Word-like reports (embedded TrueType
fonts, photos, ~30 pages), then measures, one after the other on this machine:
  cold       nightly on a fresh state
  unchanged  the next night, nothing new
  one        the next night with one report replaced by a new one
  poppler    pdfinfo + pdftotext over the same reports, 2 processes at a time
  qpdf       qpdf --empty --pages building each commission's merged PDF from the same files,
             compared with the job's "dossiers" step
and prints each ratio against its target and the peak RSS of each nightly JVM.
Needs poppler-utils and qpdf (apt-get install -y poppler-utils qpdf). Not a test: run it by hand.
"""
import argparse, csv, io, os, re, shutil, subprocess, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor


def run(cmd, **kw):
    """Runs a command; returns (seconds, peak RSS in MiB, stdout+stderr)."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kw)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - start
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{out.decode(errors='replace')[-3000:]}")
    return seconds, usage.ru_maxrss / 1024, out.decode(errors="replace")


JAVA_OPTS = os.environ.get("JAVA_OPTS", "-Xmx768m").split()


def nightly(jar, inp, out, state):
    """The nightly job as jobs/nightly.sh runs it (same JAVA_OPTS: a bounded heap)."""
    env = dict(os.environ, CI="true")
    return run(["java", *JAVA_OPTS, "-jar", jar, "nightly", "--input", inp, "--output", out, "--state", state], env=env)


def step_ms(log, step):
    m = re.search(rf"step {step} COMPLETED: .* in (\d+) ms", log)
    return int(m.group(1)) / 1000 if m else float("nan")


def reports(inp):
    with open(os.path.join(inp, "rapports", "depots.csv"), encoding="utf-8") as f:
        return [os.path.join(inp, "rapports", r["fichier"]) for r in csv.DictReader(f, delimiter=";")]


def poppler(files):
    def one(f):
        subprocess.run(["pdfinfo", f], stdout=subprocess.DEVNULL, check=True)
        subprocess.run(["pdftotext", f, "-"], stdout=subprocess.DEVNULL, check=True)
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(one, files))
    return time.monotonic() - start


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


def bench(jar, n, work):
    base = os.path.join(work, f"n{n}")
    shutil.rmtree(base, ignore_errors=True)
    inp, out, state = (os.path.join(base, d) for d in ("input", "out", "state"))
    print(f"\n== N = {n}: generating a Word-like session ...", flush=True)
    run(["java", "-jar", jar, "generate-sample", "--output", inp, "--candidats", str(n), "--commissions",
         str(max(3, n // 25)), "--style", "word"])
    files = reports(inp)
    size = sum(os.path.getsize(f) for f in files) / 2**20
    print(f"   {len(files)} reports, {size:.0f} MiB", flush=True)

    cold, cold_rss, cold_log = nightly(jar, inp, out, state)
    unchanged, unch_rss, _ = nightly(jar, inp, out, state)
    # one report replaced by a new one (another generated session's report: new content, new SHA-256)
    other = os.path.join(base, "other")
    run(["java", "-jar", jar, "generate-sample", "--output", other, "--candidats", "1", "--graine", "7",
         "--style", "word"])
    shutil.copyfile(os.path.join(other, "rapports", "E61-0001", "rapport.pdf"), files[0])
    one, one_rss, _ = nightly(jar, inp, out, state)
    pop = poppler(files)
    qpdf = qpdf_packs(inp, out)
    packs = step_ms(cold_log, "dossiers")

    print(f"   cold nightly      {cold:7.1f} s   peak RSS {cold_rss:6.0f} MiB")
    print(f"   unchanged night   {unchanged:7.1f} s   peak RSS {unch_rss:6.0f} MiB")
    print(f"   one report new    {one:7.1f} s   peak RSS {one_rss:6.0f} MiB")
    print(f"   poppler (2 procs) {pop:7.1f} s   pdfinfo + pdftotext on {len(files)} reports")
    print(f"   qpdf packs        {qpdf:7.1f} s   vs the job's dossiers step {packs:.1f} s")
    print(f"   cold / poppler       = {cold / pop:5.2f}   target <= 2.0 (aim 1.0)  {verdict(cold / pop, 2.0)}")
    print(f"   unchanged / cold     = {unchanged / cold:5.2f}   target <= 0.10          {verdict(unchanged / cold, 0.10)}")
    print(f"   one new - unchanged  = {one - unchanged:5.1f} s  (one analysis: about {cold / max(1, len(files)):.2f} s)")
    print(f"   packs / qpdf         = {packs / qpdf:5.2f}   target <= 2.0           {verdict(packs / qpdf, 2.0)}")
    print(f"   peak RSS             = {max(cold_rss, unch_rss, one_rss):5.0f} MiB target <= 1024   "
          f"{verdict(max(cold_rss, unch_rss, one_rss), 1024)}")
    return max(cold_rss, unch_rss, one_rss)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidats", default="300")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "jury-e61-bench"))
    parser.add_argument("--jar", default="target/jury-e61.jar")
    args = parser.parse_args()
    for tool in ("pdfinfo", "pdftotext", "qpdf", "java"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} missing: apt-get install -y poppler-utils qpdf")
    if not os.path.exists(args.jar):
        sys.exit(f"no jar at {args.jar}: mvn -B -DskipTests package first")
    print(f"machine: {os.cpu_count()} cores; JAVA_OPTS {' '.join(JAVA_OPTS)}; work folder {args.work}")
    peaks = [(n, bench(args.jar, int(n), args.work)) for n in args.candidats.split(",")]
    if len(peaks) > 1:
        print("\npeak RSS by N: " + ", ".join(f"N={n}: {rss:.0f} MiB" for n, rss in peaks))


if __name__ == "__main__":
    main()
