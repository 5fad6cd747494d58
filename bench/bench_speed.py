"""Speed of onrecord against textacy's direct_quotations, side by side, on the same documents.

    python bench/bench_speed.py                 # 2,000 documents (PolNeAR test, repeated)
    python bench/bench_speed.py --docs 200      # a quick run
    python bench/bench_speed.py --docs 100 --profile prof.html --only onrecord
    python bench/bench_speed.py --docs 84 --only breakdown     # seconds per spaCy component / stage

Each system runs in its own child process pinned to one core (so peak RSS is its own),
with the spaCy model loaded before the clock starts:

- ``onrecord``: ``onrecord.pipeline.process_many`` over the documents (what ``extract``
  and every batch worker run);
- ``textacy``: the same spaCy model's full pipeline (``spacy.load``, ``nlp.pipe``) and
  ``textacy.extract.triples.direct_quotations`` on every document; its exceptions (it raises
  on an odd number of quote marks) are caught and counted;
- ``marks``: the fast path, ``process_many(kinds="direct,mixed", entities=False)`` (what
  ``extract --kinds direct,mixed --no-entities`` runs): quotes in marks, the same scope as
  textacy's, parsing only the sentences around quote marks and without NER;
- ``batch-1`` / ``batch-2``: the batch machinery (``iter_partitions``, ``LocalEngine``,
  ``run_partition`` writing Parquet) with 1 and 2 local workers, warmed up first, for the
  scaling ratio; "docs/CPU-s" there counts the workers' CPU time inside partitions only;
  ``marks-batch-1`` / ``marks-batch-2`` the same on the fast path.

(The "pipeline" lines list the loaded components; the fast path disables ``ner`` per call.)

Prints documents/second, documents/second per core, peak RSS, and the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from onrecord.options import Options

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear" / "test.jsonl"
KINDS = ("onrecord", "marks", "textacy", "batch-1", "batch-2", "marks-batch-1", "marks-batch-2")
#: the fast path: ``--kinds direct,mixed --no-entities``
FAST = Options.of("direct,mixed", entities=False)
EXTRA = ("breakdown",)  # run only when asked with --only


def load_texts(path: Path, n: int) -> list[str]:
    """The texts of ``path`` (JSONL with a "text" field), repeated in order to ``n`` documents."""
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not texts:
        sys.exit(f"{path}: no documents")
    return [texts[i % len(texts)] for i in range(n)]


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def run_onrecord(texts: list[str], profile: str | None, options: Options | None = None) -> dict:
    from onrecord.nlp import load_nlp
    from onrecord.pipeline import document_id, process_many
    from onrecord.types import Article, Document

    nlp = load_nlp()
    docs = [Document(id=f"{i}-{document_id(t)}", text=t) for i, t in enumerate(texts)]
    list(process_many(docs[:2], options, nlp=nlp))  # warm caches outside the clock
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.002)
        profiler.start()
    start, cpu = time.perf_counter(), time.process_time()
    results = list(process_many(docs, options, nlp=nlp))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    if profiler:
        profiler.stop()
        Path(profile).write_text(profiler.output_html() if profile.endswith(".html") else profiler.output_text())
    articles = [r for r in results if isinstance(r, Article)]
    return {"seconds": seconds, "cpu_seconds": cpu, "quotes": sum(len(a.quotes) for a in articles),
            "failed": len(results) - len(articles), "pipes": list(nlp.pipe_names)}


def run_textacy(texts: list[str]) -> dict:
    import spacy
    from textacy.extract.triples import direct_quotations

    from onrecord.nlp import available_model

    nlp = spacy.load(available_model())  # the same model, as spaCy ships it (no onrecord components)
    list(nlp.pipe(texts[:2]))
    quotes = failed = 0
    start, cpu = time.perf_counter(), time.process_time()
    for doc in nlp.pipe(texts, batch_size=32):
        try:
            quotes += sum(1 for _ in direct_quotations(doc))
        except Exception:  # noqa: BLE001 - textacy raises on unbalanced quote marks; count them
            failed += 1
    return {"seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - cpu,
            "quotes": quotes, "failed": failed,
            "pipes": list(nlp.pipe_names)}


QUOTE_CHARS = frozenset('"“”«»„')


def run_breakdown(texts: list[str]) -> dict:
    """Seconds per spaCy component and per onrecord stage, one document at a time.

    Also how much of the text is in "candidate" sentences (a quote mark, a cue lemma from
    onrecord.language.cues, or "according to"): the part the parser would still have to see
    if it ran only where an attribution can be.
    """
    from collections import Counter

    from onrecord import pipeline
    from onrecord.language.cues import SPEECH_NOUNS, STRONG, WEAK
    from onrecord.nlp import load_nlp

    SPEECH_VERBS, CUE_VERBS = STRONG, STRONG | WEAK
    from onrecord.types import Document

    nlp = load_nlp()
    tests = {  # what makes a sentence a candidate, from strictest to broadest
        "quote marks": lambda sent, lower: any(c in QUOTE_CHARS for c in sent.text),
        "marks, speech verbs, according to": lambda sent, lower: (
            any(c in QUOTE_CHARS for c in sent.text) or "according to" in lower
            or any(tok.lemma_.lower() in SPEECH_VERBS for tok in sent)),
        "marks, all cue verbs and nouns": lambda sent, lower: (
            any(c in QUOTE_CHARS for c in sent.text) or "according to" in lower
            or any(tok.lemma_.lower() in CUE_VERBS | SPEECH_NOUNS for tok in sent)),
    }
    seconds: Counter[str] = Counter()
    tokens = sentences = failed = 0
    candidate_tokens: Counter[str] = Counter()
    candidate_sentences: Counter[str] = Counter()
    clock = time.perf_counter
    for i, text in enumerate(texts):
        t = clock()
        doc = nlp.make_doc(text)
        seconds["spacy:tokenizer"] += clock() - t
        for name, component in nlp.pipeline:
            t = clock()
            doc = component(doc)
            seconds[f"spacy:{name}"] += clock() - t
        document = Document(id=str(i), text=text)
        t = clock()
        try:
            boilerplate = pipeline.find_boilerplate(document)
            seconds["onrecord:clean"] += clock() - t
            t = clock()
            quotes = pipeline.extract_quotes(pipeline.ArticleIndex(doc, boilerplate))
            seconds["onrecord:quotes"] += clock() - t
            t = clock()
            pipeline.resolve(doc, quotes)
            seconds["onrecord:entities"] += clock() - t
        except Exception:  # noqa: BLE001 - count a stage that fails, as process_many would skip it
            failed += 1
        for sent in doc.sents:
            lower = sent.text.lower()
            sentences += 1
            tokens += len(sent)
            for label, test in tests.items():
                if test(sent, lower):
                    candidate_sentences[label] += 1
                    candidate_tokens[label] += len(sent)
    return {"seconds": sum(seconds.values()), "cpu_seconds": time.process_time(), "quotes": 0, "failed": failed, "pipes": list(nlp.pipe_names),
            "breakdown": {k: round(v, 3) for k, v in seconds.most_common()},
            "candidates": {label: [round(candidate_sentences[label] / max(1, sentences), 3),
                                   round(candidate_tokens[label] / max(1, tokens), 3)] for label in tests}}


def _pause(seconds: float) -> None:
    time.sleep(seconds)


def _timed_partition(partition, out_dir: str, options: Options | None = None) -> tuple[dict, float]:
    """``run_partition`` in a worker, with the worker's CPU seconds for it."""
    from onrecord.scale.runner import run_partition

    cpu = time.process_time()
    marker = run_partition(partition, out_dir, options=options or Options())
    return marker, time.process_time() - cpu


