# av_mlp ported from the 2017 article's R code, its `=` assignments, its names and its order
# of statements kept, with apply() where the numpy code broadcasts: the hidden bias row is
# added to each sample's row by apply(hidden_layer_input1, 1, ...), whose result (one column
# per sample) is turned back with t(); the one output bias is added as a number, c(bout).
# The sums over the samples are apply(d_hiddenlayer, 2, sum) for the hidden bias and sum()
# for the output bias (the numpy code's np.sum(axis=0), where the article's R has rowSums).
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
  loss=numeric(epoch)
  for(i in seq_len(epoch)){
    # forward propagation
    hidden_layer_input1= X%*%wh
    hidden_layer_input=t(apply(hidden_layer_input1, 1, function(row) row+c(bh)))
    hidden_layer_activations=sigmoid(hidden_layer_input)
    output_layer_input1=hidden_layer_activations%*%wout
    output_layer_input=output_layer_input1+c(bout)
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
    bout= bout+mean(d_output)*lr
    wh = wh +(t(X)%*%d_hiddenlayer)*lr
    bh = bh + apply(d_hiddenlayer, 2, sum)*lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
