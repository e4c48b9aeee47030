"""Run a user's port in a worker process, so that it cannot take the caller down.

Embedded R cannot be protected from the code it runs: a port that calls quit(), or crashes
R, ends the whole process, and one that never returns cannot be interrupted. So a port runs
in a spawned worker with its own embedded R; the caller waits at most `timeout` seconds per
fixture, and a worker that died or hung is replaced and the fixture reported as an error.
The bundled implementations, which are ours, run in-process.
"""

import concurrent.futures
import multiprocessing

from . import checking, explain, fixtures, ports, report, runners

TIMEOUT = 600.0  # seconds per fixture


def _serve(conn, port, network, rtol, atol):
    """The worker: load the port once, then check fixtures as they are asked for."""
    try:
        session = runners.RSession.get()
        py_train, r_train = ports.load(port, session)
        network = network or ports.infer_network(port, session)
    except (ports.PortError, runners.RUnavailable) as e:
        conn.send(("failed", str(e)))
        return
    conn.send(("ready", (network, report.environment(session))))
    while True:
        request = conn.recv()
        if request is None:
            return
        kind, path, every = request
        fixture = fixtures.load(path)
        try:
            if kind == "explain":
                value = explain.explain(fixture, py_train, r_train, session, port, rtol, atol,
                                        every)
            else:
                value = checking.check(fixture, py_train, r_train, rtol, atol, session, port)
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
    """One spawned process with its own R and the port loaded; replaced when it dies.

    `environment` is report.environment() of the worker's R, for the report's header.
    Several workers start side by side when made with wait=False, then ready()."""

    def __init__(self, port, network=None, rtol=None, atol=None, timeout=TIMEOUT, wait=True):
        self.port, self.network, self.timeout = port, network, timeout
        self.rtol = checking.RTOL if rtol is None else rtol
        self.atol = checking.ATOL if atol is None else atol
        self.environment = None
        self._launch()
        if wait:
            self.ready()

    def _start(self):
        self._launch()
        self.ready()

    def _launch(self):
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, daemon=True, args=(
            child, str(self.port), self.network, self.rtol, self.atol))
        self.process.start()
        child.close()

    def ready(self):
        """Wait until the worker has loaded the port; raise PortError when it could not."""
        kind, value = self._receive(self.timeout, "loading the port")
        if kind != "ready":
            self.close()
            raise ports.PortError(value)
        self.network, self.environment = value

    def _receive(self, timeout, doing):
        if not self.conn.poll(timeout):
            self.process.kill()
            self.process.join()
            return "failed", f"the port did not finish {doing} within {timeout:g} s; stopped"
        try:
            return self.conn.recv()
        except (EOFError, ConnectionError):
            self.process.join()
            return "failed", (f"the worker process running the port died while {doing} "
                              f"(exit code {self.process.exitcode}): the port called quit() "
                              "or crashed R")

    def run(self, fixture, kind="check", every=None):
        """Return the Result (or Explanation) of `fixture`; when the port hung or died, one
        whose error says so. A dead worker is replaced before the next fixture."""
        self.conn.send((kind, str(fixture.path), every))
        answer, value = self._receive(self.timeout, f"running {fixture.id}")
        if answer == "done":
            return value
        self._start()
        failed = checking.Result(fixture, error=value)
        return explain.Explanation(failed, None, None, None, value) if kind == "explain" else failed

    def close(self):
        if self.process.is_alive():
            try:
                self.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
            self.process.join(5)
            if self.process.is_alive():
                self.process.kill()
        self.conn.close()


def network_of(port, timeout=TIMEOUT):
    """Return the network a port implements, found in a worker (loading it may be unsafe)."""
    worker = Worker(port, timeout=timeout)
    try:
        return worker.network
    finally:
        worker.close()


def run_all(port, loaded, network, rtol, atol, jobs=1, kind="check", every=None,
            timeout=TIMEOUT, progress=None):
    """Return (results, environment): the results of checking (or explaining) every fixture
    in `loaded` against the port, each in a worker process, `jobs` workers at a time, the
    most work first, returned in the given order; and the workers' report.environment()."""
    workers = [Worker(port, network, rtol, atol, timeout, wait=False)
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
                    return worker.run(loaded[i], kind, every)
                finally:
                    free.append(worker)
            results = in_given_order(order, pool.map(one, enumerate(order, 1)))
        return results, workers[0].environment
    finally:
        for worker in workers:
            worker.close()
