"""Measure 4: the harness's time against epochs and against samples, the crossings into R per
fixture, and the cost of lockstep against the free run.

  epochs    av_mlp on the 2017 article's data (3 x 4, 3 hidden units), 1e2 to 1e5 epochs:
            checking.free_run_check() (both languages, every quantity compared) and
            lockstep.free_run() (both trajectories recorded, every 100th state kept)
  samples   av_nobias on two-moons-like data (2 features), 1e2 to 1e5 samples, 16 to 256
            hidden units, 5 epochs: checking.free_run_check()
  lockstep  every bundled fixture: lockstep.lockstep() (single steps from the Python
            reference's states, in both languages) against checking.free_run_check(), with
            where lockstep's time goes

Crossings are counted by RSession.calls. Each point is measured in rounds, its sizes in
rotating order, after one untimed run; medians. The ratios are taken on CPU time
(time.process_time: Python and the embedded R both run in this process), which a busy
neighbour disturbs less than the wall clock; the times shown are wall clock.

    .venv/bin/python bench/bench_scaling.py        (BENCH_REPEATS=3 by default)
"""

import dataclasses
import sys
import time

import numpy as np

import common
from common import column, median

from nnparity import checking, fixtures, lockstep, paths, runners, trajectory  # noqa: E402
from nnparity.declaration import NETWORKS  # noqa: E402

EPOCHS = [100, 1_000, 10_000, 100_000]
SAMPLES = [100, 1_000, 10_000, 100_000]
HIDDEN = [16, 64, 256]


def with_epochs(fixture, epochs):
    return dataclasses.replace(fixture, hyper={**fixture.hyper, "epochs": epochs})


def moons_like(fixture, n, h, epochs=5):
    """Return an av_nobias fixture of n samples (2 features, like the moons) and h hidden units.

    The gradient is a sum over samples, so the learning rate is 1 / n: a larger one saturates
    the sigmoids within a few epochs, and subnormal numbers then slow both languages down
    tenfold, which would measure the CPU's floating point, not the harness."""
    rng = np.random.default_rng(n * 1000 + h)
    X = rng.normal(size=(2, n))
    y = (X[0:1] * X[1:2] > 0).astype(np.float64)
    init = {"weights_input_hidden": rng.uniform(-0.5, 0.5, size=(2, h)),
            "weights_hidden_output": rng.uniform(-0.5, 0.5, size=(h, 1))}
    return dataclasses.replace(fixture, name=f"n{n}-h{h}", data={"X": X, "y": y}, init=init,
                               hyper={"lr": 1.0 / n, "epochs": epochs})


def linear_fit(x, seconds):
    """Return (fixed seconds, seconds per unit, largest relative departure of a point from
    the line) of the least-squares line seconds = a + b * x."""
    b, a = np.polyfit(np.asarray(x, dtype=float), seconds, 1)
    fitted = a + b * np.asarray(x, dtype=float)
    return float(a), float(b), float(np.max(np.abs(np.asarray(seconds) - fitted) / fitted))


def crossings_of(r, f, *args, **kwargs):
    """Return the seconds of f(*args, **kwargs) and the crossings into R it made."""
    before = r.calls
    return {**common.timed(f, *args, **kwargs), "crossings": r.calls - before}


# The compute alone, without the harness: train() and predict() in the same embedded R,
# nothing converted back.
_R_NATIVE = """function(train, predict, args, input, names) {
  out <- do.call(train, args)
  do.call(predict, c(args[input], out[names]))
  invisible(NULL)
}"""


def native(session, fixture):
    """Return the seconds of train() + predict() in Python, then in R, without the harness."""
    net = NETWORKS[fixture.network]
    run_r = session._ro.r(_R_NATIVE)
    train, predict = (session.function(fixture.net, f) for f in ("train", "predict"))
    with session._convert():
        r_args = session._r_args(fixture.args())
    inputs, names = session._ro.StrVector([net.INPUT]), session._ro.StrVector(list(net.PARAMS))

    def both():
        out = net.train(**fixture.args())
        net.predict(fixture.data[net.INPUT], **{k: out[k] for k in net.PARAMS})
        run_r(train, predict, r_args, inputs, names)
    return lambda: common.timed(both)


def by_epochs(session, rounds):
    base = fixtures.load(paths.FIXTURES / "av_mlp" / "article-5000.json")
    contenders = {}
    for e in EPOCHS:
        f = with_epochs(base, e)
        contenders[f"native {e}"] = native(session, f)
        contenders[f"free_run_check {e}"] = (
            lambda f=f: crossings_of(session, checking.free_run_check, f, session=session))
        contenders[f"trajectories {e}"] = (
            lambda f=f: crossings_of(session, lockstep.free_run, f, session=session))
        contenders[f"lockstep {e}"] = (
            lambda f=f: crossings_of(session, lockstep.lockstep, f, session=session))
    runs = common.interleaved(contenders, rounds, warm_up=True)
    out = {}
    for kind in ("native", "free_run_check", "trajectories", "lockstep"):
        seconds = [median(column(runs[f"{kind} {e}"])) for e in EPOCHS]
        a, b, departure = linear_fit(EPOCHS, seconds)
        out[kind] = {"epochs": EPOCHS, "seconds": seconds,
                     "us_per_epoch": [s / e * 1e6 for s, e in zip(seconds, EPOCHS)],
                     "fixed_s": a, "us_per_epoch_fit": b * 1e6, "departure": departure,
                     "over_native": [common.ratio(column(runs[f"{kind} {e}"], "cpu"),
                                                  column(runs[f"native {e}"], "cpu"))
                                     for e in EPOCHS]}
        if kind != "native":
            out[kind]["crossings"] = [runs[f"{kind} {e}"][0]["crossings"] for e in EPOCHS]
    return out


