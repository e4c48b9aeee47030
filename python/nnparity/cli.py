"""The nnparity command: run fixtures through Python and R and say whether they agree.

Exit status: 0 when every fixture agrees (or is equivalent: its free runs part, but every
single step agrees in lockstep), 1 when any diverges, 2 on bad input or missing R.
"""

import argparse
import concurrent.futures
import functools
import multiprocessing
import os
import sys
from pathlib import Path

from . import checking
from . import explain as explaining
from . import (declaration, diagnosis, fixtures, html, isolation, making, paths, pitfalls, ports,
               report, runners)
from .compare import ATOL, RTOL

AGREE, DIVERGE, BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """A command line or port file that cannot be used; str() is the one-line message."""


def _parser():
    parser = argparse.ArgumentParser(prog="nnparity", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--port", metavar="FILE",
                        help="a .R or .py file defining train(); it replaces its language's side")
    common.add_argument("--network", metavar="NAME",
                        help="only this network's fixtures (with --port: default, the network "
                             "whose arguments train() takes)")
    common.add_argument("--rtol", type=float,
                        help=f"relative tolerance (default: the network's declared one, else "
                             f"{RTOL:g})")
    common.add_argument("--atol", type=float,
                        help=f"absolute tolerance (default: the network's declared one, else "
                             f"{ATOL:g})")
    common.add_argument("--in-process", action="store_true",
                        help="run the port in this process: faster, but a port that calls "
                             "quit(), crashes R or hangs takes the run down (default: a worker "
                             "process per port, replaced when it dies)")
    common.add_argument("--timeout", type=float, metavar="SECONDS",
                        help="stop a port after this long on one fixture, a fixed limit "
                             "(default: the port's run may take "
                             f"{isolation.FACTOR:g} times the other language's on the same "
                             f"fixture, at least {isolation.FLOOR:g} s; not with --in-process)")
    common.add_argument("--every", type=int, metavar="K",
                        help="keep a trajectory's state every K epochs after the first 100 "
                             "(explain, --report; default: epochs / 1000)")
    c = commands.add_parser("check", parents=[common],
                            help="run fixtures in Python and R and compare them",
                            description="Run fixtures in Python and R and compare them.")
    c.add_argument("paths", nargs="*", metavar="PATH",
                   help="fixture files or folders (default: every bundled fixture)")
    c.add_argument("--json", action="store_true", help="print the results as JSON")
    c.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="check fixtures in N worker processes, each with its own R (default 1)")
    c.add_argument("--report", type=Path, metavar="DIR",
                   help="also write, per fixture, a PNG of both runs and a JSON of the results")
    c.add_argument("--html", type=Path, metavar="DIR",
                   help="also write a self-contained site: DIR/index.html, a page per fixture "
                        "with its curves and, for a divergence, both sources side by side")
    e = commands.add_parser("explain", parents=[common],
                            help="say where and why one fixture's runs part",
                            description="Say where and why one fixture's Python and R runs part.")
    e.add_argument("paths", nargs=1, metavar="FIXTURE", help="a fixture file")
    e.add_argument("--html", type=Path, metavar="DIR",
                   help="also write the explanation as a self-contained site in DIR")
    p = commands.add_parser("pitfalls", help="list the catalogue of porting pitfalls",
                            description="List the catalogue of porting pitfalls.")
    p.add_argument("--html", type=Path, metavar="DIR",
                   help="write the catalogue as pages: each pitfall's page, its bad port beside "
                        "the correct code with the bug lit, the plot of the fixture that "
                        "exposes it (needs R)")
    f = commands.add_parser("fixture", help="make fixtures from a network's declaration",
                            description="Make fixtures from a network's declaration: seeded "
                                        "data and initial parameters, the reference side's gold.")
    actions = f.add_subparsers(dest="action", required=True, metavar="ACTION")
    new = actions.add_parser("new", help="draw one fixture and write it with its gold",
                             description="Draw one fixture (numpy.random.default_rng(SEED); "
                                         "the declaration's draw) and write it with the "
                                         "reference side's gold into the network's fixture folder.")
    new.add_argument("network", metavar="NETWORK")
    new.add_argument("name", metavar="NAME", help="the fixture's name: lower-case letters, "
                                                  "digits and -")
    new.add_argument("--sizes", metavar="n=40,f=5", help="sizes (default: the declared sizes)")
    new.add_argument("--hyper", metavar="lr=0.3,epochs=200",
                     help="hyperparameters (default: the declared defaults)")
    new.add_argument("--seed", type=int, default=0, help="the draw's seed (default 0)")
    new.add_argument("--data", action="append", default=[], metavar="NAME=FILE",
                     help="take data NAME from a .csv or .npy file instead of drawing it "
                          "(repeatable)")
    new.add_argument("--description", help="what the fixture is for")
    new.add_argument("--out", type=Path, metavar="FILE", help="write here instead")
    new.add_argument("--force", action="store_true", help="replace an existing fixture")
    spread = actions.add_parser("spread", help="write the fixtures a port can silently get "
                                               "wrong", description="Write the spread of "
                                "fixtures a port can silently get wrong: the declared "
                                "defaults, one sample, 0 and 1 epochs, sizes all different and "
                                "none dividing another, another learning rate, one long run. "
                                "Existing fixtures are kept unless --force.")
    spread.add_argument("network", metavar="NETWORK")
    spread.add_argument("--seed", type=int, default=0, help="the first fixture's seed (default 0)")
    spread.add_argument("--force", action="store_true", help="replace existing fixtures")
    again = actions.add_parser("regenerate", help="compute fixtures' gold again from their "
                               "inputs with the current reference", description="Compute the "
                               "gold of the given fixtures again, from their stored inputs, "
                               "with the reference side as it is now; each file is replaced "
                               "atomically. Only ever run when asked.")
    again.add_argument("paths", nargs="+", metavar="FIXTURE")
    init = commands.add_parser("init", help="write a working project skeleton",
                               description="Write a working skeleton into a folder: a "
                                           "pyproject.toml declaring a small network, its "
                                           "Python and R sides, and a spread of fixtures, so "
                                           "that `nnparity check` and `pytest` pass there.")
    init.add_argument("folder", nargs="?", default=".", type=Path,
                      help="where (default: the current folder)")
    return parser


