"""Trace one epoch of a train() statement by statement, in Python or R, and find where two
traces part: the first statement of a port whose value the reference never computes, and
what kind of bug that value looks like.

A trace is the list of assignments a call of train() made, in execution order: each with
the variable's whole new value (float64, or None when not numeric), its file, line and text,
and the names the statement read. trace_python() runs train() under sys.settrace;
trace_r() rewrites the R closures (R/trace.R beside this file) so that each assignment also
records itself. align() matches a port's trace to a reference's by value (under the one
comparison rule of compare.py, allowing R's and numpy's layouts of the same numbers), walks
back from each returned value that differs through the statements it was computed from,
and names the earliest statement whose value differs although everything it read agrees.
relation() says, from the two values alone, what the difference is (a mean for a sum, a
sign, a transpose, ...), using the bug kinds of the shared vocabulary, or nothing.

Nothing here knows a network: only train()'s argument names and values, and what it ran.
"""

import ast
import bisect
import dataclasses
import functools
import itertools
import re
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import repair
from .compare import ATOL, RTOL, agrees, compare, element_differences


@dataclass(frozen=True)
class Assignment:
    """One assignment made while train() ran (or a pseudo one: an argument, a return)."""
    language: str              # "Python" or "R"
    name: str                  # the variable (x for x[i] <- v), "return:NAME" for a return
    value: np.ndarray | None   # its whole new value as float64, None when not numeric
    file: str
    line: int                  # 1-based
    text: str                  # the statement's source, stripped
    occurrence: int            # how many times this file:line assigned this name before
    reads: tuple               # the names the statement reads
    function: str              # the function it ran in
    kind: str = "assign"       # assign, alias (changed in place through another name),
                               # for (a loop variable), arg (on entry), return
    frame: int = 0             # which call of `function` (1 = the first call traced)
    index: int = 0             # its position in the trace
    loop: int = 0              # the line of the for loop it ran in (0 = none)
    parts: tuple = ()          # for return:NAME, the names that element reads, if known
    partial: bool = False      # x[i] <- v: the rest of x is kept from its previous value

    @property
    def last_line(self):
        """The statement's last line: a statement written over several lines is reported at
        its first (`line`) and spans line..last_line (its text holds every line of it; a
        loop's or a function's header is one line)."""
        return self.line + self.text.count("\n")


@dataclass(frozen=True)
class Frame:
    """One traced call: which function, called from which traced frame and line."""
    id: int
    function: str
    file: str
    caller: int                # 0: not called from a traced frame
    call_line: int             # the caller's line that made the call
    call_reads: tuple          # the names that line reads
    call_text: str
    start: int                 # the trace's length when the call began
    bound: tuple = ()          # a closure's free variables: (name, the assignment it holds)


class Trace(list):
    """A list of Assignment, with the frames they ran in and how the run ended."""

    def __init__(self, items=(), frames=None, error=None, warnings=()):
        super().__init__(items)
        self.frames = frames or {}
        self.error = error          # None, or (type, message, file, line) of what was raised
        self.warnings = list(warnings)


# ---------------------------------------------------------------------------------- Python

@dataclass
class _Stmt:
    kind: str                  # assign, inplace, for, return, expr, other
    line: int
    end: int                   # the last line of the statement (of a for: of its header)
    text: str
    targets: tuple = ()
    reads: tuple = ()
    loop: int = 0
    parts: dict = field(default_factory=dict)
    body: tuple = (0, 0)       # a for loop's body lines
    partial: tuple = ()        # the targets only partly assigned (x[i] = v)
    keys: dict = field(default_factory=dict)  # p -> the keys p["w"] = v writes, when all are
                                              # constant strings
    code: object = None        # an expression statement's value, compiled (kind expr)


def _dotted(node):
    """Return 'a.b.c' for a Name or an attribute chain on a Name, else None."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


def _reads(node):
    """Return the names (and attribute chains such as self.lr) an expression reads."""
    out = []

    class Visitor(ast.NodeVisitor):
        def visit_Subscript(self, n):
            # p["w1"]: the element p$w1 (as R's p$w1 and p[["w1"]]), and p itself
            d = _dotted(n.value)
            if d is not None and isinstance(n.ctx, ast.Load) \
                    and isinstance(n.slice, ast.Constant) and isinstance(n.slice.value, str):
                out.append(f"{d}${n.slice.value}")
            self.generic_visit(n)

        def visit_Attribute(self, n):
            d = _dotted(n)
            if d is None:
                self.generic_visit(n)
            elif isinstance(n.ctx, ast.Load):
                out.append(d)

        def visit_Name(self, n):
            if isinstance(n.ctx, ast.Load):
                out.append(n.id)

        def visit_Lambda(self, n):
            pass

    if node is not None:
        Visitor().visit(node)
    return tuple(dict.fromkeys(out))


def _targets(node):
    """Return the names an assignment target changes: x for x, x[i], x.a[i]; a tuple's all."""
    if isinstance(node, (ast.Tuple, ast.List)):
        return tuple(n for e in node.elts for n in _targets(e))
    if isinstance(node, ast.Starred):
        return _targets(node.value)
    if isinstance(node, ast.Subscript):
        return _targets(node.value)
    d = _dotted(node)
    return (d,) if d else ()


def _keys(targets):
    """Return {name: keys} of the targets that write a dict's elements by constant string
    keys alone (p["w"] = v), for the targets all of whose subscripts are such."""
    out, mixed = {}, set()
    for node in targets:
        for t in (node.elts if isinstance(node, (ast.Tuple, ast.List)) else [node]):
            if isinstance(t, ast.Subscript):
                d = _dotted(t.value)
                if d is None:
                    continue
                if isinstance(t.slice, ast.Constant) and isinstance(t.slice.value, str):
                    out.setdefault(d, set()).add(t.slice.value)
                else:
                    mixed.add(d)
    return {k: v for k, v in out.items() if k not in mixed}


def _partial(node):
    """Return the names a target assigns only in part: x for x[i], in a tuple too."""
    if isinstance(node, (ast.Tuple, ast.List)):
        return tuple(n for e in node.elts for n in _partial(e))
    if isinstance(node, ast.Starred):
        return _partial(node.value)
    return _targets(node) if isinstance(node, ast.Subscript) else ()


# Calls that write into an argument: methods of the object they are called on, and numpy's
# functions that fill their first argument (a ufunc's .at among them)
_WRITING_METHODS = {"update", "fill", "sort", "resize", "itemset", "append", "extend", "insert"}
_WRITING_FUNCTIONS = {"copyto", "put", "place", "putmask", "fill_diagonal", "shuffle", "at"}


def _written_in_place(node):
    """Return the name a call statement changes in place, or None: out=W's W, the first
    argument of np.copyto(W, ...) or np.add.at(W, ...), d of d.update(...), xs of
    xs.append(...) (self.xs of self.xs.append(...))."""
    if not isinstance(node, ast.Call):
        return None
    for keyword in node.keywords:
        if keyword.arg == "out" and _dotted(keyword.value):
            return _dotted(keyword.value)
    func = node.func
    if isinstance(func, ast.Attribute):
        if func.attr in _WRITING_FUNCTIONS and node.args and _dotted(node.args[0]):
            return _dotted(node.args[0])
        if func.attr in _WRITING_METHODS and _dotted(func.value):
            return _dotted(func.value)
    return None


@functools.lru_cache(maxsize=64)
def _static(path, mtime):
    """Return (line -> [_Stmt], set of every statement's first line) for a Python file."""
    source = Path(path).read_text(encoding="utf-8")
    tree = ast.parse(source)
    by_line, starts = {}, set()

    def text(node, header=False):
        t = ast.get_source_segment(source, node) or ""
        return t.splitlines()[0].strip() if header and t else t.strip()

    def visit(body, loop):
        for node in body:
            starts.add(node.lineno)
            stmt = None
            if isinstance(node, ast.Assign):
                stmt = _Stmt("assign", node.lineno, node.end_lineno, text(node),
                             tuple(n for t in node.targets for n in _targets(t)),
                             _reads(node.value) + tuple(r for t in node.targets
                                                        if not isinstance(t, ast.Name)
                                                        for r in _reads(t)), loop)
                if any(isinstance(t, (ast.Subscript, ast.Attribute)) for t in node.targets):
                    stmt.kind = "inplace"
                stmt.partial = tuple(n for t in node.targets for n in _partial(t))
                stmt.keys = _keys(node.targets)
            elif isinstance(node, (ast.AugAssign, ast.AnnAssign)) and node.value is not None:
                inplace = isinstance(node, ast.AugAssign) or not isinstance(node.target, ast.Name)
                target_reads = _reads(node.target) if not isinstance(node.target, ast.Name) else ()
                own = _targets(node.target) if isinstance(node, ast.AugAssign) else ()
                stmt = _Stmt("inplace" if inplace else "assign", node.lineno, node.end_lineno,
                             text(node), _targets(node.target),
                             tuple(dict.fromkeys(own + target_reads + _reads(node.value))), loop)
                stmt.keys = _keys([node.target])
            elif isinstance(node, ast.Return):
                stmt = _Stmt("return", node.lineno, node.end_lineno, text(node), (),
                             _reads(node.value), loop)
                if isinstance(node.value, ast.Dict):
                    stmt.parts = {k.value: _reads(v) for k, v in zip(node.value.keys,
                                                                     node.value.values)
                                  if isinstance(k, ast.Constant) and isinstance(k.value, str)}
                elif isinstance(node.value, ast.Tuple) and not any(
                        isinstance(e, ast.Starred) for e in node.value.elts):
                    # return w, b, loss: each element, by its place
                    stmt.parts = {k: _reads(e) for k, e in enumerate(node.value.elts)}
            elif isinstance(node, (ast.For, ast.AsyncFor)):
                end = max(node.target.end_lineno, node.iter.end_lineno)
                stmt = _Stmt("for", node.lineno, end, text(node, header=True),
                             _targets(node.target), _reads(node.iter), loop,
                             body=(node.body[0].lineno, node.body[-1].end_lineno))
                visit(node.body, node.lineno)
                visit(node.orelse, loop)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                visit(node.body, 0)
            elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Yield):
                # a generator's yield: what it gives its caller, as a return does
                stmt = _Stmt("return", node.lineno, node.end_lineno, text(node), (),
                             _reads(node.value), loop)
            elif isinstance(node, ast.Expr) and _pure(node.value):
                # np.append(losses, l), a + b: a value made and dropped, kept to be looked
                # at (evaluated again once the statement has run: it changes nothing)
                stmt = _Stmt("expr", node.lineno, node.end_lineno, text(node), (),
                             _reads(node.value), loop)
                stmt.code = compile(ast.Expression(node.value), str(path), "eval")
            elif isinstance(node, ast.Expr) and _written_in_place(node.value):
                # d.update(other), np.subtract(W, g, out=W): a name changed in place
                name = _written_in_place(node.value)
                stmt = _Stmt("inplace", node.lineno, node.end_lineno, text(node), (name,),
                             tuple(dict.fromkeys((name, *_reads(node.value)))), loop)
            elif isinstance(node, (ast.Expr, ast.Delete, ast.Raise, ast.Assert)):
                stmt = _Stmt("other", node.lineno, node.end_lineno, text(node), (),
                             _reads(node), loop)
            else:   # if, while, with, try: their bodies
                for name in ("body", "orelse", "finalbody", "handlers"):
                    sub = getattr(node, name, None)
                    if sub:
                        visit([h for h in sub if isinstance(h, ast.stmt)] if name != "handlers"
                              else [s for h in sub for s in h.body], loop)
            if stmt is not None:
                by_line.setdefault(node.lineno, []).append(stmt)

    visit(tree.body, 0)
    # A lambda's value: what its body reads (and each element of a dict it returns), under
    # the key ("lambda", line, its arguments), shown as the statement that holds it
    for node in ast.walk(tree):
        if isinstance(node, ast.Lambda):
            held = by_line.get(node.lineno, [])
            stmt = _Stmt("return", node.lineno, node.end_lineno,
                         held[0].text if held else text(node), (), _reads(node.body),
                         held[0].loop if held else 0)
            if isinstance(node.body, ast.Dict):
                stmt.parts = {k.value: _reads(v) for k, v in zip(node.body.keys,
                                                                 node.body.values)
                              if isinstance(k, ast.Constant) and isinstance(k.value, str)}
            args = tuple(a.arg for a in node.args.posonlyargs + node.args.args)
            by_line.setdefault(("lambda", node.lineno, args), []).append(stmt)
    return by_line, starts


_PURE_CALLS = re.compile(r"(np|numpy)\.(?!random\b|copyto\b|put|place\b|fill|seterr)"
                         r"[\w.]+|(?:dataclasses\.)?replace|[\w.]+\._replace|"
                         r"[\w.]+\.(?:sum|mean|dot|reshape|copy|ravel|flatten|astype|"
                         r"transpose|max|min|prod|squeeze|clip|round)")


