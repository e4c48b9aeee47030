# av_mlp one sample at a time, in a functional style: sample_grad() takes one sample (its
# features x as a plain vector, its target t as a number) and returns that sample's
# gradients and squared error in a named list; lapply() maps it over the samples and
# Reduce() adds the lists up element by element, so that the parameters move once per
# epoch by the sums over the samples, the article's full-batch step. move() takes one step
# (its rate defaults to the article's 0.1).
sigmoid <- function(z) 1 / (1 + exp(-z))

sample_grad <- function(x, t, wh, bh, wout, bout) {
  a <- sigmoid(drop(x %*% wh) + drop(bh))
  o <- sigmoid(sum(a * wout) + bout[1, 1])
  e <- t - o
  d_o <- e * o * (1 - o)
  d_a <- d_o * drop(wout) * a * (1 - a)
  list(wh = outer(x, d_a), bh = d_a, wout = a * d_o, bout = d_o, sq = e^2)
}

add_lists <- function(g1, g2) Map(`+`, g1, g2)

move <- function(w, g, rate = 0.1) w + rate * g

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    grads <- lapply(seq_len(n), function(i) sample_grad(X[i, ], y[i, 1], wh, bh, wout, bout))
    total <- Reduce(add_lists, grads)
    loss[epoch] <- mean(vapply(grads, function(g) g$sq, numeric(1))) / 2
    wh <- move(wh, total$wh, lr)
    bh <- move(bh, total$bh)
    wout <- move(wout, total$wout, lr)
    bout <- move(bout, total$bout, lr)
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  a <- sigmoid(X %*% wh + matrix(1, nrow(X), 1) %*% bh)
  sigmoid(a %*% wout + bout[1, 1])
}