def by_samples(session, rounds):
    base = fixtures.load(paths.FIXTURES / "av_nobias" / "moons-2000.json")
    points = [(n, h) for h in HIDDEN for n in SAMPLES]
    contenders = {}
    for n, h in points:
        f = moons_like(base, n, h)
        contenders[f"native {n} {h}"] = native(session, f)
        contenders[f"check {n} {h}"] = (
            lambda f=f: crossings_of(session, checking.free_run_check, f, session=session))
    with np.errstate(over="ignore"):
        runs = common.interleaved(contenders, rounds, warm_up=True)
    out = {"epochs": 5, "points": []}
    for n, h in points:
        check, compute = column(runs[f"check {n} {h}"]), column(runs[f"native {n} {h}"])
        out["points"].append({"samples": n, "hidden": h, "seconds": median(check),
                              "native_seconds": median(compute),
                              "us_per_sample_epoch": median(check) / (n * 5) * 1e6,
                              "over_native": common.ratio(
                                  column(runs[f"check {n} {h}"], "cpu"),
                                  column(runs[f"native {n} {h}"], "cpu")),
                              "crossings": runs[f"check {n} {h}"][0]["crossings"]})
    for h in HIDDEN:
        pts = [p for p in out["points"] if p["hidden"] == h]
        a, b, departure = linear_fit([p["samples"] for p in pts], [p["seconds"] for p in pts])
        out[f"h{h}"] = {"fixed_s": a, "us_per_sample_epoch_fit": b / 5 * 1e6,
                        "departure": departure}
    return out


def lockstep_against_free_run(session, rounds):
    loaded = [fixtures.load(p) for p in fixtures.discover([paths.FIXTURES])]
    loaded = [f for f in loaded if f.epochs > 0]
    contenders = {}
    for f in loaded:
        contenders[f"free {f.id}"] = lambda f=f: common.timed(
            checking.free_run_check, f, session=session)
        contenders[f"lockstep {f.id}"] = lambda f=f: common.timed(
            lockstep.lockstep, f, session=session)
    runs = common.interleaved(contenders, rounds, warm_up=True)
    per_fixture = []
    for f in loaded:
        free, lock = column(runs[f"free {f.id}"]), column(runs[f"lockstep {f.id}"])
        per_fixture.append({"fixture": f.id, "epochs": f.epochs,
                            "checked": len(lockstep.choose_epochs(f.epochs)[0]),
                            "free": median(free), "lockstep": median(lock),
                            "free_cpu": median(column(runs[f"free {f.id}"], "cpu")),
                            "lockstep_cpu": median(column(runs[f"lockstep {f.id}"], "cpu")),
                            "ratio": common.ratio(column(runs[f"lockstep {f.id}"], "cpu"),
                                                  column(runs[f"free {f.id}"], "cpu"))})
    watch = common.Stopwatch({"reference states (Python trajectory)": (trajectory, "record_python"),
                       "R single steps": (trajectory, "steps_r"),
                       "comparisons": (lockstep, "compare")})
    try:
        t = time.perf_counter()
        for f in loaded:
            lockstep.lockstep(f, session=session)
        total = time.perf_counter() - t
    finally:
        watch.restore()
    free_total = sum(p["free"] for p in per_fixture)
    lock_total = sum(p["lockstep"] for p in per_fixture)
    return {"per_fixture": per_fixture, "free_total": free_total, "lockstep_total": lock_total,
            "ratio_total": (sum(p["lockstep_cpu"] for p in per_fixture)
                            / sum(p["free_cpu"] for p in per_fixture)),
            "ratio_median": median([p["ratio"] for p in per_fixture]),
            "ratio_worst": max(p["ratio"] for p in per_fixture),
            "breakdown": {**{k: v / total for k, v in watch.seconds.items()},
                          "total seconds": total}}


def main():
    rounds = common.repeats(3)
    session = runners.RSession.get()
    common.say(f"scaling: {rounds} rounds")
    result = {"rounds": rounds, "epochs": by_epochs(session, rounds)}
    for kind, r in result["epochs"].items():
        common.say(f"  {kind} against epochs {EPOCHS}: " + ", ".join(
            f"{u:.1f}" for u in r["us_per_epoch"]) + f" us/epoch; line {r['fixed_s']:.3f} s + "
            f"{r['us_per_epoch_fit']:.1f} us/epoch; x native " + ", ".join(
                f"{x:.2f}" for x in r["over_native"])
            + (f"; crossings into R {r['crossings']}" if "crossings" in r else ""))
    result["samples"] = by_samples(session, rounds + 2)
    for h in HIDDEN:
        pts = [p for p in result["samples"]["points"] if p["hidden"] == h]
        common.say(f"  free_run_check, {h} hidden units, samples {SAMPLES}: " + ", ".join(
            f"{p['us_per_sample_epoch']:.3f}" for p in pts) + " us/sample/epoch; x native "
            + ", ".join(f"{p['over_native']:.2f}" for p in pts)
            + f"; crossings {[p['crossings'] for p in pts]}")
    result["lockstep"] = lockstep_against_free_run(session, rounds)
    ls = result["lockstep"]
    common.say(f"  lockstep against free run, every bundled fixture: {ls['ratio_total']:.2f}x in "
               f"total ({ls['lockstep_total']:.2f} s against {ls['free_total']:.2f} s), median "
               f"fixture {ls['ratio_median']:.2f}x, worst {ls['ratio_worst']:.2f}x "
               "(target <= 2)")
    common.say("    lockstep's time: " + ", ".join(
        f"{k} {v:.0%}" for k, v in ls["breakdown"].items() if k != "total seconds"))
    common.save("scaling", result)


if __name__ == "__main__":
    sys.exit(main())