def _pure(node):
    """True when evaluating expression `node` again changes nothing: names, constants,
    arithmetic, subscripts and calls of numpy's functions only (no method call, no out=)."""
    for n in ast.walk(node):
        if isinstance(n, ast.Call):
            name = _dotted(n.func)
            if name is None or not _PURE_CALLS.fullmatch(name) \
                    or any(k.arg == "out" for k in n.keywords):
                return False
        elif isinstance(n, (ast.NamedExpr, ast.Yield, ast.YieldFrom, ast.Await, ast.Lambda,
                            ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            return False
    return not isinstance(node, (ast.Name, ast.Constant))


def _element_line(line, text, element):
    """(line, text) of one element of a returned list or dict written over several lines
    (list(\n  w = ...,\n  b = ...\n)): the line that names it; else the statement's own."""
    lines = text.splitlines()
    if len(lines) < 2:
        return line, text
    named = re.compile(rf"""(^|[\s(,{{])["']?{re.escape(element)}["']?\s*[=:](?!=)""")
    for k, t in enumerate(lines[1:], 1):
        if named.search(t):
            return line + k, t.strip().rstrip(",")
    return line, text


def _number(v):
    """Return v as a new float64 array, or None when it is not a number or numeric array."""
    if isinstance(v, np.ndarray):
        return np.array(v, dtype=np.float64) if v.dtype.kind in "biuf" else None
    if isinstance(v, (bool, int, float, np.number)):
        return np.array(float(v))
    if isinstance(v, (list, tuple)) and 0 < len(v) <= 4096 and all(
            isinstance(x, (int, float, np.number)) and not isinstance(x, bool) for x in v):
        return np.array(v, dtype=np.float64)    # a row of plain numbers: [x1, x2]
    return None


def _namedtuple(value):
    return isinstance(value, tuple) and hasattr(value, "_fields")


def _attributes(value):
    """Return [(name, value)] of a dataclass instance's or a namedtuple's numeric fields (at
    most 64), or []: a record of parameters made or replace()d in one statement, whose
    fields no statement of the port assigns one by one (a class's attributes are traced
    where they are set)."""
    if _namedtuple(value):
        found = list(zip(value._fields, value))
    elif not dataclasses.is_dataclass(value) or isinstance(value, type):
        return []
    else:
        found = [(f.name, getattr(value, f.name, None)) for f in dataclasses.fields(value)]
    found = [(k, v) for k, v in found if _number(v) is not None]
    return found if len(found) <= 64 else []


def _lookup(frame_locals, dotted):
    """Return the value of name or attribute chain `dotted` in a frame, or None."""
    head, *rest = dotted.split(".")
    if head not in frame_locals:
        return None
    value = frame_locals[head]
    for attr in rest:
        value = getattr(value, attr, None)
    return value


def _holders(frame_locals, name):
    """Yield (name, array) of the frame's other arrays: its locals and their objects' array
    attributes (self.W2), which an array changed in place may be a view of."""
    for other, v in frame_locals.items():
        if other == name:
            continue
        if isinstance(v, np.ndarray):
            yield other, v
        else:
            attrs = getattr(v, "__dict__", None)
            if isinstance(attrs, dict) and not isinstance(v, type):
                yield from ((f"{other}.{k}", a) for k, a in list(attrs.items())[:64]
                            if isinstance(a, np.ndarray))


MAX_RECORDS = 1_000_000   # a trace this long stops train(): one epoch is never this long


class TraceTooLong(Exception):
    """Raised inside a traced train() that made MAX_RECORDS assignments."""


class _PythonTracer:
    """The sys.settrace machinery: one state per traced frame, records in order."""

    def __init__(self, files):
        self.files = files
        self.records, self.frames, self.live = [], {}, {}
        self.counts, self.by_name = {}, {}
        self.error = None
        self.exceptions = []    # (exception, (type, message, file, line)), the last 16

    def add(self, fid, name, value, file, line, text, reads, function, kind, loop=0, parts=(),
            partial=False):
        if len(self.records) >= MAX_RECORDS:
            raise TraceTooLong(f"more than {MAX_RECORDS} assignments in one traced run")
        key = (file, line, name)
        occurrence = self.counts.get(key, 0)
        self.counts[key] = occurrence + 1
        self.by_name.setdefault(name, []).append(len(self.records))
        self.records.append(Assignment("Python", name, _number(value), file, line, text,
                                       occurrence, tuple(reads), function, kind, fid,
                                       len(self.records), loop, tuple(parts), partial))

    def _bound(self, code, frame):
        """A closure's free variables, each with the last assignment of its name that holds
        the value it sees: the frame that made the closure (one of several calls of it)."""
        out = []
        for name in code.co_freevars:
            value = _number(frame.f_locals.get(name))
            if value is None:
                continue
            for i in reversed(self.by_name.get(name, [])[-256:]):
                v = self.records[i].value
                if v is not None and v.shape == value.shape and np.array_equal(v, value):
                    out.append((name, i))
                    break
        return tuple(out)

    def call(self, frame, event, arg):
        if event != "call":
            return None
        code = frame.f_code
        if code.co_filename not in self.files or code.co_name.startswith("<") \
                and code.co_name != "<lambda>":
            return None
        file = code.co_filename
        static, starts = _static(file, os.path.getmtime(file))
        fid = len(self.frames) + 1
        function = getattr(code, "co_qualname", code.co_name)
        caller, back = None, frame.f_back
        while back is not None and caller is None:
            caller = self.live.get(id(back))
            back = None if caller is not None else back.f_back
        call_line, call_reads, call_text = 0, (), ""
        if caller is not None:
            call_line = caller.frame.f_lineno
            stmts = _static(caller.file, os.path.getmtime(caller.file))[0].get(call_line, [])
            call_reads = tuple(dict.fromkeys(r for s in stmts for r in s.reads))
            call_text = "; ".join(s.text for s in stmts)
        self.frames[fid] = Frame(fid, function, file, caller.fid if caller else 0, call_line,
                                 call_reads, call_text, len(self.records),
                                 self._bound(code, frame))
        n = code.co_argcount + code.co_kwonlyargcount
        n += bool(code.co_flags & 0x04) + bool(code.co_flags & 0x08)
        text = f"def {code.co_name}(...)"
        for name in code.co_varnames[:n]:
            self.add(fid, name, frame.f_locals.get(name), file, code.co_firstlineno, text, (),
                     function, "arg")
        state = _FrameState(self, frame, fid, file, function, static, starts)
        self.live[id(frame)] = state
        return state.event


class _FrameState:
    """What one traced frame is doing: the statement begun and not yet finished."""

    def __init__(self, tracer, frame, fid, file, function, static, starts):
        self.tracer, self.frame, self.fid, self.file = tracer, frame, fid, file
        self.function, self.static, self.starts = function, static, starts
        self.pending, self.raised = [], False

    def event(self, frame, event, arg):
        if event == "line":
            self.raised = False
            line = frame.f_lineno
            if self.pending:
                # A statement's continuation lines (and, in 3.11, its first line again when
                # a multi-line call is made) keep it pending; any other line ends it.
                first, last = self.pending[0].line, max(s.end for s in self.pending)
                header = self.pending[0].kind == "for"
                if not (first < line <= last if header else first <= line <= last):
                    self.finish(line)
            if not self.pending:
                self.pending = list(self.static.get(line, []))
        elif event == "exception":
            self.raised = True
            # where an exception is first seen: the error, if it is the one train() raises
            # (a generator's GeneratorExit, an exception caught inside, are not)
            seen = self.tracer.exceptions
            if not any(e is arg[1] for e, _ in seen):
                seen.append((arg[1], (type(arg[1]).__name__, str(arg[1]), self.file,
                                      frame.f_lineno)))
                del seen[:-16]
        elif event == "return":
            if not self.raised:
                self.finish(None)
                self.returned(frame, arg)
            self.tracer.live.pop(id(frame), None)
        return self.event

    def finish(self, next_line):
        """Record what the pending statements assigned; a for loop only when it goes on."""
        pending, self.pending = self.pending, []
        locals_ = self.frame.f_locals
        for s in pending:
            if s.kind == "for" and (next_line is None
                                    or not s.body[0] <= next_line <= s.body[1]):
                continue
            if s.kind == "expr":
                try:
                    value = eval(s.code, self.frame.f_globals, locals_)  # noqa: S307
                except Exception:  # noqa: BLE001 -- not a value to look at
                    continue
                # (a new object, replace(w, ...), recorded with no numbers: dropped all the
                # same)
                self.tracer.add(self.fid, "", value, self.file, s.line, s.text, s.reads,
                                self.function, "expr", s.loop)
                continue
            if s.kind not in ("assign", "inplace", "for"):
                continue
            for name in s.targets:
                value = _lookup(locals_, name)
                reads = [r for r in s.reads if r == name or r not in s.partial]
                self.tracer.add(self.fid, name, value, self.file, s.line, s.text, reads,
                                self.function, "for" if s.kind == "for" else "assign", s.loop,
                                partial=name in s.partial)
                if isinstance(value, dict):
                    # a dict's numeric elements, each as the variable p$w1, as R's named
                    # lists' are
                    written = s.keys.get(name)     # p["w"] = v: that element alone
                    for key, v in value.items():
                        if isinstance(key, str) and _number(v) is not None \
                                and (written is None or key in written):
                            self.tracer.add(self.fid, f"{name}${key}", v, self.file, s.line,
                                            s.text, reads, self.function, "assign", s.loop)
                elif _number(value) is None and "." not in name:
                    # an object's numeric attributes (a dataclass of parameters made or
                    # replace()d here), each as the variable p.w1
                    for attr, v in _attributes(value):
                        self.tracer.add(self.fid, f"{name}.{attr}", v, self.file, s.line,
                                        s.text, reads, self.function, "assign", s.loop)
                if s.kind == "inplace" and isinstance(value, np.ndarray):
                    # (self.W += ...: W_before = self.W[:] moves too; self.W itself is not
                    # its own alias)
                    for other, v in _holders(locals_, name):
                        if other != name and np.may_share_memory(v, value):
                            self.tracer.add(self.fid, other, v, self.file, s.line, s.text,
                                            (name,), self.function, "alias", s.loop)
                    # and the callers' arrays it changed (d += step in a helper given the
                    # caller's accumulator d as its argument d): each traced caller's names
                    # for it. (Not an element of a list it was given, p of zip(params, g):
                    # a caller's list of parameters has its own ways to be followed.)
                    code = self.frame.f_code
                    back = self.frame.f_back if name in code.co_varnames[
                        :code.co_argcount + code.co_kwonlyargcount] else None
                    while back is not None:
                        caller = self.tracer.live.get(id(back))
                        if caller is not None:
                            for other, v in _holders(back.f_locals, None):
                                if np.may_share_memory(v, value):
                                    self.tracer.add(caller.fid, other, v, self.file, s.line,
                                                    s.text, (name,), caller.function,
                                                    "alias", s.loop)
                        back = back.f_back

    def returned(self, frame, value):
        code = frame.f_code
        if code.co_name == "<lambda>":
            # a lambda's value: what its body reads, shown at the statement that holds it
            args = code.co_varnames[:code.co_argcount]
            stmts = self.static.get(("lambda", code.co_firstlineno, args), [])[:1] or [
                _Stmt("return", s.line, s.end, s.text, reads=s.reads, loop=s.loop)
                for s in self.static.get(code.co_firstlineno, [])][:1]
        else:
            stmts = [s for s in self.static.get(frame.f_lineno, []) if s.kind == "return"]
        if not stmts:
            return
        s = stmts[0]
        if _namedtuple(value):
            value = dict(_attributes(value)) or value    # a namedtuple: as a dict of them
        elif isinstance(value, tuple) and self.fid != 1 and len(value) == len(s.parts) \
                and all(isinstance(k, int) for k in s.parts):
            # a helper's tuple (return w, b, loss), element k as return:k, read by place
            for k, v in enumerate(value):
                self.tracer.add(self.fid, f"return:{k}", v, self.file, s.line, s.text,
                                s.reads, self.function, "return", s.loop, s.parts[k])
            return
        if isinstance(value, dict):
            for k, v in value.items():
                # {**p, "loss": loss}: the element w1 returned is p$w1, if p is a dict
                parts = s.parts.get(k) or (*(f"{r}{sep}{k}" for r in s.reads if "$" not in r
                                             for sep in "$."), *s.reads)
                line, text = _element_line(s.line, s.text, k) if isinstance(k, str) \
                    else (s.line, s.text)
                self.tracer.add(self.fid, f"return:{k}", v, self.file, line, text, s.reads,
                                self.function, "return", s.loop, parts)
        else:
            self.tracer.add(self.fid, "return", value, self.file, s.line, s.text, s.reads,
                            self.function, "return", s.loop)


def trace_python(train, kwargs, files=None):
    """Return the Trace of train(**kwargs): every assignment made in frames whose code comes
    from `files` (default: the file defining train), helpers and loops included.

    kwargs are used as given (the caller sets them for one epoch; arrays are copied first).
    An exception train()
    raises is kept in the trace's `error`, not raised; the trace function in place before
    is restored in every case.
    """
    if files is None:
        files = [train.__code__.co_filename]
    files = {str(Path(f).resolve()) for f in files} | {str(f) for f in files}
    tracer = _PythonTracer(files)
    # Copies, so that a train() updating its arguments in place changes nothing of the caller's.
    kwargs = {k: np.copy(v) if isinstance(v, np.ndarray) else v for k, v in kwargs.items()}
    previous = sys.gettrace()
    # np.empty's numbers are whatever memory held, which differs from run to run: while
    # tracing they are zeros (numpy allows any), so a trace records the same values each time
    empty = np.empty, np.empty_like
    np.empty, np.empty_like = np.zeros, np.zeros_like
    sys.settrace(tracer.call)
    try:
        train(**kwargs)
    except Exception as e:  # noqa: BLE001 -- whatever the port raises is kept with the trace
        tracer.error = next((where for seen, where in tracer.exceptions if seen is e),
                            (type(e).__name__, str(e), "", 0))
    finally:
        sys.settrace(previous)
        np.empty, np.empty_like = empty
    return Trace(tracer.records, tracer.frames, tracer.error)


# --------------------------------------------------------------------------------------- R

_R_TRACE = Path(__file__).with_name("R") / "trace.R"
_r_tracers = {}


def trace_r(session, files, function, kwargs):
    """Return the Trace of R function `function` from `files` called with kwargs.

    `session` is a runners.RSession. The files are sourced, in order and with their source
    kept, into one fresh environment whose closures are rewritten to record every
    assignment (python/nnparity/R/trace.R); counts go to R as integers, other numbers as
    doubles (session._r_args). An R error is kept in the trace's `error`.
    """
    key = id(session)
    if key not in _r_tracers:
        _r_tracers[key] = session._ro.r(_R_TRACE.read_text(encoding="utf-8"))
    files = [str(Path(f).resolve()) for f in files]
    with session._convert():
        out = _r_tracers[key](session._ro.StrVector(files), function, session._r_args(kwargs),
                              MAX_RECORDS)
        get = out.rx2 if hasattr(out, "rx2") else out.__getitem__
        tab = {k: list(np.atleast_1d(v)) for k, v in get("tab").items()}
        sid = np.atleast_1d(get("sid")).astype(int)
        frame = np.atleast_1d(get("frame")).astype(int)
        name = [str(s) for s in np.atleast_1d(get("name"))]
        lens = np.atleast_1d(get("len")).astype(int)
        dims = [str(s) for s in np.atleast_1d(get("dims"))]
        flat = np.atleast_1d(np.asarray(get("flat"), dtype=np.float64))
        frames = {k: np.atleast_1d(v).astype(int) for k, v in get("frames").items()}
        error = str(np.atleast_1d(get("error"))[0])
        at = [str(x) for x in np.atleast_1d(get("error_at"))]
        warnings = [str(w) for w in np.atleast_1d(get("warnings"))] if len(get("warnings")) else []
    if len(sid) == 0:
        sid = frame = lens = np.zeros(0, int)
    return _r_trace(tab, sid, frame, name, lens, dims, flat, frames, error, warnings,
                    (at[0], int(at[1])) if len(at) == 2 and at[0] else ("", 0))


def _r_trace(tab, sid, frame, name, lens, dims, flat, frames, error, warnings,
             error_at=("", 0)):
    """Return the Trace built from nnp_trace()'s plain vectors."""
    def col(k, i):
        return tab[k][i - 1]

    statements = {}
    for i in range(1, len(tab["kind"]) + 1):
        kind = str(col("kind", i))
        text = str(col("text", i))
        if kind in ("for", "enter") and text:
            text = text.splitlines()[0].strip()       # a loop's or a function's header
        statements[i] = {"file": str(col("file", i)), "line": int(col("line", i)), "text": text,
                         "fn": str(col("fn", i)), "kind": kind,
                         "reads": tuple(r for r in str(col("reads", i)).split("\t") if r),
                         "loop": int(col("loop", i)), "parts": str(col("parts", i))}
    table = {}
    for i in range(len(frames.get("id", []))):
        fid, s = int(frames["id"][i]), statements[int(frames["sid"][i])]
        caller, at = int(frames["caller"][i]), int(frames["at"][i])
        call_reads, call_text = (), ""
        if caller:
            fn = statements[int(frames["sid"][caller - 1])]["fn"]
            here = [t for t in statements.values() if t["fn"] == fn and t["line"] == at
                    and t["kind"] != "enter"]
            call_reads = tuple(dict.fromkeys(r for t in here for r in t["reads"]))
            call_text = here[0]["text"] if here else ""
        table[fid] = Frame(fid, s["fn"], s["file"], caller, at, call_reads, call_text,
                           int(frames["start"][i]))
    records, counts, offset = [], {}, 0
    for i in range(len(sid)):
        s = statements[int(sid[i])]
        value = None
        if lens[i] >= 0:
            v = flat[offset:offset + lens[i]]
            offset += lens[i]
            shape = tuple(int(d) for d in dims[i].split(",")) if dims[i] else (lens[i],)
            value = v.reshape(shape, order="F").copy()
        kind = {"enter": "arg"}.get(s["kind"], s["kind"])
        parts = ()
        # (list(a = x, ...) returned, or the value of a block run by with(): $a of it)
        element = name[i][len("return:"):] if kind == "return" and \
            name[i].startswith("return:") else name[i][1:] if kind == "expr" and \
            name[i].startswith("$") else None
        if element is not None and s["parts"]:
            for part in s["parts"].split(";"):
                k, _, rs = part.partition("=")
                if k == element:
                    parts = tuple(r for r in rs.split(",") if r)
        if kind == "return" and not parts and name[i].startswith("return:"):
            # c(p, list(loss = loss)): the element w1 returned is p$w1, if p is a named list
            element = name[i][len("return:"):]
            parts = (*(f"{r}${element}" for r in s["reads"] if "$" not in r), *s["reads"])
        key = (s["file"], s["line"], name[i])
        occurrence = counts.get(key, 0)
        counts[key] = occurrence + 1
        loop = statements[s["loop"]]["line"] if s["loop"] else 0
        partial = kind == "partial"
        kind = "assign" if partial else kind
        line, text = s["line"], s["text"]
        if kind == "return" and name[i].startswith("return:"):
            line, text = _element_line(line, text, name[i][len("return:"):])
        records.append(Assignment("R", name[i], value, s["file"], line, text,
                                  occurrence, () if kind == "arg" else s["reads"], s["fn"],
                                  kind, int(frame[i]), i, loop, parts or s["reads"]
                                  if kind == "return" else parts, partial))
    err = (("RError", error, *error_at) if error else None)
    return Trace(records, table, err, warnings)


# ------------------------------------------------------------------------ matching values

def _reduced(a):
    """Return a without replication: an n x h array of identical rows as its first row."""
    if a.ndim == 2 and a.shape[0] > 1 and (a == a[:1]).all():
        return a[:1]
    return a


def _agree(a, b, rtol, atol):
    return agrees(a, b, rtol, atol)


def fits(port, ref, rtol=RTOL, atol=ATOL):
    """Return True when port's value holds ref's numbers under the comparison rule, in R's or
    numpy's layout of them: the same shape; a vector as a row or a column; a length-1 vector
    as a scalar; the transpose of a non-square matrix; the column-major reshape of the same
    numbers; a 1 x h row as n x h identical rows (either side)."""
    if port is None or ref is None:
        return False
    if _agree(port, ref, rtol, atol):
        return True
    p, q = _reduced(port), _reduced(ref)
    if p.size != q.size:
        return False
    if p.shape == q.shape:
        return _agree(p, q, rtol, atol)
    ps, qs = np.squeeze(p), np.squeeze(q)
    if ps.shape == qs.shape:
        return _agree(ps, qs, rtol, atol)
    if p.ndim == 2 and p.T.shape == q.shape:
        return _agree(p.T, q, rtol, atol)
    return _agree(p.reshape(q.shape, order="F"), q, rtol, atol)


def _same_returned(port, ref, rtol, atol):
    """The rule for a returned value: the same shape (a length-1 vector is a scalar, a bias
    stored as identical rows is its row), then every element."""
    if port is None or ref is None:
        return port is None and ref is None
    p, q = _reduced(port), _reduced(ref)
    if p.size == 1 and q.size == 1:
        p, q = p.reshape(()), q.reshape(())
    return _agree(p, q, rtol, atol)


class _Index:
    """The reference's values, found by the sorted numbers they hold (a layout-free key)."""

    def __init__(self, trace, rtol, atol):
        self.trace, self.rtol, self.atol = trace, rtol, atol
        groups = {}
        for a in trace:
            if a.value is not None and a.kind != "for":
                key = np.sort(_reduced(a.value), axis=None)
                groups.setdefault(key.size, []).append((key, a.index))
        self.groups = {size: (np.array([k for k, _ in g]), [i for _, i in g])
                       for size, g in groups.items()}

    def matches(self, value):
        """Return the indices of reference assignments whose value `fits` this one."""
        return tuple(i for i in self.same_numbers(value)
                     if fits(value, self.trace[i].value, self.rtol, self.atol))

    def same_numbers(self, value):
        """Return the indices of reference assignments holding this value's numbers, in any
        layout."""
        if value is None:
            return ()
        key = np.sort(_reduced(value), axis=None)
        if key.size not in self.groups:
            return ()
        keys, indices = self.groups[key.size]
        differs = element_differences(keys, key[None, :], self.rtol, self.atol)[0]
        return tuple(indices[c] for c in np.flatnonzero(~differs.any(axis=1)))


# ------------------------------------------------------------------------ dataflow graph

class _Lazy:
    """agree[i], decided on first use; what a decision needs is decided first, without
    recursion (a long loop makes long chains)."""

    def __init__(self, decide, needs):
        self.decide, self.needs, self.known = decide, needs, {}

    def __getitem__(self, i):
        stack = [i]
        while stack:
            j = stack[-1]
            if j in self.known:
                stack.pop()
                continue
            missing = [d for d in self.needs(j) if d not in self.known]
            if missing:
                stack.extend(missing)
            else:
                self.known[j] = self.decide(j, self)
                stack.pop()
        return self.known[i]


def _last_before(indices, before):
    """Return the last of the sorted `indices` below `before`, or None."""
    if not indices:
        return None
    k = bisect.bisect_left(indices, before)
    return indices[k - 1] if k else None


class _Graph:
    """Which earlier assignments each assignment of a trace was computed from."""

    def __init__(self, trace, elements=False):
        self.trace, self.frames = trace, trace.frames
        self.elements = elements    # an element of a call's list: what the call returned
                                    # under its name alone (the port's side)
        self.top = min(self.frames) if self.frames else 1
        # Sorted index lists, searched with bisect: a trace of a long loop is long.
        self.by_frame, self.by_name, self.by_local, self.by_attr, self.loops = {}, {}, {}, {}, {}
        self.by_field = {}
        self.fields = {}    # (frame, list) -> the indices of its elements' records (l$w)
        self.blocks = {}    # frame -> {(first, last line, list)} of its with(list, {...})
        # a nested function's assignment to a free variable (nonlocal w) writes the variable
        # of the frame that holds it: the frame of the assignment the closure saw
        bound = {fid: dict(f.bound) for fid, f in self.frames.items() if f.bound}
        home = {}
        for a in trace:
            self.by_frame.setdefault(a.frame, []).append(a.index)
            if a.kind == "return":
                continue
            self.by_name.setdefault(a.name, []).append(a.index)
            self.by_local.setdefault((a.name, a.frame), []).append(a.index)
            j = bound.get(a.frame, {}).get(a.name)
            if a.kind == "assign" and j is not None:
                home[a.index] = home.get(j, trace[j].frame)
                if home[a.index] != a.frame:
                    self.by_local.setdefault((a.name, home[a.index]), []).append(a.index)
            if "." in a.name:
                self.by_attr.setdefault(a.name.split(".", 1)[1], []).append(a.index)
            if "$" in a.name:
                self.by_field.setdefault(a.name.split("$", 1)[1], []).append(a.index)
                self.fields.setdefault((a.frame, a.name.split("$", 1)[0]), []).append(a.index)
            if a.kind == "for":
                self.loops.setdefault((a.frame, a.line), []).append(a.index)
            m = _WITH.match(a.text) if a.language == "R" and a.kind == "assign" else None
            if m and "\n" in a.text:
                self.blocks.setdefault(a.frame, set()).add((a.line, a.last_line, m.group(1)))
        self._owner, self._deps = {}, {}
        for fid, f in self.frames.items():
            if f.caller:
                calls = self.by_frame.get(f.caller, [])
                k = bisect.bisect_left(calls, f.start)
                self._owner[fid] = next(
                    (i for i in calls[k:k + 64] if trace[i].line == f.call_line
                     and trace[i].kind != "arg"), None)
        self.callees = {}
        for fid, owner in self._owner.items():
            if owner is not None:
                self.callees.setdefault(owner, []).append(fid)

    def resolve(self, name, frame, before):
        """Return the last assignment of `name` (or of the variable an attribute chain starts
        from) before index `before`: in the same frame; for a name the frame never assigns
        (a closure's free variable, an attribute), in any frame; else None."""
        names = [name]
        while "." in names[-1]:
            names.append(names[-1].rsplit(".", 1)[0])
        bound = dict(self.frames[frame].bound) if frame in self.frames else {}
        for n in names:
            i = _last_before(self.by_local.get((n, frame)), before)
            if i is not None:
                return i
            if n in bound and bound[n] < before:
                return bound[n]    # a closure's free variable, as the closure sees it
            if "." in n or (n, frame) not in self.by_local:
                i = _last_before(self.by_name.get(n), before)
                if i is None and "." in n:
                    # network.w after self.w = ... in a method: the same attribute under
                    # another name for its object (attributes are followed, objects not)
                    i = _last_before(self.by_attr.get(n.split(".", 1)[1]), before)
                if i is not None:
                    return i
        if "$" in name and "." not in name:
            # net$w after e$w <- ... in the function that made the environment net, or after
            # w <<- ... in a method of R's reference class: the same field under another name
            # for its object, or assigned in the method's frame under its own name
            field = name.split("$", 1)[1]
            i = _last_before(self.by_field.get(field), before)
            if i is None:
                i = _last_before([j for j in self.by_name.get(field, ())
                                  if self.trace[j].frame != frame], before)
            if i is not None:
                return i
        return None

    def call_site(self, fid):
        """Return the assignment that made call `fid` (None: not an assignment, or the top)."""
        return self._owner.get(fid)

    def deps(self, i, strong=False):
        """Return the indices assignment i was computed from, earliest first. With strong,
        not the previous value of a variable only partly assigned (x[i] <- v): an array
        allocated and then filled is computed from what fills it."""
        if (i, strong) not in self._deps:
            self._deps[i, strong] = self._compute_deps(i, strong)
        return self._deps[i, strong]

    def _compute_deps(self, i, strong):
        a = self.trace[i]
        out = []
        if a.kind == "arg":
            f = self.frames.get(a.frame)
            if f is not None and f.caller:
                inner = self._inner_return(a, f)
                out += [inner] if inner is not None else \
                    [self._element_passed(a, self.resolve(r, f.caller, f.start))
                     for r in f.call_reads]
        elif a.kind == "alias":
            # the write it follows: the statement that changed the array, in its own frame
            # or (for a caller's name for it) a helper's
            write = next((j for j in range(i - 1, max(i - 65, -1), -1)
                          if self.trace[j].kind == "assign"
                          and self.trace[j].name == a.reads[0]
                          and self.trace[j].line == a.line), None) if a.reads else None
            out.append(write if write is not None else
                       self.resolve(a.reads[0], a.frame, i + 1) if a.reads else None)
        elif a.kind == "return" and self._block_value(a) is not None:
            out.append(self._block_value(a))
        else:
            reads = a.parts if a.kind in ("return", "expr") and a.parts else a.reads
            if strong and a.partial:
                reads = [r for r in reads if r != a.name]
            out += [self._attribute_returned(a, r) or self._resolve_read(a, r, i)
                    for r in reads]
            owner, names = i, {a.name}
            # f$P, recorded after f <- forward(...): the elements of a list a call made are
            # computed by that call, as the list is; and b of a, b = f(...), recorded after a
            while owner > 0 and self.trace[owner - 1].line == a.line \
                    and self.trace[owner - 1].frame == a.frame \
                    and ("$" in self.trace[owner].name
                         or self.trace[owner - 1].kind == "assign"
                         and self.trace[owner - 1].text == a.text
                         and self.trace[owner - 1].name not in names):
                owner -= 1
                names.add(self.trace[owner].name)
            returned = [j for fid in {*self.callees.get(i, []), *self.callees.get(owner, [])}
                        for j in self.by_frame.get(fid, []) if self.trace[j].kind == "return"]
            element = a.name.split("$", 1)[1] if "$" in a.name else None
            if element is None and a.language == "Python" and any(
                    re.fullmatch(r"return:\d+", self.trace[j].name) for j in returned):
                element = str(i - owner)    # w, b = step(...): b is the tuple's element 1
            own = [j for j in returned if self.trace[j].name == f"return:{element}"]
            # g$g_bh after g <- backward(...): the element the call returned under its name,
            # not the call's other elements nor its arguments (which made that element)
            out = own if own and a.kind == "assign" and self.elements else out + returned
            if element is not None and a.kind == "assign" and a.text:
                # p[[name]] <- p[[name]] - lr * g[[name]], element k recorded: what it reads
                # through a key computed when it ran is element k of each list it reads so
                for r in reads:
                    if re.search(rf"(?<![\w.$]){re.escape(r)}\s*\[\[\s*[A-Za-z.]", a.text):
                        out.append(self.resolve(f"{r}${element}", a.frame, i))
            if a.loop:
                out.append(_last_before(self.loops.get((a.frame, a.loop)), i))
        return tuple(sorted({j for j in out if j is not None and j != i}))

    def _resolve_read(self, a, r, i):
        """The assignment statement a (at index i) reads name r from: inside a block run by
        with(p, {...}), p's element p$r when p was given it after r was last assigned (the
        block reads the list's elements as names); else r's last assignment."""
        j = self.resolve(r, a.frame, i)
        for first, last, base in self.blocks.get(a.frame, ()):
            if first < a.line <= last and r != base:
                k = self.resolve(f"{base}${r}", a.frame, i)
                if k is not None and (j is None or k > j):
                    return k
        return j

    def _element_passed(self, a, j):
        """For argument a, given from the list at j (a value of no numbers: Map(f, params,
        grads) hands f each element of grads): the element of that list holding a's value,
        when one does (grads$wout, recorded when the list was made); else j."""
        if j is None or self.trace[j].value is not None or a.value is None:
            return j
        b = self.trace[j]
        same = [k for k in self.fields.get((b.frame, b.name), ())
                if j < k <= j + 64 and self.trace[k].value is not None
                and self.trace[k].value.shape == a.value.shape
                and np.array_equal(self.trace[k].value, a.value)]
        return same[-1] if same else j

    def _attribute_returned(self, a, r):
        """For a return of an attribute (model.coef_) whose value is not that of the
        attribute's last assignment in the returning frame (model.coef_ = w, before fit()
        moved it through self.coef_), the last assignment of that attribute, in any frame,
        holding the value returned; else None."""
        if a.kind != "return" or a.value is None or "." not in r or r not in a.parts:
            return None
        attr = r.split(".", 1)[1]
        j = self.resolve(r, a.frame, a.index)
        if j is None or self.trace[j].value is None \
                or np.array_equal(self.trace[j].value, a.value, equal_nan=True):
            return None
        for k in reversed(self.by_attr.get(attr, [])):
            b = self.trace[k]
            if k < a.index and b.value is not None and b.value.shape == a.value.shape \
                    and np.array_equal(b.value, a.value, equal_nan=True):
                return k
        return None

    def _block_value(self, a):
        """For element k a function returns, the element $k of the value of the block it
        ran last (with(p, {...; list(k = ...)})) when it returns that value, else None."""
        if not a.name.startswith("return:") or a.value is None:
            return None
        want = "$" + a.name[len("return:"):]
        for j in range(a.index - 1, max(a.index - 64, -1), -1):
            b = self.trace[j]
            if b.frame == a.frame and b.kind == "expr" and b.name == want:
                same = b.value is not None and b.value.shape == a.value.shape \
                    and np.array_equal(b.value, a.value, equal_nan=True)
                return j if same else None
        return None

    def _inner_return(self, a, f):
        """For argument a of frame f, the return of a call nested in f's call (f(g(x)): g,
        made on the same line of the same caller just before f began) that a holds, or
        None."""
        if a.value is None:
            return None
        for r in reversed(self.trace[:f.start]):
            g = self.frames.get(r.frame)
            if g is None or g.caller != f.caller or g.call_line != f.call_line:
                return None
            if r.kind == "return" and r.value is not None \
                    and np.array_equal(r.value, a.value, equal_nan=True):
                return r.index
        return None

    def returns(self):
        """Return {NAME: index} of what the traced top call returned."""
        return {a.name[len("return:"):]: a.index for a in self.trace
                if a.kind == "return" and a.frame == self.top and a.name.startswith("return:")}


# ---------------------------------------------------------------------------- alignment

@dataclass(frozen=True)
class Finding:
    """Where a port's one epoch first parts from the reference's, and how."""
    port: Assignment                 # the port's first diverging statement (a call site when
                                     # the helper it calls was given the wrong operand)
    reference: Assignment | None     # the reference statement it stands for
    inputs: tuple                    # ((port, reference) Assignment pairs) the agreeing
                                     # values it was computed from
    relation: tuple | None           # (kind, words) from relation(), or None
    diverging: tuple                 # the returned names whose values differ
    inside: Assignment | None = None  # for a call site: where inside the helper it shows
    missing: Assignment | None = None  # a reference statement the port never computes
    allocation: Assignment | None = None  # for x[i] <- v: the statement that made x
    calls: tuple = ()                # (file, line, text) of the calls from train() down to
                                     # the port's statement, outermost first
    downstream: tuple = ()           # for a statement of no counterpart: the later ones
                                     # computed from it, to the first that has one
    trace: object = field(default=None, repr=False, compare=False)  # the port's Trace

    @property
    def kind(self):
        return self.relation[0] if self.relation else None


# A statement that gives a name another's value: x <- y, self.x = y
_ALIAS = re.compile(r"^\s*[\w.$]+\s*(?:<-|=)\s*([A-Za-z_.][\w.$]*)\s*$")


# A statement that unpacks one value into several names: a, b, _ = states[-1]
# p <- with(p, {...}) (or within()): the block reads p's elements as names
_WITH = re.compile(r"^\s*[\w.$]+\s*(?:<-|=)\s*(?:with|within)\(\s*([\w.]+)\s*,")
_UNPACKS = re.compile(r"^\s*\(?\s*[\w.]+\s*,[\w.,\s*()]*=(?!=)")


# An array allocated by a call that makes it of zeros (matrix(0, ...), rep(0, n), numeric(n),
# np.zeros(...)), or of whatever memory held (np.empty(...): zeros, often), filled later
_ALLOCATES = re.compile(r"\b(?:matrix|array|rep|rep_len|np\.full)\(\s*0(?:\.0*)?\s*[,)]|"
                        r"\b(?:numeric|double|np\.zeros|np\.zeros_like|zeros|zeros_like|"
                        r"np\.empty|np\.empty_like)\(")


# Zeros written in a statement: an allocation, or 0 * w
_ZEROS = re.compile(_ALLOCATES.pattern + r"|(?<![\w.])0(?:\.0*)?\s*\*")


# An array of ones, or an identity, written as such: matrix(1, n, n), rep(1, n), np.ones(n),
# diag(h), np.eye(h)
_ONES = re.compile(r"\b(?:matrix|array|rep|rep_len|np\.full)\(\s*1(?:\.0*)?\s*[,)]|"
                   r"\bnp\.full\((?:[^(),]|\([^()]*\))+,\s*1(?:\.0*)?\s*\)|"
                   r"\b(?:np\.ones|np\.ones_like|ones|np\.eye|np\.identity|diag)\(")


# A number 0 written as a statement's whole value: sq = 0.0, total <- 0
_ZERO = re.compile(r"^\s*[\w.$]+\s*(?:<-|=)\s*0(?:\.0*)?(?:L)?\s*(?:#.*)?$")


# NA or NaN written in a statement: R's NA (NA_real_) and NaN, numpy's nan, float("nan")
_NA = re.compile(r"\bNA(_real_)?\b|\bNaN\b|\bnan\b|float\(\s*['\"]nan['\"]\s*\)")


def _steps(trace):
    """The signs of a trace's updates, statements that add to or take from the name they
    assign (w <- w + lr * d, w <<- w - ..., w = w - ..., w += ..., self.w -= ...): {"+"},
    {"-"} or both."""
    out = set()
    for a in trace:
        if a.kind != "assign" or not a.text:
            continue
        text = a.text.splitlines()[0]
        # (not a counter's: i <- i + 1, epoch += 1)
        m = re.match(r"\s*([\w.$\[\]]+)\s*([-+])=(?!\s*\d+(?:\.\d*)?\s*(?:#.*)?$)", text)
        if m:
            out.add(m.group(2))
            continue
        m = re.match(r"\s*([\w.$\[\]]+)\s*(?:<<-|<-|=)\s*([\w.$\[\]]+)\s*([-+])"
                     r"(?!\s*\d+(?:\.\d*)?\s*(?:#.*)?$)", text)
        if m and m.group(1) == m.group(2):
            out.add(m.group(3))
    return out


def _encloses(b, a):
    """True when statement b, of a's file, spans a's line and is not a's own: a block run
    inside it (net <- within(net, { ... }))."""
    return b.file == a.file and b.line < a.line <= b.last_line


def _subterms(trace, most=4000):
    """{size: [(value, name)]} of the parts of a Python trace's assignments that compute arrays
    (calls, arithmetic, transposes: np.dot(X.T, d) and np.dot(X.T, d) * lr of wh = wh +
    np.dot(X.T, d) * lr), each evaluated from the values its names held when the statement
    ran; {} for an R trace, whose code is not evaluated here."""
    out = {}
    if not trace or trace[0].language != "Python":
        return out
    env, done = {}, 0
    for a in trace:
        if a.kind == "assign" and a.text and done < most:
            try:
                tree = ast.parse(a.text.strip())
            except SyntaxError:
                tree = None
            node = tree.body[0] if tree is not None and tree.body else None
            value = getattr(node, "value", None) \
                if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)) else None
            here = {n: v for (f, n), v in env.items() if f == a.frame}
            for sub in ast.walk(value) if value is not None else ():
                if sub is value or not isinstance(sub, (ast.BinOp, ast.Call, ast.Attribute,
                                                        ast.UnaryOp)):
                    continue
                names = {n.id for n in ast.walk(sub) if isinstance(n, ast.Name)}
                if not names <= {*here, "np"} or isinstance(sub, ast.Attribute) \
                        and sub.attr != "T" or any(np.size(here[n]) == 1 for n in names
                                                   if n in here):
                    continue    # (a part scaled by a number, lr * g, is where the rate
                    # goes: a port's lr folded in early matches it and is not right)
                done += 1
                try:
                    with np.errstate(all="ignore"):
                        got = eval(compile(ast.Expression(sub), "<term>", "eval"),  # noqa: S307
                                   {"np": np, "__builtins__": {}}, dict(here))
                    got = np.asarray(got, dtype=np.float64)
                except Exception:  # noqa: BLE001 -- a part may not run alone
                    continue
                if got.size > 1:
                    out.setdefault(got.size, []).append((got, a.name))
        if a.value is not None and a.kind in ("arg", "assign", "alias", "for") \
                and re.fullmatch(r"[A-Za-z_]\w*", a.name):
            env[a.frame, a.name] = a.value
    return out


