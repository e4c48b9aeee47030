# Harness glue, kept out of the R package (the R side only computes): run train() and the
# network's predict() in one crossing, collecting warnings and catching errors; run single
# epochs and trajectories; call a function; load a network's sources, or a port.
# Evaluated once per embedded R by python/nnparity/runners.py; its value is the `glue`
# environment.
local({
  glue <- new.env()
  # Return list(error, value, warnings) of f(...): warnings collected, an error caught.
  glue$guard <- function(f, ...) {
    caught <- character(0)
    keep <- function(w) {
      caught <<- c(caught, conditionMessage(w))
      invokeRestart("muffleWarning")
    }
    out <- tryCatch(withCallingHandlers(list(error = "", value = f(...)), warning = keep),
                    error = function(e) list(error = conditionMessage(e)))
    c(out, list(warnings = caught))
  }
  glue$run <- function(train, predict, args, input, names) {
    glue$guard(function() {
      value <- do.call(train, args)
      named <- is.list(value) && length(value) > 0 && !is.null(names(value)) &&
        all(nzchar(names(value)))
      output <- NULL
      if (named && !is.null(predict) && all(names %in% names(value))) {
        output <- tryCatch(do.call(predict, c(args[input], value[names])),
                           error = function(e) NULL)
      }
      list(value = if (named) value else list(), kind = class(value)[1], output = output)
    })
  }
  # Run one epoch, train(epochs = 1), from each of m given states: states[[name]] is m x size
  # (each state's parameter flattened in R's column-major order), dims[[name]] its dims.
  # Return the m next states, flattened the same way, and each epoch's loss.
  glue$steps <- function(train, args, epochs_name, states, dims) {
    glue$guard(function() {
      m <- nrow(states[[1]])
      names <- names(states)
      sizes <- vapply(states, ncol, 1L)
      out <- lapply(states, function(s) matrix(NA_real_, m, ncol(s)))
      loss <- rep(NA_real_, m)
      args[[epochs_name]] <- 1L
      for (i in seq_len(m)) {
        for (name in names) args[[name]] <- glue$shaped(states[[name]][i, ], dims[[name]])
        res <- do.call(train, args)
        for (name in names) {
          v <- res[[name]]
          if (length(v) != sizes[[name]]) v <- glue$fit(v, dims[[name]])
          if (!is.null(v)) out[[name]][i, ] <- as.vector(v)
        }
        if (length(res$loss) >= 1) loss[i] <- res$loss[1]
      }
      list(states = out, loss = loss)
    })
  }
  # Run train(epochs = 1) epoch after epoch from the initial state, keeping the state after
  # each epoch listed in `record` (0 = the initial state) and every epoch's loss. Each kept
  # state is one column of a size x length(record) matrix per parameter (column-major).
  glue$trajectory <- function(train, args, epochs_name, names, record) {
    glue$guard(function() {
      epochs <- args[[epochs_name]]
      dims <- lapply(args[names], function(p) dim(as.matrix(p)))
      sizes <- vapply(args[names], length, 1L)
      out <- lapply(sizes, function(size) matrix(NA_real_, size, length(record)))
      slot <- integer(epochs + 1)           # slot[e + 1]: the column that keeps epoch e, or 0
      slot[record + 1] <- seq_along(record)
      loss <- rep(NA_real_, epochs)
      state <- args[names]
      if (slot[1] > 0) for (name in names) out[[name]][, slot[1]] <- as.vector(state[[name]])
      one <- args
      one[[epochs_name]] <- 1L
      for (e in seq_len(epochs)) {
        one[names] <- state
        res <- do.call(train, one)
        for (name in names) {
          v <- res[[name]]
          if (length(v) != sizes[[name]]) v <- glue$fit(v, dims[[name]])
          if (is.null(v)) {
            stop(sprintf("at epoch %d train() returned '%s' of another size than given", e, name))
          }
          state[[name]] <- v
        }
        if (length(res$loss) >= 1) loss[e] <- res$loss[1]
        if (slot[e + 1] > 0) {
          for (name in names) out[[name]][, slot[e + 1]] <- as.vector(state[[name]])
        }
      }
      list(states = out, loss = loss)
    })
  }
  # Return v if it has the size of dims, its first row if it is that row replicated (a
  # bias stored per sample with identical rows), else NULL.
  glue$fit <- function(v, dims) {
    if (length(v) == prod(dims)) return(v)
    if (is.matrix(v) && length(dims) == 2 && dims[1] == 1 && ncol(v) == dims[2] &&
        all(v == rep(v[1, ], each = nrow(v)))) return(v[1, , drop = FALSE])
    NULL
  }
  glue$shaped <- function(values, dims) {
    if (length(dims) == 0) return(values[[1]])   # a scalar stays a plain number
    if (length(dims) == 1) return(values)       # a vector stays a vector
    dim(values) <- dims                         # array(values, dims), without its checks
    values
  }
  # Return f called and answering under the declared names: `from` are the declared names,
  # `to` the ones f uses (a network's `names`), translated both ways.
  glue$renamed <- function(f, from, to) {
    force(f)
    function(...) {
      args <- list(...)
      hit <- match(names(args), from)
      names(args)[!is.na(hit)] <- to[hit[!is.na(hit)]]
      value <- do.call(f, args)
      if (is.list(value) && !is.null(names(value))) {
        back <- match(names(value), to)
        names(value)[!is.na(back)] <- from[back[!is.na(back)]]
      }
      value
    }
  }
  glue$call <- function(f, args) {
    tryCatch(list(error = "", value = do.call(f, args)),
             error = function(e) list(error = conditionMessage(e)))
  }
  # Source a network's R files, in order, into one environment of their own; return
  # list(error, value = the environment).
  glue$load_files <- function(files) {
    env <- new.env(parent = globalenv())
    tryCatch({
      for (file in files) sys.source(file, envir = env, keep.source = FALSE)
      list(error = "", value = env)
    }, error = function(e) list(error = conditionMessage(e)))
  }
  # Many runs in one crossing: train() called on each of argsets, warnings muffled. ok[i]
  # says run i returned a list (it did not fail); for it and each of `names` in turn, len
  # gives the length of the numeric value returned (-1 for none), dims its dim() joined by
  # commas ("" for a vector), and flat holds the values one after another, each flattened
  # column-major. The JIT is off: a closure run a few times costs less than compiling it.
  glue$runs <- function(train, argsets, names) {
    jit <- compiler::enableJIT(0)
    on.exit(compiler::enableJIT(jit))
    k <- length(names)
    len <- rep(-1L, length(argsets) * k)
    dims <- character(length(len))
    ok <- logical(length(argsets))
    flat <- vector("list", length(argsets))
    for (i in seq_along(argsets)) {
      res <- if (is.function(train)) {
        tryCatch(suppressWarnings(do.call(train, argsets[[i]])), error = function(e) NULL)
      }
      if (!is.list(res)) next
      ok[i] <- TRUE
      v <- lapply(names, function(n) if (is.numeric(res[[n]]) || is.logical(res[[n]])) res[[n]])
      at <- (i - 1L) * k + seq_len(k)
      given <- !vapply(v, is.null, TRUE)
      len[at[given]] <- lengths(v[given])
      dims[at] <- vapply(v, function(x) paste(dim(x), collapse = ","), "")
      flat[[i]] <- as.double(unlist(v[given]))
    }
    list(ok = ok, len = len, dims = dims, flat = as.double(unlist(flat)))
  }
  # The repair probe's runs: each edited copy of a port (texts, evaluated as sys.source()
  # would a file), its train() under the declared names, run on each of argsets (glue$runs,
  # the copies' runs one after another; a copy that fails to load fails every run).
  glue$repairs <- function(texts, argsets, names, from, to, limit = 10) {
    outs <- lapply(texts, function(text) {
      train <- tryCatch({
        port <- new.env(parent = globalenv())
        for (e in parse(text = text, keep.source = FALSE)) eval(e, port)
        if (length(from)) glue$renamed(port$train, from, to) else port$train
      }, error = function(e) NULL)
      if (is.function(train)) {
        # an edit may make a loop endless (its counter assigned elsewhere): a copy's run
        # stops after `limit` seconds, and fails
        edited <- train
        train <- function(...) {
          setTimeLimit(elapsed = limit, transient = TRUE)
          on.exit(setTimeLimit(elapsed = Inf))
          edited(...)
        }
      }
      glue$runs(train, argsets, names)
    })
    part <- function(k) unlist(lapply(outs, `[[`, k))
    list(ok = part("ok"), len = part("len"), dims = part("dims"), flat = as.double(part("flat")))
  }
  glue$load_port <- function(path) {
    port <- new.env(parent = globalenv())
    tryCatch({
      sys.source(path, envir = port, keep.source = FALSE)
      if (!is.function(port[["train"]])) stop("defines no function train()")
      list(error = "", value = port$train)
    }, error = function(e) list(error = conditionMessage(e)))
  }
  glue
})
