# av_mlp: the 2017 article's R code with its `=` assignments, its names and its order of
# statements, inside train(). The biases stay the 1 x h and 1 x 1 rows they are given as;
# each epoch they are laid over the samples with matrix(rep(b, each=n), nrow=n). The sums
# over the samples are taken with R's rowsum(), which adds up the rows of a matrix group by
# group: with every sample in one group, rowsum(d, group) is the 1 x h row of column sums
# that the numpy code's np.sum(axis=0, keepdims=True) gives, where the article has rowSums().
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
  n=nrow(X)
  group=rep(1, n)
  loss=numeric(epoch)
  for(i in seq_len(epoch)){
    # forward propagation
    hidden_layer_input1=X%*%wh
    hidden_layer_input=hidden_layer_input1+matrix(rep(bh, each=n), nrow=n)
    hidden_layer_activations=sigmoid(hidden_layer_input)
    output_layer_input1=hidden_layer_activations%*%wout
    output_layer_input=output_layer_input1+matrix(rep(bout, each=n), nrow=n)
    output=sigmoid(output_layer_input)
    # Back Propagation
    E=y-output
    slope_output_layer=derivatives_sigmoid(output)
    slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
    d_output=E*slope_output_layer
    Error_at_hidden_layer=d_output%*%t(wout)
    d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
    wout=wout+(t(hidden_layer_activations)%*%d_output)*lr
    bout=bout+rowsum(d_output, group)
    wh=wh+(t(X)%*%d_hiddenlayer)*lr
    bh=bh+rowsum(d_hiddenlayer, group)*lr
    loss[i]=mean(E^2)/2
  }
  list(wh=wh, bh=bh, wout=wout, bout=bout, loss=loss)
}
