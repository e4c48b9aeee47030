# The MNIST-sized fixture's R side natively, for bench/bench_mnist.py: one Rscript, no
# harness, no Python. The fixture is read with the package's read_fixture() (its .npy files
# with readBin), then train() and predict() of the project's R file run. Prints one JSON
# line: `compute`, the seconds of train() + predict() only, and `peak`, the process's peak
# resident memory in bytes (VmHWM).
#
#   Rscript bench/mnist_native.R ROOT PROJECT FIXTURE.json

args <- commandArgs(trailingOnly = TRUE)
pkg <- new.env(parent = globalenv())
for (file in sort(list.files(file.path(args[1], "R"), pattern = "[.][Rr]$", full.names = TRUE))) {
  sys.source(file, envir = pkg, keep.source = FALSE)
}
user <- new.env(parent = globalenv())
sys.source(file.path(args[2], "mnist_mlp.R"), envir = user, keep.source = FALSE)
f <- pkg$read_fixture(args[3])
t <- Sys.time()
out <- do.call(user$train, c(f$data, f$init, f$hyper))
p <- user$predict(f$data$X, out$W1, out$b1, out$W2, out$b2)
compute <- as.numeric(Sys.time() - t, units = "secs")
status <- readLines("/proc/self/status")
peak <- as.numeric(sub("^VmHWM:\\s+(\\d+) kB$", "\\1", grep("^VmHWM:", status, value = TRUE))) * 1024
cat(sprintf('{"compute": %.6f, "peak": %.0f}\n', compute, peak))
