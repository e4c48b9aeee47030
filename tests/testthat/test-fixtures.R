test_that("read_fixture() forces doubles and explicit dims", {
  path <- tempfile(fileext = ".json")
  writeLines('{"network": "av_mlp", "name": "tiny",
    "data": {"X": [[1, 0]], "y": [[1]]},
    "init": {"wh": [[0.5], [2]], "bh": [[0.5]], "wout": [[1]], "bout": [[0]]},
    "hyper": {"lr": 1.0, "epochs": 0},
    "gold": {"params": {}, "output": [[0.5]], "loss": []}}', path)
  f <- read_fixture(path)
  expect_identical(f$data$X, matrix(c(1, 0), nrow = 1))    # one row stays a row
  expect_identical(f$init$bh, matrix(0.5, 1, 1))          # [[0.5]] is a 1 x 1 double
  expect_identical(f$init$wout, matrix(1, 1, 1))          # [[1]] is double, not integer
  expect_identical(f$init$wh, matrix(c(0.5, 2), 2, 1))    # a column stays a column
  expect_identical(f$gold$loss, numeric(0))               # [] is an empty double
  expect_identical(f$hyper, list(lr = 1, epochs = 0L))

  writeLines('{"data": {"v": [1, 2]}, "init": {"w1": 0.5, "w2": 1}, "gold": {"loss": []}}', path)
  g <- read_fixture(path)
  expect_identical(g$data$v, c(1, 2))                     # a vector stays a vector
  expect_identical(g$init$w1, 0.5)                        # a scalar stays a number
  expect_identical(g$init$w2, 1)                          # ... a double, not an integer
})

test_that("read_fixture() fills matrices row by row", {
  f <- read_fixture(fixture_paths("av_mlp")[grepl("walkthrough-1", fixture_paths("av_mlp"))])
  expect_identical(f$init$wh[1, ], c(0.42, 0.88, 0.55))
  expect_identical(f$data$X[3, ], c(0, 1, 0, 1))
})

# Write `values` as a version 1.0 .npy file with the header's fields as given (row-major
# values for a matrix, as numpy writes C order).
write_npy <- function(file, values, shape, descr = "<f8", fortran = "False") {
  dims <- if (length(shape) == 1L) paste0(shape, ",") else paste(shape, collapse = ", ")
  header <- sprintf("{'descr': '%s', 'fortran_order': %s, 'shape': (%s), }", descr, fortran, dims)
  pad <- 64L - (10L + nchar(header) + 1L) %% 64L
  header <- paste0(header, strrep(" ", pad %% 64L), "\n")
  con <- file(file, "wb")
  on.exit(close(con))
  writeBin(as.raw(c(0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0)), con)
  writeBin(nchar(header), con, size = 2L, endian = "little")
  writeBin(charToRaw(header), con)
  writeBin(as.double(values), con, size = 8L, endian = "little")
}

test_that("read_fixture() reads arrays from .npy files beside the JSON, row by row", {
  dir <- tempfile()
  dir.create(dir)
  write_npy(file.path(dir, "f.data.X.npy"), c(1, 2, 3, 4, 5, 6), c(2, 3))
  write_npy(file.path(dir, "f.data.v.npy"), c(0.1, 0.2), 2)
  write_npy(file.path(dir, "f.init.b.npy"), 0.5, integer(0))
  write_npy(file.path(dir, "f.gold.loss.npy"), numeric(0), 0)
  ref <- function(name) sprintf('{"npy": "%s", "sha256": "%s"}', name, strrep("0", 64))
  path <- file.path(dir, "f.json")
  writeLines(sprintf('{"data": {"X": %s, "v": %s}, "init": {"b": %s},
    "gold": {"params": {}, "loss": %s}}', ref("f.data.X.npy"), ref("f.data.v.npy"),
    ref("f.init.b.npy"), ref("f.gold.loss.npy")), path)
  f <- read_fixture(path)
  expect_identical(f$data$X, matrix(c(1, 2, 3, 4, 5, 6), nrow = 2, byrow = TRUE))
  expect_identical(f$data$v, c(0.1, 0.2))
  expect_identical(f$init$b, 0.5)
  expect_identical(f$gold$loss, numeric(0))
  expect_identical(f$gold$binding_until_epoch, 1L)

  write_npy(file.path(dir, "f.data.X.npy"), 1:6, c(2, 3), descr = "<f4")
  expect_error(read_fixture(path), "f.data.X.npy: dtype '<f4', expected little-endian float64")
  write_npy(file.path(dir, "f.data.X.npy"), 1:6, c(2, 3), descr = ">f8")
  expect_error(read_fixture(path), "dtype '>f8'")
  write_npy(file.path(dir, "f.data.X.npy"), 1:6, c(2, 3), fortran = "True")
  expect_error(read_fixture(path), "Fortran order")
  write_npy(file.path(dir, "f.data.X.npy"), 1:5, c(2, 3))
  expect_error(read_fixture(path), "truncated: 5 of 6 numbers")
  writeLines("1,2,3", file.path(dir, "f.data.X.npy"))
  expect_error(read_fixture(path), "not a .npy file")
  unlink(file.path(dir, "f.data.X.npy"))
  expect_error(read_fixture(path), "f.data.X.npy: no such file")
})