def run_batch_engine(texts: list[str], workers: int, options: Options | None = None) -> dict:
    """The batch machinery (partitions of a JSONL file, LocalEngine, run_partition), warm."""
    import functools

    from onrecord.scale import LocalEngine, iter_partitions

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp, "docs.jsonl")
        data.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
        size = max(5, min(50, len(texts) // 16))  # enough partitions to keep both workers busy
        with LocalEngine(workers) as engine:
            # start the workers and load their models outside the clock
            list(engine.map_partitions(_pause, [0.5] * workers * 2))
            if workers == 1:
                from onrecord.nlp import load_nlp

                load_nlp()
            start = time.perf_counter()
            task = functools.partial(_timed_partition, out_dir=tmp, options=options)
            done = list(engine.map_partitions(task, iter_partitions([str(data)], size)))
            seconds = time.perf_counter() - start
    return {"seconds": seconds, "cpu_seconds": sum(cpu for _, cpu in done),
            "quotes": sum(m["counts"]["quotes"] for m, _ in done),
            "failed": sum(m["counts"]["skipped"] for m, _ in done),
            "children_peak_rss_mb": round(peak_rss_mb(resource.RUSAGE_CHILDREN), 1)}


def child(kind: str, data: Path, n: int, profile: str | None) -> None:
    """Run one measurement in this process and print it as one JSON line."""
    cores = 2 if kind.endswith("batch-2") else 1
    if hasattr(os, "sched_setaffinity") and len(os.sched_getaffinity(0)) >= cores:
        os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[:cores])
    texts = load_texts(data, n)
    if kind == "onrecord":
        result = run_onrecord(texts, profile)
    elif kind == "marks":
        result = run_onrecord(texts, profile, FAST)
    elif kind == "textacy":
        result = run_textacy(texts)
    elif kind == "breakdown":
        result = run_breakdown(texts)
    else:
        result = run_batch_engine(texts, cores, FAST if kind.startswith("marks") else None)
    result.update(kind=kind, docs=n, cores=cores, chars=sum(map(len, texts)),
                  peak_rss_mb=round(peak_rss_mb(), 1))
    print(json.dumps(result))


def measure(kind: str, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--child", kind, "--docs", str(args.docs), "--data", str(args.data)]
    if args.profile and kind in ("onrecord", "marks"):
        command += ["--profile", args.profile]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        sys.exit(f"{kind} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(results: dict[str, dict]) -> None:
    print(f"{'system':<13} {'docs':>6} {'cores':>5} {'seconds':>8} {'docs/s':>7} {'docs/s/core':>11} "
          f"{'chars/s':>8} {'docs/CPU-s':>10} {'peak RSS MB':>11} {'quotes':>7} {'failed':>6}")
    for kind, r in results.items():
        rate = r["docs"] / r["seconds"]
        rss = r["peak_rss_mb"] if "children_peak_rss_mb" not in r else f"{r['peak_rss_mb']}+{r['children_peak_rss_mb']}"
        r["rate"] = rate
        print(f"{kind:<13} {r['docs']:>6} {r['cores']:>5} {r['seconds']:>8.1f} {rate:>7.2f} {rate / r['cores']:>11.2f} "
              f"{r['chars'] / r['seconds']:>8.0f} {r['docs'] / r['cpu_seconds']:>10.2f} {rss!s:>11} "
              f"{r['quotes']:>7} {r['failed']:>6}")
    for kind in ("onrecord", "marks"):
        if kind in results and "textacy" in results:
            print(f"{kind} / textacy, one core: {results[kind]['rate'] / results['textacy']['rate']:.2f}x")
    for one, two in (("batch-1", "batch-2"), ("marks-batch-1", "marks-batch-2")):
        if one not in results or two not in results:
            continue
        print(f"{two} / {one}: {results[two]['rate'] / results[one]['rate']:.2f}x wall-clock; "
              f"CPU per document {results[two]['cpu_seconds'] / results[one]['cpu_seconds']:.2f}x "
              "(near 1.00 = no parallel overhead; the wall-clock ratio needs 2 idle cores)")
    for kind, r in results.items():
        if "breakdown" in r:
            total = sum(r["breakdown"].values())
            print(f"where the time goes ({kind}, one document at a time, {total:.1f} s):")
            for stage, secs in r["breakdown"].items():
                print(f"  {stage:<22} {secs:>7.2f} s  {100 * secs / total:5.1f} %")
            for label, (sents, toks) in r["candidates"].items():
                print(f"  candidate sentences ({label}): {100 * sents:.1f} % of sentences, {100 * toks:.1f} % of tokens")
    for kind, r in results.items():
        if r.get("pipes"):
            print(f"{kind} pipeline: {', '.join(r['pipes'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents (PolNeAR test repeated)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with a text field")
    parser.add_argument("--only", choices=KINDS + EXTRA, action="append", help="run only these (repeatable)")
    parser.add_argument("--profile", help="write a pyinstrument profile of the onrecord run (.html or .txt)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--child", choices=KINDS + EXTRA, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"{args.data}: not found; give --data with a JSONL file of articles")
    if args.child:
        child(args.child, args.data, args.docs, args.profile)
        return
    results = {}
    for kind in args.only or KINDS:
        print(f"running {kind} on {args.docs} documents...", file=sys.stderr, flush=True)
        results[kind] = measure(kind, args)
    report(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
