# av_mlp: the 2017 article's R code with its `=` assignments, its names, its order of
# statements and its bias matrices, inside train(): as in the article, bh and bout are made
# once before the loop as n x h and n x 1 matrices, every row the given bias (here a column
# of ones times the bias row, ones %*% bh), and added to the products as they are. Where the
# article moves them by rowSums(), this port multiplies the delta by J, the n x n matrix of
# ones: every row of J %*% d is the column sums of d (the sum over the samples), so one line
# adds each unit's summed step to every row of its bias matrix. The first row is returned.

sigmoid=function(x){
  1/(1+exp(-x))
}

derivatives_sigmoid=function(x){
  x*(1-x)
}

train=function(X, y, wh, bh, wout, bout, lr, epochs){
  # variable initialization
  epoch=epochs
  n=nrow(X)
  ones=matrix(1, n, 1)
  J=matrix(1, n, n)
  bh=ones%*%bh
  bout=ones%*%bout
  loss=numeric(epoch)
  for(i in seq_len(epoch)){
    # forward propagation
    hidden_layer_input1=X%*%wh
    hidden_layer_input=hidden_layer_input1+bh
    hidden_layer_activations=sigmoid(hidden_layer_input)
    output_layer_input1=hidden_layer_activations%*%wout
    output_layer_input=output_layer_input1+bout
    output=sigmoid(output_layer_input)
    # Back Propagation
    E=y-output
    slope_output_layer=derivatives_sigmoid(output)
    slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
    d_output=E*slope_output_layer*lr
    Error_at_hidden_layer=d_output%*%t(wout)
    d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
    wout=wout+(t(hidden_layer_activations)%*%d_output)*lr
    bout=bout+(J%*%d_output)*lr
    wh=wh+(t(X)%*%d_hiddenlayer)*lr
    bh=bh+(J%*%d_hiddenlayer)*lr
    loss[i]=mean(E^2)/2
  }
  list(wh=wh, bh=bh[1, , drop=FALSE], wout=wout, bout=bout[1, , drop=FALSE], loss=loss)
}

predict=function(X, wh, bh, wout, bout){
  ones=matrix(1, nrow(X), 1)
  hidden_layer_activations=sigmoid(X%*%wh+ones%*%bh)
  sigmoid(hidden_layer_activations%*%wout+ones%*%bout)
}
