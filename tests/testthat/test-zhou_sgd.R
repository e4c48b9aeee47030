zhou_sgd_fixture <- function(name) {
  paths <- fixture_paths("zhou_sgd")
  read_fixture(paths[basename(paths) == paste0(name, ".json")])
}

for (path in fixture_paths("zhou_sgd")) {
  f <- read_fixture(path)
  test_that(sprintf("zhou_sgd[%s] reproduces the Python reference's gold values", f$name), {
    out <- do.call(zhou_sgd_train, c(f$data, f$init, f$hyper))
    expect_named(out, c(names(f$init), "loss"))
    for (name in names(f$gold$params)) {
      expect_length(out[[name]], 1)                       # a scalar stays a scalar
    }
    expect_identical(length(out$loss), f$hyper$epochs)
    output <- do.call(zhou_sgd_predict, c(list(data = f$data$data), out[names(f$init)]))
    expect_identical(length(output), nrow(f$data$data))   # y_preds: a vector of n
    expect_gold(f, out, output)
  })
}

test_that("zhou_sgd_train() leaves the global RNG alone", {
  set.seed(1)
  before <- .Random.seed
  f <- zhou_sgd_fixture("article-epochs-1")
  do.call(zhou_sgd_train, c(f$data, f$init, list(learn_rate = 0.1, epochs = 3L)))
  expect_identical(.Random.seed, before)
})

test_that("zhou_sgd_step() returns the last sample's intermediates under the article's names", {
  f <- zhou_sgd_fixture("article-epochs-1")
  s <- do.call(zhou_sgd_step, c(f$data, f$init, list(learn_rate = 0.1)))
  expect_named(s, c(zhou_sgd_intermediates, "loss", zhou_sgd_params))
  expect_true(all(lengths(s) == 1))
  expect_true(is.null(dim(s$h1)) && is.null(dim(s$w1)))  # plain numbers, not 1 x 1 matrices
  p <- f$init
  for (i in seq_len(nrow(f$data$data))) {
    u <- do.call(zhou_sgd_update, c(list(x = f$data$data[i, ], y_true = f$data$all_y_trues[i]),
                                    p, list(learn_rate = 0.1)))
    p <- u[zhou_sgd_params]
  }
  expect_identical(s[names(u)], u)
})

# The article's printed numbers (seeds/002), each quoted where the article prints it.
ones <- list(w1 = 1, w2 = 1, w3 = 1, w4 = 1, w5 = 1, w6 = 1, b1 = 0, b2 = 0, b3 = 0)
w_0_1 <- list(w1 = 0, w2 = 1, w3 = 0, w4 = 1, w5 = 0, w6 = 1, b1 = 0, b2 = 0, b3 = 0)

test_that("a single neuron gives the article's 0.9990889488055994", {
  # "print(n.feedforward(x)) # 0.9990889488055994": w = [0, 1], b = 4, x = [2, 3]; our h1.
  s <- do.call(zhou_sgd_step, c(list(data = matrix(c(2, 3), 1), all_y_trues = 1),
                                modifyList(w_0_1, list(b1 = 4)), list(learn_rate = 0.1)))
  expect_lte(abs(s$h1 - 0.9990889488055994), 4e-16 * 0.9990889488055994)
})

test_that("the network with all weights [0, 1] gives the article's 0.7216325609518421", {
  # "print(network.feedforward(x)) # 0.7216325609518421"
  y_preds <- do.call(zhou_sgd_predict, c(list(data = matrix(c(2, 3), 1)), w_0_1))
  expect_length(y_preds, 1)
  expect_lte(abs(y_preds - 0.7216325609518421), 4e-16 * 0.7216325609518421)
})

test_that("the article's MSE example is 0.5", {
  # "print(mse_loss(y_true, y_pred)) # 0.5"
  expect_identical(zhou_sgd_mse_loss(c(1, 0, 0, 1), c(0, 0, 0, 0)), 0.5)
})

test_that("Alice's backprop example prints as the article prints it", {
  s <- do.call(zhou_sgd_step, c(list(data = matrix(c(-2, -1), 1), all_y_trues = 1), ones,
                                list(learn_rate = 0.1)))
  near <- function(value, printed, decimals) abs(value - printed) <= 0.5 * 10^-decimals + 1e-12
  expect_true(near(s$h1, 0.0474, 4))                  # "h1 = ... = 0.0474"
  expect_true(near(s$o1, 0.524, 3))                   # "= 0.524"
  expect_true(near(s$d_ypred_d_h1, 0.249, 3))         # "= 0.249"
  expect_true(near(s$d_h1_d_w1, -0.0904, 4))          # "= -0.0904"
  # "= -0.952" and "= 0.0214" come from rounded factors; exactly they are -0.9526 and 0.02147.
  expect_equal(round(s$d_L_d_ypred, 3), -0.953)
  d_L_d_w1 <- s$d_L_d_ypred * s$d_ypred_d_h1 * s$d_h1_d_w1
  expect_lt(abs(d_L_d_w1 - 0.0214), 1e-4)
})

test_that("the seeded article run calls Emily female and Frank male, as the article does", {
  # "Emily: %.3f ... # 0.951 - F", "Frank: %.3f ... # 0.039 - M" (unseeded in the article).
  f <- zhou_sgd_fixture("article-1000")
  out <- do.call(zhou_sgd_train, c(f$data, f$init, f$hyper))
  p <- do.call(zhou_sgd_predict, c(list(data = rbind(c(-7, -3), c(20, 2))), out[zhou_sgd_params]))
  expect_gt(p[1], 0.5)
  expect_lt(p[2], 0.5)
})
