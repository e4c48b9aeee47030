# check_parity() and expect_parity() against the real nnparity command (a child process).
#
# Without nnparity these tests do not pass: check_parity() errors saying what to install. They
# skip, naming what is missing, only under R CMD check (whose clean library and PATH may lack
# the Python side) or with options(nnparity.allow_missing = TRUE). The ports and the example
# project live in the checkout, not in the built package: those parts skip without it
# (NNPARITY_CHECKOUT names it, else the two folders above tests/testthat).

need_nnparity <- function() {
  found <- tryCatch(nnparity:::nnparity_command(), nnparity_missing = function(e) e)
  if (!inherits(found, "nnparity_missing")) return(invisible(TRUE))
  if (nzchar(Sys.getenv("_R_CHECK_PACKAGE_NAME_")) || isTRUE(getOption("nnparity.allow_missing"))) {
    skip(paste("no parity checked:", conditionMessage(found)))
  }
  invisible(FALSE)  # go on: check_parity() errors with that message, and the test fails
}

checkout <- function() {
  root <- Sys.getenv("NNPARITY_CHECKOUT")
  if (!nzchar(root)) root <- normalizePath(test_path("..", ".."), mustWork = FALSE)
  root
}

need_checkout <- function(...) {
  path <- file.path(checkout(), ...)
  skip_if_not(file.exists(path), paste("needs the checkout:", file.path(...), "is not in the package"))
  normalizePath(path)
}

bundled <- function(network, name) {
  system.file("fixtures", network, paste0(name, ".json"), package = "nnparity", mustWork = TRUE)
}

test_that("check_parity() returns one row per quantity of a bundled fixture", {
  need_nnparity()
  fixture <- bundled("av_mlp", "one-sample")
  res <- check_parity(fixtures = fixture, project = tempdir())
  expect_s3_class(res, "nnparity_parity")
  expect_s3_class(res, "data.frame")
  gold <- read_fixture(fixture)
  expect_setequal(res$quantity, c(names(gold$init), "output", "loss"))
  expect_true(all(res$network == "av_mlp" & res$name == "one-sample"))
  expect_true(all(res$verdict == "agree" & res$passed & res$agree))
  expect_identical(unique(res$epochs), as.integer(gold$hyper$epochs))
  expect_true(all(res$n_differ == 0 & res$worst_rel <= 1e-10))
  expect_identical(nrow(attr(res, "fixtures")), 1L)
  expect_identical(attr(res, "status"), 0L)
  expect_output(print(res), "av_mlp +one-sample +300 .*agree")
})

test_that("check_parity() of a pitfall port localizes the first diverging statement", {
  need_nnparity()
  port <- need_checkout("pitfalls", "rowsums-bias", "port.R")
  res <- check_parity(port, bundled("av_mlp", "walkthrough-1"), project = tempdir())
  expect_true(all(res$verdict == "diverge" & !res$passed))
  expect_identical(attr(res, "status"), 1L)
  bh <- res[res$quantity == "bh", ]
  expect_false(bh$agree)
  expect_identical(c(bh$shape_python, bh$shape_r), c("1 x 3", "3 x 3"))
  # the statement nnparity names is the port's own bout update, with its real line
  expect_true(endsWith(port, res$r_path[1]))
  expect_identical(trimws(readLines(port)[res$r_line[1]]), res$r_text[1])
  expect_match(res$r_text[1], "rowSums", fixed = TRUE)
  expect_match(res$python_text[1], "np.sum", fixed = TRUE)
  out <- capture.output(print(res))
  expect_true(any(grepl("av_mlp\\[walkthrough-1\\]: diverge", out)))
  expect_true(any(grepl(paste0("R +[^ ]*port[.]R:", res$r_line[1], ": bout"), out)))
})