def load_port(path, session, network=None):
    """Return (py_train, r_train) with the port's train() in its language's place."""
    try:
        return ports.load(path, session, network)
    except ports.PortError as e:
        raise UsageError(str(e)) from None


def _check_in_worker(path, port, rtol, atol, report_dir, every, explained=False):
    """Check one fixture in a worker process, which starts its own embedded R; return the
    Result (its Explanation when `explained`) and the worker's report.environment()."""
    session = runners.RSession.get()
    fixture = fixtures.load(path)
    py_train, r_train = load_port(port, session, fixture.network) if port else (None, None)
    if report_dir is None and not explained:
        return (checking.check(fixture, py_train, r_train, rtol, atol, session, port),
                report.environment(session))
    x = explaining.explain(fixture, py_train, r_train, session, port, rtol, atol, every)
    if report_dir is not None:
        explaining.write(report_dir, x)
    return (x if explained else x.result), report.environment(session)


def _check_in_workers(loaded, args):
    """Return (results, environment) of checking `loaded` in args.jobs processes, the most
    work first, the results in the given order. This process starts no R of its own.

    Workers are spawned, not forked: a forked child would inherit the parent's embedded R,
    when it has one, which is not safe to use from two processes."""
    context = multiprocessing.get_context("spawn")
    order = isolation.longest_first(loaded)
    with concurrent.futures.ProcessPoolExecutor(args.jobs, mp_context=context) as pool:
        check_one = functools.partial(_check_in_worker, port=args.port, rtol=args.rtol,
                                      atol=args.atol, report_dir=args.report, every=args.every,
                                      explained=bool(args.html))
        try:
            done = list(pool.map(check_one, [loaded[i].path for i in order]))
        except concurrent.futures.process.BrokenProcessPool:
            raise runners.RUnavailable(
                "a worker process ended abruptly (its R could not start, or crashed); run "
                "without -j to see R's own message") from None
    return isolation.in_given_order(order, [r for r, _ in done]), done[0][1]


