# av_mlp as a closure: make_net() keeps the four parameters in its own frame, and the functions
# it returns share them: forward() leaves the activations there, learn() moves the parameters
# with <<- and returns the epoch's loss, params() hands them back.
sigmoid <- function(z) 1 / (1 + exp(-z))

make_net <- function(wh, bh, wout, bout) {
  a_hid <- NULL
  a_out <- NULL
  forward <- function(X) {
    n <- nrow(X)
    a_hid <<- sigmoid(X %*% wh + matrix(bh, n, length(bh), byrow = TRUE))
    a_out <<- sigmoid(a_hid %*% wout + bout[1, 1])
    a_out
  }
  learn <- function(X, y, lr) {
    E <- y - forward(X)
    d_out <- E * a_out * (1 - a_out)
    d_hid <- (d_out %*% t(wout)) * a_hid * (1 - a_hid)
    wout <<- wout + lr * t(a_hid) %*% d_out
    bout <<- bout + lr * sum(d_out)
    wh <<- wh - lr * t(X) %*% d_hid
    bh <<- bh + lr * colSums(d_hid)
    mean(E^2) / 2
  }
  params <- function() list(wh = wh, bh = bh, wout = wout, bout = bout)
  list(forward = forward, learn = learn, params = params)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  net <- make_net(wh, bh, wout, bout)
  loss <- vapply(seq_len(epochs), function(i) net$learn(X, y, lr), numeric(1))
  c(net$params(), list(loss = loss))
}

predict <- function(X, wh, bh, wout, bout) {
  make_net(wh, bh, wout, bout)$forward(X)
}
