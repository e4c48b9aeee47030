# read_fixture() reads only the hyperparameters lr and epochs; this network's are
# learning_rate and epochs, so they are read here from the JSON directly.
udacity_linear_fixture <- function(path) {
  f <- read_fixture(path)
  hyper <- jsonlite::fromJSON(path, simplifyVector = FALSE)$hyper
  f$hyper <- list(learning_rate = as.double(hyper$learning_rate),
                  epochs = as.integer(hyper$epochs))
  f
}

for (path in fixture_paths("udacity_linear")) {
  f <- udacity_linear_fixture(path)
  test_that(sprintf("udacity_linear[%s] reproduces the Python reference's gold values", f$name), {
    out <- do.call(udacity_linear_train, c(f$data, f$init, f$hyper))
    expect_identical(length(out$loss), f$hyper$epochs)
    output <- do.call(udacity_linear_predict, c(list(features = f$data$features), out[names(f$init)]))
    expect_gold(f, out, output)
  })
}

hand_fixture <- function(name) {
  udacity_linear_fixture(grep(paste0("/", name, "[.]json$"), fixture_paths("udacity_linear"),
                              value = TRUE))
}

test_that("one pass of hand-2 matches the hand computation exactly", {
  # Worked out from the article's equations in tests/test_udacity_linear_article.py: hidden
  # inputs are 0, so hidden_outputs are 1/2 and every value is a short binary fraction.
  f <- hand_fixture("hand-2")
  s <- do.call(udacity_linear_step, c(f$data, f$init, list(learning_rate = 0.5)))
  expect_identical(s$hidden_outputs, matrix(0.5, 2, 2))
  expect_identical(s$final_outputs, matrix(0.25, 2, 1))
  expect_identical(s$delta_weights_i_h, matrix(c(0.25, 0.5, -0.125, -0.25), 2, 2))
  expect_identical(s$delta_weights_h_o, matrix(0.75, 2, 1))
  expect_identical(s$loss, 0.625)
  expect_identical(s$weights_input_to_hidden, matrix(c(2.0625, -0.875, -2.03125, 0.9375), 2, 2))
  expect_identical(s$weights_hidden_to_output, matrix(c(1.1875, -0.3125), 2, 1))
})

test_that("udacity_linear_train() leaves the global RNG alone", {
  set.seed(1)
  before <- .Random.seed
  f <- hand_fixture("hand-2")
  do.call(udacity_linear_train, c(f$data, f$init, list(learning_rate = 0.5, epochs = 3L)))
  expect_identical(.Random.seed, before)
})

test_that("udacity_linear_step() returns the article's intermediates", {
  f <- hand_fixture("hand-2")
  s <- do.call(udacity_linear_step, c(f$data, f$init, list(learning_rate = 0.5)))
  expect_named(s, c("hidden_outputs", "final_outputs", "delta_weights_i_h", "delta_weights_h_o",
                    "loss", "weights_input_to_hidden", "weights_hidden_to_output"))
})

test_that("one feature, one hidden unit and one record keep their dims", {
  out <- udacity_linear_train(features = matrix(1), targets = matrix(2),
                              weights_input_to_hidden = matrix(0),
                              weights_hidden_to_output = matrix(1),
                              learning_rate = 0.5, epochs = 2L)
  expect_identical(dim(out$weights_input_to_hidden), c(1L, 1L))
  expect_identical(dim(out$weights_hidden_to_output), c(1L, 1L))
  expect_length(out$loss, 2)
})