test_that("check_parity() checks a network a user project declares", {
  need_nnparity()
  example <- need_checkout("examples", "deep_softmax")
  project <- file.path(tempfile("nnparity-project"))
  dir.create(project)
  file.copy(example, project, recursive = TRUE)
  project <- file.path(project, "deep_softmax")
  res <- check_parity(fixtures = file.path("parity", "deep_softmax", "epochs-1.json"),
                      project = project)
  expect_true(all(res$network == "deep_softmax" & res$passed))
  expect_setequal(res$quantity, c("W1", "b1", "W2", "b2", "W3", "b3", "output", "loss"))
  bad <- check_parity("ports/bad_rowmax_recycled.R", file.path("parity", "deep_softmax", "epochs-1.json"),
                      project = project)
  expect_true(all(bad$verdict == "diverge"))
  expect_match(bad$r_text[1], "apply(Z, 1, max)", fixed = TRUE)
})

test_that("check_parity() stops with nnparity's own message on bad input", {
  need_nnparity()
  expect_error(check_parity(file.path(tempdir(), "no-such-port.R"), project = tempdir()),
               "^nnparity: .*no-such-port[.]R: no such port file$")
})

test_that("expect_parity() passes on a correct port", {
  need_nnparity()
  port <- need_checkout("tests", "ports", "correct", "av_mlp_sweep.R")
  expect_success(expect_parity(port, fixtures = bundled("av_mlp", "one-sample"),
                               project = tempdir()))
})

test_that("expect_parity() fails on a pitfall port with the report", {
  need_nnparity()
  port <- need_checkout("pitfalls", "rowsums-bias", "port.R")
  fixture <- bundled("av_mlp", "walkthrough-1")
  failure <- tryCatch(expect_parity(port, fixtures = fixture, project = tempdir()),
                      expectation_failure = function(e) conditionMessage(e))
  expect_type(failure, "character")
  expect_match(failure, "^`port` does not match its reference: 1 of 1 fixtures did not pass")
  expect_match(failure, "av_mlp[walkthrough-1]: diverge", fixed = TRUE)
  expect_match(failure, "bh: shape differs: Python 1 x 3, R 3 x 3", fixed = TRUE)
  expect_match(failure, "first diverging epoch 1", fixed = TRUE)
  expect_match(failure, "R      [^\n]*port.R:25: bout = bout \\+ rowSums\\(d_output\\) \\* lr")
  expect_match(failure, paste0("next: nnparity explain ", shQuote(fixture), " --port ", shQuote(port)),
               fixed = TRUE)
  expect_failure(expect_parity(port, fixtures = fixture, project = tempdir()), "rowSums")
})

# Without nnparity: these need no Python and run everywhere.

test_that("a missing nnparity is an error saying what to install or set", {
  expect_error(check_parity(command = file.path(tempdir(), "no-such-nnparity")),
               "not found: install it (pip install nnparity)", fixed = TRUE, class = "nnparity_missing")
  expect_error(check_parity(command = file.path(tempdir(), "no-such-nnparity")),
               "options(nnparity.command = \"/path/to/nnparity\") or the environment variable NNPARITY_COMMAND",
               fixed = TRUE)
  old <- options(nnparity.command = file.path(tempdir(), "no-such-nnparity"))
  on.exit(options(old))
  expect_error(check_parity(), "from options(nnparity.command)) not found", fixed = TRUE,
               class = "nnparity_missing")
})

test_that("a command that cannot run is reported as missing", {
  fake <- tempfile("nnparity-fake")
  writeLines("#!/no/such/python3", fake)
  Sys.chmod(fake, "755")
  expect_error(check_parity(command = fake), "could not be run .*pip install nnparity",
               class = "nnparity_missing")
  unlink(fake)
})

test_that("expect_parity() fails without nnparity, and skips only when allowed", {
  missing <- file.path(tempdir(), "no-such-nnparity")
  old <- options(nnparity.allow_missing = NULL)
  on.exit(options(old))
  expect_failure(expect_parity("port.R", command = missing), "no parity checked: .*pip install nnparity")
  options(nnparity.allow_missing = TRUE)
  skipped <- tryCatch(expect_parity("port.R", command = missing), skip = function(e) conditionMessage(e))
  expect_match(skipped, "no parity checked .*pip install nnparity")
})