def _indexed_only(a, b):
    """True when statement b reads several-number a only by an element or a slice
    (sum_h2 <- w[3] * x[1] + b[2]): b agreeing says nothing of a's other numbers."""
    if a.value is None or a.value.size < 2 or not b.text:
        return False
    name = re.escape(a.name)
    code = b.text.split("#", 1)[0]
    uses = re.findall(rf"(?<![\w.$]){name}(?![\w.$])\s*(\[?)", code)
    return bool(uses) and all(uses)


def _field_reads(b, name):
    """False when b is one field of a record its statement makes whole (w.b1 of w =
    w._replace(W1=..., b1=...), state$bh of state <- list(wh = ..., bh = ...)) and the
    field's own argument does not read `name`: the statement's reads are all its fields'."""
    field = re.split(r"[.$]", b.name)[-1]
    if field == b.name or not b.text:
        return True
    code = b.text.split("#", 1)[0] if b.language == "R" else b.text
    m = re.search(rf"(?<![\w.$]){re.escape(field)}\s*=(?!=)", code)
    if m is None:
        return True
    depth, end = 0, len(code)
    for k in range(m.end(), len(code)):
        c = code[k]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                end = k
                break
            depth -= 1
        elif c == "," and depth == 0:
            end = k
            break
    named = re.compile(rf"(?<![\w.$]){re.escape(name)}(?![\w])")
    # (a value the statement reads by no name, a call's return, is any field's)
    return named.search(code) is None or named.search(code[m.end():end]) is not None


def _written_zeros(a):
    """True when assignment a makes an array of zeros written as such (numeric(n),
    np.zeros(...), 0 * w), not filled in part; or numpy's np.empty(), whose numbers are
    whatever its memory held: none of them a number of the reference's."""
    if a.value is None or a.kind != "assign" or a.partial:
        return False
    code = (a.text or "").split("#", 1)[0]
    return not a.value.any() and _ZEROS.search(code) is not None \
        or re.search(r"(?:<-|=)\s*np\.empty(?:_like)?\(", code) is not None \
        and not any(typed.search(code) for typed in _STORED.values())


def _integral_size(a, sizes):
    return a.value is not None and a.value.size == 1 and float(a.value.flat[0]) in sizes


def _in_float32(v):
    """True when v holds numbers, every one exactly a float32's."""
    if v is None or v.size == 0:
        return False
    with np.errstate(invalid="ignore", over="ignore"):   # NA, 1e300
        return np.array_equal(v.astype(np.float32).astype(np.float64), v)


def _arity(trace, graph, fid):
    """The number of arguments call `fid` of a trace was given (those recorded on entry)."""
    return sum(1 for _ in itertools.takewhile(lambda i: trace[i].kind == "arg",
                                             graph.by_frame.get(fid, [])))


def _own(name):
    """A function's own name: a method's without its class (Class.method)."""
    return name.rsplit(".", 1)[-1]


def _namesakes(function, frames):
    """Return the frames of `function`'s namesake: the same name (a method's own name for
    Class.method), else a name that ends in _NAME (R's zhou_sgd_deriv_sigmoid for Python's
    deriv_sigmoid) or whose _NAME it ends in."""
    p = _own(function)
    frames = list(frames)
    return ([f for f in frames if _own(f.function) == p]
            or [f for f in frames if _own(f.function).endswith("_" + p)]
            or [f for f in frames if p.endswith("_" + _own(f.function))])


