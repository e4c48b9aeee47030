# check_parity() and expect_parity(): the `nnparity check --json` command, run from R as a child
# process (never embedded), its JSON read into a data frame, and a testthat expectation on it.
# A porter who lives in R checks a port, and keeps it checked in a testthat suite, without
# leaving R. The Python harness does the work; this file only runs it and reads what it says.

#' Check an R port against its reference with the nnparity harness
#'
#' Runs `nnparity check --json` (the Python harness, as a child process) and returns its
#' results as a data frame: one row per fixture and quantity. Python and R run every fixture
#' from the same weights; each final parameter, the output and the per-epoch loss are compared
#' element by element, and a divergence is traced to the first statement where the two sides
#' part.
#'
#' The command is, in this order: `command`, `getOption("nnparity.command")`, the environment
#' variable `NNPARITY_COMMAND`, `Sys.which("nnparity")`. It may be a character vector, the
#' program and its first arguments (`c("/usr/bin/python3", "-m", "nnparity")`). It runs in the
#' folder `project`, so that nnparity finds that project's `[tool.nnparity]` declaration in its
#' `pyproject.toml`; relative paths in `port` and `fixtures` are relative to `project`, as on
#' the command line run there.
#'
#' @param port `NULL` (the declared R side), or a `.R` (or `.py`) file defining `train()`: it
#'   replaces its language's side (`--port`).
#' @param fixtures `NULL` (every fixture of the project, or the bundled ones), or fixture files
#'   or folders.
#' @param network `NULL`, or only this network's fixtures (`--network`).
#' @param rtol,atol `NULL` (the network's declared tolerances, else 1e-10 and 1e-12), or the
#'   comparison rule's tolerances.
#' @param project the folder the command runs in.
#' @param command `NULL`, or the nnparity command (see Details).
#' @return A data frame of class `nnparity_parity`, one row per fixture and quantity, with
#'   columns `network`, `name` (the fixture's short name), `fixture` (its path), `epochs`,
#'   `verdict` (`"agree"`, `"equivalent"`, `"diverge"` or `"error"`), `passed`, `quantity`,
#'   `agree`, `n_differ`, `n_total`, `worst_abs`, `worst_rel`, `worst_index`, `worst_python`,
#'   `worst_r` (the worst element and its two values), `shape_python`, `shape_r`,
#'   `first_epoch`, `error`, and, per fixture, `lockstep_epoch` (the first epoch whose step
#'   disagrees from the same state) and the first diverging statement, where it was found:
#'   `python_path`, `python_line`, `python_text`, `r_path`, `r_line`, `r_text`, and
#'   `relation` (how the two statements' values relate, when nnparity says). A fixture
#'   without quantities (an error) has one row, with `quantity` `NA`. Attributes: `fixtures`
#'   (one row per fixture), `environment`, `errors`, `diagnosis`, `status` (the command's exit
#'   status: 0 all agree, 1 some do not), `port` and `json` (the parsed document). Printing it
#'   prints the verdict table and, for a divergence, where it starts.
#'   An R error, whose message is nnparity's own, when the command cannot be found or run, or
#'   rejects its input (exit status 2: a bad path, fixture or declaration, or no R).
#' @seealso [expect_parity()] for the testthat expectation.
#' @examples
#' if (nzchar(Sys.which("nnparity"))) {
#'   fixture <- system.file("fixtures", "av_mlp", "one-sample.json", package = "nnparity")
#'   res <- check_parity(fixtures = fixture, project = tempdir())
#'   print(res)
#'   res[, c("quantity", "agree", "worst_rel")]
#' }
#' @export
check_parity <- function(port = NULL, fixtures = NULL, network = NULL, rtol = NULL, atol = NULL,
                         project = ".", command = NULL) {
  if (!dir.exists(project)) stop("nnparity: project folder ", project, " does not exist", call. = FALSE)
  cmd <- nnparity_command(command)
  args <- c("check", "--json",
            if (!is.null(port)) c("--port", one_string(port, "port")),
            if (!is.null(network)) c("--network", one_string(network, "network")),
            if (!is.null(rtol)) c("--rtol", format_number(rtol, "rtol")),
            if (!is.null(atol)) c("--atol", format_number(atol, "atol")),
            if (!is.null(fixtures)) as.character(fixtures))
  run <- run_nnparity(cmd, args, project)
  doc <- tryCatch(jsonlite::parse_json(paste(run$stdout, collapse = "\n")),
                  error = function(e) NULL)
  if (run$status == 2 || is.null(doc) || !is.list(doc$results)) {
    stop(nnparity_message(run), call. = FALSE)
  }
  as_parity(doc, run$status, port)
}

