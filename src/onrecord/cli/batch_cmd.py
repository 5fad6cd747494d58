"""``onrecord batch``: many articles -> Parquet partitions, on a process pool or Dask."""

from __future__ import annotations

import sys

import click

from ..options import Options
from ..scale import DEFAULT_PARTITION_SIZE, BatchSummary, make_engine, run_batch
from ..scale.runner import summarize
from . import cli
from .common import SKIPS_SHOWN, extraction_options, friendly_errors, resume_hint


def format_summary(summary: BatchSummary) -> str:
    """The end-of-run report: totals, skip reasons, speed."""
    lines = [
        f"{summary.documents:,} documents in {summary.partitions:,} partitions -> {summary.out_dir}",
        f"  articles {summary.articles:,}, quotes {summary.quotes:,}, entities {summary.entities:,}, "
        f"skipped {summary.skipped:,}",
    ]
    reasons = list(summary.skipped_reasons.items())
    lines += [f"  skipped {count:,}: {reason}" for reason, count in reasons[:SKIPS_SHOWN]]
    if len(reasons) > SKIPS_SHOWN:
        rest = sum(count for _, count in reasons[SKIPS_SHOWN:])
        lines.append(f"  ... and {len(reasons) - SKIPS_SHOWN:,} more reasons ({rest:,} skipped; all in "
                     f"{summary.out_dir}/skipped/)")
    if summary.resumed:
        lines.append(f"  resumed: {summary.resumed:,} partitions were already complete")
    lines.append(
        f"  this run: {summary.documents_this_run:,} documents in {summary.seconds:.1f} s "
        f"({summary.docs_per_second:.2f} docs/s) on {summary.engine}"
    )
    return "\n".join(lines)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output directory (Parquet partitions + manifest.json); rerun to resume")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (local engine) or LocalCluster workers (dask without --scheduler)")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: a process pool on this machine; dask: a dask.distributed cluster")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address, e.g. tcp://host:8786 (default: a LocalCluster)")
@click.option("--partition-size", type=click.IntRange(min=1), default=DEFAULT_PARTITION_SIZE,
              show_default=True, help="Documents per partition (and per output file)")
@click.option("--model", default=None, help="spaCy pipeline package to use (default: best installed)")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal)")
@extraction_options
@friendly_errors
def batch(
    inputs: tuple[str, ...], out_dir: str, workers: int, engine: str, scheduler: str | None,
    partition_size: int, model: str | None, progress: bool | None, options: Options,
) -> None:
    """Process many articles into Parquet tables: articles, quotes, entities, skipped.

    INPUTS are files (.txt, .html, .jsonl[.gz], .warc[.gz]) or directories. The output
    directory is written atomically per partition; rerunning the same command after an
    interruption skips the partitions already complete.

    \b
    onrecord batch crawl/*.warc.gz -o out/ --workers 2
    onrecord batch dumps/ -o out/ --engine dask --scheduler tcp://host:8786
    onrecord batch crawl/ -o out/ --kinds direct,mixed --no-entities   # the fast path
    """
    from ..ingest import count_inputs

    if progress is None:
        progress = sys.stderr.isatty()
    total = count_inputs(inputs) if progress else None
    try:
        with make_engine(engine, workers=workers, scheduler=scheduler, model=model) as runner:
            summary = run_batch(inputs, out_dir, engine=runner, partition_size=partition_size,
                                options=options, progress=progress, total=total)
    except KeyboardInterrupt:
        try:
            done = summarize(out_dir)
            state = (f"{done.partitions:,} partition{'' if done.partitions == 1 else 's'} ({done.documents:,} documents)"
                     f" {'is' if done.partitions == 1 else 'are'} complete in {out_dir}")
        except (OSError, ValueError):
            state = f"nothing is complete in {out_dir} yet"
        click.echo(resume_hint(f"interrupted: {state}"), err=True)
        sys.exit(130)
    click.echo(format_summary(summary))