def _fixtures(args):
    """Return (loaded fixtures, one-line errors of the bad ones) that args select."""
    if args.port and not args.network:
        try:
            ports.language(args.port)
            args.network = (ports.infer_network(args.port) if args.in_process else
                            isolation.network_of(args.port, args.timeout))
        except ports.PortError as e:
            raise UsageError(str(e)) from None
    if (args.rtol or 0) < 0 or (args.atol or 0) < 0:
        raise UsageError("--rtol and --atol must be 0 or more")
    known = declaration.registry()
    if args.network is not None and args.network not in known:
        raise UsageError(f"--network {args.network}: no such network (known: "
                         f"{', '.join(known)})")
    if args.every is not None and args.every < 1:
        raise UsageError("--every must be 1 or more")
    if args.timeout is not None and args.timeout <= 0:
        raise UsageError("--timeout must be more than 0")
    found = fixtures.discover(args.paths or fixtures.default_paths())
    missing = [p for p in found if not p.exists()]
    if missing:
        raise UsageError(f"{missing[0]}: no such file or folder")
    loaded, errors = [], []
    for path in found:
        try:
            f = fixtures.load(path)
        except fixtures.FixtureError as e:
            errors.append(str(e))
            continue
        if args.network is None or f.network == args.network:
            loaded.append(f)
    if not loaded and not errors:
        raise UsageError("no fixtures to check" + (f" for {args.network}" if args.network else ""))
    for net in {f.net for f in loaded}:  # a train() that takes other names: one line, exit 2
        net.check_python_arguments()
    for f in loaded:  # the verdict never uses gold; a stale one is still worth knowing
        warning = making.stale(f)
        if warning:
            print(f"nnparity: warning: {warning}", file=sys.stderr)
    return loaded, errors


def run_explain(args):
    """Run `nnparity explain FIXTURE`: print where and why its runs part; return the status."""
    loaded, errors = _fixtures(args)
    if errors:
        raise UsageError(errors[0])
    if args.port and not args.in_process:
        (x,), _ = _isolated(args, loaded, "explain")
    else:
        session = runners.RSession.get()
        py_train, r_train = (load_port(args.port, session, args.network) if args.port
                          else (None, None))
        x = explaining.explain(loaded[0], py_train, r_train, session, args.port, args.rtol,
                               args.atol, args.every)
    print("\n".join(explaining.text(x)))
    if args.html:
        env = report.environment(runners.RSession.get())
        print(f"wrote {paths.shown(html.write_site(args.html, [x], env, port=args.port)[0])}")
    return AGREE if x.result.passed else DIVERGE


def _progress(i, n, fixture, stopped=None):
    """Show which fixture runs, on a terminal only (never in CI or a pipe); and, as it
    happens, a port stopped or dead on a fixture, on its own line wherever stderr goes."""
    terminal = sys.stderr.isatty() and not os.environ.get("CI")
    if stopped:
        clear = "\r\033[K" if terminal else ""
        print(f"{clear}{fixture.id}: error: {stopped}", file=sys.stderr, flush=True)
    elif terminal:
        end = "\n" if i == n else ""
        print(f"\r\033[K[{i}/{n}] {fixture.id}", end=end, file=sys.stderr, flush=True)


def run_check(args):
    """Run `nnparity check` with parsed args, print its report; return the exit status."""
    loaded, errors = _fixtures(args)
    if args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    if not loaded:  # every fixture given is bad: nothing to run, the errors to report
        return _print_results(args, [], report.environment(runners.RSession.get()), errors)
    if args.report:
        args.report.mkdir(parents=True, exist_ok=True)
    explained = bool(args.report or args.html)  # trajectories too, for the pictures
    if args.port and not args.in_process:
        outs, env = _isolated(args, loaded, "explain" if explained else "check")
        for x in outs if args.report else ():
            explaining.write(args.report, x)
    elif args.jobs > 1:  # the workers write the report; they send Explanations for --html
        outs, env = _check_in_workers(loaded, args)
        explained = bool(args.html)
    else:
        session = runners.RSession.get()
        py_train, r_train = (load_port(args.port, session, args.network) if args.port
                              else (None, None))
        outs = []
        for i, f in enumerate(loaded, 1):
            _progress(i, len(loaded), f)
            if explained:
                x = explaining.explain(f, py_train, r_train, session, args.port, args.rtol,
                                       args.atol, args.every)
                if args.report:
                    explaining.write(args.report, x)
                outs.append(x)
            else:
                outs.append(checking.check(f, py_train, r_train, args.rtol, args.atol,
                                           session, args.port))
        env = report.environment(session)
    results = [x.result for x in outs] if explained else outs
    status = _print_results(args, results, env, errors)
    if args.html:
        lines = (diagnosis.lines(results, ports.language(args.port)) if args.port else None)
        index = html.write_site(args.html, outs, env, lines, args.port)[0]
        print(f"wrote {paths.shown(index)}", file=sys.stderr)
    return status


