"""Tenth red-team round: the command line, the Python API and file ingest, probed as a careless
or hostile user would. Each probe states what it expects before it is run; the script prints
one row per probe (pass/FAIL, exit code, seconds, what was seen).

    python -P bench/cli_probes.py [names...]

Expectations common to every probe unless it says otherwise: no ``Traceback`` on stderr, every
error a single line that names the file or option, a non-zero exit for errors, and the run
ends within its time limit.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

IMKG = str(Path(sys.executable).with_name("imkg"))
GOOD = "# Note\n\nEmpowerment leads to job satisfaction. Motivated employees help.\n"
ROOT = Path(tempfile.mkdtemp(prefix="imkg-probes-"))


@dataclass
class Seen:
    code: int | None
    out: str
    err: str
    seconds: float
    peak_mb: float = 0.0


# Runs the command and writes the largest resident size of any process it started (KB).
MEASURE = """import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)"""


def run(*args: str, timeout: float = 300, env: dict | None = None, stdin=None, **kw) -> Seen:
    began = time.perf_counter()
    peak_file = ROOT / "peak"
    peak_file.unlink(missing_ok=True)
    proc = subprocess.Popen([sys.executable, "-c", MEASURE, str(peak_file), IMKG, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, stdin=stdin,
                            start_new_session=True, **kw)  # fmt: skip
    try:
        out, err = proc.communicate(timeout=timeout)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # imkg and its workers too, not only the wrapper
        proc.communicate()
        code, out, err = None, "", f"TIMEOUT after {timeout}s"
    peak = int(peak_file.read_text()) / 1024 if peak_file.exists() else 0.0
    return Seen(code, out, err, time.perf_counter() - began, peak)


def folder(name: str) -> Path:
    path = ROOT / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def data(name: str) -> str:
    return str(ROOT / f"data-{name}")


def clean(seen: Seen) -> list[str]:
    """Problems every probe checks: a traceback, a time-out."""
    problems = []
    if "Traceback" in seen.err:
        problems.append("traceback")
    if seen.code is None:
        problems.append("timeout")
    return problems


def error_lines(seen: Seen) -> list[str]:
    """Stderr lines, without the note that a new store gets its ontology built first."""
    return [line for line in seen.err.splitlines() if line.strip() and "building it" not in line]


def one_line_error(seen: Seen, code: int = 2, words: str = "") -> list[str]:
    problems = clean(seen)
    lines = error_lines(seen)
    if seen.code != code:
        problems.append(f"exit {seen.code} != {code}")
    if len(lines) != 1:
        problems.append(f"{len(lines)} stderr lines")
    if words and words not in seen.err:
        problems.append(f"no {words!r}")
    return problems


PROBES: dict[str, Callable[[], tuple[list[str], Seen]]] = {}


def probe(func: Callable[[], tuple[list[str], Seen]]) -> Callable:
    PROBES[func.__name__] = func
    return func


# --- what reaches ingest -----------------------------------------------------------------


@probe
def symlink_dir_loop():
    """A folder holding a symlink to itself (and to its parent): walked once, good file in."""
    d = folder("loopdir")
    (d / "a.md").write_text(GOOD)
    (d / "self").symlink_to(d)
    (d / "up").symlink_to(d.parent)
    seen = run("ingest", str(d), "--data-dir", data("loop"), "--quiet", timeout=120)
    problems = clean(seen) + ([] if seen.code == 0 else [f"exit {seen.code}"])
    return problems + ([] if "1 written" in seen.out else ["not 1 written"]), seen


@probe
def fifo_and_device():
    """A FIFO named like a text file inside a folder and /dev/zero named explicitly: one line
    each ('not a regular file'), no hang, exit 1."""
    d = folder("fifo")
    (d / "a.md").write_text(GOOD)
    os.mkfifo(d / "pipe.txt")
    seen = run("ingest", str(d), "/dev/zero", "--data-dir", data("fifo"), "--quiet", timeout=60)
    lines = error_lines(seen)
    problems = clean(seen) + ([] if seen.code == 1 else [f"exit {seen.code}"])
    return problems + ([] if len(lines) == 2 else [f"{len(lines)} lines"]), seen


@probe
def odd_file_names():
    """Names with a newline and with bytes that are not UTF-8, one good and one binary each:
    the good ones ingested, each bad one reported on exactly one line, exit 1."""
    d = folder("names")
    (d / "new\nline.md").write_text(GOOD)
    (d / "bin\nary.txt").write_bytes(b"\0\1\2" * 10)
    os.close(os.open(os.fsencode(d) + b"/caf\xe9.md", os.O_CREAT | os.O_WRONLY))
    Path(os.fsdecode(os.fsencode(d) + b"/caf\xe9.md")).write_text(GOOD)
    seen = run("ingest", str(d), "--data-dir", data("names"), "--quiet", timeout=120)
    lines = error_lines(seen)
    problems = clean(seen) + ([] if seen.code == 1 else [f"exit {seen.code}"])
    problems += [] if len(lines) == 1 else [f"{len(lines)} stderr lines for 1 bad file"]
    return problems + ([] if "2 written" in seen.out else ["not 2 written"]), seen


@probe
def same_file_twice():
    """A folder given twice, and a file with its folder: each file counted and stored once."""
    d = folder("twice")
    (d / "a.md").write_text(GOOD)
    (d / "b.md").write_text(GOOD.replace("Note", "Other"))
    seen = run("ingest", str(d), str(d), str(d / "a.md"), f"{d}/../twice",
               "--data-dir", data("twice"), "--quiet", timeout=120)  # fmt: skip
    problems = clean(seen) + ([] if seen.code == 0 else [f"exit {seen.code}"])
    return problems + ([] if "ingested 2 of 2" in seen.out else ["not 2 of 2"]), seen


@probe
def same_content_two_names():
    """The same bytes under two names: two documents (two sources), exit 0."""
    d = folder("copies")
    (d / "one.md").write_text(GOOD)
    (d / "two.md").write_text(GOOD)
    seen = run("ingest", str(d), "--data-dir", data("copies"), "--quiet", timeout=120)
    problems = clean(seen) + ([] if seen.code == 0 else [f"exit {seen.code}"])
    return problems + ([] if "2 written" in seen.out else ["not 2 written"]), seen


@probe
def many_tiny_files():
    """3,000 tiny files: completes, progress bar advances, peak memory under 600 MB."""
    d = folder("tiny")
    for n in range(3000):
        (d / f"t{n:05}.txt").write_text(f"Note {n}. Staff training improves service quality.\n")
    seen = run("ingest", str(d), "--data-dir", data("tiny"), timeout=600)
    problems = clean(seen) + ([] if seen.code == 0 else [f"exit {seen.code}"])
    problems += [] if "3000 written" in seen.out else ["not 3000 written"]
    return problems + ([] if seen.peak_mb < 600 else [f"peak {seen.peak_mb:.0f} MB"]), seen


@probe
def many_large_files():
    """40 files of 15 MB each that fail only when decoded (Latin-1): memory must stay bounded
    (peak under 400 MB), each file one line, exit 1."""
    d = folder("large")
    block = ("caf\xe9 " * 3_000_000).encode("latin-1")[:15_000_000]
    for n in range(40):
        (d / f"l{n:02}.txt").write_bytes(block + bytes([n]))
    seen = run("ingest", str(d), "--data-dir", data("large"), "--quiet", timeout=600)
    lines = error_lines(seen)
    problems = clean(seen) + ([] if seen.code == 1 else [f"exit {seen.code}"])
    problems += [] if len(lines) == 40 else [f"{len(lines)} lines"]
    return problems + ([] if seen.peak_mb < 400 else [f"peak {seen.peak_mb:.0f} MB"]), seen


@probe
def empty_path_argument():
    """``imkg ingest ""`` (an unset shell variable): refused with one line, exit 2, rather than
    ingesting the current directory."""
    cwd = folder("cwd")
    (cwd / "stray.md").write_text(GOOD)
    seen = run("ingest", "", "--data-dir", data("empty"), "--quiet", timeout=120, cwd=cwd)
    return one_line_error(seen, 2), seen


@probe
def empty_data_dir():
    """``--data-dir ""``: refused with one line, exit 2, no store created in the current dir."""
    cwd = folder("cwd2")
    (cwd / "a.md").write_text(GOOD)
    seen = run("ingest", str(cwd / "a.md"), "--data-dir", "", "--quiet", timeout=120, cwd=cwd)
    problems = one_line_error(seen, 2)
    return problems + ([] if not (cwd / "CURRENT").exists() else ["store made in cwd"]), seen


def _ctrl_c_default() -> None:
    """A run started in the background inherits SIGINT ignored; Ctrl-C needs the default."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@probe
