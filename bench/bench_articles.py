"""Measure 3: each bundled implementation against the article's own loop, on the article's
settings, in each language where the article prints its code.

  av_mlp          2017 article, numpy loop and R loop (bench/articles/av_mlp_2017.*), X 3 x 4,
                  3 hidden units, lr 0.1, 5000 epochs (fixtures/av_mlp/article-5000.json);
                  in R also a correct port of the article's loop that adds biases with sweep()
  zhou_sgd        the beginners' article's numpy loop (bench/articles/zhou_2019.py), its 4
                  samples, lr 0.1, 1000 epochs (fixtures/zhou_sgd/article-1000.json), as
                  printed (loss every 10th epoch) and with its loss every epoch, as ours has
  udacity_linear  the Udacity-style article's class (bench/articles/udacity_class.py), one
                  train() per pass, on fixtures/udacity_linear/article-like.json
  av_nobias       the 2020 article's code is not printed in its text: nothing to compare

    .venv/bin/python bench/bench_articles.py        (BENCH_REPEATS=25 by default)
"""

import contextlib
import io
import sys

import numpy as np

import common
from common import ROOT, column, median, ratio

sys.path.insert(0, str(common.HERE / "articles"))
import av_mlp_2017  # noqa: E402
import udacity_class  # noqa: E402
import zhou_2019  # noqa: E402

from nnparity import fixtures, paths  # noqa: E402
from nnparity.networks import av_mlp, udacity_linear, zhou_sgd  # noqa: E402
from nnparity.declaration import NETWORKS


def fixture_args(network, name):
    return fixtures.load(paths.FIXTURES / network / f"{name}.json").args()


def python_contenders():
    a = fixture_args("av_mlp", "article-5000")
    z = fixture_args("zhou_sgd", "article-1000")
    z_article = {k: float(v) if np.ndim(v) == 0 and k != "epochs" else v for k, v in z.items()}
    u = fixture_args("udacity_linear", "article-like")
    sink = io.StringIO()

    def zhou_article(every):
        with contextlib.redirect_stdout(sink):
            return common.timed(zhou_2019.train, **z_article, loss_every=every)

    av = (a["X"], a["y"], a["wh"], a["bh"], a["wout"], a["bout"], a["lr"], a["epochs"])
    return {
        "av_mlp": ({"article": lambda: common.timed(av_mlp_2017.train, *av),
                    "ours": lambda: common.timed(av_mlp.train, **a)}, a["epochs"]),
        "zhou_sgd": ({"article": lambda: zhou_article(10),
                      "article_loss_every_epoch": lambda: zhou_article(1),
                      "ours": lambda: common.timed(zhou_sgd.train, **z)}, z["epochs"]),
        "udacity_linear": ({"article": lambda: common.timed(udacity_class.train, **u),
                            "ours": lambda: common.timed(udacity_linear.train, **u)},
                           u["epochs"]),
    }


def same_results():
    """Check that each article loop computes what the bundled network computes."""
    a = fixture_args("av_mlp", "article-5000")
    out = av_mlp_2017.train(a["X"], a["y"], a["wh"], a["bh"], a["wout"], a["bout"], a["lr"],
                            a["epochs"])
    ours = av_mlp.train(**a)
    assert all(np.array_equal(out[k], ours[k]) for k in NETWORKS["av_mlp"].PARAMS)
    z = {k: float(v) if np.ndim(v) == 0 and k != "epochs" else v
         for k, v in fixture_args("zhou_sgd", "article-1000").items()}
    with contextlib.redirect_stdout(io.StringIO()):
        net = zhou_2019.train(**z)
    ours = zhou_sgd.train(**z)
    assert all(getattr(net, k) == ours[k] for k in NETWORKS["zhou_sgd"].PARAMS)
    u = fixture_args("udacity_linear", "article-like")
    net, ours = udacity_class.train(**u), udacity_linear.train(**u)
    assert np.array_equal(net.weights_input_to_hidden, ours["weights_input_to_hidden"])


def main():
    rounds = common.repeats(25)
    same_results()
    result = {"rounds": rounds, "python": {}, "r": {}}
    common.say(f"articles: {rounds} interleaved rounds per network and language")
    for network, (contenders, epochs) in python_contenders().items():
        for g in contenders.values():
            g()                                  # warm up
        runs = common.interleaved(contenders, rounds)
        base = column(runs["article"])
        result["python"][network] = {
            "epochs": epochs,
            "us_per_epoch": {k: median(column(v)) / epochs * 1e6 for k, v in runs.items()},
            "ratio_to_article": {k: ratio(column(v), base) for k, v in runs.items()},
        }
        if "article_loss_every_epoch" in runs:
            result["python"][network]["ratio_to_article_loss_every_epoch"] = ratio(
                column(runs["ours"]), column(runs["article_loss_every_epoch"]))
        common.say(f"  Python {network}: " + ", ".join(
            f"{k} {v:.1f} us/epoch" for k, v in result["python"][network]["us_per_epoch"].items())
            + f"; ours / article {result['python'][network]['ratio_to_article']['ours']:.3f}")
    _, p = common.run([common.RSCRIPT, str(common.HERE / "articles_bench.R"), str(ROOT),
                       str(rounds)])
    r = common.last_json(p.stdout)
    epochs = r.pop("epochs")
    result["r"]["av_mlp"] = {
        "epochs": epochs,
        "us_per_epoch": {k: median(v) / epochs * 1e6 for k, v in r.items()},
        "ratio_to_article": {k: ratio(v, r["article"]) for k, v in r.items()},
    }
    common.say("  R av_mlp: " + ", ".join(
        f"{k} {v:.1f} us/epoch" for k, v in result["r"]["av_mlp"]["us_per_epoch"].items())
        + f"; ours / article {result['r']['av_mlp']['ratio_to_article']['ours']:.3f}")
    common.save("articles", result)


if __name__ == "__main__":
    sys.exit(main())