def _isolated(args, loaded, kind):
    """Return (results, environment) of running the port on `loaded` in worker processes."""
    try:
        return isolation.run_all(args.port, loaded, args.network, args.rtol, args.atol,
                                 getattr(args, "jobs", 1), kind, args.every, args.timeout,
                                 _progress)
    except ports.PortError as e:
        raise UsageError(str(e)) from None


def _print_results(args, results, env, errors):
    """Print the table (or JSON) of `results`, and for a port its diagnosis; return the
    exit status."""
    diagnosed = (diagnosis.diagnose(results, ports.language(args.port))[0]
                 if args.port and results else None)
    if args.json:
        print(report.to_json(results, errors, env, diagnosed), end="")
    else:
        text = report.table(results, errors, env)
        if args.port and results:
            text += "\n\n" + "\n".join(diagnosis.lines(results, ports.language(args.port)))
        print(text.rstrip("\n"))
    if errors:
        return BAD_INPUT
    return AGREE if all(r.passed for r in results) else DIVERGE


def _network(name):
    net = declaration.registry().get(name)
    if net is None:
        where = declaration.find()
        raise UsageError(f"no network '{name}' (known: {', '.join(declaration.registry())}; "
                         f"declared in {where or 'no pyproject.toml or nnparity.toml here'})")
    return net


def run_fixture(args):
    """Run `nnparity fixture new|spread|regenerate`; return the exit status."""
    if args.action == "new":
        data = dict(making.parse_pairs(",".join(args.data), "--data"))
        path = making.new(_network(args.network), args.name,
                          making.parse_pairs(args.sizes, "--sizes"),
                          making.parse_pairs(args.hyper, "--hyper"), args.seed, data,
                          args.out, args.force, args.description)
        print(f"wrote {paths.shown(path)}")
    elif args.action == "spread":
        net = _network(args.network)
        written, skipped = making.spread(net, args.seed, args.force)
        for path in written:
            print(f"wrote {paths.shown(path)}")
        for path in skipped:
            print(f"kept {paths.shown(path)} (exists; --force replaces it)")
    else:
        loaded = []
        for path in args.paths:
            try:
                loaded.append(fixtures.load(path))
            except fixtures.FixtureError as e:
                raise UsageError(str(e)) from None
        for f in loaded:
            print(f"regenerated {paths.shown(making.regenerate(f))}")
    return AGREE


def run_init(args):
    """Run `nnparity init [FOLDER]`: copy the template, write its fixtures; return the status."""
    template = paths.PACKAGE / "templates" / "init"
    folder = args.folder
    sources = sorted(p for p in template.iterdir() if p.is_file())
    clash = [folder / p.name for p in sources if (folder / p.name).exists()]
    if clash:
        raise UsageError(f"{clash[0]}: exists; nnparity init writes only into a folder without "
                         f"{', '.join(p.name for p in sources)}")
    folder.mkdir(parents=True, exist_ok=True)
    for p in sources:
        (folder / p.name).write_bytes(p.read_bytes())
        print(f"wrote {folder / p.name}")
    project = declaration.read(folder / "pyproject.toml")
    for net in project.networks.values():
        for path in making.spread(net)[0]:
            print(f"wrote {folder / path.relative_to(folder.resolve())}")
    print(f"next: cd {folder} && nnparity check && pytest")
    return AGREE


def main(argv=None):
    args = _parser().parse_args(argv)
    if args.command == "pitfalls":
        if args.html:
            try:
                written = html.write_pitfalls(args.html)
            except runners.RUnavailable as e:
                print(f"nnparity: {e}", file=sys.stderr)
                return BAD_INPUT
            print(f"wrote {paths.shown(written[0])} and {len(written) - 1} pitfall pages")
            return AGREE
        print("\n".join(pitfalls.listing(pitfalls.catalogue())))
        return AGREE
    commands = {"check": run_check, "explain": run_explain, "fixture": run_fixture,
                "init": run_init}
    try:
        return commands[args.command](args)
    except FileExistsError as e:
        print(f"nnparity: {e}", file=sys.stderr)
        return BAD_INPUT
    except (UsageError, runners.RUnavailable, declaration.DeclarationError,
            making.MakeError) as e:

        print(f"nnparity: {e}", file=sys.stderr)
        return BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
