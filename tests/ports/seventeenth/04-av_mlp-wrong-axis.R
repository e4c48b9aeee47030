# av_mlp ported from the 2017 article's R code as it is printed, its `=` assignments, its
# names and its order of statements kept. As in the article the biases are matrices with one
# row per sample, made once before the loop by rep() and matrix() (with byrow = TRUE, so
# that every row holds the same biases); each epoch adds the column sums of the deltas to
# every row, and the first row is returned.
sigmoid=function(x){
  1/(1+exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid=function(x){
  x*(1-x)
}

train=function(X, y, wh, bh, wout, bout, lr, epochs){
  # variable initialization
  epoch=epochs
  bias_in_temp=rep(bh, nrow(X))
  bh=matrix(bias_in_temp, nrow = nrow(X), byrow = TRUE)
  bias_out_temp=rep(bout, nrow(X))
  bout=matrix(bias_out_temp, nrow = nrow(X), byrow = TRUE)
  loss=numeric(epoch)
  # forward propagation
  for(i in seq_len(epoch)){
    hidden_layer_input1= X%*%wh
    hidden_layer_input=hidden_layer_input1+bh
    hidden_layer_activations=sigmoid(hidden_layer_input)
    output_layer_input1=hidden_layer_activations%*%wout
    output_layer_input=output_layer_input1+bout
    output= sigmoid(output_layer_input)
    # Back Propagation
    E=y-output
    loss[i]=mean(E^2)/2
    slope_output_layer=derivatives_sigmoid(output)
    slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
    d_output=E*slope_output_layer
    Error_at_hidden_layer=d_output%*%t(wout)
    d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
    wout= wout + (t(hidden_layer_activations)%*%d_output)*lr
    bout= bout+matrix(rep(colSums(d_output), nrow(X)), nrow = nrow(X), byrow = TRUE)*lr
    wh = wh +(t(X)%*%d_hiddenlayer)*lr
    bh = bh + matrix(rep(colSums(d_hiddenlayer), nrow(X)), nrow = nrow(X), byrow = TRUE)*lr
  }
  list(wh = wh, bh = bh[, 1, drop = FALSE], wout = wout, bout = bout[1, , drop = FALSE],
       loss = loss)
}