def sigint_then_rerun():
    """SIGINT (Ctrl-C, to the process group) during a 300-document ingest with --jobs 2: one line
    'interrupted', exit 130, no traceback from any worker; the re-run completes all 300."""
    d = folder("sigint")
    for n in range(300):
        (d / f"s{n:03}.md").write_text(GOOD + f"Number {n}. Training improves service.\n" * 600)
    proc = subprocess.Popen([IMKG, "ingest", str(d), "--data-dir", data("sigint"), "--quiet",
                             "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True,
                            preexec_fn=_ctrl_c_default)  # fmt: skip
    time.sleep(12)
    os.killpg(proc.pid, signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=60)
        first = Seen(proc.returncode, out, err, 0)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        return ["did not stop within 60 s of SIGINT"], Seen(None, "", "", 60)
    problems = one_line_error(first, 130, "interrupted")
    second = run("ingest", str(d), "--data-dir", data("sigint"), "--quiet", timeout=600)
    problems += [] if second.code == 0 and "ingested 300 of 300" in second.out else ["rerun"]
    first.out += " | rerun: " + second.out
    return problems, first


@probe
def two_ingests_and_serve():
    """A second ``imkg ingest`` and an ``imkg serve`` on a data dir an ingest holds: one line
    each ('in use'), exit 2; the first ingest finishes."""
    d = folder("busy")
    for n in range(150):
        (d / f"b{n:03}.md").write_text(GOOD + "Training improves service quality.\n" * 600)
    store = data("busy")
    first = subprocess.Popen(
        [IMKG, "ingest", str(d), "--data-dir", store, "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(6)
    second = run("ingest", str(d), "--data-dir", store, "--quiet", timeout=60)
    serve = run("serve", "--data-dir", store, "--port", "18765", timeout=60)
    first.communicate(timeout=600)
    problems = one_line_error(second, 2, "in use") + one_line_error(serve, 2, "in use")
    return problems + ([] if first.returncode == 0 else ["first ingest failed"]), second


# --- hostile content ---------------------------------------------------------------------

BILLION_LAUGHS = (
    "---\n"
    + "".join(f"l{i}: &l{i} [{','.join([f'*l{i - 1}'] * 9) if i else 'lol'}]\n" for i in range(10))
    + "title: !!python/object/apply:os.system ['echo pwned']\n---\n"
    + GOOD
)


@probe
def yaml_bombs():
    """Front matter with a billion-laughs alias chain, a 5 MB anchor, a !!python tag: read as
    flat text within seconds, nothing executed, exit 0."""
    d = folder("yaml")
    (d / "laughs.md").write_text(BILLION_LAUGHS)
    (d / "anchor.md").write_text("---\nbig: &a " + "x" * 5_000_000 + "\nb: *a\n---\n" + GOOD)
    (d / "unterminated.md").write_text("---\ntitle: x\n" + "k: v\n" * 200_000 + GOOD)
    seen = run("ingest", str(d), "--data-dir", data("yaml"), "--quiet", timeout=120)
    problems = clean(seen) + ([] if seen.code == 0 else [f"exit {seen.code}"])
    return problems + (["executed"] if "pwned" in seen.out + seen.err else []), seen


@probe
def pathological_markdown_and_html():
    """Deep Markdown nesting (quotes, lists, brackets, emphasis) and HTML with a 5 MB attribute,
    a 5 MB comment and 50,000 unclosed tags: each read or refused within 60 s in all."""
    d = folder("patho")
    (d / "quotes.md").write_text(">" * 100_000 + " deep\n\n" + GOOD)
    (d / "lists.md").write_text("".join("  " * i + "- x\n" for i in range(3000)) + GOOD)
    (d / "brackets.md").write_text("[" * 200_000 + GOOD + "]" * 200_000)
    (d / "emph.md").write_text("*a " * 200_000 + GOOD)
    (d / "attr.html").write_text(f'<html><p title="{"x" * 5_000_000}">{GOOD}</p></html>')
    (d / "comment.html").write_text(f"<html><!-- {'y' * 5_000_000} --><p>{GOOD}</p></html>")
    (d / "unclosed.html").write_text("<html>" + "<b>" * 50_000 + GOOD)
    seen = run("ingest", str(d), "--data-dir", data("patho"), "--quiet", timeout=180)
    problems = clean(seen) + ([] if seen.code in (0, 1) else [f"exit {seen.code}"])
    return problems + ([] if seen.seconds < 60 else [f"{seen.seconds:.0f} s"]), seen


def _pdf(path: Path, *, encrypt: bool = False, blank: bool = False) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    if encrypt:
        writer.encrypt("secret")
    with path.open("wb") as handle:
        writer.write(handle)


@probe
def bad_pdfs_and_docx():
    """Encrypted, blank, header-only and truncated PDFs; a .docx that is a zip of a CSV, a .docx
    that is plain text, a zip bomb-ish .docx of one 200 MB member: one line each, exit 1."""
    d = folder("packed")
    (d / "good.md").write_text(GOOD)
    _pdf(d / "encrypted.pdf", encrypt=True)
    _pdf(d / "blank.pdf")
    (d / "header.pdf").write_bytes(b"%PDF-1.7\n")
    (d / "cut.pdf").write_bytes((d / "blank.pdf").read_bytes()[:300])
    with zipfile.ZipFile(d / "csv.docx", "w") as z:
        z.writestr("data.csv", "a,b\n1,2\n")
    (d / "text.docx").write_text(GOOD)
    with zipfile.ZipFile(d / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<" + "a" * 200_000_000)
    seen = run("ingest", str(d), "--data-dir", data("packed"), "--quiet", timeout=180)
    lines = error_lines(seen)
    problems = clean(seen) + ([] if seen.code == 1 else [f"exit {seen.code}"])
    return problems + ([] if len(lines) == 7 else [f"{len(lines)} lines for 7 bad"]), seen


@probe
def text_encodings():
    """UTF-16 LE/BE with BOM and UTF-8 with BOM ingested; Latin-1, NUL bytes mid-file (after the
    sniffed head) and UTF-16 without BOM one line each; exit 1."""
    d = folder("enc")
    (d / "le.txt").write_bytes(GOOD.encode("utf-16"))
    (d / "be.txt").write_bytes(b"\xfe\xff" + GOOD.encode("utf-16-be"))
    (d / "bom8.md").write_bytes(GOOD.encode("utf-8-sig"))
    (d / "latin.txt").write_bytes(("Caf\xe9 " + GOOD).encode("latin-1"))
    (d / "late-nul.txt").write_bytes(GOOD.encode() * 400 + b"\0\0\0" + GOOD.encode())
    (d / "nobom.txt").write_bytes(GOOD.encode("utf-16-le"))
    seen = run("ingest", str(d), "--data-dir", data("enc"), "--quiet", timeout=120)
    lines = error_lines(seen)
    problems = clean(seen) + ([] if seen.code == 1 else [f"exit {seen.code}"])
    problems += [] if "3 written" in seen.out else ["not 3 written"]
    return problems + ([] if len(lines) == 3 else [f"{len(lines)} lines for 3 bad"]), seen


# --- options and arguments ---------------------------------------------------------------


def _usage(*args: str, words: str = "") -> Callable:
    def check():
        seen = run(*args, timeout=60)
        return one_line_error(seen, 2, words), seen

    return check


d0 = str(ROOT / "opts")
for name, argv, words in [
    ("jobs_zero", ("ingest", d0, "--jobs", "0", "--data-dir", data("o")), "--jobs"),
    ("jobs_negative", ("ingest", d0, "--jobs", "-4", "--data-dir", data("o")), "--jobs"),
    ("jobs_text", ("ingest", d0, "--jobs", "many", "--data-dir", data("o")), "--jobs"),
    ("unknown_option", ("ingest", d0, "--frobnicate"), "--frobnicate"),
    ("missing_paths", ("ingest",), "paths"),
    ("missing_command", (), "command"),
    ("port_negative", ("serve", "--port", "-1", "--data-dir", data("p")), "--port"),
    ("port_too_big", ("serve", "--port", "70000", "--data-dir", data("p")), "--port"),
    ("query_timeout_nan", ("serve", "--query-timeout", "nan", "--data-dir", data("p")), "timeout"),
    ("workers_zero", ("serve", "--query-workers", "0", "--data-dir", data("p")), "workers"),
    ("ask_empty", ("ask", "", "--data-dir", data("a")), ""),
    ("ask_blank", ("ask", "   \n\t", "--data-dir", data("a")), ""),
    ("ask_100k", ("ask", "why " * 25_000, "--data-dir", data("a")), ""),
]:
    PROBES[name] = _usage(*argv, words=words)


@probe
def jobs_thousand():
    """--jobs 1000 over 4 files: no more processes than there is work for (or cores), finishes
    within 120 s, exit 0."""
    d = folder("jobs")
    for n in range(4):
        (d / f"j{n}.md").write_text(GOOD)
    seen = run("ingest", str(d), "--jobs", "1000", "--data-dir", data("jobs"), "--quiet",
               timeout=120)  # fmt: skip
    problems = clean(seen) + ([] if seen.code == 0 else [f"exit {seen.code}"])
    return problems + ([] if seen.peak_mb < 1500 else [f"peak {seen.peak_mb:.0f} MB"]), seen


@probe
def bad_env_numbers():
    """IMKG_INGEST_MAX_BYTES=lots and IMKG_INGEST_MAX_UNPACKED=-1: one line or the default, no
    traceback."""
    seen = run("tag", str(folder("env") / "x.md"), env={"IMKG_INGEST_MAX_BYTES": "lots"})
    return clean(seen), seen


@probe
def coverage_dir_and_missing():
    """``imkg coverage`` on a folder and on a missing file: one line each, exit 1."""
    a = run("coverage", str(folder("cov")), "--data-dir", data("a"), timeout=120)
    b = run("coverage", str(ROOT / "nope.md"), "--data-dir", data("a"), timeout=120)
    return one_line_error(a, 1) + one_line_error(b, 1, "no such file"), a


@probe
def tag_fifo_and_dir():
    """``imkg tag`` on a FIFO and on a folder: one line each, exit 1, no hang."""
    os.mkfifo(ROOT / "tagpipe.md")
    a = run("tag", str(ROOT / "tagpipe.md"), timeout=60)
    b = run("tag", str(folder("tagdir")), timeout=60)
    return one_line_error(a, 1) + one_line_error(b, 1), a


@probe
def export_to_directory():
    """``imkg export -o DIR`` and to a path whose parent is missing: one line, exit 2."""
    a = run("export", "-o", str(folder("outdir")), "--data-dir", data("a"), timeout=120)
    b = run("export", "-o", str(ROOT / "no" / "x.ttl"), "--data-dir", data("a"), timeout=120)
    return one_line_error(a, 2) + one_line_error(b, 2), a


@probe
def stdout_piped_to_head():
    """``imkg export | head -1`` and ``imkg query ... | head -1``: no traceback, no
    'Exception ignored' noise (exit 0 or 141 fine)."""
    cmd = (
        f"{IMKG} export --data-dir {data('a')} | head -1; {IMKG} query "
        f"'SELECT * {{?s ?p ?o}}' --data-dir {data('a')} | head -1; "
        f"{IMKG} ask 'what influences job satisfaction' --data-dir {data('a')} | head -1"
    )
    done = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, timeout=180)
    seen = Seen(done.returncode, done.stdout, done.stderr, 0)
    noise = "Exception ignored" in done.stderr or "BrokenPipe" in done.stderr
    return clean(seen) + (["noise"] if noise else []), seen


@probe
def stdout_closed():
    """Commands run with stdout closed (``>&-``): no traceback, non-zero exit or silence."""
    cmd = (
        f"{IMKG} query 'ASK {{}}' --data-dir {data('a')} >&-; "
        f"{IMKG} tag {folder('twice') / 'a.md'} >&-; {IMKG} --help >&-"
    )
    done = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, timeout=180)
    seen = Seen(done.returncode, done.stdout, done.stderr, 0)
    return clean(seen) + (["noise"] if "Exception ignored" in done.stderr else []), seen


@probe
def lang_c():
    """LANG=C / LC_ALL=C, a non-ASCII file name and text, tag and ingest: works, exit 0."""
    d = folder("langc")
    (d / "résumé.md").write_text(GOOD + "\nMitarbeiterzufriedenheit — “quoted”.\n")
    env = {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    a = run("tag", str(d / "résumé.md"), env=env, timeout=120)
    b = run("ingest", str(d), "--data-dir", data("langc"), env=env, timeout=120)
    problems = clean(a) + clean(b) + ([] if a.code == 0 and b.code == 0 else ["exit"])
    return problems, Seen(a.code, a.out[-200:], a.err + b.err, 0)


@probe
def vanish_and_change_mid_run():
    """Python API: between listing and reading, one file is deleted and one rewritten; the
    deleted one fails with one reason, the rewritten one is stored with its new text."""
    code = f"""
import os
from pathlib import Path
from imkg.store import open_store
from imkg.ingest.run import Progress, ingest_paths
d = Path({str(folder("vanish"))!r})
(d / 'gone.md').write_text({GOOD!r}); (d / 'changed.md').write_text({GOOD!r})
class Meddle(Progress):
    def start(self, total):
        (d / 'gone.md').unlink(); (d / 'changed.md').write_text('Service quality only.\\n')
store = open_store(data_dir=Path({data("vanish")!r}))
from imkg.build import build_graph; build_graph(store)
r = ingest_paths(store, [d], progress=Meddle())
print(r.summary()); print(r.failed)
"""
    done = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True,
                          timeout=180)  # fmt: skip
    seen = Seen(done.returncode, done.stdout, done.stderr, 0)
    problems = clean(seen) + ([] if "1 written" in done.stdout else ["not 1 written"])
    return problems + ([] if "no such file" in done.stdout else ["no reason for gone"]), seen


@probe
def python_api_huge_question():
    """``imkg.qa.answer(store, 10 MB)`` and ``tag_text('')``: a ValueError (or an empty answer)
    within a second or two, no hang."""
    code = """
import time
from imkg.store import open_store
from imkg.qa import answer
from imkg.ingest import tag_text
store = open_store()
t = time.perf_counter()
try:
    answer(store, "why " * 2_500_000)
except ValueError as e:
    print("ValueError", str(e)[:80])
print(round(time.perf_counter() - t, 2), tag_text(""))
"""
    done = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    seen = Seen(done.returncode, done.stdout, done.stderr, 0)
    return clean(seen) + ([] if "ValueError" in done.stdout else ["no ValueError"]), seen


def main(names: list[str]) -> int:
    (ROOT / "opts").mkdir(exist_ok=True)
    (ROOT / "opts" / "x.md").write_text(GOOD)
    subprocess.run([IMKG, "build", "--data-dir", data("a")], capture_output=True, check=True)
    failed = 0
    for name, func in PROBES.items():
        if names and name not in names:
            continue
        try:
            problems, seen = func()
        except Exception as err:  # a probe's own setup failing is reported, not fatal
            problems, seen = [f"probe error {err!r}"], Seen(None, "", "", 0)
        failed += bool(problems)
        status = "pass" if not problems else "FAIL " + "; ".join(problems)
        err = " / ".join(seen.err.strip().splitlines()[-2:])[:160]
        print(f"{name:<32} {status:<40} exit={seen.code} {seen.seconds:6.1f}s "
              f"peak={seen.peak_mb:5.0f}MB  {err}", flush=True)  # fmt: skip
    print(f"{len(PROBES) - failed if not names else '-'} passed, {failed} failed; files in {ROOT}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
