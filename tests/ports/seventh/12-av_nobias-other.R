# av_nobias in R with the two weight matrices in one list of layers: the forward pass is a
# Reduce(accumulate = TRUE) over the list, the backward pass walks it from the last layer
# down, and every layer moves by one Map() over the layers and their gradients.
sig <- function(z) 1 / (1 + exp(-z))

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  layers <- list(weights_input_hidden, weights_hidden_output)
  costs <- numeric(epochs)
  for (k in seq_len(epochs)) {
    acts <- Reduce(function(W, a) sig(crossprod(W, a)), layers, X, accumulate = TRUE)
    pred <- acts[[3]]
    costs[k] <- mean((y - pred)^2) / 2
    delta <- (pred - y) * pred * (1 - pred)
    grads <- vector("list", 2)
    for (l in 2:1) {
      grads[[l]] <- tcrossprod(acts[[l]], delta)
      a <- acts[[l]]
      delta <- (layers[[l]] %*% delta) * a * (1 - a)
    }
    layers <- Map(function(W, G) W - lr * G, layers, grads)
  }
  list(weights_input_hidden = layers[[1]], weights_hidden_output = layers[[2]], loss = costs)
}
