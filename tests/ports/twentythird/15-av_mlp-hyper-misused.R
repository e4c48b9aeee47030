# av_mlp: the 2017 article's R code with its `=` assignments, its comments, its Y and its
# loop for(i in 1:epoch), indented, inside train(). The article's 1:epoch would count down
# to 0 for no epochs, so train() returns the given parameters and no loss before the loop
# when epoch is 0. The biases stay the 1 x h and 1 x 1 rows they are given as and are added
# to every row as the vectors rep(b, each=nrow(X)), which R lays down the columns of the
# n x h product; they are moved by colSums() where the article has rowSums(). The loss, half
# the mean of the squared errors, is stored at the end of the epoch.

#sigmoid function
sigmoid=function(x){
  1/(1+exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid=function(x){
  x*(1-x)
}

train=function(X, y, wh, bh, wout, bout, lr, epochs){
  # output matrix
  Y=y
  # variable initialization
  epoch=epochs
  if(epoch==0) return(list(wh=wh, bh=bh, wout=wout, bout=bout, loss=numeric(0)))
  loss=numeric(epoch)
  # forward propagation
  for(i in 1:epoch){
    hidden_layer_input1= X%*%wh
    hidden_layer_input=hidden_layer_input1+rep(bh, each=nrow(X))
    hidden_layer_activations=sigmoid(hidden_layer_input)
    output_layer_input1=hidden_layer_activations%*%wout
    output_layer_input=output_layer_input1+rep(bout, each=nrow(X))
    output= sigmoid(output_layer_input)
    # Back Propagation
    E=Y-output
    slope_output_layer=derivatives_sigmoid(output)
    slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
    d_output=E*slope_output_layer
    Error_at_hidden_layer=d_output%*%t(wout)*lr
    d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
    wout= wout + (t(hidden_layer_activations)%*%d_output)*lr
    bout= bout+colSums(d_output)*lr
    wh = wh +(t(X)%*%d_hiddenlayer)*lr
    bh = bh + colSums(d_hiddenlayer)*lr
    loss[i]=mean(E^2)/2
  }
  list(wh=wh, bh=bh, wout=wout, bout=bout, loss=loss)
}

predict=function(X, wh, bh, wout, bout){
  hidden_layer_activations=sigmoid(X%*%wh+rep(bh, each=nrow(X)))
  sigmoid(hidden_layer_activations%*%wout+rep(bout, each=nrow(X)))
}
