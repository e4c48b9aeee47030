# Return the paths of the bundled fixtures of `network` (shipped in inst/fixtures).
fixture_paths <- function(network) {
  dir <- system.file("fixtures", network, package = "nnparity")
  paths <- sort(list.files(dir, pattern = "[.]json$", full.names = TRUE))
  if (length(paths) == 0) stop("no ", network, " fixtures found under inst/fixtures")
  paths
}

# Expect `actual` to equal `expected` element by element under the harness's rule for finite
# values (python/nnparity/compare.py): same dims, and |a - b| <= atol + rtol * max(|a|, |b|).
# Not testthat's expect_equal(), whose tolerance is a mean over the differing elements.
expect_close <- function(actual, expected, rtol = 1e-10, atol = 1e-12, label = "value") {
  expect_identical(dim(actual), dim(expected), label = paste("dim of", label))
  expect_identical(storage.mode(actual), "double", label = paste("storage mode of", label))
  bad <- !is.finite(actual) | abs(actual - expected) > atol + rtol * pmax(abs(actual), abs(expected))
  if (!any(bad)) return(succeed())
  fail(sprintf("%s: %d of %d elements differ; worst |a - b| = %g", label, sum(bad),
               length(bad), max(abs(actual - expected))))
}

# Expect a one-language run (`out`: train()'s list, `output`: predict() on the fixture's input)
# to reproduce what the fixture's gold binds on any machine (python/nnparity/gold.py): every
# quantity under the rule; for a run that amplifies rounding, the loss of the epochs before
# gold$binding_until_epoch only (the final parameters then depend on the machine's last bits).
expect_gold <- function(f, out, output) {
  expect_identical(length(out$loss), length(f$gold$loss), label = "length of loss")
  until <- f$gold$binding_until_epoch
  if (until <= length(f$gold$loss)) {
    early <- seq_len(until - 1)
    expect_close(matrix(out$loss[early]), matrix(f$gold$loss[early]), label = "loss")
    return(invisible())
  }
  for (name in names(f$gold$params)) {
    expect_close(out[[name]], f$gold$params[[name]], label = name)
  }
  expect_close(matrix(out$loss), matrix(f$gold$loss), label = "loss")
  expect_close(output, f$gold$output, label = "output")
}