#' Expect an R port to match its reference (testthat)
#'
#' A testthat (3rd edition) expectation: runs [check_parity()] and passes when every fixture
#' passed (its verdict is `"agree"` or `"equivalent"`). Otherwise it fails with a report like
#' nnparity's own: per diverging fixture, each differing quantity with its worst element
#' (Python's value vs R's), the first diverging epoch and statement, and the
#' `nnparity explain` command that says more.
#'
#' Parity needs nnparity: without it (no `nnparity` command found, or one that cannot run) the
#' expectation fails, saying what to install or set. It skips instead, saying that no parity
#' was checked, only when `options(nnparity.allow_missing = TRUE)` is set, as the pytest
#' plugin's `--nnparity-allow-no-r` does on the Python side.
#'
#' @param port `NULL` (the declared R side), or the port file, as for [check_parity()].
#' @param ... further arguments of [check_parity()]: `fixtures`, `network`, `rtol`, `atol`,
#'   `project`, `command`.
#' @return The [check_parity()] data frame, invisibly (when the expectation passes).
#' @examples
#' \dontrun{
#' test_that("my port matches the reference", {
#'   expect_parity("R/my_port.R", network = "av_mlp")
#' })
#' }
#' @export
expect_parity <- function(port = NULL, ...) {
  act <- testthat::quasi_label(rlang::enquo(port), arg = "port")
  res <- tryCatch(check_parity(port = act$val, ...), nnparity_missing = function(e) e,
                  error = function(e) structure(list(message = conditionMessage(e)),
                                                class = "nnparity_failed"))
  if (inherits(res, "nnparity_missing")) {
    if (isTRUE(getOption("nnparity.allow_missing"))) {
      testthat::skip(paste0("no parity checked (options(nnparity.allow_missing = TRUE)): ",
                            conditionMessage(res)))
    }
    testthat::fail(paste0(act$lab, ": no parity checked: ", conditionMessage(res),
                          "\n(options(nnparity.allow_missing = TRUE) skips instead)"))
    return(invisible(NULL))
  }
  if (inherits(res, "nnparity_failed")) {
    testthat::fail(paste0(act$lab, ": nnparity could not check it: ", res$message))
    return(invisible(NULL))
  }
  fx <- attr(res, "fixtures")
  bad <- fx[!fx$passed, , drop = FALSE]
  if (nrow(fx) == 0) {
    testthat::fail(paste0(act$lab, ": nnparity checked no fixture"))
    return(invisible(res))
  }
  testthat::expect(nrow(bad) == 0, parity_failure(act$lab, res, bad))
  invisible(res)
}

#' @export
print.nnparity_parity <- function(x, ...) {
  env <- attr(x, "environment")
  if (length(env)) {
    cat(sprintf("nnparity %s: Python %s, numpy %s, R %s\n", env$nnparity %||% "?",
                env$python %||% "?", env$numpy %||% "?", env$r %||% "?"))
  }
  fx <- attr(x, "fixtures")
  if (nrow(fx)) {
    table <- data.frame(network = fx$network, fixture = fx$name, epochs = fx$epochs,
                        `worst rel diff` = signif(fx$worst_rel, 3), verdict = fx$verdict,
                        check.names = FALSE)
    cat("\n")
    print(table, row.names = FALSE, right = FALSE)
  }
  for (i in which(!fx$passed)) cat("\n", fixture_report(x, fx[i, ]), "\n", sep = "")
  for (e in attr(x, "errors")) cat("error: ", format_json_value(e), "\n", sep = "")
  invisible(x)
}

