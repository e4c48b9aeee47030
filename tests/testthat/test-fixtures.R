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
