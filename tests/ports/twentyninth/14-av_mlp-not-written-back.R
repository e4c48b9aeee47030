# av_mlp: the 2017 article's R code with spaced `=` assignments and four-space indents, its
# comments, its names and its order of statements, inside train(). The loop runs over
# seq(from = 1, length.out = epoch). Each epoch the hidden bias row is repeated with
# rep_len() to n * h values and laid row by row into an n x h matrix (byrow = TRUE), the output
# bias repeated to n values with rep_len(). The hidden bias is moved by its column sums made
# back into a row with matrix(..., nrow = 1), the output bias by sum(). The epoch's loss,
# sum(E ^ 2) / (2 * length(y)), is stored last.

# sigmoid function
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
    for (i in seq(from = 1, length.out = epoch)) {
        # forward propagation
        hidden_layer_input1 = X %*% wh
        hidden_layer_input = hidden_layer_input1 + matrix(rep_len(bh, n * ncol(bh)), nrow = n, byrow = TRUE)
        hidden_layer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = hidden_layer_activations %*% wout
        output_layer_input = output_layer_input1 + rep_len(bout, n)
        output = sigmoid(output_layer_input)
        # Back Propagation
        E = y - output
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hidden_layer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output %*% t(wout)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout = wout + (t(hidden_layer_activations) %*% d_output) * lr
        bout == bout + sum(d_output) * lr
        wh = wh + (t(X) %*% d_hiddenlayer) * lr
        bh = bh + matrix(colSums(d_hiddenlayer), nrow = 1) * lr
        loss[i] = sum(E ^ 2) / (2 * length(y))
    }
    list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict = function(X, wh, bh, wout, bout) {
    n = nrow(X)
    hidden_layer_activations = sigmoid(X %*% wh + matrix(rep_len(bh, n * ncol(bh)), nrow = n, byrow = TRUE))
    sigmoid(hidden_layer_activations %*% wout + rep_len(bout, n))
}