# ---------------------------------------------------------------------------------------------

`%||%` <- function(a, b) if (is.null(a)) b else a

one_string <- function(x, what) {
  if (!is.character(x) || length(x) != 1 || is.na(x)) {
    stop("nnparity: ", what, " must be one string", call. = FALSE)
  }
  x
}

format_number <- function(x, what) {
  if (!is.numeric(x) || length(x) != 1 || !is.finite(x) || x < 0) {
    stop("nnparity: ", what, " must be one finite number >= 0", call. = FALSE)
  }
  format(x, digits = 17)
}

# The nnparity command as a character vector (program, leading arguments), or an error of class
# nnparity_missing that says what to install or set.
nnparity_command <- function(command = NULL) {
  how <- paste0("install it (pip install nnparity) so that `nnparity` is on the PATH, or set ",
                "options(nnparity.command = \"/path/to/nnparity\") or the environment variable ",
                "NNPARITY_COMMAND")
  from <- NULL
  if (!is.null(command)) {
    from <- "the argument command"
  } else if (!is.null(getOption("nnparity.command"))) {
    command <- getOption("nnparity.command")
    from <- "options(nnparity.command)"
  } else if (nzchar(Sys.getenv("NNPARITY_COMMAND"))) {
    command <- Sys.getenv("NNPARITY_COMMAND")
    from <- "NNPARITY_COMMAND"
  } else {
    found <- Sys.which("nnparity")
    if (!nzchar(found)) missing_nnparity(paste0("nnparity is not installed (no `nnparity` on the PATH): ", how))
    return(unname(found))
  }
  if (!is.character(command) || length(command) == 0 || anyNA(command) || !nzchar(command[1])) {
    stop("nnparity: ", from, " must be a path, or a character vector (program, arguments)", call. = FALSE)
  }
  program <- if (file.exists(command[1])) command[1] else unname(Sys.which(command[1]))
  if (!nzchar(program)) {
    missing_nnparity(sprintf("nnparity command %s (from %s) not found: %s", command[1], from, how))
  }
  c(program, command[-1])
}

missing_nnparity <- function(message) {
  stop(structure(class = c("nnparity_missing", "error", "condition"),
                 list(message = message, call = NULL)))
}

# Run the command in `project`; its stdout lines, stderr lines and exit status.
run_nnparity <- function(cmd, args, project) {
  err <- tempfile("nnparity-stderr")
  on.exit(unlink(err), add = TRUE)
  old <- setwd(project)
  on.exit(setwd(old), add = TRUE)
  # R CMD check's R_TESTS names a startup file relative to its tests folder: not the child's.
  env <- c("R_TESTS=", paste0("LD_LIBRARY_PATH=", shQuote(library_path_before_r())))
  out <- tryCatch(suppressWarnings(system2(cmd[1], shQuote(c(cmd[-1], args)), stdout = TRUE,
                                           stderr = err, env = env)),
                  error = function(e) structure(character(), status = 127L))
  status <- attr(out, "status") %||% 0L
  stderr <- if (file.exists(err)) readLines(err, warn = FALSE) else character()
  if (status %in% c(126L, 127L)) {
    missing_nnparity(sprintf(paste0("nnparity command %s could not be run (exit status %d%s): ",
                                    "reinstall it (pip install nnparity), or set ",
                                    "options(nnparity.command) or NNPARITY_COMMAND to one that runs"),
                             cmd[1], status,
                             if (length(stderr)) paste0(": ", paste(stderr, collapse = " ")) else ""))
  }
  list(stdout = out, stderr = stderr, status = as.integer(status))
}

