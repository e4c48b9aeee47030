# av_mlp: the 2017 article's R code with spaced `=` assignments and four-space indents, its
# names and its order of statements. The epochs run in a while (i < epoch) loop whose counter
# is moved at the top of the body. The hidden bias is laid over the samples with
# matrix(bh, n, ncol(wh), byrow = TRUE) and the output bias added as its one number,
# bout[1, 1]; the biases are moved by apply(d, 2, sum) of their deltas (the sums over the
# samples). The epoch's loss, sum(E^2) / (2 * n), is stored last in the epoch.

#sigmoid function
sigmoid = function(x) {
    1 / (1 + exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid = function(x) {
    x * (1 - x)
}

train = function(X, y, wh, bh, wout, bout, lr, epochs) {
    # variable initialization
    epoch = epochs
    n = nrow(X)
    loss = double(epoch)
    i = 0
    while (i < epoch) {
        i = i + 1
        # forward propagation
        hidden_layer_input1 = X %*% wh
        hidden_layer_input = hidden_layer_input1 + matrix(bh, n, ncol(wh), byrow = TRUE)
        hidden_layer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = hidden_layer_activations %*% wout
        output_layer_input = output_layer_input1 + bout[1, 1]
        output = sigmoid(output_layer_input)
        # Back Propagation
        E = y - output
        slope_output_layer = derivatives_sigmoid(output_layer_input)
        slope_hidden_layer = derivatives_sigmoid(hidden_layer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output %*% t(wout)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout = wout + (t(hidden_layer_activations) %*% d_output) * lr
        bout = bout + apply(d_output, 2, sum) * lr
        wh = wh + (t(X) %*% d_hiddenlayer) * lr
        bh = bh + apply(d_hiddenlayer, 2, sum) * lr
        loss[i] = sum(E^2) / (2 * n)
    }
    list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict = function(X, wh, bh, wout, bout) {
    n = nrow(X)
    hidden_layer_activations = sigmoid(X %*% wh + matrix(bh, n, ncol(wh), byrow = TRUE))
    sigmoid(hidden_layer_activations %*% wout + bout[1, 1])
}
