"""The articles' networks, one module each; R/ holds the same networks, file for file.

Each module declares, under the article's names:
  DATA, PARAMS    name -> symbolic shape: () a scalar, ("n",) a vector, ("n", "f") a matrix;
                  a letter binds a size on first sight, an int is fixed
  HYPER           name -> "rate" or "count"; EPOCHS names the count of epochs
  INPUT, OUTPUT   predict()'s input (one of DATA) and its output's shape
  INTERMEDIATES   what step() returns besides the parameters, in the article's order
and the functions train(**DATA, **PARAMS, **HYPER) -> PARAMS + "loss" (one per epoch),
step(...) for one epoch, and predict(INPUT, **PARAMS). R/NAME.R mirrors it as NAME_train(),
NAME_step() and NAME_predict().
"""

import importlib
import pkgutil

# Every module in this folder is a network, registered under its file name.
NETWORKS = {m.name: importlib.import_module(f"{__name__}.{m.name}")
            for m in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name)
            if not m.name.startswith("_")}
