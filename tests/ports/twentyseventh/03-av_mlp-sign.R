# av_mlp: the 2017 article's R code with its `=` assignments, its comments, its names and its
# order of statements, unindented, inside train(). The article's for(i in 1:epoch) is kept
# and guarded with if(epoch>0), since 1:0 would count down and run twice. The biases stay
# the 1 x h and 1 x 1 rows they are given as; the hidden one is laid down the columns of the
# n x h product with rep(bh, rep(n, ncol(bh))) (each bias repeated n times, a times vector
# in place of each=), the output one with rep(bout, n). Both are moved by colSums() of
# their deltas, where the article has rowSums(). The epoch's loss, half the mean of the
# squared errors, is stored last in the epoch.

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
n=nrow(X)
loss=rep(0, epoch)
if(epoch>0) for(i in 1:epoch){
# forward propagation
hidden_layer_input1=X%*%wh
hidden_layer_input=hidden_layer_input1-rep(bh, rep(n, ncol(bh)))
hidden_layer_activations=sigmoid(hidden_layer_input)
output_layer_input1=hidden_layer_activations%*%wout
output_layer_input=output_layer_input1+rep(bout, n)
output= sigmoid(output_layer_input)
# Back Propagation
E=y-output
slope_output_layer=derivatives_sigmoid(output)
slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
d_output=E*slope_output_layer
Error_at_hidden_layer=d_output%*%t(wout)
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
n=nrow(X)
hidden_layer_activations=sigmoid(X%*%wh+rep(bh, rep(n, ncol(bh))))
sigmoid(hidden_layer_activations%*%wout+rep(bout, n))
}
