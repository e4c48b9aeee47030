# av_mlp: the 2017 article's R code with its `=` assignments, its comments, its names and its
# order of statements, unindented, inside train(). The epochs are counted down: a while loop
# runs as long as epoch, the number of epochs left, is above 0, and takes one off at the end
# of each pass. The biases stay the 1 x h and 1 x 1 rows they are given as and are laid over
# the samples every epoch with array(rep(b, each=nrow(X)), dim=c(nrow(X), ncol(b))); they are
# moved by their sums over the samples (colSums for the hidden bias, sum for the output bias)
# where the article has rowSums(). Each epoch's loss is appended to the losses with c().

#sigmoid function
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
loss=numeric(0)
while(epoch>0){
# forward propagation
hidden_layer_input1=X%*%wh
hidden_layer_input=hidden_layer_input1+array(rep(bh, each=nrow(X)), dim=c(nrow(X), ncol(bh)))
hidden_layer_activations=sigmoid(hidden_layer_input)
output_layer_input1=hidden_layer_activations%*%wout
output_layer_input=output_layer_input1+array(rep(bout, each=nrow(X)), dim=c(nrow(X), ncol(bout)))
output=sigmoid(output_layer_input)
# Back Propagation
E=y-output
slope_output_layer=derivatives_sigmoid(output)
slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
d_output=E*slope_output_layer
Error_at_hidden_layer=d_output%*%t(wout)
d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
wout=wout+(t(hidden_layer_activations)%*%d_output)*lr
bout=bout+sum(d_output)*lr
wh=wh+(t(X)%*%d_hiddenlayer)*lr
bh=bh+colSums(d_hiddenlayer)*lr
loss=c(loss, sum(E^2)/(2*nrow(X)))
epoch=epoch-1
}
list(wh=wh, bh=bh, wout=wout, bout=bout, loss=loss)
}

predict=function(X, wh, bh, wout, bout){
hidden_layer_activations=sigmoid(X%*%wh+array(rep(bh, each=nrow(X)), dim=c(nrow(X), ncol(bh))))
sigmoid(hidden_layer_activations%*%wout+array(rep(bout, each=nrow(X)), dim=c(nrow(X), ncol(bout))))
}
