"""Run a user's port in a worker process, so that it cannot take the caller down.

Embedded R cannot be protected from the code it runs: a port that calls quit(), or crashes
R, ends the whole process, and one that never returns cannot be interrupted. So a port runs
in a spawned worker with its own embedded R, and a worker that died or hung is replaced and
the fixture reported as an error. The bundled implementations, which are ours, run in-process.

How long the caller waits. By default each part of a fixture has its own limit, sent by the
worker as the part starts (checking.check announces the parts). The reference side (the
bundled implementation the port is checked against) runs first and is ours: TRUSTED. The
port's free run may then take the most of FLOOR, FACTOR times the reference's time, and SIZE
seconds per unit of the fixture's size (epochs x numbers: for plain loops against BLAS).
Lockstep and trajectories run both sides again, one epoch per call: AGAIN times both free
runs. Measured on the bundled fixtures, every pitfall and correct port: correct ports take
at most 0.25 s a fixture but where they loop over a large one (an av_mlp port of scalar
loops: 3.4 us per unit of size idle, 7 us loaded, 150 times numpy); zhou_sgd in plain R loops
(tests/ports/correct/zhou_sgd_slow_loops.R) at most 0.12 s and 2.6 times the reference above
a few ms; the slowest pitfall ports 30 times the reference (jsonlite per epoch), 1.9 s on a
small fixture (one that ignores epochs); lockstep at most 20 times the free runs (that same
port), trajectories 10 times for ports whose time follows epochs. The floor covers what does
not scale with the run (a call into R, byte-compiling on the first call) and a loaded
machine; it costs a never-returning port FLOOR per small fixture (bench/bench_hang.py). With
`timeout` given, that fixed limit bounds each whole fixture (and loading the port) instead.

A worker that was stopped is replaced by a spare started beside it while the port ran (the
first time, started then): a port that hung once often hangs on the next fixture too, and R's
start-up would otherwise be paid on top of every limit that runs out.
"""

import concurrent.futures
import multiprocessing
import time
from dataclasses import dataclass

from . import checking, explain, fixtures, ports, report, runners

TRUSTED = 600.0   # seconds: our own code (the reference's run, reading a fixture)
STARTUP = 120.0   # seconds: a worker's Python and R starting
LOAD = 30.0       # seconds: sourcing the port's file (by default)
FLOOR = 5.0       # seconds: the least any part of the port's may take (by default)
FACTOR = 20.0     # the port's free run: this many times the reference's...
SIZE = 1e-5       # ...or this many seconds per epoch and number of the fixture's arrays
AGAIN = 50.0      # lockstep and trajectories: this many times both free runs


@dataclass(frozen=True)
class Limit:
    """How long the part of the work now running may take, and what to say when it runs out."""
    seconds: float
    message: str


def _s(seconds):
    return f"{seconds:.2g}" if seconds < 10 else f"{seconds:.0f}"


def port_limit(fixture, took, floor=FLOOR):
    """Return the default Limit on the port's free run of `fixture`, the reference's having
    taken `took` seconds: the most of the floor, FACTOR times the reference, and SIZE per
    unit of the fixture's size (for a port of plain loops checked against BLAS)."""
    size = SIZE * fixture.work
    seconds = max(floor, FACTOR * took, size)
    if seconds == floor:
        why = f"the default limit's floor; the reference took {_s(took)} s"
    elif seconds == size:
        why = (f"{SIZE * 1e6:g} us for each of the fixture's {fixture.work} epochs x numbers; "
               f"the reference took {_s(took)} s")
    else:
        why = f"{FACTOR:g} times the reference's {_s(took)} s"
    return Limit(seconds, f"the port did not return within {_s(seconds)} s ({why}); stopped")


def again_limit(part, took, floor=FLOOR):
    """Return the default Limit on `part` (lockstep, trajectories), which runs both sides
    again one epoch per call, both free runs having taken `took` seconds."""
    seconds = max(floor, AGAIN * took)
    why = (f"{AGAIN:g} times both free runs' {_s(took)} s" if seconds > floor else
           f"the default limit's floor; both free runs took {_s(took)} s")
    return Limit(seconds, f"the port did not return within {_s(seconds)} s in {part} ({why}); "
                          "stopped")