class _Alignment:
    def __init__(self, reference, port, rtol, atol, names):
        self.ref, self.port, self.rtol, self.atol = reference, port, rtol, atol
        self.gr, self.gp = _Graph(reference), _Graph(port, elements=True)
        self.index = _Index(reference, rtol, atol)
        self.to_ref = {v: k for k, v in (names or {}).items()}
        top_args = [a for a in port if a.kind == "arg" and a.frame == self.gp.top]
        self.args = {a.name: a for a in top_args}
        self.sizes = {float(d) for a in top_args if a.value is not None for d in a.value.shape}
        self._matches = {}
        ref_returns, port_returns = self.gr.returns(), self.gp.returns()
        self.ref_returns = ref_returns
        self.diverging = [n for n, i in port_returns.items()
                          if self.ref_name(n) in ref_returns and not _same_returned(
                              port[i].value, reference[ref_returns[self.ref_name(n)]].value,
                              rtol, atol)]
        self.port_returns = port_returns
        self._returned = {i: n for n, i in port_returns.items()}
        self.agree = _Lazy(self._decide, self._inputs_needed)
        self._validated = {}
        self.guessed = set()  # port statements whose counterpart is a guess by inputs
        self._port_index = None
        self._readers = None  # assignment -> the later ones computed from it (validated())
        self._conventions = None  # whether the port's sign convention is the reference's
        # opposite (negated())
        self._form = {}  # port assignment -> what its form says (_own_form())
        self._rows = None  # size -> the reference's values of that many numbers (laid())
        self._subterms = None  # size -> the values of the reference statements' parts, and
        # the names those statements assign

    def ref_name(self, name):
        return self.to_ref.get(name, name)

    def matches(self, i):
        """The reference assignments whose value fits port assignment i's. A single number
        matches only values of its own name when the reference has that name: one number
        equals another by chance too easily."""
        if i not in self._matches:
            a = self.port[i]
            found = self.index.matches(a.value)
            if found and _ZEROS.search(a.text) is None:
                # zeros the reference writes as such (loss <- numeric(epochs), filled later)
                # are no counterpart of zeros the port computes; and an update that moved
                # nothing (w = w + lr * 0) is matched by the reference's statements that
                # compute it, not by the old value handed on as an argument
                given = a.value is not None and self._unmoved(a)
                found = tuple(m for m in found if not _written_zeros(self.ref[m])
                              and not (given and self.ref[m].kind == "arg"))
            if a.value is not None and found and (
                    a.value.size == 1
                    or not a.value.any() and _ZEROS.search(a.text or "") is None):
                # (nor do zeros computed, which any value of that size times a zero is)
                # p$w1 or self.w1 for the reference's w1, when it has no p$w1 or self.w1
                # (either: a reference holding p$w1 in a dict and w1 in its step has both)
                names = [self.ref_name(a.name), re.split(r"[.$]", a.name)[-1]]
                own = {n for n in names if self.gr.by_name.get(n)}
                if own:
                    found = tuple(m for m in found if self.ref[m].name in own)
            if not found and a.loop and a.kind == "assign":
                found = self._sample_rows(a)
            if not found and a.kind == "return" and a.frame != self.gp.top:
                found = self._index_slices(a)
            self._matches[i] = found
        return self._matches[i]

    def _unmoved(self, a):
        """True when assignment a is an update of its name by a step (w = w - lr * g,
        w -= step) that leaves it the very value it held before."""
        name = re.escape(a.name)
        if a.kind != "assign" or a.partial or not re.match(
                rf"\s*{name}\s*(?:[-+]=|(?:=|<-)\s*\(?\s*{name}\s*[-+])", a.text or ""):
            return False
        j = self.gp.resolve(a.name, a.frame, a.index)
        old = self.port[j].value if j is not None else None
        return old is not None and old.shape == a.value.shape and np.array_equal(old, a.value)

    def _index_slices(self, a):
        """The reference values one of whose columns (or rows) holds what a helper returns,
        for the helper called with one whole number k, the index of that column (from 1 in
        R): a port that computes one unit at a time (vapply(seq_len(h), function(j) ...))
        returns one column of the reference's values per call."""
        v, fid = a.value, a.frame
        given = [b for b in self.port[self.gp.frames[fid].start:a.index]
                 if b.frame == fid and b.kind == "arg"]
        if v is None or v.size < 2 or len(given) != 1 or given[0].value is None \
                or given[0].value.size != 1 \
                or not float(given[0].value.flat[0]).is_integer():
            return ()
        k = int(given[0].value.flat[0]) - (1 if a.language == "R" else 0)
        return self._slices(v, k, columns=True)

    def _sample_rows(self, a):
        """The reference values (samples in rows) whose row of the sample port statement a
        is computed for holds a's numbers: a port that walks the samples one at a time (for
        s in 1:n) computes one row of each of the reference's full-batch values. The sample
        is the loop's variable (from 1 in R, from 0 in Python); a single number matches only
        a column's element, and not a whole number."""
        v = a.value
        loops = self.gp.loops.get((a.frame, a.loop))
        at = _last_before(loops, a.index)
        if v is None or at is None or self.port[at].value is None \
                or self.port[at].value.size != 1 or len(loops) < 2:
            return ()       # (a loop run once, the epochs' of a traced epoch, walks no samples)
        r = float(self.port[at].value.flat[0]) - (1 if a.language == "R" else 0)
        if not r.is_integer() or v.size == 1 and float(v.flat[0]).is_integer():
            return ()
        return self._slices(v, int(r), columns=False)

    def _slices(self, v, k, columns):
        """The reference matrices (of 2 rows or more) whose row k, or column k too with
        `columns`, holds v's numbers in order."""
        if k < 0:
            return ()
        out = []
        for q in self.ref:
            u = q.value
            if u is None or q.kind == "for" or u.ndim != 2 or u.shape[0] < 2:
                continue
            if (k < u.shape[0] and u.shape[1] == v.size
                    and _agree(np.ravel(v), u[k], self.rtol, self.atol)) \
                    or (columns and k < u.shape[1] and u.shape[0] == v.size
                        and _agree(np.ravel(v), u[:, k], self.rtol, self.atol)):
                out.append(q.index)
        return tuple(out)

    def transparent(self, a):
        return a.kind == "for" or a.value is None or a.kind == "arg" and a.frame != self.gp.top

    def _inputs_needed(self, i):
        """The assignments whose agreement decides i's (those of a value passed through)."""
        a = self.port[i]
        if a.kind == "arg" and a.frame == self.gp.top or i in self._returned:
            return ()
        if self.transparent(a) or _integral_size(a, self.sizes) or self._may_pack(a) \
                or self._returned_copies(a):
            # (not the list an element is part of, which its elements decide)
            return (*(d for d in self.gp.deps(i) if i not in self._elements(self.port[d])),
                    *self._elements(a))
        return ()

    def _elements(self, a):
        """For a record recorded as a whole (value None: a namedtuple, a dataclass), the
        records of its own fields the same statement made (p.wh): what it holds."""
        if a.value is not None or a.kind != "assign":
            return ()
        return tuple(b.index for b in _fields(self.port, a))

    def _returned_copies(self, a):
        """The helpers' returns whose value assignment a holds exactly (theta <- pack(...))."""
        if a.value is None or a.kind != "assign" or a.value.size < 2:
            return ()
        return tuple(d for d in self.gp.deps(a.index)
                     if self.port[d].kind == "return" and self.port[d].frame != self.gp.top
                     and self.port[d].value is not None
                     and np.array_equal(self.port[d].value, a.value))

    def _may_pack(self, a):
        """True when a's value is larger than each of its inputs': it may pack them
        (np.vstack([W, b]), np.hstack([A, ones]))."""
        v = a.value
        if v is None or a.kind not in ("assign", "return") or v.size < 2:
            return False
        inputs = [self.port[d].value for d in self.gp.deps(a.index)]
        inputs = [u for u in inputs if u is not None]
        return bool(inputs) and v.size > max(u.size for u in inputs)

    def _packs(self, a, agree):
        """True when a's value holds exactly the numbers of its agreeing inputs, each once,
        and zeros and ones besides: they laid out together (a matrix and its bias row
        stacked, a column of ones appended), which the reference need not build."""
        deps = [d for d in self.gp.deps(a.index) if self.port[d].value is not None]
        if not self._may_pack(a) or not all(agree[d] for d in deps):
            return False
        ours = a.value[(a.value != 0) & (a.value != 1)]
        theirs = np.concatenate([self.port[d].value.ravel() for d in deps])
        theirs = theirs[(theirs != 0) & (theirs != 1)]
        return ours.size > 0 and ours.size == theirs.size \
            and np.array_equal(np.sort(ours), np.sort(theirs))

    def _decide(self, i, agree):
        """Whether port assignment i's value agrees with the reference's."""
        a = self.port[i]
        deps_agree = all(agree[d] for d in self._inputs_needed(i))
        if a.kind == "arg" and a.frame == self.gp.top:
            return True
        if i in self._returned:
            name = self.ref_name(self._returned[i])
            return name not in self.ref_returns or _same_returned(
                a.value, self.ref[self.ref_returns[name]].value, self.rtol, self.atol)
        if not deps_agree and a.value is not None and a.value.size and not a.value.any() \
                and _ZEROS.search(a.text or "") is None:
            return False           # zeros computed from values that differ: any zeros of
            # the reference match them by chance (a slope of 0 times what differs)
        if self.transparent(a):
            if a.kind == "arg" and a.value is not None and deps_agree \
                    and not self.matches(i) and (self._changed_in_call(a)
                                                 or self._made_in_call(a)):
                return False       # f(int(b)): the call changed what it passes; f(A %*% B):
                # it computed what it passes, a value of its own to be matched
            return deps_agree or bool(self.matches(i))
        if _integral_size(a, self.sizes) and deps_agree:
            return True            # a size taken from the data (n <- nrow(X))
        if self._selects_input(a):
            return True            # a part of an argument (x0 = data[:, 0])
        if self._wrong_alias(a):
            return False           # x <- y where the reference's x holds another value of
            # that shape: y's numbers, matched under y's name, are the wrong operand's
        return bool(self.matches(i)) or self._assembled(a) or self._packs(a, agree) \
            or self._copies_agreeing(a, agree)

    def _wrong_alias(self, a):
        """True when a gives its name the value of another variable its frame made (x <- y,
        y not an argument: a helper's arguments are its call's choice), and the reference
        has statements of a's name, each of a's shape, none holding a's value."""
        m = _ALIAS.match(a.text or "")
        if m is None or a.value is None or a.value.size < 2:
            return False
        source = self.gp.resolve(m.group(1), a.frame, a.index)
        if source is None or self.port[source].kind != "assign":
            return False
        same = [self.ref[j].value for j in self.gr.by_name.get(self.ref_name(a.name), ())]
        return bool(same) and all(v is not None and v.shape == a.value.shape
                                  and not _close(v, a.value) for v in same)

    def _copies_agreeing(self, a, agree):
        """True when a holds exactly the value a helper returned that agrees by what it
        packs, not as a value of the reference's (theta <- pack(wh, bh, wout, bout): the
        parameters strung together, which the reference never builds)."""
        return any(agree[d] for d in self._returned_copies(a)) \
            and not self.index.matches(a.value)

    def _made_in_call(self, a):
        """True when helper argument a, of the name of a value the reference computes, holds
        numbers none of the values its call reads holds (update(w, d_hiddenlayer = (d %*%
        t(v)) * s)): a value the call's own expression computed, not one passed on, selected
        (X[i, ]) or laid out anew (t(w), drop(b)), to be matched as the reference's."""
        v = a.value
        if v.size < 2 or a.frame not in self.gp.frames or not self.gp.frames[a.frame].caller \
                or not any(self.ref[j].kind == "assign"
                           for j in self.gr.by_name.get(self.ref_name(a.name), ())):
            return False
        inputs = [self.port[d].value for d in self.gp.deps(a.index)]
        return bool(inputs) and not any(u is not None and u.size >= v.size
                                        and np.isin(v, u).all() for u in inputs)

    def _changed_in_call(self, a):
        """True when helper argument a holds a whole-number version of a number its call
        reads (int(b), round(x)): a value the call's own expression truncated."""
        v = a.value
        if v.size != 1 or v.flat[0] != np.round(v.flat[0]):
            return False
        inputs = [self.port[d].value for d in self.gp.deps(a.index)]
        return any(u is not None and u.size == 1 and u.flat[0] != v.flat[0]
                   and np.trunc(u.flat[0]) == v.flat[0] for u in inputs)

    def _assembled(self, a):
        """True when a small array (2 to 16 numbers) is packed from agreeing numbers it reads
        (np.array([b1, b2])), or its numbers are each a number the reference computes (the
        port's sum_h for the reference's sum_h1 and sum_h2; integers excepted, which match
        by chance)."""
        v = a.value
        if v is None or not 2 <= v.size <= 16 or not np.isfinite(v).all():
            return False
        inputs = [self.port[d] for d in self.gp.deps(a.index)]
        scalars = {float(b.value.flat[0]) for b in inputs if b.value is not None
                   and b.value.size == 1 and (self.matches(b.index) or b.kind == "arg")}
        if scalars and all(float(x) in scalars for x in v.ravel()):
            return True
        if np.any(v == np.round(v)):
            return False
        return all(self.index.matches(np.array(x)) for x in v.ravel())

    def _selects_input(self, a):
        """True when a reads only arguments and holds only numbers of one of them: a column,
        a row, a slice of the data."""
        deps = self.gp.deps(a.index)
        if a.value is None or not deps or a.kind != "assign":
            return False
        inputs = [self.port[d] for d in deps]
        if not all(b.kind == "arg" and b.frame == self.gp.top or b.value is None
                   or _integral_size(b, self.sizes) for b in inputs):
            return False
        return any(b.value is not None and b.value.size >= a.value.size > 1
                   and np.isin(a.value, b.value).all() for b in inputs)

    def roots(self, strong, validated=False):
        """Return the unmatched assignments on the way to a differing returned value whose
        own inputs all agree, in the port's execution order. With validated, an unmatched
        value that a later agreeing statement reads (validated()) counts as agreeing: a
        form of the reference's values it does not build (d_o1 with the slope folded in)."""
        def ok(i):
            if self.agree[i] or self.zeros(i) or self.ones(i) or self.counter(i):
                return True     # (an accumulator's zeros: no difference, what fills it may be;
                # ones, or an identity, the port builds to sum or lay out with; a loop's
                # counter counted from 1 where the reference's index runs from 0)
            if not validated:
                return False
            if i not in self._form:
                self._form[i] = self._own_form(i)
            if self._form[i] is not None:
                return self._form[i]
            if i not in self._validated:
                # numbers all exactly float32, from inputs that are not, are a precision
                # lost, never another factoring
                v = self.port[i].value
                f32 = _in_float32(v) and not np.array_equal(v, np.round(v)) and not all(
                    _in_float32(self.port[d].value) for d in self.gp.deps(i)
                    if self.port[d].value is not None)
                self._validated[i] = i not in self._returned and not f32 \
                    and self.validated(i)
            return self._validated[i]

        seen, stack = set(), [self.port_returns[n] for n in self.diverging]
        while stack:
            i = stack.pop()
            if i in seen or ok(i):
                continue
            seen.add(i)
            stack.extend(self.gp.deps(i, strong))
            if strong and self._writes_agreeing(i):
                # x[k] <- v keeps x's other numbers: a write before it parted them (b[2]
                # moved wrong, then b[3] moved right: b differs at its last write)
                stack.extend(self._kept(i))
        return sorted(i for i in seen if all(ok(d) for d in self.gp.deps(i, strong))
                      and not self._writes_agreeing(i))

    def _kept(self, i):
        """For x[k] <- v, the write of x before it, whose other numbers it keeps."""
        a = self.port[i]
        if not a.partial or a.kind != "assign":
            return ()
        j = self.gp.resolve(a.name, a.frame, i)
        return (j,) if j is not None else ()

    def _writes_agreeing(self, i):
        """True when x[k] <- v wrote numbers (those that changed) each one the reference
        computes, keeping the others from x's write before: not where x parts (b[3] right
        beside b[2] wrong from before)."""
        a = self.port[i]
        before = self._kept(i)
        if not before or a.value is None or self.port[before[0]].value is None:
            return False
        old = self.port[before[0]].value
        if old.shape != a.value.shape or a.value.size > 64:
            return False
        changed = a.value[a.value != old]
        return changed.size > 0 and np.isfinite(changed).all() \
            and not np.any(changed == np.round(changed)) \
            and all(self.index.matches(np.array(x)) for x in changed)

    def validated(self, i, through=True):
        """True when a later port statement that reads assignment i (directly) agrees with
        the reference, and is not merely a part of an argument or a size; or, `through`, one
        that the reference has no counterpart of and that is so validated itself (dZ3 = P - Y
        read by dW3 = A2.T @ dZ3 / n, of no namesake, read by W3 = W3 - lr * dW3, which
        agrees: the mean taken later)."""
        a = self.port[i]
        if self._readers is None:
            self._readers = {}
            for j in range(len(self.port)):
                for d in self.gp.deps(j):
                    self._readers.setdefault(d, []).append(j)
        for j in self._readers.get(i, ()):
            b = self.port[j]
            if j - i < 4000 and b.kind in ("assign", "return") and b.value is not None \
                    and (a.name in b.reads     # (or a method of it: dZ.sum)
                         or any(r.startswith(f"{a.name}.") for r in b.reads)) \
                    and not _encloses(b, a) \
                    and not (b.kind == "return" and b.frame == self.gp.top) \
                    and not np.array_equal(b.value, np.round(b.value)) \
                    and not _UNPACKS.match(b.text) \
                    and _field_reads(b, a.name) \
                    and not _indexed_only(a, b) \
                    and (self.agree[j] and self.matches(j)
                         or through and b.kind == "assign" and not self.agree[j]
                         and self.ref_name(b.name) not in self.gr.by_name
                         and not self._single(i)
                         and self.validated(j, through=False)):
                # (not what train() returns, which reads every variable it returns; not the
                # statement a runs inside, net <- within(net, {...}), which reads every name
                # of its block; not a
                # size or a count, which the shape alone decides; not one name of several a
                # statement unpacks a value into, which says nothing of the others)
                return True
        return False

    def _single(self, i):
        """True when port assignment i, or a value it reads, holds numbers all exactly
        float32 and not whole: precision lost upstream, which agreeing readers hide."""
        return any(_in_float32(v) and not np.array_equal(v, np.round(v))
                   for v in (self.port[d].value for d in (i, *self.gp.deps(i))))

    def parts(self):
        """{size: [(value, name)]} of the reference statements' parts (_subterms), made once."""
        if self._subterms is None:
            self._subterms = _subterms(self.ref)
        return self._subterms

    def subterm(self, i):
        """True when port assignment i, of more than one number, holds the value of a part
        of a reference statement (np.dot(X.T, d) of wh = wh + np.dot(X.T, d) * lr): a term
        the port computes on a line of its own."""
        a = self.port[i]
        v = a.value
        if v is None or v.size < 2 or not np.isfinite(v).all():
            return False
        self.parts()
        if self._readers is None:
            self.validated(i)           # (which lists each assignment's readers)
        readers = {self.ref_name(self.port[j].name) for j in self._readers.get(i, ())}
        for t, owner in self._subterms.get(v.size, ()):
            # a term of the statement a reader of it computes, under that statement's name
            # (Z1 read by Z = Z1 + b); not the statement's whole value left incomplete
            # (delta <- P - Y where the reference's delta is (P - Y) / n)
            if owner in readers and self.ref_name(a.name) != owner \
                    and (t.shape == v.shape or t.ndim == 1 or v.ndim == 1) \
                    and np.allclose(np.ravel(t), np.ravel(v), rtol=self.rtol, atol=self.atol):
                return True
        return False

    def _own_form(self, i):
        """True, False or None (nothing said) of port assignment i, a value the reference
        does not hold as such, by its form alone."""
        if self.complement(i):
            return False    # (1 - the reference's value of its name: a sigmoid of the negated
            # input, which the slope a(1 - a) of it cannot tell)
        if self.negated(i):
            return True     # (the port's own sign convention: out - y for y - out)
        if self.sums_agreeing(i):
            return True     # (a running sum of agreeing terms from 0: sse += e * e)
        if self.subterm(i):
            return True     # (a term the reference computes inside a statement: X %*% wh of
            # np.dot(X, wh) + bh)
        if self.laid(i):
            return True     # (a value of the reference repeated, the article's bias_in_temp
            # <- rep(bias_in, nrow(X)))
        return None

    def complement(self, i):
        """True when port assignment i holds 1 minus the value of its namesake in the
        reference (output = sigmoid(x) where the reference's is sigmoid(-x)): readers that
        agree (its slope, a(1 - a), is the same) vouch for nothing."""
        a = self.port[i]
        v = a.value
        if v is None or v.size < 2 or a.kind != "assign" \
                or self.ref_name(a.name) not in self.gr.by_name:
            return False
        for q in (self.ref[k] for k in self.gr.by_name[self.ref_name(a.name)]):
            if q.value is not None and q.value.shape == v.shape \
                    and not np.allclose(v, q.value, rtol=self.rtol, atol=self.atol) \
                    and np.allclose(v, 1 - q.value, rtol=1e-9, atol=1e-12):
                return True
        return False

    def laid(self, i):
        """True when port assignment i holds a value of the reference's (a row of two numbers
        or more) on every row of a matrix, or repeated whole in a vector, m >= 2 times
        (rep(bh, n), np.tile(bh, (n, 1))): the numbers a bias is laid over the samples with.
        (Each number repeated, rep(bh, each = n), is right or wrong by how it is laid out
        next: it says nothing alone.)"""
        v = self.port[i].value
        if v is None or v.size < 4 or v.ndim > 2 or not np.isfinite(v).all() or not v.any():
            return False        # (zeros are any zeros laid out)
        if self._rows is None:      # the reference's values of two numbers or more, by size,
            rows = {}               # each size's stacked as the rows of one matrix
            for r in self.ref:
                if r.value is not None and r.kind in ("arg", "assign") and r.value.size >= 2:
                    rows.setdefault(r.value.size, []).append(np.ravel(r.value))
            self._rows = {size: np.array(bases) for size, bases in rows.items()}
        width = v.shape[1] if v.ndim == 2 else None
        for size, bases in self._rows.items():
            if v.size % size or v.size == size or width not in (None, size):
                continue
            rows = v.reshape(-1, size)
            # (allclose's rule, for every base at once: those the first row fits, then all)
            with np.errstate(invalid="ignore"):
                first = (np.abs(rows[0] - bases) <= self.atol + self.rtol * np.abs(bases)
                         ).all(axis=1)
            for base in bases[first]:
                if np.allclose(rows, base[None, :], rtol=self.rtol, atol=self.atol):
                    return True
        return False

    def sums_agreeing(self, i):
        """True when port assignment i adds to a number of its own name, in a loop, a term
        computed from values that agree, the name set to 0 before the loop (sse = 0.0, then
        sse += e * e): a running sum the reference never holds, of agreeing terms."""
        a = self.port[i]
        if a.kind != "assign" or not a.loop or not a.text or a.value is None \
                or a.value.size != 1:
            return False
        n = re.escape(a.name)
        if not re.match(rf"\s*{n}\s*(?:\+=|(?:<-|=)\s*{n}\s*\+)", a.text.splitlines()[0]):
            return False
        start = next((b for b in reversed(self.port[:i]) if b.frame == a.frame
                      and b.name == a.name and b.kind == "assign" and b.loop != a.loop), None)
        terms = [d for d in self.gp.deps(i) if self.port[d].name != a.name]
        return start is not None and _ZERO.match(start.text or "") is not None \
            and bool(terms) and all(self.agree[d] for d in terms)

    def negated(self, i):
        """True when port assignment i holds exactly a reference value times -1, of more
        than one number (resid <- out - y where the reference's E = y - output): the port's
        own sign convention, which a later update undoes, or a sign reversed, which
        relation() names at the first value that differs."""
        a = self.port[i]
        if self._conventions is None:
            # the port steps against what it computes where the reference steps with it
            # (theta - lr * g for wh + lr * d): its errors are the reference's times -1
            self._conventions = _steps(self.port) == {"-"} and _steps(self.ref) == {"+"}
        return self._conventions and a.kind == "assign" and a.value is not None \
            and a.value.size > 1 and bool(np.any(a.value)) \
            and bool(self.index.matches(-a.value))

    def counter(self, i):
        """True when assignment i is a whole number one off a loop variable of its name in
        the reference (i <- i + 1 in R's while loop, counting from 1, where Python's for i in
        range(epochs) counts from 0): the same count, each language's index."""
        a = self.port[i]
        if a.kind != "assign" or a.value is None or a.value.size != 1:
            return False
        v = float(a.value.flat[0])
        return bool(np.isfinite(v)) and v == round(v) and any(
            q.kind == "for" and q.value is not None and q.value.size == 1
            and abs(float(q.value.flat[0]) - v) == 1
            for q in (self.ref[j] for j in self.gr.by_name.get(self.ref_name(a.name), ())))

    def zeros(self, i):
        """True when assignment i is an array of zeros (an accumulator's start: matrix(0,
        nrow(w), ncol(w)), 0 * w), made whole: it carries no number of what it read; or a
        number 0 written as such (sq = 0.0, total <- 0), a sum's start. An allocation of
        one number (numeric(epochs) with epochs = 1) is one too: the reference's may be
        np.empty's, whatever memory held."""
        a = self.port[i]
        return a.value is not None and (
            (a.value.size > 1 or a.value.size == 1
             and _ALLOCATES.search(a.text or "") is not None)
            and _written_zeros(a) or (
            a.value.size == 1 and a.kind == "assign" and _ZERO.match(a.text) is not None))

    def ones(self, i):
        """True when assignment i is an array of ones, or an identity matrix, written as such
        (J = matrix(1, n, n), np.ones((n, 1)), diag(h)): made of sizes alone, a tool the port
        sums or lays values out with, not a number of the reference's."""
        a = self.port[i]
        v = a.value
        if v is None or v.size < 2 or a.kind != "assign" or not _ONES.search(a.text or ""):
            return False
        return bool((v == 1).all()) or (v.ndim == 2 and v.shape[0] == v.shape[1]
                                       and np.array_equal(v, np.eye(v.shape[0])))

    def placeholder(self, i):
        """True when assignment i holds nothing (an empty vector), only NA or NaN written as
        such in its statement, or an array of zeros (zeros()), which the port fills later."""
        a = self.port[i]
        v = a.value
        if v is None:
            return False
        if v.size == 0:
            return True     # an empty start (loss = numeric(0)), grown later
        if np.isnan(v).all():
            return _NA.search(a.text) is not None
        return self.zeros(i)

    def allocation(self, i):
        """For x[i] <- v, the statement that made the array x it fills (else None)."""
        a = self.port[i]
        while a.partial:
            j = self.gp.resolve(a.name, a.frame, a.index)
            if j is None:
                return None
            a = self.port[j]
        return a if a.index != i else None

    def blame(self, i):
        """Return (statement, inside): the call site, when the helper that computed i has no
        namesake in the reference given the same inputs (so the call chose the operand)."""
        a, inside = self.port[i], None
        while a.frame != self.gp.top:
            frame = self.gp.frames[a.frame]
            # The helper is to blame only when the reference has it too, was given the same
            # inputs and computed otherwise; else its caller chose what to give it.
            ref_frames = _namesakes(frame.function, self.gr.frames.values())
            # (a helper's namesake given another number of arguments is another function:
            # sgd_step(x, y) of one sample is not zhou_sgd_step() of them all; a method,
            # given self where a function is given what self holds, is its namesake still,
            # and so is the reference's train(), whose name the article's class gives its
            # method of one pass)
            ref_frames = [f for f in ref_frames if f.id == self.gr.top
                          or self._method(a.frame) or _arity(self.ref, self.gr, f.id)
                          == _arity(self.port, self.gp, a.frame)]
            if any(self._same_args(a.frame, f.id) for f in ref_frames):
                break
            # A helper of the port's own (a method, a step(): the reference has none of its
            # name) is to blame when the statement is one of its own assignments, not its
            # return, and no other call of it agrees: it computes otherwise, whatever given.
            # (a lambda has no assignments: its value is its own computation too; so is the
            # value of a helper given only numbers that agree: its caller chose right)
            if not ref_frames and (a.kind != "return" or frame.function.endswith("<lambda>")
                                   or self._given_agreeing(a.frame)) \
                    and not self._agrees_elsewhere(a.frame):
                break
            site = self.gp.call_site(a.frame)
            inside = inside or a
            if site is None:
                caller = self.gp.frames.get(frame.caller)
                a = Assignment(a.language, "", None, caller.file if caller else frame.file,
                               frame.call_line, frame.call_text, 0, frame.call_reads,
                               caller.function if caller else "", "call", frame.caller,
                               frame.start)
            else:
                a = self._one_call(self.port[site], frame, site)
        return a, inside

    def _one_call(self, site, frame, at):
        """For the statement `site` (at index `at`) that called `frame`'s function several
        times over several lines (modifyList(net, list(wout = step(...), bh = step(...)))),
        a pseudo assignment "call" at the line of the call that made `frame` (the k-th call
        of the function in its text for the k-th such frame); else `site`."""
        text = site.text or ""
        calls = [m.start() for m in
                 re.finditer(rf"(?<![\w.$]){re.escape(_own(frame.function))}\s*\(", text)]
        if "\n" not in text or len(calls) < 2:
            return site
        siblings = sorted(f.start for f in self.gp.frames.values()
                          if f.function == frame.function and f.caller == frame.caller
                          and f.call_line == frame.call_line
                          and self.gp.call_site(f.id) == at)
        k = siblings.index(frame.start) if frame.start in siblings else len(calls)
        if k >= len(calls):
            return site
        line = site.line + text.count("\n", 0, calls[k])
        code = text.splitlines()[line - site.line].strip()
        reads = tuple(r for r in site.reads
                      if re.search(rf"(?<![\w.$]){re.escape(r)}(?![\w.])", code))
        return Assignment(site.language, "", None, site.file, line, code, 0, reads,
                          site.function, "call", site.frame, site.index)

    def _method(self, fid):
        """True when port call `fid` was given `self` first: a method of an object."""
        first = self.gp.by_frame.get(fid, [])[:1]
        return bool(first) and self.port[first[0]].kind == "arg" \
            and self.port[first[0]].name == "self"

    def _given_agreeing(self, fid):
        """True when call `fid` was given numbers only, each agreeing with the reference."""
        given = list(itertools.takewhile(lambda b: b.frame == fid and b.kind == "arg",
                                         self.port[self.gp.frames[fid].start:]))
        numbers = [b for b in given if b.value is not None]
        return bool(numbers) and all(self.agree[b.index] for b in numbers)

    def _agrees_elsewhere(self, fid):
        """True when another call of frame fid's function returns values that agree with the
        reference's: the helper is right, and this call was given the wrong operand."""
        function = self.gp.frames[fid].function
        for other in self.gp.frames.values():
            if other.id == fid or other.function != function or other.caller == fid:
                continue    # (nor a function made inside it, R's function(r) of lapply(),
                # which R's trace names after the function it was made in)
            returns = [j for j in self.gp.by_frame.get(other.id, [])
                       if self.port[j].kind == "return" and self.port[j].value is not None]
            if returns and all(self.agree[j] and self.matches(j) for j in returns):
                return True
        return False

    def calls(self, a):
        """Return (file, line, text) of each call from the top frame down to a's frame."""
        out, fid = [], a.frame
        while fid in self.gp.frames and fid != self.gp.top:
            f = self.gp.frames[fid]
            site = self.gp.call_site(fid)
            caller = self.gp.frames.get(f.caller)
            if site is not None:
                out.append((self.port[site].file, self.port[site].line, self.port[site].text))
            elif caller is not None:
                out.append((caller.file, f.call_line, f.call_text))
            fid = f.caller
        return tuple(reversed(out))

    def _same_args(self, port_frame, ref_frame):
        ref_args = [a.value for a in self.ref if a.frame == ref_frame and a.kind == "arg"
                    and a.value is not None]
        return all(any(_same_returned(a.value, v, self.rtol, self.atol) for v in ref_args)
                   for a in self.port
                   if a.frame == port_frame and a.kind == "arg" and a.value is not None)

    def counterpart(self, a, sized=False):
        """Return the reference statement `a` stands for: the same name, or the statement
        that reads what a's agreeing inputs match; ties to the nearer relative position.
        With sized, a guess is of a's size where the reference has one."""
        # the name, and p$w1 or self.w1 for the reference's w1
        wanted = {n for n in (self.ref_name(a.name), re.split(r"[.$]", a.name)[-1])
                  if n in self.gr.by_name} or {self.ref_name(a.name)}
        port_inputs = [set(self.matches(d)) for d in self._deps(a)]

        def score(q):
            direct, deps = set(self.gr.deps(q.index)), set(self._ref_inputs(q.index))
            where = abs(q.index / max(len(self.ref), 1) - a.index / max(len(self.port), 1))
            return (sum(1 for m in port_inputs if m & direct),
                    sum(1 for m in port_inputs if m & deps), -where)

        pool = [q for q in self.ref if q.kind in ("assign", "return", "alias")]
        if a.kind == "return" and a.frame in self.gp.frames and a.frame != self.gp.top:
            # what the reference's namesake returns when given the same inputs
            frames = [f.id for f in _namesakes(self.gp.frames[a.frame].function,
                                               self.gr.frames.values())
                      if self._same_args(a.frame, f.id)]
            same = [q for q in pool if q.frame in frames and q.kind == "return"
                    and q.name == a.name and q.value is not None]
            if same:
                return max(same, key=score)
        named = [q for q in self.ref if q.name in wanted and q.kind in ("assign", "alias",
                                                                         "for")] or \
            [q for q in self.ref if q.name in wanted]
        if named:
            return max(named, key=score)
        renamed = self._renamed(a)
        if renamed:
            return max(renamed, key=score)
        scored = [q for q in pool if score(q)[1] > 0]
        self.guessed.add(a.index)
        if sized and a.value is not None:
            # a guess to compare values with: one of the same size, when there is one
            scored = [q for q in scored if q.value is not None
                      and q.value.size == a.value.size] or scored
        return max(scored, key=score) if scored else None

    def built(self, j):
        """True when some port assignment holds reference assignment j's value."""
        if self._port_index is None:
            self._port_index = _Index(self.port, self.rtol, self.atol)
        return bool(self._port_index.matches(self.ref[j].value))

    def downstream(self, i, limit=200, chain=None):
        """Return the first later port statement computed from assignment i (directly) that
        disagrees and whose counterpart is found by name, or None: where a value the
        reference never builds (a delta with its slope folded in) shows what it did.
        `chain`, a list, gets the statements of no counterpart computed from i on the way."""
        tainted = {i}
        for j in range(i + 1, min(len(self.port), i + limit)):
            b = self.port[j]
            if b.value is None or self.agree[j] or not tainted.intersection(self.gp.deps(j)):
                continue
            tainted.add(j)      # through what a helper or a closure returns too
            if b.kind != "assign":
                continue
            ref = self.counterpart(b)
            if ref is not None and j not in self.guessed:
                return b, ref
            if chain is not None:
                chain.append(b)
        return None

    def _renamed(self, a):
        """For an update of a variable the reference calls otherwise (w_ho <- w_ho + ... for
        weights_hidden_to_output): the reference's assignments of the name whose value a's
        own previous value matches, made after that value."""
        if a.value is None:
            return []
        for d in self._deps(a):
            b = self.port[d]
            if b.name != a.name or not self.agree[d]:
                continue
            for m in self.matches(d):
                name = self.ref[m].name
                later = [q for q in self.gr.by_name.get(name, []) if q > m
                         and self.ref[q].kind in ("assign", "alias")
                         and self.ref[q].value is not None]
                if later:
                    return [self.ref[q] for q in later]
        return []

    def _deps(self, a):
        if a.kind == "call":
            return [d for d in (self.gp.resolve(r, a.frame, a.index) for r in a.reads)
                    if d is not None]
        return list(self.gp.deps(a.index))

    def _ref_inputs(self, q):
        """The reference indices q was computed from, through loops and call arguments."""
        out, stack = set(), list(self.gr.deps(q))
        while stack:
            j = stack.pop()
            if j in out:
                continue
            out.add(j)
            b = self.ref[j]
            if b.kind == "for" or b.value is None or b.kind == "arg" and b.frame != self.gr.top:
                stack.extend(self.gr.deps(j))
        return out


# The kinds of a value that are the statement's own computation, whatever its operands.
OWN_FAULT = ("wrong-constant", "sum-for-mean", "mean-for-sum", "rounding",
             "integer-truncation", "single-precision", "sign")


def align(reference, port, rtol=RTOL, atol=ATOL, names=None, context=None):
    """Return the Finding for the first statement of `port` (a Trace) whose value no
    statement of `reference` computes and that leads to a returned value that differs,
    or None when every value both return agrees.

    Values are matched by name where both sides use the article's names (`names` maps a
    reference name to the port's where they differ) and by value otherwise, under the
    comparison rule (see fits()). From each differing returned value the walk goes back
    through the statements it read, stopping at values that agree; the statement reported
    is the earliest reached whose inputs all agree. `context` (sizes, hyper) adds to what
    relation() is told; the sizes of the arguments' dimensions and the numeric scalar
    arguments are always given.
    """
    al = _Alignment(reference, port, rtol, atol, names)
    if not al.diverging:
        return None
    shuffled = _reordered(al) or _visited(al)
    if shuffled is not None:
        return shuffled
    for name in al.diverging:
        # a value returned with the reference's numbers in another shape: its shape is what
        # parts, wherever the numbers were made (W2[-1, ] dropping wout's dimensions)
        i = al.port_returns[name]
        ref = al.counterpart(port[i])
        if ref is not None and _misshapen(al, port[i], ref) is not None:
            return _finding(al, i, context)
    for name in al.diverging:
        # a value returned exactly as given, which the reference moves, where what the trace
        # says it reads holds other numbers (an update by setattr(), which it does not see):
        # it never moved, whatever was computed
        i = al.port_returns[name]
        if _returned_as_given(al, port[i]) and not any(
                port[d].value is not None and port[d].value.size == port[i].value.size
                and np.array_equal(np.ravel(port[d].value), np.ravel(port[i].value))
                for d in al.gp.deps(i)):
            return _finding(al, i, context)
    roots = al.roots(strong=True, validated=True) or al.roots(strong=True) \
        or al.roots(strong=False)
    # A root whose value some agreeing statement reads is a form of the reference's values
    # the reference does not build (a matrix of scalars, a factored product): not where the
    # port parts from it, as long as another root is left.
    unvalidated = [i for i in roots if not al.validated(i)]
    roots = unvalidated or roots
    # Nor is a placeholder: a value holding no number (list(..., last = NA), np.full(n,
    # np.nan), numeric(0)), which the port fills later
    roots = [i for i in roots if not al.placeholder(i)] or roots
    root = roots[0] if roots else al.port_returns[al.diverging[0]]
    found = _at_element(_finding(al, root, context))
    a = port[root]
    if found is not None and found.port.index == root and al._wrong_alias(a) \
            and al.index.matches(a.value):
        q = al.ref[al.index.matches(a.value)[0]]
        found = dataclasses.replace(found, relation=("wrong-operand", (
            f"it holds the reference's {q.name} ({Path(q.file).name}:{q.line}) where the "
            f"reference's {al.ref_name(a.name)} belongs")))
    return found


def _returned_as_given(al, a):
    """True when the port returns a (return:w of train()) holding exactly the numbers it was
    given as w, more than one, where the reference returns w moved."""
    name = a.name[len("return:"):]
    given = al.args.get(name)
    ref_name = al.ref_name(name)
    ref_given = next((q for q in al.ref if q.kind == "arg" and q.frame == al.gr.top
                      and q.name == ref_name), None)
    ref_out = al.ref[al.ref_returns[ref_name]] if ref_name in al.ref_returns else None
    return given is not None and ref_given is not None and ref_out is not None \
        and a.value is not None and given.value is not None and a.value.size > 1 \
        and a.value.shape == given.value.shape and np.array_equal(a.value, given.value) \
        and ref_given.value is not None and ref_out.value is not None \
        and np.size(ref_out.value) == np.size(ref_given.value) \
        and not np.array_equal(np.ravel(ref_out.value), np.ravel(ref_given.value))


def _started_elsewhere(al, a, ref, ctx):
    """(Assignment, (kind, words)) for an accumulation a <- a + step whose step is the
    reference's, added to another start: a constant of the port's own (acc <- matrix(1, ...)
    where zeros belong), blamed where that start was made; else None."""
    if ref is None or "base" not in ctx or a.value is None or ref.value is None \
            or np.shape(a.value) != np.shape(ref.value):
        return None
    bq, bp = (np.asarray(v, dtype=np.float64) for v in ctx["base"])
    q, p = np.asarray(ref.value, dtype=np.float64), np.asarray(a.value, dtype=np.float64)
    if bq.shape != q.shape or bp.shape != p.shape or _close(bp, bq) \
            or not _close(p - bp, q - bq) or np.unique(bp).size != 1 \
            or np.unique(bq).size != 1:
        return None
    start = al.port[ctx["base_at"]]
    while True:     # (back to where the name got that start: the first of its updates)
        j = next((d for d in al.gp.deps(start.index) if al.port[d].name == start.name
                  and al.port[d].value is not None and _close(al.port[d].value, bp)), None)
        if j is None:
            break
        start = al.port[j]
    return start, ("wrong-constant", (
        f"{a.name} starts at {bp.flat[0]:g} where the reference's starts at "
        f"{bq.flat[0]:g}: every step is the reference's, added to another start"))


