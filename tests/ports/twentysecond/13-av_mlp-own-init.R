# av_mlp: the 2017 article's R code with its `=` assignments, its comments, its names and its
# order of statements, indented, inside train(). Its variable initialization block is kept,
# the sizes read off the given weights, and so are its bias matrices: bias_in and bias_out
# taken from the given rows, repeated with rep(each = nrow(X)) (where the article's
# rep(bias_in, nrow(X)) would cross the units over the samples) and made once, before the
# loop, into the n x h and n x 1 matrices bh and bout with the article's
# matrix(..., byrow = FALSE). Each epoch they are moved with sweep(), which adds each unit's
# sum over the samples (colSums(), where the article has rowSums()) down that unit's column;
# their first rows are returned. The loop is the article's for(i in 1:epoch), guarded so
# that 0 epochs run none; the epoch's loss, sum(E^2)/(2*nrow(X)), is stored last.

#sigmoid function
sigmoid=function(x){
  1/(1+exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid=function(x){
  x*(1-x)
}

train=function(X, y, wh, bh, wout, bout, lr, epochs){
  Y=y
  # variable initialization
  epoch=epochs
  inputlayer_neurons=ncol(X)
  hiddenlayer_neurons=ncol(wh)
  output_neurons=ncol(wout)
  #weight and bias initialization
  bias_in=rep(1, hiddenlayer_neurons)
  bias_in_temp=rep(bias_in, each=nrow(X))
  bh=matrix(bias_in_temp, nrow = nrow(X), byrow = FALSE)
  bias_out=c(bout)
  bias_out_temp=rep(bias_out, each=nrow(X))
  bout=matrix(bias_out_temp, nrow = nrow(X), byrow = FALSE)
  loss=numeric(epoch)
  # forward propagation
  if(epoch>0) for(i in 1:epoch){
    hidden_layer_input1= X%*%wh
    hidden_layer_input=hidden_layer_input1+bh
    hidden_layer_activations=sigmoid(hidden_layer_input)
    output_layer_input1=hidden_layer_activations%*%wout
    output_layer_input=output_layer_input1+bout
    output= sigmoid(output_layer_input)
    # Back Propagation
    E=Y-output
    slope_output_layer=derivatives_sigmoid(output)
    slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
    d_output=E*slope_output_layer
    Error_at_hidden_layer=d_output%*%t(wout)
    d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
    wout= wout + (t(hidden_layer_activations)%*%d_output)*lr
    bout= sweep(bout, 2, colSums(d_output)*lr, "+")
    wh = wh +(t(X)%*%d_hiddenlayer)*lr
    bh = sweep(bh, 2, colSums(d_hiddenlayer)*lr, "+")
    loss[i]=sum(E^2)/(2*nrow(X))
  }
  list(wh=wh, bh=bh[1, , drop=FALSE], wout=wout, bout=bout[1, , drop=FALSE], loss=loss)
}

predict=function(X, wh, bh, wout, bout){
  hidden_layer_activations=sigmoid(X%*%wh+matrix(rep(c(bh), each=nrow(X)), nrow = nrow(X)))
  sigmoid(hidden_layer_activations%*%wout+matrix(rep(c(bout), each=nrow(X)), nrow = nrow(X)))
}
