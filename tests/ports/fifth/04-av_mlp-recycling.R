# av_mlp in R as an S3 object: mlpnet() builds a list of class "mlpnet", step() is a generic
# and step.mlpnet() returns the object one full-batch epoch further, its loss in $last. The
# bias rows are laid out with matrix(rep_len(., n * h), ncol = h, byrow = TRUE). One sigmoid
# hidden layer with biases, rows of X are samples.
step <- function(obj, ...) UseMethod("step")

mlpnet <- function(wh, bh, wout, bout) {
  structure(list(Wa = wh, ca = as.vector(bh), Wb = wout, cb = as.vector(bout), last = NA),
            class = "mlpnet")
}

sgm <- function(s) 1 / (1 + exp(-s))

step.mlpnet <- function(obj, X, y, rate) {
  n <- nrow(X)
  Ca <- matrix(rep_len(obj$ca, n), ncol = length(obj$ca), byrow = TRUE)
  A <- sgm(X %*% obj$Wa + Ca)                                 # n x h
  O <- sgm(A %*% obj$Wb + obj$cb)                             # n x 1
  err <- y - O
  dO <- err * O * (1 - O)
  dA <- tcrossprod(dO, obj$Wb) * A * (1 - A)                  # n x h
  obj$Wb <- obj$Wb + rate * crossprod(A, dO)
  obj$cb <- obj$cb + rate * sum(dO)
  obj$Wa <- obj$Wa + rate * crossprod(X, dA)
  obj$ca <- obj$ca + rate * colSums(dA)
  obj$last <- mean(err^2) / 2
  obj
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  net <- mlpnet(wh, bh, wout, bout)
  loss <- rep_len(0, epochs)
  for (ep in seq_len(epochs)) {
    net <- step(net, X, y, lr)
    loss[ep] <- net$last
  }
  list(wh = net$Wa, bh = matrix(net$ca, nrow = 1), wout = net$Wb,
       bout = matrix(net$cb, 1, 1), loss = loss)
}