def _at_element(found):
    """The Finding shown at the line of its element when it is one of a list written one
    element a line (grads <- list(\n  wout = ...,): that line and its text; else as it is."""
    a = found.port if found is not None else None
    if a is None or a.kind != "assign" or "$" not in a.name or "\n" not in (a.text or ""):
        return found
    line, text = _element_line(a.line, a.text, a.name.split("$", 1)[1])
    return found if line == a.line else dataclasses.replace(
        found, port=dataclasses.replace(a, line=line, text=text))


def _sorted_rows(v):
    return v[np.lexsort(v.T[::-1])]


def _reordered(al):
    """The Finding of the first statement that gives train()'s argument (a matrix of
    several rows) its own rows in another order (X <- X[order(y), ]), or None: the samples
    reordered, whatever the rest of the port does with them. In a function train() calls
    (fit(X, y) of an estimator) only when no value of the reference's fits it."""
    given = [a for a in al.port if a.kind == "arg" and a.frame == al.gp.top
             and a.value is not None and a.value.ndim == 2 and a.value.shape[0] > 1]
    for a in al.port:
        if a.kind != "assign" or a.value is None or a.value.ndim not in (1, 2) \
                or a.frame != al.gp.top and al.matches(a.index):
            continue
        for g in given:
            # (a column reordered comes back a vector from R's sort(y), order(), rev())
            v = a.value.reshape(g.value.shape) if a.value.ndim == 1 \
                and g.value.shape[1] == 1 and a.value.size == g.value.shape[0] else a.value
            if v.shape == g.value.shape and not np.array_equal(v, g.value) \
                    and np.array_equal(_sorted_rows(v), _sorted_rows(g.value)):
                return Finding(a, None, ((g, None),), ("data-order", (
                    f"{a.name} holds the rows of {g.name}, the samples, in another order")),
                    tuple(al.diverging), calls=al.calls(a))
    return None


def _rows_visited(trace, given):
    """(statement key, [the row of `given` each pass's value is]) of the first statement of
    `trace`, run twice or more, whose every value is one row of a data argument (x <-
    X[i, ], for x in X): the order the passes visit the samples in; else None."""
    seen, keys = {}, {}
    for g in given:     # each row by its bytes, the first of equal rows
        for i in range(g.shape[0] - 1, -1, -1):
            keys.setdefault(g.shape[1], {})[np.ascontiguousarray(g[i]).tobytes()] = i
    for a in trace:
        if a.kind not in ("assign", "for") or a.value is None or a.value.size < 2 \
                or a.value.size not in keys:
            continue
        key = np.ascontiguousarray(np.ravel(a.value), dtype=np.float64).tobytes()
        rows = [keys[a.value.size][key]] if key in keys[a.value.size] else []
        if not rows and (a.file, a.line, a.name) in seen:
            seen[a.file, a.line, a.name] = None     # (a value of no sample's: not a visit)
        elif rows:
            order = seen.setdefault((a.file, a.line, a.name), [])
            if order is not None:
                order.append(rows[0])
    return next(((k, v) for k, v in seen.items() if v and len(v) > 1), None)


def _visited(al):
    """The Finding of a per-sample loop that visits the samples in another order than the
    reference's (split() by row names sorted as strings, a loop over an order of its own):
    the first statement that holds each pass's sample, shown at the earliest statement
    that made what it reads (the list it takes them from, or the order it takes them in,
    not the data itself); None when the orders agree or are no permutation of each other."""
    def given(trace, top):
        return [np.asarray(a.value, dtype=np.float64) for a in trace if a.kind == "arg"
                and a.frame == top and a.value is not None and a.value.ndim == 2
                and a.value.shape[0] > 1]
    port = _rows_visited(al.port, given(al.port, al.gp.top))
    ref = _rows_visited(al.ref, given(al.ref, al.gr.top))
    if port is None or ref is None:
        return None
    (file, line, name), order = port
    wanted = ref[1][:len(order)]
    if order == wanted or sorted(order) != sorted(wanted):
        return None
    a = next(b for b in al.port if (b.file, b.line, b.name) == (file, line, name))
    made = [al.port[d] for d in al.gp.deps(a.index)
            if al.port[d].kind != "arg" or al.port[d].frame != al.gp.top]
    # (and what a loop over the samples iterates, idx <- sample(n): not the loops around it)
    made += [al.port[e] for b in made if b.kind == "for" for e in al.gp.deps(b.index)
             if al.port[e].kind == "assign"]
    at = min(made, key=lambda b: b.index) if made else a
    first = next(k for k, (p, q) in enumerate(zip(order, wanted)) if p != q)
    return Finding(at, None, ((a, None),), ("data-order", (
        f"{name} (line {line}) holds sample {order[first] + 1} at pass {first + 1}, where "
        f"the reference visits sample {wanted[first] + 1}: the samples visited in another "
        "order")), tuple(al.diverging), calls=al.calls(at))


def align_stop(reference, port, reads, rtol=RTOL, atol=ATOL, names=None, context=None,
               keyed=()):
    """For a port whose traced epoch stops (`port`, a Trace with an error): the Finding for
    the first statement, on the way to what the statement that raised reads (`reads`, the
    names; `keyed`, those it reads an element of by a key computed as it runs, g[[k]]),
    whose value no statement of `reference` computes while its own inputs agree; None when
    what it reads agrees (the statement that raised is then the one to blame)."""
    al = _Alignment(reference, port, rtol, atol, names)
    if not len(port):
        return None
    frames = (port[-1].frame, al.gp.top)
    starts = {i for name in reads for i in (al.gp.resolve(name, f, len(port)) for f in frames)
              if i is not None}
    seen, stack = set(), [i for i in starts if not al.agree[i]]
    while stack:
        i = stack.pop()
        if i in seen or al.agree[i]:
            continue
        seen.add(i)
        stack.extend(al.gp.deps(i, strong=True))
    # A run that stops has few statements after the one to blame to vouch for a value the
    # reference does not build: only a value of a shape the reference never makes counts
    # (up to the order of its dimensions), and not a sequence of indices (one that packs
    # its inputs' numbers, np.vstack([W, b]), agrees: _Alignment._packs)
    shapes = {_shape_key(a.value) for a in reference if a.value is not None}

    def odd(i):
        v = port[i].value
        return v is not None and (_shape_key(v) not in shapes or _broadcast(al, i)
                                  or _unlike_namesake(al, i)) \
            and not np.array_equal(v, np.round(v))                            # indices
    roots = [i for i in sorted(seen) if odd(i)
             and all(al.agree[d] for d in al.gp.deps(i, strong=True))]
    if not roots:
        # an input that differs in a shape the reference makes may be a form of its own
        # (out - y for y - out, its sign taken back later): the first odd shape made from
        # such inputs
        roots = [i for i in sorted(seen) if odd(i) and all(
            al.agree[d] or port[d].value is not None and not odd(d)
            for d in al.gp.deps(i, strong=True))]
    if not roots:
        # a matrix of the reference's numbers that lost its dimensions (as.numeric(H), c(H)):
        # what the statement that stops reads, or what that was made from
        flat = next((i for i in sorted(starts | seen) if _undimmed(al, i)), None)
        if flat is not None:
            found = _finding(al, flat, context)
            q = next(al.ref[j].value for j in al.matches(flat)
                     if np.ndim(al.ref[j].value) == 2)
            return dataclasses.replace(found, relation=(None, (
                f"{port[flat].name} holds the reference's numbers of a {_dims(q.shape)} "
                f"matrix as a vector of {q.size}, its dimensions dropped")))
    if not roots:
        slot = _wrong_slot(al, starts, context, keyed)
        if slot is not None:
            return slot
    if roots and _broadcast(al, roots[0]):
        flat = _flattened(al, roots[0])
        if flat is not None:
            a, k = flat
            found = _finding(al, a.index, context)
            b = port[roots[0]]
            return dataclasses.replace(found, relation=("recycling", (
                f"it makes {a.name} a length-{k} vector where the reference holds its numbers "
                f"as a {k} x 1 column: numpy broadcasts it against a column at "
                f"{Path(b.file).name}:{b.line} to {k} x {k}")))
    return _finding(al, roots[0], context) if roots else None


def _wrong_slot(al, starts, context, keyed=()):
    """For a stop: the Finding where a value read under a parameter's name (g.b1, grads$b1,
    or g[[k]] of a list g read by a key in `keyed`) was made, when it has another shape
    than that parameter (not its transpose; as a vector, another length) and holds numbers
    the reference computes under another name (dZ2's sum where dZ1's belongs), so the
    statement that stops combines it with the parameter; else None. (A list read by fixed
    keys, p["W1"], is not read whole: its elements' slots are the keys'.)"""
    port = al.port
    given = {a.name: a for a in port if a.kind == "arg" and a.frame == al.gp.top
             and a.value is not None and a.value.ndim == 2}
    # and the elements of a list the statement reads by a key computed as it runs (g[[k]]
    # in a loop over names(p)): each element's last write
    lists = {port[i].name for i in starts} & set(keyed)
    elements = {}
    for b in port:
        base, _, element = b.name.partition("$")
        if element and base in lists and b.kind == "assign":
            elements[b.name] = b.index
    for i in sorted(starts | set(elements.values())):
        a = port[i]
        element = re.split(r"[.$]", a.name)[-1]
        param = given.get(element)
        if a.value is None or param is None or a.name == element or a.value.ndim > 2 \
                or a.value.shape in (param.value.shape, param.value.T.shape) \
                or a.value.ndim == 1 and a.value.size == param.value.size:
            continue
        made = [d for d in al.gp.deps(i) if port[d].kind == "return"
                and port[d].frame != al.gp.top]
        found = _finding(al, made[-1] if made else i, context)
        seen = (f"{a.name} is {_dims(a.value.shape)} where the parameter {element} is "
                f"{_dims(param.value.shape)}")
        if not al.matches(i):
            # or a term of a statement of the reference (b1 - lr * dZ1.sum(axis=0)): the
            # value the reference computes inside the update of another parameter
            owner = next((name for v, name in al.parts().get(a.value.size, ())
                          if name != element and np.allclose(np.ravel(v), np.ravel(a.value),
                                                             rtol=al.rtol, atol=al.atol)), None)
            if owner is None:
                return dataclasses.replace(found, relation=(None, seen))
            return dataclasses.replace(found, relation=("wrong-operand", (
                f"{seen}: it holds a term of the reference's {owner}'s statement, another "
                "value's numbers")))
        q = al.ref[al.matches(i)[0]]
        return dataclasses.replace(found, relation=("wrong-operand", (
            f"{seen}: it holds the reference's {q.name} ({Path(q.file).name}:{q.line}), "
            "another value's numbers")))
    return None


def _undimmed(al, i):
    """True when R port assignment i is a vector without dimensions that holds the numbers
    of a matrix (both dimensions > 1) the reference computes."""
    a = al.port[i]
    return a.kind == "assign" and a.language == "R" and a.value is not None \
        and a.value.ndim == 1 and a.value.size > 1 and any(
            np.ndim(al.ref[j].value) == 2 and min(np.shape(al.ref[j].value)) > 1
            for j in al.matches(i))


def _unlike_namesake(al, i):
    """True when port assignment i has namesakes in the reference (the article's names),
    each holding another number of values: Error_at_hidden_layer n x 1 where the
    reference's is n x h."""
    a = al.port[i]
    if a.kind != "assign":
        return False
    ours = [al.ref[j].value for j in al.gr.by_name.get(al.ref_name(a.name), ())
            if al.ref[j].value is not None]
    return bool(ours) and all(u.size != a.value.size for u in ours)


def _broadcast(al, i):
    """True when port assignment i is a k x k value that numpy's broadcast of a length-k
    vector against a k x 1 column it reads makes (a Python port)."""
    v = al.port[i].value
    if v is None or al.port[i].language != "Python" or v.ndim != 2 or v.shape[0] != v.shape[1] \
            or v.shape[0] < 2:
        return False
    k = v.shape[0]
    read = {al.port[d].value.shape for d in al.gp.deps(i) if al.port[d].value is not None}
    return {(k,), (k, 1)} <= read


def _upwards(deps, starts, depth, follow=lambda d: True):
    """Yield the indices reached from `starts` and back through `deps` (an index -> the
    indices it was computed from), level by level, at most `depth` levels, each once; the
    walk goes on past those `follow` accepts."""
    seen, level = set(), list(starts)
    for _ in range(depth):
        nxt = []
        for d in level:
            if d in seen:
                continue
            seen.add(d)
            yield d
            if follow(d):
                nxt.extend(deps(d))
        level = nxt


def _flattened(al, i, depth=6):
    """For broadcast value i: (the assignment that made its length-k input from a k x 1
    column, k), followed back through the names that carry it; None when there is none."""
    k = al.port[i].value.shape[0]

    def carried(d):         # the length-k values d was computed from
        return [e for e in al.gp.deps(d) if al.port[e].value is not None
                and al.port[e].value.shape == (k,)]
    for d in _upwards(carried, carried(i), depth):
        b = al.port[d]
        ins = [al.port[e].value for e in al.gp.deps(d) if al.port[e].value is not None]
        if b.kind == "assign" and any(u.shape == (k, 1) for u in ins):
            return b, k
    return None


def _shape_key(v):
    """A value's dimensions other than 1, in order of size: (4, 3) for 3 x 4, 1 x 4 x 3."""
    return tuple(sorted(d for d in np.shape(v) if d != 1))


def _finding(al, root, context):
    """The Finding for port assignment `root`, the first to part from the reference."""
    reference, port = al.ref, al.port
    statement, inside = al.blame(root)
    if inside is not None and inside.kind == "return" and inside.value is not None:
        # a helper's value with the wrong number in it (a constant, a sum for a mean) is the
        # helper's fault, not its caller's choice of operand
        ref_in = al.counterpart(inside)
        if ref_in is not None and ref_in.value is not None:
            seen = relation(ref_in.value, inside.value, _context(al, inside, ref_in, context))
            if seen is None and ref_in.value.shape == inside.value.shape:
                seen = _by_nearness(np.asarray(ref_in.value, dtype=np.float64), inside.value)
            if seen is not None and seen[0] in OWN_FAULT:
                statement, inside = inside, None
    ref = al.counterpart(statement)
    shaped = _misshapen(al, statement, ref)
    if shaped is not None:
        statement, found = shaped
        return Finding(statement, ref, (), found, tuple(al.diverging), None, None,
                       al.allocation(statement.index) if statement.kind == "assign" else None,
                       al.calls(statement))
    def inputs_of(statement):
        out = []
        for d in al._deps(statement):
            if al.agree[d] and port[d].value is not None and port[d].kind != "for":
                found = al.matches(d)
                named = [m for m in found if reference[m].name == al.ref_name(port[d].name)]
                out.append((port[d], reference[(named or found)[0]] if found else None))
        return out
    inputs = inputs_of(statement)
    missing = None
    if statement.kind == "return" and statement.frame == al.gp.top and al.matches(root):
        name = al.ref_name(statement.name[len("return:"):])
        updates = [q for q in reference if q.name == name and q.kind == "assign"]
        missing = updates[-1] if updates else None
        written = _written(al, statement) if missing is not None else None
        if written is not None and _unwritten(al, statement) is None:
            # written, and still the value from before: what it wrote is what differs
            statement, ref, missing, inside = written, missing, None, None
            context = {**(context or {}), "updated": []}  # its value is the question
    ctx = _context(al, statement, ref, context)
    if missing is not None:
        ctx["never_updated"] = True
    found, later = _called_again(al, statement) or _wrote_nothing(al, statement), None
    if found is not None and "writes nothing: its index is 0" in found[1]:
        # the index a loop's counter that the loop's own header counts from 0 (for (e in
        # seq_len(epochs) - 1)): that header
        header = next((al.port[d] for d in al.gp.deps(statement.index)
                       if al.port[d].kind == "for" and al.port[d].frame == statement.frame
                       and re.search(rf"(?<![\w.]){re.escape(al.port[d].name)}(?![\w.])\s*\]",
                                     statement.text or "")
                       and _FROM_ZERO.search(al.port[d].text or "")), None)
        if header is not None:
            statement, inside = header, None
    started = _started_elsewhere(al, statement, ref, ctx) if found is None else None
    if started is not None:
        statement, found, inside = *started, None
        inputs = inputs_of(statement)
    moved = _through_alias(al, statement) if found is None else None
    if moved is not None:
        # (an array changed in place through another name explains what reads it moved)
        (statement, ref, found), inside = moved, None
    chain = []
    if (statement.index in al.guessed or ref is None) and statement.kind != "call":
        # no counterpart of its name: what the value does downstream says what it is
        later = al.downstream(statement.index, chain=chain)
    if found is None and later is not None:
        b, ref_b = later
        seen = relation(ref_b.value, b.value, _context(al, b, ref_b, context))
        if _term_of(al, statement, b, ref_b):
            # a term of the reference's statement the port computes on a line of its own
            # (Z1 <- X %*% W, then Z <- Z1 + b): right, and the statement after it is not
            statement, ref, inside, found, later = b, ref_b, None, seen, None
            inputs = inputs_of(statement)
        elif seen is not None:
            found = (seen[0], f"at {Path(b.file).name}:{b.line}, computed from it: "
                              f"{seen[1]}")
            if ref is None or statement.index in al.guessed:
                ref = ref_b     # what the words speak of, not a guess of no namesake
    if found is None:
        found = relation(None if ref is None else ref.value, statement.value, ctx)
    if found is None and statement.value is not None:
        found = next((r for r in (_of_input(v, statement.value, n)
                                  for n, v in ctx["reads"].items()) if r), None)
    if found is None and statement.value is not None and statement.value.size > 1:
        # or one of train()'s arguments, read through a value the trace holds no numbers of
        # (a data frame made of X)
        found = next((r for r in (_of_input(b.value, statement.value, n)
                                  for n, b in al.args.items()
                                  if b.value is not None and b.value.size > 1) if r
                      and r[0] in _PRECISION),
                     None)
    if found is not None and found[0] == "rounding" and statement.kind == "assign":
        # read from a value the trace holds no numbers of, rounded where it was last written
        # and says so (dat[] <- lapply(dat, round, digits = 2)): that statement
        rounded = [port[d] for d in al.gp.deps(statement.index) if port[d].value is None
                   and port[d].kind == "assign" and _ROUNDS.search(port[d].text or "")]
        if rounded:
            statement, ref, inside = rounded[-1], None, None
            found = (found[0], f"{statement.name}'s numbers, {found[1]}")
    if found is not None and found[0] == "single-precision" and statement.kind == "assign" \
            and _STORED["single-precision"].search(statement.text or "") is None:
        # read from a value the trace holds no numbers of (a list of arrays) that was made
        # of float32 where it was written, and says so: that statement
        typed = [port[d] for d in al.gp.deps(statement.index) if port[d].value is None
                 and port[d].kind == "assign"
                 and _STORED["single-precision"].search(port[d].text or "")]
        if typed:
            statement, ref, inside = typed[-1], None, None
            found = (found[0], f"{statement.name}'s numbers, made single precision there: "
                               f"{found[1]}")
    if found is None and statement.kind == "assign" \
            and statement.value is not None and _in_float32(statement.value) \
            and not np.array_equal(statement.value, np.round(statement.value)):
        # numbers exactly float32 written into an array allocated so (np.matmul(..., out=g)
        # after g = np.empty_like(w, dtype=np.float32)): that allocation
        typed = [port[d] for d in al.gp.deps(statement.index, False)
                 if port[d].kind == "assign" and port[d].name == statement.name
                 and _ALLOCATES.search(port[d].text or "")
                 and _STORED["single-precision"].search(port[d].text or "")]
        if typed:
            statement, ref, inside = typed[-1], None, None
            found = ("single-precision", f"{statement.name} allocated in single precision "
                                         "here; the numbers written into it are float32's")
    if found is None and statement.value is not None and statement.value.ndim == 2 \
            and statement.value.shape[0] == statement.value.shape[1] > 1:
        # a square value whose transpose the reference computes (its counterpart a guess)
        same = al.index.matches(statement.value.T)
        if same:
            ref = al.ref[same[0]]
            found = ("transposed", f"its value is the reference's {ref.name} "
                                   f"({Path(ref.file).name}:{ref.line}) transposed")
    if found is None and statement.value is not None and statement.value.ndim == 2 \
            and min(statement.value.shape) > 1 and np.unique(statement.value).size > 1:
        # or the transpose of a part of a reference statement it never names (t(wh) %*%
        # t(X) where np.dot(X, wh) of hidden_layer_input = np.dot(X, wh) + bh belongs)
        p = statement.value
        for v, name in al.parts().get(p.size, ()):
            if v.shape == p.T.shape and _close(p.T, v) and not _close(p, v):
                made = next(r for r in reversed(al.ref) if r.name == name)
                found = ("transposed", f"its value is the transpose of a part of the "
                                       f"reference's {name} ({Path(made.file).name}:"
                                       f"{made.line}, {made.text.strip()})")
                break
    if found is None:
        typed = _STORED["single-precision"].search(statement.text)
        if typed is not None and statement.kind == "assign":
            found = ("single-precision", f"it makes {statement.name} an array of "
                                         f"{typed.group(0)}: single precision")
    if found is None and statement.value is not None:
        found = _scaled_activation(al, statement.value, ctx["reads"]) \
            or _slope_of_input(al, statement.value, ctx["reads"])
    if found is None and ref is not None and ref.value is not None \
            and statement.value is not None and ref.value.shape == statement.value.shape:
        found = _by_nearness(np.asarray(ref.value, dtype=np.float64),
                             np.asarray(statement.value, dtype=np.float64))
        cast = _cast_to_single(al) if found is not None else None
        if cast is not None:
            # near, and not float32 itself: a float32 step added to float64 numbers
            statement, inside = cast, None
            found = ("single-precision", f"{found[1].split(',')[0]}: line {cast.line} makes "
                                         "numbers of single precision "
                                         f"({cast.text.splitlines()[0].strip()})")
    if found is None and statement.index in al.guessed and statement.value is not None:
        # a guess of another size says nothing of the values: one of the same size may
        sized = al.counterpart(statement, sized=True)
        if sized is not None and sized is not ref:
            found = relation(sized.value, statement.value,
                             _context(al, statement, sized, context))
            ref = sized if found is not None else ref
    if missing is not None:
        # The port returns the value from before the update: show the update it made and
        # did not write back (a local, or an attribute of another object), when it has one.
        unwritten = _unwritten(al, statement)
        if unwritten is not None:
            statement, ref, inside = unwritten, missing, None
    if found is not None and found[0] == "sign" and statement.kind == "assign":
        origin = _sign_origin(al, statement)
        if origin is not None:
            b, ref_b = origin
            found = ("sign", f"{b.name} is the reference's {ref_b.name} times -1 (line "
                     f"{b.line}), and so is what line {statement.line} computes from it, "
                     f"which nothing turns back: {found[1]}")
            statement, ref, inside = b, ref_b, None
    if found is not None and found[0] in _STORED and statement.partial:
        # x[i] = v rounds v into an array made of a narrower type: that array's statement
        made = al.allocation(statement.index)
        typed = _STORED[found[0]].search(made.text) if made is not None else None
        if typed is not None:
            call = re.match(r"np\.\w+", typed.group(0))
            found = (found[0], f"{statement.name} is filled into an array of {typed.group(0)} "
                               f"made at line {made.line}: {found[1]}" if call is None else
                     f"{statement.name} is filled into an integer array made at line "
                     f"{made.line} ({call.group(0)}() of an integer): {found[1]}")
            statement, ref, inside = made, ref, None
    if statement.kind == "arg" and statement.frame != al.gp.top:
        # a helper's argument that is none of what its call reads: the call made it
        statement = _call(port, port.frames[statement.frame])
    return Finding(statement, ref, tuple(inputs), found, tuple(al.diverging), inside, missing,
                   al.allocation(statement.index) if statement.kind == "assign" else None,
                   al.calls(statement), downstream=tuple(
                       b for b in [*chain[:4], *([later[0]] if later is not None else [])]
                       if b.line != statement.line))