def _phases(conn, fixed, reference, floor):
    """Return the `phase` hook of checking.check in a worker: it times the parts of one
    fixture and sends the parent, as each part starts, the Limit on it (with a `fixed`
    limit, nothing: the parent waits out that limit for the whole fixture). Also return a
    list whose item the caller sets to the fixture now running."""
    started, fixture = {}, [None]  # the fixture now running, set by the caller

    def phase(part):
        if part == "reference":
            started.clear()  # a new fixture
        started[part] = now = time.perf_counter()
        if fixed:
            return
        if part == "reference":
            limit = Limit(TRUSTED, f"the bundled {reference} implementation did not return "
                                   f"within {TRUSTED:g} s; stopped")
        elif part == "port":
            limit = port_limit(fixture[0], now - started["reference"], floor)
        else:  # lockstep, trajectories: both sides again, one epoch per call
            limit = again_limit(part, started.get("lockstep", now) - started["reference"], floor)
        conn.send(("limit", limit))
    return phase, fixture


def _serve(conn, port, network, rtol, atol, fixed, floor, load, limit_name):
    """The worker: load the port once, then check fixtures as they are asked for."""
    try:
        session = runners.RSession.get()
        why = f"the limit {limit_name} set" if fixed else "the default limit on loading a port"
        conn.send(("limit", Limit(fixed or load, f"{port}: did not finish loading within "
                                                 f"{fixed or load:g} s ({why}); stopped")))
        network = network or ports.infer_network(port, session)
        py_train, r_train = ports.load(port, session, network)
    except (ports.PortError, runners.RUnavailable) as e:
        conn.send(("failed", str(e)))
        return
    conn.send(("ready", (network, report.environment(session))))
    phase, running = _phases(conn, fixed, "R" if py_train else "Python", floor)
    while True:
        request = conn.recv()
        if request is None:
            return
        kind, path, every = request
        fixture = running[0] = fixtures.load(path)
        try:
            if kind == "explain":
                value = explain.explain(fixture, py_train, r_train, session, port, rtol, atol,
                                        every, phase)
            else:
                value = checking.check(fixture, py_train, r_train, rtol, atol, session, port,
                                       phase)
        except Exception as e:  # reported for this fixture; the worker goes on
            value = checking.Result(fixture, error=f"{type(e).__name__}: {e}")
            if kind == "explain":
                value = explain.Explanation(value, None, None, None, str(e))
        conn.send(("done", value))


def longest_first(loaded):
    """Return the indices of the fixtures in `loaded`, the most work first: workers that
    take the longest runs first finish together, the last runs to start being short ones."""
    return sorted(range(len(loaded)), key=lambda i: -loaded[i].work)


def in_given_order(order, values):
    """Return `values`, computed for the items at `order`, in the items' own order."""
    out = [None] * len(order)
    for i, value in zip(order, values):
        out[i] = value
    return out


