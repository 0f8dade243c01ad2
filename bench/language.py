"""Benchmark of the language layer against plain jieba.posseg: `python -m bench.language`.

Prints, from one run on the bundled sample issues repeated to ``--mb`` megabytes:
- MB/s of plain ``jieba.posseg`` (POSTokenizer over a jieba.Tokenizer with the same
  dictionaries), one process;
- MB/s of the layer as the pipeline runs it: ``transforms.language.analyse`` (tokens +
  entities + keywords, results pickled back) in a ProcessPoolExecutor with one worker per
  core, each worker building its tokenizer once in the initializer (not timed);
- the ratio, the token/tag agreement of the fast backend with jieba.posseg, and the peak
  memory of the whole process tree (psutil).
There is no text cache in the language layer, so nothing is cached between repeats.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import psutil

from baozhi.settings import BUNDLED_SAMPLES
from transforms.model import Article

_WORKER = {}


def sample_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(BUNDLED_SAMPLES.glob("*/*.txt")))


def articles_from(text: str, target_bytes: int, paras_per_article: int = 12) -> list[Article]:
    """The sample paragraphs, repeated until ``target_bytes``, grouped into articles."""
    paras = [p.strip() for p in text.splitlines() if p.strip()]
    out: list[Article] = []
    size, i = 0, 0
    while size < target_bytes:
        chunk = tuple(paras[(i * paras_per_article + k) % len(paras)] for k in range(paras_per_article))
        headline, body = chunk[0], chunk[1:]
        out.append(Article(f"bench-a{i:05d}", i + 1, headline, None, None, None, (), (), "news", None, (), None, None, body))
        size += len(headline.encode()) + len("\n".join(body).encode())
        i += 1
    return out


def _init_worker(user_dicts: tuple[Path, ...]) -> None:
    from baozhi.resources import idf_for, tokenizer_for

    _WORKER["tokenizer"] = tokenizer_for(user_dicts)
    _WORKER["idf"] = idf_for(0, {})


def _analyse_batch(batch: list[Article]):
    from transforms.language import analyse

    return analyse(batch, _WORKER["tokenizer"], _WORKER["idf"])


def _ready(_: int) -> int:
    time.sleep(0.3)  # keep this worker busy so the pool starts (and initialises) the others
    return os.getpid()


class PeakMemory:
    """Polls the RSS of this process and all its children; ``peak`` is the largest sum seen."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval, self.peak, self.peak_worker = interval, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for p in [me, *me.children(recursive=True)]:
                try:
                    rss = p.memory_info().rss
                except psutil.Error:
                    continue
                total += rss
                if p.pid != me.pid:
                    self.peak_worker = max(self.peak_worker, rss)
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.language", description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes of text (sample issues repeated)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--start-method", default="spawn", choices=("spawn", "forkserver", "fork"))
    parser.add_argument("--batch", type=int, default=25, help="articles per worker task")
    args = parser.parse_args(argv)

    from baozhi import settings as settings_mod
    from baozhi.resources import dict_texts, tokenizer_for
    from transforms.tokenise import Tokenizer, agreement

    user_dicts = settings_mod.load().user_dicts
    text = sample_text()
    articles = articles_from(text, int(args.mb * 1e6))
    mb = sum(len(a.headline.encode()) + len(a.body.encode()) for a in articles) / 1e6
    print(f"text: {mb:.2f} MB in {len(articles)} articles (the 3 sample issues repeated); text caches: none")

    with PeakMemory() as mem:
        # 1. plain jieba.posseg, one process, same dictionaries
        reference = Tokenizer(dict_texts(user_dicts), backend="jieba", cache_dir=str(_cache()))
        posseg = reference.posseg
        t0 = time.perf_counter()
        for a in articles:
            posseg.lcut(a.headline)
            posseg.lcut(a.body)
        plain = mb / (time.perf_counter() - t0)
        print(f"plain jieba.posseg, 1 process:        {plain:6.3f} MB/s")

        # 2a. the layer in this one process: less sensitive to other load on a shared machine
        from baozhi.resources import idf_for
        from transforms.language import analyse

        layer_tk, idf = tokenizer_for(user_dicts), idf_for(0, {})
        t0 = time.perf_counter()
        analyse(articles, layer_tk, idf)
        single = mb / (time.perf_counter() - t0)
        print(f"language layer, 1 process:            {single:6.3f} MB/s ({single / plain:.2f}x plain)")

        # 2b. the layer, worker processes
        batches = [articles[i : i + args.batch] for i in range(0, len(articles), args.batch)]
        # spawn, not fork: a forked worker would start with this process's reference tokenizer
        # in its pages, which is neither what the pipeline's workers hold nor honest memory.
        ctx = multiprocessing.get_context(args.start_method)
        with ProcessPoolExecutor(args.workers, ctx, _init_worker, (user_dicts,)) as pool:
            while len(set(pool.map(_ready, range(args.workers * 2)))) < args.workers:
                pass  # until every worker has run its initializer (built its tokenizer)
            t0 = time.perf_counter()
            n_tokens = sum(len(r.tokens) for batch in pool.map(_analyse_batch, batches) for r in batch)
            layer = mb / (time.perf_counter() - t0)
        print(f"language layer, {args.workers} worker processes:  {layer:6.3f} MB/s "
              f"(tokens + entities + keywords, {n_tokens} tokens)")
        print(f"ratio layer / plain posseg:           {layer / plain:6.2f}x")

    # 3. agreement of the fast backend with jieba.posseg on the (unrepeated) samples
    fast = tokenizer_for(user_dicts)
    ref_pairs = [(p.word, p.flag) for p in posseg.cut(text) if not p.word.isspace()]
    agree = agreement(ref_pairs, fast.cut(text))
    print(f"agreement with jieba.posseg (tokens+tags): {agree * 100:.3f}% of {len(ref_pairs)} tokens")
    print(f"peak memory, whole process tree:      {mem.peak / 2**20:6.0f} MB "
          f"(largest worker {mem.peak_worker / 2**20:.0f} MB)")


def _cache() -> Path:
    from baozhi.resources import cache_dir

    return cache_dir()


if __name__ == "__main__":
    main()