def _term_of(al, a, b, ref_b):
    """Whether port assignment `a`, of no counterpart, is a term of `ref_b`, the reference's
    counterpart of the later statement `b` that reads it: computed from agreeing values
    only, and the reference's value less a's is a value the reference holds (as given, or
    laid over the rows): Z1 of Z1 + b, where the reference computes X @ W + b at once."""
    if a.kind != "assign" or a.value is None or ref_b.value is None \
            or np.shape(a.value) != np.shape(ref_b.value) or a.index not in al.gp.deps(b.index):
        return False
    deps = [d for d in al._deps(a) if al.port[d].kind != "for"]
    if not deps or not all(al.agree[d] for d in deps):
        return False
    try:
        rest = np.asarray(ref_b.value, dtype=np.float64) - np.asarray(a.value, dtype=np.float64)
    except (TypeError, ValueError):
        return False
    if not np.isfinite(rest).all() or not rest.any():
        return False
    for r in al.ref:
        v = r.value
        if v is None or r.kind not in ("arg", "assign") or np.size(v) > rest.size:
            continue
        try:
            laid = np.broadcast_to(np.asarray(v, dtype=np.float64), rest.shape)
        except (TypeError, ValueError):
            continue
        if np.allclose(laid, rest, rtol=1e-9, atol=1e-12):
            return True
    return False


def _wrote_nothing(al, a):
    """For R's x[i] <- v that left x as it was, with an index of 0 (R's indices start at 1:
    x[0] selects nothing): (kind, words), else None. A count from 0, kept from Python; of
    the epochs when x is the loss train() returns."""
    if a.language != "R" or not a.partial or a.value is None:
        return None
    before = al.gp.resolve(a.name, a.frame, a.index)
    if before is None or al.port[before].value is None \
            or not np.array_equal(al.port[before].value, a.value, equal_nan=True):
        return None
    # (a loop's counter among the names, which relation()'s reads leave out)
    index = _index_value(a.text, {al.port[d].name: al.port[d].value for d in al._deps(a)})
    if index != 0:
        return None     # (a 0 written over a 0 changes nothing either)
    lhs = re.split(r"<<-|<-|=", a.text, maxsplit=1)[0].strip()
    words = (f"{lhs} writes nothing: its index is 0 there, and R's indices start at 1 "
             f"({a.name}[0] selects nothing): a count from 0, as in Python")
    loss = al.port_returns.get("loss")
    if loss is not None and a.name in al.port[loss].reads:
        return "epochs-off-by-one", words + ": the first epoch's loss is never stored"
    return None, words


# A loop header that counts from 0: seq_len(n) - 1, 0:(n - 1), seq(0, ...).
_FROM_ZERO = re.compile(r"\bseq_len\([^()]*\)\s*-\s*1\b|\bseq_along\([^()]*\)\s*-\s*1\b|"
                        r"\bin\s+0L?\s*:|\bseq\(\s*0\s*,|"
                        r"\b1L?\s*:\s*[A-Za-z_.][\w.]*\s*-\s*1\b")   # 1:n-1 is (1:n) - 1


def _index_value(text, reads):
    """The number the first index of x[...] <- v evaluates to, given the single numbers
    its names held (`reads`), when it is arithmetic of those and of numbers; else None."""
    m = re.match(r"^\s*[\w.$]+\s*\[\s*([^],]+?)\s*[],]", text)
    if m is None:
        return None
    expression = re.sub(r"(?<![\w.])[A-Za-z_.][\w.]*", lambda n: repr(float(
        reads[n.group()].flat[0])) if reads.get(n.group()) is not None
        and reads[n.group()].size == 1 else "?", m.group(1))
    if not re.fullmatch(r"[\d\s.+\-*/()e]+", expression):
        return None
    try:
        return eval(expression, {"__builtins__": {}})   # digits and + - * / ( ) alone
    except (SyntaxError, ZeroDivisionError, TypeError):
        return None


# The kinds of a value rounded by the array it is stored into, and the types such an
# array's statement names (the trace keeps values as float64, so its text tells).
_STORED = {"single-precision": re.compile(r"\bfloat(32|16)\b|\bhalf\b|\bsingle\b|"
                                          r"['\"]f[24]['\"]"),
           "integer-truncation": re.compile(r"\b(u?int(8|16|32|64)?|integer|as\.integer)\b|"
                                            r"['\"][iu][1248]?['\"]|"
                                            # numpy's array of an integer written as such:
                                            # np.repeat(0, n) (R's rep(0, n)), np.full(n, 0)
                                            r"\bnp\.(?:repeat|tile)\(\s*-?\d+\s*,|"
                                            r"\bnp\.full\((?:[^(),]|\([^()]*\))+,\s*-?\d+\s*\)")}


def _misshapen(al, statement, ref):
    """For a value train() returns holding the reference's numbers in another shape: (the
    statement that gave it that shape, (kind, words)), or None. The walk goes back from the
    return through the values of that shape and those numbers to the earliest, whose
    inputs have another shape (bh <- matrix(bias_in, ncol = 1), a row returned as a
    column)."""
    if statement.kind != "return" or statement.frame != al.gp.top or ref is None \
            or statement.value is None or ref.value is None:
        return None
    p, q = _reduced(np.asarray(statement.value)), _reduced(np.asarray(ref.value))
    if p.shape == q.shape or p.size != q.size or p.size < 2 or not fits(p, q, al.rtol, al.atol):
        return None
    made = statement
    while True:
        same = [d for d in al._deps(made) if al.port[d].value is not None
                and np.shape(al.port[d].value) == np.shape(statement.value)
                and fits(al.port[d].value, q, al.rtol, al.atol)]
        if not same:
            break
        made = al.port[same[-1]]
    name = statement.name[len("return:"):]
    given = f"train() returns {name} as {_dims(p.shape)} where it was given {_dims(q.shape)}"
    if p.ndim != q.ndim:
        # (a vector for a column: no layout of the numbers, their dimensions dropped; a word
        # of no kind)
        return made, (None, f"{given}: the reference's numbers with "
                            f"{'their dimensions dropped' if p.ndim < q.ndim else 'others'}")
    how = "transposed" if p.ndim == 2 and p.T.shape == q.shape and _close(p.T, q) else \
        "in another layout"
    return made, ("transposed", f"{given}: the reference's numbers {how}")


def _dims(shape):
    return ("a vector of {}".format(*shape) if len(shape) == 1 else
            " x ".join(map(str, shape)) if shape else "a scalar")


def _through_alias(al, a, depth=4):
    """For statement a, computed (through values that differ) from a second name of an
    array that was then changed in place through the first (W_before = self.W[:], then
    self.W += ...: W_before moves too): (the statement that made the second name, its
    reference counterpart, (stale-value, words)); else None."""
    for d in _upwards(al.gp.deps, [a.index], depth, lambda d: not al.agree[d]):
        b = al.port[d]
        if b.kind != "alias":
            continue
        made = _alias_made(al.port, b)
        if made is not None:
            changed = b.reads[0] if b.reads else "the array"
            return made, al.counterpart(made), (
                "stale-value", f"{b.name} is a second name for {changed}, not a copy: the "
                               f"in-place update at line {b.line} moves it too, and line "
                               f"{a.line} reads it moved")
    return None


def _sign_origin(al, a, depth=6):
    """For statement a whose value is the reference's times -1: the earliest statement it was
    computed from whose value is a reference value of the same shape times -1, made from
    values that agree (E <- output - y where y - output belongs: the error agrees squared
    in the loss, the delta computed from it shows the sign), as (port, reference)
    Assignments; None when the sign first shows in a itself."""
    def walked(d):          # a value that differs: the sign may come from further up
        b = al.port[d]
        return not (b.value is None or b.kind == "for" or al.agree[d] and al.matches(d))
    found = None
    for d in _upwards(al.gp.deps, al.gp.deps(a.index), depth, walked):
        b = al.port[d]
        if walked(d) and b.kind == "assign" and b.value.size > 1 and b.value.any():
            negated = al.index.matches(-b.value)
            if negated and all(al.agree[e] for e in al.gp.deps(d)):
                ref = al.ref[negated[0]]
                if ref.value.shape == b.value.shape:
                    found = (b, ref)
    return found


def _call(trace, f):
    """The statement of f's caller that made traced call f (an expression: its value is not
    one the trace recorded)."""
    caller = trace.frames[f.caller]
    return Assignment(trace[0].language, "", None, caller.file, f.call_line, f.call_text, 0,
                      f.call_reads, caller.function, kind="expr", frame=f.caller, index=f.start)


def zero_step(trace):
    """For a port that returns its parameters as given: (Assignment, words) of the first
    value, computed rather than written as zeros, that is 0 everywhere and that a later
    statement reads (y * (1 - y) of 0/1 targets: every step made from it is zero); None when
    there is none."""
    g = _Graph(trace)
    read = {d for j in range(len(trace)) for d in g.deps(j)}
    for a in trace:
        v = a.value
        if a.kind == "assign" and v is not None and v.size > 1 and not v.any() \
                and _ZEROS.search(a.text) is None and a.index in read and any(
                    trace[d].value is not None and trace[d].value.any()
                    for d in g.deps(a.index)):
            return a, (f"{a.name} (line {a.line}) is 0 everywhere, from values that are not: "
                       "every step computed from it is zero, so nothing moves")
    return None


def dropped_update(trace, data, params):
    """For a port that returns its parameters as given, return (Assignment, words) of the
    update it computes and drops, or None: the first value, in any frame, that no later
    statement reads and that was computed from the data and a parameter (top-level
    arguments among `data` and `params`). Its Assignment is the statement to blame: the
    value itself when it rebinds a name it reads (W = W - ...: the caller's W never moves);
    for a helper's value, the call that drops it; for a value under a new name (nxt <-
    pr$w - ...), the statement after it that reads the old name where the new belongs."""
    g, read = _read(trace)
    # the top-level arguments each assignment was computed from (its inputs come before it)
    sources = []
    for a in trace:
        own = {a.name} if a.kind == "arg" and a.frame == g.top else set()
        sources.append(own.union(*(sources[d] for d in g.deps(a.index) if d < a.index)))
    for a in trace:
        if a.index in read or a.kind in ("arg", "for", "alias") or a.kind == "return" \
                and a.frame == g.top or ("$" in a.name or a.language == "Python"
                                         and "." in a.name) and _owner_read(trace, a):
            continue
        got = sources[a.index]
        if not (got & set(data) and got & set(params)):
            continue
        if any(b.index in read for b in _fields(trace, a)):
            continue        # g = gradients(...), a record whose fields are read (g.W2)
        if any(b.kind == "alias" and b.reads[:1] == (a.name,) and b.line == a.line
               for b in trace[a.index + 1:a.index + 65]):
            continue        # d += step on an array another name holds (the caller's)
        f = trace.frames.get(a.frame)
        if a.kind == "return" and f is not None and f.caller:
            return _call(trace, f), (f"the value {f.function}() returns is dropped at line "
                          f"{f.call_line}: the update never reaches the parameters")
        if a.kind == "expr":
            return a, "the update is computed and dropped: nothing is assigned its value"
        if a.name in a.reads:
            # returned under its own name from another variable (list(bh = bias_in), the
            # value given kept aside, which the loop that moves bh never reads): the return
            # reads the wrong name (one the loop reads is the port's own, written wrong)
            other = next((r for r in trace if r.kind == "return" and r.frame == g.top
                          and r.name == f"return:{a.name}" and r.parts
                          and a.name not in r.parts and r.index > a.index), None)
            held = {*other.parts, *(q.rsplit(".", 1)[0] for q in other.parts)} \
                if other is not None else set()     # (bias_out of bias_out.reshape)
            if other is not None and a.loop and any(
                    b.loop == a.loop and held & set(b.reads) for b in trace):
                other = None
            if other is not None:
                return other, (f"it returns {', '.join(other.parts)} as {a.name}, where "
                               f"{a.name}, its update (line {a.line}), belongs: the update "
                               "is never read")
            return a, (f"it rebinds {a.name} to a new value that nothing reads after: the "
                       "parameters it was given never move")
        later = _reads_old(trace, g, a)
        if later is None:
            # new_bh <- bh + ..., then list(bh = bh): the return of its frame that reads
            # the parameter it updated, where the update belongs
            olds = [r for r in a.reads if r in params]
            b = next((b for b in trace[a.index + 1:] if b.frame == a.frame
                      and b.kind == "return" and b.line != a.line
                      and any(o in (b.parts or b.reads) for o in olds)), None)
            # (only when the return's other elements are updates under new names, as
            # list(wh = new_wh, bh = bh): else the update's own name is the odd one, Wh <-
            # wh + ... beside list(wh = wh, bh = bh))
            if b is not None and _renamed_siblings(trace, b):
                later = b, next(o for o in olds if o in (b.parts or b.reads))
        if later is not None:
            b, old = later
            return b, (f"it reads {old} where {a.name}, its update (line {a.line}), belongs: "
                       f"{a.name} is never read")
        return a, f"{a.name}, the update, is never read: the parameters never move"
    return None


def _fields(trace, a, sep="."):
    """The records of a's own fields made by a's statement (g.W2 after g = Grads(...); with
    sep "$", R's state$w after state <- list(...))."""
    out = []
    for b in trace[a.index + 1:a.index + 65]:
        if b.frame != a.frame or b.line != a.line or not b.name.startswith(a.name + sep):
            break
        out.append(b)
    return out


def _renamed_siblings(trace, b):
    """True when return record b's statement returns some other element under a name not
    its key's (list(wh = new_wh, bh = bh)): updates are written to new names there, and an
    element returned under its own name is the odd one out. (Where the return reads the
    parameters' own names, list(wh = wh, bh = bh), an update under a new name is.)"""
    return any(r.parts and r.name.split(":", 1)[-1] not in r.parts for r in trace
               if r.kind == "return" and r.frame == b.frame and r.line == b.line
               and r is not b)


def odd_return(trace, line, new, old):
    """For an update at `line` written to `new` where `old` belongs (new_bh <- bh + ...):
    return the return record of its frame that returns `old` under its own name beside
    others returned under new names (list(wh = new_wh, bh = bh)), the statement to blame
    instead; else None."""
    made = next((a for a in trace if a.kind == "assign" and a.line == line and a.name == new),
                None)
    if made is None:
        return None
    return next((r for r in trace[made.index + 1:] if r.kind == "return"
                 and r.frame == made.frame and r.name == f"return:{old}" and old in r.parts
                 and _renamed_siblings(trace, r)), None)


def unread_copy(trace, line):
    """For an update made at `line` in a helper that the caller never sees: the caller's
    assignment, after it, of the same value under a name nothing reads (w, b, b_out =
    step(...), where bout belongs), or None."""
    made = [a for a in trace if a.kind == "assign" and a.line == line and a.value is not None]
    if not made:
        return None
    a = made[-1]
    g, read = _read(trace)
    return next((b for b in trace[a.index + 1:] if b.kind == "assign" and b.frame != a.frame
                 and b.index not in read and b.value is not None
                 and b.value.shape == a.value.shape and np.array_equal(b.value, a.value)),
                None)


def unrun_writer(trace, statement):
    """For a returned value (`statement`, return:NAME) that is as it was before the
    reference's update, return (Assignment, words) of the port's statement that writes what
    it returns and did not run in the epoch traced because a guard was false (if (epoch %%
    10 == 0) losses[epoch] <- ...), or None. The statement is looked for between the first
    and the last line its function ran, in the same file."""
    if statement.kind != "return" or len(statement.parts) != 1:
        return None
    name, path = statement.parts[0], Path(statement.file)
    ran = [a.line for a in trace if a.frame == statement.frame and a.file == statement.file]
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    done = {a.line for a in trace if a.file == statement.file}
    writes = re.compile(rf"(?<![\w.$]){re.escape(name)}\s*(?:\[[^\n]*?\]\]?)?\s*"
                        r"(?:<<-|<-|(?<![=!<>])=(?!=))")
    guard = re.compile(r"^\s*(?:}\s*)?(?:else\s+)?if\s*\(?(.*?)\)?\s*[:{]?\s*$|"
                       r"^\s*(?:}\s*)?else\b")
    for i in range(min(ran, default=0) + 1, max(ran, default=0)):
        text = lines[i - 1]
        code = re.split(r"#", text, maxsplit=1)[0]
        m = writes.search(code)
        if m is None or i in done:
            continue
        head = re.match(r"^\s*if\s*(\(.*\)|[^:]*:)\s*", code[:m.start()])
        if head is not None:
            cond = head.group(1).strip("():").strip()
        else:
            # the block it is in: the nearest line above it indented less
            depth = len(text) - len(text.lstrip())
            above = next((lines[j] for j in range(i - 2, -1, -1) if lines[j].strip()
                          and len(lines[j]) - len(lines[j].lstrip()) < depth), "")
            g = guard.match(above.split("#")[0])
            if g is None:
                continue
            cond = (g.group(1) or "the if above is false").strip()
        at = Assignment(statement.language, name, None, statement.file, i, text.strip(), 0,
                        (), statement.function, "assign", statement.frame, len(trace))
        return at, (f"line {i}, which writes {name}, did not run in the epoch traced: it "
                    f"runs only when {cond}")
    return None


def _owner_read(trace, a):
    """Whether the list an element's assignment a writes (layer for layer$b) may be read
    after it: an argument or a name its frame does not bind (an environment a closure shares
    with others: e$dIn), or one read whole after it, before it is bound anew: returned,
    passed on, stored; reading another of its elements (layer$W) is not reading a's."""
    field = "$" not in a.name     # a Python record's field (p.b3), else an R list's element
    owner = a.name.split("." if field else "$", 1)[0]
    if not any(c.frame == a.frame and c.name == owner and c.kind == "assign"
               for c in trace[:a.index]):
        return True
    whole = re.compile(rf"(?<![\w.]){re.escape(owner)}(?![\w.])")
    for c in trace[a.index + 1:]:
        if field and c.frame == a.frame and owner in c.reads \
                and whole.search((c.text or "").split("#", 1)[0]):
            return True     # p handed on whole: replace(p, W2=...), asdict(p)
        if c.frame == a.frame and c.name == owner and c.kind == "assign":
            return False
        if not field and owner in c.reads \
                and not any(r.startswith(owner + "$") for r in c.reads):
            return True
    return False


def _read(trace):
    """Return (the trace's _Graph, the indices of the assignments some later one reads)."""
    g = _Graph(trace)
    return g, {j for a in trace for j in g.deps(a.index)}


def never_read(trace, name):
    """Return the last assignment of `name` in the trace if no statement reads it after,
    else None: a value computed and left unused (W_h0 <- W_ho - ..., where W_ho belongs)."""
    g, read = _read(trace)
    last = [a for a in trace if a.name == name and a.kind == "assign"]
    return last[-1] if last and last[-1].index not in read else None


def _alias_made(trace, b):
    """For alias record b (b.name moved in place through b.reads[0]): the statement that
    made the two names one array: the last that set one to the other (d_out = E, W_before =
    self.W[:]), else the last that assigned b.name; None when there is none."""
    other = b.reads[0] if b.reads else None
    made = [c for c in trace[:b.index] if c.frame == b.frame and c.kind == "assign"
            and c.name in (b.name, other)]
    bound = [c for c in made if set(c.reads) <= {b.name, other} and c.reads
             and c.name != c.reads[0]]
    return bound[-1] if bound else next((c for c in reversed(made) if c.name == b.name),
                                        None)


def alias_origin(trace, statement):
    """Return the assignment that made a second name for an array `statement` reads after
    the array was changed in place through the other name (back = W2.T, then W2 += ...:
    back moves too), or None: where the copy belongs."""
    g = _Graph(trace)
    for d in g.deps(statement.index):
        b = trace[d]
        if b.kind == "alias":
            made = _alias_made(trace, b)
            if made is not None:
                return made
    return None


def defaulted(trace, ignored):
    """For a port that ignores the hyperparameters `ignored` (its names), return
    (Assignment of the helper's header, words) where the helper's own parameter of the
    hyperparameter's name, left to its default, shadows train()'s (function(k, lr = 0.1));
    for one that reads none of them, (Assignment of the call, words) where a helper is called
    without one and a parameter of its own takes its default in its place (epoch_fn(X, y)
    where function(X, y, rate = 0.5) belongs to epoch_fn(X, y, lr)); or None."""
    headers = {fid: _header(trace, f) for fid, f in trace.frames.items() if f.caller}
    given = {(a.frame, a.name) for a in trace if a.kind == "arg"}
    for fid, header in headers.items():
        # a helper's own parameter of the hyperparameter's name, with a default and not
        # given (R records no argument left out): function(k, lr = 0.1) shadows train()'s
        # lr, whose value never reaches the helper; its header is where the port parts
        for r in ignored:
            m = re.search(rf"\b(?:function|def\s+\w+)\s*\([^()]*?(?<![\w.]){re.escape(r)}"
                          rf"\s*=\s*([^,()]+)", header)
            f = trace.frames[fid]
            if m and (fid, r) in given:
                # (Python records it with its default: the call must not name it)
                m = None if re.search(rf"(?<![\w.]){re.escape(r)}(?![\w(])", f.call_text) \
                    else m
            if m:
                arg = next(b for b in trace if b.frame == fid and b.kind == "arg")
                head = Assignment(arg.language, "", None, f.file, arg.line, header.strip(), 0,
                                  (), f.function, kind="expr", frame=fid, index=arg.index)
                # a function defined inside train() sees train()'s own without it: its
                # header is where the port parts; one defined outside must be given it, and
                # the call that leaves it out is
                top = min(trace.frames)
                lines = [b.line for b in trace if b.frame == top and b.file == f.file]
                inside = bool(lines) and min(lines) <= arg.line <= max(lines)
                return head if inside else _call(trace, f), (
                    f"{f.function}() has a parameter {r} of its own, {r} = "
                    f"{m.group(1).strip()}, which line {f.call_line} does not give: it "
                    f"shadows train()'s {r}")
    if any(k in a.reads for a in trace for k in ignored):
        return None
    g = _Graph(trace)
    for a in trace:
        if a.kind == "arg" or a.frame not in headers:
            continue
        for r in a.reads:
            at = g.resolve(r, a.frame, a.index)
            if at is not None and trace[at].kind != "arg":
                continue
            # its own parameter, or one of a function it was made in (a closure's)
            for fid in (a.frame, *sorted((f for f in headers if f < a.frame), reverse=True)):
                m = re.search(rf"[(,]\s*{re.escape(r)}\s*=\s*([^,()]+)", headers.get(fid, ""))
                if m:
                    f = trace.frames[fid]
                    return _call(trace, f), (f"line {f.call_line} calls {f.function}() without "
                                  f"{' or '.join(ignored)}: its {r} takes the default "
                                  f"{m.group(1).strip()}")
    return None


def typed_in(trace, ignored):
    """For a port that ignores the hyperparameters `ignored` (its names), return (Assignment
    of the call, words) where a helper is given a number typed in, other than train()'s, for
    a parameter of its own of one of those names (update(w, g, 0.1) where lr belongs), or
    None."""
    for f, a, given in _given_otherwise(trace, ignored):
        number = r"(?<![\w.])-?\d+(?:\.\d+)?(?:[eE]-?\d+)?(?![\w.])"
        if float(a.value.flat[0]) in {float(x) for x in re.findall(
                number, f.call_text.split("(", 1)[-1])}:
            return _call(trace, f), (f"line {f.call_line} gives {f.function}() "
                                     f"{a.name} = {float(a.value.flat[0]):g}, typed in, "
                                     f"where train()'s {a.name} belongs")
    return None


def given_instead(trace, ignored):
    """For a port that ignores the hyperparameters `ignored` (its names), return (Assignment
    of the call, words) where a helper is given another hyperparameter of train()'s for a
    parameter of its own of one of those names (learn(net, X, y, epochs) where lr belongs),
    or None."""
    for f, a, given in _given_otherwise(trace, ignored):
        other = next((k for k, v in given.items() if k != a.name and v is not None
                      and v.size == 1 and np.array_equal(v.reshape(()), a.value.reshape(()))
                      and re.search(rf"(?<![\w.$]){re.escape(k)}(?![\w.(])", f.call_text)),
                     None)
        if other is not None:
            return _call(trace, f), (f"line {f.call_line} gives {f.function}() train()'s "
                                     f"{other} as its {a.name}: {other} where {a.name} belongs")
    return None


def _given_otherwise(trace, ignored):
    """Yield (Frame, Assignment of its argument, train()'s arguments by name) for each call
    of a helper given, for a number of its own named as one of `ignored`, a value other than
    train()'s of that name."""
    top = min(trace.frames) if trace.frames else 1
    given = {a.name: a.value for a in trace if a.frame == top and a.kind == "arg"}
    for fid, f in sorted(trace.frames.items()):
        if not f.caller:
            continue
        for a in trace[f.start:]:
            if a.frame != fid or a.kind != "arg":
                break
            if a.name in ignored and a.value is not None and a.value.size == 1 \
                    and given.get(a.name) is not None \
                    and not np.array_equal(given[a.name], a.value):
                yield f, a, given