class Worker:
    """One spawned process with its own R and the port loaded; replaced when it dies or
    runs out of time.

    `timeout`: a fixed limit in seconds on each fixture (and on loading the port), named
    `limit_name` in messages; None for the default limits (see the module's docstring),
    whose floor is `floor` (default FLOOR). `environment` is report.environment() of the
    worker's R, for the report's header. Several workers start side by side when made with
    wait=False, then ready(). `stopped` is the message of the last run that was stopped or
    died, None when it returned."""

    def __init__(self, port, network=None, rtol=None, atol=None, timeout=None, wait=True,
                 limit_name="--timeout", floor=None):
        self.port, self.network, self.timeout = port, network, timeout
        self.limit_name, self.floor = limit_name, FLOOR if floor is None else floor
        self.rtol, self.atol = rtol, atol  # None: the network's declared tolerances
        self.environment = self.stopped = self._spare = None
        self.process, self.conn = self._launch()
        if wait:
            self.ready()

    def _launch(self):
        context = multiprocessing.get_context("spawn")
        conn, child = context.Pipe()
        process = context.Process(target=_serve, daemon=True, args=(
            child, str(self.port), self.network, self.rtol, self.atol, self.timeout,
            self.floor, LOAD, self.limit_name))
        process.start()
        child.close()
        return process, conn

    def ready(self):
        """Wait until the worker has loaded the port; raise PortError when it could not."""
        kind, value = self._receive(
            Limit(STARTUP, f"the worker process did not start R within {STARTUP:g} s; stopped"),
            "loading the port")
        if kind != "ready":
            self.close()
            raise ports.PortError(value)
        self.network, self.environment = value

    def _receive(self, limit, doing):
        """Return the worker's next answer, waiting as long as `limit` says, then as long as
        each Limit the worker sends says; stop the worker when one runs out."""
        deadline = time.monotonic() + limit.seconds
        while True:
            if not self.conn.poll(max(0.0, deadline - time.monotonic())):
                self.process.kill()
                self.process.join()
                return "failed", limit.message
            try:
                kind, value = self.conn.recv()
            except (EOFError, ConnectionError):
                self.process.join()
                return "failed", (f"the worker process running the port died while {doing} "
                                  f"(exit code {self.process.exitcode}): the port called "
                                  "quit() or crashed R")
            if kind != "limit":
                return kind, value
            limit, deadline = value, time.monotonic() + value.seconds

    def run(self, fixture, kind="check", every=None):
        """Return the Result (or Explanation) of `fixture`; when the port hung or died, one
        whose error says so. A stopped or dead worker is replaced before the next fixture."""
        self.conn.send((kind, str(fixture.path), every))
        if self.timeout:
            limit = Limit(self.timeout, f"the port did not finish running {fixture.id} within "
                                        f"{self.timeout:g} s (the limit {self.limit_name} "
                                        "set); stopped")
        else:
            limit = Limit(TRUSTED, f"the worker did not read {fixture.path} within "
                                   f"{TRUSTED:g} s; stopped")
        answer, value = self._receive(limit, f"running {fixture.id}")
        self.stopped = None if answer == "done" else value
        if answer == "done":
            return value
        self._replace()
        failed = checking.Result(fixture, error=value)
        return explain.Explanation(failed, None, None, None, value) if kind == "explain" else failed

    def _replace(self):
        """Put a fresh worker in the place of the stopped one: the spare, then start the next
        spare beside the next fixture's run, since a port that hung or died once may again."""
        self.conn.close()
        self.process, self.conn = self._spare or self._launch()
        self._spare = self._launch()
        self.ready()

    def close(self):
        for process, conn in [(self.process, self.conn), *([self._spare] if self._spare else [])]:
            if process.is_alive():
                try:
                    conn.send(None)
                except (BrokenPipeError, OSError):
                    pass
                process.join(5)
                if process.is_alive():
                    process.kill()
            conn.close()
        self._spare = None


def network_of(port, timeout=None, limit_name="--timeout"):
    """Return the network a port implements, found in a worker (loading it may be unsafe)."""
    worker = Worker(port, timeout=timeout, limit_name=limit_name)
    try:
        return worker.network
    finally:
        worker.close()


def run_all(port, loaded, network, rtol, atol, jobs=1, kind="check", every=None,
            timeout=None, progress=None, limit_name="--timeout", floor=None):
    """Return (results, environment): the results of checking (or explaining) every fixture
    in `loaded` against the port, each in a worker process, `jobs` workers at a time, the
    most work first, returned in the given order; and the workers' report.environment().

    `timeout`, `limit_name`, `floor`: as for Worker. `progress(i, n, fixture)` is called as
    the i-th of n fixtures starts, and progress(i, n, fixture, message) when the port was
    stopped or died on it, as it happens."""
    workers = [Worker(port, network, rtol, atol, timeout, False, limit_name, floor)
               for _ in range(min(jobs, len(loaded)))]
    try:
        for worker in workers:
            worker.ready()
        free = list(workers)
        order = longest_first(loaded)
        with concurrent.futures.ThreadPoolExecutor(len(workers)) as pool:
            def one(n_i):
                n, i = n_i
                worker = free.pop()
                try:
                    if progress:
                        progress(n, len(loaded), loaded[i])
                    value = worker.run(loaded[i], kind, every)
                    if progress and worker.stopped:
                        progress(n, len(loaded), loaded[i], worker.stopped)
                    return value
                finally:
                    free.append(worker)
            results = in_given_order(order, pool.map(one, enumerate(order, 1)))
        return results, workers[0].environment
    finally:
        for worker in workers:
            worker.close()
