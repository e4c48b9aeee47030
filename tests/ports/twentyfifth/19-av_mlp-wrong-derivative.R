# av_mlp: the 2017 article's R code with spaced `=` assignments and four-space indents, its
# names and its order of statements, inside train(). Each epoch the biases are laid over the
# samples with array(): the hidden one strung down the columns by rep(bh, each = nrow(X)) and
# shaped like X %*% wh, the output one repeated into the shape of the output layer's input.
# They stay 1 x h and 1 x 1, moved by t(colSums()) and sum() of the deltas. The epoch's loss,
# 0.5 * mean(E^2), is stored last.

# sigmoid function
sigmoid = function(x) {
    1 / (1 + exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid = function(x) {
    sigmoid(x) * (1 - sigmoid(x))
}

train = function(X, y, wh, bh, wout, bout, lr, epochs) {
    # variable initialization
    epoch = epochs
    loss = rep(0, epoch)
    for (i in seq_len(epoch)) {
        # forward propagation
        hidden_layer_input1 = X %*% wh
        hidden_layer_input = hidden_layer_input1 + array(rep(bh, each = nrow(X)), dim = dim(hidden_layer_input1))
        hidden_layer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = hidden_layer_activations %*% wout
        output_layer_input = output_layer_input1 + array(bout, dim = dim(output_layer_input1))
        output = sigmoid(output_layer_input)
        # Back Propagation
        E = y - output
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hidden_layer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output %*% t(wout)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout = wout + (t(hidden_layer_activations) %*% d_output) * lr
        bout = bout + sum(d_output) * lr
        wh = wh + (t(X) %*% d_hiddenlayer) * lr
        bh = bh + t(colSums(d_hiddenlayer)) * lr
        loss[i] = 0.5 * mean(E^2)
    }
    list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict = function(X, wh, bh, wout, bout) {
    hidden_layer_input1 = X %*% wh
    hidden_layer_activations = sigmoid(hidden_layer_input1 + array(rep(bh, each = nrow(X)), dim = dim(hidden_layer_input1)))
    output_layer_input1 = hidden_layer_activations %*% wout
    sigmoid(output_layer_input1 + array(bout, dim = dim(output_layer_input1)))
}
