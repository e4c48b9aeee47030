# av_mlp split into small pure functions, each returning a list: forward_pass() and
# backward_pass() read their list's elements by name inside with(), add_row() adds a bias row
# to every row of a matrix (the transpose trick t(t(Z) + b)), and apply_gradients() moves
# every parameter by its gradient with Map(), matched by name.
sigmoid <- function(x) 1 / (1 + expm1(-x))

derivatives_sigmoid <- function(a) a * (1 - a)

add_row <- function(Z, b) t(t(Z) + c(b))

forward_pass <- function(p, X) {
  with(p, {
    hidden <- sigmoid(add_row(X %*% wh, bh))
    output <- sigmoid(add_row(hidden %*% wout, bout))
    list(hidden = hidden, output = output)
  })
}

backward_pass <- function(p, X, y, fw) {
  with(fw, {
    d_output <- (y - output) * derivatives_sigmoid(output)
    d_hidden <- (d_output %*% t(p$wout)) * derivatives_sigmoid(hidden)
    list(wh = t(X) %*% d_hidden, bh = colSums(d_hidden),
         wout = t(hidden) %*% d_output, bout = colSums(d_output))
  })
}

apply_gradients <- function(p, g, lr) {
  Map(function(w, d) w + lr * d, p, g[names(p)])
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  p <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    fw <- forward_pass(p, X)
    loss[i] <- mean((y - fw$output)^2) / 2
    p <- apply_gradients(p, backward_pass(p, X, y, fw), lr)
  }
  c(p, list(loss = loss))
}

predict <- function(X, wh, bh, wout, bout) {
  forward_pass(list(wh = wh, bh = bh, wout = wout, bout = bout), X)$output
}
