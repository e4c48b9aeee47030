# av_mlp in R as a reference class: the parameters are the fields of an Mlp object whose
# methods forward() and learn() change them in place (fields assigned with <<-), the bias
# rows laid out as a column of ones times the bias row; vapply() runs the epochs.
Mlp <- setRefClass("Mlp",
  fields = list(wh = "matrix", bh = "matrix", wout = "matrix", bout = "matrix",
                hid = "matrix", out = "matrix"),
  methods = list(
    forward = function(X) {
      ones <- matrix(1, nrow(X), 1)
      hid <<- 1 / (1 + exp(-(X %*% wh + c(bh))))
      out <<- 1 / (1 + exp(-(hid %*% wout + ones %*% bout)))
      invisible(out)
    },
    learn = function(X, y, lr) {
      forward(X)
      err <- y - out
      d_out <- err * out * (1 - out)
      d_hid <- tcrossprod(d_out, wout) * hid * (1 - hid)
      wout <<- wout + lr * crossprod(hid, d_out)
      bout <<- bout + lr * colSums(d_out)
      wh <<- wh + lr * crossprod(X, d_hid)
      bh <<- bh + lr * colSums(d_hid)
      mean(err^2) / 2
    }
  )
)

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  Xm <- as.matrix(X)
  Ym <- as.matrix(y)
  net <- Mlp$new(wh = as.matrix(wh), bh = matrix(bh, nrow = 1),
                 wout = as.matrix(wout), bout = matrix(bout, nrow = 1))
  curve <- vapply(seq_len(epochs), function(ep) net$learn(Xm, Ym, lr), numeric(1))
  list(wh = net$wh, bh = net$bh, wout = net$wout, bout = net$bout, loss = curve)
}
