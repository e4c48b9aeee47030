# Run every bundled fixture's R train() and predict() natively: one Rscript, no harness, no
# Python. The package's sources are loaded from the checkout (as nnparity loads them), each
# fixture is read with the package's read_fixture(). Prints one JSON line: `compute` (and
# `compute_cpu`, in CPU seconds), the seconds spent in train() + predict() only, and `wall`,
# the seconds since this script began (loading the sources and reading the fixtures included).
#
#   Rscript bench/native.R ROOT [FIXTURE.json ...]

t0 <- Sys.time()
args <- commandArgs(trailingOnly = TRUE)
root <- args[1]
pkg <- new.env(parent = globalenv())
for (file in sort(list.files(file.path(root, "R"), pattern = "[.][Rr]$", full.names = TRUE))) {
  sys.source(file, envir = pkg, keep.source = FALSE)
}
paths <- if (length(args) > 1) args[-1] else Sys.glob(file.path(root, "fixtures", "*", "*.json"))

cpu <- function() sum(proc.time()[c("user.self", "sys.self")])
compute <- compute_cpu <- 0
for (path in paths) {
  f <- pkg$read_fixture(path)
  train <- get(paste0(f$network, "_train"), envir = pkg)
  predict <- get(paste0(f$network, "_predict"), envir = pkg)
  c0 <- cpu(); t <- Sys.time()
  out <- do.call(train, c(f$data, f$init, f$hyper))
  do.call(predict, c(f$data[1], out[names(f$init)]))   # the input is each network's first datum
  compute <- compute + as.numeric(Sys.time() - t, units = "secs")
  compute_cpu <- compute_cpu + cpu() - c0
}
cat(sprintf('{"compute": %.6f, "compute_cpu": %.6f, "fixtures": %d, "wall": %.6f}\n', compute,
            compute_cpu, length(paths), as.numeric(Sys.time() - t0, units = "secs")))
