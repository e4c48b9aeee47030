# av_mlp with crossprod() and tcrossprod() for every product that involves a transpose or a
# vector of ones: the biases laid over the samples as tcrossprod(ones, bias), the error sent
# back as tcrossprod(d_out, wout), each weight's gradient as crossprod(input, delta) and each
# bias's as crossprod(ones, delta), the sums over the samples; the loss is the error's
# crossprod() with itself over 2n. The error is taken as out - y, so the parameters move
# with - lr. The epochs are a vapply() over seq_len(epochs) of a function defined inside
# train(), which moves train()'s parameters with <<- and returns the epoch's loss.
sigmoid <- function(z) 1 / (1 + exp(-z))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  ones <- rep(1, nrow(X))
  epoch <- function(k) {
    hid <- sigmoid(X %*% wh + tcrossprod(ones, bh[1, ]))
    out <- sigmoid(hid %*% wout + tcrossprod(ones, bout[1, ]))
    err <- out - y
    d_out <- err * out * (1 - out)
    d_hid <- tcrossprod(d_out, wout) * hid * (1 - hid)
    wout <<- wout - lr * crossprod(hid, d_out)
    bout <<- bout - lr * crossprod(ones, d_out)
    wh <<- wh - lr * crossprod(X, d_hid)
    bh <<- bh - lr * crossprod(ones, d_hid)
    drop(crossprod(err)) / (2 * ncol(err))
  }
  loss <- vapply(seq_len(epochs), epoch, numeric(1))
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  ones <- rep(1, nrow(X))
  hid <- sigmoid(X %*% wh + tcrossprod(ones, bh[1, ]))
  sigmoid(hid %*% wout + tcrossprod(ones, bout[1, ]))
}