def _header(trace, f):
    """The text of the function header of traced call f, read from its file: up to the
    parenthesis that closes its parameters (def f(a, b=1): / function(a, b = 1) {)."""
    line = next((a.line for a in trace if a.frame == f.id and a.kind == "arg"), None)
    if line is None:
        return ""
    try:
        lines = Path(f.file).read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    text = " ".join(lines[line - 1:line + 2])
    m = re.match(r"(.*?\))\s*(?:->[^:{]*)?[:{]", text)
    return m.group(1) if m else text


def _upstream(trace, g, name):
    """The indices the port's returned `name` was computed from, itself included, in
    trace order (empty when it returns no such name)."""
    start = g.returns().get(name)
    seen, stack = set(), [] if start is None else [start]
    while stack:
        i = stack.pop()
        if i not in seen:
            seen.add(i)
            stack.extend(g.deps(i))
    return sorted(seen)


def _holds(a, want, rtol, atol, kinds=("assign", "alias"), rows=False):
    """Whether assignment a (of `kinds`) holds the numbers `want`; with rows, also as every
    row of a matrix (a bias laid over the samples, matrix(0, n, 1) for a bias of 0)."""
    if a.kind not in kinds or a.value is None:
        return False
    v = a.value
    if v.size == want.size:
        return np.allclose(np.ravel(v), want, rtol=rtol, atol=atol)
    return rows and v.ndim == 2 and v.shape[1] == want.size and v.shape[0] > 1 \
        and np.allclose(v, want[None, :], rtol=rtol, atol=atol)


def kept_given(trace, name, value, rtol=RTOL, atol=ATOL):
    """Return the last assignment the port's returned `name` was computed from that still
    holds its given `value`, or None: where a port that runs one epoch too few picks the
    state of before (final <- states[[length(states) - 1]])."""
    g = _Graph(trace)
    want = np.ravel(np.asarray(value, dtype=np.float64))
    upstream = _upstream(trace, g, name)
    if not upstream or not _holds(trace[upstream[-1]], want, rtol, atol, kinds=("return",)):
        return None     # (what it returns is another value: held upstream by chance)
    found = [trace[i] for i in upstream if _holds(trace[i], want, rtol, atol)]
    return found[-1] if found else None


def origin(trace, name, value, params=(), rtol=RTOL, atol=ATOL):
    """Return where a port that sets parameter `name` itself sets it, or None: the earliest
    assignment its returned `name` was computed from whose value is `value` (its own
    initial one: what it returns at 0 epochs; c2 <- 0 for the given bout), else the
    earliest of them that reads another of the `params` (p = Params(wh, np.zeros(...),
    wout, bout): built without bh). Asked only of a parameter whose given value the port
    ignores (lockstep.probe's own_init). A helper's return counts as an assignment (dense <-
    function(W, b) list(W = W, b = 0 * b): the helper sets it), train()'s own does not."""
    g = _Graph(trace)
    upstream = _upstream(trace, g, name)
    want = np.ravel(np.asarray(value, dtype=np.float64))
    top = min(trace.frames) if trace.frames else None
    found = [trace[i] for i in upstream if _holds(trace[i], want, rtol, atol, rows=True)
             or trace[i].frame != top and _holds(trace[i], want, rtol, atol, kinds=("return",))]
    if found:
        # a copy out of a state handed on where the trace does not follow it (Reduce()'s
        # init, given to the step it calls): an earlier element of that name holding it
        earlier = [b for b in trace[:found[0].index] if b.kind == "assign"
                   and b.name != name and re.split(r"[.$]", b.name)[-1] == name
                   and _holds(b, want, rtol, atol, rows=True)]
        if earlier:
            a = earlier[0]
            line, text = _element_line(a.line, a.text, name)
            return dataclasses.replace(a, line=line, text=text)
    if not found:
        found = [trace[i] for i in upstream if trace[i].kind == "assign"
                 and set(trace[i].reads) & (set(params) - {name})]
    if not found:
        return None
    # (of a list written over several lines, the line that gives the element)
    line, text = _element_line(found[0].line, found[0].text, name)
    return dataclasses.replace(found[0], line=line, text=text)


def defaulted_call(trace, made, name):
    """For `made`, where a port sets parameter `name` itself, inside a helper: the call of
    that helper (an Assignment standing for its line) when the helper's own parameter
    `name` took its default there, the call leaving it out (ridge_model(w, lr = lr) of
    function(w, b = 0, ...): the call is where the given b is lost); else None. R records
    no argument left out; Python records its default, so the call's text must not name it
    and give fewer arguments than the header lists before it."""
    f = trace.frames.get(made.frame)
    if f is None or not f.caller:
        return None
    header = _header(trace, f)
    m = re.search(rf"\b(?:function|def\s+\w+)\s*\(([^()]*?)(?<![\w.]){re.escape(name)}\s*=",
                  header)
    if m is None:
        return None
    if made.language == "R":
        left_out = not any(b.frame == f.id and b.kind == "arg" and b.name == name
                           for b in trace)
    else:
        before = len([p for p in m.group(1).split(",") if p.strip() not in ("", "self")])
        call = re.search(r"\((.*)\)", f.call_text or "")
        given = [p for p in (call.group(1).split(",") if call else ()) if p.strip()]
        left_out = not re.search(rf"(?<![\w.]){re.escape(name)}\s*=", f.call_text or "") \
            and len([p for p in given if "=" not in p]) <= before
    if not left_out:
        return None
    caller = trace.frames.get(f.caller)
    return Assignment(made.language, "", None, caller.file if caller else f.file, f.call_line,
                      f.call_text.splitlines()[0].strip() if f.call_text else "", 0, (),
                      caller.function if caller else "", kind="expr", frame=f.caller,
                      index=f.start)


# A call that draws random numbers, in either language.
DRAWS = re.compile(r"\b(?:np\.random\.\w+|rng\.\w+|random\.\w+|default_rng|rnorm|runif|"
                   r"rbinom|rexp|sample)\s*\(")


def draws(trace):
    """Return (file, line, text) of the first statement of the trace, or call into a traced
    helper, that draws random numbers (np.random.uniform(...), rnorm(...)), or None."""
    sites = [(a.index, a.file, a.line, a.text) for a in trace if a.kind != "arg"]
    sites += [(f.start, f.file if not f.caller else trace.frames[f.caller].file,
               f.call_line, f.call_text) for f in trace.frames.values() if f.caller]
    for _, file, line, text in sorted(sites, key=lambda site: site[0]):
        if DRAWS.search(text.split("#", 1)[0]):
            return file, line, text.splitlines()[0].strip()
    return None


def visit_order(trace, data, n):
    """For a port that visits the samples in another order, return the Assignment where its
    order shows, or None: the first statement of the trace (a loop's variable, x <- the next
    row) whose n values are the samples' indices (from 0 or 1), or the rows of a top-level
    argument among `data`, each once, in an order other than the data's."""
    top = min(trace.frames) if trace.frames else 1
    tables = [a.value for a in trace if a.kind == "arg" and a.frame == top and a.name in data
              and a.value is not None and a.value.ndim == 2]
    seen = {}
    for a in trace:
        if a.value is not None and a.kind in ("for", "assign"):
            seen.setdefault((a.file, a.line, a.name, a.frame), []).append(a)
    for runs in sorted(seen.values(), key=lambda runs: runs[0].index):
        if len(runs) != n:
            continue
        values = [r.value for r in runs]
        order = None
        if all(v.size == 1 for v in values):
            got = [float(v.flat[0]) for v in values]
            for start in (0, 1):
                if sorted(got) == [float(i) for i in range(start, start + n)]:
                    order = [int(g) - start for g in got]
        else:
            for t in tables:
                for rows in (t, t.T):
                    if rows.shape[0] != n or values[0].size != rows.shape[1]:
                        continue
                    found = [next((j for j in range(n) if np.array_equal(np.ravel(v), rows[j])),
                                  None) for v in values]
                    if None not in found and sorted(found) == list(range(n)):
                        order = found
        if order is not None and order != list(range(n)):
            return reordering(trace, runs[0]) or runs[0]
    return None


# a call that puts values in another order: df[order(df$y), ], X[np.argsort(y)], rev(rows)
REORDERS = re.compile(r"\b(?:argsort|order|permutation|shuffle|sample|rev|sort|sorted|"
                      r"reversed)\(")


def reordering(trace, a):
    """For statement a, where the samples' other order shows (x1 <- df$x1[i]), the nearest
    statement it was computed from that puts its values in another order (df <- df[order(
    df$y), ]): where that order was made; else None."""
    g, seen, queue = _Graph(trace), {a.index}, [a.index]
    while queue and len(seen) < 200:
        i = queue.pop(0)
        for d in g.deps(i):
            if d in seen:
                continue
            seen.add(d)
            b = trace[d]
            code = (b.text or "").split("#", 1)[0]
            sets = re.search(r"(?:<-|=)(?!=)", code)
            if b.kind == "assign" and sets and REORDERS.search(code[sets.end():]):
                return b
            queue.append(d)
    return None


def _reads_old(trace, g, a):
    """For a dropped value a (nxt <- list(w = pr$w - ...)), return (statement, name) of the
    first later statement of its frame, or call made from it, that reads a name a reads
    whose elements are a's (pr: w, ...), or None."""
    parts = {n.split("$", 1)[1] for n in g.by_name if n.startswith(a.name + "$")}
    if not parts:
        return None
    olds = [r for r in a.reads if r != a.name and parts <= {
        n.split("$", 1)[1] for n in (*g.by_name, *a.reads) if n.startswith(r + "$")}]
    if not olds:
        return None
    # the first of: a statement of its frame that reads one, a call from its frame passing one
    # (not one of its own elements, recorded at their lines of a list written over several)
    b = next((b for b in trace[a.index + 1:] if b.frame == a.frame and b.line != a.line
              and not b.name.startswith(a.name + "$")
              and any(o in b.reads for o in olds)), None)
    call = min((f for f in trace.frames.values() if f.caller == a.frame and f.start > a.index
                and any(o in f.call_reads for o in olds)), key=lambda f: f.start, default=None)
    if call is not None and (b is None or call.start <= b.index):
        b = _call(trace, call)
    return None if b is None else (b, next(o for o in olds if o in b.reads))


def _unwritten(al, ret):
    """For a top-level return `ret` whose value is the reference's from before its update,
    return the port's last assignment, in any frame, of the returned name or of a name the
    return reads (x for x, self.x, p["x"]) whose value is the one the reference returns:
    the update made and never written back. None when there is none."""
    element = ret.name[len("return:"):]
    wanted = al.ref_returns.get(al.ref_name(element))
    if wanted is None or al.ref[wanted].value is None:
        return None
    names = {element, *(ret.parts or ret.reads)}
    names |= {n.rsplit(".", 1)[-1] for n in names}
    target = al.ref[wanted].value
    for a in reversed(al.port[:ret.index]):
        if a.value is not None and (a.kind == "expr" or a.kind == "assign" and (
                a.name in names or a.name.rsplit(".", 1)[-1] in names)) \
                and _same_returned(a.value, target, al.rtol, al.atol):
            return a            # an assignment to another name, or a value dropped
    return None


def _written(al, ret):
    """For a top-level return `ret` whose value is the reference's from before its update,
    return the port's last partial write (x[i] <- v) of the returned name: the update was
    written, and its value is what differs (loss[e] <- a value truncated to 0). Else None."""
    element = ret.name[len("return:"):]
    names = {element, *(ret.parts or ret.reads)}
    for a in reversed(al.port[:ret.index]):
        if a.kind == "assign" and a.partial and a.value is not None and a.name in names:
            return a
    return None


def _context(al, a, ref, extra):
    """Return what relation() is told about port statement a and its counterpart ref."""
    hyper_names = (extra or {}).get("hyper_names")
    # (with no hyperparameters declared, every scalar argument but a returned one: a
    # parameter that happens to be a scalar is not a rate)
    scalars = {k: float(v.value.flat[0]) for k, v in al.args.items()
               if v.value is not None and v.value.size == 1
               and (k in hyper_names if hyper_names is not None
                    else k not in al.port_returns)}
    ctx = {"sizes": sorted(int(s) for s in al.sizes if s > 1),
           "hyper": {k: v for k, v in scalars.items() if v not in (0.0, 1.0, -1.0)},
           "reads": {}, "reference_reads": {}, "language": a.language,
           # (a helper's value paired with a reference value of no namesake helper is a
           # guess too: what the two read says nothing of an operand chosen wrong)
           "guessed": a.index in al.guessed or ref is not None and a.kind == "return"
           and a.frame != al.gp.top and not _namesakes(
               al.gp.frames[a.frame].function, [al.gr.frames[ref.frame]]
               if ref.frame in al.gr.frames else [])}
    for d in al._deps(a):
        b = al.port[d]
        # a loop's variable is read when it holds data (a sample's row), not a counter
        if b.value is not None and (b.kind != "for" or b.value.size > 1):
            ctx["reads"].setdefault(b.name, b.value)
    if ref is not None:
        for j in sorted(al._ref_inputs(ref.index)):
            b = al.ref[j]
            if b.value is not None and b.kind != "for":
                ctx["reference_reads"].setdefault(b.name, b.value)
    # a hyperparameter that neither the port's statement reads nor the reference's value is
    # computed from scales nothing of it (a loss is no rate's: its factor 1.5 is not "as if
    # lr were 0.15")
    if ref is not None and ref.index < len(al.ref) and al.ref[ref.index] is ref:
        names = set(ctx["reads"]) | {al.ref[j].name for j in al._ref_inputs(ref.index)}
        ctx["hyper"] = {k: v for k, v in ctx["hyper"].items()
                        if k in names or al.ref_name(k) in names}
        # (the field net$w read as e$w, or as the w a method of its object set: the same
        # variable)
        field = a.name.split("$", 1)[-1]
        own_port = next((al.port[d] for d in al._deps(a) if al.port[d].name == a.name), None) \
            or next((al.port[d] for d in al._deps(a) if "$" in a.name
                     and al.port[d].name.split("$", 1)[-1] == field), None)
        if own_port is None and a.value is not None:
            # new$bh after new <- update(bh, ...), whose list(bh = bh + ...) moved the
            # argument bh: the value before is a namesake a few steps back
            own_port = _namesake_before(al, a, field)
        own_ref = next((al.ref[j] for j in al.gr.deps(ref.index) if al.ref[j].name == ref.name),
                       None)
        if own_ref is None and own_port is not None:
            # an update the reference writes through a helper's result (w = step(...)["w"]):
            # its base is the variable's value before, where the port's base matches it
            j = al.gr.resolve(ref.name, ref.frame, ref.index)
            if j is not None and j in al.matches(own_port.index):
                own_ref = al.ref[j]
        if own_port is not None and own_ref is not None and own_port.value is not None \
                and own_ref.value is not None:
            ctx["base"] = (own_ref.value, own_port.value)
            ctx["base_at"] = own_port.index
        ctx["operands"] = _operands(al, a, ref)
        ctx["updated"] = _stale(al, a, ref) or _stale_operand(al, a, ref, ctx["operands"][0]) \
            or (_stale(al, a, ref, deep=True) if a.kind == "arg" else [])
        ctx["hyper_name"] = ref.name if ref.kind == "arg" else None
    if a.kind == "assign" and not a.reads and a.name in al.args:
        ctx["overrides"] = a.name
        ctx["given"] = float(al.args[a.name].value.flat[0]) \
            if al.args[a.name].value is not None and al.args[a.name].value.size == 1 else None
    ctx.update(extra or {})
    return ctx


def _namesake_before(al, a, field, depth=4):
    """The nearest assignment a was computed from, through what calls return and are given,
    named `field` (w, p$w, return:w) and shaped as a's value; None when there is none."""
    for d in _upwards(al.gp.deps, al._deps(a), depth):
        b = al.port[d]
        if re.split(r"[$:]", b.name)[-1] == field and b.kind != "return" \
                and b.value is not None and b.value.shape == a.value.shape:
            return b
    return None


def _operands(al, a, ref):
    """Return (port names, reference names): the agreeing inputs of port statement a whose
    values the reference's counterpart does not read, and the counterpart's inputs that no
    input of a matches. ([], []) when the two read the same values."""
    # the reference's inputs, and through those the port never builds (output_layer_input
    # inside the port's sigmoid(hidden %*% wout + bout)) to theirs
    ref_inputs, stack = set(), list(al._ref_inputs(ref.index))
    while stack and len(ref_inputs) < 200:
        j = stack.pop()
        if j in ref_inputs or al.ref[j].value is None or al.ref[j].kind == "for":
            continue
        ref_inputs.add(j)
        if al.ref[j].kind != "arg" and not al.built(j):
            stack.extend(al._ref_inputs(j))
    ref_names = {al.ref[j].name for j in ref_inputs}
    extra, covered = [], set()
    for d in al._deps(a):
        b = al.port[d]
        if b.value is None or b.kind == "for" or b.value.size == 1 or not al.agree[d]:
            continue
        found = set(al.matches(d))
        covered |= found
        names = {al.ref[m].name for m in found}
        if found and not names & ref_names and b.name not in extra:
            extra.append(b.name)
    missing = sorted({al.ref[j].name for j in ref_inputs - covered
                      if al.ref[j].value.size > 1} - {al.ref_name(n) for n in extra})
    return extra, missing


def _ancestors(al, j, limit=5000):
    """Return the reference indices reference assignment j was computed from, transitively
    (at most `limit` of them)."""
    out, stack = set(), list(al.gr.deps(j))
    while stack and len(out) < limit:
        k = stack.pop()
        if k not in out:
            out.add(k)
            stack.extend(al.gr.deps(k))
    return out


def _stale_operand(al, a, ref, extra):
    """Return [(name, port Assignment)] for the inputs of a the reference's counterpart does
    not read (_operands) whose value is the reference's value of a variable after an update,
    where the counterpart was computed from that variable's value before it."""
    if not extra:
        return []
    before = {}
    for j in _ancestors(al, ref.index):
        before.setdefault(al.ref[j].name, []).append(j)
    ancestors = {j for js in before.values() for j in js}
    out = []
    for d in al._deps(a):
        b = al.port[d]
        found = set(al.matches(d))
        if b.name not in extra or found & ancestors:
            continue
        for m in found:
            if m < ref.index and al.ref[m].kind == "assign" and any(
                    j < m for j in before.get(al.ref[m].name, [])):
                out.append((b.name, b))
                break
    return out


def _call_expr(text, function):
    """The call of `function` in a statement's text, whitespace dropped (forward(p, X)),
    or the text itself when it names no such call."""
    text = text or ""
    found = next(repair._calls(text, 0, len(text), re.escape(function.rsplit(".", 1)[-1])),
                 None)
    return re.sub(r"\s+", "", text[found[0]:found[1]] if found else text)


def _called_again(al, a):
    """(kind, words) when statement a reads what a helper returns, disagreeing, where an
    earlier call of the same helper, written the same (forward(p, X) both times), agreed,
    and a parameter was moved in a's frame between the two calls: a forward pass recomputed
    from parameters already updated (stale-value); else None."""
    frames = al.gp.frames

    def given(b):               # the parameter as train() was given it, if b is one
        arg = al.args.get(re.split(r"[$.]", b.name)[-1])
        return None if arg is None or arg.kind != "arg" else arg.value
    for d in al._deps(a):
        r = al.port[d]
        if r.kind != "return" or r.frame == a.frame or r.value is None or al.agree[d]:
            continue
        f = frames[r.frame]
        first = next((g for g in sorted(frames.values(), key=lambda g: g.start)
                      if g.function == f.function and g.start < f.start
                      and _call_expr(g.call_text, g.function) == _call_expr(f.call_text,
                                                                             f.function)
                      and any(
                          al.agree[j] and al.matches(j) for j in al.gp.by_frame.get(g.id, [])
                          if al.port[j].kind == "return")), None)
        if first is None:
            continue
        moved = [b for b in al.port[first.start:f.start]
                 if b.frame == a.frame and b.kind == "assign" and b.value is not None
                 and given(b) is not None and b.value.shape == given(b).shape
                 and not np.array_equal(b.value, given(b))]
        if moved:
            names = ", ".join(dict.fromkeys(b.name for b in moved))
            lines = ("lines " if len(moved) > 1 else "line ") + ", ".join(
                str(b.line) for b in moved)
            return "stale-value", (
                f"it calls {f.function}() again after {names} moved ({lines}): its value "
                f"differs from the first call's (line {f.call_line} reads it again, line "
                f"{first.call_line} first), which the reference reads: a value recomputed "
                "from parameters already updated")
    return None


def _stale(al, a, ref, deep=False):
    """Return [(name, port Assignment)] for inputs a read that match the reference's value of
    that name from after the moment its counterpart read it (an already-updated value); with
    deep, after the moment any statement the counterpart was computed from read it (a
    helper's argument computed in its call, f(d %*% t(wout)), from a wout already moved
    where the reference's delta read it before its update)."""
    out = []
    ref_deps = sorted(j for j in _ancestors(al, ref.index) if al.ref[j].frame == al.gr.top
                      and al.ref[j].kind in ("arg", "assign")) if deep \
        else al.gr.deps(ref.index)
    for d in al._deps(a):
        b = al.port[d]
        if b.value is None or b.kind == "for":
            continue
        found = al.matches(d)
        for dq in ref_deps:
            if dq in found or al.ref[dq].value is None \
                    or fits(b.value, al.ref[dq].value, al.rtol, al.atol):
                continue        # the value the reference read (a copy of it counts too)
            if any(al.ref[m].name == al.ref[dq].name and m > dq for m in found):
                out.append((b.name, b))
                break
    return out


# ----------------------------------------------------------------------------- relation

def _close(a, b):
    """True when a and b agree under the comparison rule (same shape)."""
    return agrees(a, b)


def _layouts(v, shape):
    """Return v laid out as `shape` the ways R and numpy would: reshaped (column- or
    row-major), broadcast along rows or columns, recycled column-major (R)."""
    out = []
    v = np.asarray(v, dtype=np.float64)
    if v.size == int(np.prod(shape)):
        out += [v.reshape(shape, order="F"), v.reshape(shape, order="C")]
    for s in ((1, v.size), (v.size, 1)):
        try:
            out.append(np.broadcast_to(v.reshape(s), shape))
        except ValueError:
            pass
    if v.size and int(np.prod(shape)) % v.size == 0:
        out.append(np.resize(v.ravel(order="F"), int(np.prod(shape))).reshape(shape, order="F"))
    return out


def _fit_scale(p, q):
    """Return c with p == c * q element-wise under the rule, or None."""
    if p.shape != q.shape or not np.isfinite(p).all() or not np.isfinite(q).all():
        return None
    k = int(np.argmax(np.abs(q)))
    if q.flat[k] == 0:
        return None
    with np.errstate(over="ignore", invalid="ignore"):     # a tiny q: no factor to speak of
        c = p.flat[k] / q.flat[k]
        return c if np.isfinite(c) and _close(p, c * q) else None


# Factors a port's value may be off by that name a constant written otherwise: a logarithm
# in another base, a factor of pi or e.
_CONSTANTS = (
    (1 / np.log(2), "1/ln 2: a logarithm to base 2 where the natural one belongs"),
    (np.log(2), "ln 2: a natural logarithm where one to base 2 belongs"),
    (1 / np.log(10), "1/ln 10: a logarithm to base 10 where the natural one belongs"),
    (np.log(10), "ln 10: a natural logarithm where one to base 10 belongs"),
    (np.pi, "pi: a constant factor"), (1 / np.pi, "1/pi: a constant factor"),
    (np.e, "e: a constant factor"), (1 / np.e, "1/e: a constant factor"),
)


def _named_factor(c, ctx):
    """Return (kind, words) for a scale factor c between port and reference, or None."""
    def near(x, y):
        return abs(x - y) <= 1e-9 * max(abs(x), abs(y))
    if near(c, -1.0):
        return "sign", "the sign is reversed: the port's value is -1 times the reference's"
    for n in ctx.get("sizes", []):
        if near(c, 1.0 / n):
            return "mean-for-sum", (f"the port's value is the reference's x 1/{n}: a mean "
                                    "where a sum belongs")
        if near(c, float(n)):
            return "sum-for-mean", (f"the port's value is the reference's x {n}: a sum "
                                    "where a mean belongs")
    for name, h in ctx.get("hyper", {}).items():
        if ctx.get("step") and not near(h, 1.0) and near(c, 1 / h):
            # a step the reference takes times the rate, taken without it
            return "ignores-hyper", (f"the port's step is the reference's / {name} ({name} = "
                                     f"{h:g}): {name} left out of it")
        for power, words in ((1, f"x {name}"), (-1, f"/ {name}")):
            if near(c, h ** power):
                return "hyper-misused", (f"the port's value is the reference's {words} "
                                         f"({name} = {h:g}): {name} applied twice")
        if near(c, -h) or near(c, -1 / h):
            return "hyper-misused", f"the port's value is the reference's x -{name} or / -{name}"
        if near(c, h ** -2):
            return "hyper-misused", (f"the port's value is the reference's / {name}^2 ({name} "
                                     f"= {h:g}): divided by {name} where it multiplies")
    for k in (2.0, 0.5, 4.0, 0.25, -2.0, -0.5):
        if near(c, k):
            return "wrong-constant", f"the port's value is the reference's x {k:g}: a constant factor"
    for k, words in _CONSTANTS:
        if near(c, k):
            return "wrong-constant", f"the port's value is the reference's x {words}"
    for name, h in ctx.get("hyper", {}).items():
        # as if the hyperparameter were a round number of the port's own: c x h is one
        v = c * h
        if v > 0 and not near(v, h) and near(v, float(f"{v:.2g}")):
            return "ignores-hyper", (f"the port's value is the reference's x {c:g}: as if "
                                     f"{name} were {v:g} where the caller gave {h:g}")
    for k in (10.0, 0.1):
        # (after a rate of the port's own: 0.5 typed where lr = 0.05 is given is that)
        if near(c, k):
            return "wrong-constant", (f"the port's value is the reference's x {k:g}: a "
                                      "constant's decimal point moved one place")
    return None


