for (path in fixture_paths("av_mlp")) {
  f <- read_fixture(path)
  test_that(sprintf("av_mlp[%s] reproduces the Python reference's gold values", f$name), {
    out <- do.call(av_mlp_train, c(f$data, f$init, f$hyper))
    expect_identical(length(out$loss), f$hyper$epochs)
    expect_gold(f, out, do.call(av_mlp_predict, c(list(X = f$data$X), out[names(f$init)])))
  })
}

test_that("av_mlp_train() leaves the global RNG alone", {
  set.seed(1)
  before <- .Random.seed
  f <- read_fixture(fixture_paths("av_mlp")[1])
  do.call(av_mlp_train, c(f$data, f$init, list(lr = 0.1, epochs = 3L)))
  expect_identical(.Random.seed, before)
})

test_that("av_mlp_step() returns the article's intermediates", {
  f <- read_fixture(fixture_paths("av_mlp")[1])
  s <- do.call(av_mlp_step, c(f$data, f$init, list(lr = 0.1)))
  expect_named(s, c("hidden_layer_input", "hiddenlayer_activations", "output_layer_input",
                    "output", "E", "slope_output_layer", "slope_hidden_layer", "d_output",
                    "Error_at_hidden_layer", "d_hiddenlayer", "loss",
                    "wh", "bh", "wout", "bout"))
  expect_identical(dim(s$bh), dim(f$init$bh))
  expect_identical(dim(s$bout), c(1L, 1L))
})
