for (path in fixture_paths("av_nobias")) {
  f <- read_fixture(path)
  test_that(sprintf("av_nobias[%s] reproduces the Python reference's gold values", f$name), {
    out <- do.call(av_nobias_train, c(f$data, f$init, f$hyper))
    expect_identical(length(out$loss), f$hyper$epochs)
    for (name in names(f$gold$params)) {
      expect_identical(dim(out[[name]]), dim(f$gold$params[[name]]))
    }
    expect_gold(f, out, do.call(av_nobias_predict, c(list(X = f$data$X), out[names(f$init)])))
  })
}

test_that("av_nobias_train() leaves the global RNG alone", {
  set.seed(1)
  before <- .Random.seed
  f <- read_fixture(fixture_paths("av_nobias")[1])
  do.call(av_nobias_train, c(f$data, f$init, list(lr = 0.1, epochs = 3L)))
  expect_identical(.Random.seed, before)
})

test_that("av_nobias_step() returns the article's intermediates and shapes", {
  f <- read_fixture(fixture_paths("av_nobias")[1])
  s <- do.call(av_nobias_step, c(f$data, f$init, list(lr = 0.1)))
  expect_named(s, c("hiddenLayer_linearTransform", "hiddenLayer_activations",
                    "outputLayer_linearTransform", "output", "error",
                    "error_wrt_output", "output_wrt_outputLayer_LinearTransform",
                    "outputLayer_LinearTransform_wrt_weights_hidden_output",
                    "error_wrt_weights_hidden_output",
                    "outputLayer_LinearTransform_wrt_hiddenLayer_activations",
                    "hiddenLayer_activations_wrt_hiddenLayer_linearTransform",
                    "hiddenLayer_linearTransform_wrt_weights_input_hidden",
                    "error_wrt_weights_input_hidden", "loss",
                    "weights_input_hidden", "weights_hidden_output"))
  expect_identical(dim(s$output), c(1L, ncol(f$data$X)))
  expect_identical(dim(s$weights_hidden_output), dim(f$init$weights_hidden_output))
  expect_length(s$loss, 1)
})
