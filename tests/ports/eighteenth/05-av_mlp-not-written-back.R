# av_mlp ported from the 2017 article's R code with its bias matrices: the variable
# initialization block is the article's (inputlayer_neurons, hiddenlayer_neurons,
# output_neurons, bias_in, bias_in_temp, bias_out, bias_out_temp), its sizes read off the
# given weights, and bh and bout are n x h and n x 1 matrices with the bias repeated down
# each column (rep(each = nrow(X))). The article's rowSums() is kept, taken of the transposed
# deltas, rowSums(t(d)), so that it sums over the samples; the sums are added to every row of
# the bias matrices through their transposes, t(t(bh) + s), and the first row is returned.
sigmoid = function(x){
  1/(1+exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid = function(x){
  x*(1-x)
}

train = function(X, y, wh, bh, wout, bout, lr, epochs){
  # variable initialization
  epoch = epochs
  inputlayer_neurons = ncol(X)
  hiddenlayer_neurons = ncol(wh)
  output_neurons = ncol(wout)
  #weight and bias initialization
  bias_in = bh
  bias_in_temp = rep(bias_in, each = nrow(X))
  bh = matrix(bias_in_temp, nrow = nrow(X), ncol = hiddenlayer_neurons)
  bias_out = bout
  bias_out_temp = rep(bias_out, each = nrow(X))
  bout = matrix(bias_out_temp, nrow = nrow(X), ncol = output_neurons)
  loss = numeric(epoch)
  # forward propagation
  for(i in seq_len(epoch)){
    hidden_layer_input1 = X%*%wh
    hidden_layer_input = hidden_layer_input1+bh
    hidden_layer_activations = sigmoid(hidden_layer_input)
    output_layer_input1 = hidden_layer_activations%*%wout
    output_layer_input = output_layer_input1+bout
    output = sigmoid(output_layer_input)
    # Back Propagation
    E = y-output
    slope_output_layer = derivatives_sigmoid(output)
    slope_hidden_layer = derivatives_sigmoid(hidden_layer_activations)
    d_output = E*slope_output_layer
    Error_at_hidden_layer = d_output%*%t(wout)
    d_hiddenlayer = Error_at_hidden_layer*slope_hidden_layer
    wout = wout + (t(hidden_layer_activations)%*%d_output)*lr
    bout = t(t(bout) + rowSums(t(d_output))*lr)
    wh = wh +(t(X)%*%d_hiddenlayer)*lr
    bh = t(t(bh) + rowSums(t(d_hiddenlayer))*lr)
    loss[i] = sum(E^2)/length(E)/2
  }
  list(wh = wh, bh = bias_in, wout = wout, bout = bout[1, , drop = FALSE],
       loss = loss)
}
