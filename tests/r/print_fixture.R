# Print every array that read_fixture() (R/fixtures.R, base R and jsonlite only) reads from
# a fixture, one line each: "SECTION NAME DIMS: v1 v2 ...", values with sprintf("%.17g") in
# R's storage order (column-major), for tests/test_binary_fixtures.py to compare with numpy.
# Usage: Rscript tests/r/print_fixture.R ROOT FIXTURE
args <- commandArgs(trailingOnly = TRUE)
source(file.path(args[1], "R", "fixtures.R"))
f <- read_fixture(args[2])
show <- function(section, name, x) {
  dims <- if (is.null(dim(x))) if (length(x) == 1L && section != "gold.loss") "scalar" else
    paste0("v", length(x)) else paste(dim(x), collapse = "x")
  cat(section, " ", name, " ", dims, " ", storage.mode(x), ":",
      paste0(" ", sprintf("%.17g", as.vector(x)), collapse = ""), "\n", sep = "")
}
for (section in c("data", "init")) {
  for (name in names(f[[section]])) show(section, name, f[[section]][[name]])
}
for (name in names(f$gold$params)) show("gold.params", name, f$gold$params[[name]])
show("gold", "output", f$gold$output)
show("gold.loss", "loss", f$gold$loss)
