"""Trajectories and single steps, in both languages, each in one crossing into R.

A trajectory chains train(..., epochs = 1) from the fixture's initial state and keeps the
state after chosen epochs and the loss of every epoch. It works for ports too: their
contract is train(), nothing more. Memory is proportional to what is kept.
"""

from dataclasses import dataclass

import numpy as np

from . import runners


@dataclass
class Trajectory:
    """States after the epochs in `epochs` (0 = initial), and the loss of every epoch."""
    epochs: np.ndarray   # recorded epochs, ascending
    params: dict         # name -> array (len(epochs), *shape)
    loss: np.ndarray     # (total epochs,), NaN where train() returned no loss

    def state(self, i):
        """Return the parameters at the i-th recorded epoch."""
        return {k: v[i] for k, v in self.params.items()}


def recorded_epochs(epochs, every):
    """Return the epochs a trajectory keeps: the first 100, every `every`-th, and the last."""
    return np.unique(np.r_[np.arange(min(epochs, 100) + 1),
                           np.arange(0, epochs + 1, max(1, every)), epochs])


def _one_epoch(fixture, port):
    """Return a function of a state that gives train()'s arguments for one epoch from it.

    A port gets copies of the data and the state, so that one which updates its arguments
    in place can change neither the fixture nor a recorded state; the bundled networks never
    do (the tests check it, and a fixture's arrays are read-only)."""
    net = fixture.net
    base = {**fixture.data, **fixture.hyper, net.EPOCHS: 1}
    if port:
        return lambda state: {k: np.copy(v) if isinstance(v, np.ndarray) else v
                              for k, v in {**base, **state}.items()}
    return lambda state: {**base, **state}


class ShapeError(ValueError):
    """train() returned a parameter of another shape than it was given: its state cannot be
    fed to the next epoch."""


def _take(result, name, shape, size):
    """Return train()'s `name` with the given shape (of `size` elements): a length-1 value as
    a scalar, a row replicated per sample as that row; raise ShapeError for any other size."""
    value = result[name]
    if type(value) is np.ndarray and value.shape == shape and value.dtype == np.float64:
        return value                                  # the common case: nothing to do
    value = np.asarray(value, dtype=np.float64)
    if value.size == size:
        return value.reshape(shape)
    if (value.ndim == 2 and len(shape) == 2 and shape[0] == 1 and value.shape[1] == shape[1]
            and (value == value[:1]).all()):
        return value[:1]
    raise ShapeError(f"train() returned '{name}' of shape {value.shape} where {shape} was given")


def _first_loss(result):
    """Return the first value of train()'s loss, or NaN when it returned none."""
    loss = result.get("loss")
    if type(loss) is np.ndarray and loss.ndim == 1:
        return loss[0] if len(loss) else np.nan
    if loss is None or not len(loss):
        return np.nan
    return np.asarray(loss).ravel()[0]


def record_python(fixture, train=None, every=1, record=None):
    """Return the Python trajectory of `fixture` (bundled network, or a port's train), kept
    every `every` epochs, or at exactly the epochs in `record`."""
    net = fixture.net
    one_epoch = _one_epoch(fixture, port=train is not None)
    train = train or net.train
    record = recorded_epochs(fixture.epochs, every) if record is None else np.asarray(record)
    shapes = {k: (v.shape, v.size) for k, v in fixture.init.items()}
    state = dict(fixture.init)
    params = {k: np.full((len(record), *v.shape), np.nan) for k, v in state.items()}
    loss = np.full(fixture.epochs, np.nan)
    marks, slot = record.tolist(), 0
    for e in range(fixture.epochs + 1):
        if e > 0:
            result = train(**one_epoch(state))
            state = {k: _take(result, k, *shapes[k]) for k in net.PARAMS}
            loss[e - 1] = _first_loss(result)
        if slot < len(marks) and marks[slot] == e:
            for k in params:
                params[k][slot] = state[k]
            slot += 1
    return Trajectory(record, params, loss)


def _to_r_layout(stacked):
    """Return (m, *shape) as an m x size matrix, each row the parameter in column-major order."""
    m = stacked.shape[0]
    return np.stack([a.ravel(order="F") for a in stacked]) if m else stacked.reshape(0, -1)


def _from_r_layout(flat, shape):
    """Return an m x size matrix of column-major rows as an (m, *shape) array."""
    return np.stack([row.reshape(shape, order="F") for row in np.atleast_2d(flat)])


def _from_r_columns(columns, shape):
    """Return a size x m matrix, each column a state in column-major order, as an (m, *shape)
    array: a view of R's matrix as converted (Fortran order), not a copy of it."""
    m = columns.shape[1]
    return columns.T.reshape((m, *shape[::-1])).transpose((0, *range(len(shape), 0, -1)))


def _r_dims(session, shape):
    return session._ro.IntVector(list(shape))


class _RMemory:
    """An R numeric vector's memory, for numpy to view: the array's base is this object,
    which holds the R vector (rpy2 keeps R from collecting it while it is held)."""

    def __init__(self, vector):
        self.vector = vector
        self.__array_interface__ = np.asarray(vector.memoryview()).__array_interface__


def record_r(fixture, train=None, every=1, session=None, record=None):
    """Return the R trajectory of `fixture` (bundled network, or a port's train), kept as
    record_python() keeps it, in one crossing into R.

    The kept states are not copied out of R: the arrays returned are views of the matrices R
    filled (each keeps its R object alive), so that a long trajectory is held once, not twice."""
    r = session or runners.RSession.get()
    net = fixture.net
    train = train if train is not None else r.function(net, "train")
    record = recorded_epochs(fixture.epochs, every) if record is None else np.asarray(record)
    r.calls += 1
    with r._convert():
        args = r._r_args(fixture.args())
    # Called outside the numpy converter: what R returns stays in R until viewed below.
    out = r._glue["trajectory"](train, args, net.EPOCHS, r._ro.StrVector(list(net.PARAMS)),
                                r._ro.IntVector([int(e) for e in record]))
    if out.rx2("error")[0]:
        raise runners.RError(str(out.rx2("error")[0]))
    value = out.rx2("value")
    states = value.rx2("states")
    params = {k: _from_r_columns(np.asarray(_RMemory(states.rx2(k))), fixture.init[k].shape)
              for k in net.PARAMS}
    return Trajectory(record, params, np.array(value.rx2("loss"), dtype=np.float64).ravel())


def steps_r(fixture, states, train=None, session=None):
    """Return (next states, losses) of one epoch in R from each of the stacked `states`,
    in one crossing into R."""
    r = session or runners.RSession.get()
    net = fixture.net
    train = train if train is not None else r.function(net, "train")
    r.calls += 1
    with r._convert():
        out = r._glue["steps"](
            train, r._r_args(fixture.args()), net.EPOCHS,
            r._ro.ListVector({k: _to_r_layout(v) for k, v in states.items()}),
            r._ro.ListVector({k: _r_dims(r, fixture.init[k].shape) for k in states}))
    value, _ = r._unguard(out)
    nxt = {k: _from_r_layout(np.asarray(value["states"][k]), fixture.init[k].shape)
           for k in states}
    return nxt, np.asarray(value["loss"], dtype=np.float64).ravel()