# LD_LIBRARY_PATH as it was before R's start-up script (etc/ldpaths) put R's library folders
# first. Left in, they make the child's Python load the system's libpython (another patch
# release) under its own standard library, and multiprocessing breaks.
library_path_before_r <- function() {
  entries <- strsplit(Sys.getenv("LD_LIBRARY_PATH"), ":", fixed = TRUE)[[1]]
  ldpaths <- file.path(R.home("etc"), "ldpaths")
  named <- if (file.exists(ldpaths)) {
    unlist(regmatches(readLines(ldpaths, warn = FALSE),
                      gregexpr("/[^:}\"'$ ]+", readLines(ldpaths, warn = FALSE))))
  }
  r_own <- c(R.home("lib"), named, paste0(named, "/lib/server"))
  while (length(entries) && entries[1] %in% r_own) entries <- entries[-1]
  paste(entries, collapse = ":")
}

# nnparity's own message for a run that gave no results: its stderr (one line, "nnparity: ...").
nnparity_message <- function(run) {
  lines <- trimws(run$stderr)
  lines <- lines[nzchar(lines)]
  if (length(lines)) return(paste(lines, collapse = "\n"))
  sprintf("nnparity: `nnparity check --json` exited with status %d and printed no results%s",
          run$status, if (length(run$stdout)) paste0(": ", run$stdout[1]) else "")
}

# JSON numbers: nnparity writes non-finite ones as the strings "inf", "-inf", "nan".
as_number <- function(x) {
  if (is.null(x)) return(NA_real_)
  if (is.character(x)) {
    return(switch(tolower(x), inf = Inf, `-inf` = -Inf, nan = NaN, infinity = Inf,
                  `-infinity` = -Inf, suppressWarnings(as.numeric(x))))
  }
  as.numeric(x)
}
as_int <- function(x) if (is.null(x)) NA_integer_ else as.integer(x)
as_chr <- function(x) if (is.null(x)) NA_character_ else paste(unlist(x), collapse = ", ")
as_lgl <- function(x) if (is.null(x)) NA else as.logical(x)
as_shape <- function(x) if (is.null(x)) NA_character_ else paste(unlist(x), collapse = " x ")

format_json_value <- function(x) {
  if (is.list(x)) paste(vapply(x, format_json_value, ""), collapse = ": ") else as.character(x)
}

fixture_row <- function(r) {
  loc <- if (is.list(r$lockstep)) r$lockstep$localized else NULL
  side <- function(s, key) if (is.list(loc) && is.list(loc[[s]])) loc[[s]][[key]] else NULL
  data.frame(network = as_chr(r$network), name = as_chr(r$name), fixture = as_chr(r$fixture),
             epochs = as_int(r$epochs), verdict = as_chr(r$verdict), passed = as_lgl(r$passed),
             worst_rel = as_number(r$worst_rel), error = as_chr(r$error),
             lockstep_epoch = as_int(if (is.list(r$lockstep)) r$lockstep$first_bad_epoch),
             python_path = as_chr(side("python", "path")), python_line = as_int(side("python", "line")),
             python_text = as_chr(side("python", "text")), r_path = as_chr(side("r", "path")),
             r_line = as_int(side("r", "line")), r_text = as_chr(side("r", "text")),
             relation = as_chr(if (is.list(r$lockstep) && is.list(r$lockstep$finding)) r$lockstep$finding$words),
             stringsAsFactors = FALSE)
}

quantity_rows <- function(r) {
  qs <- r$quantities
  if (!length(qs)) qs <- list(list())
  rows <- lapply(qs, function(q) {
    data.frame(quantity = as_chr(q$quantity), agree = as_lgl(q$agree), n_differ = as_int(q$n_differ),
               n_total = as_int(q$n_total), worst_abs = as_number(q$worst_abs),
               worst_rel = as_number(q$worst_rel), worst_index = as_chr(q$worst_index),
               worst_python = as_number(q$worst_python), worst_r = as_number(q$worst_r),
               shape_python = as_shape(q$shape_python), shape_r = as_shape(q$shape_r),
               first_epoch = as_int(q$first_epoch), stringsAsFactors = FALSE)
  })
  do.call(rbind, rows)
}