def _sigmoid_slope(v):
    """sigmoid(v)(1 - sigmoid(v))."""
    with np.errstate(over="ignore", invalid="ignore"):
        s = 1 / (1 + np.exp(-v))
        return s * (1 - s)


def _slopes(v):
    """The activation slopes a port may take of v: v(1 - v), and sigmoid(v)(1 - sigmoid(v))."""
    return [v * (1 - v), _sigmoid_slope(v)]


# The slopes of the activations, as a port may write them of an activation's output a or
# of its input z.
_SLOPE_FORMS = (
    ("a(1 - a)", lambda v: v * (1 - v)),
    ("1 - a^2", lambda v: 1 - v ** 2),
    ("the sigmoid's slope", _sigmoid_slope),
    ("tanh's slope", lambda v: 1 - np.tanh(v) ** 2),
    ("(1 - a)^2", lambda v: (1 - v) ** 2),     # 1 - a^2 with the power misplaced
)


def relation(reference_value, port_value, context):
    """Return (kind, words) saying how port_value relates to reference_value, or None.

    Only what holds of the numbers is said, for any network. context may give: sizes (the
    data's dimensions), hyper (name -> number), reads / reference_reads (name -> value of
    the agreeing inputs on each side), base ((reference, port) value of the variable before
    an update x <- x + ...: the updates are compared too), updated ([(name, port
    Assignment)] inputs read after their update), overrides (an argument the port assigns a
    constant to), never_updated (the port returns a value the reference had before it
    updated it). Kinds are the ids of the shared vocabulary (briefs/kinds.md).
    """
    ctx = context or {}
    if ctx.get("never_updated"):
        return "not-written-back", ("the port returns this value as it was before the "
                                    "reference's update: never updated, or not written back")
    if ctx.get("overrides"):
        name = ctx["overrides"]
        given = ctx.get("given", ctx.get("hyper", {}).get(name))
        return "ignores-hyper", (f"the port sets {name} to a constant of its own"
                                 + (f" where the caller gave {given:g}" if given is not None
                                    else ""))
    if ctx.get("updated"):
        found = _scaled(reference_value, port_value, ctx)
        if found:
            return found
        name, b = ctx["updated"][0]
        return "stale-value", (f"it reads {name} after its update ({Path(b.file).name}:"
                               f"{b.line}), where the reference reads the value of before")
    if port_value is not None and _permutation(port_value):
        return "data-order", "a permutation of the samples' indices: the samples visited in another order"
    if reference_value is None or port_value is None:
        return None
    q, p = np.asarray(reference_value, dtype=np.float64), np.asarray(port_value, dtype=np.float64)
    if q.size == p.size and np.squeeze(q).shape == np.squeeze(p).shape:
        q = q.reshape(p.shape)      # R's length-1 vector or 1 x h row for numpy's scalar or (h,)
    if q.size == p.size and q.shape != p.shape and p.size > 1:
        for form in (p.reshape(q.shape, order="F"), np.squeeze(p).reshape(q.shape)):
            if _close(form, q):
                return "transposed", "the same numbers in another layout"
    if p.ndim == 2 and p.size > 1 and p.T.shape == q.shape and _close(p.T, q):
        return "transposed", "equals the other side's value transposed"
    if p.shape == q.shape:
        found = _by_value(q, p, ctx)
        if found:
            return found
        with np.errstate(over="ignore"):
            if _close(p, 1 / (1 + np.exp(-q))) and any(
                    np.shape(v) == q.shape and _close(q, 1 / (1 + np.exp(-np.asarray(
                        v, dtype=np.float64)))) for v in ctx.get("reference_reads", {}).values()):
                # (of a value the reference itself made a sigmoid's: no kind of the
                # vocabulary, the activation applied twice)
                return None, ("the sigmoid of the reference's value, which is itself the "
                              "sigmoid of what it reads: an activation applied twice")
            if _close(p, 1 / (1 + np.exp(-q))):
                return "wrong-derivative", ("the sigmoid of the reference's value: an "
                                            "activation where the reference has none")
            if _close(q, 1 / (1 + np.exp(-p))):
                return "wrong-derivative", ("the reference's value is the sigmoid of the "
                                            "port's: the port leaves out an activation")
    base = ctx.get("base")
    if base is not None:
        bq, bp = (np.asarray(b, dtype=np.float64) for b in base)
        if bq.size == q.size and bq.shape != q.shape \
                and np.squeeze(bq).shape == np.squeeze(q).shape:
            bq = bq.reshape(q.shape)    # (the value before, laid out as q was above)
        if bp.shape == p.shape and bq.shape == q.shape:
            found = _by_update(q - bq, p - bp, ctx)
            if found:
                return found
    found = _by_layout(q, p, ctx) or _by_derivative(q, p, ctx)
    if found:
        return found
    if p.shape == q.shape:
        found = _by_axis(q, p, ctx) or _by_term(q, p, ctx)
        if found:
            return found
    extra, missing = ctx.get("operands", ([], []))
    if len(extra) == 1 and not ctx.get("guessed"):
        # (only against a counterpart found by name: against one guessed by its inputs,
        # other reads are what guessing it meant; and one name read where another belongs:
        # several the reference's statement does not read are another way of computing it,
        # which says nothing of which one is wrong)
        return "wrong-operand", (f"it reads {', '.join(extra)}, which the reference's "
                                 "statement does not read"
                                 + (f" (it reads {', '.join(missing)})" if missing else ""))
    return None


def _by_axis(q, p, ctx):
    """An input scaled by its sum over one axis where the reference's is scaled by its sum
    over the other (a softmax normalized over the samples, not the classes)."""
    if p.ndim != 2 or p.size < 2:
        return None
    for name, d in ctx.get("reads", {}).items():
        d = np.asarray(d, dtype=np.float64)
        if d.shape != p.shape:
            continue
        sums = {"axis 0": d.sum(axis=0, keepdims=True), "axis 1": d.sum(axis=1, keepdims=True),
                "every element": d.sum()}
        for ours, a in sums.items():
            for theirs, b in sums.items():
                if ours != theirs and not _close(np.broadcast_to(a, p.shape),
                                                 np.broadcast_to(b, p.shape)):
                    for form in (lambda x: d / x, lambda x: d * x):
                        with np.errstate(divide="ignore", invalid="ignore"):  # a zero sum
                            hit = _close(p, form(a)) and _close(q, form(b))
                        if hit:
                            return "wrong-axis", (f"{name} taken over its sum over {ours} "
                                                  f"where the reference takes its sum over "
                                                  f"{theirs}")
    return None


def _by_term(q, p, ctx):
    """The port's value is the reference's plus a multiple of one of its inputs: a term
    counted twice or with another constant (2 * lam * w for lam * w)."""
    d = p - q
    for name, v in ctx.get("reads", {}).items():
        v = np.asarray(v, dtype=np.float64)
        if v.size < 2 or v.size != d.size or not v.any():
            continue
        c = _fit_scale(d, v.reshape(d.shape))
        if c is None or c == 0:
            continue
        for h_name, h in [("", 1.0), *ctx.get("hyper", {}).items()]:
            for k in (1.0, -1.0, 2.0, 0.5, -2.0, -0.5):
                if abs(c - k * h) <= 1e-9 * abs(c):
                    what = f"{k:g} x {h_name}" if h_name else f"{k:g}"
                    return "wrong-constant", (f"the port's value is the reference's plus "
                                              f"{what} x {name}: a term with another "
                                              "constant, or counted once more")
    return None


def _cast_to_single(al):
    """The first statement of the port that ran and makes numbers of single precision
    (g.astype(np.float32), np.float32(x), dtype="f4"), or None."""
    return next((a for a in al.port if a.kind in ("assign", "alias", "return")
                 and _STORED["single-precision"].search((a.text or "").split("#", 1)[0])),
                None)


def _by_nearness(q, p):
    """Values within 1e-6 relative of the reference's and not float32: a constant written
    with fewer digits (2.718282 for e), or an epsilon the reference does not add."""
    if not (np.isfinite(p).all() and np.isfinite(q).all()) or not q.any():
        return None
    with np.errstate(invalid="ignore", divide="ignore"):
        rel = float(np.nanmax(np.abs(p - q) / np.maximum(np.abs(q), 1e-300)))
    if 1e-12 < rel < 1e-6:
        return "wrong-constant", (f"within {rel:.1e} relative of the reference's, not in "
                                  "single precision: a constant with fewer digits, or an "
                                  "epsilon the reference does not add")
    return None


def _scaled(reference_value, port_value, ctx):
    """(kind, words) when the port's value is the reference's times a named factor."""
    if reference_value is None or port_value is None:
        return None
    q, p = (np.asarray(v, dtype=np.float64) for v in (reference_value, port_value))
    if q.size != p.size:
        return None
    c = _fit_scale(p, q.reshape(p.shape))
    return None if c is None else _named_factor(c, ctx)


def _permutation(p):
    """True when p is 0..n-1 or 1..n in another order: an order of visiting samples."""
    v = np.ravel(p)
    if v.size < 2 or not np.array_equal(v, np.round(v)):
        return False
    s = np.sort(v)
    return (np.array_equal(s, np.arange(v.size)) or np.array_equal(s, np.arange(1, v.size + 1))) \
        and not np.array_equal(s, v)


def _scaled_activation(al, p, reads):
    """(kind, words) when p is the sigmoid of a multiple of an input it reads (2z, z/2, -z)
    and the reference computes the sigmoid of that input itself (0.5 * (1 + tanh(z)) where
    tanh(z / 2) belongs); else None."""
    p = np.asarray(p, dtype=np.float64)
    with np.errstate(over="ignore"):
        for name, v in reads.items():
            v = np.asarray(v, dtype=np.float64)
            if v.shape != p.shape or v.size < 2:
                continue
            for c in (2.0, 0.5, -1.0):
                if _close(p, 1 / (1 + np.exp(-c * v))) \
                        and al.index.matches(1 / (1 + np.exp(-v))):
                    if c == -1.0:
                        return "sign", (f"the port's value is the sigmoid of -{name}, where "
                                        f"the reference takes the sigmoid of {name}: a sign "
                                        "reversed inside the activation")
                    return "wrong-constant", (
                        f"the port's value is the sigmoid of {c:g} x {name}, where the "
                        f"reference takes the sigmoid of {name}: a constant in the activation")
    return None


def _slope_of_input(al, p, reads):
    """(kind, words) when p is the sigmoid's slope written of its output, v(1 - v), but taken
    of an input v the reference takes the sigmoid of (its pre-activation), alone or times
    another value p reads; else None."""
    p = np.asarray(p, dtype=np.float64)
    values = {n: np.asarray(v, dtype=np.float64) for n, v in reads.items()
              if np.size(v) == p.size and p.size > 1}
    values = {n: v.reshape(p.shape) for n, v in values.items()}
    with np.errstate(over="ignore"):
        for name, v in values.items():
            if _close(v * (1 - v), np.zeros_like(v)) \
                    or not al.index.matches(1 / (1 + np.exp(-v))):
                continue
            for other, u in [("", np.ones_like(p)), *values.items()]:
                if other != name and _close(p, u * v * (1 - v)):
                    return "wrong-derivative", (
                        f"the sigmoid's slope written as a(1 - a) of {name}, whose sigmoid "
                        f"the reference computes: the slope of the pre-activation where the "
                        f"activation's belongs")
    return None


# The kinds of a value's numbers kept less exactly than the reference's
_PRECISION = ("single-precision", "rounding", "integer-truncation")

# A call that rounds: round(x, 2), signif(), sprintf("%.4f"), format(), np.round(), ...
_ROUNDS = re.compile(r"\b(?:round|signif|sprintf|formatC|format|toJSON|np\.round|np\.around)\b")


def _of_input(v, p, name):
    """(kind, words) when p is input v rounded (float32, digits, integers) or laid out by
    recycling rather than one copy per row; else None."""
    v = np.asarray(v, dtype=np.float64)
    if v.size == p.size and v.shape != p.shape:
        v = v.reshape(p.shape, order="F") if v.ndim != p.ndim or v.T.shape != p.shape else v.T
    if v.shape == p.shape:
        found = _by_value(v, p, {})
        if found and found[0] != "single-precision" and not p.any():
            return None             # every value 0: a zeroed array (0 * x), not a rounding
        if found and found[0] in _PRECISION:
            words = found[1].replace("the reference's", f"{name}'s")
            return found[0], words if words != found[1] else f"{name}: {found[1]}"
        return None
    if p.ndim == 2 and 1 < v.size < p.size and p.size % v.size == 0:
        # one copy per row (a column vector: per column), as numpy broadcasts it
        s = (v.size, 1) if v.ndim == 2 and v.shape[1] == 1 else (1, v.size)
        broadcast = [np.broadcast_to(v.reshape(s), p.shape)] \
            if s[0] in (1, p.shape[0]) and s[1] in (1, p.shape[1]) else []
        others = [np.resize(v.ravel(order="F"), p.size).reshape(p.shape, order="F"),
                  np.repeat(v.ravel(), p.size // v.size).reshape(p.shape)]
        if any(_close(f, p) for f in others) and not any(_close(f, p) for f in broadcast):
            return "recycling", (f"{name} laid out in another order than one copy per row "
                                 "(R's column-major fill, or a row-major reshape)")
    return None


def _by_value(q, p, ctx):
    if p.ndim == 2 and p.shape[0] == p.shape[1] and p.shape[0] > 1 and _close(p.T, q):
        return "transposed", "equals the other side's value transposed"
    f32 = q.astype(np.float32).astype(np.float64)
    if np.array_equal(p.astype(np.float32).astype(np.float64), p) and not np.array_equal(f32, q):
        with np.errstate(invalid="ignore", divide="ignore"):
            rel = np.nanmax(np.abs(p - q) / np.maximum(np.abs(q), 1e-300))
        if rel < 1e-5:
            return "single-precision", (f"differs by {rel:.1e} relative, every value a float32: "
                                        "single precision")
    if np.array_equal(p, np.trunc(q)) and not np.array_equal(p, q):
        return "integer-truncation", "the reference's values truncated to integers"
    for k in range(16):
        if np.allclose(p, np.round(q, k), rtol=0, atol=1e-15) and not _close(p, q):
            return "rounding", f"the reference's values rounded to {k} decimal places"
    c = _fit_scale(p, q)
    if c is not None:
        return _named_factor(c, ctx)
    return None


def _by_update(dq, dp, ctx):
    """Compare the steps of an update x <- x + step on both sides."""
    if dp.ndim == 2 and dp.size > 1 and dp.T.shape == dq.shape and _close(dp.T, dq) \
            and not _close(dp, dq):
        return "transposed", "its update is the reference's update transposed"
    c = _fit_scale(dp, dq) if dp.shape == dq.shape else None
    if c is not None:
        found = _named_factor(c, {**ctx, "step": True})
        if found:
            return found[0], "its update: " + found[1]
    for name, d in ctx.get("reads", {}).items():
        d = np.asarray(d, dtype=np.float64)
        if d.ndim != 2 or d.size < 2:
            continue
        sums = {"colSums": d.sum(axis=0), "rowSums": d.sum(axis=1), "sum": np.array(d.sum())}
        for ref_sum, v in sums.items():
            scale = _fit_scale(np.ravel(dq), np.ravel(np.broadcast_to(v, dq.shape))
                               if v.size == 1 else np.ravel(v)) if v.size in (1, dq.size) else None
            if scale is None:
                continue
            for port_sum, w in sums.items():
                if port_sum == ref_sum:
                    continue
                for form in _layouts(w * scale, dp.shape):
                    if _close(form, dp):
                        words = ("every element" if port_sum == "sum" else
                                 "the other axis")
                        return "wrong-axis", (f"its update sums {name} over {words} "
                                              f"({port_sum} where the reference's is "
                                              f"{ref_sum})")
    if dp.size > 1 and _close(dp, np.full(dp.shape, dp.flat[0])) \
            and not _close(dq, np.full(dq.shape, dq.flat[0])) and _close(dp.flat[0], dq.sum()):
        return "wrong-axis", ("its update is the sum of every element of the reference's, "
                              "added to each: a sum over every axis where an element-wise one "
                              "belongs")
    found = _relaid(dq, dp, ctx)
    if found:
        return found[0], "its update: " + found[1]
    return None


def _relaid(q, p, ctx):
    """(kind, words) when p is q with one input vector, a factor of it, laid out along the
    other dimension (recycled or broadcast): p * good == q * bad for two layouts of it."""
    if p.ndim != 2 or p.shape != q.shape or _close(p, q):
        return None
    for name, v in ctx.get("reads", {}).items():
        v = np.asarray(v, dtype=np.float64)
        if v.size < 2 or v.size >= p.size or not np.all(v != 0):
            continue
        forms = _layouts(v, p.shape)
        for good in forms:
            for bad in forms:
                if not _close(good, bad) and _close(p * good, q * bad):
                    return "recycling", (f"{name} laid out along the other dimension (R's "
                                         "recycling, or numpy's broadcasting) where the "
                                         "reference multiplies by it otherwise")
    return None


def _by_layout(q, p, ctx):
    """A value built by recycling or broadcasting where the reference has another layout."""
    shapes = {np.shape(v) for v in ctx.get("reads", {}).values()}
    n = p.shape[0] if p.ndim == 2 else 0
    if n > 1 and p.shape == (n, n) and q.size == n and {(n,), (n, 1)} <= shapes:
        return "recycling", (f"an {n} x {n} value where the reference has {n} values: a "
                             "length-n vector broadcast against an n x 1 column")
    for s in shapes:            # numpy's rule only: R keeps a vector with a column n x 1
        if len(s) == 1 and s[0] > 1 and (s[0], 1) in shapes and ctx.get("language") != "R" \
                and (p.shape == (s[0], s[0]) or p.size == 1):   # n x n, or a sum of it
            return "recycling", (f"it combines a length-{s[0]} vector with a {s[0]} x 1 "
                                 "column: numpy broadcasts them to n x n")
    if p.shape == q.shape and p.ndim == 2:
        for name, v in ctx.get("reads", {}).items():
            v = np.asarray(v, dtype=np.float64)
            if v.size < 2 or v.size >= p.size:
                continue
            diff = p - q
            for bad in _layouts(v, p.shape)[-1:]:
                for good in _layouts(v, p.shape)[:-1]:
                    if _close(diff, bad - good) and not _close(bad, good):
                        return "recycling", (f"{name} laid out column-major (R's recycling, "
                                             "or a row-major reshape of repeated values) where "
                                             "the reference adds it to every row")
            rows = np.broadcast_to(v.reshape(1, -1), p.shape) if v.size == p.shape[1] else None
            if rows is not None:
                for form in (np.repeat(v.ravel(), p.shape[0]).reshape(p.shape),
                             np.resize(v.ravel(), p.size).reshape(p.shape)):
                    if _close(diff, form - rows) and not _close(form, rows):
                        return "recycling", (f"{name} laid out in the wrong order (a row-major "
                                             "fill where each row needs its copy)")
    found = _relaid(q, p, ctx)
    if found:
        return found
    return None


def _by_derivative(q, p, ctx):
    """The activation's slope taken of another input than the reference's."""
    ours = [(n, np.reshape(v, p.shape)) for n, v in ctx.get("reads", {}).items()
            if np.size(v) == p.size]
    theirs = [(n, np.reshape(v, q.shape)) for n, v in ctx.get("reference_reads", {}).items()
              if np.size(v) == q.size]
    for k in range(2):
        for n, v in ours:
            if _close(_slopes(np.asarray(v, dtype=np.float64))[k], p):
                for m, u in theirs:
                    if _close(_slopes(np.asarray(u, dtype=np.float64))[k], q):
                        return "wrong-derivative", (f"the activation's slope taken of {n} "
                                                    f"where the reference takes it of {m}")
    # The slope as a factor: p / q is slope(v) / slope(u).
    for k in range(2):
        for n, v in ours:
            for m, u in theirs:
                sv, su = (_slopes(np.asarray(x, dtype=np.float64))[k] for x in (v, u))
                if sv.shape == su.shape == p.shape and not _close(sv, su) \
                        and _close(p * su, q * sv):
                    return "wrong-derivative", (f"the activation's slope taken of {n} "
                                                f"where the reference takes it of {m}")
    # The slope of another activation (a(1 - a), the sigmoid's, where 1 - a^2, tanh's,
    # belongs) of the same input, one either side reads: the two agree, so either side's
    # value serves.
    values = [(n, np.asarray(v, dtype=np.float64)) for n, v in ours] + \
        [(m, np.asarray(u, dtype=np.float64).reshape(p.shape)) for m, u in theirs
         if p.shape == q.shape]
    if p.shape == q.shape and q.any() and not _close(p, q):
        for n, v in values:
            with np.errstate(over="ignore", invalid="ignore"):
                forms = [(what, f(v)) for what, f in _SLOPE_FORMS]
            forms = [(what, s) for what, s in forms if np.isfinite(s).all() and s.all()]
            for what, sv in forms:
                for theirs_what, su in forms:
                    if what != theirs_what and not _close(sv, su) and _close(p * su, q * sv):
                        return "wrong-derivative", (f"the activation's slope taken as {what} "
                                                    f"of {n} where the reference's is "
                                                    f"{theirs_what}")
    # A slope on one side only (a linear unit given the sigmoid's slope, or the reverse).
    for k in range(2):
        for n, v in ours:
            sv = _slopes(np.asarray(v, dtype=np.float64))[k]
            if sv.shape == p.shape == q.shape and not _close(sv, np.ones_like(sv)) \
                    and _close(p, q * sv):
                return "wrong-derivative", (f"the port's value is the reference's times the "
                                            f"activation's slope of {n}: a slope where the "
                                            "reference has none")
        for m, u in theirs:
            su = _slopes(np.asarray(u, dtype=np.float64))[k]
            if su.shape == p.shape == q.shape and not _close(su, np.ones_like(su)) \
                    and _close(q, p * su):
                return "wrong-derivative", (f"the reference's value is the port's times the "
                                            f"activation's slope of {m}: the port leaves the "
                                            "slope out")
    # The slope applied to an activation's output (the sigmoid twice).
    for n, v in ours:
        v = np.asarray(v, dtype=np.float64)
        if _close(_slopes(v)[1], p) and _close(_slopes(v)[0], q):
            return "wrong-derivative", (f"the sigmoid's slope computed from {n}, already an "
                                        "activation: the sigmoid applied twice")
    return None


def lost_loss(trace, wanted, loss="loss"):
    """For a port whose returned loss history differs while its parameters agree: return
    (Assignment, words) of the statement that computes the epoch's loss, `wanted` (the
    reference's, a number), and loses it: a value no later statement reads, either a bare
    expression (c(loss, l) or np.append(losses, l), whose result R and numpy drop) or a name
    other than the returned one; else None."""
    g, read = _read(trace)
    for a in trace:
        v = a.value
        if a.index in read or a.kind not in ("expr", "assign") or a.name == loss \
                or v is None or v.size == 0 or not np.issubdtype(v.dtype, np.number) \
                or not _agree(np.float64(v.flat[-1]), np.float64(wanted), 1e-10, 1e-12):
            continue
        text = a.text.splitlines()[0].strip()
        if a.kind == "expr":
            return a, (f"{text} (line {a.line}) computes the epoch's loss, {wanted:.6g}, and "
                       f"drops it: nothing is assigned its value, so the {loss} returned "
                       "never gets it")
        return a, (f"{text} (line {a.line}) writes the epoch's loss, {wanted:.6g}, to "
                   f"{a.name}, which nothing reads: the {loss} returned never gets it")
    return None
