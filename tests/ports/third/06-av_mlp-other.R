# av_mlp in R with the four parameters in one named list p and their steps in another,
# applied with Map(); the epochs are a vapply() whose body returns the epoch's loss and
# writes p back with <<-. One sigmoid hidden layer with biases, full-batch gradient descent,
# rows of X are samples: a bias is laid out on every row with matrix(byrow = TRUE), and
# summed over the samples with a column of ones.
sigmoid <- function(z) 1 / (1 + exp(-z))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  ones <- matrix(1, n, 1)
  p <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  loss <- vapply(seq_len(epochs), function(i) {
    H <- sigmoid(X %*% p$wh + matrix(p$bh, n, length(p$bh), byrow = TRUE))
    O <- sigmoid(H %*% p$wout + matrix(p$bout, n, 1))
    E <- y - O
    d_o <- E * (O * (1 - O))
    d_h <- tcrossprod(d_o, p$wout) * (H * (1 - H))
    s <- list(wh = crossprod(X, d_h), bh = crossprod(ones, d_h),
              wout = crossprod(H, d_o), bout = crossprod(ones, d_o))
    p <<- Map(function(w, g) w + lr * g, p, s)
    sum(E^2) / 2 * n
  }, numeric(1))
  c(p, list(loss = loss))
}