as_parity <- function(doc, status, port) {
  results <- doc$results
  fixtures <- do.call(rbind, c(lapply(results, fixture_row),
                               list(fixture_row(list())[0, , drop = FALSE])))
  rows <- lapply(seq_along(results), function(i) {
    f <- fixtures[i, , drop = FALSE]
    q <- quantity_rows(results[[i]])
    fx <- f[rep(1, nrow(q)), setdiff(names(f), "worst_rel"), drop = FALSE]
    cbind(fx[, c("network", "name", "fixture", "epochs", "verdict", "passed")], q,
          fx[, c("error", "lockstep_epoch", "python_path", "python_line", "python_text",
                 "r_path", "r_line", "r_text", "relation")])
  })
  empty <- cbind(fixtures[0, c("network", "name", "fixture", "epochs", "verdict", "passed")],
                 quantity_rows(list())[0, , drop = FALSE],
                 fixtures[0, c("error", "lockstep_epoch", "python_path", "python_line",
                               "python_text", "r_path", "r_line", "r_text", "relation")])
  out <- do.call(rbind, c(rows, list(empty)))
  rownames(out) <- NULL
  rownames(fixtures) <- NULL
  fixtures$findings <- I(lapply(results, function(r) as.character(unlist(r$findings))))
  structure(out, class = c("nnparity_parity", "data.frame"), fixtures = fixtures,
            environment = doc$environment, errors = doc$errors, diagnosis = doc$diagnosis,
            status = status, port = port, json = doc)
}

# One diverging (or erroring) fixture, as the Python report says it.
fixture_report <- function(x, f) {
  lines <- sprintf("%s[%s]: %s", f$network, f$name, f$verdict)
  if (!is.na(f$error)) lines <- c(lines, paste0("  error: ", f$error))
  q <- x[x$fixture == f$fixture & x$name == f$name & !is.na(x$agree) & !x$agree, , drop = FALSE]
  for (i in seq_len(nrow(q))) {
    qi <- q[i, ]
    if (!is.na(qi$shape_python) && !is.na(qi$shape_r) && qi$shape_python != qi$shape_r) {
      line <- sprintf("  %s: shape differs: Python %s, R %s", qi$quantity, qi$shape_python, qi$shape_r)
    } else {
      line <- sprintf("  %s (%s): %d of %d elements differ", qi$quantity, qi$shape_python,
                      qi$n_differ, qi$n_total)
      if (!is.na(qi$worst_python) || !is.na(qi$worst_r)) {
        line <- paste0(line, sprintf("; worst [%s]: Python %s vs R %s (abs %s, rel %s)",
                                     qi$worst_index, format(qi$worst_python, digits = 17),
                                     format(qi$worst_r, digits = 17), signif(qi$worst_abs, 3),
                                     signif(qi$worst_rel, 3)))
      }
    }
    if (!is.na(qi$first_epoch)) line <- paste0(line, "; first diverging epoch ", qi$first_epoch)
    lines <- c(lines, line)
  }
  if (!is.na(f$lockstep_epoch)) {
    lines <- c(lines, sprintf("  first diverging epoch %d: its step already disagrees from the same state",
                              f$lockstep_epoch))
  }
  if (!is.na(f$r_text) || !is.na(f$python_text)) {
    lines <- c(lines, "  first diverging statement:",
               sprintf("    R      %s:%s: %s", f$r_path, f$r_line, f$r_text),
               sprintf("    Python %s:%s: %s", f$python_path, f$python_line, f$python_text))
    if (!is.na(f$relation)) lines <- c(lines, paste0("    relation: ", f$relation))
  }
  for (finding in f$findings[[1]]) lines <- c(lines, paste0("  finding: ", finding))
  paste(lines, collapse = "\n")
}

parity_failure <- function(label, res, bad) {
  fx <- attr(res, "fixtures")
  port <- attr(res, "port")
  head <- sprintf("%s does not match its reference: %d of %d fixtures did not pass", label,
                  nrow(bad), nrow(fx))
  parts <- vapply(seq_len(nrow(bad)), function(i) {
    f <- bad[i, ]
    explain <- paste0("nnparity explain ", shQuote(f$fixture),
                      if (!is.null(port)) paste0(" --port ", shQuote(port)) else "")
    paste0(fixture_report(res, f), "\n  next: ", explain)
  }, "")
  paste(c(head, parts), collapse = "\n")
}
